import type { CheckpointReader } from './types.js';
/**
 * The readers, in the order the pipeline tries them. Order matters where one checkpoint's
 * companion file could be read as a checkpoint of its own: a SavedModel claims its
 * `variables/variables.index` before the TF checkpoint reader sees it; a safetensors or PyTorch
 * shard index claims its shards before they are read one by one; an ONNX model claims its external data
 * files (often `*.bin`) before they could be taken for PyTorch files.
 */
export declare const READERS: readonly CheckpointReader[];
export type { Candidate, CheckpointReader, CheckpointSniffer } from './types.js';
