import { FormatError, LimitExceededError } from '../../core/errors.js'
import { MAX_DIMS, MAX_NAME_BYTES, MAX_TENSORS } from '../../core/limits.js'
import { Cursor, type Window } from '../../io/bytes/index.js'

/**
 * A walk over a msgpack stream (`msgpack/msgpack:spec.md`) that records where the arrays of a
 * Flax state dict are and skips their bytes: `flax.serialization.to_bytes` writes the state dict
 * as nested maps whose leaves are ext values (`flax/serialization.py`, `_MsgpackExtType`):
 * - ext 1 (ndarray) and ext 3 (numpy scalar): a msgpack of `(shape, dtype name, raw bytes)`;
 * - ext 2 (Python complex): a msgpack of `(real, imag)`;
 * - an array over flax's chunk size (~1 GiB) becomes a map `{'__msgpack_chunked_array__': True,
 *   'shape': …, 'chunks': {'0': ext, '1': ext, …}}` of 1-D pieces written back to back.
 * Python numbers (a `step` kept as an int) are leaves too. Only the few bytes of each header are
 * read; payloads are jumped over, so the walk costs what the tree's structure costs.
 */

export interface MsgpackLeaf {
  /** Keys from the root, joined with '/'. */
  path: string
  dtype: string
  shape: number[]
  offset: number
  byteLength: number
}

/** Nesting of maps: a state dict is a module tree, a few levels deep; nothing real needs more. */
const MAX_MSGPACK_DEPTH = 64

const EXT_NDARRAY = 1
const EXT_NPSCALAR = 3
const CHUNKED_ARRAY_KEY = '__msgpack_chunked_array__'
/** A dtype name (`float32`, `bfloat16`, `complex128`): numpy's longest are ~20 characters. */
const MAX_DTYPE_NAME_BYTES = 64
/** Bytes that hold a chunked array's shape map: MAX_DIMS entries of a short key and a 9-byte int. */
const CHUNKED_SHAPE_BYTES = MAX_DIMS * (2 + 31 + 9) + 5

export class MsgpackWalk {
  readonly leaves: MsgpackLeaf[] = []
  /** Big-endian, as msgpack is, over the whole file. */
  private readonly cursor: Cursor

  constructor(private readonly window: Window) {
    this.cursor = new Cursor(window)
    this.cursor.littleEndian = false
  }

  get position(): number {
    return this.cursor.position
  }

  private fail(what: string, at = this.position): FormatError {
    return new FormatError(this.window.name, `invalid msgpack: ${what}`, { offset: at, fix: 'The file is truncated or corrupt; save it again.' })
  }

  /**
   * Loads the next `length` bytes (fewer at the end of the file) into the window, when it does
   * not hold them. The decoders below then read tags, lengths and array headers from the buffer
   * synchronously: a promise and a view per field were most of the walk's time and garbage.
   */
  private async fill(length: number): Promise<void> {
    // The window sizes its next read after a jump by the run of bytes decoded: they are marked
    // here and before each jump, not per byte (the walk's hot path). Right after a jump nothing
    // at the position has been decoded yet.
    if (this.position > this.jumpedTo) this.window.markUsed(this.position)
    // Awaited only when bytes must be loaded: most fills find them in the window.
    const available = Math.min(length, this.window.size - this.position)
    if (!this.cursor.has(available)) await this.cursor.ensure(available)
  }

  /** A read of `length` bytes the last `fill` did not load: a length field claims more than its value holds. */
  private missing(length: number): never {
    throw this.fail(`${length} bytes needed, beyond the end of the file`)
  }

  /** One byte of the window (after `fill`). */
  private byte(): number {
    return this.cursor.has(1) ? this.cursor.u8() : this.missing(1)
  }

  /** A big-endian unsigned integer of `length` (1, 2, 4 or 8) bytes of the window. */
  private uint(length: number): number {
    return this.cursor.has(length) ? this.cursor.uint(length, 'a msgpack integer') : this.missing(length)
  }

  /** `length` bytes of text of the window (after `fill(length)`). */
  private text(length: number): string {
    return this.cursor.has(length) ? this.cursor.utf8(length) : this.missing(length)
  }

  /** Moves past a value's bytes without reading them. */
  private skip(length: number): void {
    if (this.position + length > this.window.size) throw this.fail(`a value of ${length} bytes runs past the end of the file`)
    this.jump(this.position + length)
  }

  private jump(to: number): void {
    if (this.position > this.jumpedTo) this.window.markUsed(this.position)
    this.cursor.seek(to)
    this.jumpedTo = to
  }

  /** Where the last jump landed. */
  private jumpedTo = 0

