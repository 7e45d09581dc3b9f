import { FormatError } from '../core/errors.js'
import { bigintNumber } from '../io/bytes/int64.js'
import { UTF8 } from '../io/bytes/utf8.js'

/**
 * @deprecated Use the byte layer's `Cursor` (`Cursor.over(bytes, file, offset)`) in `src/io/bytes/`;
 * kept for the HDF5 walker until it is ported.
 *
 * A bounds-checked little-endian cursor over bytes already read. Every overrun throws the same
 * FormatError naming the file and the offset, so a truncated header is a message, not a crash.
 */
export class BinaryReader {
  private readonly view: DataView
  position = 0

  constructor(
    readonly bytes: Uint8Array,
    /** File name for errors. */
    readonly file: string,
    /** Offset of `bytes[0]` in the file, so errors give file offsets. */
    readonly baseOffset = 0
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  }

  get length(): number {
    return this.bytes.length
  }

  get remaining(): number {
    return this.bytes.length - this.position
  }

  /** Throws unless `n` more bytes are available. */
  need(n: number, what = 'data'): void {
    if (n < 0 || this.position + n > this.bytes.length) {
      throw new FormatError(this.file, `unexpected end of ${what}: expected ${n} more bytes`, {
        offset: this.baseOffset + this.position,
        fix: 'The file is truncated or corrupted.'
      })
    }
  }

  seek(position: number): void {
    if (position < 0 || position > this.bytes.length) {
      throw new FormatError(this.file, `seek outside the data to ${position}`, {
        offset: this.baseOffset + this.position
      })
    }
    this.position = position
  }

  skip(n: number): void {
    this.need(n)
    this.position += n
  }

  u8(): number {
    this.need(1)
    return this.bytes[this.position++]
  }

  u16(): number {
    this.need(2)
    const value = this.view.getUint16(this.position, true)
    this.position += 2
    return value
  }

  u32(): number {
    this.need(4)
    const value = this.view.getUint32(this.position, true)
    this.position += 4
    return value
  }

  i32(): number {
    this.need(4)
    const value = this.view.getInt32(this.position, true)
    this.position += 4
    return value
  }

  /** u64 as a bigint (for values that may legitimately exceed 2^53, e.g. pickle LONG8). */
  u64big(): bigint {
    this.need(8)
    const value = this.view.getBigUint64(this.position, true)
    this.position += 8
    return value
  }

  /** u64 as a number; throws when it is not a safe integer (sizes and offsets must be). */
  u64(what = 'value'): number {
    const at = this.baseOffset + this.position
    return toSafeNumber(this.u64big(), this.file, what, at)
  }

  f32(): number {
    this.need(4)
    const value = this.view.getFloat32(this.position, true)
    this.position += 4
    return value
  }

  f64(): number {
    this.need(8)
    const value = this.view.getFloat64(this.position, true)
    this.position += 8
    return value
  }

  /** `n` raw bytes (a view, not a copy). */
  take(n: number): Uint8Array {
    this.need(n)
    const out = this.bytes.subarray(this.position, this.position + n)
    this.position += n
    return out
  }

  /** `n` bytes decoded as UTF-8. */
  utf8(n: number): string {
    return UTF8.decode(this.take(n))
  }

  /** Unsigned LEB128 varint of up to 64 bits, as a number (throws above 2^53). */
  varint(what = 'varint'): number {
    const at = this.baseOffset + this.position
    let result = 0
    let scale = 1
    for (let i = 0; i < 10; i++) {
      const byte = this.u8()
      // Multiply instead of shifting: JS shifts are 32-bit (FORMATS.md trap 3).
      result += (byte & 0x7f) * scale
      if ((byte & 0x80) === 0) {
        if (!Number.isSafeInteger(result)) {
          throw new FormatError(this.file, `${what} ${result} is larger than 2^53`, { offset: at })
        }
        return result
      }
      scale *= 128
    }
    throw new FormatError(this.file, `${what} does not end within 10 bytes`, { offset: at })
  }
}

/** @deprecated Import `UTF8` from `src/io/bytes/`. */
export { UTF8 }

/** @deprecated Converts a bigint size or offset to a number, or throws naming the field: `bigintNumber` in `src/io/bytes/`. */
export const toSafeNumber = bigintNumber
