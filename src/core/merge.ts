import { buildReport } from './analyze.js'
import { evaluateBudgets, type BudgetResult, type BudgetRule, type BudgetVerdict, type EvaluateOptions, type SinceReport } from './budgets.js'
import { diffReports } from './diff.js'
import type { Report } from './types.js'

/*
 * One report from many: the reports of a matrix's legs (one job per model or platform), merged so
 * that the budget is evaluated once and one comment has a section per leg. Pure: the artifacts
 * are downloaded and read in action/.
 */

/** One leg's reports: what it measured and, when it found one, its baseline. */
export interface ReportLeg {
  /** The leg's comment key (the artifact's `model-size-report-<key>` suffix). */
  key: string
  head: Report
  base?: Report
}

export interface MergedReports {
  head: Report
  /** Undefined when no leg had a baseline. */
  base?: Report
  /** The leg of every merged checkpoint id (head and base). */
  keyOf: ReadonlyMap<string, string>
  /** The id each merged checkpoint id had in its leg's own report (`ios/model.onnx` → `model.onnx`). */
  legIdOf: ReadonlyMap<string, string>
  /** The legs' keys, in the order given. */
  keys: string[]
  /** The keys of the legs that had a baseline: the others' checkpoints are not "added". */
  withBase: ReadonlySet<string>
}

/**
 * Merges the legs' reports. A checkpoint id keeps its name unless two legs have it (two platforms
 * exporting `model.onnx`): then each leg's copy becomes `<key>/<id>`, on the head and the base
 * alike, so base and head still match. Errors' paths follow the same rule; totals are re-summed.
 */
export function mergeLegReports(legs: readonly ReportLeg[]): MergedReports {
  const legsOfId = new Map<string, Set<string>>()
  for (const leg of legs) {
    for (const report of [leg.head, leg.base]) {
      for (const name of [...(report?.checkpoints ?? []).map((checkpoint) => checkpoint.id), ...(report?.errors ?? []).map((error) => error.path)]) {
        legsOfId.set(name, (legsOfId.get(name) ?? new Set()).add(leg.key))
      }
    }
  }
  const rename = (key: string, id: string): string => ((legsOfId.get(id)?.size ?? 0) > 1 ? `${key}/${id}` : id)
  const keyOf = new Map<string, string>()
  const legIdOf = new Map<string, string>()
  const merge = (key: string, own: string): string => {
    const id = rename(key, own)
    keyOf.set(id, key)
    legIdOf.set(id, own)
    return id
  }
  const side = (pick: (leg: ReportLeg) => Report | undefined): Report => {
    const checkpoints = legs.flatMap((leg) => (pick(leg)?.checkpoints ?? []).map((checkpoint) => ({ ...checkpoint, id: merge(leg.key, checkpoint.id) })))
    const errors = legs.flatMap((leg) => (pick(leg)?.errors ?? []).map((error) => ({ ...error, path: merge(leg.key, error.path) })))
    const report = buildReport(checkpoints, errors)
    const skipped = legs.flatMap((leg) => pick(leg)?.skipped ?? [])
    return skipped.length > 0 ? { ...report, skipped } : report
  }
  const head = side((leg) => leg.head)
  const base = legs.some((leg) => leg.base) ? side((leg) => leg.base) : undefined
  const withBase = new Set(legs.filter((leg) => leg.base).map((leg) => leg.key))
  return { head, ...(base ? { base } : {}), keyOf, legIdOf, keys: legs.map((leg) => leg.key), withBase }
}

/**
 * A leg's own budget (a config file's `keys.KEY` section): rules for its checkpoints only, matched
 * against the ids of its own report, not the merged ids; and the rules of the whole that give way
 * to them on a checkpoint (a per-checkpoint override replaces the other rules on its category).
 */
export interface LegBudget {
  rules: readonly BudgetRule[]
  /** Whether the whole's `rule` does not apply to the leg's checkpoint (named by its own id). */
  yields?: (rule: BudgetRule, checkpoint: { id: string; name?: string }) => boolean
}

