import type { ByteSource } from '../byte-source.js'

/** Page size of the metadata read cache (a typical object header is 200-600 bytes). */
const HDF5_PAGE_BYTES = 4096
/**
 * Longest read-ahead (64 KiB), reached after a run of sequential misses. Blocks this size leave
 * the cache before the GC promotes them, so a walk through 200 MB of metadata does not pile up
 * dead 256 KiB buffers for the old generation (peak RSS 274 → 213 MiB at 10^5 datasets).
 */
const HDF5_MAX_READ_AHEAD_PAGES = 16
/** Bytes of blocks kept (1 MiB): room for a group's header, heap and B-tree nodes while its children are read. */
const HDF5_CACHED_BYTES = 1024 * 1024
/** The size of a recycled block buffer: the longest read-ahead. */
const POOLED_BLOCK_BYTES = HDF5_MAX_READ_AHEAD_PAGES * HDF5_PAGE_BYTES
/** Evicted block buffers kept for reuse: a run of read-ahead needs one at a time, a few absorb a burst. */
const MAX_FREE_BLOCKS = 4

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
export class BlockCache {
  /** Most recently read first; `pooled` is the whole recyclable buffer `bytes` is a view of. */
  private readonly blocks: { start: number; end: number; bytes: Uint8Array; pooled?: Uint8Array }[] = []
  private cachedBytes = 0
  private run = 1
  /** Buffers of blocks evicted since the last recycleEvicted(): views into them may still be live. */
  private evicted: Uint8Array[] = []
  /** Buffers no view reaches any more, ready for the next read-ahead block. */
  private readonly free: Uint8Array[] = []
  constructor(private readonly source: ByteSource) {}

  /** Called when nothing read so far is referenced: the buffers evicted until now may be refilled. */
  recycleEvicted(): void {
    if (this.evicted.length === 0) return // nearly every call: a block is evicted once per 64 KiB walked
    for (const buffer of this.evicted) if (this.free.length < MAX_FREE_BLOCKS) this.free.push(buffer)
    this.evicted = []
  }

  /** Where the last `locate` found its request in the block it returned. */
  foundAt = 0

  /**
   * The cached block holding all of [offset, offset + length), whole: the byte at `offset` is
   * `bytes[this.foundAt]`. For the per-object reads, which index the block in place rather than
   * cut a view out of it (a view is an allocation; 10^6 of them at 10^5 datasets).
   */
  locate(offset: number, length: number): Uint8Array | undefined {
    const blocks = this.blocks
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i]
      if (offset >= block.start && offset + length <= block.end) {
        this.foundAt = offset - block.start
        return block.bytes
      }
    }
    return undefined
  }

  /** The bytes at [offset, offset + length) if a cached block holds them all. */
  cached(offset: number, length: number): Uint8Array | undefined {
    const bytes = this.locate(offset, length)
    return bytes?.subarray(this.foundAt, this.foundAt + length)
  }

  async read(offset: number, length: number): Promise<Uint8Array> {
    if (length === 0) return this.source.read(offset, length)
    const joined = this.joined(offset, length)
    if (joined) return joined
    if (length > HDF5_PAGE_BYTES) return this.readLarge(offset, length)
    const last = this.blocks[0]
    // A miss that straddles the newest block's end or lies within a page after it continues a run.
    const continues = last !== undefined && offset >= last.start && offset < last.end + HDF5_PAGE_BYTES
    this.run = continues ? Math.min(this.run * 2, HDF5_MAX_READ_AHEAD_PAGES) : 1
    // A run's blocks tile the metadata: each starts where the block holding the request's head,
    // or else the newest one, ends, so no byte is read twice. Otherwise the request's whole page
    // is read, for the structures just before it (a group's heap precedes its header).
    const head = this.blocks.find((block) => offset >= block.start && offset < block.end)
    let start = head ? head.end : continues ? last.end : Math.floor(offset / HDF5_PAGE_BYTES) * HDF5_PAGE_BYTES
    let end = Math.min(this.source.size, start + this.run * HDF5_PAGE_BYTES)
    // Nor are bytes around the request that another cached block holds.
    for (const block of this.blocks) {
      if (block.end <= offset && block.end > start) start = block.end
      if (block.start >= offset + length && block.start < end) end = block.start
    }
    end = Math.max(end, offset + length)
    const bytes = await this.readBlock(start, end - start)
    if (start <= offset) return bytes.subarray(offset - start, offset - start + length)
    return this.joined(offset, length) ?? this.source.read(offset, length)
  }

  /**
   * A structure over a page (a big group's heap, a header holding layer_names): read as asked,
   * less the ends cached blocks hold, and kept unless it would crowd out the rest, so the pages
   * around it are not read again either.
   */
  private async readLarge(offset: number, length: number): Promise<Uint8Array> {
    const last = offset + length - 1
    const head = this.blocks.find((block) => offset >= block.start && offset < block.end)
    const tail = this.blocks.find((block) => last >= block.start && last < block.end)
    const start = head ? head.end : offset
    const end = tail && tail.start > start ? tail.start : offset + length
    if (end - start > HDF5_CACHED_BYTES / 4) return this.source.read(offset, length)
    this.keep(start, await this.source.read(start, end - start))
    return this.joined(offset, length) ?? this.source.read(offset, length)
  }

  /**
   * Reads [start, start + length) into a new cached block: a recycled buffer for a read-ahead
   * block (over half the longest read-ahead), a buffer of its own otherwise.
   */
  private async readBlock(start: number, length: number): Promise<Uint8Array> {
    const source = this.source
    // A source without readInto would fill a pooled buffer by copying a new one: no gain.
    if (length <= POOLED_BLOCK_BYTES / 2 || length > POOLED_BLOCK_BYTES || !source.readInto) {
      const bytes = await source.read(start, length)
      this.keep(start, bytes)
      return bytes
    }
    const pooled = this.free.pop() ?? new Uint8Array(POOLED_BLOCK_BYTES)
    const bytes = pooled.subarray(0, length)
    await source.readInto(start, bytes)
    this.keep(start, bytes, pooled)
    return bytes
  }

  private keep(start: number, bytes: Uint8Array, pooled?: Uint8Array): void {
    this.blocks.unshift({ start, end: start + bytes.length, bytes, pooled })
    this.cachedBytes += bytes.length
    while (this.cachedBytes > HDF5_CACHED_BYTES && this.blocks.length > 1) {
      const evicted = this.blocks.pop()!
      this.cachedBytes -= evicted.bytes.length
      if (evicted.pooled) this.evicted.push(evicted.pooled)
    }
  }

  /** A request across the end of a cached block, copied from the cached blocks that hold it all, if they do. */
  private joined(offset: number, length: number): Uint8Array | undefined {
    const out = new Uint8Array(length)
    for (let at = offset; at < offset + length;) {
      const block = this.blocks.find((b) => at >= b.start && at < b.end)
      if (!block) return undefined
      const count = Math.min(block.end, offset + length) - at
      out.set(block.bytes.subarray(at - block.start, at - block.start + count), at - offset)
      at += count
    }
    return out
  }
}
