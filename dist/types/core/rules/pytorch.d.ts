import type { RoleRule } from '../classify.js';
/**
 * PyTorch name tables: the last word, after what the file's structure says (a pickled module's
 * `_parameters`/`_buffers`, the optimizer's per-parameter state, the checkpoint's dict layout).
 */
/**
 * `nn.Module` buffers by name, for a state_dict that nothing else explains: registered with
 * `register_buffer`, saved next to the parameters, never trained; a state_dict does not mark them
 * (`torch/nn/modules/batchnorm.py`: running_mean, running_var, num_batches_tracked; transformers'
 * position ids, rotary frequencies, causal masks; diffusers' noise schedules).
 */
export declare const PYTORCH_BUFFER_RULES: readonly RoleRule[];
/**
 * Per-parameter optimizer state (`torch/optim/*.py`, the keys of `self.state[p]`), for the
 * reason text; every tensor of an optimizer's `state` is optimizer state, known slot or not.
 */
export declare const PYTORCH_OPTIMIZER_SLOTS: Readonly<Record<string, string>>;
/** What a top-level key of a training checkpoint holds. */
export type PytorchSection = 'model' | 'ema' | 'optimizer' | 'loop' | 'rng' | 'config';
/**
 * Top-level keys of training checkpoints (FORMATS.md §4.4: torch tutorials, Lightning's
 * `state_dict`/`optimizer_states`/`loops`/`callbacks`, HF Trainer's `optimizer.pt` and
 * `rng_state.pth`, accelerate's `random_states_N.pkl`, timm's `state_dict_ema`). First match
 * wins. What the value holds decides before these (a module object, an optimizer state_dict, a
 * generator state are recognised wherever they sit).
 */
export declare const PYTORCH_SECTION_RULES: readonly {
    pattern: RegExp;
    section: PytorchSection;
}[];
/** The section a top-level key names, if a rule knows it. */
export declare function sectionOfKey(key: string): PytorchSection | undefined;
