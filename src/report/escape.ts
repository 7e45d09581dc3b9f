/**
 * Makes text taken from checkpoints and baseline reports (ids, paths, tensor names, dtypes,
 * warnings) inert inside a GitHub comment or job summary.
 *
 * Everything is escaped with HTML character references, never backslashes, because the same text
 * lands both in markdown (table cells, list items) and in raw HTML blocks (`<summary>`), where
 * backslash escapes are not processed. A character reference is always literal text, never
 * markdown syntax (CommonMark 0.31 §2.5 and §6.2), and a browser decodes it in HTML. So:
 * - `<` `>` `&` `"` `'` become references: no HTML, no `<!-- -->` comment, hence no copy of the
 *   sticky-comment marker in the raw body that the comment lookup searches;
 * - markdown punctuation (`|` `` ` `` `*` `_` `[` `]` `~` `$` `\` `!` `#`) becomes references: no cell
 *   break, code span, emphasis, link, strikethrough, math or heading; `:` too, so no `:emoji:`
 *   shortcode or `https://` autolink forms;
 * - `@`, `#` and `GH-` are followed by a zero-width space, as Renovate does for release notes: GitHub
 *   finds mentions and issue references in the rendered text, where a reference is already
 *   decoded, so only a character between `@` and the name stops the ping;
 * - line breaks, other control characters and bidi overrides are shown as `\n`, `\u202e`...;
 * - block syntax at the start (`- `, `1. `, `+`, `=`, leading spaces) is made literal;
 * - text longer than `maxLength` characters keeps its start and end around an ellipsis.
 */
export function escapeMarkdown(text: string, maxLength?: number): string {
  const shown = visibleControls(shorten(text, maxLength))
  let out = ''
  for (const char of shown) out += ESCAPES[char] ?? char
  // `GH-123` is an issue reference too.
  out = out.replace(/\b(GH)-(?=\d)/gi, `$1-${ZWSP}`)
  return escapeLineStart(out)
}

/** As escapeMarkdown, inside `<code>`: for names and paths, in table cells and HTML blocks alike. */
export function escapeCode(text: string, maxLength?: number): string {
  return `<code>${escapeMarkdown(text, maxLength)}</code>`
}

/** Zero-width space, between `@`/`#` and what follows (see escapeMarkdown). */
const ZWSP = '&#8203;'

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '|': '&#124;',
  '`': '&#96;',
  '*': '&#42;',
  _: '&#95;',
  '[': '&#91;',
  ']': '&#93;',
  '~': '&#126;',
  $: '&#36;',
  '\\': '&#92;',
  '!': '&#33;',
  '#': `&#35;${ZWSP}`,
  '@': `@${ZWSP}`,
  ':': '&#58;'
}

/** Named escapes for the control characters a user might recognise. */
const CONTROL_NAMES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' }

/**
 * C0/C1 controls, DEL, line/paragraph separators, bidi embeddings, overrides and isolates
 * (the "Trojan Source" characters, CVE-2021-42574), zero-width and BOM characters.
 */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200b-\u200f\ufeff]/gu

function visibleControls(text: string): string {
  return text.replace(INVISIBLE, (char) => CONTROL_NAMES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/** Keeps the start and the end (where a path has its file name) of an over-long text. */
function shorten(text: string, maxLength: number | undefined): string {
  if (maxLength === undefined) return text
  const chars = Array.from(text) // code points: never split a surrogate pair
  if (chars.length <= maxLength) return text
  const keep = Math.max(maxLength - 1, 2)
  const head = Math.ceil(keep * 0.6)
  return `${chars.slice(0, head).join('')}…${chars.slice(chars.length - (keep - head)).join('')}`
}

/**
 * Makes the first characters literal when they would start a block inside a list item or a
 * paragraph: `- ` / `+ ` (list), `=` (setext underline), `1. ` / `1) ` (ordered list), and
 * leading spaces (indented code). Character references are never block syntax (CommonMark §2.5).
 */
function escapeLineStart(text: string): string {
  let out = text.replace(/^ +/, (spaces) => '&#32;'.repeat(spaces.length))
  out = out.replace(/^([-+=])/, (char) => `&#${char.charCodeAt(0)};`)
  out = out.replace(/^(\d+)([.)])/, (_, digits: string, mark: string) => `${digits}&#${mark.charCodeAt(0)};`)
  return out
}
