import * as core from '@actions/core'
import { parseBudgets, withDefaultPickleRule, type BudgetRule } from '../core/budgets.js'
import { ConfigError } from '../core/errors.js'
import { parseNoiseFloor, type NoiseFloor } from '../core/noise-floor.js'
import {
  CommentModes,
  DEFAULT_PATH_PATTERNS,
  FailOnModes,
  IfNoCheckpointsModes,
  Inputs,
  LfsModes,
  type LfsMode,
  type CommentMode,
  type FailOn,
  type IfNoCheckpoints,
  type InputName
} from './constants.js'

/** Where the baseline comes from (the `baseline` input). */
export type BaselineInput =
  /** the first that exists of: the PR's base commit in git, the base branch's report artifact */
  | { kind: 'auto' }
  | { kind: 'none' }
  /** a report JSON, a directory of base checkpoints, or a glob of them (workspace-relative) */
  | { kind: 'path'; path: string }

/** The action's inputs, validated and parsed. */
export interface ActionInputs {
  /** Glob lines of `path` (`!` excludes), relative to the workspace; blank and `#` lines dropped. */
  pathPatterns: string[]
  /**
   * `path` is the default (action.yml): its files were found by a search, not chosen, so one that
   * is plainly no checkpoint is skipped; a file the user's own globs match must be a checkpoint.
   */
  pathIsDefault: boolean
  budgetRules: BudgetRule[]
  baseline: BaselineInput
  comment: CommentMode
  /** `comment-key`: distinguishes several comments in one PR. */
  commentKey: string
  failOn: FailOn
  /** `if-no-checkpoints`: what zero checkpoints (and no unreadable file) means for the step. */
  ifNoCheckpoints: IfNoCheckpoints
  /** `min-change`: smaller changes are not changes (folded in the comment, not news for `on-change`). */
  minChange: NoiseFloor
  /** Empty when the workflow passes none (then no comment and no artifact look-up). */
  token: string
  reportPath: string
  /** `lfs`: `ranges` reads LFS pointers' objects by range requests. */
  lfs: LfsMode
  /** `allow-download`: read a remote file whole when its server ignores ranges. */
  allowDownload: boolean
}

/** A comment key ends up inside an HTML comment and an artifact name: keep it to plain characters. */
const COMMENT_KEY_PATTERN = /^[A-Za-z0-9._-]{0,64}$/

/** The only reader of the workflow's inputs (`INPUT_*`); everything after it works on ActionInputs. */
export function readInputs(): ActionInputs {
  return parseInputs((name) => core.getInput(name))
}

/**
 * Validates and parses raw input values (as `core.getInput` returns them: trimmed, '' when
 * unset). Throws a ConfigError naming the input and the values it takes.
 */
export function parseInputs(get: (name: InputName) => string): ActionInputs {
  const pathPatterns = get(Inputs.Path)
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
  if (pathPatterns.length === 0 || pathPatterns.every((line) => line.startsWith('!'))) {
    throw new ConfigError(
      `Input '${Inputs.Path}' has no pattern to search for: give one or more globs, one per line ` +
        "(e.g. 'exports/**/*.safetensors'); lines starting with '!' only exclude."
    )
  }

  const commentKey = get(Inputs.CommentKey)
  if (!COMMENT_KEY_PATTERN.test(commentKey)) {
    throw new ConfigError(
      `Input '${Inputs.CommentKey}' is '${commentKey}': use at most 64 letters, digits, '.', '_' or '-' (e.g. 'mobile-export').`
    )
  }

  const reportPath = get(Inputs.ReportPath)
  if (reportPath === '') {
    throw new ConfigError(`Input '${Inputs.ReportPath}' is empty: give the path of the JSON report to write (default 'model-size-report.json').`)
  }

  return {
    pathPatterns,
    pathIsDefault: pathPatterns.length === DEFAULT_PATH_PATTERNS.length && pathPatterns.every((line, i) => line === DEFAULT_PATH_PATTERNS[i]),
    budgetRules: withDefaultPickleRule(parseBudgets(get(Inputs.Budget), { source: Inputs.Budget })),
    baseline: parseBaseline(get(Inputs.Baseline)),
    comment: oneOf(Inputs.Comment, get(Inputs.Comment).toLowerCase() || 'true', CommentModes),
    commentKey,
    failOn: oneOf(Inputs.FailOn, get(Inputs.FailOn).toLowerCase() || 'budget', FailOnModes),
    ifNoCheckpoints: oneOf(Inputs.IfNoCheckpoints, get(Inputs.IfNoCheckpoints).toLowerCase() || 'error', IfNoCheckpointsModes),
    minChange: parseNoiseFloor(get(Inputs.MinChange), `Input '${Inputs.MinChange}'`),
    token: get(Inputs.GitHubToken),
    reportPath,
    lfs: oneOf(Inputs.Lfs, get(Inputs.Lfs).toLowerCase() || 'error', LfsModes),
    allowDownload: oneOf(Inputs.AllowDownload, get(Inputs.AllowDownload).toLowerCase() || 'false', ['true', 'false'] as const) === 'true'
  }
}

function parseBaseline(value: string): BaselineInput {
  const lower = value.toLowerCase()
  if (lower === '' || lower === 'auto') return { kind: 'auto' }
  if (lower === 'none' || lower === 'false') return { kind: 'none' }
  if (value.includes('\n')) {
    throw new ConfigError(
      `Input '${Inputs.Baseline}' has several lines: give 'auto', 'none', one report JSON path or one directory/glob of base checkpoints.`
    )
  }
  return { kind: 'path', path: value }
}

function oneOf<T extends string>(input: InputName, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new ConfigError(
    `Input '${input}' is '${value}': expected one of ${allowed.map((option) => `'${option}'`).join(', ')}.`
  )
}
