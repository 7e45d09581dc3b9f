import { chunksLength, chunksToBytes, type Chunk } from './sparse.js'

/**
 * ONNX models written with a minimal protobuf encoder, field numbers from `onnx/onnx:onnx/onnx.proto`
 * (FORMATS.md §6). Payloads may be holes, so a test can describe a 1.5 GB `raw_data` in a sparse file.
 */

export interface OnnxTensorSpec {
  name: string
  dims: number[]
  /** TensorProto.DataType (1 FLOAT, 7 INT64, 10 FLOAT16...). */
  dataType: number
  /** raw_data: bytes, or a hole of that many bytes. */
  raw?: Uint8Array | { hole: number }
  /** float_data, packed. */
  floatData?: number[]
  external?: { location: string; offset?: number; length?: number }
}

export interface OnnxNodeSpec {
  opType: string
  name?: string
  /** A `body`/`then_branch` graph attribute with its own initializers. */
  subgraph?: OnnxGraphSpec
  /** A `value` tensor attribute (a Constant node). */
  value?: OnnxTensorSpec
  /** A `sparse_value` attribute (a Constant node holding a sparse tensor). */
  sparseValue?: { values: OnnxTensorSpec; indices: OnnxTensorSpec; dims: number[] }
  /** The node's output name (default `y`). */
  output?: string
  /** The operator set domain; written after the attributes, as NodeProto's field order has it. */
  domain?: string
}

export interface OnnxGraphSpec {
  name?: string
  nodes?: OnnxNodeSpec[]
  initializers?: OnnxTensorSpec[]
  sparseInitializers?: { values: OnnxTensorSpec; indices: OnnxTensorSpec; dims: number[] }[]
}

export interface OnnxModelSpec {
  irVersion?: number
  graph: OnnxGraphSpec
  trainingInfo?: { initialization?: OnnxGraphSpec; algorithm: OnnxGraphSpec }
}

function varintBytes(value: number): number[] {
  const out: number[] = []
  let rest = value
  while (rest >= 128) {
    out.push((rest % 128) | 0x80)
    rest = Math.floor(rest / 128)
  }
  out.push(rest)
  return out
}

const encoder = new TextEncoder()

class ProtoWriter {
  readonly chunks: Chunk[] = []

  varint(field: number, value: number): this {
    this.chunks.push(new Uint8Array([...varintBytes(field * 8), ...varintBytes(value)]))
    return this
  }

  len(field: number, content: readonly Chunk[]): this {
    this.chunks.push(new Uint8Array([...varintBytes(field * 8 + 2), ...varintBytes(chunksLength(content))]))
    for (const chunk of content) this.chunks.push(chunk) // no spread: a graph may have 10^5 chunks
    return this
  }

  string(field: number, text: string): this {
    return this.len(field, [encoder.encode(text)])
  }
}

function packedVarints(values: number[]): Uint8Array {
  return new Uint8Array(values.flatMap(varintBytes))
}

function tensor(spec: OnnxTensorSpec): Chunk[] {
  const w = new ProtoWriter()
  if (spec.dims.length > 0) w.len(1, [packedVarints(spec.dims)])
  w.varint(2, spec.dataType)
  if (spec.floatData) {
    const floats = new Uint8Array(spec.floatData.length * 4)
    spec.floatData.forEach((value, i) => new DataView(floats.buffer).setFloat32(i * 4, value, true))
    w.len(4, [floats])
  }
  w.string(8, spec.name)
  if (spec.raw) w.len(9, [spec.raw])
  if (spec.external) {
    const entries: [string, string][] = [['location', spec.external.location]]
    if (spec.external.offset !== undefined) entries.push(['offset', String(spec.external.offset)])
    if (spec.external.length !== undefined) entries.push(['length', String(spec.external.length)])
    for (const [key, value] of entries) w.len(13, new ProtoWriter().string(1, key).string(2, value).chunks)
    w.varint(14, 1)
  }
  return w.chunks
}

function sparseTensor(sparse: { values: OnnxTensorSpec; indices: OnnxTensorSpec; dims: number[] }): Chunk[] {
  return new ProtoWriter()
    .len(1, tensor(sparse.values))
    .len(2, tensor(sparse.indices))
    .len(3, [packedVarints(sparse.dims)]).chunks
}

function graph(spec: OnnxGraphSpec): Chunk[] {
  const w = new ProtoWriter()
  for (const node of spec.nodes ?? []) {
    const n = new ProtoWriter().string(1, 'x').string(2, node.output ?? 'y')
    if (node.name) n.string(3, node.name)
    n.string(4, node.opType)
    if (node.subgraph) n.len(5, new ProtoWriter().string(1, 'body').len(6, graph(node.subgraph)).varint(20, 5).chunks)
    if (node.value) n.len(5, new ProtoWriter().string(1, 'value').len(5, tensor(node.value)).varint(20, 4).chunks)
    if (node.sparseValue) n.len(5, new ProtoWriter().string(1, 'sparse_value').len(22, sparseTensor(node.sparseValue)).varint(20, 11).chunks)
    if (node.domain !== undefined) n.string(7, node.domain)
    w.len(1, n.chunks)
  }
  w.string(2, spec.name ?? 'main_graph')
  for (const init of spec.initializers ?? []) w.len(5, tensor(init))
  for (const sparse of spec.sparseInitializers ?? []) w.len(15, sparseTensor(sparse))
  w.len(11, new ProtoWriter().string(1, 'x').chunks)
  w.len(12, new ProtoWriter().string(1, 'y').chunks)
  return w.chunks
}

export function buildOnnx(spec: OnnxModelSpec): Chunk[] {
  const w = new ProtoWriter()
    .varint(1, spec.irVersion ?? 8)
    .string(2, 'model-size-budget-test')
    .string(3, '1.0')
  w.len(7, graph(spec.graph))
  w.len(8, new ProtoWriter().string(1, '').varint(2, 17).chunks)
  if (spec.trainingInfo) {
    const t = new ProtoWriter()
    if (spec.trainingInfo.initialization) t.len(1, graph(spec.trainingInfo.initialization))
    t.len(2, graph(spec.trainingInfo.algorithm))
    w.len(20, t.chunks)
  }
  return w.chunks
}

export function buildOnnxBytes(spec: OnnxModelSpec): Uint8Array {
  return chunksToBytes(buildOnnx(spec))
}
