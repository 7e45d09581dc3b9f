import { FormatError } from '../../core/errors.js'

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

/**
 * A node of the TrackableObjectGraph (field names as in trackable_object_graph.proto), with the
 * fields classification reads. Absent scalars read as protobufjs gives them (0, ''); every
 * repeated field is an array.
 */
export interface TrackableObject {
  readonly children: readonly { readonly node_id: number; readonly local_name: string }[]
  readonly attributes: readonly { readonly name: string; readonly full_name: string; readonly checkpoint_key: string }[]
  readonly slot_variables: readonly {
    readonly original_variable_node_id: number
    readonly slot_name: string
    readonly slot_variable_node_id: number
  }[]
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

export async function decodeTrackableObjectGraph(bytes: Uint8Array, file: string): Promise<TrackableObject[]> {
  const { tensorflow, readerOf } = await loadRuntime()
  const { TrackableObject } = tensorflow.TrackableObjectGraph
  // protobufjs decodes each node, one at a time, and each is replaced by a compact copy at once:
  // decoded whole, the graph of a model of 10^5 variables held ~200 MB (every node three arrays
  // grown by push). The loop is the one protobufjs generates for `repeated TrackableObject
  // nodes = 1`, the graph's only field.
  const names = new Map<string, string>()
  const intern = (name: string): string => {
    const known = names.get(name)
    if (known !== undefined) return known
    if (names.size < MAX_INTERNED_NAMES) names.set(name, name)
    return name
  }
  const nodes: TrackableObject[] = []
  try {
    const reader = readerOf(bytes)
    while (reader.pos < reader.len) {
      const tag = reader.uint32()
      if (tag >>> 3 === 1 && (tag & 7) === 2) {
        nodes.push(compactNode(TrackableObject.decode(reader, reader.uint32()) as unknown as TrackableObject, intern))
      } else {
        reader.skipType(tag & 7)
      }
    }
  } catch (error) {
    throw new FormatError(file, `the _CHECKPOINTABLE_OBJECT_GRAPH tensor is not a valid TrackableObjectGraph (${(error as Error).message})`, {
      fix: 'The file is corrupted or was not written by TensorFlow.'
    })
  }
  return nodes
}

/** A node with exact-size arrays and shared names. */
function compactNode(node: TrackableObject, intern: (name: string) => string): TrackableObject {
  return {
    children: node.children.length === 0 ? NONE : node.children.map((child) => ({ node_id: child.node_id, local_name: intern(child.local_name) })),
    attributes:
      node.attributes.length === 0
        ? NONE
        : node.attributes.map((a) => ({ name: intern(a.name), full_name: a.full_name, checkpoint_key: a.checkpoint_key })),
    slot_variables:
      node.slot_variables.length === 0
        ? NONE
        : node.slot_variables.map((slot) => ({
            original_variable_node_id: slot.original_variable_node_id,
            slot_name: intern(slot.slot_name),
            slot_variable_node_id: slot.slot_variable_node_id
          }))
  }
}

/** The shared empty list of a compact node. */
const NONE: readonly never[] = Object.freeze([])
/** Distinct names shared between nodes (`kernel`, `VARIABLE_VALUE`, `m`); the rest are kept as they are. */
const MAX_INTERNED_NAMES = 10_000

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
