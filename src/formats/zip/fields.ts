import { FormatError } from '../../core/errors.js'
import { uint64Number } from '../../io/bytes/index.js'

/** What the locator, the directory and the entry reader share. */

/** The error for a malformed archive: named after the file, with the fix for a damaged copy. */
export function invalidZip(file: string, what: string, offset?: number): FormatError {
  return new FormatError(file, `invalid zip archive: ${what}`, {
    offset,
    fix: 'The archive is truncated or corrupted (an interrupted upload or copy?); copy it again or re-save it.'
  })
}

/**
 * The little-endian 64-bit field at `view[at]` (file offset `offset`), through the byte layer's
 * one 2^53 policy: exact, or the error naming `what`. Read as two halves: a BigInt per field cost
 * three heap allocations per entry of a ZIP64 directory.
 */
export function u64(view: DataView, at: number, file: string, what: string, offset: number): number {
  return uint64Number(view.getUint32(at, true), view.getUint32(at + 4, true), file, what, offset)
}
