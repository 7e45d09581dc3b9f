import type { Report } from '../core/types.js'
import { readGitBaseline, type GitBaselineOptions } from './git-baseline.js'
import { git, hasCommit } from './git.js'

/*
 * A baseline at a named git ref (`baseline: ref:v1.4.0`, `--baseline ref:v1.4.0`, and the `since`
 * of a drift rule: `total: +10% since v1.4.0`): a tag, branch or commit, read from git objects as
 * the PR's base commit is, without a checkout.
 */

/** The prefix of a baseline that names a git ref. */
export const REF_PREFIX = 'ref:'

export interface RefBaseline {
  report?: Report
  /** The ref and its commit, e.g. `v1.4.0 (1a2b3c4)`. */
  label: string
  /** A whole sentence, when there is no report. */
  reason?: string
}

/**
 * The report at `ref`: the commit it names (fetched from `origin` when the clone lacks it, as a
 * shallow actions/checkout does), then the committed report or the checkpoints the globs select.
 * Never throws: a ref that cannot be read gives a reason instead.
 */
export async function readRefBaseline(cwd: string, ref: string, options: GitBaselineOptions): Promise<RefBaseline> {
  let sha: string
  try {
    sha = await resolveRef(cwd, ref)
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error)
    return {
      label: ref,
      reason: `The git ref ${ref} could not be read (${why}). Check its name, and fetch tags (actions/checkout with fetch-depth: 0, or fetch-tags: true).`
    }
  }
  const label = `${ref} (${sha.slice(0, 7)})`
  try {
    const found = await readGitBaseline(cwd, sha, options)
    if (found.found) return { report: found.report, label }
    return { label, reason: found.reason }
  } catch (error) {
    return { label, reason: `${label} could not be read from git (${error instanceof Error ? error.message : String(error)}).` }
  }
}

/** The full commit SHA a tag, branch or commit names; fetches it (depth 1) when the clone lacks it. */
export async function resolveRef(cwd: string, ref: string): Promise<string> {
  // A leading '-' would be an option to git.
  if (ref.startsWith('-') || ref.includes('..') || ref === '') throw new Error(`'${ref}' is not a tag, branch or commit`)
  const local = await revParse(cwd, ref)
  if (local) return local
  for (const remote of [`refs/tags/${ref}:refs/tags/${ref}`, ref]) {
    try {
      await git(cwd, ['fetch', '--no-recurse-submodules', '--depth=1', 'origin', remote])
    } catch {
      continue
    }
    const fetched = (await revParse(cwd, ref)) ?? (await revParse(cwd, 'FETCH_HEAD'))
    if (fetched && (await hasCommit(cwd, fetched))) return fetched
  }
  throw new Error(`no tag, branch or commit named ${ref} here or at origin`)
}

async function revParse(cwd: string, ref: string): Promise<string | undefined> {
  for (const candidate of [ref, `origin/${ref}`]) {
    try {
      return (await git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${candidate}^{commit}`])).trim()
    } catch {
      // try the next form
    }
  }
  return undefined
}
