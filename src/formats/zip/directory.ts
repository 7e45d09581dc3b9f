import type { FormatError } from '../../core/errors.js'
import type { ByteSource } from '../../io/byte-source.js'
import { releaseArrayBuffer } from '../../io/bytes/index.js'
import { invalidZip, u64 } from './fields.js'
import type { DirectoryLocation } from './locator.js'

/**
 * The central directory (APPNOTE.TXT §4.3.12): one record per entry, with ZIP64 extra fields
 * (§4.5.3) for sizes and offsets past 32 bits. Parsed into columns, a window of the directory at a
 * time.
 */

export interface ZipEntry {
  name: string
  /** 0 stored, 8 deflate. */
  method: number
  compressedSize: number
  uncompressedSize: number
  localHeaderOffset: number
  /** General-purpose flags (bit 3: sizes in a data descriptor after the payload). */
  flags: number
  /** Bytes of the name as stored (the local header repeats it), a floor for where the payload starts. */
  nameLength: number
}

/** The central directory by entry index (directory order). */
export interface ZipDirectory {
  readonly count: number
  readonly names: readonly string[]
  readonly compressedSizes: Float64Array
  readonly uncompressedSizes: Float64Array
  /** The entry at `index` as an object (a new one per call). */
  entry(index: number): ZipEntry
}

const CENTRAL_SIGNATURE = 0x02014b50
/** Bytes of central directory read at a time: many entries per read, none of the reads kept. */
const DIRECTORY_WINDOW = 1 << 20

const utf8 = new TextDecoder('utf-8')
const latin1 = new TextDecoder('latin1')

/**
 * The central directory, read in windows of DIRECTORY_WINDOW bytes (or from the tail already
 * read). One read of the whole directory (10 MB for 10^5 storages) lived through the parse, was
 * promoted to the old generation and stayed until exit; a window dies young. Every entry takes at
 * least 46 bytes, so the count is checked against the size before the list is allocated at its
 * final length (pushes to 10^5 left growth copies in the large-object space).
 */
export async function readDirectory(source: ByteSource, location: DirectoryLocation): Promise<DirectoryColumns> {
  const { entryCount, directorySize, directoryOffset, tail, tailStart } = location
  const fail = (what: string, offset?: number): FormatError => invalidZip(source.name, what, offset)
  if (entryCount * 46 > directorySize) throw fail(`central directory of ${directorySize} bytes cannot hold ${entryCount} entries`, directoryOffset)
  const columns = new DirectoryColumns(entryCount)
  let window: Uint8Array = new Uint8Array(0)
  let dv = new DataView(window.buffer)
  let windowStart = 0 // directory offset of window[0]
  let at = 0 // directory offset of the entry being parsed
  // The window from `at` on, at least `length` bytes of it unless the directory ends first.
  const windowAt = async (length: number): Promise<Uint8Array> =>
    directoryOffset + at >= tailStart
      ? tail.subarray(directoryOffset + at - tailStart, directoryOffset + directorySize - tailStart)
      : source.read(directoryOffset + at, Math.min(directorySize - at, Math.max(DIRECTORY_WINDOW, length)))
  for (let n = 0; n < entryCount; n++) {
    const where = directoryOffset + at
    if (at + 46 > directorySize) throw fail('corrupt central directory', where)
    if (at + 46 > windowStart + window.length) {
      window = await windowAt(46)
      windowStart = at
      dv = new DataView(window.buffer, window.byteOffset, window.byteLength)
    }
    let p = at - windowStart
    if (dv.getUint32(p, true) !== CENTRAL_SIGNATURE) throw fail('corrupt central directory', where)
    const length = 46 + dv.getUint16(p + 28, true) + dv.getUint16(p + 30, true) + dv.getUint16(p + 32, true)
    if (at + length > directorySize) throw fail('corrupt central directory', where)
    if (at + length > windowStart + window.length) {
      window = await windowAt(length)
      windowStart = at
      dv = new DataView(window.buffer, window.byteOffset, window.byteLength)
      p = 0
    }
    parseCentralEntry(columns, n, window, dv, p, where, fail, directoryOffset, source.name)
    at += length
  }
  return columns
}

/**
 * An entry name. Names are short ASCII paths (`archive/data/123`), where both encodings agree and
 * building the string directly costs a tenth of a TextDecoder call (10^5 entries: ~60 ms).
 */
function decodeName(bytes: Uint8Array, utf8Flag: boolean): string {
  if (bytes.length <= 128) {
    let ascii = true
    for (let i = 0; i < bytes.length && ascii; i++) ascii = bytes[i] < 0x80
    if (ascii) return String.fromCharCode.apply(null, bytes as unknown as number[])
  }
  return (utf8Flag ? utf8 : latin1).decode(bytes)
}

/**
 * One central-directory entry at `p` of `window` (whole: the caller checked its length), stored
 * as entry `n` of `columns`. A function of its own, so that no closure of readDirectory keeps a
 * directory window alive.
 */
