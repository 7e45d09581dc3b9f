import { FormatError } from '../../core/errors.js'
import { MAX_COREML_STRING_BYTES, MAX_DIMS } from '../../core/limits.js'
import type { TensorInfo } from '../../core/types.js'
import { WireType, type ProtoField, type ProtoReader } from '../protobuf-wire.js'
import { EVIDENCE, GRAPH_CONSTANT_TYPES, type Collector } from './collector.js'

/**
 * Core ML ML Programs (`MILSpec.Program`, `apple/coremltools:mlmodel/format/MIL.proto`): functions
 * of blocks of operations. Constants are operations too: `const` (and the `constexpr_*` ops that
 * decompress weights at load time) hold their values in attributes and inputs, either inline
 * (`immediateValue`, small tensors) or as a `blobFileValue` (file name, offset) into a weight file
 * of the `.mlpackage` (`weights/weight.bin`). The payload of a blob is found from the value's type
 * (dtype × shape) after its 64-byte `blob_metadata` record
 * (`mlmodel/src/MILBlob/Blob/StorageFormat.hpp`), so the weight file itself is not read; its
 * header, the records and the 64-byte alignment padding are metadata.
 */

/** MILSpec.DataType → our dtype names and bits per element. */
const DATA_TYPES: ReadonlyMap<number, [string, number]> = new Map([
  [1, ['bool', 8]], [2, ['string', 0]], [10, ['float16', 16]], [11, ['float32', 32]], [12, ['float64', 64]], [13, ['bfloat16', 16]],
  [21, ['int8', 8]], [22, ['int16', 16]], [23, ['int32', 32]], [24, ['int64', 64]], [25, ['int4', 4]],
  [31, ['uint8', 8]], [32, ['uint16', 16]], [33, ['uint32', 32]], [34, ['uint64', 64]], [35, ['uint4', 4]], [36, ['uint2', 2]],
  [37, ['uint1', 1]], [38, ['uint6', 6]], [39, ['uint3', 3]], [40, ['float8_e4m3fn', 8]], [41, ['float8_e5m2', 8]]
])
/** Bytes of a `blob_metadata` record, which precedes each blob's data. */
export const BLOB_METADATA_BYTES = 64

/** A value's type, as far as sizing needs it. */
interface ValueType {
  dtype: string
  bits: number
  /** Undefined when a dimension is not a constant. */
  shape?: number[]
}

/** A reference into a weight file, resolved by the reader (which knows where the spec lives). */
export interface BlobReference {
  tensor: TensorInfo
  fileName: string
  /** Offset of the blob's metadata record. */
  offset: number
  /** Payload bytes from the type; undefined when the type does not say (then the record does). */
  bytes?: number
}

export class MilWalk {
  readonly blobs: BlobReference[] = []

  constructor(private readonly collector: Collector) {}

  async program(reader: ProtoReader): Promise<void> {
    while (!reader.done) {
      const field = reader.nextInWindow() ?? (await reader.next())
      if (!field) break
      if (field.field === 2 && field.wireType === WireType.LEN) {
        await this.mapEntry(reader.message(field, 'Program.functions entry'), async (value) => this.function(value))
      }
    }
  }

  private async function(reader: ProtoReader): Promise<void> {
    while (!reader.done) {
      const field = reader.nextInWindow() ?? (await reader.next())
      if (!field) break
      if (field.field === 3 && field.wireType === WireType.LEN) {
        await this.mapEntry(reader.message(field, 'Function.block_specializations entry'), async (value) => this.block(value, 0))
      }
    }
  }

  private async block(reader: ProtoReader, depth: number): Promise<void> {
    this.collector.checkDepth(depth)
    while (!reader.done) {
      const field = reader.nextInWindow() ?? (await reader.next())
      if (field && field.field === 3 && field.wireType === WireType.LEN) await this.operation(reader.message(field, 'Operation'), depth)
    }
  }

  /** A `map<string, X>` entry: calls `value` with the reader of X and the entry's key. */
  private async mapEntry(reader: ProtoReader, value: (reader: ProtoReader, key: string) => Promise<void>): Promise<void> {
    let key = ''
    while (!reader.done) {
      const field = reader.nextInWindow() ?? (await reader.next())
      if (!field || field.wireType !== WireType.LEN) continue
      if (field.field === 1) key = reader.stringInWindow(field, MAX_COREML_STRING_BYTES, 'map key') ?? (await reader.string(field, MAX_COREML_STRING_BYTES, 'map key'))
      else if (field.field === 2) await value(reader.message(field, `value of '${key}'`), key)
    }
  }

