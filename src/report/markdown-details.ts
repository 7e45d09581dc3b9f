import type { BudgetResult } from '../core/budgets.js'
import { RESULT_STATUS_ORDER } from '../core/budget-status.js'
import type { CheckpointDiff } from '../core/diff.js'
import { formatBytes, formatCount, formatPercent } from '../core/format-bytes.js'
import { CATEGORIES, type Category, type CheckpointReport } from '../core/types.js'
import { deltaPercent, deltaSize, size, unbroken } from './cells.js'
import { escapeCode, escapeMarkdown } from './escape.js'
import type { CheckpointRow } from './rows.js'
import type { HistoryEntry } from '../core/history.js'
import { renderTrend } from './trend-chart.js'

export interface DetailsContext {
  /** Longest checkpoint-supplied text shown. */
  nameLength: number
  /** The job summary: every file, every unclassified tensor, every largest tensor. */
  full: boolean
  /** Largest tensors listed (when not `full`). */
  topTensors: number
  withBase: boolean
  /** The default branch's size history: a changed checkpoint gets its trend chart. */
  history?: readonly HistoryEntry[]
  /** A safe link to the uploaded HTML report, offered at the end of each section. */
  htmlReportUrl?: string
}

/**
 * The third layer: a collapsed section per checkpoint row with its full path, the per-category
 * table, every rule's result in full (which tensors a dtype rule names, what it would save), the
 * explanations and warnings, the trend of its size over the default branch's history (when given),
 * the largest tensors with the reasons for their categories, and the pie of the category shares.
 */
export function renderRowDetails(row: CheckpointRow, context: DetailsContext): string | undefined {
  const checkpoint = row.diff?.head ?? row.diff?.base
  if (!row.diff || !checkpoint) return undefined
  const total = row.diff.categories.total
  const change = context.withBase && total.delta !== undefined ? ` (${deltaSize(total.delta)})` : ''
  const facts = [
    `${size(total.head ?? total.base)}${change}`,
    `${formatCount(checkpoint.tensors)} tensor${checkpoint.tensors === 1 ? '' : 's'}`,
    ...(checkpoint.parameters > 0 ? [`${formatCount(checkpoint.parameters)} parameters`] : []),
    `${escapeMarkdown(checkpoint.format)}, classified by ${escapeMarkdown(checkpoint.classifiedBy)}`
  ]
  const lines = ['<details>', `<summary>${escapeCode(row.id, context.nameLength)}: ${facts.join(' · ')}</summary>`, '']
  lines.push(...categoryTable(row, context), '')

  const notes: string[] = []
  // Byte limits are in the table above; rules on other things (a dtype rule names its tensors) say more.
  for (const result of [...row.results].sort(byStatus)) {
    if (result.summary === undefined || result.status === 'pass') continue
    notes.push(`- ${result.status === 'fail' ? '❌' : '⚠️'} ${escapeMarkdown(result.message, context.full ? undefined : 600)}`)
  }
  for (const finding of [...row.failures, ...row.warnings]) {
    if (finding.kind === 'over-budget' || finding.kind === 'soft-limit') continue
    notes.push(`- ${row.failures.includes(finding) ? '❌' : '⚠️'} ${escapeMarkdown(finding.message, context.full ? undefined : 600)}`)
  }
  for (const explanation of checkpoint.explanations) notes.push(`- 💡 ${escapeMarkdown(explanation, context.full ? undefined : 400)}`)
  for (const warning of checkpoint.warnings) notes.push(`- ⚠️ ${escapeMarkdown(warning, context.full ? undefined : 400)}`)
  const categoryNotes = CATEGORIES.filter((category) => checkpoint.categoryNotes?.[category])
  for (const category of categoryNotes) notes.push(`- ${category}: ${escapeMarkdown(checkpoint.categoryNotes![category]!, context.nameLength)}`)
  if (notes.length) lines.push(...notes, '')

  if (context.history && row.changed) lines.push(...renderTrend(row.id, context.history, row.diff.categories.total.head))
  lines.push(...largestTensors(checkpoint, context), ...pie(checkpoint))
  if (context.full) lines.push(...filesAndUnclassified(checkpoint, context))
  if (context.htmlReportUrl)
    lines.push(`Every tensor of it as a treemap: [the HTML report](${context.htmlReportUrl}) (artifact; open \`.html\` after unzipping).`, '')
  lines.push('</details>')
  return lines.join('\n')
}

function byStatus(a: BudgetResult, b: BudgetResult): number {
  return RESULT_STATUS_ORDER.indexOf(a.status) - RESULT_STATUS_ORDER.indexOf(b.status)
}

