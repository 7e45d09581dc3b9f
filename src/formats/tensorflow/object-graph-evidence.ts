import { evidenceFromRules, evidenceOf, type Evidence } from '../../core/classify.js'
import { NON_TRAINABLE_LISTS, OPTIMIZER_MARKERS, TENSORFLOW_MODEL_VARIABLE_RULES, TRAINABLE_LISTS } from '../../core/rules/tensorflow.js'
import type { ObjectGraph } from './object-graph.js'
import { displayKey, slotEvidence, type SlotTally } from './slots.js'

/**
 * What a TF2 object graph says of each variable: which tree its node hangs from, not the key it
 * was saved under. TensorFlow saves a variable once, under the first path its breadth-first walk
 * finds; Keras 3's optimizer tracks the variables it trains (`_trainable_variables`), so a
 * `tf.train.Checkpoint(model=..., optimizer=...)` saves every weight under an optimizer key while
 * the same node hangs from the model's layers. So, per variable node, the first of:
 *  1. a slot variable of an optimizer (its `slot_variables`): optimizer state, a slot of its variable;
 *  2. trained by an optimizer (the original of a slot, or in a Keras 3 optimizer's
 *     `_trainable_variables`): a parameter;
 *  3. listed by a model object as trainable or not (`trainable_variables`,
 *     `non_trainable_variables`: a SavedModel's root, a Keras model): a parameter, or model state;
 *  4. reachable from an optimizer only: the optimizer's own (a Keras 3 list holding one variable
 *     per trained variable, shaped like it, is a slot list; the rest are its iteration count,
 *     learning rate, loss scale);
 *  5. an integer scalar on the root object (save_counter, a step the training loop keeps): a counter;
 *  6. any other variable is the model's: of the kind its names in the graph say (its path or
 *     full_name: `batch_normalization/moving_mean` where the key says only `variables/84`), else
 *     a parameter.
 * Optimizers are the objects with `slot_variables` or an iteration counter of their own.
 */

const VARIABLE_VALUE = 'VARIABLE_VALUE'
const INTEGER = /^u?int(8|16|32|64)$/

/** The order of the statements above, per node; 0 = not said yet. */
const SLOT = 1
const TRAINED = 2
const LISTED_TRAINABLE = 3
const LISTED_NOT_TRAINABLE = 4
const OPTIMIZER_OWNED = 5

interface GraphVariable {
  readonly name: string
  readonly dtype: string
  readonly shape: readonly number[]
}

/**
 * Per variable (by position), the object graph's evidence (shared lists), or undefined where the
 * graph does not name it. `slotOf` receives, for each slot, the variable it is a slot of; `slots`
 * tallies the slots per optimizer for the category note.
 */
export function objectGraphEvidence(
  graph: ObjectGraph,
  variables: readonly GraphVariable[],
  slotOf: (string | undefined)[],
  slots: SlotTally
): (readonly Evidence[] | undefined)[] {
  const reading = new GraphReading(graph, variables, slotOf, slots)
  for (const optimizer of reading.optimizers) reading.readSlots(optimizer)
  reading.markModelTree()
  reading.readLists()
  for (const optimizer of reading.optimizers) {
    reading.markOwned(optimizer)
    reading.readSlotLists(optimizer)
  }
  return reading.evidenceOfValues()
}

/**
 * One reading of a graph: per node (flat arrays: 1.3 * 10^5 nodes for 10^5 variables), the
 * statement that applies to it (`said`, in the order of the module comment) and the object that
 * makes it (`saidBy`: its optimizer, or the object listing it), filled statement by statement.
 */
class GraphReading {
  readonly optimizers: number[] = []
  readonly evidence: (readonly Evidence[] | undefined)[]
  private readonly label: (id: number) => string
  private readonly said: Uint8Array
  private readonly saidBy: Int32Array
  private readonly isOptimizer: Uint8Array
  private readonly inModel: Uint8Array

  constructor(
    private readonly graph: ObjectGraph,
    private readonly variables: readonly GraphVariable[],
    private readonly slotOf: (string | undefined)[],
    private readonly slots: SlotTally
  ) {
    const count = graph.nodeCount
    this.evidence = new Array<readonly Evidence[] | undefined>(variables.length).fill(undefined)
    this.label = objectLabels(graph)
    this.said = new Uint8Array(count)
    this.saidBy = new Int32Array(count)
    this.isOptimizer = new Uint8Array(count)
    this.inModel = new Uint8Array(count)
    for (let id = 0; id < count; id++) {
      let optimizer = graph.slotEnd(id) > graph.slotStart(id)
      for (let c = graph.childStart(id); c < graph.childEnd(id) && !optimizer; c++) optimizer = OPTIMIZER_MARKERS.has(graph.childName[c])
      if (optimizer) {
        this.isOptimizer[id] = 1
        this.optimizers.push(id)
      }
    }
  }

