import type { Candidate, CheckpointSniffer } from '../types.js'

/** The 8-byte HDF5 signature (`\x89HDF\r\n\x1a\n`). */
export const HDF5_SIGNATURE = [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a] as const

export function hasHdf5Signature(bytes: Uint8Array, at = 0): boolean {
  if (bytes.length < at + 8) return false
  return HDF5_SIGNATURE.every((byte, i) => bytes[at + i] === byte)
}

/** HDF5 files (Keras `.h5`, `.weights.h5`), recognised by the signature whatever the name (see hdf5-reader.ts). */
export const hdf5Sniffer: CheckpointSniffer = {
  format: 'hdf5',

  matchesName(path: string): boolean {
    return /\.(h5|hdf5|he5|keras)$/i.test(path)
  },

  sniff(candidate: Candidate): boolean {
    return hasHdf5Signature(candidate.head)
  }
}
