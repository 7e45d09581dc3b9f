import { FormatError } from '../../core/errors.js'
import { MAX_COREML_STRING_BYTES, MAX_DIMS } from '../../core/limits.js'
import type { TensorInfo } from '../../core/types.js'
import { WireType, type ProtoField, type ProtoReader } from '../../io/bytes/index.js'
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
  [1, ['bool', 8]],
  [2, ['string', 0]],
  [10, ['float16', 16]],
  [11, ['float32', 32]],
  [12, ['float64', 64]],
  [13, ['bfloat16', 16]],
  [21, ['int8', 8]],
  [22, ['int16', 16]],
  [23, ['int32', 32]],
  [24, ['int64', 64]],
  [25, ['int4', 4]],
  [31, ['uint8', 8]],
  [32, ['uint16', 16]],
  [33, ['uint32', 32]],
  [34, ['uint64', 64]],
  [35, ['uint4', 4]],
  [36, ['uint2', 2]],
  [37, ['uint1', 1]],
  [38, ['uint6', 6]],
  [39, ['uint3', 3]],
  [40, ['float8_e4m3fn', 8]],
  [41, ['float8_e5m2', 8]]
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

/** Ops up to this size (nearly all: a const op with a blob reference is ~150 bytes) are walked without an await. */
const SMALL_MESSAGE_BYTES = 16 * 1024

/** What a `Value` holds, as far as sizing needs it. */
interface ValueParts {
  type?: ValueType
  immediate?: ProtoField
  blob?: { fileName: string; offset: number }
}

/** The next field of a message loaded whole (`loadRest`); undefined at its end. */
function loaded(reader: ProtoReader): ProtoField | undefined {
  if (reader.done) return undefined
  const field = reader.nextInWindow()
  if (!field) throw new FormatError(reader.file, `${reader.what} was not in the read window`, { offset: reader.position })
  return field
}

function loadedString(reader: ProtoReader, field: ProtoField, what: string): string {
  return reader.stringInWindow(field, MAX_COREML_STRING_BYTES, what) ?? ''
}

export class MilWalk {
  readonly blobs: BlobReference[] = []

  constructor(private readonly collector: Collector) {}

  async program(reader: ProtoReader): Promise<void> {
    for (let field = await reader.next(); field; field = await reader.next()) {
      if (field.field === 2 && field.wireType === WireType.LEN)
        await this.mapEntry(reader.message(field, 'Program.functions entry'), (value) => this.function(value))
    }
  }

  private async function(reader: ProtoReader): Promise<void> {
    for (let field = await reader.next(); field; field = await reader.next()) {
      if (field.field === 3 && field.wireType === WireType.LEN) {
        await this.mapEntry(reader.message(field, 'Function.block_specializations entry'), (value) => this.block(value, 0))
      }
    }
  }

  /** A `map<string, X>` entry of the program or a function: calls `value` with the reader of X. */
  private async mapEntry(reader: ProtoReader, value: (reader: ProtoReader) => Promise<void>): Promise<void> {
    for (let field = await reader.next(); field; field = await reader.next()) {
      if (field.field === 2 && field.wireType === WireType.LEN) await value(reader.message(field, 'map value'))
    }
  }

  private async block(reader: ProtoReader, depth: number): Promise<void> {
    this.collector.checkDepth(depth)
    while (!reader.done) {
      const field = reader.nextInWindow() ?? (await reader.next())
      if (!field || field.field !== 3 || field.wireType !== WireType.LEN) continue
      const op = reader.message(field, 'Operation')
      const blocks: ProtoReader[] = []
      if (await op.loadRest(SMALL_MESSAGE_BYTES)) this.operation(op, blocks)
      else await this.largeOperation(op, blocks)
      for (const inner of blocks) await this.block(inner, depth + 1)
    }
  }

  /**
   * An operation loaded whole. Its nested blocks (of `cond`, `while_loop`) are left in `blocks`
   * for the caller. Inputs are kept until the type is known (a constant's inline values count).
   */
  private operation(reader: ProtoReader, blocks: ProtoReader[]): void {
    this.collector.operations++
    let type = ''
    let output = ''
    const inputs: ProtoReader[] = []
    for (let field = loaded(reader); field; field = loaded(reader)) {
      if (field.wireType !== WireType.LEN) continue
      if (field.field === 1) type = loadedString(reader, field, 'op type')
      else if (field.field === 2) inputs.push(reader.message(field, 'Operation.inputs entry'))
      else if (field.field === 3 && output === '') output = this.outputName(reader.message(field, 'NamedValueType'))
      else if (field.field === 4) blocks.push(reader.message(field, 'Block'))
      else if (field.field === 5) this.entry(reader.message(field, 'Operation.attributes entry'), false, type, output)
    }
    for (const input of inputs) this.entry(input, true, type, output)
  }

