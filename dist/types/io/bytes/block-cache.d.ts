import type { ByteSource } from '../byte-source.js';
/**
 * Small reads through a bounded cache of recently read blocks, with adaptive read-ahead. h5py
 * interleaves metadata and payloads (a dataset's header, then its data, then the next header), so
 * a miss reads one 4 KiB page and a large payload next to it is never touched. Where the walker
 * misses page after page in order (a run of headers, heaps and B-tree nodes), each further miss
 * reads twice as many pages, up to HDF5_MAX_READ_AHEAD_PAGES: fewer, larger reads through
 * metadata-dense regions, while bytes read stay bounded by the metadata, not the weights. Reads
 * larger than a page go to the source.
 *
 * Shaped for a walk over 10^5 objects: blocks are kept whole (no per-page views or map entries),
 * a hit is answered synchronously (no promise per header field read), and the blocks kept are
 * bounded by HDF5_CACHED_BYTES, so memory does not grow with the metadata's size.
 *
 * Read-ahead blocks are recycled when the source can fill a buffer (`ByteSource.readInto`): a walk
 * through 200 MB of metadata otherwise leaves ~3,000 dead 64 KiB buffers to the GC, ~15 MB of
 * them uncollected at any time. A block evicted from the cache may still be read through a view
 * the walker holds (a header's messages, a heap being read across an await), so its buffer is
 * only reused after `recycleEvicted()`, which the walker calls between objects, when it holds no
 * view into the cache (everything it keeps across objects is decoded into strings and numbers).
 */
export declare class BlockCache {
    private readonly source;
    /** Most recently read first; `pooled` is the whole recyclable buffer `bytes` is a view of. */
    private readonly blocks;
    private cachedBytes;
    private run;
    /** Buffers of blocks evicted since the last recycleEvicted(): views into them may still be live. */
    private evicted;
    /** Buffers no view reaches any more, ready for the next read-ahead block. */
    private readonly free;
    constructor(source: ByteSource);
    /** Called when nothing read so far is referenced: the buffers evicted until now may be refilled. */
    recycleEvicted(): void;
    /** Where the last `locate` found its request in the block it returned. */
    foundAt: number;
    /**
     * The cached block holding all of [offset, offset + length), whole: the byte at `offset` is
     * `bytes[this.foundAt]`. For the per-object reads, which index the block in place rather than
     * cut a view out of it (a view is an allocation; 10^6 of them at 10^5 datasets).
     */
    locate(offset: number, length: number): Uint8Array | undefined;
    /** The bytes at [offset, offset + length) if a cached block holds them all. */
    cached(offset: number, length: number): Uint8Array | undefined;
    read(offset: number, length: number): Promise<Uint8Array>;
    /**
     * A structure over a page (a big group's heap, a header holding layer_names): read as asked,
     * less the ends cached blocks hold, and kept unless it would crowd out the rest, so the pages
     * around it are not read again either.
     */
    private readLarge;
    /**
     * Reads [start, start + length) into a new cached block: a recycled buffer for a read-ahead
     * block (over half the longest read-ahead), a buffer of its own otherwise.
     */
    private readBlock;
    private keep;
    /** A request across the end of a cached block, copied from the cached blocks that hold it all, if they do. */
    private joined;
}
