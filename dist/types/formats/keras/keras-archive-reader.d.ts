import type { CheckpointReader } from '../kit/types.js';
/**
 * Keras 3 `.keras` archives (`keras-team/keras:keras/src/saving/saving_lib.py`): a zip holding
 * `metadata.json`, `config.json` and `model.weights.h5`. Keras writes the entries stored
 * (uncompressed), so the weights file is walked in place through a window on the archive and each
 * dataset's span is a span of the `.keras` file. The zip structure, the two JSON files and the
 * weights file's own HDF5 metadata are metadata.
 */
export declare const kerasArchiveReader: CheckpointReader;
