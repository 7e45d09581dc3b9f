import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import { parseArgs } from 'node:util'
import packageJson from '../../package.json' with { type: 'json' }
import type { BudgetRule, BudgetVerdict, SinceReport } from '../core/budgets.js'
import { HISTORY_CAP, type HistoryEntry } from '../core/history.js'
import type { ConfigSection } from '../core/config-file.js'
import { DEFAULT_CONFIG_PATH, MAX_CONFIG_BYTES } from '../core/config-path.js'
import { ConfigError } from '../core/errors.js'
import { decideOutcome, nothingFoundMessage, type OutcomePolicy } from '../core/outcome.js'
import { EVERY_TENSOR, keepTopTensors } from '../core/top-tensors.js'
import type { BaselineOrigin, Report } from '../core/types.js'
import type { CheckpointReader } from '../formats/kit/types.js'
import { isRemotePath } from '../io/remote/remote-path.js'
import { findPaths } from './find-paths.js'
import { measure, skippedPathErrors } from '../pipeline/measure.js'
import { renderErrors, renderText, renderVerdictText } from '../report/text.js'
import { MAX_BASELINE_REPORT_BYTES } from '../core/limits.js'

/** Exit codes: the contract scripts rely on. */
export const ExitCode = {
  Success: 0,
  /** A budget was exceeded. */
  OverBudget: 1,
  /** Bad usage, or a file that could not be analysed. */
  InputError: 2
} as const

/** Where the CLI writes; tests pass buffers, the entry passes the process streams. */
export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  cwd: string
  /** The readers to try (tests may narrow them); default: every reader. */
  readers?: readonly CheckpointReader[]
}

export const USAGE = `Usage: model-size-budget [options] PATH...
       model-size-budget merge REPORT.json... [--budget RULE] [--markdown | --json]

Finds the ML checkpoints under each PATH (files or directories, searched recursively)
and attributes every byte of each one to weights, optimizer state, buffers,
bookkeeping or metadata. Directories named .git, .hg, .svn, node_modules, .venv and
__pycache__ are entered only when given as a PATH. A file found inside a directory
whose content is no checkpoint format (a train.bin of tokens) is skipped with a note;
a file given as PATH must be a checkpoint.

Options:
  --json                print the report as JSON (schema 1) instead of a table;
                        the file it makes is a valid --baseline
  --top N               list the N largest tensors of each checkpoint
  --budget RULE         a budget rule, repeatable: [warn] [GLOB:] CATEGORY: LIMIT,
                        e.g. 'total: 50 MB', 'optimizer: 0 B', 'weights: +5%',
                        'exports/mobile/**: weights: 20 MB, +10 MB', 'warn buffers: +1 MiB'
  --budget-file PATH    budget rules, one per line (# comments allowed)
  --config FILE         the config file (default: .github/model-size-budget.yml
                        when it exists): budgets per glob, per-checkpoint
                        overrides, min-change, baseline; its rules apply
                        together with --budget and --budget-file
  --key KEY             the matrix leg's key: adds the config's keys.KEY section
  --baseline PATH       compare with a report JSON (from --json) or a directory of
                        base checkpoints laid out as the current directory is
                        (either may be remote: s3://, gs://, hf://, https://);
                        ref:NAME reads the checkpoints git tracks at a tag,
                        branch or commit (e.g. ref:v1.4.0)
  --history FILE        the size history (JSON Lines): --markdown shows a trend
                        chart for each changed checkpoint
  --append-history      append this run's sizes to --history FILE as the entry of
                        the current git commit (keeps the last ${HISTORY_CAP})
  --markdown            print the pull-request comment body instead of a table
  --html FILE           also write a self-contained HTML report to FILE: a treemap
                        of every tensor (and, with --baseline, of what changed)
  --allow-empty         finding no checkpoint is not an error (exit 0)
  --lfs MODE            a Git LFS pointer where a checkpoint is expected: 'error'
                        (default) or 'ranges' (read the object by range requests
                        through the repository's LFS batch API; GITHUB_TOKEN if set)
  --allow-download      read a remote file whole when its server ignores range
                        requests (default: an error naming it)
  -h, --help            show this help
  -v, --version         show the version

A PATH may be remote: s3://BUCKET/KEY-or-PREFIX, gs://BUCKET/..., hf://ORG/MODEL
[@REVISION][/PATH], or an https:// URL; only the metadata is read, by range requests.
Credentials come from the provider's usual environment (AWS default chain,
application-default credentials, HF_TOKEN).

Each rule applies to every matching checkpoint separately. CATEGORY is total,
weights, optimizer, buffers, bookkeeping, metadata or unclassified. A 'warn'
rule only warns. Growth limits (+5%, +10 MB) need --baseline; with 'since REF'
(total: +10% since v1.4.0) they compare with the checkpoints git tracks at REF.

A file named as a PATH is read whatever its name: if no reader recognises its
content, that is an error naming it.

Exit codes: 0 success, 1 a budget was exceeded, 2 usage or input error, a file
that could not be analysed, or no checkpoint found (unless --allow-empty); an
input error wins over an exceeded budget: the figures are incomplete.
`

