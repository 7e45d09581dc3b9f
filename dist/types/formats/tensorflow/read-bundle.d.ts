import type { CheckpointFile, Category, ClassifiedBy, TensorInfo } from '../../core/types.js';
import type { CheckpointFiles } from '../../io/checkpoint-files.js';
/** `OBJECT_GRAPH_PROTO_KEY` (tensorflow/tensorflow:tensorflow/python/trackable/constants.py). */
export declare const OBJECT_GRAPH_KEY = "_CHECKPOINTABLE_OBJECT_GRAPH";
export interface BundleReadResult {
    files: CheckpointFile[];
    tensors: TensorInfo[];
    classifiedBy: ClassifiedBy;
    warnings: string[];
    categoryNotes: Partial<Record<Category, string>>;
}
export interface BundleOptions {
    /** Checkpoint keys of the meta graph's `trainable_variables`, when a meta graph has them. */
    trainable?: Set<string>;
}
/**
 * Reads the tensor bundle with prefix `prefix` (`P.index` plus `P.data-*`): every tensor's span in
 * its data shard, and its category. Data shards are only stat'ed, except for one positioned read
 * of the object graph tensor when the bundle has one.
 */
export declare function readTensorBundle(prefix: string, files: CheckpointFiles, options?: BundleOptions): Promise<BundleReadResult>;
