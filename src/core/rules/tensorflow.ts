import type { NameRule } from '../categorize.js'

/**
 * TensorFlow / Keras name rules: the last resort after the object graph, the meta graph's
 * `trainable_variables` and the slot structure (src/formats/tensorflow/classify.ts). First match
 * wins. Sources: FORMATS.md §2 (tensorflow/tensorflow:tensorflow/python/training/*.py slot names,
 * tensorflow/python/trackable key grammar), DESIGN.md's category table.
 */
export const TENSORFLOW_NAME_RULES: readonly NameRule[] = [
  {
    pattern: /^_CHECKPOINTABLE_OBJECT_GRAPH$/,
    category: 'metadata',
    reason: 'the TF2 object graph, stored as a string tensor'
  },
  {
    // tf.train.Checkpoint attributes other than a variable's value: OBJECT_CONFIG_JSON, ITERATOR_STATE...
    pattern: /\/\.ATTRIBUTES\/(?!VARIABLE_VALUE$)[^/]+$/,
    category: 'metadata',
    reason: 'a serialized object attribute, not a variable'
  },
  {
    pattern: /\/\.OPTIMIZER_SLOT\//,
    category: 'optimizer',
    reason: 'TF2 optimizer slot variable (.OPTIMIZER_SLOT)'
  },
  {
    // tf.compat.v1.train.AdamOptimizer's non-slot accumulators; a second optimizer adds _1, _2...
    pattern: /(^|\/)beta[12]_power(_\d+)?$/,
    category: 'optimizer',
    reason: 'Adam beta power accumulator (TF1 AdamOptimizer)'
  },
  {
    // TF2 objects named optimizer / *_optimizer: iter, hyper-parameters, new Keras `_variables/N`.
    pattern: /^([^/]*_)?optimizer\//i,
    category: 'optimizer',
    reason: 'variable of an optimizer object (iteration count, hyper-parameter or slot)'
  },
  {
    // Keras 2 on TF1 graphs: the optimizer's accumulators are plain Variables under training/<Opt>/.
    pattern: /^training(_\d+)?\/[A-Za-z]+\/Variable(_\d+)?$/,
    category: 'optimizer',
    reason: 'Keras (TF1 graph) optimizer accumulator'
  },
  {
    pattern: /^(Adam|Nadam|Adamax|SGD|RMSprop|Adagrad|Adadelta|Ftrl)(_\d+)?\/(iterations|lr|learning_rate|beta_1|beta_2|decay|momentum|rho|epsilon)$/,
    category: 'optimizer',
    reason: 'Keras (TF1 graph) optimizer hyper-parameter'
  },
  {
    pattern: /(^|\/)(moving_mean|moving_variance|moving_stddev|renorm_mean|renorm_stddev|renorm_mean_weight|renorm_stddev_weight)(\/|$)/,
    category: 'buffers',
    reason: 'batch-norm moving statistics (non-trainable)'
  },
  {
    pattern: /(^|\/)ExponentialMovingAverage(_\d+)?(\/|$)/,
    category: 'buffers',
    reason: 'ExponentialMovingAverage shadow variable'
  },
  {
    pattern: /(^|\/)(global_step|save_counter|step|epoch|iterations)(\/\.ATTRIBUTES\/VARIABLE_VALUE)?$/,
    category: 'bookkeeping',
    reason: 'training-loop counter'
  },
  {
    pattern: /(^|\/)keras_api\/metrics\//,
    category: 'bookkeeping',
    reason: 'Keras metric accumulator'
  },
  {
    // The usual names of layer parameters (tf.layers, Keras, slim).
    pattern: /(^|\/)(kernel|bias|biases|weights|gamma|beta|embeddings|depthwise_kernel|pointwise_kernel|recurrent_kernel)(\/\.ATTRIBUTES\/VARIABLE_VALUE)?$/,
    category: 'weights',
    reason: 'layer parameter name'
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

/** Suffixes that look like slots by shape but are not optimizer state. */
export const NOT_A_SLOT = /^(ExponentialMovingAverage(_\d+)?|moving_mean|moving_variance)$/
