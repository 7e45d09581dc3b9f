import { checkSpan, type ByteSource } from '../io/byte-source.js'

/**
 * Largest window read after a jump: small, so skipping a payload costs at most this much reading.
 * What follows a payload is the next tensor's few header fields (tens of bytes); at 1 KiB, a model
 * of 100,000 tensors of 4 KB read a quarter of its bytes (the bench), at 128 B about 3%. Below
 * this, the window after a jump is as long as the run of metadata used after the previous jump.
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
 * payload it starts again small, so each skipped payload costs at most one small read. Bytes read
 * therefore follow the metadata and the number of tensors, never payload size.
 *
 * How small: tensors in one file look alike, so the metadata between two payloads (an ONNX
 * initializer's name, dims and type: about 34 bytes in the bench) is about as long as between the
 * previous two. The window after a jump is sized to the longer of the last two such runs (at most
 * MIN_WINDOW_BYTES), which reads the next tensor's header up to its payload and not into it;
 * a fixed 128 B read four times the metadata of a 100,000-tensor ONNX model. A run that turns
 * out longer costs one more read, not more bytes. Readers report what they used via `markUsed`
 * (and `view`); a reader that does not just gets MIN_WINDOW_BYTES windows.
 */
export class SourceWindow {
  /** The bytes loaded last, starting at file offset `bufferStart`; decoders may index them directly. */
  buffer: Uint8Array = new Uint8Array(0)
  bufferStart = 0
  private nextWindowBytes = MIN_WINDOW_BYTES
  /** Where the current run (the window loaded after the last jump, and what followed) started. */
  private runStart = 0
  /** End of the furthest byte a reader used (`markUsed`, `view`). */
  private usedEnd = 0
  /** Lengths of the last two runs of used metadata between jumps. */
  private lastRun = 0
  private runBefore = 0

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
    if (sequential) {
      this.nextWindowBytes = Math.min(this.nextWindowBytes * 2, MAX_WINDOW_BYTES)
    } else {
      this.runBefore = this.lastRun
      this.lastRun = Math.max(0, this.usedEnd - this.runStart)
      this.runStart = offset
      const expected = Math.max(this.lastRun, this.runBefore)
      this.nextWindowBytes = expected > 0 ? Math.min(expected, MIN_WINDOW_BYTES) : MIN_WINDOW_BYTES
    }
    const readLength = Math.max(length, Math.min(this.nextWindowBytes, this.source.size - offset))
    this.buffer = await this.source.read(offset, readLength)
    this.bufferStart = offset
  }

  /** Records that a reader decoded the bytes before `end` (it read them from `buffer` directly). */
  markUsed(end: number): void {
    if (end > this.usedEnd) this.usedEnd = end
  }

  /** A view (not a copy) of `length` bytes at `offset`. */
  async view(offset: number, length: number): Promise<Uint8Array> {
    if (!this.has(offset, length)) await this.load(offset, length)
    return this.slice(offset, length)
  }

  /** `view()` without an await when the window holds the bytes; undefined when they must be loaded. */
  viewInWindow(offset: number, length: number): Uint8Array | undefined {
    return this.has(offset, length) ? this.slice(offset, length) : undefined
  }

  private slice(offset: number, length: number): Uint8Array {
    this.markUsed(offset + length)
    const at = offset - this.bufferStart
    return this.buffer.subarray(at, at + length)
  }

  /** Up to `length` bytes at `offset`, fewer at the end of the file (for varints near the end). */
  async viewUpTo(offset: number, length: number): Promise<Uint8Array> {
    return this.view(offset, Math.max(0, Math.min(length, this.source.size - offset)))
  }
}
