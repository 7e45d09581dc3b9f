import { existsSync, readFileSync, statSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { loadBaselineReport } from '../baseline/report-file.js'
import { evaluateBudgets, type BudgetRule } from '../core/budgets.js'
import { diffReports } from '../core/diff.js'
import { ConfigError } from '../core/errors.js'
import { MAX_BASELINE_REPORT_BYTES } from '../core/limits.js'
import { legCoverage, legVerdict, mergeLegReports, type ReportLeg } from '../core/merge.js'
import { decideOutcome, type OutcomePolicy } from '../core/outcome.js'
import type { Report } from '../core/types.js'
import { renderMergedMarkdown } from '../report/markdown-merged.js'
import { renderErrors, renderText, renderVerdictText } from '../report/text.js'
import { ExitCode } from './args.js'
import type { CliIo } from './cli-io.js'
import { readBudgetRules } from './inputs.js'

export const MERGE_USAGE = `Usage: model-size-budget merge REPORT.json... [options]

Merges report JSON files (from --json, or the action's report artifacts of a matrix)
into one report, evaluates the budget once over it, and prints it. Each file's key is
its name without '.json' and without a 'model-size-report-' prefix; a checkpoint id
that two files share is prefixed with the key ('ios/exports/model.onnx'). A file
'NAME.base.json' beside 'NAME.json' (as the action's artifact has it) is its baseline.

Options:
  --budget RULE         a budget rule, repeatable (as for a measurement)
  --budget-file PATH    budget rules, one per line
  --json                print the merged report as JSON
  --markdown            print the merged comment body, one section per key
  -h, --help            show this help

Exit codes: 0 success, 1 a budget was exceeded, 2 usage or input error.
`

/** `model-size-budget merge …`: returns the exit code; never throws for bad input. */
export async function mergeMain(argv: readonly string[], io: CliIo): Promise<number> {
  let values: { budget?: string[]; 'budget-file'?: string; json?: boolean; markdown?: boolean; help?: boolean }
  let files: string[]
  try {
    const parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        budget: { type: 'string', multiple: true },
        'budget-file': { type: 'string' },
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
  let rules: BudgetRule[]
  try {
    legs = files.map((file) => readLeg(resolve(io.cwd, file), file))
    const keys = legs.map((leg) => leg.key)
    const twice = keys.find((key, index) => keys.indexOf(key) !== index)
    if (twice !== undefined) throw new ConfigError(`merge: two files have the key '${twice}': rename one (the key is the file name without '.json').`)
    rules = await readBudgetRules({ budgets: values.budget ?? [], ...(values['budget-file'] ? { budgetFile: values['budget-file'] } : {}) }, io.cwd)
  } catch (error) {
    io.stderr(`error: ${(error as Error).message}\n`)
    return ExitCode.InputError
  }

  const merged = mergeLegReports(legs)
  const verdict = evaluateBudgets(diffReports(merged.base, merged.head), rules)
  const policy: OutcomePolicy = { failOn: 'budget', ifNoCheckpoints: 'error', searched: files }
  const outcome = decideOutcome(verdict, policy)
  if (values.json) {
    io.stdout(JSON.stringify(merged.head, null, 2) + '\n')
  } else if (values.markdown) {
    const sections = legs.map((leg) => {
      const part = legVerdict(verdict, merged, leg.key)
      return {
        key: leg.key,
        verdict: part,
        outcome: decideOutcome(part, { ...policy, ifNoCheckpoints: 'ignore' }),
        baseline: { kind: 'none' as const, description: 'the report files given to merge.' }
      }
    })
    io.stdout(renderMergedMarkdown(sections, { outcome, coverage: legCoverage(merged.keys, []) }) + '\n')
  } else {
    io.stdout(renderText(merged.head) + (rules.length > 0 || merged.base ? '\n' + renderVerdictText(verdict, outcome) : ''))
  }
  if (merged.head.errors.length > 0) {
    io.stderr(renderErrors(merged.head))
    return ExitCode.InputError
  }
  return verdict.status === 'fail' ? ExitCode.OverBudget : ExitCode.Success
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
