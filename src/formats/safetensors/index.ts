import { matchNameRule } from '../../core/categorize.js'
import { FormatError, LimitExceededError } from '../../core/errors.js'
import { formatBytes } from '../../core/format-bytes.js'
import { MAX_SAFETENSORS_INDEX_BYTES } from '../../core/limits.js'
import { GENERIC_RULES } from '../../core/rules/generic.js'
import type { Category, CheckpointFile, ReadResult, TensorInfo } from '../../core/types.js'
import { basename, dirname, joinPath, type CheckpointFiles } from '../../io/checkpoint-files.js'
import type { CheckpointReader } from '../types.js'
import { readSafetensorsHeader, type SafetensorsEntry } from './header.js'
import { safetensorsIndexSniffer, safetensorsSniffer } from './sniff.js'

/**
 * safetensors, single file (`model.safetensors`) and sharded (`model.safetensors.index.json` +
 * `model-0000K-of-0000N.safetensors`). FORMATS.md §5.
 *
 * Classification (`classifiedBy: 'name-rules'`): a safetensors file carries names, dtypes and
 * shapes and nothing else, so names are the only source. Every tensor goes through the generic
 * name table (src/core/rules/generic.ts): optimizer state, counters and buffers are recognised
 * by their names. A tensor no rule marks is a weight: that is the format's convention, not a
 * guess — safetensors exists to ship model parameters (`save_file(model.state_dict())`,
 * `save_model`), and HF/accelerate write optimizer state to separate `optimizer.pt`/`.bin` files.
 * Reporting those as `unclassified` would flag every ordinary model; the reason on each such
 * tensor says which convention decided it.
 */

const WEIGHT_BY_CONVENTION = 'safetensors holds model parameters; no name rule marks this tensor as optimizer state, a buffer or a counter'

function classify(name: string): { category: Category; reason: string } {
  const rule = matchNameRule(name, GENERIC_RULES)
  return rule ? { category: rule.category, reason: rule.reason } : { category: 'weights', reason: WEIGHT_BY_CONVENTION }
}

function toTensor(entry: SafetensorsEntry, file: string): TensorInfo {
  const { category, reason } = classify(entry.name)
  // Spelled out: with a spread, V8 kept the last fields of each of 10^5 tensors in a separate
  // property array (~40 bytes a tensor, 4 MB at the peak).
  return { name: entry.name, dtype: entry.dtype, shape: entry.shape, file, offset: entry.offset, byteLength: entry.byteLength, category, reason }
}

interface Shard {
  tensors: TensorInfo[]
  size: number
  /** 8 + N: the length and the JSON header. */
  headerBytes: number
  hasMetadata: boolean
  warnings: string[]
}

async function readShard(path: string, files: CheckpointFiles): Promise<Shard> {
  const source = await files.open(path)
  try {
    const header = await readSafetensorsHeader(source)
    return {
      tensors: header.entries.map((entry) => toTensor(entry, path)),
      size: source.size,
      headerBytes: header.dataStart,
      hasMetadata: header.hasMetadata,
      warnings: header.warnings.map((warning) => `${basename(path)}: ${warning}`)
    }
  } finally {
    await source.close()
  }
}

/** A single `.safetensors` file (a shard claimed by its index is read through the index instead). */
export const safetensorsReader: CheckpointReader = {
  ...safetensorsSniffer,

  async read(path: string, files: CheckpointFiles): Promise<ReadResult> {
    const shard = await readShard(path, files)
    return {
      format: 'safetensors',
      name: path,
      files: [{ path, role: 'data', bytes: shard.size, present: true }],
      tensors: shard.tensors,
      classifiedBy: 'name-rules',
      warnings: shard.warnings,
      categoryNotes: {
        metadata: `8-byte length and JSON header${shard.hasMetadata ? ' with __metadata__' : ''} (${formatBytes(shard.headerBytes)})`
      }
    }
  }
}

/**
 * A sharded checkpoint, read from its `*.safetensors.index.json`: `{"metadata": {"total_size": N},
 * "weight_map": {"<tensor>": "<shard file>"}}` (transformers' convention). The index claims every
 * shard it names, so shards are not reported again one by one, and the checkpoint is named after
 * the index without `.index.json`: the same id as an unsharded `model.safetensors`, so a model
 * that grows past the shard size still matches its baseline.
 */
