import { denseBytes } from '../../core/dtypes.js'
import { formatBytes, formatPercent } from '../../core/format-bytes.js'
import { FormatError, LimitExceededError } from '../../core/errors.js'
import { MAX_DIMS, MAX_ONNX_GRAPH_DEPTH, MAX_ONNX_STRING_BYTES, MAX_TENSORS } from '../../core/limits.js'
import type { CheckpointFile, ReadResult, TensorInfo } from '../../core/types.js'
import { basename, dirname, joinPath, type CheckpointFiles } from '../../io/checkpoint-files.js'
import { UTF8 } from '../binary-reader.js'
import { ProtoReader, WireType, type ProtoField } from '../protobuf-wire.js'
import { SourceWindow } from '../source-window.js'
import type { CheckpointReader } from '../types.js'
import { onnxDtype } from './data-types.js'
import { onnxSniffer } from './sniff.js'

/**
 * ONNX models (`.onnx`), with embedded or external tensor data.
 *
 * The protobuf is walked field by field with positioned reads (src/formats/protobuf-wire.ts):
 * only the messages that can hold initializers are opened, and every payload (`raw_data`, the
 * typed `*_data` fields) is recorded as a span and stepped over, never read. Field numbers from
 * `onnx/onnx:onnx/onnx.proto` (FORMATS.md §6).
 *
 * Categories come from the format: an initializer is a model weight (ONNX has no trainable flag and
 * no optimizer state in an inference graph), so `classifiedBy` is `format`. Initializers count
 * wherever they are: the main graph, subgraphs of If/Loop/Scan nodes, `training_info` graphs, and
 * sparse initializers. Tensors inside `Constant` nodes and other attributes are part of the graph
 * (shape constants, folded scalars) and stay metadata with the rest of the `.onnx` bytes.
 */

// ModelProto
const MODEL_DOC_STRING = 6
const MODEL_GRAPH = 7
const MODEL_TRAINING_INFO = 20
// TrainingInfoProto
const TRAINING_INITIALIZATION = 1
const TRAINING_ALGORITHM = 2
// GraphProto
const GRAPH_NODE = 1
const GRAPH_INITIALIZER = 5
const GRAPH_SPARSE_INITIALIZER = 15
const GRAPH_DOC_STRING = 10
// NodeProto / AttributeProto
const NODE_NAME = 3
const NODE_ATTRIBUTE = 5
const NODE_DOC_STRING = 6
const ATTRIBUTE_GRAPH = 6
const ATTRIBUTE_GRAPHS = 11
// SparseTensorProto
const SPARSE_VALUES = 1
const SPARSE_INDICES = 2
const SPARSE_DIMS = 3
// TensorProto
const TENSOR_DIMS = 1
const TENSOR_DATA_TYPE = 2
const TENSOR_NAME = 8
const TENSOR_RAW_DATA = 9
const TENSOR_EXTERNAL_DATA = 13
const TENSOR_DATA_LOCATION = 14
/** float_data, int32_data, string_data, int64_data, double_data, uint64_data: typed payloads. */
const TENSOR_TYPED_DATA = new Set([4, 5, 6, 7, 10, 11])
const DATA_LOCATION_EXTERNAL = 1
// StringStringEntryProto
const ENTRY_KEY = 1
const ENTRY_VALUE = 2

/** An ONNX TensorProto as far as sizing needs it. */
interface TensorProtoInfo {
  name: string
  dims: number[]
  dataType: number
  /** Embedded payload span in the .onnx (raw_data or a typed field); absent when empty or external. */
  payload?: { offset: number; end: number; raw: boolean }
  external: boolean
  /**
   * The `external_data` values this reader uses, as bytes (views into the read window): keys are
   * compared and values parsed as bytes, not decoded into 600,000 strings for 100,000 tensors.
   */
  externalData?: ExternalDataBytes
  /** Offset of the TensorProto message, for errors. */
  at: number
}

interface ExternalDataBytes {
  location?: Uint8Array
  offset?: Uint8Array
  length?: Uint8Array
}

const ASCII = new TextEncoder()
const EXTERNAL_DATA_KEYS: readonly [keyof ExternalDataBytes, Uint8Array][] = [
  ['location', ASCII.encode('location')],
  ['offset', ASCII.encode('offset')],
  ['length', ASCII.encode('length')]
]

