import { hdf5Reader } from './hdf5/hdf5-reader.js'
import { kerasArchiveReader } from './keras/keras-archive-reader.js'
import { pytorchLegacyReader, pytorchZipReader } from './pytorch/index.js'
import { tensorflowCheckpointReader, tensorflowSavedModelReader } from './tensorflow/index.js'
import type { CheckpointReader } from './types.js'

/**
 * The readers, in the order the pipeline tries them. Order matters where one checkpoint's
 * companion file could be read as a checkpoint of its own: a SavedModel claims its
 * `variables/variables.index` before the TF checkpoint reader sees it; a safetensors shard index
 * claims its shards before they are read one by one.
 */
export const READERS: readonly CheckpointReader[] = [
  tensorflowSavedModelReader,
  tensorflowCheckpointReader,
  // pytorch (zip, legacy, torchscript)
  pytorchZipReader,
  pytorchLegacyReader,
  // safetensors index, safetensors
  // onnx
  kerasArchiveReader, // .keras zip (name-matched: other zips are PyTorch's)
  hdf5Reader, // .h5 / .hdf5 / .weights.h5, recognised by the HDF5 signature
  // gguf
]

export type { Candidate, CheckpointReader } from './types.js'
