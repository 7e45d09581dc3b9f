import type { CheckpointReader } from '../kit/types.js';
/** A `.mlmodel` on its own (a spec inside an `.mlpackage` is read with its package). */
export declare const coremlModelReader: CheckpointReader;
/** An `.mlpackage` folder, read from its `Manifest.json`: every file in the folder is the checkpoint's. */
export declare const coremlPackageReader: CheckpointReader;
