import { type CategoryBytes, type CheckpointReport, type ReadResult, type Report, type ReportError } from './types.js';
export declare function emptyCategoryBytes(): CategoryBytes;
export interface AnalyzeOptions {
    /** Stable id (see pipeline/ids.ts). */
    id: string;
    /** How many of the largest tensors to list (0: none). */
    top?: number;
    /** Sum the bytes per category and dtype (`CheckpointReport.dtypes`), for `dtype:` budget rules. */
    dtypes?: boolean;
}
/**
 * Attributes every byte of one checkpoint to a category.
 *
 * The accounting is by construction exact: `total` is the sum of the files' sizes; each tensor
 * payload span (each storage once) goes to its tensor's category; whatever bytes of the files no
 * payload covers (indexes, headers, pickles, zip structure, padding) are `metadata`. A span that
 * lies outside its file is a corrupt checkpoint, and is reported as such rather than allowed to
 * make the categories add up to more than the disk holds.
 */
export declare function analyzeCheckpoint(result: ReadResult, options: AnalyzeOptions): CheckpointReport;
/** Sums checkpoints into a report. Errors ride along so that one bad file never hides the rest. */
export declare function buildReport(checkpoints: CheckpointReport[], errors?: ReportError[]): Report;
