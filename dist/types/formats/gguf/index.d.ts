import type { TensorInfo } from '../../core/types.js';
import { Window } from '../../io/bytes/index.js';
import type { CheckpointReader } from '../kit/types.js';
export declare const ggufReader: CheckpointReader;
/** What the header of a GGUF file says: its version, counts, where the data starts, and the tensors. */
export interface GgufLayout {
    version: number;
    littleEndian: boolean;
    kvCount: number;
    alignment: number;
    /** End of the tensor infos: the header's last byte + 1. */
    headerEnd: number;
    /** Aligned start of the tensor data; tensor offsets are relative to it. */
    dataStart: number;
    tensors: TensorInfo[];
}
export declare function readGgufLayout(window: Window): Promise<GgufLayout>;
