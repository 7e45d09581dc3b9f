import type { CheckpointDiff, ReportDiff } from './diff.js'
import { ConfigError } from './errors.js'
import { formatBytes, formatDeltaBytes, formatPercent } from './format-bytes.js'
import { parseSize, type ByteSize } from './size-units.js'
import { parseDtypeLimit } from './dtype-rule.js'
import { parsePickleLimit } from './pickle-rule.js'
import { parseDuplicatesLimit } from './duplicates-rule.js'
import { CATEGORIES, type Category, type CheckpointReport, type Report } from './types.js'
import { globSelector } from './path-patterns.js'

/** What a byte budget line limits: one category of a checkpoint, or its total. */
export type BudgetCategory = Category | 'total'

/**
 * What a rule on something other than a category's bytes judges: `dtype: float16`, and the pickle
 * scan's `pickle: safe`. A new check (a duplicates rule) adds its word here and its parser to
 * CHECK_PARSERS; evaluation, the outcome and the comment need nothing more.
 */
export type CheckSubject = 'dtype' | 'pickle' | 'duplicates'

/** The word before a rule's LIMIT. */
export type BudgetSubject = BudgetCategory | CheckSubject

/** A check's limit, parsed from the rule's LIMIT text: it judges one head checkpoint. */
export interface CheckLimit {
  judge(checkpoint: CheckpointReport): CheckJudgement
}

export interface CheckJudgement {
  /** `unknown`: the report lacks what the check needs; shown like "no baseline", never fails. */
  status: 'pass' | 'exceeded' | 'unknown'
  /** The bytes the check is about (e.g. of the offending tensors) and the bytes it counts against the rule. */
  head: number
  excess: number
  /** A few words for a table cell, e.g. `3 float32 tensors, 26.2 MB`. */
  summary?: string
  /** One sentence after `<checkpoint>: `, naming what was found and what to do. */
  detail: string
}

/** How each check subject's LIMIT is read. */
export const CHECK_PARSERS: Record<CheckSubject, (text: string) => CheckLimit> = {
  dtype: parseDtypeLimit,
  pickle: parsePickleLimit,
  duplicates: parseDuplicatesLimit
}

/** One term of a budget line's LIMIT. A line has one or more terms, separated by commas. */
export type BudgetLimit =
  /** `50 MB`: the checkpoint's bytes in the category may not exceed this. */
  | { kind: 'absolute'; size: ByteSize; text: string }
  /**
   * `+10 MB`: the bytes may grow by at most this much against the baseline; with `since REF`
   * (`+10 MB since v1.4.0`), against the report at that git ref (drift: small steps add up).
   */
  | { kind: 'growth-bytes'; size: ByteSize; text: string; since?: string }
  /** `+5%`: the bytes may grow by at most this percentage of the baseline's bytes (or of REF's, with `since REF`). */
  | { kind: 'growth-percent'; percent: number; text: string; since?: string }
  /** `>= 1 MB`: a floor; the bytes may not fall below it (a save that lost its weights). */
  | { kind: 'floor'; size: ByteSize; text: string }
  /** A check on something other than bytes (`dtype: float16`); the only limit of its rule. */
  | { kind: 'check'; check: CheckLimit; text: string }

/**
 * One budget line: `[warn] [GLOB:] CATEGORY: LIMIT`.
 *
 * Every rule applies to each matching checkpoint separately: `total: 50 MB` means "no checkpoint
 * over 50 MB", as the table in DESIGN.md shows a budget per checkpoint row. Without a glob a rule
 * matches every checkpoint.
 */
