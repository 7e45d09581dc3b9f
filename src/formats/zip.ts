import { Readable } from 'node:stream'
import { inflateRawSync } from 'node:zlib'
import yauzl from 'yauzl'
import { FormatError } from '../core/errors.js'
import type { ByteSource } from '../io/byte-source.js'

/**
 * A zip archive's central directory (PyTorch `torch.save`, TorchScript, Keras `.keras`), read
 * through a ByteSource with yauzl: ZIP64, CP437/UTF-8 names and the odd corners of the spec are
 * yauzl's well-tested job, not ours. Only the central directory and the local headers asked
 * for are read; entry payloads never are, except the small ones a reader asks for by name
 * (`data.pkl`, `config.json`), up to a limit.
 */

/** Central-directory entries read at most; a real PyTorch archive has one per storage. */
export const MAX_ZIP_ENTRIES = 1_000_000

export interface ZipEntry {
  name: string
  /** 0 stored, 8 deflate. */
  method: number
  compressedSize: number
  uncompressedSize: number
  localHeaderOffset: number
}

export interface ZipArchive {
  readonly entries: readonly ZipEntry[]
  /** Offset of the entry's payload in the file (after its local header, whose extra field may pad it). */
  dataStart(entry: ZipEntry): Promise<number>
  /** The entry's uncompressed bytes; refuses entries over `maxBytes` before reading them. */
  readEntry(entry: ZipEntry, maxBytes: number): Promise<Uint8Array>
}

/** A zip starts with a local file header (`PK\x03\x04`); an empty zip starts with its EOCD. */
export function looksLikeZip(head: Uint8Array): boolean {
  return head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && ((head[2] === 3 && head[3] === 4) || (head[2] === 5 && head[3] === 6))
}

/** First read-ahead window of the central directory; it doubles while yauzl reads sequentially. */
const MIN_WINDOW_BYTES = 4 * 1024
const MAX_WINDOW_BYTES = 1024 * 1024

/**
 * yauzl's view of a ByteSource. yauzl reads the central directory record by record (two small
 * reads per entry), and its default `read` builds a stream pipeline for each: for 100,000 entries
 * that was seconds of CPU. Reads are served from a read-ahead window instead, which doubles while
 * the reads are sequential (the central directory) and restarts small after a jump, so the bytes
 * read stay those of the directory plus at most one window.
 */
class SourceReader extends yauzl.RandomAccessReader {
  private window: Uint8Array = new Uint8Array(0)
  private windowStart = 0
  private nextWindowBytes = MIN_WINDOW_BYTES

  constructor(private readonly source: ByteSource) {
    super()
  }

  private async bytes(start: number, length: number): Promise<Uint8Array> {
    const windowEnd = this.windowStart + this.window.length
    if (start < this.windowStart || start + length > windowEnd) {
      const sequential = this.window.length > 0 && start >= this.windowStart && start <= windowEnd
      this.nextWindowBytes = sequential ? Math.min(this.nextWindowBytes * 2, MAX_WINDOW_BYTES) : MIN_WINDOW_BYTES
      const readLength = Math.max(length, Math.min(this.nextWindowBytes, this.source.size - start))
      this.window = await this.source.read(start, readLength)
      this.windowStart = start
    }
    return this.window.subarray(start - this.windowStart, start - this.windowStart + length)
  }

  read(buffer: Buffer, offset: number, length: number, position: number, callback: (error: Error | null, bytesRead?: number) => void): void {
    this.bytes(position, length).then(
      (bytes) => {
        buffer.set(bytes, offset)
        callback(null, length)
      },
      (error: Error) => callback(error)
    )
  }

  _readStreamForRange(start: number, end: number): Readable {
    const reader = this
    return Readable.from(
      (async function* () {
        yield Buffer.from(await reader.bytes(start, end - start))
      })()
    )
  }
}

/** `local file header signature` (APPNOTE.TXT 4.3.7) and the header's fixed size. */
const LOCAL_HEADER_SIGNATURE = 0x04034b50
const LOCAL_HEADER_BYTES = 30

