import type { RoleRule } from '../classify.js'

/**
 * Keras variable names, for the parts of a Keras file whose group layout does not decide
 * (FORMATS.md §2.4, §7). The group layout decides first: `optimizer_weights/*` and `optimizer/*`
 * are optimizer state, `model_weights/*` and `layers/*` are model variables; these rules then
 * tell a model variable's kind.
 */

/** Model variables that are state, not parameters (checked on the variable's own name). */
export const KERAS_MODEL_VARIABLE_RULES: readonly RoleRule[] = [
  {
    // keras-team/keras:keras/src/layers/normalization/batch_normalization.py (trainable=False)
    pattern: /(^|\/)moving_(mean|variance)(:\d+)?$/,
    role: 'model-state',
    reason: 'BatchNormalization moving statistics (non-trainable)'
  },
  {
    // keras-team/keras:keras/src/random/seed_generator.py: the RNG state of Dropout and friends.
    pattern: /(^|\/)seed_generator(_\d+)?(\/|$)|(^|\/)seed_generator_state(:\d+)?$/,
    role: 'rng-state',
    reason: 'random seed generator state'
  },
  {
    // Metric accumulators (Mean's total/count, the loss tracker) when a model saves them.
    pattern: /(^|\/)(metrics|compile_metrics|loss_tracker|[a-z_]*_tracker)(\/|$)/,
    role: 'loop-state',
    reason: 'metric accumulator'
  }
]

/** Optimizer variables that are scalars of the optimizer itself rather than per-variable slots. */
export const KERAS_OPTIMIZER_SCALAR = /(^|\/)(iter|iterations|iteration|learning_rate|lr|decay|beta_1_power|beta_2_power|momentum_cache)(:\d+)?$/
