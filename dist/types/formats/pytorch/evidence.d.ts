import { type Evidence } from '../../core/classify.js';
import type { Category } from '../../core/types.js';
import { type PickleValue } from '../pickle/values.js';
import { TensorRef } from './torch-globals.js';
/**
 * What a `torch.save` pickle says about each of its tensors, as evidence (core/classify.ts
 * decides the categories). The pickled object is read as the object graph it is:
 * - an `nn.Module` object, wherever it sits (a whole pickled model, the `model` of a YOLO
 *   checkpoint, a trainer's attribute): `_parameters` are parameters, `_buffers` model state
 *   (non-persistent ones too), `_modules` its children, named `a.b.weight` like its state_dict;
 * - an optimizer, object or state_dict: its `state` is per-parameter slots, named after their
 *   parameter; its `param_groups` only refer to the model's parameters;
 * - the checkpoint's dict layout (`{model, optimizer, epoch…}`, rules/pytorch.ts): sections;
 *   below an EMA key (`ema`, `model_ema`) everything is a copy of the model;
 * - a model state_dict saved with its optimizer state_dict: the optimizer says exactly which
 *   entries are parameters (alignment.ts), the rest being buffers; without one, buffer names;
 * - value structure: a generator state (`torch.get_rng_state()`'s 5056-byte ByteTensor, a dict of
 *   `python`/`numpy`/`cpu`/`cuda` states) is RNG state wherever it is;
 * - under a key nothing knows: a nested state_dict is a model's; a small tensor beside the model
 *   is the training loop's, with its name shown; anything else stays unclassified.
 */
/** A tensor as the walk found it, with what the file says it is. */
export interface FoundTensor {
    tensor: TensorRef;
    name: string;
    evidence: readonly Evidence[];
}
export type TensorSink = (found: FoundTensor) => void;
/** Reads one torch.save pickle's tensors with their evidence, handing each to `emit` as it is found. */
export declare function readTorchSaveEvidence(root: PickleValue, file: string, emit: TensorSink): Partial<Record<Category, string>>;
/**
 * TorchScript archives: the module tree's attributes do not say parameter or buffer (the code
 * does), so buffers go by name and every other tensor is the format's: a weight. The module
 * tree's tensors come first, then those of `constants.pkl`, under `constants/`.
 */
export declare function readTorchScriptEvidence(root: PickleValue, constants: PickleValue, file: string, emit: TensorSink): Partial<Record<Category, string>>;
