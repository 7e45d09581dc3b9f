import { FormatError } from '../../core/errors.js';
import type { ByteSource } from '../../io/byte-source.js';
import { Cursor, Window } from '../../io/bytes/index.js';
/**
 * HDF5's undefined address (all bytes 0xff, spec II "undefined address"), as readAddress and
 * addressAt return it: a structure not allocated, a soft link's missing object header. Every
 * address read is checked against it before it is followed.
 */
export declare const UNDEFINED_ADDRESS = -1;
/** What the superblock says about the rest of the file (spec II.A). */
export interface Superblock {
    version: number;
    /** Bytes of an address field: 2, 4 or 8. */
    offsetSize: number;
    /** Bytes of a length field: 2, 4 or 8. */
    lengthSize: number;
    rootAddress: number;
}
/**
 * The file being walked, at the lowest level: bounded reads through the byte layer's block-cache
 * window, the superblock's field widths, and the errors and limits every structure shares. Each
 * of the spec's structures (superblock.ts, object-header.ts, symbol-table.ts, …) reads through it.
 *
 * The window's `blocks` policy suits a walk that jumps back and forth through metadata: h5py
 * interleaves each dataset's header with its payload, and a group's heap and B-tree sit near its
 * header. A hit is answered synchronously and in place; the walker calls `window.recycle()`
 * between objects, when it holds no view into the window.
 */
export declare class Hdf5File {
    readonly source: ByteSource;
    /** Bytes of user block before the superblock (the window `source` starts there): 0, 512, 1024, … */
    readonly userBlock: number;
    /** Set by readSuperblock before anything else is read through the file. */
    superblock: Superblock;
    readonly window: Window;
    /** Things the caller should pass on to the user (external storage, skipped links). */
    readonly warnings: string[];
    private btreeNodesRead;
    /** Where the last `locate` put its request: the byte at its `offset` is `bytes[this.located]`. */
    located: number;
    constructor(source: ByteSource, 
    /** Bytes of user block before the superblock (the window `source` starts there): 0, 512, 1024, … */
    userBlock: number);
    fail(what: string, offset?: number): FormatError;
    /**
     * Exactly the bytes at [offset, offset + length), or an error naming what was being read and
     * where. A cache hit is returned as is, not as a promise: the hot paths (object headers, heaps,
     * B-tree and symbol table nodes; about 10^6 reads for 10^5 datasets) write
     * `let bytes = file.bytesAt(…); if (bytes instanceof Promise) bytes = await bytes`, so a hit
     * costs neither a promise nor a microtask.
     */
    bytesAt(offset: number, length: number, what: string): Uint8Array | Promise<Uint8Array>;
    /**
     * The cached block holding all of [offset, offset + length), whole (the request at
     * `this.located`), or undefined: for the per-object fast paths, which index the block in place
     * rather than cut a view out of it (a view is an allocation; 10^6 of them at 10^5 datasets).
     */
    cached(offset: number, length: number): Uint8Array | undefined;
    /**
     * bytesAt without cutting a view: a cached block whole (the request at `this.located`), else the
     * bytes read (`this.located` = 0). For the structures read per group (local heap, B-tree and
     * symbol table nodes). Callers take `this.located` right after the (awaited) call: the walk is
     * one chain of awaits, so no other read runs in between.
     */
    locate(offset: number, length: number, what: string): Uint8Array | Promise<Uint8Array>;
    /**
     * locate's miss, apart: a closure in locate itself (over `this`) made V8 allocate its context
     * on every call, hits included.
     */
    private locateRead;
    /** bytesAt behind a bounds-checked cursor (positions are file offsets), for the structures read once per file or per chunked dataset. */
    readAt(offset: number, length: number, what: string): Cursor | Promise<Cursor>;
    /** A cursor over bytes already read (a header message's data) that start at file offset `offset`. */
    cursor(bytes: Uint8Array, offset: number): Cursor;
    /**
     * An address field at `bytes[at]` (`base` is the file offset of `bytes[0]`, for errors). The
     * caller has read `bytes` to cover the field: the hot paths read fields in place rather than
     * through a cursor object per structure.
     */
    addressAt(bytes: Uint8Array, at: number, base: number): number;
    /** A little-endian unsigned field of `size` bytes at `bytes[at]`, exact below 2^53 (the layer's error past it). */
    uintAt(bytes: Uint8Array, at: number, size: number, base: number, what: string): number;
    /** An index structure (B-tree node, heap, array block) of `bytes`, refused over the limit before it is read. */
    checkBlock(what: string, bytes: number): void;
    /** Counts one more B-tree node read (v1 or v2, group or chunk index): hostile trees end at the limit. */
    countBtreeNode(): void;
    address(cursor: Cursor): number;
    length(cursor: Cursor, what: string): number;
}
/** An address of `size` bytes at the cursor; all 0xFF bytes is the undefined address. */
export declare function readAddress(cursor: Cursor, size: number): number;
/**
 * An unsigned little-endian field of `size` bytes (1 to 8: HDF5 sizes its fields by the
 * superblock and by each structure's own counts) at the cursor.
 */
export declare function readSized(cursor: Cursor, size: number, what: string): number;
/** Bytes that encode counts up to `max` (H5VM_limit_enc_size): v2 B-tree records, fractal heap IDs. */
export declare function bytesFor(max: number): number;