function parseCentralEntry(
  columns: DirectoryColumns,
  n: number,
  window: Uint8Array,
  dv: DataView,
  p: number,
  where: number,
  fail: (what: string, offset?: number) => FormatError,
  directoryOffset: number,
  fileName: string
): void {
  const flags = dv.getUint16(p + 8, true)
  const method = dv.getUint16(p + 10, true)
  let compressedSize = dv.getUint32(p + 20, true)
  let uncompressedSize = dv.getUint32(p + 24, true)
  const nameLength = dv.getUint16(p + 28, true)
  const extraLength = dv.getUint16(p + 30, true)
  let localHeaderOffset = dv.getUint32(p + 42, true)
  const name = decodeName(window.subarray(p + 46, p + 46 + nameLength), (flags & 0x800) !== 0)
  // ZIP64 extended information (id 1): only the fields whose 32-bit value is all ones, in order.
  let e = p + 46 + nameLength
  const extraEnd = e + extraLength
  while (e + 4 <= extraEnd) {
    const id = dv.getUint16(e, true)
    const size = dv.getUint16(e + 2, true)
    if (id === 0x0001) {
      let f = e + 4
      const fieldEnd = Math.min(e + 4 + size, extraEnd)
      const field = (): number => {
        if (f + 8 > fieldEnd) throw fail(`entry '${name}' has a short ZIP64 extra field`, where)
        const value = u64(dv, f, fileName, `ZIP64 size or offset of entry '${name}'`, where)
        f += 8
        return value
      }
      if (uncompressedSize === 0xffffffff) uncompressedSize = field()
      if (compressedSize === 0xffffffff) compressedSize = field()
      if (localHeaderOffset === 0xffffffff) localHeaderOffset = field()
      break
    }
    e += 4 + size
  }
  if (flags & 1) throw fail(`entry '${name}' is encrypted`)
  if (method === 0 && compressedSize !== uncompressedSize) {
    throw fail(`stored entry '${name}' has compressed size ${compressedSize} but uncompressed size ${uncompressedSize}`, where)
  }
  if (localHeaderOffset + 30 + compressedSize > directoryOffset) throw fail(`entry '${name}' extends into the central directory or past it`, where)
  columns.names[n] = name
  columns.methods[n] = method
  columns.compressedSizes[n] = compressedSize
  columns.uncompressedSizes[n] = uncompressedSize
  columns.localHeaderOffsets[n] = localHeaderOffset
  columns.flags[n] = flags
  columns.nameLengths[n] = nameLength
}

/**
 * The directory as one column per field, sized once. The whole directory lives through a torch
 * archive's read, long enough to be promoted to the old generation, where it stays to exit (V8
 * runs no full collection that late): an object per entry (plus a heap number for each offset past
 * 2^30) was ~145 bytes an entry with its name, columns are ~70 (measured at 10^5 entries: 14.5
 * MB before).
 */
export class DirectoryColumns implements ZipDirectory {
  readonly names: string[]
  readonly methods: Uint16Array
  readonly flags: Uint16Array
  /** Method, flags and name length are 16-bit fields in the directory; sizes and offsets are exact up to 2^53. */
  readonly nameLengths: Uint16Array
  readonly compressedSizes: Float64Array
  readonly uncompressedSizes: Float64Array
  readonly localHeaderOffsets: Float64Array
  /** Every typed column is a view of this one buffer, so that `release` frees them at once. */
  private readonly buffer: ArrayBuffer
  constructor(readonly count: number) {
    this.names = new Array<string>(count)
    // The 64-bit columns first, so that each view is aligned to its element size.
    this.buffer = new ArrayBuffer(count * (3 * 8 + 3 * 2))
    this.compressedSizes = new Float64Array(this.buffer, 0, count)
    this.uncompressedSizes = new Float64Array(this.buffer, count * 8, count)
    this.localHeaderOffsets = new Float64Array(this.buffer, count * 16, count)
    this.methods = new Uint16Array(this.buffer, count * 24, count)
    this.flags = new Uint16Array(this.buffer, count * 26, count)
    this.nameLengths = new Uint16Array(this.buffer, count * 28, count)
  }
  /** Frees the typed columns (`ZipArchive.release`): every view of them becomes empty. */
  release(): void {
    releaseArrayBuffer(this.buffer)
  }
  entry(index: number): ZipEntry {
    return new CentralEntry(
      this.names[index],
      this.methods[index],
      this.compressedSizes[index],
      this.uncompressedSizes[index],
      this.localHeaderOffsets[index],
      this.flags[index],
      this.nameLengths[index]
    )
  }
}

/**
 * A ZipEntry built by a constructor: V8 gives class instances an exact-size layout, where an
 * object literal of seven fields cost ~50 bytes more each (measured: 88 vs 135 bytes).
 */
class CentralEntry implements ZipEntry {
  constructor(
    readonly name: string,
    readonly method: number,
    readonly compressedSize: number,
    readonly uncompressedSize: number,
    readonly localHeaderOffset: number,
    readonly flags: number,
    readonly nameLength: number
  ) {}
}
