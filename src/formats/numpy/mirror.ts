/**
 * Which top-level trees of a checkpoint are copies of another: a target network beside the online
 * one (`params.0` … and `target_params.0` …), an EMA beside the model. A copy has exactly the
 * original's leaves (the same names under its own prefix, with the same shapes and dtypes) and is
 * named after it (`target_params` ⊃ `params`, `ema_model` ⊃ `model`) or by a word that says copy
 * (`target`, `ema`, `shadow`, `average`) where the original's name does not.
 *
 * One pass over the names to group them, one sort per group to compare them.
 *
 * TODO(lead): the `readers` branch is writing a shared, pure mirror detector in src/core/; once it
 * lands, `findMirroredTrees` should call it and this file go.
 */

export interface Leaf {
  name: string
  dtype: string
  shape: readonly number[]
}

/** The prefix of a name's first tree level: `target_params` of `target_params.0` or `target_params/0`. */
export function treeOf(name: string): string {
  const cut = name.search(/[./]/)
  return cut < 0 ? '' : name.slice(0, cut)
}

/** One part of a name that says copy. */
const COPY_PART = /^(target|ema|shadow|averaged?|avg|polyak|swa|lagged)$/i
const COPY_WORD = /(^|[_\-.])(target|ema|shadow|averaged?|avg|polyak|swa|lagged|momentum_encoder)([_\-.]|$)/i

/** The copy trees of `leaves`, each mapped to the tree it copies. */
export function findMirroredTrees(leaves: readonly Leaf[]): Map<string, string> {
  // Only trees with as many leaves as another tree can mirror it: counted first, so that a
  // checkpoint of one tree (the common case) builds no signatures.
  const counts = new Map<string, number>()
  for (const leaf of leaves) {
    const tree = treeOf(leaf.name)
    if (tree !== '') counts.set(tree, (counts.get(tree) ?? 0) + 1)
  }
  const treesOfSize = new Map<number, number>()
  for (const count of counts.values()) treesOfSize.set(count, (treesOfSize.get(count) ?? 0) + 1)
  const candidates = new Set([...counts].filter(([, count]) => treesOfSize.get(count)! > 1).map(([tree]) => tree))
  const signatures = new Map<string, string[]>()
  for (const leaf of leaves) {
    const tree = treeOf(leaf.name)
    if (!candidates.has(tree)) continue
    let lines = signatures.get(tree)
    if (!lines) signatures.set(tree, (lines = []))
    lines.push(`${leaf.name.slice(tree.length + 1)}\u0000${leaf.dtype}\u0000${leaf.shape.join(',')}`)
  }
  const bySignature = new Map<string, string[]>()
  for (const [tree, lines] of signatures) {
    const signature = lines.sort().join('\u0001')
    const trees = bySignature.get(signature)
    if (trees) trees.push(tree)
    else bySignature.set(signature, [tree])
  }
  const copies = new Map<string, string>()
  for (const trees of bySignature.values()) {
    if (trees.length < 2) continue
    const names = new Set(trees)
    for (const candidate of trees) {
      const original = originalOf(candidate, names)
      if (original !== undefined) copies.set(candidate, original)
    }
  }
  return copies
}

/**
 * The tree that a tree named `copy` copies, among trees with the same leaves: the name without a
 * part that says copy (`target_params` → `params`, `ema_model` → `model`), or, for a pair, the other one
 * when only `copy` is named by a copy word (`target` beside `online`). Lookups, never a scan of
 * all pairs: a checkpoint of 10^5 one-leaf trees must stay linear.
 */
function originalOf(copy: string, trees: ReadonlySet<string>): string | undefined {
  const parts = copy.split(/[_\-.]/)
  if (parts.length > 1) {
    let at = 0
    for (const part of parts) {
      const without = (copy.slice(0, at) + copy.slice(at + part.length + 1)).replace(/^[_\-.]|[_\-.]$/g, '')
      if (COPY_PART.test(part) && trees.has(without)) return without
      at += part.length + 1
    }
  }
  if (trees.size === 2 && COPY_WORD.test(copy)) {
    const other = [...trees].find((tree) => tree !== copy)!
    if (!COPY_WORD.test(other)) return other
  }
  return undefined
}
