import type { CheckpointSniffer } from '../types.js';
/** `file_identifier "TFL3"` of `tensorflow/compiler/mlir/lite/schema/schema.fbs`: bytes 4..8, after the root offset. */
export declare const TFLITE_IDENTIFIER = "TFL3";
/** Whether bytes 4..8 of a file are a flatbuffer file identifier matching `identifier` (`?` matches any character). */
export declare function hasFileIdentifier(head: Uint8Array, identifier: string): boolean;
export declare const tfliteSniffer: CheckpointSniffer;
