/** What a walk of an HDF5 file gives its caller (walker.ts). */
/** A decoded attribute value: strings for string types, numbers for numeric ones, undefined otherwise. */
export type AttributeValue = string | number | string[] | number[] | undefined;
/** Where a dataset's bytes are in the file (or, for compact storage, inside its object header). */
export interface DatasetStorage {
    layout: 'compact' | 'contiguous' | 'chunked' | 'virtual' | 'external';
    /** Offset of the payload (the lowest chunk's for chunked storage) from the start of the source. */
    offset: number;
    /** Bytes the payload occupies on disk (the sum of the chunks for chunked storage). */
    byteLength: number;
    /** Number of chunks (chunked storage only). */
    chunks?: number;
}
export interface Hdf5Dataset {
    /** Path from the root group, without a leading slash (`model_weights/dense/dense/kernel:0`). */
    path: string;
    /** Address of the object header: two links to one dataset share it. */
    address: number;
    dtype: string;
    shape: number[];
    storage: DatasetStorage;
    /** The decoded attributes (Hdf5ReadOptions.decodeAttribute). */
    attributes: ReadonlyMap<string, AttributeValue>;
    /** Set on the second and later links to one dataset (same `address`, same storage): its bytes are listed once already. */
    linkedAgain?: true;
}
export interface Hdf5Group {
    path: string;
    /** The last segment of `path` (the link's name; '' for the root), without cutting it out of `path`. */
    name: string;
    /** Links from the root group: 0 for the root, 1 for `model_weights`, 2 for `model_weights/dense`. */
    depth: number;
    /** The decoded attributes (Hdf5ReadOptions.decodeAttribute). */
    attributes: ReadonlyMap<string, AttributeValue>;
}
export interface Hdf5Tree {
    groups: Hdf5Group[];
    datasets: Hdf5Dataset[];
    /** Things the caller should pass on to the user (external storage, skipped links). */
    warnings: string[];
}
/** What a walk decodes beyond the layout of the datasets. */
export interface Hdf5ReadOptions {
    /**
     * Attribute names whose values to decode (default: all); others are left out of `attributes`.
     * A caller that reads a few attributes of a file with 10^5 objects names them: decoding every
     * one costs a string array per group.
     */
    decodeAttribute?: (name: string) => boolean;
    /**
     * Receives each group as the walk reaches it (before its children), with the names of its
     * links in order (valid during the call only: the walk then consumes the array); the tree then
     * lists none. With `onDataset`, a caller that classifies as the walk goes keeps only what it
     * needs, not a record per object (10^5-layer files have 3·10^5 objects).
     */
    onGroup?: (group: Hdf5Group, linkNames: readonly string[]) => void;
    /** Receives each dataset, in walk order, with its storage final (chunks summed); the tree then lists none. */
    onDataset?: (dataset: Hdf5Dataset) => void;
}
