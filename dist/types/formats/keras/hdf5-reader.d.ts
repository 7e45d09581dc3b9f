import type { CheckpointReader } from '../kit/types.js';
/**
 * HDF5 files: Keras legacy `.h5` (`model.save('x.h5')`), `save_weights('x.h5')`, Keras 3
 * `.weights.h5`. Recognised by the HDF5 signature, whatever the name (`.h5`, `.hdf5`, `.keras`
 * saved by old tf.keras in HDF5 form). Only object headers, group nodes and heaps are read.
 *
 * An HDF5 file without a Keras layout is still reported (format `hdf5`, its datasets
 * `unclassified` with a warning) rather than rejected: the user pointed the action at it, its
 * bytes are real, and "unclassified" keeps them visible without guessing; a data file that should
 * not be measured is excluded by the `path` glob.
 */
export declare const hdf5Reader: CheckpointReader;
