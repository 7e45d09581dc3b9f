import * as core from '@actions/core'
import { readFileSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseBudgets, withDefaultPickleRule, type BudgetRule } from '../core/budgets.js'
import { configFor, legBudget, type ModelSizeConfig } from '../core/config-file.js'
import { DEFAULT_CONFIG_PATH, MAX_CONFIG_BYTES } from '../core/config-path.js'
import { ConfigError } from '../core/errors.js'
import type { LegBudget } from '../core/merge.js'
import { parseNoiseFloor, type NoiseFloor } from '../core/noise-floor.js'
import {
  BooleanValues,
  CommentModes,
  Modes,
  DEFAULT_PATH_PATTERNS,
  FailOnModes,
  IfNoCheckpointsModes,
  Inputs,
  LfsModes,
  type LfsMode,
  type CommentMode,
  type FailOn,
  type IfNoCheckpoints,
  type InputName,
  type Mode
} from './constants.js'

/** Where the baseline comes from (the `baseline` input). */
export type BaselineInput =
  /** the first that exists of: the PR's base commit in git, the base branch's report artifact */
  | { kind: 'auto' }
  | { kind: 'none' }
  /** a report JSON, a directory of base checkpoints, or a glob of them (workspace-relative) */
  | { kind: 'path'; path: string }
  /** `ref:v1.4.0`: the checkpoints git tracks at a tag, branch or commit */
  | { kind: 'ref'; ref: string }

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
  /** What came from the config file and what the inputs overrode, for the log. */
  notes: string[]
  /** `mode`: what this step does (see Modes). */
  mode: Mode
  /** `upload-report`: upload the report JSON and the HTML report as an artifact. */
  uploadReport: boolean
  /** `history`: keep the default branch's size history as an artifact and chart each changed checkpoint's trend. */
  history: boolean
  /** `expect-keys` (merge): the legs' comment keys that should have reported; empty: read from the run's jobs. */
  expectKeys: string[]
  /**
   * For `mode: merge`: each matrix leg's `keys.KEY` section of the config file (its rules, for its
   * checkpoints only) and its noise floor; a leg without a section is judged by `budgetRules` alone.
   */
  legBudgets: ReadonlyMap<string, LegInputs>
  /** `lfs`: `ranges` reads LFS pointers' objects by range requests. */
  lfs: LfsMode
  /** `allow-download`: read a remote file whole when its server ignores ranges. */
  allowDownload: boolean
}

/** A matrix leg's part of the config file, as `mode: merge` applies it. */
export interface LegInputs extends LegBudget {
  /** Its section's `min-change` unless the workflow sets the input (which wins, as for every job). */
  minChange: NoiseFloor
}

/**
 * The inputs a config file may also set, with action.yml's defaults: an input left at its default
 * gives way to the file; an input the workflow sets to anything else wins over it.
 */
const FILE_SETTABLE_DEFAULTS = { [Inputs.MinChange]: '', [Inputs.Comment]: 'true', [Inputs.Baseline]: 'auto' } as const

/** A comment key ends up inside an HTML comment and an artifact name: keep it to plain characters. */
const COMMENT_KEY_PATTERN = /^[A-Za-z0-9._-]{0,64}$/

/** The only reader of the workflow's inputs (`INPUT_*`); everything after it works on ActionInputs. */
export async function readInputs(): Promise<ActionInputs> {
  const get = (name: InputName) => core.getInput(name)
  return parseInputs(get, await readConfigFile(resolve(process.env.GITHUB_WORKSPACE ?? process.cwd()), get(Inputs.Config)))
}

/**
 * The config file: the `config` input's path (which must exist), else `.github/model-size-budget.yml`
 * when the workspace has one. Undefined without either. The parser (with `yaml` and `ajv`, most
 * of the bundle's start-up) is loaded only when there is a file.
 */
export async function readConfigFile(workspace: string, input: string): Promise<ModelSizeConfig | undefined> {
  const path = input || DEFAULT_CONFIG_PATH
  const info = statSync(resolve(workspace, path), { throwIfNoEntry: false })
  if (!info?.isFile()) {
    if (!input) return undefined
    throw new ConfigError(
      `Input '${Inputs.Config}' is '${input}', which is not a file in the workspace: check out the repository first, or give the path of a model-size-budget.yml.`
    )
  }
  if (info.size > MAX_CONFIG_BYTES) throw new ConfigError(`${path}: ${info.size} bytes is too large for a config file (at most ${MAX_CONFIG_BYTES}).`)
  const { parseConfig } = await import('../core/config-parse.js')
  return parseConfig(readFileSync(resolve(workspace, path), 'utf8'), path)
}

/**
 * Validates and parses raw input values (as `core.getInput` returns them: trimmed, '' when
 * unset), with the config file's section for the `comment-key` when there is a file. Throws a
 * ConfigError naming the input and the values it takes.
 *
 * Both sources together: the rules of the `budget` input and of the file all apply (a budget gate
 * never drops a rule silently; each result names its source). For min-change, comment and
 * baseline, an input the workflow sets wins over the file; an input left at its default gives way.
 */
