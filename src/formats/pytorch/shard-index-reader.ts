import { evidenceFromRules, type TensorRole } from '../../core/classify.js'
import { formatBytes } from '../../core/format-bytes.js'
import { PYTORCH_BUFFER_RULES } from '../../core/rules/pytorch.js'
import type { Category, ReadResult } from '../../core/types.js'
import { basename, type CheckpointFiles } from '../../io/checkpoint-files.js'
import { readShardIndex, readShards, type ShardRead } from '../kit/shard-index.js'
import type { CheckpointReader } from '../kit/types.js'
import { pytorchLegacyReader } from './legacy-reader.js'
import { looksLikeLegacyTorch, looksLikeTorchTar, pytorchShardIndexSniffer } from './sniff.js'
import { pytorchZipReader } from './zip-reader.js'
import { withSource } from '../kit/open.js'

/**
 * A sharded PyTorch checkpoint, read from its index (`pytorch_model.bin.index.json`, written by
 * transformers' `save_pretrained` past its shard size; shard-index.ts): each shard
 * (`pytorch_model-00001-of-00002.bin`) is a `torch.save` of part of the state_dict, read by the
 * zip reader (or the legacy one, for a pre-1.6 stream), and the checkpoint is named after the
 * index without `.index.json`, the id of an unsharded `pytorch_model.bin`: a model that grows
 * past the shard size still matches its baseline. The index claims its shards, so they are not
 * reported again one by one.
 */
export const pytorchShardIndexReader: CheckpointReader = {
  ...pytorchShardIndexSniffer,

  async read(path: string, files: CheckpointFiles): Promise<ReadResult> {
    const index = await readShardIndex(path, files, 'pytorch_model-00001-of-00002.bin')
    const shards = await readShards(path, index, files, (shardPath) => readShard(shardPath, files), roleByName)
    const first = shards.read[0]?.result
    const classifiedBy = first?.classifiedBy ?? 'name-rules'
    return {
      format: 'pytorch',
      name: path.replace(/\.index\.json$/i, ''),
      files: shards.files,
      tensors: shards.tensors,
      // A shard is a state_dict's part: each is classified alike, by the first one's source.
      classifiedBy: shards.read.every((shard) => shard.result.classifiedBy === classifiedBy) ? classifiedBy : 'name-rules',
      warnings: shards.warnings,
      pickleGlobals: shards.read.flatMap((shard) => shard.result.pickleGlobals ?? []),
      explanations: [...new Set(shards.read.flatMap((shard) => shard.result.explanations ?? []))],
      categoryNotes: {
        ...mergedNotes(shards.read.map((shard) => shard.result)),
        metadata: `shard index JSON (${formatBytes(index.bytes)}) and the zip structure and pickle of ${shards.read.length} shard${shards.read.length === 1 ? '' : 's'}`
      }
    }
  }
}

interface TorchShard extends ShardRead {
  result: ReadResult
}

async function readShard(path: string, files: CheckpointFiles): Promise<TorchShard> {
  const head = await withSource(files, path, (source) => source.read(0, Math.min(source.size, 16)))
  // transformers writes shards with torch.save (a zip since PyTorch 1.6); an older stream is read as such.
  const reader = looksLikeLegacyTorch(head) || looksLikeTorchTar(head) ? pytorchLegacyReader : pytorchZipReader
  const result = await reader.read(path, files)
  const name = basename(path)
  return { tensors: result.tensors, bytes: result.files[0]?.bytes ?? 0, warnings: result.warnings.map((warning) => `${name}: ${warning}`), result }
}

/** What an absent shard's tensor names say (a state_dict: buffers by name, the rest parameters). */
function roleByName(name: string): TensorRole {
  const [rule] = evidenceFromRules(name, PYTORCH_BUFFER_RULES)
  return rule ? rule.role : 'parameter'
}

/** Each category's note from every shard, distinct ones joined. */
function mergedNotes(results: ReadResult[]): Partial<Record<Category, string>> {
  const byCategory = new Map<Category, Set<string>>()
  for (const result of results) {
    for (const [category, note] of Object.entries(result.categoryNotes ?? {}) as [Category, string][]) {
      if (category === 'metadata' || !note) continue
      const notes = byCategory.get(category) ?? new Set<string>()
      notes.add(note)
      byCategory.set(category, notes)
    }
  }
  return Object.fromEntries([...byCategory].map(([category, notes]) => [category, [...notes].join('; ')]))
}
