import { byWorstStatus } from '../core/budget-status.js'
import type { BudgetResultStatus, BudgetVerdict } from '../core/budgets.js'
import { decideOutcome, type StepOutcome } from '../core/outcome.js'
import { formatBytes, formatCount, formatDeltaBytes, formatPercent } from '../core/format-bytes.js'
import { CATEGORIES, type CheckpointReport, type Report } from '../core/types.js'
import { skippedNote } from './skipped.js'

/**
 * The CLI's terminal table: one block per checkpoint, a line per non-empty category with its
 * size, share and what is in it, then the explanation lines.
 *
 *   exports/model.ckpt   tensorflow-checkpoint   39.3 MB
 *     weights      13.1 MB  33.3%   8 tensors, 3,274,634 parameters
 *     optimizer    26.2 MB  66.6%   Adam slots (m, v) for 8 variables
 */
export function renderText(report: Report): string {
  const blocks = report.checkpoints.map(renderCheckpoint)
  if (report.checkpoints.length > 1) {
    blocks.push(`total   ${formatBytes(report.total.bytes.total)} in ${report.checkpoints.length} checkpoints`)
  }
  if (report.checkpoints.length === 0 && report.errors.length === 0) {
    blocks.push('No checkpoints found.')
  }
  const skipped = skippedNote(report, (path) => path)
  if (skipped) blocks.push(`note: ${terminalSafe(skipped)}`)
  return blocks.join('\n\n') + '\n'
}

function renderCheckpoint(checkpoint: CheckpointReport): string {
  const title = checkpoint.latest ? `${checkpoint.id} (latest)` : checkpoint.id
  const lines = [`${title}   ${checkpoint.format}   ${formatBytes(checkpoint.bytes.total)}`]
  const rows = CATEGORIES.filter((category) => checkpoint.bytes[category] > 0).map((category) => {
    const bytes = checkpoint.bytes[category]
    const share = checkpoint.bytes.total > 0 ? formatPercent(bytes / checkpoint.bytes.total) : ''
    return [category, formatBytes(bytes), share, describeCategory(checkpoint, category)]
  })
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column].length), 0))
  for (const [category, size, share, note] of rows) {
    const line = `  ${category.padEnd(widths[0])}  ${size.padStart(widths[1])}  ${share.padStart(widths[2])}   ${note}`
    lines.push(line.trimEnd())
  }
  for (const explanation of checkpoint.explanations) lines.push(`  → ${explanation}`)
  for (const warning of checkpoint.warnings) lines.push(`  ! ${warning}`)
  const scan = pickleScanLine(checkpoint)
  if (scan) lines.push(scan)
  if (checkpoint.unclassifiedTensors?.length) {
    const shown = checkpoint.unclassifiedTensors.slice(0, 10)
    const more = checkpoint.unclassifiedTensors.length - shown.length
    lines.push(`  unclassified: ${shown.join(', ')}${more > 0 ? `, and ${more} more` : ''}`)
  }
  if (checkpoint.top?.length) {
    lines.push('  largest tensors:')
    for (const tensor of checkpoint.top) {
      const why = tensor.reason ? `  (${tensor.reason})` : ''
      lines.push(`    ${formatBytes(tensor.bytes).padStart(9)}  ${tensor.category.padEnd(12)} ${tensor.dtype}[${tensor.shape.join(',')}]  ${tensor.name}${why}`)
    }
  }
  // Every line holds names from the checkpoint; none may carry a line break or an escape sequence.
  return lines.map(terminalSafe).join('\n')
}

function describeCategory(checkpoint: CheckpointReport, category: (typeof CATEGORIES)[number]): string {
  const parts: string[] = []
  const count = checkpoint.tensorCounts[category]
  if (count) parts.push(`${formatCount(count)} tensor${count === 1 ? '' : 's'}`)
  if (category === 'weights' && checkpoint.parameters > 0) parts.push(`${formatCount(checkpoint.parameters)} parameters`)
  const note = checkpoint.categoryNotes?.[category]
  if (note) parts.push(note)
  return parts.join(', ')
}

/**
 * The pickle security scan in one line: how many globals the pickles name, which would run code on
 * load (the warning above says how), and which classes loading would import.
 */
