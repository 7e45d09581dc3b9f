import { FormatError } from '../../core/errors.js'
import { tooLargeError, truncatedError } from './errors.js'
import { bigintNumber, int64Number, uint64Number } from './int64.js'
import { strictUtf8, UTF8 } from './utf8.js'
import { Window } from './window.js'

/** Longest varint: 10 bytes carry 64 bits. */
export const MAX_VARINT_BYTES = 10
/** What `tryVarint` returns when the window does not hold the whole varint (varints are never negative). */
export const NOT_IN_WINDOW = -1

/**
 * The one way readers decode bytes: a position in a file (`position` is a file offset) read
 * through a Window, bounded by `end` (the file's size, or the end of a message or header).
 *
 * Reads are synchronous over the window's current bytes, the fast path; refilling is explicit and
 * async: `await cursor.ensure(n)` makes the next `n` bytes available (or throws the truncation
 * error), after which `u32()`, `varint()`, `bytes()` and the rest read them without an await. A
 * hot loop checks `has(n)` first and awaits only on a miss. A read of bytes the window does not
 * hold is a programming error (ensure first); a read past `end` is the truncation error.
 *
 * Integers are little-endian unless `littleEndian` is false. 64-bit values come back as exact
 * numbers or the error naming the field (int64.ts); `u64big`/`i64big` give bigints for formats
 * whose 64-bit values are not sizes.
 */
export class Cursor {
  position: number
  littleEndian = true

  constructor(
    readonly window: Window,
    start = 0,
    /** File offset one past the last byte this cursor may read (moved only by `restart`). */
    public end = window.size,
    /** What ends at `end`, for the truncation error ('file', 'header', 'message'). */
    public region = end === window.size ? window.region : 'data'
  ) {
    this.position = start
  }

  /** A cursor over bytes already in memory, read from file `file` at offset `start`. */
  static over(bytes: Uint8Array, file: string, start = 0, region = 'data'): Cursor {
    return new Cursor(Window.of(bytes, file, start, region), start)
  }

  /** Points the cursor at `[start, end)` of the same window (a reader reused for many small messages). */
  restart(start: number, end: number, region = this.region): void {
    this.position = start
    this.end = end
    this.region = region
  }

  get file(): string {
    return this.window.name
  }

  get remaining(): number {
    return this.end - this.position
  }

  /** Whether the next `n` bytes are in the window (and before `end`): the sync fast path may read them. */
  has(n: number): boolean {
    return this.position + n <= this.end && this.window.has(this.position, n)
  }

  /** Makes the next `n` bytes available to the synchronous reads; past `end`, the truncation error. */
  async ensure(n: number): Promise<void> {
    this.need(n)
    if (!this.window.has(this.position, n)) await this.window.load(this.position, n)
  }

  /** `ensure` of up to `n` bytes, fewer before `end` (for a varint near the end). */
  async ensureUpTo(n: number): Promise<void> {
    await this.ensure(Math.max(0, Math.min(n, this.end - this.position)))
  }

  /** Throws the truncation error unless `n` more bytes lie before `end`. */
  need(n: number): void {
    if (n < 0 || this.position + n > this.end) throw truncatedError(this.file, this.position, n, this.end, this.region)
  }

  seek(position: number): void {
    if (!(position >= 0 && position <= this.end)) {
      throw new FormatError(this.file, `seek outside the ${this.region} to ${position}`, { offset: this.position })
    }
    this.position = position
  }

  /** Moves past `n` bytes without reading them (a payload). */
  skip(n: number): void {
    this.need(n)
    this.position += n
  }

  /** The index in `window.buffer` of the next `n` bytes, which the cursor moves past. */
  private take(n: number): number {
    const window = this.window
    const at = this.position
    let index = at - window.bufferStart
    if (index < 0 || index + n > window.buffer.length || at + n > this.end) {
      this.need(n)
      if (!window.has(at, n)) throw new Error(`Cursor over ${this.file}: ${n} bytes at offset ${at} were not loaded (ensure() first)`)
      index = at - window.bufferStart
    }
    this.position = at + n
    return index
  }

