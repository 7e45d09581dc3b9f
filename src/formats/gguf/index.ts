import { DTYPES, elementCount } from '../../core/dtypes.js'
import { FormatError, LimitExceededError, UnsupportedFormatError } from '../../core/errors.js'
import { MAX_GGUF_ARRAY_DEPTH, MAX_GGUF_DIMS, MAX_GGUF_KEY_BYTES, MAX_NAME_BYTES, MAX_TENSORS } from '../../core/limits.js'
import type { ReadResult, TensorInfo } from '../../core/types.js'
import type { CheckpointFiles } from '../../io/checkpoint-files.js'
import { Cursor, Window } from '../../io/bytes/index.js'
import { Companions } from '../kit/companions.js'
import { withSource } from '../kit/open.js'
import type { CheckpointReader } from '../kit/types.js'
import { GGML_TYPES } from './ggml-types.js'
import { GGUF_MAGIC, ggufSniffer } from './sniff.js'
import { evidenceOf } from '../../core/classify.js'

/**
 * GGUF v1–v3 (`ggml-org/ggml:docs/gguf.md`, FORMATS.md §8):
 *
 *   "GGUF" u32 version, tensor_count, kv_count        (counts u64; u32 in v1)
 *   kv[kv_count]: string key, u32 value_type, value    (strings: u64 length + UTF-8; u32 in v1)
 *   tensor_info[tensor_count]: string name, u32 n_dims, u64 ne[n_dims], u32 ggml_type, u64 offset
 *   padding to ALIGNMENT (`general.alignment`, default 32), then tensor data
 *
 * Tensor offsets are relative to the aligned start of the data. KV values are skipped (their
 * lengths validated against the file) except `general.alignment`. Every tensor of a GGUF file is a
 * model weight — GGUF is an inference format with no optimizer state — so `classifiedBy` is
 * `format`; the header, KV metadata, tensor infos and alignment padding are metadata.
 */

const GGUF_DEFAULT_ALIGNMENT = 32
const ALIGNMENT_KEY = 'general.alignment'

/** gguf_type: KV value types and the bytes of the fixed-size ones. */
const GGUF_STRING = 8
const GGUF_ARRAY = 9
const FIXED_VALUE_BYTES: ReadonlyMap<number, number> = new Map([
  [0, 1], // uint8
  [1, 1], // int8
  [2, 2], // uint16
  [3, 2], // int16
  [4, 4], // uint32
  [5, 4], // int32
  [6, 4], // float32
  [7, 1], // bool
  [10, 8], // uint64
  [11, 8], // int64
  [12, 8] // float64
])
const UNSIGNED_VALUE_TYPES = new Set([0, 2, 4, 10])

/**
 * The byte layer's Cursor with GGUF's size fields (u32 in v1, u64 since v2). The tensor-info loop
 * asks `has`/`ensure` for a whole info at a time and then decodes it synchronously: no await per
 * field (bench/README.md, "Sync fast path").
 */
class GgufCursor extends Cursor {
  version = 3

  /** Bytes a size field takes: u32 in v1, u64 since v2. */
  get sizeBytes(): number {
    return this.version === 1 ? 4 : 8
  }

  /**
   * Counts, string lengths, array lengths (and, in the tensor infos, dims): u32 in GGUF v1, u64
   * since v2 (v1 as read by `huggingface/candle:candle-core/src/quantized/gguf_file.rs`, whose
   * first GGUF reader was v1-only; the tensor offset was already u64). The window must hold it.
   */
  sizeField(what: string): number {
    return this.version === 1 ? this.u32() : this.u64(what)
  }

  async size(what: string): Promise<number> {
    if (!this.has(this.sizeBytes)) await this.ensure(this.sizeBytes)
    return this.sizeField(what)
  }

  async nextU32(): Promise<number> {
    if (!this.has(4)) await this.ensure(4)
    return this.u32()
  }

  async unsigned(type: number, what: string): Promise<number> {
    const width = FIXED_VALUE_BYTES.get(type) ?? 4
    if (!this.has(width)) await this.ensure(width)
    return this.uint(width, what)
  }

  /** Moves past a value of `length` bytes the file claims, refusing one longer than the rest of the file. */
  skipClaimed(length: number, what: string): void {
    if (length > this.remaining) {
      throw new FormatError(this.file, `${what} claims ${length} bytes but only ${this.remaining} remain in the file`, {
        offset: this.position,
        fix: 'The file is truncated or corrupt.'
      })
    }
    this.position += length
  }

