import type { Candidate, CheckpointSniffer } from '../kit/types.js'
import { looksLikeZip } from '../zip/signature.js'
import { NPY_MAGIC } from './npy-header.js'

/** One array saved with `np.save` (see index.ts). */
export const npySniffer: CheckpointSniffer = {
  format: 'numpy',
  namePatterns: ['*.npy'],
  matchesName: (path) => /\.npy$/i.test(path),
  sniff: (candidate: Candidate) => NPY_MAGIC.every((byte, i) => candidate.head[i] === byte)
}

/** A zip of `.npy` members (`np.savez`, `np.savez_compressed`, `jnp.savez`, dfdx, ndarray-npy). */
export const npzSniffer: CheckpointSniffer = {
  format: 'numpy',
  namePatterns: ['*.npz'],
  matchesName: (path) => /\.npz$/i.test(path),
  sniff: (candidate: Candidate) => /\.npz$/i.test(candidate.path) && looksLikeZip(candidate.head)
}
