import type { Hdf5File } from './file.js';
/**
 * Version 1 B-trees (spec III.A.1): `TREE` nodes of type 0 list an old-style group's symbol table
 * nodes, type 1 a chunked dataset's chunks (layout v1–v3).
 */
/**
 * Walks a version 1 B-tree (node type 0: group nodes, type 1: raw data chunks), calling `leaf`
 * for each child of a level-0 node with that child's key. Levels must decrease and no node is
 * visited twice, so a corrupt or hostile tree ends in an error, not a loop. Iterative, with the
 * nodes to visit on a stack, in the order a recursive walk would visit them.
 */
export declare function walkBtree1(file: Hdf5File, address: number, dimensions: number, leaf: (childAddress: number, chunkSize: number) => void): Promise<void>;
/**
 * The children of a group's B-tree when it is one cached leaf node (nearly every group: a leaf
 * lists up to 2K symbol table nodes of 8+ links each), read without the general walk's promise,
 * stack and arrays (2·10^5 groups at 10^5 layers). Anything else (not cached, more levels, a bad
 * signature) is left to walkBtree1, which reads it or reports it.
 */
export declare function singleLeafChildren(file: Hdf5File, address: number): number[] | undefined;