  async string(maxBytes: number, what: string): Promise<string> {
    const length = await this.size(`length of ${what}`)
    this.checkStringLength(length, maxBytes, what)
    if (!this.has(length)) await this.ensure(length)
    return this.utf8(length)
  }

  /** Refuses a string over its limit before reading it; `position` is just past its length field. */
  checkStringLength(length: number, maxBytes: number, what: string): void {
    if (length > maxBytes) {
      throw new FormatError(this.file, `${what} is ${length} bytes long, over the ${maxBytes}-byte limit`, {
        offset: this.position - this.sizeBytes,
        fix: 'The file is corrupt or hostile.'
      })
    }
  }

  async skipString(what: string): Promise<void> {
    this.skipClaimed(await this.size(`length of ${what}`), what)
  }

  /** Skips one KV value, checking every length against the file before looping over it. */
  async skipValue(type: number, what: string, depth = 0): Promise<void> {
    const fixed = FIXED_VALUE_BYTES.get(type)
    if (fixed !== undefined) return this.skipClaimed(fixed, what)
    if (type === GGUF_STRING) return this.skipString(what)
    if (type !== GGUF_ARRAY) throw this.unknownValueType(type, what)
    if (depth >= MAX_GGUF_ARRAY_DEPTH) throw new LimitExceededError(this.file, `array nesting of ${what}`, depth + 1, MAX_GGUF_ARRAY_DEPTH)
    const elementType = await this.nextU32()
    const count = await this.size(`element count of ${what}`)
    const elementBytes = FIXED_VALUE_BYTES.get(elementType)
    if (elementBytes !== undefined) return this.skipClaimed(count * elementBytes, what)
    // Strings and arrays take at least their length/header bytes each: a count the rest of the
    // file cannot hold is refused before looping.
    const minimum = elementType === GGUF_STRING ? (this.version === 1 ? 4 : 8) : this.version === 1 ? 8 : 12
    if (elementType !== GGUF_STRING && elementType !== GGUF_ARRAY) throw this.unknownValueType(elementType, what)
    if (count * minimum > this.remaining) {
      throw new FormatError(this.file, `${what} claims ${count} elements, more than the rest of the file can hold`, {
        offset: this.position,
        fix: 'The file is truncated or corrupt.'
      })
    }
    for (let i = 0; i < count; i++) await this.skipValue(elementType, what, depth + 1)
  }

  private unknownValueType(type: number, what: string): FormatError {
    return new FormatError(this.file, `${what} has value type ${type}, which GGUF does not define`, {
      offset: this.position,
      fix: 'The file is corrupt, or from a GGUF version newer than 3.'
    })
  }
}

interface GgufTensorInfo {
  name: string
  dims: number[]
  type: number
  offset: number
  at: number
}

export const ggufReader: CheckpointReader = {
  ...ggufSniffer,

  /**
   * One GGUF file, or a split model read from its first shard: `name-00001-of-00003.gguf`
   * (llama.cpp's gguf-split naming, 5 digits, 1-based) claims its siblings, each a complete GGUF
   * file with its own header. Shards do not describe each other's sizes, so an absent shard is
   * listed with 0 bytes and a warning.
   */
  async read(path: string, files: CheckpointFiles): Promise<ReadResult> {
    const shardPaths = splitShardPaths(path) ?? [path]
    // Shards do not record each other's sizes: an absent one counts as 0 bytes.
    const shards = new Companions(files, 'the first shard')
    const tensors: TensorInfo[] = []
    const headers: string[] = []
    for (const shardPath of shardPaths) {
      if (shardPath !== path && (await files.size(shardPath)) === undefined) {
        shards.absentFile(shardPath, 'data')
        continue
      }
      await withSource(files, shardPath, async (source) => {
        const layout = await readGgufLayout(new Window(source))
        shards.present(shardPath, 'data', source.size)
        tensors.push(...layout.tensors)
        headers.push(`v${layout.version} header, ${layout.kvCount} KV pairs, ${layout.tensors.length} tensor infos`)
      })
    }
    const warnings = shards.warnings()
    const explanations =
      tensors.length === 0 && warnings.length === 0
        ? ['this GGUF file has no tensors (a vocabulary-only or metadata-only file): all of its bytes are metadata']
        : []
    const metadataNote =
      headers.length === 1 ? `GGUF ${headers[0]}, alignment padding` : `${headers.length} GGUF shards: headers, KV pairs, tensor infos, padding`
    return {
      format: 'gguf',
      name: path,
      files: shards.files,
      tensors,
      classifiedBy: 'format',
      warnings,
      explanations,
      categoryNotes: { metadata: metadataNote }
    }
  }
}

