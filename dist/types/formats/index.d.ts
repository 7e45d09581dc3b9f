import type { CheckpointReader } from './kit/types.js';
/**
 * The readers of single checkpoints (a file and the companions it names), in the order the
 * pipeline tries them. Order matters where one checkpoint's companion file could be read as a
 * checkpoint of its own: a SavedModel claims its `variables/variables.index` before the TF
 * checkpoint reader sees it; a safetensors or PyTorch shard index claims its shards before they
 * are read one by one; an ONNX model claims its external data files (often `*.bin`) before they
 * could be taken for PyTorch files, as an OpenVINO IR's `.xml` claims its `.bin` and a Core ML
 * package its `weight.bin`.
 */
export declare const FILE_READERS: readonly CheckpointReader[];
/**
 * Every reader, in the order the pipeline tries them: whole training-output folders first, so
 * that a folder claims its weights, optimizer and RNG files before any is read as a checkpoint of
 * its own (and a Trainer folder its DeepSpeed `global_stepN/`); then the single checkpoints.
 */
export declare const READERS: readonly CheckpointReader[];
/**
 * The file names of every format, as `path` globs in any directory, in reader order without
 * repeats: the action's default `path` is made of them (action/constants.ts).
 */
export declare const NAME_PATTERNS: readonly string[];
export type { Candidate, CheckpointReader, CheckpointSniffer } from './kit/types.js';
