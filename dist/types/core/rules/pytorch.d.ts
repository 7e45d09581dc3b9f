import type { NameRule } from '../categorize.js';
/**
 * PyTorch name tables. The checkpoint's own dict layout (`{model, optimizer, epoch}`) decides
 * first; these tables decide within a section, and for top-level keys.
 */
/**
 * `nn.Module` buffers: registered with `register_buffer`, saved in the state_dict next to the
 * parameters, never trained. A state_dict does not mark them, so their names do
 * (`torch/nn/modules/batchnorm.py`: running_mean, running_var, num_batches_tracked).
 */
export declare const PYTORCH_BUFFER_RULES: readonly NameRule[];
/**
 * Per-parameter optimizer state (`torch/optim/*.py`, the keys of `self.state[p]`), for the
 * reason text; every tensor of an optimizer state_dict is optimizer state, known slot or not.
 */
export declare const PYTORCH_OPTIMIZER_SLOTS: Readonly<Record<string, string>>;
/** What a top-level key of a training checkpoint holds. */
export type PytorchSection = 'model' | 'ema' | 'optimizer' | 'bookkeeping';
/**
 * Top-level keys of training checkpoints (FORMATS.md §4.4: torch tutorials, Lightning's
 * `state_dict`/`optimizer_states`/`loops`/`callbacks`, HF Trainer's `optimizer.pt` and
 * `rng_state.pth`, timm's `state_dict_ema`). First match wins.
 */
export declare const PYTORCH_SECTION_RULES: readonly {
    pattern: RegExp;
    section: PytorchSection;
    reason: string;
}[];
