import type { CheckLimit } from './budgets.js';
/** Parses `float16`, `float16, bfloat16` (any of them) or `no-float32, no-float64`. */
export declare function parseDtypeLimit(text: string): CheckLimit;
