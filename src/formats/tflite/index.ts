import { evidenceOf } from '../../core/classify.js'
import { FormatError } from '../../core/errors.js'
import { formatBytes, formatPercent } from '../../core/format-bytes.js'
import { MAX_DIMS, MAX_NAME_BYTES, MAX_TENSORS } from '../../core/limits.js'
import type { TensorInfo } from '../../core/types.js'
import type { ByteSource } from '../../io/byte-source.js'
import { Cursor, ShapeInterner } from '../../io/bytes/index.js'
import { FlatbufferReader, type FlatTable } from '../kit/flatbuffer.js'
import { readSingleFile } from '../kit/single-file.js'
import type { CheckpointReader } from '../kit/types.js'
import { openZip } from '../zip/index.js'
import { StoragesByOffset } from '../kit/storages-by-offset.js'
import { hasFileIdentifier } from '../kit/flatbuffer-identifier.js'
import { TFLITE_IDENTIFIER, tfliteSniffer } from './sniff.js'

/**
 * TFLite models (`.tflite`): one flatbuffer of `tensorflow/compiler/mlir/lite/schema/schema.fbs`
 * (root `Model`), optionally followed by the data of buffers stored outside it (models over 2 GB:
 * `Buffer.offset`/`size`, file offsets, valid when offset > 1) and by a zip of associated files
 * (TFLite Metadata, `tflite_support`'s MetadataPopulator).
 *
 * A tensor whose `buffer` index points at a non-empty Buffer is a constant: its data is a model
 * weight (TFLite is an inference format; it stores no optimizer state), counted once however many
 * tensors share the buffer. Everything else is metadata: the tables (operators, tensors, signature
 * defs), the buffers named by `Model.metadata` (`min_runtime_version`, `CONVERSION_METADATA`,
 * `TFLITE_METADATA`), and the appended zip.
 *
 * Quantization parameters (`QuantizationParameters.scale`/`zero_point`/`min`/`max`) are metadata:
 * they live in the tensor tables, not in buffers; they describe how to read the weights, are
 * written by the converter rather than trained, and the runtime does not load them as tensors.
 * Counting them as weights would make int8 weights stop being one byte per parameter. When they
 * are a noticeable part of the file (per-channel scales of a full-int8 model: ~18%), an
 * explanation line says how much.
 */

// Field ids (declaration order) of the tables read.
const MODEL_SUBGRAPHS = 2
const MODEL_BUFFERS = 4
const MODEL_METADATA = 6
const SUBGRAPH_TENSORS = 0
const SUBGRAPH_NAME = 4
const TENSOR_SHAPE = 0
const TENSOR_TYPE = 1
const TENSOR_BUFFER = 2
const TENSOR_NAME = 3
const TENSOR_QUANTIZATION = 4
const TENSOR_IS_VARIABLE = 5
const BUFFER_DATA = 0
const BUFFER_OFFSET = 1
const BUFFER_SIZE = 2
const METADATA_NAME = 0
const METADATA_BUFFER = 1
/** QuantizationParameters min, max, scale (float) and zero_point (long), with their element sizes. */
const QUANTIZATION_VECTORS: readonly [id: number, elementBytes: number][] = [
  [0, 4],
  [1, 4],
  [2, 4],
  [3, 8]
]

/** `enum TensorType` of schema.fbs, by value. */
const TENSOR_TYPES = [
  'float32',
  'float16',
  'int32',
  'uint8',
  'int64',
  'string',
  'bool',
  'int16',
  'complex64',
  'int8',
  'float64',
  'complex128',
  'uint64',
  'resource',
  'variant',
  'uint32',
  'uint16',
  'int4',
  'bfloat16'
]

/** Quantization parameters above this share of the file get an explanation line. */
const QUANTIZATION_SHARE_WORTH_EXPLAINING = 0.05
/** Metadata names read at most (each a short string such as `min_runtime_version`). */
const MAX_METADATA_NAME_BYTES = 1024

