import { FormatError } from '../../core/errors.js'

/** What the locator, the directory and the entry reader share. */

/** The error for a malformed archive: named after the file, with the fix for a damaged copy. */
export function invalidZip(file: string, what: string, offset?: number): FormatError {
  return new FormatError(file, `invalid zip archive: ${what}`, {
    offset,
    fix: 'The archive is truncated or corrupted (an interrupted upload or copy?); copy it again or re-save it.'
  })
}

/**
 * A little-endian 64-bit field as a number, undefined beyond 2^53. Read as two halves: a BigInt
 * per field cost three heap allocations per entry of a ZIP64 directory.
 */
export function u64(view: DataView, offset: number): number | undefined {
  const high = view.getUint32(offset + 4, true)
  return high < 0x200000 ? high * 0x100000000 + view.getUint32(offset, true) : undefined
}
