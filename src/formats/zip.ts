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

class SourceReader extends yauzl.RandomAccessReader {
  constructor(private readonly source: ByteSource) {
    super()
  }
  _readStreamForRange(start: number, end: number): Readable {
    const source = this.source
    return Readable.from(
      (async function* () {
        yield Buffer.from(await source.read(start, end - start))
      })()
    )
  }
}

export async function openZip(source: ByteSource): Promise<ZipArchive> {
  const fail = (what: string, error?: unknown): FormatError =>
    new FormatError(source.name, `invalid zip archive: ${what}${error instanceof Error ? ` (${error.message.replace(/\.$/, '')})` : ''}`, {
      fix: 'The archive is truncated or corrupted (an interrupted upload or copy?); copy it again or re-save it.'
    })
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
  const raw = new Map<ZipEntry, yauzl.Entry>()
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
      raw.set(info, entry)
      entries.push(info)
    }
  } catch (error) {
    if (error instanceof FormatError) throw error
    throw fail('corrupt central directory', error)
  }

  const dataStart = async (entry: ZipEntry): Promise<number> => {
    const original = raw.get(entry)
    if (!original) throw fail(`unknown entry '${entry.name}'`)
    try {
      const { fileDataStart } = await zipfile.readLocalFileHeaderPromise(original, { minimal: true })
      if (fileDataStart + entry.compressedSize > source.size) {
        throw fail(`entry '${entry.name}' extends beyond the end of the file`)
      }
      return fileDataStart
    } catch (error) {
      if (error instanceof FormatError) throw error
      throw fail(`bad local header for '${entry.name}'`, error)
    }
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