const CONSTANT = evidenceOf('parameter', 'format', 'TFLite constant buffer: a TFLite file stores only the model, so its constants are weights')
/** `is_variable` tensors (RNN/LSTM state) with an initial value: state the interpreter updates in place. */
const VARIABLE = evidenceOf('model-state', 'format', 'TFLite variable tensor: state the interpreter updates in place, stored with its initial value')

interface BufferSpan {
  offset: number
  length: number
}

const EMPTY_BUFFER: BufferSpan = { offset: 0, length: 0 }

export const tfliteReader: CheckpointReader = {
  ...tfliteSniffer,

  read: (path, files) =>
    readSingleFile('tflite', path, files, async (source) => {
      const model = await readTfliteModel(source)
      const zipFiles = await appendedZipFiles(source)
      const explanations: string[] = []
      if (model.quantizationBytes >= QUANTIZATION_SHARE_WORTH_EXPLAINING * source.size) {
        explanations.push(
          `${formatBytes(model.quantizationBytes)} (${formatPercent(model.quantizationBytes / source.size)}) are quantization parameters ` +
            `(scales and zero points of ${model.quantizedTensors} tensors) in the flatbuffer's tensor tables, counted as metadata: ` +
            'they describe how to read the weights and are not weights themselves'
        )
      }
      if (zipFiles.length > 0) {
        explanations.push(`associated files zipped after the flatbuffer (TFLite Metadata), counted as metadata: ${zipFiles.join(', ')}`)
      }
      if (model.unreferencedBytes > 0) {
        explanations.push(`${formatBytes(model.unreferencedBytes)} of buffers that no tensor or metadata entry refers to, counted as metadata`)
      }
      const parts = ['flatbuffer tables', ...(model.metadataNames.length ? [`metadata buffers (${model.metadataNames.join(', ')})`] : [])]
      if (model.quantizationBytes > 0) parts.push(`${formatBytes(model.quantizationBytes)} of quantization parameters`)
      if (zipFiles.length > 0) parts.push('the appended zip of associated files')
      return { tensors: model.tensors, explanations, categoryNotes: { metadata: parts.join(', ') } }
    })
}

export interface TfliteModel {
  tensors: TensorInfo[]
  metadataNames: string[]
  /** Bytes of the quantization vectors (length words and elements). */
  quantizationBytes: number
  quantizedTensors: number
  /** Bytes of non-empty buffers referenced by nothing. */
  unreferencedBytes: number
}

