/**
 * The TensorFlow messages the readers decode whole, on the byte layer's protobuf reader. Field
 * numbers and types are TensorFlow's (./proto/*.proto names the upstream files); the decoders
 * read them as protobuf does: the last value of a field wins, unknown fields are skipped, `int64`
 * fields are exact numbers (-1 dims included) or the error past 2^53, `string` fields are strict
 * UTF-8. The object graph, which is large, is decoded as it is read: object-graph-proto.ts.
 */
export interface BundleHeader {
    numShards: number;
    endianness: 'little' | 'big';
    producer?: number;
}
export interface SliceExtent {
    start: number;
    /** Undefined: the whole dimension. */
    length?: number;
}
export interface BundleEntry {
    /** tensorflow.DataType enum value. */
    dtype: number;
    /** Undefined dims (-1) are kept as -1. */
    shape: number[];
    shardId: number;
    offset: number;
    size: number;
    /** Present iff the tensor is partitioned (its bytes are in the slice entries). */
    slices?: SliceExtent[][];
}
/** The two messages every index holds, decoded synchronously from an entry's bytes. */
export interface BundleDecoders {
    /** BundleHeaderProto, the value of the empty key. */
    header(bytes: Uint8Array, file: string): BundleHeader;
    /** BundleEntryProto, one per tensor (and per slice of a partitioned one). */
    entry(bytes: Uint8Array, file: string, key: string): BundleEntry;
}
/**
 * The decoders of one index's entries. An index of 10^5 tensors is 10^5 small messages: the
 * readers (one per nesting level) and the fields they fill are made once and moved from entry to
 * entry, over a window of the whole buffer the SSTable hands entries in (bench/README.md, "Sync
 * fast path"), so that an entry allocates what it keeps and nothing else.
 */
export declare function bundleDecoders(): BundleDecoders;
/** The collections of a meta graph that say what its variables are, as checkpoint keys. */
export interface VariableCollections {
    /** `trainable_variables`: "conv1/weights:0" -> "conv1/weights"; a partition -> its full variable. */
    trainable?: string[];
    /** `global_step` (tf.compat.v1.GraphKeys.GLOBAL_STEP): the training loop's step. */
    globalStep?: string[];
}
/**
 * The variable collections of a MetaGraphDef from its `collection_def` fields (field 4, a
 * map<string, CollectionDef>), each given as its content: a map entry, 1 key and 2 value. The
 * last entry of a key wins.
 */
export declare function decodeVariableCollections(collectionDefs: readonly Uint8Array[], file: string): VariableCollections;
