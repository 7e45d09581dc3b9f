import { FormatError, LimitExceededError } from '../../core/errors.js'
import { MAX_TF_OBJECT_GRAPH_ITEMS } from '../../core/limits.js'
import { ObjectGraphBuilder, type ObjectGraph } from './object-graph.js'
import { hashUtf8, isAscii, type NameIndex } from '../../io/bytes/index.js'
import * as protoRuntime from './proto-runtime.js'

/**
 * The TensorFlow messages the readers decode, with protobufjs's static decoders generated from
 * ./proto/*.proto by pbjs (scripts/generate-tf-protos.ts; no file is read and no code is generated
 * at run time).
 *
 * Imported statically: loading them on first use put protobufjs and the decoders in two chunks
 * of their own, whose loading through the ES module loader cost ~10 ms of the ~25 ms the seed
 * example takes after start-up. Keeping a run without TensorFlow checkpoints from loading them is
 * the job of the readers' own lazy loading (the TensorFlow reader as a whole).
 */
type ProtoRuntime = typeof protoRuntime

/** Async so that callers do not depend on how the runtime is loaded. */
async function loadRuntime(): Promise<ProtoRuntime> {
  return protoRuntime
}

/**
 * An int64 field of the entry of `key` as a number. TensorFlowReader gives numbers, and a bigint
 * beyond 2^53 (no real size or offset comes close): that is a FormatError naming the value. (The
 * message is only built then: this runs for every offset, size and dimension of an index.)
 */
function int64(value: number | bigint | object | null | undefined, file: string, field: string, key: string): number {
  if (typeof value === 'number') return value
  if (typeof value === 'bigint') throw new FormatError(file, `${field} of '${key}' ${value.toString()} is larger than 2^53`)
  // Absent (zero): the generated prototypes' default, a Long zero when protobufjs has `long`.
  return 0
}

export interface BundleHeader {
  numShards: number
  endianness: 'little' | 'big'
  producer?: number
}

export interface SliceExtent {
  start: number
  /** Undefined: the whole dimension. */
  length?: number
}

export interface BundleEntry {
  /** tensorflow.DataType enum value. */
  dtype: number
  /** Undefined dims (-1) are kept as -1. */
  shape: number[]
  shardId: number
  offset: number
  size: number
  /** Present iff the tensor is partitioned (its bytes are in the slice entries). */
  slices?: SliceExtent[][]
}

/** Runs a generated decoder; protobufjs's errors become a FormatError naming the file and what was read. */
function decode<T>(
  runtime: ProtoRuntime,
  decoder: { decode(reader: ReturnType<ProtoRuntime['readerOf']>): T },
  name: string,
  bytes: Uint8Array,
  file: string,
  what: string,
  key?: string
): T {
  try {
    return decoder.decode(runtime.readerOf(bytes))
  } catch (error) {
    throw new FormatError(file, `${what}${key === undefined ? '' : ` '${key}'`} is not a valid ${name} (${(error as Error).message})`, {
      fix: 'The file is corrupted or was not written by TensorFlow.'
    })
  }
}

/** The two messages every index holds, decoded synchronously once protobufjs is loaded. */
export interface BundleDecoders {
  /** BundleHeaderProto, the value of the empty key. */
  header(bytes: Uint8Array, file: string): BundleHeader
  /** BundleEntryProto, one per tensor (and per slice of a partitioned one). */
  entry(bytes: Uint8Array, file: string, key: string): BundleEntry
}

