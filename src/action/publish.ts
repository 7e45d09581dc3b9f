import * as core from '@actions/core'
import { randomUUID } from 'node:crypto'
import type { Finding, StepOutcome } from '../core/outcome.js'
import { escapeMarkdown } from '../report/escape.js'
import { commentMarker } from '../report/markdown.js'
import { upsertComment } from './comment.js'
import type { CommentMode } from './constants.js'
import { describeRequestError, type GitHubApi } from './github.js'

/*
 * What every mode does at its end: the job summary, the sticky comment, the reasons to fail the
 * step, and logging of text that holds names from checkpoints.
 */

/** The job summary gets the whole report on every event; a runner without one is only a warning. */
export async function writeSummary(markdown: string): Promise<void> {
  try {
    await core.summary.addRaw(markdown).write()
  } catch (error) {
    core.warning(`Could not write the job summary: ${error instanceof Error ? error.message : String(error)}`)
  }
}

export interface CommentPlan {
  markdown: string
  digest: string
  /** `comment` input: `true` and `on-change` post; `false` never reaches here. */
  mode: CommentMode
  commentKey: string
  /** For `on-change`: whether there is news enough to create a comment. */
  worthCreating: boolean
  notice?: string
  pause?: (milliseconds: number) => Promise<void>
}

/** The PR to comment on; `fork` picks the hint when the comment is refused. */
export interface CommentTarget {
  number: number
  fork: boolean
}

/** Creates or updates the sticky comment; any failure is a warning and never changes the verdict. Returns the id written. */
export async function publishComment(api: GitHubApi | undefined, target: CommentTarget, plan: CommentPlan): Promise<number | undefined> {
  if (!api) {
    core.warning("No PR comment: input 'github-token' is empty. The job summary has the full report.")
    return undefined
  }
  try {
    const upserted = await upsertComment(api, target.number, plan.markdown, {
      marker: commentMarker(plan.commentKey),
      digest: plan.digest,
      mode: plan.mode === 'on-change' ? 'on-change' : 'always',
      worthCreating: plan.worthCreating,
      ...(plan.notice === undefined ? {} : { notice: plan.notice }),
      ...(plan.pause ? { pause: plan.pause } : {})
    })
    if (upserted.action === 'skipped') {
      core.info(`PR comment skipped: ${upserted.reason}.`)
      return undefined
    }
    if (upserted.deleted.length > 0)
      core.info(`Deleted ${upserted.deleted.length} duplicate PR comment(s) left by an overlapping run: ${upserted.deleted.join(', ')}.`)
    // comment-id names a comment this run wrote; an unchanged one was not written.
    if (upserted.action === 'unchanged') {
      core.info(`PR comment unchanged: ${upserted.comment.html_url ?? upserted.comment.id}`)
      return undefined
    }
    core.info(`PR comment ${upserted.action}: ${upserted.comment.html_url ?? upserted.comment.id}`)
    return upserted.comment.id
  } catch (error) {
    const hint = target.fork
      ? " Pull requests from forks get a read-only token: use mode: report and mode: comment (the README's fork workflows)."
      : " Grant 'pull-requests: write' to the job's token to allow it."
    core.warning(`Could not post the PR comment (${describeRequestError(error)}).${hint} The job summary has the full report.`)
    return undefined
  }
}

/**
 * When nothing was found and that fails the step, an existing comment keeps its numbers (the last
 * ones known) under this notice rather than being overwritten with "0 B in 0 checkpoints".
 */
export function nothingFoundNotice(outcome: StepOutcome, summaryUrl: string | undefined): string | undefined {
  const finding = outcome.failures.find((candidate) => candidate.kind === 'nothing-found')
  if (!finding) return undefined
  const run = summaryUrl ? `[The latest run](${summaryUrl})` : 'The latest run'
  return `> [!CAUTION]\n> ❌ ${run} measured nothing: ${escapeMarkdown(finding.message)} The figures below are from an earlier run.`
}

/** The failing findings grouped by kind, each group headed by what it is, for `core.setFailed`. */
export function failureReasons(outcome: StepOutcome): string[] {
  const groups = new Map<Finding['kind'], string[]>()
  for (const finding of outcome.failures) groups.set(finding.kind, [...(groups.get(finding.kind) ?? []), finding.message])
  return [...groups].map(([kind, messages]) => {
    if (kind === 'nothing-found') return messages.join('\n')
    const heading = kind === 'unreadable' ? `${messages.length === 1 ? '1 file' : `${messages.length} files`} could not be analysed` : FAILURE_HEADING[kind]
    return `${heading}:\n${messages.map((message) => `  ${message}`).join('\n')}`
  })
}

const FAILURE_HEADING: Record<Finding['kind'], string> = {
  'over-budget': 'Over budget',
  'soft-limit': 'Soft limits exceeded',
  'unmatched-rule': 'Rules that match no checkpoint',
  unreadable: 'Could not be analysed',
  'nothing-found': 'Nothing found',
  'dangerous-pickle': 'Dangerous pickles',
  'missing-report': 'Reports missing from the merge',
  'unchecked-rule': 'Rules not checked'
}

/** A run's page (the current run's unless given), where its job summary is. */
export function runUrl(runId = process.env.GITHUB_RUN_ID): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository } = process.env
  if (!server || !repository || !runId || !/^https?:\/\//.test(server)) return undefined
  return `${server}/${repository}/actions/runs/${runId}`
}

/**
 * Logs text that contains names from checkpoints and file paths. A tensor or file name can hold a
 * newline followed by `::error::` or `::add-mask::`, which the runner would execute as a workflow
 * command; between `::stop-commands::TOKEN` and `::TOKEN::` it reads them as plain text.
 * (core.warning/error/setFailed escape their message themselves.)
 */
export function logUntrusted(text: string): void {
  const token = randomUUID()
  core.info(`::stop-commands::${token}`)
  core.info(text)
  core.info(`::${token}::`)
}