  /** An operation too large to load: one holding a large inline value. Its entries are loaded one by one. */
  private async largeOperation(reader: ProtoReader, blocks: ProtoReader[]): Promise<void> {
    this.collector.operations++
    let type = ''
    let output = ''
    while (!reader.done) {
      const field = reader.nextInWindow() ?? (await reader.next())
      if (!field || field.wireType !== WireType.LEN) continue
      if (field.field === 1) type = await reader.string(field, MAX_COREML_STRING_BYTES, 'op type')
      else if (field.field === 3 && output === '') {
        const named = reader.message(field, 'NamedValueType')
        output = (await named.loadRest(SMALL_MESSAGE_BYTES)) ? this.outputName(named) : ''
      } else if (field.field === 4) blocks.push(reader.message(field, 'Block'))
      else if (field.field === 2 || field.field === 5) {
        const entry = reader.message(field, 'Operation entry')
        if (await entry.loadRest(SMALL_MESSAGE_BYTES)) this.entry(entry, field.field === 2, type, output)
        else await this.largeEntry(entry, field.field === 2, type, output)
      }
    }
  }

  private outputName(reader: ProtoReader): string {
    for (let field = loaded(reader); field; field = loaded(reader)) {
      if (field.field === 1 && field.wireType === WireType.LEN) return loadedString(reader, field, 'output name')
    }
    return ''
  }

  /** An entry of an op's `inputs` (an Argument of bindings) or `attributes` (a Value) map, loaded whole. */
  private entry(reader: ProtoReader, input: boolean, type: string, output: string): void {
    let key = ''
    for (let field = loaded(reader); field; field = loaded(reader)) {
      if (field.wireType !== WireType.LEN) continue
      if (field.field === 1) key = loadedString(reader, field, 'map key')
      else if (field.field === 2 && key !== 'name') {
        const value = reader.message(field, `value of '${key}'`)
        if (!input) this.addValue(this.valueParts(value), type, output, key)
        else {
          for (let binding = loaded(value); binding; binding = loaded(value)) {
            if (binding.field !== 1 || binding.wireType !== WireType.LEN) continue
            const inner = value.message(binding, 'Argument.Binding')
            for (let part = loaded(inner); part; part = loaded(inner)) {
              if (part.field === 2 && part.wireType === WireType.LEN) this.addValue(this.valueParts(inner.message(part, 'Value')), type, output, key)
            }
          }
        }
      }
    }
  }

  /** An attribute entry holding a large inline value (inputs hold names, or small values). */
  private async largeEntry(reader: ProtoReader, input: boolean, type: string, output: string): Promise<void> {
    let key = ''
    for (let field = await reader.next(); field; field = await reader.next()) {
      if (field.wireType !== WireType.LEN) continue
      if (field.field === 1) key = await reader.string(field, MAX_COREML_STRING_BYTES, 'map key')
      else if (field.field === 2 && key !== 'name' && !input) {
        const value = reader.message(field, `value of '${key}'`)
        const parts: ValueParts = {}
        for (let part = await value.next(); part; part = await value.next()) {
          if (part.wireType !== WireType.LEN) continue
          const inner = value.message(part, 'Value part')
          if (part.field === 3) parts.immediate = await this.tensorPayload(inner)
          else if ((part.field === 2 || part.field === 5) && (await inner.loadRest(SMALL_MESSAGE_BYTES))) {
            if (part.field === 2) parts.type = this.valueType(inner)
            else parts.blob = this.blobFileValue(inner)
          }
        }
        this.addValue(parts, type, output, key)
      }
    }
  }

  /** A `Value` loaded whole. */
  private valueParts(reader: ProtoReader): ValueParts {
    const parts: ValueParts = {}
    for (let field = loaded(reader); field; field = loaded(reader)) {
      if (field.wireType !== WireType.LEN) continue
      if (field.field === 2) parts.type = this.valueType(reader.message(field, 'ValueType'))
      else if (field.field === 3) parts.immediate = this.tensorPayloadLoaded(reader.message(field, 'ImmediateValue'))
      else if (field.field === 5) parts.blob = this.blobFileValue(reader.message(field, 'BlobFileValue'))
    }
    return parts
  }

  /** A blob reference is always a stored constant; an inline tensor counts only in a constant op. */
  private addValue(parts: ValueParts, type: string, output: string, key: string): void {
    const name = type === 'const' ? output : `${output}/${key}`
    const valueType = parts.type
    const dtype = valueType?.dtype ?? 'unknown'
    const evidence = GRAPH_CONSTANT_TYPES.has(dtype) ? EVIDENCE.graphConstant : EVIDENCE.milConstant
    if (parts.blob) {
      const bytes = valueType?.shape && valueType.bits > 0 ? Math.ceil((valueType.shape.reduce((n, d) => n * d, 1) * valueType.bits) / 8) : undefined
      if (bytes !== undefined && !Number.isSafeInteger(bytes)) {
        throw new FormatError(this.collector.path, `constant '${name}' has the type ${dtype}[${valueType?.shape?.join(', ')}], larger than any file`, {
          fix: 'The model is corrupt or hostile.'
        })
      }
      const tensor = this.collector.add({ name, dtype, shape: valueType?.shape ?? [], file: '', offset: 0, byteLength: bytes ?? 0, evidence })
      this.blobs.push({ tensor, fileName: parts.blob.fileName, offset: parts.blob.offset, bytes })
    } else if (parts.immediate && (type === 'const' || type.startsWith('constexpr_'))) {
      this.collector.addField(name, dtype, valueType?.shape ?? [], parts.immediate, evidence)
    }
  }

