import { LimitExceededError } from '../../core/errors.js'
import { MAX_HDF5_HEADER_BYTES } from '../../core/limits.js'
import { truncatedError } from '../../io/bytes/index.js'
import { readSized, type Hdf5File } from './file.js'

/**
 * Object headers (spec IV.A): a version 1 prefix or a version 2 `OHDR` one, then messages, in one
 * block or several chained by continuation messages. The walk keeps only the messages something
 * reads (`isReadMessage`), in one MessageList refilled per object.
 */

// Message types (spec, "IV.A.2 Header Messages").
export const MSG_DATASPACE = 0x0001
export const MSG_LINK_INFO = 0x0002
export const MSG_DATATYPE = 0x0003
export const MSG_EXTERNAL_FILES = 0x0007
export const MSG_LAYOUT = 0x0008
export const MSG_LINK = 0x0006
export const MSG_ATTRIBUTE = 0x000c
const MSG_CONTINUATION = 0x0010
export const MSG_SYMBOL_TABLE = 0x0011

/**
 * Message types something reads; the walk keeps no other (fill value, modification time, NIL
 * padding… are most of a dataset header's messages).
 */
function isReadMessage(type: number): boolean {
  return (
    type === MSG_DATASPACE ||
    type === MSG_DATATYPE ||
    type === MSG_LAYOUT ||
    type === MSG_ATTRIBUTE ||
    type === MSG_SYMBOL_TABLE ||
    type === MSG_LINK ||
    type === MSG_LINK_INFO ||
    type === MSG_EXTERNAL_FILES
  )
}

/**
 * A header message the walk reads. Its data is not cut out of the header block until asked for
 * (`data`): the hot readers (attribute names, symbol table addresses) read `block` in place from
 * `at`, so most messages never cost a typed-array view (10^6 of them at 10^5 datasets).
 */
export class Message {
  constructor(
    public type: number,
    /** Offset of the message's data in the source (for compact datasets' payloads and errors). */
    public offset: number,
    /** The bytes holding the message: its data is block[at, at + size). */
    public block: Uint8Array,
    public at: number,
    public size: number
  ) {}

  static of(type: number, offset: number, data: Uint8Array): Message {
    return new Message(type, offset, data, 0, data.length)
  }

  get data(): Uint8Array {
    return this.block.subarray(this.at, this.at + this.size)
  }
}

/**
 * The messages of the object header being walked: one list refilled for each object, its Message
 * objects reused. The walk reads one header at a time, and a new array of new Messages per object
 * was a sixth of what a walk over 3·10^5 objects allocated. So a Message is valid only until the
 * next header is read: nothing keeps one past its object.
 */
export class MessageList {
  private readonly items: Message[] = []
  length = 0

  clear(): void {
    this.length = 0
  }

  add(type: number, offset: number, block: Uint8Array, at: number, size: number): void {
    const message = this.items[this.length]
    if (message === undefined) this.items.push(new Message(type, offset, block, at, size))
    else {
      message.type = type
      message.offset = offset
      message.block = block
      message.at = at
      message.size = size
    }
    this.length++
  }

  get(index: number): Message {
    return this.items[index]
  }

  has(type: number): boolean {
    for (let i = 0; i < this.length; i++) if (this.items[i].type === type) return true
    return false
  }
}

/** A header block: the first one after the prefix, or one a continuation message points at. */
interface HeaderBlock {
  offset: number
  length: number
}

/** Reads object headers into one reused MessageList (valid until the next header is read). */
export class ObjectHeaders {
  /** The header being walked (`read` refills it). */
  private readonly header = new MessageList()
  /** Continuation blocks met by the fast path (then it leaves the header to readAll). */
  private readonly fastPathContinuations: HeaderBlock[] = []

  constructor(private readonly file: Hdf5File) {}

  /**
   * An object header's messages, without a promise when it is what h5py writes for nearly every
   * object (version 1, one block, no continuation) and its bytes are cached; otherwise the full
   * read, which follows continuation blocks.
   */
  read(address: number): MessageList | Promise<MessageList> {
    const file = this.file
    const prefix = file.cached(address, 16)
    if (prefix === undefined || prefix[file.located] !== 1) return this.readAll(address)
    const blockOffset = address + 16
    const size = file.uintAt(prefix, file.located + 8, 4, address - file.located, 'object header size')
    const block = file.cached(blockOffset, size)
    if (block === undefined) return this.readAll(address)
    const start = file.located
    const messages = this.header
    const continuations = this.fastPathContinuations
    messages.clear()
    continuations.length = 0
    this.parseV1Messages(block, start, start + size, blockOffset, messages, continuations)
    return continuations.length === 0 ? messages : this.readAll(address)
  }

