import protobuf from 'protobufjs/light.js'
import { compress } from 'snappyjs'
import { crc32c, crc32cExtend, maskCrc } from '../../src/formats/tensorflow/crc32c.js'
import { TF_PROTO_DESCRIPTOR } from '../../src/formats/tensorflow/proto/descriptor.generated.js'
import { chunksToBytes } from './sparse.js'

/**
 * Writers for TensorFlow V2 checkpoints, for tests, the shipped example and the bench. They
 * follow what TensorFlow itself writes:
 * - the `.index` is a LevelDB-format table (tensorflow/tensorflow:tensorflow/core/lib/io/
 *   table_builder.cc, block_builder.cc): prefix-compressed keys with a restart point every 16
 *   entries, blocks cut at 256 KiB, an index block with a restart at every entry, an empty
 *   metaindex block, 5-byte trailers with the masked CRC32C, the 48-byte footer;
 * - key "" holds the BundleHeaderProto, every other key a BundleEntryProto
 *   (tensorflow/core/util/tensor_bundle/tensor_bundle.cc, BundleWriter);
 * - data shards hold the payloads back to back in key order (data_alignment 1);
 * - partitioned variables get a full entry with `slices` and one OrderedCode-keyed entry per slice.
 * Unlike TF (which always writes raw blocks), blocks can be snappy-compressed, as old writers and
 * V1 tables do, to test that path.
 */

const root = protobuf.Root.fromJSON(TF_PROTO_DESCRIPTOR as protobuf.INamespace)
const BundleHeaderProto = root.lookupType('tensorflow.BundleHeaderProto')
const BundleEntryProto = root.lookupType('tensorflow.BundleEntryProto')
const TrackableObjectGraph = root.lookupType('tensorflow.TrackableObjectGraph')

/** tensorflow.DataType values used by the builders. */
export const DT = { FLOAT: 1, DOUBLE: 2, INT32: 3, STRING: 7, INT64: 9, HALF: 19, BFLOAT16: 14 } as const
const DTYPE_BYTES: Record<number, number> = { 1: 4, 2: 8, 3: 4, 9: 8, 19: 2, 14: 2 }

// --- SSTable ---------------------------------------------------------------------------------------

export interface TableOptions {
  /** Cut a data block once it reaches this many bytes (TF: 262144). */
  blockSize?: number
  /** Entries between restart points in data blocks (TF: 16). */
  restartInterval?: number
  /** Snappy-compress blocks (kept even when it does not save 12.5%, unlike TF, to test the path). */
  snappy?: boolean
}

export interface TableEntry {
  key: Uint8Array
  value: Uint8Array
}

const UTF8 = new TextEncoder()

function varint(value: number, out: number[]): void {
  while (value >= 0x80) {
    out.push((value % 128) | 0x80)
    value = Math.floor(value / 128)
  }
  out.push(value)
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i]
  return a.length - b.length
}

/** One block's contents: prefix-compressed entries, then the restart array and its length. */
function encodeBlock(entries: TableEntry[], restartInterval: number): Uint8Array {
  const bytes: number[] = []
  const chunks: Uint8Array[] = []
  const restarts: number[] = []
  let size = 0
  let previous: Uint8Array = new Uint8Array(0)
  entries.forEach((entry, i) => {
    let shared = 0
    if (i % restartInterval === 0) {
      restarts.push(size)
    } else {
      const max = Math.min(previous.length, entry.key.length)
      while (shared < max && previous[shared] === entry.key[shared]) shared++
    }
    bytes.length = 0
    varint(shared, bytes)
    varint(entry.key.length - shared, bytes)
    varint(entry.value.length, bytes)
    const head = Uint8Array.from(bytes)
    const delta = entry.key.subarray(shared)
    chunks.push(head, delta, entry.value)
    size += head.length + delta.length + entry.value.length
    previous = entry.key
  })
  if (restarts.length === 0) restarts.push(0)
  const tail = new Uint8Array(4 * (restarts.length + 1))
  const view = new DataView(tail.buffer)
  restarts.forEach((offset, i) => view.setUint32(4 * i, offset, true))
  view.setUint32(4 * restarts.length, restarts.length, true)
  chunks.push(tail)
  return chunksToBytes(chunks)
}

/** Appends `contents` (compressed if asked) and its trailer; returns its handle. */
function writeBlock(contents: Uint8Array, snappy: boolean, out: Uint8Array[], offset: number): { offset: number; size: number } {
  const stored = snappy ? compress(contents) : contents
  const type = Uint8Array.of(snappy ? 1 : 0)
  const trailer = new Uint8Array(5)
  trailer[0] = type[0]
  new DataView(trailer.buffer).setUint32(1, maskCrc(crc32cExtend(crc32c(stored), type)), true)
  out.push(stored, trailer)
  return { offset, size: stored.length }
}