  /** The packed values of an immediate `TensorValue` (floats, ints, bools, strings, longInts, doubles, bytes), stepped over. */
  private async tensorPayload(reader: ProtoReader): Promise<ProtoField | undefined> {
    for (let field = await reader.next(); field; field = await reader.next()) {
      if (field.field !== 1 || field.wireType !== WireType.LEN) continue
      const tensor = reader.message(field, 'TensorValue')
      for (let kind = await tensor.next(); kind; kind = await tensor.next()) {
        if (kind.wireType !== WireType.LEN) continue
        const repeated = tensor.message(kind, 'TensorValue values')
        let span: { offset: number; end: number } | undefined
        for (let values = await repeated.next(); values; values = await repeated.next()) {
          if (values.field === 1) span = widen(span, values)
        }
        if (span) return { field: 1, wireType: WireType.LEN, offset: span.offset, length: span.end - span.offset, value: 0 }
      }
    }
    return undefined
  }

  /** `tensorPayload` of a value loaded whole. */
  private tensorPayloadLoaded(reader: ProtoReader): ProtoField | undefined {
    for (let field = loaded(reader); field; field = loaded(reader)) {
      if (field.field !== 1 || field.wireType !== WireType.LEN) continue
      const tensor = reader.message(field, 'TensorValue')
      for (let kind = loaded(tensor); kind; kind = loaded(tensor)) {
        if (kind.wireType !== WireType.LEN) continue
        const repeated = tensor.message(kind, 'TensorValue values')
        let span: { offset: number; end: number } | undefined
        for (let values = loaded(repeated); values; values = loaded(repeated)) {
          if (values.field === 1) span = widen(span, values)
        }
        if (span) return { field: 1, wireType: WireType.LEN, offset: span.offset, length: span.end - span.offset, value: 0 }
      }
    }
    return undefined
  }

  private valueType(reader: ProtoReader): ValueType | undefined {
    for (let field = loaded(reader); field; field = loaded(reader)) {
      if (field.field !== 1 || field.wireType !== WireType.LEN) continue
      const tensorType = reader.message(field, 'TensorType')
      let known: [string, number] | undefined
      let shape: number[] | undefined = []
      for (let inner = loaded(tensorType); inner; inner = loaded(tensorType)) {
        if (inner.field === 1 && inner.wireType === WireType.VARINT) known = DATA_TYPES.get(inner.value) ?? [`mil_type_${inner.value}`, 0]
        else if (inner.field === 3 && inner.wireType === WireType.LEN) {
          const size = this.dimension(tensorType.message(inner, 'Dimension'))
          if (shape && shape.length >= MAX_DIMS)
            throw new FormatError(tensorType.file, `a MIL tensor type has more than ${MAX_DIMS} dimensions`, { offset: inner.offset })
          shape = size === undefined || !shape ? undefined : [...shape, size]
        }
      }
      return known ? { dtype: known[0], bits: known[1], shape } : undefined
    }
    return undefined
  }

  /** A constant dimension's size, or undefined for an unknown one. */
  private dimension(reader: ProtoReader): number | undefined {
    for (let field = loaded(reader); field; field = loaded(reader)) {
      if (field.field !== 1 || field.wireType !== WireType.LEN) continue
      const constant = reader.message(field, 'ConstantDimension')
      for (let inner = loaded(constant); inner; inner = loaded(constant)) {
        if (inner.field === 1 && inner.wireType === WireType.VARINT && Number.isSafeInteger(inner.value)) return inner.value
      }
      return 0
    }
    return undefined
  }

  private blobFileValue(reader: ProtoReader): { fileName: string; offset: number } {
    let fileName = ''
    let offset = 0
    for (let field = loaded(reader); field; field = loaded(reader)) {
      if (field.field === 1 && field.wireType === WireType.LEN) fileName = loadedString(reader, field, 'blob file name')
      else if (field.field === 2 && field.wireType === WireType.VARINT) offset = field.value
    }
    if (!Number.isSafeInteger(offset)) throw new FormatError(reader.file, `a blob reference to '${fileName}' has an offset over 2^53`, { offset: reader.start })
    return { fileName, offset }
  }
}

function widen(span: { offset: number; end: number } | undefined, field: ProtoField): { offset: number; end: number } {
  const end = field.offset + field.length
  return span ? { offset: Math.min(span.offset, field.offset), end: Math.max(span.end, end) } : { offset: field.offset, end }
}
