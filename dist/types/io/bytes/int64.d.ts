/** An unsigned 64-bit value from its 32-bit halves, as an exact number; past 2^53 the error naming `what`. */
export declare function uint64Number(low: number, high: number, file: string, what: string, offset?: number): number;
/** A signed 64-bit value from its halves (`high` signed, `low` unsigned), exact, or the error past ±2^53. */
export declare function int64Number(low: number, high: number, file: string, what: string, offset?: number): number;
/** A bigint as an exact number, or the error naming `what` when it is past ±2^53. */
export declare function bigintNumber(value: bigint, file: string, what: string, offset?: number): number;
/** The unsigned 64-bit value at `bytes[at]` as an exact number (see uint64Number), for code that holds bytes, not a Cursor. */
export declare function uint64At(bytes: Uint8Array, at: number, file: string, what: string, littleEndian?: boolean): number;
