import { createHash } from 'node:crypto'
import type { BudgetVerdict } from '../core/budgets.js'
import { changedBeyondFloor, NO_NOISE_FLOOR, type NoiseFloor } from '../core/noise-floor.js'
import { GITHUB_ACTIONS_BOT_LOGIN } from './constants.js'
import { httpStatus, type GitHubApi, type IssueComment } from './github.js'
import { MAX_COMMENT_PAGES } from '../core/limits.js'

/** Comments per page, GitHub's maximum: fewest requests on busy PRs. */
export const COMMENTS_PER_PAGE = 100

/** The hidden line that carries the digest of the numbers, for `comment: on-change`. */
const DIGEST_PATTERN = /<!-- model-size-budget-digest:([0-9a-f]{16,64}) -->/

export function digestLine(digest: string): string {
  return `<!-- model-size-budget-digest:${digest} -->`
}

/**
 * A digest of what the comment reports: every checkpoint's byte figures (base and head), every
 * budget result and every error. Two runs with equal numbers have equal digests, whatever the
 * commit, run or time; `on-change` compares it with the digest in the existing comment. A head
 * within the noise floor of its base (`min-change`) counts as the base: re-exports that move a
 * few bytes do not rewrite the comment.
 */
export function commentDigest(verdict: BudgetVerdict, floor: NoiseFloor = NO_NOISE_FLOOR): string {
  const numbers = {
    checkpoints: verdict.diff.checkpoints.map((checkpoint) => {
      const quiet = checkpoint.change === 'unchanged' || (checkpoint.change === 'changed' && !changedBeyondFloor(checkpoint, floor))
      return [checkpoint.id, quiet ? 'unchanged' : checkpoint.change, checkpoint.base?.bytes ?? null, quiet ? null : (checkpoint.head?.bytes ?? null)]
    }),
    results: verdict.results.map((result) => [result.checkpointId, result.rule.text, result.limit.text, result.status]),
    errors: verdict.diff.head.errors.map((error) => error.message),
    baseline: verdict.diff.base ? 'baseline' : 'none'
  }
  return createHash('sha256').update(JSON.stringify(numbers)).digest('hex').slice(0, 32)
}

export interface UpsertOptions {
  /** The hidden marker that identifies our comment (per comment key). */
  marker: string
  /** commentDigest() of the numbers in `body`. */
  digest: string
  /**
   * `always`: create or update. `on-change`: leave an existing comment alone when its digest is
   * the same, and create none when `worthCreating` is false (nothing changed against the base).
   */
  mode: 'always' | 'on-change'
  worthCreating: boolean
  /**
   * The run measured nothing: an existing comment keeps its numbers (they are the last ones
   * known) under this notice, in place of an earlier notice; only a new comment gets `body`.
   */
  notice?: string
  /** Waits before looking again for a comment another run may be creating (tests pass a no-op). */
  pause?: (milliseconds: number) => Promise<void>
}

export type UpsertOutcome =
  | { action: 'created' | 'updated' | 'noted'; comment: IssueComment; deleted: number[] }
  | { action: 'unchanged'; comment: IssueComment; deleted: number[] }
  | { action: 'skipped'; reason: string }

/**
 * Before creating a comment, the PR's comments are listed again after this wait plus up to
 * RACE_JITTER_MS more: two runs of one PR (a push while the previous run still works) would
 * otherwise both find none and both create one. The jitter keeps two runs started together apart.
 */
export const RACE_WAIT_MS = 1000
export const RACE_JITTER_MS = 2000

/** The hidden line after a "this run found nothing" notice, so the next notice replaces it. */
const NOTICE_END = '<!-- model-size-budget-notice -->'

/**
 * Creates our sticky comment on the PR, or updates it in place. "Ours" is a comment that has
 * the marker *and* was written by the token's own user: anyone can paste the marker into a
 * comment (or a tensor name), and such a copy must never be picked up. When a race left several
 * of ours, the oldest is kept and updated and the others are deleted. Throws the API's errors;
 * the caller decides that they only warn.
 */