export async function loadBundleDecoders(): Promise<BundleDecoders> {
  const proto = await loadRuntime()
  const { BundleHeaderProto, BundleEntryProto } = proto.tensorflow
  return {
    header(bytes, file) {
      const message = decode(proto, BundleHeaderProto, 'BundleHeaderProto', bytes, file, 'the bundle header (key "")')
      return {
        numShards: message.num_shards,
        endianness: message.endianness === 1 ? 'big' : 'little',
        ...(typeof message.version?.producer === 'number' ? { producer: message.version.producer } : {})
      }
    },
    entry(bytes, file, key) {
      const message = decode(proto, BundleEntryProto, 'BundleEntryProto', bytes, file, 'the entry of', key)
      const dims = message.shape?.dim ?? []
      const shape = new Array<number>(dims.length)
      for (let i = 0; i < dims.length; i++) shape[i] = int64(dims[i].size, file, 'a dimension', key)
      const entry: BundleEntry = {
        dtype: message.dtype,
        shape,
        shardId: message.shard_id,
        offset: int64(message.offset, file, 'the offset', key),
        size: int64(message.size, file, 'the size', key)
      }
      if (message.slices.length > 0) {
        // `length` sits in the oneof `has_length`, which names the member that was set (a plain
        // `length` read would give the default for "the whole dimension").
        entry.slices = message.slices.map((slice) =>
          (slice.extent ?? []).map((extent) => ({
            start: int64(extent.start, file, 'a slice start', key),
            ...(extent.has_length === 'length' ? { length: int64(extent.length, file, 'a slice length', key) } : {})
          }))
        )
      }
      return entry
    }
  }
}

/** The serialized graph, read piece by piece (offsets from its first byte). */
export interface GraphBytes {
  readonly size: number
  /** Its first bytes, when the caller has them already. */
  readonly first?: Uint8Array
  /** Fills all of `target` with the graph's bytes at `offset` (a window the decoder refills). */
  readInto(offset: number, target: Uint8Array): Promise<void>
}

/** Bytes of the graph read at a time. */
export const GRAPH_WINDOW_BYTES = 256 * 1024
/** A field's head: a tag and a length, varints of at most 5 bytes each (wider ones are rejected below). */
const FIELD_HEAD_BYTES = 10

/**
 * The TrackableObjectGraph in `graph`, with its checkpoint keys resolved against `variables` (see
 * ObjectGraph); `tensors` (the bundle's tensor count) sizes its arrays. The graph is read in
 * windows of 256 KiB, each dropped once its nodes are decoded: held whole, the graph of 10^5
 * variables (16 MB) stayed in memory until the next full garbage collection, after the read.
 * Each node is decoded into the graph at once (readTrackableObject); the loop is the one
 * protobufjs generates for `repeated TrackableObject nodes = 1`, the graph's only field.
 */
