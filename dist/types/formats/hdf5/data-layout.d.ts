import { type Hdf5File } from './file.js';
import type { Message } from './object-header.js';
import type { DatasetStorage } from './types.js';
/**
 * Data layout messages (spec IV.A.2.i), versions 1–5: where a dataset's bytes are. Compact and
 * contiguous storage is final here; chunked storage names a chunk index that chunk-index.ts walks.
 */
/** Where a chunked dataset's chunks are listed. */
export type ChunkIndex = 
/** Layout v1-v3: a version 1 B-tree of chunks; `dimensions` is the dataset rank. */
{
    kind: 'btree1';
    address: number;
    dimensions: number;
}
/** Layout v4 fixed array (index type 3): one entry per chunk. */
 | {
    kind: 'fixed-array';
    address: number;
    chunkBytes: number;
}
/** Layout v4 version 2 B-tree (index type 5): records of type 10 (plain) or 11 (filtered). */
 | {
    kind: 'btree2';
    address: number;
    chunkBytes: number;
    dimensions: number;
};
/**
 * A layout message's storage; `logicalBytes` sizes an unfiltered single chunk, `extent` gives the
 * dimensions an implicit chunk index allocates chunks for.
 */
export declare function parseLayout(file: Hdf5File, message: Message, path: string, logicalBytes: number, extent: () => readonly number[]): {
    storage: DatasetStorage;
    index?: ChunkIndex;
};