function encodeHandle(handle: { offset: number; size: number }): Uint8Array {
  const bytes: number[] = []
  varint(handle.offset, bytes)
  varint(handle.size, bytes)
  return Uint8Array.from(bytes)
}

/** A complete table of `entries` (sorted here by key bytes, as a table must be). */
export function buildSSTable(entries: TableEntry[], options: TableOptions = {}): Uint8Array {
  const blockSize = options.blockSize ?? 262144
  const restartInterval = options.restartInterval ?? 16
  const snappy = options.snappy ?? false
  const sorted = [...entries].sort((a, b) => compareBytes(a.key, b.key))
  const out: Uint8Array[] = []
  let offset = 0
  const index: TableEntry[] = []
  let block: TableEntry[] = []
  let estimate = 0
  const flush = (): void => {
    if (block.length === 0) return
    const handle = writeBlock(encodeBlock(block, restartInterval), snappy, out, offset)
    offset += handle.size + 5
    // The last key of the block is a valid separator (>= its keys, < the next block's).
    index.push({ key: block[block.length - 1].key, value: encodeHandle(handle) })
    block = []
    estimate = 0
  }
  for (const entry of sorted) {
    block.push(entry)
    estimate += entry.key.length + entry.value.length + 3
    if (estimate >= blockSize) flush()
  }
  flush()
  const metaindex = writeBlock(encodeBlock([], 1), false, out, offset)
  offset += metaindex.size + 5
  const indexHandle = writeBlock(encodeBlock(index, 1), snappy, out, offset)
  const footer = new Uint8Array(48)
  footer.set(chunksToBytes([encodeHandle(metaindex), encodeHandle(indexHandle)]))
  footer.set([0x57, 0xfb, 0x80, 0x8b, 0x24, 0x75, 0x47, 0xdb], 40)
  out.push(footer)
  return chunksToBytes(out)
}

// --- Tensor bundles --------------------------------------------------------------------------------

export interface BundleTensorSpec {
  name: string
  /** tensorflow.DataType value (see DT). */
  dtype: number
  shape: number[]
  /** Payload; zeros of the dense size when omitted. */
  data?: Uint8Array
  shard?: number
  /** Partitioned variable: each slice's extents ([start, length] per dimension) and payload. */
  slices?: { extents: [number, number][]; data?: Uint8Array }[]
}

export interface BundleOptions extends TableOptions {
  numShards?: number
  /** A TrackableObjectGraph (protobufjs plain object, snake_case) stored as `_CHECKPOINTABLE_OBJECT_GRAPH` in shard 0. */
  objectGraph?: Record<string, unknown>
}

export interface BuiltBundle {
  index: Uint8Array
  /** Data shards, by shard id. */
  shards: Uint8Array[]
}

function denseSize(dtype: number, shape: number[]): number {
  const size = DTYPE_BYTES[dtype]
  if (size === undefined) throw new Error(`builder: give data for dtype ${dtype}`)
  return shape.reduce((n, d) => n * d, 1) * size
}

/** The OrderedCode key of one slice (saved_tensor_slice_util.cc EncodeTensorNameSlice). */
export function sliceKey(name: string, extents: [number, number][]): Uint8Array {
  const bytes: number[] = [0x00]
  for (const byte of UTF8.encode(name)) {
    if (byte === 0x00) bytes.push(0x00, 0xff)
    else if (byte === 0xff) bytes.push(0xff, 0x00)
    else bytes.push(byte)
  }
  bytes.push(0x00, 0x01)
  // WriteNumIncreasing(rank): a length byte, then big-endian bytes.
  if (extents.length === 0) bytes.push(0)
  else bytes.push(1, extents.length)
  for (const [start, length] of extents) bytes.push(...signedIncreasing(start), ...signedIncreasing(length))
  return Uint8Array.from(bytes)
}

/** WriteSignedNumIncreasing for |value| < 8192 (ordered_code.cc: 1 byte below 64, 2 bytes below 8192). */
function signedIncreasing(value: number): number[] {
  const x = value < 0 ? -value - 1 : value
  let encoded: number[]
  if (x < 64) encoded = [0x80 | x]
  else if (x < 8192) encoded = [0xc0 | (x >> 8), x & 0xff]
  else throw new Error('builder: slice extents up to 8191')
  return value < 0 ? encoded.map((byte) => ~byte & 0xff) : encoded
}

/** A DT_STRING scalar as tensor_bundle.cc WriteStringTensor stores it: varint64 length, masked CRC of the length, bytes. */
export function stringScalar(payload: Uint8Array): Uint8Array {
  const length: number[] = []
  varint(payload.length, length)
  const crc = new Uint8Array(4)
  const lengthBytes = new Uint8Array(4)
  new DataView(lengthBytes.buffer).setUint32(0, payload.length, true)
  new DataView(crc.buffer).setUint32(0, maskCrc(crc32c(lengthBytes)), true)
  return chunksToBytes([Uint8Array.from(length), crc, payload])
}

