import { evidenceOf, type Evidence } from './classify.js'

/**
 * Mirrored trees: a second tree of tensors that repeats the model's tree under another top-level
 * prefix, with the same relative names, shapes and dtypes, is a copy of the model — an EMA shadow
 * (`ema.` next to `model.`), a target network (`target_params/…` next to `params/…`), a
 * Polyak-averaged or "slow" copy. The training code keeps it beside the weights but never trains
 * it, so its bytes are buffers, not weights (DESIGN.md, "structure"). Pure: names, shapes and
 * dtypes in, an answer per tensor out; the readers turn it into evidence (`copyEvidence`).
 *
 * API, for every reader whose files carry only names (safetensors, NumPy `.npz`, Flax msgpack):
 *
 *   const mirrors = findMirrorTrees(tensors)   // tensors: { name, shape, dtype }[], file order
 *   mirrors.copies                             // Map: copy prefix → the prefix it mirrors
 *   mirrors.copyOf(i)                          // { prefix, original } when tensors[i] is a copy
 *   const evidence = copyEvidence(mirrors)     // i → shared evidence ('copy', 'mirror-structure')
 *
 * How a tree is read from a name: the top-level prefix is the name up to its first `.` or `/`, the
 * relative name the rest (`target_params.3` → `target_params` + `3`). One pass over the tensors
 * keys each by its relative name; a tensor whose relative name was met in another tree, with the
 * same shape and dtype, counts a match for that pair of trees. Two trees mirror each other when the
 * smaller one is matched whole, and it has at least MIN_MIRRORED_TENSORS tensors and half the
 * larger's (an EMA of the parameters alone leaves the model's buffers unmatched). Cost: one map
 * entry per distinct relative name, a few integers per tensor; no sort.
 *
 * Which tree is the original: the one whose prefix names the trained model (`params`, `model`,
 * `state_dict`, `net`…: what frameworks call the trained tree — Flax `TrainState.params`,
 * `{'model': …, 'ema': …}` checkpoints); failing that, the first in file order, because training
 * code builds and saves the model before the copies it derives from it (`target = copy(params)`),
 * and dict-based writers keep that order. The others are copies of it.
 *
 * What is never called a copy, because the structure alone would mislead:
 * - trees whose prefixes differ only by a number (`q1`/`q2`, `critic_1`/`critic_2`, `h0`/`h1`):
 *   twin critics, ensembles and repeated blocks are trained together, not copied;
 * - trees named for optimizer state or gradients (`mu`, `nu`, `exp_avg`, `momentum`, `grads`…):
 *   Adam's moments have the parameters' shapes by construction; their names decide them;
 * - trees of fewer than MIN_MIRRORED_TENSORS tensors: two top-level layers of one shape
 *   (`norm_in.weight`/`norm_out.weight`) are a model's layers, not a model and its copy.
 * A copy nested one level deeper than its original (`ema.module.x` against `model.x`) is not
 * detected; the dict layout of the formats that write it (PyTorch) says what it is instead.
 */

/** What the detection needs of a tensor; TensorInfo has it. */
export interface MirrorCandidate {
  readonly name: string
  readonly shape: readonly number[]
  readonly dtype: string
}

/** A copy tree: its own prefix and the prefix of the tree it mirrors. */
export interface MirrorCopy {
  readonly prefix: string
  readonly original: string
}

export interface MirrorTrees {
  /** Each copy tree's prefix → the prefix of the tree it mirrors. Empty when nothing mirrors. */
  readonly copies: ReadonlyMap<string, string>
  /** The copy tree `tensors[index]` belongs to (one shared object per tree), else undefined. */
  copyOf(index: number): MirrorCopy | undefined
}

/** A tree this small is a layer, not a model (see the module comment). */
export const MIN_MIRRORED_TENSORS = 4

/**
 * Earlier tensors of one relative name a tensor is compared with. A model and its copies are a
 * handful of trees; without a bound, 10^5 top-level layers all named `…/weight` with different
 * shapes would compare every pair.
 */
const MAX_TREES_COMPARED = 8

