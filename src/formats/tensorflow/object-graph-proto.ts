import { FormatError, LimitExceededError } from '../../core/errors.js'
import { MAX_NAME_BYTES, MAX_TF_OBJECT_GRAPH_ITEMS } from '../../core/limits.js'
import type { ByteSource } from '../../io/byte-source.js'
import { hashUtf8, isAscii, ProtoReader, strictUtf8, Window, WireType, type NameIndex, type ProtoField } from '../../io/bytes/index.js'
import { ObjectGraphBuilder, type ObjectGraph } from './object-graph.js'

/** Bytes of the graph read at a time. */
export const GRAPH_WINDOW_BYTES = 256 * 1024

/** The window an object graph is read through: one buffer of GRAPH_WINDOW_BYTES, refilled. */
export function graphWindow(source: ByteSource): Window {
  return new Window(source, { kind: 'reuse', readBytes: GRAPH_WINDOW_BYTES })
}

/**
 * The TrackableObjectGraph in `graph` from byte `start` to its end (the serialized proto, in
 * memory or through a graphWindow), with its checkpoint keys resolved against `variables` (see ObjectGraph); `tensors` (the
 * bundle's tensor count) sizes its arrays. The graph is read through one reused window of 256 KiB
 * (bench/README.md, "Windows": a new buffer per window left up to the whole graph, 16 MB at 10^5
 * variables, of dead windows in the peak RSS); each node is loaded whole and decoded into the
 * graph at once (readTrackableObject). Reuse is safe because nothing keeps a view into the window
 * past its node: names and keys are decoded into strings, ids and counts are numbers.
 */
export async function decodeTrackableObjectGraph(
  graph: Uint8Array | Window,
  file: string,
  variables: Pick<NameIndex, 'positionOfUtf8'>,
  tensors = 0,
  start = 0
): Promise<ObjectGraph> {
  const window = graph instanceof Uint8Array ? Window.of(graph, file, 0, 'object graph') : graph
  const expected = { nodes: 2 * tensors + 16, children: 2 * tensors + 16, attributes: tensors + 16, slots: tensors }
  const tooMany = (items: number): Error => new LimitExceededError(file, 'the nodes and items of the object graph', items, MAX_TF_OBJECT_GRAPH_ITEMS)
  const builder = new ObjectGraphBuilder(expected, MAX_TF_OBJECT_GRAPH_ITEMS, tooMany)
  const names = new SharedNames(window)
  const what = 'the _CHECKPOINTABLE_OBJECT_GRAPH tensor'
  const reader = new ProtoReader(window, start, window.size, what)
  // One reader and one field per nesting level, reused for every node and item (nothing is allocated per field).
  const walk: Walk = {
    node: new ProtoReader(window, start, start, what),
    item: new ProtoReader(window, start, start, what),
    field: ProtoReader.field(),
    inner: ProtoReader.field()
  }
  const field = ProtoReader.field()
  // TrackableObjectGraph: 1 nodes (repeated TrackableObject), its only field.
  for (;;) {
    if (!reader.nextInWindowInto(field)) {
      if (reader.done) break
      Object.assign(field, await reader.next())
    }
    if (field.field !== 1 || field.wireType !== WireType.LEN) continue
    walk.node.enter(reader, field, what)
    // An await only when the window must be refilled: one per node was most of the walk's time.
    if (!window.has(field.offset, field.length)) await walk.node.loadRest(field.length)
    readTrackableObject(walk, builder, names, variables)
  }
  return builder.build()
}

/**
 * One TrackableObject, all in the window, added to `builder` field by field
 * (tensorflow/tensorflow:tensorflow/core/protobuf/trackable_object_graph.proto):
 *
 *   TrackableObject       1 children: ObjectReference, 2 attributes: SerializedTensor,
 *                         3 slot_variables: SlotVariableReference (all repeated)
 *   ObjectReference       1 node_id (int32), 2 local_name
 *   SerializedTensor      1 name, 2 full_name, 3 checkpoint_key (4 optional_restore: unused)
 *   SlotVariableReference 1 original_variable_node_id (int32), 2 slot_name, 3 slot_variable_node_id (int32)
 *
 * Nothing is built per node but what the graph keeps: a message per node, an array per repeated
 * field and an object per item, all garbage once added to the graph, were a third of a TF2 read's
 * CPU time at 10^5 variables. Protobuf's rules hold (the last value of a field wins, a field of an
 * unexpected wire type is skipped like an unknown one), and only the strings kept are decoded:
 * names through SharedNames, a slot's full_name not at all (ObjectGraphBuilder.keepsFullName), a
 * checkpoint_key only if it names no variable (it is looked up from its bytes: NameIndex).
 */
function readTrackableObject(walk: Walk, builder: ObjectGraphBuilder, names: SharedNames, variables: Pick<NameIndex, 'positionOfUtf8'>): void {
  const { node, item, field } = walk
  builder.startNode()
  while (node.nextInto(field)) {
    if (field.wireType !== WireType.LEN) continue
    if (field.field === 1) readObjectReference(item.enter(node, field, node.what), walk.inner, builder, names)
    else if (field.field === 2) readSerializedTensor(item.enter(node, field, node.what), walk.inner, builder, names, variables)
    else if (field.field === 3) readSlotVariableReference(item.enter(node, field, node.what), walk.inner, builder, names)
  }
}

