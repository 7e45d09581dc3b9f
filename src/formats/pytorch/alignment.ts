import { evidenceFromRules } from '../../core/classify.js'
import { PYTORCH_BUFFER_RULES } from '../../core/rules/pytorch.js'
import type { PickleValue } from '../pickle/values.js'
import { TensorRef } from './torch-globals.js'

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
  parameters: Set<PickleValue>
  /** Per optimizer state_dict: parameter index (as its key's text) → the parameter's state_dict name. */
  names: Map<PickleValue, Map<string, string>>
}

/** The shape of a parameter as its optimizer state shows it (a slot's shape), if it shows it. */
function slotShape(state: PickleValue): number[] | undefined {
  if (!(state instanceof Map)) return undefined
  for (const [key, value] of state) if (key !== 'step' && value instanceof TensorRef) return value.shape
  return undefined
}

function sameShape(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((size, i) => size === b[i])
}

/** `param_groups[*].params` in order, or undefined when the dict is not an optimizer state_dict. */
function parameterIndexes(optimizer: PickleValue): PickleValue[] | undefined {
  if (!(optimizer instanceof Map)) return undefined
  const groups = optimizer.get('param_groups')
  if (!Array.isArray(groups)) return undefined
  const order: PickleValue[] = []
  for (const group of groups) {
    const params = group instanceof Map ? group.get('params') : undefined
    if (!Array.isArray(params)) return undefined
    order.push(...params)
  }
  return order
}

/**
 * Whether a state_dict entry can be the next parameter: its shape, when the optimizer shows it,
 * and not a buffer by name (a BatchNorm's statistics have the shape of the LayerNorm weight that
 * may follow them).
 */
function fits([key, tensor]: [PickleValue, TensorRef], shape: number[] | undefined): boolean {
  if (shape && !sameShape(tensor.shape, shape)) return false
  return typeof key !== 'string' || evidenceFromRules(key, PYTORCH_BUFFER_RULES).length === 0
}

/**
 * Aligns a model state_dict with the optimizer state_dicts saved with it (one, or Lightning's
 * list, whose optimizers' parameters follow each other in the model's order). Undefined when
 * they do not align: the optimizer then says nothing about the state_dict.
 */
export function alignWithOptimizers(stateDict: Map<PickleValue, PickleValue>, optimizers: readonly PickleValue[]): Alignment | undefined {
  const params: { optimizer: PickleValue; index: PickleValue; shape?: number[] }[] = []
  let knownShapes = 0
  for (const optimizer of optimizers) {
    const order = parameterIndexes(optimizer)
    if (!order) return undefined
    const state = (optimizer as Map<PickleValue, PickleValue>).get('state')
    for (const index of order) {
      const shape = state instanceof Map ? slotShape(state.get(index)) : undefined
      if (shape) knownShapes++
      params.push({ optimizer, index, shape })
    }
  }
  // Without a single slot shape (plain SGD keeps no state) the walk below would only count.
  if (knownShapes === 0) return undefined
  const entries: [PickleValue, TensorRef][] = []
  for (const [key, value] of stateDict) if (value instanceof TensorRef) entries.push([key, value])
  const alignment: Alignment = { parameters: new Set(), names: new Map() }
  let at = 0
  for (const param of params) {
    while (at < entries.length && !fits(entries[at], param.shape)) at++
    if (at >= entries.length) return undefined
    const [key] = entries[at++]
    alignment.parameters.add(key)
    let names = alignment.names.get(param.optimizer)
    if (!names) alignment.names.set(param.optimizer, (names = new Map()))
    names.set(String(param.index), String(key))
  }
  return alignment
}
