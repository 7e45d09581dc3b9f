import { byWorstStatus, RESULT_STATUS_ORDER } from '../core/budget-status.js'
import type { BudgetResult, BudgetResultStatus, BudgetVerdict } from '../core/budgets.js'
import type { CategoryDelta, CheckpointDiff } from '../core/diff.js'
import { formatBytes, formatCount, formatDeltaBytes, formatPercent } from '../core/format-bytes.js'
import { CATEGORIES, type Category, type CheckpointReport } from '../core/types.js'
import { escapeCode, escapeMarkdown } from './escape.js'

/** GitHub rejects issue comments longer than this many characters. */
export const GITHUB_COMMENT_MAX_LENGTH = 65_536

/** Prefix of the hidden marker that identifies our sticky comment. */
export const COMMENT_MARKER_PREFIX = 'model-size-budget'

/**
 * The hidden marker `<!-- model-size-budget:KEY -->` (KEY empty without a comment key) that the
 * action looks for among a PR's comments. The key is percent-encoded except for `[A-Za-z0-9._/-]`
 * (and a `-` after a `-`), so it can never close the HTML comment, and two different keys never
 * give the same marker.
 */
export function commentMarker(commentKey = ''): string {
  let key = ''
  for (const char of commentKey.trim()) {
    const plain = /^[A-Za-z0-9._/]$/.test(char) || (char === '-' && !key.endsWith('-'))
    key += plain ? char : [...new TextEncoder().encode(char)].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('')
  }
  return `<!-- ${COMMENT_MARKER_PREFIX}:${key} -->`
}

/** Where the baseline came from, or where it would have come from. */
export interface BaselineOrigin {
  /**
   * - `report`: a report JSON file (a `baseline:` path, or one committed at the base);
   *   `directory`: base checkpoints measured from disk;
   * - `git`: checkpoint files git tracks at the base (a PR's base commit, a push's previous commit);
   *   `artifact`: the latest base-branch run's report;
   * - `none`: no baseline (growth limits say "no baseline")
   */
  kind: 'report' | 'directory' | 'git' | 'artifact' | 'none'
  /**
   * Plain text (escaped by the renderer), e.g. `base commit 1a2b3c4`, `baseline/model-size-report.json`,
   * `"model-size-report" of run 123 on main`. For `none`: where a baseline would come from,
   * e.g. `no report artifact on main yet; set baseline: PATH or upload the report from the default branch`.
   */
  description: string
  /** Optional link (http(s) only) to the baseline's source, e.g. the run that produced the artifact. */
  url?: string
}

export interface MarkdownOptions {
  /** The `comment-key` input; selects the hidden marker. Default: none. */
  commentKey?: string
  /** Maximum characters of the body (default GITHUB_COMMENT_MAX_LENGTH). The body is cut at a row boundary. */
  maxLength?: number
  baseline: BaselineOrigin
  /** Link (http(s) only) to the run whose job summary has the full report; used in the "cut" note and footer. */
  summaryUrl?: string
  /** Largest tensors listed per checkpoint (from `CheckpointReport.top`; measure with `top`). Default 10. */
  topTensors?: number
}

/** Longest checkpoint-supplied text shown in the comment; the summary allows more. */
const COMMENT_NAME_LENGTH = 120
const SUMMARY_NAME_LENGTH = 1000
/** Exceeded limits listed above the comment's table; the rest are in the table and the summary. */
const EXCEEDED_IN_COMMENT = 20
/** Largest tensors shown per checkpoint when the options do not say. */
const DEFAULT_TOP_TENSORS = 10

/**
 * The PR comment body: headline verdict, one table row per checkpoint and category that matters,
 * explanation lines, a collapsed `<details>` per checkpoint (largest tensors, mermaid pie of the
 * category shares), where the baseline came from, and the hidden marker at the end. Everything
 * taken from checkpoints is escaped (see escape.ts). At most `maxLength` characters: when longer,
 * cut at a row boundary with a note that points to the job summary; the marker is always kept.
 */
