import type { Cursor } from '../../io/bytes/index.js';
import { type Hdf5File } from './file.js';
/**
 * Version 2 B-trees (spec III.A.2): a `BTHD` header, `BTIN` internal and `BTLF` leaf nodes of
 * fixed-size records. Record type 5 indexes a dense group's links by name hash, types 10 and 11 a
 * layout v4 dataset's chunks (plain, filtered).
 */
/**
 * Walks a version 2 B-tree, calling `record` with a reader over each record. Field widths of the
 * child pointers follow from the node size (as H5B2__hdr_init computes them).
 */
export declare function walkBtree2(file: Hdf5File, address: number, record: (reader: Cursor, type: number) => Promise<void>): Promise<void>;
