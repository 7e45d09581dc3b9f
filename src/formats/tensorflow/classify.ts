import { matchNameRule, type NameRule } from '../../core/categorize.js'
import { NOT_A_SLOT, TENSORFLOW_NAME_RULES, TF1_SLOT_NAMES } from '../../core/rules/tensorflow.js'
import type { Category, ClassifiedBy } from '../../core/types.js'
import type { ObjectGraph } from './object-graph.js'
import { VariableNames } from './variable-names.js'

/**
 * Decides the category of every variable of a TF checkpoint from the most authoritative source it
 * carries (DESIGN.md, "Byte accounting"):
 *  1. the TF2 object graph: `slot_variables` name every optimizer slot and the variable it belongs
 *     to; the optimizer's own variables (iteration count, hyper-parameters) are optimizer state;
 *  2. the TF1 meta graph's `trainable_variables` collection: exactly the weights;
 *  3. the slot structure: `X/<suffix>` with the shape and dtype of variable `X` is a slot of `X`;
 *  4. the name rules of src/core/rules/tensorflow.ts; what none of them matches is `unclassified`.
 */

export interface Variable {
  /** Checkpoint key (a partitioned variable's full name). */
  name: string
  dtype: string
  shape: number[]
}

export interface Decision {
  category: Category
  reason: string
  by: ClassifiedBy
  /**
   * For a decision the optimizer slots of many variables share: the reason of the slot of
   * `variable` ("m slot of model/dense/kernel (optimizer)"); `reason` is then the generic text.
   * Built only when a tensor's reason is read (BundleTensor.reason).
   */
  reasonOf?: (variable: string) => string
}

export interface Classification {
  /** The decision for each variable, in the order of the variables given. */
  decisions: Decision[]
  /**
   * For each optimizer slot, the variable it is a slot of (its checkpoint key or object path, a
   * string held anyway), for its decision's `reasonOf`. The slots of one optimizer share one
   * decision: a decision and a reason string per slot were 2 * 10^5 objects and strings
   * (~8 MB) for a model of 10^5 tensors trained with Adam.
   */
  slotOf: readonly (string | undefined)[]
  classifiedBy: ClassifiedBy
  categoryNotes: Partial<Record<Category, string>>
}

export interface Evidence {
  /** The TF2 object graph, its checkpoint keys resolved against the variables classified (VariableNames). */
  objectGraph?: ObjectGraph
  /** Checkpoint keys of the meta graph's trainable_variables. */
  trainable?: Set<string>
}

const AUTHORITY: ClassifiedBy[] = ['object-graph', 'meta-graph', 'slot-structure', 'name-rules']

/**
 * The slots found by either source, per optimizer: which slots, of how many variables. Counted
 * as they are found (in the order found), not kept one object per slot: 10^5 of them otherwise.
 */
class SlotTally {
  readonly byOptimizer = new Map<string, { slots: Set<string>; primaries: Set<string> }>()
  add(optimizer: string, slot: string, primary: string): void {
    let entry = this.byOptimizer.get(optimizer)
    if (!entry) this.byOptimizer.set(optimizer, (entry = { slots: new Set(), primaries: new Set() }))
    entry.slots.add(slot)
    entry.primaries.add(primary)
  }
}

/**
 * Decisions are kept in an array parallel to `variables` and names are looked up once, in one
 * table from name to position (`names`, shared with the object graph's decoder): with 10^5
 * variables, hash-map operations on names were most of the time of the classification (a name
 * map and a decision map, each probed several times per variable).
 */
