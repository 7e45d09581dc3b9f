/**
 * Requests made and body bytes received by every remote read of this process (redirect hops and
 * retries included): the report's `transfer` and the CLI's MODEL_SIZE_BUDGET_STATS line.
 */
export const TRANSFER = { requests: 0, bytes: 0 }

/** What was transferred since `before` (a copy of TRANSFER taken earlier). */
export function transferSince(before: { requests: number; bytes: number }): { requests: number; bytes: number } {
  return { requests: TRANSFER.requests - before.requests, bytes: TRANSFER.bytes - before.bytes }
}
