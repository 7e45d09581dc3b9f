import { ConfigError } from './errors.js'
import { CATEGORIES, type Category, type Report } from './types.js'

/*
 * The size history of the default branch (issue 15.4): one line per commit, each checkpoint's bytes
 * per category, so a PR comment can show where a checkpoint's size has been going. JSON Lines, so
 * that appending is one line and a cut history is still valid. Pure: the action keeps the file in
 * an artifact, the CLI in a file (`--history FILE.jsonl`).
 */

/** One commit of the default branch: `{ commit, date, checkpoints: { [id]: { [category]: bytes } } }`. */
export interface HistoryEntry {
  commit: string
  /** ISO 8601. */
  date: string
  checkpoints: Record<string, Partial<Record<Category | 'total', number>>>
}

/** Entries kept: about a year of daily pushes; the chart shows the last few of them. */
export const HISTORY_CAP = 400

/** A history file larger than this is refused (400 entries of a few hundred checkpoints fit easily). */
export const MAX_HISTORY_BYTES = 64 * 1024 * 1024

/** The entry for one commit: every checkpoint's total and its categories that hold bytes. */
export function historyEntry(report: Report, commit: string, date: string): HistoryEntry {
  const checkpoints: HistoryEntry['checkpoints'] = {}
  for (const checkpoint of report.checkpoints) {
    const bytes: Partial<Record<Category | 'total', number>> = { total: checkpoint.bytes.total }
    for (const category of CATEGORIES) if (checkpoint.bytes[category] > 0) bytes[category] = checkpoint.bytes[category]
    checkpoints[checkpoint.id] = bytes
  }
  return { commit, date, checkpoints }
}

/** The history with `entry` last; an entry of the same commit (a re-run) is replaced; at most `cap` entries. */
export function appendHistory(entries: readonly HistoryEntry[], entry: HistoryEntry, cap = HISTORY_CAP): HistoryEntry[] {
  const kept = entries.filter((other) => other.commit !== entry.commit)
  return [...kept, entry].slice(-cap)
}

/** JSON Lines, oldest first. */
export function formatHistory(entries: readonly HistoryEntry[]): string {
  return entries.map((entry) => JSON.stringify(entry)).join('\n') + (entries.length > 0 ? '\n' : '')
}

/**
 * Reads JSON Lines written by formatHistory; blank lines are skipped.
 * @throws ConfigError naming `source`, the line and the expected form.
 */
export function parseHistory(text: string, source: string): HistoryEntry[] {
  const entries: HistoryEntry[] = []
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return
    const fail = (why: string) =>
      new ConfigError(`${source} line ${index + 1}: ${why}; expected {"commit": SHA, "date": ISO date, "checkpoints": {"<id>": {"total": bytes, …}}} per line.`)
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch {
      throw fail('not JSON')
    }
    const entry = value as Partial<HistoryEntry> | null
    if (typeof entry?.commit !== 'string' || !/^[0-9a-f]{7,64}$/.test(entry.commit)) throw fail('no commit SHA')
    if (typeof entry.date !== 'string' || Number.isNaN(Date.parse(entry.date))) throw fail('no date')
    if (typeof entry.checkpoints !== 'object' || entry.checkpoints === null || Array.isArray(entry.checkpoints)) throw fail('no checkpoints')
    for (const bytes of Object.values(entry.checkpoints)) {
      const valid = typeof bytes === 'object' && bytes !== null && Object.values(bytes).every((value) => Number.isSafeInteger(value) && (value as number) >= 0)
      if (!valid) throw fail('a checkpoint whose bytes are not whole numbers')
    }
    entries.push({ commit: entry.commit, date: entry.date, checkpoints: entry.checkpoints })
  })
  return entries
}
