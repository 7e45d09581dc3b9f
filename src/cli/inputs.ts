import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { BudgetRule, SinceReport } from '../core/budgets.js'
import type { ConfigSection, ModelSizeConfig } from '../core/config-file.js'
import { DEFAULT_CONFIG_PATH, MAX_CONFIG_BYTES } from '../core/config-path.js'
import { ConfigError } from '../core/errors.js'
import type { HistoryEntry } from '../core/history.js'
import { MAX_BASELINE_REPORT_BYTES } from '../core/limits.js'
import type { BaselineOrigin, Report } from '../core/types.js'
import { isRemotePath } from '../io/remote/remote-path.js'
import type { CliOptions } from './args.js'
import { messageOf, type CliIo } from './cli-io.js'

// What a measurement run reads besides its PATHs: the budget rules, the config file, the baseline,
// the reports that `since` rules name, and the size history. Each module they need (the budget
// engine, git, the baseline readers) is imported on first use, so a plain run loads none of them.

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
export async function readConfig(options: CliOptions, io: CliIo): Promise<ConfigSection | undefined> {
  const config = await readConfigFile(options.config, io.cwd)
  if (config === undefined) return undefined
  const { configFor } = await import('../core/config-file.js')
  const path = config.path
  if (options.key !== undefined && !(options.key in config.keys)) {
    const known = Object.keys(config.keys)
    io.stderr(`note: ${path} has no section keys.${options.key}${known.length ? ` (it has ${known.join(', ')})` : ''}; its top level applies.\n`)
  }
  const section = configFor(config, options.key)
  if (section.rules.length > 0) noteBothRuleSources(config, options, io)
  if (section.baseline !== undefined && options.baseline !== undefined)
    io.stderr(`note: --baseline ${options.baseline} wins over ${path}'s baseline: ${section.baseline}.\n`)
  return section
}

/**
 * The config file, parsed and validated: `--config FILE` (which must exist), else
 * `.github/model-size-budget.yml` when it exists; undefined without one. The one reading of the
 * file for the measurement and `merge` alike.
 */
export async function readConfigFile(given: string | undefined, cwd: string): Promise<ModelSizeConfig | undefined> {
  const path = given ?? (existsSync(resolve(cwd, DEFAULT_CONFIG_PATH)) ? DEFAULT_CONFIG_PATH : undefined)
  if (path === undefined) return undefined
  const { parseConfig } = await import('../core/config-parse.js')
  const absolute = resolve(cwd, path)
  const info = statSync(absolute, { throwIfNoEntry: false })
  if (!info?.isFile()) throw new ConfigError(`--config ${path}: no such file. Give the path of a model-size-budget.yml.`)
  if (info.size > MAX_CONFIG_BYTES) throw new ConfigError(`--config ${path}: ${info.size} bytes is too large for a config file (at most ${MAX_CONFIG_BYTES}).`)
  return parseConfig(readFileSync(absolute, 'utf8'), path)
}

/** The note that the config file's rules and those of --budget/--budget-file all apply (when both give some). */
export function noteBothRuleSources(config: ModelSizeConfig, options: Pick<CliOptions, 'budgets' | 'budgetFile'>, io: CliIo): void {
  if (options.budgets.length > 0 || options.budgetFile !== undefined) {
    io.stderr(`note: the rules of ${config.path} and of --budget/--budget-file all apply.\n`)
  }
}

/** What the head is compared with: the baseline's report (none without a baseline) and where it came from, for the comment. */
export interface Baseline {
  report?: Report
  origin: BaselineOrigin
}

/** The --baseline (or the config's baseline), measured or loaded. */
export async function readBaseline(options: CliOptions, io: CliIo, top: number): Promise<Baseline> {
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

/** The reports at the refs that `since` limits name (`total: +10% since v1.4.0`), read from git. */
export async function readSinceReports(
  rules: readonly BudgetRule[],
  options: Pick<CliOptions, 'paths'>,
  io: CliIo,
  top: number
): Promise<Map<string, SinceReport>> {
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
function gitBaselineOptions(options: Pick<CliOptions, 'paths'>, io: CliIo, top: number) {
  return { patterns: options.paths, measure: { top, ...(io.readers ? { readers: io.readers } : {}) } }
}

/**
 * The --history file's entries (none when it does not exist yet); with --append-history, this
 * run's entry is appended (commit and date of git's HEAD) and the file written back.
 */
export async function readHistory(options: CliOptions, cwd: string, report: Report): Promise<HistoryEntry[]> {
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
