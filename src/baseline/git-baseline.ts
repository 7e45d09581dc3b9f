import type { Report } from '../core/types.js'
import { READERS } from '../formats/index.js'
import { matchPaths } from '../io/find-files-match.js'
import { measure, type MeasureOptions } from '../pipeline/measure.js'
import { loadBaselineReport } from './report-file.js'
import { ensureCommit, GitTreeFiles } from './git.js'

/** A committed report JSON larger than this is not a report we wrote. */
export const MAX_COMMITTED_REPORT_BYTES = 64 * 1024 * 1024

export interface GitBaselineOptions {
  /** The `path` globs, applied to the files tracked at the commit as to the workspace. */
  patterns: readonly string[]
  /** The `report-path`: when the commit tracks a report there, it is used as is. */
  reportPath?: string
  measure?: MeasureOptions
}

export interface GitBaseline {
  found: true
  report: Report
  /** `report` when a committed report JSON was used, else `checkpoints` (measured from the tree). */
  source: 'report' | 'checkpoints'
  /** Whether the commit had to be fetched (shallow checkout). */
  fetched: boolean
}

/** No usable baseline at the commit, and why (for the comment's "where a baseline would come from"). */
export interface GitBaselineMiss {
  found: false
  reason: string
}

/**
 * The baseline at a commit (the PR's base), read from git without checking it out: a committed
 * report JSON at `reportPath` if there is one, else the checkpoint files the `path` globs select
 * among the files tracked at the commit, measured by the same pipeline as the head. A miss, with
 * the reason, when the commit tracks none (checkpoints made by the workflow are not in git; the
 * caller then tries the next source) or none of them could be read (checkpoints stored in Git LFS:
 * the base has only their pointers). Throws when git or the fetch fails.
 */
export async function readGitBaseline(cwd: string, commit: string, options: GitBaselineOptions): Promise<GitBaseline | GitBaselineMiss> {
  const fetched = (await ensureCommit(cwd, commit)) === 'fetched'
  const short = commit.slice(0, 7)
  const tree = await GitTreeFiles.at(cwd, commit)
  if (options.reportPath) {
    const text = await tree.readText(options.reportPath, MAX_COMMITTED_REPORT_BYTES)
    if (text !== undefined) {
      return { found: true, report: loadBaselineReport(text, `${options.reportPath} at ${short}`), source: 'report', fetched }
    }
  }
  // Only names some reader could open are matched against the globs (measure would skip the
  // rest anyway): a repository tracks far more sources than checkpoints.
  const readers = options.measure?.readers ?? READERS
  const candidates = tree.paths().filter((path) => readers.some((reader) => reader.matchesName(path)))
  const paths = matchPaths(candidates, options.patterns)
  if (paths.length === 0) return { found: false, reason: `no checkpoints tracked at ${short}` }
  const report = await measure(paths, tree, options.measure)
  if (report.checkpoints.length === 0) {
    // Categories need the checkpoint's own header, which an LFS pointer does not have; rather
    // than a baseline of totals only, let the next source (the report artifact) try.
    const lfs = report.errors.filter((error) => error.kind === 'LfsPointerError').length
    const reason = lfs > 0
      ? `the checkpoints at ${short} are Git LFS pointers (${lfs}), whose contents git does not have here`
      : `none of the ${paths.length} checkpoint files at ${short} could be read (${report.errors[0]?.message ?? 'no reader'})`
    return { found: false, reason }
  }
  return { found: true, report, source: 'checkpoints', fetched }
}
