import { elementCount } from '../../core/dtypes.js'
import { LimitExceededError } from '../../core/errors.js'
import { formatBytes, formatCount } from '../../core/format-bytes.js'
import type { CheckpointFile, FileRole, ReadResult, TensorInfo } from '../../core/types.js'
import { basename, dirname, joinPath, type CheckpointFiles } from '../../io/checkpoint-files.js'
import { stateTreeEvidence } from '../flax/evidence.js'
import type { CheckpointReader } from '../kit/types.js'
import { ORBAX_CHECKPOINT_METADATA, ORBAX_ITEM_METADATA, orbaxSniffer } from './sniff.js'
import { parseTreeMetadata, readText, type TreeLeaf } from './tree-metadata.js'
import { readZarrItem } from './zarr.js'

/**
 * An Orbax checkpoint: one step folder (`<dir>/3/`, written by `CheckpointManager.save(3, …)`)
 * with `_CHECKPOINT_METADATA`, and one folder per item (`default/`, or the step folder itself)
 * with the tree's `_METADATA`. The arrays are stored either in an OCDBT key-value store
 * (`manifest.ocdbt`, data files under `d/` and `ocdbt.process_N/d/`; orbax's default since 0.5)
 * or, in older checkpoints, as one zarr folder per array (`params.Dense_0.kernel/.zarray` and
 * its chunk files; zarr.ts).
 *
 * OCDBT: the b-tree that says which bytes of which data file hold which array is itself
 * zstd-compressed, as is each array chunk, so only what the JSON metadata says is used: each
 * array's element count (its `write_shape`) times an item size, laid into the data files; the
 * rest of the data files (b-tree nodes, compression) and every other file are metadata. The item
 * size is not in the JSON either (it is in each array's zarr metadata, inside the compressed
 * store): it is the largest of 8, 4, 2, 1 bytes at which all arrays fit the data files, a warning
 * says so, and where even 1 byte does not fit (well-compressed arrays) the data files' bytes are
 * shared in proportion to element counts.
 *
 * One checkpoint per step folder; its name is the folder, whose step number the report id drops
 * (`run/3` and `run/4` are one checkpoint, pipeline/ids.ts).
 */

/** Files of one checkpoint folder: far more than any real one (a 100,000-array zarr checkpoint has ~2 per array). */
const MAX_FOLDER_FILES = 1_000_000
/** Folder levels below the step folder: item / ocdbt.process_N / d / file. */
const MAX_FOLDER_DEPTH = 8

const ITEM_SIZES = [8, 4, 2, 1]

export const orbaxReader: CheckpointReader = {
  ...orbaxSniffer,

  async read(path: string, files: CheckpointFiles): Promise<ReadResult> {
    const root = await checkpointFolder(path, files)
    const sizes = await listFolder(root, files)
    const items = [...sizes.keys()].filter((file) => basename(file) === ORBAX_ITEM_METADATA).map(dirname)
    const tensors: TensorInfo[] = []
    const warnings: string[] = []
    const attributed = new Set<string>()
    for (const item of items) {
      const metadataPath = joinPath(item, ORBAX_ITEM_METADATA)
      const tree = parseTreeMetadata(await readText(metadataPath, files), metadataPath)
      // Item names (`default/`) only where there are several items to tell apart.
      const prefix = items.length === 1 ? '' : `${basename(item)}/`
      const itemFiles = [...sizes.keys()].filter((file) => file.startsWith(`${item}/`) && file !== metadataPath)
      if (sizes.has(joinPath(item, 'manifest.ocdbt'))) {
        const dataFiles = itemFiles.filter((file) => /(^|\/)d\/[^/]+$/.test(file.slice(item.length + 1)))
        for (const file of dataFiles) attributed.add(file)
        const placed = placeInDataFiles(tree.leaves, dataFiles, sizes)
        if (tree.leaves.length > 0) warnings.push(placed.warning)
        tensors.push(...withEvidence(tree.leaves, placed.spans, prefix, placed.dtype))
      } else {
        const zarr = await readZarrItem(item, tree.leaves, sizes, files)
        for (const file of zarr.files) attributed.add(file)
        tensors.push(...zarr.tensors.map((tensor) => ({ ...tensor, name: prefix + tensor.name })))
        warnings.push(...zarr.warnings)
      }
    }
    const checkpointFiles: CheckpointFile[] = [...sizes].map(([file, bytes]) => ({ path: file, role: roleOf(file, attributed), bytes, present: true }))
    const dataBytes = checkpointFiles.filter((file) => file.role === 'data').reduce((sum, file) => sum + file.bytes, 0)
    return {
      format: 'orbax',
      name: root,
      files: checkpointFiles,
      tensors,
      classifiedBy: 'dict-layout',
      warnings,
      categoryNotes: {
        metadata: `${formatCount(items.length)} item${items.length === 1 ? '' : 's'}: JSON metadata, store index and the data files' bytes beyond the arrays (${formatBytes(dataBytes)} of data files)`
      }
    }
  }
}

