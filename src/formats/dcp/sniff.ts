import { basename } from '../../io/checkpoint-files.js'
import type { Candidate, CheckpointSniffer } from '../kit/types.js'

/**
 * A `torch.distributed.checkpoint` folder, by its `.metadata` file: a pickle (protocol 2+, so it
 * starts with the PROTO opcode) of the checkpoint's `Metadata` (dcp/index.ts).
 */
export const dcpSniffer: CheckpointSniffer = {
  format: 'torch-dcp',
  namePatterns: ['.metadata'],
  matchesName: (path) => basename(path) === '.metadata',
  sniff: (candidate: Candidate) => basename(candidate.path) === '.metadata' && candidate.head[0] === 0x80
}
