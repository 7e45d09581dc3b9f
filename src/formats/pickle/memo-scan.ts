import { uint64At } from '../../io/bytes/index.js'
/**
 * The memo indexes a pickle ever fetches (GET, BINGET, LONG_BINGET), found by a pass over its
 * opcodes that builds nothing.
 *
 * Why: Python's pickler memoizes nearly every object it writes (a torch state_dict: the key, the
 * persistent-id tuple, the size and stride tuples, the hooks dict and the argument tuple of every
 * tensor), but fetches few of them again (the globals, `'storage'`, `'cpu'`, a tied weight). An
 * unpickler that keeps every memoized object keeps all of those intermediate values alive to the
 * end: for 10^5 tensors, ~40 MB that the garbage collector copies twice before it can free
 * nothing. Keeping only what is fetched lets them die young.
 *
 * The pass decodes opcode arguments exactly as the interpreter does, so both see the same opcode
 * boundaries; it stops at STOP, or where the interpreter would throw (an unknown opcode, a
 * truncated or oversized argument). If it were ever wrong, the interpreter notices the fetch of
 * an entry it did not keep and parses again keeping everything (`unpickler.ts`), so the result
 * never depends on this pass.
 *
 * Opcode arguments: `python/cpython:Lib/pickletools.py` (the `opcodes` table).
 */

/** Opcodes with a fixed-size argument, and its size. */
const FIXED_ARGUMENT: Readonly<Record<number, number>> = {
  0x80: 1, // PROTO
  0x95: 8, // FRAME
  0x4b: 1, // BININT1
  0x4d: 2, // BININT2
  0x4a: 4, // BININT
  0x47: 8, // BINFLOAT
  0x71: 1, // BINPUT
  0x72: 4, // LONG_BINPUT
  0x82: 1, // EXT1
  0x83: 2, // EXT2
  0x84: 4, // EXT4
  0x68: 1, // BINGET
  0x6a: 4 // LONG_BINGET
}

/** Opcodes followed by a length of 1, 4 or 8 bytes and that many bytes. */
const COUNTED_ARGUMENT: Readonly<Record<number, 1 | 4 | 8>> = {
  0x8a: 1, // LONG1
  0x8b: 4, // LONG4 (signed)
  0x58: 4, // BINUNICODE
  0x8c: 1, // SHORT_BINUNICODE
  0x8d: 8, // BINUNICODE8
  0x54: 4, // BINSTRING (signed)
  0x55: 1, // SHORT_BINSTRING
  0x42: 4, // BINBYTES
  0x43: 1, // SHORT_BINBYTES
  0x8e: 8, // BINBYTES8
  0x96: 8 // BYTEARRAY8
}

/** Opcodes whose argument is text up to a newline, and how many lines. */
const LINE_ARGUMENTS: Readonly<Record<number, number>> = {
  0x49: 1, // INT
  0x4c: 1, // LONG
  0x46: 1, // FLOAT
  0x56: 1, // UNICODE
  0x53: 1, // STRING
  0x70: 1, // PUT
  0x67: 1, // GET
  0x50: 1, // PERSID
  0x63: 2, // GLOBAL
  0x69: 2 // INST
}

/** Opcodes without an argument. */
const NO_ARGUMENT = new Set([
  0x28, 0x30, 0x31, 0x32, 0x4e, 0x88, 0x89, 0x29, 0x74, 0x85, 0x86, 0x87, 0x5d, 0x6c, 0x61, 0x65, 0x7d, 0x64, 0x73, 0x75, 0x8f, 0x90, 0x91, 0x94, 0x93, 0x6f,
  0x52, 0x81, 0x92, 0x62, 0x51, 0x97, 0x98, 0x2e
])

const STOP = 0x2e
const GET = 0x67
const BINGET = 0x68
const LONG_BINGET = 0x6a

/** The tables above as one byte per opcode, so the pass over ~10^6 opcodes is a few array reads each. */
const NONE = 1
const FIXED = 2
const COUNTED = 3
const LINES = 4
const KIND = new Uint8Array(256)
/** FIXED: the argument's bytes; COUNTED: the length field's bytes; LINES: the number of lines. */
const SIZE = new Uint8Array(256)
for (const op of NO_ARGUMENT) KIND[op] = NONE
const tabulate = (kind: number, table: Readonly<Record<number, number>>): void => {
  for (const [op, size] of Object.entries(table)) {
    KIND[Number(op)] = kind
    SIZE[Number(op)] = size
  }
}
tabulate(FIXED, FIXED_ARGUMENT)
tabulate(COUNTED, COUNTED_ARGUMENT)
tabulate(LINES, LINE_ARGUMENTS)

/** The memo indexes fetched before the pickle's STOP (or before the point where it is invalid). */
export function fetchedMemoIndexes(bytes: Uint8Array): Set<number> {
  const fetched = new Set<number>()
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let at = 0
  while (at < bytes.length) {
    const op = bytes[at++]
    const size = SIZE[op]
    switch (KIND[op]) {
      case NONE:
        if (op === STOP) return fetched
        break
      case FIXED:
        if (op === BINGET && at < bytes.length) fetched.add(bytes[at])
        else if (op === LONG_BINGET && at + 4 <= bytes.length) fetched.add(view.getUint32(at, true))
        at += size
        break
      case COUNTED: {
        if (at + size > bytes.length) return fetched
        const length = size === 1 ? bytes[at] : size === 4 ? view.getInt32(at, true) : lengthOf8(bytes, at)
        // A negative or impossible length is where the interpreter throws.
        if (length < 0 || at + size + length > bytes.length) return fetched
        at += size + length
        break
      }
      case LINES: {
        const lineStart = at
        for (let line = 0; line < size; line++) {
          const end = bytes.indexOf(0x0a, at)
          if (end < 0) return fetched
          at = end + 1
        }
        if (op === GET) {
          const index = Number(String.fromCharCode.apply(null, bytes.subarray(lineStart, at - 1) as unknown as number[]))
          if (Number.isSafeInteger(index) && index >= 0) fetched.add(index)
        }
        break
      }
      default:
        return fetched // an unknown opcode: the interpreter stops here
    }
  }
  return fetched
}

/** An 8-byte length, or Infinity past 2^53 (the scan stops there; the interpreter throws). */
function lengthOf8(bytes: Uint8Array, at: number): number {
  try {
    return uint64At(bytes, at, '', 'length')
  } catch {
    return Infinity
  }
}
