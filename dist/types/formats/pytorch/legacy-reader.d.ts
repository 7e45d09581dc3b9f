import type { CheckpointReader } from '../kit/types.js';
export declare const pytorchLegacyReader: CheckpointReader;
