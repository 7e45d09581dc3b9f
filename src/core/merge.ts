import { buildReport } from './analyze.js'
import type { BudgetResult, BudgetVerdict } from './budgets.js'
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
  const side = (pick: (leg: ReportLeg) => Report | undefined): Report => {
    const checkpoints = legs.flatMap((leg) =>
      (pick(leg)?.checkpoints ?? []).map((checkpoint) => {
        const id = rename(leg.key, checkpoint.id)
        keyOf.set(id, leg.key)
        return { ...checkpoint, id }
      })
    )
    const errors = legs.flatMap((leg) =>
      (pick(leg)?.errors ?? []).map((error) => {
        const path = rename(leg.key, error.path)
        keyOf.set(path, leg.key)
        return { ...error, path }
      })
    )
    const report = buildReport(checkpoints, errors)
    const skipped = legs.flatMap((leg) => pick(leg)?.skipped ?? [])
    return skipped.length > 0 ? { ...report, skipped } : report
  }
  const head = side((leg) => leg.head)
  const base = legs.some((leg) => leg.base) ? side((leg) => leg.base) : undefined
  const withBase = new Set(legs.filter((leg) => leg.base).map((leg) => leg.key))
  return { head, ...(base ? { base } : {}), keyOf, keys: legs.map((leg) => leg.key), withBase }
}

/**
 * The part of a verdict (evaluated once over the merged reports) that is about one leg: its
 * checkpoints, their results, its errors; for one section of the comment. Unmatched rules belong
 * to the whole and are left to the caller.
 */
export function legVerdict(verdict: BudgetVerdict, merged: MergedReports, key: string): BudgetVerdict {
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
  return { status: worstStatus(results), results, unmatchedRules: [], rules: verdict.rules, diff: diffReports(base, pick(verdict.diff.head)) }
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
