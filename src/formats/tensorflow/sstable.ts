import { uncompress } from 'snappyjs'
import { FormatError, LimitExceededError } from '../../core/errors.js'
import { MAX_TF_BLOCK_BYTES } from '../../core/limits.js'
import type { ByteSource } from '../../io/byte-source.js'
import { Cursor, Window } from '../../io/bytes/index.js'
import { crc32cExtend, unmaskCrc } from './crc32c.js'

/**
 * Reader for the immutable LevelDB-format table ("SSTable") that TensorFlow writes as a
 * checkpoint's `.index` (and as a V1 checkpoint). Layout, from tensorflow/tensorflow:
 * tensorflow/core/lib/io/format.{h,cc}, block.cc, block_builder.cc, table_builder.cc:
 *
 *   [data block][trailer] ... [metaindex block][trailer][index block][trailer][footer: 48 bytes]
 *
 * The footer holds two BlockHandles (varint64 offset, varint64 size) and the magic number; each
 * block is followed by a 5-byte trailer (compression type, masked CRC32C of contents + type).
 * The index block maps a separator key to the handle of each data block, in key order.
 *
 * The table is parsed in one pass, in time linear in its size: each block once, each entry once,
 * entries only up to the block's restart array (FORMATS.md §1.2, traps 4-6).
 */

/** `kTableMagicNumber` = 0xdb4775248b80fb57, stored as two little-endian u32s. */
export const TABLE_MAGIC = Uint8Array.of(0x57, 0xfb, 0x80, 0x8b, 0x24, 0x75, 0x47, 0xdb)
/** `Footer::kEncodedLength` = 2 * BlockHandle::kMaxEncodedLength (20) + 8. */
export const FOOTER_BYTES = 48
/** `kBlockTrailerSize`: one type byte and a fixed32 masked CRC. */
export const BLOCK_TRAILER_BYTES = 5
export const NO_COMPRESSION = 0
export const SNAPPY_COMPRESSION = 1

export interface BlockHandle {
  offset: number
  size: number
}

/**
 * Called for every entry of every data block, in key order. `key` and `value` are views, valid
 * only during the call (`key` is a buffer the next entry's key overwrites, `value` is in a window
 * of the file that the next read refills: readTableFrom): copy what you keep.
 */
export type EntryVisitor = (key: Uint8Array, value: Uint8Array) => void

/** True when the last 8 bytes of `bytes` are the table magic. */
export function hasTableMagic(bytes: Uint8Array): boolean {
  if (bytes.length < FOOTER_BYTES) return false
  const tail = bytes.length - TABLE_MAGIC.length
  return TABLE_MAGIC.every((byte, i) => bytes[tail + i] === byte)
}

/** Reads every entry of the table in `bytes` (the whole file), calling `visit` in key order. */
export function readTable(bytes: Uint8Array, file: string, visit: EntryVisitor): void {
  const { index, footerStart } = readFooter(bytes.subarray(Math.max(bytes.length - FOOTER_BYTES, 0)), bytes.length, file)
  const handles = dataBlockHandles(readBlock(bytes, index, file, 'index block', footerStart), file)
  handles.forEach((handle, blockNumber) => {
    const what = dataBlockName(handle, blockNumber)
    parseBlock(readBlock(bytes, handle, file, what, index.offset), file, what, visit)
  })
}

/**
 * `readTable` over a source, reading the data blocks as they are walked, a window of whole blocks
 * (TABLE_WINDOW_BYTES) at a time: only the window is alive at a time, not the whole file. A `.index` of 10^5
 * tensors is 7 MB; read whole, its buffer outlives the parse (it is promoted to the old
 * generation before the parse ends) and is collected only by a later full GC, so it stayed in the
 * peak RSS of the whole run.
 *
 * Every window is read into one buffer (a Window with the reuse policy), refilled for the next: a new buffer per
 * window left each dead window (external memory, not counted by the young generation) waiting
 * for a scavenge, up to the whole index at 10^5 tensors. Refilling is safe because nothing keeps
 * a view into a window past the visit of its entry: `value` is a view into it, valid only during
 * the call (EntryVisitor); keys are rebuilt in a buffer of their own (parseBlock); a snappy block
 * is decompressed into a new array; handles and errors hold numbers and strings. The bundle's
 * visitor (bundle.ts) decodes names into strings and entries into numbers (BundleEntryProto and
 * BundleHeaderProto are decoded into numbers and strings, no view kept).
 */