export function renderMarkdown(verdict: BudgetVerdict, options: MarkdownOptions): string {
  const maxLength = options.maxLength ?? GITHUB_COMMENT_MAX_LENGTH
  const context: RenderContext = { verdict, options, nameLength: COMMENT_NAME_LENGTH, full: false }
  const footer = [renderFooter(options.summaryUrl), commentMarker(options.commentKey)].join('\n')
  const link = safeUrl(options.summaryUrl)
  const note =
    `> [!NOTE]\n> This comment was cut to stay under GitHub's ${formatCount(maxLength)}-character limit; ` +
    (link ? `the [job summary](${link}) has the full report.` : "the run's job summary has the full report.")
  // GitHub counts characters; UTF-16 code units are never fewer, so the cut is on the safe side.
  return fitUnits(renderUnits(context), footer, note, maxLength, (text) => text.length)
}

/** GitHub's limit on one step's job summary (`$GITHUB_STEP_SUMMARY`), in bytes. */
export const GITHUB_SUMMARY_MAX_BYTES = 1024 * 1024

/** Options of the job summary: as the comment's, minus the marker; its limit is in bytes. */
export interface SummaryOptions extends Omit<MarkdownOptions, 'maxLength' | 'commentKey'> {
  /** Maximum UTF-8 bytes (default GITHUB_SUMMARY_MAX_BYTES); only thousands of checkpoints come near it. */
  maxBytes?: number
}

/**
 * The job summary (`core.summary.addRaw`): the same content as the comment with every budget
 * check, file list and unclassified tensor, and longer names; no marker. Cut at a row boundary
 * only beyond `maxBytes`, with a note that points to the report JSON.
 */
export function renderSummary(verdict: BudgetVerdict, options: SummaryOptions): string {
  const context: RenderContext = { verdict, options, nameLength: SUMMARY_NAME_LENGTH, full: true }
  const maxBytes = options.maxBytes ?? GITHUB_SUMMARY_MAX_BYTES
  const note =
    `> [!NOTE]\n> This summary was cut to stay under GitHub's ${formatCount(maxBytes)}-byte limit for a job summary; ` +
    'the report JSON (the `report` output) has every figure.'
  return fitUnits(renderUnits(context), renderFooter(undefined), note, maxBytes - 1, (text) => Buffer.byteLength(text)) + '\n'
}

/**
 * Joins the units with the footer; when that is longer than `max` (as `measure` counts), keeps
 * the leading units that fit with the note, so the cut always falls between whole units.
 */
function fitUnits(units: readonly Unit[], footer: string, note: string, max: number, measure: (text: string) => number): string {
  const whole = joinUnits(units) + '\n\n' + footer
  if (measure(whole) <= max) return whole
  const budget = max - measure(footer) - measure(note) - 4
  const kept: Unit[] = []
  let length = 0
  for (const unit of units) {
    const added = (kept.length === 0 ? 0 : unit.separator.length) + measure(unit.text)
    if (length + added > budget) break
    kept.push(unit)
    length += added
  }
  while (kept.at(-1)?.heading) kept.pop()
  return joinUnits(kept) + '\n\n' + note + '\n\n' + footer
}

interface RenderContext {
  verdict: BudgetVerdict
  options: SummaryOptions
  nameLength: number
  /** The job summary: every result and every file, no cut. */
  full: boolean
}

/**
 * A piece of the body that the length cut keeps or drops whole: a table row, a list item, a
 * `<details>` block. `separator` joins it to the unit before: `\n` within a table or list,
 * `\n\n` between sections.
 */
interface Unit {
  text: string
  separator: '\n' | '\n\n'
  /** A table header: not worth keeping when the cut leaves it without rows. */
  heading?: boolean
}

function joinUnits(units: readonly Unit[]): string {
  return units.map((unit, index) => (index === 0 ? unit.text : unit.separator + unit.text)).join('')
}