/** Runs the CLI and returns its exit code; never throws for bad input. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  if (argv[0] === 'merge') {
    const { mergeMain } = await import('./merge.js')
    return mergeMain(argv.slice(1), io)
  }
  let options: CliOptions
  let rules: BudgetRule[]
  let config: ConfigSection | undefined
  try {
    options = parseCliArgs(argv)
    if (options.help) {
      io.stdout(USAGE)
      return ExitCode.Success
    }
    if (options.version) {
      io.stdout(`${VERSION}\n`)
      return ExitCode.Success
    }
  } catch (error) {
    io.stderr(`error: ${messageOf(error)}\n\n${USAGE}`)
    return ExitCode.InputError
  }
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
  let baseline: { report?: Report; origin: BaselineOrigin }
  try {
    baseline = await readBaseline(options, io, measuredTop)
  } catch (error) {
    io.stderr(`error: ${messageOf(error)}\n`)
    return ExitCode.InputError
  }

  let report: Report
  try {
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
    report = await measure(headFiles, found.checkpointFiles, {
      top: measuredTop,
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
      for (const measured of [report, baseline.report]) keepTopTensors(measured, top)
    }
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
  try {
    verdict = comparing || options.markdown ? await evaluate(baseline.report, report, rules, await readSinceReports(rules, options, io, top)) : undefined
    history = options.history === undefined ? undefined : await readHistory(options, io.cwd, report)
  } catch (error) {
    io.stderr(`error: ${messageOf(error)}\n`)
    return ExitCode.InputError
  }
  const policy: OutcomePolicy = { failOn: 'budget', ifNoCheckpoints: options.allowEmpty ? 'ignore' : 'error', searched: options.paths }
  const outcome = verdict ? decideOutcome(verdict, policy) : undefined
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

/** The reports at the refs that `since` limits name (`total: +10% since v1.4.0`), read from git. */
async function readSinceReports(rules: BudgetRule[], options: CliOptions, io: CliIo, top: number): Promise<Map<string, SinceReport>> {
  const reports = new Map<string, SinceReport>()
  if (rules.length === 0) return reports
  const { sinceRefs } = await import('../core/budgets.js')
  const refs = sinceRefs(rules)
  if (refs.length === 0) return reports
  const { readRefBaseline } = await import('../baseline/git-ref.js')
  for (const ref of refs) reports.set(ref, await readRefBaseline(io.cwd, ref, gitBaselineOptions(options, io, top)))
  return reports
}

/** The CLI's PATHs select in a commit's tree as on disk (a directory covers what is below it). */
function gitBaselineOptions(options: CliOptions, io: CliIo, top: number) {
  return { patterns: options.paths, measure: { top, ...(io.readers ? { readers: io.readers } : {}) } }
}

/**
 * The --history file's entries (none when it does not exist yet); with --append-history, this
 * run's entry is appended (commit and date of git's HEAD) and the file written back.
 */
async function readHistory(options: CliOptions, cwd: string, report: Report): Promise<HistoryEntry[]> {
  const { appendHistory, formatHistory, historyEntry, MAX_HISTORY_BYTES, parseHistory } = await import('../core/history.js')
  const path = resolve(cwd, options.history!)
  const info = statSync(path, { throwIfNoEntry: false })
  if (info && info.size > MAX_HISTORY_BYTES) throw new ConfigError(`--history ${options.history}: ${info.size} bytes is too large for a history file.`)
  let entries = info ? parseHistory(readFileSync(path, 'utf8'), options.history!) : []
  if (options.appendHistory) {
    const { git } = await import('../baseline/git.js')
    let commit: string
    let date: string
    try {
      ;[commit, date] = (await git(cwd, ['show', '-s', '--format=%H%n%cI', 'HEAD'])).trim().split('\n')
    } catch (error) {
      throw new ConfigError(`--append-history needs a git checkout to name the commit: ${messageOf(error)}.`)
    }
    entries = appendHistory(entries, historyEntry(report, commit, date))
    writeFileSync(path, formatHistory(entries))
  }
  return entries
}

