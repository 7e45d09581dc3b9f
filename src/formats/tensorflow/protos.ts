import { FormatError } from '../../core/errors.js'
import { ObjectGraphBuilder, type ObjectGraph, type TrackableObjectMessage } from './object-graph.js'

/**
 * The TensorFlow messages the readers decode, with protobufjs's static decoders generated from
 * ./proto/*.proto by pbjs (scripts/generate-tf-protos.ts; no file is read and no code is generated
 * at run time). They and protobufjs's minimal runtime are loaded on first use, as a separate chunk
 * of the bundle: a run without a TensorFlow checkpoint never needs them.
 */
type ProtoRuntime = typeof import('./proto-runtime.js')

let runtime: Promise<ProtoRuntime> | undefined

function loadRuntime(): Promise<ProtoRuntime> {
  runtime ??= import('./proto-runtime.js')
  return runtime
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
 * ObjectGraph). protobufjs decodes one node at a time, and each is folded into the flat graph at
 * once; the loop is the one protobufjs generates for `repeated TrackableObject nodes = 1`, the
 * graph's only field.
 */
export async function decodeTrackableObjectGraph(bytes: Uint8Array, file: string, variableAt: (key: string) => number): Promise<ObjectGraph> {
  const { tensorflow, readerOf } = await loadRuntime()
  const { TrackableObject } = tensorflow.TrackableObjectGraph
  const graph = new ObjectGraphBuilder(variableAt)
  try {
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
  } catch (error) {
    throw new FormatError(file, `the _CHECKPOINTABLE_OBJECT_GRAPH tensor is not a valid TrackableObjectGraph (${(error as Error).message})`, {
      fix: 'The file is corrupted or was not written by TensorFlow.'
    })
  }
  return graph.build()
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
