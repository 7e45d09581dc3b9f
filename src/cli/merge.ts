import { existsSync, readFileSync, statSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { loadBaselineReport } from '../baseline/report-file.js'
import type { BudgetRule, SinceReport } from '../core/budgets.js'
import { ConfigError } from '../core/errors.js'
import { MAX_BASELINE_REPORT_BYTES } from '../core/limits.js'
import { evaluateMergedBudgets, legCoverage, legVerdict, mergeLegReports, type LegBudget, type ReportLeg } from '../core/merge.js'
import type { NoiseFloor } from '../core/noise-floor.js'
import { decideOutcome, type OutcomePolicy } from '../core/outcome.js'
import type { Report } from '../core/types.js'
import { uncheckedRules } from '../core/unchecked-rules.js'
import { renderMergedMarkdown } from '../report/markdown-merged.js'
import { renderErrors, renderText, renderVerdictText } from '../report/text.js'
import { ExitCode, type CliOptions } from './args.js'
import { messageOf, type CliIo } from './cli-io.js'
import { noteBothRuleSources, readBudgetRules, readConfigFile, readSinceReports } from './inputs.js'

export const MERGE_USAGE = `Usage: model-size-budget merge REPORT.json... [options]

Merges report JSON files (from --json, or the action's report artifacts of a matrix)
into one report, evaluates the budget once over it, and prints it. Each file's key is
its name without '.json' and without a 'model-size-report-' prefix; a checkpoint id
that two files share is prefixed with the key ('ios/exports/model.onnx'). A file
'NAME.base.json' beside 'NAME.json' (as the action's artifact has it) is its baseline.

Options:
  --budget RULE         a budget rule, repeatable (as for a measurement)
  --budget-file PATH    budget rules, one per line
  --config FILE         the config file (default: .github/model-size-budget.yml
                        when it exists): its top level and the --budget rules judge
                        every checkpoint; its keys.KEY section judges only the
                        checkpoints of the file whose key is KEY, by their ids in
                        that file, as the action's mode: merge does
  --json                print the merged report as JSON
  --markdown            print the merged comment body, one section per key
  -h, --help            show this help

A 'since REF' rule reads REF's checkpoints from the git repository of the current
directory (every checkpoint it tracks there).

Exit codes: 0 success, 1 a budget was exceeded, 2 usage or input error.
`

/** `model-size-budget merge …`: returns the exit code; never throws for bad input. */
export async function mergeMain(argv: readonly string[], io: CliIo): Promise<number> {
  let values: { budget?: string[]; 'budget-file'?: string; config?: string; json?: boolean; markdown?: boolean; help?: boolean }
  let files: string[]
  try {
    const parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        budget: { type: 'string', multiple: true },
        'budget-file': { type: 'string' },
        config: { type: 'string' },
        json: { type: 'boolean', default: false },
        markdown: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false }
      }
    })
    values = parsed.values
    files = parsed.positionals
    if (values.help) {
      io.stdout(MERGE_USAGE)
      return ExitCode.Success
    }
    if (files.length === 0) throw new ConfigError('merge: no REPORT.json given: name the report files to merge.')
    if (values.json && values.markdown) throw new ConfigError('--json and --markdown both choose the output: give one of them.')
  } catch (error) {
    io.stderr(`error: ${(error as Error).message}\n\n${MERGE_USAGE}`)
    return ExitCode.InputError
  }

  let legs: ReportLeg[]
  let budget: MergeBudget
  let since: Map<string, SinceReport>
  try {
    legs = files.map((file) => readLeg(resolve(io.cwd, file), file))
    const keys = legs.map((leg) => leg.key)
    const twice = keys.find((key, index) => keys.indexOf(key) !== index)
    if (twice !== undefined) throw new ConfigError(`merge: two files have the key '${twice}': rename one (the key is the file name without '.json').`)
    budget = await readMergeBudget(
      { budgets: values.budget ?? [], ...(values['budget-file'] ? { budgetFile: values['budget-file'] } : {}) },
      values.config,
      keys,
      io
    )
    // As in the measurement: the refs come from the current directory's git, here every checkpoint it tracks.
    since = await readSinceReports([...budget.rules, ...[...budget.legs.values()].flatMap((leg) => leg.rules)], { paths: ['.'] }, io, 0)
  } catch (error) {
    io.stderr(`error: ${messageOf(error)}\n`)
    return ExitCode.InputError
  }

  const merged = mergeLegReports(legs)
  const verdict = evaluateMergedBudgets(merged, budget.rules, budget.legs, { since })
  const policy: OutcomePolicy = { failOn: 'budget', ifNoCheckpoints: 'error', searched: files }
  // As the action's merge: a leg's drift rule that could not be checked is said in its section, the whole's at the top.
  const uncheckedOf = new Map(legs.map((leg) => [leg.key, uncheckedRules(budget.legs.get(leg.key)?.rules ?? [], since)]))
  const outcome = decideOutcome(verdict, policy, [...uncheckedRules(budget.rules, since), ...[...uncheckedOf.values()].flat()])
  if (values.json) {
    io.stdout(JSON.stringify(merged.head, null, 2) + '\n')
  } else if (values.markdown) {
    const sections = legs.map((leg) => {
      const part = legVerdict(verdict, merged, leg.key)
      const minChange = budget.legs.get(leg.key)?.minChange
      return {
        key: leg.key,
        verdict: part,
        outcome: decideOutcome(part, { ...policy, ifNoCheckpoints: 'ignore' }, uncheckedOf.get(leg.key)),
        baseline: { kind: 'none' as const, description: 'the report files given to merge.' },
        ...(minChange ? { minChange } : {})
      }
    })
    const minChange = budget.minChange ? { minChange: budget.minChange } : {}
    io.stdout(renderMergedMarkdown(sections, { outcome, coverage: legCoverage(merged.keys, []), ...minChange }) + '\n')
  } else {
    io.stdout(renderText(merged.head) + (verdict.rules.length > 0 || merged.base ? '\n' + renderVerdictText(verdict, outcome) : ''))
  }
  if (merged.head.errors.length > 0) {
    io.stderr(renderErrors(merged.head))
    return ExitCode.InputError
  }
  return verdict.status === 'fail' ? ExitCode.OverBudget : ExitCode.Success
}

