import type { Candidate, CheckpointSniffer } from '../kit/types.js'

export const GGUF_MAGIC = [0x47, 0x47, 0x55, 0x46] // "GGUF"

export const ggufSniffer: CheckpointSniffer = {
  format: 'gguf',

  namePatterns: ['*.gguf'],
  matchesName: (path) => /\.gguf$/i.test(path),

  sniff: (candidate: Candidate) => GGUF_MAGIC.every((byte, i) => candidate.head[i] === byte)
}
