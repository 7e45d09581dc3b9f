import { FormatError, LimitExceededError } from '../../core/errors.js'
import { MAX_TF_OBJECT_GRAPH_ITEMS } from '../../core/limits.js'
import { ObjectGraphBuilder, type ObjectGraph, type TrackableObjectMessage } from './object-graph.js'
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
  read(offset: number, length: number): Promise<Uint8Array>
}

/** Bytes of the graph read at a time. */
export const GRAPH_WINDOW_BYTES = 256 * 1024
/** A field's head: a tag and a length, varints of at most 5 bytes each (wider ones are rejected below). */
const FIELD_HEAD_BYTES = 10

/**
 * The TrackableObjectGraph in `graph`, with its checkpoint keys resolved by `variableAt` (see
 * ObjectGraph); `tensors` (the bundle's tensor count) sizes its arrays. The graph is read in
 * windows of 256 KiB, each dropped once its nodes are decoded: held whole, the graph of 10^5
 * variables (16 MB) stayed in memory until the next full garbage collection, after the read.
 * protobufjs decodes one node at a time, and each is folded into the graph at once; the loop is
 * the one protobufjs generates for `repeated TrackableObject nodes = 1`, the graph's only field.
 */
export async function decodeTrackableObjectGraph(
  graph: Uint8Array | GraphBytes,
  file: string,
  variableAt: (key: string) => number,
  tensors = 0
): Promise<ObjectGraph> {
  const { tensorflow, readerOf } = await loadRuntime()
  const { TrackableObject } = tensorflow.TrackableObjectGraph
  const source: GraphBytes = graph instanceof Uint8Array ? { size: graph.length, read: async (at, length) => graph.subarray(at, at + length) } : graph
  const expected = { nodes: 2 * tensors + 16, children: 2 * tensors + 16, attributes: tensors + 16, slots: tensors }
  const tooMany = (items: number): Error => new LimitExceededError(file, 'the nodes and items of the object graph', items, MAX_TF_OBJECT_GRAPH_ITEMS)
  const builder = new ObjectGraphBuilder(expected, MAX_TF_OBJECT_GRAPH_ITEMS, tooMany, variableAt)
  let window: Uint8Array = source.first ?? new Uint8Array(0)
  let windowStart = 0
  /**
   * Makes the window hold `length` bytes from graph offset `at`, `at` being inside the window or
   * at its end: what it still holds from there is kept (a node cut by the window's end) and only
   * the bytes after it are read, so that every byte of the graph is read once.
   */
  const hold = async (at: number, length: number): Promise<void> => {
    const end = windowStart + window.length
    const kept = window.subarray(at - windowStart)
    const next = await source.read(end, Math.min(source.size - end, Math.max(GRAPH_WINDOW_BYTES, at + length - end)))
    window = kept.length === 0 ? next : concat(kept, next)
    windowStart = at
  }
  const readerAt = (at: number): ReturnType<ProtoRuntime['readerOf']> => {
    const reader = readerOf(window)
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
        // Decoded messages have every field: absent scalars read as 0 or '' (prototype defaults).
        builder.add(TrackableObject.decode(readerAt(start), length) as unknown as TrackableObjectMessage)
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

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length)
  joined.set(a)
  joined.set(b, a.length)
  return joined
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
