import type { BudgetVerdict } from '../core/budgets.js'
import { formatCount } from '../core/format-bytes.js'
import { NO_NOISE_FLOOR, type NoiseFloor } from '../core/noise-floor.js'
import { decideOutcome, type StepOutcome } from '../core/outcome.js'
import type { BaselineOrigin } from '../core/types.js'
import { shortPath, size } from './cells.js'
import { escapeCode, escapeMarkdown } from './escape.js'
import { renderRowDetails, type DetailsContext } from './markdown-details.js'
import { renderRowsTable } from './markdown-table.js'
import { buildRows, type CheckpointRow } from './rows.js'
import { plural, renderTitle, renderTotals, type VerdictContext } from './markdown-verdict.js'
import { skippedNote } from './skipped.js'
import type { HistoryEntry } from '../core/history.js'

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
  /**
   * The step's outcome (core/outcome.ts), which the title's icon shows; decided from the verdict
   * with the default policy when not given. The action passes the one it fails the step with.
   */
  outcome?: StepOutcome
  /** Changes smaller than this are not changes: their checkpoints are folded away (`min-change`). */
  minChange?: NoiseFloor
  /** The default branch's size history (core/history.ts): each changed checkpoint's details get a trend chart. */
  history?: readonly HistoryEntry[]
  /** Link (http(s) only) to the uploaded report artifact with the HTML treemap of every tensor. */
  htmlReportUrl?: string
  /**
   * A section of a larger comment (one leg of a merged matrix): a level-4 title, and no footer or
   * marker, which the whole comment has once.
   */
  section?: boolean
}

/** Longest checkpoint-supplied text shown in the comment; the summary allows more. */
const COMMENT_NAME_LENGTH = 120
const SUMMARY_NAME_LENGTH = 1000
/** Largest tensors shown per checkpoint when the options do not say. */
const DEFAULT_TOP_TENSORS = 10
/** Rows of the comment's table; the job summary has the others. */
const ROWS_IN_COMMENT = 100
/** Collapsed per-checkpoint sections in the comment, for its first rows. */
const DETAILS_IN_COMMENT = 20
/** Without a baseline nothing changed: the table shows the largest checkpoints, up to this many. */
const ROWS_WITHOUT_BASELINE = 20
/** Checkpoints named inside the comment's folded section. */
const FOLDED_IN_COMMENT = 100

/**
 * The PR comment body, in three layers: (a) the verdict line, whose icon is the step's outcome,
 * with the number that matters and the comment key; (b) one table row per checkpoint that fails,
 * warns or changed, sorted by impact, the unchanged ones folded into one collapsed line; (c) a
 * collapsed section per row with the per-category table, every rule's result, the explanations,
 * the largest tensors and the pie. Then the files that could not be read, where the baseline came
 * from, and the hidden marker at the end. Everything taken from checkpoints is escaped (see
 * escape.ts). At most `maxLength` characters: when longer, cut between whole units (a row, a
 * section) with a note that points to the job summary; the marker is always kept.
 */