  /** The whole stream: one value, then nothing. */
  async walkRoot(): Promise<void> {
    await this.value('', 0)
    if (this.position !== this.window.size) throw this.fail(`${this.window.size - this.position} bytes after the end of the msgpack value`)
  }

  private mapLength(tag: number): number | undefined {
    if (tag >= 0x80 && tag <= 0x8f) return tag & 0x0f
    if (tag === 0xde) return this.uint(2)
    if (tag === 0xdf) return this.uint(4)
    return undefined
  }

  private arrayLength(tag: number): number | undefined {
    if (tag >= 0x90 && tag <= 0x9f) return tag & 0x0f
    if (tag === 0xdc) return this.uint(2)
    if (tag === 0xdd) return this.uint(4)
    return undefined
  }

  private stringLength(tag: number): number | undefined {
    if (tag >= 0xa0 && tag <= 0xbf) return tag & 0x1f
    if (tag === 0xd9) return this.uint(1)
    if (tag === 0xda) return this.uint(2)
    if (tag === 0xdb) return this.uint(4)
    return undefined
  }

  private binLength(tag: number): number | undefined {
    if (tag === 0xc4) return this.uint(1)
    if (tag === 0xc5) return this.uint(2)
    if (tag === 0xc6) return this.uint(4)
    return undefined
  }

  /** A key: a string (or an integer, which flax never writes but msgpack allows), as text. */
  private async key(): Promise<string> {
    // A tag and a length of up to 4 bytes.
    await this.fill(5)
    const at = this.position
    const tag = this.byte()
    const length = this.stringLength(tag)
    if (length !== undefined) {
      if (length > MAX_NAME_BYTES) throw this.fail(`a key of ${length} bytes`, at)
      await this.fill(length)
      return this.text(length)
    }
    if (tag <= 0x7f) return String(tag)
    throw this.fail(`a map key of type 0x${tag.toString(16)}; flax writes string keys`, at)
  }

  /** A short string key of the window (the '0', '1' … of a chunked array's shape). */
  private shortKey(): void {
    const at = this.position
    const length = this.stringLength(this.byte())
    if (length === undefined || length > 31) throw this.fail('a chunked array whose shape keys are not short strings', at)
    this.text(length)
  }

  private async value(path: string, depth: number): Promise<void> {
    if (depth > MAX_MSGPACK_DEPTH) throw new LimitExceededError(this.window.name, 'msgpack nesting', depth, MAX_MSGPACK_DEPTH)
    // A tag and its length or fixed-size value: at most 9 bytes.
    await this.fill(9)
    const at = this.position
    const tag = this.byte()
    const mapLength = this.mapLength(tag)
    if (mapLength !== undefined) return this.map(path, mapLength, depth, at)
    const arrayLength = this.arrayLength(tag)
    if (arrayLength !== undefined) {
      // Lists are state-dict maps in flax ('0', '1', …); a raw array is walked alike.
      if (arrayLength > this.window.size - this.position) throw this.fail(`an array of ${arrayLength} items, more than the file holds`, at)
      for (let i = 0; i < arrayLength; i++) await this.value(join(path, String(i)), depth + 1)
      return
    }
    const text = this.stringLength(tag) ?? this.binLength(tag)
    if (text !== undefined) return this.skip(text)
    if (tag <= 0x7f || tag >= 0xe0) return this.number(path, 'int64', at)
    if (tag >= 0xcc && tag <= 0xd3) {
      this.skip(2 ** (tag & 0x3))
      return this.number(path, 'int64', at)
    }
    if (tag === 0xca || tag === 0xcb) {
      this.skip(tag === 0xca ? 4 : 8)
      return this.number(path, tag === 0xca ? 'float32' : 'float64', at)
    }
    if (tag === 0xc0 || tag === 0xc2 || tag === 0xc3) return
    if (tag >= 0xd4 && tag <= 0xd8) return this.ext(path, 2 ** (tag - 0xd4), at)
    if (tag >= 0xc7 && tag <= 0xc9) return this.ext(path, this.uint(2 ** (tag - 0xc7)), at)
    throw this.fail(`type byte 0x${tag.toString(16)}, which msgpack does not define`, at)
  }

  /** A Python number leaf (e.g. `step` as an int): its encoded bytes, shape (). */
  private number(path: string, dtype: string, at: number): void {
    this.push({ path, dtype, shape: [], offset: at, byteLength: this.position - at })
  }

  private push(leaf: MsgpackLeaf): void {
    if (this.leaves.length >= MAX_TENSORS) throw new LimitExceededError(this.window.name, 'the number of arrays', this.leaves.length + 1, MAX_TENSORS)
    this.leaves.push(leaf)
  }

