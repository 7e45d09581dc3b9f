import type { CheckpointFiles } from '../../io/checkpoint-files.js';
import type { Candidate, CheckpointReader } from './types.js';
/** The first bytes of a file, for sniffing. */
export declare function readCandidate(path: string, files: CheckpointFiles): Promise<Candidate>;
/**
 * The reader for a file: the first whose name filter and content check both accept it, else the
 * first whose content check does (a `.bin` that is an ONNX model's external data, a renamed file).
 */
export declare function chooseReader(candidate: Candidate, readers: readonly CheckpointReader[]): CheckpointReader | undefined;
