import { categoryOfRole, evidenceFromRules, type RoleRule } from '../../core/classify.js'
import { formatBytes } from '../../core/format-bytes.js'
import { GENERIC_RULES } from '../../core/rules/generic.js'
import type { ReadResult, TensorInfo } from '../../core/types.js'
import { basename, type CheckpointFiles } from '../../io/checkpoint-files.js'
import { readShardIndex, readShards, type ShardRead } from '../shard-index.js'
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

/** The generic table, then the format's convention as the last name rule (so it never outranks a name). */
const SAFETENSORS_RULES: readonly RoleRule[] = [...GENERIC_RULES, { pattern: /(?:)/, role: 'parameter', reason: WEIGHT_BY_CONVENTION }]

function toTensor(entry: SafetensorsEntry, file: string): TensorInfo {
  const evidence = evidenceFromRules(entry.name, SAFETENSORS_RULES)
  // Spelled out: with a spread, V8 kept the last fields of each of 10^5 tensors in a separate
  // property array (~40 bytes a tensor, 4 MB at the peak).
  return { name: entry.name, dtype: entry.dtype, shape: entry.shape, file, offset: entry.offset, byteLength: entry.byteLength, evidence }
}

/** A shard (or a single file) as read: its tensors, size on disk and warnings (ShardRead), and its header. */
interface Shard extends ShardRead {
  /** 8 + N: the length and the JSON header. */
  headerBytes: number
  hasMetadata: boolean
}

async function readShard(path: string, files: CheckpointFiles): Promise<Shard> {
  const source = await files.open(path)
  try {
    const header = await readSafetensorsHeader(source)
    return {
      tensors: header.entries.map((entry) => toTensor(entry, path)),
      bytes: source.size,
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
      files: [{ path, role: 'data', bytes: shard.bytes, present: true }],
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
 * A sharded checkpoint, read from its `*.safetensors.index.json` (shard-index.ts). The index
 * claims every shard it names, so shards are not reported again one by one, and the checkpoint is
 * named after the index without `.index.json`: the same id as an unsharded `model.safetensors`,
 * so a model that grows past the shard size still matches its baseline.
 */
export const safetensorsIndexReader: CheckpointReader = {
  ...safetensorsIndexSniffer,

  async read(path: string, files: CheckpointFiles): Promise<ReadResult> {
    const index = await readShardIndex(path, files, 'model-00001-of-00002.safetensors')
    const shards = await readShards(path, index, files, (shardPath) => readShard(shardPath, files), (name) => categoryOfRole(evidenceFromRules(name, SAFETENSORS_RULES)[0].role))
    const headerBytes = shards.read.reduce((sum, shard) => sum + shard.headerBytes, 0)
    const shardsRead = shards.read.length
    return {
      format: 'safetensors',
      name: path.replace(/\.index\.json$/i, ''),
      files: shards.files,
      tensors: shards.tensors,
      classifiedBy: 'name-rules',
      warnings: shards.warnings,
      categoryNotes: {
        metadata: `shard index JSON (${formatBytes(index.bytes)}) and ${shardsRead} shard header${shardsRead === 1 ? '' : 's'} (${formatBytes(headerBytes)})`
      }
    }
  }
}
