/**
 * ONNX `TensorProto.DataType` codes to canonical dtype names (src/core/dtypes.ts), from
 * `onnx/onnx:onnx/onnx.proto` (enum DataType). Codes 25/26 (UINT2/INT2) are the newest; their
 * packing is not verified, so only the container's stored length is trusted for them.
 */
const ONNX_DATA_TYPES: readonly (string | undefined)[] = [
  /*  0 */ undefined, // UNDEFINED
  /*  1 */ 'float32',
  /*  2 */ 'uint8',
  /*  3 */ 'int8',
  /*  4 */ 'uint16',
  /*  5 */ 'int16',
  /*  6 */ 'int32',
  /*  7 */ 'int64',
  /*  8 */ 'string',
  /*  9 */ 'bool',
  /* 10 */ 'float16',
  /* 11 */ 'float64',
  /* 12 */ 'uint32',
  /* 13 */ 'uint64',
  /* 14 */ 'complex64',
  /* 15 */ 'complex128',
  /* 16 */ 'bfloat16',
  /* 17 */ 'float8_e4m3fn',
  /* 18 */ 'float8_e4m3fnuz',
  /* 19 */ 'float8_e5m2',
  /* 20 */ 'float8_e5m2fnuz',
  /* 21 */ 'uint4',
  /* 22 */ 'int4',
  /* 23 */ 'float4_e2m1',
  /* 24 */ 'float8_e8m0',
  /* 25 */ 'uint2',
  /* 26 */ 'int2'
]

/** The dtype name of an ONNX data type code; unknown codes keep their number visible. */
export function onnxDtype(code: number): string {
  return ONNX_DATA_TYPES[code] ?? `onnx_type_${code}`
}
