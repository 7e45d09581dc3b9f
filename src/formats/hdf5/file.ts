import { FormatError, LimitExceededError } from '../../core/errors.js'
import { MAX_HDF5_BTREE_NODES, MAX_HDF5_INDEX_BLOCK_BYTES } from '../../core/limits.js'
import type { ByteSource } from '../../io/byte-source.js'
import { Cursor, uint64Number, Window } from '../../io/bytes/index.js'

/**
 * HDF5's undefined address (all bytes 0xff, spec II "undefined address"), as readAddress and
 * addressAt return it: a structure not allocated, a soft link's missing object header. Every
 * address read is checked against it before it is followed.
 */
export const UNDEFINED_ADDRESS = -1

/** What the superblock says about the rest of the file (spec II.A). */
export interface Superblock {
  version: number
  /** Bytes of an address field: 2, 4 or 8. */
  offsetSize: number
  /** Bytes of a length field: 2, 4 or 8. */
  lengthSize: number
  rootAddress: number
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
export class Hdf5File {
  /** Set by readSuperblock before anything else is read through the file. */
  superblock!: Superblock
  readonly window: Window
  /** Things the caller should pass on to the user (external storage, skipped links). */
  readonly warnings: string[] = []
  private btreeNodesRead = 0
  /** Where the last `locate` put its request: the byte at its `offset` is `bytes[this.located]`. */
  located = 0

  constructor(
    readonly source: ByteSource,
    /** Bytes of user block before the superblock (the window `source` starts there): 0, 512, 1024, … */
    readonly userBlock: number
  ) {
    this.window = new Window(source, { kind: 'blocks' })
  }

  fail(what: string, offset?: number): FormatError {
    return new FormatError(this.source.name, what, {
      offset,
      fix: 'The HDF5 file is truncated or corrupted; re-save it.'
    })
  }

  /**
   * Exactly the bytes at [offset, offset + length), or an error naming what was being read and
   * where. A cache hit is returned as is, not as a promise: the hot paths (object headers, heaps,
   * B-tree and symbol table nodes; about 10^6 reads for 10^5 datasets) write
   * `let bytes = file.bytesAt(…); if (bytes instanceof Promise) bytes = await bytes`, so a hit
   * costs neither a promise nor a microtask.
   */
  bytesAt(offset: number, length: number, what: string): Uint8Array | Promise<Uint8Array> {
    if (offset === UNDEFINED_ADDRESS) {
      throw this.fail(`${what} is at HDF5's undefined address (0xffffffffffffffff): the file names no object there`)
    }
    if (offset < 0 || length < 0 || !Number.isSafeInteger(offset) || offset + length > this.source.size) {
      throw this.fail(
        `${what} needs ${length} bytes at offset ${offset}, beyond the end of the file (${this.source.size} bytes)`,
        offset >= 0 ? offset : undefined
      )
    }
    return this.window.viewInWindow(offset, length) ?? this.window.view(offset, length)
  }

  /**
   * The cached block holding all of [offset, offset + length), whole (the request at
   * `this.located`), or undefined: for the per-object fast paths, which index the block in place
   * rather than cut a view out of it (a view is an allocation; 10^6 of them at 10^5 datasets).
   */
  cached(offset: number, length: number): Uint8Array | undefined {
    const window = this.window
    if (offset < 0 || length < 0 || !window.has(offset, length)) return undefined
    this.located = offset - window.bufferStart
    return window.buffer
  }

  /**
   * bytesAt without cutting a view: a cached block whole (the request at `this.located`), else the
   * bytes read (`this.located` = 0). For the structures read per group (local heap, B-tree and
   * symbol table nodes). Callers take `this.located` right after the (awaited) call: the walk is
   * one chain of awaits, so no other read runs in between.
   */
  locate(offset: number, length: number, what: string): Uint8Array | Promise<Uint8Array> {
    return this.cached(offset, length) ?? this.locateRead(offset, length, what)
  }

  /**
   * locate's miss, apart: a closure in locate itself (over `this`) made V8 allocate its context
   * on every call, hits included.
   */
  private async locateRead(offset: number, length: number, what: string): Promise<Uint8Array> {
    const bytes = await this.bytesAt(offset, length, what)
    this.located = 0
    return bytes
  }