export interface BudgetRule {
  /**
   * Checkpoint-id glob (minimatch syntax, `exports/mobile/**`, `*.safetensors`); a glob that
   * names a directory (`exports/mobile`) also matches every checkpoint under it. Undefined: every
   * checkpoint.
   */
  glob?: string
  category: BudgetSubject
  limits: BudgetLimit[]
  /** `warn` prefix: a soft limit that warns and never fails. */
  soft: boolean
  /** The line as written (trimmed, comment removed), for messages. */
  text: string
  /** 1-based line number within `source`. */
  line: number
  /** Where the line came from: `budget` (action input), `--budget`, a budget file path. */
  source: string
  /**
   * How messages name the rule's place when `<source> line <line>` does not say it well: a config
   * file's `.github/model-size-budget.yml:7:5`.
   */
  where?: string
  /**
   * Checkpoint globs the rule skips: a config file's per-checkpoint override (`checkpoints:`) of
   * the same category replaces it there.
   */
  excludes?: string[]
  /**
   * Added by default, not written by the user (`pickle: safe` in the action): it reports only
   * when it is exceeded, and matching no checkpoint is no typo.
   */
  implicit?: boolean
}

/** How one limit term of one rule fared on one checkpoint. */
export type BudgetResultStatus =
  /** within the limit */
  | 'pass'
  /** a soft (`warn`) limit exceeded */
  | 'warn'
  /** a hard limit exceeded */
  | 'fail'
  /** a growth limit with nothing to grow from: no baseline, or a checkpoint the baseline lacks */
  | 'no-baseline'

export { byWorstStatus, RESULT_STATUS_ORDER } from './budget-status.js'

export interface BudgetResult {
  rule: BudgetRule
  limit: BudgetLimit
  checkpointId: string
  category: BudgetSubject
  status: BudgetResultStatus
  /**
   * What the limit is compared with: head bytes (absolute limits) or the growth against the base
   * (growth limits). Undefined for `no-baseline`.
   */
  actual?: number
  /** Base bytes of the category, when the baseline has the checkpoint. */
  base?: number
  /** Head bytes of the category. */
  head: number
  /** The bytes the limit allows: the absolute size, or the allowed growth (for `+5%`: 5% of base). */
  allowed?: number
  /** Bytes over the limit, or under a floor (0 when within it or not evaluated). */
  excess: number
  /**
   * A few words for a table cell when bytes over the limit do not say it (a rule that is not a
   * byte limit, e.g. `3 float32 tensors, 26.2 MB`). Plain text: escape before markdown.
   */
  summary?: string
  /**
   * One plain-text sentence for logs, `core.setFailed` and the CLI, e.g.
   * `exports/model.ckpt: optimizer is 26.2 MB, 26.2 MB over the limit 0 B (budget line 2: "optimizer: 0 B")`.
   * Contains checkpoint ids as they are: escape before putting it into markdown.
   */
  message: string
}

/** The overall outcome. */
export type BudgetStatus = 'pass' | 'warn' | 'fail'

/** Everything a renderer needs: the diff, the rules and how each fared. */
export interface BudgetVerdict {
  /** `fail` when a hard limit is exceeded; `warn` when only soft limits are, or a rule matched no checkpoint. */
  status: BudgetStatus
  /** One result per rule × matching head checkpoint × limit term, in rule order then checkpoint order. */
  results: BudgetResult[]
  /** Rules whose glob matched no head checkpoint (likely a typo): shown as warnings. */
  unmatchedRules: BudgetRule[]
  rules: BudgetRule[]
  diff: ReportDiff
}

/** Every category a rule may name, in report order. */
export const BUDGET_CATEGORIES: readonly BudgetCategory[] = ['total', ...CATEGORIES]

/** The expected form of a budget line, shown in every parse error. */
export const BUDGET_LINE_FORM =
  '[warn] [GLOB:] CATEGORY: LIMIT, e.g. `total: 50 MB`, `optimizer: 0 B`, `weights: +5%`, `weights: >= 1 MB`, `dtype: float16`, `dtype: no-float32`, ' +
  '`exports/mobile/**: weights: 20 MB, +10 MB`, `warn buffers: +1 MiB`, `pickle: safe`, `duplicates: 0 B`'

/** The rule the action applies unless the budget has a `pickle:` line of its own. */
export const DEFAULT_PICKLE_RULE = 'pickle: safe'

/**
 * The rules with `pickle: safe` added when none of them speaks of pickles: the action fails a
 * checkpoint whose pickle would run code on load unless the user says otherwise
 * (`warn pickle: safe`).
 */
