import { writeFileSync } from 'node:fs'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import type { BudgetRule, BudgetVerdict, SinceReport } from '../core/budgets.js'
import type { ConfigSection } from '../core/config-file.js'
import { ConfigError } from '../core/errors.js'
import type { HistoryEntry } from '../core/history.js'
import { decideOutcome, nothingFoundMessage, type Finding, type OutcomePolicy } from '../core/outcome.js'
import { EVERY_TENSOR, keepTopTensors } from '../core/top-tensors.js'
import type { Report } from '../core/types.js'
import { measure, skippedPathErrors } from '../pipeline/measure.js'
import { renderErrors, renderText, renderVerdictText } from '../report/text.js'
import { ExitCode, type CliOptions } from './args.js'
import { messageOf, type CliIo } from './cli-io.js'
import { findPaths } from './find-paths.js'
import { readBaseline, readBudgetRules, readConfig, readHistory, readSinceReports, type Baseline } from './inputs.js'

/**
 * The measurement of the PATHs: reads the rules, the config and the baseline, measures, evaluates
 * the budgets when there is anything to compare, prints the report (table, --json or --markdown)
 * and returns the exit code. Every failure is a message on stderr and `InputError`, never a throw.
 */
export async function measureAndCompare(options: CliOptions, io: CliIo): Promise<number> {
  let rules: BudgetRule[]
  let config: ConfigSection | undefined
  try {
    config = await readConfig(options, io)
    rules = [...(await readBudgetRules(options, io.cwd)), ...(config?.rules ?? [])]
    // --baseline on the command line wins over the config file's baseline.
    if (options.baseline === undefined && config?.baseline !== undefined) options.baseline = config.baseline
  } catch (error) {
    // The message already shows the expected form of a rule; the whole usage would bury it.
    io.stderr(`error: ${messageOf(error)}\n`)
    return ExitCode.InputError
  }

  // The comment's <details> list the largest tensors, so --markdown asks for them.
  const top = options.top || (options.markdown ? DEFAULT_MARKDOWN_TOP : 0)
  // The HTML report draws every tensor; the other outputs then list only the `top` asked for.
  const measuredTop = options.html !== undefined ? EVERY_TENSOR : top
  let baseline: Baseline
  try {
    baseline = await readBaseline(options, io, measuredTop)
  } catch (error) {
    io.stderr(`error: ${messageOf(error)}\n`)
    return ExitCode.InputError
  }

  let report: Report
  try {
    report = await measureHead(options, io, rules, baseline, { measured: measuredTop, listed: top })
  } catch (error) {
    // A directory that cannot be listed (EACCES) or a working directory that is gone: without
    // this, the rejection would escape to the entry, print a stack trace and exit 1, the code
    // that means "over budget".
    io.stderr(`error: ${messageOf(error)}\n`)
    return ExitCode.InputError
  }

  const comparing = rules.length > 0 || baseline.report !== undefined
  // The budget engine (with minimatch) and the comment renderer are loaded only when a run uses
  // them: a plain `model-size-budget PATH` needs neither, and start-up is part of the product.
  let verdict: BudgetVerdict | undefined
  let history: HistoryEntry[] | undefined
  // A since rule whose ref cannot be read warns, as in the action and `merge`: not checked is not passed.
  let unchecked: Finding[] = []
  try {
    if (comparing || options.markdown) {
      const since = await readSinceReports(rules, options, io, top)
      verdict = await evaluate(baseline.report, report, rules, since)
      if (since.size > 0) unchecked = (await import('../core/unchecked-rules.js')).uncheckedRules(rules, since)
    }
    history = options.history === undefined ? undefined : await readHistory(options, io.cwd, report)
  } catch (error) {
    io.stderr(`error: ${messageOf(error)}\n`)
    return ExitCode.InputError
  }
  const policy: OutcomePolicy = { failOn: 'budget', ifNoCheckpoints: options.allowEmpty ? 'ignore' : 'error', searched: options.paths }
  const outcome = verdict ? decideOutcome(verdict, policy, unchecked) : undefined
  if (options.json) {
    io.stdout(JSON.stringify(report, null, 2) + '\n')
    if (verdict && comparing) io.stderr(renderVerdictText(verdict, outcome))
  } else if (verdict && options.markdown) {
    const { renderMarkdown } = await import('../report/markdown.js')
    const minChange = config?.minChange ? { minChange: config.minChange } : {}
    io.stdout(renderMarkdown(verdict, { baseline: baseline.origin, topTensors: top, outcome, ...minChange, ...(history ? { history } : {}) }) + '\n')
  } else {
    io.stdout(renderText(report) + (verdict && comparing ? '\n' + renderVerdictText(verdict, outcome) : ''))
  }
  if (report.errors.length > 0 || baseline.report?.errors.length) {
    io.stderr(renderErrors(report))
    if (baseline.report?.errors.length) io.stderr(renderErrors(baseline.report).replace(/^error: /gm, 'error: baseline: '))
    return ExitCode.InputError
  }
  if (report.checkpoints.length === 0 && !options.allowEmpty) {
    io.stderr(`error: ${nothingFoundMessage(options.paths)} Pass --allow-empty if finding none is fine.\n`)
    return ExitCode.InputError
  }
  return verdict?.status === 'fail' ? ExitCode.OverBudget : ExitCode.Success
}

