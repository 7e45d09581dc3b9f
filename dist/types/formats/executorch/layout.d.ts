import type { ByteSource } from '../../io/byte-source.js';
import { FlatbufferReader, type FlatTable } from '../kit/flatbuffer.js';
/**
 * What `.pte` and `.ptd` files share: a flatbuffer whose first 8 bytes (root offset, file
 * identifier) are followed by a header that says where the flatbuffer ends and where the data
 * segments start, then the segments (`DataSegment { offset, size }`, relative to that base, each
 * padded to its alignment).
 *
 * - `.pte` (`exir/_serialize/_program.py`, `_ExtendedHeader`): "eh00", u32 length (24, or 32 with
 *   segment_data_size), u64 program_size, u64 segment_base_offset.
 * - `.ptd` (`extension/flat_tensor/serialize/serialize.py`, `FlatTensorHeader`): "FH01", u32
 *   length (40), u64 flatbuffer_offset, u64 flatbuffer_size, u64 segment_base_offset, u64
 *   segment_data_size.
 */
export interface SegmentedFlatbuffer {
    fb: FlatbufferReader;
    /** File offset of segment 0's base; 0 when the file has no header (and so no segments). */
    segmentBase: number;
}
/** Opens the flatbuffer of a `.pte` (`eh00`) or `.ptd` (`FH01`) file, bounded by its header. */
export declare function openSegmentedFlatbuffer(source: ByteSource, magic: 'eh00' | 'FH01'): Promise<SegmentedFlatbuffer>;
export interface Segment {
    /** File offset. */
    offset: number;
    size: number;
}
/** The `segments` vector of a Program or FlatTensor (field `id`), as file spans checked against the file. */
export declare function readSegments(layout: SegmentedFlatbuffer, root: FlatTable, id: number): Promise<Segment[]>;
/** The segment at `index`, or a FormatError naming who referred to it. */
export declare function segmentAt(fb: FlatbufferReader, segments: readonly Segment[], index: number, what: string): Segment;
export declare function scalarType(code: number): {
    dtype: string;
    bytes: number | undefined;
};
/** The dims of an int32 `sizes` vector, checked to be non-negative; undefined until loaded. */
export declare function readSizesNow(fb: FlatbufferReader, at: number | undefined, maxDims: number, what: string): number[] | undefined;
