import { FormatError } from '../../core/errors.js';
/** What the locator, the directory and the entry reader share. */
/** The error for a malformed archive: named after the file, with the fix for a damaged copy. */
export declare function invalidZip(file: string, what: string, offset?: number): FormatError;
/**
 * The little-endian 64-bit field at `view[at]` (file offset `offset`), through the byte layer's
 * one 2^53 policy: exact, or the error naming `what`. Read as two halves: a BigInt per field cost
 * three heap allocations per entry of a ZIP64 directory.
 */
export declare function u64(view: DataView, at: number, file: string, what: string, offset: number): number;
