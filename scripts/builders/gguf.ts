import { DTYPES, denseBytes } from '../../src/core/dtypes.js'
import { GGML_TYPES } from '../../src/formats/gguf/ggml-types.js'
import { chunksToBytes, type Chunk } from './sparse.js'

/**
 * GGUF files (`ggml-org/ggml:docs/gguf.md`) for tests and the bench: v1 (u32 counts and lengths),
 * v2 and v3, little- or big-endian, with any alignment. Tensor payloads are holes (zeros in
 * memory, unwritten in a sparse file), each padded to the alignment as llama.cpp writes them.
 */

export type GgufValue =
  | { type: 'u32'; value: number }
  | { type: 'u64'; value: number }
  | { type: 'f32'; value: number }
  | { type: 'string'; value: string }
  | { type: 'strings'; value: string[] }
  | { type: 'f32s'; value: number[] }

export interface GgufTensorSpec {
  name: string
  /** ne[0] first (fastest-varying), as GGUF stores them. */
  dims: number[]
  /** ggml_type id (0 F32, 1 F16, 2 Q4_0, 12 Q4_K...). */
  type: number
}

export interface GgufSpec {
  version?: 1 | 2 | 3
  bigEndian?: boolean
  /** Written as `general.alignment` (u32) when given; 32 otherwise. */
  alignment?: number
  kv?: [string, GgufValue][]
  tensors?: GgufTensorSpec[]
}

const VALUE_TYPE = { u32: 4, f32: 6, string: 8, array: 9, u64: 10 } as const

class GgufWriter {
  private readonly bytes: number[] = []
  constructor(
    private readonly version: number,
    private readonly littleEndian: boolean
  ) {}

  get length(): number {
    return this.bytes.length
  }

  fixed(size: number, set: (view: DataView) => void): void {
    const view = new DataView(new ArrayBuffer(size))
    set(view)
    this.bytes.push(...new Uint8Array(view.buffer))
  }

  u32(value: number): void {
    this.fixed(4, (v) => v.setUint32(0, value, this.littleEndian))
  }

  u64(value: number): void {
    this.fixed(8, (v) => v.setBigUint64(0, BigInt(value), this.littleEndian))
  }

  f32(value: number): void {
    this.fixed(4, (v) => v.setFloat32(0, value, this.littleEndian))
  }

  /** Counts and string lengths: u32 in v1. */
  size(value: number): void {
    if (this.version === 1) this.u32(value)
    else this.u64(value)
  }

  string(text: string): void {
    const bytes = new TextEncoder().encode(text)
    this.size(bytes.length)
    this.bytes.push(...bytes)
  }

  zeros(count: number): void {
    for (let i = 0; i < count; i++) this.bytes.push(0)
  }

  value(value: GgufValue): void {
    switch (value.type) {
      case 'u32':
        return this.u32(value.value)
      case 'u64':
        return this.u64(value.value)
      case 'f32':
        return this.f32(value.value)
      case 'string':
        return this.string(value.value)
      case 'strings':
        this.u32(VALUE_TYPE.string)
        this.size(value.value.length)
        return value.value.forEach((text) => this.string(text))
      case 'f32s':
        this.u32(VALUE_TYPE.f32)
        this.size(value.value.length)
        return value.value.forEach((number) => this.f32(number))
    }
  }

  toBytes(): Uint8Array {
    return new Uint8Array(this.bytes)
  }
}

function valueType(value: GgufValue): number {
  return value.type === 'strings' || value.type === 'f32s' ? VALUE_TYPE.array : VALUE_TYPE[value.type]
}

/** Bytes of a tensor of this ggml type and shape, from the dtype table. */
export function ggmlTensorBytes(type: number, dims: number[]): number {
  const dtype = GGML_TYPES.get(type)
  const bytes = dtype && DTYPES[dtype] ? denseBytes(dtype, dims) : undefined
  if (bytes === undefined) throw new Error(`ggmlTensorBytes: unknown ggml type ${type}`)
  return bytes
}

export function buildGguf(spec: GgufSpec): Chunk[] {
  const version = spec.version ?? 3
  const alignment = spec.alignment ?? 32
  const w = new GgufWriter(version, !spec.bigEndian)
  const kv: [string, GgufValue][] = [...(spec.kv ?? [])]
  if (spec.alignment !== undefined) kv.push(['general.alignment', { type: 'u32', value: spec.alignment }])
  const tensors = spec.tensors ?? []
  w.fixed(4, (v) => [0x47, 0x47, 0x55, 0x46].forEach((byte, i) => v.setUint8(i, byte)))
  w.u32(version)
  w.size(tensors.length)
  w.size(kv.length)
  for (const [key, value] of kv) {
    w.string(key)
    w.u32(valueType(value))
    w.value(value)
  }
  const sizes = tensors.map((tensor) => ggmlTensorBytes(tensor.type, tensor.dims))
  let offset = 0
  for (const [i, tensor] of tensors.entries()) {
    w.string(tensor.name)
    w.u32(tensor.dims.length)
    for (const dim of tensor.dims) {
      if (version === 1) w.u32(dim)
      else w.u64(dim)
    }
    w.u32(tensor.type)
    w.u64(offset)
    offset += padTo(sizes[i], alignment)
  }
  if (tensors.length > 0) w.zeros(padTo(w.length, alignment) - w.length)
  return [w.toBytes(), ...sizes.map((size) => ({ hole: padTo(size, alignment) }))]
}

export function buildGgufBytes(spec: GgufSpec): Uint8Array {
  return chunksToBytes(buildGguf(spec))
}

function padTo(value: number, alignment: number): number {
  return Math.ceil(value / alignment) * alignment
}
