import * as core from '@actions/core'
import * as github from '@actions/github'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, dirname, join, resolve } from 'node:path'
import { evaluateBudgets, needsDtypes, needsDuplicates } from '../core/budgets.js'
import { diffReports } from '../core/diff.js'
import { ConfigError } from '../core/errors.js'
import { historyEntry, type HistoryEntry } from '../core/history.js'
import { changedBeyondFloor } from '../core/noise-floor.js'
import { decideOutcome } from '../core/outcome.js'
import { EVERY_TENSOR, keepTopTensors } from '../core/top-tensors.js'
import type { Report } from '../core/types.js'
import type { MeasureOptions } from '../pipeline/measure.js'
import { renderHtml } from '../report/html/render.js'
import { GITHUB_COMMENT_MAX_LENGTH, renderMarkdown, renderSummary } from '../report/markdown.js'
import { artifactUrl, type ArtifactStore } from './artifacts.js'
import { commentDigest, digestLine } from './comment.js'
import { Inputs, Outputs, reportArtifactName } from './constants.js'
import { historyOfRun, type HistoryMoment } from './history-artifact.js'
import type { ActionInputs } from './inputs.js'
import type { ModeContext } from './main.js'
import { failureReasons, logUntrusted, nothingFoundNotice, publishComment, runUrl, writeSummary } from './publish.js'
import { bundleStem, reportJson, writeBundle, type PullRequestStamp, type ReportBundle } from './report-bundle.js'
import { resolveBaseline, type BaseRef } from './resolve-baseline.js'
import { readSinceReports } from './since.js'
import { headPatterns, measureWorkspace, namedPaths, remoteOptions } from './workspace-head.js'

/** The fix for a drift rule whose ref is not in the checkout. */
const FETCH_TAGS = 'Fetch the tags: actions/checkout with fetch-depth: 0 (or fetch-tags: true).'

/** Largest tensors kept per checkpoint for the comment's details and the summary. */
const TOP_TENSORS = 10

/** The events whose payload has a pull request to comment on and a base to compare with. */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target'])

/**
 * `measure` (and `report`): measure the workspace, write the report, compare with the baseline,
 * evaluate the budgets, upload the report artifact when asked, publish. `report` is the half of
 * the fork pattern that runs the fork's code: it uploads the report, the rendered comment and
 * the PR stamp, and never writes to the PR.
 */
