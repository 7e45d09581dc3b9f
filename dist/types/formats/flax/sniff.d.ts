import type { CheckpointSniffer } from '../types.js';
export declare const flaxMsgpackSniffer: CheckpointSniffer;
