import { readFileSync, statSync, writeFileSync } from 'node:fs'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import { parseArgs } from 'node:util'
import packageJson from '../../package.json' with { type: 'json' }
import type { BudgetRule, BudgetVerdict } from '../core/budgets.js'
import { ConfigError } from '../core/errors.js'
import { decideOutcome, nothingFoundMessage, type OutcomePolicy } from '../core/outcome.js'
import type { Report } from '../core/types.js'
import type { CheckpointReader } from '../formats/types.js'
import { isRemotePath } from '../io/remote/remote-path.js'
import { findPaths } from './find-paths.js'
import { measure, skippedPathErrors } from '../pipeline/measure.js'
import type { BaselineOrigin } from '../report/markdown.js'
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
  --baseline PATH       compare with a report JSON (from --json) or a directory of
                        base checkpoints laid out as the current directory is
                        (either may be remote: s3://, gs://, hf://, https://)
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
rule only warns. Growth limits (+5%, +10 MB) need --baseline.

A file named as a PATH is read whatever its name: if no reader recognises its
content, that is an error naming it.

Exit codes: 0 success, 1 a budget was exceeded, 2 usage or input error, a file
that could not be analysed, or no checkpoint found (unless --allow-empty); an
input error wins over an exceeded budget: the figures are incomplete.
`

/** Runs the CLI and returns its exit code; never throws for bad input. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let options: CliOptions
  let rules: BudgetRule[]
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
    rules = await readBudgetRules(options, io.cwd)
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
    baseline = await readBaseline(options.baseline, io, measuredTop, options.allowDownload)
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
    // A file given as PATH is read whatever its name, and is an error when it is no checkpoint; a
    // file inside a directory given as PATH was found by the walk: when it is plainly no
    // checkpoint (a `train.bin` of tokens), it is skipped with a note.
    const named = new Set(found.named)
    report = await measure(headFiles, found.checkpointFiles, {
      top: measuredTop,
      named: found.named,
      dtypes,
      foundBySearch: (path) => !named.has(path),
      ...(io.readers ? { readers: io.readers } : {})
    })
    report.errors.push(...skippedPathErrors(found.skipped))
    if (found.transfer) report.transfer = found.transfer()
    if (options.html !== undefined) {
      await writeHtmlReport(resolve(io.cwd, options.html), report, baseline.report)
      for (const measured of [report, baseline.report]) measured?.checkpoints.forEach((checkpoint) => keepTop(checkpoint, top))
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
  const verdict = comparing || options.markdown ? await evaluate(baseline.report, report, rules) : undefined
  const policy: OutcomePolicy = { failOn: 'budget', ifNoCheckpoints: options.allowEmpty ? 'ignore' : 'error', searched: options.paths }
  const outcome = verdict ? decideOutcome(verdict, policy) : undefined
  if (options.json) {
    io.stdout(JSON.stringify(report, null, 2) + '\n')
    if (verdict && comparing) io.stderr(renderVerdictText(verdict, outcome))
  } else if (verdict && options.markdown) {
    const { renderMarkdown } = await import('../report/markdown.js')
    io.stdout(renderMarkdown(verdict, { baseline: baseline.origin, topTensors: top, outcome }) + '\n')
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

/** Asks `measure` for every tensor of a checkpoint, largest first. */
const EVERY_TENSOR = Number.MAX_SAFE_INTEGER

async function writeHtmlReport(path: string, head: Report, base: Report | undefined): Promise<void> {
  const { renderHtml } = await import('../report/html/render.js')
  try {
    writeFileSync(path, renderHtml(head, base))
  } catch (error) {
    throw new ConfigError(`--html ${path}: cannot be written (${(error as { code?: string }).code ?? messageOf(error)}).`)
  }
}

function keepTop(checkpoint: Report['checkpoints'][number], top: number): void {
  if (!checkpoint.top) return
  if (top > 0) checkpoint.top = checkpoint.top.slice(0, top)
  else delete checkpoint.top
}

async function evaluate(base: Report | undefined, head: Report, rules: BudgetRule[]): Promise<BudgetVerdict> {
  const [{ evaluateBudgets }, { diffReports }] = await Promise.all([import('../core/budgets.js'), import('../core/diff.js')])
  return evaluateBudgets(diffReports(base, head), rules)
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
async function readBudgetRules(options: CliOptions, cwd: string): Promise<BudgetRule[]> {
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

async function readBaseline(path: string | undefined, io: CliIo, top: number, allowDownload: boolean): Promise<{ report?: Report; origin: BaselineOrigin }> {
  if (path === undefined) {
    return {
      origin: {
        kind: 'none',
        description: 'pass --baseline with a report JSON (from --json) or a directory of base checkpoints to compare.'
      }
    }
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
    throw new ConfigError(`--baseline ${path}: ${info.size} bytes is too large for a report JSON; give a report from --json or a directory of base checkpoints.`)
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
