import { flatbufferChunks, ref, str, table, tables, type FbField, type FbNode } from './flatbuffer.js'
import { chunksLength, type Chunk } from './sparse.js'

/** One tensor of a synthetic ExecuTorch program (`schema/program.fbs`, `table Tensor`). */
export interface PteTensorSpec {
  shape: number[]
  /** c10 ScalarType code; 6 (float32) by default. */
  scalarType?: number
  name?: string
  requiresGrad?: boolean
  /** Stored outside the program, in a `.ptd` (location EXTERNAL). */
  external?: boolean
}

export interface PteSpec {
  /** Constants, in the constant segment (data_buffer_idx 1, 2, …). */
  constants?: PteTensorSpec[]
  /** Mutable tensors with initial values, in mutable data segment 0. */
  mutable?: PteTensorSpec[]
  /** Named data entries, each its own segment of `size` bytes. */
  namedData?: { key: string; size: number }[]
  /** Segment and tensor alignment (ExecuTorch's default segment alignment is 128). */
  alignment?: number
}

const ELEMENT_BYTES: Record<number, number> = { 0: 1, 1: 1, 3: 4, 4: 8, 5: 2, 6: 4, 7: 8, 15: 2 }
const align = (value: number, alignment: number): number => value + ((alignment - (value % alignment)) % alignment)
const bytesOf = (spec: PteTensorSpec): number => spec.shape.reduce((n, d) => n * d, 1) * ELEMENT_BYTES[spec.scalarType ?? 6]

function u64s(values: number[]): FbNode {
  const bytes = new Uint8Array(values.length * 8)
  const view = new DataView(bytes.buffer)
  values.forEach((value, i) => view.setBigUint64(i * 8, BigInt(value), true))
  return { elements: bytes, count: values.length }
}

/** Offsets of the tensors packed into one segment (index 0 reserved), and the segment's size. */
function packed(specs: PteTensorSpec[], alignment: number): { offsets: number[]; size: number } {
  const offsets = [0]
  let end = 0
  for (const spec of specs) {
    end = align(end, alignment)
    offsets.push(end)
    end += bytesOf(spec)
  }
  return { offsets, size: end }
}

function tensorValue(spec: PteTensorSpec, index: number, mutable: boolean): FbNode {
  const extra: FbField =
    spec.name || spec.external ? ref(table(undefined, spec.name ? str(spec.name) : undefined, spec.external ? { u8: 1 } : undefined)) : undefined
  const tensor = table(
    { u8: spec.scalarType ?? 6 },
    undefined,
    ref({ i32s: spec.shape }),
    undefined,
    spec.requiresGrad ? { u8: 1 } : undefined,
    { u32: index },
    mutable ? ref(table({ u32: 0 })) : undefined,
    undefined,
    undefined,
    extra
  )
  return table({ u8: 5 }, ref(tensor))
}

function program(spec: PteSpec, segmentBase: number, alignment: number): { root: FbNode; segments: { offset: number; size: number }[] } {
  const constants = packed(spec.constants ?? [], alignment)
  const mutable = packed(spec.mutable ?? [], alignment)
  const sizes = [constants.size, ...(spec.mutable ? [mutable.size] : []), ...(spec.namedData ?? []).map((entry) => entry.size)]
  const segments: { offset: number; size: number }[] = []
  let end = 0
  for (const size of sizes) {
    end = align(end, alignment)
    segments.push({ offset: end, size })
    end += size
  }
  const values = [
    ...(spec.constants ?? []).map((tensor, i) => tensorValue(tensor, i + 1, false)),
    ...(spec.mutable ?? []).map((tensor, i) => tensorValue(tensor, i + 1, true))
  ]
  const named = spec.namedData?.map((entry, i) => table(str(entry.key), { u32: (spec.mutable ? 2 : 1) + i }))
  const root = table(
    { u32: 0 },
    ref(tables(table(str('forward'), undefined, ref(tables(...values))))),
    undefined,
    undefined,
    ref(tables(...segments.map((segment) => table({ u64: segment.offset }, { u64: segment.size })))),
    ref(table({ u32: 0 }, ref(u64s(constants.offsets)))),
    spec.mutable ? ref(tables(table({ u32: 1 }, ref(u64s(mutable.offsets))))) : undefined,
    named ? ref(tables(...named)) : undefined
  )
  return { root, segments: segments.map((segment) => ({ offset: segmentBase + segment.offset, size: segment.size })) }
}

function extendedHeader(programSize: number, segmentBase: number, segmentDataSize: number): Uint8Array {
  const header = new Uint8Array(32)
  const view = new DataView(header.buffer)
  header.set(new TextEncoder().encode('eh00'))
  view.setUint32(4, 32, true)
  view.setBigUint64(8, BigInt(programSize), true)
  view.setBigUint64(16, BigInt(segmentBase), true)
  view.setBigUint64(24, BigInt(segmentDataSize), true)
  return header
}

/** A `.pte` as sparse-file chunks: the program flatbuffer with its extended header, then the segments as holes. */
export function buildPte(spec: PteSpec): Chunk[] {
  const alignment = spec.alignment ?? 128
  // The flatbuffer's length does not depend on the header's values (fixed-width fields): build twice.
  const programSize = chunksLength(flatbufferChunks(program(spec, 0, alignment).root, 'ET12', extendedHeader(0, 0, 0)))
  const segmentBase = align(programSize, alignment)
  const { root, segments } = program(spec, segmentBase, alignment)
  const last = segments[segments.length - 1]
  const end = last ? last.offset + last.size : segmentBase
  const chunks = flatbufferChunks(root, 'ET12', extendedHeader(programSize, segmentBase, end - segmentBase))
  return [...chunks, { hole: end - programSize }]
}

/** A `.ptd` (FlatTensor) holding `tensors` by name, each its own segment, as sparse-file chunks. */
export function buildPtd(tensors: { key: string; shape: number[]; scalarType?: number }[], alignment = 16): Chunk[] {
  const build = (segmentBase: number, flatbufferSize: number): { chunks: Chunk[]; end: number } => {
    let end = 0
    const segments = tensors.map((tensor) => {
      end = align(end, alignment)
      const segment = { offset: end, size: bytesOf(tensor) }
      end += segment.size
      return segment
    })
    const root = table(
      { u32: 0 },
      ref(tables(...segments.map((segment) => table({ u64: segment.offset }, { u64: segment.size })))),
      ref(tables(...tensors.map((tensor, i) => table(str(tensor.key), { u32: i }, ref(table({ u8: tensor.scalarType ?? 6 }, ref({ i32s: tensor.shape })))))))
    )
    const header = new Uint8Array(40)
    const view = new DataView(header.buffer)
    header.set(new TextEncoder().encode('FH01'))
    view.setUint32(4, 40, true)
    view.setBigUint64(8, 48n, true)
    view.setBigUint64(16, BigInt(flatbufferSize), true)
    view.setBigUint64(24, BigInt(segmentBase), true)
    view.setBigUint64(32, BigInt(end), true)
    return { chunks: flatbufferChunks(root, 'FT01', header), end }
  }
  const size = chunksLength(build(0, 0).chunks)
  const segmentBase = align(size, alignment)
  const { chunks, end } = build(segmentBase, size)
  return [...chunks, { hole: segmentBase + end - size }]
}
