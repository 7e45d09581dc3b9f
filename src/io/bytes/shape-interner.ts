/**
 * One array per distinct tensor shape, for readers that keep a shape per tensor (a checkpoint's
 * tensors repeat a few shapes, and each is kept to the end of the analysis). Nothing mutates a
 * shape once a reader has listed it. Measured in bench/README.md, "Shape interning".
 *
 * Shapes are found by a trie on their sizes, dimension by dimension. `internFrom` walks
 * the trie from sizes still in the file's bytes, so a known shape costs no array at all (HDF5's
 * dataspaces). Bounded: past `maxNodes` nodes, new shapes are returned unshared.
 */
export class ShapeInterner {
  private readonly root = new ShapeNode()
  private nodes = 0

  constructor(private readonly maxNodes = MAX_SHAPE_NODES) {}

  /** The shared array equal to `shape` (`shape` itself the first time it is seen). */
  intern(shape: number[]): number[] {
    const node = this.find(shape.length, shape, dimOfArray)
    if (node === undefined) return shape
    return (node.shape ??= shape)
  }

  /**
   * The shared shape whose `rank` sizes `dimAt(source, i)` gives, built (from the same calls) only
   * when it is new. `dimAt` may throw (a size past 2^53): nothing is then interned.
   */
  internFrom<S>(rank: number, source: S, dimAt: (source: S, i: number) => number): number[] {
    const node = this.find(rank, source, dimAt)
    if (node?.shape !== undefined) return node.shape
    const shape = new Array<number>(rank)
    for (let i = 0; i < rank; i++) shape[i] = dimAt(source, i)
    if (node !== undefined) node.shape = shape
    return shape
  }

  /** The trie node of the sizes, created as needed; undefined past the bound. */
  private find<S>(rank: number, source: S, dimAt: (source: S, i: number) => number): ShapeNode | undefined {
    let node = this.root
    for (let i = 0; i < rank; i++) {
      const size = dimAt(source, i)
      let next = node.next.get(size)
      if (next === undefined) {
        if (this.nodes >= this.maxNodes) return undefined
        next = new ShapeNode()
        node.next.set(size, next)
        this.nodes++
      }
      node = next
    }
    return node
  }
}

class ShapeNode {
  /** The shared array of the shape whose sizes lead here. */
  shape: number[] | undefined = undefined
  /** Longer shapes, by their next size. */
  readonly next = new Map<number, ShapeNode>()
}

/** Trie nodes per interner: 10,000 distinct sizes on the paths of the shapes seen. */
const MAX_SHAPE_NODES = 10_000

function dimOfArray(shape: number[], i: number): number {
  return shape[i]
}