/** An external data file referenced by `location`, relative to the model's directory. */
interface ExternalFile {
  path: string
  /** Bytes on disk, or undefined when the file is absent. */
  size: number | undefined
  /** End of the furthest span the graph describes in it (the size of an absent file). */
  describedBytes: number
  /** Whether its tensors carry storage keys: set once a span starts before the end of an earlier one. */
  keyed: boolean
}

class OnnxWalk {
  readonly tensors: TensorInfo[] = []
  readonly warnings: string[] = []
  readonly externalFiles = new Map<string, ExternalFile>()
  nodes = 0
  /** Bytes of doc_string fields (model, graphs, nodes): measured from their lengths, never read. */
  docStringBytes = 0

  constructor(
    readonly path: string,
    readonly files: CheckpointFiles
  ) {}

  async model(reader: ProtoReader): Promise<void> {
    for (let field = await reader.next(); field; field = await reader.next()) {
      if (field.field === MODEL_DOC_STRING && field.wireType === WireType.LEN) this.docStringBytes += field.length
      else if (field.field === MODEL_GRAPH && field.wireType === WireType.LEN) {
        await this.graph(reader.message(field, 'GraphProto'), 'graph', 0)
      } else if (field.field === MODEL_TRAINING_INFO && field.wireType === WireType.LEN) {
        await this.trainingInfo(reader.message(field, 'TrainingInfoProto'))
      }
    }
  }

  private async trainingInfo(reader: ProtoReader): Promise<void> {
    for (let field = await reader.next(); field; field = await reader.next()) {
      if (field.wireType !== WireType.LEN) continue
      if (field.field === TRAINING_INITIALIZATION) {
        await this.graph(reader.message(field, 'GraphProto'), 'training_info initialization graph', 1)
      } else if (field.field === TRAINING_ALGORITHM) {
        await this.graph(reader.message(field, 'GraphProto'), 'training_info algorithm graph', 1)
      }
    }
  }

  private async graph(reader: ProtoReader, where: string, depth: number): Promise<void> {
    if (depth > MAX_ONNX_GRAPH_DEPTH) {
      throw new LimitExceededError(this.path, 'ONNX graph nesting', depth, MAX_ONNX_GRAPH_DEPTH)
    }
    // Hot loops take the next field without an await when the window holds it (protobuf-wire.ts).
    while (!reader.done) {
      const field = reader.nextInWindow() ?? (await reader.next())
      if (!field || field.wireType !== WireType.LEN) continue
      if (field.field === GRAPH_INITIALIZER) {
        const tensor = await readTensorProto(reader.message(field, 'TensorProto'))
        await this.add(tensor, tensor.name, where)
      } else if (field.field === GRAPH_SPARSE_INITIALIZER) {
        await this.sparseInitializer(reader.message(field, 'SparseTensorProto'), where)
      } else if (field.field === GRAPH_NODE) {
        this.nodes++
        await this.node(reader.message(field, 'NodeProto'), where, depth)
      } else if (field.field === GRAPH_DOC_STRING) {
        this.docStringBytes += field.length
      }
    }
  }

  /** Only a node's subgraph attributes (If/Loop/Scan bodies) can hold initializers. */
  private async node(reader: ProtoReader, where: string, depth: number): Promise<void> {
    let name = ''
    for (let field = await reader.next(); field; field = await reader.next()) {
      if (field.wireType !== WireType.LEN) continue
      if (field.field === NODE_DOC_STRING) this.docStringBytes += field.length
      else if (field.field === NODE_NAME) name = await reader.string(field, MAX_ONNX_STRING_BYTES, 'node name')
      else if (field.field === NODE_ATTRIBUTE) {
        const attribute = reader.message(field, 'AttributeProto')
        for (let inner = await attribute.next(); inner; inner = await attribute.next()) {
          if (inner.wireType !== WireType.LEN) continue
          if (inner.field === ATTRIBUTE_GRAPH || inner.field === ATTRIBUTE_GRAPHS) {
            await this.graph(attribute.message(inner, 'GraphProto'), `subgraph of node '${name}' in the ${where}`, depth + 1)
          }
        }
      }
    }
  }

