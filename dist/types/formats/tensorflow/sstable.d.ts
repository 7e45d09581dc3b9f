import type { ByteSource } from '../../io/byte-source.js';
/**
 * Reader for the immutable LevelDB-format table ("SSTable") that TensorFlow writes as a
 * checkpoint's `.index` (and as a V1 checkpoint). Layout, from tensorflow/tensorflow:
 * tensorflow/core/lib/io/format.{h,cc}, block.cc, block_builder.cc, table_builder.cc:
 *
 *   [data block][trailer] ... [metaindex block][trailer][index block][trailer][footer: 48 bytes]
 *
 * The footer holds two BlockHandles (varint64 offset, varint64 size) and the magic number; each
 * block is followed by a 5-byte trailer (compression type, masked CRC32C of contents + type).
 * The index block maps a separator key to the handle of each data block, in key order.
 *
 * The table is parsed in one pass, in time linear in its size: each block once, each entry once,
 * entries only up to the block's restart array (FORMATS.md §1.2, traps 4-6).
 */
/** `kTableMagicNumber` = 0xdb4775248b80fb57, stored as two little-endian u32s. */
export declare const TABLE_MAGIC: Uint8Array<ArrayBuffer>;
/** `Footer::kEncodedLength` = 2 * BlockHandle::kMaxEncodedLength (20) + 8. */
export declare const FOOTER_BYTES = 48;
/** `kBlockTrailerSize`: one type byte and a fixed32 masked CRC. */
export declare const BLOCK_TRAILER_BYTES = 5;
export declare const NO_COMPRESSION = 0;
export declare const SNAPPY_COMPRESSION = 1;
export interface BlockHandle {
    offset: number;
    size: number;
}
/**
 * Called for every entry of every data block, in key order. `key` and `value` are views, valid
 * only during the call (`key` is a buffer the next entry's key overwrites, `value` is in a window
 * of the file that the next read refills: readTableFrom): copy what you keep.
 */
export type EntryVisitor = (key: Uint8Array, value: Uint8Array) => void;
/** True when the last 8 bytes of `bytes` are the table magic. */
export declare function hasTableMagic(bytes: Uint8Array): boolean;
/** Reads every entry of the table in `bytes` (the whole file), calling `visit` in key order. */
export declare function readTable(bytes: Uint8Array, file: string, visit: EntryVisitor): void;
/**
 * `readTable` over a source, reading the data blocks as they are walked, a window of whole blocks
 * (TABLE_WINDOW_BYTES) at a time: only the window is alive at a time, not the whole file. A `.index` of 10^5
 * tensors is 7 MB; read whole, its buffer outlives the parse (it is promoted to the old
 * generation before the parse ends) and is collected only by a later full GC, so it stayed in the
 * peak RSS of the whole run.
 *
 * Every window is read into one buffer (a Window with the reuse policy), refilled for the next: a new buffer per
 * window left each dead window (external memory, not counted by the young generation) waiting
 * for a scavenge, up to the whole index at 10^5 tensors. Refilling is safe because nothing keeps
 * a view into a window past the visit of its entry: `value` is a view into it, valid only during
 * the call (EntryVisitor); keys are rebuilt in a buffer of their own (parseBlock); a snappy block
 * is decompressed into a new array; handles and errors hold numbers and strings. The bundle's
 * visitor (bundle.ts) decodes names into strings and entries into numbers (BundleEntryProto and
 * BundleHeaderProto are decoded into numbers and strings, no view kept).
 */
export declare function readTableFrom(source: ByteSource, file: string, visit: EntryVisitor): Promise<void>;
/**
 * The contents of one block: trailer checked (masked CRC32C over contents + type byte, as
 * format.cc ReadBlock), snappy blocks decompressed. `limit` is where the block must end.
 */
export declare function readBlock(bytes: Uint8Array, handle: BlockHandle, file: string, what: string, limit?: number): Uint8Array;
/**
 * Walks the entries of one block (block.cc): each entry is varint32 shared, varint32 non_shared,
 * varint32 value_length, the key's non-shared tail, the value; then u32 restarts[n], u32 n.
 * Keys are rebuilt as bytes (they are byte strings: slice keys hold 0x00 and 0xff), in one buffer:
 * an entry shares a prefix with the previous key, which is already there, so only its tail is
 * written (no new array per entry, and no copy of the prefix).
 */
export declare function parseBlock(block: Uint8Array, file: string, what: string, visit: EntryVisitor): void;
