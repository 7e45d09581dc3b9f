import { describe, expect, it } from '@jest/globals'
import { parseBudgets, sinceRefs } from '../../src/core/budgets.js'
import { appendHistory, formatHistory, historyEntry, parseHistory, type HistoryEntry } from '../../src/core/history.js'
import { renderTrend, TREND_POINTS } from '../../src/report/trend-chart.js'
import { reportOf, tfCheckpoint } from '../helpers/reports.js'

const entry = (index: number, total = 1_000_000 + index * 10_000): HistoryEntry => ({
  commit: index.toString(16).padStart(40, 'a'),
  date: new Date(Date.UTC(2026, 0, 1 + index)).toISOString(),
  checkpoints: { 'exports/model.ckpt': { total, weights: total - 1000 } }
})

describe('the size history', () => {
  it("records each checkpoint's total and the categories that hold bytes", () => {
    const report = reportOf(tfCheckpoint('exports/model.ckpt', { weights: 4000, optimizer: 8000 }))
    expect(historyEntry(report, 'abc1234', '2026-12-08T00:00:00Z')).toEqual({
      commit: 'abc1234',
      date: '2026-12-08T00:00:00Z',
      checkpoints: { 'exports/model.ckpt': { total: 13_000, weights: 4000, optimizer: 8000, metadata: 1000 } }
    })
  })
  it('keeps the last N entries and replaces a re-run of the same commit', () => {
    let history: HistoryEntry[] = []
    for (let index = 0; index < 12; index++) history = appendHistory(history, entry(index), 10)
    expect(history.map((item) => item.commit)).toEqual([...Array(10)].map((_, index) => entry(index + 2).commit))
    const rerun = appendHistory(history, entry(11, 5), 10)
    expect(rerun).toHaveLength(10)
    expect(rerun.at(-1)!.checkpoints['exports/model.ckpt'].total).toBe(5)
  })
  it('reads back what it writes, and names the line of a bad entry', () => {
    const history = [entry(1), entry(2)]
    expect(parseHistory(formatHistory(history), 'h.jsonl')).toEqual(history)
    expect(() => parseHistory(`${JSON.stringify(entry(1))}\n{"commit": "not hex"}\n`, 'h.jsonl')).toThrow(
      'h.jsonl line 2: no commit SHA; expected {"commit": SHA, "date": ISO date, "checkpoints": {"<id>": {"total": bytes, …}}} per line.'
    )
    expect(() => parseHistory('{"commit": "abcdef1", "date": "2026-01-01", "checkpoints": {"a": {"total": -1}}}', 'h.jsonl')).toThrow(
      /line 1: a checkpoint whose bytes/
    )
  })
})

describe('the trend chart', () => {
  const history = [...Array(30)].map((_, index) => entry(index))
  it(`shows the last ${TREND_POINTS} commits and this PR, in one unit, with nothing from the checkpoint but numbers`, () => {
    const lines = renderTrend('exports/model.ckpt', history, 1_500_000)
    expect(lines[0]).toBe('```mermaid')
    expect(lines[1]).toBe('xychart-beta')
    expect(lines[2]).toBe('    title "Total size, last 20 commits and this PR"')
    expect(lines[3]).toMatch(/^ {4}x-axis \["aaaaaaa", .*, "this PR"\]$/)
    expect(lines[3].split(',')).toHaveLength(TREND_POINTS + 1)
    expect(lines[4]).toBe('    y-axis "MB" 1.06 --> 1.54')
    expect(lines[5]).toBe(
      `    line [${[...Array(20)].map((_, index) => (1.1 + index * 0.01).toFixed(2).replace(/0$/, '').replace(/\.$/, '')).join(', ')}, 1.5]`
    )
  })
  it('draws nothing for a checkpoint with fewer than two points', () => {
    expect(renderTrend('exports/other.ckpt', history, 1000)).toEqual([])
    expect(renderTrend('exports/model.ckpt', history.slice(0, 1), undefined)).toEqual([])
  })
})

describe('drift rules', () => {
  it("read 'since REF' on growth limits, and list the refs to read", () => {
    const rules = parseBudgets('total: 50 MB, +5%, +10% since v1.4.0\nweights: +1 MB since release/2026-11')
    expect(rules[0].limits.map((limit) => [limit.kind, 'since' in limit ? limit.since : undefined])).toEqual([
      ['absolute', undefined],
      ['growth-percent', undefined],
      ['growth-percent', 'v1.4.0']
    ])
    expect(sinceRefs(rules)).toEqual(['v1.4.0', 'release/2026-11'])
  })
  it("refuse 'since' on an absolute limit, and a ref that could be an option or a range", () => {
    expect(() => parseBudgets('total: 50 MB since v1')).toThrow("'50 MB since v1': only a growth limit takes 'since' (e.g. '+10% since v1.4.0').")
    expect(() => parseBudgets('total: +5% since --upload-pack=x')).toThrow("'since' takes a tag, branch or commit")
    expect(() => parseBudgets('total: +5% since v1..v2')).toThrow("'since' takes a tag, branch or commit")
  })
})
