import type { Candidate, CheckpointSniffer } from '../kit/types.js'
import { looksLikeZip } from '../zip/signature.js'
import { HDF5_SIGNATURE, hasHdf5Signature, USER_BLOCK_MIN } from '../hdf5/signature.js'

/** Keras 3 `.keras` zip archives (see keras-archive-reader.ts). */
export const kerasArchiveSniffer: CheckpointSniffer = {
  format: 'keras',

  namePatterns: ['*.keras'],

  matchesName(path: string): boolean {
    return /\.keras$/i.test(path)
  },

  sniff(candidate: Candidate): boolean {
    // Other zip formats (PyTorch) share the magic; the name decides between them.
    return looksLikeZip(candidate.head) && /\.keras$/i.test(candidate.path)
  }
}

/** Names only HDF5 files carry (not `.keras`, which is a zip in Keras 3). */
const HDF5_NAME = /\.(h5|hdf5|he5)$/i

/**
 * HDF5 files (Keras `.h5`, `.weights.h5`), recognised by the signature whatever the name (see
 * hdf5-reader.ts). A file with a user block has its signature at 512, 1024, 2048, … — beyond the
 * bytes sniffed — so an HDF5 name on a file long enough for one is claimed too: the reader then
 * searches the signature and says plainly when there is none.
 */
export const hdf5Sniffer: CheckpointSniffer = {
  format: 'hdf5',

  namePatterns: ['*.h5', '*.hdf5', '*.he5', '*.keras'],

  matchesName(path: string): boolean {
    return /\.(h5|hdf5|he5|keras)$/i.test(path)
  },

  sniff(candidate: Candidate): boolean {
    if (hasHdf5Signature(candidate.head)) return true
    return HDF5_NAME.test(candidate.path) && candidate.size >= USER_BLOCK_MIN + HDF5_SIGNATURE.length
  }
}