  /** Both parts of a sparse initializer are stored weight bytes: the values and their indices. */
  private async sparseInitializer(reader: ProtoReader, where: string): Promise<void> {
    let values: TensorProtoInfo | undefined
    let indices: TensorProtoInfo | undefined
    let dims: number[] = []
    for (let field = await reader.next(); field; field = await reader.next()) {
      if (field.field === SPARSE_VALUES) values = await readTensorProto(reader.message(field, 'TensorProto'))
      else if (field.field === SPARSE_INDICES) indices = await readTensorProto(reader.message(field, 'TensorProto'))
      else if (field.field === SPARSE_DIMS) dims = await readDims(reader, field, dims)
    }
    const name = values?.name || indices?.name || '(unnamed sparse initializer)'
    const dense = `sparse ${dims.length ? `[${dims.join(', ')}]` : ''}`.trim()
    if (values) await this.add(values, name, `${where}, ${dense} values`)
    if (indices) await this.add(indices, `${name} (indices)`, `${where}, ${dense} indices`)
  }

  private lastWhere = ''
  private lastReason = ''

  /** One reason string per place, shared by its tensors (not one string per tensor). */
  private reason(where: string): string {
    if (where !== this.lastWhere) {
      this.lastWhere = where
      this.lastReason = `ONNX initializer (${where}): initializers are the model's weights`
    }
    return this.lastReason
  }

  private async add(tensor: TensorProtoInfo, name: string, where: string): Promise<void> {
    if (this.tensors.length >= MAX_TENSORS) {
      throw new LimitExceededError(this.path, 'the number of ONNX initializers', this.tensors.length + 1, MAX_TENSORS)
    }
    const dtype = onnxDtype(tensor.dataType)
    const reason = this.reason(where)
    if (tensor.external) {
      const span = await this.externalSpan(tensor, name, dtype)
      this.tensors.push({ name, dtype, shape: tensor.dims, category: 'weights', reason, ...span })
      return
    }
    const payload = tensor.payload
    const byteLength = payload ? payload.end - payload.offset : 0
    if (payload?.raw) {
      const expected = denseBytes(dtype, tensor.dims)
      if (expected !== undefined && expected !== byteLength) {
        this.warnings.push(
          `initializer '${name}': raw_data holds ${byteLength} bytes but ${dtype}[${tensor.dims.join(', ')}] needs ${expected}`
        )
      }
    }
    this.tensors.push({
      name,
      dtype,
      shape: tensor.dims,
      file: this.path,
      offset: payload?.offset ?? tensor.at,
      byteLength,
      category: 'weights',
      reason
    })
  }

  /**
   * `external_data` (`onnx/onnx:docs/ExternalData.md`): `location` relative to the model's
   * directory; `offset` and `length` decimal strings, both optional.
   */
  private async externalSpan(
    tensor: TensorProtoInfo,
    name: string,
    dtype: string
  ): Promise<Pick<TensorInfo, 'file' | 'offset' | 'byteLength' | 'storageKey'>> {
    const externalData = tensor.externalData ?? {}
    const file = await this.externalFile(externalData.location ?? new Uint8Array(0), name, tensor.at)
    const offset = parseDecimal(externalData.offset, 'offset', name, this.path, tensor.at) ?? 0
    // Without `length`, onnx reads from `offset` to the end of the file (onnx/onnx:
    // onnx/external_data_helper.py, load_external_data_for_tensor); for an absent file the dense
    // size is the best description there is.
    const length =
      parseDecimal(externalData.length, 'length', name, this.path, tensor.at) ??
      (file.size !== undefined ? Math.max(0, file.size - offset) : (denseBytes(dtype, tensor.dims) ?? 0))
    if (!Number.isSafeInteger(offset + length)) {
      throw new FormatError(this.path, `initializer '${name}' describes ${offset + length} bytes of external data, more than any file holds`, {
        offset: tensor.at,
        fix: 'The model is corrupt or hostile.'
      })
    }
    // Two initializers naming the same bytes (deduplicated exports) share one storage, which a
    // storage key tells analyzeCheckpoint. Exporters write spans one after the other, and a span
    // that starts past every earlier one cannot repeat one: keys (100,000 strings, and a set of
    // them in the analysis) are only made once a file's spans go back, for all its spans.
    if (offset < file.describedBytes && !file.keyed) {
      file.keyed = true
      for (const earlier of this.tensors) {
        if (earlier.file === file.path) earlier.storageKey = storageKey(earlier.file, earlier.offset, earlier.byteLength)
      }
    }
    file.describedBytes = Math.max(file.describedBytes, offset + length)
    const span = { file: file.path, offset, byteLength: length }
    return file.keyed ? { ...span, storageKey: storageKey(file.path, offset, length) } : span
  }

