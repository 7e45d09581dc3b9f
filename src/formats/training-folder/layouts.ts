import type { FormatId } from '../../core/types.js'

/**
 * The on-disk layouts of training-output folders: which file a framework writes for which part of
 * the training state. A folder in one of these layouts is one checkpoint (DESIGN.md, "Formats"):
 * the user budgets and diffs `checkpoint-500/`, not its eight files one by one.
 *
 * The names are the frameworks' own constants, so a file's role here is the framework's metadata
 * about it, as strong as a dict key inside a `torch.save`:
 * - Hugging Face Trainer (`transformers/trainer.py`: TRAINER_STATE_NAME, OPTIMIZER_NAME,
 *   SCHEDULER_NAME, SCALER_NAME, TRAINING_ARGS_NAME; `rng_state.pth` or `rng_state_<rank>.pth` per
 *   process; weights by `save_pretrained`: WEIGHTS_NAME, SAFE_WEIGHTS_NAME, their shard indexes,
 *   ADAPTER_*_NAME for PEFT);
 * - accelerate `save_state` (`accelerate/checkpointing.py`, `utils/constants.py`: MODEL_NAME,
 *   SAFE_MODEL_NAME, OPTIMIZER_NAME, SCHEDULER_NAME, SAMPLER_NAME, RNG_STATE_NAME, SCALER_NAME;
 *   a second model/optimizer gets `_<i>`; objects registered for checkpointing are
 *   `custom_checkpoint_<i>.pkl`);
 * - DeepSpeed (`deepspeed/runtime/engine.py`: `global_step<N>/` with `mp_rank_<mp>_model_states.pt`,
 *   ZeRO's `[bf16_]zero_pp_rank_<dp>_mp_rank_<mp>_optim_states.pt`, and `zero_pp_rank_*_model_states.pt`
 *   under ZeRO-3).
 */

/** What a file is to the training run whose folder holds it. */
export type MemberRole =
  /** Model weights (and buffers): the reader of the file's format decides which. */
  | 'model'
  /** The optimizer's state: everything in it is optimizer state. */
  | 'optimizer'
  /** The training loop's state: scheduler, trainer state, sampler, gradient scaler. */
  | 'loop-state'
  /** Random-number generator states. */
  | 'rng-state'
  /** Configuration: training arguments, the model's config, tokenizer files. */
  | 'config'
  /** An object registered for checkpointing (EMA helpers, anything with a `state_dict`). */
  | 'object'

/** One file name pattern of a layout and the role a file of that name plays. */
interface MemberRule {
  pattern: RegExp
  role: MemberRole
}

export interface FolderLayout {
  format: FormatId
  /** Names the framework in warnings and reasons. */
  label: string
  /** The file whose presence makes a directory a folder of this layout (the one the pipeline hands the reader). */
  primary: RegExp
  /** The primary file's names as `path` globs (the action's default `path`). */
  primaryNames: readonly string[]
  members: readonly MemberRule[]
  /** Subdirectories that belong to the folder, with the layout of their files (DeepSpeed's `global_stepN/`). */
  subfolders?: readonly { pattern: RegExp; layout: () => FolderLayout }[]
  /**
   * Subdirectories that hold a `torch.distributed.checkpoint` (FSDP's SHARDED_STATE_DICT:
   * `pytorch_model_fsdp_0/`, `optimizer_0/`), read through their `.metadata`, with their role.
   */
  dcpFolders?: readonly MemberRule[]
}

/** FSDP sharded state dicts, as transformers' Trainer and accelerate save them (`accelerate/utils/fsdp_utils.py`). */
const FSDP_FOLDERS: readonly MemberRule[] = [
  { pattern: /^pytorch_model_fsdp_\d+$/, role: 'model' },
  { pattern: /^optimizer_\d+$/, role: 'optimizer' }
]

/** Model weights as `save_pretrained` and accelerate write them, sharded or not. */
const WEIGHTS: readonly MemberRule[] = [
  { pattern: /^(model|adapter_model|pytorch_model)(_\d+)?\.safetensors$/, role: 'model' },
  { pattern: /^(model|pytorch_model)-\d{5}-of-\d{5}\.(safetensors|bin)$/, role: 'model' },
  { pattern: /^(model\.safetensors|pytorch_model\.bin)\.index\.json$/, role: 'model' },
  { pattern: /^(pytorch_model|adapter_model)(_\d+)?\.bin$/, role: 'model' }
]

