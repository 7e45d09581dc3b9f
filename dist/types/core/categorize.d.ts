import type { Category } from './types.js';
/**
 * A name rule: tensors whose name matches `pattern` get `category`. Each framework has its own
 * table (src/core/rules/*.ts); the first matching rule wins, so specific rules go first.
 */
export interface NameRule {
    pattern: RegExp;
    category: Category;
    /** Shown in `--top` and the report: why this name means this category. */
    reason: string;
}
/** The first rule matching `name`, or undefined when none does (the tensor is `unclassified`). */
export declare function matchNameRule(name: string, rules: readonly NameRule[]): NameRule | undefined;
