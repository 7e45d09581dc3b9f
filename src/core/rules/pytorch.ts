import type { NameRule } from '../categorize.js'

/**
 * PyTorch name tables. The checkpoint's own dict layout (`{model, optimizer, epoch}`) decides
 * first; these tables decide within a section, and for top-level keys.
 */

/**
 * `nn.Module` buffers: registered with `register_buffer`, saved in the state_dict next to the
 * parameters, never trained. A state_dict does not mark them, so their names do
 * (`torch/nn/modules/batchnorm.py`: running_mean, running_var, num_batches_tracked).
 */
export const PYTORCH_BUFFER_RULES: readonly NameRule[] = [
  { pattern: /(^|[./])running_(mean|var)$/, category: 'buffers', reason: 'BatchNorm running statistic (nn.Module buffer)' },
  { pattern: /(^|[./])num_batches_tracked$/, category: 'buffers', reason: 'BatchNorm batch counter (nn.Module buffer)' },
  { pattern: /(^|[./])position_ids$/, category: 'buffers', reason: 'position-id buffer (HF transformers)' },
  { pattern: /(^|[./])attn\.(masked_)?bias$/, category: 'buffers', reason: 'causal attention mask buffer (GPT-2 style)' },
  { pattern: /(^|[./])masked_bias$/, category: 'buffers', reason: 'causal attention mask buffer' },
  { pattern: /(^|[./])inv_freq$/, category: 'buffers', reason: 'rotary embedding frequencies (buffer)' },
  { pattern: /(^|[./])relative_position_index$/, category: 'buffers', reason: 'relative position index (buffer)' }
]

/**
 * Per-parameter optimizer state (`torch/optim/*.py`, the keys of `self.state[p]`), for the
 * reason text; every tensor of an optimizer state_dict is optimizer state, known slot or not.
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
  step_size: 'Rprop step sizes'
}

/** What a top-level key of a training checkpoint holds. */
export type PytorchSection = 'model' | 'ema' | 'optimizer' | 'bookkeeping'

/**
 * Top-level keys of training checkpoints (FORMATS.md §4.4: torch tutorials, Lightning's
 * `state_dict`/`optimizer_states`/`loops`/`callbacks`, HF Trainer's `optimizer.pt` and
 * `rng_state.pth`, timm's `state_dict_ema`). First match wins.
 */
export const PYTORCH_SECTION_RULES: readonly { pattern: RegExp; section: PytorchSection; reason: string }[] = [
  { pattern: /^(ema|model_ema|ema_model|ema_state_dict|state_dict_ema|shadow|averaged_model|swa_model|ema_weights)$/i, section: 'ema', reason: 'EMA shadow weights (not trained)' },
  { pattern: /^(optimizer|optimizers|optimizer_state_dict|optimizer_states|optimizer_state|optim|optim_state|opt|opt_state)$|_optimizer$|^optimizer_/i, section: 'optimizer', reason: 'optimizer state_dict' },
  { pattern: /^(model|models|state_dict|model_state_dict|model_state|module|net|network|params|weights|generator|discriminator|encoder|decoder|backbone|student|teacher|netG|netD)$/i, section: 'model', reason: 'model state_dict' },
  {
    pattern:
      /^(epoch|epochs|global_step|step|steps|iteration|iter|iters|best_\w+|rng_state|rng_states|rng|random_state|torch_rng_state|cuda_rng_state|numpy_rng_state|python_rng_state|python|numpy|cpu|cuda|loops|callbacks|lr_scheduler|lr_schedulers|scheduler|schedulers|scheduler_state_dict|scaler|grad_scaler|amp|metrics|hyper_parameters|hparams|args|config|pytorch-lightning_version|version)$/i,
    section: 'bookkeeping',
    reason: 'training-loop state (counters, RNG, schedulers, callbacks)'
  }
]
