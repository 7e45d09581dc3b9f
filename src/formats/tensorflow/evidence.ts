import { evidenceFromRules, evidenceOf, type Evidence } from '../../core/classify.js'
import { NOT_A_SLOT, TENSORFLOW_NAME_RULES, TF1_NON_SLOT_VARIABLES, TF1_SLOT_NAMES } from '../../core/rules/tensorflow.js'
import type { Category, ClassifiedBy } from '../../core/types.js'
import type { MetaGraphCollections } from './meta-graph.js'
import type { ObjectGraph } from './object-graph.js'
import { objectGraphEvidence } from './object-graph-evidence.js'
import { slotEvidence, SlotTally } from './slots.js'
import { NameIndex } from '../../io/bytes/index.js'

/**
 * Everything a TF checkpoint says about each of its variables, as evidence for core/classify.ts
 * (which decides; nothing here does):
 *  - the TF2 object graph: which tree a variable's node hangs from (object-graph-evidence.ts);
 *  - the TF1 meta graph: listed in `trainable_variables` (a parameter) or not (not trained), in
 *    the `global_step` collection (the training loop's step);
 *  - the slot structure: `X/<suffix>` or `X/part_N/<suffix>` with the shape and dtype of `X` (of
 *    its part N) is a slot of `X`; `X` has slots, so it is trained; an optimizer whose slots are
 *    here has its non-slot variables here too (Adam's `beta1_power`);
 *  - where none of these speaks, the name rules of src/core/rules/tensorflow.ts (they rank below
 *    every source above, so they could not change a decision those make).
 * Evidence lists are shared: one per kind of statement, and one per combination of statements a
 * variable gets, never one per variable (10^5 variables).
 */

export interface Variable {
  /** Checkpoint key (a partitioned variable's full name). */
  name: string
  dtype: string
  shape: number[]
  /** A partitioned variable's parts' shapes, in partition order (`X/part_0`, `X/part_1`...). */
  parts?: number[][]
}

export interface EvidenceSources {
  /** The TF2 object graph, its checkpoint keys resolved against the variables (NameIndex). */
  objectGraph?: ObjectGraph
  /** What the TF1 meta graph's collections say. */
  metaGraph?: MetaGraphCollections
}

export interface VariableEvidence {
  /** Per variable, in the order given: everything the file says of it. */
  evidence: (readonly Evidence[])[]
  /** Per variable: the variable an optimizer slot belongs to, for its reason (SlotEvidence). */
  slotOf: readonly (string | undefined)[]
  /** The most authoritative source read, for a checkpoint whose tensors decide nothing. */
  classifiedBy: ClassifiedBy
  categoryNotes: Partial<Record<Category, string>>
}

/**
 * Each variable's position by its name, for the two name lookups of a TF read: the object graph's
 * checkpoint keys, straight from their UTF-8 bytes (10^5 at 10^5 variables), and the slot
 * structure's prefixes (`X` of `X/Adam`), as strings. A NameIndex: do not replace with a Map of
 * decoded keys (bench/README.md, "Name index").
 */
export function variableIndex(variables: readonly { readonly name: string }[]): NameIndex {
  return new NameIndex(variables.length, (i) => variables[i].name)
}

/** `OBJECT_GRAPH_PROTO_KEY` (tensorflow/tensorflow:tensorflow/python/trackable/constants.py). */
export const OBJECT_GRAPH_KEY = '_CHECKPOINTABLE_OBJECT_GRAPH'

export function variableEvidence(variables: readonly Variable[], sources: EvidenceSources, names = variableIndex(variables)): VariableEvidence {
  const slotOf = new Array<string | undefined>(variables.length).fill(undefined)
  const slots = new SlotTally()
  const graph = sources.objectGraph ? objectGraphEvidence(sources.objectGraph, variables, slotOf, slots) : undefined
  const structure = slotStructure(variables, names, slotOf, slots)
  const { metaGraph } = sources
  const joined = new JoinedLists()
  const evidence = new Array<readonly Evidence[]>(variables.length)
  for (let i = 0; i < variables.length; i++) {
    const { name } = variables[i]
    let found = joined.join(graph?.[i], structure[i])
    if (metaGraph) found = joined.join(found, metaGraphEvidence(metaGraph, name))
    if (sources.objectGraph && name === OBJECT_GRAPH_KEY) found = joined.join(found, THE_OBJECT_GRAPH)
    evidence[i] = found.length > 0 ? found : evidenceFromRules(name, TENSORFLOW_NAME_RULES)
  }
  const categoryNotes: Partial<Record<Category, string>> = {}
  const optimizerNote = slots.describe() ?? describeOptimizerObjects(variables, evidence)
  if (optimizerNote) categoryNotes.optimizer = optimizerNote
  const classifiedBy: ClassifiedBy = sources.objectGraph ? 'object-graph' : metaGraph?.trainable || metaGraph?.globalStep ? 'meta-graph' : 'name-rules'
  return { evidence, slotOf, classifiedBy, categoryNotes }
}

