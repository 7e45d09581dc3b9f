import type { Candidate, CheckpointSniffer } from '../kit/types.js'

/**
 * An Orbax checkpoint folder, found by its JSON metadata files: `_CHECKPOINT_METADATA` (one per
 * saved step, orbax ≥ 0.5) and `_METADATA` (one per item: `default/`, `state/`, or the step
 * folder itself). Either claims the whole step folder (see index.ts).
 */
export const ORBAX_CHECKPOINT_METADATA = '_CHECKPOINT_METADATA'
export const ORBAX_ITEM_METADATA = '_METADATA'

const METADATA_NAME = /(^|\/)_(CHECKPOINT_)?METADATA$/

export const orbaxSniffer: CheckpointSniffer = {
  format: 'orbax',
  namePatterns: ['_CHECKPOINT_METADATA', '_METADATA'],
  matchesName: (path) => METADATA_NAME.test(path),
  sniff: (candidate: Candidate) => METADATA_NAME.test(candidate.path) && firstNonSpace(candidate.head) === 0x7b // '{'
}

function firstNonSpace(head: Uint8Array): number | undefined {
  return head.find((byte) => byte !== 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09)
}
