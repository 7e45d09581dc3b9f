import type { CheckLimit } from './budgets.js';
export declare function parsePickleLimit(text: string): CheckLimit;
