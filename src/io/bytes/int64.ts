import { tooLargeError } from './errors.js'

/**
 * The one conversion of 64-bit values to numbers. Every reader goes through these (directly, or
 * through Cursor and the varint decoder), so a value past 2^53 is the same error everywhere.
 */

const TWO_POW_32 = 2 ** 32
/** A high half at or past this (2^21) puts an unsigned value past 2^53. */
const HIGH_LIMIT = 2 ** 21

/** An unsigned 64-bit value from its 32-bit halves, as an exact number; past 2^53 the error naming `what`. */
export function uint64Number(low: number, high: number, file: string, what: string, offset?: number): number {
  if (high >= HIGH_LIMIT) throw tooLargeError(file, what, (BigInt(high) << 32n) | BigInt(low), offset)
  return high * TWO_POW_32 + low
}

/** A signed 64-bit value from its halves (`high` signed, `low` unsigned), exact, or the error past ±2^53. */
export function int64Number(low: number, high: number, file: string, what: string, offset?: number): number {
  const value = high * TWO_POW_32 + low
  if (high >= HIGH_LIMIT || high < -HIGH_LIMIT || !Number.isSafeInteger(value)) {
    throw tooLargeError(file, what, BigInt.asIntN(64, (BigInt(high >>> 0) << 32n) | BigInt(low)), offset)
  }
  return value
}

/** A bigint as an exact number, or the error naming `what` when it is past ±2^53. */
export function bigintNumber(value: bigint, file: string, what: string, offset?: number): number {
  if (value > MAX_SAFE || value < -MAX_SAFE) throw tooLargeError(file, what, value, offset)
  return Number(value)
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER)

/** The unsigned 64-bit value at `bytes[at]` as an exact number (see uint64Number), for code that holds bytes, not a Cursor. */
export function uint64At(bytes: Uint8Array, at: number, file: string, what: string, littleEndian = true): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset + at, 8)
  const low = view.getUint32(littleEndian ? 0 : 4, littleEndian)
  const high = view.getUint32(littleEndian ? 4 : 0, littleEndian)
  return uint64Number(low, high, file, what, at)
}
