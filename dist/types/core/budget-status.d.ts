import type { BudgetResult, BudgetResultStatus } from './budgets.js';
/** Result statuses, worst first: the order renderers list results in, and how a row's status is picked. */
export declare const RESULT_STATUS_ORDER: readonly BudgetResultStatus[];
/** Orders results worst first (a stable sort keeps rule order within a status). */
export declare function byWorstStatus(a: BudgetResult, b: BudgetResult): number;
