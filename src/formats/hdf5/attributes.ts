import { LimitExceededError } from '../../core/errors.js'
import { MAX_HDF5_ATTRIBUTE_VALUE_BYTES } from '../../core/limits.js'
import { truncatedError, UTF8 } from '../../io/bytes/index.js'
import { elementCount, type Dataspaces } from './dataspace.js'
import { decodeValues, parseDatatype } from './datatype.js'
import { UNDEFINED_ADDRESS, type Hdf5File } from './file.js'
import { GlobalHeaps } from './global-heap.js'
import { isString, shortString } from './names.js'
import { MSG_ATTRIBUTE, type Message, type MessageList } from './object-header.js'
import type { AttributeValue } from './types.js'

/** The attributes of an object with none worth decoding: one shared empty map, not one per object. */
const NO_ATTRIBUTES: ReadonlyMap<string, AttributeValue> = new Map()

/**
 * Attribute messages (spec IV.A.2.m), versions 1–3, decoded only when their name is wanted:
 * fixed-length strings and numbers in place, variable-length strings through the global heap.
 * An attribute whose value cannot be decoded is kept as undefined (it sizes nothing).
 */
export class Attributes {
  private readonly globalHeaps: GlobalHeaps
  /** The name attributeName returned last (most objects repeat the one before's). */
  private lastAttributeName = ''

  constructor(
    private readonly file: Hdf5File,
    private readonly dataspaces: Dataspaces,
    private readonly wanted: (name: string) => boolean
  ) {
    this.globalHeaps = new GlobalHeaps(file)
  }

  /**
   * The attributes worth decoding among an object's messages, without a promise when there is
   * none (nearly every object): the name is read first, and most attributes (a weight_names per
   * layer) are not decoded at all.
   */
  of(messages: MessageList): ReadonlyMap<string, AttributeValue> | Promise<ReadonlyMap<string, AttributeValue>> {
    for (let i = 0; i < messages.length; i++) {
      const message = messages.get(i)
      if (message.type === MSG_ATTRIBUTE && this.wanted(this.attributeName(message))) return this.decodeFrom(messages, i)
    }
    return NO_ATTRIBUTES
  }

  /** Decodes the attributes wanted among messages[from..] (messages[from] being one). */
  private async decodeFrom(messages: MessageList, from: number): Promise<ReadonlyMap<string, AttributeValue>> {
    const decoded = new Map<string, AttributeValue>()
    for (let i = from; i < messages.length; i++) {
      const message = messages.get(i)
      if (message.type !== MSG_ATTRIBUTE || (i > from && !this.wanted(this.attributeName(message)))) continue
      const attribute = await this.parse(message)
      decoded.set(attribute.name, attribute.value)
    }
    return decoded
  }

  /** An attribute message's name: version, flags, name size (u16 at 2), …, the name at 8 (9 in v3). */
  private attributeName(message: Message): string {
    const { block, at, size } = message
    if (size < 8) throw truncatedError(this.file.source.name, message.offset, 8, message.offset + size, 'attribute message')
    const nameSize = block[at + 2] | (block[at + 3] << 8)
    const start = block[at] === 3 ? 9 : 8
    if (start + nameSize > size) throw this.file.fail('attribute name runs past the end of its message', message.offset)
    // Most objects repeat the attribute name of the one before (weight_names on each layer group).
    if (isString(block, at + start, at + start + nameSize, this.lastAttributeName)) return this.lastAttributeName
    this.lastAttributeName = shortString(block, at + start, at + start + nameSize)
    return this.lastAttributeName
  }

  private async parse(message: Message): Promise<{ name: string; value: AttributeValue }> {
    const file = this.file
    const reader = file.cursor(message.data, message.offset)
    const version = reader.u8()
    reader.u8() // reserved / flags
    const nameSize = reader.u16()
    const datatypeSize = reader.u16()
    const dataspaceSize = reader.u16()
    if (version === 3) reader.u8() // name character set
    const padded = (n: number): number => (version === 1 ? Math.ceil(n / 8) * 8 : n)
    const nameBytes = reader.bytes(padded(nameSize))
    const name = UTF8.decode(nameBytes.subarray(0, nameSize)).replace(/\0+$/, '')
    const typeAt = reader.position
    const typeBytes = reader.bytes(padded(datatypeSize))
    const spaceAt = reader.position
    const spaceBytes = reader.bytes(padded(dataspaceSize))
    let value: AttributeValue
    try {
      const type = parseDatatype(file, typeBytes, 0, typeBytes.length, typeAt)
      const shape = this.dataspaces.shape(spaceBytes, 0, spaceBytes.length, spaceAt)
      const count = elementCount(shape)
      const bytes = type.size * count
      if (bytes > MAX_HDF5_ATTRIBUTE_VALUE_BYTES || bytes > reader.remaining) return { name, value: undefined }
      const raw = reader.bytes(bytes)
      if (type.vlenString) {
        value = await this.vlenStrings(raw, count, shape.length === 0)
      } else value = decodeValues(type, count, shape.length === 0, raw)
    } catch (error) {
      if (error instanceof LimitExceededError) throw error
      value = undefined // an attribute we cannot decode is not needed to size the file
    }
    return { name, value }
  }

  /** Variable-length strings: each element is (length u32, global heap collection address, object index u32). */
  private async vlenStrings(raw: Uint8Array, count: number, scalar: boolean): Promise<AttributeValue> {
    const reader = this.file.cursor(raw, 0)
    const strings: string[] = []
    for (let i = 0; i < count; i++) {
      reader.u32() // sequence length (bytes, for strings)
      const collection = this.file.address(reader)
      const index = reader.u32()
      if (collection === UNDEFINED_ADDRESS) {
        strings.push('')
        continue
      }
      const objects = await this.globalHeaps.collection(collection)
      strings.push(UTF8.decode(objects.get(index) ?? new Uint8Array(0)))
    }
    return scalar ? strings[0] : strings
  }
}
