import { flatbufferChunks, ref, str, table, tables, type FbField, type FbNode } from './flatbuffer.js'
import { chunksLength, type Chunk } from './sparse.js'

/** One tensor of a synthetic TFLite model (field meanings: schema.fbs `table Tensor`). */
export interface TfliteTensorSpec {
  name: string
  shape: number[]
  /** TensorType code (0 float32, 9 int8…). */
  type?: number
  /** Index into the buffers; 0 (none) by default. */
  buffer?: number
  variable?: boolean
  /** Per-channel scales and zero points. */
  quantization?: { scale: number[]; zeroPoint: number[] }
}

/** A Buffer: inline `data` (a `{ length }` payload is a hole), or data outside the flatbuffer. */
export type TfliteBufferSpec = { data?: Uint8Array | { length: number } } | { external: { offset: number; size: number } }

export interface TfliteModelSpec {
  tensors: TfliteTensorSpec[]
  /** Buffer 0, the empty sentinel, is added in front of these: the first listed is buffer 1. */
  buffers: TfliteBufferSpec[]
  metadata?: [name: string, buffer: number][]
}

/** A vector of float32 (width 4) or int64 (width 8) values. */
function numbers(values: number[], width: 4 | 8): FbNode {
  const bytes = new Uint8Array(values.length * width)
  const view = new DataView(bytes.buffer)
  values.forEach((value, i) => (width === 4 ? view.setFloat32(i * 4, value, true) : view.setBigInt64(i * 8, BigInt(value), true)))
  return { elements: bytes, count: values.length }
}

function tensorTable(spec: TfliteTensorSpec): FbNode {
  const q = spec.quantization
  const quantization = q ? ref(table(undefined, undefined, ref(numbers(q.scale, 4)), ref(numbers(q.zeroPoint, 8)))) : undefined
  return table(
    ref({ i32s: spec.shape }),
    { u8: spec.type ?? 0 },
    { u32: spec.buffer ?? 0 },
    str(spec.name),
    quantization,
    spec.variable ? { u8: 1 } : undefined
  )
}

function bufferTable(spec: TfliteBufferSpec): FbNode {
  if ('external' in spec) return table(undefined, { u64: spec.external.offset }, { u64: spec.external.size })
  return spec.data ? table(ref({ bytes: spec.data })) : table()
}

export function tfliteModel(spec: TfliteModelSpec): FbNode {
  const metadata: FbField = spec.metadata ? ref(tables(...spec.metadata.map(([name, buffer]) => table(str(name), { u32: buffer })))) : undefined
  const subgraph = table(ref(tables(...spec.tensors.map(tensorTable))), undefined, undefined, undefined, str('main'))
  return table(
    { u32: 3 },
    undefined,
    ref(tables(subgraph)),
    str('built by a test'),
    ref(tables(table(), ...spec.buffers.map(bufferTable))),
    undefined,
    metadata
  )
}

/** A `.tflite` as sparse-file chunks: inline `{ length }` buffers are holes. */
export function buildTflite(spec: TfliteModelSpec): Chunk[] {
  return flatbufferChunks(tfliteModel(spec), 'TFL3')
}

/**
 * The > 2 GB layout: a small flatbuffer whose buffers point past it (`Buffer.offset`/`size`, file
 * offsets), then the payloads, as holes. Offsets are known once the flatbuffer's length is,
 * which does not depend on their values (u64 fields), so it is built twice.
 */
export function buildExternalTflite(tensors: TfliteTensorSpec[], sizes: number[], alignment = 16): Chunk[] {
  const layout = (offsets: number[]): TfliteModelSpec => ({ tensors, buffers: sizes.map((size, i) => ({ external: { offset: offsets[i], size } })) })
  const flatbufferLength = chunksLength(buildTflite(layout(sizes.map(() => 2))))
  const offsets: number[] = []
  let end = flatbufferLength
  for (const size of sizes) {
    end += (alignment - (end % alignment)) % alignment
    offsets.push(end)
    end += size
  }
  const chunks = buildTflite(layout(offsets))
  return [...chunks, { hole: end - flatbufferLength }]
}