export function withDefaultPickleRule(rules: BudgetRule[]): BudgetRule[] {
  if (rules.some((rule) => rule.category === 'pickle')) return rules
  return [...rules, ...parseBudgets(DEFAULT_PICKLE_RULE, { source: 'default rule' }).map((rule) => ({ ...rule, implicit: true }))]
}

export interface ParseBudgetsOptions {
  /** Named in error messages and in `BudgetRule.source`; default `budget`. */
  source?: string
}

/**
 * Parses budget lines, one rule per line: `[warn] [GLOB:] CATEGORY: LIMIT`, where CATEGORY is
 * one of total, weights, optimizer, buffers, bookkeeping, metadata, unclassified; LIMIT is an
 * absolute size (`50 MB`), a floor (`>= 1 MB`), a growth limit (`+5%`, `+10 MB`), or several
 * separated by commas (`50 MB, +5%`). A check subject takes its own LIMIT: `dtype: float16`,
 * `dtype: no-float32` (see CHECK_PARSERS). `#` starts a comment; blank lines are skipped.
 * @throws ConfigError naming the source, line number and text, and showing the expected form.
 */
export function parseBudgets(text: string, options: ParseBudgetsOptions = {}): BudgetRule[] {
  const source = options.source ?? 'budget'
  const rules: BudgetRule[] = []
  text.split(/\r?\n/).forEach((raw, index) => {
    const rule = parseBudgetLine(raw, { source, line: index + 1 })
    if (rule) rules.push(rule)
  })
  return rules
}

/** Where a budget line is: its source and line, and how to name the place when that is not `<source> line <line>`. */
export interface BudgetLinePlace {
  source: string
  line: number
  where?: string
}

/** How messages name a rule's place: `budget line 2`, `.github/model-size-budget.yml:7:5`. */
export function ruleOrigin(rule: Pick<BudgetRule, 'source' | 'line' | 'where'>): string {
  return rule.where ?? `${rule.source} line ${rule.line}`
}

/**
 * Parses one budget line (the grammar of parseBudgets); undefined for a blank or comment line. A
 * config file reuses it for each rule it holds, so the two sources share one grammar.
 * @throws ConfigError naming the place and the text, and showing the expected form.
 */
export function parseBudgetLine(raw: string, place: BudgetLinePlace): BudgetRule | undefined {
  const line = stripComment(raw).trim()
  if (line === '') return undefined
  try {
    return { ...parseRule(line), text: line, line: place.line, source: place.source, ...(place.where === undefined ? {} : { where: place.where }) }
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    throw new ConfigError(`${ruleOrigin(place)}: '${line}': ${error.message} Expected ${BUDGET_LINE_FORM}.`)
  }
}

/** `#` starts a comment at the start of a line or after whitespace (a glob never needs ` #`). */
function stripComment(line: string): string {
  const match = /(^|\s)#/.exec(line)
  return match ? line.slice(0, match.index) : line
}

function parseRule(line: string): Pick<BudgetRule, 'glob' | 'category' | 'limits' | 'soft'> {
  let rest = line
  let soft = false
  const warn = /^warn\s+/i.exec(rest)
  if (warn) {
    soft = true
    rest = rest.slice(warn[0].length)
  }
  const parts = rest.split(':')
  if (parts.length < 2) throw new ConfigError(`no ':' between the category and the limit.`)
  const limitText = parts.pop()!.trim()
  const categoryText = parts.pop()!.trim()
  let glob: string | undefined
  if (parts.length > 0) {
    glob = parts.join(':').trim()
    if (glob === '') throw new ConfigError('the checkpoint glob before the category is empty.')
    if (glob.toLowerCase() === 'warn') throw new ConfigError(`'warn' takes no colon: write 'warn ${categoryText}: ${limitText}'.`)
  }
  const category = parseCategory(categoryText)
  if (limitText === '') throw new ConfigError(`no limit after '${categoryText}:'.`)
  const limits: BudgetLimit[] = isCheckSubject(category)
    ? [{ kind: 'check', check: CHECK_PARSERS[category](limitText), text: limitText }]
    : parseLimits(limitText)
  return { ...(glob === undefined ? {} : { glob }), category, limits, soft }
}

