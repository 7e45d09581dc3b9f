/**
 * One array per distinct tensor shape, for readers that keep a shape per tensor (a checkpoint's
 * tensors repeat a few shapes, and each is kept to the end of the analysis). Nothing mutates a
 * shape once a reader has listed it. Measured in bench/README.md, "Shape interning".
 *
 * Shapes are found by a trie on their sizes, dimension by dimension. `internFrom` walks
 * the trie from sizes still in the file's bytes, so a known shape costs no array at all (HDF5's
 * dataspaces). Bounded: past `maxNodes` nodes, new shapes are returned unshared.
 */
export declare class ShapeInterner {
    private readonly maxNodes;
    private readonly root;
    private nodes;
    constructor(maxNodes?: number);
    /** The shared array equal to `shape` (`shape` itself the first time it is seen). */
    intern(shape: number[]): number[];
    /**
     * The shared shape whose `rank` sizes `dimAt(source, i)` gives, built (from the same calls) only
     * when it is new. `dimAt` may throw (a size past 2^53): nothing is then interned.
     */
    internFrom<S>(rank: number, source: S, dimAt: (source: S, i: number) => number): number[];
    /** The trie node of the sizes, created as needed; undefined past the bound. */
    private find;
}
