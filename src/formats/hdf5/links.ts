import { readSized, UNDEFINED_ADDRESS, type Hdf5File } from './file.js'
import { heapObject, readFractalHeap } from './fractal-heap.js'
import { walkBtree2 } from './btree-v2.js'
import { Message, MSG_LINK } from './object-header.js'

/**
 * New-style groups (spec IV.A.2.g, IV.A.2.c): link messages in the group's header, or, for groups
 * with many links, link messages in a fractal heap indexed by a v2 B-tree of name hashes. Old-style
 * groups are in symbol-table.ts; both hand their links to a LinkSink.
 */

/** Receives a group's hard links, in the group's order. */
export interface LinkSink {
  /** Room for `links` more links, when the count is known before they are read (a symbol table node's). */
  reserve(links: number): void
  add(name: string, address: number): void
}

/**
 * The links of one group, in order, and how many of them the walk has taken. A link's path is
 * made only when the walk takes it, and its name is then dropped: with the paths of all 10^5
 * links of a big group made up front, and four arrays of 10^5 slots that a stack's pops never
 * shrink, a 10^5-layer walk kept ~10 MB of pending links, 3.7 MB of it to the end.
 */
export class GroupLinks implements LinkSink {
  names: string[] = []
  /** Object header addresses, parallel to `names` (a double array: addresses are unboxed). */
  addresses: number[] = []
  /** Links added (the arrays are sized by `reserve`, not grown by push, for most groups). */
  count = 0
  taken = 0

  constructor(
    /** The group's path and a slash ('' for the root's links): a link's path is prefix + name. */
    readonly prefix: string,
    /** Depth of the linked objects. */
    readonly depth: number
  ) {}

  /**
   * Sizes the arrays for a group's first symbol table node: an array's first push reserves 17
   * slots, so two pushed arrays per group (2·10^5 groups, most with one or two links) were a
   * tenth of what a walk allocated.
   */
  reserve(links: number): void {
    if (this.count > 0 || links === 0) return
    this.names = new Array<string>(links)
    this.addresses = new Array<number>(links)
  }

  add(name: string, address: number): void {
    if (this.count < this.names.length) {
      this.names[this.count] = name
      this.addresses[this.count] = address
    } else {
      this.names.push(name)
      this.addresses.push(address)
    }
    this.count++
  }
}

/** A link message (spec IV.A.2.g): the hard link it holds, or undefined (soft, external, unresolved) after a warning. */
export function parseLink(file: Hdf5File, message: Message): { name: string; address: number } | undefined {
  const reader = file.cursor(message.data, message.offset)
  reader.u8() // version
  const flags = reader.u8()
  const linkType = (flags & 0x08) !== 0 ? reader.u8() : 0
  if ((flags & 0x04) !== 0) reader.skip(8) // creation order
  if ((flags & 0x10) !== 0) reader.u8() // charset
  const nameLength = readSized(reader, 1 << (flags & 0x03), 'link name length')
  const name = reader.utf8(nameLength)
  if (linkType !== 0) {
    skipLink(file, linkType === 1 ? 'soft' : 'external', name)
    return undefined
  }
  const address = file.address(reader)
  if (address === UNDEFINED_ADDRESS) {
    skipLink(file, 'unresolved', name)
    return undefined
  }
  return { name, address }
}

/**
 * A link the walk does not follow: soft and external links name a path, not an object header
 * (their target, if in this file, is walked under its own name); a hard link to the undefined
 * address points at no object at all.
 */
export function skipLink(file: Hdf5File, kind: 'soft' | 'external' | 'unresolved', name: string): void {
  file.warnings.push(
    kind === 'unresolved' ? `HDF5 link '${name}' points at the undefined address (no object) and was skipped` : `HDF5 ${kind} link '${name}' was not followed`
  )
}

/**
 * Links of a new-style group in dense storage (spec IV.A.2.c, III.G, III.A.2): the link info
 * message names a fractal heap holding the link messages and a v2 B-tree (record type 5:
 * name hash, heap ID) indexing them by name. Groups with few links keep them as link messages
 * in the header instead (then the heap address is undefined).
 */
export async function denseLinks(file: Hdf5File, message: Message, sink: LinkSink): Promise<void> {
  const reader = file.cursor(message.data, message.offset)
  reader.u8() // version
  const flags = reader.u8()
  if ((flags & 0x01) !== 0) reader.skip(8) // max creation index
  const heapAddress = file.address(reader)
  const nameIndex = file.address(reader)
  if (heapAddress === UNDEFINED_ADDRESS || nameIndex === UNDEFINED_ADDRESS) return
  const heap = await readFractalHeap(file, heapAddress)
  await walkBtree2(file, nameIndex, async (record) => {
    record.u32() // name hash
    const object = await heapObject(file, heap, record.bytes(record.remaining))
    const link = parseLink(file, Message.of(MSG_LINK, object.offset, object.data))
    if (link) sink.add(link.name, link.address)
  })
}
