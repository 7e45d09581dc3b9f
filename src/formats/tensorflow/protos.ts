import protobuf from 'protobufjs/light.js'
import { FormatError } from '../../core/errors.js'
import { TF_PROTO_DESCRIPTOR } from './proto/descriptor.generated.js'

/**
 * The TensorFlow messages the readers decode, loaded with protobufjs from the JSON descriptor
 * generated from ./proto/*.proto (no file is read at run time, so this works inside the bundle).
 */
const root = protobuf.Root.fromJSON(TF_PROTO_DESCRIPTOR as protobuf.INamespace)

const BundleHeaderProto = root.lookupType('tensorflow.BundleHeaderProto')
const BundleEntryProto = root.lookupType('tensorflow.BundleEntryProto')
const TrackableObjectGraph = root.lookupType('tensorflow.TrackableObjectGraph')
const MetaGraphDef = root.lookupType('tensorflow.MetaGraphDef')
const VariableDef = root.lookupType('tensorflow.VariableDef')

/** protobufjs gives int64 fields as numbers or as Long objects (with `long` installed). */
type Int64 = number | { low: number; high: number; unsigned?: boolean; toNumber(): number }

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

export interface TrackableObject {
  children: { nodeId: number; localName: string }[]
  attributes: { name: string; fullName: string; checkpointKey: string }[]
  slotVariables: { originalVariableNodeId: number; slotName: string; slotVariableNodeId: number }[]
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

/** An int64 as a number; a FormatError above 2^53 (no real size or offset comes close). */
export function int64(value: unknown, file: string, what: string): number {
  if (value === undefined || value === null) return 0
  if (typeof value === 'number') return value
  const long = value as Exclude<Int64, number>
  const number = long.toNumber()
  if (!Number.isSafeInteger(number)) throw new FormatError(file, `${what} ${number} is larger than 2^53`)
  return number
}

export function decodeBundleHeader(bytes: Uint8Array, file: string): BundleHeader {
  const message = decode(BundleHeaderProto, bytes, file, 'the bundle header (key "")')
  const version = message.version as { producer?: number } | undefined
  return {
    numShards: (message.num_shards as number | undefined) ?? 0,
    endianness: message.endianness === 1 ? 'big' : 'little',
    ...(version?.producer !== undefined ? { producer: version.producer } : {})
  }
}

export function decodeBundleEntry(bytes: Uint8Array, file: string, key: string): BundleEntry {
  const message = decode(BundleEntryProto, bytes, file, `the entry of '${key}'`)
  const shape = message.shape as { dim?: { size?: unknown }[] } | undefined
  const slices = message.slices as { extent?: { start?: unknown; length?: unknown }[] }[] | undefined
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
        ...(extent.length !== undefined && extent.length !== null
          ? { length: int64(extent.length, file, `a slice length of '${key}'`) }
          : {})
      }))
    )
  }
  return entry
}

export function decodeTrackableObjectGraph(bytes: Uint8Array, file: string): TrackableObject[] {
  const message = decode(TrackableObjectGraph, bytes, file, 'the _CHECKPOINTABLE_OBJECT_GRAPH tensor')
  const nodes = (message.nodes ?? []) as Record<string, unknown>[]
  return nodes.map((node) => ({
    children: ((node.children ?? []) as { node_id?: number; local_name?: string }[]).map((child) => ({
      nodeId: child.node_id ?? 0,
      localName: child.local_name ?? ''
    })),
    attributes: ((node.attributes ?? []) as { name?: string; full_name?: string; checkpoint_key?: string }[]).map(
      (attribute) => ({
        name: attribute.name ?? '',
        fullName: attribute.full_name ?? '',
        checkpointKey: attribute.checkpoint_key ?? ''
      })
    ),
    slotVariables: (
      (node.slot_variables ?? []) as { original_variable_node_id?: number; slot_name?: string; slot_variable_node_id?: number }[]
    ).map((slot) => ({
      originalVariableNodeId: slot.original_variable_node_id ?? 0,
      slotName: slot.slot_name ?? '',
      slotVariableNodeId: slot.slot_variable_node_id ?? 0
    }))
  }))
}

/**
 * The names in a collection of serialized VariableDefs (`trainable_variables`, `variables`),
 * as checkpoint keys: "conv1/weights:0" -> "conv1/weights"; a partition -> its full variable.
 */
export function decodeVariableCollection(collectionDefs: Uint8Array, file: string, collection: string): string[] | undefined {
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