export async function runMeasure(inputs: ActionInputs, context: ModeContext): Promise<string[]> {
  const workspace = resolve(process.env.GITHUB_WORKSPACE ?? process.cwd())
  const { eventName, payload } = github.context
  const pullRequest = PULL_REQUEST_EVENTS.has(eventName) ? (payload.pull_request as PullRequestPayload | undefined) : undefined
  const upload = inputs.uploadReport || inputs.mode === 'report'

  // Under the default globs, a file that only looks like a checkpoint by name is skipped, here and at the base.
  // The HTML report draws every tensor; the report file and the comment keep the largest few.
  const searchOptions: MeasureOptions = { top: upload ? EVERY_TENSOR : TOP_TENSORS, ...(inputs.pathIsDefault ? { foundBySearch: () => true } : {}) }
  // The base is read while the head is measured: git answers from its own process, and the API
  // over the network (bench/README.md, action at scale). Awaited below; a failure is not lost.
  const baselineRead = resolveBaseline({
    workspace,
    input: inputs.baseline,
    patterns: inputs.pathPatterns,
    reportPath: inputs.reportPath,
    base: baseRef(eventName, payload, pullRequest),
    api: context.api,
    artifactName: reportArtifactName(inputs.commentKey),
    measure: searchOptions,
    remote: remoteOptions(inputs),
    log: (message) => logUntrusted(message)
  })
  baselineRead.catch(() => {})
  const head = await measureWorkspace(
    workspace,
    headPatterns(inputs),
    {
      ...searchOptions,
      named: namedPaths(inputs.pathPatterns),
      dtypes: needsDtypes(inputs.budgetRules),
      duplicates: needsDuplicates(inputs.budgetRules)
    },
    inputs
  )
  const reportFile = await writeReport(workspace, inputs.reportPath, head)
  core.setOutput(Outputs.Report, reportFile)
  core.setOutput(Outputs.TotalBytes, String(head.total.bytes.total))

  const baseline = await baselineRead

  // Drift rules (`total: +10% since v1.4.0`) compare with the checkpoints git tracks at their ref.
  const { since, findings: unchecked } = await readSinceReports(workspace, inputs.budgetRules, inputs, FETCH_TAGS)
  const verdict = evaluateBudgets(diffReports(baseline.report, head), inputs.budgetRules, { since })
  core.setOutput(Outputs.OverBudget, String(verdict.status === 'fail'))
  // The one decision: what fails the step is what the comment's title says.
  const outcome = decideOutcome(verdict, { failOn: inputs.failOn, ifNoCheckpoints: inputs.ifNoCheckpoints, searched: inputs.pathPatterns }, unchecked)
  for (const finding of outcome.warnings) core.warning(finding.message)

  const history = inputs.history ? await sizeHistory(context, inputs.token, historyMoment(eventName, payload, head, pullRequest)) : undefined

  const summaryUrl = runUrl()
  const digest = commentDigest(verdict, inputs.minChange)
  const render = (htmlReportUrl?: string): string =>
    renderMarkdown(verdict, {
      outcome,
      minChange: inputs.minChange,
      commentKey: inputs.commentKey,
      baseline: baseline.origin,
      summaryUrl,
      topTensors: TOP_TENSORS,
      ...(htmlReportUrl ? { htmlReportUrl } : {}),
      ...(history ? { history } : {}),
      // Room for the digest line that upsertComment appends.
      maxLength: GITHUB_COMMENT_MAX_LENGTH - digestLine(digest).length - 1
    })

  let htmlReportUrl: string | undefined
  if (upload) {
    const stamp = inputs.mode === 'report' ? pullRequestStamp(pullRequest) : undefined
    const uploaded = await uploadReport(
      context.artifacts,
      reportFile,
      inputs,
      { head, ...(baseline.report ? { base: baseline.report } : {}), baseline: baseline.origin, ...(stamp ? { pullRequest: stamp } : {}) },
      inputs.mode === 'report' ? render() : undefined
    )
    htmlReportUrl = uploaded?.url
    if (!uploaded && inputs.mode === 'report') return ['The report artifact could not be uploaded; the comment workflow has nothing to post.']
  }
  keepTopTensors(head, TOP_TENSORS)
  keepTopTensors(baseline.report, TOP_TENSORS)

  const markdown = render(htmlReportUrl)
  core.setOutput(Outputs.Markdown, markdown)
  const summaryOptions = { outcome, minChange: inputs.minChange, commentKey: inputs.commentKey, baseline: baseline.origin, summaryUrl, topTensors: TOP_TENSORS }
  // renderSummary stays under the runner's 1 MiB limit for a step summary by itself.
  await writeSummary(renderSummary(verdict, { ...summaryOptions, ...(htmlReportUrl ? { htmlReportUrl } : {}) }))

  let commentId: number | undefined
  if (inputs.mode === 'report') {
    core.info("mode: report writes nothing to the PR: the 'comment' workflow (on: workflow_run) posts the uploaded report.")
  } else if (!pullRequest) {
    if (inputs.comment !== 'false') core.info(`No PR comment on a '${eventName}' event; the job summary has the report.`)
  } else if (inputs.comment !== 'false') {
    // A change under the noise floor is no news for on-change.
    const changed = verdict.diff.checkpoints.some((checkpoint) => changedBeyondFloor(checkpoint, inputs.minChange))
    commentId = await publishComment(
      context.api,
      { number: pullRequest.number, fork: isFork(pullRequest) },
      {
        markdown,
        digest,
        mode: inputs.comment,
        commentKey: inputs.commentKey,
        worthCreating: outcome.status !== 'pass' || changed || !verdict.diff.base,
        ...(nothingFoundNotice(outcome, summaryUrl) !== undefined ? { notice: nothingFoundNotice(outcome, summaryUrl) } : {}),
        ...(context.pause ? { pause: context.pause } : {})
      }
    )
  }
  core.setOutput(Outputs.CommentId, commentId === undefined ? '' : String(commentId))

  return failureReasons(outcome)
}

/**
 * Writes the HTML report next to the report file, stages the artifact's files in a temporary
 * directory and uploads them as `model-size-report[-KEY]`; sets the artifact outputs. A failed
 * upload is a warning (the report and the summary stand without it); returns undefined then.
 */
