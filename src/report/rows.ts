import type { BudgetResult, BudgetVerdict } from '../core/budgets.js'
import type { CheckpointDiff } from '../core/diff.js'
import { changedBeyondFloor, NO_NOISE_FLOOR, type NoiseFloor } from '../core/noise-floor.js'
import type { Finding, StepOutcome } from '../core/outcome.js'
import { CATEGORIES, type Category, type ReportError } from '../core/types.js'

/**
 * One line of the comment's table: a checkpoint (or a file that could not be read) with what
 * happened to it. Rows are findings, not inventory: a row is shown when it fails, warns or changed
 * beyond the noise floor; the others are folded.
 */
export interface CheckpointRow {
  id: string
  /** Undefined for a file that could not be read. */
  diff?: CheckpointDiff
  error?: ReportError
  /** Every budget result about this checkpoint, in rule order. */
  results: BudgetResult[]
  /** Findings of the outcome about this checkpoint: the ones that fail the step, then the others. */
  failures: Finding[]
  warnings: Finding[]
  /** Added, removed, or moved beyond the noise floor. */
  changed: boolean
  /** `fail` / `warn`: by the step's outcome; `changed`: moved beyond the noise floor; else `quiet`. */
  rank: 'fail' | 'warn' | 'changed' | 'quiet'
  /** |Δ total| (the head total without a baseline): the order within a rank. */
  impact: number
}

/** The category (not the total) that moved most, with its change; undefined when none moved. */
export function movedMost(diff: CheckpointDiff): { category: Category; delta: number } | undefined {
  let best: { category: Category; delta: number } | undefined
  for (const category of CATEGORIES) {
    const { delta } = diff.categories[category]
    if (delta !== undefined && delta !== 0 && (!best || Math.abs(delta) > Math.abs(best.delta))) best = { category, delta }
  }
  return best
}

/** The largest category of a checkpoint side, for rows without a change (new, or no baseline). */
export function largestCategory(diff: CheckpointDiff, side: 'base' | 'head'): { category: Category; bytes: number } | undefined {
  let best: { category: Category; bytes: number } | undefined
  for (const category of CATEGORIES) {
    const bytes = diff.categories[category][side] ?? 0
    if (bytes > 0 && (!best || bytes > best.bytes)) best = { category, bytes }
  }
  return best
}

const RANK_ORDER: readonly CheckpointRow['rank'][] = ['fail', 'warn', 'changed', 'quiet']

/**
 * Every checkpoint and unreadable file as a row, sorted by impact: failures first, then warnings,
 * then changes by |Δ| (largest first), then the quiet ones; ties by id.
 */
export function buildRows(verdict: BudgetVerdict, outcome: StepOutcome, floor: NoiseFloor = NO_NOISE_FLOOR): CheckpointRow[] {
  // One pass over results and findings: thousands of checkpoints × rules must not be quadratic.
  const resultsById = groupBy(verdict.results, (result) => result.checkpointId)
  const failuresById = groupBy(outcome.failures, (finding) => finding.checkpointId)
  const warningsById = groupBy(outcome.warnings, (finding) => finding.checkpointId)
  const { diff } = verdict
  const row = (id: string, rest: Pick<CheckpointRow, 'diff' | 'error' | 'impact'>, changed: boolean): CheckpointRow => {
    const failures = failuresById.get(id) ?? []
    const warnings = warningsById.get(id) ?? []
    const rank = failures.length ? 'fail' : warnings.length ? 'warn' : changed ? 'changed' : 'quiet'
    return { id, results: resultsById.get(id) ?? [], failures, warnings, changed, rank, ...rest }
  }
  const rows = diff.checkpoints.map((checkpoint) => {
    const total = checkpoint.categories.total
    const impact = diff.base ? Math.abs(total.delta ?? (total.head ?? 0) - (total.base ?? 0)) : (total.head ?? 0)
    return row(checkpoint.id, { diff: checkpoint, impact }, changedBeyondFloor(checkpoint, floor))
  })
  for (const error of diff.head.errors) rows.push(row(error.path, { error, impact: 0 }, false))
  return rows.sort((a, b) => RANK_ORDER.indexOf(a.rank) - RANK_ORDER.indexOf(b.rank) || b.impact - a.impact || a.id.localeCompare(b.id))
}

function groupBy<T>(items: readonly T[], key: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const id = key(item)
    if (id === undefined) continue
    const group = groups.get(id)
    if (group) group.push(item)
    else groups.set(id, [item])
  }
  return groups
}
