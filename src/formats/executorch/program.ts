import { evidenceOf, type Evidence } from '../../core/classify.js'
import { elementCount } from '../../core/dtypes.js'
import { UnsupportedFormatError } from '../../core/errors.js'
import { formatBytes } from '../../core/format-bytes.js'
import { MAX_DIMS, MAX_NAME_BYTES, MAX_TENSORS } from '../../core/limits.js'
import type { TensorInfo } from '../../core/types.js'
import type { ByteSource } from '../../io/byte-source.js'
import { Cursor, ShapeInterner } from '../../io/bytes/index.js'
import type { FlatbufferReader } from '../kit/flatbuffer.js'
import { openSegmentedFlatbuffer, readSegments, readSizesNow, scalarType, segmentAt, type Segment } from './layout.js'
import { StoragesByOffset } from '../kit/storages-by-offset.js'

/**
 * An ExecuTorch program (`.pte`, `pytorch/executorch:schema/program.fbs`, root `Program`). Where
 * a tensor's bytes are (the `Tensor` table's comment in program.fbs):
 * - a constant (`data_buffer_idx` > 0, no `allocation_info`): `constant_segment.offsets[idx]` in
 *   its segment, or the deprecated inline `constant_buffer[idx].storage`; with
 *   `extra_tensor_info.location` EXTERNAL, in a `.ptd` file instead;
 * - a mutable tensor with an initial value (`data_buffer_idx` > 0 and `allocation_info`):
 *   `mutable_data_segments[extra_tensor_info.mutable_data_segments_idx].offsets[idx]`.
 * `named_data` maps keys to whole segments that backends load by key (XNNPACK's weights), and a
 * delegate's `processed` blob is a segment or inline data. Everything else is metadata: the
 * flatbuffer (plans, operators, values), delegate blobs apart from the constants they embed, and
 * segment padding. The memory-planned arenas (`non_const_buffer_sizes`) are not in the file.
 */

// Program
const PROGRAM_PLANS = 1
const PROGRAM_CONSTANT_BUFFER = 2
const PROGRAM_DELEGATE_DATA = 3
const PROGRAM_SEGMENTS = 4
const PROGRAM_CONSTANT_SEGMENT = 5
const PROGRAM_MUTABLE_SEGMENTS = 6
const PROGRAM_NAMED_DATA = 7
// ExecutionPlan, EValue (union: type byte, then the value), Tensor, ExtraTensorInfo
const PLAN_NAME = 0
const PLAN_VALUES = 2
const PLAN_DELEGATES = 7
const EVALUE_TYPE = 0
const EVALUE_VALUE = 1
const KERNEL_TYPE_TENSOR = 5
const KERNEL_TYPE_STRING = 6
const TENSOR_SCALAR_TYPE = 0
const TENSOR_SIZES = 2
const TENSOR_REQUIRES_GRAD = 4
const TENSOR_DATA_BUFFER_IDX = 5
const TENSOR_ALLOCATION_INFO = 6
const TENSOR_EXTRA_INFO = 9
const EXTRA_MUTABLE_SEGMENT_IDX = 0
const EXTRA_FQN = 1
const EXTRA_LOCATION = 2
const LOCATION_EXTERNAL = 1
// SubsegmentOffsets, NamedData, BackendDelegate, BackendDelegateDataReference, inline data
const SUBSEGMENT_INDEX = 0
const SUBSEGMENT_OFFSETS = 1
const NAMED_DATA_KEY = 0
const NAMED_DATA_SEGMENT = 1
const DELEGATE_ID = 0
const DELEGATE_PROCESSED = 1
const REFERENCE_LOCATION = 0
const REFERENCE_INDEX = 1
const LOCATION_SEGMENT = 1
/** `exir/training`: a method `__et_training_fqn_<method>` returns the names of the parameters it trains, in order. */
const TRAINING_FQN_PREFIX = '__et_training_fqn_'
/** XNNPACK blobs start with an `XH00` header: flatbuffer offset/size, then constant data offset (u32 at 18) and size (u64 at 22). */
const XNNPACK_HEADER = 'XH00'
const XNNPACK_HEADER_BYTES = 30

