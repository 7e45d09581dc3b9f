import { readInto, type ByteSource } from '../byte-source.js'
import { checkSpan } from './errors.js'

/**
 * A ByteSource over a span of another one, e.g. a stored (uncompressed) zip entry read in place:
 * the HDF5 walker sees a `.keras` archive's `model.weights.h5` as a file of its own without it
 * being copied out. Offsets are relative to the span; `bytesRead` is the outer source's count.
 */
export class SpanSource implements ByteSource {
  constructor(
    private readonly outer: ByteSource,
    private readonly start: number,
    readonly size: number,
    readonly name: string
  ) {
    checkSpan(outer, start, size)
  }

  get bytesRead(): number {
    return this.outer.bytesRead
  }

  async read(offset: number, length: number): Promise<Uint8Array> {
    checkSpan(this, offset, length)
    return this.outer.read(this.start + offset, length)
  }

  async readInto(offset: number, target: Uint8Array): Promise<void> {
    checkSpan(this, offset, target.length)
    await readInto(this.outer, this.start + offset, target)
  }

  /** The outer source belongs to whoever opened it. */
  async close(): Promise<void> {}
}
