import { FormatError, LimitExceededError } from '../../core/errors.js'
import { MAX_XML_DEPTH, MAX_XML_TOKEN_BYTES } from '../../core/limits.js'
import type { ByteSource } from '../../io/byte-source.js'
import { utf8, Window } from '../../io/bytes/index.js'

/**
 * A non-validating XML tokenizer for elements and attributes only, streamed through a window so
 * that a 100,000-layer OpenVINO IR is never held whole (nor twice, as a string beside its bytes).
 *
 * It refuses any document type declaration (`<!DOCTYPE`, and with it `<!ENTITY`, `<!ELEMENT`...):
 * a DTD is where entity expansion ("billion laughs") and external entities (`SYSTEM "file:///…"`)
 * come from, and OpenVINO never writes one. Without a DTD only the five predefined entities and
 * character references exist; any other `&name;` is an error, as XML itself says. Text, comments,
 * CDATA and processing instructions are stepped over, never decoded.
 *
 * Why not a library: `saxes` refuses nothing (it reports a DOCTYPE as an event after parsing it)
 * and decodes every text node and attribute into strings; `sax` likewise. An IR has ~10 elements a
 * layer and we need the attributes of two of them, so attributes are parsed only when asked for.
 */

/** The start tag being reported; valid only during the `start` callback. */
export interface XmlTag {
  /** The attribute's value (entities resolved), or undefined when the tag has none of that name. */
  attribute(name: string): string | undefined
  /**
   * The attribute's value as a decimal integer read from its bytes (no string is made: an IR has
   * two per Const layer); NaN when it is not plain digits, undefined when the tag has none.
   */
  integer(name: string): number | undefined
}

export interface XmlHandler {
  /** An element opens. A self-closing element (`<a/>`) is followed by its `end` at once. */
  start(name: string, tag: XmlTag): void
  end(name: string): void
}

/** Bytes read from the file at a time. */
const CHUNK_BYTES = 1024 * 1024

const LT = 0x3c
const GT = 0x3e
const SLASH = 0x2f
const QUESTION = 0x3f
const BANG = 0x21
const EQUALS = 0x3d
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

const isSpace = (byte: number): boolean => byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d
const isNameEnd = (byte: number): boolean => isSpace(byte) || byte === GT || byte === SLASH || byte === EQUALS

class Tag implements XmlTag {
  /** The window holding the tag; its attributes are `buffer[from..end)`. */
  buffer: Uint8Array = new Uint8Array(0)
  from = 0
  end = 0

  constructor(
    private readonly file: string,
    /** File offset of `buffer[0]`, for errors. */
    public at: number
  ) {}

  attribute(wanted: string): string | undefined {
    return this.find(wanted) ? this.value(this.valueStart, this.valueEnd) : undefined
  }

  integer(wanted: string): number | undefined {
    if (!this.find(wanted)) return undefined
    const b = this.buffer
    let value = this.valueEnd > this.valueStart ? 0 : NaN
    for (let i = this.valueStart; i < this.valueEnd; i++) {
      const digit = b[i] - 0x30
      value = digit >= 0 && digit <= 9 ? value * 10 + digit : NaN
    }
    return value
  }

  /** Where `find` left the value it found. */
  private valueStart = 0
  private valueEnd = 0

  /** Finds the attribute `wanted`, setting `valueStart`/`valueEnd`; false when the tag has none. */
  private find(wanted: string): boolean {
    const b = this.buffer
    const end = this.end
    let i = this.from
    while (i < end) {
      while (i < end && isSpace(b[i])) i++
      if (i >= end) return false
      const nameStart = i
      while (i < end && !isNameEnd(b[i])) i++
      const nameEnd = i
      while (i < end && isSpace(b[i])) i++
      if (b[i] !== EQUALS || i >= end) throw this.error('an attribute without a value', nameStart)
      i++
      while (i < end && isSpace(b[i])) i++
      const quote = b[i]
      if (i >= end || (quote !== 0x22 && quote !== 0x27)) throw this.error('an attribute value without quotes', i)
      const valueEnd = b.indexOf(quote, i + 1)
      if (valueEnd < 0 || valueEnd >= end) throw this.error('an attribute value without its closing quote', i)
      if (sameAscii(b, nameStart, nameEnd, wanted)) {
        this.valueStart = i + 1
        this.valueEnd = valueEnd
        return true
      }
      i = valueEnd + 1
    }
    return false
  }

