import type { BudgetVerdict } from './budgets.js'

/*
 * The step's outcome, decided once. Every reason a run is not a clean pass (a limit exceeded, a
 * checkpoint that could not be read, nothing found, a dangerous pickle...) is a Finding, and
 * decideOutcome alone turns the findings into the outcome: the action fails the step with it, the
 * comment's and the summary's title take its icon, the CLI its exit code. So the title can never
 * say ⚠️ while the check is red.
 *
 * Pure (no minimatch, no renderer): the text renderer and the CLI load it on every run.
 */

/**
 * What a finding is about. A new check (the pickle scan's dangerous globals, say) adds its kind
 * here and passes its findings to decideOutcome as `extra`; a check written as a budget rule
 * (`pickle: safe`) needs nothing here: its failing results are `over-budget` findings already.
 */
export type FindingKind =
  /** a hard budget rule failed on a checkpoint */
  | 'over-budget'
  /** a soft (`warn`) rule was exceeded */
  | 'soft-limit'
  /** a rule whose glob matched no checkpoint (likely a typo) */
  | 'unmatched-rule'
  /** a checkpoint or path that could not be read */
  | 'unreadable'
  /** no checkpoint at all, and nothing that failed to read either */
  | 'nothing-found'
  /** a pickle that would run code when loaded (picklescan's "dangerous globals") */
  | 'dangerous-pickle'
  /** a matrix leg whose report is missing from a merge (its job failed before uploading it) */
  | 'missing-report'
  /** a rule that could not be evaluated where it runs (a `since` ref in a job without a git checkout) */
  | 'unchecked-rule'

export interface Finding {
  kind: FindingKind
  /**
   * `error`: fails the step unless the policy says otherwise (`fail-on: never`);
   * `warning`: reported, never fails.
   */
  severity: 'error' | 'warning'
  /** One plain-text sentence (may hold checkpoint names: escape it before markdown). */
  message: string
  /** The checkpoint or file it is about, when it is about one (the comment marks its row). */
  checkpointId?: string
}

/** How findings become an outcome: the action's `fail-on` and `if-no-checkpoints` inputs. */
export interface OutcomePolicy {
  /** `never`: errors of budgets, unreadable files and other checks only warn. */
  failOn: 'budget' | 'never'
  /**
   * Zero checkpoints: `error` fails (whatever `fail-on` says: it is the answer to "was anything
   * measured?", as upload-artifact's `if-no-files-found`), `warn` warns, `ignore` says nothing.
   */
  ifNoCheckpoints: 'error' | 'warn' | 'ignore'
  /** What was searched (the `path` globs, the CLI's paths): named when nothing was found. */
  searched?: readonly string[]
}

export const DEFAULT_POLICY: OutcomePolicy = { failOn: 'budget', ifNoCheckpoints: 'error' }

export type OutcomeStatus = 'fail' | 'warn' | 'pass'

export interface StepOutcome {
  status: OutcomeStatus
  /** The title's icon: ❌ the step fails, ⚠️ it passes with warnings, ✅ it passes. */
  icon: string
  /** The findings that fail the step (empty unless `status` is `fail`). */
  failures: Finding[]
  /** The findings that are reported but do not fail it. */
  warnings: Finding[]
}

export const OUTCOME_ICON: Record<OutcomeStatus, string> = { fail: '❌', warn: '⚠️', pass: '✅' }

/**
 * Collects the findings of a verdict (budget results, unmatched rules, unreadable files, nothing
 * found) plus `extra` findings of other checks, and decides the outcome under the policy.
 */
export function decideOutcome(verdict: BudgetVerdict, policy: OutcomePolicy = DEFAULT_POLICY, extra: readonly Finding[] = []): StepOutcome {
  const findings = [...verdictFindings(verdict, policy), ...extra]
  const failures: Finding[] = []
  const warnings: Finding[] = []
  for (const finding of findings) {
    const fails = finding.severity === 'error' && (finding.kind === 'nothing-found' || policy.failOn !== 'never')
    ;(fails ? failures : warnings).push(finding)
  }
  const status: OutcomeStatus = failures.length > 0 ? 'fail' : warnings.length > 0 ? 'warn' : 'pass'
  return { status, icon: OUTCOME_ICON[status], failures, warnings }
}

function verdictFindings(verdict: BudgetVerdict, policy: OutcomePolicy): Finding[] {
  const findings: Finding[] = []
  for (const result of verdict.results) {
    if (result.status === 'fail') findings.push({ kind: 'over-budget', severity: 'error', message: result.message, checkpointId: result.checkpointId })
    if (result.status === 'warn') findings.push({ kind: 'soft-limit', severity: 'warning', message: result.message, checkpointId: result.checkpointId })
  }
  const head = verdict.diff.head
  const nothingFound = head.checkpoints.length === 0 && head.errors.length === 0
  for (const rule of verdict.unmatchedRules) {
    // A rule without a glob matches every checkpoint: it matches none only when none was read,
    // which the unreadable or nothing-found findings say already.
    if (rule.glob === undefined) continue
    const origin = rule.where ?? `${rule.source} line ${rule.line}`
    const source = origin.charAt(0).toUpperCase() + origin.slice(1)
    findings.push({ kind: 'unmatched-rule', severity: 'warning', message: `${source} ("${rule.text}") matches no checkpoint; check its glob.` })
  }
  for (const error of head.errors) findings.push({ kind: 'unreadable', severity: 'error', message: error.message, checkpointId: error.path })
  if (nothingFound && policy.ifNoCheckpoints !== 'ignore') {
    findings.push({ kind: 'nothing-found', severity: policy.ifNoCheckpoints === 'error' ? 'error' : 'warning', message: nothingFoundMessage(policy.searched) })
  }
  return findings
}

/** "No checkpoint found for path: a/**, b/*.pt." naming what was searched. */
export function nothingFoundMessage(searched: readonly string[] | undefined): string {
  const included = (searched ?? []).filter((pattern) => !pattern.startsWith('!'))
  const what = included.length > 0 ? ` matching ${included.map((pattern) => `'${pattern}'`).join(', ')}` : ''
  return `No checkpoint found${what}: check the paths, or that the step that writes the checkpoints ran before this one.`
}
