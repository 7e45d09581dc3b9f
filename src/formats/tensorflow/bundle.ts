import { FormatError, LimitExceededError } from '../../core/errors.js'
import { MAX_DIMS, MAX_NAME_BYTES, MAX_TENSORS, MAX_TF_SHARDS } from '../../core/limits.js'
import type { Evidence } from '../../core/classify.js'
import type { TensorInfo } from '../../core/types.js'
import type { ByteSource } from '../../io/byte-source.js'
import { ShapeInterner, UTF8 } from '../../io/bytes/index.js'
import { tfDtypeName } from './dtypes.js'
import { slotReason } from './slots.js'
import type { BundleDecoders, BundleEntry, BundleHeader, SliceExtent } from './protos.js'
import { readTable, readTableFrom, type EntryVisitor } from './sstable.js'

/**
 * A V2 checkpoint's `.index` (a "tensor bundle", tensorflow/tensorflow:
 * tensorflow/core/util/tensor_bundle/tensor_bundle.{h,cc}): key "" holds the BundleHeaderProto,
 * every other key a BundleEntryProto saying where that tensor's bytes are.
 */
export interface BundleIndex {
  header: BundleHeader
  /** `P.data-NNNNN-of-NNNNN` for each shard the header declares. */
  shardPaths: string[]
  /**
   * Tensors with data of their own, in key order (slice entries included, full partitioned
   * entries not), as the reader reports them; their evidence is given later.
   */
  tensors: BundleTensor[]
  /** The slice entries among `tensors`: position -> the partitioned variable and the slice's extents. */
  slices: Map<number, { variable: string; extents: SliceExtent[] }>
  /** Partitioned variables: full name -> the full entry (dtype, full shape, slice specs). */
  partitioned: Map<string, BundleEntry>
  /** Per shard, the end of its last tensor: the size an absent shard would have. */
  described: number[]
}

/**
 * A tensor of the bundle as the reader reports it, with the evidence of the variable its bytes
 * belong to (`explain`). Its `reason`, the classifier's deciding evidence, is completed when it is
 * read: an optimizer slot's reason names the variable it belongs to ("m slot of
 * model/dense/kernel (optimizer)"), a string of its own for each of the 2 * 10^5 slots of a model
 * trained with Adam (~5 MB at the peak of a read of 10^5 tensors) that no report prints. The
 * tensor keeps the variable's name (a string held anyway) and builds the text from the shared
 * evidence (SlotEvidence) instead.
 */
export class BundleTensor implements TensorInfo {
  evidence: readonly Evidence[] = NO_EVIDENCE
  /** The deciding evidence's detail, as the classifier set it. */
  private deciding: string | undefined = undefined
  /** The variable a slot belongs to; for a slice of a partitioned variable, that and the variable. */
  private context: string | SliceContext | undefined = undefined

  constructor(
    public name: string,
    public dtype: string,
    public shape: number[],
    public file: string,
    public offset: number,
    public byteLength: number
  ) {}

  /** What the file says of the tensor's variable; `slotOf`: the variable it is a slot of; `sliceOf`: the partitioned variable it is a slice of. */
  explain(evidence: readonly Evidence[], slotOf: string | undefined, sliceOf: string | undefined): void {
    this.evidence = evidence
    this.context = sliceOf === undefined ? slotOf : { slotOf, sliceOf }
  }

  get reason(): string | undefined {
    const { deciding, context } = this
    if (deciding === undefined || context === undefined) return deciding
    const slotOf = typeof context === 'string' ? context : context.slotOf
    const text = (slotOf !== undefined ? slotReason(this.evidence, deciding, slotOf) : undefined) ?? deciding
    return typeof context === 'string' ? text : `slice of ${context.sliceOf}; ${text}`
  }

  set reason(text: string | undefined) {
    this.deciding = text
  }
}

interface SliceContext {
  slotOf: string | undefined
  sliceOf: string
}

const NO_EVIDENCE: readonly Evidence[] = Object.freeze([])

