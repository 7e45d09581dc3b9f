import type { ByteSource } from '../../io/byte-source.js';
import { type DirectoryColumns, type ZipDirectory, type ZipEntry } from './directory.js';
export interface OpenZipOptions {
    /**
     * Bytes read from the end first, to find the EOCD (default SHORT_TAIL). A caller that opens many
     * small archives packed in one file (the tensors of a `torch.distributed.checkpoint` shard) asks
     * for just the EOCD and ZIP64 locator, so that no tail read reaches into a payload.
     */
    tailBytes?: number;
}
/** The archive in `source`: its directory located and read; entries are read on demand. */
export declare function openZip(source: ByteSource, options?: OpenZipOptions): Promise<ZipArchive>;
export declare class ZipArchive {
    private readonly source;
    private readonly columns;
    /** Where the central directory starts: the end of the last entry. */
    private readonly directoryOffset;
    private entryList;
    /**
     * Where each local header begins, sorted (see nextHeaderAfter): a sorted typed array, as a Map
     * from entry to offset cost a boxed entry per record, 10^5 of them for a large checkpoint.
     */
    private sortedOffsets;
    constructor(source: ByteSource, columns: DirectoryColumns, 
    /** Where the central directory starts: the end of the last entry. */
    directoryOffset: number);
    /** Every entry as an object, built from `directory` on first use. */
    get entries(): readonly ZipEntry[];
    /**
     * The same entries as columns, by index in directory order: what a reader of a large archive
     * uses, so that no object is built per entry (see `DirectoryColumns`).
     */
    get directory(): ZipDirectory;
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
    dataStarts(wanted: ArrayLike<number>, options?: {
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
    private fail;
    /** Every local header read, HEADER_BATCH at a time. */
    private readAll;
    private headerOffsets;
    /** Two entries sharing a local header are not a back-to-back layout: their offsets must be read. */
    private headersDistinct;
    /**
     * Where the local header after an entry begins (the directory, after the last one): the next
     * larger offset among all local headers, found by binary search.
     */
    private nextHeaderAfter;
}