  u8(): number {
    const index = this.take(1)
    return this.window.buffer[index]
  }
  i8(): number {
    return this.window.data.getInt8(this.take(1))
  }
  u16(): number {
    return this.window.data.getUint16(this.take(2), this.littleEndian)
  }
  i16(): number {
    return this.window.data.getInt16(this.take(2), this.littleEndian)
  }
  u32(): number {
    return this.window.data.getUint32(this.take(4), this.littleEndian)
  }
  i32(): number {
    return this.window.data.getInt32(this.take(4), this.littleEndian)
  }
  f32(): number {
    return this.window.data.getFloat32(this.take(4), this.littleEndian)
  }
  f64(): number {
    return this.window.data.getFloat64(this.take(8), this.littleEndian)
  }

  /** An unsigned 64-bit size, offset or count as an exact number; past 2^53 the error naming `what`. */
  u64(what: string): number {
    const at = this.position
    const index = this.take(8)
    const data = this.window.data
    const low = data.getUint32(index + (this.littleEndian ? 0 : 4), this.littleEndian)
    const high = data.getUint32(index + (this.littleEndian ? 4 : 0), this.littleEndian)
    return uint64Number(low, high, this.file, what, at)
  }

  /** A signed 64-bit value as an exact number; past ±2^53 the error naming `what`. */
  i64(what: string): number {
    const at = this.position
    const index = this.take(8)
    const data = this.window.data
    const low = data.getUint32(index + (this.littleEndian ? 0 : 4), this.littleEndian)
    const high = data.getInt32(index + (this.littleEndian ? 4 : 0), this.littleEndian)
    return int64Number(low, high, this.file, what, at)
  }

  /** An unsigned 64-bit value as a bigint, for values that may legitimately pass 2^53. */
  u64big(): bigint {
    return this.window.data.getBigUint64(this.take(8), this.littleEndian)
  }

  /** A signed 64-bit value as a bigint. */
  i64big(): bigint {
    return this.window.data.getBigInt64(this.take(8), this.littleEndian)
  }

  /** An unsigned integer of `width` bytes (1, 2, 4 or 8; 8 as u64). */
  uint(width: number, what: string): number {
    switch (width) {
      case 1:
        return this.u8()
      case 2:
        return this.u16()
      case 4:
        return this.u32()
      case 8:
        return this.u64(what)
      default:
        throw new FormatError(this.file, `${what} has a width of ${width} bytes`, { offset: this.position })
    }
  }

  /** `n` raw bytes: a view into the window, valid as long as the window's policy keeps it. */
  bytes(n: number): Uint8Array {
    const index = this.take(n)
    this.window.markUsed(this.position)
    return this.window.buffer.subarray(index, index + n)
  }

  /** `n` bytes as UTF-8, invalid sequences replaced. */
  utf8(n: number): string {
    return UTF8.decode(this.bytes(n))
  }

  /** `n` bytes as UTF-8, or a FormatError naming `what` when they are not valid UTF-8. */
  strictUtf8(n: number, what: string): string {
    const at = this.position
    return strictUtf8(this.bytes(n), this.file, what, at)
  }

  /** An unsigned LEB128 varint (protobuf, snappy, SSTable) as an exact number; past 2^53 the error naming `what`. */
  varint(what: string): number {
    const value = this.decodeVarint(what, true)
    if (value === NOT_IN_WINDOW) throw new Error(`Cursor over ${this.file}: the varint at ${this.position} was not loaded (ensure() first)`)
    return value
  }

  /** A zigzag-encoded signed varint (protobuf sint32/sint64). */
  svarint(what: string): number {
    const value = this.varint(what)
    return value % 2 === 0 ? value / 2 : -(value + 1) / 2
  }

