import { LimitExceededError } from '../../core/errors.js'
import { MAX_DIMS } from '../../core/limits.js'
import { ShapeInterner } from '../../io/bytes/index.js'
import type { Hdf5File } from './file.js'
import type { Message } from './object-header.js'

const NO_BYTES = new Uint8Array(0)

/**
 * Dataspace messages (spec IV.A.2.b): a dataset's or an attribute's shape, and the maximum
 * dimensions an implicit chunk index allocates chunks for.
 */
export class Dataspaces {
  /**
   * One array per distinct shape, read from the message's bytes only when new: every TensorInfo
   * keeps its shape to the end of the read (bench/README.md, "Shape interning"). Shapes handed
   * out are shared: nothing modifies one.
   */
  private readonly shapes = new ShapeInterner()
  /** The dimension sizes being interned: `lengthSize`-byte fields from dims[dimsAt], dims[0] at file offset dimsBase. */
  dims: Uint8Array = NO_BYTES
  dimsAt = 0
  dimsBase = 0

  constructor(readonly file: Hdf5File) {}

  /**
   * The shape: version, rank, flags, then (v1) 5 reserved bytes or (v2) the dataspace type, then
   * the dimension sizes. Read in place (the message is bytes[start, end), at file offset
   * `offset`), into an array of exactly `rank` numbers (one per dataset is kept; an array grown by
   * push reserves 17 slots).
   */
  shape(bytes: Uint8Array, start: number, end: number, offset: number): number[] {
    const file = this.file
    if (end - start < 4) throw file.fail('dataspace message shorter than its header', offset)
    const version = bytes[start]
    const rank = bytes[start + 1]
    if (rank > MAX_DIMS) throw new LimitExceededError(file.source.name, 'HDF5 dataspace rank', rank, MAX_DIMS)
    let at: number
    if (version === 1) at = start + 8
    else if (version === 2) {
      if (bytes[start + 3] === 2) return [] // null dataspace: no elements
      at = start + 4
    } else throw file.fail(`unknown dataspace version ${version}`, offset)
    const { lengthSize } = file.superblock
    if (at + rank * lengthSize > end) throw file.fail('dimension sizes run past the end of the dataspace message', offset)
    // Fields, not a closure or an object per dataset: the interner reads the sizes through dimensionSize.
    this.dims = bytes
    this.dimsAt = at
    this.dimsBase = offset - start
    const shape = this.shapes.internFrom(rank, this, dimensionSize)
    this.dims = NO_BYTES // no cache block kept past the call
    return shape
  }

  /**
   * The maximum dimension sizes of a dataspace message, when it has them (flags bit 0) and none
   * is unlimited; else undefined.
   */
  maxDimensions(message: Message): number[] | undefined {
    const file = this.file
    const { block: bytes, at: start, size, offset } = message
    const version = bytes[start]
    const rank = bytes[start + 1]
    if ((bytes[start + 2] & 0x01) === 0 || rank > MAX_DIMS) return undefined
    const { lengthSize } = file.superblock
    const at = (version === 1 ? start + 8 : start + 4) + rank * lengthSize
    if (at + rank * lengthSize > start + size) throw file.fail('maximum dimension sizes run past the end of the dataspace message', offset)
    const dims: number[] = []
    for (let i = 0; i < rank; i++) {
      let unlimited = true
      for (let b = 0; b < lengthSize; b++) if (bytes[at + i * lengthSize + b] !== 0xff) unlimited = false
      if (unlimited) return undefined
      dims.push(file.uintAt(bytes, at + i * lengthSize, lengthSize, offset - start, 'maximum dimension size'))
    }
    return dims
  }
}

/** Dimension `i` of the dataspace being interned (Dataspaces.dims). */
function dimensionSize(spaces: Dataspaces, i: number): number {
  const { lengthSize } = spaces.file.superblock
  return spaces.file.uintAt(spaces.dims, spaces.dimsAt + i * lengthSize, lengthSize, spaces.dimsBase, 'dimension size')
}

/** Elements in a shape (1 for a scalar). */
export function elementCount(shape: readonly number[]): number {
  return shape.reduce((a, b) => a * b, 1)
}