export interface CliOptions {
  paths: string[]
  json: boolean
  markdown: boolean
  /** `--allow-empty`: no checkpoint found is not an error. */
  allowEmpty: boolean
  top: number
  /** `--budget` rules as given, in order. */
  budgets: string[]
  budgetFile?: string
  /** `--config FILE`; undefined: `.github/model-size-budget.yml` when it exists. */
  config?: string
  /** `--key KEY`: the config's `keys.KEY` section applies. */
  key?: string
  /** `--history FILE`: the size history (JSON Lines). */
  history?: string
  /** `--append-history`: append this run to the history file. */
  appendHistory: boolean
  baseline?: string
  /** `--html FILE`: where to write the HTML report. */
  html?: string
  /** `--lfs`: what a Git LFS pointer where a checkpoint is expected means. */
  lfs: 'error' | 'ranges'
  /** `--allow-download`: read a remote file whole when its server ignores ranges. */
  allowDownload: boolean
  help: boolean
  version: boolean
}

export function parseCliArgs(argv: readonly string[]): CliOptions {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      json: { type: 'boolean', default: false },
      markdown: { type: 'boolean', default: false },
      'allow-empty': { type: 'boolean', default: false },
      top: { type: 'string' },
      budget: { type: 'string', multiple: true },
      'budget-file': { type: 'string' },
      config: { type: 'string' },
      key: { type: 'string' },
      history: { type: 'string' },
      'append-history': { type: 'boolean', default: false },
      baseline: { type: 'string' },
      html: { type: 'string' },
      lfs: { type: 'string', default: 'error' },
      'allow-download': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
      version: { type: 'boolean', short: 'v', default: false }
    }
  })
  let top = 0
  if (values.top !== undefined) {
    top = Number(values.top)
    if (!Number.isInteger(top) || top < 1) throw new ConfigError(`--top takes a whole number of at least 1, got '${values.top}'.`)
  }
  if (values.json && values.markdown) throw new ConfigError('--json and --markdown both choose the output: give one of them.')
  if (values['append-history'] && values.history === undefined) throw new ConfigError('--append-history needs --history FILE: the file to append to.')
  if (values.lfs !== 'error' && values.lfs !== 'ranges') throw new ConfigError(`--lfs takes 'error' or 'ranges', got '${values.lfs}'.`)
  if (!values.help && !values.version && positionals.length === 0) {
    throw new ConfigError('no PATH given: name the checkpoint files or directories to analyse.')
  }
  return {
    paths: positionals,
    json: values.json ?? false,
    markdown: values.markdown ?? false,
    allowEmpty: values['allow-empty'] ?? false,
    top,
    budgets: values.budget ?? [],
    ...(values['budget-file'] !== undefined ? { budgetFile: values['budget-file'] } : {}),
    ...(values.config !== undefined ? { config: values.config } : {}),
    ...(values.key !== undefined ? { key: values.key } : {}),
    ...(values.history !== undefined ? { history: values.history } : {}),
    appendHistory: values['append-history'] ?? false,
    ...(values.baseline !== undefined ? { baseline: values.baseline } : {}),
    ...(values.html !== undefined ? { html: values.html } : {}),
    lfs: values.lfs,
    allowDownload: values['allow-download'] ?? false,
    help: values.help ?? false,
    version: values.version ?? false
  }
}

/**
 * The `--budget` rules, then the `--budget-file` rules. The `--budget` values are read as the
 * lines of one text, as the action's `budget` input is, so that messages name them apart
 * (`--budget line 2`) rather than calling every one `line 1`.
 */
export async function readBudgetRules(options: Pick<CliOptions, 'budgets' | 'budgetFile'>, cwd: string): Promise<BudgetRule[]> {
  if (options.budgets.length === 0 && options.budgetFile === undefined) return []
  const { parseBudgets } = await import('../core/budgets.js')
  const rules = parseBudgets(options.budgets.join('\n'), { source: '--budget' })
  if (options.budgetFile !== undefined) {
    let text: string
    try {
      text = readFileSync(resolve(cwd, options.budgetFile), 'utf8')
    } catch (error) {
      throw new ConfigError(`--budget-file ${options.budgetFile}: cannot be read (${(error as { code?: string }).code ?? messageOf(error)}).`)
    }
    rules.push(...parseBudgets(text, { source: options.budgetFile }))
  }
  return rules
}

/**
 * The config file's section for this run (the `--key` section over the top level), or undefined
 * without one. Its rules apply together with --budget and --budget-file (a note on stderr says so
 * when both are given); --baseline wins over its baseline.
 */