function isCheckSubject(subject: BudgetSubject): subject is CheckSubject {
  return Object.hasOwn(CHECK_PARSERS, subject)
}

/** Every word a rule may start with: the categories and the check subjects. */
const BUDGET_SUBJECTS: readonly BudgetSubject[] = [...BUDGET_CATEGORIES, ...(Object.keys(CHECK_PARSERS) as CheckSubject[])]

function parseCategory(text: string): BudgetSubject {
  const lower = text.toLowerCase()
  const found = BUDGET_SUBJECTS.find((category) => category === lower)
  if (found) return found
  if (text === '') throw new ConfigError('the category is missing.')
  // Typos one or two edits away (`wieghts`, `optimiser`) get a suggestion.
  const close = BUDGET_SUBJECTS.find((category) => editDistance(category, lower) <= 2)
  const looksLikeGlob = /[/*?]/.test(text)
  const hint = close ? ` Did you mean '${close}'?` : looksLikeGlob ? ' The checkpoint glob comes first: GLOB: CATEGORY: LIMIT.' : ''
  throw new ConfigError(`'${text}' is not a category (one of ${BUDGET_SUBJECTS.join(', ')}).${hint}`)
}

/** Levenshtein distance, for suggestions between short words. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    previous = current
  }
  return previous[b.length]
}

function parseLimits(text: string): BudgetLimit[] {
  const limits: BudgetLimit[] = []
  for (const term of text.split(',').map((part) => part.trim())) {
    if (term === '') throw new ConfigError(`an empty limit between commas in '${text}'.`)
    const limit = parseLimit(term)
    const since = (other: BudgetLimit) => ('since' in other ? other.since : undefined)
    if (limits.some((other) => other.kind === limit.kind && since(other) === since(limit))) {
      throw new ConfigError(`two limits of the same kind ('${term}'); give at most one size, one >= size, one +size and one +percent.`)
    }
    limits.push(limit)
  }
  return limits
}

function parseLimit(term: string): BudgetLimit {
  const floor = /^>=\s*/.exec(term)
  if (floor) return { kind: 'floor', size: parseSize(term.slice(floor[0].length)), text: term }
  if (term.startsWith('-')) throw new ConfigError(`'${term}': limits cannot be negative; a growth limit starts with '+'.`)
  const sinceMatch = /^(.*?)\s+since\s+(\S*)$/i.exec(term)
  if (sinceMatch && !term.startsWith('+')) throw new ConfigError(`'${term}': only a growth limit takes 'since' (e.g. '+10% since v1.4.0').`)
  if (!term.startsWith('+')) return { kind: 'absolute', size: parseSize(term), text: term }
  const since = sinceMatch ? sinceRef(sinceMatch[2], term) : undefined
  const growth = (sinceMatch ? sinceMatch[1] : term).slice(1).trim()
  const from = since === undefined ? {} : { since }
  if (growth.endsWith('%')) {
    const number = growth.slice(0, -1).trim()
    if (!/^(\d+(\.\d+)?|\.\d+)$/.test(number)) throw new ConfigError(`'${term}' is not a percentage: expected e.g. '+5%'.`)
    return { kind: 'growth-percent', percent: Number(number), text: term, ...from }
  }
  return { kind: 'growth-bytes', size: parseSize(growth), text: term, ...from }
}

/** A git ref as `since` takes it: a tag, branch or commit, never an option or a range. */
function sinceRef(ref: string, term: string): string {
  if (!/^[A-Za-z0-9][\w./-]*$/.test(ref) || ref.includes('..')) {
    throw new ConfigError(`'${term}': 'since' takes a tag, branch or commit, e.g. '+10% since v1.4.0'.`)
  }
  return ref
}

/** The git refs that `since` limits compare with: each is read once, before the rules are evaluated. */
export function sinceRefs(rules: readonly BudgetRule[]): string[] {
  const refs = new Set<string>()
  for (const rule of rules) for (const limit of rule.limits) if ('since' in limit && limit.since !== undefined) refs.add(limit.since)
  return [...refs]
}

/** The report at a `since` ref, or why there is none (the ref is unknown, it tracks no checkpoint). */
export interface SinceReport {
  report?: Report
  /** A whole sentence, when there is no report. */
  reason?: string
  /** How messages name it, e.g. `v1.4.0 (1a2b3c4)`. */
  label: string
}

export interface EvaluateOptions {
  /** The reports at the refs `since` limits name (sinceRefs); a ref missing here is "no baseline". */
  since?: ReadonlyMap<string, SinceReport>
  /**
   * The id a rule's glob is matched against, when not the checkpoint's id in the diff: a merged
   * matrix matches a leg's own rules against the ids the leg's own run had (core/merge.ts).
   */
  matchId?: (id: string) => string
}

/**
 * True when the rule applies to the checkpoint (by glob on its id or full name), with the `path`
 * input's glob syntax (core/path-patterns.ts): a glob naming a directory covers what is inside it.
 */
export function ruleMatches(rule: BudgetRule, checkpoint: { id: string; name?: string }): boolean {
  if (rule.excludes?.some((glob) => globMatches(glob, checkpoint))) return false
  return rule.glob === undefined || globMatches(rule.glob, checkpoint)
}

function globMatches(glob: string, checkpoint: { id: string; name?: string }): boolean {
  const selected = globSelector(glob)
  return selected(checkpoint.id) || (checkpoint.name !== undefined && checkpoint.name !== checkpoint.id && selected(checkpoint.name))
}

/**
 * Evaluates every rule against every matching head checkpoint of the diff. Removed checkpoints
 * are not evaluated. Growth limits without a base for the checkpoint give `no-baseline` and never
 * fail; absolute limits always apply.
 */
export function evaluateBudgets(diff: ReportDiff, rules: readonly BudgetRule[], options: EvaluateOptions = {}): BudgetVerdict {
  const results: BudgetResult[] = []
  const unmatchedRules: BudgetRule[] = []
  const headCheckpoints = diff.checkpoints.filter((checkpoint) => checkpoint.head !== undefined)
  const { matchId } = options
  const matched = (checkpoint: CheckpointDiff) => (matchId ? { id: matchId(checkpoint.id), name: checkpoint.head!.name } : checkpoint.head!)
  for (const rule of rules) {
    const matching = headCheckpoints.filter((checkpoint) => ruleMatches(rule, matched(checkpoint)))
    if (matching.length === 0 && !rule.implicit) unmatchedRules.push(rule)
    for (const checkpoint of matching) {
      for (const limit of rule.limits) {
        const result = evaluateLimit(rule, limit, checkpoint, options)
        if (!rule.implicit || result.status !== 'pass') results.push(result)
      }
    }
  }
  const status: BudgetStatus = results.some((result) => result.status === 'fail')
    ? 'fail'
    : results.some((result) => result.status === 'warn') || unmatchedRules.length > 0
      ? 'warn'
      : 'pass'
  // `rules` are the user's: a verdict with only the default rule is still "no budget set".
  return { status, results, unmatchedRules, rules: rules.filter((rule) => !rule.implicit), diff }
}

function evaluateLimit(rule: BudgetRule, limit: BudgetLimit, checkpoint: CheckpointDiff, options: EvaluateOptions): BudgetResult {
  if (limit.kind === 'check' || isCheckSubject(rule.category)) return evaluateCheck(rule, limit, checkpoint)
  const category = rule.category
  const { head = 0 } = checkpoint.categories[category]
  let { base } = checkpoint.categories[category]
  const since = 'since' in limit && limit.since !== undefined ? options.since?.get(limit.since) : undefined
  if ('since' in limit && limit.since !== undefined) {
    base = since?.report?.checkpoints.find((candidate) => candidate.id === checkpoint.id)?.bytes[category]
  }
  const where = `${checkpoint.id}: ${category}`
  const origin = `(${ruleOrigin(rule)}: ${rule.text})`
  const common = { rule, limit, checkpointId: checkpoint.id, category, head, ...(base === undefined ? {} : { base }) }
  const exceeded = rule.soft ? 'warn' : 'fail'

  if (limit.kind === 'absolute' || limit.kind === 'floor') {
    // A floor (`>= 1 MB`) is the same comparison the other way round: a save that lost its weights.
    const allowed = limit.size.bytes
    const floor = limit.kind === 'floor'
    const excess = Math.max(0, floor ? allowed - head : head - allowed)
    const message =
      excess > 0
        ? `${where} is ${formatBytes(head)}, ${formatBytes(excess)} ${floor ? 'under the floor' : 'over the limit'} of ${limit.text} ${origin}`
        : `${where} is ${formatBytes(head)}, within ${limit.text}`
    return { ...common, status: excess > 0 ? exceeded : 'pass', actual: head, allowed, excess, message }
  }

  const ref = 'since' in limit ? limit.since : undefined
  if (base === undefined) {
    const why =
      ref !== undefined
        ? since?.report
          ? `not in the report at ${since.label}`
          : (since?.reason?.replace(/\.$/, '') ?? `${ref} was not read`)
        : checkpoint.change === 'added'
          ? 'a new checkpoint, not in the baseline'
          : 'no baseline'
    return { ...common, status: 'no-baseline', excess: 0, message: `${where}: ${why}; growth limit ${limit.text} not checked` }
  }
  const growth = head - base
  // A percentage of nothing is nothing: growing from 0 B exceeds any percentage limit.
  const allowed = limit.kind === 'growth-bytes' ? limit.size.bytes : Math.floor((base * limit.percent) / 100)
  const excess = Math.max(0, growth - allowed)
  const from = ref !== undefined ? ` since ${since?.label ?? ref}` : ''
  const change = `${formatDeltaBytes(growth)}${base > 0 ? ` (${formatPercent(growth / base, { signed: true })})` : ''}${from} from ${formatBytes(base)}`
  const message =
    excess > 0
      ? `${where} grew by ${change}, ${formatBytes(excess)} over the limit of ${limit.text} ${origin}`
      : `${where} changed by ${change}, within ${limit.text}`
  return { ...common, status: excess > 0 ? exceeded : 'pass', actual: growth, allowed, excess, message }
}

function evaluateCheck(rule: BudgetRule, limit: BudgetLimit, checkpoint: CheckpointDiff): BudgetResult {
  if (limit.kind !== 'check') throw new Error(`budget rule '${rule.text}': a ${rule.category} rule without its check`)
  const judgement = limit.check.judge(checkpoint.head!)
  const status: BudgetResultStatus = judgement.status === 'exceeded' ? (rule.soft ? 'warn' : 'fail') : judgement.status === 'unknown' ? 'no-baseline' : 'pass'
  const origin = judgement.status === 'exceeded' ? ` (${ruleOrigin(rule)}: ${rule.text})` : ''
  return {
    rule,
    limit,
    checkpointId: checkpoint.id,
    category: rule.category,
    status,
    head: judgement.head,
    excess: judgement.excess,
    ...(judgement.summary === undefined ? {} : { summary: judgement.summary }),
    message: `${checkpoint.id}: ${judgement.detail}${origin}`
  }
}

/** Whether any rule needs the bytes per dtype of each checkpoint (measure with `dtypes`). */
export function needsDtypes(rules: readonly BudgetRule[]): boolean {
  return rules.some((rule) => rule.category === 'dtype')
}

/** Whether any rule needs the duplicate scan of each checkpoint (measure with `duplicates`). */
export function needsDuplicates(rules: readonly BudgetRule[]): boolean {
  return rules.some((rule) => rule.category === 'duplicates')
}

/** The messages of the exceeded hard limits, for `core.setFailed` / stderr. Empty when none. */
export function failureMessages(verdict: BudgetVerdict): string[] {
  return verdict.results.filter((result) => result.status === 'fail').map((result) => result.message)
}