const CONSTANT = evidenceOf('parameter', 'format', 'ExecuTorch constant tensor: a program stores only its model, so its constants are weights')
const TRAINABLE = evidenceOf('parameter', 'format', 'ExecuTorch mutable tensor with requires_grad: a weight the program trains on device')
const MUTABLE = evidenceOf('model-state', 'format', 'ExecuTorch mutable tensor: state the program updates in place, stored with its initial value')
const NAMED = evidenceOf('parameter', 'format', 'ExecuTorch named data: constant data a backend loads by key (its weights)')
const DELEGATE_CONSTANTS = evidenceOf('parameter', 'format', 'XNNPACK delegate constant data: weights packed into the delegate blob')

export interface ExecutorchProgram {
  tensors: TensorInfo[]
  /** Bytes of the delegates' blobs (less the constants they embed), for the metadata note. */
  delegateBytes: number
  delegateIds: string[]
  externalTensors: number
  plans: string[]
}

interface Context {
  fb: FlatbufferReader
  segments: Segment[]
  tensors: TensorInfo[]
  storages: StoragesByOffset
}

export async function readExecutorchProgram(source: ByteSource): Promise<ExecutorchProgram> {
  const layout = await openSegmentedFlatbuffer(source, 'eh00')
  const { fb } = layout
  const program = await fb.root('the ExecuTorch Program')
  const refs = [PROGRAM_PLANS, PROGRAM_CONSTANT_BUFFER, PROGRAM_DELEGATE_DATA, PROGRAM_CONSTANT_SEGMENT, PROGRAM_MUTABLE_SEGMENTS, PROGRAM_NAMED_DATA].map(
    (id) => program.ref(id)
  )
  const [plansAt, constantBufferAt, delegateDataAt, constantSegmentAt, mutableSegmentsAt, namedDataAt] = refs
  const context: Context = { fb, segments: await readSegments(layout, program, PROGRAM_SEGMENTS), tensors: [], storages: new StoragesByOffset() }
  const constantBuffers = constantBufferAt === undefined ? [] : await fb.tables(constantBufferAt, 'Program.constant_buffer', MAX_TENSORS)
  const constantSegment = constantSegmentAt === undefined ? undefined : await subsegment(context, constantSegmentAt, 'Program.constant_segment')
  const mutableSegments: Subsegment[] = []
  for (const [i, at] of (mutableSegmentsAt === undefined ? [] : await fb.tables(mutableSegmentsAt, 'Program.mutable_data_segments', MAX_TENSORS)).entries()) {
    mutableSegments.push(await subsegment(context, at, `Program.mutable_data_segments[${i}]`))
  }
  const delegateData = delegateDataAt === undefined ? [] : await fb.tables(delegateDataAt, 'Program.backend_delegate_data', MAX_TENSORS)

  const plans = plansAt === undefined ? [] : await fb.tables(plansAt, 'Program.execution_plan', MAX_TENSORS)
  const planNames: string[] = []
  for (const [p, at] of plans.entries()) {
    const plan = await fb.table(at, `execution plan ${p}`)
    const nameAt = plan.ref(PLAN_NAME)
    planNames.push(nameAt === undefined ? `plan ${p}` : await fb.string(nameAt, MAX_NAME_BYTES, `the name of execution plan ${p}`))
  }
  const trainedNames = await trainingParameterNames(fb, plans, planNames)
  const shapes = new ShapeInterner()
  let externalTensors = 0
  let delegateBytes = 0
  const delegateIds: string[] = []
  const seen = new Set<string>()
  for (const [p, at] of plans.entries()) {
    if (planNames[p].startsWith('__et_training_')) continue
    const plan = await fb.table(at, `execution plan '${planNames[p]}'`)
    const valuesAt = plan.ref(PLAN_VALUES)
    const delegatesAt = plan.ref(PLAN_DELEGATES)
    const names = trainedNames.get(planNames[p])
    let trained = 0
    for (const [v, valueAt] of (valuesAt === undefined ? [] : await fb.tables(valuesAt, `the values of '${planNames[p]}'`, MAX_TENSORS)).entries()) {
      // Synchronous while the pages are loaded (`…Now`), awaiting only to load one.
      const value = fb.tableNow(valueAt, 'a value') ?? (await fb.table(valueAt, `value ${v} of '${planNames[p]}'`))
      const tensorAt = value.u8(EVALUE_TYPE) === KERNEL_TYPE_TENSOR ? value.ref(EVALUE_VALUE) : undefined
      if (tensorAt === undefined) continue
      const what = `tensor value ${v} of '${planNames[p]}'`
      const tensor = fb.tableNow(tensorAt, what) ?? (await fb.table(tensorAt, what))
      const index = tensor.u32(TENSOR_DATA_BUFFER_IDX)
      const mutable = tensor.ref(TENSOR_ALLOCATION_INFO) !== undefined
      const requiresGrad = tensor.u8(TENSOR_REQUIRES_GRAD) !== 0
      const { dtype, bytes: elementBytes } = scalarType(tensor.u8(TENSOR_SCALAR_TYPE))
      const sizesAt = tensor.ref(TENSOR_SIZES)
      const extraAt = tensor.ref(TENSOR_EXTRA_INFO)
      // Index 0 is reserved for tensors without data: inputs, activations, planned buffers. A
      // constant used by several values (or methods) is listed once.
      if (index === 0) continue
      const extra = extraAt === undefined ? undefined : (extraInfoNow(fb, extraAt, what) ?? (await fb.until(() => extraInfoNow(fb, extraAt, what))))
      if (extra?.external) {
        externalTensors++
        continue
      }
      const key = mutable ? `mutable ${extra?.mutableSegment ?? 0}/${index}` : `constant ${index}`
      if (seen.has(key)) continue
      seen.add(key)
      const shape = shapes.intern(readSizesNow(fb, sizesAt, MAX_DIMS, what) ?? (await fb.until(() => readSizesNow(fb, sizesAt, MAX_DIMS, what))))
      if (elementBytes === undefined) throw new UnsupportedFormatError(fb.file, `${what} has scalar type ${dtype}, which this reader does not know`)
      const byteLength = elementCount(shape) * elementBytes
      let offset: number
      let evidence: readonly Evidence[]
      let name = extra?.name
      if (mutable) {
        offset = placeInSubsegment(fb, mutableSegments[extra?.mutableSegment ?? 0], index, byteLength, what, 'mutable_data_segments')
        evidence = requiresGrad ? TRAINABLE : MUTABLE
        if (requiresGrad && names) name ??= names[trained++]
      } else if (constantBuffers.length > 0) {
        offset = await inlineConstant(fb, constantBuffers, index, byteLength, what)
        evidence = CONSTANT
      } else {
        offset = placeInSubsegment(fb, constantSegment, index, byteLength, what, 'constant_segment')
        evidence = CONSTANT
      }
      const info: TensorInfo = {
        name: name ?? `${planNames[p]}/${mutable ? 'mutable' : 'constant'} ${index}`,
        dtype,
        shape,
        file: fb.file,
        offset,
        byteLength,
        evidence
      }
      context.storages.add(info)
      context.tensors.push(info)
    }
    for (const [d, delegateAt] of (delegatesAt === undefined
      ? []
      : await fb.tables(delegatesAt, `the delegates of '${planNames[p]}'`, MAX_TENSORS)
    ).entries()) {
      const blob = await delegateBlob(context, delegateData, delegateAt, `delegate ${d} of '${planNames[p]}'`)
      delegateIds.push(blob.id)
      delegateBytes += blob.size
    }
  }
  if (namedDataAt !== undefined) await addNamedData(context, namedDataAt)
  return { tensors: context.tensors, delegateBytes, delegateIds, externalTensors, plans: planNames }
}