/**
 * The head's report: the PATHs found (local and remote) and measured, with the files skipped and
 * what the remote reads cost; with --html, the HTML report is written from every tensor and the
 * reports then keep only the `listed` largest.
 */
async function measureHead(
  options: CliOptions,
  io: CliIo,
  rules: readonly BudgetRule[],
  baseline: Baseline,
  top: { measured: number; listed: number }
): Promise<Report> {
  const found = await findPaths(io.cwd, options)
  // `model-size-budget . --baseline base/`: the base checkpoints are not head checkpoints too.
  const headFiles = baseline.origin.kind === 'directory' ? withoutDirectory(found.files, io.cwd, resolve(io.cwd, options.baseline!)) : found.files
  // needsDtypes() without loading the budget engine: a plain run does not load it.
  const dtypes = rules.some((rule) => rule.category === 'dtype')
  const duplicates = rules.some((rule) => rule.category === 'duplicates')
  // A file given as PATH is read whatever its name, and is an error when it is no checkpoint; a
  // file inside a directory given as PATH was found by the walk: when it is plainly no
  // checkpoint (a `train.bin` of tokens), it is skipped with a note.
  const named = new Set(found.named)
  const report = await measure(headFiles, found.checkpointFiles, {
    top: top.measured,
    named: found.named,
    dtypes,
    duplicates,
    foundBySearch: (path) => !named.has(path),
    ...(io.readers ? { readers: io.readers } : {})
  })
  report.errors.push(...skippedPathErrors(found.skipped))
  if (found.transfer) report.transfer = found.transfer()
  if (options.html !== undefined) {
    await writeHtmlReport(resolve(io.cwd, options.html), report, baseline.report)
    for (const measured of [report, baseline.report]) keepTopTensors(measured, top.listed)
  }
  return report
}

async function writeHtmlReport(path: string, head: Report, base: Report | undefined): Promise<void> {
  const { renderHtml } = await import('../report/html/render.js')
  try {
    writeFileSync(path, renderHtml(head, base))
  } catch (error) {
    throw new ConfigError(`--html ${path}: cannot be written (${(error as { code?: string }).code ?? messageOf(error)}).`)
  }
}

async function evaluate(base: Report | undefined, head: Report, rules: BudgetRule[], since: Map<string, SinceReport>): Promise<BudgetVerdict> {
  const [{ evaluateBudgets }, { diffReports }] = await Promise.all([import('../core/budgets.js'), import('../core/diff.js')])
  return evaluateBudgets(diffReports(base, head), rules, { since })
}

/** The files (POSIX, relative to `cwd`) that are not inside `directory`. */
function withoutDirectory(files: string[], cwd: string, directory: string): string[] {
  const inside = relative(cwd, directory).split(sep).join('/')
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return files
  return files.filter((file) => !file.startsWith(`${inside}/`))
}

/** Largest tensors listed per checkpoint in --markdown output when --top is not given. */
const DEFAULT_MARKDOWN_TOP = 10
