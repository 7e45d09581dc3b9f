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
 * - text longer than `maxLength` characters keeps its start and end around an ellipsis;
 * - a word too long for a table column (a tensor name without spaces) gets `<wbr>` break
 *   opportunities (see breakLongWords).
 */
export function escapeMarkdown(text: string, maxLength?: number): string {
  const shown = visibleControls(shorten(text, maxLength))
  // One scan in the regular expression engine: a job summary escapes some 10^5 names.
  let out = shown.replace(ESCAPED, (char) => ESCAPES[char])
  // `GH-123` is an issue reference too.
  out = out.replace(/\b(GH)-(?=\d)/gi, `$1-${ZWSP}`)
  return breakLongWords(escapeLineStart(out))
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

/** Every character ESCAPES replaces. */
const ESCAPED = new RegExp(
  `[${Object.keys(ESCAPES)
    .map((char) => `\\${char}`)
    .join('')}]`,
  'g'
)

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

/**
 * Words (runs without whitespace) up to this many characters are left whole: every path a table
 * cell shows (cells.ts shortens them to 48) and every ordinary name fits a column as it is.
 */
export const LONGEST_UNBROKEN_WORD = 48
/** In a longer word, a break opportunity at least this often, separators or not... */
const BREAK_EVERY = 24
/** ...and after a separator once this many characters have gone by since the last one (few tags, short lines). */
const BREAK_AFTER_SEPARATOR = 12
/** Where a name breaks best: after a path, module or word separator. */
const SEPARATORS = new Set(['/', '.', '-', '&#95;', '&#58;'])

/**
 * The break opportunity: GitHub's sanitizer keeps `<wbr>` (html-pipeline's allowlist, which
 * github.com has used for comments since 2013), and unlike a zero-width space it adds no character
 * to text copied from the comment: a tensor name copied from a cell is the name.
 */
export const WORD_BREAK = '<wbr>'

/**
 * Inserts WORD_BREAK into words longer than LONGEST_UNBROKEN_WORD visible characters (a character
 * reference counts as one): after a separator that ends a run of BREAK_AFTER_SEPARATOR characters,
 * and after BREAK_EVERY characters without one. A
 * browser breaks a table cell only at a break opportunity, so without these a 120-character tensor
 * name widens its table past the comment (issue 14). Runs on escaped text, so it never splits a
 * character reference, and the only tag in escaped text is this one.
 */
function breakLongWords(escaped: string): string {
  return escaped.replace(/\S+/g, (word) => {
    // No more tokens than characters: most words end here, untouched and untokenised.
    if (word.length <= LONGEST_UNBROKEN_WORD) return word
    const tokens = word.match(/&#?\w+;|[\s\S]/gu) ?? []
    if (tokens.length <= LONGEST_UNBROKEN_WORD) return word
    let out = ''
    let run = 0
    tokens.forEach((token, index) => {
      out += token
      run++
      const last = index === tokens.length - 1
      if (!last && ((SEPARATORS.has(token) && run >= BREAK_AFTER_SEPARATOR) || run >= BREAK_EVERY)) {
        out += WORD_BREAK
        run = 0
      }
    })
    return out
  })
}
