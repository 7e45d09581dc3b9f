import { evidenceOf } from '../../core/classify.js'
import type { TensorInfo } from '../../core/types.js'
import { joinPath, type CheckpointFiles } from '../../io/checkpoint-files.js'
import { stateTreeEvidence } from '../flax/evidence.js'
import { dtypeOfDescr } from '../numpy/npy-header.js'
import { readText, type TreeLeaf } from './tree-metadata.js'

/**
 * An Orbax item stored without OCDBT: one tensorstore zarr folder per array, named by its keys
 * joined with '.' (`params.Dense_0.kernel/`), holding the zarr metadata (`.zarray` for zarr v2,
 * `zarr.json` for v3) and one file per chunk (`0`, `0.0`, `c/0/0`). The chunk files are the
 * array's bytes on disk (compressed as the metadata's compressor says), counted exactly; an array
 * of several chunks is one tensor per chunk (`name[0.1]`).
 */

const ZARR_METADATA = new Set(['.zarray', '.zattrs', '.zgroup', 'zarr.json'])

export interface ZarrItem {
  tensors: TensorInfo[]
  /** The chunk files: the arrays' data. */
  files: string[]
  warnings: string[]
}

export async function readZarrItem(item: string, leaves: readonly TreeLeaf[], sizes: ReadonlyMap<string, number>, files: CheckpointFiles): Promise<ZarrItem> {
  const chunksByFolder = new Map<string, string[]>()
  for (const path of sizes.keys()) {
    const rest = path.startsWith(`${item}/`) ? path.slice(item.length + 1) : undefined
    const slash = rest?.indexOf('/') ?? -1
    if (rest === undefined || slash < 0) continue
    const folder = rest.slice(0, slash)
    const chunk = rest.slice(slash + 1)
    if (ZARR_METADATA.has(chunk)) continue
    const list = chunksByFolder.get(folder)
    if (list) list.push(chunk)
    else chunksByFolder.set(folder, [chunk])
  }
  const result: ZarrItem = { tensors: [], files: [], warnings: [] }
  const dtypes: (string | undefined)[] = []
  for (const leaf of leaves) dtypes.push(await zarrDtype(joinPath(item, leaf.paramName), sizes, files))
  const evidence = stateTreeEvidence(leaves.map((leaf, i) => ({ path: leaf.path, shape: leaf.shape, dtype: dtypes[i] ?? 'unknown' })))
  for (let i = 0; i < leaves.length; i++) {
    const leaf = leaves[i]
    const folder = joinPath(item, leaf.paramName)
    const chunks = chunksByFolder.get(leaf.paramName) ?? []
    const dtype = dtypes[i]
    if (dtype === undefined && chunks.length === 0) {
      result.warnings.push(`array '${leaf.path}' has no zarr folder '${leaf.paramName}/' (not saved, or saved elsewhere): counted as 0 bytes`)
      continue
    }
    for (const chunk of chunks) {
      const file = joinPath(folder, chunk)
      result.files.push(file)
      result.tensors.push({
        name: chunks.length === 1 ? leaf.path : `${leaf.path}[${chunk.replace(/^c\//, '').replace(/\//g, '.')}]`,
        dtype: dtype ?? 'unknown',
        shape: leaf.shape,
        file,
        offset: 0,
        byteLength: sizes.get(file)!,
        evidence: evidence[i].length > 0 ? evidence[i] : UNKNOWN_LEAF
      })
    }
  }
  return result
}

const UNKNOWN_LEAF = evidenceOf('parameter', 'format', 'an Orbax array outside the train-state groups: model parameters')

/** The array's dtype from its zarr metadata: v2 `"dtype": "<f4"`, v3 `"data_type": "float32"`. */
async function zarrDtype(folder: string, sizes: ReadonlyMap<string, number>, files: CheckpointFiles): Promise<string | undefined> {
  for (const name of ['.zarray', 'zarr.json']) {
    const path = joinPath(folder, name)
    if (!sizes.has(path)) continue
    let json: { dtype?: unknown; data_type?: unknown }
    try {
      json = JSON.parse(await readText(path, files)) as typeof json
    } catch {
      return undefined
    }
    if (typeof json.dtype === 'string') return dtypeOfDescr(json.dtype) ?? json.dtype
    if (typeof json.data_type === 'string') return json.data_type
  }
  return undefined
}