/** The readers and fields a walk reuses: the node's, and its items' (children, attributes, slots). */
interface Walk {
  node: ProtoReader
  item: ProtoReader
  field: ProtoField
  inner: ProtoField
}

function readObjectReference(reader: ProtoReader, field: ProtoField, builder: ObjectGraphBuilder, names: SharedNames): void {
  let nodeId = 0
  let localName = ''
  while (reader.nextInto(field)) {
    if (field.field === 1 && field.wireType === WireType.VARINT) nodeId = reader.int32(field, 'node_id')
    else if (field.field === 2 && field.wireType === WireType.LEN) localName = names.read(field)
  }
  builder.addChild(nodeId, localName)
}

function readSerializedTensor(
  reader: ProtoReader,
  field: ProtoField,
  builder: ObjectGraphBuilder,
  names: SharedNames,
  variables: Pick<NameIndex, 'positionOfUtf8'>
): void {
  let name = ''
  let fullName = ''
  // checkpoint_key: where its last value is (offset -1: absent, the empty key).
  let keyAt = -1
  let keyLength = 0
  while (reader.nextInto(field)) {
    if (field.wireType !== WireType.LEN) continue
    if (field.field === 1) name = names.read(field)
    else if (field.field === 2) fullName = builder.keepsFullName ? names.decode(field.offset, field.length) : ''
    else if (field.field === 3) {
      keyAt = field.offset
      keyLength = field.length
    }
  }
  let variable: number
  let unresolvedKey = ''
  const { buffer, bufferStart } = names.window
  if (keyAt >= 0) {
    const start = keyAt - bufferStart
    variable = variables.positionOfUtf8(buffer, start, start + keyLength)
    // A key that names no variable is kept as text (and checked as UTF-8, as every string read).
    if (variable < 0) unresolvedKey = names.decode(keyAt, keyLength)
  } else {
    variable = variables.positionOfUtf8(buffer, 0, 0) // the empty key
  }
  builder.addAttribute(name, fullName, variable, unresolvedKey)
}

function readSlotVariableReference(reader: ProtoReader, field: ProtoField, builder: ObjectGraphBuilder, names: SharedNames): void {
  let original = 0
  let slotName = ''
  let slotNode = 0
  while (reader.nextInto(field)) {
    if (field.field === 1 && field.wireType === WireType.VARINT) original = reader.int32(field, 'original_variable_node_id')
    else if (field.field === 2 && field.wireType === WireType.LEN) slotName = names.read(field)
    else if (field.field === 3 && field.wireType === WireType.VARINT) slotNode = reader.int32(field, 'slot_variable_node_id')
  }
  builder.addSlot(original, slotName, slotNode)
}

/**
 * The short names the graph repeats on every node (`kernel`, `VARIABLE_VALUE`, `m`, `v`), one
 * string for each distinct name, found from their bytes without decoding them again: decoding
 * was a call into the platform's TextDecoder and a new string for each of ~4 * 10^5 names at 10^5
 * variables, to keep one of them. A name is found by a hash of its bytes and taken only if it has
 * exactly these bytes (compared as ASCII; a name with other characters is decoded each time).
 * The table is emptied when full, rather than frozen: frozen, it was filled by the first large
 * node of a model (children `layer_0`, `layer_1`...) and every later repeated name was a string
 * of its own (~4 MB at 10^5 variables). A name that repeats is back in it at its next occurrence.
 */
class SharedNames {
  private readonly byHash = new Map<number, string>()

  constructor(readonly window: Window) {}

  /** The string field `field` (in the window, which holds the node being decoded). */
  read(field: ProtoField): string {
    const { buffer, bufferStart } = this.window
    const start = field.offset - bufferStart
    const end = start + field.length
    const hash = hashUtf8(buffer, start, end)
    const known = this.byHash.get(hash)
    if (known !== undefined && isAscii(known, buffer, start, end)) return known
    const name = this.decode(field.offset, field.length)
    if (this.byHash.size >= MAX_SHARED_NAMES) this.byHash.clear()
    this.byHash.set(hash, name)
    return name
  }

  /** The string of `length` bytes at file offset `offset` (in the window), strict UTF-8 as every proto3 string. */
  decode(offset: number, length: number): string {
    if (length > MAX_NAME_BYTES) {
      throw new FormatError(this.window.name, `a name in the object graph is ${length} bytes, over the ${MAX_NAME_BYTES}-byte limit`, { offset })
    }
    const start = offset - this.window.bufferStart
    return strictUtf8(this.window.buffer.subarray(start, start + length), this.window.name, 'a name in the object graph', offset)
  }
}

/** Distinct names held at a time by SharedNames. */
const MAX_SHARED_NAMES = 10_000