/** Prefixes that name the trained model's own tree. */
const ORIGINAL_TREE = /^(params|parameters|model|models|model_state|model_state_dict|state_dict|module|net|network|weights|online|online_params)$/i

/** Prefixes of per-parameter optimizer state and gradients: shaped like the parameters, never copies. */
const SLOT_TREE =
  /^(opt_state|optimizer|optimizer_state|optim|mu|nu|m|v|exp_avg|exp_avg_sq|max_exp_avg_sq|momentum|momentum_buffer|velocity|accumulators?|adam_m|adam_v|slots?|grads?|gradients?)$/i

const NONE: MirrorTrees = { copies: new Map(), copyOf: () => undefined }

export function findMirrorTrees(tensors: readonly MirrorCandidate[]): MirrorTrees {
  const count = tensors.length
  /** Tree id of each tensor, -1 when its name has no top-level prefix. */
  const treeOf = new Int32Array(count).fill(-1)
  const treeNames: string[] = []
  const treeSizes: number[] = []
  const treeIds = new Map<string, number>()

  // Pass 1: each tensor's tree. Names come grouped by tree, so the last prefix usually answers
  // without a slice or a map lookup.
  let lastPrefix = ''
  let lastTree = -1
  for (let i = 0; i < count; i++) {
    const name = tensors[i].name
    if (lastTree >= 0 && name.length > lastPrefix.length + 1 && isSeparator(name.charCodeAt(lastPrefix.length)) && name.startsWith(lastPrefix)) {
      treeOf[i] = lastTree
      treeSizes[lastTree]++
      continue
    }
    const cut = firstSeparator(name)
    if (cut <= 0 || cut === name.length - 1) continue
    const prefix = name.slice(0, cut)
    let tree = treeIds.get(prefix)
    if (tree === undefined) {
      tree = treeNames.length
      treeIds.set(prefix, tree)
      treeNames.push(prefix)
      treeSizes.push(0)
    }
    treeOf[i] = tree
    treeSizes[tree]++
    lastPrefix = prefix
    lastTree = tree
  }
  // A tree can mirror only one of comparable size (the smaller at least half the larger): most
  // files have one tree or none such pair, and are done here.
  const comparable = comparableTrees(treeSizes)
  if (comparable === undefined) return NONE

  // Pass 2: the tensors of those trees, keyed by relative name.
  const partnerOf = new Int32Array(count).fill(-1)
  const byRelative = new Map<string, number | number[]>()
  const pairMatches = new Map<number, Map<number, number>>()
  for (let i = 0; i < count; i++) {
    const tree = treeOf[i]
    if (tree < 0 || !comparable[tree]) continue
    const relative = tensors[i].name.slice(treeNames[tree].length + 1)
    const earlier = byRelative.get(relative)
    if (earlier === undefined) {
      byRelative.set(relative, i)
      continue
    }
    const list = typeof earlier === 'number' ? [earlier] : earlier
    for (const j of list) {
      if (treeOf[j] === tree || !sameLayout(tensors[i], tensors[j])) continue
      partnerOf[i] = treeOf[j]
      if (partnerOf[j] < 0) partnerOf[j] = tree
      countPair(pairMatches, treeOf[j], tree)
      break
    }
    if (list.length < MAX_TREES_COMPARED) list.push(i)
    if (typeof earlier === 'number') byRelative.set(relative, list)
  }
  if (pairMatches.size === 0) return NONE

  // Trees that mirror each other, joined into groups (a model, its EMA and its target network).
  const groupOf = treeNames.map((_, tree) => tree)
  const root = (tree: number): number => (groupOf[tree] === tree ? tree : (groupOf[tree] = root(groupOf[tree])))
  const mirrored = new Uint8Array(treeNames.length)
  for (const [a, partners] of pairMatches) {
    for (const [b, matches] of partners) {
      if (!mirrors(treeNames[a], treeNames[b], treeSizes[a], treeSizes[b], matches)) continue
      groupOf[root(a)] = root(b)
      mirrored[a] = mirrored[b] = 1
    }
  }
  const originalOfGroup = new Map<number, number>()
  for (let tree = 0; tree < treeNames.length; tree++) {
    if (!mirrored[tree]) continue
    const group = root(tree)
    const chosen = originalOfGroup.get(group)
    // Trees are numbered in file order, so the first met is the first in the file.
    if (chosen === undefined || (!ORIGINAL_TREE.test(treeNames[chosen]) && ORIGINAL_TREE.test(treeNames[tree]))) originalOfGroup.set(group, tree)
  }
  const copyTrees = new Map<number, MirrorCopy>()
  const copies = new Map<string, string>()
  for (let tree = 0; tree < treeNames.length; tree++) {
    if (!mirrored[tree]) continue
    const original = originalOfGroup.get(root(tree))!
    if (original === tree || SLOT_TREE.test(treeNames[tree])) continue
    copyTrees.set(tree, { prefix: treeNames[tree], original: treeNames[original] })
    copies.set(treeNames[tree], treeNames[original])
  }
  if (copies.size === 0) return NONE
  return {
    copies,
    copyOf(index: number): MirrorCopy | undefined {
      const tree = treeOf[index]
      const partner = partnerOf[index]
      // Only the tensors that matched one in their group: a copy's extra tensors are not copies.
      if (tree < 0 || partner < 0 || root(partner) !== root(tree)) return undefined
      return copyTrees.get(tree)
    }
  }
}

