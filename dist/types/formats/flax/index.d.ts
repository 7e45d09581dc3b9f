import type { CheckpointReader } from '../kit/types.js';
/**
 * A Flax msgpack checkpoint: `flax.serialization.to_bytes(state)` (a `TrainState`, a variables
 * dict, or a bare parameter tree) in one file. The msgpack stream is walked (msgpack-walk.ts),
 * skipping array payloads; each array (ext 1/3) is a tensor named by its path, and its category
 * follows from the tree's groups (evidence.ts). Msgpack tags, keys and array headers are metadata.
 */
export declare const flaxMsgpackReader: CheckpointReader;
