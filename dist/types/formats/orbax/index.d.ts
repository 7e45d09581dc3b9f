import type { CheckpointReader } from '../types.js';
export declare const orbaxReader: CheckpointReader;