  private lastLocation: { bytes: Uint8Array; file: ExternalFile } | undefined

  /** The file a `location` names; every tensor of an export names the same one, checked once. */
  private async externalFile(locationBytes: Uint8Array, name: string, at: number): Promise<ExternalFile> {
    if (this.lastLocation && sameBytes(this.lastLocation.bytes, locationBytes)) return this.lastLocation.file
    const location = UTF8.decode(locationBytes)
    if (!location) {
      throw new FormatError(this.path, `initializer '${name}' has external data without a 'location'`, {
        offset: at,
        fix: 'Re-save the model with onnx.save_model(..., save_as_external_data=True).'
      })
    }
    const file = await this.externalFileAt(location, name, at)
    this.lastLocation = { bytes: locationBytes, file }
    return file
  }

  private async externalFileAt(location: string, name: string, at: number): Promise<ExternalFile> {
    const segments = location.split(/[\\/]/)
    if (location.startsWith('/') || /^[A-Za-z]:/.test(location) || segments.includes('..')) {
      throw new FormatError(
        this.path,
        `initializer '${name}' puts its data at '${location}', outside the model's directory`,
        { offset: at, fix: 'External data must be a relative path next to the model; this file was not opened.' }
      )
    }
    const path = joinPath(dirname(this.path), segments.filter((s) => s !== '' && s !== '.').join('/'))
    let file = this.externalFiles.get(path)
    if (!file) {
      file = { path, size: await this.files.size(path), describedBytes: 0, keyed: false }
      this.externalFiles.set(path, file)
    }
    return file
  }

  /** The checkpoint's files: the graph, then each external data file (absent ones with their described size). */
  checkpointFiles(modelBytes: number): CheckpointFile[] {
    const list: CheckpointFile[] = [{ path: this.path, role: 'graph', bytes: modelBytes, present: true }]
    for (const file of this.externalFiles.values()) {
      if (file.size === undefined) {
        this.warnings.push(
          `external data file '${basename(file.path)}' is missing; its ${file.describedBytes} bytes are counted as the graph describes them`
        )
        list.push({ path: file.path, role: 'data', bytes: file.describedBytes, present: false })
      } else {
        list.push({ path: file.path, role: 'data', bytes: file.size, present: true })
      }
    }
    return list
  }
}

async function readTensorProto(reader: ProtoReader): Promise<TensorProtoInfo> {
  const tensor: TensorProtoInfo = {
    name: '',
    dims: [],
    dataType: 0,
    external: false,
    at: reader.start
  }
  while (!reader.done) {
    const field = reader.nextInWindow() ?? (await reader.next())
    if (!field) break
    if (field.field === TENSOR_DIMS) {
      const values = field.wireType === WireType.LEN ? reader.packedVarintsInWindow(field, MAX_DIMS, 'dims') : [field.value]
      tensor.dims = values ? appendDims(reader, field, tensor.dims, values) : await readDims(reader, field, tensor.dims)
    } else if (field.field === TENSOR_DATA_TYPE && field.wireType === WireType.VARINT) tensor.dataType = field.value
    else if (field.field === TENSOR_NAME) {
      tensor.name =
        reader.stringInWindow(field, MAX_ONNX_STRING_BYTES, 'tensor name') ??
        (await reader.string(field, MAX_ONNX_STRING_BYTES, 'tensor name'))
    }
    else if (field.field === TENSOR_DATA_LOCATION && field.wireType === WireType.VARINT) {
      tensor.external = field.value === DATA_LOCATION_EXTERNAL
    } else if (field.field === TENSOR_EXTERNAL_DATA) {
      const entry = reader.message(field, 'StringStringEntryProto')
      let key: keyof ExternalDataBytes | undefined
      let value: Uint8Array | undefined
      while (!entry.done) {
        const inner = entry.nextInWindow() ?? (await entry.next())
        if (!inner || (inner.field !== ENTRY_KEY && inner.field !== ENTRY_VALUE)) continue
        const what = inner.field === ENTRY_KEY ? 'external_data key' : 'external_data value'
        const bytes = entry.bytesInWindow(inner, MAX_ONNX_STRING_BYTES, what) ?? (await entry.bytes(inner, MAX_ONNX_STRING_BYTES, what))
        if (inner.field === ENTRY_KEY) key = externalDataKey(bytes)
        else value = bytes
      }
      // Other keys (checksum, basepath) do not locate bytes; a repeated key takes the last value.
      if (key !== undefined) {
        tensor.externalData ??= {}
        tensor.externalData[key] = value ?? new Uint8Array(0)
      }
    } else if (field.field === TENSOR_RAW_DATA || TENSOR_TYPED_DATA.has(field.field)) {
      // The payload: recorded, never read. Unpacked repeated values arrive as many fields; their
      // span runs from the first to the last.
      const end = field.offset + field.length
      const raw = field.field === TENSOR_RAW_DATA
      tensor.payload = tensor.payload
        ? { offset: Math.min(tensor.payload.offset, field.offset), end: Math.max(tensor.payload.end, end), raw: false }
        : { offset: field.offset, end, raw }
    }
  }
  return tensor
}

