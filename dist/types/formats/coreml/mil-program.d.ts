import type { TensorInfo } from '../../core/types.js';
import { type ProtoReader } from '../../io/bytes/index.js';
import { type Collector } from './collector.js';
/** Bytes of a `blob_metadata` record, which precedes each blob's data. */
export declare const BLOB_METADATA_BYTES = 64;
/** A reference into a weight file, resolved by the reader (which knows where the spec lives). */
export interface BlobReference {
    tensor: TensorInfo;
    fileName: string;
    /** Offset of the blob's metadata record. */
    offset: number;
    /** Payload bytes from the type; undefined when the type does not say (then the record does). */
    bytes?: number;
}
export declare class MilWalk {
    private readonly collector;
    readonly blobs: BlobReference[];
    constructor(collector: Collector);
    program(reader: ProtoReader): Promise<void>;
    private function;
    /** A `map<string, X>` entry of the program or a function: calls `value` with the reader of X. */
    private mapEntry;
    private block;
    /**
     * An operation loaded whole. Its nested blocks (of `cond`, `while_loop`) are left in `blocks`
     * for the caller. Inputs are kept until the type is known (a constant's inline values count).
     */
    private operation;
    /** An operation too large to load: one holding a large inline value. Its entries are loaded one by one. */
    private largeOperation;
    private outputName;
    /** An entry of an op's `inputs` (an Argument of bindings) or `attributes` (a Value) map, loaded whole. */
    private entry;
    /** An attribute entry holding a large inline value (inputs hold names, or small values). */
    private largeEntry;
    /** A `Value` loaded whole. */
    private valueParts;
    /** A blob reference is always a stored constant; an inline tensor counts only in a constant op. */
    private addValue;
    /** The packed values of an immediate `TensorValue` (floats, ints, bools, strings, longInts, doubles, bytes), stepped over. */
    private tensorPayload;
    /** `tensorPayload` of a value loaded whole. */
    private tensorPayloadLoaded;
    private valueType;
    /** A constant dimension's size, or undefined for an unknown one. */
    private dimension;
    private blobFileValue;
}
