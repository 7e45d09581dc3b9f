import { type Category, type CheckpointReport, type Report } from './types.js';
/** One category (or the total) of one checkpoint, base against head. */
export interface CategoryDelta {
    category: Category | 'total';
    /** Undefined when the baseline lacks the checkpoint (or there is no baseline). */
    base?: number;
    /** Undefined when the head lacks the checkpoint (removed). */
    head?: number;
    /** head − base; undefined unless both are known. */
    delta?: number;
    /** delta / base; undefined unless both are known and base > 0. */
    ratio?: number;
}
/**
 * - `added`: in head, not in the baseline; `removed`: in the baseline, not in head
 * - `changed` / `unchanged`: in both, some byte figure differs / none does
 * - `no-baseline`: there is no baseline at all
 */
export type CheckpointChange = 'added' | 'removed' | 'changed' | 'unchanged' | 'no-baseline';
export interface CheckpointDiff {
    /** The id both sides share (CheckpointReport.id). */
    id: string;
    change: CheckpointChange;
    base?: CheckpointReport;
    head?: CheckpointReport;
    /** Every category plus `total`, in CATEGORIES order with `total` last. */
    categories: Record<Category | 'total', CategoryDelta>;
}
export interface ReportDiff {
    /** Undefined: no baseline was found. */
    base?: Report;
    head: Report;
    /** Head checkpoints in head order, then removed ones in base order. */
    checkpoints: CheckpointDiff[];
    /** The report totals, base against head. */
    total: Record<Category | 'total', CategoryDelta>;
    /** True when some checkpoint was added, removed or changed (false without a baseline). */
    changed: boolean;
}
/**
 * Matches checkpoints of base and head by `id` and computes per category base, head, Δ and Δ%.
 * Without a baseline every checkpoint is `no-baseline` and only head figures are set.
 */
export declare function diffReports(base: Report | undefined, head: Report): ReportDiff;
