import type { ChunkIndex } from './data-layout.js';
import { type Hdf5File } from './file.js';
import type { DatasetStorage } from './types.js';
/**
 * Chunk indexes (spec III.A.1, III.A.2, III.H; layout message IV.A.2.i): a v1 B-tree (layout
 * v1–v3), a fixed array or a v2 B-tree (layout v4). Extensible arrays (type 4) are refused by
 * data-layout.ts; single-chunk and implicit indexes need no walk.
 */
/**
 * Sums the chunks listed by a dataset's chunk index (each chunk's stored, possibly filtered,
 * size) into its storage: the first chunk's offset, all chunks' stored bytes.
 */
export declare function resolveChunks(file: Hdf5File, storage: DatasetStorage, path: string, index: ChunkIndex): Promise<void>;