/** Walks Model → subgraphs → tensors and the buffer table, reading no buffer's data. */
export async function readTfliteModel(source: ByteSource): Promise<TfliteModel> {
  const head = await source.read(0, Math.min(8, source.size))
  if (!hasFileIdentifier(head, TFLITE_IDENTIFIER)) {
    throw new FormatError(source.name, `not a TFLite model: bytes 4..8 are not the identifier "${TFLITE_IDENTIFIER}"`, { offset: 4 })
  }
  const fb = new FlatbufferReader(source, 0, source.size)
  const model = await fb.root('the TFLite Model')
  const bufferTables = await optionalTables(fb, model, MODEL_BUFFERS, 'Model.buffers')
  /** Each buffer's span, read once (empty buffers: length 0). */
  const spans = new Map<number, BufferSpan>()
  const span = async (index: number): Promise<BufferSpan> => {
    let known = spans.get(index)
    if (known === undefined) {
      const buffer = fb.tableNow(bufferTables[index], `buffer ${index}`) ?? (await fb.table(bufferTables[index], `buffer ${index}`))
      known = bufferSpan(fb, buffer, index)
      if (known === undefined) {
        const data = await fb.vector(buffer.ref(BUFFER_DATA)!, 1, `the data of buffer ${index}`, false)
        known = { offset: data.start, length: data.length }
      }
      spans.set(index, known)
    }
    return known
  }

  const metadataNames: string[] = []
  const metadataBuffers = new Set<number>()
  for (const [i, at] of (await optionalTables(fb, model, MODEL_METADATA, 'Model.metadata')).entries()) {
    const entry = await fb.table(at, `Model.metadata[${i}]`)
    const nameAt = entry.ref(METADATA_NAME)
    metadataBuffers.add(entry.u32(METADATA_BUFFER))
    metadataNames.push(nameAt === undefined ? `#${i}` : await fb.string(nameAt, MAX_METADATA_NAME_BYTES, `Model.metadata[${i}].name`))
  }

  /** Tensors with a buffer, `offset` holding the buffer index until the buffers are read. */
  const constants: TensorInfo[] = []
  const storages = new StoragesByOffset()
  const shapes = new ShapeInterner()
  let quantizationBytes = 0
  let quantizedTensors = 0
  const subgraphs = await optionalTables(fb, model, MODEL_SUBGRAPHS, 'Model.subgraphs')
  for (const [s, subgraphAt] of subgraphs.entries()) {
    const subgraph = await fb.table(subgraphAt, `subgraph ${s}`)
    const subgraphName = subgraph.ref(SUBGRAPH_NAME)
    // Tensor names are unique within a subgraph; the main subgraph's are kept as they are.
    const prefix =
      s === 0 ? '' : `${subgraphName === undefined ? `subgraph ${s}` : await fb.string(subgraphName, MAX_NAME_BYTES, `the name of subgraph ${s}`)}/`
    const tensorTables = await optionalTables(fb, subgraph, SUBGRAPH_TENSORS, `the tensors of subgraph ${s}`)
    if (constants.length + tensorTables.length > MAX_TENSORS) throw fb.corrupt(`the model has more than ${MAX_TENSORS} tensors`)
    for (const [t, tensorAt] of tensorTables.entries()) {
      const what = `tensor ${t} of subgraph ${s}`
      // Every field of the table is read before the next await (FlatbufferReader: loaded pages may be
      // evicted); each read is synchronous while its pages are loaded (`…Now`), awaiting only to load.
      const tensor = fb.tableNow(tensorAt, what) ?? (await fb.table(tensorAt, what))
      const quantization = tensor.ref(TENSOR_QUANTIZATION)
      const bufferIndex = tensor.u32(TENSOR_BUFFER)
      const isVariable = tensor.u8(TENSOR_IS_VARIABLE) !== 0
      const typeCode = tensor.u8(TENSOR_TYPE)
      const shapeAt = tensor.ref(TENSOR_SHAPE)
      const nameAt = tensor.ref(TENSOR_NAME)
      if (quantization !== undefined) {
        const readNow = (): number | undefined => quantizationBytesNow(fb, quantization, what)
        const bytes = readNow() ?? (await fb.until(readNow))
        quantizationBytes += bytes
        if (bytes > 0) quantizedTensors++
      }
      // Buffer 0 is the empty sentinel of every tensor without data (activations, inputs).
      if (bufferIndex === 0) continue
      if (bufferIndex >= bufferTables.length) throw fb.corrupt(`${what} refers to buffer ${bufferIndex}, but the model has ${bufferTables.length}`, tensorAt)
      const name =
        nameAt === undefined ? `tensor ${t}` : (fb.stringNow(nameAt, MAX_NAME_BYTES, what) ?? (await fb.string(nameAt, MAX_NAME_BYTES, `the name of ${what}`)))
      const shape = shapeAt === undefined ? [] : (int32VectorNow(fb, shapeAt, what) ?? (await fb.until(() => int32VectorNow(fb, shapeAt, what))))
      // Placed once the walk is done: the buffers are then read in order (see below).
      constants.push({
        name: prefix + name,
        dtype: TENSOR_TYPES[typeCode] ?? `tflite_type_${typeCode}`,
        shape: shapes.intern(shape),
        file: source.name,
        offset: bufferIndex,
        byteLength: 0,
        evidence: isVariable ? VARIABLE : CONSTANT
      })
    }
  }

  // The buffers, in index order: their tables lie together, so reading them in order reads ahead
  // through them, while reading each with its tensor jumped between the two regions (and, for
  // inline data, a page of payload with each). Empty buffers leave their tensors out.
  let unreferencedBytes = 0
  const referenced = new Set(constants.map((tensor) => tensor.offset))
  for (let index = 1; index < bufferTables.length; index++) {
    if (!referenced.has(index) && metadataBuffers.has(index)) continue
    const data = await span(index)
    if (!referenced.has(index)) unreferencedBytes += data.length
  }
  const tensors: TensorInfo[] = []
  for (const tensor of constants) {
    const data = spans.get(tensor.offset)!
    if (data.length === 0) continue
    tensor.offset = data.offset
    tensor.byteLength = data.length
    storages.add(tensor)
    tensors.push(tensor)
  }
  return { tensors, metadataNames, quantizationBytes, quantizedTensors, unreferencedBytes }
}

