import type { CheckpointReader } from '../kit/types.js';
/**
 * The TensorFlow readers: V2 checkpoints (`P.index` + `P.data-NNNNN-of-NNNNN` [+ `P.meta`]) and
 * SavedModel directories (`saved_model.pb` + `variables/variables.*` + assets). V1 checkpoints
 * (one SSTable file holding the tensors) are recognised and reported as unsupported.
 */
export declare const tensorflowCheckpointReader: CheckpointReader;
export declare const tensorflowSavedModelReader: CheckpointReader;
