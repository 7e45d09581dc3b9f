import type { CheckLimit } from './budgets.js';
import type { DuplicateGroup } from './types.js';
export declare function parseDuplicatesLimit(text: string): CheckLimit;
/** Bytes beyond the first copy of each group. */
export declare function duplicatedBytes(groups: readonly DuplicateGroup[]): number;
