import type protobuf from 'protobufjs/light.js'
import { FormatError } from '../../core/errors.js'

/**
 * The TensorFlow messages the readers decode. The two every index has (BundleHeaderProto,
 * BundleEntryProto) are decoded by hand below; the object graph and the meta graph's
 * collections go through protobufjs and the JSON descriptor generated from ./proto/*.proto (no
 * file is read at run time, so this works inside the bundle). Those are loaded on first use:
 * protobufjs and the descriptor were the largest part of the CLI's start-up, and a TF1
 * checkpoint without a .meta file never needs them.
 */
interface ProtoTypes {
  TrackableObjectGraph: protobuf.Type
  MetaGraphDef: protobuf.Type
  VariableDef: protobuf.Type
}

let protoTypes: Promise<ProtoTypes> | undefined

function loadProtoTypes(): Promise<ProtoTypes> {
  protoTypes ??= Promise.all([import('protobufjs/light.js'), import('./proto/descriptor.generated.js')]).then(
    ([protobufModule, { TF_PROTO_DESCRIPTOR }]) => {
      const root = protobufModule.default.Root.fromJSON(TF_PROTO_DESCRIPTOR as protobuf.INamespace)
      return {
        TrackableObjectGraph: root.lookupType('tensorflow.TrackableObjectGraph'),
        MetaGraphDef: root.lookupType('tensorflow.MetaGraphDef'),
        VariableDef: root.lookupType('tensorflow.VariableDef')
      }
    }
  )
  return protoTypes
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

/** BundleHeaderProto: 1 num_shards (int32), 2 endianness (enum), 3 version (VersionDef: 1 producer). */
export function decodeBundleHeader(bytes: Uint8Array, file: string): BundleHeader {
  return decodeWire(file, () => 'the bundle header (key "")', 'BundleHeaderProto', () => {
    const wire = new WireReader(bytes)
    const header: BundleHeader = { numShards: 0, endianness: 'little' }
    while (wire.more()) {
      const tag = wire.tag()
      if (tag === ((1 << 3) | 0)) header.numShards = wire.int32()
      else if (tag === ((2 << 3) | 0)) header.endianness = wire.int32() === 1 ? 'big' : 'little'
      else if (tag === ((3 << 3) | 2)) {
        const version = wire.sub()
        header.producer = 0
        while (version.more()) {
          const versionTag = version.tag()
          if (versionTag === ((1 << 3) | 0)) header.producer = version.int32()
          else version.skip(versionTag)
        }
      } else wire.skip(tag)
    }
    return header
  })
}

/** Runs a hand-written decode; wire-format errors become the FormatError protobufjs's would have been. */
function decodeWire<T>(file: string, what: () => string, type: string, run: () => T): T {
  try {
    return run()
  } catch (error) {
    if (!(error instanceof WireError)) throw error
    if (error.tooLarge) throw new FormatError(file, `a number in ${what()} ${error.message}`)
    throw new FormatError(file, `${what()} is not a valid ${type} (${error.message})`, {
      fix: 'The file is corrupted or was not written by TensorFlow.'
    })
  }
}

/**
 * BundleEntryProto (tensor_bundle.proto), decoded by hand: an index holds one per tensor (10^5 in
 * a large model), and protobufjs's generic decode allocated a message, a Long per int64 and a
 * dim object per dimension for each, which dominated the time and memory of reading an index.
 * Fields: 1 dtype (int32), 2 shape (TensorShapeProto: 2 dim {1 size int64}), 3 shard_id (int32),
 * 4 offset (int64), 5 size (int64), 6 crc32c (fixed32), 7 slices (TensorSliceProto: 1 extent
 * {1 start int64, 2 length int64}). Unknown fields are skipped, as any protobuf decoder does.
 */
export function decodeBundleEntry(bytes: Uint8Array, file: string, key: string): BundleEntry {
  return decodeWire(file, () => `the entry of '${key}'`, 'BundleEntryProto', () => {
    const wire = new WireReader(bytes)
    const entry: BundleEntry = { dtype: 0, shape: [], shardId: 0, offset: 0, size: 0 }
    while (wire.more()) {
      const tag = wire.tag()
      switch (tag) {
        case (1 << 3) | 0:
          entry.dtype = wire.int32()
          break
        case (2 << 3) | 2:
          entry.shape = decodeShape(wire.sub())
          break
        case (3 << 3) | 0:
          entry.shardId = wire.int32()
          break
        case (4 << 3) | 0:
          entry.offset = wire.int64()
          break
        case (5 << 3) | 0:
          entry.size = wire.int64()
          break
        case (7 << 3) | 2:
          ;(entry.slices ??= []).push(decodeSlice(wire.sub()))
          break
        default:
          wire.skip(tag)
      }
    }
    return entry
  })
}

function decodeShape(wire: WireReader): number[] {
  const dims: number[] = []
  while (wire.more()) {
    const tag = wire.tag()
    if (tag !== ((2 << 3) | 2)) {
      wire.skip(tag)
      continue
    }
    const dim = wire.sub()
    let size = 0
    while (dim.more()) {
      const dimTag = dim.tag()
      if (dimTag === ((1 << 3) | 0)) size = dim.int64()
      else dim.skip(dimTag)
    }
    dims.push(size)
  }
  return dims
}

function decodeSlice(wire: WireReader): SliceExtent[] {
  const extents: SliceExtent[] = []
  while (wire.more()) {
    const tag = wire.tag()
    if (tag !== ((1 << 3) | 2)) {
      wire.skip(tag)
      continue
    }
    const extent = wire.sub()
    const decoded: SliceExtent = { start: 0 }
    while (extent.more()) {
      const extentTag = extent.tag()
      if (extentTag === ((1 << 3) | 0)) decoded.start = extent.int64()
      else if (extentTag === ((2 << 3) | 0)) decoded.length = extent.int64()
      else extent.skip(extentTag)
    }
    extents.push(decoded)
  }
  return extents
}

class WireError extends Error {
  constructor(
    message: string,
    readonly tooLarge = false
  ) {
    super(message)
  }
}

/** The protobuf wire format (protobuf.dev/programming-guides/encoding), just what BundleEntryProto needs. */
class WireReader {
  private p: number
  constructor(
    private readonly bytes: Uint8Array,
    start = 0,
    private readonly end = bytes.length
  ) {
    this.p = start
  }

  more(): boolean {
    return this.p < this.end
  }

  tag(): number {
    const tag = this.varint()
    if (tag >>> 3 === 0) throw new WireError(`field number 0 at byte ${this.p}`)
    return tag
  }

  /** A varint as a number; up to 7 bytes exactly, longer ones through BigInt (64-bit two's complement). */
  private varint(): number {
    let result = 0
    for (let shift = 0, i = 0; i < 7; i++, shift += 7) {
      if (this.p >= this.end) throw new WireError('truncated varint')
      const byte = this.bytes[this.p++]
      result += (byte & 0x7f) * 2 ** shift
      if (byte < 0x80) return result
    }
    let big = BigInt(result)
    for (let shift = 49n, i = 7; i < 10; i++, shift += 7n) {
      if (this.p >= this.end) throw new WireError('truncated varint')
      const byte = this.bytes[this.p++]
      big += BigInt(byte & 0x7f) << shift
      if (byte < 0x80) {
        const value = BigInt.asIntN(64, big)
        if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
          throw new WireError(`${value} is larger than 2^53`, true)
        }
        return Number(value)
      }
    }
    throw new WireError('varint longer than 10 bytes')
  }

  int64(): number {
    return this.varint()
  }

  /** int32 is sent as a sign-extended varint: keep the low 32 bits, signed. */
  int32(): number {
    const value = this.varint()
    return value >= 0 && value <= 0x7fffffff ? value : Number(BigInt.asIntN(32, BigInt(value)))
  }

  sub(): WireReader {
    const length = this.varint()
    if (length < 0 || length > this.end - this.p) throw new WireError(`a length of ${length} bytes runs past the end`)
    const reader = new WireReader(this.bytes, this.p, this.p + length)
    this.p += length
    return reader
  }

  skip(tag: number): void {
    switch (tag & 7) {
      case 0:
        this.varint()
        return
      case 1:
        this.advance(8)
        return
      case 2:
        this.sub()
        return
      case 5:
        this.advance(4)
        return
      default:
        throw new WireError(`field ${tag >>> 3} has wire type ${tag & 7}`)
    }
  }

  private advance(n: number): void {
    if (n > this.end - this.p) throw new WireError('truncated field')
    this.p += n
  }
}

export async function decodeTrackableObjectGraph(bytes: Uint8Array, file: string): Promise<TrackableObject[]> {
  const { TrackableObjectGraph } = await loadProtoTypes()
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
