import * as core from '@actions/core'
import * as github from '@actions/github'
import { randomUUID } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, posix, resolve } from 'node:path'
import { resolveBaseline, splitBaselinePath, type BaseRef } from '../baseline/resolve.js'
import { evaluateBudgets, needsDtypes, type BudgetVerdict } from '../core/budgets.js'
import { diffReports } from '../core/diff.js'
import { ConfigError } from '../core/errors.js'
import { changedBeyondFloor } from '../core/noise-floor.js'
import { decideOutcome, type Finding, type StepOutcome } from '../core/outcome.js'
import type { Report } from '../core/types.js'
import type { CheckpointFiles } from '../io/checkpoint-files.js'
import { findFiles } from '../io/find-files.js'
import { isRemotePath } from '../io/remote/remote-path.js'
import { measure, skippedPathErrors, type MeasureOptions } from '../pipeline/measure.js'
import { GITHUB_COMMENT_MAX_LENGTH, commentMarker, renderMarkdown, renderSummary, type SummaryOptions } from '../report/markdown.js'
import { escapeMarkdown } from '../report/escape.js'
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
export async function run(options: RunOptions = {}): Promise<void> {
  try {
    const inputs = readInputs()
    const failures = await runAction(inputs, options)
    if (failures.length > 0) core.setFailed(failures.join('\n'))
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error))
  }
}

export interface RunOptions {
  /** The wait before looking again for a comment another run may be creating (tests: none). */
  pause?: (milliseconds: number) => Promise<void>
}

/** Runs the action on validated inputs; returns the reasons to fail the step (empty: pass). */
async function runAction(inputs: ActionInputs, options: RunOptions): Promise<string[]> {
  const workspace = resolve(process.env.GITHUB_WORKSPACE ?? process.cwd())
  const { eventName, payload } = github.context
  const pullRequest = PULL_REQUEST_EVENTS.has(eventName) ? (payload.pull_request as PullRequestPayload | undefined) : undefined

  // Under the default globs, a file that only looks like a checkpoint by name is skipped, here and at the base.
  const searchOptions: MeasureOptions = { top: TOP_TENSORS, ...(inputs.pathIsDefault ? { foundBySearch: () => true } : {}) }
  const head = await measureWorkspace(workspace, headPatterns(inputs), {
    ...searchOptions,
    named: namedPaths(inputs.pathPatterns),
    dtypes: needsDtypes(inputs.budgetRules)
  }, inputs)
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
    measure: searchOptions,
    remote: remoteOptions(inputs),
    log: (message) => logUntrusted(message)
  })

  const verdict = evaluateBudgets(diffReports(baseline.report, head), inputs.budgetRules)
  core.setOutput(Outputs.OverBudget, String(verdict.status === 'fail'))
  // The one decision: what fails the step is what the comment's title says.
  const outcome = decideOutcome(verdict, { failOn: inputs.failOn, ifNoCheckpoints: inputs.ifNoCheckpoints, searched: inputs.pathPatterns })
  for (const finding of outcome.warnings) core.warning(finding.message)

  const summaryUrl = runUrl()
  const digest = commentDigest(verdict, inputs.minChange)
  const markdown = renderMarkdown(verdict, {
    outcome,
    minChange: inputs.minChange,
    commentKey: inputs.commentKey,
    baseline: baseline.origin,
    summaryUrl,
    topTensors: TOP_TENSORS,
    // Room for the digest line that upsertComment appends.
    maxLength: GITHUB_COMMENT_MAX_LENGTH - digestLine(digest).length - 1
  })
  core.setOutput(Outputs.Markdown, markdown)
  await writeSummary(verdict, { outcome, minChange: inputs.minChange, commentKey: inputs.commentKey, baseline: baseline.origin, summaryUrl })

  if (!pullRequest && inputs.comment !== 'false') core.info(`No PR comment on a '${eventName}' event; the job summary has the report.`)
  const comment = { markdown, digest, notice: nothingFoundNotice(outcome, summaryUrl), pause: options.pause }
  const commentId = pullRequest ? await publishComment(inputs, api, pullRequest, comment, verdict, outcome) : undefined
  core.setOutput(Outputs.CommentId, commentId === undefined ? '' : String(commentId))

  return failureReasons(outcome)
}

/**
 * The `path` globs for the head. A `baseline: PATH` inside the workspace (a checkout of the base in
 * `base/`) is excluded: its checkpoints are the baseline, and the default `**` globs would
 * otherwise count them as added head checkpoints too.
 */
function headPatterns(inputs: ActionInputs): string[] {
  if (inputs.baseline.kind !== 'path' || isRemotePath(inputs.baseline.path)) return inputs.pathPatterns
  const root = posix.normalize(splitBaselinePath(inputs.baseline.path.replace(/\\/g, '/')).root).replace(/\/+$/, '')
  // A root that is the workspace itself or outside it excludes nothing (resolveBaseline rejects the latter).
  if (root === '.' || root === '' || root === '..' || root.startsWith('../') || posix.isAbsolute(root)) return inputs.pathPatterns
  return [...inputs.pathPatterns, `!${root}`]
}

/**
 * The `path` lines without wildcards, as the paths they name: a file named there is read whatever
 * its name (a TF checkpoint called `export`, a `.pb`), and is an error if no reader claims it.
 */
