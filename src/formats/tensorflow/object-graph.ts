/**
 * A TF2 checkpoint's TrackableObjectGraph (tensorflow/tensorflow:
 * tensorflow/core/protobuf/trackable_object_graph.proto) as classification reads it: per node,
 * its children, its serialized attributes and the slot variables it owns, in flat arrays.
 *
 * Why flat arrays: a model of 10^5 variables has ~1.3 * 10^5 nodes. Kept as objects (a node, an
 * array per repeated field, an object per child, attribute and slot, a string per checkpoint key)
 * the graph took ~47 MB of heap for 16 MB of protobuf, most of a TF2 read's peak memory. Here a
 * node is a few array positions, an attribute's checkpoint key is the position of the variable
 * it names (the key string is the tensor's name, already held once), and repeated names (`kernel`,
 * `VARIABLE_VALUE`, `m`) are one string each.
 *
 * The items of node `id` are the positions `start(id) <= i < end(id)` of the per-item arrays,
 * e.g. children `childId[i]` / `childName[i]` for `childStart(id) <= i < childEnd(id)`. An id
 * outside the graph (a hostile child reference) has no items.
 */
export class ObjectGraph {
  constructor(
    /** Number of nodes; node 0 is the root. */
    readonly nodeCount: number,
    private readonly childOffsets: Uint32Array,
    /** ObjectReference.node_id of each child reference. */
    readonly childId: Int32Array,
    /** ObjectReference.local_name of each child reference. */
    readonly childName: readonly string[],
    private readonly attributeOffsets: Uint32Array,
    /** SerializedTensor.name of each attribute (`VARIABLE_VALUE` for a variable's value). */
    readonly attributeName: readonly string[],
    /** The position, among the variables the graph was resolved against, of the tensor each attribute's checkpoint_key names; -1 if none. */
    readonly attributeVariable: Int32Array,
    /** The checkpoint_key of the attributes that name no variable (none in a consistent checkpoint). */
    readonly unresolvedKeys: ReadonlyMap<number, string>,
    /** SerializedTensor.full_name of each attribute ('' when absent, and for slots named before them: see ObjectGraphBuilder). */
    readonly attributeFullName: readonly string[],
    private readonly slotOffsets: Uint32Array,
    /** SlotVariableReference.original_variable_node_id of each slot. */
    readonly slotOriginal: Int32Array,
    /** SlotVariableReference.slot_name of each slot. */
    readonly slotName: readonly string[],
    /** SlotVariableReference.slot_variable_node_id of each slot. */
    readonly slotNode: Int32Array
  ) {}

  has(id: number): boolean {
    return id >= 0 && id < this.nodeCount
  }

  childStart(id: number): number {
    return this.has(id) ? this.childOffsets[id] : 0
  }

  childEnd(id: number): number {
    return this.has(id) ? this.childOffsets[id + 1] : 0
  }

  attributeStart(id: number): number {
    return this.has(id) ? this.attributeOffsets[id] : 0
  }

  attributeEnd(id: number): number {
    return this.has(id) ? this.attributeOffsets[id + 1] : 0
  }

  slotStart(id: number): number {
    return this.has(id) ? this.slotOffsets[id] : 0
  }

  slotEnd(id: number): number {
    return this.has(id) ? this.slotOffsets[id + 1] : 0
  }
}

/** How many nodes, and items of each kind, to make room for. */
export interface ObjectGraphCounts {
  nodes: number
  children: number
  attributes: number
  slots: number
}

/**
 * Builds an ObjectGraph from its nodes, given one at a time and item by item as they are decoded
 * (`startNode`, then its children, attributes and slot references in any order). Its arrays start
 * at the sizes expected (from the number of tensors: a node per object, an attribute per
 * variable, at most a slot per variable) and double when a graph has more: arrays grown by push
 * from empty left outgrown copies of tens of MB behind for 10^5 nodes.
 */
export class ObjectGraphBuilder {
  private nodes = 0
  private children = 0
  private attributes = 0
  private slots = 0
  private childOffsets: Uint32Array
  private childId: Int32Array
  private readonly childName: string[] = []
  private attributeOffsets: Uint32Array
  private readonly attributeName: string[] = []
  private attributeVariable: Int32Array
  private readonly unresolvedKeys = new Map<number, string>()
  private readonly attributeFullName: string[] = []
  private slotOffsets: Uint32Array
  private slotOriginal: Int32Array
  private readonly slotName: string[] = []
  private slotNode: Int32Array
  /**
   * Nodes named as slot variables by the nodes added so far (1 = a slot). A slot's attributes are
   * decided by its slot reference, so their full_name is never read: it is not kept for nodes
   * already known as slots when they are added (optimizers come before the variables in TF's
   * breadth-first numbering; that saves a string per slot, 2/3 of an Adam checkpoint's).
   */
  private slotNodeSeen: Uint8Array
  /** Whether the node being added is one of those. */
  private addingSlot = false

