import { CATEGORIES, type Category, type CategoryBytes, type CheckpointReport, type Report } from './types.js'

/** One category (or the total) of one checkpoint, base against head. */
export interface CategoryDelta {
  category: Category | 'total'
  /** Undefined when the baseline lacks the checkpoint (or there is no baseline). */
  base?: number
  /** Undefined when the head lacks the checkpoint (removed). */
  head?: number
  /** head − base; undefined unless both are known. */
  delta?: number
  /** delta / base; undefined unless both are known and base > 0. */
  ratio?: number
}

/**
 * - `added`: in head, not in the baseline; `removed`: in the baseline, not in head
 * - `changed` / `unchanged`: in both, some byte figure differs / none does
 * - `no-baseline`: there is no baseline at all
 */
export type CheckpointChange = 'added' | 'removed' | 'changed' | 'unchanged' | 'no-baseline'

export interface CheckpointDiff {
  /** The id both sides share (CheckpointReport.id). */
  id: string
  change: CheckpointChange
  base?: CheckpointReport
  head?: CheckpointReport
  /** Every category plus `total`, in CATEGORIES order with `total` last. */
  categories: Record<Category | 'total', CategoryDelta>
}

export interface ReportDiff {
  /** Undefined: no baseline was found. */
  base?: Report
  head: Report
  /** Head checkpoints in head order, then removed ones in base order. */
  checkpoints: CheckpointDiff[]
  /** The report totals, base against head. */
  total: Record<Category | 'total', CategoryDelta>
  /** True when some checkpoint was added, removed or changed (false without a baseline). */
  changed: boolean
}

/**
 * Matches checkpoints of base and head by `id` and computes per category base, head, Δ and Δ%.
 * Without a baseline every checkpoint is `no-baseline` and only head figures are set.
 */
export function diffReports(base: Report | undefined, head: Report): ReportDiff {
  const baseById = new Map((base?.checkpoints ?? []).map((checkpoint) => [checkpoint.id, checkpoint]))
  const headIds = new Set(head.checkpoints.map((checkpoint) => checkpoint.id))
  const checkpoints: CheckpointDiff[] = head.checkpoints.map((headCheckpoint) => {
    const baseCheckpoint = baseById.get(headCheckpoint.id)
    const categories = deltas(baseCheckpoint?.bytes, headCheckpoint.bytes)
    const change: CheckpointChange =
      base === undefined
        ? 'no-baseline'
        : baseCheckpoint === undefined
          ? 'added'
          : Object.values(categories).some((delta) => delta.delta !== 0)
            ? 'changed'
            : 'unchanged'
    return { id: headCheckpoint.id, change, ...(baseCheckpoint ? { base: baseCheckpoint } : {}), head: headCheckpoint, categories }
  })
  for (const baseCheckpoint of base?.checkpoints ?? []) {
    if (headIds.has(baseCheckpoint.id)) continue
    checkpoints.push({ id: baseCheckpoint.id, change: 'removed', base: baseCheckpoint, categories: deltas(baseCheckpoint.bytes, undefined) })
  }
  return {
    ...(base ? { base } : {}),
    head,
    checkpoints,
    total: deltas(base?.total.bytes, head.total.bytes),
    changed: checkpoints.some((checkpoint) => checkpoint.change !== 'unchanged' && checkpoint.change !== 'no-baseline')
  }
}

/** Every category and the total, base against head; a side that is absent leaves its figures unset. */
function deltas(base: CategoryBytes | undefined, head: CategoryBytes | undefined): Record<Category | 'total', CategoryDelta> {
  const entries = ([...CATEGORIES, 'total'] as const).map((category) => {
    const delta: CategoryDelta = { category }
    if (base) delta.base = base[category]
    if (head) delta.head = head[category]
    if (base && head) {
      delta.delta = head[category] - base[category]
      if (base[category] > 0) delta.ratio = delta.delta / base[category]
    }
    return [category, delta] as const
  })
  return Object.fromEntries(entries) as Record<Category | 'total', CategoryDelta>
}