/** Configuration and tokenizer files `save_pretrained` writes beside the weights (metadata). */
const CONFIG_FILES: readonly MemberRule[] = [
  {
    pattern:
      /^(config|generation_config|adapter_config|preprocessor_config|processor_config|tokenizer|tokenizer_config|special_tokens_map|added_tokens|vocab)\.json$/,
    role: 'config'
  },
  { pattern: /^(merges\.txt|vocab\.txt|tokenizer\.model|spiece\.model|sentencepiece\.bpe\.model|chat_template\.(jinja|json))$/, role: 'config' }
]

const DEEPSPEED: FolderLayout = {
  format: 'deepspeed-checkpoint',
  label: 'DeepSpeed checkpoint',
  primary: /^(zero_pp_rank_\d+_)?mp_rank_\d+_model_states\.pt$/,
  primaryNames: ['mp_rank_*_model_states.pt', 'zero_pp_rank_*_mp_rank_*_model_states.pt'],
  members: [
    { pattern: /^(zero_pp_rank_\d+_)?mp_rank_\d+_model_states\.pt$/, role: 'model' },
    { pattern: /^(bf16_)?(zero_pp_rank_\d+_)?(expp_rank_\d+_)?mp_rank_\d+_optim_states\.pt$/, role: 'optimizer' },
    { pattern: /^(layer_\d+-model_\d+-model_states|expp_rank_\d+_mp_rank_\d+_model_states)\.pt$/, role: 'model' }
  ]
}

const HF_TRAINER: FolderLayout = {
  format: 'hf-trainer-checkpoint',
  label: 'Hugging Face Trainer checkpoint',
  primary: /^trainer_state\.json$/,
  primaryNames: ['trainer_state.json'],
  members: [
    ...WEIGHTS,
    { pattern: /^optimizer\.(pt|bin)$/, role: 'optimizer' },
    { pattern: /^(scheduler|scaler)\.pt$/, role: 'loop-state' },
    { pattern: /^trainer_state\.json$/, role: 'loop-state' },
    { pattern: /^rng_state(_\d+)?\.pth$/, role: 'rng-state' },
    { pattern: /^training_args\.bin$/, role: 'config' },
    ...CONFIG_FILES
  ],
  subfolders: [{ pattern: /^global_step\d+$/, layout: () => DEEPSPEED }],
  dcpFolders: FSDP_FOLDERS
}

const ACCELERATE: FolderLayout = {
  format: 'accelerate-state',
  label: 'accelerate save_state folder',
  // save_state always writes the RNG states; a registered object's pickle, named alone, brings its folder too.
  primary: /^(random_states|custom_checkpoint)_\d+\.pkl$/,
  primaryNames: ['random_states_*.pkl', 'custom_checkpoint_*.pkl'],
  members: [
    ...WEIGHTS,
    { pattern: /^optimizer(_\d+)?\.bin$/, role: 'optimizer' },
    { pattern: /^(scheduler|sampler)(_\d+)?\.bin$/, role: 'loop-state' },
    { pattern: /^dl_state_dict(_\d+)?\.bin$/, role: 'loop-state' },
    { pattern: /^scaler\.pt$/, role: 'loop-state' },
    { pattern: /^random_states_\d+\.pkl$/, role: 'rng-state' },
    { pattern: /^custom_checkpoint_\d+\.pkl$/, role: 'object' },
    ...CONFIG_FILES
  ],
  dcpFolders: FSDP_FOLDERS
}

/** The layouts, in the order the registry tries them: a Trainer folder claims its `global_stepN/` first. */
export const FOLDER_LAYOUTS = { hfTrainer: HF_TRAINER, accelerate: ACCELERATE, deepspeed: DEEPSPEED } as const

/** The role of a file in a folder of `layout`, or undefined for a file the framework does not write there. */
export function roleOf(layout: FolderLayout, name: string): MemberRole | undefined {
  return layout.members.find((rule) => rule.pattern.test(name))?.role
}
