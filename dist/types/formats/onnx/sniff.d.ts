import type { CheckpointSniffer } from '../kit/types.js';
export declare const onnxSniffer: CheckpointSniffer;
