import type { RoleRule } from '../classify.js'

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
export const GENERIC_RULES: readonly RoleRule[] = [
  // --- optimizer state ---
  {
    pattern: /^(optimizer|optim|optimizers|optimizer_states?|opt_state)([./]|$)/,
    role: 'optimizer-state',
    reason: 'under an optimizer prefix'
  },
  {
    // torch.optim state keys: Adam/AdamW m and v (and AMSGrad's max), SGD momentum, RMSprop,
    // Adadelta, Adamax.
    pattern: /(^|[./])(exp_avg|exp_avg_sq|max_exp_avg_sq|momentum_buffer|square_avg|acc_delta|exp_inf)$/,
    role: 'optimizer-slot',
    reason: 'torch.optim state (Adam m/v, momentum, RMSprop averages)'
  },
  {
    // TF/JAX-style slot names carried over by converted checkpoints (BERT's adam_m / adam_v).
    pattern: /(^|[./_])(adam_m|adam_v|momentum|accumulator|ftrl_linear)$/,
    role: 'optimizer-slot',
    reason: 'optimizer slot (adam_m/adam_v, momentum, accumulator)'
  },
  // --- training-loop bookkeeping ---
  {
    pattern: /^(global_step|step|steps|epoch|epochs|iteration|iterations|num_updates|samples_seen)$/,
    role: 'loop-state',
    reason: 'training-loop counter'
  },
  {
    pattern: /(^|[./])(rng_state|random_state|torch_rng_state|cuda_rng_state)$/,
    role: 'rng-state',
    reason: 'random-number-generator state'
  },
  // --- buffers: non-trainable model state ---
  {
    pattern: /(^|[./])(running_mean|running_var|num_batches_tracked)$/,
    role: 'model-state',
    reason: 'batch-norm running statistics (nn.Module buffer)'
  },
  {
    // transformers registers these as buffers: position and token-type id ranges, rotary
    // frequencies, GPT-2's causal-mask scalar.
    pattern: /(^|[./])(position_ids|token_type_ids|inv_freq|masked_bias)$/,
    role: 'model-state',
    reason: 'registered buffer (position ids, rotary frequencies)'
  },
  {
    pattern: /(^|[./])(ema|ema_model|model_ema|ema_state_dict|shadow_params)([./]|$)/,
    role: 'copy',
    reason: 'exponential moving average (EMA) shadow of the weights'
  }
]
