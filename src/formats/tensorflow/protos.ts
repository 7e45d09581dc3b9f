import { FormatError, LimitExceededError } from '../../core/errors.js'
import { MAX_TF_OBJECT_GRAPH_ITEMS } from '../../core/limits.js'
import { ObjectGraphBuilder, type ObjectGraph, type ObjectGraphCounts, type TrackableObjectMessage } from './object-graph.js'
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

/**
 * The TrackableObjectGraph in `bytes`, with its checkpoint keys resolved by `variableAt` (see
 * ObjectGraph). A first pass over the tags counts nodes and their items, so the graph is built in
 * arrays of the right size; then protobufjs decodes one node at a time, and each is folded into
 * the graph at once. Both loops are the one protobufjs generates for `repeated TrackableObject
 * nodes = 1`, the graph's only field.
 */
export async function decodeTrackableObjectGraph(bytes: Uint8Array, file: string, variableAt: (key: string) => number): Promise<ObjectGraph> {
  const { tensorflow, readerOf } = await loadRuntime()
  const { TrackableObject } = tensorflow.TrackableObjectGraph
  try {
    const counts = countObjectGraph(readerOf(bytes))
    const items = counts.nodes + counts.children + counts.attributes + counts.slots
    if (items > MAX_TF_OBJECT_GRAPH_ITEMS) throw new LimitExceededError(file, 'the nodes and items of the object graph', items, MAX_TF_OBJECT_GRAPH_ITEMS)
    const graph = new ObjectGraphBuilder(counts, variableAt)
    const reader = readerOf(bytes)
    while (reader.pos < reader.len) {
      const tag = reader.uint32()
      if (tag >>> 3 === 1 && (tag & 7) === 2) {
        // Decoded messages have every field: absent scalars read as 0 or '' (prototype defaults).
        graph.add(TrackableObject.decode(reader, reader.uint32()) as unknown as TrackableObjectMessage)
      } else {
        reader.skipType(tag & 7)
      }
    }
    return graph.build()
  } catch (error) {
    if (error instanceof LimitExceededError) throw error
    throw new FormatError(file, `the _CHECKPOINTABLE_OBJECT_GRAPH tensor is not a valid TrackableObjectGraph (${(error as Error).message})`, {
      fix: 'The file is corrupted or was not written by TensorFlow.'
    })
  }
}

/** TrackableObject's repeated fields (trackable_object_graph.proto): children, attributes, slot_variables. */
const CHILDREN = 1
const ATTRIBUTES = 2
const SLOT_VARIABLES = 3

/** Nodes and their items, from the tags alone (every payload skipped). */
function countObjectGraph(reader: ReturnType<ProtoRuntime['readerOf']>): ObjectGraphCounts {
  const counts: ObjectGraphCounts = { nodes: 0, children: 0, attributes: 0, slots: 0 }
  while (reader.pos < reader.len) {
    const tag = reader.uint32()
    if (tag >>> 3 !== 1 || (tag & 7) !== 2) {
      reader.skipType(tag & 7)
      continue
    }
    counts.nodes++
    const end = reader.uint32() + reader.pos
    if (end > reader.len) throw new RangeError(`index out of range: ${reader.pos} + ${end - reader.pos} > ${reader.len}`)
    while (reader.pos < end) {
      const field = reader.uint32()
      const wireType = field & 7
      if (wireType === 2) {
        if (field >>> 3 === CHILDREN) counts.children++
        else if (field >>> 3 === ATTRIBUTES) counts.attributes++
        else if (field >>> 3 === SLOT_VARIABLES) counts.slots++
      }
      reader.skipType(wireType)
    }
    if (reader.pos !== end) throw new RangeError('a node runs past its length')
  }
  return counts
}

/**
 * The names in a collection of serialized VariableDefs (`trainable_variables`, `variables`),
 * as checkpoint keys: "conv1/weights:0" -> "conv1/weights"; a partition -> its full variable.
 */
export async function decodeVariableCollection(collectionDefs: Uint8Array, file: string, collection: string): Promise<string[] | undefined> {
  const proto = await loadRuntime()
  const message = decode(proto, proto.tensorflow.MetaGraphDef, 'MetaGraphDef', collectionDefs, file, 'the collections of the meta graph')
  const values = message.collection_def[collection]?.bytes_list?.value
  if (!values) return undefined
  return values.map((bytes) => {
    const variable = decode(proto, proto.tensorflow.VariableDef, 'VariableDef', bytes, file, `an entry of the ${collection} collection`)
    if (variable.save_slice_info_def?.full_name) return variable.save_slice_info_def.full_name
    return variable.variable_name.replace(/:\d+$/, '')
  })
}
