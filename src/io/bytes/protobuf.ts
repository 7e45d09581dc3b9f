import { FormatError } from '../../core/errors.js'
import { WireType } from './protobuf-wire-type.js'
import { Cursor, MAX_VARINT_BYTES, NOT_IN_WINDOW } from './cursor.js'
import { UTF8 } from './utf8.js'
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
    readonly start: number,
    /** File offset one past the message's last byte. */
    readonly end: number,
    /** What the message is, for errors (`ModelProto`, `TensorProto 'fc.weight'`). */
    readonly what: string
  ) {
    this.cursor = new Cursor(window, start, end, what)
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
    const cursor = this.cursor
    const tagAt = cursor.position
    if (tagAt >= this.end) return undefined
    const tag = cursor.tryFieldVarint('tag')
    if (tag === NOT_IN_WINDOW) return undefined
    const field = this.fieldNumber(tag, tagAt)
    const wireType = tag % 8
    const offset = cursor.position
    switch (wireType) {
      case WireType.VARINT: {
        const value = cursor.tryFieldVarint(`field ${field}`)
        if (value === NOT_IN_WINDOW) break
        return { field, wireType, offset, length: cursor.position - offset, value }
      }
      case WireType.LEN: {
        const length = cursor.tryFieldVarint(`length of field ${field}`)
        if (length === NOT_IN_WINDOW) break
        return this.lengthDelimited(field, length, tagAt)
      }
      default:
        return this.fixed(field, wireType, tagAt)
    }
    cursor.position = tagAt
    return undefined
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
    if (!Number.isSafeInteger(length)) throw this.error(`field ${field} has a length over 2^53`, tagAt)
    this.advance(length, field, tagAt)
    return { field, wireType: WireType.LEN, offset: contentAt, length, value: 0 }
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

  private expectLen(field: ProtoField, what: string): void {
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
