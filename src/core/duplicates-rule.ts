import type { CheckJudgement, CheckLimit } from './budgets.js'
import { ConfigError } from './errors.js'
import { formatBytes, formatCount } from './format-bytes.js'
import { parseSize } from './size-units.js'
import type { CheckpointReport, DuplicateGroup } from './types.js'

/*
 * `duplicates: 0 B`: at most this many bytes of a checkpoint are second (third...) copies of a
 * tensor it already holds: tied embeddings saved untied, a copy of the model under another key.
 * A storage shared by several names is stored once and is no copy. The scan is
 * pipeline/duplicates.ts (metadata first, then a few sampled bytes per candidate).
 */

/** Groups named in a failing rule's sentence; the rest are counted. */
const NAMED_GROUPS = 3

export function parseDuplicatesLimit(text: string): CheckLimit {
  let allowed: number
  try {
    allowed = parseSize(text).bytes
  } catch (error) {
    throw new ConfigError(`'duplicates' takes the bytes of copies allowed, e.g. 'duplicates: 0 B': ${(error as Error).message}`)
  }
  return { judge: (checkpoint) => judge(checkpoint, allowed, text.trim()) }
}

/** Bytes beyond the first copy of each group. */
export function duplicatedBytes(groups: readonly DuplicateGroup[]): number {
  return groups.reduce((sum, group) => sum + group.bytes * (group.tensors.length - 1), 0)
}

function judge(checkpoint: CheckpointReport, allowed: number, limit: string): CheckJudgement {
  if (!checkpoint.duplicates) {
    return {
      status: 'unknown',
      head: 0,
      excess: 0,
      detail: 'the report has no duplicate scan for this checkpoint (measured without a duplicates rule); duplicates rule not checked'
    }
  }
  const groups = checkpoint.duplicates
  const bytes = duplicatedBytes(groups)
  if (bytes <= allowed) {
    const detail = bytes === 0 ? 'no tensor is stored twice' : `${formatBytes(bytes)} of copies, within ${limit}`
    return { status: 'pass', head: bytes, excess: 0, detail }
  }
  const copies = groups.reduce((sum, group) => sum + group.tensors.length - 1, 0)
  const named = [...groups]
    .sort((a, b) => b.bytes * (b.tensors.length - 1) - a.bytes * (a.tensors.length - 1))
    .slice(0, NAMED_GROUPS)
    .map((group) => `${group.tensors.join(' = ')} (${group.dtype}[${group.shape.join(', ')}], ${formatBytes(group.bytes)} each)`)
    .join('; ')
  const more =
    groups.length > NAMED_GROUPS ? `; and ${formatCount(groups.length - NAMED_GROUPS)} more group${groups.length - NAMED_GROUPS === 1 ? '' : 's'}` : ''
  return {
    status: 'exceeded',
    head: bytes,
    excess: bytes - allowed,
    summary: `${formatCount(copies)} duplicate tensor${copies === 1 ? '' : 's'}, ${formatBytes(bytes)}`,
    detail:
      `${formatBytes(bytes)} of tensors stored twice: ${named}${more}. ` +
      'Tie the weights before saving (one storage under both names), or drop the copy (e.g. save_pretrained or safetensors save_model, which keep shared tensors once).'
  }
}