function section(lines: string[]): Unit[] {
  return lines.map((text, index) => ({ text, separator: index === 0 ? '\n\n' : '\n' }))
}

function renderUnits(context: RenderContext): Unit[] {
  return [
    ...renderHeadline(context).map((text): Unit => ({ text, separator: '\n\n' })),
    ...section(renderExceeded(context)),
    ...renderTable(context),
    ...section(renderNotes(context)),
    ...section(renderErrors(context, 'head')),
    ...section(renderErrors(context, 'base')),
    ...(context.full ? section(renderAllResults(context)) : []),
    ...renderDetails(context).map((text): Unit => ({ text, separator: '\n\n' })),
    ...section(renderBaseline(context))
  ]
}

// --- headline ----------------------------------------------------------------------------------

function renderHeadline({ verdict }: RenderContext): string[] {
  const { diff } = verdict
  const unreadable = diff.head.errors.length
  // "Within budget" cannot be said of files that were not measured (the step fails for them with
  // fail-on: budget, the CLI exits 2): the headline says so, and the error list follows.
  let title: string
  if (verdict.status === 'fail') title = '### ❌ Model size: over budget'
  else if (unreadable > 0) title = `### ⚠️ Model size: ${unreadable} file${unreadable === 1 ? '' : 's'} could not be analysed`
  else if (verdict.status === 'warn') title = '### ⚠️ Model size: within budget, with warnings'
  else if (verdict.rules.length === 0) title = '### 📦 Model size (no budget set)'
  else title = '### ✅ Model size: within budget'
  const count = diff.head.checkpoints.length
  const size = `**${formatBytes(diff.total.total.head ?? 0)}** in ${count} checkpoint${count === 1 ? '' : 's'}`
  const { delta, ratio } = diff.total.total
  let change: string
  if (!diff.base) change = '; no baseline to compare with.'
  else if (delta === undefined || delta === 0) change = ', unchanged against the baseline.'
  else change = `, **${formatDeltaBytes(delta)}**${ratio === undefined ? '' : ` (${formatPercent(ratio, { signed: true })})`} against the baseline.`
  return [title, size + change]
}

/** The exceeded limits first, so that "which rule and by how much" survives any cut. */
function renderExceeded(context: RenderContext): string[] {
  const { verdict } = context
  const exceeded = verdict.results
    .filter((result) => result.status === 'fail' || result.status === 'warn')
    .sort(byWorstStatus)
  const shown = context.full ? exceeded : exceeded.slice(0, EXCEEDED_IN_COMMENT)
  const lines = shown.map((result) => `- ${STATUS_ICON[result.status]} ${describeResult(result, context)}`)
  if (shown.length < exceeded.length) lines.push(`- … and ${exceeded.length - shown.length} more exceeded limits (see the table and the job summary)`)
  for (const rule of verdict.unmatchedRules) {
    lines.push(`- ⚠️ ${ruleLabel(rule, context)} matched no checkpoint`)
  }
  return lines
}

function describeResult(result: BudgetResult, context: RenderContext): string {
  if (result.limit.kind === 'pickle-safe') {
    // The message names the globals and the rule after the checkpoint id: the id as everywhere, the rest in full.
    const detail = result.message.startsWith(`${result.checkpointId}: `) ? result.message.slice(result.checkpointId.length + 2) : result.message
    return `${escapeCode(result.checkpointId, context.nameLength)}: ${escapeMarkdown(detail, 4 * context.nameLength)}`
  }
  const subject = `${escapeCode(result.checkpointId, context.nameLength)} ${result.category}`
  const limit = escapeCode(result.limit.text)
  const over = `**${formatBytes(result.excess)} over** ${limit}`
  const rule = ruleLabel(result.rule, context)
  if (result.limit.kind === 'absolute') return `${subject} is ${formatBytes(result.head)}, ${over} (${rule})`
  return `${subject} grew by ${formatDeltaBytes(result.actual ?? 0)}, ${over} (${rule})`
}

