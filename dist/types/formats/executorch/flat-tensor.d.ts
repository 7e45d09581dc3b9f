import type { TensorInfo } from '../../core/types.js';
import type { ByteSource } from '../../io/byte-source.js';
export declare function readFlatTensor(source: ByteSource): Promise<TensorInfo[]>;
