import type { CheckpointSniffer } from '../kit/types.js';
export declare const GGUF_MAGIC: number[];
export declare const ggufSniffer: CheckpointSniffer;