/** What a merge is judged by, as the action's `mode: merge` reads the same file. */
interface MergeBudget {
  /** --budget, --budget-file and the config's top level: over the whole, by the merged ids. */
  rules: BudgetRule[]
  /** Each file's `keys.KEY` section: over its own checkpoints, by the ids of its own report. */
  legs: Map<string, LegBudget & { minChange?: NoiseFloor }>
  /** The config's top-level min-change (a section's own replaces it for its key). */
  minChange?: NoiseFloor
}

async function readMergeBudget(
  flags: Pick<CliOptions, 'budgets' | 'budgetFile'>,
  configPath: string | undefined,
  keys: readonly string[],
  io: CliIo
): Promise<MergeBudget> {
  const rules = await readBudgetRules(flags, io.cwd)
  const config = await readConfigFile(configPath, io.cwd)
  if (config === undefined) return { rules, legs: new Map() }
  const { configFor, legBudget } = await import('../core/config-file.js')
  const top = configFor(config, undefined)
  if (top.rules.length > 0) noteBothRuleSources(config, flags, io)
  // A section no file is keyed by would judge nothing, silently: the key comes from a file's name.
  const unused = Object.keys(config.keys).filter((key) => !keys.includes(key))
  if (unused.length > 0) {
    io.stderr(
      `note: ${config.path} has ${unused.map((key) => `keys.${key}`).join(', ')}, but no report file has that key (the files' keys: ${keys.join(', ')}); ` +
        "a file's key is its name without '.json' and 'model-size-report-'.\n"
    )
  }
  const legs = new Map<string, LegBudget & { minChange?: NoiseFloor }>()
  for (const key of keys) {
    const leg = legBudget(config, key)
    const minChange = config.keys[key]?.minChange ?? top.minChange
    if (leg) legs.set(key, { ...leg, ...(minChange ? { minChange } : {}) })
  }
  return { rules: [...rules, ...top.rules], legs, ...(top.minChange ? { minChange: top.minChange } : {}) }
}

/** One file as a leg: its key from the name, its baseline from a `.base.json` beside it. */
function readLeg(path: string, asGiven: string): ReportLeg {
  const stem = basename(path).replace(/\.json$/i, '')
  const key = stem.replace(/^model-size-report-/, '') || stem
  const head = readReport(path, asGiven)
  const basePath = path.replace(/\.json$/i, '') + '.base.json'
  return { key, head, ...(existsSync(basePath) && basePath !== path ? { base: readReport(basePath, `${asGiven} (its .base.json)`) } : {}) }
}

function readReport(path: string, label: string): Report {
  const info = statSync(path, { throwIfNoEntry: false })
  if (!info?.isFile()) throw new ConfigError(`merge: ${label}: no such file. Give report JSON files (from --json or the action's report artifact).`)
  if (info.size > MAX_BASELINE_REPORT_BYTES) throw new ConfigError(`merge: ${label}: ${info.size} bytes is too large for a report JSON.`)
  return loadBaselineReport(readFileSync(path, 'utf8'), label)
}
