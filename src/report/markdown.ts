import type { BudgetVerdict } from '../core/budgets.js'

/** GitHub rejects issue comments longer than this many characters. */
export const GITHUB_COMMENT_MAX_LENGTH = 65_536

/** Prefix of the hidden marker that identifies our sticky comment. */
export const COMMENT_MARKER_PREFIX = 'model-size-budget'

/**
 * The hidden marker `<!-- model-size-budget:KEY -->` (KEY empty without a comment key) that the
 * action looks for among a PR's comments. The key is reduced to `[A-Za-z0-9._/-]` so it can never
 * close the HTML comment or collide with another key's marker.
 */
export function commentMarker(commentKey = ''): string {
  throw new Error(`not implemented: commentMarker(${commentKey})`)
}

/** Where the baseline came from, or where it would have come from. */
export interface BaselineOrigin {
  /**
   * - `report`: a report JSON (path or artifact); `directory`: base checkpoints measured from disk;
   * - `git`: checkpoint files read at the PR's base commit; `artifact`: the latest base-branch run's report;
   * - `none`: no baseline (growth limits say "no baseline")
   */
  kind: 'report' | 'directory' | 'git' | 'artifact' | 'none'
  /**
   * Plain text (escaped by the renderer), e.g. `base commit 1a2b3c4`, `baseline/model-size-report.json`,
   * `artifact "model-size-report" of run 123 on main`. For `none`: where a baseline would come from,
   * e.g. `no report artifact on main yet; set baseline: PATH or upload the report from the default branch`.
   */
  description: string
  /** Optional link (http(s) only) to the baseline's source, e.g. the run that produced the artifact. */
  url?: string
}

export interface MarkdownOptions {
  /** The `comment-key` input; selects the hidden marker. Default: none. */
  commentKey?: string
  /** Maximum characters of the body (default GITHUB_COMMENT_MAX_LENGTH). The body is cut at a row boundary. */
  maxLength?: number
  baseline: BaselineOrigin
  /** Link (http(s) only) to the run whose job summary has the full report; used in the "cut" note and footer. */
  summaryUrl?: string
  /** Largest tensors listed per checkpoint (from `CheckpointReport.top`; measure with `top`). Default 10. */
  topTensors?: number
}

/**
 * The PR comment body: headline verdict, one table row per checkpoint and category that matters,
 * explanation lines, a collapsed `<details>` per checkpoint (largest tensors, mermaid pie of the
 * category shares), where the baseline came from, and the hidden marker at the end. Everything
 * taken from checkpoints is escaped (see escape.ts). At most `maxLength` characters: when longer,
 * cut at a row boundary with a note that points to the job summary; the marker is always kept.
 */
export function renderMarkdown(verdict: BudgetVerdict, options: MarkdownOptions): string {
  throw new Error(`not implemented: renderMarkdown(${verdict.status}, ${options.baseline.kind})`)
}

/** Options of the job summary: as the comment's, minus the length cut and the marker. */
export type SummaryOptions = Omit<MarkdownOptions, 'maxLength' | 'commentKey'>

/**
 * The job summary (`core.summary.addRaw`): the same content as the comment, never cut, with
 * every budget result, file list and unclassified tensor; no marker.
 */
export function renderSummary(verdict: BudgetVerdict, options: SummaryOptions): string {
  throw new Error(`not implemented: renderSummary(${verdict.status}, ${options.baseline.kind})`)
}
