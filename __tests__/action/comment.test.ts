import { describe, expect, it } from '@jest/globals'
import { COMMENTS_PER_PAGE, digestLine, findOwnComment, upsertComment } from '../../src/action/comment.js'
import type { Artifact, GitHubApi, IssueComment, WorkflowRun } from '../../src/action/github.js'

const MARKER = '<!-- model-size-budget: -->'

/** A typed fake of the GitHub boundary: one PR's comments in memory, every call recorded. */
class FakeGitHub implements GitHubApi {
  calls: string[] = []
  private nextId = 1000
  constructor(
    public comments: IssueComment[],
    private readonly login: string | undefined,
    private readonly failWith?: { status: number; message: string }
  ) {}

  async authenticatedLogin(): Promise<string | undefined> {
    this.calls.push('GET /user')
    return this.login
  }
  async listIssueComments(issueNumber: number, page: number, perPage: number): Promise<IssueComment[]> {
    this.calls.push(`GET /issues/${issueNumber}/comments?page=${page}&per_page=${perPage}`)
    return this.comments.slice((page - 1) * perPage, page * perPage)
  }
  async createIssueComment(issueNumber: number, body: string): Promise<IssueComment> {
    this.calls.push(`POST /issues/${issueNumber}/comments`)
    if (this.failWith) throw Object.assign(new Error(this.failWith.message), { status: this.failWith.status })
    const comment = { id: this.nextId++, body, user: { login: this.login ?? 'github-actions[bot]' } }
    this.comments.push(comment)
    return comment
  }
  async updateIssueComment(commentId: number, body: string): Promise<IssueComment> {
    this.calls.push(`PATCH /issues/comments/${commentId}`)
    const comment = this.comments.find((candidate) => candidate.id === commentId)
    if (!comment) throw Object.assign(new Error('Not Found'), { status: 404 })
    comment.body = body
    return comment
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

const comment = (id: number, login: string, body: string): IssueComment => ({ id, body, user: { login } })
const filler = (count: number, from = 1): IssueComment[] =>
  Array.from({ length: count }, (_, index) => comment(from + index, 'someone', `comment ${from + index}`))

const always = { marker: MARKER, digest: 'a'.repeat(32), mode: 'always' as const, worthCreating: true }

describe('upsertComment', () => {
  it('creates the comment when the PR has none of ours, with the digest line appended', async () => {
    const api = new FakeGitHub(filler(3), undefined)
    const outcome = await upsertComment(api, 7, `report\n${MARKER}`, always)
    expect(outcome.action).toBe('created')
    expect(api.calls).toEqual(['GET /user', 'GET /issues/7/comments?page=1&per_page=100', 'POST /issues/7/comments'])
    expect(api.comments.at(-1)?.body).toBe(`report\n${MARKER}\n${digestLine('a'.repeat(32))}`)
  })

  it('updates our comment in place on the next run instead of adding another', async () => {
    const api = new FakeGitHub(filler(2), undefined)
    const first = await upsertComment(api, 7, `first\n${MARKER}`, always)
    const second = await upsertComment(api, 7, `second\n${MARKER}`, { ...always, digest: 'b'.repeat(32) })
    expect(second.action).toBe('updated')
    expect(second.action !== 'skipped' && first.action !== 'skipped' && second.comment.id).toBe(first.action !== 'skipped' && first.comment.id)
    expect(api.comments.filter((c) => c.body?.includes(MARKER))).toHaveLength(1)
    expect(api.comments.at(-1)?.body).toContain('second')
  })

  it('finds our comment on a later page (paginates through all comments)', async () => {
    const ours = comment(5000, 'github-actions[bot]', `old\n${MARKER}`)
    const api = new FakeGitHub([...filler(COMMENTS_PER_PAGE * 2), ours, ...filler(5, 300)], undefined)
    const outcome = await upsertComment(api, 7, `new\n${MARKER}`, always)
    expect(outcome.action).toBe('updated')
    expect(api.calls.filter((call) => call.startsWith('GET /issues/7/comments'))).toHaveLength(3)
    expect(api.calls.at(-1)).toBe('PATCH /issues/comments/5000')
  })

  it('stops paging after a short page', async () => {
    const api = new FakeGitHub(filler(COMMENTS_PER_PAGE), undefined)
    await upsertComment(api, 7, MARKER, always)
    // page 1 is full, page 2 is empty: then create
    expect(api.calls).toEqual([
      'GET /user',
      'GET /issues/7/comments?page=1&per_page=100',
      'GET /issues/7/comments?page=2&per_page=100',
      'POST /issues/7/comments'
    ])
  })

  it("ignores another user's comment that carries a copied marker", async () => {
    const copy = comment(1, 'attacker', `look at this ${MARKER}`)
    const api = new FakeGitHub([copy], undefined)
    const outcome = await upsertComment(api, 7, `real\n${MARKER}`, always)
    expect(outcome.action).toBe('created')
    expect(copy.body).toBe(`look at this ${MARKER}`)
  })

  it('matches the login GET /user names when the token is a user token', async () => {
    const bots = comment(1, 'github-actions[bot]', `bot\n${MARKER}`)
    const mine = comment(2, 'release-bot-user', `mine\n${MARKER}`)
    const api = new FakeGitHub([bots, mine], 'release-bot-user')
    const outcome = await upsertComment(api, 7, `new\n${MARKER}`, always)
    expect(outcome.action === 'updated' && outcome.comment.id).toBe(2)
    expect(bots.body).toBe(`bot\n${MARKER}`)
  })

  it('matches github-actions[bot] when GET /user is refused (the GITHUB_TOKEN case)', async () => {
    const api = new FakeGitHub([comment(1, 'someone', 'hi'), comment(2, 'github-actions[bot]', `x\n${MARKER}`)], undefined)
    expect((await findOwnComment(api, 7, MARKER))?.id).toBe(2)
  })

  it('does not take the marker of another comment key', async () => {
    const other = comment(1, 'github-actions[bot]', 'x\n<!-- model-size-budget:mobile -->')
    const api = new FakeGitHub([other], undefined)
    expect(await findOwnComment(api, 7, MARKER)).toBeUndefined()
  })

  it('updates the oldest of two of our comments (a race made a duplicate)', async () => {
    const api = new FakeGitHub([comment(1, 'github-actions[bot]', MARKER), comment(2, 'github-actions[bot]', MARKER)], undefined)
    expect((await findOwnComment(api, 7, MARKER))?.id).toBe(1)
  })

  describe('on-change', () => {
    const onChange = { ...always, mode: 'on-change' as const }

    it('leaves the comment alone when the digest of the numbers is the same', async () => {
      const api = new FakeGitHub([comment(1, 'github-actions[bot]', `x\n${MARKER}\n${digestLine('a'.repeat(32))}`)], undefined)
      const outcome = await upsertComment(api, 7, `x\n${MARKER}`, onChange)
      expect(outcome.action).toBe('unchanged')
      expect(api.calls.some((call) => call.startsWith('PATCH'))).toBe(false)
    })

    it('updates the comment when the numbers changed', async () => {
      const api = new FakeGitHub([comment(1, 'github-actions[bot]', `x\n${MARKER}\n${digestLine('c'.repeat(32))}`)], undefined)
      expect((await upsertComment(api, 7, `y\n${MARKER}`, onChange)).action).toBe('updated')
    })

    it('creates no comment when nothing changed against the base and none exists', async () => {
      const api = new FakeGitHub([], undefined)
      const outcome = await upsertComment(api, 7, MARKER, { ...onChange, worthCreating: false })
      expect(outcome.action).toBe('skipped')
      expect(api.calls.some((call) => call.startsWith('POST'))).toBe(false)
    })
  })

  it('lets a refused create surface as an error for the caller to turn into a warning', async () => {
    const api = new FakeGitHub([], undefined, { status: 403, message: 'Resource not accessible by integration' })
    await expect(upsertComment(api, 7, MARKER, always)).rejects.toMatchObject({ status: 403 })
  })
})