  /** 1 and 2: an optimizer's slot variables, the variables they belong to, and (Keras 3) the list of the variables it trains. */
  readSlots(optimizer: number): void {
    const { graph, said } = this
    const optimizerLabel = this.label(optimizer)
    const bySlotName = new Map<string, readonly Evidence[]>()
    for (let s = graph.slotStart(optimizer); s < graph.slotEnd(optimizer); s++) {
      const original = graph.slotOriginal[s]
      const slotName = graph.slotName[s]
      const slotNode = graph.slotNode[s]
      if (graph.has(slotNode)) said[slotNode] = SLOT
      this.say(original, TRAINED, optimizer)
      const originalValue = this.valueOf(original)
      const primary =
        originalValue >= 0 ? this.variables[originalValue].name : (graph.unresolvedKeys.get(attributeOfValue(graph, original)) ?? this.label(original))
      this.slots.add(optimizerLabel, slotName, primary)
      let slot = bySlotName.get(slotName)
      if (!slot) {
        slot = slotEvidence(
          'object-graph',
          `${slotName} slot (${optimizerLabel})`,
          (variable) => `${slotName} slot of ${displayKey(variable)} (${optimizerLabel})`
        )
        bySlotName.set(slotName, slot)
      }
      this.giveSlot(this.valueOf(slotNode), slot, primary)
    }
    forEachItemOfList(graph, optimizer, TRAINABLE_LISTS, (item) => this.say(item, TRAINED, optimizer))
  }

  /** The model's tree: everything the root reaches without entering an optimizer or a slot. */
  markModelTree(): void {
    const { inModel, isOptimizer, said } = this
    walk(this.graph, 0, (id) => {
      if (inModel[id] || isOptimizer[id] || said[id] === SLOT) return false
      inModel[id] = 1
      return true
    })
  }

  /** 3: the lists an object of the model's tree keeps of its trainable and non-trainable variables. */
  readLists(): void {
    const { graph } = this
    for (let id = 0; id < graph.nodeCount; id++) {
      if (!this.inModel[id]) continue
      for (let c = graph.childStart(id); c < graph.childEnd(id); c++) {
        const name = graph.childName[c]
        const statement = NON_TRAINABLE_LISTS.has(name) ? LISTED_NOT_TRAINABLE : TRAINABLE_LISTS.has(name) ? LISTED_TRAINABLE : 0
        if (statement === 0) continue
        const list = graph.childId[c]
        for (let at = graph.childStart(list); at < graph.childEnd(list); at++) this.say(graph.childId[at], statement, id)
      }
    }
  }

  /** 4: what only `optimizer` reaches (a nested optimizer owns its own); each node is owned once, so all walks enter a node at most once. */
  markOwned(optimizer: number): void {
    const { isOptimizer, inModel, said } = this
    let started = false
    walk(this.graph, optimizer, (id) => {
      if (id === optimizer) return started ? false : (started = true)
      if (isOptimizer[id] || inModel[id] || said[id] !== 0) return false
      this.say(id, OPTIMIZER_OWNED, optimizer)
      return true
    })
  }

