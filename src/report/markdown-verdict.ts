import type { BudgetVerdict } from '../core/budgets.js'
import { formatCount, formatDeltaBytes, formatPercent } from '../core/format-bytes.js'
import type { StepOutcome } from '../core/outcome.js'
import { shortPath, size, unbroken } from './cells.js'
import { escapeMarkdown } from './escape.js'
import { describeExceeded, FINDING_LABEL } from './markdown-table.js'
import { movedMost, type CheckpointRow } from './rows.js'

/** What the first layer of the comment, the verdict line and the totals under it, is made from. */
export interface VerdictContext {
  verdict: BudgetVerdict
  /** The step's outcome: the title's icon. */
  outcome: StepOutcome
  /** Every checkpoint and unreadable file, by impact (report/rows.ts). */
  rows: CheckpointRow[]
  withBase: boolean
  /** Shown in the title, so that a matrix job's comment says which it is. */
  commentKey?: string
}

/**
 * `### ❌ Model size (mobile): optimizer +26.2 MB in <code>exports/model.ckpt</code>, 26.2 MB over
 * <code>optimizer: 0 B</code>; 1 of 3 checkpoints changed`: the outcome's icon, the comment key,
 * the one thing a reviewer must know, and how much changed.
 */
export function renderTitle(context: VerdictContext): string {
  const key = context.commentKey ? ` (${escapeMarkdown(context.commentKey, 64)})` : ''
  const parts = [leadPhrase(context), countPhrase(context)].filter((part) => part !== '')
  return `### ${context.outcome.icon} Model size${key}: ${parts.join('; ')}`
}

function leadPhrase(context: VerdictContext): string {
  const { outcome, rows, verdict } = context
  const troubled = rows.filter((row) => row.rank === 'fail' || row.rank === 'warn')
  const rowless = [...outcome.failures, ...outcome.warnings].filter((finding) => finding.checkpointId === undefined)
  // Failures before warnings: a row that fails outranks a rule typo, which outranks a row that warns.
  const failingRowless = rowless.filter((finding) => outcome.failures.includes(finding))
  let lead: string
  if (troubled[0]?.rank === 'fail' || (troubled[0] && failingRowless.length === 0)) lead = describeTrouble(troubled[0])
  else if (rowless[0]) lead = ROWLESS_LEAD[rowless[0].kind] ?? escapeMarkdown(rowless[0].message, 200)
  else return describeChange(context) + (verdict.rules.length > 0 ? ', within budget' : '')
  const others = troubled.length + rowless.length - 1
  return others > 0 ? `${lead} (and ${others} more)` : lead
}

const ROWLESS_LEAD: Partial<Record<string, string>> = {
  'nothing-found': 'no checkpoint found',
  'unmatched-rule': 'a budget rule matches no checkpoint',
  'unchecked-rule': 'a budget rule could not be checked'
}

/** The worst thing about a row: its largest exceeded limit, else its first other finding. */
function describeTrouble(row: CheckpointRow): string {
  const path = shortPath(row.id)
  const exceeded = row.results
    .filter((result) => result.status === 'fail' || result.status === 'warn')
    .sort((a, b) => (a.status === b.status ? b.excess - a.excess : a.status === 'fail' ? -1 : 1))[0]
  if (exceeded) {
    if (exceeded.summary !== undefined) return `${describeExceeded(exceeded)} in ${path}`
    const { base, head } = exceeded
    const amount = base !== undefined && head !== base ? unbroken(formatDeltaBytes(head - base)) : size(head)
    return `${exceeded.category} ${amount} in ${path}, ${describeExceeded(exceeded)}`
  }
  const finding = row.failures[0] ?? row.warnings[0]
  return `${FINDING_LABEL[finding.kind]}: ${path}`
}

/** The change that moved most, or the size when there is nothing to compare with. */
function describeChange(context: VerdictContext): string {
  const lead = context.rows.find((row) => row.changed)
  const checkpoints = context.verdict.diff.head.checkpoints.length
  if (!context.withBase || !lead?.diff) return `${size(context.verdict.diff.total.total.head ?? 0)} in ${plural(checkpoints, 'checkpoint')}`
  const path = shortPath(lead.id)
  if (lead.diff.change === 'added') return `new ${path}, ${size(lead.diff.categories.total.head)}`
  if (lead.diff.change === 'removed') return `${path} removed, ${size(lead.diff.categories.total.base)}`
  const moved = movedMost(lead.diff)!
  return `${moved.category} ${unbroken(formatDeltaBytes(moved.delta))} in ${path}`
}

function countPhrase(context: VerdictContext): string {
  const checkpoints = context.verdict.diff.checkpoints.length
  if (checkpoints === 0) return ''
  if (!context.withBase) return 'no baseline'
  const changed = context.rows.filter((row) => row.changed).length
  if (changed === 0) return `${plural(checkpoints, 'checkpoint')} unchanged`
  return `${changed} of ${plural(checkpoints, 'checkpoint')} changed`
}

export function plural(count: number, noun: string): string {
  return `${formatCount(count)} ${noun}${count === 1 ? '' : 's'}`
}

/** `**39.3 MB** in 3 checkpoints, **+26.8 MB** (+214%) against the baseline.` */
export function renderTotals({ verdict }: VerdictContext): string | undefined {
  const { diff } = verdict
  if (diff.checkpoints.length === 0) return undefined
  const sizeText = `**${size(diff.total.total.head ?? 0)}** in ${plural(diff.head.checkpoints.length, 'checkpoint')}`
  const { delta, ratio } = diff.total.total
  if (!diff.base) return `${sizeText}; no baseline to compare with.`
  if (delta === undefined || delta === 0) return `${sizeText}, unchanged against the baseline.`
  return `${sizeText}, **${unbroken(formatDeltaBytes(delta))}**${ratio === undefined ? '' : ` (${formatPercent(ratio, { signed: true })})`} against the baseline.`
}