  constructor(
    expected: ObjectGraphCounts,
    private readonly maxItems: number,
    private readonly tooMany: (items: number) => Error
  ) {
    this.childOffsets = new Uint32Array(expected.nodes + 1)
    this.attributeOffsets = new Uint32Array(expected.nodes + 1)
    this.slotOffsets = new Uint32Array(expected.nodes + 1)
    this.childId = new Int32Array(expected.children)
    this.attributeVariable = new Int32Array(expected.attributes)
    this.slotOriginal = new Int32Array(expected.slots)
    this.slotNode = new Int32Array(expected.slots)
    this.slotNodeSeen = new Uint8Array(expected.nodes)
  }

  /** Starts the next node (ids are given in order, from 0); the items added next are its own. */
  startNode(): void {
    this.countItem()
    const n = this.nodes++
    if (n + 2 > this.childOffsets.length) {
      this.childOffsets = grown(this.childOffsets, n + 2)
      this.attributeOffsets = grown(this.attributeOffsets, n + 2)
      this.slotOffsets = grown(this.slotOffsets, n + 2)
    }
    this.childOffsets[n + 1] = this.children
    this.attributeOffsets[n + 1] = this.attributes
    this.slotOffsets[n + 1] = this.slots
    this.addingSlot = n < this.slotNodeSeen.length && this.slotNodeSeen[n] === 1
  }

  /** Whether the full_name of the current node's attributes is kept (see slotNodeSeen); when not, it need not be decoded. */
  get keepsFullName(): boolean {
    return !this.addingSlot
  }

  /** An ObjectReference of the current node. */
  addChild(nodeId: number, localName: string): void {
    this.countItem()
    if (this.children + 1 > this.childId.length) this.childId = grown(this.childId, this.children + 1)
    this.childId[this.children] = nodeId
    this.childName[this.children++] = localName
    this.childOffsets[this.nodes] = this.children
  }

  /**
   * A SerializedTensor of the current node: `variable` is the position of the variable its
   * checkpoint_key names, else -1 and `unresolvedKey` is that key. `fullName` is dropped unless
   * `keepsFullName`.
   */
  addAttribute(name: string, fullName: string, variable: number, unresolvedKey: string): void {
    this.countItem()
    if (this.attributes + 1 > this.attributeVariable.length) this.attributeVariable = grown(this.attributeVariable, this.attributes + 1)
    if (variable < 0) this.unresolvedKeys.set(this.attributes, unresolvedKey)
    this.attributeName[this.attributes] = name
    this.attributeVariable[this.attributes] = variable
    this.attributeFullName[this.attributes++] = this.addingSlot ? '' : fullName
    this.attributeOffsets[this.nodes] = this.attributes
  }

  /** A SlotVariableReference of the current node. */
  addSlot(originalVariableNodeId: number, slotName: string, slotVariableNodeId: number): void {
    this.countItem()
    if (this.slots + 1 > this.slotNode.length) {
      this.slotOriginal = grown(this.slotOriginal, this.slots + 1)
      this.slotNode = grown(this.slotNode, this.slots + 1)
    }
    this.markSlot(slotVariableNodeId)
    this.slotOriginal[this.slots] = originalVariableNodeId
    this.slotName[this.slots] = slotName
    this.slotNode[this.slots++] = slotVariableNodeId
    this.slotOffsets[this.nodes] = this.slots
  }

  build(): ObjectGraph {
    return new ObjectGraph(
      this.nodes,
      this.childOffsets,
      this.childId,
      this.childName,
      this.attributeOffsets,
      this.attributeName,
      this.attributeVariable,
      this.unresolvedKeys,
      this.attributeFullName,
      this.slotOffsets,
      this.slotOriginal,
      this.slotName,
      this.slotNode
    )
  }

  /** Nodes and their items count together against the limit, each before anything is stored for it. */
  private countItem(): void {
    const items = this.nodes + this.children + this.attributes + this.slots + 1
    if (items > this.maxItems) throw this.tooMany(items)
  }

  private markSlot(id: number): void {
    // Ids beyond what a graph within the item limit can hold are not marked (their names are kept).
    if (id < 0 || id >= this.maxItems) return
    if (id >= this.slotNodeSeen.length) {
      const grownSeen = new Uint8Array(Math.min(this.maxItems, Math.max(id + 1, this.slotNodeSeen.length * 2)))
      grownSeen.set(this.slotNodeSeen)
      this.slotNodeSeen = grownSeen
    }
    this.slotNodeSeen[id] = 1
  }
}

/** A copy of `array` with room for at least `needed` items (twice as many as it had). */
function grown<T extends Uint32Array | Int32Array>(array: T, needed: number): T {
  const copy = new (array.constructor as new (length: number) => T)(Math.max(needed, array.length * 2, 16))
  copy.set(array)
  return copy
}
