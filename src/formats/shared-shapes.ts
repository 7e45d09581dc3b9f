/**
 * One array per distinct tensor shape, for readers that keep a shape per tensor. A checkpoint's
 * tensors repeat a few shapes (every layer of a stack has the same ones), and each tensor's shape
 * is kept to the end of the analysis (TensorInfo.shape): 10^5 copies of one 2-D shape were ~6 MB
 * (PyTorch), ~7 MB (safetensors). Nothing mutates a shape once a reader has listed it: the
 * analyzer and the report only read them.
 *
 * Shapes are found by a trie on their sizes, dimension by dimension: a string key per tensor
 * (`join(',')`) and its hash cost a tenth of a 10^5-tensor PyTorch unpickle. Bounded: past
 * MAX_SHARED_SHAPE_NODES nodes, new shapes are returned unshared.
 */
class ShapeNode {
  /** The shared array of the shape whose sizes lead here. */
  shape: number[] | undefined = undefined
  /** Longer shapes, by their next size. */
  readonly next = new Map<number, ShapeNode>()
}

const root = new ShapeNode()
let nodes = 0
const MAX_SHARED_SHAPE_NODES = 10_000

/** The shared array equal to `shape` (`shape` itself the first time it is seen). */
export function sharedShape(shape: number[]): number[] {
  let node = root
  for (let i = 0; i < shape.length; i++) {
    let next = node.next.get(shape[i])
    if (next === undefined) {
      if (nodes >= MAX_SHARED_SHAPE_NODES) return shape
      next = new ShapeNode()
      node.next.set(shape[i], next)
      nodes++
    }
    node = next
  }
  return (node.shape ??= shape)
}
