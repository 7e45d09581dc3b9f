import type { RoleRule } from '../classify.js'

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
export const PYTORCH_BUFFER_RULES: readonly RoleRule[] = [
  { pattern: /(^|[./])running_(mean|var)$/, role: 'model-state', reason: 'BatchNorm running statistic (nn.Module buffer)' },
  { pattern: /(^|[./])num_batches_tracked$/, role: 'model-state', reason: 'BatchNorm batch counter (nn.Module buffer)' },
  { pattern: /(^|[./])position_ids$/, role: 'model-state', reason: 'position-id buffer (HF transformers)' },
  { pattern: /(^|[./])attn\.(masked_)?bias$/, role: 'model-state', reason: 'causal attention mask buffer (GPT-2 style)' },
  { pattern: /(^|[./])masked_bias$/, role: 'model-state', reason: 'causal attention mask buffer' },
  { pattern: /(^|[./])inv_freq$/, role: 'model-state', reason: 'rotary embedding frequencies (buffer)' },
  { pattern: /(^|[./])relative_position_index$/, role: 'model-state', reason: 'relative position index (buffer)' },
  {
    // diffusers/DDPM-style noise schedules registered as buffers.
    pattern:
      /(^|[./])(betas|alphas|alphas_cumprod|alphas_cumprod_prev|sqrt_alphas_cumprod|sqrt_one_minus_alphas_cumprod|log_one_minus_alphas_cumprod|sqrt_recip_alphas_cumprod|sqrt_recipm1_alphas_cumprod|posterior_variance|posterior_log_variance_clipped|posterior_mean_coef[12])$/,
    role: 'model-state',
    reason: 'diffusion noise schedule (buffer)'
  }
]

/**
 * Per-parameter optimizer state (`torch/optim/*.py`, the keys of `self.state[p]`), for the
 * reason text; every tensor of an optimizer's `state` is optimizer state, known slot or not.
 */
export const PYTORCH_OPTIMIZER_SLOTS: Readonly<Record<string, string>> = {
  exp_avg: 'Adam first moment (m)',
  exp_avg_sq: 'Adam second moment (v)',
  max_exp_avg_sq: 'AMSGrad max second moment',
  momentum_buffer: 'SGD/RMSprop momentum buffer',
  square_avg: 'RMSprop/Adadelta squared-gradient average',
  grad_avg: 'RMSprop centered gradient average',
  acc_delta: 'Adadelta accumulated update',
  sum: 'Adagrad accumulator',
  exp_inf: 'Adamax infinity norm',
  mu_product: 'NAdam momentum product',
  ax: 'ASGD average',
  eta: 'ASGD step size',
  mu: 'ASGD momentum',
  prev: 'Rprop previous gradient',
  step_size: 'Rprop step sizes',
  step: 'per-parameter step counter'
}

/** What a top-level key of a training checkpoint holds. */
export type PytorchSection = 'model' | 'ema' | 'optimizer' | 'loop' | 'rng' | 'config'

/**
 * Top-level keys of training checkpoints (FORMATS.md §4.4: torch tutorials, Lightning's
 * `state_dict`/`optimizer_states`/`loops`/`callbacks`, HF Trainer's `optimizer.pt` and
 * `rng_state.pth`, accelerate's `random_states_N.pkl`, timm's `state_dict_ema`). First match
 * wins. What the value holds decides before these (a module object, an optimizer state_dict, a
 * generator state are recognised wherever they sit).
 */
export const PYTORCH_SECTION_RULES: readonly { pattern: RegExp; section: PytorchSection }[] = [
  { pattern: /^(ema|model_ema|ema_model|ema_state_dict|state_dict_ema|shadow|shadow_params|averaged_model|swa_model|ema_weights)$/i, section: 'ema' },
  {
    pattern: /^(optimizer|optimizers|optimizer_state_dict|optimizer_states|optimizer_state|optim|optim_state|opt|opt_state)$|_optimizer$|^optimizer_/i,
    section: 'optimizer'
  },
  {
    pattern:
      /^(model|models|state_dict|model_state_dict|model_state|module|net|network|params|weights|generator|discriminator|encoder|decoder|backbone|student|teacher|netG|netD)$/i,
    section: 'model'
  },
  {
    pattern:
      /^(rng_state|rng_states|rng|random_state|random_states|torch_rng_state|cuda_rng_state|numpy_rng_state|python_rng_state|torch_manual_seed|torch_cuda_manual_seed|numpy_random_seed|xm_seed|generator_state)$/i,
    section: 'rng'
  },
  { pattern: /^(hyper_parameters|hparams|hp|args|config|cfg|opt_args|training_args|datamodule_hyper_parameters)$/i, section: 'config' },
  {
    pattern:
      /^(epoch|epochs|global_step|step|steps|iteration|iter|iters|updates|best_\w+|loops|callbacks|lr_scheduler|lr_schedulers|scheduler|schedulers|scheduler_state_dict|scaler|grad_scaler|amp|metrics|pytorch-lightning_version|version|train_loss|val_loss|losses|history)$/i,
    section: 'loop'
  }
]

/** The section a top-level key names, if a rule knows it. */
export function sectionOfKey(key: string): PytorchSection | undefined {
  return PYTORCH_SECTION_RULES.find((rule) => rule.pattern.test(key))?.section
}
