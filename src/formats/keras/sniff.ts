import type { Candidate, CheckpointSniffer } from '../kit/types.js'
import { looksLikeZip } from '../kit/zip-signature.js'

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