export function classifyVariables(
  variables: readonly Variable[],
  evidence: Evidence,
  names: VariableNames = new VariableNames(variables)
): Classification {
  const decisions = new Array<Decision | undefined>(variables.length).fill(undefined)
  const slotOf = new Array<string | undefined>(variables.length).fill(undefined)
  const slots = new SlotTally()
  if (evidence.objectGraph) fromObjectGraph(evidence.objectGraph, variables, decisions, slotOf, slots)
  if (evidence.trainable) fromTrainableCollection(evidence.trainable, variables, decisions)
  fromSlotStructure(variables, names, decisions, slotOf, slots)
  const byRule = new Map<NameRule, Decision>()
  for (let i = 0; i < variables.length; i++) {
    if (decisions[i]) continue
    const rule = matchNameRule(variables[i].name, TENSORFLOW_NAME_RULES)
    if (rule) {
      // One shared decision per rule: decisions are read, never changed.
      let decision = byRule.get(rule)
      if (!decision) byRule.set(rule, (decision = { category: rule.category, reason: rule.reason, by: 'name-rules' }))
      decisions[i] = decision
    } else if (evidence.trainable) {
      decisions[i] = NOT_TRAINABLE
    } else {
      decisions[i] = NO_RULE
    }
  }
  const decided = decisions as Decision[]
  const used = new Set<ClassifiedBy>()
  for (const decision of decided) used.add(decision.by)
  // The framework's own metadata decided, even where it only confirmed there is nothing to classify.
  if (evidence.objectGraph) used.add('object-graph')
  if (evidence.trainable) used.add('meta-graph')
  const classifiedBy = AUTHORITY.find((source) => used.has(source)) ?? 'name-rules'
  const categoryNotes: Partial<Record<Category, string>> = {}
  const optimizerNote = describeSlots(slots) ?? describeOptimizerObjects(variables, decided)
  if (optimizerNote) categoryNotes.optimizer = optimizerNote
  return { decisions: decided, slotOf, classifiedBy, categoryNotes }
}


const NOT_TRAINABLE: Decision = { category: 'buffers', reason: 'a variable the meta graph does not list as trainable', by: 'meta-graph' }
const NO_RULE: Decision = { category: 'unclassified', reason: 'no rule matched this name', by: 'name-rules' }

// --- 1. The TF2 object graph -------------------------------------------------------------------

const VARIABLE_VALUE = 'VARIABLE_VALUE'
/** Children of an optimizer object that only optimizers have (optimizer_v2 `iter`, Keras 3 `_iterations`). */
const OPTIMIZER_MARKERS = new Set(['iter', '_iterations'])

