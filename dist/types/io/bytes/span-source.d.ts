import { type ByteSource } from '../byte-source.js';
/**
 * A ByteSource over a span of another one, e.g. a stored (uncompressed) zip entry read in place:
 * the HDF5 walker sees a `.keras` archive's `model.weights.h5` as a file of its own without it
 * being copied out. Offsets are relative to the span; `bytesRead` is the outer source's count.
 */
export declare class SpanSource implements ByteSource {
    private readonly outer;
    private readonly start;
    readonly size: number;
    readonly name: string;
    constructor(outer: ByteSource, start: number, size: number, name: string);
    get bytesRead(): number;
    read(offset: number, length: number): Promise<Uint8Array>;
    readInto(offset: number, target: Uint8Array): Promise<void>;
    /** The outer source belongs to whoever opened it. */
    close(): Promise<void>;
}