interface Subsegment {
  segment: Segment
  /** Copied out of the flatbuffer: its pages may be evicted by the time the tensors are read. */
  offsets: Float64Array
}

async function subsegment(context: Context, at: number, what: string): Promise<Subsegment> {
  const { fb } = context
  const table = await fb.table(at, what)
  const index = table.u32(SUBSEGMENT_INDEX)
  const offsetsAt = table.ref(SUBSEGMENT_OFFSETS)
  const vector = offsetsAt === undefined ? { start: 0, length: 0 } : await fb.vector(offsetsAt, 8, `the offsets of ${what}`)
  const offsets = new Float64Array(vector.length)
  for (let i = 0; i < vector.length; i++) offsets[i] = fb.u64(vector.start + 8 * i, `offset ${i} of ${what}`)
  // A program whose constants are all inline (or absent) may name a segment it does not have.
  const segment = offsets.length <= 1 ? (context.segments[index] ?? { offset: 0, size: 0 }) : segmentAt(fb, context.segments, index, what)
  return { segment, offsets }
}

/** The file offset of entry `index` of a subsegment, checked to hold `byteLength` bytes inside its segment. */
function placeInSubsegment(fb: FlatbufferReader, sub: Subsegment | undefined, index: number, byteLength: number, what: string, field: string): number {
  if (!sub || index >= sub.offsets.length) throw fb.corrupt(`${what} refers to entry ${index} of ${field}, which has ${sub?.offsets.length ?? 0}`)
  const relative = sub.offsets[index]
  if (relative + byteLength > sub.segment.size) {
    throw fb.corrupt(`${what} (${byteLength} bytes at ${relative}) runs past the end of its ${sub.segment.size}-byte segment`)
  }
  return sub.segment.offset + relative
}

