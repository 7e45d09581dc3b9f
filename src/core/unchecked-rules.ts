import { ruleOrigin, type BudgetRule, type SinceReport } from './budgets.js'
import type { Finding } from './outcome.js'

/*
 * A drift rule (`total: +10% since v1.4.0`) whose ref could not be read is not passed unseen: each
 * is a warning naming the rule, why and the fix, in the action's modes and the CLI's merge alike.
 */

/** A warning for each of the rules whose `since` ref has no report: the rule, why, and the fix. */
export function uncheckedRules(rules: readonly BudgetRule[], since: ReadonlyMap<string, SinceReport>): Finding[] {
  const findings: Finding[] = []
  for (const rule of rules) {
    const unread = new Set(
      rule.limits.flatMap((limit) => ('since' in limit && limit.since !== undefined && !since.get(limit.since)?.report ? [limit.since] : []))
    )
    for (const ref of unread) {
      const origin = ruleOrigin(rule)
      const reason = since.get(ref)?.reason ?? `${ref} was not read.`
      findings.push({
        kind: 'unchecked-rule',
        severity: 'warning',
        message: `${origin.charAt(0).toUpperCase()}${origin.slice(1)} ("${rule.text}") was not checked. ${reason}`
      })
    }
  }
  return findings
}
