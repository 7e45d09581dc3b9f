/**
 * Domain errors. Each has one sentence shape, so a user can read any of them the same way:
 *
 *   `<file>: <what is wrong> (<where>). <fix, when there is one>`
 *
 * The pipeline catches them per file and puts them in the report; the CLI and the action then
 * go on with the other checkpoints.
 */

/** Base of every error a user is meant to read. */
export class ModelSizeBudgetError extends Error {
  constructor(message: string) {
    super(message)
    this.name = new.target.name
  }
}

/** A checkpoint file is malformed: truncated, corrupt, or not what its header claims. */
export class FormatError extends ModelSizeBudgetError {
  readonly file: string
  readonly offset?: number
  constructor(file: string, what: string, options: { offset?: number; fix?: string } = {}) {
    const where = options.offset === undefined ? '' : ` (at byte ${options.offset})`
    const fix = options.fix ? ` ${options.fix}` : ''
    super(`${file}: ${what}${where}.${fix}`)
    this.file = file
    this.offset = options.offset
  }
}

/** A file looks like a checkpoint but is in a format (or version) that is not read. */
export class UnsupportedFormatError extends ModelSizeBudgetError {
  readonly file: string
  constructor(file: string, what: string, fix?: string) {
    super(`${file}: unsupported format: ${what}.${fix ? ` ${fix}` : ''}`)
    this.file = file
  }
}

/** First line of every Git LFS pointer file (`git-lfs/git-lfs:docs/spec.md`). */
export const LFS_POINTER_HEAD = 'version https://git-lfs.github.com/spec/v1'

/** Whether a file's first bytes are a Git LFS pointer's (its first line is ASCII). */
export function looksLikeLfsPointer(head: Uint8Array): boolean {
  return head.length >= LFS_POINTER_HEAD.length && [...LFS_POINTER_HEAD].every((char, i) => head[i] === char.charCodeAt(0))
}

/** A Git LFS pointer where a checkpoint was expected: the checkout did not fetch LFS objects. */
export class LfsPointerError extends ModelSizeBudgetError {
  readonly file: string
  constructor(file: string, pointedBytes?: number) {
    const size = pointedBytes === undefined ? '' : ` for a ${pointedBytes}-byte object`
    super(
      `${file}: this is a Git LFS pointer${size}, not the checkpoint itself. ` + 'Check out with `lfs: true` (actions/checkout) or run `git lfs pull` first.'
    )
    this.file = file
  }
}

/**
 * A file that was opened is not there: thrown by the CheckpointFiles adapters (memory, git tree,
 * workspace) and made by the pipeline of Node's own ENOENT. An absent companion file is never this
 * error: readers list it with the size the checkpoint describes (formats/kit/companions.ts).
 */
export class MissingFileError extends ModelSizeBudgetError {
  readonly file: string
  /** As Node's file-system errors carry it, so that callers testing `code` treat both alike. */
  readonly code = 'ENOENT'
  constructor(file: string, detail?: string) {
    super(`${file}: no such file${detail ? ` (${detail})` : ''}.`)
    this.file = file
  }
}

/** A limit that protects the runner (memory, time) was exceeded by a file. */
export class LimitExceededError extends ModelSizeBudgetError {
  readonly file: string
  constructor(file: string, limitName: string, value: number | bigint, limit: number) {
    super(
      `${file}: ${limitName} is ${value}, over the limit of ${limit}. ` +
        'The file is corrupt or hostile and was not read further. If it is a real checkpoint, please report it ' +
        '(the limits and their reasons are in src/core/limits.ts).'
    )
    this.file = file
  }
}

/** Bad configuration: a budget line, a CLI flag, an action input, a baseline file. */
export class ConfigError extends ModelSizeBudgetError {}
