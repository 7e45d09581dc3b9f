import { readInto, type ByteSource } from '../byte-source.js'
import { BlockCache } from './block-cache.js'
import { checkSpan, truncatedError } from './errors.js'

/**
 * How a Window fetches the bytes a reader asks for (the numbers behind each: bench/README.md, "Windows"):
 * - `read-ahead`: a new buffer per load, sized adaptively (small after a jump over a payload,
 *   doubling while the reader moves on sequentially). For readers that walk a file field by field
 *   and skip payloads in between (GGUF, ONNX, a TF meta graph). Views stay valid.
 * - `reuse`: one buffer refilled in place (`ByteSource.readInto`), keeping what it still holds
 *   from the requested offset on; each load reads at least `readBytes`. For a long sequential walk
 *   (an SSTable's blocks, an object graph, a zip directory), which would otherwise leave a dead
 *   buffer per window for the GC. A view is valid only until the next load.
 * - `blocks`: a bounded cache of recently read blocks with read-ahead and recycled block buffers
 *   (BlockCache), for a walk that jumps back and forth through metadata (HDF5). Views stay valid
 *   until `recycle()`.
 */
export type WindowPolicy = { kind: 'read-ahead' } | { kind: 'reuse'; readBytes?: number } | { kind: 'blocks' }

/**
 * Smallest window read after a jump: skipping a payload costs at most this much reading. What
 * follows a payload is the next tensor's few header fields (tens of bytes).
 */
export const MIN_WINDOW_BYTES = 128
/** Largest read-ahead window: sequential metadata (a GGUF vocabulary, an ONNX node list) is read in these. */
export const MAX_WINDOW_BYTES = 1024 * 1024
/** Default least read of a `reuse` window. */
const REUSE_READ_BYTES = 64 * 1024

const EMPTY = new Uint8Array(0)

/**
 * The one window over a ByteSource: the bytes loaded last (`buffer`, at file offset `bufferStart`),
 * which decoders (Cursor, the protobuf reader) index synchronously, and an explicit async `load`
 * that refills it according to the policy. Bytes read follow the metadata a reader uses, never
 * the payloads it skips.
 */
export class Window {
  /** The bytes loaded last, starting at file offset `bufferStart`; decoders may index them directly. */
  buffer: Uint8Array = EMPTY
  bufferStart = 0
  /** A DataView of `buffer`, for multi-byte reads. */
  data: DataView = new DataView(EMPTY.buffer)
  private readonly readAhead?: ReadAhead
  private readonly blocks?: BlockCache
  private readonly reuseBytes: number = 0
  private pool: Uint8Array = EMPTY
  private readonly end: number
  private readonly isFixed: boolean

  constructor(
    readonly source: ByteSource,
    policy: WindowPolicy = { kind: 'read-ahead' },
    /** Bytes already in memory at file offset `start` (`Window.of`): the window never loads. */
    fixed?: { bytes: Uint8Array; start: number; region: string }
  ) {
    this.end = source.size
    this.isFixed = fixed !== undefined
    if (fixed) {
      this.setBuffer(fixed.bytes, fixed.start)
      this.end = fixed.start + fixed.bytes.length
      this.region = fixed.region
    } else if (policy.kind === 'read-ahead') this.readAhead = new ReadAhead()
    else if (policy.kind === 'blocks') this.blocks = new BlockCache(source)
    else this.reuseBytes = policy.readBytes ?? REUSE_READ_BYTES
  }

  /** What ends at `size` in truncation errors: the file, or the part of it a fixed window holds. */
  readonly region: string = 'file'

  /**
   * A window over `bytes` already read from file `name` at offset `start` (a header read whole, a
   * decompressed block): it never loads, and asking past its end is the truncation error for `region`.
   */
  static of(bytes: Uint8Array, name: string, start = 0, region = 'data'): Window {
    const source: ByteSource = {
      name,
      size: start + bytes.length,
      bytesRead: 0,
      read: async () => EMPTY,
      close: async () => {}
    }
    return new Window(source, { kind: 'read-ahead' }, { bytes, start, region })
  }

  get name(): string {
    return this.source.name
  }

  /** Where the readable bytes end: the file's size, or the end of a fixed window's bytes. */
  get size(): number {
    return this.end
  }

  /** Whether `length` bytes at `offset` are in `buffer` (a `blocks` window switches to the block holding them). */
  has(offset: number, length: number): boolean {
    if (offset >= this.bufferStart && offset + length <= this.bufferStart + this.buffer.length) return true
    if (this.blocks === undefined) return false
    const block = this.blocks.locate(offset, length)
    if (block === undefined) return false
    this.setBuffer(block, offset - this.blocks.foundAt)
    return true
  }

