import type { BudgetVerdict } from '../core/budgets.js'
import type { LegCoverage } from '../core/merge.js'
import type { StepOutcome } from '../core/outcome.js'
import type { NoiseFloor } from '../core/noise-floor.js'
import { escapeCode, escapeMarkdown } from './escape.js'
import { GITHUB_COMMENT_MAX_LENGTH, commentMarker, renderFooter, renderMarkdown } from './markdown.js'
import type { BaselineOrigin } from '../core/types.js'
import { size } from './cells.js'

/** One leg of a merged matrix: its part of the verdict and where its baseline came from. */
export interface LegSection {
  key: string
  verdict: BudgetVerdict
  outcome: StepOutcome
  baseline: BaselineOrigin
  /** The leg's own report artifact, whose HTML report has every tensor. */
  htmlReportUrl?: string
  /** The leg's own `min-change` (a config file's `keys.KEY` section), else the merge's. */
  minChange?: NoiseFloor
}

export interface MergedMarkdownOptions {
  /** The outcome of the whole (the one budget evaluation plus missing legs). */
  outcome: StepOutcome
  coverage: LegCoverage
  /** The merge step's own `comment-key`: selects the marker. */
  commentKey?: string
  summaryUrl?: string
  htmlReportUrl?: string
  minChange?: NoiseFloor
  topTensors?: number
  /** The job summary: no marker, no length cut per section beyond GitHub's summary limit. */
  summary?: boolean
  maxLength?: number
}

/**
 * The comment of a merged matrix: one title for the whole (the outcome's icon, the total and how
 * many legs reported, naming the missing ones), then one section per leg as the single-job
 * comment renders it, each given an equal share of the room; one footer and marker at the end.
 */
export function renderMergedMarkdown(sections: readonly LegSection[], options: MergedMarkdownOptions): string {
  const maxLength = options.maxLength ?? GITHUB_COMMENT_MAX_LENGTH
  const total = sections.reduce((sum, section) => sum + section.verdict.diff.head.total.bytes.total, 0)
  const checkpoints = sections.reduce((sum, section) => sum + section.verdict.diff.head.checkpoints.length, 0)
  const failing = sections.filter((section) => section.outcome.status === 'fail').map((section) => escapeCode(section.key, 64))
  const lead = failing.length > 0 ? `${failing.join(', ')} failed` : `${size(total)} in ${checkpoints} checkpoint${checkpoints === 1 ? '' : 's'}`
  const title = `### ${options.outcome.icon} Model size${options.commentKey ? ` (${escapeMarkdown(options.commentKey, 64)})` : ''}: ${lead}; ${coverageLine(options.coverage)}`
  // A finding that a section shows (a leg's own rule not checked) is not repeated at the top.
  const inSections = new Set(sections.flatMap((section) => [...section.outcome.failures, ...section.outcome.warnings]))
  const rowless = [...options.outcome.failures, ...options.outcome.warnings].filter(
    (finding) => finding.checkpointId === undefined && (finding.kind === 'unmatched-rule' || finding.kind === 'unchecked-rule') && !inSections.has(finding)
  )
  const notes = rowless.map((finding) => `- ⚠️ ${escapeMarkdown(finding.message)}`)
  const footer = options.summary ? '' : `\n\n${renderFooter(options.summaryUrl, options.htmlReportUrl)}\n${commentMarker(options.commentKey)}`
  const head = [title, ...(notes.length ? [notes.join('\n')] : [])].join('\n\n')
  const room = Math.floor((maxLength - head.length - footer.length) / Math.max(1, sections.length)) - 4
  const bodies = sections.map((section) =>
    renderMarkdown(section.verdict, {
      commentKey: section.key,
      baseline: section.baseline,
      outcome: section.outcome,
      section: true,
      maxLength: room - 1,
      ...(options.summaryUrl ? { summaryUrl: options.summaryUrl } : {}),
      ...(section.htmlReportUrl ? { htmlReportUrl: section.htmlReportUrl } : {}),
      ...((section.minChange ?? options.minChange) ? { minChange: section.minChange ?? options.minChange } : {}),
      ...(options.topTensors ? { topTensors: options.topTensors } : {})
    })
  )
  return [head, ...bodies].join('\n\n') + footer
}

/** "3 of 3 reports" or "2 of 3 reports: `ios` missing (job "size (ios)" failed)". */
export function coverageLine(coverage: LegCoverage): string {
  const extra = coverage.found.filter((key) => !coverage.expected.includes(key)).length
  const total = coverage.expected.length + extra
  const line = `${total - coverage.missing.length} of ${total} report${total === 1 ? '' : 's'}`
  if (coverage.missing.length === 0) return line
  const missing = coverage.missing.map((leg) => `${escapeCode(leg.key, 64)} missing${leg.why ? ` (${escapeMarkdown(leg.why, 200)})` : ''}`)
  return `${line}: ${missing.join(', ')}`
}
