import { FormatError, UnsupportedFormatError } from '../../core/errors.js'
import { MAX_SAVEDMODEL_ASSET_FILES, MAX_TF_INDEX_BYTES, MAX_TF_STATE_FILE_BYTES } from '../../core/limits.js'
import type { CheckpointFile, ReadResult } from '../../core/types.js'
import { dirname, joinPath, type CheckpointFiles } from '../../io/checkpoint-files.js'
import { Companions } from '../kit/companions.js'
import type { CheckpointReader } from '../kit/types.js'
import { collectionsOfMetaGraph, collectionsOfSavedModel, type MetaGraphCollections } from './meta-graph.js'
import { readTensorBundle } from './read-bundle.js'
import { SAVED_MODEL_FILES, tensorflowCheckpointSniffer, tensorflowSavedModelSniffer, VARIABLES_INDEX } from './sniff.js'
import { readTableFrom } from './sstable.js'
import { readStateFile } from './state-file.js'
import { withSource } from '../kit/open.js'

/**
 * The TensorFlow readers: V2 checkpoints (`P.index` + `P.data-NNNNN-of-NNNNN` [+ `P.meta`]) and
 * SavedModel directories (`saved_model.pb` + `variables/variables.*` + assets). V1 checkpoints
 * (one SSTable file holding the tensors) are recognised and reported as unsupported.
 */

export const tensorflowCheckpointReader: CheckpointReader = {
  ...tensorflowCheckpointSniffer,
  async read(path: string, files: CheckpointFiles): Promise<ReadResult> {
    if (!path.endsWith('.index')) throw await v1Error(path, files)
    const prefix = path.slice(0, -'.index'.length)
    const extra: CheckpointFile[] = []
    const warnings: string[] = []
    let metaGraph: MetaGraphCollections | undefined
    const metaPath = `${prefix}.meta`
    const metaSize = await files.size(metaPath)
    if (metaSize !== undefined) {
      extra.push({ path: metaPath, role: 'graph', bytes: metaSize, present: true })
      metaGraph = await readCollections(metaPath, files, collectionsOfMetaGraph, warnings)
    }
    const latest = await latestMarker(prefix, files)
    if (latest?.stateFile) extra.push(latest.stateFile)
    const bundle = await readTensorBundle(prefix, files, { metaGraph })
    return {
      format: 'tensorflow-checkpoint',
      name: prefix,
      files: [...bundle.files, ...extra],
      tensors: bundle.tensors,
      classifiedBy: bundle.classifiedBy,
      warnings: [...warnings, ...bundle.warnings],
      categoryNotes: bundle.categoryNotes,
      ...(latest ? { latest: true } : {})
    }
  }
}

/**
 * Whether the directory's `checkpoint` state file names `prefix` as the latest checkpoint, and the
 * state file to count with it. A directory of several checkpoints has one state file: it is counted
 * once, with the checkpoint it points at, so that every byte of the directory is counted exactly
 * once. A state file that cannot be read only means no checkpoint is marked latest.
 */
async function latestMarker(prefix: string, files: CheckpointFiles): Promise<{ stateFile?: CheckpointFile } | undefined> {
  let state
  try {
    state = await readStateFile(dirname(prefix), files)
  } catch {
    return undefined
  }
  if (state?.latest !== prefix) return undefined
  if (state.bytes > MAX_TF_STATE_FILE_BYTES) return {}
  return { stateFile: { path: state.path, role: 'state', bytes: state.bytes, present: true } }
}

async function readCollections(
  path: string,
  files: CheckpointFiles,
  scan: typeof collectionsOfMetaGraph,
  warnings: string[]
): Promise<MetaGraphCollections | undefined> {
  try {
    return await withSource(files, path, scan)
  } catch (error) {
    if (!(error instanceof FormatError)) throw error
    // The graph is only evidence for the categories; the sizes do not depend on it.
    warnings.push(`could not read the collections of the graph (${error.message}); categories come from the slot structure and names`)
    return undefined
  }
}

