import { ascii, concat, overwrite, u16, u32 } from './encode.js'
import type { TargetedMutator } from './targeted.js'

/**
 * Structure-aware mutators for the array formats of issue 13: the `.npy` header (its length field
 * and its Python literal, in a `.npy` file or a stored `.npz` member), Flax msgpack length and
 * count fields, and Orbax's `_METADATA` tree. Each keeps the rest of the file as it was, so the
 * parser behind the mutated field is reached.
 */

const pick = <T>(values: readonly T[], param: number): T => values[param % values.length]

// --- NumPy ---------------------------------------------------------------------------------------

const NPY_MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]

/** Offsets of every `\x93NUMPY` in the file: a `.npy` at 0, the members of a stored `.npz`. */
export function npyHeaders(bytes: Uint8Array): number[] {
  const out: number[] = []
  for (let i = 0; i + 10 <= bytes.length; i++) if (NPY_MAGIC.every((byte, j) => bytes[i + j] === byte)) out.push(i)
  return out
}

const hasNpyHeader = (path: string, bytes: Uint8Array): boolean => /\.np[yz]$/i.test(path) && npyHeaders(bytes).length > 0

/** Header texts a hostile or broken writer could put in place of numpy's dict. */
const NPY_LITERALS: readonly string[] = [
  "{'descr': '<f4', 'fortran_order': False, 'shape': (99999999999, 99999999999, 99999999999), }",
  "{'descr': '<f4', 'fortran_order': False, 'shape': (-1,), }",
  "{'descr': '<f4', 'fortran_order': False, 'shape': 7, }",
  "{'descr': '<f4', 'fortran_order': False, 'shape': (" + '1, '.repeat(100) + '), }',
  "{'descr': '|O', 'fortran_order': False, 'shape': (), }",
  "{'descr': '<q9', 'fortran_order': False, 'shape': (4,), }",
  "{'descr': [('a', [('b', [('c', '<f4')])])], 'fortran_order': False, 'shape': (2,), }",
  "{'descr': '<f4', 'shape': __import__('os').system('id'), }",
  "{'descr': '<f4', 'fortran_order': False, 'shape': (4,",
  '['.repeat(5000),
  "{'descr': '\\x",
  '',
  "{'descr': '<U99999999999', 'fortran_order': False, 'shape': (4,), }"
]

const NUMPY: TargetedMutator[] = [
  {
    name: 'npy-header-length',
    applies: hasNpyHeader,
    mutate(bytes, param) {
      const at = pick(npyHeaders(bytes), Math.floor(param / 8))
      // [offset from the magic, bytes]: the length alone (at 8), or the version with a v2/v3 length (at 6)
      const edits: [number, Uint8Array][] = [
        [8, u16(0xffff)],
        [8, u16(0)],
        [8, u16(1)],
        [6, concat([new Uint8Array([2, 0]), u32(0xffffffff)])],
        [6, concat([new Uint8Array([3, 0]), u32(0x10000)])],
        [6, new Uint8Array([9, 9])]
      ]
      const [offset, edit] = pick(edits, param)
      return overwrite(bytes, at + offset, edit)
    }
  },
  {
    name: 'npy-header-literal',
    applies: hasNpyHeader,
    mutate(bytes, param) {
      const at = pick(npyHeaders(bytes), Math.floor(param / NPY_LITERALS.length))
      const length = bytes[at + 6] === 1 ? bytes[at + 8] | (bytes[at + 9] << 8) : 0
      const start = at + (bytes[at + 6] === 1 ? 10 : 12)
      // The same length as the header it replaces (padded or cut), so the data stays where it was.
      const text = pick(NPY_LITERALS, param).padEnd(length, ' ').slice(0, Math.max(length, 1))
      return overwrite(bytes, start, ascii(text).subarray(0, Math.max(0, Math.min(length, bytes.length - start))))
    }
  }
]

// --- Flax msgpack --------------------------------------------------------------------------------

