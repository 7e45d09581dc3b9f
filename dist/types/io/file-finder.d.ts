/**
 * The port through which entries find the files to measure. Three adapters: the action's `path`
 * globs on disk (io/glob-walk.ts), the CLI's walk of named paths (io/walk.ts)
 * and the files git tracks at a base commit (baseline/git-baseline.ts). The globs of the first and
 * the last are read and matched by one module (core/path-patterns.ts), so head and base select alike.
 */
export interface FileFinder {
    /**
     * The files `selection` selects: `path` lines for the glob adapters, paths (files or
     * directories, searched recursively) for the walk. Files are listed, never opened.
     */
    find(selection: readonly string[]): Promise<FoundFiles>;
}
export interface FoundFiles {
    /** Regular files, as sorted POSIX paths relative to the root. */
    files: string[];
    /**
     * Files named themselves (a path without wildcards), not found by a search: the user asked for
     * these, so one that is no checkpoint is an error (pipeline/measure.ts, `foundBySearch`).
     */
    named?: string[];
    /** Lines and paths that were reported instead of read, with the reason. */
    skipped: {
        path: string;
        reason: string;
    }[];
}
