import { checkSpan } from './bytes/errors.js';
/**
 * The one port through which readers see bytes: positioned reads of a file, a git blob or a
 * buffer. Readers ask for the few spans they need (a header, an index, a central directory) and
 * never for payloads, so the cost of an analysis follows the metadata, not the weights.
 */
export interface ByteSource {
    /** The file's path, for error messages. */
    readonly name: string;
    /** Total size in bytes. */
    readonly size: number;
    /**
     * Reads `length` bytes at `offset`. Throws a FormatError (naming the file) when the span is
     * outside the source: readers can trust that what they get is exactly what they asked for.
     */
    read(offset: number, length: number): Promise<Uint8Array>;
    /**
     * Optional: fills all of `target` with the bytes at `offset`, with the checks of `read`. For a
     * reader that walks many windows of one file (an index, an object graph, HDF5 blocks): `read`
     * gives a new buffer per window, and at 10^5 tensors tens of MB of dead windows wait for a GC
     * in the process's peak RSS; refilling one buffer leaves none. Call it through `readInto()`
     * below, which falls back to `read` for a source without it.
     */
    readInto?(offset: number, target: Uint8Array): Promise<void>;
    /** Bytes handed out so far; the benchmark and the reading-discipline tests watch this. */
    readonly bytesRead: number;
    close(): Promise<void>;
}
/** `source.readInto(offset, target)`, or for a source without it, its `read` copied into `target`. */
export declare function readInto(source: ByteSource, offset: number, target: Uint8Array): Promise<void>;
/** The one truncation check (src/io/bytes/errors.ts), re-exported for the sources that implement this port. */
export { checkSpan };
/** A ByteSource over bytes already in memory: tests, and small git blobs. */
export declare class BufferByteSource implements ByteSource {
    readonly name: string;
    private readonly bytes;
    readonly size: number;
    bytesRead: number;
    constructor(name: string, bytes: Uint8Array);
    read(offset: number, length: number): Promise<Uint8Array>;
    readInto(offset: number, target: Uint8Array): Promise<void>;
    close(): Promise<void>;
}
