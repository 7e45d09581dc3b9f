import * as core from '@actions/core'
import * as github from '@actions/github'
import { randomUUID } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, posix, resolve } from 'node:path'
import { resolveBaseline, splitBaselinePath, type BaseRef } from '../baseline/resolve.js'
import { evaluateBudgets, failureMessages, type BudgetVerdict } from '../core/budgets.js'
import { diffReports } from '../core/diff.js'
import { ConfigError } from '../core/errors.js'
import type { Report } from '../core/types.js'
import { findFiles } from '../io/find-files.js'
import { measure, skippedPathErrors, type MeasureOptions } from '../pipeline/measure.js'
import { GITHUB_COMMENT_MAX_LENGTH, commentMarker, renderMarkdown, renderSummary, type BaselineOrigin } from '../report/markdown.js'
import { renderText } from '../report/text.js'
import { commentDigest, digestLine, upsertComment } from './comment.js'
import { Inputs, Outputs, REPORT_ARTIFACT_NAME } from './constants.js'
import { describeRequestError, OctokitGitHubApi, type GitHubApi } from './github.js'
import { readInputs, type ActionInputs } from './inputs.js'
import { WorkspaceFiles } from './workspace-files.js'

/** Largest tensors kept per checkpoint for the comment's details and the summary. */
const TOP_TENSORS = 10

/** The events whose payload has a pull request to comment on and a base to compare with. */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target'])

/**
 * The action: find the checkpoints, measure them, write the report, compare with the baseline,
 * evaluate the budgets, publish (job summary always; PR comment when asked and possible), set the
 * outputs. The step fails only for an exceeded hard limit (`fail-on: budget`), a checkpoint that
 * cannot be analysed (`fail-on: budget`), or bad configuration; a comment that cannot be posted
 * is a warning.
 */
export async function run(): Promise<void> {
  try {
    const inputs = readInputs()
    const failures = await runAction(inputs)
    if (failures.length > 0) core.setFailed(failures.join('\n'))
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error))
  }
}

/** Runs the action on validated inputs; returns the reasons to fail the step (empty: pass). */
async function runAction(inputs: ActionInputs): Promise<string[]> {
  const workspace = resolve(process.env.GITHUB_WORKSPACE ?? process.cwd())
  const { eventName, payload } = github.context
  const pullRequest = PULL_REQUEST_EVENTS.has(eventName) ? (payload.pull_request as PullRequestPayload | undefined) : undefined

  // Under the default globs, a file that only looks like a checkpoint by name is skipped, here and at the base.
  const measureOptions: MeasureOptions = { top: TOP_TENSORS, ...(inputs.pathIsDefault ? { foundBySearch: () => true } : {}) }
  const head = await measureWorkspace(workspace, headPatterns(inputs), measureOptions)
  const reportFile = await writeReport(workspace, inputs.reportPath, head)
  core.setOutput(Outputs.Report, reportFile)
  core.setOutput(Outputs.TotalBytes, String(head.total.bytes.total))

  const api: GitHubApi | undefined = inputs.token ? new OctokitGitHubApi(inputs.token, github.context.repo) : undefined
  const baseline = await resolveBaseline({
    workspace,
    input: inputs.baseline,
    patterns: inputs.pathPatterns,
    reportPath: inputs.reportPath,
    base: baseRef(eventName, payload, pullRequest),
    api,
    artifactName: inputs.commentKey ? `${REPORT_ARTIFACT_NAME}-${inputs.commentKey}` : REPORT_ARTIFACT_NAME,
    measure: measureOptions,
    log: (message) => logUntrusted(message)
  })

  const verdict = evaluateBudgets(diffReports(baseline.report, head), inputs.budgetRules)
  core.setOutput(Outputs.OverBudget, String(verdict.status === 'fail'))
  for (const result of verdict.results) if (result.status === 'warn') core.warning(result.message)
  for (const rule of verdict.unmatchedRules) {
    // A rule without a glob matches every checkpoint: it matches none only when none was measured.
    const hint = rule.glob === undefined ? 'no checkpoint was measured' : 'check its glob'
    core.warning(`Budget line ${rule.line} ("${rule.text}") matches no checkpoint; ${hint}.`)
  }

  const summaryUrl = runUrl()
  const digest = commentDigest(verdict)
  const markdown = renderMarkdown(verdict, {
    commentKey: inputs.commentKey,
    baseline: baseline.origin,
    summaryUrl,
    topTensors: TOP_TENSORS,
    // Room for the digest line that upsertComment appends.
    maxLength: GITHUB_COMMENT_MAX_LENGTH - digestLine(digest).length - 1
  })
  core.setOutput(Outputs.Markdown, markdown)
  await writeSummary(verdict, baseline.origin, summaryUrl)

  if (!pullRequest && inputs.comment !== 'false') core.info(`No PR comment on a '${eventName}' event; the job summary has the report.`)
  const commentId = pullRequest ? await publishComment(inputs, api, pullRequest, markdown, digest, verdict) : undefined
  core.setOutput(Outputs.CommentId, commentId === undefined ? '' : String(commentId))

  return failureReasons(inputs, verdict, head)
}