  /** bytesAt behind a bounds-checked cursor (positions are file offsets), for the structures read once per file or per chunked dataset. */
  readAt(offset: number, length: number, what: string): Cursor | Promise<Cursor> {
    const bytes = this.bytesAt(offset, length, what)
    if (bytes instanceof Promise) return bytes.then((read) => Cursor.over(read, this.source.name, offset))
    return Cursor.over(bytes, this.source.name, offset)
  }

  /** A cursor over bytes already read (a header message's data) that start at file offset `offset`. */
  cursor(bytes: Uint8Array, offset: number): Cursor {
    return Cursor.over(bytes, this.source.name, offset)
  }

  /**
   * An address field at `bytes[at]` (`base` is the file offset of `bytes[0]`, for errors). The
   * caller has read `bytes` to cover the field: the hot paths read fields in place rather than
   * through a cursor object per structure.
   */
  addressAt(bytes: Uint8Array, at: number, base: number): number {
    const size = this.superblock.offsetSize
    let undefinedAddress = true
    for (let i = 0; i < size; i++) if (bytes[at + i] !== 0xff) undefinedAddress = false
    return undefinedAddress ? UNDEFINED_ADDRESS : this.uintAt(bytes, at, size, base, 'address')
  }

  /** A little-endian unsigned field of `size` bytes at `bytes[at]`, exact below 2^53 (the layer's error past it). */
  uintAt(bytes: Uint8Array, at: number, size: number, base: number, what: string): number {
    if (at + size > bytes.length) throw this.fail(`${what} runs past the end of its structure`, base + at)
    return uintIn(bytes, at, size, this.source.name, what, base + at)
  }

  /** An index structure (B-tree node, heap, array block) of `bytes`, refused over the limit before it is read. */
  checkBlock(what: string, bytes: number): void {
    if (bytes > MAX_HDF5_INDEX_BLOCK_BYTES) throw new LimitExceededError(this.source.name, `size of an HDF5 ${what}`, bytes, MAX_HDF5_INDEX_BLOCK_BYTES)
  }

  /** Counts one more B-tree node read (v1 or v2, group or chunk index): hostile trees end at the limit. */
  countBtreeNode(): void {
    if (++this.btreeNodesRead > MAX_HDF5_BTREE_NODES) {
      throw new LimitExceededError(this.source.name, 'number of HDF5 B-tree nodes', this.btreeNodesRead, MAX_HDF5_BTREE_NODES)
    }
  }

  address(cursor: Cursor): number {
    return readAddress(cursor, this.superblock.offsetSize)
  }

  length(cursor: Cursor, what: string): number {
    return readSized(cursor, this.superblock.lengthSize, what)
  }
}

/** An address of `size` bytes at the cursor; all 0xFF bytes is the undefined address. */
export function readAddress(cursor: Cursor, size: number): number {
  const at = cursor.position
  const bytes = cursor.bytes(size)
  let undefinedAddress = true
  for (let i = 0; i < size; i++) if (bytes[i] !== 0xff) undefinedAddress = false
  return undefinedAddress ? UNDEFINED_ADDRESS : uintIn(bytes, 0, size, cursor.file, 'address', at)
}

/**
 * An unsigned little-endian field of `size` bytes (1 to 8: HDF5 sizes its fields by the
 * superblock and by each structure's own counts) at the cursor.
 */
export function readSized(cursor: Cursor, size: number, what: string): number {
  const at = cursor.position
  return uintIn(cursor.bytes(size), 0, size, cursor.file, what, at)
}

/**
 * The `size`-byte little-endian value at bytes[at], through the byte layer's one 64-bit
 * conversion (exact below 2^53, the error naming `what` past it). Read in place, without a
 * cursor: a walk reads a few addresses per object, 10^5 objects.
 */
function uintIn(bytes: Uint8Array, at: number, size: number, file: string, what: string, offset: number): number {
  let low = 0
  let high = 0
  for (let i = Math.min(size, 4) - 1; i >= 0; i--) low = low * 256 + bytes[at + i]
  for (let i = size - 1; i >= 4; i--) high = high * 256 + bytes[at + i]
  // Below 2^32, `low` itself: a value through the 2^32 multiply is a double, and shapes and
  // sizes stored as doubles cost +12 MB and +15% CPU at 10^5 datasets (bench/README.md, "Small integers stay small").
  return high === 0 ? low : uint64Number(low, high, file, what, offset)
}

/** Bytes that encode counts up to `max` (H5VM_limit_enc_size): v2 B-tree records, fractal heap IDs. */
export function bytesFor(max: number): number {
  return Math.floor(Math.log2(Math.max(1, max)) / 8) + 1
}
