import { coremlModelSniffer, coremlPackageSniffer } from './coreml/sniff.js'
import { dcpSniffer } from './dcp/sniff.js'
import { flaxMsgpackSniffer } from './flax/sniff.js'
import { ggufSniffer } from './gguf/sniff.js'
import { hdf5Sniffer, kerasArchiveSniffer } from './keras/sniff.js'
import { npySniffer, npzSniffer } from './numpy/sniff.js'
import { onnxSniffer } from './onnx/sniff.js'
import { openvinoSniffer } from './openvino/sniff.js'
import { orbaxSniffer } from './orbax/sniff.js'
import { pytorchLegacySniffer, pytorchShardIndexSniffer, pytorchZipSniffer } from './pytorch/sniff.js'
import { safetensorsIndexSniffer, safetensorsSniffer } from './safetensors/sniff.js'
import { executorchDataSniffer, executorchProgramSniffer } from './executorch/sniff.js'
import { tfliteSniffer } from './tflite/sniff.js'
import { torchExportSniffer } from './torch-export/sniff.js'
import { tensorflowCheckpointSniffer, tensorflowSavedModelSniffer } from './tensorflow/sniff.js'
import { accelerateSniffer, deepspeedSniffer, hfTrainerSniffer } from './training-folder/sniff.js'
import type { CheckpointReader, CheckpointSniffer } from './kit/types.js'

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
    genericName: sniffer.genericName,
    namePatterns: sniffer.namePatterns,
    sniff: sniffer.sniff,
    read: async (path, files) => (await load()).read(path, files)
  }
}

/**
 * The readers of single checkpoints (a file and the companions it names), in the order the
 * pipeline tries them. Order matters where one checkpoint's companion file could be read as a
 * checkpoint of its own: a SavedModel claims its `variables/variables.index` before the TF
 * checkpoint reader sees it; a safetensors or PyTorch shard index claims its shards before they
 * are read one by one; an ONNX model claims its external data files (often `*.bin`) before they
 * could be taken for PyTorch files, as an OpenVINO IR's `.xml` claims its `.bin` and a Core ML
 * package its `weight.bin`.
 */
export const FILE_READERS: readonly CheckpointReader[] = [
  lazyReader(tensorflowSavedModelSniffer, async () => (await import('./tensorflow/index.js')).tensorflowSavedModelReader),
  lazyReader(tensorflowCheckpointSniffer, async () => (await import('./tensorflow/index.js')).tensorflowCheckpointReader),
  lazyReader(safetensorsIndexSniffer, async () => (await import('./safetensors/index.js')).safetensorsIndexReader),
  lazyReader(safetensorsSniffer, async () => (await import('./safetensors/index.js')).safetensorsReader),
  // pytorch_model.bin.index.json claims its .bin shards before they are read one by one
  lazyReader(pytorchShardIndexSniffer, async () => (await import('./pytorch/shard-index-reader.js')).pytorchShardIndexReader),
  lazyReader(onnxSniffer, async () => (await import('./onnx/index.js')).onnxReader),
  // an OpenVINO IR's .xml claims its .bin, which holds no magic a reader could recognise
  lazyReader(openvinoSniffer, async () => (await import('./openvino/index.js')).openvinoReader),
  // an .mlpackage claims its spec (a .mlmodel) and its weights/weight.bin before either is read alone
  lazyReader(coremlPackageSniffer, async () => (await import('./coreml/index.js')).coremlPackageReader),
  lazyReader(coremlModelSniffer, async () => (await import('./coreml/index.js')).coremlModelReader),
  // .npz zips (name-matched) before the zip sniffers below could see them; .npy by its magic
  lazyReader(npzSniffer, async () => (await import('./numpy/index.js')).npzReader),
  lazyReader(npySniffer, async () => (await import('./numpy/index.js')).npyReader),
  // torch.export archives (.pt2 zips; read before other zips by their name)
  lazyReader(torchExportSniffer, async () => (await import('./torch-export/index.js')).torchExportReader),
  // torch.save zips and TorchScript archives
  lazyReader(pytorchZipSniffer, async () => (await import('./pytorch/zip-reader.js')).pytorchZipReader),
  // pre-1.6 pickle streams
  lazyReader(pytorchLegacySniffer, async () => (await import('./pytorch/legacy-reader.js')).pytorchLegacyReader),
  // .keras zip (name-matched: other zips are PyTorch's)
  lazyReader(kerasArchiveSniffer, async () => (await import('./keras/keras-archive-reader.js')).kerasArchiveReader),
  // .h5 / .hdf5 / .weights.h5, recognised by the HDF5 signature
  lazyReader(hdf5Sniffer, async () => (await import('./keras/hdf5-reader.js')).hdf5Reader),
  lazyReader(ggufSniffer, async () => (await import('./gguf/index.js')).ggufReader),
  // `*.msgpack` and extension-less `checkpoint_N` files whose content is a msgpack map
  lazyReader(flaxMsgpackSniffer, async () => (await import('./flax/index.js')).flaxMsgpackReader),
  // an Orbax step folder, from its _CHECKPOINT_METADATA or an item's _METADATA
  lazyReader(orbaxSniffer, async () => (await import('./orbax/index.js')).orbaxReader),
  // flatbuffers recognised by their file identifiers (TFL3, ETnn, FTnn)
  lazyReader(tfliteSniffer, async () => (await import('./tflite/index.js')).tfliteReader),
  lazyReader(executorchProgramSniffer, async () => (await import('./executorch/index.js')).executorchProgramReader),
  lazyReader(executorchDataSniffer, async () => (await import('./executorch/index.js')).executorchDataReader)
]

/** A training-folder reader, loaded on first use, reading each file of a folder with the file readers. */
function folderReader(sniffer: CheckpointSniffer, layout: 'hfTrainer' | 'accelerate' | 'deepspeed'): CheckpointReader {
  return lazyReader(sniffer, async () => {
    const [{ trainingFolderReader }, { FOLDER_LAYOUTS }] = await Promise.all([import('./training-folder/index.js'), import('./training-folder/layouts.js')])
    return trainingFolderReader(FOLDER_LAYOUTS[layout], [DCP_READER, ...FILE_READERS])
  })
}

/** A `torch.distributed.checkpoint` folder, by its `.metadata`: on its own, or inside a training folder (FSDP). */
const DCP_READER = lazyReader(dcpSniffer, async () => (await import('./dcp/index.js')).dcpReader)

/**
 * Every reader, in the order the pipeline tries them: whole training-output folders first, so
 * that a folder claims its weights, optimizer and RNG files before any is read as a checkpoint of
 * its own (and a Trainer folder its DeepSpeed `global_stepN/`); then the single checkpoints.
 */
export const READERS: readonly CheckpointReader[] = [
  folderReader(hfTrainerSniffer, 'hfTrainer'),
  folderReader(accelerateSniffer, 'accelerate'),
  folderReader(deepspeedSniffer, 'deepspeed'),
  DCP_READER,
  ...FILE_READERS
]

/**
 * The file names of every format, as `path` globs in any directory, in reader order without
 * repeats: the action's default `path` is made of them (action/constants.ts).
 */
export const NAME_PATTERNS: readonly string[] = [...new Set(READERS.flatMap((reader) => reader.namePatterns ?? []))]

export type { Candidate, CheckpointReader, CheckpointSniffer } from './kit/types.js'
