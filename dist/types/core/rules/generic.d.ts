import type { RoleRule } from '../classify.js';
/**
 * Name rules for checkpoints that carry nothing but tensor names (safetensors, and any format
 * whose structure says nothing about the role of a tensor). Names follow PyTorch's state-dict
 * conventions (`layer.0.attention.weight`, `bn.running_mean`), which nearly every safetensors
 * writer (transformers, diffusers, timm, accelerate, tinygrad) reuses.
 *
 * Only names that say something are listed; the first match wins, so optimizer prefixes come
 * before the buffer and counter suffixes they may contain (`optimizer.state.0.step` is optimizer
 * state, not a training-loop counter).
 */
export declare const GENERIC_RULES: readonly RoleRule[];
