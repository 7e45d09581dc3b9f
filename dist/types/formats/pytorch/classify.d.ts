import type { Category, ClassifiedBy } from '../../core/types.js';
import type { PickleValue } from '../pickle/values.js';
import { TensorRef } from './torch-globals.js';
/**
 * A found tensor with its name and category. The path it was found by is not kept: with 10^5
 * tensors the paths are ~15 MB that nothing after the classification needs.
 */
export interface ClassifiedTensor {
    tensor: TensorRef;
    name: string;
    category: Category;
    reason: string;
}
/** What the classification says about the checkpoint as a whole, once every tensor went by. */
export interface Classification {
    classifiedBy: ClassifiedBy;
    categoryNotes: Partial<Record<Category, string>>;
}
/**
 * Receives each classified tensor as the walk reaches it, in pickle order: tensors are classified
 * one by one, never collected into a list of 10^5 paths and then a second list of 10^5 results.
 */
export type ClassifiedSink = (tensor: ClassifiedTensor) => void;
/**
 * Categories from the checkpoint's own layout (DESIGN.md: `dict-layout`):
 * - a bare state_dict (`torch.save(model.state_dict())`, HF `pytorch_model.bin`): weights,
 *   except `nn.Module` buffers by name;
 * - a training checkpoint `{model|state_dict: …, optimizer|optimizer_states: …, epoch: …}`:
 *   each top-level key is a section (rules/pytorch.ts); everything in an optimizer state_dict is
 *   optimizer state, per-parameter slots under `state/<param index>/<slot>` named after their parameter;
 * - a bare optimizer state_dict (`{state, param_groups}`, HF `optimizer.pt`) is all optimizer.
 * Tensors under keys no rule knows are `nn.Parameter`s → weights, buffer names → buffers, else
 * unclassified.
 */
export declare function classifyTorchSave(root: PickleValue, file: string, emit: ClassifiedSink): Classification;
/**
 * TorchScript archives: every tensor of the module tree is model state; buffers by name. The
 * module tree's tensors come first, then those of `constants.pkl`, under `constants/`.
 */
export declare function classifyTorchScript(root: PickleValue, constants: PickleValue, file: string, emit: ClassifiedSink): Classification;
