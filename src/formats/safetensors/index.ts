import { evidenceFromRules, type Evidence, type RoleRule } from '../../core/classify.js'
import { formatBytes } from '../../core/format-bytes.js'
import { copyEvidence, findMirrorTrees } from '../../core/mirror-trees.js'
import { GENERIC_RULES } from '../../core/rules/generic.js'
import type { ReadResult, TensorInfo } from '../../core/types.js'
import { basename, type CheckpointFiles } from '../../io/checkpoint-files.js'
import { readShardIndex, readShards, type ShardRead } from '../kit/shard-index.js'
import type { CheckpointReader } from '../kit/types.js'
import { readSafetensorsHeader, type SafetensorsEntry } from './header.js'
import { safetensorsIndexSniffer, safetensorsSniffer } from './sniff.js'
import { withSource } from '../kit/open.js'

/**
 * safetensors, single file (`model.safetensors`) and sharded (`model.safetensors.index.json` +
 * `model-0000K-of-0000N.safetensors`). FORMATS.md §5.
 *
 * Evidence (core/classify.ts decides): a safetensors file carries names, dtypes and shapes and
 * nothing else, so the reader has two things to say about a tensor:
 * - structure: a second tree that mirrors the model's (`ema.…` next to `model.…`, same names,
 *   shapes and dtypes) is a copy (core/mirror-trees.ts), found over every shard at once;
 * - names: the generic name table (src/core/rules/generic.ts) recognises optimizer state, counters
 *   and buffers; after it, the format's convention that a tensor no rule marks is a parameter —
 *   safetensors exists to ship model parameters (`save_file(model.state_dict())`, `save_model`),
 *   and HF/accelerate write optimizer state to separate `optimizer.pt`/`.bin` files. Reporting
 *   those as `unclassified` would flag every ordinary model. The convention is given as the last
 *   name rule (a catch-all after the table), so that any rule that does match speaks first.
 */

const WEIGHT_BY_CONVENTION = 'safetensors holds model parameters; no name rule marks this tensor as optimizer state, a buffer or a counter'

/** The generic table, then the format's convention as the last name rule (so it never outranks a name). */
const SAFETENSORS_RULES: readonly RoleRule[] = [...GENERIC_RULES, { pattern: /(?:)/, role: 'parameter', reason: WEIGHT_BY_CONVENTION }]

/** What the names say: the first matching generic rule, else the convention. Shared per rule. */
function nameEvidence(name: string): readonly Evidence[] {
  return evidenceFromRules(name, SAFETENSORS_RULES)
}

/**
 * Gives every tensor of a checkpoint (all shards together) its evidence: the mirror structure
 * first when the tensor is a copy, then the names. Arrays are shared per (copy tree, name rule).
 */
function attachEvidence(tensors: TensorInfo[]): void {
  const copyOf = copyEvidence(findMirrorTrees(tensors))
  const combined = new Map<readonly Evidence[], Map<readonly Evidence[], readonly Evidence[]>>()
  for (let i = 0; i < tensors.length; i++) {
    const names = nameEvidence(tensors[i].name)
    const copy = copyOf(i)
    if (!copy) {
      tensors[i].evidence = names
      continue
    }
    let byNames = combined.get(copy)
    if (!byNames) combined.set(copy, (byNames = new Map()))
    let evidence = byNames.get(names)
    if (!evidence) byNames.set(names, (evidence = Object.freeze([...copy, ...names])))
    tensors[i].evidence = evidence
  }
}

function toTensor(entry: SafetensorsEntry, file: string): TensorInfo {
  // Spelled out: with a spread, V8 kept the last fields of each of 10^5 tensors in a separate
  // property array (~40 bytes a tensor, 4 MB at the peak).
  return { name: entry.name, dtype: entry.dtype, shape: entry.shape, file, offset: entry.offset, byteLength: entry.byteLength, evidence: undefined }
}

/** A shard (or a single file) as read: its tensors, size on disk and warnings (ShardRead), and its header. */
interface Shard extends ShardRead {
  /** 8 + N: the length and the JSON header. */
  headerBytes: number
  hasMetadata: boolean
}

async function readShard(path: string, files: CheckpointFiles): Promise<Shard> {
  return withSource(files, path, async (source) => {
    const header = await readSafetensorsHeader(source)
    return {
      tensors: header.entries.map((entry) => toTensor(entry, path)),
      bytes: source.size,
      headerBytes: header.dataStart,
      hasMetadata: header.hasMetadata,
      warnings: header.warnings.map((warning) => `${basename(path)}: ${warning}`)
    }
  })
}

/** A single `.safetensors` file (a shard claimed by its index is read through the index instead). */
export const safetensorsReader: CheckpointReader = {
  ...safetensorsSniffer,

  async read(path: string, files: CheckpointFiles): Promise<ReadResult> {
    const shard = await readShard(path, files)
    attachEvidence(shard.tensors)
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
    // An absent shard's placeholder says what its names say (shard-index.ts).
    const shards = await readShards(
      path,
      index,
      files,
      (shardPath) => readShard(shardPath, files),
      (name) => nameEvidence(name)[0].role
    )
    attachEvidence(shards.tensors.filter((tensor) => tensor.evidence === undefined))
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
