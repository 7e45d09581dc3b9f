import { MAX_TENSORS } from '../../core/limits.js'
import { STRICT_UTF8 } from '../../io/bytes/utf8.js'

/**
 * A one-pass scanner for safetensors headers as writers produce them, over the header bytes.
 *
 * Why not `JSON.parse`: a header of 100,000 tensors is 10 MB of JSON; parsing it whole keeps the
 * bytes, a 10 MB string and a tree of 300,000 objects alive at once, which took the CLI's peak
 * RSS past 150 MiB (issue 5). This scanner hands each tensor entry to the caller as it passes it,
 * so only the entries the reader keeps stay alive.
 *
 * It accepts only the plain shape: `{"<name>": {"dtype": "F32", "shape": [..], "data_offsets":
 * [a, b]}, ..., "__metadata__": {...}}` with unescaped names, non-negative integers and nothing
 * else. On anything else (escapes, other keys, fractions, duplicate names, index-like names, which
 * JSON objects reorder, malformed JSON) it gives up and the caller parses the header with
 * `JSON.parse`: the fallback keeps one source of truth for JSON's semantics and its error messages.
 */

export interface RawEntry {
  dtype: string | undefined
  shape: number[] | undefined
  data_offsets: number[] | undefined
}

/** Thrown inside the scanner when the header is not in the plain shape; never escapes scanHeader. */
class NotPlain {}
const NOT_PLAIN = new NotPlain()

const QUOTE = 0x22
const BACKSLASH = 0x5c
const COMMA = 0x2c
const COLON = 0x3a
const OPEN_BRACE = 0x7b
const CLOSE_BRACE = 0x7d
const OPEN_BRACKET = 0x5b
const CLOSE_BRACKET = 0x5d
const ZERO = 0x30
const NINE = 0x39

const KEYS = new TextEncoder()
const DTYPE = KEYS.encode('dtype')
const SHAPE = KEYS.encode('shape')
const DATA_OFFSETS = KEYS.encode('data_offsets')

/** Names JSON objects list first, in numeric order, whatever their place in the text. */
const ARRAY_INDEX = /^(?:0|[1-9]\d{0,9})$/

/** Only names starting with a digit go through the regex: it is tested on every name. */
function isArrayIndex(name: string): boolean {
  const first = name.charCodeAt(0)
  return first >= ZERO && first <= NINE && ARRAY_INDEX.test(name)
}

/**
 * Calls `onEntry` for each tensor entry in document order. Returns whether the header has a
 * `__metadata__` map, or undefined when the header must be parsed with JSON.parse instead
 * (`onEntry` may have been called for some entries before: the caller then discards them).
 */
export function scanHeader(bytes: Uint8Array, onEntry: (name: string, entry: RawEntry) => void): { hasMetadata: boolean } | undefined {
  try {
    return new HeaderScanner(bytes).header(onEntry)
  } catch (error) {
    if (error === NOT_PLAIN) return undefined
    throw error
  }
}

class HeaderScanner {
  private position = 0

  constructor(private readonly bytes: Uint8Array) {}

  header(onEntry: (name: string, entry: RawEntry) => void): { hasMetadata: boolean } {
    const names = new Set<string>()
    let hasMetadata = false
    this.expect(OPEN_BRACE)
    if (this.peek() === CLOSE_BRACE) this.position++
    else {
      for (;;) {
        const name = this.string()
        if (names.has(name) || names.size >= MAX_TENSORS || isArrayIndex(name)) throw NOT_PLAIN
        names.add(name)
        this.expect(COLON)
        if (name === '__metadata__') {
          this.metadata()
          hasMetadata = true
        } else onEntry(name, this.entry())
        const next = this.next()
        if (next === CLOSE_BRACE) break
        if (next !== COMMA) throw NOT_PLAIN
      }
    }
    if (this.peek() !== undefined) throw NOT_PLAIN
    return { hasMetadata }
  }

  private entry(): RawEntry {
    const entry: RawEntry = { dtype: undefined, shape: undefined, data_offsets: undefined }
    this.expect(OPEN_BRACE)
    for (;;) {
      // Keys are compared as bytes and dtypes decoded once per distinct value: a TextDecoder call
      // for each of the 500,000 keys and dtypes of a large header cost more than JSON.parse.
      const keyStart = this.stringSpan()
      const keyEnd = this.position - 1
      this.expect(COLON)
      if (this.equals(keyStart, keyEnd, DTYPE) && entry.dtype === undefined) entry.dtype = this.dtype()
      else if (this.equals(keyStart, keyEnd, SHAPE) && entry.shape === undefined) entry.shape = this.integers()
      else if (this.equals(keyStart, keyEnd, DATA_OFFSETS) && entry.data_offsets === undefined) entry.data_offsets = this.integers()
      else throw NOT_PLAIN
      const next = this.next()
      if (next === CLOSE_BRACE) return entry
      if (next !== COMMA) throw NOT_PLAIN
    }
  }

