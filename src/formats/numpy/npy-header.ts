import { elementCount } from '../../core/dtypes.js'
import { FormatError } from '../../core/errors.js'
import { MAX_DIMS } from '../../core/limits.js'
import { Cursor, LATIN1, UTF8 } from '../../io/bytes/index.js'
import { isPyDict, parsePythonLiteral, type PyValue } from './python-literal.js'

/**
 * The `.npy` header (`numpy/lib/format.py`, NEP 1): the magic `\x93NUMPY`, a major and minor
 * version byte, the header length (u16 LE in v1.0, u32 LE in v2.0 and v3.0), then the header: a
 * Python dict literal `{'descr': '<f4', 'fortran_order': False, 'shape': (4, 8), }` padded with
 * spaces and a newline (latin-1 in v1/v2, UTF-8 in v3). The array's raw bytes follow.
 */

export const NPY_MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59] // \x93NUMPY

/**
 * Bytes of a header. numpy's own `np.load` refuses headers over 10,000 characters by default
 * (`max_header_size`, numpy 1.24); 64 KiB is v1's whole range and keeps a v2 length of 4 GB from
 * being read.
 */
export const MAX_NPY_HEADER_BYTES = 64 * 1024

/** Bytes before the header text: magic, version, and the length field. */
export function npyPreambleBytes(major: number): number {
  return major === 1 ? 10 : 12
}

export interface NpyHeader {
  /** Our dtype name (`float32`), or numpy's descr without its byte order for the rest (`U5`, `V2`). */
  dtype: string
  shape: number[]
  /** Bytes of one element. */
  itemSize: number
  /** An object array: its "data" is a pickle of Python objects, not numbers. */
  hasObjects: boolean
  /** Where the data starts: preamble + header text. */
  dataStart: number
  /** elements × itemSize (not meaningful for object arrays). */
  dataBytes: number
}

/** The bytes of the preamble and header that must be read: `length` once the first 12 are known. */
export function npyHeaderLength(head: Uint8Array, file: string): number {
  checkMagic(head, file)
  const major = head[6]
  if (major < 1 || major > 3) throw new FormatError(file, `.npy format version ${major}.${head[7]} is not one numpy writes (1.0, 2.0, 3.0)`, { offset: 6 })
  const lengthField = Cursor.over(head, file)
  lengthField.seek(8)
  const length = major === 1 ? lengthField.u16() : lengthField.u32()
  if (length > MAX_NPY_HEADER_BYTES) {
    throw new FormatError(file, `the .npy header claims ${length} bytes, over the ${MAX_NPY_HEADER_BYTES}-byte limit`, {
      offset: 8,
      fix: 'numpy itself refuses headers this long; the file is corrupt or hostile.'
    })
  }
  return npyPreambleBytes(major) + length
}

function checkMagic(head: Uint8Array, file: string): void {
  if (head.length < 12 || !NPY_MAGIC.every((byte, i) => head[i] === byte)) {
    throw new FormatError(file, 'not a .npy array: it does not start with "\\x93NUMPY"', { offset: 0 })
  }
}