function namedPaths(patterns: readonly string[]): string[] {
  return patterns
    .filter((pattern) => !pattern.startsWith('!') && !/[*?[\]{}]/.test(pattern))
    .map((pattern) => posix.normalize(pattern.replace(/\\/g, '/')).replace(/^(\.\/)+/, ''))
}

/** The head: the checkpoints the globs find in the workspace; paths not read are report errors. */
async function measureWorkspace(workspace: string, patterns: readonly string[], options: MeasureOptions, inputs: ActionInputs): Promise<Report> {
  const remotePaths = patterns.filter(isRemotePath)
  const found = await findFiles(workspace, patterns.filter((pattern) => !isRemotePath(pattern)))
  let files: CheckpointFiles = new WorkspaceFiles(workspace)
  let paths = found.files
  let transfer: (() => Report['transfer']) | undefined
  if (remotePaths.length > 0 || inputs.lfs === 'ranges') {
    // Remote `path` lines and LFS objects: the remote modules load only when one is asked for.
    const { withRemote } = await import('../io/remote/attach.js')
    const remote = await withRemote({ files: paths, named: [], checkpointFiles: files }, remotePaths, { ...remoteOptions(inputs), cwd: workspace })
    files = remote.checkpointFiles
    transfer = remote.transfer
    paths = remote.files
    options = { ...options, named: [...(options.named ?? []), ...remote.named] }
  }
  const head = await measure(paths, files, options)
  if (transfer) head.transfer = transfer()
  head.errors.push(...skippedPathErrors(found.skipped))
  head.errors.sort((a, b) => a.path.localeCompare(b.path))
  logUntrusted(renderText(head))
  return head
}

function remoteOptions(inputs: ActionInputs): { lfs: 'error' | 'ranges'; allowDownload: boolean; token: string } {
  return { lfs: inputs.lfs, allowDownload: inputs.allowDownload, token: inputs.token }
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
async function writeSummary(verdict: BudgetVerdict, options: SummaryOptions): Promise<void> {
  // renderSummary stays under the runner's 1 MiB limit for a step summary by itself.
  const summary = renderSummary(verdict, { ...options, topTensors: TOP_TENSORS })
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
  comment: { markdown: string; digest: string; notice?: string; pause?: RunOptions['pause'] },
  verdict: BudgetVerdict,
  outcome: StepOutcome
): Promise<number | undefined> {
  if (inputs.comment === 'false') return undefined
  if (!api) {
    core.warning("No PR comment: input 'github-token' is empty. The job summary has the full report.")
    return undefined
  }
  // A change under the noise floor is no news for on-change.
  const changed = verdict.diff.checkpoints.some((checkpoint) => changedBeyondFloor(checkpoint, inputs.minChange))
  const worthCreating = outcome.status !== 'pass' || changed || !verdict.diff.base
  try {
    const upserted = await upsertComment(api, pullRequest.number, comment.markdown, {
      marker: commentMarker(inputs.commentKey),
      digest: comment.digest,
      mode: inputs.comment === 'on-change' ? 'on-change' : 'always',
      worthCreating,
      ...(comment.notice === undefined ? {} : { notice: comment.notice }),
      ...(comment.pause ? { pause: comment.pause } : {})
    })
    if (upserted.action === 'skipped') {
      core.info(`PR comment skipped: ${upserted.reason}.`)
      return undefined
    }
    if (upserted.deleted.length > 0) core.info(`Deleted ${upserted.deleted.length} duplicate PR comment(s) left by an overlapping run: ${upserted.deleted.join(', ')}.`)
    // comment-id names a comment this run wrote; an unchanged one was not written.
    if (upserted.action === 'unchanged') {
      core.info(`PR comment unchanged: ${upserted.comment.html_url ?? upserted.comment.id}`)
      return undefined
    }
    core.info(`PR comment ${upserted.action}: ${upserted.comment.html_url ?? upserted.comment.id}`)
    return upserted.comment.id
  } catch (error) {
    const fork = pullRequest.head?.repo?.full_name && pullRequest.head.repo.full_name !== pullRequest.base?.repo?.full_name
    const hint = fork
      ? ' Pull requests from forks get a read-only token: see the README for the workflow_run pattern.'
      : " Grant 'pull-requests: write' to the job's token to allow it."
    core.warning(`Could not post the PR comment (${describeRequestError(error)}).${hint} The job summary has the full report.`)
    return undefined
  }
}

/**
 * When nothing was found and that fails the step, an existing comment keeps its numbers (the last
 * ones known) under this notice rather than being overwritten with "0 B in 0 checkpoints".
 */
function nothingFoundNotice(outcome: StepOutcome, summaryUrl: string | undefined): string | undefined {
  const finding = outcome.failures.find((candidate) => candidate.kind === 'nothing-found')
  if (!finding) return undefined
  const run = summaryUrl ? `[The latest run](${summaryUrl})` : 'The latest run'
  return `> [!CAUTION]\n> ❌ ${run} measured nothing: ${escapeMarkdown(finding.message)} The figures below are from an earlier run.`
}

/** The failing findings grouped by kind, each group headed by what it is, for `core.setFailed`. */
function failureReasons(outcome: StepOutcome): string[] {
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
  'dangerous-pickle': 'Dangerous pickles'
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
