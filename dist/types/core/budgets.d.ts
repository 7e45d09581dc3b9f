import type { ReportDiff } from './diff.js';
import { type ByteSize } from './size-units.js';
import { type Category, type CheckpointReport, type Report } from './types.js';
/** What a byte budget line limits: one category of a checkpoint, or its total. */
export type BudgetCategory = Category | 'total';
/**
 * What a rule on something other than a category's bytes judges: `dtype: float16`, and the pickle
 * scan's `pickle: safe`. A new check (a duplicates rule) adds its word here and its parser to
 * CHECK_PARSERS; evaluation, the outcome and the comment need nothing more.
 */
export type CheckSubject = 'dtype' | 'pickle' | 'duplicates';
/** The word before a rule's LIMIT. */
export type BudgetSubject = BudgetCategory | CheckSubject;
/** A check's limit, parsed from the rule's LIMIT text: it judges one head checkpoint. */
export interface CheckLimit {
    judge(checkpoint: CheckpointReport): CheckJudgement;
}
export interface CheckJudgement {
    /** `unknown`: the report lacks what the check needs; shown like "no baseline", never fails. */
    status: 'pass' | 'exceeded' | 'unknown';
    /** The bytes the check is about (e.g. of the offending tensors) and the bytes it counts against the rule. */
    head: number;
    excess: number;
    /** A few words for a table cell, e.g. `3 float32 tensors, 26.2 MB`. */
    summary?: string;
    /** One sentence after `<checkpoint>: `, naming what was found and what to do. */
    detail: string;
}
/** How each check subject's LIMIT is read. */
export declare const CHECK_PARSERS: Record<CheckSubject, (text: string) => CheckLimit>;
/** One term of a budget line's LIMIT. A line has one or more terms, separated by commas. */
export type BudgetLimit = 
/** `50 MB`: the checkpoint's bytes in the category may not exceed this. */
{
    kind: 'absolute';
    size: ByteSize;
    text: string;
}
/**
 * `+10 MB`: the bytes may grow by at most this much against the baseline; with `since REF`
 * (`+10 MB since v1.4.0`), against the report at that git ref (drift: small steps add up).
 */
 | {
    kind: 'growth-bytes';
    size: ByteSize;
    text: string;
    since?: string;
}
/** `+5%`: the bytes may grow by at most this percentage of the baseline's bytes (or of REF's, with `since REF`). */
 | {
    kind: 'growth-percent';
    percent: number;
    text: string;
    since?: string;
}
/** `>= 1 MB`: a floor; the bytes may not fall below it (a save that lost its weights). */
 | {
    kind: 'floor';
    size: ByteSize;
    text: string;
}
/** A check on something other than bytes (`dtype: float16`); the only limit of its rule. */
 | {
    kind: 'check';
    check: CheckLimit;
    text: string;
};
/**
 * One budget line: `[warn] [GLOB:] CATEGORY: LIMIT`.
 *
 * Every rule applies to each matching checkpoint separately: `total: 50 MB` means "no checkpoint
 * over 50 MB", as the table in DESIGN.md shows a budget per checkpoint row. Without a glob a rule
 * matches every checkpoint.
 */
export interface BudgetRule {
    /**
     * Checkpoint-id glob (minimatch syntax, `exports/mobile/**`, `*.safetensors`); a glob that
     * names a directory (`exports/mobile`) also matches every checkpoint under it. Undefined: every
     * checkpoint.
     */
    glob?: string;
    category: BudgetSubject;
    limits: BudgetLimit[];
    /** `warn` prefix: a soft limit that warns and never fails. */
    soft: boolean;
    /** The line as written (trimmed, comment removed), for messages. */
    text: string;
    /** 1-based line number within `source`. */
    line: number;
    /** Where the line came from: `budget` (action input), `--budget`, a budget file path. */
    source: string;
    /**
     * How messages name the rule's place when `<source> line <line>` does not say it well: a config
     * file's `.github/model-size-budget.yml:7:5`.
     */
    where?: string;
    /**
     * Checkpoint globs the rule skips: a config file's per-checkpoint override (`checkpoints:`) of
     * the same category replaces it there.
     */
    excludes?: string[];
    /**
     * Added by default, not written by the user (`pickle: safe` in the action): it reports only
     * when it is exceeded, and matching no checkpoint is no typo.
     */
    implicit?: boolean;
}
/** How one limit term of one rule fared on one checkpoint. */
export type BudgetResultStatus = 
/** within the limit */
'pass'
/** a soft (`warn`) limit exceeded */
 | 'warn'
/** a hard limit exceeded */
 | 'fail'
/** a growth limit with nothing to grow from: no baseline, or a checkpoint the baseline lacks */
 | 'no-baseline';
