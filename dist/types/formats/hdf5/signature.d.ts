/** The 8-byte HDF5 signature (`\x89HDF\r\n\x1a\n`). */
export declare const HDF5_SIGNATURE: readonly [137, 72, 68, 70, 13, 10, 26, 10];
export declare function hasHdf5Signature(bytes: Uint8Array, at?: number): boolean;
/** The smallest user block (spec II.A): a file with one has its signature at 512, 1024, 2048, … */
export declare const USER_BLOCK_MIN = 512;
