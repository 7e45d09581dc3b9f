import type { CheckpointFile, TensorInfo } from '../../core/types.js';
import { type CheckpointFiles } from '../../io/checkpoint-files.js';
import { type TensorProtoInfo } from './tensor-proto.js';
export type ExternalSpan = Pick<TensorInfo, 'file' | 'offset' | 'byteLength' | 'storageKey'>;
export declare class ExternalData {
    private readonly modelPath;
    private readonly checkpointFiles;
    private readonly tensors;
    private readonly files;
    private lastLocation;
    /**
     * @param modelPath the `.onnx` file, for errors and to resolve locations
     * @param tensors the tensors read so far: when a file's spans go back, its earlier tensors get keys
     */
    constructor(modelPath: string, checkpointFiles: CheckpointFiles, tensors: readonly TensorInfo[]);
    /**
     * Where `tensor`'s bytes are: `offset` and `length` default to the file's start and rest. `kind`
     * and `name` name the tensor in errors ("initializer 'w'").
     */
    span(tensor: TensorProtoInfo, kind: string, name: string, dtype: string): Promise<ExternalSpan>;
    /** The checkpoint's files: the graph, then each external data file (absent ones with their described size). */
    checkpointFilesWith(modelBytes: number, warnings: string[]): CheckpointFile[];
    /** The file a `location` names; every tensor of an export names the same one, checked once. */
    private file;
    private fileAt;
}
