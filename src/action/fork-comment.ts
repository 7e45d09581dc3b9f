import * as core from '@actions/core'
import * as github from '@actions/github'
import { resolve } from 'node:path'
import { evaluateBudgets } from '../core/budgets.js'
import { diffReports } from '../core/diff.js'
import { ConfigError } from '../core/errors.js'
import { changedBeyondFloor } from '../core/noise-floor.js'
import { decideOutcome } from '../core/outcome.js'
import { GITHUB_COMMENT_MAX_LENGTH, renderMarkdown, renderSummary } from '../report/markdown.js'
import { artifactUrl } from './artifacts.js'
import { commentDigest, digestLine } from './comment.js'
import { Inputs, Outputs, reportArtifactName } from './constants.js'
import type { ActionInputs } from './inputs.js'
import type { ModeContext } from './main.js'
import { publishComment, writeSummary } from './publish.js'
import { fetchBundle, type PullRequestStamp } from './report-bundle.js'
import { readSinceReports } from './since.js'

/** Largest tensors listed per checkpoint, as in one job's comment. */
const TOP_TENSORS = 10

/** The parts of a `workflow_run` event payload this mode reads. */
interface WorkflowRunPayload {
  id: number
  event: string
  head_sha: string
  html_url?: string
  head_repository?: { full_name?: string } | null
  pull_requests?: { number: number; head?: { sha?: string } }[]
}

/**
 * `mode: comment`, in a workflow triggered `on: workflow_run` by the pull-request workflow that ran
 * `mode: report` on a fork's code. That run had a read-only token; this one has the base
 * repository's token and runs the base branch's workflow, and it never checks out or runs the
 * fork's code: it downloads the triggering run's report artifact, checks that the artifact was
 * made by that run for that head commit and pull request (which it learns from GitHub, not from
 * the artifact), renders the comment itself from the reports (never posting markdown the fork
 * wrote), and creates or updates the sticky comment. The budget is the fork run's check; here it
 * only sets the comment's icon. A drift rule's ref (`since v1.4.0`) is read from the git objects
 * of this job's checkout, when it has one: the base repository's own tags and branches, never the
 * fork's code; without a checkout the rule is a finding that says so.
 */
