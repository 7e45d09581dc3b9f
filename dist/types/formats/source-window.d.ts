import { type ByteSource } from '../io/byte-source.js';
/**
 * Largest window read after a jump: small, so skipping a payload costs at most this much reading.
 * What follows a payload is the next tensor's few header fields (tens of bytes); at 1 KiB, a model
 * of 100,000 tensors of 4 KB read a quarter of its bytes (the bench), at 128 B about 3%. Below
 * this, the window after a jump is as long as the run of metadata used after the previous jump.
 */
export declare const MIN_WINDOW_BYTES = 128;
/** Largest window: sequential metadata (a GGUF vocabulary, an ONNX node list) is read in these. */
export declare const MAX_WINDOW_BYTES: number;
/**
 * Positioned reads through a small read-ahead window, for readers that walk a file field by field
 * (the ONNX protobuf, GGUF's KV section) and skip payloads in between.
 *
 * The window adapts: while the reader moves sequentially through metadata, each new window doubles
 * (up to MAX_WINDOW_BYTES), so a 1 MB vocabulary costs a handful of reads; after a jump over a
 * payload it starts again small, so each skipped payload costs at most one small read. Bytes read
 * therefore follow the metadata and the number of tensors, never payload size.
 *
 * How small: tensors in one file look alike, so the metadata between two payloads (an ONNX
 * initializer's name, dims and type: about 34 bytes in the bench) is about as long as between the
 * previous two. The window after a jump is sized to the longer of the last two such runs (at most
 * MIN_WINDOW_BYTES), which reads the next tensor's header up to its payload and not into it;
 * a fixed 128 B read four times the metadata of a 100,000-tensor ONNX model. A run that turns
 * out longer costs one more read, not more bytes. Readers report what they used via `markUsed`
 * (and `view`); a reader that does not just gets MIN_WINDOW_BYTES windows.
 */
export declare class SourceWindow {
    readonly source: ByteSource;
    /** The bytes loaded last, starting at file offset `bufferStart`; decoders may index them directly. */
    buffer: Uint8Array;
    bufferStart: number;
    private nextWindowBytes;
    /** Where the current run (the window loaded after the last jump, and what followed) started. */
    private runStart;
    /** End of the furthest byte a reader used (`markUsed`, `view`). */
    private usedEnd;
    /** Lengths of the last two runs of used metadata between jumps. */
    private lastRun;
    private runBefore;
    constructor(source: ByteSource);
    get name(): string;
    get size(): number;
    /** Whether `length` bytes at `offset` are in `buffer`. */
    has(offset: number, length: number): boolean;
    /** Makes `length` bytes at `offset` available in `buffer`; throws the standard FormatError past the end. */
    load(offset: number, length: number): Promise<void>;
    /** Records that a reader decoded the bytes before `end` (it read them from `buffer` directly). */
    markUsed(end: number): void;
    /** A view (not a copy) of `length` bytes at `offset`. */
    view(offset: number, length: number): Promise<Uint8Array>;
    /** `view()` without an await when the window holds the bytes; undefined when they must be loaded. */
    viewInWindow(offset: number, length: number): Uint8Array | undefined;
    private slice;
    /** Up to `length` bytes at `offset`, fewer at the end of the file (for varints near the end). */
    viewUpTo(offset: number, length: number): Promise<Uint8Array>;
}
