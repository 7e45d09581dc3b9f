import type { PickleValue } from '../pickle/values.js';
/**
 * Which entries of a model state_dict are parameters, read from the optimizer state_dict saved
 * beside it (issue 11).
 *
 * `optimizer.state_dict()` keys its per-parameter state by the position of each parameter in
 * `param_groups[*].params`, and an optimizer built from `model.parameters()` lists them in the
 * order of `model.parameters()`. A state_dict lists each module's parameters, then its buffers,
 * then its children's (`torch/nn/modules/module.py` `_save_to_state_dict`, `named_parameters`):
 * the parameters are the state_dict's entries in the same order with the buffers left out. Each
 * parameter's slots (Adam's `exp_avg`, SGD's `momentum_buffer`) have the parameter's shape, so
 * the parameters are found by walking both lists together, each next parameter matched with the
 * next entry of its shape (that no name marks as a buffer); every entry passed over is not a
 * parameter: a registered buffer
 * (BatchNorm statistics, a noise schedule, `inv_freq`, a mask), whatever its name.
 */
export interface Alignment {
    /** The state_dict keys that are parameters; every other tensor entry is model state. */
    parameters: Set<PickleValue>;
    /** Per optimizer state_dict: parameter index (as its key's text) → the parameter's state_dict name. */
    names: Map<PickleValue, Map<string, string>>;
}
/**
 * Aligns a model state_dict with the optimizer state_dicts saved with it (one, or Lightning's
 * list, whose optimizers' parameters follow each other in the model's order). Undefined when
 * they do not align: the optimizer then says nothing about the state_dict.
 */
export declare function alignWithOptimizers(stateDict: Map<PickleValue, PickleValue>, optimizers: readonly PickleValue[]): Alignment | undefined;
