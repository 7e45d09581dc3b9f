import { FormatError } from '../../core/errors.js'
import { WireType } from './protobuf-wire-type.js'
import { Cursor, MAX_VARINT_BYTES, NOT_IN_WINDOW } from './cursor.js'
import { strictUtf8, UTF8 } from './utf8.js'
import type { Window } from './window.js'

/**
 * A protobuf wire-format reader over positioned reads, for messages too large to decode whole
 * (an ONNX model with embedded weights is up to 2 GiB of `raw_data`). It walks one message field
 * by field; a length-delimited field is returned as a span (offset, length) that the caller may
 * open as a sub-message, read as a short string, or simply leave: the reader then moves past it
 * without reading its bytes. A whole-message decoder would copy every payload.
 *
 * Wire format (https://protobuf.dev/programming-guides/encoding/): a field is a varint tag
 * `(field_number << 3) | wire_type`, then a value: 0 varint, 1 fixed64, 2 varint length + bytes,
 * 5 fixed32 (3 and 4, the deprecated groups, do not occur in the messages read here).
 */

export { WireType }

/**
 * What a field's varint is, in the error for an overlong one: constants, since a name built per
 * field (`length of field ${n}`) was a string conversion and a concatenation for each of millions
 * of fields, for an error that almost never comes.
 */
const FIELD_LENGTH = 'a field length'
const FIELD_VALUE = 'a field value'

export interface ProtoField {
  field: number
  wireType: number
  /** File offset of the value (for LEN: of its first content byte, after the length). */
  offset: number
  /** LEN: content length; VARINT: encoded size; FIXED64/FIXED32: 8/4. */
  length: number
  /**
   * VARINT only: the value. Values above 2^53 (negative int64s are 10-byte varints) are
   * approximate; callers that use a value as a size check `Number.isSafeInteger`.
   */
  value: number
}

export class ProtoReader {
  private readonly cursor: Cursor

  constructor(
    private readonly window: Window,
    public start: number,
    /** File offset one past the message's last byte. */
    public end: number,
    /** What the message is, for errors (`ModelProto`, `TensorProto 'fc.weight'`). */
    public what: string
  ) {
    this.cursor = new Cursor(window, start, end, what)
  }

  /** A ProtoField to be filled by `nextInto` (one per nesting level of a walk, reused for every field). */
  static field(): ProtoField {
    return { field: 0, wireType: 0, offset: 0, length: 0, value: 0 }
  }

  /**
   * Makes this reader walk the length-delimited `field`'s content instead (of a message whose
   * bytes the window holds), so that a walk over many small sub-messages reuses one reader per
   * nesting level rather than allocating one each (bench/README.md, "Sync fast path").
   */
  enter(parent: ProtoReader, field: ProtoField, what: string): this {
    parent.expectLen(field, what)
    return this.reset(field.offset, field.offset + field.length, what)
  }

  /** Makes this reader walk the message at `[start, end)` of its window instead, named `what`. */
  reset(start: number, end: number, what: string): this {
    this.start = start
    this.end = end
    this.what = what
    this.cursor.restart(start, end, what)
    return this
  }

  /** File offset of the next field. */
  get position(): number {
    return this.cursor.position
  }

  get file(): string {
    return this.window.name
  }

  /** Whether the reader has passed the message's last field. */
  get done(): boolean {
    return this.cursor.position >= this.end
  }

  /** The next field, or undefined at the end of the message. The reader has moved past its value. */
  async next(): Promise<ProtoField | undefined> {
    const inWindow = this.nextInWindow()
    if (inWindow !== undefined || this.done) return inWindow
    const cursor = this.cursor
    const tagAt = cursor.position
    const tag = await this.varint('tag')
    const field = this.fieldNumber(tag, tagAt)
    const wireType = tag % 8
    const offset = cursor.position
    switch (wireType) {
      case WireType.VARINT: {
        const value = await this.varint(`field ${field}`)
        return { field, wireType, offset, length: cursor.position - offset, value }
      }
      case WireType.LEN:
        return this.lengthDelimited(field, await this.varint(`length of field ${field}`), tagAt)
      default:
        return this.fixed(field, wireType, tagAt)
    }
  }

  /**
   * The next field when the window already holds its tag and varint (nearly always), decoded
   * without an await; undefined at the end of the message or when bytes must be loaded first
   * (the reader has then not moved: call `next()`). Hot loops use
   * `reader.nextInWindow() ?? (await reader.next())`: no await per field (bench/README.md, "Sync fast path").
   */
  nextInWindow(): ProtoField | undefined {
    const field = ProtoReader.field()
    return this.nextInWindowInto(field) ? field : undefined
  }