/**
 * Parses the whole `.index` file `file` (`P.index`; decoders: `await loadBundleDecoders()`).
 * Each entry becomes its final TensorInfo at once: with 10^5 entries, every object kept from one
 * entry to the end of the parse survives several young-generation collections, and an
 * intermediate object per entry cost as much garbage-collection time as the parse itself.
 */
export function parseBundleIndex(bytes: Uint8Array, file: string, decode: BundleDecoders): BundleIndex {
  const parser = bundleIndexParser(file, decode)
  readTable(bytes, file, parser.visit)
  return parser.finish()
}

/** `parseBundleIndex` reading the index `file` from `source` block by block (see readTableFrom). */
export async function readBundleIndex(source: ByteSource, file: string, decode: BundleDecoders): Promise<BundleIndex> {
  const parser = bundleIndexParser(file, decode)
  await readTableFrom(source, file, parser.visit)
  return parser.finish()
}

/** The entry visitor that builds a BundleIndex, and `finish` that returns it once the table is read. */
function bundleIndexParser(file: string, decode: BundleDecoders): { visit: EntryVisitor; finish: () => BundleIndex } {
  const prefix = file.endsWith('.index') ? file.slice(0, -'.index'.length) : file
  let header: BundleHeader | undefined
  const shardPaths: string[] = []
  const described: number[] = []
  const tensors: BundleTensor[] = []
  const slices = new Map<number, { variable: string; extents: SliceExtent[] }>()
  const partitioned = new Map<string, BundleEntry>()
  // One array per distinct shape: nothing modifies a TensorInfo's shape.
  const shapes = new ShapeInterner()
  const add = (name: string, entry: BundleEntry): void => {
    const { numShards } = header as BundleHeader
    if (entry.shardId < 0 || entry.shardId >= numShards) {
      throw new FormatError(file, `'${name}' is in shard ${entry.shardId}, but the bundle has ${numShards} shards`)
    }
    if (entry.offset < 0 || entry.size < 0) throw new FormatError(file, `'${name}' has a negative offset or size`)
    described[entry.shardId] = Math.max(described[entry.shardId], entry.offset + entry.size)
    tensors.push(new BundleTensor(name, tfDtypeName(entry.dtype), shapes.intern(entry.shape), shardPaths[entry.shardId], entry.offset, entry.size))
  }
  const visit: EntryVisitor = (key, value) => {
    if (key.length === 0) {
      header = decode.header(value, file)
      if (header.numShards < 1 || header.numShards > MAX_TF_SHARDS) {
        throw new FormatError(file, `its header says the bundle has ${header.numShards} data shards`, {
          fix: `A bundle has 1 to ${MAX_TF_SHARDS} shards; the index is corrupted.`
        })
      }
      for (let shard = 0; shard < header.numShards; shard++) {
        shardPaths.push(dataShardPath(prefix, shard, header.numShards))
        described.push(0)
      }
      return
    }
    if (header === undefined) {
      throw new FormatError(file, 'has no bundle header: the empty key "" must be the first entry', {
        fix: 'This is not a V2 tensor bundle index (a V1 checkpoint or another SSTable?).'
      })
    }
    // Keys are as long as their block allows (MAX_TF_BLOCK_BYTES); a name is never near that.
    if (key.length > MAX_NAME_BYTES) throw new LimitExceededError(file, 'the length of a checkpoint key', key.length, MAX_NAME_BYTES)
    if (tensors.length + partitioned.size >= MAX_TENSORS) {
      throw new LimitExceededError(file, 'the number of tensors', tensors.length + partitioned.size + 1, MAX_TENSORS)
    }
    if (key[0] === 0) {
      // A slice of a partitioned variable: OrderedCode key (FORMATS.md §1.4).
      const slice = decodeSliceKey(key, file)
      slices.set(tensors.length, { variable: slice.variable, extents: slice.extents })
      add(`${slice.variable}[${slice.spec}]`, decode.entry(value, file, slice.variable))
      return
    }
    const name = UTF8.decode(key)
    const entry = decode.entry(value, file, name)
    if (entry.shape.length > MAX_DIMS) throw new LimitExceededError(file, `the rank of '${name}'`, entry.shape.length, MAX_DIMS)
    if (entry.slices) {
      // Its shard/offset/size are ignored by TF; its bytes are in the slice entries.
      partitioned.set(name, entry)
      return
    }
    add(name, entry)
  }
  const finish = (): BundleIndex => {
    if (!header) {
      throw new FormatError(file, 'is an empty table: it has no bundle header', {
        fix: 'The index is truncated or not a TensorFlow V2 checkpoint index.'
      })
    }
    return { header, shardPaths, tensors, slices, partitioned, described }
  }
  return { visit, finish }
}

