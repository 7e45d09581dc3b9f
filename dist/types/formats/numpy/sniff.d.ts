import type { CheckpointSniffer } from '../kit/types.js';
/** One array saved with `np.save` (see index.ts). */
export declare const npySniffer: CheckpointSniffer;
/** A zip of `.npy` members (`np.savez`, `np.savez_compressed`, `jnp.savez`, dfdx, ndarray-npy). */
export declare const npzSniffer: CheckpointSniffer;