export async function readTableFrom(source: ByteSource, file: string, visit: EntryVisitor): Promise<void> {
  const footerBytes = await source.read(Math.max(source.size - FOOTER_BYTES, 0), Math.min(source.size, FOOTER_BYTES))
  const { index, footerStart } = readFooter(footerBytes, source.size, file)
  checkBlockEnd(index, file, 'index block', footerStart)
  const indexBlock = checkBlock(await source.read(index.offset, blockEnd(index) - index.offset), index, file, 'index block')
  const handles = dataBlockHandles(indexBlock, file)
  // One buffer refilled window after window (the reuse policy, reading exactly each window).
  const windows = new Window(source, { kind: 'reuse', readBytes: 0 })
  for (let first = 0; first < handles.length;) {
    // One read for the blocks first..last-1: as many whole blocks as fit in the window (at least
    // one), and none that runs past the table, so that its error comes when it is reached.
    checkBlockEnd(handles[first], file, dataBlockName(handles[first], first), index.offset)
    const start = handles[first].offset
    let last = first + 1
    while (last < handles.length && blockEnd(handles[last]) - start <= TABLE_WINDOW_BYTES && blockEnd(handles[last]) <= index.offset) last++
    const length = blockEnd(handles[last - 1]) - start
    const window = await windows.view(start, length)
    for (; first < last; first++) {
      const handle = handles[first]
      const what = dataBlockName(handle, first)
      const block = window.subarray(handle.offset - start, blockEnd(handle) - start)
      parseBlock(checkBlock(block, handle, file, what), file, what, visit)
    }
  }
}

/** Where the block at `handle` ends, its trailer included. */
function blockEnd(handle: BlockHandle): number {
  return handle.offset + handle.size + BLOCK_TRAILER_BYTES
}

/** Bytes of a table read at a time: a few of TF's 256 KiB blocks (table_options.h block_size). */
const TABLE_WINDOW_BYTES = 1024 * 1024

/** The handle of the index block, from the footer (`footerBytes`: the last 48 bytes of a table of `size` bytes). */
function readFooter(footerBytes: Uint8Array, size: number, file: string): { index: BlockHandle; footerStart: number } {
  if (size < FOOTER_BYTES) {
    throw new FormatError(file, `is ${size} bytes, shorter than an SSTable footer (${FOOTER_BYTES} bytes)`, {
      fix: 'The file is truncated; re-save the checkpoint or restore the file.'
    })
  }
  if (!hasTableMagic(footerBytes)) {
    throw new FormatError(file, 'does not end with the SSTable magic number 57 fb 80 8b 24 75 47 db', {
      offset: size - TABLE_MAGIC.length,
      fix: 'This is not a TensorFlow checkpoint index, or it is truncated.'
    })
  }
  const footerStart = size - FOOTER_BYTES
  const footer = Cursor.over(footerBytes, file, footerStart, 'footer')
  const metaindex = readHandle(footer, 'metaindex handle')
  const index = readHandle(footer, 'index handle')
  void metaindex // TF writes it empty ("TODO(postrelease): Add stats and other meta blocks").
  return { index, footerStart }
}

/** The data block handles the index block lists, in key order. */
function dataBlockHandles(indexBlock: Uint8Array, file: string): BlockHandle[] {
  const handles: BlockHandle[] = []
  let nextDataStart = 0
  parseBlock(indexBlock, file, 'index block', (_separator, handleBytes) => {
    const handle = readHandle(Cursor.over(handleBytes, file, 0, 'block handle'), `handle of data block ${handles.length}`)
    // Data blocks are written back to back; requiring that keeps a hostile index from making us
    // parse one block many times.
    if (handle.offset < nextDataStart) {
      throw new FormatError(file, `data block ${handles.length} overlaps the previous block`, { offset: handle.offset })
    }
    nextDataStart = handle.offset + handle.size + BLOCK_TRAILER_BYTES
    handles.push(handle)
  })
  return handles
}

function dataBlockName(handle: BlockHandle, blockNumber: number): string {
  return `data block ${blockNumber} (bytes ${handle.offset}..${handle.offset + handle.size})`
}

function readHandle(reader: Cursor, what: string): BlockHandle {
  const offset = reader.varint(`${what} offset`)
  const size = reader.varint(`${what} size`)
  return { offset, size }
}

/**
 * The contents of one block: trailer checked (masked CRC32C over contents + type byte, as
 * format.cc ReadBlock), snappy blocks decompressed. `limit` is where the block must end.
 */
export function readBlock(bytes: Uint8Array, handle: BlockHandle, file: string, what: string, limit = bytes.length): Uint8Array {
  checkBlockEnd(handle, file, what, limit)
  return checkBlock(bytes.subarray(handle.offset, handle.offset + handle.size + BLOCK_TRAILER_BYTES), handle, file, what)
}

function checkBlockEnd(handle: BlockHandle, file: string, what: string, limit: number): void {
  if (blockEnd(handle) > limit) {
    throw new FormatError(file, `${what} (${handle.size} bytes at ${handle.offset}) runs past the end of its table`, {
      offset: handle.offset,
      fix: 'The index is truncated or corrupted; re-save the checkpoint or restore the file.'
    })
  }
}

