import { formatBytes, formatDeltaBytes, formatPercent } from '../core/format-bytes.js'
import { escapeCode } from './escape.js'

/*
 * Table cells that keep their shape in a comment about 900 px wide: a size never breaks between
 * its number and its unit, and a long path gives up its start, not its file name.
 */

/** No-break space: `12.5 MB` stays on one line in a narrow cell. */
export const NBSP = '\u00a0'

/** `formatBytes` with a no-break space before the unit. */
export function size(bytes: number | undefined): string {
  return bytes === undefined ? '—' : unbroken(formatBytes(bytes))
}

/** `formatDeltaBytes` with a no-break space before the unit. */
export function deltaSize(delta: number): string {
  return unbroken(formatDeltaBytes(delta))
}

/** A signed percentage of the base; `∞` for growth from nothing, empty when there is no change. */
export function deltaPercent(delta: number | undefined, base: number | undefined): string {
  if (delta === undefined || base === undefined) return ''
  if (base > 0) return formatPercent(delta / base, { signed: true })
  return delta ? '∞' : ''
}

/** `12.5 MB → 39.3 MB`, unbreakable: the arrow belongs to both. */
export function sizeChange(base: number | undefined, head: number | undefined): string {
  return `${size(base)}${NBSP}→${NBSP}${size(head)}`
}

export function unbroken(text: string): string {
  return text.replace(/ /g, NBSP)
}

/** Free text (a rule's summary) with every size in it kept on one line: `8.00 MB`, not `8.00⏎MB`. */
export function unbrokenSizes(text: string): string {
  return text.replace(/(\d) (B|kB|MB|GB|TB|KiB|MiB|GiB)\b/g, `$1${NBSP}$2`)
}

/** Longest checkpoint path shown in a table cell; the details show it whole. */
export const CELL_PATH_LENGTH = 48

/**
 * A path shortened from the left at a `/`, so the file name and its nearest directories stay:
 * `examples/very/long/tree/mnist-cnn-adam/model.ckpt` → `…/mnist-cnn-adam/model.ckpt`. A last
 * segment longer than `max` keeps its start and end (escapeMarkdown's own shortening).
 */
export function shortPath(path: string, max = CELL_PATH_LENGTH): string {
  const chars = Array.from(path)
  if (chars.length <= max) return escapeCode(path)
  const segments = path.split('/')
  let kept = segments.pop()!
  while (segments.length > 0 && Array.from(`…/${segments.at(-1)}/${kept}`).length <= max) kept = `${segments.pop()}/${kept}`
  return escapeCode(Array.from(kept).length + 2 <= max ? `…/${kept}` : kept, max)
}
