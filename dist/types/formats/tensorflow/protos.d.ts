import { type ObjectGraph } from './object-graph.js';
import { type VariableNames } from './variable-names.js';
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
/** The two messages every index holds, decoded synchronously once protobufjs is loaded. */
export interface BundleDecoders {
    /** BundleHeaderProto, the value of the empty key. */
    header(bytes: Uint8Array, file: string): BundleHeader;
    /** BundleEntryProto, one per tensor (and per slice of a partitioned one). */
    entry(bytes: Uint8Array, file: string, key: string): BundleEntry;
}
export declare function loadBundleDecoders(): Promise<BundleDecoders>;
/** The serialized graph, read piece by piece (offsets from its first byte). */
export interface GraphBytes {
    readonly size: number;
    /** Its first bytes, when the caller has them already. */
    readonly first?: Uint8Array;
    /** Fills all of `target` with the graph's bytes at `offset` (a window the decoder refills). */
    readInto(offset: number, target: Uint8Array): Promise<void>;
}
/** Bytes of the graph read at a time. */
export declare const GRAPH_WINDOW_BYTES: number;
/**
 * The TrackableObjectGraph in `graph`, with its checkpoint keys resolved against `variables` (see
 * ObjectGraph); `tensors` (the bundle's tensor count) sizes its arrays. The graph is read in
 * windows of 256 KiB, each dropped once its nodes are decoded: held whole, the graph of 10^5
 * variables (16 MB) stayed in memory until the next full garbage collection, after the read.
 * Each node is decoded into the graph at once (readTrackableObject); the loop is the one
 * protobufjs generates for `repeated TrackableObject nodes = 1`, the graph's only field.
 */
export declare function decodeTrackableObjectGraph(graph: Uint8Array | GraphBytes, file: string, variables: Pick<VariableNames, 'positionOfUtf8'>, tensors?: number): Promise<ObjectGraph>;
/** The collections of a meta graph that say what its variables are, as checkpoint keys. */
export interface VariableCollections {
    /** `trainable_variables`: "conv1/weights:0" -> "conv1/weights"; a partition -> its full variable. */
    trainable?: string[];
    /** `global_step` (tf.compat.v1.GraphKeys.GLOBAL_STEP): the training loop's step. */
    globalStep?: string[];
}
/** The variable collections of the MetaGraphDef whose `collection_def` fields are `collectionDefs`. */
export declare function decodeVariableCollections(collectionDefs: Uint8Array, file: string): Promise<VariableCollections>;