const THE_OBJECT_GRAPH = evidenceOf('config', 'object-graph', 'the TF2 object graph, stored as a string tensor')

// --- The TF1 meta graph ---------------------------------------------------------------------------

const TRAINABLE = evidenceOf('parameter', 'meta-graph', "listed in the meta graph's trainable_variables")
const NOT_TRAINABLE = evidenceOf('not-trained', 'meta-graph', 'a variable the meta graph does not list as trainable')
const GLOBAL_STEP = evidenceOf('loop-state', 'meta-graph', "the meta graph's global_step (training-loop counter)")

function metaGraphEvidence(metaGraph: MetaGraphCollections, name: string): readonly Evidence[] | undefined {
  if (metaGraph.globalStep?.has(name)) return GLOBAL_STEP
  if (!metaGraph.trainable) return undefined
  return metaGraph.trainable.has(name) ? TRAINABLE : NOT_TRAINABLE
}

const NO_EVIDENCE: readonly Evidence[] = Object.freeze([])

/**
 * Concatenations of shared evidence lists, each made once: the parts are shared (one per kind of
 * statement), so there are few combinations however many variables share them.
 */
class JoinedLists {
  private readonly byFirst = new Map<readonly Evidence[], Map<readonly Evidence[], readonly Evidence[]>>()

  join(first: readonly Evidence[] | undefined, second: readonly Evidence[] | undefined): readonly Evidence[] {
    if (!first || first.length === 0) return second ?? NO_EVIDENCE
    if (!second || second.length === 0) return first
    let bySecond = this.byFirst.get(first)
    if (!bySecond) this.byFirst.set(first, (bySecond = new Map()))
    let both = bySecond.get(second)
    if (!both) bySecond.set(second, (both = Object.freeze([...first, ...second])))
    return both
  }
}

// --- The slot structure ------------------------------------------------------------------------------

const SLOT_SUFFIX = /^[A-Za-z][A-Za-z0-9_]*$/
const PART = /\/part_(\d+)$/
const ATTRIBUTES = '/.ATTRIBUTES'

/**
 * Per variable, what the slot structure says (shared lists), or undefined. Names are looked up in
 * `names` (one table from name to position, shared with the object graph's decoder): with 10^5
 * variables, hash-map operations on names were most of the time of this pass.
 */
function slotStructure(
  variables: readonly Variable[],
  names: NameIndex,
  slotOf: (string | undefined)[],
  slots: SlotTally
): (readonly Evidence[] | undefined)[] {
  const found = new Array<readonly Evidence[] | undefined>(variables.length).fill(undefined)
  const optimizers = new Set<string>()
  // Every TF2 key ends in `/.ATTRIBUTES/<attribute>`, whose prefix is a variable only if some key
  // ends in `/.ATTRIBUTES`: without one, those prefixes are not looked up (10^5 lookups of names
  // that cannot be there, a tenth of a TF2 read).
  const attributesCanBePrimary = variables.some((variable) => variable.name.endsWith(ATTRIBUTES))
  for (let i = 0; i < variables.length; i++) {
    const variable = variables[i]
    const slash = variable.name.lastIndexOf('/')
    if (slash <= 0) continue
    if (!attributesCanBePrimary && slash >= ATTRIBUTES.length && variable.name.startsWith(ATTRIBUTES, slash - ATTRIBUTES.length)) continue
    // The suffix first: it rules most names out without hashing their prefix.
    const suffix = variable.name.slice(slash + 1)
    if (!SLOT_SUFFIX.test(suffix) || NOT_A_SLOT.test(suffix)) continue
    const primaryIndex = primaryOf(variables, names, variable, variable.name.slice(0, slash))
    if (primaryIndex < 0) continue
    const primary = variables[primaryIndex]
    const known = slotSuffix(suffix)
    slots.add(known.optimizer, known.slot, primary.name)
    optimizers.add(known.optimizer)
    // The first statement of each kind stands (a name can look like a slot of two variables).
    if (found[i] === undefined) {
      found[i] = known.evidence
      slotOf[i] ??= primary.name
    }
    found[primaryIndex] ??= known.primaryEvidence
  }
  for (const optimizer of optimizers) nonSlotVariables(variables, optimizer, found)
  return found
}