/** The paths of all shards of a split model, when `path` is its first shard. */
function splitShardPaths(path: string): string[] | undefined {
  const match = /^(.*)-00001-of-(\d{5})\.gguf$/i.exec(path)
  const count = match ? Number(match[2]) : 0
  if (!match || count < 2) return undefined
  return Array.from({ length: count }, (_, i) => `${match[1]}-${String(i + 1).padStart(5, '0')}-of-${match[2]}.gguf`)
}

/** What the header of a GGUF file says: its version, counts, where the data starts, and the tensors. */
export interface GgufLayout {
  version: number
  littleEndian: boolean
  kvCount: number
  alignment: number
  /** End of the tensor infos: the header's last byte + 1. */
  headerEnd: number
  /** Aligned start of the tensor data; tensor offsets are relative to it. */
  dataStart: number
  tensors: TensorInfo[]
}

export async function readGgufLayout(window: Window): Promise<GgufLayout> {
  const path = window.name
  const fileSize = window.size
  const cursor = new GgufCursor(window)
  await cursor.ensure(4)
  const magic = cursor.bytes(4)
  if (!GGUF_MAGIC.every((byte, i) => magic[i] === byte)) {
    throw new FormatError(path, 'not a GGUF file: it does not start with "GGUF"', { offset: 0 })
  }
  const versionAt = cursor.position
  let version = await cursor.nextU32()
  // A big-endian GGUF (v3 allows it, unflagged) shows its version byte-swapped: 0x03000000.
  if (version > 0xffff && (version & 0xffff) === 0) {
    cursor.littleEndian = false
    version = ((version >>> 24) | ((version >>> 8) & 0xff00)) >>> 0
  }
  if (version < 1 || version > 3) {
    throw new UnsupportedFormatError(path, `GGUF version ${version} (at byte ${versionAt}); versions 1 to 3 are read`)
  }
  cursor.version = version
  const tensorCount = await cursor.size('tensor count')
  const kvCount = await cursor.size('metadata KV count')
  if (tensorCount > MAX_TENSORS) throw new LimitExceededError(path, 'the GGUF tensor count', tensorCount, MAX_TENSORS)
  // A KV pair is at least a key length, a type and a one-byte value; a tensor info at least a name
  // length, n_dims, a type and an offset. Counts the file cannot hold are refused before looping.
  const lengthBytes = version === 1 ? 4 : 8
  if (kvCount * (lengthBytes + 5) > cursor.remaining || tensorCount * (lengthBytes + 16) > cursor.remaining) {
    throw new FormatError(path, `the header claims ${tensorCount} tensors and ${kvCount} KV pairs, more than the file's ${fileSize} bytes can hold`, {
      offset: 8,
      fix: 'The file is truncated or corrupt.'
    })
  }

  let alignment = GGUF_DEFAULT_ALIGNMENT
  for (let i = 0; i < kvCount; i++) {
    const key = await cursor.string(MAX_GGUF_KEY_BYTES, `key of KV pair ${i}`)
    const typeAt = cursor.position
    const type = await cursor.nextU32()
    if (key === ALIGNMENT_KEY && UNSIGNED_VALUE_TYPES.has(type)) {
      alignment = await cursor.unsigned(type, ALIGNMENT_KEY)
      // llama.cpp's gguf.cpp refuses an alignment that is 0 or not a power of two.
      if (!isPowerOfTwo(alignment)) {
        throw new FormatError(path, `${ALIGNMENT_KEY} is ${alignment}, not a power of two`, { offset: typeAt + 4 })
      }
    } else {
      await cursor.skipValue(type, `the value of '${key}'`)
    }
  }

  // The tensor infos, decoded without an await while the window holds them (one ensure per info). Each
  // becomes its TensorInfo at once, its offset relative to the data until the data start is known.
  const tensors: TensorInfo[] = []
  const infoStarts: number[] = []
  for (let i = 0; i < tensorCount; i++) {
    const at = cursor.position
    if (!cursor.has(cursor.sizeBytes)) await cursor.ensure(cursor.sizeBytes)
    const nameLength = cursor.sizeField(`length of name of tensor ${i}`)
    cursor.checkStringLength(nameLength, MAX_NAME_BYTES, `name of tensor ${i}`)
    if (!cursor.has(nameLength + 4)) await cursor.ensure(nameLength + 4)
    const name = cursor.utf8(nameLength)
    const nDims = cursor.u32()
    if (nDims > MAX_GGUF_DIMS) {
      throw new FormatError(path, `tensor '${name}' has ${nDims} dimensions; GGUF allows at most ${MAX_GGUF_DIMS}`, { offset: at })
    }
    const rest = nDims * cursor.sizeBytes + 4 + 8
    if (!cursor.has(rest)) await cursor.ensure(rest)
    const dims: number[] = new Array<number>(nDims)
    for (let d = 0; d < nDims; d++) dims[d] = version === 1 ? cursor.u32() : cursor.u64(`dimension ${d} of '${name}'`)
    const type = cursor.u32()
    const offset = cursor.u64(`data offset of '${name}'`)
    tensors.push(toTensor(path, { name, dims, type, offset, at }))
    infoStarts.push(at)
  }

  const dataStart = alignUp(cursor.position, alignment)
  for (let i = 0; i < tensors.length; i++) placeTensor(path, tensors[i], infoStarts[i], dataStart, alignment, fileSize)
  return { version, littleEndian: cursor.littleEndian, kvCount, alignment, headerEnd: cursor.position, dataStart, tensors }
}