export const safetensorsIndexReader: CheckpointReader = {
  ...safetensorsIndexSniffer,

  async read(path: string, files: CheckpointFiles): Promise<ReadResult> {
    const index = await readIndex(path, files)
    const dir = dirname(path)
    const checkpointFiles: CheckpointFile[] = [{ path, role: 'index', bytes: index.bytes, present: true }]
    const tensors: TensorInfo[] = []
    const warnings: string[] = []
    const absent: { path: string; names: string[] }[] = []
    let headerBytes = 0
    let shardsRead = 0
    for (const [shardName, names] of index.shards) {
      const shardPath = joinPath(dir, shardName)
      if ((await files.size(shardPath)) === undefined) {
        absent.push({ path: shardPath, names })
        continue
      }
      const shard = await readShard(shardPath, files)
      checkpointFiles.push({ path: shardPath, role: 'data', bytes: shard.size, present: true })
      headerBytes += shard.headerBytes
      shardsRead++
      tensors.push(...shard.tensors)
      warnings.push(...shard.warnings)
      const found = new Set(shard.tensors.map((tensor) => tensor.name))
      const missing = names.filter((name) => !found.has(name))
      if (missing.length > 0) {
        warnings.push(`${shardName}: ${missing.length} tensor(s) the index places here are not in its header (${listSome(missing)})`)
      }
    }
    if (absent.length > 0) {
      const presentPayload = tensors.reduce((sum, tensor) => sum + tensor.byteLength, 0)
      const described = describeAbsentShards(absent, index.totalSize, presentPayload)
      for (const shard of described) {
        checkpointFiles.push({ path: shard.path, role: 'data', bytes: shard.bytes, present: false })
        if (shard.bytes > 0) tensors.push(shard.placeholder)
      }
      warnings.push(absentShardsWarning(described, index.totalSize))
    }
    return {
      format: 'safetensors',
      name: path.replace(/\.index\.json$/i, ''),
      files: checkpointFiles,
      tensors,
      classifiedBy: 'name-rules',
      warnings,
      categoryNotes: {
        metadata: `shard index JSON (${formatBytes(index.bytes)}) and ${shardsRead} shard header${shardsRead === 1 ? '' : 's'} (${formatBytes(headerBytes)})`
      }
    }
  }
}

interface ShardIndex {
  bytes: number
  /** Shard file name → the tensors the index places in it, in index order. */
  shards: Map<string, string[]>
  /** `metadata.total_size`: the bytes of all tensor payloads, when the index gives it. */
  totalSize?: number
}

async function readIndex(path: string, files: CheckpointFiles): Promise<ShardIndex> {
  const source = await files.open(path)
  let text: string
  try {
    if (source.size > MAX_SAFETENSORS_INDEX_BYTES) {
      throw new LimitExceededError(path, 'the size of the shard index', source.size, MAX_SAFETENSORS_INDEX_BYTES)
    }
    text = new TextDecoder().decode(await source.read(0, source.size))
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
      fix: 'A safetensors index maps each tensor name to its shard file: {"weight_map": {"name": "model-00001-of-00002.safetensors"}}.'
    })
  }
  const shards = new Map<string, string[]>()
  for (const [name, shard] of Object.entries(weightMap as Record<string, unknown>)) {
    if (typeof shard !== 'string' || !isPlainRelativePath(shard)) {
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

/** No absolute paths and no `..`: an index must not make us open files outside its checkpoint. */
function isPlainRelativePath(name: string): boolean {
  if (name === '' || name.startsWith('/') || /^[A-Za-z]:/.test(name) || name.includes('\\')) return false
  return !name.split('/').some((segment) => segment === '..' || segment === '')
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
 * number of tensors. Each absent shard gets one placeholder tensor of that size, in the category
 * most of its tensor names get, so a missing download does not turn weights into metadata.
 */
function describeAbsentShards(
  absent: { path: string; names: string[] }[],
  totalSize: number | undefined,
  presentPayload: number
): AbsentShard[] {
  const remaining = totalSize === undefined ? 0 : Math.max(0, totalSize - presentPayload)
  const tensorCount = absent.reduce((sum, shard) => sum + shard.names.length, 0)
  let assigned = 0
  return absent.map((shard, i) => {
    const bytes =
      i === absent.length - 1 ? remaining - assigned : Math.floor((remaining * shard.names.length) / Math.max(1, tensorCount))
    assigned += bytes
    const categories = new Map<Category, number>()
    for (const name of shard.names) {
      const { category } = classify(name)
      categories.set(category, (categories.get(category) ?? 0) + 1)
    }
    const category = [...categories].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'weights'
    const placeholder: TensorInfo = {
      name: `${basename(shard.path)} (absent shard: ${shard.names.length} tensors)`,
      dtype: 'unknown',
      // The shapes are in the absent shard's header: the parameter count cannot include them.
      shape: [0],
      file: shard.path,
      offset: 0,
      byteLength: bytes,
      category,
      reason: 'size described by the shard index (metadata.total_size); the shard itself is absent'
    }
    return { ...shard, bytes, placeholder }
  })
}

function absentShardsWarning(shards: AbsentShard[], totalSize: number | undefined): string {
  const names = listSome(shards.map((shard) => basename(shard.path)))
  if (totalSize === undefined) {
    return `${shards.length} shard(s) named by the index are absent (${names}) and the index gives no total_size, so their size is unknown and not counted`
  }
  const bytes = shards.reduce((sum, shard) => sum + shard.bytes, 0)
  return `${shards.length} shard(s) named by the index are absent (${names}); their tensor bytes (${bytes}) are estimated from the index's total_size, their headers are not counted`
}

function listSome(names: string[], count = 3): string {
  return names.length <= count ? names.join(', ') : `${names.slice(0, count).join(', ')}, and ${names.length - count} more`
}
