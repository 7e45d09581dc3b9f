export interface WalkResult {
    /** Regular files found, as POSIX paths relative to `root`. */
    files: string[];
    /** Paths not followed, with the reason (a symlink leaving the root, a missing path). */
    skipped: {
        path: string;
        reason: string;
    }[];
}
/**
 * Lists the files under `paths` (files or directories, searched recursively) without opening
 * any of them. Symlinks are followed only when they resolve inside `root`: a checkout cannot make
 * the tool read `/etc` or a sibling directory through a link.
 *
 * The file system calls are synchronous (see FileByteSource): the walk is the only thing the
 * process does, and each call through the thread pool would cost a round trip.
 */
export declare function walk(root: string, paths: readonly string[]): Promise<WalkResult>;