export async function openZip(source: ByteSource): Promise<ZipArchive> {
  const fail = (what: string, error?: unknown): FormatError =>
    new FormatError(source.name, `invalid zip archive: ${what}${error instanceof Error ? ` (${error.message})` : ''}`)
  let zipfile: yauzl.ZipFile
  try {
    zipfile = await yauzl.fromRandomAccessReaderPromise(new SourceReader(source), source.size, {
      decodeStrings: true,
      validateEntrySizes: true,
      strictFileNames: false
    })
  } catch (error) {
    if (error instanceof FormatError) throw error
    throw fail('end of central directory not found or unreadable', error)
  }
  if (zipfile.entryCount > MAX_ZIP_ENTRIES) {
    throw fail(`${zipfile.entryCount} entries, over the limit of ${MAX_ZIP_ENTRIES}`)
  }
  // Our entries only: yauzl's (about 1 KB each, with their raw buffers) are dropped as they come.
  const known = new WeakSet<ZipEntry>()
  const entries: ZipEntry[] = []
  try {
    for await (const entry of zipfile.eachEntry()) {
      if ((entry.generalPurposeBitFlag & 1) !== 0) throw fail(`entry '${entry.fileName}' is encrypted`)
      const info: ZipEntry = {
        name: entry.fileName,
        method: entry.compressionMethod,
        compressedSize: entry.compressedSize,
        uncompressedSize: entry.uncompressedSize,
        localHeaderOffset: entry.relativeOffsetOfLocalHeader
      }
      if (info.localHeaderOffset + info.compressedSize > source.size) {
        throw fail(`entry '${info.name}' extends beyond the end of the file`)
      }
      known.add(info)
      entries.push(info)
    }
  } catch (error) {
    if (error instanceof FormatError) throw error
    throw fail('corrupt central directory', error)
  }

  // The payload starts after the local header, whose extra field may differ from the central
  // directory's (torch pads payloads to 64 bytes there): 30 fixed bytes give both lengths. Read
  // directly, not through yauzl, which would build a stream per entry (one per tensor storage).
  const dataStart = async (entry: ZipEntry): Promise<number> => {
    if (!known.has(entry)) throw fail(`unknown entry '${entry.name}'`)
    if (entry.localHeaderOffset + LOCAL_HEADER_BYTES > source.size) throw fail(`bad local header for '${entry.name}'`)
    const header = await source.read(entry.localHeaderOffset, LOCAL_HEADER_BYTES)
    const view = new DataView(header.buffer, header.byteOffset, header.byteLength)
    if (view.getUint32(0, true) !== LOCAL_HEADER_SIGNATURE) {
      throw fail(`bad local header for '${entry.name}' (invalid local file header signature: 0x${view.getUint32(0, true).toString(16)})`)
    }
    const fileDataStart = entry.localHeaderOffset + LOCAL_HEADER_BYTES + view.getUint16(26, true) + view.getUint16(28, true)
    if (fileDataStart + entry.compressedSize > source.size) {
      throw fail(`entry '${entry.name}' extends beyond the end of the file`)
    }
    return fileDataStart
  }

  const readEntry = async (entry: ZipEntry, maxBytes: number): Promise<Uint8Array> => {
    if (entry.uncompressedSize > maxBytes || entry.compressedSize > maxBytes) {
      throw new FormatError(source.name, `zip entry '${entry.name}' is ${entry.uncompressedSize} bytes, over the ${maxBytes}-byte limit for metadata`)
    }
    const start = await dataStart(entry)
    const stored = await source.read(start, entry.compressedSize)
    if (entry.method === 0) return stored
    if (entry.method !== 8) throw fail(`entry '${entry.name}' uses compression method ${entry.method}`)
    try {
      const inflated = inflateRawSync(stored, { maxOutputLength: Math.max(1, maxBytes) })
      return new Uint8Array(inflated.buffer, inflated.byteOffset, inflated.byteLength)
    } catch (error) {
      throw fail(`entry '${entry.name}' does not inflate`, error)
    }
  }

  return { entries, dataStart, readEntry }
}