export async function decodeTrackableObjectGraph(
  graph: Uint8Array | GraphBytes,
  file: string,
  variables: Pick<NameIndex, 'positionOfUtf8'>,
  tensors = 0
): Promise<ObjectGraph> {
  const { readerOf } = await loadRuntime()
  // A graph in memory is one window, never refilled.
  const source: GraphBytes =
    graph instanceof Uint8Array ? { size: graph.length, first: graph, readInto: async (at, target) => target.set(graph.subarray(at, at + target.length)) } : graph
  const expected = { nodes: 2 * tensors + 16, children: 2 * tensors + 16, attributes: tensors + 16, slots: tensors }
  const tooMany = (items: number): Error => new LimitExceededError(file, 'the nodes and items of the object graph', items, MAX_TF_OBJECT_GRAPH_ITEMS)
  const builder = new ObjectGraphBuilder(expected, MAX_TF_OBJECT_GRAPH_ITEMS, tooMany)
  const names = new SharedNames()
  let window: Uint8Array = source.first ?? new Uint8Array(0)
  let windowStart = 0
  /**
   * The buffer every window after `first` is read into, from its start (`window` is a prefix of
   * it): refilled rather than replaced, because a new 256 KiB buffer per window left up to the
   * whole graph (16 MB at 10^5 variables) of dead windows waiting for a scavenge, in the peak RSS.
   * Refilling is safe because no view into a window outlives the node being decoded: names and
   * keys are decoded into strings (stringVerify copies; SharedNames compares bytes and keeps
   * strings), ids and counts are numbers, errors carry numbers and strings, and the reader is
   * replaced with the window.
   */
  let buffer: Uint8Array | undefined
  /** One reader over the window, moved from node to node (it is replaced with the window). */
  let reader = readerOf(window)
  /**
   * Makes the window hold `length` bytes from graph offset `at`, `at` being inside the window or
   * at its end: what it still holds from there is kept (a node cut by the window's end), moved to
   * the buffer's start, and only the bytes after it are read, so that every byte of the graph is
   * read once. A window is GRAPH_WINDOW_BYTES, or one node when a node is larger.
   */
  const hold = async (at: number, length: number): Promise<void> => {
    const end = windowStart + window.length
    const kept = end - at
    const more = Math.min(source.size - end, Math.max(GRAPH_WINDOW_BYTES - kept, at + length - end))
    if (buffer !== undefined && kept + more <= buffer.length) {
      buffer.copyWithin(0, at - windowStart, window.length)
    } else {
      const grown = new Uint8Array(Math.max(kept + more, Math.min(GRAPH_WINDOW_BYTES, source.size - at)))
      grown.set(window.subarray(at - windowStart))
      buffer = grown
    }
    window = buffer.subarray(0, kept + more)
    windowStart = at
    await source.readInto(end, window.subarray(kept))
    reader = readerOf(window)
  }
  const readerAt = (at: number): ReturnType<ProtoRuntime['readerOf']> => {
    reader.pos = at - windowStart
    return reader
  }
  try {
    for (let at = 0; at < source.size; ) {
      const headBytes = Math.min(FIELD_HEAD_BYTES, source.size - at)
      if (!(at >= windowStart && at + headBytes <= windowStart + window.length)) await hold(at, headBytes)
      const head = readerAt(at)
      const tag = head.uint32()
      const wireType = tag & 7
      // The payload's length; fields other than the nodes (none in TF's graphs) are skipped.
      let length = 0
      if (wireType === 2) length = head.uint32()
      else if (wireType === 0) head.skip()
      else if (wireType === 1) length = 8
      else if (wireType === 5) length = 4
      else throw new Error(`wire type ${wireType} at offset ${at}`)
      const start = windowStart + head.pos
      if (start + length > source.size) throw new RangeError(`index out of range: ${start} + ${length} > ${source.size}`)
      if (tag >>> 3 === 1 && wireType === 2) {
        if (start + length > windowStart + window.length) await hold(start, length)
        readTrackableObject(readerAt(start), length, builder, names, variables)
      }
      at = start + length
    }
  } catch (error) {
    if (error instanceof LimitExceededError || error instanceof FormatError) throw error
    throw new FormatError(file, `the _CHECKPOINTABLE_OBJECT_GRAPH tensor is not a valid TrackableObjectGraph (${(error as Error).message})`, {
      fix: 'The file is corrupted or was not written by TensorFlow.'
    })
  }
  return builder.build()
}

type ProtoReader = ReturnType<ProtoRuntime['readerOf']>

/** Wire types (https://protobuf.dev/programming-guides/encoding/). */
const VARINT = 0
const LEN = 2

/**
 * One TrackableObject, `length` bytes at `reader.pos`, added to `builder` field by field
 * (tensorflow/tensorflow:tensorflow/core/protobuf/trackable_object_graph.proto):
 *
 *   TrackableObject       1 children: ObjectReference, 2 attributes: SerializedTensor,
 *                         3 slot_variables: SlotVariableReference (all repeated)
 *   ObjectReference       1 node_id (int32), 2 local_name
 *   SerializedTensor      1 name, 2 full_name, 3 checkpoint_key (4 optional_restore: unused)
 *   SlotVariableReference 1 original_variable_node_id (int32), 2 slot_name, 3 slot_variable_node_id (int32)
 *
 * Why not the generated decoder (TrackableObjectGraph.TrackableObject.decode): it builds a message
 * per node, an array per repeated field, an object per child, attribute and slot and a string per
 * name, all garbage once added to the graph. At 10^5 variables that was a third of a TF2 read's
 * CPU time and most of its garbage-collection time. This reads the same fields with the same
 * protobufjs reader calls, in the generated decoder's way (the last value of a field wins, a
 * field of an unexpected wire type is skipped like an unknown one, a sub-message must end
 * exactly at its length), and decodes only the strings kept: names through SharedNames, a slot's
 * full_name not at all (see ObjectGraphBuilder.keepsFullName), a checkpoint_key only if it names
 * no variable (it is looked up from its bytes: NameIndex).
 */
