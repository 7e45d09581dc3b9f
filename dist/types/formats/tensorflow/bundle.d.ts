import type { Evidence } from '../../core/classify.js';
import type { TensorInfo } from '../../core/types.js';
import type { ByteSource } from '../../io/byte-source.js';
import type { BundleDecoders, BundleEntry, BundleHeader, SliceExtent } from './protos.js';
/**
 * A V2 checkpoint's `.index` (a "tensor bundle", tensorflow/tensorflow:
 * tensorflow/core/util/tensor_bundle/tensor_bundle.{h,cc}): key "" holds the BundleHeaderProto,
 * every other key a BundleEntryProto saying where that tensor's bytes are.
 */
export interface BundleIndex {
    header: BundleHeader;
    /** `P.data-NNNNN-of-NNNNN` for each shard the header declares. */
    shardPaths: string[];
    /**
     * Tensors with data of their own, in key order (slice entries included, full partitioned
     * entries not), as the reader reports them; their evidence is given later.
     */
    tensors: BundleTensor[];
    /** The slice entries among `tensors`: position -> the partitioned variable and the slice's extents. */
    slices: Map<number, {
        variable: string;
        extents: SliceExtent[];
    }>;
    /** Partitioned variables: full name -> the full entry (dtype, full shape, slice specs). */
    partitioned: Map<string, BundleEntry>;
    /** Per shard, the end of its last tensor: the size an absent shard would have. */
    described: number[];
}
/**
 * A tensor of the bundle as the reader reports it, with the evidence of the variable its bytes
 * belong to (`explain`). Its `reason`, the classifier's deciding evidence, is completed when it is
 * read: an optimizer slot's reason names the variable it belongs to ("m slot of
 * model/dense/kernel (optimizer)"), a string of its own for each of the 2 * 10^5 slots of a model
 * trained with Adam (~5 MB at the peak of a read of 10^5 tensors) that no report prints. The
 * tensor keeps the variable's name (a string held anyway) and builds the text from the shared
 * evidence (SlotEvidence) instead.
 */
export declare class BundleTensor implements TensorInfo {
    name: string;
    dtype: string;
    shape: number[];
    file: string;
    offset: number;
    byteLength: number;
    evidence: readonly Evidence[];
    /** The deciding evidence's detail, as the classifier set it. */
    private deciding;
    /** The variable a slot belongs to; for a slice of a partitioned variable, that and the variable. */
    private context;
    constructor(name: string, dtype: string, shape: number[], file: string, offset: number, byteLength: number);
    /** What the file says of the tensor's variable; `slotOf`: the variable it is a slot of; `sliceOf`: the partitioned variable it is a slice of. */
    explain(evidence: readonly Evidence[], slotOf: string | undefined, sliceOf: string | undefined): void;
    get reason(): string | undefined;
    set reason(text: string | undefined);
}
/**
 * Parses the whole `.index` file `file` (`P.index`; decoders: `await loadBundleDecoders()`).
 * Each entry becomes its final TensorInfo at once: with 10^5 entries, every object kept from one
 * entry to the end of the parse survives several young-generation collections, and an
 * intermediate object per entry cost as much garbage-collection time as the parse itself.
 */
export declare function parseBundleIndex(bytes: Uint8Array, file: string, decode: BundleDecoders): BundleIndex;
/** `parseBundleIndex` reading the index `file` from `source` block by block (see readTableFrom). */
export declare function readBundleIndex(source: ByteSource, file: string, decode: BundleDecoders): Promise<BundleIndex>;
/** `P.data-00000-of-00001` (naming.cc DataFilename: "%s.data-%05d-of-%05d"). */
export declare function dataShardPath(prefix: string, shard: number, numShards: number): string;
/**
 * Decodes a slice key as saved_tensor_slice_util.cc EncodeTensorNameSlice writes it with
 * ordered_code.cc: WriteNumIncreasing(0), WriteString(name), WriteNumIncreasing(rank), then per
 * dimension WriteSignedNumIncreasing(start) and WriteSignedNumIncreasing(length) (-1 = all).
 */
export declare function decodeSliceKey(key: Uint8Array, file: string): {
    variable: string;
    extents: {
        start: number;
        length?: number;
    }[];
    spec: string;
};