/** A verdict over merged reports, with which rules are a leg's own (its section shows only those and the whole's). */
export interface MergedVerdict extends BudgetVerdict {
  legRules: ReadonlyMap<string, readonly BudgetRule[]>
}

/**
 * Evaluates the merged reports: `rules` once over the whole, by the merged ids, then each leg's
 * own rules over its checkpoints, by the ids of its own report (`model.onnx`, which the merge may
 * have made `ios/model.onnx`). The results carry the merged ids, so legVerdict gives each leg its
 * share of both and the step fails exactly when a section does. A `since` report (read from git,
 * where ids are workspace paths) is matched by the merged id, else by the leg's own.
 */
export function evaluateMergedBudgets(
  merged: MergedReports,
  rules: readonly BudgetRule[],
  legs: ReadonlyMap<string, LegBudget> = new Map(),
  options: Pick<EvaluateOptions, 'since'> = {}
): MergedVerdict {
  const since = options.since ? sinceByMergedId(options.since, merged) : undefined
  const evaluate = since ? { since } : {}
  const diff = diffReports(merged.base, merged.head)
  const whole = evaluateBudgets(diff, rules, evaluate)
  const nameOf = new Map(merged.head.checkpoints.map((checkpoint) => [checkpoint.id, checkpoint.name]))
  const own = (id: string): { id: string; name?: string } => {
    const name = nameOf.get(id)
    return { id: merged.legIdOf.get(id) ?? id, ...(name === undefined ? {} : { name }) }
  }
  const yields = (result: BudgetResult): boolean =>
    legs.get(merged.keyOf.get(result.checkpointId) ?? '')?.yields?.(result.rule, own(result.checkpointId)) ?? false
  const results = whole.results.filter((result) => !yields(result))
  const unmatchedRules = [...whole.unmatchedRules]
  const legRules = new Map<string, readonly BudgetRule[]>()
  for (const key of merged.keys) {
    const leg = legs.get(key)
    if (!leg || leg.rules.length === 0) continue
    const part = { ...diff, checkpoints: diff.checkpoints.filter((checkpoint) => merged.keyOf.get(checkpoint.id) === key) }
    const verdict = evaluateBudgets(part, leg.rules, { ...evaluate, matchId: (id) => merged.legIdOf.get(id) ?? id })
    results.push(...verdict.results)
    unmatchedRules.push(...verdict.unmatchedRules)
    legRules.set(key, verdict.rules)
  }
  const status = worstStatus(results)
  return {
    status: status === 'pass' && unmatchedRules.length > 0 ? 'warn' : status,
    results,
    unmatchedRules,
    rules: [...whole.rules, ...[...legRules.values()].flat()],
    diff,
    legRules
  }
}

/** The `since` reports keyed by merged id: each merged checkpoint finds its copy under its merged id, else its leg's own. */
function sinceByMergedId(since: ReadonlyMap<string, SinceReport>, merged: MergedReports): Map<string, SinceReport> {
  const rekeyed = new Map<string, SinceReport>()
  for (const [ref, at] of since) {
    if (!at.report) {
      rekeyed.set(ref, at)
      continue
    }
    const byId = new Map(at.report.checkpoints.map((checkpoint) => [checkpoint.id, checkpoint]))
    const checkpoints = merged.head.checkpoints.flatMap((checkpoint) => {
      const found = byId.get(checkpoint.id) ?? byId.get(merged.legIdOf.get(checkpoint.id) ?? checkpoint.id)
      return found ? [{ ...found, id: checkpoint.id }] : []
    })
    rekeyed.set(ref, { ...at, report: { ...at.report, checkpoints } })
  }
  return rekeyed
}

/**
 * The part of a verdict (evaluated once over the merged reports) that is about one leg: its
 * checkpoints, their results, its errors; for one section of the comment. Unmatched rules belong
 * to the whole and are left to the caller.
 */
