import type { TensorInfo } from '../../core/types.js';
import type { ByteSource } from '../../io/byte-source.js';
export interface ExecutorchProgram {
    tensors: TensorInfo[];
    /** Bytes of the delegates' blobs (less the constants they embed), for the metadata note. */
    delegateBytes: number;
    delegateIds: string[];
    externalTensors: number;
    plans: string[];
}
export declare function readExecutorchProgram(source: ByteSource): Promise<ExecutorchProgram>;
/** A one-line summary of a program's non-weight parts, for the metadata note. */
export declare function programNote(program: ExecutorchProgram): string;