export function parseInputs(get: (name: InputName) => string, config?: ModelSizeConfig): ActionInputs {
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
    throw new ConfigError(`Input '${Inputs.CommentKey}' is '${commentKey}': use at most 64 letters, digits, '.', '_' or '-' (e.g. 'mobile-export').`)
  }

  const reportPath = get(Inputs.ReportPath)
  if (reportPath === '') {
    throw new ConfigError(`Input '${Inputs.ReportPath}' is empty: give the path of the JSON report to write (default 'model-size-report.json').`)
  }

  const notes: string[] = []
  const section = config ? configFor(config, commentKey || undefined) : undefined
  const inputRules = parseBudgets(get(Inputs.Budget), { source: Inputs.Budget })
  if (config && section) {
    notes.push(
      `Config: ${config.path}${commentKey && config.keys[commentKey] ? ` with its keys.${commentKey} section` : ''}, ${section.rules.length} rule${section.rules.length === 1 ? '' : 's'}.`
    )
    if (inputRules.length > 0 && section.rules.length > 0) notes.push(`The rules of input '${Inputs.Budget}' and of ${config.path} all apply.`)
  }
  // An input the workflow set (not its default) wins over the file.
  const settable = (name: keyof typeof FILE_SETTABLE_DEFAULTS, fromFile: string | undefined): string => {
    const value = get(name)
    if (fromFile === undefined || (value !== '' && value.toLowerCase() !== FILE_SETTABLE_DEFAULTS[name])) {
      if (fromFile !== undefined) notes.push(`Input '${name}' (${value}) wins over ${config!.path}'s ${name}: ${fromFile}.`)
      return value
    }
    return fromFile
  }
  const minChangeInput = settable(Inputs.MinChange, section?.minChange?.text)
  const minChange =
    section?.minChange && minChangeInput === section.minChange.text ? section.minChange : parseNoiseFloor(minChangeInput, `Input '${Inputs.MinChange}'`)

  return {
    pathPatterns,
    pathIsDefault: pathPatterns.length === DEFAULT_PATH_PATTERNS.length && pathPatterns.every((line, i) => line === DEFAULT_PATH_PATTERNS[i]),
    budgetRules: withDefaultPickleRule([...inputRules, ...(section?.rules ?? [])]),
    baseline: parseBaseline(settable(Inputs.Baseline, section?.baseline)),
    comment: oneOf(Inputs.Comment, settable(Inputs.Comment, section?.comment).toLowerCase() || 'true', CommentModes),
    commentKey,
    failOn: oneOf(Inputs.FailOn, get(Inputs.FailOn).toLowerCase() || 'budget', FailOnModes),
    ifNoCheckpoints: oneOf(Inputs.IfNoCheckpoints, get(Inputs.IfNoCheckpoints).toLowerCase() || 'error', IfNoCheckpointsModes),
    minChange,
    token: get(Inputs.GitHubToken),
    reportPath,
    notes,
    mode: oneOf(Inputs.Mode, get(Inputs.Mode).toLowerCase() || 'measure', Modes),
    uploadReport: oneOf(Inputs.UploadReport, get(Inputs.UploadReport).toLowerCase() || 'false', BooleanValues) === 'true',
    history: oneOf(Inputs.History, get(Inputs.History).toLowerCase() || 'false', BooleanValues) === 'true',
    expectKeys: parseKeys(get(Inputs.ExpectKeys)),
    legBudgets: config ? legBudgets(config, minChange, get(Inputs.MinChange) !== FILE_SETTABLE_DEFAULTS[Inputs.MinChange]) : new Map(),
    lfs: oneOf(Inputs.Lfs, get(Inputs.Lfs).toLowerCase() || 'error', LfsModes),
    allowDownload: oneOf(Inputs.AllowDownload, get(Inputs.AllowDownload).toLowerCase() || 'false', ['true', 'false'] as const) === 'true'
  }
}

/**
 * The `keys.KEY` sections as the merge applies them to each leg, read as a leg's own run reads
 * them (core/config-file.ts legBudget). A section's min-change replaces the merge step's own
 * (`floor`) for its leg, unless the workflow set the `min-change` input, which wins everywhere.
 */
function legBudgets(config: ModelSizeConfig, floor: NoiseFloor, inputSet: boolean): Map<string, LegInputs> {
  const legs = new Map<string, LegInputs>()
  for (const key of Object.keys(config.keys)) {
    legs.set(key, { ...legBudget(config, key)!, minChange: (inputSet ? undefined : config.keys[key].minChange) ?? floor })
  }
  return legs
}

/** `expect-keys`: comment keys separated by commas, spaces or lines, each a valid comment key. */
function parseKeys(value: string): string[] {
  const keys = value.split(/[\s,]+/).filter((key) => key !== '')
  const bad = keys.find((key) => !COMMENT_KEY_PATTERN.test(key))
  if (bad !== undefined) {
    throw new ConfigError(
      `Input '${Inputs.ExpectKeys}' has '${bad}', which is no comment key: list the legs' comment-key values (letters, digits, '.', '_', '-'), e.g. 'linux, ios, android'.`
    )
  }
  return [...new Set(keys)]
}

function parseBaseline(value: string): BaselineInput {
  const lower = value.toLowerCase()
  if (lower === '' || lower === 'auto') return { kind: 'auto' }
  if (lower === 'none' || lower === 'false') return { kind: 'none' }
  if (value.includes('\n')) {
    throw new ConfigError(`Input '${Inputs.Baseline}' has several lines: give 'auto', 'none', one report JSON path or one directory/glob of base checkpoints.`)
  }
  if (lower.startsWith('ref:')) {
    const ref = value.slice('ref:'.length).trim()
    if (!/^[A-Za-z0-9][\w./-]*$/.test(ref) || ref.includes('..')) {
      throw new ConfigError(`Input '${Inputs.Baseline}' is '${value}': after 'ref:' give a tag, branch or commit, e.g. 'ref:v1.4.0'.`)
    }
    return { kind: 'ref', ref }
  }
  return { kind: 'path', path: value }
}

function oneOf<T extends string>(input: InputName, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new ConfigError(`Input '${input}' is '${value}': expected one of ${allowed.map((option) => `'${option}'`).join(', ')}.`)
}
