import { MAX_NAME_BYTES } from '../../core/limits.js'
import { ProtoReader, Window, type ProtoField } from '../../io/bytes/index.js'

/**
 * The TensorFlow messages the readers decode whole, on the byte layer's protobuf reader. Field
 * numbers and types are TensorFlow's (./proto/*.proto names the upstream files); the decoders
 * read them as protobuf does: the last value of a field wins, unknown fields are skipped, `int64`
 * fields are exact numbers (-1 dims included) or the error past 2^53, `string` fields are strict
 * UTF-8. The object graph, which is large, is decoded as it is read: object-graph-proto.ts.
 */

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

/** The two messages every index holds, decoded synchronously from an entry's bytes. */
export interface BundleDecoders {
  /** BundleHeaderProto, the value of the empty key. */
  header(bytes: Uint8Array, file: string): BundleHeader
  /** BundleEntryProto, one per tensor (and per slice of a partitioned one). */
  entry(bytes: Uint8Array, file: string, key: string): BundleEntry
}

/** A reader over a whole message held in memory. */
function messageOf(bytes: Uint8Array, file: string, what: string): ProtoReader {
  return new ProtoReader(Window.of(bytes, file, 0, what), 0, bytes.length, what)
}

/**
 * The decoders of one index's entries. An index of 10^5 tensors is 10^5 small messages: the
 * readers (one per nesting level) and the fields they fill are made once and moved from entry to
 * entry, over a window of the whole buffer the SSTable hands entries in (bench/README.md, "Sync
 * fast path"), so that an entry allocates what it keeps and nothing else.
 */
export function bundleDecoders(): BundleDecoders {
  let levels: Levels | undefined
  return {
    header(bytes, file) {
      const reader = messageOf(bytes, file, 'the bundle header (key "")')
      let numShards = 0
      let endianness = 0
      let producer: number | undefined
      for (let field = reader.nextLoaded(); field; field = reader.nextLoaded()) {
        if (field.field === 1) numShards = reader.int32(field, 'num_shards')
        else if (field.field === 2) endianness = reader.int32(field, 'endianness')
        else if (field.field === 3) producer = versionProducer(reader.message(field, reader.what))
      }
      return { numShards, endianness: endianness === 1 ? 'big' : 'little', ...(producer !== undefined ? { producer } : {}) }
    },

    entry(bytes, file, key) {
      if (levels === undefined || bytes.buffer !== levels.buffer || file !== levels.file) levels = new Levels(bytes.buffer, file)
      const what = `the entry of '${key}'`
      const reader = levels.readers[0].reset(bytes.byteOffset, bytes.byteOffset + bytes.length, what)
      const field = levels.fields[0]
      let dtype = 0
      let shape: number[] | undefined
      let shardId = 0
      let offset = 0
      let size = 0
      let slices: SliceExtent[][] | undefined
      while (reader.nextInto(field)) {
        switch (field.field) {
          case 1:
            dtype = reader.int32(field, 'dtype')
            break
          case 2:
            shape = shapeDims(levels, reader, field)
            break
          case 3:
            shardId = reader.int32(field, 'shard_id')
            break
          case 4:
            offset = reader.int64(field, 'the offset')
            break
          case 5:
            size = reader.int64(field, 'the size')
            break
          case 7:
            ;(slices ??= []).push(sliceExtents(levels, reader, field))
            break
        }
      }
      const entry: BundleEntry = { dtype, shape: shape ?? [], shardId, offset, size }
      if (slices) entry.slices = slices
      return entry
    }
  }
}

/**
 * BundleEntryProto: 1 dtype (int32), 2 shape (TensorShapeProto), 3 shard_id (int32), 4 offset
 * (int64), 5 size (int64), 6 crc32c (fixed32, unused), 7 slices (repeated TensorSliceProto); its
 * messages nest three deep (entry, shape or slice, dim or extent): a reader and a field for each.
 * Offsets in errors are within the SSTable's buffer; the errors name the entry's key.
 */
class Levels {
  readonly readers: ProtoReader[]
  readonly fields = [ProtoReader.field(), ProtoReader.field(), ProtoReader.field()]

  constructor(
    readonly buffer: ArrayBufferLike,
    readonly file: string
  ) {
    const window = Window.of(new Uint8Array(buffer), file, 0, 'index block')
    this.readers = [0, 1, 2].map(() => new ProtoReader(window, 0, 0, 'BundleEntryProto'))
  }
}

/** VersionDef: 1 producer (int32); a version without it has producer 0. */
function versionProducer(reader: ProtoReader): number {
  let producer = 0
  for (let field = reader.nextLoaded(); field; field = reader.nextLoaded()) if (field.field === 1) producer = reader.int32(field, 'producer')
  return producer
}

/** TensorShapeProto (`field` of `entry`): 2 dim (repeated Dim: 1 size (int64, -1 unknown), 2 name); 3 unknown_rank is not needed. */
function shapeDims(levels: Levels, entry: ProtoReader, field: ProtoField): number[] {
  const shape = levels.readers[1].enter(entry, field, entry.what)
  const dim = levels.readers[2]
  const [, shapeField, dimField] = levels.fields
  const dims: number[] = []
  while (shape.nextInto(shapeField)) {
    if (shapeField.field !== 2) continue
    dim.enter(shape, shapeField, entry.what)
    let size = 0
    while (dim.nextInto(dimField)) if (dimField.field === 1) size = dim.int64(dimField, 'a dimension')
    dims.push(size)
  }
  return dims
}

