import type { Hdf5File } from './file.js';
/**
 * Global heap collections (spec III.E): where variable-length strings live (an attribute's
 * `backend` or `keras_version` when h5py stores it variable-length). Each collection is read once
 * and kept for the walk.
 */
export declare class GlobalHeaps {
    private readonly file;
    private readonly collections;
    constructor(file: Hdf5File);
    /** The objects of the collection at `address`, by index: GCOL, version, collection size, then the objects. */
    collection(address: number): Promise<Map<number, Uint8Array>>;
}
