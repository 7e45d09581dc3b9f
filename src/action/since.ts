import { readRefBaseline } from '../baseline/git-ref.js'
import { git } from '../baseline/git.js'
import { sinceRefs, type BudgetRule, type SinceReport } from '../core/budgets.js'
import type { Finding } from '../core/outcome.js'
import { uncheckedRules } from '../core/unchecked-rules.js'
import type { ActionInputs } from './inputs.js'

/*
 * Drift rules (`total: +10% since v1.4.0`) compare with the checkpoints git tracks at their ref,
 * read from the git objects of the job's workspace (never checked out, nothing run). The jobs that
 * merge a matrix or post a fork's comment often have no checkout at all: there a drift rule cannot
 * be evaluated, and it says so as a finding with the fix instead of passing unseen.
 */

export interface SinceReading {
  /** The report at each ref the rules name, or why there is none (evaluateBudgets' `since`). */
  since: Map<string, SinceReport>
  /** One warning per rule whose ref has no report: what it is, why, and the fix. */
  findings: Finding[]
}

/** Tensors kept per checkpoint of a ref's report: only its bytes per category are compared. */
const TOP_TENSORS = 10

/**
 * Reads the report at every `since` ref of the rules, once each, as the baseline at a ref is read
 * (the `path` globs, or the report committed at `report-path`); never throws. `checkout` is the fix
 * when the workspace is no git checkout, as a sentence naming the job that needs one.
 */
export async function readSinceReports(
  workspace: string,
  rules: readonly BudgetRule[],
  inputs: Pick<ActionInputs, 'pathPatterns' | 'pathIsDefault' | 'reportPath'>,
  checkout: string
): Promise<SinceReading> {
  const refs = sinceRefs(rules)
  const since = new Map<string, SinceReport>()
  if (refs.length === 0) return { since, findings: [] }
  const options = {
    patterns: inputs.pathPatterns,
    reportPath: inputs.reportPath,
    // Under the default globs a file that only looks like a checkpoint by name is skipped, as at the head.
    measure: { top: TOP_TENSORS, ...(inputs.pathIsDefault ? { foundBySearch: () => true } : {}) }
  }
  const readable = await isGitCheckout(workspace)
  for (const ref of refs) {
    since.set(
      ref,
      readable
        ? await readRefBaseline(workspace, ref, options)
        : { label: ref, reason: `This job's workspace is not a git checkout, so ${ref} cannot be read. ${checkout}` }
    )
  }
  return { since, findings: uncheckedRules(rules, since) }
}

/** True when the workspace is inside a git work tree (a job may run without actions/checkout). */
async function isGitCheckout(workspace: string): Promise<boolean> {
  try {
    return (await git(workspace, ['rev-parse', '--is-inside-work-tree'])).trim() === 'true'
  } catch {
    return false
  }
}
