import { inflateRawSync } from 'node:zlib'
import { FormatError } from '../../core/errors.js'
import type { ByteSource } from '../../io/byte-source.js'
import { releaseArrayBuffer } from '../../io/bytes/index.js'
import { readDirectory, type DirectoryColumns, type ZipDirectory, type ZipEntry } from './directory.js'
import { invalidZip } from './fields.js'
import { locateDirectory } from './locator.js'

/**
 * A zip archive's central directory (PyTorch `torch.save`, TorchScript, Keras `.keras`), read
 * through a ByteSource in three steps: the locator finds the end-of-central-directory record
 * (ZIP64 included: torch's writer always uses it; locator.ts), the directory is parsed into
 * columns a window at a time (directory.ts), and the archive reads entries' local headers and
 * the small payloads a reader asks for by name (`data.pkl`, `config.json`), up to a limit. Entry
 * payloads are otherwise never read.
 *
 * Layout: APPNOTE.TXT §4.3 (`pkware`), summarised in FORMATS.md §9; netron's
 * `lutzroeder/netron:source/zip.js`. This replaced yauzl, whose one-read-per-entry directory walk
 * cost ~0.3 ms per entry over a ByteSource (21 s for a 60,000-storage checkpoint).
 */

const LOCAL_SIGNATURE = 0x04034b50
/** Local headers read to confirm that the archive is written back to back. */
const LAYOUT_SAMPLE = 32
/** Longest data descriptor (signature, crc, two 64-bit sizes). */
const MAX_DATA_DESCRIPTOR = 24
/** Local headers read concurrently when they all have to be read. */
const HEADER_BATCH = 64

export interface OpenZipOptions {
  /**
   * Bytes read from the end first, to find the EOCD (default SHORT_TAIL). A caller that opens many
   * small archives packed in one file (the tensors of a `torch.distributed.checkpoint` shard) asks
   * for just the EOCD and ZIP64 locator, so that no tail read reaches into a payload.
   */
  tailBytes?: number
}

/** The archive in `source`: its directory located and read; entries are read on demand. */
export async function openZip(source: ByteSource, options: OpenZipOptions = {}): Promise<ZipArchive> {
  const location = await locateDirectory(source, options.tailBytes)
  return new ZipArchive(source, await readDirectory(source, location), location.directoryOffset)
}

export class ZipArchive {
  private entryList: ZipEntry[] | undefined
  /**
   * Where each local header begins, sorted (see nextHeaderAfter): a sorted typed array, as a Map
   * from entry to offset cost a boxed entry per record, 10^5 of them for a large checkpoint.
   */
  private sortedOffsets: Float64Array | undefined

  constructor(
    private readonly source: ByteSource,
    private readonly columns: DirectoryColumns,
    /** Where the central directory starts: the end of the last entry. */
    private readonly directoryOffset: number
  ) {}

  /** Every entry as an object, built from `directory` on first use. */
  get entries(): readonly ZipEntry[] {
    return (this.entryList ??= Array.from({ length: this.columns.count }, (_, i) => this.columns.entry(i)))
  }

  /**
   * The same entries as columns, by index in directory order: what a reader of a large archive
   * uses, so that no object is built per entry (see `DirectoryColumns`).
   */
  get directory(): ZipDirectory {
    return this.columns
  }

  /** Offset of the entry's payload in the file (after its local header, whose extra field may pad it). */
  async dataStart(entry: ZipEntry): Promise<number> {
    const header = await this.source.read(entry.localHeaderOffset, 30)
    const hv = new DataView(header.buffer, header.byteOffset, 30)
    if (hv.getUint32(0, true) !== LOCAL_SIGNATURE) throw this.fail(`bad local header for '${entry.name}'`, entry.localHeaderOffset)
    const start = entry.localHeaderOffset + 30 + hv.getUint16(26, true) + hv.getUint16(28, true)
    if (start + entry.compressedSize > this.source.size) throw this.fail(`entry '${entry.name}' extends beyond the end of the file`, entry.localHeaderOffset)
    return start
  }

