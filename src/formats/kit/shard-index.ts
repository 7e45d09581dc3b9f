import { FormatError, LimitExceededError } from '../../core/errors.js'
import { MAX_SHARD_INDEX_BYTES } from '../../core/limits.js'
import { evidenceOf, type Evidence, type TensorRole } from '../../core/classify.js'
import type { CheckpointFile, TensorInfo } from '../../core/types.js'
import { utf8 } from '../../io/bytes/index.js'
import { basename, dirname, type CheckpointFiles } from '../../io/checkpoint-files.js'
import { Companions, listSome } from './companions.js'
import { pathInside } from './safe-path.js'

/**
 * A sharded checkpoint's index, as Hugging Face transformers writes it for safetensors
 * (`model.safetensors.index.json`) and for PyTorch (`pytorch_model.bin.index.json`):
 * `{"metadata": {"total_size": N}, "weight_map": {"<tensor>": "<shard file>"}}`. The readers of
 * both formats read their shards through `readShards`, which lists every shard with the
 * checkpoint (so the pipeline does not report them again one by one) and accounts for the
 * shards that are absent.
 */
export interface ShardIndex {
  bytes: number
  /** Shard file name → the tensors the index places in it, in index order. */
  shards: Map<string, string[]>
  /** `metadata.total_size`: the bytes of all tensor payloads, when the index gives it. */
  totalSize?: number
}

/** One shard as its format's reader read it. */
export interface ShardRead {
  tensors: TensorInfo[]
  /** The shard file's size on disk. */
  bytes: number
  warnings: string[]
}

/** Everything the shards of one index add up to, for the format's reader to return. */
export interface ShardsRead<S extends ShardRead> {
  files: CheckpointFile[]
  tensors: TensorInfo[]
  warnings: string[]
  /** The shards that were present, in index order. */
  read: S[]
}

export async function readShardIndex(path: string, files: CheckpointFiles, exampleShard: string): Promise<ShardIndex> {
  const source = await files.open(path)
  let text: string
  try {
    if (source.size > MAX_SHARD_INDEX_BYTES) {
      throw new LimitExceededError(path, 'the size of the shard index', source.size, MAX_SHARD_INDEX_BYTES)
    }
    text = utf8(await source.read(0, source.size))
  } finally {
    await source.close()
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new FormatError(path, `the shard index is not valid JSON (${(error as Error).message})`)
  }
  const weightMap = (json as { weight_map?: unknown } | null)?.weight_map
  if (typeof weightMap !== 'object' || weightMap === null || Array.isArray(weightMap)) {
    throw new FormatError(path, 'the shard index has no "weight_map" object', {
      fix: `A shard index maps each tensor name to its shard file: {"weight_map": {"name": "${exampleShard}"}}.`
    })
  }
  const shards = new Map<string, string[]>()
  for (const [name, shard] of Object.entries(weightMap as Record<string, unknown>)) {
    if (typeof shard !== 'string' || pathInside('.', shard) === undefined) {
      throw new FormatError(path, `the index places '${name}' in ${JSON.stringify(shard)}, which is not a file next to the index`, {
        fix: 'Shard names must be relative paths inside the checkpoint directory; no shard was opened.'
      })
    }
    const list = shards.get(shard) ?? []
    list.push(name)
    shards.set(shard, list)
  }
  const totalSize = (json as { metadata?: { total_size?: unknown } }).metadata?.total_size
  return {
    bytes: source.size,
    shards,
    totalSize: typeof totalSize === 'number' && Number.isSafeInteger(totalSize) && totalSize >= 0 ? totalSize : undefined
  }
}

/**
 * Reads every shard the index names that is present (`readShard`), warns about tensors the index
 * places in a shard that lacks them, and stands in for each absent shard (a download cut short, a
 * Git LFS file not fetched) with a placeholder of the size the index describes (see
 * describeAbsentShards); `roleOf` gives what a tensor's name says it is, as the format's reader's
 * name rules do.
 */