  private value(start: number, end: number): string {
    const raw = asciiOrUtf8(this.buffer, start, end)
    if (!raw.includes('&') && !raw.includes('<')) return raw
    if (raw.includes('<')) throw this.error("'<' inside an attribute value", start)
    return raw.replace(/&([^;&\s]{0,16});?/g, (whole, ref: string) => {
      if (!whole.endsWith(';')) throw this.error(`an unterminated reference '${whole}'`, start)
      const predefined = PREDEFINED[ref]
      if (predefined) return predefined
      const code = /^#x[0-9a-fA-F]{1,6}$/.test(ref) ? parseInt(ref.slice(2), 16) : /^#[0-9]{1,7}$/.test(ref) ? Number(ref.slice(1)) : NaN
      if (Number.isInteger(code) && code > 0 && code <= 0x10ffff) return String.fromCodePoint(code)
      throw this.error(`the undefined entity '&${ref};' (only XML's five predefined entities exist without a DTD)`, start)
    })
  }

  error(what: string, index: number): FormatError {
    return new FormatError(this.file, `invalid XML: ${what}`, { offset: this.at + index, fix: 'The file is not a well-formed OpenVINO IR; re-export it.' })
  }
}

/** Short ASCII strings without a TextDecoder call (which costs more than the string for a few bytes). */
function asciiOrUtf8(bytes: Uint8Array, start: number, end: number): string {
  if (end - start > 32) return utf8(bytes.subarray(start, end))
  let text = ''
  for (let i = start; i < end; i++) {
    if (bytes[i] >= 0x80) return utf8(bytes.subarray(start, end))
    text += String.fromCharCode(bytes[i])
  }
  return text
}

function sameAscii(bytes: Uint8Array, start: number, end: number, text: string): boolean {
  if (end - start !== text.length) return false
  for (let i = 0; i < text.length; i++) if (bytes[start + i] !== text.charCodeAt(i)) return false
  return true
}

/**
 * Element names, each decoded once: an IR repeats a dozen names (`layer`, `port`, `dim`...) a
 * million times, and a string per element was most of the tokenizer's time and garbage.
 */
class ElementNames {
  private readonly known: { bytes: Uint8Array; name: string }[] = []

  get(buffer: Uint8Array, start: number, end: number): string {
    const length = end - start
    for (const entry of this.known) {
      const bytes = entry.bytes
      if (bytes.length !== length) continue
      let i = 0
      while (i < length && bytes[i] === buffer[start + i]) i++
      if (i === length) return entry.name
    }
    const bytes = buffer.slice(start, end)
    const name = utf8(bytes)
    // Hostile files may use a new name for every element: only the first few are kept.
    if (this.known.length < 64) this.known.push({ bytes, name })
    return name
  }
}

