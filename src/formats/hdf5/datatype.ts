import type { Hdf5File } from './file.js'
import type { AttributeValue } from './types.js'
import { shortString } from './names.js'

/** Datatype messages (spec IV.A.2.d), and the values of the attributes whose type is simple enough to decode. */

export interface Datatype {
  dtype: string
  /** Bytes per element. */
  size: number
  class: number
  signed?: boolean
  /** For variable-length types: the base is a string. */
  vlenString?: boolean
}

/** Datatype message: class and version in byte 0, 3 bytes of class bits, size (u32 at 4). Read in place: bytes[start, end) at file offset `offset`. */
export function parseDatatype(file: Hdf5File, bytes: Uint8Array, start: number, end: number, offset: number): Datatype {
  if (end - start < 8) throw file.fail('datatype message shorter than its header', offset)
  return datatypeOf(bytes[start] & 0x0f, bytes[start + 1], file.uintAt(bytes, start + 4, 4, offset - start, 'datatype size'))
}

/** A datatype from its class, the first byte of its class bits and its size in bytes. */
function datatypeOf(typeClass: number, bits0: number, size: number): Datatype {
  switch (typeClass) {
    case 0: {
      const signed = (bits0 & 0x08) !== 0
      const bits = size * 8
      return { dtype: [1, 2, 4, 8].includes(size) ? `${signed ? 'int' : 'uint'}${bits}` : `int${bits}`, size, class: 0, signed }
    }
    case 1:
      return { dtype: size === 2 ? 'float16' : size === 4 ? 'float32' : size === 8 ? 'float64' : `float${size * 8}`, size, class: 1 }
    case 3:
      return { dtype: 'string', size, class: 3 }
    case 6:
      // h5py writes numpy complex as a compound of two floats (r, i).
      return { dtype: size === 8 ? 'complex64' : size === 16 ? 'complex128' : 'compound', size, class: 6 }
    case 8:
      // h5py writes numpy bool as an enum over int8 (FALSE = 0, TRUE = 1).
      return { dtype: size === 1 ? 'bool' : 'enum', size, class: 8 }
    case 9:
      return { dtype: (bits0 & 0x0f) === 1 ? 'string' : 'vlen', size, class: 9, vlenString: (bits0 & 0x0f) === 1 }
    default:
      return { dtype: ['bitfield', 'opaque', 'reference', 'array'][typeClass - 4] ?? `hdf5-class-${typeClass}`, size, class: typeClass }
  }
}

/** `count` fixed-size values of `type` (fixed-length strings, integers, floats); undefined for other types. */
export function decodeValues(type: Datatype, count: number, scalar: boolean, bytes: Uint8Array): AttributeValue {
  if (type.class === 3) {
    // Each string ends at its first NUL; read in place (layer_names holds 10^5 at 10^5 layers).
    const strings = new Array<string>(count)
    for (let i = 0; i < count; i++) {
      const start = i * type.size
      let end = start
      while (end < start + type.size && bytes[end] !== 0) end++
      strings[i] = shortString(bytes, start, end)
    }
    return scalar ? strings[0] : strings
  }
  if (type.class === 0 || type.class === 1) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    const numbers: number[] = []
    for (let i = 0; i < count; i++) {
      const at = i * type.size
      if (type.class === 1) numbers.push(type.size === 8 ? view.getFloat64(at, true) : type.size === 4 ? view.getFloat32(at, true) : NaN)
      else if (type.size === 8) numbers.push(Number(type.signed ? view.getBigInt64(at, true) : view.getBigUint64(at, true)))
      else if (type.size === 4) numbers.push(type.signed ? view.getInt32(at, true) : view.getUint32(at, true))
      else if (type.size === 2) numbers.push(type.signed ? view.getInt16(at, true) : view.getUint16(at, true))
      else if (type.size === 1) numbers.push(type.signed ? view.getInt8(at) : view.getUint8(at))
    }
    return scalar ? numbers[0] : numbers
  }
  return undefined // variable-length strings live in the global heap (attributes.ts reads them)
}
