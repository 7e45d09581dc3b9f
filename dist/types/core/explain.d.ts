import type { CheckpointReport, ReadResult } from './types.js';
/**
 * One-line explanations of the common surprises, in the words a user would search for. They are
 * what turns "39.3 MB" into "two thirds of it is Adam's m and v".
 */
export declare function explain(report: CheckpointReport, result: ReadResult): string[];
