import { FormatError } from '../../core/errors.js'
import { MAX_TENSORS } from '../../core/limits.js'
import type { ByteSource } from '../../io/byte-source.js'
import { Cursor } from '../../io/bytes/index.js'
import { FlatbufferReader, type FlatTable } from '../kit/flatbuffer.js'

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
  fb: FlatbufferReader
  /** File offset of segment 0's base; 0 when the file has no header (and so no segments). */
  segmentBase: number
}

const HEADER_AT = 8

/** Opens the flatbuffer of a `.pte` (`eh00`) or `.ptd` (`FH01`) file, bounded by its header. */
export async function openSegmentedFlatbuffer(source: ByteSource, magic: 'eh00' | 'FH01'): Promise<SegmentedFlatbuffer> {
  const head = await source.read(0, Math.min(source.size, 48))
  const hasHeader = head.length >= HEADER_AT + 24 && [...magic].every((char, i) => head[HEADER_AT + i] === char.charCodeAt(0))
  if (!hasHeader) {
    if (magic === 'FH01')
      throw new FormatError(source.name, 'no FlatTensor header ("FH01" at byte 8)', { offset: HEADER_AT, fix: 'The file is corrupt or not a .ptd file.' })
    return { fb: new FlatbufferReader(source, 0, source.size), segmentBase: 0 }
  }
  const header = Cursor.over(head, source.name, 0, 'header')
  header.seek(HEADER_AT + 4)
  const length = header.u32()
  const u64 = (at: number, what: string): number => {
    header.seek(at)
    const value = header.u64(`the header's ${what}`)
    if (value > source.size) {
      throw new FormatError(source.name, `the header's ${what} is ${value}, beyond the file's ${source.size} bytes`, {
        offset: at,
        fix: 'The file is truncated or corrupt.'
      })
    }
    return value
  }
  if (magic === 'eh00') {
    if (length < 24) throw new FormatError(source.name, `the extended header is ${length} bytes, shorter than its 24-byte minimum`, { offset: HEADER_AT + 4 })
    return { fb: new FlatbufferReader(source, 0, u64(HEADER_AT + 8, 'program_size')), segmentBase: u64(HEADER_AT + 16, 'segment_base_offset') }
  }
  if (length < 40 || head.length < HEADER_AT + 40)
    throw new FormatError(source.name, `the FlatTensor header is ${length} bytes, shorter than its 40-byte minimum`, { offset: HEADER_AT + 4 })
  const segmentBase = u64(HEADER_AT + 24, 'segment_base_offset')
  // The header is inserted into the flatbuffer after its identifier; the flatbuffer (with its
  // padding) runs up to the segments.
  return { fb: new FlatbufferReader(source, 0, segmentBase > 0 ? segmentBase : source.size), segmentBase }
}

export interface Segment {
  /** File offset. */
  offset: number
  size: number
}

/** The `segments` vector of a Program or FlatTensor (field `id`), as file spans checked against the file. */
export async function readSegments(layout: SegmentedFlatbuffer, root: FlatTable, id: number): Promise<Segment[]> {
  const { fb, segmentBase } = layout
  const at = root.ref(id)
  if (at === undefined) return []
  const segments: Segment[] = []
  for (const [i, tableAt] of (await fb.tables(at, 'the segments', MAX_TENSORS)).entries()) {
    const segment = await fb.table(tableAt, `segment ${i}`)
    const offset = segmentBase + segment.u64(0)
    const size = segment.u64(1)
    if (segmentBase === 0 && size > 0) throw fb.corrupt(`segment ${i} has ${size} bytes but the file has no header giving the segments' base`, tableAt)
    if (offset + size > fb.source.size) {
      throw fb.corrupt(`segment ${i} claims bytes ${offset}..${offset + size}, beyond the file's ${fb.source.size} bytes`, tableAt)
    }
    segments.push({ offset, size })
  }
  return segments
}

/** The segment at `index`, or a FormatError naming who referred to it. */
export function segmentAt(fb: FlatbufferReader, segments: readonly Segment[], index: number, what: string): Segment {
  const segment = segments[index]
  if (!segment) throw fb.corrupt(`${what} refers to segment ${index}, but the file has ${segments.length}`)
  return segment
}

/**
 * c10 `ScalarType` codes (ExecuTorch keeps c10's numbering: `schema/scalar_type.fbs`,
 * `runtime/core/portable_type/scalar_type.h`) with their element bytes.
 */
const SCALAR_TYPES: readonly (readonly [string, number] | undefined)[] = [
  ['uint8', 1],
  ['int8', 1],
  ['int16', 2],
  ['int32', 4],
  ['int64', 8],
  ['float16', 2],
  ['float32', 4],
  ['float64', 8],
  ['complex32', 4],
  ['complex64', 8],
  ['complex128', 16],
  ['bool', 1],
  ['qint8', 1],
  ['quint8', 1],
  ['qint32', 4],
  ['bfloat16', 2],
  ['quint4x2', 1],
  ['quint2x4', 1],
  undefined,
  undefined,
  undefined,
  ['bits8', 1],
  ['bits16', 2],
  ['float8_e5m2', 1],
  ['float8_e4m3fn', 1],
  ['float8_e5m2fnuz', 1],
  ['float8_e4m3fnuz', 1],
  ['uint16', 2],
  ['uint32', 4],
  ['uint64', 8]
]

export function scalarType(code: number): { dtype: string; bytes: number | undefined } {
  const known = SCALAR_TYPES[code]
  return known ? { dtype: known[0], bytes: known[1] } : { dtype: `scalar_type_${code}`, bytes: undefined }
}

/** The dims of an int32 `sizes` vector, checked to be non-negative; undefined until loaded. */
export function readSizesNow(fb: FlatbufferReader, at: number | undefined, maxDims: number, what: string): number[] | undefined {
  if (at === undefined) return []
  const vector = fb.vectorNow(at, 4, `the sizes of ${what}`)
  if (!vector) return undefined
  if (vector.length > maxDims) throw fb.corrupt(`the sizes of ${what} have ${vector.length} dimensions; at most ${maxDims} are read`, at)
  const dims = new Array<number>(vector.length)
  for (let i = 0; i < vector.length; i++) {
    dims[i] = fb.i32(vector.start + 4 * i)
    if (dims[i] < 0) throw fb.corrupt(`the sizes of ${what} have a negative dimension ${dims[i]}`, vector.start + 4 * i)
  }
  return dims
}
