import type { CheckpointSniffer } from '../kit/types.js';
/** Keras 3 `.keras` zip archives (see keras-archive-reader.ts). */
export declare const kerasArchiveSniffer: CheckpointSniffer;
/**
 * HDF5 files (Keras `.h5`, `.weights.h5`), recognised by the signature whatever the name (see
 * hdf5-reader.ts). A file with a user block has its signature at 512, 1024, 2048, … — beyond the
 * bytes sniffed — so an HDF5 name on a file long enough for one is claimed too: the reader then
 * searches the signature and says plainly when there is none.
 */
export declare const hdf5Sniffer: CheckpointSniffer;
