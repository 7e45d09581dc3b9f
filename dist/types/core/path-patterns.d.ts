/**
 * The one reading of path globs, for every place that selects paths with them: the action's `path`
 * lines on disk (io/glob-walk.ts), the same lines over the files git tracks at a base commit
 * (baseline/git-baseline.ts) and the budget rules' checkpoint globs (core/budgets.ts). Lines are
 * trimmed; blank and `#` lines are skipped; `!` lines exclude; lines apply in order (a later line
 * overrides an earlier one); a pattern that matches a directory matches everything below it; dot
 * files match; `..` is refused (it could leave the workspace).
 * The syntax is @actions/glob's (what workflow authors know from actions/upload-artifact and
 * hashFiles): `*`, `**`, `?`, `[...]`, no braces or extglobs. Head, base and budgets select with
 * this one code, so they cannot disagree.
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
/**
 * A test for directories, for a walk that prunes: false when no path below the directory can be
 * selected, so the walk need not enter it (`node_modules` under the default path lines, which
 * exclude it; `src/` under `exports/**`). True when unsure. Below a directory, a path is selected
 * by the last line matching it or one of its directories (pathSelector); the lines matching the
 * directory itself or its ancestors match every path below it too, so only a later positive line
 * that can match somewhere below (minimatch's partial match) can still select one.
 */
export declare function directorySelector(patterns: readonly PathPattern[]): (dir: string) => boolean;
/** The paths among `paths` that the `path` lines select, in their order. */
export declare function selectPaths(paths: readonly string[], lines: readonly string[]): string[];
/**
 * A test for one glob (a budget rule's), read as one `path` line: a glob naming a directory covers
 * what is inside it; a `..` glob matches nothing.
 */
export declare function globSelector(glob: string): (path: string) => boolean;
