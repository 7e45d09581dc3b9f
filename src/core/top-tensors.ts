import type { Report } from './types.js'

/**
 * Asks `measure` for every tensor of a checkpoint, largest first: what the HTML report draws. The
 * report JSON, the comment and the summary then keep only the largest few (keepTopTensors).
 */
export const EVERY_TENSOR = Number.MAX_SAFE_INTEGER

/** Keeps the `top` largest tensors of each checkpoint of `report` (none when `top` is 0), in place. */
export function keepTopTensors(report: Report | undefined, top: number): void {
  for (const checkpoint of report?.checkpoints ?? []) {
    if (!checkpoint.top) continue
    if (top > 0) checkpoint.top = checkpoint.top.slice(0, top)
    else delete checkpoint.top
  }
}
