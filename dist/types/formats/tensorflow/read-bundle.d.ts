import type { CheckpointFile, Category, ClassifiedBy, TensorInfo } from '../../core/types.js';
import type { CheckpointFiles } from '../../io/checkpoint-files.js';
import type { MetaGraphCollections } from './meta-graph.js';
export interface BundleReadResult {
    files: CheckpointFile[];
    tensors: TensorInfo[];
    classifiedBy: ClassifiedBy;
    warnings: string[];
    categoryNotes: Partial<Record<Category, string>>;
}
export interface BundleOptions {
    /** What the meta graph's collections say, when the checkpoint has a meta graph. */
    metaGraph?: MetaGraphCollections;
}
/**
 * Reads the tensor bundle with prefix `prefix` (`P.index` plus `P.data-*`): every tensor's span in
 * its data shard, and what the checkpoint says of it (evidence.ts). Data shards are only stat'ed, except for one positioned read
 * of the object graph tensor when the bundle has one.
 */
export declare function readTensorBundle(prefix: string, files: CheckpointFiles, options?: BundleOptions): Promise<BundleReadResult>;
