import { NAME_PATTERNS } from '../formats/index.js'
import { NOT_SEARCHED_DIRS } from '../io/paths.js'

/**
 * The action's interface names, as declared in action.yml. One place, so that a rename is one
 * edit and a typo is a type error (the pattern of actions/cache and actions/setup-node
 * `constants.ts`).
 */

/** `lfs`: what a Git LFS pointer where a checkpoint is expected means. */
export const LfsModes = ['error', 'ranges'] as const
export type LfsMode = (typeof LfsModes)[number]

/** Inputs of action.yml. */
export const Inputs = {
  Path: 'path',
  Budget: 'budget',
  Baseline: 'baseline',
  Comment: 'comment',
  CommentKey: 'comment-key',
  FailOn: 'fail-on',
  GitHubToken: 'github-token',
  ReportPath: 'report-path',
  IfNoCheckpoints: 'if-no-checkpoints',
  MinChange: 'min-change',
  Config: 'config',
  UploadReport: 'upload-report',
  History: 'history',
  Mode: 'mode',
  ExpectKeys: 'expect-keys',
  Lfs: 'lfs',
  AllowDownload: 'allow-download'
} as const
export type InputName = (typeof Inputs)[keyof typeof Inputs]

/**
 * The default of the `path` input, as action.yml declares it (a test keeps the two equal): every
 * format's file names as its sniffer declares them (formats/index.ts, NAME_PATTERNS), in any
 * directory, without the dependency and cache directories the CLI's walk does not enter either
 * (`.git` needs no line: the glob walk never enters it). Under this default, files
 * that only look like checkpoints by name are skipped rather than failing the step
 * (pipeline/measure.ts, `foundBySearch`).
 */
export const DEFAULT_PATH_PATTERNS: readonly string[] = [
  ...NAME_PATTERNS.map((pattern) => `**/${pattern}`),
  ...NOT_SEARCHED_DIRS.filter((dir) => dir !== '.git').map((dir) => `!**/${dir}`)
]

/** Outputs of action.yml. */
export const Outputs = {
  Report: 'report',
  TotalBytes: 'total-bytes',
  OverBudget: 'over-budget',
  CommentId: 'comment-id',
  Markdown: 'markdown',
  ReportArtifactId: 'report-artifact-id',
  ReportArtifactUrl: 'report-artifact-url'
} as const
export type OutputName = (typeof Outputs)[keyof typeof Outputs]

/** Values of the `comment` input. */
export const CommentModes = ['true', 'false', 'on-change'] as const
export type CommentMode = (typeof CommentModes)[number]

/**
 * Values of the `mode` input: `measure` (one job: measure, compare, comment), `merge` (a matrix's
 * final job: merge the legs' report artifacts into one comment), `report` (a fork's pull_request
 * run: measure and upload the report, never write to the PR), `comment` (a `workflow_run` run:
 * post the report artifact of the run that triggered it).
 */
export const Modes = ['measure', 'merge', 'report', 'comment'] as const
export type Mode = (typeof Modes)[number]

/** Values of the `upload-report` input. */
export const BooleanValues = ['true', 'false'] as const

/** Values of the `fail-on` input. */
export const FailOnModes = ['budget', 'never'] as const
export type FailOn = (typeof FailOnModes)[number]

/** Values of the `if-no-checkpoints` input (upload-artifact's `if-no-files-found`). */
export const IfNoCheckpointsModes = ['error', 'warn', 'ignore'] as const
export type IfNoCheckpoints = (typeof IfNoCheckpointsModes)[number]

/**
 * The artifact name the baseline look-up searches the base branch's runs for, and the name the
 * action uploads its report under (`upload-report: true`, `mode: report`). With a `comment-key`,
 * `model-size-report-<key>`: `mode: merge` collects every artifact named so in its run.
 */
export const REPORT_ARTIFACT_NAME = 'model-size-report'

/** The report artifact's name for a comment key. */
export function reportArtifactName(commentKey: string): string {
  return commentKey ? `${REPORT_ARTIFACT_NAME}-${commentKey}` : REPORT_ARTIFACT_NAME
}

/**
 * The login that owns comments made with the workflow's own GITHUB_TOKEN. That token is an app
 * installation token, for which `GET /user` is refused, so the login cannot be asked for.
 */
export const GITHUB_ACTIONS_BOT_LOGIN = 'github-actions[bot]'
