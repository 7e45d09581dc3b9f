/**
 * A bounds-checked little-endian cursor over bytes already read. Every overrun throws the same
 * FormatError naming the file and the offset, so a truncated header is a message, not a crash.
 */
export declare class BinaryReader {
    readonly bytes: Uint8Array;
    /** File name for errors. */
    readonly file: string;
    /** Offset of `bytes[0]` in the file, so errors give file offsets. */
    readonly baseOffset: number;
    private readonly view;
    position: number;
    constructor(bytes: Uint8Array, 
    /** File name for errors. */
    file: string, 
    /** Offset of `bytes[0]` in the file, so errors give file offsets. */
    baseOffset?: number);
    get length(): number;
    get remaining(): number;
    /** Throws unless `n` more bytes are available. */
    need(n: number, what?: string): void;
    seek(position: number): void;
    skip(n: number): void;
    u8(): number;
    u16(): number;
    u32(): number;
    i32(): number;
    /** u64 as a bigint (for values that may legitimately exceed 2^53, e.g. pickle LONG8). */
    u64big(): bigint;
    /** u64 as a number; throws when it is not a safe integer (sizes and offsets must be). */
    u64(what?: string): number;
    f32(): number;
    f64(): number;
    /** `n` raw bytes (a view, not a copy). */
    take(n: number): Uint8Array;
    /** `n` bytes decoded as UTF-8. */
    utf8(n: number): string;
    /** Unsigned LEB128 varint of up to 64 bits, as a number (throws above 2^53). */
    varint(what?: string): number;
}
export declare const UTF8: import("util").TextDecoder;
/** Converts a bigint size or offset to a number, or throws a FormatError naming the field. */
export declare function toSafeNumber(value: bigint, file: string, what: string, offset?: number): number;
