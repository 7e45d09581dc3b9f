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
    bits: number;
    /** Elements per block for block-quantized types (GGUF); 1 otherwise. */
    blockSize: number;
    /** Variable-length elements (strings): no fixed size. */
    variable?: boolean;
}
export declare const DTYPES: Record<string, DtypeInfo>;
/** Number of elements of a shape (1 for a scalar). */
export declare function elementCount(shape: readonly number[]): number;
/**
 * Bytes a dense tensor of this dtype and shape needs, or undefined for unknown and
 * variable-length dtypes. Sub-byte types round up to whole bytes (FORMATS.md trap 18).
 */
export declare function denseBytes(dtype: string, shape: readonly number[]): number | undefined;
