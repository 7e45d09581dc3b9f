import type { CheckpointSniffer } from '../kit/types.js';
/**
 * A Core ML `.mlmodel`: a protobuf `Model` without a magic number. Every writer starts it with
 * `specificationVersion` (field 1, varint), or, when that is 0, with the description (field 2).
 */
export declare const coremlModelSniffer: CheckpointSniffer;
/** A Core ML `.mlpackage` folder, found by its `Manifest.json` (a JSON object). */
export declare const coremlPackageSniffer: CheckpointSniffer;
