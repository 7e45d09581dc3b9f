import { describe, expect, it } from '@jest/globals'
import { commentDigest, COMMENTS_PER_PAGE, digestLine, findOwnComment, RACE_JITTER_MS, RACE_WAIT_MS, upsertComment } from '../../src/action/comment.js'
import type { IssueComment } from '../../src/action/github.js'
import { evaluateBudgets, parseBudgets } from '../../src/core/budgets.js'
import { diffReports } from '../../src/core/diff.js'
import { parseNoiseFloor, type NoiseFloor } from '../../src/core/noise-floor.js'
import { FakeGitHub, noWait } from '../helpers/fake-github.js'
import { reportOf, tfCheckpoint } from '../helpers/reports.js'

const MARKER = '<!-- model-size-budget: -->'

const comment = (id: number, login: string, body: string): IssueComment => ({ id, body, user: { login } })
const filler = (count: number, from = 1): IssueComment[] =>
  Array.from({ length: count }, (_, index) => comment(from + index, 'someone', `comment ${from + index}`))

const always = { marker: MARKER, digest: 'a'.repeat(32), mode: 'always' as const, worthCreating: true, pause: noWait }
const LIST = 'GET /issues/7/comments?page=1&per_page=100'

describe('upsertComment', () => {
  it('creates the comment when the PR has none of ours, with the digest line appended', async () => {
    const api = new FakeGitHub(filler(3), undefined)
    const outcome = await upsertComment(api, 7, `report\n${MARKER}`, always)
    expect(outcome.action).toBe('created')
    // Listed again before creating (another run may be creating one), and after (one may have).
    expect(api.calls).toEqual(['GET /user', LIST, LIST, 'POST /issues/7/comments', LIST])
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
    // page 1 is full, page 2 is empty: then look again, create, and look again
    const pages = [LIST, 'GET /issues/7/comments?page=2&per_page=100']
    expect(api.calls).toEqual(['GET /user', ...pages, ...pages, 'POST /issues/7/comments', LIST, 'GET /issues/7/comments?page=2&per_page=100'])
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

  describe('races between two runs of one PR', () => {
    it('waits a short jittered while before creating, and adopts the comment another run made meanwhile', async () => {
      const api = new FakeGitHub(filler(2), undefined)
      const waits: number[] = []
      api.onList = (listing) => {
        if (listing === 2) api.addComment(`other run\n${MARKER}`)
      }
      const outcome = await upsertComment(api, 7, `mine\n${MARKER}`, { ...always, pause: async (ms) => void waits.push(ms) })
      expect(outcome.action).toBe('updated')
      expect(api.calls).toEqual(['GET /user', LIST, LIST, 'PATCH /issues/comments/1000'])
      expect(waits).toHaveLength(1)
      expect(waits[0]).toBeGreaterThanOrEqual(RACE_WAIT_MS)
      expect(waits[0]).toBeLessThan(RACE_WAIT_MS + RACE_JITTER_MS)
      expect(api.comments.filter((c) => c.body?.includes(MARKER)).map((c) => c.body?.split('\n')[0])).toEqual(['mine'])
    })

    it('after creating, keeps the oldest of ours when another run created one too, and deletes its own', async () => {
      const api = new FakeGitHub([], undefined)
      api.onList = (listing) => {
        // The other run's comment, created just before ours, shows up only now.
        if (listing === 3) api.addComment(`other run\n${MARKER}`, 'github-actions[bot]', 10)
      }
      const outcome = await upsertComment(api, 7, `mine\n${MARKER}`, always)
      expect(outcome).toMatchObject({ action: 'updated', comment: { id: 10 }, deleted: [1000] })
      expect(api.calls.slice(-3)).toEqual([LIST, 'PATCH /issues/comments/10', 'DELETE /issues/comments/1000'])
      expect(api.comments.map((c) => [c.id, c.body?.split('\n')[0]])).toEqual([[10, 'mine']])
    })

    it('deletes the duplicates an earlier race left and updates the oldest', async () => {
      const api = new FakeGitHub(
        [comment(5, 'github-actions[bot]', `a\n${MARKER}`), comment(6, 'someone', 'hi'), comment(9, 'github-actions[bot]', `b\n${MARKER}`)],
        undefined
      )
      const outcome = await upsertComment(api, 7, `new\n${MARKER}`, always)
      expect(outcome).toMatchObject({ action: 'updated', comment: { id: 5 }, deleted: [9] })
      expect(api.calls).toEqual(['GET /user', LIST, 'PATCH /issues/comments/5', 'DELETE /issues/comments/9'])
      expect(api.comments.map((c) => c.id)).toEqual([5, 6])
    })

    it('takes a duplicate that the other run deleted first (404) as gone', async () => {
      const api = new FakeGitHub([comment(5, 'github-actions[bot]', MARKER), comment(9, 'github-actions[bot]', MARKER)], undefined)
      const remove = api.deleteIssueComment.bind(api)
      api.deleteIssueComment = async (id) => {
        await remove(id)
        throw Object.assign(new Error('Not Found'), { status: 404 })
      }
      const outcome = await upsertComment(api, 7, MARKER, always)
      expect(outcome).toMatchObject({ action: 'updated', comment: { id: 5 }, deleted: [] })
    })
  })

  describe('a run that found nothing', () => {
    const notice = '> [!CAUTION]\n> The latest run found no checkpoint.'

    it('keeps the numbers of the existing comment under a notice, replacing an earlier notice', async () => {
      const old = `### ✅ Model size: 12.5 MB\n${MARKER}\n${digestLine('b'.repeat(32))}`
      const api = new FakeGitHub([comment(1, 'github-actions[bot]', old)], undefined)
      expect((await upsertComment(api, 7, `nothing\n${MARKER}`, { ...always, notice })).action).toBe('noted')
      expect(api.comments[0].body).toBe(`${notice}\n<!-- model-size-budget-notice -->\n\n${old}`)
      await upsertComment(api, 7, `nothing\n${MARKER}`, { ...always, notice: '> later notice' })
      expect(api.comments[0].body).toBe(`> later notice\n<!-- model-size-budget-notice -->\n\n${old}`)
    })

    it('creates the nothing-found comment when there is none', async () => {
      const api = new FakeGitHub([], undefined)
      expect((await upsertComment(api, 7, `nothing\n${MARKER}`, { ...always, notice })).action).toBe('created')
      expect(api.comments[0].body?.startsWith('nothing\n')).toBe(true)
    })
  })

  describe('commentDigest', () => {
    const base = reportOf(tfCheckpoint('exports/model.ckpt', { weights: 1_000_000 }))
    const digestOf = (weights: number, floor?: NoiseFloor) =>
      commentDigest(evaluateBudgets(diffReports(base, reportOf(tfCheckpoint('exports/model.ckpt', { weights }))), parseBudgets('total: 5 MB')), floor)

    it('is the same for the same numbers and differs for others', () => {
      expect(digestOf(1_000_004)).toBe(digestOf(1_000_004))
      expect(digestOf(1_000_004)).not.toBe(digestOf(1_000_008))
    })
    it('counts a head within min-change of its base as the base, so on-change leaves the comment alone', () => {
      const floor = parseNoiseFloor('1 kB')
      expect(digestOf(1_000_004, floor)).toBe(digestOf(1_000_008, floor))
      expect(digestOf(1_000_004, floor)).toBe(digestOf(1_000_000, floor))
      expect(digestOf(1_004_000, floor)).not.toBe(digestOf(1_008_000, floor))
    })
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
