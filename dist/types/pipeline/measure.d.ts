import type { Report, ReportError } from '../core/types.js';
import type { CheckpointReader } from '../formats/types.js';
import { type CheckpointFiles } from '../io/checkpoint-files.js';
export interface MeasureOptions {
    /** List the N largest tensors of each checkpoint. */
    top?: number;
    /** The readers to try, in order (tests may narrow them). */
    readers?: readonly CheckpointReader[];
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
