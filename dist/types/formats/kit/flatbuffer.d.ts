import { FormatError } from '../../core/errors.js';
import type { ByteSource } from '../../io/byte-source.js';
export declare class FlatbufferReader {
    readonly source: ByteSource;
    readonly start: number;
    readonly end: number;
    private readonly pages;
    private lastIndex;
    private lastPage;
    /** The flatbuffer is bytes [start, end) of the source; offsets given and returned are file offsets. */
    constructor(source: ByteSource, start: number, end: number);
    get file(): string;
    corrupt(what: string, offset?: number): FormatError;
    /** Refuses a span outside the flatbuffer. */
    private inside;
    /**
     * Whether bytes [at, at + length) (inside the flatbuffer, else a FormatError) are loaded. When
     * not, they are remembered as what the `…Now` reader that asked needs (`loadMissing`).
     */
    private ready;
    private missing;
    /**
     * Runs a synchronous reader (one made of `…Now` calls) until it has what it needs, loading what
     * it found missing in between: `x = readNow() ?? (await fb.until(readNow))` awaits only when a
     * page must be read.
     */
    until<T>(readNow: () => T | undefined): Promise<T>;
    /** Makes bytes [at, at + length) readable; refuses any span outside the flatbuffer. */
    load(at: number, length: number, what: string): Promise<void>;
    private readAhead;
    private lastEnd;
    private has;
    /** One byte of a loaded page. */
    u8(at: number): number;
    u16(at: number): number;
    u32(at: number): number;
    i32(at: number): number;
    /** A u64 as an exact number; larger than 2^53 is a FormatError naming the field. */
    u64(at: number, what: string): number;
    /** The object a uoffset at `at` points to (forward, inside the flatbuffer). */
    target(at: number, what: string): number;
    /** The root table, whose uoffset is the flatbuffer's first word. */
    root(what: string): Promise<FlatTable>;
    /**
     * The table at `at`, its vtable and its inline fields checked, without an await when their
     * pages are loaded (undefined when not: then `table()`). A walk over 10^5 tables awaits only on
     * the few page loads, not on every table (an await per call was most of the read's time).
     */
    tableNow(at: number, what: string): FlatTable | undefined;
    /** The table at `at`, loading what it needs. */
    table(at: number, what: string): Promise<FlatTable>;
    /**
     * A vector's element count and where its elements start, checked to fit; undefined until its
     * length (and, when `loadElements`, its elements) are loaded.
     */
    vectorNow(at: number, elementBytes: number, what: string, loadElements?: boolean): {
        start: number;
        length: number;
    } | undefined;
    vector(at: number, elementBytes: number, what: string, loadElements?: boolean): Promise<{
        start: number;
        length: number;
    }>;
    /** The positions of the tables a vector of tables points to. */
    tables(at: number, what: string, maxCount: number): Promise<number[]>;
    /** A UTF-8 string (u32 length, bytes, NUL), refused over `maxBytes`; undefined until loaded. */
    stringNow(at: number, maxBytes: number, what: string): string | undefined;
    string(at: number, maxBytes: number, what: string): Promise<string>;
}
/** A table whose vtable and inline fields are loaded; fields are addressed by their schema id (0, 1, …). */
export declare class FlatTable {
    private readonly reader;
    readonly at: number;
    private readonly vtable;
    private readonly vtableBytes;
    /** Bytes of the table readable (loaded and inside the flatbuffer), from its start. */
    private readonly extent;
    readonly what: string;
    constructor(reader: FlatbufferReader, at: number, vtable: number, vtableBytes: number, 
    /** Bytes of the table readable (loaded and inside the flatbuffer), from its start. */
    extent: number, what: string);
    /** File offset of field `id`, or 0 when the table does not store it (its default applies). */
    field(id: number, width: number): number;
    u8(id: number, fallback?: number): number;
    u32(id: number, fallback?: number): number;
    u64(id: number, fallback?: number): number;
    /** Where the table, vector or string in field `id` starts; undefined when absent. */
    ref(id: number): number | undefined;
}