  private async operation(reader: ProtoReader, depth: number): Promise<void> {
    this.collector.operations++
    let type = ''
    let output = ''
    /** Values met before the op's type and output name are known (fields may come in any order). */
    const values: { input: boolean; reader: ProtoReader }[] = []
    while (!reader.done) {
      const field = reader.nextInWindow() ?? (await reader.next())
      if (!field || field.wireType !== WireType.LEN) continue
      if (field.field === 1) type = reader.stringInWindow(field, MAX_COREML_STRING_BYTES, 'op type') ?? (await reader.string(field, MAX_COREML_STRING_BYTES, 'op type'))
      else if (field.field === 3 && output === '') output = await this.outputName(reader.message(field, 'NamedValueType'))
      else if (field.field === 4) await this.block(reader.message(field, 'Block'), depth + 1)
      else if (field.field === 5) {
        // Attributes come after the type and outputs in every writer's order: read at once, not kept.
        const entry = reader.message(field, 'Operation.attributes entry')
        if (type !== '' && output !== '') await this.entry({ input: false, reader: entry }, type, output)
        else values.push({ input: false, reader: entry })
      }
      else if (field.field === 2) values.push({ input: true, reader: reader.message(field, 'Operation.inputs entry') })
    }
    for (const entry of values) await this.entry(entry, type, output)
  }

  /** One entry of an op's `inputs` or `attributes` map. */
  private async entry(entry: { input: boolean; reader: ProtoReader }, type: string, output: string): Promise<void> {
    const constant = type === 'const' || type.startsWith('constexpr_')
    await this.mapEntry(entry.reader, async (value, key) => {
      if (key === 'name') return
      const name = type === 'const' ? output : `${output}/${key}`
      if (entry.input) await this.argument(value, name, constant)
      else await this.value(value, name, constant)
    })
  }

  private async outputName(reader: ProtoReader): Promise<string> {
    while (!reader.done) {
      const field = reader.nextInWindow() ?? (await reader.next())
      if (!field) break
      if (field.field === 1 && field.wireType === WireType.LEN) return reader.string(field, MAX_COREML_STRING_BYTES, 'output name')
    }
    return ''
  }

  /** `Argument`: bindings, each a name or a value. */
  private async argument(reader: ProtoReader, name: string, constant: boolean): Promise<void> {
    while (!reader.done) {
      const field = reader.nextInWindow() ?? (await reader.next())
      if (!field) break
      if (field.field !== 1 || field.wireType !== WireType.LEN) continue
      const binding = reader.message(field, 'Argument.Binding')
      while (!binding.done) {
      const inner = binding.nextInWindow() ?? (await binding.next())
      if (!inner) break
        if (inner.field === 2 && inner.wireType === WireType.LEN) await this.value(binding.message(inner, 'Value'), name, constant)
      }
    }
  }

  /** A `Value`: a blob reference (always a stored constant) or, in a constant op, an inline tensor. */
  private async value(reader: ProtoReader, name: string, constant: boolean): Promise<void> {
    let type: ValueType | undefined
    let immediate: ProtoField | undefined
    let blob: { fileName: string; offset: number } | undefined
    while (!reader.done) {
      const field = reader.nextInWindow() ?? (await reader.next())
      if (!field) break
      if (field.wireType !== WireType.LEN) continue
      if (field.field === 2) type = await this.valueType(reader.message(field, 'ValueType'))
      else if (field.field === 3) immediate = field
      else if (field.field === 5) blob = await this.blobFileValue(reader.message(field, 'BlobFileValue'))
    }
    const dtype = type?.dtype ?? 'unknown'
    const evidence = GRAPH_CONSTANT_TYPES.has(dtype) ? EVIDENCE.graphConstant : EVIDENCE.milConstant
    if (blob) {
      const bytes = type?.shape && type.bits > 0 ? Math.ceil((type.shape.reduce((n, d) => n * d, 1) * type.bits) / 8) : undefined
      const tensor = this.collector.add({ name, dtype, shape: type?.shape ?? [], file: '', offset: 0, byteLength: bytes ?? 0, evidence })
      this.blobs.push({ tensor, fileName: blob.fileName, offset: blob.offset, bytes })
    } else if (immediate && constant) {
      const payload = await this.tensorPayload(reader.message(immediate, 'ImmediateValue'))
      if (payload) this.collector.addField(name, dtype, type?.shape ?? [], payload, evidence)
    }
  }