/** The length and count fields of a msgpack stream (map/array counts, str/bin/ext lengths), up to `limit`. */
export function msgpackLengthFields(bytes: Uint8Array, limit = 4096): { at: number; width: 1 | 2 | 4 }[] {
  const fields: { at: number; width: 1 | 2 | 4 }[] = []
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length)
  const uint = (at: number, width: 1 | 2 | 4): number => (width === 1 ? bytes[at] : width === 2 ? view.getUint16(at) : view.getUint32(at))
  let p = 0
  const WIDTH: Record<number, 1 | 2 | 4> = { 0xc4: 1, 0xc5: 2, 0xc6: 4, 0xc7: 1, 0xc8: 2, 0xc9: 4, 0xd9: 1, 0xda: 2, 0xdb: 4 }
  const FIXED: Record<number, number> = {
    0xca: 4,
    0xcb: 8,
    0xcc: 1,
    0xcd: 2,
    0xce: 4,
    0xcf: 8,
    0xd0: 1,
    0xd1: 2,
    0xd2: 4,
    0xd3: 8,
    0xd4: 2,
    0xd5: 3,
    0xd6: 5,
    0xd7: 9,
    0xd8: 17
  }
  while (p < bytes.length && fields.length < limit) {
    const tag = bytes[p]
    const width = WIDTH[tag]
    if (width !== undefined && p + 1 + width <= bytes.length) {
      fields.push({ at: p + 1, width })
      // str/bin: skip the payload; ext: step into it (flax's ndarray is msgpack inside)
      const length = uint(p + 1, width)
      p += 1 + width + (tag >= 0xc7 && tag <= 0xc9 ? 1 : length)
    } else if (tag === 0xdc || tag === 0xde || tag === 0xdd || tag === 0xdf) {
      const countWidth = tag === 0xdc || tag === 0xde ? 2 : 4
      fields.push({ at: p + 1, width: countWidth })
      p += 1 + countWidth
    } else if (tag >= 0xa0 && tag <= 0xbf) {
      p += 1 + (tag & 0x1f)
    } else {
      p += 1 + (FIXED[tag] ?? 0)
    }
  }
  return fields.filter((field) => field.at + field.width <= bytes.length)
}

const isMsgpack = (path: string, bytes: Uint8Array): boolean =>
  (/\.msgpack$/i.test(path) || /(^|\/)checkpoint_\d+$/.test(path)) && bytes.length > 8 && (bytes[0] & 0xf0) === 0x80

const FLAX: TargetedMutator[] = [
  {
    name: 'msgpack-length-and-count-fields',
    applies: isMsgpack,
    mutate(bytes, param) {
      const fields = msgpackLengthFields(bytes)
      if (fields.length === 0) return bytes
      const field = pick(fields, Math.floor(param / 5))
      const values = [0xffffffff, 0x7fffffff, bytes.length, 0, 1]
      const value = pick(values, param)
      const encoded = field.width === 4 ? u32(value).reverse() : field.width === 2 ? u16(value & 0xffff).reverse() : new Uint8Array([value & 0xff])
      return overwrite(bytes, field.at, encoded)
    }
  },
  {
    name: 'msgpack-nesting-and-tags',
    applies: isMsgpack,
    mutate(bytes, param) {
      const variants: (() => Uint8Array)[] = [
        () => new Uint8Array(100_000).fill(0x91), // arrays nested without end
        () => concat([new Uint8Array([0x81, 0xa6]), ascii('params'), new Uint8Array(50_000).fill(0x81)]), // maps whose keys are maps
        () => overwrite(bytes, Math.min(bytes.length - 1, param % bytes.length), new Uint8Array([0xc1])), // the never-used tag
        () => concat([bytes, new Uint8Array([0x00])]) // a byte after the root value
      ]
      return pick(variants, param)()
    }
  }
]

// --- Orbax ---------------------------------------------------------------------------------------

const isOrbaxTree = (path: string, bytes: Uint8Array): boolean => /(^|\/)_METADATA$/.test(path) && bytes[0] === 0x7b

const ORBAX: TargetedMutator[] = [
  {
    name: 'orbax-tree-metadata',
    applies: isOrbaxTree,
    mutate(bytes, param) {
      const json = JSON.parse(new TextDecoder().decode(bytes)) as { tree_metadata: Record<string, { value_metadata: Record<string, unknown> }> }
      const entries = Object.values(json.tree_metadata)
      const entry = entries[Math.floor(param / 8) % Math.max(1, entries.length)]
      const edits: ((value: Record<string, unknown>) => void)[] = [
        (value) => (value.write_shape = [2 ** 40, 2 ** 40, 2 ** 40]),
        (value) => (value.write_shape = [-1]),
        (value) => (value.write_shape = 'x'),
        (value) => (value.write_shape = Array.from({ length: 1000 }, () => 1)),
        (value) => (value.value_type = 'np.ndarray'),
        (value) => delete value.write_shape
      ]
      const variants: (() => string)[] = [
        () => (entry ? (pick(edits, param)(entry.value_metadata), JSON.stringify(json)) : '{}'),
        () => JSON.stringify({ tree_metadata: Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`k${i}`, entry])) }),
        () => `{"tree_metadata":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}`
      ]
      return ascii(pick(variants, Math.floor(param / 8))())
    }
  }
]

export const TARGETED_ARRAYS: readonly TargetedMutator[] = [...NUMPY, ...FLAX, ...ORBAX]