/** One row per category with bytes on either side or a rule about it, then the total. */
function categoryTable(row: CheckpointRow, context: DetailsContext): string[] {
  const diff = row.diff!
  const byCategory = new Map<string, BudgetResult[]>()
  for (const result of row.results) byCategory.set(result.category, [...(byCategory.get(result.category) ?? []), result])
  const shown = CATEGORIES.filter((category) => {
    const delta = diff.categories[category]
    return (delta.base ?? 0) > 0 || (delta.head ?? 0) > 0 || byCategory.has(category)
  })
  const lines = context.withBase
    ? ['| Category | Base | Head | Δ | Δ% | Limit | Status |', '|---|--:|--:|--:|--:|---|---|']
    : ['| Category | Size | Share | Limit | Status |', '|---|--:|--:|---|---|']
  for (const category of [...shown, 'total' as const]) {
    const results = byCategory.get(category) ?? []
    const limit = results.map((result) => `${result.rule.soft ? 'warn ' : ''}${escapeCode(unbroken(result.limit.text))}`).join(', ')
    const status = categoryStatus(results)
    const delta = diff.categories[category]
    const label = category === 'total' ? '**total**' : category
    const cells = context.withBase
      ? [
          label,
          size(delta.base),
          size(delta.head),
          delta.delta === undefined ? '—' : deltaSize(delta.delta),
          deltaPercent(delta.delta, delta.base),
          limit,
          status
        ]
      : [label, size(delta.head), shareOf(diff, category), limit, status]
    lines.push(`| ${cells.join(' | ')} |`)
  }
  // Rules on other things than a category's bytes (dtype, pickle...) get rows of their own.
  for (const [subject, results] of byCategory) {
    if (subject === 'total' || (CATEGORIES as readonly string[]).includes(subject)) continue
    const limit = results.map((result) => escapeCode(unbroken(result.limit.text))).join(', ')
    const blanks = context.withBase ? ['', '', '', ''] : ['', '']
    lines.push(`| ${escapeMarkdown(subject)} | ${blanks.join(' | ')} | ${limit} | ${categoryStatus(results)} |`)
  }
  return lines
}

/** The worst result, a pass outranking "no baseline". */
function categoryStatus(results: readonly BudgetResult[]): string {
  const has = (status: BudgetResult['status']) => results.some((result) => result.status === status)
  if (has('fail')) return '❌'
  if (has('warn')) return '⚠️'
  if (has('pass')) return '✅'
  if (has('no-baseline')) return '➖ no baseline'
  return ''
}

function shareOf(diff: CheckpointDiff, category: Category | 'total'): string {
  const total = diff.categories.total.head ?? 0
  if (category === 'total' || total === 0) return ''
  return formatPercent((diff.categories[category].head ?? 0) / total)
}

function largestTensors(checkpoint: CheckpointReport, context: DetailsContext): string[] {
  const top = (checkpoint.top ?? []).slice(0, context.full ? undefined : context.topTensors)
  if (top.length === 0) return []
  // "Why" (the reason for the category) only when the reader gave reasons.
  const withWhy = top.some((tensor) => tensor.reason)
  const lines = withWhy
    ? ['| Largest tensors | Category | Why | Type | Size |', '|---|---|---|---|--:|']
    : ['| Largest tensors | Category | Type | Size |', '|---|---|---|--:|']
  for (const tensor of top) {
    const type = `${escapeMarkdown(tensor.dtype, 40)}[${tensor.shape.join(', ')}]`
    // The reason names tensors of the checkpoint: escaped like them.
    const why = withWhy ? ` ${escapeMarkdown(tensor.reason ?? '', context.nameLength)} |` : ''
    lines.push(`| ${escapeCode(tensor.name, context.nameLength)} | ${tensor.category} |${why} ${type} | ${size(tensor.bytes)} |`)
  }
  return [...lines, '']
}

function pie(checkpoint: CheckpointReport): string[] {
  const slices = CATEGORIES.filter((category) => checkpoint.bytes[category] > 0)
  if (slices.length === 0) return []
  // Labels are our own category names and byte figures: nothing from the checkpoint reaches mermaid.
  const lines = ['```mermaid', 'pie title Bytes by category']
  for (const category of slices) lines.push(`    "${category} ${formatBytes(checkpoint.bytes[category])}" : ${checkpoint.bytes[category]}`)
  return [...lines, '```', '']
}

function filesAndUnclassified(checkpoint: CheckpointReport, context: DetailsContext): string[] {
  const lines: string[] = []
  if (checkpoint.unclassifiedTensors?.length) {
    lines.push(`Unclassified tensors: ${checkpoint.unclassifiedTensors.map((name) => escapeCode(name, context.nameLength)).join(', ')}`, '')
  }
  lines.push('| File | Role | Size |', '|---|---|--:|')
  for (const file of checkpoint.files) {
    const absent = file.present === false ? ' (absent)' : ''
    lines.push(`| ${escapeCode(file.path, context.nameLength)}${absent} | ${escapeMarkdown(file.role)} | ${size(file.bytes)} |`)
  }
  return [...lines, '']
}
