import type { FormatId, ReadResult } from '../../core/types.js';
import type { ByteSource } from '../../io/byte-source.js';
import type { CheckpointFiles } from '../../io/checkpoint-files.js';
/** What a reader of a one-file format finds in it; the rest of its ReadResult is the same for all of them. */
export type SingleFileFindings = Pick<ReadResult, 'tensors'> & Partial<Pick<ReadResult, 'warnings' | 'explanations' | 'categoryNotes'>>;
/**
 * Reads a checkpoint that is one file whose categories come from the format (TFLite, ExecuTorch
 * `.pte` / `.ptd`): opens it, lets `read` walk it, and closes it whatever happens.
 */
export declare function readSingleFile(format: FormatId, path: string, files: CheckpointFiles, read: (source: ByteSource) => Promise<SingleFileFindings>): Promise<ReadResult>;