  /**
   * A Keras 3 optimizer's slot lists (`_momentums`, `_velocities`): lists of its own variables
   * with one variable per variable it trains, in the same order and of the same shape and dtype
   * (it builds them by `add_variable_from_reference` over its `_trainable_variables`). Its
   * `_variables` list, which starts with the iteration count, is not one.
   */
  readSlotLists(optimizer: number): void {
    const { graph, variables } = this
    const trainedNodes: number[] = []
    forEachItemOfList(graph, optimizer, TRAINABLE_LISTS, (item) => trainedNodes.push(item))
    const trained = trainedNodes.map((node) => this.valueOf(node))
    if (trained.length === 0 || trained.some((value) => value < 0)) return
    const optimizerLabel = this.label(optimizer)
    for (let c = graph.childStart(optimizer); c < graph.childEnd(optimizer); c++) {
      const list = graph.childId[c]
      const listName = graph.childName[c]
      if (TRAINABLE_LISTS.has(listName) || graph.childEnd(list) - graph.childStart(list) !== trained.length) continue
      const items: number[] = []
      for (let at = graph.childStart(list); at < graph.childEnd(list); at++) {
        const item = graph.childId[at]
        const value = this.valueOf(item)
        if (value < 0 || this.said[item] !== OPTIMIZER_OWNED || !alike(variables[value], variables[trained[items.length]])) break
        items.push(value)
      }
      if (items.length !== trained.length) continue
      const slotName = listName.replace(/^_+/, '')
      const slot = slotEvidence('object-graph', `${slotName} slot (${optimizerLabel})`, (variable) => `${slotName} slot of ${variable} (${optimizerLabel})`)
      items.forEach((value, j) => {
        const primary = this.nameOf(trainedNodes[j])
        this.slots.add(optimizerLabel, slotName, primary)
        this.giveSlot(value, slot, primary)
      })
    }
  }

  /** The evidence of every variable the graph names, from what was said of its node. */
  evidenceOfValues(): (readonly Evidence[] | undefined)[] {
    const { graph, evidence, said, saidBy } = this
    const onRoot = new Uint8Array(graph.nodeCount)
    for (let c = graph.childStart(0); c < graph.childEnd(0); c++) if (graph.has(graph.childId[c])) onRoot[graph.childId[c]] = 1
    // One list per statement and object that says it (an optimizer, an object listing variables).
    const shared = new Map<number, readonly Evidence[]>()
    const sharedFor = (statement: number, id: number, make: (object: string) => readonly Evidence[]): readonly Evidence[] => {
      const key = id * 8 + statement
      let found = shared.get(key)
      if (!found) shared.set(key, (found = make(id === 0 ? 'the root object' : this.label(id))))
      return found
    }
    const modelVariable = evidenceOf(
      'parameter',
      'object-graph',
      `model variable in the object graph${this.optimizers.length > 0 ? ' (no optimizer trains it: frozen or not trainable)' : ''}`
    )
    const kinds = new ModelVariableKinds(modelVariable)
    for (let id = 0; id < graph.nodeCount; id++) {
      for (let a = graph.attributeStart(id); a < graph.attributeEnd(id); a++) {
        const i = graph.attributeVariable[a]
        if (i < 0 || evidence[i] !== undefined) continue
        const name = graph.attributeName[a]
        if (name !== VARIABLE_VALUE) {
          evidence[i] = evidenceOf('config', 'object-graph', `${name} attribute of ${this.label(id)}`)
          continue
        }
        const by = saidBy[id] - 1
        switch (said[id]) {
          case TRAINED:
            evidence[i] = sharedFor(TRAINED, by, (optimizer) => evidenceOf('parameter', 'object-graph', `trained by ${optimizer}`))
            break
          case LISTED_TRAINABLE:
            evidence[i] = sharedFor(LISTED_TRAINABLE, by, (owner) => evidenceOf('parameter', 'object-graph', `among the trainable variables ${owner} lists`))
            break
          case LISTED_NOT_TRAINABLE:
            evidence[i] = sharedFor(LISTED_NOT_TRAINABLE, by, (owner) =>
              evidenceOf('model-state', 'object-graph', `among the non-trainable variables ${owner} lists`)
            )
            break
          case OPTIMIZER_OWNED:
            evidence[i] = sharedFor(OPTIMIZER_OWNED, by, (optimizer) =>
              evidenceOf('optimizer-state', 'object-graph', `variable of the optimizer ${optimizer} (iteration count, hyper-parameter or slot)`)
            )
            break
          default: {
            const variable = this.variables[i]
            const counter = onRoot[id] === 1 && INTEGER.test(variable.dtype) && variable.shape.length === 0
            evidence[i] = counter ? ROOT_COUNTER : kinds.of(variable.name, graph.attributeFullName[a])
          }
        }
      }
    }
    return evidence
  }

  /** Says `statement` of node `id`, made by `by`, unless something was said of it already. */
  private say(id: number, statement: number, by: number): void {
    if (!this.graph.has(id) || this.said[id] !== 0) return
    this.said[id] = statement
    this.saidBy[id] = by + 1
  }

  private giveSlot(value: number, slot: readonly Evidence[], primary: string): void {
    if (value < 0 || this.evidence[value] !== undefined) return
    this.evidence[value] = slot
    this.slotOf[value] = primary
  }