/** A tensor info as a TensorInfo, its offset still relative to the data start (see placeTensor). */
function toTensor(path: string, info: GgufTensorInfo): TensorInfo {
  const dtype = GGML_TYPES.get(info.type)
  const dtypeInfo = dtype === undefined ? undefined : DTYPES[dtype]
  if (dtype === undefined || dtypeInfo === undefined) {
    throw new UnsupportedFormatError(
      path,
      `tensor '${info.name}' has ggml type ${info.type}, which is not in the ggml type table`,
      'It may be a type removed from GGUF (Q4_2, Q4_0_4_4…) or one newer than this tool.'
    )
  }
  // ggml stores rows of whole blocks: ne[0] is a multiple of the block size (ggml.c, ggml_row_size).
  const elements = elementCount(info.dims)
  if ((info.dims[0] ?? 1) % dtypeInfo.blockSize !== 0) {
    throw new FormatError(
      path,
      `tensor '${info.name}' (${dtype}) has a first dimension of ${info.dims[0]}, not a multiple of its block size ${dtypeInfo.blockSize}`,
      { offset: info.at }
    )
  }
  return {
    name: info.name,
    dtype,
    shape: info.dims,
    file: path,
    offset: info.offset,
    byteLength: (elements / dtypeInfo.blockSize) * (dtypeInfo.bits / 8),
    evidence: GGUF_TENSOR
  }
}

/** GGUF is an inference format: it has no slot for optimizer or training state. */
const GGUF_TENSOR = evidenceOf('parameter', 'format', 'GGUF tensor: a GGUF file holds only model weights')

/** Moves a tensor's offset from data-relative to the file, checking its alignment and that it fits the file. */
function placeTensor(path: string, tensor: TensorInfo, infoAt: number, dataStart: number, alignment: number, fileSize: number): void {
  if (tensor.offset % alignment !== 0) {
    throw new FormatError(path, `tensor '${tensor.name}' starts at data offset ${tensor.offset}, not a multiple of the alignment ${alignment}`, {
      offset: infoAt
    })
  }
  const offset = dataStart + tensor.offset
  const byteLength = tensor.byteLength
  if (!Number.isSafeInteger(byteLength) || offset + byteLength > fileSize) {
    throw new FormatError(
      path,
      `tensor '${tensor.name}' (${tensor.dtype}[${tensor.shape.join(', ')}], ${byteLength} bytes) ends at byte ${offset + byteLength}, beyond the file's ${fileSize} bytes`,
      { offset: infoAt, fix: 'The file is truncated (an interrupted download?) or corrupt.' }
    )
  }
  tensor.offset = offset
}

/** Without bit operations, which are 32-bit in JS: a u64 alignment of 2^32 + 2^31 is not a power of two. */
function isPowerOfTwo(value: number): boolean {
  if (!Number.isSafeInteger(value) || value < 1) return false
  let power = 1
  while (power < value) power *= 2
  return power === value
}

/** `align_offset(x) = x + (A - x % A) % A` (gguf.md). */
function alignUp(position: number, alignment: number): number {
  return position + ((alignment - (position % alignment)) % alignment)
}
