import type { Chunk } from './sparse.js'

/**
 * A small msgpack encoder (`msgpack/msgpack:spec.md`) for the values flax writes: maps with string
 * keys, ints, strings, bins and ext values; `ndarray` builds flax's ext 1 `(shape, dtype, bytes)`.
 */
export type Msgpack = number | string | boolean | null | Uint8Array | Msgpack[] | { ext: number; data: Uint8Array } | { [key: string]: Msgpack }

export function packMsgpack(value: Msgpack): Uint8Array {
  const out: number[] = []
  const uint = (bytes: number, n: number): void => {
    for (let i = bytes - 1; i >= 0; i--) out.push(Math.floor(n / 2 ** (8 * i)) & 0xff)
  }
  const raw = (data: Uint8Array): void => {
    for (const byte of data) out.push(byte)
  }
  const sized = (n: number, fix: number | undefined, fixMax: number, tags: [number, number, number]): void => {
    if (fix !== undefined && n <= fixMax) out.push(fix | n)
    else if (n < 0x100 && tags[0] !== 0) out.push(tags[0], n)
    else if (n < 0x10000) {
      out.push(tags[1])
      uint(2, n)
    } else {
      out.push(tags[2])
      uint(4, n)
    }
  }
  const write = (v: Msgpack): void => {
    if (v === null) out.push(0xc0)
    else if (typeof v === 'boolean') out.push(v ? 0xc3 : 0xc2)
    else if (typeof v === 'number') {
      if (v >= 0 && v < 0x80) out.push(v)
      else {
        out.push(0xcf)
        uint(8, v)
      }
    } else if (typeof v === 'string') {
      const bytes = new TextEncoder().encode(v)
      sized(bytes.length, 0xa0, 31, [0xd9, 0xda, 0xdb])
      raw(bytes)
    } else if (v instanceof Uint8Array) {
      sized(v.length, undefined, 0, [0xc4, 0xc5, 0xc6])
      raw(v)
    } else if (Array.isArray(v)) {
      sized(v.length, 0x90, 15, [0, 0xdc, 0xdd])
      v.forEach(write)
    } else if ('ext' in v && v.data instanceof Uint8Array) {
      sized(v.data.length, undefined, 0, [0xc7, 0xc8, 0xc9])
      out.push(v.ext as number)
      raw(v.data)
    } else {
      const entries = Object.entries(v)
      sized(entries.length, 0x80, 15, [0, 0xde, 0xdf])
      for (const [key, item] of entries) {
        write(key)
        write(item)
      }
    }
  }
  write(value)
  return new Uint8Array(out)
}

/** A flax ndarray leaf: ext 1 holding the msgpack of `(shape, dtype name, raw bytes)`. */
export function ndarray(dtype: string, shape: number[], itemBytes = 4): Msgpack {
  const elements = shape.reduce((n, d) => n * d, 1)
  return { ext: 1, data: packMsgpack([shape, dtype, new Uint8Array(elements * itemBytes)]) }
}

/**
 * A flax ndarray leaf as chunks whose payload is a hole: ext 32 header, type 1, then the
 * `(shape, dtype, bin 32)` header and `byteLength` unwritten bytes (for sparse bench files).
 */
export function ndarrayChunks(dtype: string, shape: number[], byteLength: number): Chunk[] {
  const head = packMsgpack([shape, dtype])
  // The 3-array's tag, shape and dtype (from the 2-array's packing), then a bin 32 header.
  const inner = new Uint8Array(head.length + 5)
  inner.set(head)
  inner[0] = 0x93
  const view = new DataView(inner.buffer)
  view.setUint8(head.length, 0xc6)
  view.setUint32(head.length + 1, byteLength)
  const ext = new Uint8Array(6)
  ext[0] = 0xc9
  new DataView(ext.buffer).setUint32(1, inner.length + byteLength)
  ext[5] = 1
  return [ext, inner, { hole: byteLength }]
}
