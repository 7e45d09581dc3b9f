import { type ByteSource } from '../byte-source.js';
/**
 * How a Window fetches the bytes a reader asks for (the numbers behind each: bench/README.md, "Windows"):
 * - `read-ahead`: a new buffer per load, sized adaptively (small after a jump over a payload,
 *   doubling while the reader moves on sequentially). For readers that walk a file field by field
 *   and skip payloads in between (GGUF, ONNX, a TF meta graph). Views stay valid.
 * - `reuse`: one buffer refilled in place (`ByteSource.readInto`), keeping what it still holds
 *   from the requested offset on; each load reads at least `readBytes`. For a long sequential walk
 *   (an SSTable's blocks, an object graph, a zip directory), which would otherwise leave a dead
 *   buffer per window for the GC. A view is valid only until the next load.
 * - `blocks`: a bounded cache of recently read blocks with read-ahead and recycled block buffers
 *   (BlockCache), for a walk that jumps back and forth through metadata (HDF5). Views stay valid
 *   until `recycle()`.
 */
export type WindowPolicy = {
    kind: 'read-ahead';
} | {
    kind: 'reuse';
    readBytes?: number;
} | {
    kind: 'blocks';
};
/**
 * Smallest window read after a jump: skipping a payload costs at most this much reading. What
 * follows a payload is the next tensor's few header fields (tens of bytes).
 */
export declare const MIN_WINDOW_BYTES = 128;
/** Largest read-ahead window: sequential metadata (a GGUF vocabulary, an ONNX node list) is read in these. */
export declare const MAX_WINDOW_BYTES: number;
/**
 * The one window over a ByteSource: the bytes loaded last (`buffer`, at file offset `bufferStart`),
 * which decoders (Cursor, the protobuf reader) index synchronously, and an explicit async `load`
 * that refills it according to the policy. Bytes read follow the metadata a reader uses, never
 * the payloads it skips.
 */
export declare class Window {
    readonly source: ByteSource;
    /** The bytes loaded last, starting at file offset `bufferStart`; decoders may index them directly. */
    buffer: Uint8Array;
    bufferStart: number;
    /** A DataView of `buffer`, for multi-byte reads. */
    data: DataView;
    private readonly readAhead?;
    private readonly blocks?;
    private readonly reuseBytes;
    private pool;
    private readonly end;
    private readonly isFixed;
    constructor(source: ByteSource, policy?: WindowPolicy, 
    /** Bytes already in memory at file offset `start` (`Window.of`): the window never loads. */
    fixed?: {
        bytes: Uint8Array;
        start: number;
        region: string;
    });
    /** What ends at `size` in truncation errors: the file, or the part of it a fixed window holds. */
    readonly region: string;
    /**
     * A window over `bytes` already read from file `name` at offset `start` (a header read whole, a
     * decompressed block): it never loads, and asking past its end is the truncation error for `region`.
     */
    static of(bytes: Uint8Array, name: string, start?: number, region?: string): Window;
    get name(): string;
    /** Where the readable bytes end: the file's size, or the end of a fixed window's bytes. */
    get size(): number;
    /** Whether `length` bytes at `offset` are in `buffer` (a `blocks` window switches to the block holding them). */
    has(offset: number, length: number): boolean;
    /** Makes `length` bytes at `offset` available in `buffer`; past the end, the truncation error. */
    load(offset: number, length: number): Promise<void>;
    /** `reuse`: keeps what the buffer holds from `offset` on, and reads the rest into the same memory. */
    private refill;
    private setBuffer;
    /** Records that a reader decoded the bytes before `end` (read from `buffer` directly): read-ahead sizing. */
    markUsed(end: number): void;
    /** A view (not a copy) of `length` bytes at `offset`. */
    view(offset: number, length: number): Promise<Uint8Array>;
    /** `view()` without an await when the window holds the bytes; undefined when they must be loaded. */
    viewInWindow(offset: number, length: number): Uint8Array | undefined;
    /** Up to `length` bytes at `offset`, fewer at the end (for varints near the end). */
    viewUpTo(offset: number, length: number): Promise<Uint8Array>;
    /** `blocks`: the caller holds no view into the window any more, so evicted block buffers may be reused. */
    recycle(): void;
    private slice;
}