/**
 * A data shard described without its payloads: its size and the bytes that are not zeros (the
 * tensors given explicit `data`, such as the object graph). The bench writes it as a sparse file,
 * so a bundle can describe 100 GB without filling the disk.
 */
export interface ShardLayout {
  size: number
  pieces: { offset: number; data: Uint8Array }[]
}

export interface BundleLayout {
  index: Uint8Array
  shards: ShardLayout[]
}

export function buildBundle(tensors: BundleTensorSpec[], options: BundleOptions = {}): BuiltBundle {
  const layout = buildBundleLayout(tensors, options)
  return { index: layout.index, shards: layout.shards.map(materialize) }
}

function materialize(shard: ShardLayout): Uint8Array {
  const bytes = new Uint8Array(shard.size)
  for (const piece of shard.pieces) bytes.set(piece.data, piece.offset)
  return bytes
}

/** The `.index` and the layout of each data shard; tensors without `data` are zeros (holes) of their dense size. */
export function buildBundleLayout(tensors: BundleTensorSpec[], options: BundleOptions = {}): BundleLayout {
  const numShards = options.numShards ?? 1
  const shards: ShardLayout[] = Array.from({ length: numShards }, () => ({ size: 0, pieces: [] }))
  const entries: TableEntry[] = [{ key: new Uint8Array(0), value: BundleHeaderProto.encode({ num_shards: numShards, version: { producer: 1 } }).finish() }]
  const append = (shard: number, size: number, data?: Uint8Array): { shard_id?: number; offset?: number; size: number } => {
    const offset = shards[shard].size
    if (data) shards[shard].pieces.push({ offset, data })
    shards[shard].size += size
    // Proto3 leaves zero fields out, as TF's writer does (FORMATS.md trap 7).
    return { ...(shard ? { shard_id: shard } : {}), ...(offset ? { offset } : {}), size }
  }
  const all = [...tensors]
  if (options.objectGraph) {
    const graph = TrackableObjectGraph.encode(TrackableObjectGraph.fromObject(options.objectGraph)).finish()
    all.push({ name: '_CHECKPOINTABLE_OBJECT_GRAPH', dtype: DT.STRING, shape: [], data: stringScalar(graph), shard: 0 })
  }
  all.sort((a, b) => compareBytes(UTF8.encode(a.name), UTF8.encode(b.name)))
  for (const tensor of all) {
    const shape = { dim: tensor.shape.map((size) => ({ size })) }
    if (tensor.slices) {
      const slices = tensor.slices.map((slice) => ({
        extent: slice.extents.map(([start, length]) => (length < 0 ? { start } : { start, length }))
      }))
      entries.push({ key: UTF8.encode(tensor.name), value: BundleEntryProto.encode({ dtype: tensor.dtype, shape, slices }).finish() })
      for (const slice of tensor.slices) {
        const sliceShape = slice.extents.map(([, length], d) => (length < 0 ? tensor.shape[d] : length))
        const size = slice.data?.length ?? denseSize(tensor.dtype, sliceShape)
        const where = append(tensor.shard ?? 0, size, slice.data)
        entries.push({
          key: sliceKey(tensor.name, slice.extents),
          value: BundleEntryProto.encode({ dtype: tensor.dtype, shape: { dim: sliceShape.map((size) => ({ size })) }, ...where }).finish()
        })
      }
      continue
    }
    const size = tensor.data?.length ?? denseSize(tensor.dtype, tensor.shape)
    const where = append(tensor.shard ?? 0, size, tensor.data)
    // The CRC of zeros of a large size is not computed for a layout: readers do not check it.
    const crc = tensor.data ? crc32c(tensor.data) : zerosCrc(size)
    entries.push({
      key: UTF8.encode(tensor.name),
      value: BundleEntryProto.encode({ dtype: tensor.dtype, shape, ...where, crc32c: maskCrc(crc) }).finish()
    })
  }
  return { index: buildSSTable(entries, options), shards }
}

/** Payloads up to this size get the CRC of their zeros, as TF would write; larger (bench) ones get 0. */
const ZERO_CRC_MAX_BYTES = 64 * 1024 * 1024
const zeroCrcs = new Map<number, number>()

function zerosCrc(size: number): number {
  if (size > ZERO_CRC_MAX_BYTES) return 0
  let crc = zeroCrcs.get(size)
  if (crc === undefined) {
    crc = crc32c(new Uint8Array(size))
    zeroCrcs.set(size, crc)
  }
  return crc
}

/** `P.data-00000-of-00001` for every shard, plus `P.index`, as a path → bytes map (for MemoryFiles). */
export function bundleFiles(prefix: string, bundle: BuiltBundle): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>([[`${prefix}.index`, bundle.index]])
  const n = bundle.shards.length
  bundle.shards.forEach((data, i) => {
    files.set(`${prefix}.data-${String(i).padStart(5, '0')}-of-${String(n).padStart(5, '0')}`, data)
  })
  return files
}