/** The step folder: the one holding `_CHECKPOINT_METADATA`, else the item folder itself. */
async function checkpointFolder(path: string, files: CheckpointFiles): Promise<string> {
  const dir = dirname(path)
  if (basename(path) === ORBAX_CHECKPOINT_METADATA) return dir
  const parent = dirname(dir)
  if (dir !== parent && (await files.size(joinPath(parent, ORBAX_CHECKPOINT_METADATA))) !== undefined) return parent
  return dir
}

/** Every regular file under `root`, with its size. */
async function listFolder(root: string, files: CheckpointFiles): Promise<Map<string, number>> {
  const sizes = new Map<string, number>()
  const visit = async (dir: string, depth: number): Promise<void> => {
    for (const name of await files.list(dir)) {
      const path = joinPath(dir, name)
      const size = await files.size(path)
      if (size !== undefined) {
        sizes.set(path, size)
        if (sizes.size > MAX_FOLDER_FILES) throw new LimitExceededError(root, 'the number of files in an Orbax checkpoint', sizes.size, MAX_FOLDER_FILES)
      } else if (depth < MAX_FOLDER_DEPTH) {
        await visit(path, depth + 1)
      }
    }
  }
  await visit(root, 0)
  return sizes
}

function roleOf(file: string, attributed: ReadonlySet<string>): FileRole {
  if (attributed.has(file)) return 'data'
  const name = basename(file)
  if (name === ORBAX_CHECKPOINT_METADATA || name === ORBAX_ITEM_METADATA || name.endsWith('.ocdbt') || name === '.zarray') return 'index'
  return 'asset'
}

interface Placement {
  spans: { file: string; offset: number; byteLength: number }[]
  dtype: string
  warning: string
}

/**
 * Lays the arrays into the OCDBT data files, largest file first: each array's bytes at the
 * estimated item size (or its proportional share), placed in the first file with room.
 */
function placeInDataFiles(leaves: readonly TreeLeaf[], dataFiles: readonly string[], sizes: ReadonlyMap<string, number>): Placement {
  const counts = leaves.map((leaf) => elementCount(leaf.shape))
  const elements = counts.reduce((sum, count) => sum + count, 0)
  const ordered = [...dataFiles].sort((a, b) => sizes.get(b)! - sizes.get(a)! || a.localeCompare(b))
  const room = ordered.map((file) => sizes.get(file)!)
  const available = room.reduce((sum, bytes) => sum + bytes, 0)
  const itemSize = ITEM_SIZES.find(
    (size) =>
      size * elements <= available &&
      fitsFirst(
        counts.map((count) => count * size),
        room
      )
  )
  const lengths = counts.map((count) => (itemSize !== undefined ? count * itemSize : elements === 0 ? 0 : Math.floor((available * count) / elements)))
  const used = room.map(() => 0)
  const spans = lengths.map((length) => {
    let at = room.findIndex((bytes, i) => bytes - used[i] >= length)
    if (at < 0) at = 0
    const byteLength = Math.min(length, room[at] - used[at])
    const span = { file: ordered[at] ?? '', offset: used[at], byteLength }
    used[at] += byteLength
    return span
  })
  const warning =
    itemSize !== undefined
      ? `Orbax keeps array dtypes only inside its compressed OCDBT store: each array is counted at ${itemSize} bytes an element, the largest item size at which all ${formatCount(leaves.length)} arrays fit the ${formatBytes(available)} of data files`
      : `the ${formatBytes(available)} of OCDBT data files are smaller than the arrays at 1 byte an element (compressed): shared among the arrays in proportion to their element counts`
  return { spans, dtype: itemSize !== undefined ? `${itemSize}-byte elements` : 'compressed', warning }
}

/** Whether first-fit places every length (all at most the largest file) into the files. */
function fitsFirst(lengths: readonly number[], room: readonly number[]): boolean {
  const used = room.map(() => 0)
  return lengths.every((length) => {
    const at = room.findIndex((bytes, i) => bytes - used[i] >= length)
    if (at < 0) return false
    used[at] += length
    return true
  })
}

function withEvidence(leaves: readonly TreeLeaf[], spans: Placement['spans'], prefix: string, dtype: string): TensorInfo[] {
  const evidence = stateTreeEvidence(leaves.map((leaf) => ({ path: leaf.path, dtype, shape: leaf.shape })))
  return leaves.map((leaf, i) => ({
    name: prefix + leaf.path,
    dtype,
    shape: leaf.shape,
    file: spans[i].file,
    offset: spans[i].offset,
    byteLength: spans[i].byteLength,
    evidence: evidence[i]
  }))
}