function ruleLabel(rule: BudgetResult['rule'], context: RenderContext): string {
  return `${escapeMarkdown(rule.source, context.nameLength)} line ${rule.line}: ${escapeCode(rule.text, context.nameLength)}`
}

// --- the table -----------------------------------------------------------------------------------

const STATUS_ICON: Record<BudgetResultStatus, string> = { pass: '✅', warn: '⚠️', fail: '❌', 'no-baseline': '➖' }

function renderTable(context: RenderContext): Unit[] {
  const { diff } = context.verdict
  if (diff.checkpoints.length === 0) {
    // Files were found but none could be read: the error list says which, not "none found".
    return diff.head.errors.length > 0 ? [] : section(['No checkpoints found.'])
  }
  // One pass over the results: thousands of checkpoints × rules must not be quadratic.
  const resultsByRow = new Map<string, BudgetResult[]>()
  for (const result of context.verdict.results) {
    // The pickle scan has no row of bytes: its failures are the ❌ lines above the table.
    if (result.category === 'pickle') continue
    const key = rowKey(result.checkpointId, result.category)
    resultsByRow.set(key, [...(resultsByRow.get(key) ?? []), result])
  }
  const withBase = diff.base !== undefined
  const header = withBase
    ? ['| Checkpoint | Category | Base | Head | Δ | Δ% | Limit | Status |', '|---|---|---:|---:|---:|---:|---|---|']
    : ['| Checkpoint | Category | Head | Share | Limit | Status |', '|---|---|---:|---:|---|---|']
  // A checkpoint's rows stay together: the length cut keeps or drops them as one.
  const blocks = diff.checkpoints.map((checkpoint) =>
    categoriesThatMatter(checkpoint, resultsByRow)
      .map((category, index) => {
        const label = index === 0 ? checkpointLabel(checkpoint, context) : ''
        const results = resultsByRow.get(rowKey(checkpoint.id, category)) ?? []
        const limit = results.map((result) => `${result.rule.soft ? 'warn ' : ''}${escapeCode(result.limit.text)}`).join(', ')
        const status = rowStatus(checkpoint, results)
        const delta = checkpoint.categories[category]
        const cells = withBase
          ? [label, category, size(delta.base), size(delta.head), deltaCell(checkpoint, delta), ratioCell(checkpoint, delta), limit, status]
          : [label, category, size(delta.head), shareCell(checkpoint, category), limit, status]
        return `| ${cells.join(' | ')} |`
      })
      .join('\n')
  )
  return [
    { text: header.join('\n'), separator: '\n\n', heading: true },
    ...blocks.map((text): Unit => ({ text, separator: '\n' }))
  ]
}

function rowKey(checkpointId: string, category: Category | 'total'): string {
  return `${category}\u0000${checkpointId}`
}

/** Total always; a category when it has bytes on either side, or a rule about it. */
function categoriesThatMatter(checkpoint: CheckpointDiff, resultsByRow: ReadonlyMap<string, BudgetResult[]>): (Category | 'total')[] {
  const shown = CATEGORIES.filter((category) => {
    const delta = checkpoint.categories[category]
    return (delta.base ?? 0) > 0 || (delta.head ?? 0) > 0 || resultsByRow.has(rowKey(checkpoint.id, category))
  })
  return [...shown, 'total']
}

function checkpointLabel(checkpoint: CheckpointDiff, context: RenderContext): string {
  const tags: string[] = []
  if (checkpoint.change === 'added') tags.push('*new*')
  if (checkpoint.change === 'removed') tags.push('*removed*')
  if (checkpoint.head?.latest) tags.push('*latest*')
  const name = escapeCode(checkpoint.id, context.nameLength)
  return tags.length ? `${name} ${tags.join(' ')}` : name
}

