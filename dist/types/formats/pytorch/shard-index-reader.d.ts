import type { CheckpointReader } from '../kit/types.js';
/**
 * A sharded PyTorch checkpoint, read from its index (`pytorch_model.bin.index.json`, written by
 * transformers' `save_pretrained` past its shard size; shard-index.ts): each shard
 * (`pytorch_model-00001-of-00002.bin`) is a `torch.save` of part of the state_dict, read by the
 * zip reader (or the legacy one, for a pre-1.6 stream), and the checkpoint is named after the
 * index without `.index.json`, the id of an unsharded `pytorch_model.bin`: a model that grows
 * past the shard size still matches its baseline. The index claims its shards, so they are not
 * reported again one by one.
 */
export declare const pytorchShardIndexReader: CheckpointReader;
