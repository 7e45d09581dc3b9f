import { FormatError, LimitExceededError } from '../../core/errors.js'
import { MAX_HDF5_HEAP_BYTES } from '../../core/limits.js'
import { singleLeafChildren, walkBtree1 } from './btree-v1.js'
import { UNDEFINED_ADDRESS, type Hdf5File } from './file.js'
import { skipLink, type LinkSink } from './links.js'
import { shortString } from './names.js'
import type { Message } from './object-header.js'

/**
 * Old-style groups (spec III.B–III.D, IV.A.2.r), what h5py writes by default: the symbol table
 * message names a v1 B-tree of `SNOD` symbol table nodes and a local heap (`HEAP`) holding the
 * link names. Nearly every group is read from the cache without a promise: its heap, a one-leaf
 * B-tree and one node sit right after its header.
 */

/** Symbol table entry cache type of a soft link (spec III.C): the link value is in the local heap. */
const SOFT_LINK_CACHE_TYPE = 2

/**
 * Links of an old-style group, without a promise when the whole group (heap, a one-leaf B-tree,
 * one symbol table node) is cached: the case of nearly every group, read right after its header.
 */
export function symbolTableLinks(file: Hdf5File, message: Message, sink: LinkSink): void | Promise<void> {
  const { offsetSize } = file.superblock
  if (message.size < 2 * offsetSize) throw file.fail('symbol table message shorter than its two addresses', message.offset)
  const { block, at } = message
  const btreeAddress = file.addressAt(block, at, message.offset - at)
  const heapAddress = file.addressAt(block, at + offsetSize, message.offset - at)
  const heap = readLocalHeap(file, heapAddress)
  if (heap instanceof Promise) return readSymbolTableLinks(file, btreeAddress, heapAddress, heap, undefined, sink)
  const nodes = singleLeafChildren(file, btreeAddress)
  if (nodes?.length === 1 && cachedSymbolNodeLinks(file, nodes[0], heap, heapAddress, sink)) return
  return readSymbolTableLinks(file, btreeAddress, heapAddress, heap, nodes, sink)
}

/** The links of one symbol table node if its bytes are cached (then true); false leaves it to readSymbolTableLinks. */
function cachedSymbolNodeLinks(file: Hdf5File, node: number, heap: Uint8Array, heapAddress: number, sink: LinkSink): boolean {
  const { offsetSize } = file.superblock
  const head = file.cached(node, 8)
  if (head === undefined) return false
  const h = file.located
  if (head[h] !== 0x53 || head[h + 1] !== 0x4e || head[h + 2] !== 0x4f || head[h + 3] !== 0x44) return false // reported by the full read
  const count = head[h + 6] | (head[h + 7] << 8)
  const entrySize = 2 * offsetSize + 8 + 16
  const entries = file.cached(node + 8, count * entrySize)
  if (entries === undefined) return false
  symbolNodeLinks(file, node, entries, file.located, count, heap, heapAddress, sink)
  return true
}

/** A symbol table node's `count` entries at entries[first…]: each a link name offset in the heap, then the object header address. */
function symbolNodeLinks(
  file: Hdf5File,
  node: number,
  entries: Uint8Array,
  first: number,
  count: number,
  heap: Uint8Array,
  heapAddress: number,
  sink: LinkSink
): void {
  const { offsetSize } = file.superblock
  const entrySize = 2 * offsetSize + 8 + 16
  const base = node + 8 - first // the file offset of entries[0], for errors
  sink.reserve(count)
  for (let i = 0; i < count; i++) {
    // Entry: link name offset (in the local heap), object header address, cache type, scratch.
    const at = first + i * entrySize
    const nameOffset = file.uintAt(entries, at, offsetSize, base, 'link name offset')
    const name = heapString(heap, nameOffset, file.source.name, heapAddress)
    const address = file.addressAt(entries, at + offsetSize, base)
    if (address === UNDEFINED_ADDRESS) {
      // A soft link (cache type 2: its target path is in the heap) has no object header.
      const cacheType = file.uintAt(entries, at + 2 * offsetSize, 4, base, 'symbol table entry cache type')
      skipLink(file, cacheType === SOFT_LINK_CACHE_TYPE ? 'soft' : 'unresolved', name)
      continue
    }
    sink.add(name, address)
  }
}