function fromObjectGraph(
  graph: ObjectGraph,
  variables: readonly Variable[],
  decisions: (Decision | undefined)[],
  slotOf: (string | undefined)[],
  slots: SlotTally
): void {
  const label = objectLabels(graph)
  /** The checkpoint key of node `id`'s value (its VARIABLE_VALUE attribute), if it has one. */
  const valueKey = (id: number): string | undefined => {
    for (let a = graph.attributeStart(id); a < graph.attributeEnd(id); a++) {
      if (graph.attributeName[a] !== VARIABLE_VALUE) continue
      const variable = graph.attributeVariable[a]
      return variable >= 0 ? variables[variable].name : graph.unresolvedKeys.get(a)
    }
    return undefined
  }
  /** Calls `decide` with the position of each variable node `id`'s value names. */
  const forEachValue = (id: number, decide: (variable: number) => void): void => {
    for (let a = graph.attributeStart(id); a < graph.attributeEnd(id); a++) {
      if (graph.attributeName[a] === VARIABLE_VALUE && graph.attributeVariable[a] >= 0) decide(graph.attributeVariable[a])
    }
  }

  // Optimizers: nodes that own slot variables, or that have an iteration counter of their own.
  const optimizers: number[] = []
  for (let id = 0; id < graph.nodeCount; id++) {
    let isOptimizer = graph.slotEnd(id) > graph.slotStart(id)
    for (let c = graph.childStart(id); c < graph.childEnd(id) && !isOptimizer; c++) isOptimizer = OPTIMIZER_MARKERS.has(graph.childName[c])
    if (isOptimizer) optimizers.push(id)
  }
  // Per node (ids outside the graph have no attributes or children, so they are left out).
  const isSlot = new Uint8Array(graph.nodeCount)
  const trainedBy = new Array<string | undefined>(graph.nodeCount).fill(undefined)
  for (const optimizer of optimizers) {
    const optimizerLabel = label(optimizer)
    // One decision per slot name: its slots' reasons are "<slot> slot of <variable> (<optimizer>)".
    const byName = new Map<string, Decision>()
    const decisionFor = (slotName: string): Decision => {
      let decision = byName.get(slotName)
      if (!decision) {
        decision = {
          category: 'optimizer',
          reason: `${slotName} slot (${optimizerLabel})`,
          by: 'object-graph',
          reasonOf: (variable) => `${slotName} slot of ${displayKey(variable)} (${optimizerLabel})`
        }
        byName.set(slotName, decision)
      }
      return decision
    }
    for (let s = graph.slotStart(optimizer); s < graph.slotEnd(optimizer); s++) {
      const original = graph.slotOriginal[s]
      const slotName = graph.slotName[s]
      if (graph.has(graph.slotNode[s])) isSlot[graph.slotNode[s]] = 1
      if (graph.has(original)) trainedBy[original] = optimizerLabel
      const primary = valueKey(original) ?? label(original)
      slots.add(optimizerLabel, slotName, primary)
      const decision = decisionFor(slotName)
      forEachValue(graph.slotNode[s], (slot) => {
        decisions[slot] = decision
        slotOf[slot] = primary
      })
    }
  }
  // The optimizers' own variables: everything reachable from an optimizer that is not a slot or a
  // variable it trains (iteration count, learning rate, beta_1..., new Keras `_variables/N`).
  for (const optimizer of optimizers) {
    const seen = new Uint8Array(graph.nodeCount)
    seen[optimizer] = 1
    const queue = [optimizer]
    // An index, not queue.shift(): shifting an array of 10^5 ids copies it each time.
    for (let head = 0; head < queue.length; head++) {
      const id = queue[head]
      if (trainedBy[id] === undefined) {
        forEachValue(id, (variable) => {
          decisions[variable] ??= {
            category: 'optimizer',
            reason: `variable of the optimizer ${label(optimizer)} (iteration count, hyper-parameter or slot)`,
            by: 'object-graph'
          }
        })
      }
      for (let c = graph.childStart(id); c < graph.childEnd(id); c++) {
        const child = graph.childId[c]
        if (!graph.has(child) || seen[child] || trainedBy[child] !== undefined || isSlot[child]) continue
        seen[child] = 1
        queue.push(child)
      }
    }
  }
  // Shared decisions (per optimizer, and for model variables): decisions are read, never changed.
  const byOptimizer = new Map<string, Decision>()
  const modelVariable: Decision = {
    category: 'weights',
    reason: `model variable in the object graph${optimizers.length > 0 ? ' (no optimizer slot: frozen or not trainable)' : ''}`,
    by: 'object-graph'
  }
  for (let id = 0; id < graph.nodeCount; id++) {
    for (let a = graph.attributeStart(id); a < graph.attributeEnd(id); a++) {
      const i = graph.attributeVariable[a]
      if (i < 0 || decisions[i]) continue
      const name = graph.attributeName[a]
      if (name !== VARIABLE_VALUE) {
        decisions[i] = { category: 'metadata', reason: `${name} attribute of ${label(id)}`, by: 'object-graph' }
        continue
      }
      const optimizer = trainedBy[id]
      if (optimizer) {
        let decision = byOptimizer.get(optimizer)
        if (!decision) byOptimizer.set(optimizer, (decision = { category: 'weights', reason: `trained by ${optimizer}`, by: 'object-graph' }))
        decisions[i] = decision
        continue
      }
      // Not optimized in this checkpoint: counters and statistics by name (the key, or the
      // variable's TF1-style full_name, which keeps `BatchNorm/moving_mean` where the key only
      // says `variables/84`), else a model variable.
      const variable = variables[i]
      const key = variable.name
      const fullName = graph.attributeFullName[a]
      const rule = [key, fullName]
        .map((candidate) => (candidate ? matchNameRule(candidate, TENSORFLOW_NAME_RULES) : undefined))
        .find((match) => match !== undefined && match.category !== 'weights')
      if (rule) {
        const via = fullName && !rule.pattern.test(key) ? ` (full name ${fullName})` : ''
        decisions[i] = { category: rule.category, reason: `${rule.reason}${via}`, by: 'object-graph' }
      } else if (/^u?int(8|16|32|64)$/.test(variable.dtype) && variable.shape.length === 0) {
        decisions[i] = COUNTER
      } else {
        decisions[i] = modelVariable
      }
    }
  }
}

