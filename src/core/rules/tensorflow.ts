import type { RoleRule } from '../classify.js'

/**
 * What kind of model variable a name says, when the object graph says only that a variable is the
 * model's: moving statistics, shadow copies, counters and metric accumulators, by the name the
 * graph gives it (its key or full_name), read with the object graph's authority by
 * src/formats/tensorflow/object-graph-evidence.ts. Also part of the name table below.
 */
export const TENSORFLOW_MODEL_VARIABLE_RULES: readonly RoleRule[] = [
  {
    pattern: /(^|\/)(moving_mean|moving_variance|moving_stddev|renorm_mean|renorm_stddev|renorm_mean_weight|renorm_stddev_weight)(\/|$)/,
    role: 'model-state',
    reason: 'batch-norm moving statistics (non-trainable)'
  },
  {
    pattern: /(^|\/)ExponentialMovingAverage(_\d+)?(\/|$)/,
    role: 'copy',
    reason: 'ExponentialMovingAverage shadow variable'
  },
  {
    pattern: /(^|\/)(global_step|save_counter|step|epoch|iterations)(\/\.ATTRIBUTES\/VARIABLE_VALUE)?$/,
    role: 'loop-state',
    reason: 'training-loop counter'
  },
  {
    pattern: /(^|\/)keras_api\/metrics\//,
    role: 'loop-state',
    reason: 'Keras metric accumulator'
  }
]

/**
 * TensorFlow / Keras name rules: the last resort after the object graph, the meta graph and the
 * slot structure (src/formats/tensorflow/evidence.ts), which are read first and outrank them
 * (core/classify.ts). First match wins, so the specific rules come before the general ones.
 * Sources: FORMATS.md §2 (tensorflow/tensorflow:tensorflow/python/training/*.py slot names,
 * tensorflow/python/trackable key grammar), DESIGN.md's category table.
 */
export const TENSORFLOW_NAME_RULES: readonly RoleRule[] = [
  {
    pattern: /^_CHECKPOINTABLE_OBJECT_GRAPH$/,
    role: 'config',
    reason: 'the TF2 object graph, stored as a string tensor'
  },
  {
    // tf.train.Checkpoint attributes other than a variable's value: OBJECT_CONFIG_JSON, ITERATOR_STATE...
    pattern: /\/\.ATTRIBUTES\/(?!VARIABLE_VALUE$)[^/]+$/,
    role: 'config',
    reason: 'a serialized object attribute, not a variable'
  },
  {
    pattern: /\/\.OPTIMIZER_SLOT\//,
    role: 'optimizer-slot',
    reason: 'TF2 optimizer slot variable (.OPTIMIZER_SLOT)'
  },
  {
    // tf.compat.v1.train.AdamOptimizer's non-slot accumulators; a second optimizer adds _1, _2...
    pattern: /(^|\/)beta[12]_power(_\d+)?$/,
    role: 'optimizer-state',
    reason: 'Adam beta power accumulator (TF1 AdamOptimizer)'
  },
  {
    // A Keras 3 optimizer tracks the model's variables it trains (keras-team/keras:
    // keras/src/optimizers/base_optimizer.py `_trainable_variables`), so TF saves each weight
    // once, under the optimizer's key: these are the model's weights, not optimizer state.
    pattern: /^(.*\/)?([^/]*_)?optimizer\/_trainable_variables\/\d+\/\.ATTRIBUTES\/VARIABLE_VALUE$/i,
    role: 'parameter',
    reason: "a variable the Keras 3 optimizer trains (a model weight saved under the optimizer's key)"
  },
  {
    // TF2 objects named optimizer / *_optimizer: iter, hyper-parameters, new Keras `_variables/N`.
    pattern: /(^|\/)([^/]*_)?optimizer\//i,
    role: 'optimizer-state',
    reason: 'variable of an optimizer object (iteration count, hyper-parameter or slot)'
  },
  {
    // Keras 2 on TF1 graphs: the optimizer's accumulators are plain Variables under training/<Opt>/.
    pattern: /^training(_\d+)?\/[A-Za-z]+\/Variable(_\d+)?$/,
    role: 'optimizer-slot',
    reason: 'Keras (TF1 graph) optimizer accumulator'
  },
  {
    pattern: /^(Adam|Nadam|Adamax|SGD|RMSprop|Adagrad|Adadelta|Ftrl)(_\d+)?\/(iterations|lr|learning_rate|beta_1|beta_2|decay|momentum|rho|epsilon)$/,
    role: 'optimizer-state',
    reason: 'Keras (TF1 graph) optimizer hyper-parameter'
  },
  ...TENSORFLOW_MODEL_VARIABLE_RULES,
  {
    // The usual names of layer parameters (tf.layers, Keras, slim).
    pattern: /(^|\/)(kernel|bias|biases|weights|gamma|beta|embeddings|depthwise_kernel|pointwise_kernel|recurrent_kernel)(\/\.ATTRIBUTES\/VARIABLE_VALUE)?$/,
    role: 'parameter',
    reason: 'layer parameter name'
  },
  {
    // TF2 object-based keys spell the path from the checkpoint's root: a variable's value under
    // an object of the root (`model/.../.ATTRIBUTES/VARIABLE_VALUE`) that no rule above took
    // (optimizer objects and slots, counters, statistics) is a variable of the model
    // (tensorflow/python/checkpoint/save_util_v1.py key grammar). One directly on the root
    // (`episode_counter/.ATTRIBUTES/...`) could be anything the training script tracked.
    pattern: /^[^/]+\/(?!\.ATTRIBUTES\/).*\/\.ATTRIBUTES\/VARIABLE_VALUE$/,
    role: 'parameter',
    reason: "a variable on the model's path (TF2 key with no optimizer on its path)"
  }
]

