import type { CheckpointSniffer } from '../kit/types.js';
/** A single `.safetensors` file. */
export declare const safetensorsSniffer: CheckpointSniffer;
/** A sharded checkpoint's `*.safetensors.index.json`. */
export declare const safetensorsIndexSniffer: CheckpointSniffer;
