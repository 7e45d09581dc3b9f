import type { BudgetResult, BudgetResultStatus } from './budgets.js'

/*
 * Apart from budgets.ts so that the text renderer, which every CLI run loads, does not load the
 * budget engine and its glob library (minimatch): the CLI loads those only when it evaluates budgets.
 */

/** Result statuses, worst first: the order renderers list results in, and how a row's status is picked. */
export const RESULT_STATUS_ORDER: readonly BudgetResultStatus[] = ['fail', 'warn', 'no-baseline', 'pass']

/** Orders results worst first (a stable sort keeps rule order within a status). */
export function byWorstStatus(a: BudgetResult, b: BudgetResult): number {
  return RESULT_STATUS_ORDER.indexOf(a.status) - RESULT_STATUS_ORDER.indexOf(b.status)
}
