import { evidenceFromRules, evidenceOf, type Evidence, type RoleRule } from '../../core/classify.js'
import { copyEvidence, findMirrorTrees, type MirrorCandidate } from '../../core/mirror-trees.js'

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

/** The evidence of each array of a checkpoint, in the order given: a copy's mirror structure first, then its own. */
export function numpyEvidence(leaves: readonly MirrorCandidate[]): (readonly Evidence[])[] {
  const copyOf = copyEvidence(findMirrorTrees(leaves))
  // Shared arrays: one combination per (copy tree, own evidence).
  const combined = new Map<readonly Evidence[], Map<readonly Evidence[], readonly Evidence[]>>()
  return leaves.map((leaf, i) => {
    const named = evidenceFromRules(leaf.name, NUMPY_RULES)
    const own = named.length > 0 ? named : WEIGHT_BY_CONVENTION
    const copy = copyOf(i)
    if (!copy) return own
    let byOwn = combined.get(copy)
    if (!byOwn) combined.set(copy, (byOwn = new Map()))
    let both = byOwn.get(own)
    if (!both) byOwn.set(own, (both = Object.freeze([...copy, ...own])))
    return both
  })
}
