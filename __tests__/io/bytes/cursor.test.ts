import { describe, expect, it } from '@jest/globals'
import { FormatError } from '../../../src/core/errors.js'
import { BufferByteSource } from '../../../src/io/byte-source.js'
import { Cursor, MAX_VARINT_BYTES, NOT_IN_WINDOW, Window } from '../../../src/io/bytes/index.js'

/** `values` as little-endian u64s. */
function u64s(...values: bigint[]): Uint8Array {
  const bytes = new Uint8Array(8 * values.length)
  const view = new DataView(bytes.buffer)
  values.forEach((value, i) => view.setBigUint64(8 * i, BigInt.asUintN(64, value), true))
  return bytes
}

/** `value` as an unsigned LEB128 varint. */
function varint(value: bigint): number[] {
  const out: number[] = []
  do {
    const low = Number(value & 0x7fn)
    value >>= 7n
    out.push(value > 0n ? low | 0x80 : low)
  } while (value > 0n)
  return out
}

describe('Cursor: 64-bit values', () => {
  it('reads u64 and i64 up to 2^53 - 1 exactly, and refuses 2^53 naming the field and the value', () => {
    const max = BigInt(Number.MAX_SAFE_INTEGER)
    const cursor = Cursor.over(u64s(max, -max, 2n ** 53n, 2n ** 63n), 'big.bin')
    expect(cursor.u64('first size')).toBe(Number.MAX_SAFE_INTEGER)
    expect(cursor.i64('first delta')).toBe(-Number.MAX_SAFE_INTEGER)
    expect(() => cursor.u64('tensor offset')).toThrow(/^big\.bin: tensor offset is 9007199254740992, larger than any file \(over 2\^53\) \(at byte 16\)/)
    cursor.seek(24)
    expect(() => cursor.i64('tensor delta')).toThrow(/tensor delta is -9223372036854775808, larger than any file/)
  })

  it('gives bigints where a format needs them, and reads big-endian when told', () => {
    const cursor = Cursor.over(u64s(2n ** 63n + 5n), 'big.bin')
    expect(cursor.u64big()).toBe(2n ** 63n + 5n)
    const be = Cursor.over(Uint8Array.of(0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 2), 'be.bin')
    be.littleEndian = false
    expect(be.u32()).toBe(1)
    expect(be.u64('size')).toBe(2)
  })
})

describe('Cursor: varints', () => {
  it('decodes 1- to 8-byte varints, 2^53 - 1, and zigzag', () => {
    const values = [0n, 1n, 127n, 128n, 300n, 2n ** 32n, BigInt(Number.MAX_SAFE_INTEGER)]
    const cursor = Cursor.over(Uint8Array.from([...values.flatMap(varint), ...varint(3n), ...varint(4n)]), 'v.bin')
    for (const value of values) expect(cursor.varint('value')).toBe(Number(value))
    expect(cursor.svarint('delta')).toBe(-2)
    expect(cursor.svarint('delta')).toBe(2)
    expect(cursor.remaining).toBe(0)
  })

  it('refuses a 10-byte varint past 2^53 by value, and an 11-byte one as overlong', () => {
    const negativeOne = varint(2n ** 64n - 1n)
    expect(negativeOne).toHaveLength(MAX_VARINT_BYTES)
    expect(() => Cursor.over(Uint8Array.from(negativeOne), 'v.bin').varint('dimension')).toThrow(/dimension is 18446744073709551615, larger than any file/)
    // A protobuf field's value past 2^53 is kept, approximately: only sizes are refused.
    expect(Cursor.over(Uint8Array.from(negativeOne), 'v.bin').tryFieldVarint('field 1')).toBeGreaterThan(2 ** 63)
    const overlong = Uint8Array.from([...Array(MAX_VARINT_BYTES).fill(0x80), 0])
    expect(() => Cursor.over(overlong, 'v.bin').varint('tag')).toThrow(/^v\.bin: tag is a varint longer than 10 bytes \(at byte 0\)/)
  })

  it("reads protobuf int64 varints as two's complement: -1 and -2^53 + 1 as 10 bytes, exact up to ±(2^53 - 1)", () => {
    const values = [0n, 1n, -1n, -2n, 2n ** 49n - 1n, 2n ** 49n, BigInt(Number.MAX_SAFE_INTEGER), -BigInt(Number.MAX_SAFE_INTEGER)]
    const cursor = Cursor.over(Uint8Array.from(values.flatMap((value) => varint(BigInt.asUintN(64, value)))), 'v.bin')
    for (const value of values) expect(cursor.i64Varint('dimension')).toBe(Number(value))
    expect(cursor.remaining).toBe(0)
  })

  it('refuses an int64 varint past ±2^53 by its signed value, with the one 2^53 error', () => {
    const over = (value: bigint): Cursor => Cursor.over(Uint8Array.from(varint(BigInt.asUintN(64, value))), 'v.bin')
    expect(() => over(2n ** 53n).i64Varint('the offset')).toThrow(/^v\.bin: the offset is 9007199254740992, larger than any file \(over 2\^53\) \(at byte 0\)/)
    expect(() => over(-(2n ** 53n)).i64Varint('a dimension')).toThrow(/^v\.bin: a dimension is -9007199254740992, larger than any file/)
    expect(() => over(-(2n ** 63n)).i64Varint('a dimension')).toThrow(/a dimension is -9223372036854775808,/)
  })

  it('reads protobuf int32 varints as their low 32 bits, signed (a negative one is sign-extended to 10 bytes)', () => {
    const values = [0n, 5n, -1n, -(2n ** 31n), 2n ** 31n - 1n]
    const cursor = Cursor.over(Uint8Array.from(values.flatMap((value) => varint(BigInt.asUintN(64, value)))), 'v.bin')
    for (const value of values) expect(cursor.i32Varint('shard_id')).toBe(Number(value))
    // An int32 written unsigned (5 bytes, 2^32 - 1) reads as -1 too, as protobuf's parsers read it.
    expect(Cursor.over(Uint8Array.from(varint(2n ** 32n - 1n)), 'v.bin').i32Varint('shard_id')).toBe(-1)
  })

  it('throws the truncation error for a varint cut by the end of its region', () => {
    const cursor = Cursor.over(Uint8Array.of(0x80, 0x80), 'v.bin', 100, 'header')
    expect(() => cursor.varint('length')).toThrow('v.bin: unexpected end of header: expected 3 bytes at offset 100 but the header ends at byte 102.')
  })
})

