import type { ByteSource } from '../io/byte-source.js';
/**
 * A zip archive's central directory (PyTorch `torch.save`, TorchScript, Keras `.keras`), read
 * through a ByteSource: the end-of-central-directory record (ZIP64 included: torch's writer always
 * uses it), then the directory, read and parsed a window at a time. Entry payloads are never
 * read, except the small ones a reader asks for by name (`data.pkl`, `config.json`), up to a limit.
 *
 * Layout: APPNOTE.TXT §4.3 (`pkware`), summarised in FORMATS.md §9; netron's
 * `lutzroeder/netron:source/zip.js`. This replaced yauzl, whose one-read-per-entry directory walk
 * cost ~0.3 ms per entry over a ByteSource (21 s for a 60,000-storage checkpoint).
 */
export interface ZipEntry {
    name: string;
    /** 0 stored, 8 deflate. */
    method: number;
    compressedSize: number;
    uncompressedSize: number;
    localHeaderOffset: number;
    /** General-purpose flags (bit 3: sizes in a data descriptor after the payload). */
    flags: number;
    /** Bytes of the name as stored (the local header repeats it), a floor for where the payload starts. */
    nameLength: number;
}
export interface ZipArchive {
    /** Every entry as an object, built from `directory` on first use. */
    readonly entries: readonly ZipEntry[];
    /**
     * The same entries as columns, by index in directory order: what a reader of a large archive
     * uses, so that no object is built per entry (see `DirectoryColumns`).
     */
    readonly directory: ZipDirectory;
    /** Offset of the entry's payload in the file (after its local header, whose extra field may pad it). */
    dataStart(entry: ZipEntry): Promise<number>;
    /**
     * Payload offsets of many entries (by directory index) at once, without one read per entry (a read per local header
     * cost ~1 s per 60,000 storages). Entries written back to back (torch's miniz writer, Python's
     * zipfile) end where the next local header begins, less a data descriptor of the same length
     * after every entry, so their offsets follow from the directory. A spread sample of local
     * headers is read to measure that trailer and confirm it is uniform; if not, every header is
     * read. Sizes always come from the directory, so an irregularity the sample misses could shift
     * an unsampled offset by a few bytes, never change a byte count.
     */
    dataStarts(indexes: ArrayLike<number>, options?: {
        sample?: number;
    }): Promise<Float64Array>;
    /** The entry's uncompressed bytes; refuses entries over `maxBytes` before reading them. */
    readEntry(entry: ZipEntry, maxBytes: number): Promise<Uint8Array>;
    /**
     * Frees the directory's typed columns now, for a reader done with the archive. A large
     * archive's columns (~35 bytes an entry, plus the sorted offsets `dataStarts` builds) live
     * through the reader's whole parse, so they are in the old generation by the time the reader is
     * done, where only a full collection would free them, and a short process runs none: they
     * stayed to exit (3.8 MB at 10^5 entries, on top of what the reader builds next). The names
     * stay (readers keep them as keys). Afterwards the columns are empty: use nothing of the
     * archive but `directory.names`.
     */
    release(): void;
}
/** The central directory by entry index (directory order). */
export interface ZipDirectory {
    readonly count: number;
    readonly names: readonly string[];
    readonly compressedSizes: Float64Array;
    readonly uncompressedSizes: Float64Array;
    /** The entry at `index` as an object (a new one per call). */
    entry(index: number): ZipEntry;
}
export interface OpenZipOptions {
    /**
     * Bytes read from the end first, to find the EOCD (default SHORT_TAIL). A caller that opens many
     * small archives packed in one file (the tensors of a `torch.distributed.checkpoint` shard) asks
     * for just the EOCD and ZIP64 locator, so that no tail read reaches into a payload.
     */
    tailBytes?: number;
}
export declare function openZip(source: ByteSource, options?: OpenZipOptions): Promise<ZipArchive>;
/**
 * Entries by name, as a Map would find them (the last entry of a name wins), in an
 * open-addressing hash table of entry indexes: one typed array sized once. A Map keyed by the
 * 10^5 names of a large torch archive grew by copies into the large-object space, ~7 MB that
 * stayed to exit.
 */
export declare class ZipNameIndex {
    private readonly names;
    /** Entry index + 1 per slot, 0 for empty; at most half full, so probes stay short. */
    private readonly slots;
    private readonly mask;
    /**
     * Names crafted to collide (the hash is not keyed) could make every probe long: past
     * MAX_NAME_PROBES steps the index gives up the table for a Map, whose hash V8 seeds. Small
     * archives use the Map from the start.
     */
    private readonly fallback;
    constructor(names: readonly string[]);
    /** The index of the (last) entry named `name`. */
    get(name: string): number | undefined;
    /**
     * A lookup of `folder + key` for many keys under one folder, without building the joined
     * names: a torch archive looks up one `archive/data/<key>` per storage, and each concatenation
     * had to be flattened to be hashed. The folder's part of the hash is computed once.
     */
    inFolder(folder: string): (key: string) => number | undefined;
    /** Frees the table now (see `ZipArchive.release`); the index finds nothing afterwards. */
    release(): void;
    /** The slot holding `name`, or the empty slot where it would go (linear probing); -1 after too many steps. */
    private slotOf;
}
/** 32-bit FNV-1a over UTF-16 code units: cheap, and spreads names that differ in a digit. */
export declare function fnv1a(text: string): number;
