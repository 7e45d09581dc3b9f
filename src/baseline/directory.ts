import type { Report } from '../core/types.js'
import type { CheckpointReader } from '../formats/kit/types.js'
import { DiskFiles } from '../io/disk-files.js'
import { walkFinder } from '../io/walk.js'
import { measure, skippedPathErrors } from '../pipeline/measure.js'

export interface BaselineDirectoryOptions {
  /**
   * Paths (files or directories) inside `root` to search, as for the head; default `['.']`.
   * Checkpoint ids are relative to `root`, so `root` must mirror the workspace layout (a checkout
   * of the base commit) for base and head ids to match.
   */
  paths?: readonly string[]
  /** Largest tensors per checkpoint to list. */
  top?: number
  readers?: readonly CheckpointReader[]
}

/**
 * Measures a directory of base checkpoints (a checkout of the base commit, or copies of the base
 * exports) into a report, with the same pipeline as the head. Symlinks out of `root` are not
 * followed; files that cannot be read become `errors` of the returned report.
 */
export async function measureBaselineDirectory(root: string, options: BaselineDirectoryOptions = {}): Promise<Report> {
  const found = await walkFinder(root).find(options.paths ?? ['.'])
  const named = new Set(found.named ?? [])
  const report = await measure(found.files, new DiskFiles(root), {
    ...(options.top ? { top: options.top } : {}),
    // As for the head: what the walk came across may be skipped, what was named may not.
    foundBySearch: (path) => !named.has(path),
    ...(options.readers ? { readers: options.readers } : {})
  })
  report.errors.push(...skippedPathErrors(found.skipped))
  return report
}
