import { checkSpan, type ByteSource } from '../io/byte-source.js'

/** First window read after a jump: small, so skipping a payload costs at most this much reading. */
export const MIN_WINDOW_BYTES = 4 * 1024
/** Largest window: sequential metadata (a GGUF vocabulary, an ONNX node list) is read in these. */
export const MAX_WINDOW_BYTES = 1024 * 1024

/**
 * Positioned reads through a small read-ahead window, for readers that walk a file field by field
 * (the ONNX protobuf, GGUF's KV section) and skip payloads in between.
 *
 * The window adapts: while the reader moves sequentially through metadata, each new window doubles
 * (up to MAX_WINDOW_BYTES), so a 1 MB vocabulary costs a handful of reads; after a jump over a
 * payload it starts again at MIN_WINDOW_BYTES, so each skipped payload costs at most one small
 * read. Bytes read therefore follow the metadata and the number of tensors, never payload size.
 */
export class SourceWindow {
  private bytes: Uint8Array = new Uint8Array(0)
  private start = 0
  private nextWindowBytes = MIN_WINDOW_BYTES

  constructor(readonly source: ByteSource) {}

  get name(): string {
    return this.source.name
  }

  get size(): number {
    return this.source.size
  }

  /** A view (not a copy) of `length` bytes at `offset`; throws the standard FormatError past the end. */
  async view(offset: number, length: number): Promise<Uint8Array> {
    const end = this.start + this.bytes.length
    if (offset >= this.start && offset + length <= end) {
      return this.bytes.subarray(offset - this.start, offset - this.start + length)
    }
    checkSpan(this.source, offset, length)
    const sequential = offset >= this.start && offset <= end && this.bytes.length > 0
    this.nextWindowBytes = sequential ? Math.min(this.nextWindowBytes * 2, MAX_WINDOW_BYTES) : MIN_WINDOW_BYTES
    const readLength = Math.max(length, Math.min(this.nextWindowBytes, this.source.size - offset))
    this.bytes = await this.source.read(offset, readLength)
    this.start = offset
    return this.bytes.subarray(0, length)
  }

  /** Up to `length` bytes at `offset`, fewer at the end of the file (for varints near the end). */
  async viewUpTo(offset: number, length: number): Promise<Uint8Array> {
    return this.view(offset, Math.max(0, Math.min(length, this.source.size - offset)))
  }
}
