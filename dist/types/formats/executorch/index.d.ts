import type { CheckpointReader } from '../kit/types.js';
/** `.pte` programs (program.ts). */
export declare const executorchProgramReader: CheckpointReader;
/** `.ptd` external data files (flat-tensor.ts). */
export declare const executorchDataReader: CheckpointReader;
