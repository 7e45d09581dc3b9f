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
  Lfs: 'lfs',
  AllowDownload: 'allow-download'
} as const
export type InputName = (typeof Inputs)[keyof typeof Inputs]

/**
 * The default of the `path` input, as action.yml declares it (a test keeps the two equal): the
 * names of every format's checkpoint files and training folders' primary files, without
 * dependency and cache directories. Under this default, files that only look like checkpoints
 * by name are skipped rather than failing the step (pipeline/measure.ts, `foundBySearch`).
 */
export const DEFAULT_PATH_PATTERNS: readonly string[] = [
  '**/*.index',
  '**/saved_model.pb',
  '**/saved_model.pbtxt',
  '**/*.pt',
  '**/*.pth',
  '**/*.bin',
  '**/*.ckpt',
  '**/*.pt.tar',
  '**/*.pth.tar',
  '**/*.safetensors',
  '**/*.safetensors.index.json',
  '**/*.bin.index.json',
  '**/*.onnx',
  '**/*.keras',
  '**/*.h5',
  '**/*.hdf5',
  '**/*.gguf',
  '**/*.npy',
  '**/*.npz',
  '**/*.msgpack',
  '**/checkpoint_*',
  '**/_CHECKPOINT_METADATA',
  '**/_METADATA',
  '**/trainer_state.json',
  '**/random_states_*.pkl',
  '**/.metadata',
  '**/*.xml',
  '**/*.mlmodel',
  '**/*.mlpackage',
  '**/*.tflite',
  '**/*.pte',
  '**/*.ptd',
  '**/*.pt2',
  '!**/node_modules',
  '!**/.venv',
  '!**/__pycache__',
  '!**/.hg',
  '!**/.svn'
]

/** Outputs of action.yml. */
export const Outputs = {
  Report: 'report',
  TotalBytes: 'total-bytes',
  OverBudget: 'over-budget',
  CommentId: 'comment-id',
  Markdown: 'markdown'
} as const
export type OutputName = (typeof Outputs)[keyof typeof Outputs]

/** Values of the `comment` input. */
export const CommentModes = ['true', 'false', 'on-change'] as const
export type CommentMode = (typeof CommentModes)[number]

/** Values of the `fail-on` input. */
export const FailOnModes = ['budget', 'never'] as const
export type FailOn = (typeof FailOnModes)[number]

/** Values of the `if-no-checkpoints` input (upload-artifact's `if-no-files-found`). */
export const IfNoCheckpointsModes = ['error', 'warn', 'ignore'] as const
export type IfNoCheckpoints = (typeof IfNoCheckpointsModes)[number]

/**
 * The artifact name the baseline look-up searches the base branch's runs for (README: upload the
 * `report` output under this name). With a `comment-key`, `model-size-report-<key>`.
 */
export const REPORT_ARTIFACT_NAME = 'model-size-report'

/**
 * The login that owns comments made with the workflow's own GITHUB_TOKEN. That token is an app
 * installation token, for which `GET /user` is refused, so the login cannot be asked for.
 */
export const GITHUB_ACTIONS_BOT_LOGIN = 'github-actions[bot]'