async function readConfig(options: CliOptions, io: CliIo): Promise<ConfigSection | undefined> {
  const path = options.config ?? (existsSync(resolve(io.cwd, DEFAULT_CONFIG_PATH)) ? DEFAULT_CONFIG_PATH : undefined)
  if (path === undefined) return undefined
  const { configFor, parseConfig } = await import('../core/config-file.js')
  const absolute = resolve(io.cwd, path)
  const info = statSync(absolute, { throwIfNoEntry: false })
  if (!info?.isFile()) throw new ConfigError(`--config ${path}: no such file. Give the path of a model-size-budget.yml.`)
  if (info.size > MAX_CONFIG_BYTES) throw new ConfigError(`--config ${path}: ${info.size} bytes is too large for a config file (at most ${MAX_CONFIG_BYTES}).`)
  const config = parseConfig(readFileSync(absolute, 'utf8'), path)
  if (options.key !== undefined && !(options.key in config.keys)) {
    const known = Object.keys(config.keys)
    io.stderr(`note: ${path} has no section keys.${options.key}${known.length ? ` (it has ${known.join(', ')})` : ''}; its top level applies.\n`)
  }
  const section = configFor(config, options.key)
  if (section.rules.length > 0 && (options.budgets.length > 0 || options.budgetFile !== undefined)) {
    io.stderr(`note: the rules of ${path} and of --budget/--budget-file all apply.\n`)
  }
  if (section.baseline !== undefined && options.baseline !== undefined)
    io.stderr(`note: --baseline ${options.baseline} wins over ${path}'s baseline: ${section.baseline}.\n`)
  return section
}

async function readBaseline(options: CliOptions, io: CliIo, top: number): Promise<{ report?: Report; origin: BaselineOrigin }> {
  const path = options.baseline
  const allowDownload = options.allowDownload
  if (path === undefined) {
    return {
      origin: {
        kind: 'none',
        description: 'pass --baseline with a report JSON (from --json) or a directory of base checkpoints to compare.'
      }
    }
  }
  if (path.startsWith('ref:')) {
    const { readRefBaseline } = await import('../baseline/git-ref.js')
    const found = await readRefBaseline(io.cwd, path.slice('ref:'.length), gitBaselineOptions(options, io, top))
    if (!found.report) throw new ConfigError(`--baseline ${path}: ${found.reason}`)
    return { report: found.report, origin: { kind: 'git', description: found.label } }
  }
  if (isRemotePath(path)) {
    const { measureRemoteBaseline } = await import('../baseline/remote.js')
    const report = await measureRemoteBaseline(path, { top, allowDownload, ...(io.readers ? { readers: io.readers } : {}) })
    return { report, origin: { kind: path.endsWith('.json') ? 'report' : 'directory', description: path } }
  }
  const absolute = resolve(io.cwd, path)
  const info = statSync(absolute, { throwIfNoEntry: false })
  if (!info) throw new ConfigError(`--baseline ${path}: no such file or directory. Give a report JSON (from --json) or a directory of base checkpoints.`)
  if (info.isDirectory()) {
    const { measureBaselineDirectory } = await import('../baseline/directory.js')
    const report = await measureBaselineDirectory(absolute, { top, ...(io.readers ? { readers: io.readers } : {}) })
    return { report, origin: { kind: 'directory', description: path } }
  }
  if (info.size > MAX_BASELINE_REPORT_BYTES) {
    throw new ConfigError(
      `--baseline ${path}: ${info.size} bytes is too large for a report JSON; give a report from --json or a directory of base checkpoints.`
    )
  }
  const { loadBaselineReport } = await import('../baseline/report-file.js')
  const report = loadBaselineReport(readFileSync(absolute, 'utf8'), path)
  return { report, origin: { kind: 'report', description: path } }
}

/** The files (POSIX, relative to `cwd`) that are not inside `directory`. */
function withoutDirectory(files: string[], cwd: string, directory: string): string[] {
  const inside = relative(cwd, directory).split(sep).join('/')
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return files
  return files.filter((file) => !file.startsWith(`${inside}/`))
}

function messageOf(error: unknown): string {
  // Not `instanceof Error`: errors from another realm (node:fs under a test VM) fail that check.
  const message = (error as { message?: unknown } | null)?.message
  return typeof message === 'string' ? message : String(error)
}

/** Largest tensors listed per checkpoint in --markdown output when --top is not given. */
const DEFAULT_MARKDOWN_TOP = 10

/** The bundle inlines package.json, so --version is the version that was built. */
const VERSION = packageJson.version
