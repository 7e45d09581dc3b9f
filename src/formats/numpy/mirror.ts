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

const COPY_WORD = /(^|[_\-.])(target|ema|shadow|averaged?|avg|polyak|swa|lagged|momentum_encoder)([_\-.]|$)/i

/** The copy trees of `leaves`, each mapped to the tree it copies. */
export function findMirroredTrees(leaves: readonly Leaf[]): Map<string, string> {
  const signatures = new Map<string, string[]>()
  for (const leaf of leaves) {
    const tree = treeOf(leaf.name)
    if (tree === '') continue
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
    for (const candidate of trees) {
      const original = trees.find((other) => other !== candidate && isCopyName(candidate, other))
      if (original !== undefined) copies.set(candidate, original)
    }
  }
  return copies
}

/** Whether a tree named `copy` is, by its name, the copy of one named `original`. */
function isCopyName(copy: string, original: string): boolean {
  const containsOriginal = copy.length > original.length && new RegExp(`(^|[_\\-.])${escapeRegExp(original)}([_\\-.]|$)`).test(copy)
  return containsOriginal || (COPY_WORD.test(copy) && !COPY_WORD.test(original))
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
