import type { TensorInfo } from '../../core/types.js';
import type { ByteSource } from '../../io/byte-source.js';
import type { CheckpointReader } from '../kit/types.js';
export declare const tfliteReader: CheckpointReader;
export interface TfliteModel {
    tensors: TensorInfo[];
    metadataNames: string[];
    /** Bytes of the quantization vectors (length words and elements). */
    quantizationBytes: number;
    quantizedTensors: number;
    /** Bytes of non-empty buffers referenced by nothing. */
    unreferencedBytes: number;
}
/** Walks Model → subgraphs → tensors and the buffer table, reading no buffer's data. */
export declare function readTfliteModel(source: ByteSource): Promise<TfliteModel>;
