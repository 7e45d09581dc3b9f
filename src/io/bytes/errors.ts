import { FormatError } from '../../core/errors.js'

/** The fix every truncation error carries. */
export const TRUNCATED_FIX = 'The file is truncated or corrupted; re-export or re-download it.'

/**
 * The one truncation error: `length` bytes were needed at file offset `offset`, but the data ends
 * at `end`. `region` names what ended: the file itself (its size is `end`), or a part of it read
 * whole or bounded by its own length (a header, a protobuf message), which ends at byte `end`.
 */
export function truncatedError(file: string, offset: number, length: number, end: number, region = 'file'): FormatError {
  const ends = region === 'file' ? `the file has ${end} bytes` : `the ${region} ends at byte ${end}`
  return new FormatError(file, `unexpected end of ${region}: expected ${length} bytes at offset ${offset} but ${ends}`, {
    fix: TRUNCATED_FIX
  })
}

/** Throws the truncation error for a span outside a source of `size` bytes (or an invalid span). */
export function checkSpan(source: { name: string; size: number }, offset: number, length: number): void {
  if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(length) || offset < 0 || length < 0) {
    throw new FormatError(source.name, `invalid read of ${length} bytes at offset ${offset}`)
  }
  if (offset + length > source.size) throw truncatedError(source.name, offset, length, source.size)
}

/**
 * The one error for a 64-bit field past 2^53: no size, offset, count or dimension of a real file
 * is, and a number past it is no longer exact. Formats whose values may legitimately be larger
 * (a pickled int, a protobuf int64 that is not a size) read them with the bigint accessors.
 */
export function tooLargeError(file: string, what: string, value: bigint | number, offset?: number): FormatError {
  return new FormatError(file, `${what} is ${value}, larger than any file (over 2^53)`, {
    offset,
    fix: 'The file is corrupt or hostile.'
  })
}
