/**
 * The Python literals a `.npy` header is written in (`numpy/lib/format.py` writes
 * `repr(dict(descr=..., fortran_order=..., shape=...))`, and reads it back with
 * `ast.literal_eval`): dicts, lists, tuples, strings, integers, True/False/None. Parsed here by a
 * small recursive-descent parser, never evaluated. Anything else (a call, a name, an expression)
 * is refused, as `literal_eval` refuses it.
 */

export type PyValue = string | number | boolean | null | PyValue[] | PyDict

/** A dict literal; numpy's header keys are strings, so only string keys are kept. */
export interface PyDict {
  readonly dict: ReadonlyMap<string, PyValue>
}

export function isPyDict(value: PyValue): value is PyDict {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Nesting of a literal: a structured dtype's fields nest a few levels; nothing real needs more. */
const MAX_LITERAL_DEPTH = 32

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '0': '\0', '\\': '\\', "'": "'", '"': '"' }

/** Parses `text` as one Python literal; throws an Error naming what was wrong and where. */
export function parsePythonLiteral(text: string): PyValue {
  let at = 0
  const fail = (what: string): never => {
    throw new Error(`${what} at character ${at} of the header`)
  }
  const skipSpace = (): void => {
    while (at < text.length && ' \t\n\r'.includes(text[at])) at++
  }

  const string = (): string => {
    const quote = text[at++]
    let out = ''
    while (at < text.length && text[at] !== quote) {
      if (text[at] === '\\') {
        const next = text[at + 1]
        if (next === 'x' || next === 'u') {
          const digits = next === 'x' ? 2 : 4
          const code = Number.parseInt(text.slice(at + 2, at + 2 + digits), 16)
          if (!Number.isFinite(code)) fail('a bad escape in a string')
          out += String.fromCharCode(code)
          at += 2 + digits
        } else {
          out += ESCAPES[next] ?? fail('an unknown escape in a string')
          at += 2
        }
      } else {
        out += text[at++]
      }
    }
    if (at >= text.length) fail('an unterminated string')
    at++
    return out
  }

  const integer = (): number => {
    const match = /^-?\d+L?/.exec(text.slice(at, at + 32))
    if (!match) return fail('a number expected')
    at += match[0].length
    // Python 2's numpy wrote long dims as `10L`.
    const value = Number(match[0].replace(/L$/, ''))
    if (!Number.isSafeInteger(value)) fail(`the integer ${match[0]} is too large`)
    return value
  }

  const sequence = (close: string, depth: number): PyValue[] => {
    const items: PyValue[] = []
    at++
    skipSpace()
    while (text[at] !== close) {
      items.push(value(depth + 1))
      skipSpace()
      if (text[at] === ',') {
        at++
        skipSpace()
      } else if (text[at] !== close) {
        fail(`'${close}' or ',' expected`)
      }
    }
    at++
    return items
  }

  const dict = (depth: number): PyDict => {
    const entries = new Map<string, PyValue>()
    at++
    skipSpace()
    while (text[at] !== '}') {
      const key = value(depth + 1)
      skipSpace()
      if (text[at] !== ':') fail("':' expected")
      at++
      const item = value(depth + 1)
      if (typeof key === 'string') entries.set(key, item)
      skipSpace()
      if (text[at] === ',') {
        at++
        skipSpace()
      } else if (text[at] !== '}') {
        fail("'}' or ',' expected")
      }
    }
    at++
    return { dict: entries }
  }

  const WORDS: Record<string, PyValue> = { True: true, False: false, None: null }

  const value = (depth: number): PyValue => {
    if (depth > MAX_LITERAL_DEPTH) fail(`nesting deeper than ${MAX_LITERAL_DEPTH}`)
    skipSpace()
    const char = text[at]
    if (char === '{') return dict(depth)
    if (char === '(') return sequence(')', depth)
    if (char === '[') return sequence(']', depth)
    if (char === "'" || char === '"') return string()
    if (char === '-' || (char >= '0' && char <= '9')) return integer()
    for (const [word, literal] of Object.entries(WORDS)) {
      if (text.startsWith(word, at)) {
        at += word.length
        return literal
      }
    }
    return fail(char === undefined ? 'the header ends early' : `'${char}' is not part of a Python literal`)
  }

  const result = value(0)
  skipSpace()
  if (at < text.length) fail('text after the literal')
  return result
}