async function inlineConstant(fb: FlatbufferReader, buffers: readonly number[], index: number, byteLength: number, what: string): Promise<number> {
  if (index >= buffers.length) throw fb.corrupt(`${what} refers to constant buffer ${index}, but the program has ${buffers.length}`)
  const storageAt = (await fb.table(buffers[index], `constant buffer ${index}`)).ref(0)
  const storage = storageAt === undefined ? { start: 0, length: 0 } : await fb.vector(storageAt, 1, `constant buffer ${index}`, false)
  if (storage.length < byteLength) throw fb.corrupt(`${what} needs ${byteLength} bytes but constant buffer ${index} holds ${storage.length}`)
  return storage.start
}

interface ExtraInfo {
  name?: string
  external: boolean
  mutableSegment: number
}

/** A tensor's ExtraTensorInfo, undefined until its pages are loaded. */
function extraInfoNow(fb: FlatbufferReader, at: number, what: string): ExtraInfo | undefined {
  const extra = fb.tableNow(at, `the extra info of ${what}`)
  if (!extra) return undefined
  const nameAt = extra.ref(EXTRA_FQN)
  const external = extra.u8(EXTRA_LOCATION) === LOCATION_EXTERNAL
  const mutableSegment = extra.u64(EXTRA_MUTABLE_SEGMENT_IDX)
  const name = nameAt === undefined ? undefined : fb.stringNow(nameAt, MAX_NAME_BYTES, `the name of ${what}`)
  if (nameAt !== undefined && name === undefined) return undefined
  return { name: name || undefined, external, mutableSegment }
}

/** Per trained method, the parameter names its `__et_training_fqn_<method>` method returns. */
async function trainingParameterNames(fb: FlatbufferReader, plans: readonly number[], names: readonly string[]): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>()
  for (const [p, at] of plans.entries()) {
    if (!names[p].startsWith(TRAINING_FQN_PREFIX)) continue
    const valuesAt = (await fb.table(at, `execution plan '${names[p]}'`)).ref(PLAN_VALUES)
    const strings: string[] = []
    for (const valueAt of valuesAt === undefined ? [] : await fb.tables(valuesAt, `the values of '${names[p]}'`, MAX_TENSORS)) {
      const value = await fb.table(valueAt, `a value of '${names[p]}'`)
      const stringAt = value.u8(EVALUE_TYPE) === KERNEL_TYPE_STRING ? value.ref(EVALUE_VALUE) : undefined
      const textAt = stringAt === undefined ? undefined : (await fb.table(stringAt, `a string of '${names[p]}'`)).ref(0)
      if (textAt !== undefined) strings.push(await fb.string(textAt, MAX_NAME_BYTES, `a parameter name in '${names[p]}'`))
    }
    found.set(names[p].slice(TRAINING_FQN_PREFIX.length), strings)
  }
  return found
}

