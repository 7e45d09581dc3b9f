import type { NameRule } from '../categorize.js';
/**
 * TensorFlow / Keras name rules: the last resort after the object graph, the meta graph's
 * `trainable_variables` and the slot structure (src/formats/tensorflow/classify.ts). First match
 * wins. Sources: FORMATS.md §2 (tensorflow/tensorflow:tensorflow/python/training/*.py slot names,
 * tensorflow/python/trackable key grammar), DESIGN.md's category table.
 */
export declare const TENSORFLOW_NAME_RULES: readonly NameRule[];
/**
 * TF1 optimizers name slot variables `<var>/<optimizer name>`, `_1`, `_2` in slot-creation
 * order (tensorflow/tensorflow:tensorflow/python/training/adam.py, rmsprop.py, ftrl.py,
 * momentum.py, adagrad.py, adadelta.py `_create_slots`). Used to say which slot a key is.
 */
export declare const TF1_SLOT_NAMES: Readonly<Record<string, readonly string[]>>;
/** Suffixes that look like slots by shape but are not optimizer state. */
export declare const NOT_A_SLOT: RegExp;
