import type { BudgetResult, BudgetResultStatus } from '../core/budgets.js'
import { byWorstStatus } from '../core/budget-status.js'
import type { Finding } from '../core/outcome.js'
import { deltaPercent, deltaSize, NBSP, shortPath, size, sizeChange, unbroken, unbrokenSizes } from './cells.js'
import { escapeCode, escapeMarkdown } from './escape.js'
import { largestCategory, movedMost, type CheckpointRow } from './rows.js'

/** What a finding that is not a budget result says in a status cell. */
export const FINDING_LABEL: Record<Finding['kind'], string> = {
  'over-budget': 'over budget',
  'soft-limit': 'over a soft limit',
  'unmatched-rule': 'rule matches nothing',
  unreadable: 'could not be read',
  'nothing-found': 'nothing found',
  'dangerous-pickle': 'dangerous pickle',
  'missing-report': 'report missing',
  'unchecked-rule': 'rule not checked'
}

/** Results and findings shown in one status cell; the details list them all. */
const STATUS_LINES = 3

/**
 * The comment's table: one row per checkpoint that fails, warns or changed (the rows given), with
 * base → head, Δ, Δ%, the category that moved most, and the status with the rule. Without a
 * baseline: size and largest category instead of the change.
 */
export function renderRowsTable(rows: readonly CheckpointRow[], withBase: boolean): string[] {
  if (rows.length === 0) return []
  const header = withBase
    ? ['| Checkpoint | Base → Head | Δ | Δ% | Moved most | Status |', '|---|--:|--:|--:|---|---|']
    : ['| Checkpoint | Size | Largest category | Status |', '|---|--:|---|---|']
  return [header.join('\n'), ...rows.map((row) => `| ${rowCells(row, withBase).join(' | ')} |`)]
}

function rowCells(row: CheckpointRow, withBase: boolean): string[] {
  const name = checkpointCell(row)
  const status = statusCell(row)
  const diff = row.diff
  if (!diff) return withBase ? [name, '—', '—', '', '', status] : [name, '—', '', status]
  const total = diff.categories.total
  if (!withBase) {
    const largest = largestCategory(diff, 'head')
    return [name, size(total.head), largest ? `${largest.category} ${size(largest.bytes)}` : '', status]
  }
  if (diff.change === 'added') {
    const largest = largestCategory(diff, 'head')
    return [name, sizeChange(undefined, total.head), 'new', '', largest ? `${largest.category} ${size(largest.bytes)}` : '', status]
  }
  if (diff.change === 'removed') {
    return [name, sizeChange(total.base, undefined), deltaSize(-(total.base ?? 0)), total.base ? '-100%' : '', 'removed', status]
  }
  const moved = movedMost(diff)
  return [
    name,
    sizeChange(total.base, total.head),
    deltaSize(total.delta ?? 0),
    deltaPercent(total.delta, total.base),
    moved ? `${moved.category} ${deltaSize(moved.delta)}` : '',
    status
  ]
}

function checkpointCell(row: CheckpointRow): string {
  const tags: string[] = []
  if (row.diff?.change === 'added') tags.push('*new*')
  if (row.diff?.change === 'removed') tags.push('*removed*')
  if (row.diff?.head?.latest) tags.push('*latest*')
  const name = shortPath(row.id)
  return tags.length ? `${name} ${tags.join(' ')}` : name
}

const RESULT_ICON: Record<BudgetResultStatus, string> = { pass: '✅', warn: '⚠️', fail: '❌', 'no-baseline': '➖' }

/**
 * What happened, worst first: each exceeded limit with its rule and by how much, each other
 * finding by name. With none, a passed limit outranks "no baseline": an absolute limit that was
 * checked says more than a growth limit that could not be.
 */
export function statusCell(row: CheckpointRow): string {
  // Under `fail-on: never` an exceeded hard limit only warns: the icon follows the step.
  const hardFails = row.failures.some((finding) => finding.kind === 'over-budget')
  const exceeded = row.results.filter((result) => result.status === 'fail' || result.status === 'warn').sort(byWorstStatus)
  const lines = exceeded.map((result) => `${result.status === 'fail' && hardFails ? '❌' : '⚠️'} ${describeExceeded(result)}`)
  const failing = new Set(row.failures)
  for (const finding of [...row.failures, ...row.warnings]) {
    if (finding.kind === 'over-budget' || finding.kind === 'soft-limit') continue
    lines.push(`${failing.has(finding) ? '❌' : '⚠️'} ${FINDING_LABEL[finding.kind]}`)
  }
  if (lines.length > 0) {
    const more = lines.length - STATUS_LINES
    return lines.slice(0, STATUS_LINES).join('<br>') + (more > 0 ? `<br>and ${more} more` : '')
  }
  if (row.diff?.change === 'removed') return 'removed'
  const passed = row.results.filter((result) => result.status === 'pass')
  if (passed.length > 0) return `${RESULT_ICON.pass} ${limitList(passed)}`
  const unchecked = row.results.filter((result) => result.status === 'no-baseline')
  if (unchecked.length > 0) return `${RESULT_ICON['no-baseline']} no baseline for ${limitList(unchecked)}`
  return '—'
}

/** `26.2 MB over <code>optimizer: 0 B</code>`, or the rule's own summary for rules on other things than bytes. */
export function describeExceeded(result: BudgetResult): string {
  const label = limitLabel(result)
  if (result.summary !== undefined) return `${label}: ${escapeMarkdown(unbrokenSizes(result.summary), 80)}`
  return `${size(result.excess)}${NBSP}${result.limit.kind === 'floor' ? 'under' : 'over'} ${label}`
}

/** `<code>optimizer: 0 B</code>`: the category and the one limit term the result is about. */
export function limitLabel(result: BudgetResult): string {
  return escapeCode(unbroken(`${result.rule.soft ? 'warn ' : ''}${result.category}: ${result.limit.text}`))
}

/** Up to two limits by label, then a count. */
function limitList(results: readonly BudgetResult[]): string {
  const labels = [...new Set(results.map(limitLabel))]
  return labels.slice(0, 2).join(', ') + (labels.length > 2 ? ` and ${labels.length - 2} more` : '')
}
