import { evidenceFromRules, evidenceOf, type Evidence, type RoleRule } from '../../core/classify.js'
import { findMirroredTrees, treeOf, type Leaf } from './mirror.js'

/**
 * What a NumPy array's name and its archive's structure say about it. An `.npz`/`.npy` carries
 * keys, dtypes and shapes and nothing else (`np.savez(path, **arrays)`), so:
 * - structure: a second tree that mirrors another (`target_params.*` beside `params.*`) is a copy
 *   (mirror.ts);
 * - names: optimizer state, counters and training history are recognised by the table below;
 * - otherwise an array is a weight, by the format's use: `np.savez(path, **params)` is how NumPy
 *   and JAX code saves model parameters; reporting them `unclassified` would flag every plain
 *   weight file. This convention is given only where no name rule speaks, since a rule (names)
 *   ranks below the format in core's precedence.
 */

/** Names of arrays in NumPy/JAX checkpoints (first match wins). */
export const NUMPY_RULES: readonly RoleRule[] = [
  {
    pattern: /^(opt_state|optimizer|optimizer_state|optim|opt)([./_]|$)/i,
    role: 'optimizer-slot',
    reason: 'under an optimizer prefix'
  },
  {
    pattern: /(^|[./_])(adam_m|adam_v|exp_avg|exp_avg_sq|momentum_buffer|accumulator)([./]|$)/,
    role: 'optimizer-slot',
    reason: 'optimizer slot name (Adam m/v, momentum buffer, accumulator)'
  },
  {
    pattern: /^(global_step|step|steps|epoch|epochs|iteration|iterations|count)$/i,
    role: 'loop-state',
    reason: 'training-loop counter'
  },
  {
    // Per-epoch losses, accuracies and other curves saved beside the weights (`np.save('losses.npy', …)`).
    pattern: /(^|[./_])(loss|losses|train_loss|val_loss|history|metrics?|accuracy|accuracies|rewards?|returns)([./_]|$)/i,
    role: 'loop-state',
    reason: 'training history (losses, metrics)'
  },
  {
    pattern: /(^|[./_])(rng|rng_state|random_state|key|prng_key)$/i,
    role: 'rng-state',
    reason: 'random-number-generator state'
  },
  {
    pattern: /(^|[./])(running_mean|running_var|moving_mean|moving_variance|num_batches_tracked|batch_stats)([./]|$)/,
    role: 'model-state',
    reason: 'batch-norm statistics'
  }
]

const WEIGHT_BY_CONVENTION = evidenceOf(
  'parameter',
  'format',
  'NumPy array: np.savez/np.save of model parameters; no name rule marks it as optimizer state, a counter or a buffer'
)

/** An object-dtype array is a pickle of Python objects: configuration, never numbers to compute with. */
export const OBJECT_ARRAY = evidenceOf('config', 'format', 'object array: a pickle of Python objects (not executed)')

/** The evidence of each array of a checkpoint, in the order given. */
export function numpyEvidence(leaves: readonly Leaf[]): (readonly Evidence[])[] {
  const copies = findMirroredTrees(leaves)
  // Shared arrays: one "copy of X" per original X, one combination per (X, own evidence).
  const copyEvidence = new Map<string, Map<readonly Evidence[], readonly Evidence[]>>()
  return leaves.map((leaf) => {
    const named = evidenceFromRules(leaf.name, NUMPY_RULES)
    const own = named.length > 0 ? named : WEIGHT_BY_CONVENTION
    const original = copies.get(treeOf(leaf.name))
    if (original === undefined) return own
    let byOwn = copyEvidence.get(original)
    if (!byOwn) copyEvidence.set(original, (byOwn = new Map()))
    let both = byOwn.get(own)
    if (!both) {
      const detail = `copy of '${original}' (a target network or EMA): the same arrays, shapes and dtypes under another name`
      both = Object.freeze([{ role: 'copy' as const, source: 'mirror-structure' as const, detail }, ...own])
      byOwn.set(own, both)
    }
    return both
  })
}