function rowStatus(checkpoint: CheckpointDiff, results: BudgetResult[]): string {
  if (checkpoint.change === 'removed') return 'removed'
  if (results.length === 0) return ''
  const worst = RESULT_STATUS_ORDER.find((status) => results.some((result) => result.status === status))!
  const excess = Math.max(...results.map((result) => result.excess))
  if (worst === 'fail' || worst === 'warn') return `${STATUS_ICON[worst]} ${formatBytes(excess)} over`
  if (worst === 'no-baseline') return `${STATUS_ICON[worst]} no baseline`
  return STATUS_ICON.pass
}

function size(bytes: number | undefined): string {
  return bytes === undefined ? '—' : formatBytes(bytes)
}

function deltaCell(checkpoint: CheckpointDiff, delta: CategoryDelta): string {
  if (checkpoint.change === 'added') return 'new'
  if (checkpoint.change === 'removed') return formatDeltaBytes(-(delta.base ?? 0))
  return delta.delta === undefined ? '—' : formatDeltaBytes(delta.delta)
}

function ratioCell(checkpoint: CheckpointDiff, delta: CategoryDelta): string {
  if (checkpoint.change === 'removed') return delta.base ? '-100%' : ''
  if (delta.ratio !== undefined) return formatPercent(delta.ratio, { signed: true })
  // Growth from 0 B has no percentage.
  return delta.delta ? '∞' : ''
}

function shareCell(checkpoint: CheckpointDiff, category: Category | 'total'): string {
  const total = checkpoint.categories.total.head ?? 0
  if (category === 'total' || total === 0) return ''
  return formatPercent((checkpoint.categories[category].head ?? 0) / total)
}

// --- notes, errors, details, baseline ----------------------------------------------------------

/** The analyzer's explanation lines and the readers' warnings, per head checkpoint. */
function renderNotes(context: RenderContext): string[] {
  const lines: string[] = []
  for (const checkpoint of context.verdict.diff.head.checkpoints) {
    const name = escapeCode(checkpoint.id, context.nameLength)
    for (const explanation of checkpoint.explanations) lines.push(`- 💡 ${name}: ${escapeMarkdown(explanation, context.full ? undefined : 400)}`)
    for (const warning of checkpoint.warnings) lines.push(`- ⚠️ ${name}: ${escapeMarkdown(warning, context.full ? undefined : 400)}`)
  }
  return lines
}

function renderErrors(context: RenderContext, side: 'head' | 'base'): string[] {
  const errors = context.verdict.diff[side]?.errors ?? []
  if (errors.length === 0) return []
  const where = side === 'base' ? ' in the baseline' : ''
  return [
    `**${errors.length} file${errors.length === 1 ? '' : 's'}${where} could not be analysed:**`,
    ...errors.map((error) => {
      // Messages start with the file (`<file>: <what is wrong>`), which the line already shows.
      const message = error.message.startsWith(`${error.path}: `) ? error.message.slice(error.path.length + 2) : error.message
      return `- ${escapeCode(error.path, context.nameLength)}: ${escapeMarkdown(message, context.full ? undefined : 400)}`
    })
  ]
}

/** The job summary lists every result, passes included: the comment only has room for the exceeded ones. */
function renderAllResults(context: RenderContext): string[] {
  const { results } = context.verdict
  if (results.length === 0) return []
  return [
    `**All ${results.length} budget check${results.length === 1 ? '' : 's'}:**`,
    ...results.map((result) => `- ${STATUS_ICON[result.status]} ${escapeMarkdown(result.message)}`)
  ]
}

function renderDetails(context: RenderContext): string[] {
  return context.verdict.diff.head.checkpoints.map((checkpoint) => renderCheckpointDetails(checkpoint, context))
}