  /**
   * `nextLoaded()` into `field` (ProtoReader.field()), allocating nothing: false at the end of the
   * message. For walks over millions of fields (an object graph of 10^5 variables).
   */
  nextInto(field: ProtoField): boolean {
    if (this.nextInWindowInto(field)) return true
    if (!this.done) throw new Error(`ProtoReader over ${this.file}: the field at ${this.position} was not loaded (loadRest() first)`)
    return false
  }

  /**
   * `nextInWindow()` into `target`: false at the end, or when bytes must be loaded (the reader has
   * not moved: `done` tells which).
   */
  nextInWindowInto(target: ProtoField): boolean {
    const cursor = this.cursor
    const tagAt = cursor.position
    if (tagAt >= this.end) return false
    const tag = cursor.tryFieldVarint('tag')
    if (tag === NOT_IN_WINDOW) return false
    // Valid tags are below 2^32 (field numbers below 2^29): 32-bit operations there, exact division past it.
    const field = tag < 8 || tag >= 0x100000000 ? this.fieldNumber(tag, tagAt) : tag >>> 3
    const wireType = tag % 8
    const offset = cursor.position
    target.field = field
    target.wireType = wireType
    target.value = 0
    switch (wireType) {
      case WireType.VARINT: {
        const value = cursor.tryFieldVarint(FIELD_VALUE)
        if (value === NOT_IN_WINDOW) break
        target.offset = offset
        target.length = cursor.position - offset
        target.value = value
        return true
      }
      case WireType.LEN: {
        const length = cursor.tryFieldVarint(FIELD_LENGTH)
        if (length === NOT_IN_WINDOW) break
        target.offset = cursor.position
        target.length = length
        if (length <= this.end - cursor.position) cursor.position += length
        else this.skipContent(field, length, tagAt)
        return true
      }
      default:
        target.offset = offset
        target.length = this.fixed(field, wireType, tagAt).length
        return true
    }
    cursor.position = tagAt
    return false
  }

  /**
   * The next field of a message whose bytes are all in the window (a `Window.of`, or after
   * `loadRest`), synchronously; undefined at its end.
   */
  nextLoaded(): ProtoField | undefined {
    const field = this.nextInWindow()
    if (field === undefined && !this.done) {
      throw new Error(`ProtoReader over ${this.file}: the field at ${this.position} was not loaded (loadRest() first)`)
    }
    return field
  }

  /** A varint, loading the window first when it does not hold all of it. */
  private async varint(what: string): Promise<number> {
    const value = this.cursor.tryFieldVarint(what)
    if (value !== NOT_IN_WINDOW) return value
    await this.cursor.ensureUpTo(MAX_VARINT_BYTES)
    // The window now holds every byte the varint may use: it decodes, or throws as malformed.
    return this.cursor.tryFieldVarint(what)
  }

  private fieldNumber(tag: number, tagAt: number): number {
    const field = Math.floor(tag / 8)
    if (field === 0) throw this.error('field number 0', tagAt)
    return field
  }

  private lengthDelimited(field: number, length: number, tagAt: number): ProtoField {
    const contentAt = this.cursor.position
    this.skipContent(field, length, tagAt)
    return { field, wireType: WireType.LEN, offset: contentAt, length, value: 0 }
  }

  private skipContent(field: number, length: number, tagAt: number): void {
    if (!Number.isSafeInteger(length)) throw this.error(`field ${field} has a length over 2^53`, tagAt)
    this.advance(length, field, tagAt)
  }

  private fixed(field: number, wireType: number, tagAt: number): ProtoField {
    const offset = this.cursor.position
    if (wireType === WireType.FIXED64) this.advance(8, field, tagAt)
    else if (wireType === WireType.FIXED32) this.advance(4, field, tagAt)
    else throw this.error(`field ${field} has wire type ${wireType}, which this message never uses`, tagAt)
    return { field, wireType, offset, length: this.cursor.position - offset, value: 0 }
  }

  /**
   * Loads the rest of the message into the window when it is at most `maxBytes`, so that a small
   * message can then be walked with the `*InWindow` calls alone, without an await per field
   * (bench/README.md, "Sync fast path"). False when larger.
   */
  async loadRest(maxBytes: number): Promise<boolean> {
    const length = this.end - this.cursor.position
    if (length > maxBytes) return false
    await this.window.load(this.cursor.position, length)
    return true
  }

  /**
   * A VARINT field's value as a protobuf `int64`: exact, negatives included (-1, a 10-byte
   * varint), or the error past ±2^53 naming `what`. Read it before the window is loaded again
   * (a longer varint is decoded again from the window's bytes).
   */
  int64(field: ProtoField, what: string): number {
    this.expectVarint(field, what)
    if (field.length < 8) return field.value
    return this.cursorOver(field).i64Varint(`${what} in ${this.what}`)
  }

  /** A VARINT field's value as a protobuf `int32` (or enum): its low 32 bits, signed. As `int64` for the window. */
  int32(field: ProtoField, what: string): number {
    this.expectVarint(field, what)
    if (field.length < 8) return field.value | 0
    return this.cursorOver(field).i32Varint(`${what} in ${this.what}`)
  }

