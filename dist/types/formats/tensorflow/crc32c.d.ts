/**
 * CRC-32C (Castagnoli) and LevelDB's masking, as TensorFlow uses them for SSTable block trailers
 * (tensorflow/tensorflow:tensorflow/core/lib/io/table_builder.cc, WriteRawBlock) and bundle entries.
 * Reflected polynomial 0x82F63B78, init and xorout 0xFFFFFFFF; crc32c("123456789") = 0xE3069283.
 */
/** Continues a CRC-32C over more bytes (`crc32cExtend(0, bytes)` is the CRC of `bytes`). */
export declare function crc32cExtend(crc: number, bytes: Uint8Array): number;
export declare function crc32c(bytes: Uint8Array): number;
export declare function maskCrc(crc: number): number;
export declare function unmaskCrc(masked: number): number;