/** Streams `source` through `handler`. Throws FormatError for malformed XML or any DTD. */
export async function tokenizeXml(source: ByteSource, handler: XmlHandler): Promise<void> {
  const stack: string[] = []
  const names = new ElementNames()
  const tag = new Tag(source.name, 0)
  // One buffer refilled in place, keeping the unfinished token: a new buffer per chunk left
  // dead megabytes for the collector.
  const window = new Window(source, { kind: 'reuse', readBytes: CHUNK_BYTES })
  let buffer = window.buffer
  let bufferStart = 0
  let i = 0
  let sawRoot = false

  /** Appends the next chunk to the bytes from `i` on (re-based to index 0); false at the end of the file. */
  const more = async (): Promise<boolean> => {
    const loaded = bufferStart + buffer.length
    if (loaded >= source.size) return false
    const kept = buffer.length - i
    if (kept > MAX_XML_TOKEN_BYTES) {
      throw new LimitExceededError(source.name, `an XML tag, comment or CDATA section at byte ${bufferStart + i}`, kept, MAX_XML_TOKEN_BYTES)
    }
    await window.load(bufferStart + i, kept + Math.min(CHUNK_BYTES, source.size - loaded))
    buffer = window.buffer
    bufferStart = window.bufferStart
    i = 0
    return true
  }
  /** Index of `pattern` at or after `from` in the buffer, loading more as needed; -1 at the end of the file. */
  const find = async (pattern: string, from: number): Promise<number> => {
    // Relative to `i`, which `more()` moves to 0 when it re-bases the buffer.
    let searched = from - i
    for (;;) {
      const at = indexOfAscii(buffer, pattern, i + searched)
      if (at >= 0) return at
      searched = Math.max(searched, buffer.length - i - pattern.length + 1)
      if (!(await more())) return -1
    }
  }
  const fail = (what: string, at: number): never => {
    throw new FormatError(source.name, `invalid XML: ${what}`, { offset: bufferStart + at, fix: 'The file is not a well-formed OpenVINO IR; re-export it.' })
  }

  for (;;) {
    // Text between tags is stepped over and dropped from the window as it goes.
    let lt = buffer.indexOf(LT, i)
    while (lt < 0) {
      i = buffer.length
      if (!(await more())) break
      lt = buffer.indexOf(LT, i)
    }
    if (lt < 0) break
    i = lt
    while (buffer.length - i < 9 && (await more()));
    const next = buffer[i + 1]
    if (next === QUESTION) {
      const end = await find('?>', i + 2)
      if (end < 0) fail('a processing instruction without its end', i)
      i = end + 2
    } else if (next === BANG) {
      if (sameAscii(buffer, i, i + 4, '<!--')) {
        const end = await find('-->', i + 4)
        if (end < 0) fail('a comment without its end', i)
        i = end + 3
      } else if (sameAscii(buffer, i, i + 9, '<![CDATA[')) {
        const end = await find(']]>', i + 9)
        if (end < 0) fail('a CDATA section without its end', i)
        i = end + 3
      } else {
        throw new FormatError(source.name, 'a document type declaration (<!DOCTYPE / <!ENTITY), which is refused', {
          offset: bufferStart + i,
          fix: 'OpenVINO IR never has one; a DTD can expand entities without bound or read other files, so it is not read.'
        })
      }
    } else {
      // Nearly every tag is whole in the window: found without an await (a promise per tag was most of the garbage).
      const end = tagEndInWindow(buffer, i + 1) ?? (await tagEnd())
      if (end < 0) fail("'<' inside a tag", i)
      const closing = next === SLASH
      const nameStart = i + (closing ? 2 : 1)
      let nameEnd = nameStart
      while (nameEnd < end && !isNameEnd(buffer[nameEnd])) nameEnd++
      if (nameEnd === nameStart) fail('a tag without a name', i)
      const name = names.get(buffer, nameStart, nameEnd)
      if (closing) {
        const open = stack.pop()
        if (open !== name) fail(`</${name}> closes ${open === undefined ? 'nothing' : `<${open}>`}`, i)
        handler.end(name)
      } else {
        if (stack.length === 0 && sawRoot) fail('a second root element', i)
        sawRoot = true
        const selfClosing = buffer[end - 1] === SLASH
        if (stack.length >= MAX_XML_DEPTH) throw new LimitExceededError(source.name, 'XML element nesting', stack.length + 1, MAX_XML_DEPTH)
        tag.buffer = buffer
        tag.from = nameEnd
        tag.end = selfClosing ? end - 1 : end
        tag.at = bufferStart
        handler.start(name, tag)
        if (selfClosing) handler.end(name)
        else stack.push(name)
      }
      i = end + 1
    }
  }
  if (stack.length > 0)
    throw new FormatError(source.name, `invalid XML: the file ends inside <${stack[stack.length - 1]}>`, { fix: 'The file is truncated; re-export it.' })
  if (!sawRoot) throw new FormatError(source.name, 'invalid XML: no element at all')

  /** Index of the `>` that ends the tag starting at `i`, loading more of the file as needed. */
  async function tagEnd(): Promise<number> {
    for (;;) {
      if (!(await more())) fail('the file ends inside a tag', i)
      const end = tagEndInWindow(buffer, i + 1)
      if (end !== undefined) return end
    }
  }
}

/** Index of the `>` that ends a tag, outside quoted attribute values; undefined when the buffer ends first. */
function tagEndInWindow(buffer: Uint8Array, from: number): number | undefined {
  let quote = 0
  for (let j = from; j < buffer.length; j++) {
    const byte = buffer[j]
    if (quote !== 0) {
      if (byte === quote) quote = 0
    } else if (byte === 0x22 || byte === 0x27) quote = byte
    else if (byte === GT) return j
    else if (byte === LT) return -1
  }
  return undefined
}

function indexOfAscii(bytes: Uint8Array, pattern: string, from: number): number {
  const first = pattern.charCodeAt(0)
  for (let at = bytes.indexOf(first, from); at >= 0 && at + pattern.length <= bytes.length; at = bytes.indexOf(first, at + 1)) {
    if (pattern.length === 1 || sameAscii(bytes, at, at + pattern.length, pattern)) return at
  }
  return -1
}
