import type { FileFinder } from './file-finder.js';
export interface WalkResult {
    /** Regular files found, as POSIX paths relative to `root`. */
    files: string[];
    /**
     * The files among them that were named as a path themselves, not found inside a named
     * directory: the user asked for these, so one that is no checkpoint is an error, where a file
     * the search came across is skipped (pipeline/measure.ts, `foundBySearch`).
     */
    named: string[];
    /** Paths not followed, with the reason (a symlink leaving the root, a missing path). */
    skipped: {
        path: string;
        reason: string;
    }[];
}
/** The FileFinder adapter of the CLI and library: named paths under `root`, walked. */
export declare function walkFinder(root: string): FileFinder;
/**
 * Lists the files under `paths` (files or directories, searched recursively) without opening
 * any of them. Symlinks are followed only when they resolve inside `root`: a checkout cannot make
 * the tool read `/etc` or a sibling directory through a link.
 *
 * The file system calls are synchronous (see FileByteSource): the walk is the only thing the
 * process does, and each call through the thread pool would cost a round trip.
 */
export declare function walk(root: string, paths: readonly string[]): Promise<WalkResult>;
