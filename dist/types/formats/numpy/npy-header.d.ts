/**
 * The `.npy` header (`numpy/lib/format.py`, NEP 1): the magic `\x93NUMPY`, a major and minor
 * version byte, the header length (u16 LE in v1.0, u32 LE in v2.0 and v3.0), then the header: a
 * Python dict literal `{'descr': '<f4', 'fortran_order': False, 'shape': (4, 8), }` padded with
 * spaces and a newline (latin-1 in v1/v2, UTF-8 in v3). The array's raw bytes follow.
 */
export declare const NPY_MAGIC: number[];
/**
 * Bytes of a header. numpy's own `np.load` refuses headers over 10,000 characters by default
 * (`max_header_size`, numpy 1.24); 64 KiB is v1's whole range and keeps a v2 length of 4 GB from
 * being read.
 */
export declare const MAX_NPY_HEADER_BYTES: number;
/** Bytes before the header text: magic, version, and the length field. */
export declare function npyPreambleBytes(major: number): number;
export interface NpyHeader {
    /** Our dtype name (`float32`), or numpy's descr without its byte order for the rest (`U5`, `V2`). */
    dtype: string;
    shape: number[];
    /** Bytes of one element. */
    itemSize: number;
    /** An object array: its "data" is a pickle of Python objects, not numbers. */
    hasObjects: boolean;
    /** Where the data starts: preamble + header text. */
    dataStart: number;
    /** elements × itemSize (not meaningful for object arrays). */
    dataBytes: number;
}
/** The bytes of the preamble and header that must be read: `length` once the first 12 are known. */
export declare function npyHeaderLength(head: Uint8Array, file: string): number;
/** Parses the preamble and header in `bytes` (at least `npyHeaderLength` of them). */
export declare function parseNpyHeader(bytes: Uint8Array, file: string): NpyHeader;
/** A numpy type string (`'<f4'`) as our dtype name (`float32`), or undefined when numpy does not define it. */
export declare function dtypeOfDescr(descr: string): string | undefined;