/** The position of the variable `prefix` names (or, for `X/part_N`, of `X`) when `slot` is shaped like it (its part N), else -1. */
function primaryOf(variables: readonly Variable[], names: NameIndex, slot: Variable, prefix: string): number {
  const exact = names.position(prefix)
  if (exact >= 0) return alike(variables[exact], slot, variables[exact].shape) ? exact : -1
  // A partitioned variable's slots (TF1 Estimator's Ftrl, Adagrad): `X/part_N/<slot>`, shaped like part N of X.
  const part = PART.exec(prefix)
  if (!part) return -1
  const whole = names.position(prefix.slice(0, part.index))
  if (whole < 0) return -1
  const primary = variables[whole]
  const partShape = primary.parts?.[Number(part[1])] ?? primary.shape
  return alike(primary, slot, partShape) ? whole : -1
}

function alike(primary: Variable, slot: Variable, shape: readonly number[]): boolean {
  return primary.dtype === slot.dtype && shape.length === slot.shape.length && shape.every((dim, i) => dim === slot.shape[i])
}

/** An optimizer's non-slot scalars (TF1_NON_SLOT_VARIABLES), once its slots are found. */
function nonSlotVariables(variables: readonly Variable[], optimizer: string, found: (readonly Evidence[] | undefined)[]): void {
  const pattern = TF1_NON_SLOT_VARIABLES[optimizer]
  if (!pattern) return
  const evidence = evidenceOf('optimizer-state', 'slot-structure', `non-slot variable of the ${optimizer} optimizer whose slots this checkpoint holds`)
  for (let i = 0; i < variables.length; i++) {
    const { name, shape } = variables[i]
    if (shape.length === 0 && found[i] === undefined && pattern.test(name.slice(name.lastIndexOf('/') + 1))) found[i] = evidence
  }
}

interface SlotSuffix {
  optimizer: string
  slot: string
  /** The evidence its slots share: "Adam slot (m) of <variable>: same shape and dtype". */
  evidence: readonly Evidence[]
  /** The evidence the variables it is a slot of share: they have optimizer slots, so they are trained. */
  primaryEvidence: readonly Evidence[]
}

const SAME_SHAPE = ': same shape and dtype'
const SLOT_OF = new Map<string, SlotSuffix>()
const MAX_CACHED_SUFFIXES = 1_000

/** `Adam_1` -> optimizer Adam, slot v (TF1 names slots by optimizer, then `_1`, `_2` in creation order). */
function slotSuffix(suffix: string): SlotSuffix {
  // Every variable has the same few suffixes (Adam, Adam_1): made once each.
  let known = SLOT_OF.get(suffix)
  if (!known) {
    known = parseSlotSuffix(suffix)
    if (SLOT_OF.size < MAX_CACHED_SUFFIXES) SLOT_OF.set(suffix, known)
  }
  return known
}

function parseSlotSuffix(suffix: string): SlotSuffix {
  const match = /^(.*?)(?:_(\d+))?$/.exec(suffix) as RegExpExecArray
  const known = TF1_SLOT_NAMES[match[1]]
  const index = match[2] === undefined ? 0 : Number(match[2])
  const [optimizer, slot] = known && index < known.length ? [match[1], known[index]] : [suffix, suffix]
  const slotText = `${optimizer} slot${slot === suffix ? '' : ` (${slot})`}`
  return {
    optimizer,
    slot,
    evidence: slotEvidence('slot-structure', `${slotText} of a variable${SAME_SHAPE}`, (variable) => `${slotText} of ${variable}${SAME_SHAPE}`),
    primaryEvidence: evidenceOf('parameter', 'slot-structure', `has optimizer slots (${suffix})`)
  }
}

/**
 * Without slot references (new Keras optimizers keep m and v as `_variables/N` of the optimizer
 * object, and the object graph may be absent): "generator_optimizer (19 variables), ...", counting
 * the variables something says are the optimizer's and nothing says are the model's.
 */
function describeOptimizerObjects(variables: readonly Variable[], evidence: readonly (readonly Evidence[])[]): string | undefined {
  const counts = new Map<string, number>()
  for (let i = 0; i < variables.length; i++) {
    let optimizer = false
    let model = false
    for (const { role } of evidence[i]) {
      optimizer ||= role === 'optimizer-slot' || role === 'optimizer-state'
      model ||= role === 'parameter'
    }
    if (!optimizer || model) continue
    const owner = /^((?:[^/]*_)?optimizer)\//i.exec(variables[i].name)
    if (owner) counts.set(owner[1], (counts.get(owner[1]) ?? 0) + 1)
  }
  if (counts.size === 0) return undefined
  return [...counts].map(([owner, count]) => `${owner} (${count} variable${count === 1 ? '' : 's'})`).join(', ')
}