function readTrackableObject(
  reader: ProtoReader,
  length: number,
  builder: ObjectGraphBuilder,
  names: SharedNames,
  variables: Pick<NameIndex, 'positionOfUtf8'>
): void {
  const outerEnd = reader.len
  const end = enterMessage(reader, length)
  builder.startNode()
  while (reader.pos < end) {
    const tag = reader.tag()
    const field = tag >>> 3
    const wireType = tag & 7
    if (field === 1 && wireType === LEN) readObjectReference(reader, builder, names)
    else if (field === 2 && wireType === LEN) readSerializedTensor(reader, builder, names, variables)
    else if (field === 3 && wireType === LEN) readSlotVariableReference(reader, builder, names)
    else reader.skipType(wireType, 0, field)
  }
  leaveMessage(reader, end, outerEnd)
}

function readObjectReference(reader: ProtoReader, builder: ObjectGraphBuilder, names: SharedNames): void {
  const length = reader.size()
  const outerEnd = reader.len
  const end = enterMessage(reader, length)
  let nodeId = 0
  let localName = ''
  while (reader.pos < end) {
    const tag = reader.tag()
    const field = tag >>> 3
    const wireType = tag & 7
    if (field === 1 && wireType === VARINT) nodeId = reader.int32()
    else if (field === 2 && wireType === LEN) localName = names.read(reader)
    else reader.skipType(wireType, 1, field)
  }
  leaveMessage(reader, end, outerEnd)
  builder.addChild(nodeId, localName)
}

function readSerializedTensor(
  reader: ProtoReader,
  builder: ObjectGraphBuilder,
  names: SharedNames,
  variables: Pick<NameIndex, 'positionOfUtf8'>
): void {
  const length = reader.size()
  const outerEnd = reader.len
  const end = enterMessage(reader, length)
  let name = ''
  let fullName = ''
  // checkpoint_key: where its last value starts (-1: absent, the empty key).
  let keyAt = -1
  while (reader.pos < end) {
    const tag = reader.tag()
    const field = tag >>> 3
    const wireType = tag & 7
    if (field === 1 && wireType === LEN) name = names.read(reader)
    else if (field === 2 && wireType === LEN) fullName = builder.keepsFullName ? reader.stringVerify() : skipBytes(reader)
    else if (field === 3 && wireType === LEN) {
      keyAt = reader.pos
      skipBytes(reader)
    } else reader.skipType(wireType, 1, field)
  }
  leaveMessage(reader, end, outerEnd)
  let variable: number
  let unresolvedKey = ''
  if (keyAt >= 0) {
    const after = reader.pos
    reader.pos = keyAt
    const keyLength = reader.uint32()
    variable = variables.positionOfUtf8(reader.buf, reader.pos, reader.pos + keyLength)
    // A key that names no variable is kept as text (and checked as UTF-8, as every string read).
    reader.pos = keyAt
    if (variable < 0) unresolvedKey = reader.stringVerify()
    reader.pos = after
  } else {
    variable = variables.positionOfUtf8(reader.buf, 0, 0) // the empty key
  }
  builder.addAttribute(name, fullName, variable, unresolvedKey)
}

