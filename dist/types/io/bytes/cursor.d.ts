import { Window } from './window.js';
/** Longest varint: 10 bytes carry 64 bits. */
export declare const MAX_VARINT_BYTES = 10;
/** What `tryVarint` returns when the window does not hold the whole varint (varints are never negative). */
export declare const NOT_IN_WINDOW = -1;
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
export declare class Cursor {
    readonly window: Window;
    /** File offset one past the last byte this cursor may read (moved only by `restart`). */
    end: number;
    /** What ends at `end`, for the truncation error ('file', 'header', 'message'). */
    region: string;
    position: number;
    littleEndian: boolean;
    constructor(window: Window, start?: number, 
    /** File offset one past the last byte this cursor may read (moved only by `restart`). */
    end?: number, 
    /** What ends at `end`, for the truncation error ('file', 'header', 'message'). */
    region?: string);
    /** A cursor over bytes already in memory, read from file `file` at offset `start`. */
    static over(bytes: Uint8Array, file: string, start?: number, region?: string): Cursor;
    /** Points the cursor at `[start, end)` of the same window (a reader reused for many small messages). */
    restart(start: number, end: number, region?: string): void;
    get file(): string;
    get remaining(): number;
    /** Whether the next `n` bytes are in the window (and before `end`): the sync fast path may read them. */
    has(n: number): boolean;
    /** Makes the next `n` bytes available to the synchronous reads; past `end`, the truncation error. */
    ensure(n: number): Promise<void>;
    /** `ensure` of up to `n` bytes, fewer before `end` (for a varint near the end). */
    ensureUpTo(n: number): Promise<void>;
    /** Throws the truncation error unless `n` more bytes lie before `end`. */
    need(n: number): void;
    seek(position: number): void;
    /** Moves past `n` bytes without reading them (a payload). */
    skip(n: number): void;
    /** The index in `window.buffer` of the next `n` bytes, which the cursor moves past. */
    private take;
    u8(): number;
    i8(): number;
    u16(): number;
    i16(): number;
    u32(): number;
    i32(): number;
    f32(): number;
    f64(): number;
    /** An unsigned 64-bit size, offset or count as an exact number; past 2^53 the error naming `what`. */
    u64(what: string): number;
    /** A signed 64-bit value as an exact number; past ±2^53 the error naming `what`. */
    i64(what: string): number;
    /** An unsigned 64-bit value as a bigint, for values that may legitimately pass 2^53. */
    u64big(): bigint;
    /** A signed 64-bit value as a bigint. */
    i64big(): bigint;
    /** An unsigned integer of `width` bytes (1, 2, 4 or 8; 8 as u64). */
    uint(width: number, what: string): number;
    /** `n` raw bytes: a view into the window, valid as long as the window's policy keeps it. */
    bytes(n: number): Uint8Array;
    /** `n` bytes as UTF-8, invalid sequences replaced. */
    utf8(n: number): string;
    /** `n` bytes as UTF-8, or a FormatError naming `what` when they are not valid UTF-8. */
    strictUtf8(n: number, what: string): string;
    /** An unsigned LEB128 varint (protobuf, snappy, SSTable) as an exact number; past 2^53 the error naming `what`. */
    varint(what: string): number;
    /** A zigzag-encoded signed varint (protobuf sint32/sint64). */
    svarint(what: string): number;
    /**
     * A protobuf `int64` varint as an exact number: two's complement in 64 bits, so a negative value
     * (an unknown dimension, -1) is a 10-byte varint; past ±2^53 the error naming `what`.
     */
    i64Varint(what: string): number;
    /** A protobuf `int32` varint: the low 32 bits, signed (a negative int32 is a 10-byte varint, sign-extended). */
    i32Varint(what: string): number;
    /** `varint()` if the window holds all of it, else NOT_IN_WINDOW (the cursor has not moved: `await ensureUpTo(MAX_VARINT_BYTES)`). */
    tryVarint(what: string): number;
    /**
     * A protobuf field's varint, whatever it holds: past 2^53 (a negative int64 is a 10-byte varint)
     * the value is approximate, and readers that use it as a size check `Number.isSafeInteger`, naming
     * the field. NOT_IN_WINDOW as `tryVarint`.
     */
    tryFieldVarint(what: string): number;
    /** The one varint loop. Multiplication, not shifts: JS shifts are 32-bit. */
    private decodeVarint;
}
