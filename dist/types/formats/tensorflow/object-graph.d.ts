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
export declare class ObjectGraph {
    /** Number of nodes; node 0 is the root. */
    readonly nodeCount: number;
    private readonly childOffsets;
    /** ObjectReference.node_id of each child reference. */
    readonly childId: Int32Array;
    /** ObjectReference.local_name of each child reference. */
    readonly childName: readonly string[];
    private readonly attributeOffsets;
    /** SerializedTensor.name of each attribute (`VARIABLE_VALUE` for a variable's value). */
    readonly attributeName: readonly string[];
    /** The position, among the variables the graph was resolved against, of the tensor each attribute's checkpoint_key names; -1 if none. */
    readonly attributeVariable: Int32Array;
    /** The checkpoint_key of the attributes that name no variable (none in a consistent checkpoint). */
    readonly unresolvedKeys: ReadonlyMap<number, string>;
    /** SerializedTensor.full_name of each attribute ('' when absent, and for slots named before them: see ObjectGraphBuilder). */
    readonly attributeFullName: readonly string[];
    private readonly slotOffsets;
    /** SlotVariableReference.original_variable_node_id of each slot. */
    readonly slotOriginal: Int32Array;
    /** SlotVariableReference.slot_name of each slot. */
    readonly slotName: readonly string[];
    /** SlotVariableReference.slot_variable_node_id of each slot. */
    readonly slotNode: Int32Array;
    constructor(
    /** Number of nodes; node 0 is the root. */
    nodeCount: number, childOffsets: Uint32Array, 
    /** ObjectReference.node_id of each child reference. */
    childId: Int32Array, 
    /** ObjectReference.local_name of each child reference. */
    childName: readonly string[], attributeOffsets: Uint32Array, 
    /** SerializedTensor.name of each attribute (`VARIABLE_VALUE` for a variable's value). */
    attributeName: readonly string[], 
    /** The position, among the variables the graph was resolved against, of the tensor each attribute's checkpoint_key names; -1 if none. */
    attributeVariable: Int32Array, 
    /** The checkpoint_key of the attributes that name no variable (none in a consistent checkpoint). */
    unresolvedKeys: ReadonlyMap<number, string>, 
    /** SerializedTensor.full_name of each attribute ('' when absent, and for slots named before them: see ObjectGraphBuilder). */
    attributeFullName: readonly string[], slotOffsets: Uint32Array, 
    /** SlotVariableReference.original_variable_node_id of each slot. */
    slotOriginal: Int32Array, 
    /** SlotVariableReference.slot_name of each slot. */
    slotName: readonly string[], 
    /** SlotVariableReference.slot_variable_node_id of each slot. */
    slotNode: Int32Array);
    has(id: number): boolean;
    childStart(id: number): number;
    childEnd(id: number): number;
    attributeStart(id: number): number;
    attributeEnd(id: number): number;
    slotStart(id: number): number;
    slotEnd(id: number): number;
}
/** How many nodes, and items of each kind, to make room for. */
export interface ObjectGraphCounts {
    nodes: number;
    children: number;
    attributes: number;
    slots: number;
}
/**
 * Builds an ObjectGraph from its nodes, given one at a time and item by item as they are decoded
 * (`startNode`, then its children, attributes and slot references in any order). Its arrays start
 * at the sizes expected (from the number of tensors: a node per object, an attribute per
 * variable, at most a slot per variable) and double when a graph has more: arrays grown by push
 * from empty left outgrown copies of tens of MB behind for 10^5 nodes.
 */
export declare class ObjectGraphBuilder {
    private readonly maxItems;
    private readonly tooMany;
    private nodes;
    private children;
    private attributes;
    private slots;
    private childOffsets;
    private childId;
    private readonly childName;
    private attributeOffsets;
    private readonly attributeName;
    private attributeVariable;
    private readonly unresolvedKeys;
    private readonly attributeFullName;
    private slotOffsets;
    private slotOriginal;
    private readonly slotName;
    private slotNode;
    /**
     * Nodes named as slot variables by the nodes added so far (1 = a slot). A slot's attributes are
     * decided by its slot reference, so their full_name is never read: it is not kept for nodes
     * already known as slots when they are added (optimizers come before the variables in TF's
     * breadth-first numbering; that saves a string per slot, 2/3 of an Adam checkpoint's).
     */
    private slotNodeSeen;
    /** Whether the node being added is one of those. */
    private addingSlot;
    constructor(expected: ObjectGraphCounts, maxItems: number, tooMany: (items: number) => Error);
    /** Starts the next node (ids are given in order, from 0); the items added next are its own. */
    startNode(): void;
    /** Whether the full_name of the current node's attributes is kept (see slotNodeSeen); when not, it need not be decoded. */
    get keepsFullName(): boolean;
    /** An ObjectReference of the current node. */
    addChild(nodeId: number, localName: string): void;
    /**
     * A SerializedTensor of the current node: `variable` is the position of the variable its
     * checkpoint_key names, else -1 and `unresolvedKey` is that key. `fullName` is dropped unless
     * `keepsFullName`.
     */
    addAttribute(name: string, fullName: string, variable: number, unresolvedKey: string): void;
    /** A SlotVariableReference of the current node. */
    addSlot(originalVariableNodeId: number, slotName: string, slotVariableNodeId: number): void;
    build(): ObjectGraph;
    /** Nodes and their items count together against the limit, each before anything is stored for it. */
    private countItem;
    private markSlot;
}