/**
 * The `path` globs for the head. A `baseline: PATH` inside the workspace (a checkout of the base in
 * `base/`) is excluded: its checkpoints are the baseline, and the default `**` globs would
 * otherwise count them as added head checkpoints too.
 */
function headPatterns(inputs: ActionInputs): string[] {
  if (inputs.baseline.kind !== 'path') return inputs.pathPatterns
  const root = posix.normalize(splitBaselinePath(inputs.baseline.path.replace(/\\/g, '/')).root).replace(/\/+$/, '')
  // A root that is the workspace itself or outside it excludes nothing (resolveBaseline rejects the latter).
  if (root === '.' || root === '' || root === '..' || root.startsWith('../') || posix.isAbsolute(root)) return inputs.pathPatterns
  return [...inputs.pathPatterns, `!${root}`]
}

/** The head: the checkpoints the globs find in the workspace; paths not read are report errors. */
async function measureWorkspace(workspace: string, patterns: readonly string[], options: MeasureOptions): Promise<Report> {
  const found = await findFiles(workspace, patterns)
  const head = await measure(found.files, new WorkspaceFiles(workspace), options)
  head.errors.push(...skippedPathErrors(found.skipped))
  head.errors.sort((a, b) => a.path.localeCompare(b.path))
  if (head.checkpoints.length === 0 && head.errors.length === 0) {
    core.warning(`No checkpoint found in the workspace for input '${Inputs.Path}':\n${patterns.join('\n')}`)
  }
  logUntrusted(renderText(head))
  return head
}

/** Writes the report JSON (schema 1, also a valid baseline) and returns its absolute path. */
async function writeReport(workspace: string, reportPath: string, report: Report): Promise<string> {
  const file = resolve(workspace, reportPath)
  try {
    await mkdir(dirname(file), { recursive: true })
    await writeFile(file, JSON.stringify(report, null, 2) + '\n')
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new ConfigError(`Input '${Inputs.ReportPath}' is '${reportPath}', where the report cannot be written (${reason}); give a file path in the workspace.`)
  }
  return file
}

interface PullRequestPayload {
  number: number
  base?: { sha?: string; ref?: string; repo?: { full_name?: string } }
  head?: { repo?: { full_name?: string } | null }
}

/** The base to compare with: the PR's base commit and branch, or for a push the commit before it. */
function baseRef(eventName: string, payload: typeof github.context.payload, pullRequest?: PullRequestPayload): BaseRef | undefined {
  if (pullRequest) return { commit: pullRequest.base?.sha, branch: pullRequest.base?.ref, label: 'base commit' }
  if (eventName === 'push') {
    const before = typeof payload.before === 'string' && !/^0+$/.test(payload.before) ? payload.before : undefined
    const ref = typeof payload.ref === 'string' && payload.ref.startsWith('refs/heads/') ? payload.ref.slice('refs/heads/'.length) : undefined
    return { commit: before, branch: ref, label: 'previous commit' }
  }
  return undefined
}

