import type { CheckpointSniffer } from '../types.js';
/** Keras 3 `.keras` zip archives (see keras-archive-reader.ts). */
export declare const kerasArchiveSniffer: CheckpointSniffer;