/**
 * Evidence for the copies `findMirrorTrees` found: one shared array per copy tree, undefined for
 * every other tensor.
 */
export function copyEvidence(mirrors: MirrorTrees): (index: number) => readonly Evidence[] | undefined {
  if (mirrors.copies.size === 0) return () => undefined
  const byCopy = new Map<string, readonly Evidence[]>()
  for (const [copy, original] of mirrors.copies) {
    const detail = `'${copy}' mirrors the '${original}' tree (same names, shapes and dtypes): a copy such as an EMA or a target network`
    byCopy.set(copy, evidenceOf('copy', 'mirror-structure', detail))
  }
  return (index) => {
    const copy = mirrors.copyOf(index)
    return copy === undefined ? undefined : byCopy.get(copy.prefix)
  }
}

function firstSeparator(name: string): number {
  for (let i = 0; i < name.length; i++) if (isSeparator(name.charCodeAt(i))) return i
  return -1
}

function isSeparator(code: number): boolean {
  return code === 0x2e || code === 0x2f
}

/**
 * Per tree, whether another tree is of comparable size (both at least MIN_MIRRORED_TENSORS, the
 * smaller at least half the larger); undefined when no tree is. Sorting the sizes makes it one
 * pass: a tree's best partner is a neighbour in size order.
 */
function comparableTrees(sizes: readonly number[]): Uint8Array | undefined {
  const order = sizes.map((_, tree) => tree).filter((tree) => sizes[tree] >= MIN_MIRRORED_TENSORS)
  if (order.length < 2) return undefined
  order.sort((a, b) => sizes[a] - sizes[b])
  const comparable = new Uint8Array(sizes.length)
  let any = false
  for (let k = 1; k < order.length; k++) {
    if (sizes[order[k - 1]] * 2 >= sizes[order[k]]) {
      comparable[order[k - 1]] = comparable[order[k]] = 1
      any = true
    }
  }
  return any ? comparable : undefined
}

function sameLayout(a: MirrorCandidate, b: MirrorCandidate): boolean {
  if (a.dtype !== b.dtype || a.shape.length !== b.shape.length) return false
  for (let i = 0; i < a.shape.length; i++) if (a.shape[i] !== b.shape[i]) return false
  return true
}

function countPair(pairs: Map<number, Map<number, number>>, a: number, b: number): void {
  let partners = pairs.get(a)
  if (!partners) pairs.set(a, (partners = new Map()))
  partners.set(b, (partners.get(b) ?? 0) + 1)
}

function mirrors(a: string, b: string, sizeA: number, sizeB: number, matches: number): boolean {
  const smaller = Math.min(sizeA, sizeB)
  const larger = Math.max(sizeA, sizeB)
  if (matches < MIN_MIRRORED_TENSORS || matches < smaller || matches * 2 < larger) return false
  return a.replace(/\d+/g, '#') !== b.replace(/\d+/g, '#')
}