export async function runForkComment(inputs: ActionInputs, context: ModeContext): Promise<string[]> {
  const { eventName, payload } = github.context
  const run = payload.workflow_run as WorkflowRunPayload | undefined
  if (eventName !== 'workflow_run' || !run) {
    throw new ConfigError(`Input '${Inputs.Mode}' is 'comment', which runs on a workflow_run event (this is '${eventName}'): see the README's fork workflows.`)
  }
  if (run.event !== 'pull_request') {
    core.info(`The triggering run was a '${run.event}' run, not a pull request: no comment.`)
    return []
  }
  if (!inputs.token || !context.api)
    throw new ConfigError(`Input '${Inputs.GitHubToken}' is empty: mode: comment needs the token to read the triggering run's artifact and to comment.`)
  const { owner, repo } = github.context.repo
  const other = { runId: run.id, repository: { owner, repo }, token: inputs.token }

  const name = reportArtifactName(inputs.commentKey)
  const artifact = (await context.artifacts.list(other)).find((candidate) => candidate.name === name)
  if (!artifact) {
    core.warning(`Run ${run.id} has no artifact "${name}" (its mode: report step failed or did not run, or uses another comment-key): no comment.`)
    return []
  }
  const bundle = await fetchBundle(context.artifacts, artifact, other)
  const number = await verifiedPullRequest(bundle.pullRequest, run, `${owner}/${repo}`, context)
  core.info(`Artifact "${name}" of run ${run.id} is the report of pull request #${number} at ${run.head_sha.slice(0, 7)}.`)

  const { since, findings } = await readSinceReports(
    resolve(process.env.GITHUB_WORKSPACE ?? process.cwd()),
    inputs.budgetRules,
    inputs,
    "Add actions/checkout with fetch-depth: 0 (or fetch-tags: true) to the comment workflow's job, before this step: it checks out this repository's default branch, never the pull request's code."
  )
  for (const finding of findings) core.warning(finding.message)
  const verdict = evaluateBudgets(diffReports(bundle.base, bundle.head), inputs.budgetRules, { since })
  const outcome = decideOutcome(verdict, { failOn: inputs.failOn, ifNoCheckpoints: inputs.ifNoCheckpoints }, findings)
  const summaryUrl = run.html_url
  const htmlReportUrl = artifactUrl(artifact.id, String(run.id))
  const digest = commentDigest(verdict, inputs.minChange)
  const options = {
    outcome,
    minChange: inputs.minChange,
    commentKey: inputs.commentKey,
    baseline: bundle.baseline,
    topTensors: TOP_TENSORS,
    ...(summaryUrl ? { summaryUrl } : {}),
    ...(htmlReportUrl ? { htmlReportUrl } : {})
  }
  const markdown = renderMarkdown(verdict, { ...options, maxLength: GITHUB_COMMENT_MAX_LENGTH - digestLine(digest).length - 1 })
  core.setOutput(Outputs.Markdown, markdown)
  core.setOutput(Outputs.OverBudget, String(verdict.status === 'fail'))
  core.setOutput(Outputs.TotalBytes, String(bundle.head.total.bytes.total))
  await writeSummary(renderSummary(verdict, options))

  let commentId: number | undefined
  if (inputs.comment !== 'false') {
    const changed = verdict.diff.checkpoints.some((checkpoint) => changedBeyondFloor(checkpoint, inputs.minChange))
    commentId = await publishComment(
      context.api,
      { number, fork: false },
      {
        markdown,
        digest,
        mode: inputs.comment,
        commentKey: inputs.commentKey,
        worthCreating: outcome.status !== 'pass' || changed || !verdict.diff.base,
        ...(context.pause ? { pause: context.pause } : {})
      }
    )
  }
  core.setOutput(Outputs.CommentId, commentId === undefined ? '' : String(commentId))
  return []
}

/**
 * The pull request to comment on, from GitHub's own records: the run's `pull_requests` (filled for
 * branches of this repository), else the open pull requests whose head is the run's head commit
 * (a fork's). The artifact's stamp must name that run, that commit, this repository and that pull
 * request; anything else is refused, so a fork cannot point its report at another PR.
 */
async function verifiedPullRequest(stamp: PullRequestStamp | undefined, run: WorkflowRunPayload, repository: string, context: ModeContext): Promise<number> {
  const refuse = (why: string): never => {
    throw new ConfigError(`Refusing the report artifact of run ${run.id}: ${why}. It must come from a mode: report step of that run.`)
  }
  if (!stamp) return refuse('it has no pull request stamp')
  if (stamp.runId !== run.id) refuse(`it was made by run ${stamp.runId}`)
  if (stamp.headSha !== run.head_sha) refuse(`it was made for commit ${stamp.headSha.slice(0, 12)}, not the run's head ${run.head_sha.slice(0, 12)}`)
  if (stamp.repository.toLowerCase() !== repository.toLowerCase()) refuse(`it names repository ${stamp.repository}`)
  let candidates = (run.pull_requests ?? []).filter((pull) => pull.head?.sha === run.head_sha).map((pull) => pull.number)
  if (candidates.length === 0) {
    const pulls = await context.api!.pullRequestsOfCommit(run.head_sha)
    candidates = pulls.filter((pull) => pull.state === 'open' && pull.headSha === run.head_sha).map((pull) => pull.number)
  }
  if (candidates.length === 0) refuse(`no open pull request has head commit ${run.head_sha.slice(0, 12)}`)
  if (!candidates.includes(stamp.number)) refuse(`it names pull request #${stamp.number}, but the run's head commit is the head of #${candidates.join(', #')}`)
  return stamp.number
}