async function uploadReport(
  artifacts: ArtifactStore,
  reportFile: string,
  inputs: ActionInputs,
  bundle: ReportBundle,
  commentMarkdown: string | undefined
): Promise<{ id: number; url?: string } | undefined> {
  const name = reportArtifactName(inputs.commentKey)
  const stem = bundleStem(inputs.reportPath)
  const html = renderHtml(bundle.head, bundle.base, inputs.commentKey ? `Model size report (${inputs.commentKey})` : 'Model size report')
  // Beside the report file, named like it (string arithmetic: ncc rewrites some path.resolve calls).
  const htmlFile = reportFile.slice(0, reportFile.length - basename(reportFile).length) + `${stem}.html`
  await writeFile(htmlFile, html)
  const staging = await mkdtemp(join(process.env.RUNNER_TEMP || tmpdir(), 'model-size-artifact-'))
  try {
    const files = await writeBundle(staging, stem, bundle, TOP_TENSORS, {
      '.html': html,
      ...(commentMarkdown === undefined ? {} : { '.comment.md': commentMarkdown })
    })
    const id = await artifacts.upload(name, files, staging)
    const url = artifactUrl(id)
    core.info(`Uploaded the report artifact "${name}" (id ${id})${url ? `: ${url}` : ''}.`)
    core.setOutput(Outputs.ReportArtifactId, String(id))
    core.setOutput(Outputs.ReportArtifactUrl, url ?? '')
    return { id, ...(url ? { url } : {}) }
  } catch (error) {
    core.warning(
      `Could not upload the report artifact "${name}" (${error instanceof Error ? error.message : String(error)}). The job summary has the full report.`
    )
    return undefined
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}

/** The `mode: report` stamp: which run, PR and head commit the artifact was made for. */
function pullRequestStamp(pullRequest: PullRequestPayload | undefined): PullRequestStamp {
  const runId = Number(process.env.GITHUB_RUN_ID)
  if (!pullRequest || !pullRequest.head?.sha || !Number.isSafeInteger(runId)) {
    throw new ConfigError(
      `Input '${Inputs.Mode}' is 'report', which runs on a pull_request event (this is '${github.context.eventName}'); use mode: measure elsewhere.`
    )
  }
  const { owner, repo } = github.context.repo
  return { number: pullRequest.number, headSha: pullRequest.head.sha, runId, repository: `${owner}/${repo}` }
}

function isFork(pullRequest: PullRequestPayload): boolean {
  const head = pullRequest.head?.repo?.full_name
  return head !== undefined && head !== pullRequest.base?.repo?.full_name
}

/** Writes the report JSON (schema 1, also a valid baseline) and returns its absolute path. */
async function writeReport(workspace: string, reportPath: string, report: Report): Promise<string> {
  const file = resolve(workspace, reportPath)
  try {
    await mkdir(dirname(file), { recursive: true })
    // Measured with every tensor for the HTML report, the file keeps the largest few.
    await writeFile(file, reportJson(report, TOP_TENSORS))
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new ConfigError(`Input '${Inputs.ReportPath}' is '${reportPath}', where the report cannot be written (${reason}); give a file path in the workspace.`)
  }
  return file
}

interface PullRequestPayload {
  number: number
  base?: { sha?: string; ref?: string; repo?: { full_name?: string } }
  head?: { sha?: string; repo?: { full_name?: string } | null }
}

/** A push to the default branch appends this run's sizes to the history; a PR charts its base branch's. */
function historyMoment(eventName: string, payload: typeof github.context.payload, head: Report, pullRequest?: PullRequestPayload): HistoryMoment | undefined {
  if (pullRequest) return pullRequest.base?.ref ? { kind: 'pull-request', branch: pullRequest.base.ref } : undefined
  const defaultBranch = (payload.repository as { default_branch?: string } | undefined)?.default_branch
  if (eventName !== 'push' || !defaultBranch || payload.ref !== `refs/heads/${defaultBranch}`) return undefined
  // The pushed commit: the payload's `after` (GITHUB_SHA names the same commit on a push).
  const commit = typeof payload.after === 'string' && /^[0-9a-f]{40}$/.test(payload.after) ? payload.after : github.context.sha
  if (!/^[0-9a-f]{40}$/.test(commit ?? '')) return undefined
  const date = (payload.head_commit as { timestamp?: string } | undefined)?.timestamp ?? new Date().toISOString()
  return { kind: 'push', branch: defaultBranch, entry: historyEntry(head, commit, date) }
}

/** The history for this run's comment, through the artifacts and the API (which needs a token). */
async function sizeHistory(context: ModeContext, token: string, moment: HistoryMoment | undefined): Promise<HistoryEntry[] | undefined> {
  if (!moment) return undefined
  if (!context.api) {
    core.warning("Input 'history' needs 'github-token' to read the previous run's history; no trend charts.")
    return undefined
  }
  const port = { artifacts: context.artifacts, api: context.api, repository: github.context.repo, token }
  return historyOfRun(port, moment, (message) => core.warning(message))
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
