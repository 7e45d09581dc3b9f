import type { RoleRule } from '../classify.js';
/**
 * Keras variable names, for the parts of a Keras file whose group layout does not decide
 * (FORMATS.md §2.4, §7). The group layout decides first: `optimizer_weights/*` and `optimizer/*`
 * are optimizer state, `model_weights/*` and `layers/*` are model variables; these rules then
 * tell a model variable's kind.
 */
/** Model variables that are state, not parameters (checked on the variable's own name). */
export declare const KERAS_MODEL_VARIABLE_RULES: readonly RoleRule[];
/** Optimizer variables that are scalars of the optimizer itself rather than per-variable slots. */
export declare const KERAS_OPTIMIZER_SCALAR: RegExp;