export async function upsertComment(api: GitHubApi, issueNumber: number, body: string, options: UpsertOptions): Promise<UpsertOutcome> {
  const fullBody = `${body}\n${digestLine(options.digest)}`
  const login = await ownLogin(api)
  let ours = await listOwnComments(api, issueNumber, options.marker, login)
  if (ours.length === 0) {
    if (options.mode === 'on-change' && !options.worthCreating) {
      return { action: 'skipped', reason: 'nothing changed against the baseline and no comment exists yet' }
    }
    const pause = options.pause ?? ((milliseconds) => new Promise<void>((resolve) => setTimeout(resolve, milliseconds)))
    await pause(RACE_WAIT_MS + Math.floor(Math.random() * RACE_JITTER_MS))
    ours = await listOwnComments(api, issueNumber, options.marker, login)
  }
  if (ours.length === 0) {
    const created = await api.createIssueComment(issueNumber, fullBody)
    // Another run may have created one in the same moment: the oldest of ours wins.
    const after = await listOwnComments(api, issueNumber, options.marker, login)
    const [oldest, ...others] = after.length > 0 ? after : [created]
    // The comment that stays gets the numbers before the others go: there is always one.
    const kept = oldest.id === created.id ? undefined : await api.updateIssueComment(oldest.id, fullBody)
    const deleted = await deleteComments(api, others)
    return kept ? { action: 'updated', comment: kept, deleted } : { action: 'created', comment: created, deleted }
  }

  const [oldest, ...duplicates] = ours
  let outcome: UpsertOutcome
  if (options.notice !== undefined) {
    const kept = (oldest.body ?? '').split(`${NOTICE_END}\n\n`).at(-1)!
    outcome = { action: 'noted', comment: await api.updateIssueComment(oldest.id, `${options.notice}\n${NOTICE_END}\n\n${kept}`), deleted: [] }
  } else if (options.mode === 'on-change' && DIGEST_PATTERN.exec(oldest.body ?? '')?.[1] === options.digest) {
    outcome = { action: 'unchanged', comment: oldest, deleted: [] }
  } else {
    outcome = { action: 'updated', comment: await api.updateIssueComment(oldest.id, fullBody), deleted: [] }
  }
  return { ...outcome, deleted: await deleteComments(api, duplicates) }
}

/** Deletes duplicates of our comment; one already gone (the other run deleted it) is no error. */
async function deleteComments(api: GitHubApi, comments: readonly IssueComment[]): Promise<number[]> {
  const deleted: number[] = []
  for (const comment of comments) {
    try {
      await api.deleteIssueComment(comment.id)
      deleted.push(comment.id)
    } catch (error) {
      if (httpStatus(error) !== 404) throw error
    }
  }
  return deleted
}

/**
 * Our comment among *all* the PR's comments: the oldest of ours (a duplicate made by a race
 * between two runs is never the one updated).
 */
export async function findOwnComment(api: GitHubApi, issueNumber: number, marker: string): Promise<IssueComment | undefined> {
  return (await listOwnComments(api, issueNumber, marker, await ownLogin(api)))[0]
}

/**
 * Whose comments count: the login `GET /user` names for the token (a personal access token or a
 * user-to-server token). The workflow's GITHUB_TOKEN is an app installation token, for which
 * GitHub refuses `GET /user`; its comments are written by `github-actions[bot]`, which is then
 * the login matched. (A token of another GitHub App falls in the same case: its comments are not
 * found and a new one is created each run; use the GITHUB_TOKEN or a user token for comments.)
 */
async function ownLogin(api: GitHubApi): Promise<string> {
  return (await api.authenticatedLogin()) ?? GITHUB_ACTIONS_BOT_LOGIN
}

/** Every comment of ours with the marker, oldest first, from every page (GitHub lists oldest first). */
async function listOwnComments(api: GitHubApi, issueNumber: number, marker: string, login: string): Promise<IssueComment[]> {
  const ours: IssueComment[] = []
  for (let page = 1; page <= MAX_COMMENT_PAGES; page++) {
    const comments = await api.listIssueComments(issueNumber, page, COMMENTS_PER_PAGE)
    ours.push(...comments.filter((comment) => comment.user?.login === login && (comment.body ?? '').includes(marker)))
    if (comments.length < COMMENTS_PER_PAGE) break
  }
  return ours.sort((a, b) => a.id - b.id)
}
