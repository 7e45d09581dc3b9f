import type { DuplicateGroup, ReadResult } from '../core/types.js';
import type { CheckpointFiles } from '../io/checkpoint-files.js';
/** Groups of tensors of one checkpoint whose samples are equal; largest copies first. */
export declare function findDuplicates(result: ReadResult, files: CheckpointFiles): Promise<DuplicateGroup[]>;
