import { buildReport } from './core/analyze.js';
import { evaluateBudgets, parseBudgets } from './core/budgets.js';
import { diffReports } from './core/diff.js';
import type { Report } from './core/types.js';
export interface AnalyzeOptions {
    /** Paths are relative to this directory, as are the report's ids (default: `process.cwd()`). */
    cwd?: string;
    /** List the N largest tensors of each checkpoint, each with the reason for its category. */
    top?: number;
}
/**
 * Finds the checkpoints under `paths` (files or directories, searched as the CLI searches them),
 * reads their metadata and attributes every byte to a category, as `model-size-budget PATH` does.
 * Files that cannot be read are in `report.errors`; the others are still reported.
 */
export declare function analyze(paths: string | readonly string[], options?: AnalyzeOptions): Promise<Report>;
export { buildReport, diffReports, evaluateBudgets, parseBudgets };
export type { BudgetRule, BudgetVerdict } from './core/budgets.js';
export type { Evidence, EvidenceSource, TensorRole } from './core/classify.js';
export type { ReportDiff } from './core/diff.js';
export type { Category, CategoryBytes, CheckpointReport, FormatId, Report, ReportError, TopTensor } from './core/types.js';