/** The job summary gets the whole report on every event; a runner without one is only a warning. */
async function writeSummary(verdict: BudgetVerdict, baseline: BaselineOrigin, summaryUrl?: string): Promise<void> {
  // renderSummary stays under the runner's 1 MiB limit for a step summary by itself.
  const summary = renderSummary(verdict, { baseline, summaryUrl, topTensors: TOP_TENSORS })
  try {
    await core.summary.addRaw(summary).write()
  } catch (error) {
    core.warning(`Could not write the job summary: ${error instanceof Error ? error.message : String(error)}`)
  }
}

/** Creates or updates the sticky comment; any failure is a warning and never changes the verdict. */
async function publishComment(
  inputs: ActionInputs,
  api: GitHubApi | undefined,
  pullRequest: PullRequestPayload,
  markdown: string,
  digest: string,
  verdict: BudgetVerdict
): Promise<number | undefined> {
  if (inputs.comment === 'false') return undefined
  if (!api) {
    core.warning("No PR comment: input 'github-token' is empty. The job summary has the full report.")
    return undefined
  }
  const worthCreating = verdict.status !== 'pass' || verdict.diff.changed || !verdict.diff.base || verdict.diff.head.errors.length > 0
  try {
    const outcome = await upsertComment(api, pullRequest.number, markdown, {
      marker: commentMarker(inputs.commentKey),
      digest,
      mode: inputs.comment === 'on-change' ? 'on-change' : 'always',
      worthCreating
    })
    if (outcome.action === 'skipped') {
      core.info(`PR comment skipped: ${outcome.reason}.`)
      return undefined
    }
    core.info(`PR comment ${outcome.action}: ${outcome.comment.html_url ?? outcome.comment.id}`)
    return outcome.comment.id
  } catch (error) {
    const fork = pullRequest.head?.repo?.full_name && pullRequest.head.repo.full_name !== pullRequest.base?.repo?.full_name
    const hint = fork
      ? ' Pull requests from forks get a read-only token: see the README for the workflow_run pattern.'
      : " Grant 'pull-requests: write' to the job's token to allow it."
    core.warning(`Could not post the PR comment (${describeRequestError(error)}).${hint} The job summary has the full report.`)
    return undefined
  }
}

function failureReasons(inputs: ActionInputs, verdict: BudgetVerdict, head: Report): string[] {
  const reasons: string[] = []
  const overBudget = failureMessages(verdict)
  // A checkpoint that cannot be read is not "within budget": with fail-on: budget it fails the
  // step with its own message (an LFS pointer says to check out with `lfs: true`).
  const unreadable = head.errors.map((error) => error.message)
  if (inputs.failOn === 'never') {
    for (const message of [...overBudget, ...unreadable]) core.warning(message)
    return reasons
  }
  if (overBudget.length > 0) reasons.push(`Over budget:\n${overBudget.map((message) => `  ${message}`).join('\n')}`)
  if (unreadable.length > 0) {
    const count = unreadable.length === 1 ? '1 file' : `${unreadable.length} files`
    reasons.push(`${count} could not be analysed:\n${unreadable.map((message) => `  ${message}`).join('\n')}`)
  }
  return reasons
}

/** The run's page, where the job summary is. */
function runUrl(): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: runId } = process.env
  if (!server || !repository || !runId || !/^https?:\/\//.test(server)) return undefined
  return `${server}/${repository}/actions/runs/${runId}`
}

/**
 * Logs text that contains names from checkpoints and file paths. A tensor or file name can hold a
 * newline followed by `::error::` or `::add-mask::`, which the runner would execute as a workflow
 * command; between `::stop-commands::TOKEN` and `::TOKEN::` it reads them as plain text.
 * (core.warning/error/setFailed escape their message themselves.)
 */
function logUntrusted(text: string): void {
  const token = randomUUID()
  core.info(`::stop-commands::${token}`)
  core.info(text)
  core.info(`::${token}::`)
}