function renderCheckpointDetails(checkpoint: CheckpointReport, context: RenderContext): string {
  const facts = [
    formatBytes(checkpoint.bytes.total),
    `${formatCount(checkpoint.tensors)} tensor${checkpoint.tensors === 1 ? '' : 's'}`,
    ...(checkpoint.parameters > 0 ? [`${formatCount(checkpoint.parameters)} parameters`] : []),
    `${escapeMarkdown(checkpoint.format)}, classified by ${escapeMarkdown(checkpoint.classifiedBy)}`
  ]
  const lines = [
    '<details>',
    `<summary>${escapeCode(checkpoint.id, context.nameLength)}: ${facts.join(' · ')}</summary>`,
    ''
  ]
  const notes = CATEGORIES.filter((category) => checkpoint.categoryNotes?.[category])
  for (const category of notes) lines.push(`- ${category}: ${escapeMarkdown(checkpoint.categoryNotes![category]!, context.nameLength)}`)
  if (notes.length) lines.push('')

  const limit = context.full ? Number.POSITIVE_INFINITY : (context.options.topTensors ?? DEFAULT_TOP_TENSORS)
  const top = (checkpoint.top ?? []).slice(0, limit)
  if (top.length) {
    // "Why" (the reader's reason for the category) only when the reader gave reasons.
    const withWhy = top.some((tensor) => tensor.reason)
    lines.push(withWhy ? '| Largest tensors | Category | Why | Type | Size |' : '| Largest tensors | Category | Type | Size |')
    lines.push(withWhy ? '|---|---|---|---|---:|' : '|---|---|---|---:|')
    for (const tensor of top) {
      const type = `${escapeMarkdown(tensor.dtype, 40)}[${tensor.shape.join(', ')}]`
      // The reason names tensors of the checkpoint: escaped like them.
      const why = withWhy ? ` ${escapeMarkdown(tensor.reason ?? '', context.nameLength)} |` : ''
      lines.push(`| ${escapeCode(tensor.name, context.nameLength)} | ${tensor.category} |${why} ${type} | ${formatBytes(tensor.bytes)} |`)
    }
    lines.push('')
  }

  const slices = CATEGORIES.filter((category) => checkpoint.bytes[category] > 0)
  if (slices.length) {
    // Labels are our own category names and byte figures: nothing from the checkpoint reaches mermaid.
    lines.push('```mermaid', 'pie title Bytes by category')
    for (const category of slices) lines.push(`    "${category} ${formatBytes(checkpoint.bytes[category])}" : ${checkpoint.bytes[category]}`)
    lines.push('```', '')
  }

  if (context.full) {
    if (checkpoint.unclassifiedTensors?.length) {
      lines.push(`Unclassified tensors: ${checkpoint.unclassifiedTensors.map((name) => escapeCode(name, context.nameLength)).join(', ')}`, '')
    }
    lines.push('| File | Role | Size |', '|---|---|---:|')
    for (const file of checkpoint.files) {
      const absent = file.present === false ? ' (absent)' : ''
      lines.push(`| ${escapeCode(file.path, context.nameLength)}${absent} | ${escapeMarkdown(file.role)} | ${formatBytes(file.bytes)} |`)
    }
    lines.push('')
  }
  lines.push('</details>')
  return lines.join('\n')
}

function renderBaseline({ options }: RenderContext): string[] {
  const { baseline } = options
  const link = safeUrl(baseline.url)
  const description = escapeMarkdown(baseline.description, 300)
  const text = link ? `[${description}](${link})` : description
  if (baseline.kind === 'none') return [`**Baseline:** none. ${text}`]
  return [`**Baseline:** ${BASELINE_KIND[baseline.kind]}: ${text}`]
}

const BASELINE_KIND: Record<Exclude<BaselineOrigin['kind'], 'none'>, string> = {
  report: 'report file',
  directory: 'base checkpoints on disk',
  git: 'checkpoint files in git',
  artifact: 'report artifact of the base branch'
}

function renderFooter(summaryUrl: string | undefined): string {
  const link = safeUrl(summaryUrl)
  const summary = link ? ` · [full report in the job summary](${link})` : ''
  return `<sub>model-size-budget${summary}</sub>`
}

/**
 * An http(s) URL made safe for a markdown link target, or undefined: parentheses, spaces and
 * angle brackets are percent-encoded so the URL cannot end the link or open HTML.
 */
function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return undefined
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined
  return parsed.href.replace(/[()<>\s"'`\\|[\]]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
}