  private lastDtypeStart = -1
  private lastDtypeEnd = -1
  private lastDtype = ''

  private dtype(): string {
    const start = this.stringSpan()
    const end = this.position - 1
    const last = this.bytes.subarray(this.lastDtypeStart, this.lastDtypeEnd)
    if (this.lastDtypeStart < 0 || !this.equals(start, end, last)) this.lastDtype = this.decode(start, end)
    this.lastDtypeStart = start
    this.lastDtypeEnd = end
    return this.lastDtype
  }

  private equals(start: number, end: number, expected: Uint8Array): boolean {
    if (end - start !== expected.length) return false
    for (let i = 0; i < expected.length; i++) if (this.bytes[start + i] !== expected[i]) return false
    return true
  }

  /** `[1, 2, 3]`: non-negative integers written plainly (no sign, fraction, exponent or leading zero). */
  private integers(): number[] {
    const values = this.scratch
    values.length = 0
    this.expect(OPEN_BRACKET)
    if (this.peek() === CLOSE_BRACKET) this.position++
    else {
      for (;;) {
        values.push(this.integer())
        const next = this.next()
        if (next === CLOSE_BRACKET) break
        if (next !== COMMA) throw NOT_PLAIN
      }
    }
    // A copy of exactly its length: a pushed-to array keeps room for 17, and shapes are kept.
    return values.slice()
  }

  private readonly scratch: number[] = []

  private integer(): number {
    this.skipWhitespace()
    const bytes = this.bytes
    const start = this.position
    let value = 0
    while (this.position < bytes.length && bytes[this.position] >= ZERO && bytes[this.position] <= NINE) {
      value = value * 10 + (bytes[this.position] - ZERO)
      this.position++
    }
    const digits = this.position - start
    if (digits === 0 || (digits > 1 && bytes[start] === ZERO) || !Number.isSafeInteger(value)) throw NOT_PLAIN
    return value
  }

  /** A string without escapes or control characters, decoded as strict UTF-8. */
  private string(): string {
    const start = this.stringSpan()
    return this.decode(start, this.position - 1)
  }

  /** Steps over a string without escapes or control characters; returns where its content starts. */
  private stringSpan(): number {
    this.expect(QUOTE)
    const bytes = this.bytes
    const start = this.position
    while (this.position < bytes.length) {
      const byte = bytes[this.position]
      if (byte === QUOTE) break
      if (byte === BACKSLASH || byte < 0x20) throw NOT_PLAIN
      this.position++
    }
    if (this.position >= bytes.length) throw NOT_PLAIN
    this.position++
    return start
  }

  private decode(start: number, end: number): string {
    try {
      return STRICT_UTF8.decode(this.bytes.subarray(start, end))
    } catch {
      throw NOT_PLAIN
    }
  }

  /**
   * `__metadata__`: skipped to its end (strings may hold escaped JSON, as configs do), then checked
   * by JSON.parse, which is cheap on a few KB and exact about what JSON is.
   */
  private metadata(): void {
    this.skipWhitespace()
    const bytes = this.bytes
    const start = this.position
    let depth = 0
    do {
      const byte = bytes[this.position]
      if (byte === undefined) throw NOT_PLAIN
      if (byte === QUOTE) {
        this.position++
        while (this.position < bytes.length && bytes[this.position] !== QUOTE) {
          this.position += bytes[this.position] === BACKSLASH ? 2 : 1
        }
      } else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) depth++
      else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) depth--
      this.position++
    } while (depth > 0)
    try {
      JSON.parse(STRICT_UTF8.decode(bytes.subarray(start, this.position)))
    } catch {
      throw NOT_PLAIN
    }
  }

  private expect(byte: number): void {
    if (this.next() !== byte) throw NOT_PLAIN
  }

  /** The next byte that is not JSON whitespace, consumed. */
  private next(): number | undefined {
    this.skipWhitespace()
    return this.bytes[this.position++]
  }

  /** The next byte that is not JSON whitespace, not consumed (undefined at the end). */
  private peek(): number | undefined {
    this.skipWhitespace()
    return this.bytes[this.position]
  }

  private skipWhitespace(): void {
    const bytes = this.bytes
    while (this.position < bytes.length) {
      const byte = bytes[this.position]
      if (byte !== 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09) return
      this.position++
    }
  }
}
