import type { ByteSource } from '../../io/byte-source.js';
import type { DirectoryLocation } from './locator.js';
/**
 * The central directory (APPNOTE.TXT §4.3.12): one record per entry, with ZIP64 extra fields
 * (§4.5.3) for sizes and offsets past 32 bits. Parsed into columns, a window of the directory at a
 * time.
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
/** The central directory by entry index (directory order). */
export interface ZipDirectory {
    readonly count: number;
    readonly names: readonly string[];
    readonly compressedSizes: Float64Array;
    readonly uncompressedSizes: Float64Array;
    /** The entry at `index` as an object (a new one per call). */
    entry(index: number): ZipEntry;
}
/**
 * The central directory, read in windows of DIRECTORY_WINDOW bytes (or from the tail already
 * read). One read of the whole directory (10 MB for 10^5 storages) lived through the parse, was
 * promoted to the old generation and stayed until exit; a window dies young. Every entry takes at
 * least 46 bytes, so the count is checked against the size before the list is allocated at its
 * final length (pushes to 10^5 left growth copies in the large-object space).
 */
export declare function readDirectory(source: ByteSource, location: DirectoryLocation): Promise<DirectoryColumns>;
/**
 * The directory as one column per field, sized once. The whole directory lives through a torch
 * archive's read, long enough to be promoted to the old generation, where it stays to exit (V8
 * runs no full collection that late): an object per entry (plus a heap number for each offset past
 * 2^30) was ~145 bytes an entry with its name, columns are ~70 (measured at 10^5 entries: 14.5
 * MB before).
 */
export declare class DirectoryColumns implements ZipDirectory {
    readonly count: number;
    readonly names: string[];
    readonly methods: Uint16Array;
    readonly flags: Uint16Array;
    /** Method, flags and name length are 16-bit fields in the directory; sizes and offsets are exact up to 2^53. */
    readonly nameLengths: Uint16Array;
    readonly compressedSizes: Float64Array;
    readonly uncompressedSizes: Float64Array;
    readonly localHeaderOffsets: Float64Array;
    /** Every typed column is a view of this one buffer, so that `release` frees them at once. */
    private readonly buffer;
    constructor(count: number);
    /** Frees the typed columns (`ZipArchive.release`): every view of them becomes empty. */
    release(): void;
    entry(index: number): ZipEntry;
}