/** `block`: the block at `handle`, its contents then its 5-byte trailer. */
function checkBlock(block: Uint8Array, handle: BlockHandle, file: string, what: string): Uint8Array {
  const end = handle.size
  const contents = block.subarray(0, end)
  const type = block[end]
  const stored = unmaskCrc(new DataView(block.buffer, block.byteOffset + end + 1, 4).getUint32(0, true))
  const actual = crc32cExtend(crc32cExtend(0, contents), block.subarray(end, end + 1))
  if (stored !== actual) {
    throw new FormatError(file, `${what} fails its CRC32C check (stored ${hex(stored)}, computed ${hex(actual)})`, {
      offset: handle.offset,
      fix: 'The index is corrupted; re-save the checkpoint or restore the file from its source.'
    })
  }
  if (type === NO_COMPRESSION) return contents
  if (type === SNAPPY_COMPRESSION) return unsnappy(contents, file, what, handle.offset)
  throw new FormatError(file, `${what} has compression type ${type}; only 0 (none) and 1 (snappy) exist`, {
    offset: handle.offset + end
  })
}

/** Raw snappy (not the framing format), as port::Snappy_Uncompress. Copies may overlap their output. */
function unsnappy(contents: Uint8Array, file: string, what: string, offset: number): Uint8Array {
  const declared = Cursor.over(contents, file, offset, what).varint(`${what} uncompressed length`)
  if (declared > MAX_TF_BLOCK_BYTES) {
    throw new LimitExceededError(file, `the uncompressed size of ${what}`, declared, MAX_TF_BLOCK_BYTES)
  }
  try {
    // A Uint8Array that is not a Buffer, so snappyjs returns a plain Uint8Array.
    return uncompress(new Uint8Array(contents.buffer, contents.byteOffset, contents.length), MAX_TF_BLOCK_BYTES)
  } catch (error) {
    throw new FormatError(file, `${what} is not valid snappy data (${(error as Error).message})`, { offset })
  }
}

/**
 * Walks the entries of one block (block.cc): each entry is varint32 shared, varint32 non_shared,
 * varint32 value_length, the key's non-shared tail, the value; then u32 restarts[n], u32 n.
 * Keys are rebuilt as bytes (they are byte strings: slice keys hold 0x00 and 0xff), in one buffer:
 * an entry shares a prefix with the previous key, which is already there, so only its tail is
 * written (no new array per entry, and no copy of the prefix).
 */
export function parseBlock(block: Uint8Array, file: string, what: string, visit: EntryVisitor): void {
  if (block.length < 4) throw new FormatError(file, `${what} is ${block.length} bytes, too short for its restart count`)
  const view = new DataView(block.buffer, block.byteOffset, block.length)
  const numRestarts = view.getUint32(block.length - 4, true)
  if (numRestarts > (block.length - 4) / 4) {
    throw new FormatError(file, `${what} claims ${numRestarts} restart points, more than fit in its ${block.length} bytes`)
  }
  const entriesEnd = block.length - 4 * (1 + numRestarts)
  let p = 0
  let key = new Uint8Array(64)
  let previousKeyLength = 0

  // Entry headers that are not three one-byte varints are read through a Cursor over the entries.
  let entries: Cursor | undefined
  const varint = (): number => {
    entries ??= new Cursor(Window.of(block, file, 0, what), 0, entriesEnd, what)
    entries.position = p
    const value = entries.varint(`an entry header of ${what}`)
    p = entries.position
    return value
  }

  while (p < entriesEnd) {
    const entryStart = p
    let shared: number, nonShared: number, valueLength: number
    if (p + 3 <= entriesEnd && (block[p] | block[p + 1] | block[p + 2]) < 0x80) {
      // Fast path of DecodeEntry: all three values fit in one byte each.
      shared = block[p]
      nonShared = block[p + 1]
      valueLength = block[p + 2]
      p += 3
    } else {
      shared = varint()
      nonShared = varint()
      valueLength = varint()
    }
    if (shared > previousKeyLength || nonShared + valueLength > entriesEnd - p) {
      throw new FormatError(file, `${what} has a corrupt entry at block offset ${entryStart}`, {
        fix: 'The index is corrupted; re-save the checkpoint or restore the file from its source.'
      })
    }
    const keyLength = shared + nonShared
    if (keyLength > key.length) {
      const grown = new Uint8Array(Math.max(keyLength, key.length * 2))
      grown.set(key.subarray(0, shared))
      key = grown
    }
    for (let i = 0; i < nonShared; i++) key[shared + i] = block[p + i]
    p += nonShared
    const value = block.subarray(p, p + valueLength)
    p += valueLength
    visit(key.subarray(0, keyLength), value)
    previousKeyLength = keyLength
  }
}

function hex(value: number): string {
  return `0x${value.toString(16).padStart(8, '0')}`
}
