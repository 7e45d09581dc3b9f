import type { CheckpointSniffer } from '../kit/types.js';
/** `file_identifier "TFL3"` of `tensorflow/compiler/mlir/lite/schema/schema.fbs`: bytes 4..8, after the root offset. */
export declare const TFLITE_IDENTIFIER = "TFL3";
export declare const tfliteSniffer: CheckpointSniffer;
