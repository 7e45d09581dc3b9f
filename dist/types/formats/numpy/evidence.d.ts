import { type Evidence, type RoleRule } from '../../core/classify.js';
import { type MirrorCandidate } from '../../core/mirror-trees.js';
/**
 * What a NumPy array's name and its archive's structure say about it. An `.npz`/`.npy` carries
 * keys, dtypes and shapes and nothing else (`np.savez(path, **arrays)`), so:
 * - structure: a second tree that mirrors another (`target_params.*` beside `params.*`) is a copy
 *   (core/mirror-trees.ts);
 * - names: optimizer state, counters and training history are recognised by the table below;
 * - otherwise an array is a weight, by the format's use: `np.savez(path, **params)` is how NumPy
 *   and JAX code saves model parameters; reporting them `unclassified` would flag every plain
 *   weight file. This convention is given only where no name rule speaks, since a rule (names)
 *   ranks below the format in core's precedence.
 */
/** Names of arrays in NumPy/JAX checkpoints (first match wins). */
export declare const NUMPY_RULES: readonly RoleRule[];
/** An object-dtype array is a pickle of Python objects: configuration, never numbers to compute with. */
export declare const OBJECT_ARRAY: readonly Evidence[];
/** The evidence of each array of a checkpoint, in the order given: a copy's mirror structure first, then its own. */
export declare function numpyEvidence(leaves: readonly MirrorCandidate[]): (readonly Evidence[])[];
