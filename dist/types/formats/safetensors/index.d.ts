import type { CheckpointReader } from '../kit/types.js';
/** A single `.safetensors` file (a shard claimed by its index is read through the index instead). */
export declare const safetensorsReader: CheckpointReader;
/**
 * A sharded checkpoint, read from its `*.safetensors.index.json` (shard-index.ts). The index
 * claims every shard it names, so shards are not reported again one by one, and the checkpoint is
 * named after the index without `.index.json`: the same id as an unsharded `model.safetensors`,
 * so a model that grows past the shard size still matches its baseline.
 */
export declare const safetensorsIndexReader: CheckpointReader;
