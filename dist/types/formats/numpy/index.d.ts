import type { CheckpointReader } from '../kit/types.js';
export declare const npyReader: CheckpointReader;
export declare const npzReader: CheckpointReader;
