/**
 * Domain errors. Each has one sentence shape, so a user can read any of them the same way:
 *
 *   `<file>: <what is wrong> (<where>). <fix, when there is one>`
 *
 * The pipeline catches them per file and puts them in the report; the CLI and the action then
 * go on with the other checkpoints.
 */
/** Base of every error a user is meant to read. */
export declare class ModelSizeBudgetError extends Error {
    constructor(message: string);
}
/** A checkpoint file is malformed: truncated, corrupt, or not what its header claims. */
export declare class FormatError extends ModelSizeBudgetError {
    readonly file: string;
    readonly offset?: number;
    constructor(file: string, what: string, options?: {
        offset?: number;
        fix?: string;
    });
}
/** A file looks like a checkpoint but is in a format (or version) that is not read. */
export declare class UnsupportedFormatError extends ModelSizeBudgetError {
    readonly file: string;
    constructor(file: string, what: string, fix?: string);
}
/** First line of every Git LFS pointer file (`git-lfs/git-lfs:docs/spec.md`). */
export declare const LFS_POINTER_HEAD = "version https://git-lfs.github.com/spec/v1";
/** Whether a file's first bytes are a Git LFS pointer's (its first line is ASCII). */
export declare function looksLikeLfsPointer(head: Uint8Array): boolean;
/** A Git LFS pointer where a checkpoint was expected: the checkout did not fetch LFS objects. */
export declare class LfsPointerError extends ModelSizeBudgetError {
    readonly file: string;
    constructor(file: string, pointedBytes?: number);
}
/**
 * A file that was opened is not there: thrown by the CheckpointFiles adapters (memory, git tree,
 * workspace) and made by the pipeline of Node's own ENOENT. An absent companion file is never this
 * error: readers list it with the size the checkpoint describes (formats/kit/companions.ts).
 */
export declare class MissingFileError extends ModelSizeBudgetError {
    readonly file: string;
    /** As Node's file-system errors carry it, so that callers testing `code` treat both alike. */
    readonly code = "ENOENT";
    constructor(file: string, detail?: string);
}
/** A limit that protects the runner (memory, time) was exceeded by a file. */
export declare class LimitExceededError extends ModelSizeBudgetError {
    readonly file: string;
    constructor(file: string, limitName: string, value: number | bigint, limit: number);
}
/** Bad configuration: a budget line, a CLI flag, an action input, a baseline file. */
export declare class ConfigError extends ModelSizeBudgetError {
}