describe('Cursor: truncation at every boundary', () => {
  const bytes = new Uint8Array(16)
  const reads: [string, number, (cursor: Cursor) => unknown][] = [
    ['u8', 1, (c) => c.u8()],
    ['u16', 2, (c) => c.u16()],
    ['u32', 4, (c) => c.u32()],
    ['u64', 8, (c) => c.u64('size')],
    ['f64', 8, (c) => c.f64()],
    ['bytes(5)', 5, (c) => c.bytes(5)]
  ]
  it.each(reads)('%s reads at the last fitting offset and throws one byte later, with the standard message', (_, width, read) => {
    for (let at = 0; at <= bytes.length; at++) {
      const cursor = Cursor.over(bytes, 'f.bin')
      cursor.seek(at)
      if (at + width <= bytes.length) {
        read(cursor)
        expect(cursor.position).toBe(at + width)
      } else {
        expect(() => read(cursor)).toThrow(
          `f.bin: unexpected end of data: expected ${width} bytes at offset ${at} but the data ends at byte 16. The file is truncated or corrupted; re-export or re-download it.`
        )
        expect(cursor.position).toBe(at)
      }
    }
  })

  it('words the end of a whole file like every ByteSource', async () => {
    const source = new BufferByteSource('f.bin', bytes)
    const cursor = new Cursor(new Window(source), 12)
    const error = await cursor.ensure(8).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(FormatError)
    expect((error as Error).message).toBe(
      'f.bin: unexpected end of file: expected 8 bytes at offset 12 but the file has 16 bytes. The file is truncated or corrupted; re-export or re-download it.'
    )
  })
})

describe('Cursor over a Window: refill across boundaries', () => {
  const bytes = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 31 + 7) & 0xff)
  const view = new DataView(bytes.buffer)

  it.each(['read-ahead', 'reuse', 'blocks'] as const)('reads every u32 at every alignment through a %s window', async (kind) => {
    const source = new BufferByteSource('w.bin', bytes)
    const window = new Window(source, kind === 'reuse' ? { kind, readBytes: 1000 } : { kind })
    const cursor = new Cursor(window, 3)
    while (cursor.remaining >= 4) {
      const at = cursor.position
      if (!cursor.has(4)) await cursor.ensure(4)
      expect(cursor.u32()).toBe(view.getUint32(at, true))
    }
    expect(source.bytesRead).toBeLessThan(2 * bytes.length)
  })

  it('decodes a varint split by the end of the window once the rest is loaded', async () => {
    const encoded = Uint8Array.from([...Array(200).fill(0), ...varint(2n ** 40n + 3n)])
    const source = new BufferByteSource('s.bin', encoded)
    const window = new Window(source, { kind: 'reuse', readBytes: 202 })
    const cursor = new Cursor(window, 200)
    await window.load(0, 202)
    expect(cursor.tryVarint('offset')).toBe(NOT_IN_WINDOW)
    expect(cursor.position).toBe(200)
    await cursor.ensureUpTo(MAX_VARINT_BYTES)
    expect(cursor.varint('offset')).toBe(2 ** 40 + 3)
  })

  it('reads a skipped payload never: bytes read follow the metadata', async () => {
    const source = new BufferByteSource('p.bin', new Uint8Array(10_000_000))
    const cursor = new Cursor(new Window(source))
    for (let i = 0; i < 100; i++) {
      await cursor.ensure(16)
      cursor.u64('header')
      cursor.u64('length')
      cursor.skip(99_984)
    }
    expect(source.bytesRead).toBeLessThan(100 * 200)
  })

  it('refuses a sync read of bytes not loaded as a programming error, not a truncation', () => {
    const cursor = new Cursor(new Window(new BufferByteSource('n.bin', new Uint8Array(64))))
    expect(() => cursor.u32()).toThrow(/were not loaded \(ensure\(\) first\)/)
  })
})