function pickleScanLine(checkpoint: CheckpointReport): string | undefined {
  const globals = checkpoint.pickleGlobals
  if (!globals?.length) return undefined
  const named = (verdict: string): string[] => globals.filter((g) => g.verdict === verdict).map((g) => `${g.module}.${g.name}`)
  const dangerous = named('dangerous')
  const unknown = named('unknown')
  const list = (names: string[]): string => names.slice(0, 3).join(', ') + (names.length > 3 ? ', …' : '')
  const parts = [`${globals.length} global${globals.length === 1 ? '' : 's'}`]
  if (dangerous.length > 0) parts.push(`✗ ${dangerous.length} dangerous (${list(dangerous)})`)
  if (unknown.length > 0) parts.push(`${unknown.length} class${unknown.length === 1 ? '' : 'es'} loading would import (${list(unknown)})`)
  if (dangerous.length === 0) parts.push('none runs code on load')
  return `  pickle scan: ${parts.join('; ')}`
}

/** Errors for stderr, one per line. */
export function renderErrors(report: Report): string {
  return report.errors.map((error) => `error: ${terminalSafe(error.message)}`).join('\n') + (report.errors.length ? '\n' : '')
}

const RESULT_MARK: Record<BudgetResultStatus, string> = { pass: '✓', warn: '!', fail: '✗', 'no-baseline': '-' }

/**
 * The CLI's comparison and budget section, after the table: each checkpoint against the
 * baseline, then every budget result (exceeded limits first), then rules that matched nothing.
 *
 *   baseline: 1 checkpoint compared
 *     exports/model.ckpt   12.5 MB → 39.3 MB   +26.8 MB (+214%)
 *   budget: ✗ over budget (1 of 3 limits exceeded)
 *     ✗ exports/model.ckpt: optimizer is 26.2 MB, 26.2 MB over the limit of 0 B (--budget line 1: optimizer: 0 B)
 */
export function renderVerdictText(verdict: BudgetVerdict, outcome: StepOutcome = decideOutcome(verdict)): string {
  const lines: string[] = []
  const { diff } = verdict
  if (diff.base) {
    lines.push(`baseline: ${diff.base.checkpoints.length} checkpoint${diff.base.checkpoints.length === 1 ? '' : 's'}`)
    const rows = diff.checkpoints.map((checkpoint) => {
      const { base, head, delta, ratio } = checkpoint.categories.total
      const change =
        checkpoint.change === 'added'
          ? 'new'
          : checkpoint.change === 'removed'
            ? 'removed'
            : `${formatDeltaBytes(delta ?? 0)}${ratio === undefined ? '' : ` (${formatPercent(ratio, { signed: true })})`}`
      return [terminalSafe(checkpoint.id), `${base === undefined ? '—' : formatBytes(base)} → ${head === undefined ? '—' : formatBytes(head)}`, change]
    })
    const widths = [0, 1].map((column) => Math.max(...rows.map((row) => row[column].length), 0))
    for (const [id, sizes, change] of rows) lines.push(`  ${id.padEnd(widths[0])}   ${sizes.padEnd(widths[1])}   ${change}`)
  }
  if (verdict.rules.length > 0) {
    const exceeded = verdict.results.filter((result) => result.status === 'fail' || result.status === 'warn').length
    const unread = outcome.failures.filter((finding) => finding.kind === 'unreadable').length
    // The headline is the outcome (core/outcome.ts): never "within budget" while the run fails.
    const headline =
      verdict.status === 'fail'
        ? `✗ over budget (${exceeded} of ${verdict.results.length} limit${verdict.results.length === 1 ? '' : 's'} exceeded)`
        : outcome.status === 'fail'
          ? `✗ not passed: ${unread > 0 ? `${unread} file${unread === 1 ? '' : 's'} could not be analysed` : outcome.failures[0].message}`
          : verdict.status === 'warn' || outcome.warnings.some((finding) => finding.kind === 'unchecked-rule')
            ? `! within budget, with warnings`
            : `✓ within budget (${verdict.results.length} limit${verdict.results.length === 1 ? '' : 's'} checked)`
    lines.push(`budget: ${headline}`)
    const sorted = [...verdict.results].sort(byWorstStatus)
    for (const result of sorted) lines.push(`  ${RESULT_MARK[result.status]} ${terminalSafe(result.message)}`)
    for (const rule of verdict.unmatchedRules) {
      lines.push(`  ! ${terminalSafe(`${rule.where ?? `${rule.source} line ${rule.line}`}: ${rule.text}`)} matched no checkpoint`)
    }
  }
  return lines.length ? lines.join('\n') + '\n' : ''
}

/**
 * Names from checkpoints can hold escape sequences; shown raw they would recolour or rewrite the
 * user's terminal. Control characters are printed as `\xNN` instead.
 */
export function terminalSafe(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (char) => `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`)
}
