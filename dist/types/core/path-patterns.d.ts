/**
 * The one reading of path globs, for every place that selects paths with them: the action's `path`
 * lines on disk (action/find-files.ts, through @actions/glob), the same lines over the files git
 * tracks at a base commit (baseline/git-baseline.ts) and the budget rules' checkpoint globs
 * (core/budgets.ts). Lines are trimmed; blank and `#` lines are skipped; `!` lines exclude; lines
 * apply in order (a later line overrides an earlier one); a pattern that matches a directory
 * matches everything below it; dot files match; `..` is refused (it could leave the workspace).
 * The syntax is @actions/glob's, so that head, base and budgets agree: `*`, `**`, `?`, `[...]`, no
 * braces or extglobs.
 */
/** One line, normalised. */
export interface PathPattern {
    /** A `!` line: excludes what earlier lines included. */
    negate: boolean;
    /**
     * The glob, POSIX, relative to the root without `./` or a trailing `/` (`**` for the root
     * itself); for an absolute pattern, the path as written (the disk adapter decides if it is inside).
     */
    glob: string;
    absolute: boolean;
}
/** A line that selects nothing, and why (reported to the user, never silently dropped). */
export interface RefusedPattern {
    pattern: string;
    reason: string;
}
/** Normalises `path`-style lines (see the module comment). */
export declare function parsePathPatterns(lines: readonly string[]): {
    patterns: PathPattern[];
    refused: RefusedPattern[];
};
/**
 * A test for relative POSIX paths (files git tracks, checkpoint ids) against the normalised lines:
 * included when the last line matching the path or one of its directories is not a `!` line.
 * Absolute patterns match nothing here (there is no disk to place them on).
 */
export declare function pathSelector(patterns: readonly PathPattern[]): (path: string) => boolean;
/** The paths among `paths` that the `path` lines select, in their order. */
export declare function selectPaths(paths: readonly string[], lines: readonly string[]): string[];
/**
 * A test for one glob (a budget rule's), read as one `path` line: a glob naming a directory covers
 * what is inside it; a `..` glob matches nothing.
 */
export declare function globSelector(glob: string): (path: string) => boolean;