  /** Makes `length` bytes at `offset` available in `buffer`; past the end, the truncation error. */
  async load(offset: number, length: number): Promise<void> {
    if (this.has(offset, length)) return
    if (this.isFixed) {
      throw truncatedError(this.name, offset, length, this.end, this.region)
    }
    checkSpan(this.source, offset, length)
    if (this.readAhead) {
      const readLength = this.readAhead.next(this, offset, length)
      this.setBuffer(await this.source.read(offset, readLength), offset)
    } else if (this.blocks) {
      const bytes = await this.blocks.read(offset, length)
      if (!this.has(offset, length)) this.setBuffer(bytes, offset)
    } else {
      await this.refill(offset, length)
    }
  }

  /** `reuse`: keeps what the buffer holds from `offset` on, and reads the rest into the same memory. */
  private async refill(offset: number, length: number): Promise<void> {
    const total = Math.max(length, Math.min(this.reuseBytes, this.source.size - offset))
    const heldEnd = this.bufferStart + this.buffer.length
    const kept = offset >= this.bufferStart && offset < heldEnd ? heldEnd - offset : 0
    if (total > this.pool.length) {
      const grown = new Uint8Array(Math.max(total, this.pool.length * 2))
      if (kept > 0) grown.set(this.buffer.subarray(offset - this.bufferStart))
      this.pool = grown
    } else if (kept > 0) {
      this.pool.copyWithin(0, offset - this.bufferStart, heldEnd - this.bufferStart)
    }
    await readInto(this.source, offset + kept, this.pool.subarray(kept, total))
    this.setBuffer(this.pool.subarray(0, total), offset)
  }

  private setBuffer(bytes: Uint8Array, start: number): void {
    const data = this.data
    if (bytes.buffer !== data.buffer || bytes.byteOffset !== data.byteOffset || bytes.byteLength !== data.byteLength) {
      this.data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    }
    this.buffer = bytes
    this.bufferStart = start
  }

  /** Records that a reader decoded the bytes before `end` (read from `buffer` directly): read-ahead sizing. */
  markUsed(end: number): void {
    this.readAhead?.markUsed(end)
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

  /** Up to `length` bytes at `offset`, fewer at the end (for varints near the end). */
  async viewUpTo(offset: number, length: number): Promise<Uint8Array> {
    return this.view(offset, Math.max(0, Math.min(length, this.end - offset)))
  }

  /** `blocks`: the caller holds no view into the window any more, so evicted block buffers may be reused. */
  recycle(): void {
    this.blocks?.recycleEvicted()
  }

  private slice(offset: number, length: number): Uint8Array {
    this.markUsed(offset + length)
    const at = offset - this.bufferStart
    return this.buffer.subarray(at, at + length)
  }
}

/**
 * Adaptive read-ahead. While the reader moves sequentially through metadata, each new window
 * doubles (up to MAX_WINDOW_BYTES); after a jump over a payload the window is sized to the longer
 * of the last two runs of metadata used between jumps (at most MIN_WINDOW_BYTES): tensors in one
 * file look alike, so that reads the next tensor's header up to its payload and not into it.
 */
class ReadAhead {
  private nextWindowBytes = MIN_WINDOW_BYTES
  /** Where the current run (the window loaded after the last jump, and what followed) started. */
  private runStart = 0
  /** End of the furthest byte a reader used. */
  private usedEnd = 0
  private lastRun = 0
  private runBefore = 0

  markUsed(end: number): void {
    if (end > this.usedEnd) this.usedEnd = end
  }

  /** The length to read for a load of `length` bytes at `offset`. */
  next(window: Window, offset: number, length: number): number {
    const end = window.bufferStart + window.buffer.length
    const sequential = offset >= window.bufferStart && offset <= end && window.buffer.length > 0
    if (sequential) {
      this.nextWindowBytes = Math.min(this.nextWindowBytes * 2, MAX_WINDOW_BYTES)
    } else {
      this.runBefore = this.lastRun
      this.lastRun = Math.max(0, this.usedEnd - this.runStart)
      this.runStart = offset
      const expected = Math.max(this.lastRun, this.runBefore)
      this.nextWindowBytes = expected > 0 ? Math.min(expected, MIN_WINDOW_BYTES) : MIN_WINDOW_BYTES
    }
    return Math.max(length, Math.min(this.nextWindowBytes, window.size - offset))
  }
}
