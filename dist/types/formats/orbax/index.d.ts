import type { CheckpointReader } from '../kit/types.js';
export declare const orbaxReader: CheckpointReader;
