import { ggufSniffer } from './gguf/sniff.js'
import { hdf5Sniffer } from './hdf5/sniff.js'
import { kerasArchiveSniffer } from './keras/sniff.js'
import { onnxSniffer } from './onnx/sniff.js'
import { pytorchLegacySniffer, pytorchShardIndexSniffer, pytorchZipSniffer } from './pytorch/sniff.js'
import { safetensorsIndexSniffer, safetensorsSniffer } from './safetensors/sniff.js'
import { executorchDataSniffer, executorchProgramSniffer } from './executorch/sniff.js'
import { tfliteSniffer } from './tflite/sniff.js'
import { torchExportSniffer } from './torch-export/sniff.js'
import { tensorflowCheckpointSniffer, tensorflowSavedModelSniffer } from './tensorflow/sniff.js'
import type { CheckpointReader, CheckpointSniffer } from './types.js'

/**
 * A reader whose reading code is loaded on its first `read`: the sniffers are all the pipeline
 * needs to choose a reader, and the reading code of every format together is most of the bundle.
 * Behind each `import()` the bundler (ncc/webpack) makes a separate chunk, so the CLI compiles
 * only the formats it meets (issue 5: start-up is part of the product). Under tsx and Jest the
 * `import()` is an ordinary module load.
 */
function lazyReader(sniffer: CheckpointSniffer, load: () => Promise<CheckpointReader>): CheckpointReader {
  return {
    format: sniffer.format,
    matchesName: sniffer.matchesName,
    sniff: sniffer.sniff,
    read: async (path, files) => (await load()).read(path, files)
  }
}

/**
 * The readers, in the order the pipeline tries them. Order matters where one checkpoint's
 * companion file could be read as a checkpoint of its own: a SavedModel claims its
 * `variables/variables.index` before the TF checkpoint reader sees it; a safetensors or PyTorch
 * shard index claims its shards before they are read one by one; an ONNX model claims its external data
 * files (often `*.bin`) before they could be taken for PyTorch files.
 */
export const READERS: readonly CheckpointReader[] = [
  lazyReader(tensorflowSavedModelSniffer, async () => (await import('./tensorflow/index.js')).tensorflowSavedModelReader),
  lazyReader(tensorflowCheckpointSniffer, async () => (await import('./tensorflow/index.js')).tensorflowCheckpointReader),
  lazyReader(safetensorsIndexSniffer, async () => (await import('./safetensors/index.js')).safetensorsIndexReader),
  lazyReader(safetensorsSniffer, async () => (await import('./safetensors/index.js')).safetensorsReader),
  // pytorch_model.bin.index.json claims its .bin shards before they are read one by one
  lazyReader(pytorchShardIndexSniffer, async () => (await import('./pytorch/shard-index-reader.js')).pytorchShardIndexReader),
  lazyReader(onnxSniffer, async () => (await import('./onnx/index.js')).onnxReader),
  // torch.export archives (.pt2 zips; read before other zips by their name)
  lazyReader(torchExportSniffer, async () => (await import('./torch-export/index.js')).torchExportReader),
  // torch.save zips and TorchScript archives
  lazyReader(pytorchZipSniffer, async () => (await import('./pytorch/zip-reader.js')).pytorchZipReader),
  // pre-1.6 pickle streams
  lazyReader(pytorchLegacySniffer, async () => (await import('./pytorch/legacy-reader.js')).pytorchLegacyReader),
  // .keras zip (name-matched: other zips are PyTorch's)
  lazyReader(kerasArchiveSniffer, async () => (await import('./keras/keras-archive-reader.js')).kerasArchiveReader),
  // .h5 / .hdf5 / .weights.h5, recognised by the HDF5 signature
  lazyReader(hdf5Sniffer, async () => (await import('./hdf5/hdf5-reader.js')).hdf5Reader),
  lazyReader(ggufSniffer, async () => (await import('./gguf/index.js')).ggufReader),
  lazyReader(tfliteSniffer, async () => (await import('./tflite/index.js')).tfliteReader),
  lazyReader(executorchProgramSniffer, async () => (await import('./executorch/index.js')).executorchProgramReader),
  lazyReader(executorchDataSniffer, async () => (await import('./executorch/index.js')).executorchDataReader)
]

export type { Candidate, CheckpointReader, CheckpointSniffer } from './types.js'
