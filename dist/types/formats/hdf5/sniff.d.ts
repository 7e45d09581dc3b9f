import type { CheckpointSniffer } from '../types.js';
/** The 8-byte HDF5 signature (`\x89HDF\r\n\x1a\n`). */
export declare const HDF5_SIGNATURE: readonly [137, 72, 68, 70, 13, 10, 26, 10];
export declare function hasHdf5Signature(bytes: Uint8Array, at?: number): boolean;
/**
 * HDF5 files (Keras `.h5`, `.weights.h5`), recognised by the signature whatever the name (see
 * hdf5-reader.ts). A file with a user block has its signature at 512, 1024, 2048, … — beyond the
 * bytes sniffed — so an HDF5 name on a file long enough for one is claimed too: the reader then
 * searches the signature and says plainly when there is none.
 */
export declare const hdf5Sniffer: CheckpointSniffer;
