import { ggufReader } from './gguf/index.js'
import { hdf5Reader } from './hdf5/hdf5-reader.js'
import { kerasArchiveReader } from './keras/keras-archive-reader.js'
import { onnxReader } from './onnx/index.js'
import { pytorchLegacyReader, pytorchZipReader } from './pytorch/index.js'
import { safetensorsIndexReader, safetensorsReader } from './safetensors/index.js'
import { tensorflowCheckpointReader, tensorflowSavedModelReader } from './tensorflow/index.js'
import type { CheckpointReader } from './types.js'

/**
 * The readers, in the order the pipeline tries them. Order matters where one checkpoint's
 * companion file could be read as a checkpoint of its own: a SavedModel claims its
 * `variables/variables.index` before the TF checkpoint reader sees it; a safetensors shard index
 * claims its shards before they are read one by one; an ONNX model claims its external data
 * files (often `*.bin`) before they could be taken for PyTorch files.
 */
export const READERS: readonly CheckpointReader[] = [
  tensorflowSavedModelReader,
  tensorflowCheckpointReader,
  safetensorsIndexReader,
  safetensorsReader,
  onnxReader,
  pytorchZipReader, // torch.save zips and TorchScript archives
  pytorchLegacyReader, // pre-1.6 pickle streams
  kerasArchiveReader, // .keras zip (name-matched: other zips are PyTorch's)
  hdf5Reader, // .h5 / .hdf5 / .weights.h5, recognised by the HDF5 signature
  ggufReader
]

export type { Candidate, CheckpointReader } from './types.js'