  /** The messages of an object header, following continuation blocks. */
  private async readAll(address: number): Promise<MessageList> {
    const file = this.file
    const name = file.source.name
    let prefix = file.bytesAt(address, Math.min(16, file.source.size - Math.max(0, address)), 'object header')
    if (prefix instanceof Promise) prefix = await prefix
    const isV2 = prefix.length >= 4 && prefix[0] === 0x4f && prefix[1] === 0x48 && prefix[2] === 0x44 && prefix[3] === 0x52 // OHDR
    const messages = this.header
    messages.clear()
    const blocks: HeaderBlock[] = []
    let creationOrder = false
    if (isV2) {
      const first = file.cursor(prefix, address)
      first.seek(address + 4)
      const version = first.u8()
      if (version !== 2) throw file.fail(`object header version ${version} after the OHDR signature`, address + 4)
      const flags = first.u8()
      creationOrder = (flags & 0x04) !== 0
      let skip = 6 + ((flags & 0x20) !== 0 ? 16 : 0) + ((flags & 0x10) !== 0 ? 4 : 0)
      const sizeBytes = 1 << (flags & 0x03)
      const head = await file.readAt(address + skip, sizeBytes, 'object header')
      const chunkSize = readSized(head, sizeBytes, 'object header size')
      skip += sizeBytes
      blocks.push({ offset: address + skip, length: chunkSize })
    } else {
      // Version 1 prefix: version, reserved, message count, reference count, header size (u32 at 8).
      // The message count is not needed: the blocks' sizes are what bound the walk.
      if (prefix.length < 16) throw truncatedError(name, address, 16, file.source.size)
      const version = prefix[0]
      if (version !== 1) throw file.fail(`unknown object header version ${version}`, address)
      const headerSize = file.uintAt(prefix, 8, 4, address, 'object header size')
      blocks.push({ offset: address + 16, length: headerSize }) // v1 messages start 8-aligned after the 12-byte prefix
    }
    let total = 0
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i]
      // A header has one block, rarely a few: a scan of the earlier ones, not a Set per object.
      for (let j = 0; j < i; j++) if (blocks[j].offset === block.offset) throw file.fail('object header continuation blocks form a cycle', block.offset)
      total += block.length
      if (total > MAX_HDF5_HEADER_BYTES) {
        throw new LimitExceededError(name, 'HDF5 object header size', total, MAX_HDF5_HEADER_BYTES)
      }
      let blockBytes = file.bytesAt(block.offset, block.length, 'object header messages')
      if (blockBytes instanceof Promise) blockBytes = await blockBytes
      if (isV2) {
        const reader = file.cursor(blockBytes, block.offset)
        if (i > 0) {
          const sig = reader.utf8(4)
          if (sig !== 'OCHK') throw file.fail(`object header continuation block without its OCHK signature`, block.offset)
        }
        const end = reader.end - 4 // checksum
        const prefix = creationOrder ? 6 : 4
        while (end - reader.position >= prefix) {
          const type = reader.u8()
          const size = reader.u16()
          reader.u8() // flags
          if (creationOrder) reader.u16()
          const offset = reader.position
          const data = reader.bytes(size)
          if (isReadMessage(type)) messages.add(type, offset, data, 0, data.length)
          else if (type === MSG_CONTINUATION) blocks.push(this.continuation(data, offset))
        }
      } else {
        this.parseV1Messages(blockBytes, 0, blockBytes.length, block.offset, messages, blocks)
      }
    }
    return messages
  }

  /**
   * The messages of one version 1 header block; continuation messages add to `blocks`. Each
   * message: type (u16), data size (u16), flags, 3 reserved bytes, the data, padded to 8 bytes
   * (FORMATS.md §7.3). Read in place: this runs once per object of the file.
   */
  private parseV1Messages(bytes: Uint8Array, start: number, end: number, blockOffset: number, messages: MessageList, blocks: HeaderBlock[]): void {
    // The block is bytes[start, end) (a cached block is read in place); blockOffset is the file offset of bytes[start].
    const base = blockOffset - start
    let at = start
    while (end - at >= 8) {
      const type = bytes[at] | (bytes[at + 1] << 8)
      const size = bytes[at + 2] | (bytes[at + 3] << 8)
      at += 8
      if (at + size > end) throw this.file.fail(`header message of ${size} bytes runs past the end of its header block`, base + at)
      const offset = base + at
      if (isReadMessage(type)) messages.add(type, offset, bytes, at, size)
      else if (type === MSG_CONTINUATION) blocks.push(this.continuation(bytes.subarray(at, at + size), offset))
      at += size
      const pad = (8 - ((at - start) % 8)) % 8
      if (end - at < pad) break
      at += pad
    }
  }

  /** A continuation message (spec IV.A.2.q): the address and length of the next header block. */
  private continuation(data: Uint8Array, offset: number): HeaderBlock {
    const reader = this.file.cursor(data, offset)
    return { offset: this.file.address(reader), length: this.file.length(reader, 'continuation length') }
  }
}