  /**
   * A protobuf `int64` varint as an exact number: two's complement in 64 bits, so a negative value
   * (an unknown dimension, -1) is a 10-byte varint; past ±2^53 the error naming `what`.
   */
  i64Varint(what: string): number {
    const at = this.position
    const value = this.decodeVarint(what, false)
    if (value === NOT_IN_WINDOW) throw new Error(`Cursor over ${this.file}: the varint at ${at} was not loaded (ensure() first)`)
    // Up to 7 bytes (49 bits) the number is exact and positive; longer ones are rare (negatives, huge values).
    const last = this.position - at - 1
    if (last < 7) return value
    const bits = exactVarint(this.window.buffer, at - this.window.bufferStart, last)
    return bigintNumber(BigInt.asIntN(64, bits), this.file, what, at)
  }

  /** A protobuf `int32` varint: the low 32 bits, signed (a negative int32 is a 10-byte varint, sign-extended). */
  i32Varint(what: string): number {
    const at = this.position
    const value = this.decodeVarint(what, false)
    if (value === NOT_IN_WINDOW) throw new Error(`Cursor over ${this.file}: the varint at ${at} was not loaded (ensure() first)`)
    const last = this.position - at - 1
    // Below 2^53 `| 0` is exactly the low 32 bits, signed; past it the double is no longer exact.
    if (last < 7) return value | 0
    return Number(BigInt.asIntN(32, exactVarint(this.window.buffer, at - this.window.bufferStart, last)))
  }

  /** `varint()` if the window holds all of it, else NOT_IN_WINDOW (the cursor has not moved: `await ensureUpTo(MAX_VARINT_BYTES)`). */
  tryVarint(what: string): number {
    return this.decodeVarint(what, true)
  }

  /**
   * A protobuf field's varint, whatever it holds: past 2^53 (a negative int64 is a 10-byte varint)
   * the value is approximate, and readers that use it as a size check `Number.isSafeInteger`, naming
   * the field. NOT_IN_WINDOW as `tryVarint`.
   */
  tryFieldVarint(what: string): number {
    return this.decodeVarint(what, false)
  }

  /** The one varint loop. Multiplication, not shifts: JS shifts are 32-bit. */
  private decodeVarint(what: string, exact: boolean): number {
    const window = this.window
    const at = this.position
    // One byte (a tag, a short length): nearly every varint of a metadata walk.
    const first = window.buffer[at - window.bufferStart]
    if (first < 0x80 && at < this.end) {
      this.position = at + 1
      window.markUsed(at + 1)
      return first
    }
    const available = Math.min(MAX_VARINT_BYTES, this.end - at)
    if (!window.has(at, Math.min(1, available))) return NOT_IN_WINDOW
    const buffer = window.buffer
    const base = at - window.bufferStart
    const inWindow = buffer.length - base
    let value = 0
    let scale = 1
    for (let i = 0; i < available; i++) {
      if (i >= inWindow) return NOT_IN_WINDOW
      const byte = buffer[base + i]
      value += (byte & 0x7f) * scale
      if (byte < 0x80) {
        if (exact && i >= 7 && value > Number.MAX_SAFE_INTEGER) {
          throw tooLargeError(this.file, what, exactVarint(buffer, base, i), at)
        }
        this.position = at + i + 1
        window.markUsed(this.position)
        return value
      }
      scale *= 128
    }
    if (available === MAX_VARINT_BYTES) {
      throw new FormatError(this.file, `${what} is a varint longer than ${MAX_VARINT_BYTES} bytes`, {
        offset: at,
        fix: 'The file is corrupt.'
      })
    }
    throw truncatedError(this.file, at, available + 1, this.end, this.region)
  }
}

/** The exact value of the varint whose last byte is `buffer[base + last]`, for the error past 2^53. */
function exactVarint(buffer: Uint8Array, base: number, last: number): bigint {
  let value = 0n
  for (let i = last; i >= 0; i--) value = (value << 7n) | BigInt(buffer[base + i] & 0x7f)
  return value
}
