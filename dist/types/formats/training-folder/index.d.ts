import type { CheckpointReader } from '../kit/types.js';
import { type FolderLayout } from './layouts.js';
/**
 * A training-output folder (HF Trainer `checkpoint-500/`, accelerate `save_state`, DeepSpeed
 * `global_step500/`) read as one checkpoint: the layout (layouts.ts) gives each file its role,
 * each file is read by the reader of its own format (safetensors, torch.save...), and the
 * folder's result is their tensors, with the role's evidence first, and every file listed.
 *
 * The checkpoint is named after the folder (`out/checkpoint-500`), whose id drops the step
 * (`out/checkpoint`), so the folder of the next save matches it as a baseline.
 *
 * A file that holds state but no tensors (`scheduler.pt`, `trainer_state.json`) gives its content
 * (the pickle record of a torch.save zip, or the whole JSON) as one span of that state; the zip
 * structure around it stays metadata, as in every torch.save file. A file that cannot be read
 * (a pickle naming a class the pickle reader does not know yet) is listed with its bytes as
 * metadata and a warning; once its reader reads it, its tensors count.
 */
export declare function trainingFolderReader(layout: FolderLayout, fileReaders: readonly CheckpointReader[]): CheckpointReader;