const COUNTER: Decision = { category: 'bookkeeping', reason: 'an integer scalar (a counter) of the object graph', by: 'object-graph' }

/**
 * Each node's label: its path from the root as the checkpoint keys spell it (`model/dense/kernel`),
 * else `node N`. Paths are built on demand from the breadth-first parent of each node: only a few
 * nodes (optimizers, non-value attributes) need one, and a string per node of a model of 10^5
 * variables cost more than the rest of the classification.
 */
function objectLabels(graph: ObjectGraph): (id: number) => string {
  const UNSEEN = -2
  const parent = new Int32Array(graph.nodeCount).fill(UNSEEN)
  /** The child reference (position in childId/childName) each node was reached by. */
  const via = new Int32Array(graph.nodeCount)
  const outside = new Map<number, { parent: number; name: string }>() // child ids past the last node
  const seen = (id: number): boolean => (graph.has(id) ? parent[id] !== UNSEEN : id === 0 || outside.has(id))
  if (graph.nodeCount > 0) parent[0] = -1
  const queue = [0]
  // Breadth-first with a moving head: queue.shift() on a large array (a model of 10^5
  // variables) copies the array each time, which made this quadratic.
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head]
    for (let c = graph.childStart(id); c < graph.childEnd(id); c++) {
      const childId = graph.childId[c]
      if (seen(childId)) continue
      if (graph.has(childId)) {
        parent[childId] = id
        via[childId] = c
      } else {
        outside.set(childId, { parent: id, name: graph.childName[c] })
      }
      queue.push(childId)
    }
  }
  const pathOf = (id: number): string | undefined => {
    // Iterative: a hostile graph can be a chain of 10^5 nodes.
    const names: string[] = []
    for (let at = id; at !== 0; ) {
      const inside = graph.has(at)
      const up = inside ? parent[at] : outside.get(at)?.parent
      if (up === undefined || up === UNSEEN || up === -1) return undefined
      names.push(inside ? graph.childName[via[at]] : (outside.get(at) as { name: string }).name)
      at = up
    }
    let path = ''
    for (let i = names.length - 1; i >= 0; i--) path = path === '' ? names[i] : `${path}/${names[i]}`
    return path
  }
  return (id) => pathOf(id) ?? `node ${id}`
}

/** `model/dense/kernel/.ATTRIBUTES/VARIABLE_VALUE` -> `model/dense/kernel`. */
function displayKey(key: string): string {
  return key.replace(/\/\.ATTRIBUTES\/VARIABLE_VALUE$/, '')
}

// --- 2. The TF1 meta graph -------------------------------------------------------------------------

const TRAINABLE: Decision = { category: 'weights', reason: 'listed in the meta graph\'s trainable_variables', by: 'meta-graph' }

function fromTrainableCollection(trainable: Set<string>, variables: readonly Variable[], decisions: (Decision | undefined)[]): void {
  variables.forEach((variable, i) => {
    if (!decisions[i] && trainable.has(variable.name)) decisions[i] = TRAINABLE
  })
}

// --- 3. The slot structure ---------------------------------------------------------------------------

const SLOT_SUFFIX = /^[A-Za-z][A-Za-z0-9_]*$/
const ATTRIBUTES = '/.ATTRIBUTES'

