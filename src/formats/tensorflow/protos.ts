import type protobuf from 'protobufjs/light.js'
import { FormatError } from '../../core/errors.js'

/**
 * The TensorFlow messages the readers decode, with protobufjs over the JSON descriptor generated
 * from ./proto/*.proto (no file is read at run time, so this works inside the bundle). protobufjs
 * and the descriptor are loaded on first use, as a separate chunk of the bundle: they are the
 * largest part of the CLI's start-up, and a run without a TensorFlow checkpoint never needs them.
 */
interface ProtoTypes {
  Reader: typeof protobuf.Reader
  BundleHeaderProto: protobuf.Type
  BundleEntryProto: protobuf.Type
  TrackableObjectGraph: protobuf.Type
  TrackableObject: protobuf.Type
  MetaGraphDef: protobuf.Type
  VariableDef: protobuf.Type
}

let protoTypes: Promise<ProtoTypes> | undefined

function loadProtoTypes(): Promise<ProtoTypes> {
  protoTypes ??= Promise.all([import('protobufjs/light.js'), import('./proto/descriptor.generated.js')]).then(
    ([protobufModule, { TF_PROTO_DESCRIPTOR }]) => {
      const root = protobufModule.default.Root.fromJSON(TF_PROTO_DESCRIPTOR as protobuf.INamespace)
      return {
        Reader: protobufModule.default.Reader,
        BundleHeaderProto: root.lookupType('tensorflow.BundleHeaderProto'),
        BundleEntryProto: root.lookupType('tensorflow.BundleEntryProto'),
        TrackableObjectGraph: root.lookupType('tensorflow.TrackableObjectGraph'),
        TrackableObject: root.lookupType('tensorflow.TrackableObjectGraph.TrackableObject'),
        MetaGraphDef: root.lookupType('tensorflow.MetaGraphDef'),
        VariableDef: root.lookupType('tensorflow.VariableDef')
      }
    }
  )
  return protoTypes
}

/** protobufjs gives int64 fields as numbers or as Long objects (`long` is installed). */
type Int64 = number | { toNumber(): number; toString(): string }

