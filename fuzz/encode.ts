/** Small byte-encoding helpers for the mutators (little-endian, protobuf varints). */

export function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0))
  let at = 0
  for (const chunk of chunks) {
    out.set(chunk, at)
    at += chunk.length
  }
  return out
}

export function u16(value: number): Uint8Array {
  const out = new Uint8Array(2)
  new DataView(out.buffer).setUint16(0, value, true)
  return out
}

export function u32(value: number): Uint8Array {
  const out = new Uint8Array(4)
  new DataView(out.buffer).setUint32(0, value >>> 0, true)
  return out
}

export function u64(value: bigint): Uint8Array {
  const out = new Uint8Array(8)
  new DataView(out.buffer).setBigUint64(0, BigInt.asUintN(64, value), true)
  return out
}

/** Unsigned LEB128 of up to 64 bits (negative values as their two's complement, as protobuf int64). */
export function varint(value: bigint | number): Uint8Array {
  let v = BigInt.asUintN(64, BigInt(value))
  const bytes: number[] = []
  while (v >= 0x80n) {
    bytes.push(Number(v & 0x7fn) | 0x80)
    v >>= 7n
  }
  bytes.push(Number(v))
  return Uint8Array.from(bytes)
}

export function ascii(text: string): Uint8Array {
  return new TextEncoder().encode(text)
}

/** A protobuf field: tag then payload (varint value, or length-delimited bytes). */
export function pbVarint(field: number, value: bigint | number): Uint8Array {
  return concat([varint(field * 8), varint(value)])
}

export function pbBytes(field: number, payload: Uint8Array): Uint8Array {
  return concat([varint(field * 8 + 2), varint(payload.length), payload])
}

/** Overwrites `value` into a copy of `bytes` at `at` (clipped at the end). */
export function overwrite(bytes: Uint8Array, at: number, value: Uint8Array): Uint8Array {
  const out = bytes.slice()
  out.set(value.subarray(0, Math.max(0, out.length - at)), at)
  return out
}
