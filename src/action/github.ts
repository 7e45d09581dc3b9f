import * as github from '@actions/github'
import type { RunJob } from '../core/merge.js'

/**
 * The GitHub REST API as the action uses it: only these endpoints, so the token needs only
 * `pull-requests: write` (comments) and `actions: read` (artifact baselines). Everything that
 * talks to GitHub goes through this interface; tests fake it, and the end-to-end test plays it
 * with a local HTTP server.
 */
export interface GitHubApi {
  /** `GET /user`: the login the token acts as; undefined when GitHub will not say (GITHUB_TOKEN gets 403). */
  authenticatedLogin(): Promise<string | undefined>
  /** `GET /repos/{owner}/{repo}/issues/{issue_number}/comments?per_page&page` (oldest first). */
  listIssueComments(issueNumber: number, page: number, perPage: number): Promise<IssueComment[]>
  /** `POST /repos/{owner}/{repo}/issues/{issue_number}/comments` */
  createIssueComment(issueNumber: number, body: string): Promise<IssueComment>
  /** `PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}` */
  updateIssueComment(commentId: number, body: string): Promise<IssueComment>
  /** `DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}` (a duplicate of ours left by a race; `pull-requests: write`). */
  deleteIssueComment(commentId: number): Promise<void>
  /**
   * `GET /repos/{owner}/{repo}/actions/runs?branch&status=success&per_page` (newest first), keeping
   * only runs of this repository's own branch: a pull request from a fork whose branch is also
   * named `main` has runs with `head_branch: main`, and its workflow (the fork's code) could
   * upload a crafted report artifact.
   */
  listSuccessfulRuns(branch: string, perPage: number): Promise<WorkflowRun[]>
  /** `GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts?name` */
  listRunArtifacts(runId: number, name: string): Promise<Artifact[]>
  /** `GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/zip` (a redirect to the archive). */
  downloadArtifactZip(artifactId: number): Promise<Uint8Array>
}

/** What `mode: merge` and `mode: comment` ask about runs and pull requests (`actions: read`, `contents: read`). */
export interface RunQueries {
  /** `GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs` (the latest attempt's; `actions: read`). */
  listRunJobs(runId: number): Promise<RunJob[]>
  /** `GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls`: the pull requests whose head is, or that merged, the commit. */
  pullRequestsOfCommit(sha: string): Promise<PullRequestRef[]>
}

export interface PullRequestRef {
  number: number
  state: string
  headSha: string
}

export interface IssueComment {
  id: number
  body?: string
  /** Null for comments of deleted accounts. */
  user: { login: string; type?: string } | null
  html_url?: string
}

export interface WorkflowRun {
  id: number
  head_branch: string | null
  head_sha: string
  html_url?: string
  conclusion?: string | null
}

export interface Artifact {
  id: number
  name: string
  size_in_bytes: number
  expired: boolean
}

export interface Repository {
  owner: string
  repo: string
}

/** The GitHubApi over Octokit from @actions/github (which honours GITHUB_API_URL and proxies). */
export class OctokitGitHubApi implements GitHubApi, RunQueries {
  private readonly octokit: ReturnType<typeof github.getOctokit>

  constructor(
    token: string,
    private readonly repository: Repository
  ) {
    this.octokit = github.getOctokit(token)
  }

  async authenticatedLogin(): Promise<string | undefined> {
    try {
      const { data } = await this.octokit.rest.users.getAuthenticated()
      return data.login
    } catch (error) {
      const status = httpStatus(error)
      // 403 "Resource not accessible by integration": an app installation token (GITHUB_TOKEN).
      if (status === 401 || status === 403 || status === 404) return undefined
      throw error
    }
  }

  async listIssueComments(issueNumber: number, page: number, perPage: number): Promise<IssueComment[]> {
    const { data } = await this.octokit.rest.issues.listComments({ ...this.repository, issue_number: issueNumber, per_page: perPage, page })
    return data.map(toComment)
  }

  async createIssueComment(issueNumber: number, body: string): Promise<IssueComment> {
    const { data } = await this.octokit.rest.issues.createComment({ ...this.repository, issue_number: issueNumber, body })
    return toComment(data)
  }

  async updateIssueComment(commentId: number, body: string): Promise<IssueComment> {
    const { data } = await this.octokit.rest.issues.updateComment({ ...this.repository, comment_id: commentId, body })
    return toComment(data)
  }

  async deleteIssueComment(commentId: number): Promise<void> {
    await this.octokit.rest.issues.deleteComment({ ...this.repository, comment_id: commentId })
  }

  async listSuccessfulRuns(branch: string, perPage: number): Promise<WorkflowRun[]> {
    const { data } = await this.octokit.rest.actions.listWorkflowRunsForRepo({ ...this.repository, branch, status: 'success', per_page: perPage })
    const ownRepository = `${this.repository.owner}/${this.repository.repo}`.toLowerCase()
    return data.workflow_runs
      .filter((run) => run.head_repository?.full_name?.toLowerCase() === ownRepository)
      .map((run) => ({ id: run.id, head_branch: run.head_branch, head_sha: run.head_sha, html_url: run.html_url, conclusion: run.conclusion }))
  }

  async listRunArtifacts(runId: number, name: string): Promise<Artifact[]> {
    const { data } = await this.octokit.rest.actions.listWorkflowRunArtifacts({ ...this.repository, run_id: runId, name, per_page: 100 })
    return data.artifacts.map((artifact) => ({ id: artifact.id, name: artifact.name, size_in_bytes: artifact.size_in_bytes, expired: artifact.expired }))
  }

  async downloadArtifactZip(artifactId: number): Promise<Uint8Array> {
    const { data } = await this.octokit.rest.actions.downloadArtifact({ ...this.repository, artifact_id: artifactId, archive_format: 'zip' })
    return new Uint8Array(data as ArrayBuffer)
  }

  async listRunJobs(runId: number): Promise<RunJob[]> {
    const jobs = await this.octokit.paginate(this.octokit.rest.actions.listJobsForWorkflowRun, { ...this.repository, run_id: runId, per_page: 100 })
    return jobs.map((job) => ({ name: job.name, status: job.status, conclusion: job.conclusion }))
  }

  async pullRequestsOfCommit(sha: string): Promise<PullRequestRef[]> {
    const { data } = await this.octokit.rest.repos.listPullRequestsAssociatedWithCommit({ ...this.repository, commit_sha: sha, per_page: 100 })
    return data.map((pull) => ({ number: pull.number, state: pull.state, headSha: pull.head.sha }))
  }
}

function toComment(data: { id: number; body?: string; user: { login: string; type?: string } | null; html_url?: string }): IssueComment {
  return { id: data.id, body: data.body, user: data.user ? { login: data.user.login, type: data.user.type } : null, html_url: data.html_url }
}

/** The HTTP status of an Octokit RequestError, or undefined for a network error. */
export function httpStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status
  return typeof status === 'number' ? status : undefined
}

/** A short reason for a failed request, for a warning: `403 Resource not accessible by integration`. */
export function describeRequestError(error: unknown): string {
  const status = httpStatus(error)
  const message = error instanceof Error ? error.message : String(error)
  if (status === undefined) return `network error: ${message}`
  if (status === 403 && /rate limit/i.test(message)) return `rate limited (403): ${message}`
  return `${status} ${message}`
}
