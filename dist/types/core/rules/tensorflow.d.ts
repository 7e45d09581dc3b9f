import type { RoleRule } from '../classify.js';
/**
 * What kind of model variable a name says, when the object graph says only that a variable is the
 * model's: moving statistics, shadow copies, counters and metric accumulators, by the name the
 * graph gives it (its key or full_name), read with the object graph's authority by
 * src/formats/tensorflow/object-graph-evidence.ts. Also part of the name table below.
 */
export declare const TENSORFLOW_MODEL_VARIABLE_RULES: readonly RoleRule[];
/**
 * TensorFlow / Keras name rules: the last resort after the object graph, the meta graph and the
 * slot structure (src/formats/tensorflow/evidence.ts), which are read first and outrank them
 * (core/classify.ts). First match wins, so the specific rules come before the general ones.
 * Sources: FORMATS.md §2 (tensorflow/tensorflow:tensorflow/python/training/*.py slot names,
 * tensorflow/python/trackable key grammar), DESIGN.md's category table.
 */
export declare const TENSORFLOW_NAME_RULES: readonly RoleRule[];
/**
 * TF1 optimizers name slot variables `<var>/<optimizer name>`, `_1`, `_2` in slot-creation
 * order (tensorflow/tensorflow:tensorflow/python/training/adam.py, rmsprop.py, ftrl.py,
 * momentum.py, adagrad.py, adadelta.py `_create_slots`). Used to say which slot a key is.
 */
export declare const TF1_SLOT_NAMES: Readonly<Record<string, readonly string[]>>;
/**
 * The non-slot variables a TF1 optimizer creates beside its slots (adam.py `_create_slots`:
 * `_create_non_slot_variable(name="beta1_power")`; a second optimizer's get `_1`, `_2`...). A
 * checkpoint that holds an optimizer's slots holds these scalars of it too.
 */
export declare const TF1_NON_SLOT_VARIABLES: Readonly<Record<string, RegExp>>;
/** Suffixes that look like slots by shape but are not optimizer state. */
export declare const NOT_A_SLOT: RegExp;
/**
 * Children of an object that only optimizers have: an iteration counter of its own (optimizer_v2
 * `iter`, Keras 3 `_iterations`). An object with `slot_variables` is an optimizer too.
 */
export declare const OPTIMIZER_MARKERS: ReadonlySet<string>;
/**
 * Lists an object keeps of the variables that are trained, or not, in the object graph: a Keras 3
 * optimizer's `_trainable_variables` (the variables it trains), a Keras model's or a SavedModel
 * root's `trainable_variables` / `non_trainable_variables` (and Keras 2's `_weights` spelling).
 */
export declare const TRAINABLE_LISTS: ReadonlySet<string>;
export declare const NON_TRAINABLE_LISTS: ReadonlySet<string>;
