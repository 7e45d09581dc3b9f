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
  report: Report
  /** `report` when a committed report JSON was used, else `checkpoints` (measured from the tree). */
  source: 'report' | 'checkpoints'
  /** Whether the commit had to be fetched (shallow checkout). */
  fetched: boolean
}

/**
 * The baseline at a commit (the PR's base), read from git without checking it out: a committed
 * report JSON at `reportPath` if there is one, else the checkpoint files the `path` globs select
 * among the files tracked at the commit, measured by the same pipeline as the head. Undefined
 * when the commit tracks none (checkpoints made by the workflow are not in git; the caller then
 * tries the next source), or when none of them could be read. Throws when git or the fetch fails.
 */
export async function readGitBaseline(cwd: string, commit: string, options: GitBaselineOptions): Promise<GitBaseline | undefined> {
  const fetched = (await ensureCommit(cwd, commit)) === 'fetched'
  const tree = await GitTreeFiles.at(cwd, commit)
  if (options.reportPath) {
    const text = await tree.readText(options.reportPath, MAX_COMMITTED_REPORT_BYTES)
    if (text !== undefined) {
      return { report: loadBaselineReport(text, `${options.reportPath} at ${commit.slice(0, 7)}`), source: 'report', fetched }
    }
  }
  // Only names some reader could open are matched against the globs (measure would skip the
  // rest anyway): a repository tracks far more sources than checkpoints.
  const readers = options.measure?.readers ?? READERS
  const candidates = tree.paths().filter((path) => readers.some((reader) => reader.matchesName(path)))
  const paths = matchPaths(candidates, options.patterns)
  if (paths.length === 0) return undefined
  const report = await measure(paths, tree, options.measure)
  // Nothing readable (say, every checkpoint is an LFS pointer the readers cannot open): let the next source try.
  if (report.checkpoints.length === 0) return undefined
  return { report, source: 'checkpoints', fetched }
}
