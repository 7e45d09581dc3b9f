import type { Hdf5File } from './file.js';
import type { Message } from './object-header.js';
/**
 * Dataspace messages (spec IV.A.2.b): a dataset's or an attribute's shape, and the maximum
 * dimensions an implicit chunk index allocates chunks for.
 */
export declare class Dataspaces {
    readonly file: Hdf5File;
    /**
     * One array per distinct shape, read from the message's bytes only when new: every TensorInfo
     * keeps its shape to the end of the read (bench/README.md, "Shape interning"). Shapes handed
     * out are shared: nothing modifies one.
     */
    private readonly shapes;
    /** The dimension sizes being interned: `lengthSize`-byte fields from dims[dimsAt], dims[0] at file offset dimsBase. */
    dims: Uint8Array;
    dimsAt: number;
    dimsBase: number;
    constructor(file: Hdf5File);
    /**
     * The shape: version, rank, flags, then (v1) 5 reserved bytes or (v2) the dataspace type, then
     * the dimension sizes. Read in place (the message is bytes[start, end), at file offset
     * `offset`), into an array of exactly `rank` numbers (one per dataset is kept; an array grown by
     * push reserves 17 slots).
     */
    shape(bytes: Uint8Array, start: number, end: number, offset: number): number[];
    /**
     * The maximum dimension sizes of a dataspace message, when it has them (flags bit 0) and none
     * is unlimited; else undefined.
     */
    maxDimensions(message: Message): number[] | undefined;
}
/** Elements in a shape (1 for a scalar). */
export declare function elementCount(shape: readonly number[]): number;