export { byWorstStatus, RESULT_STATUS_ORDER } from './budget-status.js';
export interface BudgetResult {
    rule: BudgetRule;
    limit: BudgetLimit;
    checkpointId: string;
    category: BudgetSubject;
    status: BudgetResultStatus;
    /**
     * What the limit is compared with: head bytes (absolute limits) or the growth against the base
     * (growth limits). Undefined for `no-baseline`.
     */
    actual?: number;
    /** Base bytes of the category, when the baseline has the checkpoint. */
    base?: number;
    /** Head bytes of the category. */
    head: number;
    /** The bytes the limit allows: the absolute size, or the allowed growth (for `+5%`: 5% of base). */
    allowed?: number;
    /** Bytes over the limit, or under a floor (0 when within it or not evaluated). */
    excess: number;
    /**
     * A few words for a table cell when bytes over the limit do not say it (a rule that is not a
     * byte limit, e.g. `3 float32 tensors, 26.2 MB`). Plain text: escape before markdown.
     */
    summary?: string;
    /**
     * One plain-text sentence for logs, `core.setFailed` and the CLI, e.g.
     * `exports/model.ckpt: optimizer is 26.2 MB, 26.2 MB over the limit 0 B (budget line 2: "optimizer: 0 B")`.
     * Contains checkpoint ids as they are: escape before putting it into markdown.
     */
    message: string;
}
/** The overall outcome. */
export type BudgetStatus = 'pass' | 'warn' | 'fail';
/** Everything a renderer needs: the diff, the rules and how each fared. */
export interface BudgetVerdict {
    /** `fail` when a hard limit is exceeded; `warn` when only soft limits are, or a rule matched no checkpoint. */
    status: BudgetStatus;
    /** One result per rule × matching head checkpoint × limit term, in rule order then checkpoint order. */
    results: BudgetResult[];
    /** Rules whose glob matched no head checkpoint (likely a typo): shown as warnings. */
    unmatchedRules: BudgetRule[];
    rules: BudgetRule[];
    diff: ReportDiff;
}
/** Every category a rule may name, in report order. */
export declare const BUDGET_CATEGORIES: readonly BudgetCategory[];
/** The expected form of a budget line, shown in every parse error. */
export declare const BUDGET_LINE_FORM: string;
/** The rule the action applies unless the budget has a `pickle:` line of its own. */
export declare const DEFAULT_PICKLE_RULE = "pickle: safe";
/**
 * The rules with `pickle: safe` added when none of them speaks of pickles: the action fails a
 * checkpoint whose pickle would run code on load unless the user says otherwise
 * (`warn pickle: safe`).
 */
export declare function withDefaultPickleRule(rules: BudgetRule[]): BudgetRule[];
export interface ParseBudgetsOptions {
    /** Named in error messages and in `BudgetRule.source`; default `budget`. */
    source?: string;
}
/**
 * Parses budget lines, one rule per line: `[warn] [GLOB:] CATEGORY: LIMIT`, where CATEGORY is
 * one of total, weights, optimizer, buffers, bookkeeping, metadata, unclassified; LIMIT is an
 * absolute size (`50 MB`), a floor (`>= 1 MB`), a growth limit (`+5%`, `+10 MB`), or several
 * separated by commas (`50 MB, +5%`). A check subject takes its own LIMIT: `dtype: float16`,
 * `dtype: no-float32` (see CHECK_PARSERS). `#` starts a comment; blank lines are skipped.
 * @throws ConfigError naming the source, line number and text, and showing the expected form.
 */
export declare function parseBudgets(text: string, options?: ParseBudgetsOptions): BudgetRule[];
/** Where a budget line is: its source and line, and how to name the place when that is not `<source> line <line>`. */
export interface BudgetLinePlace {
    source: string;
    line: number;
    where?: string;
}
/** How messages name a rule's place: `budget line 2`, `.github/model-size-budget.yml:7:5`. */
export declare function ruleOrigin(rule: Pick<BudgetRule, 'source' | 'line' | 'where'>): string;
/**
 * Parses one budget line (the grammar of parseBudgets); undefined for a blank or comment line. A
 * config file reuses it for each rule it holds, so the two sources share one grammar.
 * @throws ConfigError naming the place and the text, and showing the expected form.
 */
export declare function parseBudgetLine(raw: string, place: BudgetLinePlace): BudgetRule | undefined;
/** The git refs that `since` limits compare with: each is read once, before the rules are evaluated. */
export declare function sinceRefs(rules: readonly BudgetRule[]): string[];
/** The report at a `since` ref, or why there is none (the ref is unknown, it tracks no checkpoint). */
export interface SinceReport {
    report?: Report;
    /** A whole sentence, when there is no report. */
    reason?: string;
    /** How messages name it, e.g. `v1.4.0 (1a2b3c4)`. */
    label: string;
}
export interface EvaluateOptions {
    /** The reports at the refs `since` limits name (sinceRefs); a ref missing here is "no baseline". */
    since?: ReadonlyMap<string, SinceReport>;
    /**
     * The id a rule's glob is matched against, when not the checkpoint's id in the diff: a merged
     * matrix matches a leg's own rules against the ids the leg's own run had (core/merge.ts).
     */
    matchId?: (id: string) => string;
}
/**
 * True when the rule applies to the checkpoint (by glob on its id or full name), with the `path`
 * input's glob syntax (core/path-patterns.ts): a glob naming a directory covers what is inside it.
 */
export declare function ruleMatches(rule: BudgetRule, checkpoint: {
    id: string;
    name?: string;
}): boolean;
/**
 * Evaluates every rule against every matching head checkpoint of the diff. Removed checkpoints
 * are not evaluated. Growth limits without a base for the checkpoint give `no-baseline` and never
 * fail; absolute limits always apply.
 */
export declare function evaluateBudgets(diff: ReportDiff, rules: readonly BudgetRule[], options?: EvaluateOptions): BudgetVerdict;
/** Whether any rule needs the bytes per dtype of each checkpoint (measure with `dtypes`). */
export declare function needsDtypes(rules: readonly BudgetRule[]): boolean;
/** Whether any rule needs the duplicate scan of each checkpoint (measure with `duplicates`). */
export declare function needsDuplicates(rules: readonly BudgetRule[]): boolean;
/** The messages of the exceeded hard limits, for `core.setFailed` / stderr. Empty when none. */
export declare function failureMessages(verdict: BudgetVerdict): string[];
