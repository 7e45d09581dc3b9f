import type { Candidate, CheckpointSniffer } from '../kit/types.js'

/** The 8-byte HDF5 signature (`\x89HDF\r\n\x1a\n`). */
export const HDF5_SIGNATURE = [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a] as const

export function hasHdf5Signature(bytes: Uint8Array, at = 0): boolean {
  if (bytes.length < at + 8) return false
  return HDF5_SIGNATURE.every((byte, i) => bytes[at + i] === byte)
}

/** Names only HDF5 files carry (not `.keras`, which is a zip in Keras 3). */
const HDF5_NAME = /\.(h5|hdf5|he5)$/i

/** The smallest user block (spec II.A): a file with one has at least this much before its signature. */
const USER_BLOCK_MIN = 512

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
