import type { Report, ReportError } from '../core/types.js';
import type { CheckpointReader } from '../formats/kit/types.js';
import type { CheckpointFiles } from '../io/checkpoint-files.js';
export interface MeasureOptions {
    /** List the N largest tensors of each checkpoint. */
    top?: number;
    /** The readers to try, in order (tests may narrow them). */
    readers?: readonly CheckpointReader[];
    /**
     * Paths the user named explicitly (a file on the command line, a `path` line without
     * wildcards): never skipped for their name. They are sniffed by content, and one that no reader
     * claims is an error naming the file, so a misnamed checkpoint cannot pass a budget gate unseen.
     */
    named?: readonly string[];
    /** Sum bytes per category and dtype in each checkpoint (for `dtype:` budget rules). */
    dtypes?: boolean;
    /** Scan each checkpoint for tensors stored twice (for `duplicates:` budget rules): a few small reads per candidate group. */
    duplicates?: boolean;
    /**
     * True for a file that a search came across rather than one the user asked for: found inside a
     * directory the CLI walked, or by the action's default globs. Such a file whose content matches
     * no format (and is no Git LFS pointer) is listed in `report.skipped`, not as an error; every
     * other unrecognised file is an error. Default: none (every file was asked for).
     */
    foundBySearch?: (path: string) => boolean;
}
/**
 * The pipeline shared by the CLI, the action and the baselines: from a list of files to a report.
 * Files no reader's name filter accepts are never opened. Each checkpoint that cannot be read
 * becomes an entry in `report.errors`, and the others are still reported.
 */
export declare function measure(paths: readonly string[], files: CheckpointFiles, options?: MeasureOptions): Promise<Report>;
/**
 * Report entries for paths a file search did not follow (a symlink out of the root, `..`, a
 * missing path): the CLI's walk, the action's globbing and a baseline directory all report them
 * the same way.
 */
export declare function skippedPathErrors(skipped: readonly {
    path: string;
    reason: string;
}[]): ReportError[];
