/**
 * Element sizes of the dtypes that readers report, by our canonical lower-case name. Readers map
 * their format's own codes (TF DataType, torch storage classes, safetensors strings, ONNX
 * TensorProto.DataType, ggml_type) to these names.
 *
 * Sizes are only a cross-check and a fallback: the bytes counted are always the container's own
 * figure (TF entry.size, safetensors offsets, zip entry size), because the two may legitimately
 * differ (padding, sub-byte packing, strings).
 */
export interface DtypeInfo {
  /** Bits per element, or per block for block-quantized types. */
  bits: number
  /** Elements per block for block-quantized types (GGUF); 1 otherwise. */
  blockSize: number
  /** Variable-length elements (strings): no fixed size. */
  variable?: boolean
}

const plain = (bits: number): DtypeInfo => ({ bits, blockSize: 1 })

export const DTYPES: Record<string, DtypeInfo> = {
  bool: plain(8),
  int2: plain(2),
  int4: plain(4),
  uint4: plain(4),
  int8: plain(8),
  uint8: plain(8),
  int16: plain(16),
  uint16: plain(16),
  int32: plain(32),
  uint32: plain(32),
  int64: plain(64),
  uint64: plain(64),
  float4_e2m1: plain(4),
  float8_e4m3fn: plain(8),
  float8_e4m3fnuz: plain(8),
  float8_e5m2: plain(8),
  float8_e5m2fnuz: plain(8),
  float8_e8m0: plain(8),
  float16: plain(16),
  bfloat16: plain(16),
  float32: plain(32),
  float64: plain(64),
  complex64: plain(64),
  complex128: plain(128),
  qint8: plain(8),
  quint8: plain(8),
  qint16: plain(16),
  quint16: plain(16),
  qint32: plain(32),
  string: { bits: 0, blockSize: 1, variable: true },
  resource: { bits: 0, blockSize: 1, variable: true },
  variant: { bits: 0, blockSize: 1, variable: true }
  // --- GGUF block-quantized types (added by the GGUF reader's table) ---
}

/** Number of elements of a shape (1 for a scalar). */
export function elementCount(shape: readonly number[]): number {
  let count = 1
  for (const dim of shape) count *= dim
  return count
}

/**
 * Bytes a dense tensor of this dtype and shape needs, or undefined for unknown and
 * variable-length dtypes. Sub-byte types round up to whole bytes (FORMATS.md trap 18).
 */
export function denseBytes(dtype: string, shape: readonly number[]): number | undefined {
  const info = DTYPES[dtype]
  if (!info || info.variable) return undefined
  const blocks = Math.ceil(elementCount(shape) / info.blockSize)
  return Math.ceil((blocks * info.bits) / 8)
}
