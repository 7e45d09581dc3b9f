import { FormatError, LimitExceededError } from '../../core/errors.js'
import { MAX_DIMS } from '../../core/limits.js'
import { utf8 } from '../../io/bytes/index.js'
import type { CheckpointFiles } from '../../io/checkpoint-files.js'
import { withSource } from '../kit/open.js'

/**
 * An Orbax item's `_METADATA` (`orbax/checkpoint/_src/metadata/tree.py`): the saved pytree, one
 * entry per leaf, keyed by the tuple of its keys' reprs:
 *
 *   {"tree_metadata": {"('params', 'Dense_0', 'kernel')": {
 *      "key_metadata": [{"key": "params", "key_type": 2}, …],
 *      "value_metadata": {"value_type": "jax.Array", "skip_deserialize": false, "write_shape": [8, 32]}}},
 *    "use_ocdbt": true, "use_zarr3": false, …}
 *
 * Leaves are arrays (`jax.Array`, `np.ndarray`), Python scalars (`scalar`), strings or `None`.
 * The dtype is not here: it is in each array's zarr metadata (see index.ts).
 */

export interface TreeLeaf {
  /** Keys from the root joined with '/': `opt_state/0/mu/Dense_0/kernel`. */
  path: string
  /** Keys joined with '.', the name of the array in the OCDBT store or its zarr folder. */
  paramName: string
  shape: number[]
  valueType: string
}

export interface TreeMetadata {
  /** Array and scalar leaves (what holds payload bytes); `None` and skipped leaves are left out. */
  leaves: TreeLeaf[]
  useOcdbt: boolean
  useZarr3: boolean
}

const ARRAY_VALUE_TYPES = new Set(['jax.Array', 'np.ndarray', 'scalar'])

export function parseTreeMetadata(text: string, file: string): TreeMetadata {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new FormatError(file, `Orbax metadata is not valid JSON (${(error as Error).message})`)
  }
  const tree = (json as { tree_metadata?: unknown } | null)?.tree_metadata
  if (typeof tree !== 'object' || tree === null || Array.isArray(tree)) {
    throw new FormatError(file, 'Orbax _METADATA has no "tree_metadata" object', {
      fix: 'It is written by orbax-checkpoint 0.5 or newer; an older checkpoint folder is read from its per-array zarr folders.'
    })
  }
  const leaves: TreeLeaf[] = []
  for (const [tupleKey, entry] of Object.entries(tree as Record<string, unknown>)) {
    const { key_metadata: keys, value_metadata: value } = (entry ?? {}) as { key_metadata?: unknown; value_metadata?: Record<string, unknown> }
    if (!Array.isArray(keys) || typeof value !== 'object' || value === null) {
      throw new FormatError(file, `Orbax tree entry ${tupleKey} lacks key_metadata or value_metadata`)
    }
    const valueType = String(value.value_type)
    if (!ARRAY_VALUE_TYPES.has(valueType) || value.skip_deserialize === true) continue
    const names = keys.map((key: { key?: unknown } | null) => String(key?.key))
    const shape = value.write_shape ?? []
    if (!Array.isArray(shape) || shape.length > MAX_DIMS || !shape.every((dim) => Number.isSafeInteger(dim) && dim >= 0)) {
      throw new FormatError(file, `Orbax tree entry ${tupleKey} has a write_shape that is not a list of sizes`)
    }
    leaves.push({ path: names.join('/'), paramName: names.join('.'), shape: shape as number[], valueType })
  }
  const flags = json as { use_ocdbt?: unknown; use_zarr3?: unknown }
  return { leaves, useOcdbt: flags.use_ocdbt === true, useZarr3: flags.use_zarr3 === true }
}

/** The `_METADATA` JSON (and zarr metadata) is read whole: ~300 bytes a leaf, so 256 MiB is ~10^6 leaves. */
const MAX_ORBAX_METADATA_BYTES = 256 * 1024 * 1024

/** A JSON metadata file of the checkpoint, as text. */
export async function readText(path: string, files: CheckpointFiles): Promise<string> {
  return withSource(files, path, async (source) => {
    if (source.size > MAX_ORBAX_METADATA_BYTES) throw new LimitExceededError(path, 'the size of Orbax metadata', source.size, MAX_ORBAX_METADATA_BYTES)
    return utf8(await source.read(0, source.size))
  })
}