  /**
   * Payload offsets of many entries (by directory index) at once, without one read per entry (a read per local header
   * cost ~1 s per 60,000 storages). Entries written back to back (torch's miniz writer, Python's
   * zipfile) end where the next local header begins, less a data descriptor of the same length
   * after every entry, so their offsets follow from the directory. A spread sample of local
   * headers is read to measure that trailer and confirm it is uniform; if not, every header is
   * read. Sizes always come from the directory, so an irregularity the sample misses could shift
   * an unsampled offset by a few bytes, never change a byte count.
   */
  async dataStarts(wanted: ArrayLike<number>, options: { sample?: number } = {}): Promise<Float64Array> {
    const columns = this.columns
    const sampleSize = Math.max(2, options.sample ?? LAYOUT_SAMPLE)
    if (wanted.length <= sampleSize || !this.headersDistinct()) return this.readAll(wanted)
    const { compressedSizes, localHeaderOffsets, flags, nameLengths } = columns
    // The sample: entries spread over the list, plus every entry large enough to need ZIP64
    // sizes (whose data descriptor, if any, may be longer).
    const step = (wanted.length - 1) / (sampleSize - 1)
    const large = Array.prototype.filter.call(wanted, (index: number) => compressedSizes[index] >= 0xffffffff) as number[]
    const sample = [...new Set([...Array.from({ length: sampleSize }, (_, i) => wanted[Math.round(i * step)]), ...large.slice(0, sampleSize)])]
    const actual = await Promise.all(sample.map((index) => this.dataStart(columns.entry(index))))
    // What follows each payload before the next header: nothing, or a data descriptor (bit 3;
    // torch's miniz writes a 16-byte one after every record). It must be the same everywhere.
    const trailerOf = (index: number, start: number): number => this.nextHeaderAfter(index) - start - compressedSizes[index]
    const trailer = trailerOf(sample[0], actual[0])
    const descriptorFlag = flags[sample[0]] & 0x8
    let uniform = trailer >= 0 && trailer <= MAX_DATA_DESCRIPTOR && sample.every((index, i) => trailerOf(index, actual[i]) === trailer)
    for (let i = 0; uniform && i < wanted.length; i++) uniform = (flags[wanted[i]] & 0x8) === descriptorFlag
    if (!uniform) return this.readAll(wanted)
    // A typed array: an array of 10^5 numbers went to the large-object space, which only a full
    // collection frees (none runs that late), so it stayed to exit.
    const starts = new Float64Array(wanted.length)
    for (let i = 0; i < wanted.length; i++) {
      const index = wanted[i]
      starts[i] = this.nextHeaderAfter(index) - trailer - compressedSizes[index]
      if (starts[i] < localHeaderOffsets[index] + 30 + nameLengths[index]) return this.readAll(wanted)
    }
    return starts
  }

  /** The entry's uncompressed bytes; refuses entries over `maxBytes` before reading them. */
  async readEntry(entry: ZipEntry, maxBytes: number): Promise<Uint8Array> {
    if (entry.uncompressedSize > maxBytes || entry.compressedSize > maxBytes) {
      throw new FormatError(this.source.name, `zip entry '${entry.name}' is ${entry.uncompressedSize} bytes, over the ${maxBytes}-byte limit for metadata`)
    }
    const start = await this.dataStart(entry)
    const stored = await this.source.read(start, entry.compressedSize)
    if (entry.method === 0) return stored
    if (entry.method !== 8) throw this.fail(`entry '${entry.name}' uses compression method ${entry.method}`)
    try {
      const inflated = inflateRawSync(stored, { maxOutputLength: Math.max(1, maxBytes) })
      return new Uint8Array(inflated.buffer, inflated.byteOffset, inflated.byteLength)
    } catch (error) {
      throw this.fail(`entry '${entry.name}' does not inflate (${(error as Error).message})`)
    }
  }

  /**
   * Frees the directory's typed columns now, for a reader done with the archive. A large
   * archive's columns (~35 bytes an entry, plus the sorted offsets `dataStarts` builds) live
   * through the reader's whole parse, so they are in the old generation by the time the reader is
   * done, where only a full collection would free them, and a short process runs none: they
   * stayed to exit (3.8 MB at 10^5 entries, on top of what the reader builds next). The names
   * stay (readers keep them as keys). Afterwards the columns are empty: use nothing of the
   * archive but `directory.names`.
   */
  release(): void {
    this.columns.release()
    if (this.sortedOffsets) releaseArrayBuffer(this.sortedOffsets.buffer)
    this.sortedOffsets = undefined
  }

  private fail(what: string, offset?: number): FormatError {
    return invalidZip(this.source.name, what, offset)
  }

  /** Every local header read, HEADER_BATCH at a time. */
  private async readAll(wanted: ArrayLike<number>): Promise<Float64Array> {
    const starts: number[] = []
    for (let i = 0; i < wanted.length; i += HEADER_BATCH) {
      const batch = Array.from({ length: Math.min(HEADER_BATCH, wanted.length - i) }, (_, j) => this.dataStart(this.columns.entry(wanted[i + j])))
      starts.push(...(await Promise.all(batch)))
    }
    return Float64Array.from(starts)
  }

  private headerOffsets(): Float64Array {
    return (this.sortedOffsets ??= this.columns.localHeaderOffsets.slice().sort())
  }

  /** Two entries sharing a local header are not a back-to-back layout: their offsets must be read. */
  private headersDistinct(): boolean {
    return this.headerOffsets().every((offset, i, all) => i === 0 || all[i - 1] !== offset)
  }

  /**
   * Where the local header after an entry begins (the directory, after the last one): the next
   * larger offset among all local headers, found by binary search.
   */
  private nextHeaderAfter(index: number): number {
    const offsets = this.headerOffsets()
    const own = this.columns.localHeaderOffsets[index]
    let low = 0
    let high = offsets.length
    while (low < high) {
      const mid = (low + high) >>> 1
      if (offsets[mid] <= own) low = mid + 1
      else high = mid
    }
    return low < offsets.length ? offsets[low] : this.directoryOffset
  }
}
