import type { Report } from '../core/types.js'

/** Paths named in the note; the report JSON lists them all. */
const SHOWN_PATHS = 3

/**
 * The one line that says which files a search came across and skipped as no checkpoint
 * (`Report.skipped`): "3 files that look like checkpoints by name were skipped: not a checkpoint
 * format (data/shakespeare/train.bin, …)". `quote` formats a path for the output (escaping).
 */
export function skippedNote(report: Report, quote: (path: string) => string): string | undefined {
  const skipped = report.skipped ?? []
  if (skipped.length === 0) return undefined
  const count = skipped.length === 1 ? '1 file that looks like a checkpoint by name was' : `${skipped.length} files that look like checkpoints by name were`
  const shown = skipped.slice(0, SHOWN_PATHS).map((file) => quote(file.path))
  const more = skipped.length > SHOWN_PATHS ? `, and ${skipped.length - SHOWN_PATHS} more` : ''
  return `${count} skipped: not a checkpoint format (${shown.join(', ')}${more})`
}