  private async map(path: string, length: number, depth: number, at: number): Promise<void> {
    // Every entry takes at least two bytes: a count the rest of the file cannot hold is refused.
    if (2 * length > this.window.size - this.position) throw this.fail(`a map of ${length} entries, more than the file holds`, at)
    const firstLeaf = this.leaves.length
    let chunked = false
    let shape: number[] | undefined
    for (let i = 0; i < length; i++) {
      const key = await this.key()
      if (key === CHUNKED_ARRAY_KEY) chunked = true
      if (key === 'shape' && chunked) shape = await this.chunkedShape()
      else await this.value(join(path, key), depth + 1)
    }
    if (chunked) this.joinChunks(path, firstLeaf, shape)
  }

  /** The `shape` of a chunked array: a state-dict map `{'0': n, …}` (flax's `_tuple_to_dict`) or an array of ints. */
  private async chunkedShape(): Promise<number[]> {
    await this.fill(CHUNKED_SHAPE_BYTES)
    const at = this.position
    const tag = this.byte()
    const asMap = this.mapLength(tag)
    const length = asMap ?? this.arrayLength(tag)
    if (length === undefined || length > MAX_DIMS) throw this.fail('a chunked array whose shape is not a tuple', at)
    const shape: number[] = []
    for (let d = 0; d < length; d++) {
      if (asMap !== undefined) this.shortKey()
      shape.push(this.integer('shape'))
    }
    return shape
  }

  /**
   * The pieces of a chunked array as one tensor: they are written back to back, so the span from
   * the first piece's data to the last one's end holds the array (and the pieces' few header bytes).
   */
  private joinChunks(path: string, firstLeaf: number, shape: number[] | undefined): void {
    const pieces = this.leaves.splice(firstLeaf)
    if (pieces.length === 0) return
    const last = pieces[pieces.length - 1]
    const elements = pieces.reduce((sum, piece) => sum + piece.shape.reduce((n, d) => n * d, 1), 0)
    this.push({
      path,
      dtype: pieces[0].dtype,
      shape: shape ?? [elements],
      offset: pieces[0].offset,
      byteLength: last.offset + last.byteLength - pieces[0].offset
    })
  }

  /** An ext value of `length` bytes: an ndarray or numpy scalar becomes a leaf; others are skipped. */
  private async ext(path: string, length: number, at: number): Promise<void> {
    const type = this.byte()
    const end = this.position + length
    if (end > this.window.size) throw this.fail(`an ext value of ${length} bytes runs past the end of the file`, at)
    if (type !== EXT_NDARRAY && type !== EXT_NPSCALAR) {
      this.jump(end)
      return
    }
    // (shape, dtype name, bytes): a 3-array of an int array, a string and a bin. Loaded in three
    // steps of what each part can take, so that a small array's header reads no payload.
    await this.fill(Math.min(length, 6))
    if (this.arrayLength(this.byte()) !== 3) throw this.fail(`ndarray '${path}' is not (shape, dtype, bytes)`, at)
    const dims = this.arrayLength(this.byte())
    if (dims === undefined || dims > MAX_DIMS) throw this.fail(`ndarray '${path}' has no shape of at most ${MAX_DIMS} dimensions`, at)
    await this.fill(Math.min(end - this.position, 9 * dims + 2))
    const shape: number[] = []
    for (let d = 0; d < dims; d++) shape.push(this.integer(path))
    const dtypeLength = this.stringLength(this.byte())
    if (dtypeLength === undefined || dtypeLength > MAX_DTYPE_NAME_BYTES) throw this.fail(`ndarray '${path}' has no dtype name`, at)
    await this.fill(Math.min(end - this.position, dtypeLength + 5))
    const dtype = this.text(dtypeLength)
    const dataLength = this.binLength(this.byte())
    if (dataLength === undefined || this.position + dataLength !== end) throw this.fail(`ndarray '${path}' does not end where its ext value does`, at)
    this.push({ path, dtype, shape, offset: this.position, byteLength: dataLength })
    this.jump(end)
  }

  /** A non-negative msgpack integer (a dimension). */
  private integer(path: string): number {
    const tag = this.byte()
    if (tag <= 0x7f) return tag
    if (tag >= 0xcc && tag <= 0xcf) return this.uint(2 ** (tag & 0x3))
    if (tag >= 0xd0 && tag <= 0xd3) {
      const value = this.uint(2 ** (tag & 0x3))
      const bits = 8 * 2 ** (tag & 0x3)
      if (bits < 53 && value >= 2 ** (bits - 1)) throw this.fail(`ndarray '${path}' has a negative dimension`)
      return value
    }
    throw this.fail(`ndarray '${path}' has a dimension that is not an integer`)
  }
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}/${key}`
}
