import type { Report } from '../core/types.js'
import type { CheckpointReader } from '../formats/types.js'

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
  throw new Error(`not implemented: measureBaselineDirectory(${root}, ${options.paths?.length})`)
}