/** `P.data-00000-of-00001` (naming.cc DataFilename: "%s.data-%05d-of-%05d"). */
export function dataShardPath(prefix: string, shard: number, numShards: number): string {
  return `${prefix}.data-${String(shard).padStart(5, '0')}-of-${String(numShards).padStart(5, '0')}`
}

/**
 * Decodes a slice key as saved_tensor_slice_util.cc EncodeTensorNameSlice writes it with
 * ordered_code.cc: WriteNumIncreasing(0), WriteString(name), WriteNumIncreasing(rank), then per
 * dimension WriteSignedNumIncreasing(start) and WriteSignedNumIncreasing(length) (-1 = all).
 */
export function decodeSliceKey(key: Uint8Array, file: string): { variable: string; extents: { start: number; length?: number }[]; spec: string } {
  const bad = (what: string): FormatError => new FormatError(file, `malformed partitioned-variable key: ${what}`)
  let p = 1 // WriteNumIncreasing(0) is the single byte 0x00.
  const name: number[] = []
  for (;;) {
    if (p >= key.length) throw bad('its name is not terminated')
    const byte = key[p++]
    if (byte === 0x00) {
      const next = key[p++]
      if (next === 0x01) break // terminator 00 01
      if (next === 0xff)
        name.push(0x00) // escaped 0x00
      else throw bad('bad escape in its name')
    } else if (byte === 0xff) {
      if (key[p++] !== 0x00) throw bad('bad escape in its name')
      name.push(0xff)
    } else {
      name.push(byte)
    }
  }
  const variable = UTF8.decode(Uint8Array.from(name))
  const readUnsigned = (): number => {
    const length = key[p++]
    if (length === undefined || length > 8 || p + length > key.length) throw bad('bad rank')
    let value = 0
    for (let i = 0; i < length; i++) value = value * 256 + key[p++]
    return value
  }
  const readSigned = (): number => {
    // First byte: sign bit, then a unary count of extra bytes (ordered_code.cc kLengthToHeaderBits).
    if (p >= key.length) throw bad('truncated extent')
    const first = key[p]
    const negative = (first & 0x80) === 0
    const header = negative ? ~first & 0xff : first
    let extra = 0
    for (let bit = 0x40; bit > 0 && header & bit; bit >>= 1) extra++
    const total = extra + 1
    if (total > 8 || p + total > key.length) throw bad('unsupported extent encoding')
    let value = 0
    for (let i = 0; i < total; i++) {
      let byte = key[p + i]
      if (negative) byte = ~byte & 0xff
      if (i === 0) byte &= 0xff >> (extra + 1)
      value = value * 256 + byte
    }
    p += total
    return negative ? -value - 1 : value
  }
  const rank = readUnsigned()
  if (rank > MAX_DIMS) throw bad(`rank ${rank}`)
  const extents: { start: number; length?: number }[] = []
  for (let d = 0; d < rank; d++) {
    const start = readSigned()
    const length = readSigned()
    extents.push(length < 0 ? { start } : { start, length })
  }
  const spec = extents.map((e) => (e.length === undefined ? ':' : `${e.start}:${e.start + e.length}`)).join(',')
  return { variable, extents, spec }
}
