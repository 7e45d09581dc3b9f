import { FormatError } from '../../core/errors.js';
/** The fix every truncation error carries. */
export declare const TRUNCATED_FIX = "The file is truncated or corrupted; re-export or re-download it.";
/**
 * The one truncation error: `length` bytes were needed at file offset `offset`, but the data ends
 * at `end`. `region` names what ended: the file itself (its size is `end`), or a part of it read
 * whole or bounded by its own length (a header, a protobuf message), which ends at byte `end`.
 */
export declare function truncatedError(file: string, offset: number, length: number, end: number, region?: string): FormatError;
/** Throws the truncation error for a span outside a source of `size` bytes (or an invalid span). */
export declare function checkSpan(source: {
    name: string;
    size: number;
}, offset: number, length: number): void;
/**
 * The one error for a 64-bit field past 2^53: no size, offset, count or dimension of a real file
 * is, and a number past it is no longer exact. Formats whose values may legitimately be larger
 * (a pickled int, a protobuf int64 that is not a size) read them with the bigint accessors.
 */
export declare function tooLargeError(file: string, what: string, value: bigint | number, offset?: number): FormatError;