async function optionalTables(fb: FlatbufferReader, table: FlatTable, id: number, what: string): Promise<number[]> {
  const at = table.ref(id)
  return at === undefined ? [] : fb.tables(at, what, MAX_TENSORS)
}

/** Where a Buffer's bytes are: outside the flatbuffer (offset > 1), or its `data` vector; undefined until that vector's length is loaded. */
function bufferSpan(fb: FlatbufferReader, buffer: FlatTable, index: number): BufferSpan | undefined {
  const offset = buffer.u64(BUFFER_OFFSET)
  if (offset > 1) {
    const length = buffer.u64(BUFFER_SIZE)
    if (offset + length > fb.source.size) {
      throw fb.corrupt(
        `buffer ${index} claims bytes ${offset}..${offset + length} outside the flatbuffer, beyond the file's ${fb.source.size} bytes`,
        buffer.at
      )
    }
    return { offset, length }
  }
  const dataAt = buffer.ref(BUFFER_DATA)
  if (dataAt === undefined) return EMPTY_BUFFER
  const data = fb.vectorNow(dataAt, 1, `the data of buffer ${index}`, false)
  return data && { offset: data.start, length: data.length }
}

/** Bytes of a QuantizationParameters table's vectors (their length words and elements), undefined until loaded; their values are not read. */
function quantizationBytesNow(fb: FlatbufferReader, at: number, what: string): number | undefined {
  const table = fb.tableNow(at, `the quantization of ${what}`)
  if (!table) return undefined
  let bytes = 0
  for (const [id, width] of QUANTIZATION_VECTORS) {
    const vectorAt = table.ref(id)
    if (vectorAt === undefined) continue
    const vector = fb.vectorNow(vectorAt, width, `the quantization of ${what}`, false)
    if (!vector) return undefined
    if (vector.length > 0) bytes += 4 + vector.length * width
  }
  return bytes
}

function int32VectorNow(fb: FlatbufferReader, at: number, what: string): number[] | undefined {
  const vector = fb.vectorNow(at, 4, `the shape of ${what}`)
  if (!vector) return undefined
  if (vector.length > MAX_DIMS) throw fb.corrupt(`the shape of ${what} has ${vector.length} dimensions; at most ${MAX_DIMS} are read`, at)
  const values = new Array<number>(vector.length)
  for (let i = 0; i < vector.length; i++) values[i] = fb.i32(vector.start + 4 * i)
  return values
}

/**
 * The files of a zip appended after the flatbuffer (TFLite Metadata's associated files), as
 * `name (size)`. Python's zipfile, which tflite_support uses, writes no archive comment, so only a
 * file that ends with an end-of-central-directory record is opened as a zip.
 */
async function appendedZipFiles(source: ByteSource): Promise<string[]> {
  if (source.size < 22 + 8) return []
  const tail = Cursor.over(await source.read(source.size - 22, 22), source.name, source.size - 22)
  const signature = tail.u32()
  tail.skip(16)
  if (signature !== 0x06054b50 || tail.u16() !== 0) return []
  const archive = await openZip(source)
  return archive.entries.map((entry) => `${entry.name} (${formatBytes(entry.compressedSize)})`)
}
