/**
 * ggml tensor type ids (`ggml_type`, `ggml-org/llama.cpp:ggml/include/ggml.h`) to canonical dtype
 * names. Block sizes and bytes per block live with the other dtypes in src/core/dtypes.ts (GGUF
 * section), from llama.cpp's `ggml/src/ggml.c` type_traits (blck_size, type_size). Ids 4, 5
 * (Q4_2, Q4_3), 31–33 (Q4_0_4_4…) and 36–38 (IQ4_NL_4_4…) were removed from GGUF files and are
 * refused. Id 42 (Q2_0) is the newest upstream type; a fork uses 42 for another type, so a Q2_0
 * size that does not fit the file is reported as such by the span checks.
 */
export const GGML_TYPES: ReadonlyMap<number, string> = new Map([
  [0, 'float32'],
  [1, 'float16'],
  [2, 'q4_0'],
  [3, 'q4_1'],
  [6, 'q5_0'],
  [7, 'q5_1'],
  [8, 'q8_0'],
  [9, 'q8_1'],
  [10, 'q2_k'],
  [11, 'q3_k'],
  [12, 'q4_k'],
  [13, 'q5_k'],
  [14, 'q6_k'],
  [15, 'q8_k'],
  [16, 'iq2_xxs'],
  [17, 'iq2_xs'],
  [18, 'iq3_xxs'],
  [19, 'iq1_s'],
  [20, 'iq4_nl'],
  [21, 'iq3_s'],
  [22, 'iq2_s'],
  [23, 'iq4_xs'],
  [24, 'int8'],
  [25, 'int16'],
  [26, 'int32'],
  [27, 'int64'],
  [28, 'float64'],
  [29, 'iq1_m'],
  [30, 'bfloat16'],
  [34, 'tq1_0'],
  [35, 'tq2_0'],
  [39, 'mxfp4'],
  [40, 'nvfp4'],
  [41, 'q1_0'],
  [42, 'q2_0']
])
