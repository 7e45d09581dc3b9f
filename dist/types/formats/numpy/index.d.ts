import type { CheckpointReader } from '../types.js';
export declare const npyReader: CheckpointReader;
export declare const npzReader: CheckpointReader;