export async function readShards<S extends ShardRead>(
  indexPath: string,
  index: ShardIndex,
  files: CheckpointFiles,
  readShard: (shardPath: string) => Promise<S>,
  roleOf: (name: string) => TensorRole
): Promise<ShardsRead<S>> {
  const dir = dirname(indexPath)
  const result: ShardsRead<S> = { files: [{ path: indexPath, role: 'index', bytes: index.bytes, present: true }], tensors: [], warnings: [], read: [] }
  const shards = new Companions(files, "the index's total_size")
  const absent: { path: string; names: string[] }[] = []
  for (const [shardName, names] of index.shards) {
    const shardPath = pathInside(dir, shardName) as string // checked by readShardIndex
    if ((await files.size(shardPath)) === undefined) {
      absent.push({ path: shardPath, names })
      continue
    }
    const shard = await readShard(shardPath)
    result.read.push(shard)
    shards.present(shardPath, 'data', shard.bytes)
    for (const tensor of shard.tensors) result.tensors.push(tensor)
    result.warnings.push(...shard.warnings)
    const found = new Set(shard.tensors.map((tensor) => tensor.name))
    const missing = names.filter((name) => !found.has(name))
    if (missing.length > 0) {
      result.warnings.push(`${shardName}: ${missing.length} tensor(s) the index places here are not in the shard (${listSome(missing)})`)
    }
  }
  if (absent.length > 0) {
    const presentPayload = result.tensors.reduce((sum, tensor) => sum + tensor.byteLength, 0)
    const described = describeAbsentShards(absent, index.totalSize, presentPayload, roleOf)
    for (const shard of described) {
      shards.absentFile(shard.path, 'data', index.totalSize === undefined ? undefined : shard.bytes)
      if (shard.bytes > 0) result.tensors.push(shard.placeholder)
    }
  }
  result.files.push(...shards.files)
  result.warnings.push(...shards.warnings())
  return result
}

interface AbsentShard {
  path: string
  names: string[]
  bytes: number
  placeholder: TensorInfo
}

/**
 * An absent shard's size is what the index describes: `total_size` (the sum of all tensor
 * payloads) minus the payloads of the shards present, shared among the absent shards by their
 * number of tensors. Each absent shard gets one placeholder tensor of that size, with the role
 * most of its tensor names have as its evidence, so a missing download does not turn weights into
 * metadata.
 */
function describeAbsentShards(
  absent: { path: string; names: string[] }[],
  totalSize: number | undefined,
  presentPayload: number,
  roleOf: (name: string) => TensorRole
): AbsentShard[] {
  const remaining = totalSize === undefined ? 0 : Math.max(0, totalSize - presentPayload)
  const tensorCount = absent.reduce((sum, shard) => sum + shard.names.length, 0)
  let assigned = 0
  return absent.map((shard, i) => {
    const bytes = i === absent.length - 1 ? remaining - assigned : Math.floor((remaining * shard.names.length) / Math.max(1, tensorCount))
    assigned += bytes
    const roles = new Map<TensorRole, number>()
    for (const name of shard.names) {
      const role = roleOf(name)
      roles.set(role, (roles.get(role) ?? 0) + 1)
    }
    const role = [...roles].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'parameter'
    const placeholder: TensorInfo = {
      name: `${basename(shard.path)} (absent shard: ${shard.names.length} tensors)`,
      dtype: 'unknown',
      // The shapes are in the absent shard itself: the parameter count cannot include them.
      shape: [0],
      file: shard.path,
      offset: 0,
      byteLength: bytes,
      evidence: absentShardEvidence(role)
    }
    return { ...shard, bytes, placeholder }
  })
}

/** One shared evidence list per role for absent shards' placeholders. */
const ABSENT_SHARD_EVIDENCE = new Map<TensorRole, readonly Evidence[]>()

function absentShardEvidence(role: TensorRole): readonly Evidence[] {
  let evidence = ABSENT_SHARD_EVIDENCE.get(role)
  if (!evidence) {
    const detail = "size described by the shard index (metadata.total_size), the shard itself absent; most of its tensors' names say so"
    ABSENT_SHARD_EVIDENCE.set(role, (evidence = evidenceOf(role, 'name-rules', detail)))
  }
  return evidence
}
