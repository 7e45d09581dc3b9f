import { type TensorRole } from '../../core/classify.js';
import type { CheckpointFile, TensorInfo } from '../../core/types.js';
import { type CheckpointFiles } from '../../io/checkpoint-files.js';
/**
 * A sharded checkpoint's index, as Hugging Face transformers writes it for safetensors
 * (`model.safetensors.index.json`) and for PyTorch (`pytorch_model.bin.index.json`):
 * `{"metadata": {"total_size": N}, "weight_map": {"<tensor>": "<shard file>"}}`. The readers of
 * both formats read their shards through `readShards`, which lists every shard with the
 * checkpoint (so the pipeline does not report them again one by one) and accounts for the
 * shards that are absent.
 */
export interface ShardIndex {
    bytes: number;
    /** Shard file name → the tensors the index places in it, in index order. */
    shards: Map<string, string[]>;
    /** `metadata.total_size`: the bytes of all tensor payloads, when the index gives it. */
    totalSize?: number;
}
/** One shard as its format's reader read it. */
export interface ShardRead {
    tensors: TensorInfo[];
    /** The shard file's size on disk. */
    bytes: number;
    warnings: string[];
}
/** Everything the shards of one index add up to, for the format's reader to return. */
export interface ShardsRead<S extends ShardRead> {
    files: CheckpointFile[];
    tensors: TensorInfo[];
    warnings: string[];
    /** The shards that were present, in index order. */
    read: S[];
}
export declare function readShardIndex(path: string, files: CheckpointFiles, exampleShard: string): Promise<ShardIndex>;
/**
 * Reads every shard the index names that is present (`readShard`), warns about tensors the index
 * places in a shard that lacks them, and stands in for each absent shard (a download cut short, a
 * Git LFS file not fetched) with a placeholder of the size the index describes (see
 * describeAbsentShards); `roleOf` gives what a tensor's name says it is, as the format's reader's
 * name rules do.
 */
export declare function readShards<S extends ShardRead>(indexPath: string, index: ShardIndex, files: CheckpointFiles, readShard: (shardPath: string) => Promise<S>, roleOf: (name: string) => TensorRole): Promise<ShardsRead<S>>;
