import type { FormatId } from '../../core/types.js';
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
'model'
/** The optimizer's state: everything in it is optimizer state. */
 | 'optimizer'
/** The training loop's state: scheduler, trainer state, sampler, gradient scaler. */
 | 'loop-state'
/** Random-number generator states. */
 | 'rng-state'
/** Configuration: training arguments, the model's config, tokenizer files. */
 | 'config'
/** An object registered for checkpointing (EMA helpers, anything with a `state_dict`). */
 | 'object';
/** One file name pattern of a layout and the role a file of that name plays. */
interface MemberRule {
    pattern: RegExp;
    role: MemberRole;
}
export interface FolderLayout {
    format: FormatId;
    /** Names the framework in warnings and reasons. */
    label: string;
    /** The file whose presence makes a directory a folder of this layout (the one the pipeline hands the reader). */
    primary: RegExp;
    /** The primary file's names as `path` globs (the action's default `path`). */
    primaryNames: readonly string[];
    members: readonly MemberRule[];
    /** Subdirectories that belong to the folder, with the layout of their files (DeepSpeed's `global_stepN/`). */
    subfolders?: readonly {
        pattern: RegExp;
        layout: () => FolderLayout;
    }[];
    /**
     * Subdirectories that hold a `torch.distributed.checkpoint` (FSDP's SHARDED_STATE_DICT:
     * `pytorch_model_fsdp_0/`, `optimizer_0/`), read through their `.metadata`, with their role.
     */
    dcpFolders?: readonly MemberRule[];
}
/** The layouts, in the order the registry tries them: a Trainer folder claims its `global_stepN/` first. */
export declare const FOLDER_LAYOUTS: {
    readonly hfTrainer: FolderLayout;
    readonly accelerate: FolderLayout;
    readonly deepspeed: FolderLayout;
};
/** The role of a file in a folder of `layout`, or undefined for a file the framework does not write there. */
export declare function roleOf(layout: FolderLayout, name: string): MemberRole | undefined;
export {};
