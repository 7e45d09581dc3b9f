import type { CheckpointReader } from '../kit/types.js';
/** The weights file OpenVINO pairs with `model.xml`: `model.bin` beside it. */
export declare function weightsPathOf(xmlPath: string): string;
export declare const openvinoReader: CheckpointReader;