function readSlotVariableReference(reader: ProtoReader, builder: ObjectGraphBuilder, names: SharedNames): void {
  const length = reader.size()
  const outerEnd = reader.len
  const end = enterMessage(reader, length)
  let original = 0
  let slotName = ''
  let slotNode = 0
  while (reader.pos < end) {
    const tag = reader.tag()
    const field = tag >>> 3
    const wireType = tag & 7
    if (field === 1 && wireType === VARINT) original = reader.int32()
    else if (field === 2 && wireType === LEN) slotName = names.read(reader)
    else if (field === 3 && wireType === VARINT) slotNode = reader.int32()
    else reader.skipType(wireType, 1, field)
  }
  leaveMessage(reader, end, outerEnd)
  builder.addSlot(original, slotName, slotNode)
}

/** Limits the reader to the `length` bytes of a sub-message, as the generated decoders do; returns its end. */
function enterMessage(reader: ProtoReader, length: number): number {
  const end = reader.pos + length
  if (end > reader.len) throw new RangeError(`index out of range: ${reader.pos} + ${length} > ${reader.len}`)
  reader.len = end
  return end
}

/** Checks that the sub-message ended at its length and gives the reader back the bytes after it. */
function leaveMessage(reader: ProtoReader, end: number, outerEnd: number): void {
  if (reader.pos !== end) throw new RangeError('index out of range')
  reader.len = outerEnd
}

/** Moves past a length-delimited value without decoding it; its value reads as ''. */
function skipBytes(reader: ProtoReader): string {
  reader.skip(reader.uint32())
  return ''
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

  /** The string field at `reader.pos` (a varint length, then UTF-8), the reader moved past it. */
  read(reader: ProtoReader): string {
    const at = reader.pos
    const length = reader.uint32()
    const start = reader.pos
    const end = start + length
    if (end > reader.len) throw new RangeError(`index out of range: ${start} + ${length} > ${reader.len}`)
    const bytes = reader.buf
    const hash = hashUtf8(bytes, start, end)
    const known = this.byHash.get(hash)
    if (known !== undefined && isAscii(known, bytes, start, end)) {
      reader.pos = end
      return known
    }
    reader.pos = at
    const name = reader.stringVerify()
    if (this.byHash.size >= MAX_SHARED_NAMES) this.byHash.clear()
    this.byHash.set(hash, name)
    return name
  }
}

/** Distinct names held at a time by SharedNames. */
const MAX_SHARED_NAMES = 10_000


/** The collections of a meta graph that say what its variables are, as checkpoint keys. */
export interface VariableCollections {
  /** `trainable_variables`: "conv1/weights:0" -> "conv1/weights"; a partition -> its full variable. */
  trainable?: string[]
  /** `global_step` (tf.compat.v1.GraphKeys.GLOBAL_STEP): the training loop's step. */
  globalStep?: string[]
}

/** The variable collections of the MetaGraphDef whose `collection_def` fields are `collectionDefs`. */
export async function decodeVariableCollections(collectionDefs: Uint8Array, file: string): Promise<VariableCollections> {
  const proto = await loadRuntime()
  const message = decode(proto, proto.tensorflow.MetaGraphDef, 'MetaGraphDef', collectionDefs, file, 'the collections of the meta graph')
  /** A collection's variables: serialized VariableDefs (a partition's is its full variable), or tensor names. */
  const variables = (collection: string): string[] | undefined => {
    const entry = message.collection_def[collection]
    const names = entry?.node_list?.value?.map(tensorToVariable)
    return (
      entry?.bytes_list?.value?.map((bytes) => {
        const variable = decode(proto, proto.tensorflow.VariableDef, 'VariableDef', bytes, file, `an entry of the ${collection} collection`)
        return variable.save_slice_info_def?.full_name || tensorToVariable(variable.variable_name)
      }) ?? names
    )
  }
  const trainable = variables('trainable_variables')
  const globalStep = variables('global_step')
  return { ...(trainable ? { trainable } : {}), ...(globalStep ? { globalStep } : {}) }
}

/** "conv1/weights:0" -> "conv1/weights": a variable's tensor name to its checkpoint key. */
function tensorToVariable(name: string): string {
  return name.replace(/:\d+$/, '')
}