/** An int64 as a number; a FormatError above 2^53 (no real size or offset comes close). */
function int64(value: unknown, file: string, what: string): number {
  if (value === undefined || value === null) return 0
  if (typeof value === 'number') return value
  const long = value as Exclude<Int64, number>
  const number = long.toNumber()
  if (!Number.isSafeInteger(number)) throw new FormatError(file, `${what} ${long.toString()} is larger than 2^53`)
  return number
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

function decode(type: protobuf.Type, bytes: Uint8Array, file: string, what: string): Record<string, unknown> {
  try {
    return type.decode(bytes) as unknown as Record<string, unknown>
  } catch (error) {
    throw new FormatError(file, `${what} is not a valid ${type.name} (${(error as Error).message})`, {
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
  const { BundleHeaderProto, BundleEntryProto } = await loadProtoTypes()
  return {
    header(bytes, file) {
      const message = decode(BundleHeaderProto, bytes, file, 'the bundle header (key "")')
      const version = message.version as { producer?: number } | undefined
      return {
        numShards: (message.num_shards as number | undefined) ?? 0,
        endianness: message.endianness === 1 ? 'big' : 'little',
        ...(version?.producer !== undefined ? { producer: version.producer } : {})
      }
    },
    entry(bytes, file, key) {
      const message = decode(BundleEntryProto, bytes, file, `the entry of '${key}'`)
      const shape = message.shape as { dim?: { size?: unknown }[] } | undefined
      // `length` sits in the oneof `has_length`: protobufjs names the set member there (a plain
      // `length` read would give the default 0 for "the whole dimension").
      const slices = message.slices as { extent?: { start?: unknown; length?: unknown; has_length?: string }[] }[] | undefined
      const entry: BundleEntry = {
        dtype: (message.dtype as number | undefined) ?? 0,
        shape: (shape?.dim ?? []).map((dim) => int64(dim.size, file, `a dimension of '${key}'`)),
        shardId: (message.shard_id as number | undefined) ?? 0,
        offset: int64(message.offset, file, `the offset of '${key}'`),
        size: int64(message.size, file, `the size of '${key}'`)
      }
      if (slices && slices.length > 0) {
        entry.slices = slices.map((slice) =>
          (slice.extent ?? []).map((extent) => ({
            start: int64(extent.start, file, `a slice start of '${key}'`),
            ...(extent.has_length === 'length' ? { length: int64(extent.length, file, `a slice length of '${key}'`) } : {})
          }))
        )
      }
      return entry
    }
  }
}

export async function decodeTrackableObjectGraph(bytes: Uint8Array, file: string): Promise<TrackableObject[]> {
  const { Reader, TrackableObjectGraph, TrackableObject } = await loadProtoTypes()
  // protobufjs decodes each node, one at a time, and each is replaced by a compact copy at once:
  // decoded whole, the graph of a model of 10^5 variables held ~200 MB (every node three arrays
  // grown by push, every short string a chain of 8-character pieces, see flatString). The loop
  // is the one protobufjs generates for `repeated TrackableObject nodes = 1`, the graph's only field.
  const names = new Map<string, string>()
  const intern = (name: string): string => {
    const known = names.get(name)
    if (known !== undefined) return known
    const flat = flatString(name)
    if (names.size < MAX_INTERNED_NAMES) names.set(flat, flat)
    return flat
  }
  const nodes: TrackableObject[] = []
  try {
    const reader = Reader.create(bytes)
    while (reader.pos < reader.len) {
      const tag = reader.uint32()
      if (tag >>> 3 === 1 && (tag & 7) === 2) {
        nodes.push(compactNode(TrackableObject.decode(reader, reader.uint32()) as unknown as TrackableObject, intern))
      } else {
        reader.skipType(tag & 7)
      }
    }
  } catch (error) {
    throw new FormatError(file, `the _CHECKPOINTABLE_OBJECT_GRAPH tensor is not a valid ${TrackableObjectGraph.name} (${(error as Error).message})`, {
      fix: 'The file is corrupted or was not written by TensorFlow.'
    })
  }
  return nodes
}

/** A node with exact-size arrays, shared names and strings in one piece. */
function compactNode(node: TrackableObject, intern: (name: string) => string): TrackableObject {
  return {
    children: node.children.length === 0 ? NONE : node.children.map((child) => ({ node_id: child.node_id, local_name: intern(child.local_name) })),
    attributes:
      node.attributes.length === 0
        ? NONE
        : node.attributes.map((a) => ({ name: intern(a.name), full_name: flatString(a.full_name), checkpoint_key: flatString(a.checkpoint_key) })),
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

const ENCODER = new TextEncoder()
const UTF8 = new TextDecoder()
let scratch = new Uint8Array(256)

/**
 * The same string in one piece. protobufjs builds strings under 64 bytes 8 characters at a time
 * (`str += String.fromCharCode(...)`, protobufjs:src/util/utf8.js), which V8 keeps as a chain of
 * concatenations: ~6x the memory of the text, for each of 10^5 keys and full names. The round
 * trip is exact: protobufjs decodes strictly, so the string is valid UTF-16 (no lone surrogates).
 */
function flatString(text: string): string {
  // V8 stores concatenations shorter than 13 characters flat already.
  if (text.length < 13) return text
  if (scratch.length < text.length * 3) scratch = new Uint8Array(text.length * 3)
  const { written } = ENCODER.encodeInto(text, scratch)
  return UTF8.decode(scratch.subarray(0, written))
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
  const { MetaGraphDef, VariableDef } = await loadProtoTypes()
  const message = decode(MetaGraphDef, collectionDefs, file, 'the collections of the meta graph')
  const collections = (message.collection_def ?? {}) as Record<string, { bytes_list?: { value?: Uint8Array[] } }>
  const values = collections[collection]?.bytes_list?.value
  if (!values) return undefined
  return values.map((bytes) => {
    const variable = decode(VariableDef, bytes, file, `an entry of the ${collection} collection`)
    const slice = variable.save_slice_info_def as { full_name?: string } | undefined
    if (slice?.full_name) return slice.full_name
    return String(variable.variable_name ?? '').replace(/:\d+$/, '')
  })
}