/** Links of an old-style group: a v1 B-tree of SNOD nodes whose names live in a local heap. */
async function readSymbolTableLinks(
  file: Hdf5File,
  btreeAddress: number,
  heapAddress: number,
  heapRead: Uint8Array | Promise<Uint8Array>,
  leafChildren: number[] | undefined,
  sink: LinkSink
): Promise<void> {
  const heap = heapRead instanceof Promise ? await heapRead : heapRead
  const { offsetSize } = file.superblock
  let nodes = leafChildren ?? singleLeafChildren(file, btreeAddress)
  if (nodes === undefined) {
    const all: number[] = []
    await walkBtree1(file, btreeAddress, 0, (childAddress) => all.push(childAddress))
    nodes = all
  }
  const entrySize = 2 * offsetSize + 8 + 16
  for (const node of nodes) {
    // SNOD: signature, version, reserved, entry count (u16), then the entries.
    let head = file.locate(node, 8, 'symbol table node')
    if (head instanceof Promise) head = await head
    const h = file.located
    if (head[h] !== 0x53 || head[h + 1] !== 0x4e || head[h + 2] !== 0x4f || head[h + 3] !== 0x44) {
      throw file.fail('symbol table node without its SNOD signature', node)
    }
    const count = head[h + 6] | (head[h + 7] << 8)
    let entries = file.locate(node + 8, count * entrySize, 'symbol table entries')
    if (entries instanceof Promise) entries = await entries
    symbolNodeLinks(file, node, entries, file.located, count, heap, heapAddress, sink)
  }
}

/** A group's local heap (its link names), without a promise when its bytes are cached. */
function readLocalHeap(file: Hdf5File, address: number): Uint8Array | Promise<Uint8Array> {
  const { offsetSize, lengthSize } = file.superblock
  // HEAP: signature, version, reserved (3), data segment size, free list offset, data address.
  const head = file.locate(address, 8 + 2 * lengthSize + offsetSize, 'local heap')
  if (head instanceof Promise) return readLocalHeapData(file, address, head)
  return localHeapData(file, address, head, file.located)
}

/** readLocalHeap once its header is read (apart, for the reason Hdf5File.locateRead is). */
async function readLocalHeapData(file: Hdf5File, address: number, head: Promise<Uint8Array>): Promise<Uint8Array> {
  const bytes = await head
  return localHeapData(file, address, bytes, file.located)
}

/** The data segment of the local heap whose header is at `head[h]`. */
function localHeapData(file: Hdf5File, address: number, head: Uint8Array, h: number): Uint8Array | Promise<Uint8Array> {
  const { lengthSize } = file.superblock
  if (head[h] !== 0x48 || head[h + 1] !== 0x45 || head[h + 2] !== 0x41 || head[h + 3] !== 0x50)
    throw file.fail('local heap without its HEAP signature', address)
  const size = file.uintAt(head, h + 8, lengthSize, address - h, 'local heap size')
  const dataAddress = file.addressAt(head, h + 8 + 2 * lengthSize, address - h)
  if (size > MAX_HDF5_HEAP_BYTES) throw new LimitExceededError(file.source.name, 'HDF5 local heap size', size, MAX_HDF5_HEAP_BYTES)
  return file.bytesAt(dataAddress, size, 'local heap data')
}

/** The NUL-terminated name at `offset` of a local heap's data. */
function heapString(heap: Uint8Array, offset: number, file: string, heapAddress: number): string {
  if (offset >= heap.length) throw new FormatError(file, `link name offset ${offset} outside the local heap`, { offset: heapAddress })
  // A loop, not heap.indexOf: names are a few bytes, and the builtin's call costs more than the scan.
  let end = offset
  while (end < heap.length && heap[end] !== 0) end++
  return shortString(heap, offset, end)
}