/** Parses the preamble and header in `bytes` (at least `npyHeaderLength` of them). */
export function parseNpyHeader(bytes: Uint8Array, file: string): NpyHeader {
  const dataStart = npyHeaderLength(bytes, file)
  if (bytes.length < dataStart) throw new FormatError(file, `the .npy header is cut short: ${bytes.length} of ${dataStart} bytes`, { offset: 0 })
  const major = bytes[6]
  const text = (major === 3 ? UTF8 : LATIN1).decode(bytes.subarray(npyPreambleBytes(major), dataStart))
  let header: PyValue
  try {
    header = parsePythonLiteral(text)
  } catch (error) {
    throw new FormatError(file, `the .npy header is not a Python literal: ${(error as Error).message}`, { offset: npyPreambleBytes(major) })
  }
  const bad = (what: string): FormatError => new FormatError(file, `the .npy header ${what}`, { offset: npyPreambleBytes(major) })
  if (!isPyDict(header)) throw bad('is not a dict')
  const descr = header.dict.get('descr')
  const shape = header.dict.get('shape')
  if (descr === undefined || !Array.isArray(shape)) throw bad("lacks 'descr' or 'shape'")
  if (shape.length > MAX_DIMS) throw bad(`has ${shape.length} dimensions, over the limit of ${MAX_DIMS}`)
  if (!shape.every((dim): dim is number => typeof dim === 'number' && dim >= 0)) throw bad('has a shape that is not a tuple of sizes')
  const type = describeDtype(descr, 0)
  if (!type) throw bad(`has a descr numpy does not define: ${JSON.stringify(descr)}`)
  const dataBytes = elementCount(shape) * type.itemSize
  if (!Number.isSafeInteger(dataBytes)) throw bad(`describes ${dataBytes} bytes, more than any file holds`)
  return { dtype: type.name, shape, itemSize: type.itemSize, hasObjects: type.hasObjects, dataStart, dataBytes }
}

interface DtypeDescription {
  name: string
  itemSize: number
  hasObjects: boolean
}

/** numpy kind + size → our dtype names (core/dtypes.ts); others keep numpy's spelling. */
const NAMED: Record<string, string> = {
  b1: 'bool',
  i1: 'int8',
  i2: 'int16',
  i4: 'int32',
  i8: 'int64',
  u1: 'uint8',
  u2: 'uint16',
  u4: 'uint32',
  u8: 'uint64',
  f2: 'float16',
  f4: 'float32',
  f8: 'float64',
  c8: 'complex64',
  c16: 'complex128'
}

/** Bytes per character of a `U` (UCS-4) string; other kinds' sizes are in bytes. */
const UNICODE_CHAR_BYTES = 4

/**
 * A descr: a simple type string (`'<f4'`, `'|O'`, `'<U5'`, `'<M8[ns]'`) or a structured one, a
 * list of `(name, descr)` / `(name, descr, shape)` fields (`numpy.lib.format.descr_to_dtype`).
 */
function describeDtype(descr: PyValue, depth: number): DtypeDescription | undefined {
  if (typeof descr === 'string') return describeSimple(descr)
  if (!Array.isArray(descr) || depth > 8) return undefined
  let itemSize = 0
  let hasObjects = false
  for (const field of descr) {
    if (!Array.isArray(field) || field.length < 2) return undefined
    const inner = describeDtype(field[1], depth + 1)
    const subShape = field[2] === undefined ? [] : Array.isArray(field[2]) ? field[2] : [field[2]]
    if (!inner || !subShape.every((dim): dim is number => typeof dim === 'number' && dim >= 0)) return undefined
    itemSize += inner.itemSize * elementCount(subShape)
    hasObjects ||= inner.hasObjects
  }
  return { name: 'structured', itemSize, hasObjects }
}

/** A numpy type string (`'<f4'`) as our dtype name (`float32`), or undefined when numpy does not define it. */
export function dtypeOfDescr(descr: string): string | undefined {
  return describeSimple(descr)?.name
}

function describeSimple(descr: string): DtypeDescription | undefined {
  const match = /^([<>|=]?)([biufcOSUVMma])(\d*)(\[\w+\])?$/.exec(descr)
  if (!match) return undefined
  const [, , kind, digits] = match
  const size = digits === '' ? undefined : Number(digits)
  if (kind === 'O') return { name: 'object', itemSize: 8, hasObjects: true }
  if (size === undefined) return kind === 'b' ? { name: 'bool', itemSize: 1, hasObjects: false } : undefined
  const itemSize = kind === 'U' ? size * UNICODE_CHAR_BYTES : size
  return { name: NAMED[`${kind}${size}`] ?? descr.replace(/^[<>|=]/, ''), itemSize, hasObjects: false }
}
