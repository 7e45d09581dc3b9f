import type { ByteSource } from '../../io/byte-source.js';
/** Tail read first: the EOCD, a ZIP64 locator and record, and a short comment fit. */
export declare const SHORT_TAIL = 4096;
export interface DirectoryLocation {
    entryCount: number;
    directorySize: number;
    /** Offset of the central directory in the source. */
    directoryOffset: number;
    /** The bytes read from the end of the source (the directory may be in them) and where they start. */
    tail: Uint8Array;
    tailStart: number;
}
/**
 * Finds the end of central directory: a scan back over a possible comment. Most archives
 * (torch's among them) have none, so a short tail (`tailBytes`) is tried before the longest one a
 * comment allows.
 */
export declare function locateDirectory(source: ByteSource, tailBytes?: number): Promise<DirectoryLocation>;
