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
/** A block-quantized type: `blockSize` elements stored in `blockBytes` bytes. */
const quantized = (blockSize: number, blockBytes: number): DtypeInfo => ({ bits: blockBytes * 8, blockSize })

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
  variant: { bits: 0, blockSize: 1, variable: true },
  // safetensors' 6-bit floats (`huggingface/safetensors:safetensors/src/tensor.rs`, Dtype::bitsize)
  float6_e2m3: plain(6),
  float6_e3m2: plain(6),
  // --- GGUF block-quantized types ---
  // (elements per block, bytes per block) from the ggml type traits
  // (`ggml-org/llama.cpp:ggml/src/ggml.c`, type_traits: blck_size, type_size); ggml ids in
  // src/formats/gguf/ggml-types.ts. K-quants use super-blocks of QK_K = 256.
  q4_0: quantized(32, 18),
  q4_1: quantized(32, 20),
  q5_0: quantized(32, 22),
  q5_1: quantized(32, 24),
  q8_0: quantized(32, 34),
  q8_1: quantized(32, 40),
  q2_k: quantized(256, 84),
  q3_k: quantized(256, 110),
  q4_k: quantized(256, 144),
  q5_k: quantized(256, 176),
  q6_k: quantized(256, 210),
  q8_k: quantized(256, 292),
  iq2_xxs: quantized(256, 66),
  iq2_xs: quantized(256, 74),
  iq3_xxs: quantized(256, 98),
  iq1_s: quantized(256, 50),
  iq4_nl: quantized(32, 18),
  iq3_s: quantized(256, 110),
  iq2_s: quantized(256, 82),
  iq4_xs: quantized(256, 136),
  iq1_m: quantized(256, 56),
  tq1_0: quantized(256, 54),
  tq2_0: quantized(256, 66),
  mxfp4: quantized(32, 17),
  nvfp4: quantized(64, 36),
  q1_0: quantized(128, 18),
  q2_0: quantized(64, 18)
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
