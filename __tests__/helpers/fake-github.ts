import type { Artifact, GitHubApi, IssueComment, WorkflowRun } from '../../src/action/github.js'

/**
 * A typed fake of the GitHub boundary (the GitHubApi the action's Octokit adapter implements):
 * one PR's comments in memory, every call recorded as `METHOD /path`. `onList` runs before each
 * listing, so a test can play another run of the same PR acting between two of ours.
 */
export class FakeGitHub implements GitHubApi {
  calls: string[] = []
  /** Called before every `listIssueComments`, with the number of listings so far. */
  onList?: (listings: number) => void
  private listings = 0
  private nextId = 1000

  constructor(
    public comments: IssueComment[],
    private readonly login: string | undefined,
    private readonly failWith?: { status: number; message: string }
  ) {}

  /** A comment as another run with the same token would have created it. */
  addComment(body: string, login = this.login ?? 'github-actions[bot]', id = this.nextId++): IssueComment {
    const comment = { id, body, user: { login } }
    this.comments.push(comment)
    this.comments.sort((a, b) => a.id - b.id)
    return comment
  }

  async authenticatedLogin(): Promise<string | undefined> {
    this.calls.push('GET /user')
    return this.login
  }
  async listIssueComments(issueNumber: number, page: number, perPage: number): Promise<IssueComment[]> {
    this.onList?.(++this.listings)
    this.calls.push(`GET /issues/${issueNumber}/comments?page=${page}&per_page=${perPage}`)
    return this.comments.slice((page - 1) * perPage, page * perPage)
  }
  async createIssueComment(issueNumber: number, body: string): Promise<IssueComment> {
    this.calls.push(`POST /issues/${issueNumber}/comments`)
    if (this.failWith) throw Object.assign(new Error(this.failWith.message), { status: this.failWith.status })
    return this.addComment(body)
  }
  async updateIssueComment(commentId: number, body: string): Promise<IssueComment> {
    this.calls.push(`PATCH /issues/comments/${commentId}`)
    const comment = this.comments.find((candidate) => candidate.id === commentId)
    if (!comment) throw Object.assign(new Error('Not Found'), { status: 404 })
    comment.body = body
    return comment
  }
  async deleteIssueComment(commentId: number): Promise<void> {
    this.calls.push(`DELETE /issues/comments/${commentId}`)
    const index = this.comments.findIndex((candidate) => candidate.id === commentId)
    if (index < 0) throw Object.assign(new Error('Not Found'), { status: 404 })
    this.comments.splice(index, 1)
  }
  async listSuccessfulRuns(): Promise<WorkflowRun[]> {
    throw new Error('not used')
  }
  async listRunArtifacts(): Promise<Artifact[]> {
    throw new Error('not used')
  }
  async downloadArtifactZip(): Promise<Uint8Array> {
    throw new Error('not used')
  }
}

/** No wait between the two looks for a comment (the race check's pause). */
export const noWait = async (): Promise<void> => undefined
