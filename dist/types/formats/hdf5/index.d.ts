/** The HDF5 walker, as other readers use it (keras/ reads Keras files through it). */
export { readHdf5Tree } from './walker.js';
export type { AttributeValue, DatasetStorage, Hdf5Dataset, Hdf5Group, Hdf5ReadOptions, Hdf5Tree } from './types.js';
export { hasHdf5Signature, HDF5_SIGNATURE, USER_BLOCK_MIN } from './signature.js';
