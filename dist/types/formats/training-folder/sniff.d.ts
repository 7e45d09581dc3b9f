import type { CheckpointSniffer } from '../kit/types.js';
export declare const hfTrainerSniffer: CheckpointSniffer;
export declare const accelerateSniffer: CheckpointSniffer;
export declare const deepspeedSniffer: CheckpointSniffer;
