import type { HistoryEntry } from '../core/history.js'

/*
 * A checkpoint's size over the default branch's last commits, plus this PR, as a Mermaid
 * `xychart-beta` line, which GitHub renders in comments. Everything in the block is ours: short
 * commit SHAs (hex, checked when the history is read), numbers, and fixed words; no name from a
 * checkpoint reaches Mermaid.
 */

/** Points of history shown before this PR's. */
export const TREND_POINTS = 20

const UNITS: [string, number][] = [
  ['GB', 1e9],
  ['MB', 1e6],
  ['kB', 1e3],
  ['B', 1]
]

/**
 * The chart's lines for checkpoint `id` (its total bytes), or none when the history has fewer than
 * two points for it (one point is no trend). `head`: the PR's total, the last point.
 */
export function renderTrend(id: string, history: readonly HistoryEntry[], head: number | undefined): string[] {
  const points = history
    .filter((entry) => entry.checkpoints[id]?.total !== undefined)
    .slice(-TREND_POINTS)
    .map((entry) => ({ label: entry.commit.slice(0, 7), bytes: entry.checkpoints[id].total! }))
  if (head !== undefined) points.push({ label: 'this PR', bytes: head })
  if (points.length < 2) return []
  const largest = Math.max(...points.map((point) => point.bytes))
  const [unit, scale] = UNITS.find(([, size]) => largest >= size) ?? UNITS[UNITS.length - 1]
  const values = points.map((point) => Number((point.bytes / scale).toPrecision(4)))
  const low = Math.min(...values)
  const high = Math.max(...values)
  // A little room above and below, so a flat line is not drawn on the chart's edge.
  const pad = (high - low) * 0.1 || Math.max(high * 0.01, 1)
  const range = `${Number(Math.max(0, low - pad).toPrecision(4))} --> ${Number((high + pad).toPrecision(4))}`
  return [
    '```mermaid',
    'xychart-beta',
    `    title "Total size, last ${points.length - (head === undefined ? 0 : 1)} commits${head === undefined ? '' : ' and this PR'}"`,
    `    x-axis [${points.map((point) => `"${point.label}"`).join(', ')}]`,
    `    y-axis "${unit}" ${range}`,
    `    line [${values.join(', ')}]`,
    '```',
    ''
  ]
}
