import { checkSpan, type ByteSource } from '../io/byte-source.js'

/**
 * First window read after a jump: small, so skipping a payload costs at most this much reading.
 * What follows a payload is the next tensor's few header fields (tens of bytes); at 1 KiB, a model
 * of 100,000 tensors of 4 KB read a quarter of its bytes (the bench), at 128 B about 3%.
 */
export const MIN_WINDOW_BYTES = 128
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
  /** The bytes loaded last, starting at file offset `bufferStart`; decoders may index them directly. */
  buffer: Uint8Array = new Uint8Array(0)
  bufferStart = 0
  private nextWindowBytes = MIN_WINDOW_BYTES

  constructor(readonly source: ByteSource) {}

  get name(): string {
    return this.source.name
  }

  get size(): number {
    return this.source.size
  }

  /** Whether `length` bytes at `offset` are in `buffer`. */
  has(offset: number, length: number): boolean {
    return offset >= this.bufferStart && offset + length <= this.bufferStart + this.buffer.length
  }

  /** Makes `length` bytes at `offset` available in `buffer`; throws the standard FormatError past the end. */
  async load(offset: number, length: number): Promise<void> {
    if (this.has(offset, length)) return
    checkSpan(this.source, offset, length)
    const end = this.bufferStart + this.buffer.length
    const sequential = offset >= this.bufferStart && offset <= end && this.buffer.length > 0
    this.nextWindowBytes = sequential ? Math.min(this.nextWindowBytes * 2, MAX_WINDOW_BYTES) : MIN_WINDOW_BYTES
    const readLength = Math.max(length, Math.min(this.nextWindowBytes, this.source.size - offset))
    this.buffer = await this.source.read(offset, readLength)
    this.bufferStart = offset
  }

  /** A view (not a copy) of `length` bytes at `offset`. */
  async view(offset: number, length: number): Promise<Uint8Array> {
    if (!this.has(offset, length)) await this.load(offset, length)
    const at = offset - this.bufferStart
    return this.buffer.subarray(at, at + length)
  }

  /** Up to `length` bytes at `offset`, fewer at the end of the file (for varints near the end). */
  async viewUpTo(offset: number, length: number): Promise<Uint8Array> {
    return this.view(offset, Math.max(0, Math.min(length, this.source.size - offset)))
  }
}
