import { ggufReader } from './gguf/index.js'
import { onnxReader } from './onnx/index.js'
import { safetensorsIndexReader, safetensorsReader } from './safetensors/index.js'
import type { CheckpointReader } from './types.js'

/**
 * The readers, in the order the pipeline tries them. Order matters where one checkpoint's
 * companion file could be read as a checkpoint of its own: a SavedModel claims its
 * `variables/variables.index` before the TF checkpoint reader sees it; a safetensors shard index
 * claims its shards before they are read one by one.
 */
export const READERS: readonly CheckpointReader[] = [
  // tensorflow-savedmodel, tensorflow-checkpoint
  // pytorch (zip, legacy, torchscript)
  safetensorsIndexReader,
  safetensorsReader,
  onnxReader,
  // keras, hdf5
  ggufReader
]

export type { Candidate, CheckpointReader } from './types.js'
