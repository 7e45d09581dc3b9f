import type { Report } from '../core/types.js'
import { READERS } from '../formats/index.js'
import { selectPaths } from '../core/path-patterns.js'
import type { CheckpointReader } from '../formats/kit/types.js'
import type { FileFinder } from '../io/file-finder.js'
import type { CheckpointFiles } from '../io/checkpoint-files.js'
import { measure, type MeasureOptions } from '../pipeline/measure.js'
import { loadBaselineReport } from './report-file.js'
import { ensureCommit, GitTreeFiles } from './git.js'
import { MAX_BASELINE_REPORT_BYTES } from '../core/limits.js'

export interface GitBaselineOptions {
  /** The `path` globs, applied to the files tracked at the commit as to the workspace. */
  patterns: readonly string[]
  /** The `report-path`: when the commit tracks a report there, it is used as is. */
  reportPath?: string
  measure?: MeasureOptions
  /** Wraps the commit's files before they are measured (`lfs: ranges` reads LFS pointers as their objects). */
  files?: (files: CheckpointFiles) => Promise<CheckpointFiles>
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
  try {
    return await readTree(tree, short, fetched, options)
  } finally {
    await tree.close()
  }
}

async function readTree(tree: GitTreeFiles, short: string, fetched: boolean, options: GitBaselineOptions): Promise<GitBaseline | GitBaselineMiss> {
  if (options.reportPath) {
    const text = await tree.readText(options.reportPath, MAX_BASELINE_REPORT_BYTES)
    if (text !== undefined) {
      return { found: true, report: loadBaselineReport(text, `${options.reportPath} at ${short}`), source: 'report', fetched }
    }
  }
  const { files: paths } = await gitTreeFinder(tree, options.measure?.readers ?? READERS).find(options.patterns)
  if (paths.length === 0) {
    return { found: false, reason: `Commit ${short} tracks no checkpoint file that the path input selects (checkpoints the workflow writes are not in git).` }
  }
  const report = await measure(paths, options.files ? await options.files(tree) : tree, options.measure)
  if (report.checkpoints.length === 0) {
    // Categories need the checkpoint's own header, which an LFS pointer does not have; rather
    // than a baseline of totals only, let the next source (the report artifact) try.
    const lfs = report.errors.filter((error) => error.kind === 'LfsPointerError').length
    const first = (report.errors[0]?.message ?? 'no reader recognised them').replace(/\.?$/, '.')
    const reason =
      lfs > 0
        ? `The checkpoints at ${short} are in Git LFS (${lfs} pointer file${lfs === 1 ? '' : 's'}): git holds only the pointers, which give sizes but no categories, so committing them again would not help; compare with the base branch's report artifact instead.`
        : `None of the ${paths.length} checkpoint files at ${short} could be read; the first: ${first}`
    return { found: false, reason }
  }
  return { found: true, report, source: 'checkpoints', fetched }
}

/**
 * The FileFinder adapter over the files git tracks at a commit: the `path` lines read as on disk
 * (core/path-patterns.ts). Only names some reader could open are matched against the globs
 * (measure would skip the rest anyway): a repository tracks far more sources than checkpoints.
 */
export function gitTreeFinder(tree: Pick<GitTreeFiles, 'paths'>, readers: readonly CheckpointReader[]): FileFinder {
  return {
    find: async (patterns) => {
      const candidates = tree.paths().filter((path) => readers.some((reader) => reader.matchesName(path)))
      return { files: selectPaths(candidates, patterns).sort(), skipped: [] }
    }
  }
}
