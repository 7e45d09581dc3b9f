import { parseArgs } from 'node:util'
import packageJson from '../../package.json' with { type: 'json' }
import { HISTORY_CAP } from '../core/history.js'
import { ConfigError } from '../core/errors.js'

/** Exit codes: the contract scripts rely on. */
export const ExitCode = {
  Success: 0,
  /** A budget was exceeded. */
  OverBudget: 1,
  /** Bad usage, or a file that could not be analysed. */
  InputError: 2
} as const

export const USAGE = `Usage: model-size-budget [options] PATH...
       model-size-budget merge REPORT.json... [--budget RULE] [--config FILE] [--markdown | --json]

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

/** The bundle inlines package.json, so --version is the version that was built. */
export const VERSION = packageJson.version