/** `dims` arrive packed (one LEN field) or one varint per field; both are accepted. */
async function readDims(reader: ProtoReader, field: ProtoField, dims: number[]): Promise<number[]> {
  const more = field.wireType === WireType.LEN ? await reader.packedVarints(field, MAX_DIMS, 'dims') : [field.value]
  return appendDims(reader, field, dims, more)
}

function appendDims(reader: ProtoReader, field: ProtoField, dims: number[], more: number[]): number[] {
  const all = dims.length === 0 ? more : [...dims, ...more]
  if (all.length > MAX_DIMS) throw new LimitExceededError(reader.file, 'the number of tensor dimensions', all.length, MAX_DIMS)
  for (const dim of all) {
    if (!Number.isSafeInteger(dim)) {
      throw new FormatError(reader.file, `a tensor dimension of ${reader.what} is negative or over 2^53`, { offset: field.offset })
    }
  }
  return all
}

function storageKey(file: string, offset: number, byteLength: number): string {
  return `${file}@${offset}+${byteLength}`
}

/** A decimal byte count given as ASCII digits, parsed without making a string of it. */
function parseDecimal(bytes: Uint8Array | undefined, key: string, name: string, file: string, at: number): number | undefined {
  if (bytes === undefined) return undefined
  let value = bytes.length > 0 ? 0 : NaN
  for (let i = 0; i < bytes.length; i++) {
    const digit = bytes[i] - 0x30
    value = digit >= 0 && digit <= 9 ? value * 10 + digit : NaN
  }
  if (!Number.isSafeInteger(value)) {
    throw new FormatError(file, `initializer '${name}' has external_data ${key} '${UTF8.decode(bytes)}', not a decimal byte count`, {
      offset: at
    })
  }
  return value
}

/** Which of the keys this reader uses `bytes` spell, if any. */
function externalDataKey(bytes: Uint8Array): keyof ExternalDataBytes | undefined {
  for (const [key, spelled] of EXTERNAL_DATA_KEYS) if (sameBytes(spelled, bytes)) return key
  return undefined
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

/** Doc strings above this share of the .onnx get an explanation line. */
const DOC_STRINGS_WORTH_EXPLAINING = 0.1

export const onnxReader: CheckpointReader = {
  ...onnxSniffer,

  async read(path: string, files: CheckpointFiles): Promise<ReadResult> {
    const source = await files.open(path)
    const walk = new OnnxWalk(path, files)
    try {
      await walk.model(new ProtoReader(new SourceWindow(source), 0, source.size, 'ModelProto'))
    } finally {
      await source.close()
    }
    const checkpointFiles = walk.checkpointFiles(source.size)
    const explanations: string[] = []
    if (walk.docStringBytes >= DOC_STRINGS_WORTH_EXPLAINING * source.size) {
      explanations.push(
        `doc strings take ${formatBytes(walk.docStringBytes)} (${formatPercent(walk.docStringBytes / source.size)}) of ${basename(path)}: ` +
          "exporters such as torch.onnx.export record each node's Python stack trace there; " +
          'clearing the doc_string fields shrinks the file without changing the model'
      )
    }
    return {
      format: 'onnx',
      name: path,
      files: checkpointFiles,
      tensors: walk.tensors,
      classifiedBy: 'format',
      warnings: walk.warnings,
      explanations,
      categoryNotes: {
        metadata: [
          `graph of ${walk.nodes} node${walk.nodes === 1 ? '' : 's'}`,
          'names',
          ...(walk.docStringBytes > 0 ? [`doc strings (${formatBytes(walk.docStringBytes)})`] : []),
          'protobuf framing'
        ].join(', ')
      }
    }
  }
}
