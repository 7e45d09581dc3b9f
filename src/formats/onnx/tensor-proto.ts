import { FormatError, LimitExceededError } from '../../core/errors.js'
import { MAX_DIMS, MAX_ONNX_STRING_BYTES } from '../../core/limits.js'
import { WireType, type ProtoField, type ProtoReader } from '../../io/bytes/index.js'

/**
 * An ONNX `TensorProto` (`onnx/onnx:onnx/onnx.proto`) read as far as sizing needs: name, dims,
 * data type, and where its payload is — a span of the `.onnx` (`raw_data` or a typed field), or
 * `external_data` entries. The payload itself is stepped over, never read.
 */

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
export interface TensorProtoInfo {
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

export interface ExternalDataBytes {
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

export async function readTensorProto(reader: ProtoReader): Promise<TensorProtoInfo> {
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
      tensor.name = reader.stringInWindow(field, MAX_ONNX_STRING_BYTES, 'tensor name') ?? (await reader.string(field, MAX_ONNX_STRING_BYTES, 'tensor name'))
    } else if (field.field === TENSOR_DATA_LOCATION && field.wireType === WireType.VARINT) {
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
export async function readDims(reader: ProtoReader, field: ProtoField, dims: number[]): Promise<number[]> {
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

/** Which of the keys this reader uses `bytes` spell, if any. */
function externalDataKey(bytes: Uint8Array): keyof ExternalDataBytes | undefined {
  for (const [key, spelled] of EXTERNAL_DATA_KEYS) if (sameBytes(spelled, bytes)) return key
  return undefined
}

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}
