import { createHash } from 'node:crypto'
import type { BudgetVerdict } from '../core/budgets.js'
import { GITHUB_ACTIONS_BOT_LOGIN } from './constants.js'
import type { GitHubApi, IssueComment } from './github.js'

/** Comments per page, GitHub's maximum: fewest requests on busy PRs. */
export const COMMENTS_PER_PAGE = 100

/**
 * Pages of comments searched at most (10,000 comments). A PR past that is pathological; we then
 * create a new comment rather than page on for minutes.
 */
export const MAX_COMMENT_PAGES = 100

/** The hidden line that carries the digest of the numbers, for `comment: on-change`. */
const DIGEST_PATTERN = /<!-- model-size-budget-digest:([0-9a-f]{16,64}) -->/

export function digestLine(digest: string): string {
  return `<!-- model-size-budget-digest:${digest} -->`
}

/**
 * A digest of what the comment reports: every checkpoint's byte figures (base and head), every
 * budget result and every error. Two runs with equal numbers have equal digests, whatever the
 * commit, run or time; `on-change` compares it with the digest in the existing comment.
 */
export function commentDigest(verdict: BudgetVerdict): string {
  const numbers = {
    checkpoints: verdict.diff.checkpoints.map((checkpoint) => [checkpoint.id, checkpoint.change, checkpoint.base?.bytes ?? null, checkpoint.head?.bytes ?? null]),
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
}

export type UpsertOutcome =
  | { action: 'created' | 'updated'; comment: IssueComment }
  | { action: 'unchanged'; comment: IssueComment }
  | { action: 'skipped'; reason: string }

/**
 * Creates our sticky comment on the PR, or updates it in place. "Ours" is the comment that has
 * the marker *and* was written by the token's own user: anyone can paste the marker into a
 * comment (or a tensor name), and such a copy must never be picked up. Throws the API's errors;
 * the caller decides that they only warn.
 */
export async function upsertComment(api: GitHubApi, issueNumber: number, body: string, options: UpsertOptions): Promise<UpsertOutcome> {
  const fullBody = `${body}\n${digestLine(options.digest)}`
  const existing = await findOwnComment(api, issueNumber, options.marker)
  if (existing) {
    if (options.mode === 'on-change' && DIGEST_PATTERN.exec(existing.body ?? '')?.[1] === options.digest) {
      return { action: 'unchanged', comment: existing }
    }
    return { action: 'updated', comment: await api.updateIssueComment(existing.id, fullBody) }
  }
  if (options.mode === 'on-change' && !options.worthCreating) {
    return { action: 'skipped', reason: 'nothing changed against the baseline and no comment exists yet' }
  }
  return { action: 'created', comment: await api.createIssueComment(issueNumber, fullBody) }
}

/**
 * Our comment among *all* the PR's comments (every page, oldest first; the first match wins, so
 * a duplicate made by a race between two runs is never the one updated).
 *
 * Whose comments count: the login `GET /user` names for the token (a personal access token or a
 * user-to-server token). The workflow's GITHUB_TOKEN is an app installation token, for which
 * GitHub refuses `GET /user`; its comments are written by `github-actions[bot]`, which is then
 * the login matched. (A token of another GitHub App falls in the same case: its comments are not
 * found and a new one is created each run; use the GITHUB_TOKEN or a user token for comments.)
 */
export async function findOwnComment(api: GitHubApi, issueNumber: number, marker: string): Promise<IssueComment | undefined> {
  const login = (await api.authenticatedLogin()) ?? GITHUB_ACTIONS_BOT_LOGIN
  for (let page = 1; page <= MAX_COMMENT_PAGES; page++) {
    const comments = await api.listIssueComments(issueNumber, page, COMMENTS_PER_PAGE)
    const ours = comments.find((comment) => comment.user?.login === login && (comment.body ?? '').includes(marker))
    if (ours) return ours
    if (comments.length < COMMENTS_PER_PAGE) return undefined
  }
  return undefined
}