/** A V1 checkpoint: one SSTable holding SavedTensorSlices, tensors included (FORMATS.md §1.5). */
async function v1Error(path: string, files: CheckpointFiles): Promise<Error> {
  return withSource(files, path, async (source) => {
    if (source.size > MAX_TF_INDEX_BYTES) {
      return new UnsupportedFormatError(path, 'a TensorFlow V1 checkpoint (tensors stored inside one SSTable), which is not read')
    }
    let entries = 0
    await readTableFrom(source, path, () => entries++)
    return new UnsupportedFormatError(
      path,
      `a TensorFlow V1 checkpoint (one SSTable of SavedTensorSlices, ${Math.max(entries - 1, 0)} tensor slice(s), no .index), ` +
        'the format TF replaced by V2 in 1.0',
      'Re-save it with the V2 saver: restore it in TF 1.x and save again with tf.compat.v1.train.Saver() ' +
        '(write_version=tf.compat.v1.train.SaverDef.V2, the default), which writes .index and .data files.'
    )
  })
}

// --- SavedModel ------------------------------------------------------------------------------------

/** Files of a SavedModel directory besides the graph and variables (tensorflow/python/saved_model/constants.py). */
const SAVED_MODEL_EXTRAS = ['fingerprint.pb', 'keras_metadata.pb']
const ASSET_DIRS = ['assets', 'assets.extra']

export const tensorflowSavedModelReader: CheckpointReader = {
  ...tensorflowSavedModelSniffer,
  async read(path: string, files: CheckpointFiles): Promise<ReadResult> {
    const dir = VARIABLES_INDEX.test(path) ? dirname(dirname(path)) : dirname(path)
    const names = await files.list(dir)
    const own: CheckpointFile[] = []
    const warnings: string[] = []
    let metaGraph: MetaGraphCollections | undefined
    const graphName = SAVED_MODEL_FILES.find((name) => names.includes(name))
    if (graphName) {
      const graphPath = joinPath(dir, graphName)
      own.push({ path: graphPath, role: 'graph', bytes: (await files.size(graphPath)) ?? 0, present: true })
      if (graphName === 'saved_model.pb') metaGraph = await readCollections(graphPath, files, collectionsOfSavedModel, warnings)
    } else {
      // Categories then come from the variables alone.
      const graph = new Companions(files, 'the variables bundle')
      own.push(graph.absentFile(joinPath(dir, 'saved_model.pb'), 'graph'))
      warnings.push(...graph.warnings())
    }
    for (const name of SAVED_MODEL_EXTRAS) {
      const extraPath = joinPath(dir, name)
      const size = names.includes(name) ? await files.size(extraPath) : undefined
      if (size !== undefined) own.push({ path: extraPath, role: 'asset', bytes: size, present: true })
    }
    for (const assetDir of ASSET_DIRS) {
      if (names.includes(assetDir)) await listTree(joinPath(dir, assetDir), files, own)
    }
    const prefix = await variablesPrefix(dir, files)
    if (prefix === undefined) {
      return { format: 'tensorflow-savedmodel', name: dir, files: own, tensors: [], classifiedBy: 'format', warnings }
    }
    const bundle = await readTensorBundle(prefix, files, { metaGraph })
    return {
      format: 'tensorflow-savedmodel',
      name: dir,
      files: [...own, ...bundle.files],
      tensors: bundle.tensors,
      classifiedBy: bundle.classifiedBy,
      warnings: [...warnings, ...bundle.warnings],
      categoryNotes: bundle.categoryNotes
    }
  }
}

/**
 * The SavedModel's variables bundle: `variables/variables.*` as TensorFlow writes it, or a
 * `variables.*` bundle beside `saved_model.pb` (a SavedModel copied flat, as some model zoos and
 * test-data folders store it; without this it would be reported as two checkpoints).
 */
async function variablesPrefix(dir: string, files: CheckpointFiles): Promise<string | undefined> {
  for (const prefix of [joinPath(joinPath(dir, 'variables'), 'variables'), joinPath(dir, 'variables')]) {
    if ((await files.size(`${prefix}.index`)) !== undefined) return prefix
  }
  return undefined
}

/** Every regular file under `dir`, as assets. */
async function listTree(dir: string, files: CheckpointFiles, out: CheckpointFile[]): Promise<void> {
  const pending = [dir]
  let count = 0
  while (pending.length > 0) {
    const current = pending.pop() as string
    for (const name of await files.list(current)) {
      const path = joinPath(current, name)
      const size = await files.size(path)
      if (++count > MAX_SAVEDMODEL_ASSET_FILES) {
        throw new FormatError(dir, `holds more than ${MAX_SAVEDMODEL_ASSET_FILES} files and directories`, {
          fix: 'A SavedModel has a few asset files; check what this directory is.'
        })
      }
      if (size === undefined)
        pending.push(path) // a directory
      else out.push({ path, role: 'asset', bytes: size, present: true })
    }
  }
}