export function legVerdict(verdict: BudgetVerdict | MergedVerdict, merged: MergedReports, key: string): BudgetVerdict {
  const ofLeg = (id: string): boolean => merged.keyOf.get(id) === key
  const pick = (report: Report): Report => {
    const part = buildReport(
      report.checkpoints.filter((checkpoint) => ofLeg(checkpoint.id)),
      report.errors.filter((error) => ofLeg(error.path))
    )
    return part
  }
  const base = verdict.diff.base && merged.withBase.has(key) ? pick(verdict.diff.base) : undefined
  const results = verdict.results.filter((result) => ofLeg(result.checkpointId))
  // The section lists the whole's rules and the leg's own, not another leg's.
  const others = new Set('legRules' in verdict ? [...verdict.legRules].flatMap(([leg, rules]) => (leg === key ? [] : rules)) : [])
  const rules = verdict.rules.filter((rule) => !others.has(rule))
  return { status: worstStatus(results), results, unmatchedRules: [], rules, diff: diffReports(base, pick(verdict.diff.head)) }
}

function worstStatus(results: readonly BudgetResult[]): BudgetVerdict['status'] {
  if (results.some((result) => result.status === 'fail')) return 'fail'
  return results.some((result) => result.status === 'warn') ? 'warn' : 'pass'
}

/** A job of the run, as the REST API lists it (`GET …/actions/runs/{run_id}/jobs`). */
export interface RunJob {
  name: string
  status: string
  conclusion: string | null
}

/** A leg that was expected and has no report, with what its job says about why. */
export interface MissingLeg {
  key: string
  /** e.g. `job "size (ios)" failed`; undefined when nothing is known. */
  why?: string
}

export interface LegCoverage {
  expected: string[]
  found: string[]
  missing: MissingLeg[]
}

/**
 * Which legs are missing. The expected keys are `expectKeys` when given; else they are read from
 * the run's jobs: a matrix job is named `<job> (<value>, <value>…)`, and the value position that
 * holds the keys of the legs that did report (`size (ios)` for `comment-key: ios`) gives the key
 * of every other leg of that job. Legs found but not expected are kept (they did report).
 */
export function legCoverage(found: readonly string[], expectKeys: readonly string[], jobs: readonly RunJob[] = []): LegCoverage {
  const legJobs = matrixLegs(jobs, found)
  const expected = expectKeys.length > 0 ? [...expectKeys] : [...new Set([...found, ...legJobs.keys()])]
  const missing = expected
    .filter((key) => !found.includes(key))
    .map((key): MissingLeg => {
      const job = legJobs.get(key) ?? jobs.find((candidate) => matrixValues(candidate.name)?.values.includes(key))
      if (!job) return { key }
      const state = job.conclusion ?? job.status
      return {
        key,
        why: `job "${job.name}" ${state === 'success' ? 'succeeded without uploading its report (upload-report: true?)' : state === 'failure' ? 'failed' : state}`
      }
    })
  return { expected, found: [...found], missing }
}

/** `size (ios, 3.11)` → `size` and `['ios', '3.11']`; undefined for a job that is no matrix leg. */
function matrixValues(name: string): { job: string; values: string[] } | undefined {
  const match = /^(.*) \((.+)\)$/.exec(name)
  return match ? { job: match[1], values: match[2].split(', ') } : undefined
}

function matrixLegs(jobs: readonly RunJob[], found: readonly string[]): Map<string, RunJob> {
  const legs = new Map<string, RunJob>()
  const groups = new Map<string, { job: RunJob; values: string[] }[]>()
  for (const job of jobs) {
    const parsed = matrixValues(job.name)
    if (parsed) groups.set(parsed.job, [...(groups.get(parsed.job) ?? []), { job, values: parsed.values }])
  }
  for (const members of groups.values()) {
    const width = Math.max(...members.map((member) => member.values.length))
    const position = [...Array(width).keys()].find((index) => members.some((member) => found.includes(member.values[index])))
    if (position === undefined) continue
    for (const member of members) if (member.values[position] !== undefined) legs.set(member.values[position], member.job)
  }
  return legs
}
