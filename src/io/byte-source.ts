import { FormatError } from '../core/errors.js'

/**
 * The one port through which readers see bytes: positioned reads of a file, a git blob or a
 * buffer. Readers ask for the few spans they need (a header, an index, a central directory) and
 * never for payloads, so the cost of an analysis follows the metadata, not the weights.
 */
export interface ByteSource {
  /** The file's path, for error messages. */
  readonly name: string
  /** Total size in bytes. */
  readonly size: number
  /**
   * Reads `length` bytes at `offset`. Throws a FormatError (naming the file) when the span is
   * outside the source: readers can trust that what they get is exactly what they asked for.
   */
  read(offset: number, length: number): Promise<Uint8Array>
  /** Bytes handed out so far; the benchmark and the reading-discipline tests watch this. */
  readonly bytesRead: number
  close(): Promise<void>
}

/** Throws the standard "unexpected end of file" error for a span outside the source. */
export function checkSpan(source: { name: string; size: number }, offset: number, length: number): void {
  if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(length) || offset < 0 || length < 0) {
    throw new FormatError(source.name, `invalid read of ${length} bytes at offset ${offset}`)
  }
  if (offset + length > source.size) {
    throw new FormatError(
      source.name,
      `unexpected end of file: expected ${length} bytes at offset ${offset} but the file has ${source.size} bytes`,
      { fix: 'The file is truncated or corrupted; re-export or re-download it.' }
    )
  }
}

/** A ByteSource over bytes already in memory: tests, and small git blobs. */
export class BufferByteSource implements ByteSource {
  readonly size: number
  bytesRead = 0
  constructor(
    readonly name: string,
    private readonly bytes: Uint8Array
  ) {
    this.size = bytes.length
  }
  async read(offset: number, length: number): Promise<Uint8Array> {
    checkSpan(this, offset, length)
    this.bytesRead += length
    return this.bytes.subarray(offset, offset + length)
  }
  async close(): Promise<void> {}
}
