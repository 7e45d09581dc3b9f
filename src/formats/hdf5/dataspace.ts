import { LimitExceededError } from '../../core/errors.js'
import { MAX_DIMS } from '../../core/limits.js'
import type { Hdf5File } from './file.js'
import type { Message } from './object-header.js'

/** Distinct shapes the walk remembers to share (recentShapes). */
const RECENT_SHAPES = 8

/**
 * Dataspace messages (spec IV.A.2.b): a dataset's or an attribute's shape, and the maximum
 * dimensions an implicit chunk index allocates chunks for.
 */
export class Dataspaces {
  /**
   * Shapes met lately, shared by the datasets that have them: a model repeats a few shapes (each
   * layer's kernel and bias), and every TensorInfo keeps its shape to the end of the read, so one
   * array per distinct shape, not per dataset (56 bytes a tensor; 5.6 MB at 10^5). Shapes handed
   * out are therefore shared: nothing modifies one.
   */
  private readonly recentShapes: number[][] = []
  private nextRecentShape = 0

  constructor(private readonly file: Hdf5File) {}

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
    const base = offset - start
    const recent = this.recentShape(bytes, at, rank, base)
    if (recent !== undefined) return recent
    const shape = new Array<number>(rank)
    for (let i = 0; i < rank; i++) shape[i] = file.uintAt(bytes, at + i * lengthSize, lengthSize, base, 'dimension size')
    this.recentShapes[this.nextRecentShape] = shape
    this.nextRecentShape = (this.nextRecentShape + 1) % RECENT_SHAPES
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

  /** The recent shape whose `rank` dimensions are the sizes at bytes[at…], if there is one. */
  private recentShape(bytes: Uint8Array, at: number, rank: number, base: number): number[] | undefined {
    const file = this.file
    const { lengthSize } = file.superblock
    const shapes = this.recentShapes
    for (let s = 0; s < shapes.length; s++) {
      const shape = shapes[s]
      if (shape.length !== rank) continue
      let same = true
      for (let i = 0; i < rank && same; i++) same = file.uintAt(bytes, at + i * lengthSize, lengthSize, base, 'dimension size') === shape[i]
      if (same) return shape
    }
    return undefined
  }
}

/** Elements in a shape (1 for a scalar). */
export function elementCount(shape: readonly number[]): number {
  return shape.reduce((a, b) => a * b, 1)
}
