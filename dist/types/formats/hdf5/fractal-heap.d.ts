import { type Hdf5File } from './file.js';
/**
 * Fractal heaps (spec III.G), as far as dense link storage needs them: managed objects in the
 * root direct block or in the direct blocks of the root indirect block, and tiny objects inline in
 * their heap ID. Huge objects, filtered heaps and nested indirect blocks are refused.
 */
export interface FractalHeap {
    address: number;
    width: number;
    startingBlock: number;
    /** Rows of the doubling table that are direct blocks. */
    maxDirectRows: number;
    root: number;
    /** Rows in the root indirect block; 0 when the root is a direct block. */
    rows: number;
    offsetBytes: number;
    lengthBytes: number;
}
/** A fractal heap's header (`FRHP`). */
export declare function readFractalHeap(file: Hdf5File, address: number): Promise<FractalHeap>;
/** The bytes of a fractal heap object from its heap ID (managed or tiny objects). */
export declare function heapObject(file: Hdf5File, heap: FractalHeap, id: Uint8Array): Promise<{
    offset: number;
    data: Uint8Array;
}>;
