import type { CheckpointSniffer } from '../kit/types.js';
/**
 * An Orbax checkpoint folder, found by its JSON metadata files: `_CHECKPOINT_METADATA` (one per
 * saved step, orbax ≥ 0.5) and `_METADATA` (one per item: `default/`, `state/`, or the step
 * folder itself). Either claims the whole step folder (see index.ts).
 */
export declare const ORBAX_CHECKPOINT_METADATA = "_CHECKPOINT_METADATA";
export declare const ORBAX_ITEM_METADATA = "_METADATA";
export declare const orbaxSniffer: CheckpointSniffer;