/**
 * TF1 optimizers name slot variables `<var>/<optimizer name>`, `_1`, `_2` in slot-creation
 * order (tensorflow/tensorflow:tensorflow/python/training/adam.py, rmsprop.py, ftrl.py,
 * momentum.py, adagrad.py, adadelta.py `_create_slots`). Used to say which slot a key is.
 */
export const TF1_SLOT_NAMES: Readonly<Record<string, readonly string[]>> = {
  Adam: ['m', 'v'],
  Momentum: ['momentum'],
  RMSProp: ['rms', 'momentum'],
  Adagrad: ['accumulator'],
  ProximalAdagrad: ['accumulator'],
  AdagradDA: ['gradient_accumulator', 'gradient_squared_accumulator'],
  Ftrl: ['accum', 'linear'],
  Adadelta: ['accum', 'accum_update']
}

/**
 * The non-slot variables a TF1 optimizer creates beside its slots (adam.py `_create_slots`:
 * `_create_non_slot_variable(name="beta1_power")`; a second optimizer's get `_1`, `_2`...). A
 * checkpoint that holds an optimizer's slots holds these scalars of it too.
 */
export const TF1_NON_SLOT_VARIABLES: Readonly<Record<string, RegExp>> = {
  Adam: /^beta[12]_power(_\d+)?$/
}

/** Suffixes that look like slots by shape but are not optimizer state. */
export const NOT_A_SLOT = /^(ExponentialMovingAverage(_\d+)?|moving_mean|moving_variance)$/

/**
 * Children of an object that only optimizers have: an iteration counter of its own (optimizer_v2
 * `iter`, Keras 3 `_iterations`). An object with `slot_variables` is an optimizer too.
 */
export const OPTIMIZER_MARKERS: ReadonlySet<string> = new Set(['iter', '_iterations'])

/**
 * Lists an object keeps of the variables that are trained, or not, in the object graph: a Keras 3
 * optimizer's `_trainable_variables` (the variables it trains), a Keras model's or a SavedModel
 * root's `trainable_variables` / `non_trainable_variables` (and Keras 2's `_weights` spelling).
 */
export const TRAINABLE_LISTS: ReadonlySet<string> = new Set(['trainable_variables', '_trainable_variables', 'trainable_weights', '_trainable_weights'])
export const NON_TRAINABLE_LISTS: ReadonlySet<string> = new Set([
  'non_trainable_variables',
  '_non_trainable_variables',
  'non_trainable_weights',
  '_non_trainable_weights'
])
