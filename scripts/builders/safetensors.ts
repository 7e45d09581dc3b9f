import { denseBytes } from '../../src/core/dtypes.js'
import { SAFETENSORS_DTYPES } from '../../src/formats/safetensors/header.js'
import { chunksToBytes, type Chunk } from './sparse.js'

export interface SafetensorsTensorSpec {
  /** safetensors dtype string: `F32`, `BF16`, `I64`... */
  dtype: string
  shape: number[]
  /** Payload bytes; default: zeros of the dense size. */
  data?: Uint8Array
  /** Leave the payload as a hole (sparse file) instead of writing zeros. */
  hole?: boolean
}

export interface SafetensorsBuildOptions {
  metadata?: Record<string, string>
  /** Pad the header with spaces to a multiple of 8, as the reference writer does (default true). */
  padHeader?: boolean
}

/**
 * A safetensors file (`huggingface/safetensors` layout): u64 LE header length, JSON header, then
 * the payloads in the given order. Tensors are written contiguously from offset 0.
 */
export function buildSafetensors(tensors: Record<string, SafetensorsTensorSpec>, options: SafetensorsBuildOptions = {}): Chunk[] {
  const header: Record<string, unknown> = {}
  if (options.metadata) header.__metadata__ = options.metadata
  const payloads: Chunk[] = []
  let offset = 0
  for (const [name, spec] of Object.entries(tensors)) {
    const canonical = SAFETENSORS_DTYPES[spec.dtype]
    const size = spec.data?.length ?? (canonical ? denseBytes(canonical, spec.shape) : undefined)
    if (size === undefined) throw new Error(`buildSafetensors: give data for '${name}' (dtype ${spec.dtype})`)
    header[name] = { dtype: spec.dtype, shape: spec.shape, data_offsets: [offset, offset + size] }
    payloads.push(spec.hole ? { hole: size } : (spec.data ?? new Uint8Array(size)))
    offset += size
  }
  return [...safetensorsPrefix(JSON.stringify(header), options.padHeader ?? true), ...payloads]
}

/** The 8-byte length and a header given as text (for malformed-header tests). */
export function safetensorsPrefix(headerText: string, pad = true, declaredLength?: bigint): Uint8Array[] {
  let text = headerText
  if (pad) while (new TextEncoder().encode(text).length % 8 !== 0) text += ' '
  const json = new TextEncoder().encode(text)
  const length = new Uint8Array(8)
  new DataView(length.buffer).setBigUint64(0, declaredLength ?? BigInt(json.length), true)
  return [length, json]
}

export function buildSafetensorsBytes(tensors: Record<string, SafetensorsTensorSpec>, options: SafetensorsBuildOptions = {}): Uint8Array {
  return chunksToBytes(buildSafetensors(tensors, options))
}

/** A transformers-style `model.safetensors.index.json`. */
export function buildShardIndex(weightMap: Record<string, string>, totalSize?: number): Uint8Array {
  const index = { metadata: totalSize === undefined ? {} : { total_size: totalSize }, weight_map: weightMap }
  return new TextEncoder().encode(JSON.stringify(index, null, 2))
}
