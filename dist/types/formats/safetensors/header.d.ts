import type { ByteSource } from '../../io/byte-source.js';
/**
 * The safetensors layout (`huggingface/safetensors:safetensors/src/tensor.rs`, FORMATS.md §5):
 *
 *   u64 LE  N         header length
 *   byte[N] header    UTF-8 JSON; writers pad it with spaces to a multiple of 8
 *   byte[]  data      tensor bytes; `data_offsets` are relative to byte 8 + N
 *
 * Only the 8 bytes and the header are read.
 */
/** safetensors dtype strings (`Dtype` in tensor.rs) to canonical dtype names. */
export declare const SAFETENSORS_DTYPES: Readonly<Record<string, string>>;
export interface SafetensorsEntry {
    name: string;
    dtype: string;
    shape: number[];
    /** Byte offset of the payload in the file (8 + N + begin). */
    offset: number;
    byteLength: number;
}
export interface SafetensorsHeader {
    /** 8 + N: where the data starts. */
    dataStart: number;
    /** Whether the header has a `__metadata__` map. */
    hasMetadata: boolean;
    entries: SafetensorsEntry[];
    warnings: string[];
}
/** Reads and validates the header of one safetensors file: every span inside the file, sized by dtype × shape. */
export declare function readSafetensorsHeader(source: ByteSource): Promise<SafetensorsHeader>;