  /** The position of the variable node `id`'s value names, -1 if none. */
  private valueOf(id: number): number {
    const a = attributeOfValue(this.graph, id)
    return a < 0 ? -1 : this.graph.attributeVariable[a]
  }

  /** How variable node `id` is named in reasons: its full_name (`dense/kernel`), else its key. */
  private nameOf(id: number): string {
    const a = attributeOfValue(this.graph, id)
    return this.graph.attributeFullName[a] || displayKey(this.variables[this.graph.attributeVariable[a]].name)
  }
}

const ROOT_COUNTER = evidenceOf('loop-state', 'object-graph', "an integer scalar on the checkpoint's root object (a counter: save_counter, a step)")

/**
 * The kind of a model variable by the names the graph gives it (its key, then its full_name), with
 * the object graph's authority, before the bare statement that it is the model's. One list per
 * rule for keys; a list per variable only where its full_name alone says (it names the full name).
 */
class ModelVariableKinds {
  private readonly byRule = new Map<readonly Evidence[], readonly Evidence[]>()

  constructor(private readonly modelVariable: readonly Evidence[]) {}

  of(key: string, fullName: string): readonly Evidence[] {
    const byKey = evidenceFromRules(key, TENSORFLOW_MODEL_VARIABLE_RULES)
    if (byKey.length > 0) {
      let found = this.byRule.get(byKey)
      if (!found) this.byRule.set(byKey, (found = Object.freeze([{ ...byKey[0], source: 'object-graph' as const }, ...this.modelVariable])))
      return found
    }
    const byFullName = fullName ? evidenceFromRules(fullName, TENSORFLOW_MODEL_VARIABLE_RULES) : byKey
    if (byFullName.length === 0) return this.modelVariable
    const kind: Evidence = { role: byFullName[0].role, source: 'object-graph', detail: `${byFullName[0].detail} (full name ${fullName})` }
    return Object.freeze([kind, ...this.modelVariable])
  }
}

function attributeOfValue(graph: ObjectGraph, id: number): number {
  for (let a = graph.attributeStart(id); a < graph.attributeEnd(id); a++) if (graph.attributeName[a] === VARIABLE_VALUE) return a
  return -1
}

function alike(a: GraphVariable, b: GraphVariable): boolean {
  return a.dtype === b.dtype && a.shape.length === b.shape.length && a.shape.every((dim, i) => dim === b.shape[i])
}

/** Calls `visit` with each item of each child list of `id` named in `lists`. */
function forEachItemOfList(graph: ObjectGraph, id: number, lists: ReadonlySet<string>, visit: (item: number) => void): void {
  for (let c = graph.childStart(id); c < graph.childEnd(id); c++) {
    if (!lists.has(graph.childName[c])) continue
    const list = graph.childId[c]
    for (let at = graph.childStart(list); at < graph.childEnd(list); at++) if (graph.has(graph.childId[at])) visit(graph.childId[at])
  }
}

/**
 * Breadth-first from `start` (included) through the nodes `enter` takes: it marks a node and says
 * true, or false for a node already marked or not to be entered, so each node is entered once.
 */
function walk(graph: ObjectGraph, start: number, enter: (id: number) => boolean): void {
  if (!graph.has(start) || !enter(start)) return
  const queue = [start]
  // An index, not queue.shift(): shifting an array of 10^5 ids copies it each time.
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head]
    for (let c = graph.childStart(id); c < graph.childEnd(id); c++) {
      const child = graph.childId[c]
      if (graph.has(child) && enter(child)) queue.push(child)
    }
  }
}

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
  if (graph.nodeCount > 0) parent[0] = -1
  const queue = [0]
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head]
    for (let c = graph.childStart(id); c < graph.childEnd(id); c++) {
      const child = graph.childId[c]
      if (!graph.has(child) || parent[child] !== UNSEEN) continue
      parent[child] = id
      via[child] = c
      queue.push(child)
    }
  }
  const pathOf = (id: number): string | undefined => {
    // Iterative: a hostile graph can be a chain of 10^5 nodes.
    const names: string[] = []
    for (let at = id; at !== 0; at = parent[at]) {
      if (!graph.has(at) || parent[at] < 0) return undefined
      names.push(graph.childName[via[at]])
    }
    return names.reverse().join('/')
  }
  return (id) => pathOf(id) ?? `node ${id}`
}