/** Each named data entry is its whole segment; keys sharing a segment share its storage. */
async function addNamedData(context: Context, at: number): Promise<void> {
  const { fb } = context
  for (const [i, entryAt] of (await fb.tables(at, 'Program.named_data', MAX_TENSORS)).entries()) {
    const entry = await fb.table(entryAt, `named data ${i}`)
    const keyAt = entry.ref(NAMED_DATA_KEY)
    const segment = segmentAt(fb, context.segments, entry.u32(NAMED_DATA_SEGMENT), `named data ${i}`)
    const name = keyAt === undefined ? `named data ${i}` : await fb.string(keyAt, MAX_NAME_BYTES, `the key of named data ${i}`)
    const info: TensorInfo = { name, dtype: 'uint8', shape: [segment.size], file: fb.file, offset: segment.offset, byteLength: segment.size, evidence: NAMED }
    context.storages.add(info)
    context.tensors.push(info)
  }
}

/**
 * A delegate's blob: metadata (a compiled graph), except an XNNPACK blob's constant data section
 * (weights packed in by older exporters; newer ones put them in named data and leave it empty).
 */
async function delegateBlob(context: Context, inline: readonly number[], at: number, what: string): Promise<{ id: string; size: number }> {
  const { fb } = context
  const delegate = await fb.table(at, what)
  const idAt = delegate.ref(DELEGATE_ID)
  const processedAt = delegate.ref(DELEGATE_PROCESSED)
  const id = idAt === undefined ? 'delegate' : await fb.string(idAt, MAX_NAME_BYTES, `the id of ${what}`)
  if (processedAt === undefined) return { id, size: 0 }
  const reference = await fb.table(processedAt, `the blob of ${what}`)
  const index = reference.u32(REFERENCE_INDEX)
  let blob: Segment
  if (reference.u8(REFERENCE_LOCATION) === LOCATION_SEGMENT) {
    blob = segmentAt(fb, context.segments, index, what)
  } else {
    if (index >= inline.length) throw fb.corrupt(`${what} refers to inline delegate data ${index}, but the program has ${inline.length}`)
    const dataAt = (await fb.table(inline[index], `inline delegate data ${index}`)).ref(0)
    const data = dataAt === undefined ? { start: 0, length: 0 } : await fb.vector(dataAt, 1, `inline delegate data ${index}`, false)
    blob = { offset: data.start, size: data.length }
  }
  const constants = blob.size >= XNNPACK_HEADER_BYTES ? await xnnpackConstants(fb.source, blob) : undefined
  if (constants) {
    const info: TensorInfo = {
      name: `${what} (${id}) constant data`,
      dtype: 'uint8',
      shape: [constants.size],
      file: fb.file,
      offset: constants.offset,
      byteLength: constants.size,
      evidence: DELEGATE_CONSTANTS
    }
    context.storages.add(info)
    context.tensors.push(info)
  }
  return { id, size: blob.size - (constants?.size ?? 0) }
}

/** The constant data section an `XH00` header describes (`backends/xnnpack/serialization/xnnpack_graph_serialize.py`), when non-empty and inside the blob. */
async function xnnpackConstants(source: ByteSource, blob: Segment): Promise<Segment | undefined> {
  const bytes = await source.read(blob.offset, XNNPACK_HEADER_BYTES)
  if (![...XNNPACK_HEADER].every((char, i) => bytes[4 + i] === char.charCodeAt(0))) return undefined
  const header = Cursor.over(bytes, source.name, blob.offset, 'XNNPACK header')
  header.seek(blob.offset + 18)
  const offset = header.u32()
  const size = header.u64('the constant data size of an XNNPACK blob')
  if (size === 0 || offset + size > blob.size) return undefined
  return { offset: blob.offset + offset, size }
}

/** A one-line summary of a program's non-weight parts, for the metadata note. */
export function programNote(program: ExecutorchProgram): string {
  const delegates = program.delegateIds.length
    ? `, ${program.delegateIds.length} delegate blob(s) (${[...new Set(program.delegateIds)].join(', ')}, ${formatBytes(program.delegateBytes)})`
    : ''
  return `the program flatbuffer (${program.plans.length} method(s))${delegates}, segment padding`
}