  /** The packed values of an immediate `TensorValue` (floats, ints, bools, strings, longInts, doubles, bytes). */
  private async tensorPayload(reader: ProtoReader): Promise<ProtoField | undefined> {
    while (!reader.done) {
      const field = reader.nextInWindow() ?? (await reader.next())
      if (!field) break
      if (field.field !== 1 || field.wireType !== WireType.LEN) continue
      const tensor = reader.message(field, 'TensorValue')
      while (!tensor.done) {
      const kind = tensor.nextInWindow() ?? (await tensor.next())
      if (!kind) break
        if (kind.wireType !== WireType.LEN) continue
        const repeated = tensor.message(kind, 'TensorValue values')
        let span: { offset: number; end: number } | undefined
        while (!repeated.done) {
      const values = repeated.nextInWindow() ?? (await repeated.next())
      if (!values) break
          if (values.field !== 1) continue
          const end = values.offset + values.length
          span = span ? { offset: Math.min(span.offset, values.offset), end: Math.max(span.end, end) } : { offset: values.offset, end }
        }
        if (span) return { field: 1, wireType: WireType.LEN, offset: span.offset, length: span.end - span.offset, value: 0 }
      }
    }
    return undefined
  }

  private async valueType(reader: ProtoReader): Promise<ValueType | undefined> {
    while (!reader.done) {
      const field = reader.nextInWindow() ?? (await reader.next())
      if (!field) break
      if (field.field !== 1 || field.wireType !== WireType.LEN) continue
      const tensorType = reader.message(field, 'TensorType')
      let known: [string, number] | undefined
      let shape: number[] | undefined = []
      while (!tensorType.done) {
      const inner = tensorType.nextInWindow() ?? (await tensorType.next())
      if (!inner) break
        if (inner.field === 1 && inner.wireType === WireType.VARINT) known = DATA_TYPES.get(inner.value) ?? [`mil_type_${inner.value}`, 0]
        else if (inner.field === 3 && inner.wireType === WireType.LEN) {
          const size = await this.dimension(tensorType.message(inner, 'Dimension'))
          if (shape && shape.length >= MAX_DIMS) throw new FormatError(tensorType.file, `a MIL tensor type has more than ${MAX_DIMS} dimensions`, { offset: inner.offset })
          shape = size === undefined || !shape ? undefined : [...shape, size]
        }
      }
      return known ? { dtype: known[0], bits: known[1], shape } : undefined
    }
    return undefined
  }

  /** A constant dimension's size, or undefined for an unknown one. */
  private async dimension(reader: ProtoReader): Promise<number | undefined> {
    while (!reader.done) {
      const field = reader.nextInWindow() ?? (await reader.next())
      if (!field) break
      if (field.field !== 1 || field.wireType !== WireType.LEN) continue
      const constant = reader.message(field, 'ConstantDimension')
      while (!constant.done) {
      const inner = constant.nextInWindow() ?? (await constant.next())
      if (!inner) break
        if (inner.field === 1 && inner.wireType === WireType.VARINT && Number.isSafeInteger(inner.value)) return inner.value
      }
      return 0
    }
    return undefined
  }

  private async blobFileValue(reader: ProtoReader): Promise<{ fileName: string; offset: number }> {
    let fileName = ''
    let offset = 0
    while (!reader.done) {
      const field = reader.nextInWindow() ?? (await reader.next())
      if (!field) break
      if (field.field === 1 && field.wireType === WireType.LEN) fileName = reader.stringInWindow(field, MAX_COREML_STRING_BYTES, 'blob file name') ?? (await reader.string(field, MAX_COREML_STRING_BYTES, 'blob file name'))
      else if (field.field === 2 && field.wireType === WireType.VARINT) offset = field.value
    }
    if (!Number.isSafeInteger(offset)) throw new FormatError(reader.file, `a blob reference to '${fileName}' has an offset over 2^53`, { offset: reader.start })
    return { fileName, offset }
  }
}