export function renderMarkdown(verdict: BudgetVerdict, options: MarkdownOptions): string {
  const maxLength = options.maxLength ?? GITHUB_COMMENT_MAX_LENGTH
  const context = renderContext(verdict, options, false)
  const footer = options.section ? '' : [renderFooter(options.summaryUrl, options.htmlReportUrl), commentMarker(options.commentKey)].join('\n')
  const link = safeUrl(options.summaryUrl)
  // GitHub's own limit, whatever room the caller keeps for the digest line.
  const note =
    `> [!NOTE]\n> This comment was cut to stay under GitHub's ${formatCount(GITHUB_COMMENT_MAX_LENGTH)}-character limit; ` +
    (link ? `the [job summary](${link}) has the full report.` : "the run's job summary has the full report.")
  // GitHub counts characters; UTF-16 code units are never fewer, so the cut is on the safe side.
  const body = fitUnits(renderUnits(context), footer, note, maxLength, (text) => text.length)
  return options.section ? body.replace(/^### /, '#### ').trimEnd() : body
}

/** GitHub's limit on one step's job summary (`$GITHUB_STEP_SUMMARY`), in bytes. */
export const GITHUB_SUMMARY_MAX_BYTES = 1024 * 1024

/** Options of the job summary: as the comment's (the key shows in the title, no marker is written); its limit is in bytes. */
export interface SummaryOptions extends Omit<MarkdownOptions, 'maxLength'> {
  /** Maximum UTF-8 bytes (default GITHUB_SUMMARY_MAX_BYTES); only thousands of checkpoints come near it. */
  maxBytes?: number
}

/**
 * The job summary (`core.summary.addRaw`): the same content as the comment with every budget
 * check, file list and unclassified tensor, and longer names; no marker. Cut at a row boundary
 * only beyond `maxBytes`, with a note that points to the report JSON.
 */
export function renderSummary(verdict: BudgetVerdict, options: SummaryOptions): string {
  const context = renderContext(verdict, options, true)
  const maxBytes = options.maxBytes ?? GITHUB_SUMMARY_MAX_BYTES
  const note =
    `> [!NOTE]\n> This summary was cut to stay under GitHub's ${formatCount(maxBytes)}-byte limit for a job summary; ` +
    'the report JSON (the `report` output) has every figure.'
  return fitUnits(renderUnits(context), renderFooter(undefined, options.htmlReportUrl), note, maxBytes - 1, (text) => Buffer.byteLength(text)) + '\n'
}

/**
 * Joins the units with the footer; when that is longer than `max` (as `measure` counts), keeps
 * the leading units that fit with the note, so the cut always falls between whole units. The
 * units are rendered as they are taken, and none after the one that overflows: a job summary of
 * 1,000 checkpoints stops rendering details at GitHub's limit (bench/README.md, action at scale).
 */
function fitUnits(units: Iterable<Unit>, footer: string, note: string, max: number, measure: (text: string) => number): string {
  const room = max - measure(footer) - 2 // '\n\n' before the footer
  const budget = max - measure(footer) - measure(note) - 4
  const taken: Unit[] = []
  let length = 0
  // The leading units that fit the budget (with the note), should the whole not fit.
  let fitting = 0
  for (const unit of units) {
    length += (taken.length === 0 ? 0 : unit.separator.length) + measure(unit.text)
    taken.push(unit)
    if (length <= budget) fitting = taken.length
    if (length > room) {
      const kept = taken.slice(0, fitting)
      while (kept.at(-1)?.heading) kept.pop()
      return joinUnits(kept) + '\n\n' + note + '\n\n' + footer
    }
  }
  return joinUnits(taken) + '\n\n' + footer
}

interface RenderContext extends VerdictContext {
  options: SummaryOptions
  /** The rows of the table; the others are folded. */
  shown: CheckpointRow[]
  folded: CheckpointRow[]
  nameLength: number
  /** The job summary: every row, result and file, no caps. */
  full: boolean
}

function renderContext(verdict: BudgetVerdict, options: SummaryOptions, full: boolean): RenderContext {
  const outcome = options.outcome ?? decideOutcome(verdict)
  const rows = buildRows(verdict, outcome, options.minChange ?? NO_NOISE_FLOOR)
  const withBase = verdict.diff.base !== undefined
  // Without a baseline nothing changed: the largest checkpoints stand in for the changes.
  const quietShown = withBase ? 0 : ROWS_WITHOUT_BASELINE
  const shown: CheckpointRow[] = []
  const folded: CheckpointRow[] = []
  let quiet = 0
  for (const row of rows) {
    if (row.rank !== 'quiet' || quiet++ < quietShown) shown.push(row)
    else folded.push(row)
  }
  const nameLength = full ? SUMMARY_NAME_LENGTH : COMMENT_NAME_LENGTH
  return { verdict, options, outcome, rows, shown, folded, nameLength, full, withBase, ...(options.commentKey ? { commentKey: options.commentKey } : {}) }
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

function paragraphs(texts: (string | undefined)[]): Unit[] {
  return texts.filter((text): text is string => text !== undefined).map((text) => ({ text, separator: '\n\n' }))
}

/** The body's units in order, each rendered when it is taken (see fitUnits). */
function* renderUnits(context: RenderContext): Generator<Unit> {
  const { shown } = context
  const inTable = context.full ? shown : shown.slice(0, ROWS_IN_COMMENT)
  const [header, ...rows] = renderRowsTable(inTable, context.withBase)
  const withDetails = context.full ? context.rows : inTable.slice(0, DETAILS_IN_COMMENT)
  const detailsContext: DetailsContext = {
    nameLength: context.nameLength,
    full: context.full,
    topTensors: context.options.topTensors ?? DEFAULT_TOP_TENSORS,
    withBase: context.withBase,
    ...(context.options.history ? { history: context.options.history } : {}),
    ...(safeUrl(context.options.htmlReportUrl) ? { htmlReportUrl: safeUrl(context.options.htmlReportUrl) } : {})
  }
  yield* paragraphs([renderTitle(context), renderTotals(context)])
  yield* section(renderOtherFindings(context))
  if (header) {
    yield { text: header, separator: '\n\n', heading: true }
    for (const text of rows) yield { text, separator: '\n' }
  }
  yield* paragraphs([renderMoreRows(context, shown.length - inTable.length), renderFolded(context)])
  yield* section(renderErrors(context, 'head'))
  yield* section(renderErrors(context, 'base'))
  if (context.full) yield* section(renderAllResults(context))
  for (const row of withDetails) yield* paragraphs([renderRowDetails(row, detailsContext)])
  yield* section(renderBaseline(context))
}

/** Findings about no row (nothing found, a rule that matches nothing), with their full message. */
function renderOtherFindings(context: RenderContext): string[] {
  const { outcome } = context
  const lines: string[] = []
  for (const finding of outcome.failures) if (finding.checkpointId === undefined) lines.push(`- ❌ ${escapeMarkdown(finding.message)}`)
  for (const finding of outcome.warnings) if (finding.checkpointId === undefined) lines.push(`- ⚠️ ${escapeMarkdown(finding.message)}`)
  const skipped = skippedNote(context.verdict.diff.head, (path) => escapeCode(path, context.nameLength))
  if (skipped) lines.push(`- ℹ️ ${skipped}`)
  return lines
}

// --- (b) the table's overflow and the folded checkpoints ----------------------------------------

function renderMoreRows(context: RenderContext, more: number): string | undefined {
  if (more <= 0) return undefined
  const link = safeUrl(context.options.summaryUrl)
  const where = link ? `the [job summary](${link})` : "the run's job summary"
  return `… and ${plural(more, 'more checkpoint')} that changed or failed: ${where} lists every one.`
}

/** `<details>` with the quiet checkpoints: "12 checkpoints unchanged, 1.2 GB". */
function renderFolded(context: RenderContext): string | undefined {
  const { folded } = context
  if (folded.length === 0) return undefined
  const bytes = folded.reduce((sum, row) => sum + (row.diff?.categories.total.head ?? 0), 0)
  const floor = context.options.minChange?.text ? ` (changes under ${escapeMarkdown(context.options.minChange.text)} ignored)` : ''
  const title = context.withBase
    ? `${plural(folded.length, 'checkpoint')} unchanged${floor}, ${size(bytes)}`
    : `${plural(folded.length, 'more checkpoint')}, ${size(bytes)}`
  const listed = context.full ? folded : folded.slice(0, FOLDED_IN_COMMENT)
  const lines = listed.map((row) => `- ${shortPath(row.id, context.nameLength)} ${size(row.diff?.categories.total.head)}`)
  if (listed.length < folded.length) lines.push(`- … and ${formatCount(folded.length - listed.length)} more: the job summary lists every one.`)
  return ['<details>', `<summary>${title}</summary>`, '', ...lines, '', '</details>'].join('\n')
}

// --- errors, results, baseline, footer -------------------------------------------------------------

function renderErrors(context: RenderContext, side: 'head' | 'base'): string[] {
  const errors = context.verdict.diff[side]?.errors ?? []
  if (errors.length === 0) return []
  const where = side === 'base' ? ' in the baseline' : ''
  return [
    `**${plural(errors.length, 'file')}${where} could not be analysed:**`,
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
  return [`**All ${plural(results.length, 'budget check')}:**`, ...results.map((result) => `- ${RESULT_ICON[result.status]} ${escapeMarkdown(result.message)}`)]
}

const RESULT_ICON = { pass: '✅', warn: '⚠️', fail: '❌', 'no-baseline': '➖' } as const

/** Where the baseline came from; a missing one says why in whole sentences, never cut. */
function renderBaseline({ options }: RenderContext): string[] {
  const { baseline } = options
  const link = safeUrl(baseline.url)
  const description = escapeMarkdown(baseline.description)
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

/** The `<sub>` line under a comment: the links to the job summary and the HTML report. */
export function renderFooter(summaryUrl: string | undefined, htmlReportUrl: string | undefined): string {
  const link = safeUrl(summaryUrl)
  const summary = link ? ` · [full report in the job summary](${link})` : ''
  const html = safeUrl(htmlReportUrl)
  const treemap = html ? ` · [HTML report: every tensor as a treemap](${html})` : ''
  return `<sub>model-size-budget${summary}${treemap}</sub>`
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