/** TensorSliceProto (`field` of `entry`): 1 extent (repeated Extent: 1 start (int64), 2 length (int64, in the oneof `has_length`: absent = all)). */
function sliceExtents(levels: Levels, entry: ProtoReader, field: ProtoField): SliceExtent[] {
  const slice = levels.readers[1].enter(entry, field, entry.what)
  const extent = levels.readers[2]
  const [, sliceField, extentField] = levels.fields
  const extents: SliceExtent[] = []
  while (slice.nextInto(sliceField)) {
    if (sliceField.field !== 1) continue
    extent.enter(slice, sliceField, entry.what)
    let start = 0
    let length: number | undefined
    while (extent.nextInto(extentField)) {
      if (extentField.field === 1) start = extent.int64(extentField, 'a slice start')
      else if (extentField.field === 2) length = extent.int64(extentField, 'a slice length')
    }
    extents.push(length === undefined ? { start } : { start, length })
  }
  return extents
}

/** The collections of a meta graph that say what its variables are, as checkpoint keys. */
export interface VariableCollections {
  /** `trainable_variables`: "conv1/weights:0" -> "conv1/weights"; a partition -> its full variable. */
  trainable?: string[]
  /** `global_step` (tf.compat.v1.GraphKeys.GLOBAL_STEP): the training loop's step. */
  globalStep?: string[]
}

/**
 * The variable collections of a MetaGraphDef from its `collection_def` fields (field 4, a
 * map<string, CollectionDef>), each given as its content: a map entry, 1 key and 2 value. The
 * last entry of a key wins.
 */
export function decodeVariableCollections(collectionDefs: readonly Uint8Array[], file: string): VariableCollections {
  const wanted: Record<string, { entry: ProtoReader; value: ProtoField | undefined }> = {}
  for (const bytes of collectionDefs) {
    const entry = messageOf(bytes, file, 'a collection of the meta graph')
    let key = ''
    let value: ProtoField | undefined
    for (let inner = entry.nextLoaded(); inner; inner = entry.nextLoaded()) {
      if (inner.field === 1) key = stringOf(entry, inner, 'a collection name')
      else if (inner.field === 2) value = inner
    }
    if (key === 'trainable_variables' || key === 'global_step') wanted[key] = { entry, value }
  }
  const of = (key: string): string[] | undefined => {
    const found = wanted[key]
    return found && collectionVariables(found.entry, found.value)
  }
  const trainable = of('trainable_variables')
  const globalStep = of('global_step')
  return { ...(trainable ? { trainable } : {}), ...(globalStep ? { globalStep } : {}) }
}

/**
 * A collection's variables (CollectionDef: 1 node_list, 2 bytes_list, each `1: repeated value`):
 * serialized VariableDefs (a partition's is its full variable) or else tensor names; undefined
 * when it holds neither list.
 */
function collectionVariables(meta: ProtoReader, collection: ProtoField | undefined): string[] | undefined {
  if (collection === undefined) return undefined
  const reader = meta.message(collection, meta.what)
  let nodeList: ProtoField | undefined
  let bytesList: ProtoField | undefined
  for (let field = reader.nextLoaded(); field; field = reader.nextLoaded()) {
    if (field.field === 1) nodeList = field
    else if (field.field === 2) bytesList = field
  }
  const list = bytesList ?? nodeList
  if (list === undefined) return undefined
  const values = reader.message(list, reader.what)
  const names: string[] = []
  for (let field = values.nextLoaded(); field; field = values.nextLoaded()) {
    if (field.field !== 1) continue
    names.push(list === bytesList ? variableName(values.message(field, 'a VariableDef')) : tensorToVariable(stringOf(values, field, 'a tensor name')))
  }
  return names
}

/** VariableDef: 1 variable_name, 4 save_slice_info_def (SaveSliceInfoDef: 1 full_name, the partitioned variable's key). */
function variableName(reader: ProtoReader): string {
  let name = ''
  let fullName = ''
  for (let field = reader.nextLoaded(); field; field = reader.nextLoaded()) {
    if (field.field === 1) name = stringOf(reader, field, 'variable_name')
    else if (field.field === 4) {
      const info = reader.message(field, reader.what)
      for (let inner = info.nextLoaded(); inner; inner = info.nextLoaded()) if (inner.field === 1) fullName = stringOf(info, inner, 'full_name')
    }
  }
  return fullName || tensorToVariable(name)
}

/** A `string` field of a message held in memory. */
function stringOf(reader: ProtoReader, field: ProtoField, what: string): string {
  return reader.strictStringInWindow(field, MAX_NAME_BYTES, what) as string
}

/** "conv1/weights:0" -> "conv1/weights": a variable's tensor name to its checkpoint key. */
function tensorToVariable(name: string): string {
  return name.replace(/:\d+$/, '')
}