function fromSlotStructure(
  variables: readonly Variable[],
  names: VariableNames,
  decisions: (Decision | undefined)[],
  slotOf: (string | undefined)[],
  slots: SlotTally
): void {
  const withSlots = new Map<string, Decision>()
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
    const primaryIndex = names.position(variable.name.slice(0, slash))
    if (primaryIndex < 0) continue
    const primary = variables[primaryIndex]
    if (primary.dtype !== variable.dtype || !sameShape(primary.shape, variable.shape)) continue
    const { optimizer, slot, decision: slotDecision } = slotSuffix(suffix)
    slots.add(optimizer, slot, primary.name)
    if (!decisions[i]) {
      decisions[i] = slotDecision
      slotOf[i] = primary.name
    }
    if (!decisions[primaryIndex]) {
      // One shared decision per suffix: decisions are read, never changed.
      let decision = withSlots.get(suffix)
      if (!decision) withSlots.set(suffix, (decision = { category: 'weights', reason: `has optimizer slots (${suffix})`, by: 'slot-structure' }))
      decisions[primaryIndex] = decision
    }
  }
}

/** `Adam_1` -> optimizer Adam, slot v (TF1 names slots by optimizer, then `_1`, `_2` in creation order). */
function slotSuffix(suffix: string): SlotSuffix {
  // Every variable has the same few suffixes (Adam, Adam_1): decided once each.
  let known = SLOT_OF.get(suffix)
  if (!known) {
    known = parseSlotSuffix(suffix)
    if (SLOT_OF.size < MAX_CACHED_SUFFIXES) SLOT_OF.set(suffix, known)
  }
  return known
}

interface SlotSuffix {
  optimizer: string
  slot: string
  /** The decision its slots share; a slot's reason is "Adam slot (m) of <variable>: same shape and dtype". */
  decision: Decision
}

const SAME_SHAPE = ': same shape and dtype'
const SLOT_OF = new Map<string, SlotSuffix>()
const MAX_CACHED_SUFFIXES = 1_000

function parseSlotSuffix(suffix: string): SlotSuffix {
  const match = /^(.*?)(?:_(\d+))?$/.exec(suffix) as RegExpExecArray
  const known = TF1_SLOT_NAMES[match[1]]
  const index = match[2] === undefined ? 0 : Number(match[2])
  const [optimizer, slot] = known && index < known.length ? [match[1], known[index]] : [suffix, suffix]
  const slotText = `${optimizer} slot${slot === suffix ? '' : ` (${slot})`}`
  const decision: Decision = {
    category: 'optimizer',
    reason: `${slotText} of a variable${SAME_SHAPE}`,
    by: 'slot-structure',
    reasonOf: (variable) => `${slotText} of ${variable}${SAME_SHAPE}`
  }
  return { optimizer, slot, decision }
}

function sameShape(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((dim, i) => dim === b[i])
}

/** "Adam slots (m, v) for 8 variables", one clause per optimizer. */
function describeSlots(slots: SlotTally): string | undefined {
  const { byOptimizer } = slots
  if (byOptimizer.size === 0) return undefined
  return [...byOptimizer.entries()]
    .map(([optimizer, entry]) => {
      const count = entry.primaries.size
      return `${optimizer} slots (${[...entry.slots].join(', ')}) for ${count} variable${count === 1 ? '' : 's'}`
    })
    .join('; ')
}

/**
 * Without slot references (new Keras optimizers keep m and v as `_variables/N` of the optimizer
 * object, and the object graph may be absent): "generator_optimizer (19 variables), ...".
 */
function describeOptimizerObjects(variables: readonly Variable[], decisions: readonly Decision[]): string | undefined {
  const counts = new Map<string, number>()
  for (let i = 0; i < variables.length; i++) {
    if (decisions[i].category !== 'optimizer') continue
    const owner = /^((?:[^/]*_)?optimizer)\//i.exec(variables[i].name)
    if (owner) counts.set(owner[1], (counts.get(owner[1]) ?? 0) + 1)
  }
  if (counts.size === 0) return undefined
  return [...counts].map(([owner, count]) => `${owner} (${count} variable${count === 1 ? '' : 's'})`).join(', ')
}