  private cursorOver(field: ProtoField): Cursor {
    return new Cursor(this.window, field.offset, field.offset + field.length, this.what)
  }

  private expectVarint(field: ProtoField, what: string): void {
    if (field.wireType !== WireType.VARINT) {
      throw new FormatError(this.file, `${what} in ${this.what} has wire type ${field.wireType}, expected a varint`, {
        offset: field.offset,
        fix: 'The file is not a valid protobuf of this kind, or is corrupt.'
      })
    }
  }

  /** A reader over a length-delimited field's content. */
  message(field: ProtoField, what: string): ProtoReader {
    this.expectLen(field, what)
    return new ProtoReader(this.window, field.offset, field.offset + field.length, what)
  }

  /** A length-delimited field's content as UTF-8, refusing strings over `maxBytes` before reading them. */
  async string(field: ProtoField, maxBytes: number, what: string): Promise<string> {
    return UTF8.decode(await this.bytes(field, maxBytes, what))
  }

  /** `string()` without an await when the window holds the bytes; undefined when they must be loaded. */
  stringInWindow(field: ProtoField, maxBytes: number, what: string): string | undefined {
    const bytes = this.bytesInWindow(field, maxBytes, what)
    return bytes && UTF8.decode(bytes)
  }

  /** `stringInWindow()` refusing invalid UTF-8 (proto3 `string` fields) with the error naming `what`. */
  strictStringInWindow(field: ProtoField, maxBytes: number, what: string): string | undefined {
    const bytes = this.bytesInWindow(field, maxBytes, what)
    return bytes && strictUtf8(bytes, this.file, `${what} in ${this.what}`, field.offset)
  }

  /** A length-delimited field's content (a view into the read window), up to `maxBytes`. */
  async bytes(field: ProtoField, maxBytes: number, what: string): Promise<Uint8Array> {
    this.checkBytes(field, maxBytes, what)
    return this.window.view(field.offset, field.length)
  }

  /** `bytes()` without an await when the window holds them; undefined when they must be loaded. */
  bytesInWindow(field: ProtoField, maxBytes: number, what: string): Uint8Array | undefined {
    this.checkBytes(field, maxBytes, what)
    return this.window.viewInWindow(field.offset, field.length)
  }

  private checkBytes(field: ProtoField, maxBytes: number, what: string): void {
    this.expectLen(field, what)
    if (field.length > maxBytes) {
      throw new FormatError(this.file, `${what} in ${this.what} is ${field.length} bytes, over the ${maxBytes}-byte limit`, {
        offset: field.offset,
        fix: 'The file is corrupt or hostile.'
      })
    }
  }

  /** Packed repeated varints (e.g. `TensorProto.dims`), at most `maxCount` of them. */
  async packedVarints(field: ProtoField, maxCount: number, what: string): Promise<number[]> {
    await this.bytes(field, maxCount * MAX_VARINT_BYTES, what)
    return this.decodePackedVarints(field, maxCount, what)
  }

  /** `packedVarints()` without an await when the window holds them; undefined when they must be loaded. */
  packedVarintsInWindow(field: ProtoField, maxCount: number, what: string): number[] | undefined {
    const bytes = this.bytesInWindow(field, maxCount * MAX_VARINT_BYTES, what)
    return bytes && this.decodePackedVarints(field, maxCount, what)
  }

  /** The packed varints of a field the window holds, approximate past 2^53 like a VARINT field's value. */
  private decodePackedVarints(field: ProtoField, maxCount: number, what: string): number[] {
    const values: number[] = []
    const cursor = new Cursor(this.window, field.offset, field.offset + field.length, `${what} in ${this.what}`)
    while (cursor.position < cursor.end) {
      if (values.length >= maxCount) {
        throw new FormatError(this.file, `${what} in ${this.what} has more than ${maxCount} values`, { offset: field.offset })
      }
      values.push(cursor.tryFieldVarint(what))
    }
    return values
  }

  expectLen(field: ProtoField, what: string): void {
    if (field.wireType !== WireType.LEN) {
      throw new FormatError(this.file, `${what} in ${this.what} has wire type ${field.wireType}, expected length-delimited`, {
        offset: field.offset,
        fix: 'The file is not a valid protobuf of this kind, or is corrupt.'
      })
    }
  }

  private advance(length: number, field: number, tagAt: number): void {
    const cursor = this.cursor
    if (cursor.position + length > this.end) {
      throw this.error(`field ${field} claims ${length} bytes, beyond the end of the message at byte ${this.end}`, tagAt)
    }
    cursor.position += length
  }

  private error(what: string, offset: number): FormatError {
    return new FormatError(this.file, `invalid protobuf in ${this.what}: ${what}`, {
      offset,
      fix: 'The file is truncated or corrupt; re-export it.'
    })
  }
}
