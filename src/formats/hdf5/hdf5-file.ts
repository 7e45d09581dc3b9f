import { FormatError, LimitExceededError, UnsupportedFormatError } from '../../core/errors.js'
import {
  MAX_DIMS,
  MAX_HDF5_ATTRIBUTE_VALUE_BYTES,
  MAX_HDF5_BTREE_NODES,
  MAX_HDF5_CHUNKS,
  MAX_HDF5_DEPTH,
  MAX_HDF5_HEADER_BYTES,
  MAX_HDF5_HEAP_BYTES,
  MAX_HDF5_INDEX_BLOCK_BYTES,
  MAX_HDF5_OBJECTS
} from '../../core/limits.js'
import type { ByteSource } from '../../io/byte-source.js'
import { BinaryReader, UTF8 } from '../binary-reader.js'

/**
 * A metadata-only HDF5 reader: superblock, object headers, group links and the few messages that
 * say where a dataset's bytes are (dataspace, datatype, data layout). It never reads a dataset's
 * payload, so its cost follows the number of objects, not the size of the weights
 * (bench/hdf5-approach.ts compares it with h5wasm).
 *
 * Byte layouts are from the HDF5 File Format Specification v3 (`HDFGroup/hdf5:doxygen/dox/FileFormatSpec*`,
 * "Level 0/1/2"), cross-checked against netron's reader (`lutzroeder/netron:source/hdf5.js`) and
 * the real Keras files in fixtures/real/keras.
 *
 * Supported: superblock v0–v3, object headers v1 and v2 (with continuation blocks), old-style
 * groups (symbol table: v1 B-tree + local heap + SNOD nodes) and new-style compact groups (link
 * messages), attributes v1–v3 (fixed-length string and numeric values are decoded), data layout
 * v1–v3 (compact, contiguous, chunked through the v1 chunk B-tree) and v4 contiguous/compact/
 * single-chunk. Dense link storage (fractal heaps) and v4 chunk indexes other than "single chunk"
 * are rejected with an UnsupportedFormatError: h5py writes neither with its default settings, which
 * is what Keras uses.
 */

import { AddressTable, WALKED_DATASET, WALKED_GROUP } from './address-table.js'
import { BlockCache } from './block-cache.js'
import { hasHdf5Signature } from './sniff.js'
import { WindowByteSource } from './window-source.js'

/** A decoded attribute value: strings for string types, numbers for numeric ones, undefined otherwise. */
export type AttributeValue = string | number | string[] | number[] | undefined

/** Where a dataset's bytes are in the file (or, for compact storage, inside its object header). */
export interface DatasetStorage {
  layout: 'compact' | 'contiguous' | 'chunked' | 'virtual' | 'external'
  /** Offset of the payload (the lowest chunk's for chunked storage) from the start of the source. */
  offset: number
  /** Bytes the payload occupies on disk (the sum of the chunks for chunked storage). */
  byteLength: number
  /** Number of chunks (chunked storage only). */
  chunks?: number
}

export interface Hdf5Dataset {
  /** Path from the root group, without a leading slash (`model_weights/dense/dense/kernel:0`). */
  path: string
  /** Address of the object header: two links to one dataset share it. */
  address: number
  dtype: string
  shape: number[]
  storage: DatasetStorage
  /** The decoded attributes (Hdf5ReadOptions.decodeAttribute). */
  attributes: ReadonlyMap<string, AttributeValue>
  /** Set on the second and later links to one dataset (same `address`, same storage): its bytes are listed once already. */
  linkedAgain?: true
}

export interface Hdf5Group {
  path: string
  /** The last segment of `path` (the link's name; '' for the root), without cutting it out of `path`. */
  name: string
  /** Links from the root group: 0 for the root, 1 for `model_weights`, 2 for `model_weights/dense`. */
  depth: number
  /** The decoded attributes (Hdf5ReadOptions.decodeAttribute). */
  attributes: ReadonlyMap<string, AttributeValue>
}

export interface Hdf5Tree {
  groups: Hdf5Group[]
  datasets: Hdf5Dataset[]
  /** Things the caller should pass on to the user (external storage, skipped links). */
  warnings: string[]
}

interface Superblock {
  version: number
  offsetSize: number
  lengthSize: number
  rootAddress: number
}

/**
 * A header message the walk reads. Its data is not cut out of the header block until asked for
 * (`data`): the hot readers (attribute names, symbol table addresses) read `block` in place from
 * `at`, so most messages never cost a typed-array view (10^6 of them at 10^5 datasets).
 */
class Message {
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
class MessageList {
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
 * HDF5's undefined address (all bytes 0xff, spec II "undefined address"), as readAddress and
 * addressAt return it: a structure not allocated, a soft link's missing object header. Every
 * address read is checked against it before it is followed.
 */
const UNDEFINED_ADDRESS = -1
/** Symbol table entry cache type of a soft link (spec III.C): the link value is in the local heap. */
const SOFT_LINK_CACHE_TYPE = 2

/** Receives a group's hard links, in the group's order. */
interface LinkSink {
  /** Room for `links` more links, when the count is known before they are read (a symbol table node's). */
  reserve(links: number): void
  add(name: string, address: number): void
}

/**
 * The links of one group, in order, and how many of them the walk has taken. A link's path is
 * made only when the walk takes it, and its name is then dropped: with the paths of all 10^5
 * links of a big group made up front, and four arrays of 10^5 slots that a stack's pops never
 * shrink, a 10^5-layer walk kept ~10 MB of pending links, 3.7 MB of it to the end.
 */
class GroupLinks implements LinkSink {
  names: string[] = []
  /** Object header addresses, parallel to `names` (a double array: addresses are unboxed). */
  addresses: number[] = []
  /** Links added (the arrays are sized by `reserve`, not grown by push, for most groups). */
  count = 0
  taken = 0

  constructor(
    /** The group's path and a slash ('' for the root's links): a link's path is prefix + name. */
    readonly prefix: string,
    /** Depth of the linked objects. */
    readonly depth: number
  ) {}

  /**
   * Sizes the arrays for a group's first symbol table node: an array's first push reserves 17
   * slots, so two pushed arrays per group (2·10^5 groups, most with one or two links) were a
   * tenth of what a walk allocated.
   */
  reserve(links: number): void {
    if (this.count > 0 || links === 0) return
    this.names = new Array<string>(links)
    this.addresses = new Array<number>(links)
  }

  add(name: string, address: number): void {
    if (this.count < this.names.length) {
      this.names[this.count] = name
      this.addresses[this.count] = address
    } else {
      this.names.push(name)
      this.addresses.push(address)
    }
    this.count++
  }
}

/**
 * Attributes whose values are decoded: the ones the Keras layout reads (keras-layout.ts:
 * `layer_names`/`layer_namesN` on the weights root, `name` on `optimizer/vars`, `dtype` on
 * bfloat16 datasets) and the two version strings. Every other attribute (`weight_names` on each
 * layer group, `model_config`, `training_config`, …) is skipped after its name: decoding it would
 * cost a string array per layer of a 10^5-layer model and change no byte's category.
 */
const DECODED_ATTRIBUTES = /^(layer_names\d*|dtype|keras_version|backend|name)$/

/** What a walk decodes beyond the layout of the datasets. */
export interface Hdf5ReadOptions {
  /** Attribute names whose values to decode (default DECODED_ATTRIBUTES); others are left out of `attributes`. */
  decodeAttribute?: (name: string) => boolean
  /**
   * Receives each group as the walk reaches it (before its children), with the names of its
   * links in order (valid during the call only: the walk then consumes the array); the tree then
   * lists none. With `onDataset`, a caller that classifies as the walk goes keeps only what it
   * needs, not a record per object (10^5-layer files have 3·10^5 objects).
   */
  onGroup?: (group: Hdf5Group, linkNames: readonly string[]) => void
  /** Receives each dataset, in walk order, with its storage final (chunks summed); the tree then lists none. */
  onDataset?: (dataset: Hdf5Dataset) => void
}

/** Distinct shapes the walk remembers to share (recentShapes). */
const RECENT_SHAPES = 8

/** The attributes of an object with none worth decoding: one shared empty map, not one per object. */
const NO_ATTRIBUTES: ReadonlyMap<string, AttributeValue> = new Map()

// Message types (spec, "IV.A.2 Header Messages").
const MSG_DATASPACE = 0x0001
const MSG_LINK_INFO = 0x0002
const MSG_DATATYPE = 0x0003
const MSG_EXTERNAL_FILES = 0x0007
const MSG_LAYOUT = 0x0008
const MSG_LINK = 0x0006
const MSG_ATTRIBUTE = 0x000c
const MSG_CONTINUATION = 0x0010
const MSG_SYMBOL_TABLE = 0x0011

/**
 * Reads the whole tree of groups and datasets below the root group, metadata only. A file with a
 * user block (superblock at 512, 1024, …) is walked through a window that starts at the superblock,
 * where its addresses start; dataset spans are given as offsets in `source` all the same.
 */
export async function readHdf5Tree(source: ByteSource, options: Hdf5ReadOptions = {}): Promise<Hdf5Tree> {
  const superblockAt = await findSuperblock(source)
  if (superblockAt === 0) return new Hdf5Walker(source, options, 0).walk()
  return new Hdf5Walker(new WindowByteSource(source, superblockAt, source.size - superblockAt, source.name), options, superblockAt).walk()
}

class Hdf5Walker {
  private superblock!: Superblock
  private objectsSeen = 0
  private btreeNodesRead = 0
  /**
   * Every object walked, by header address: WALKED_GROUP or WALKED_DATASET. One table (one lookup
   * per link) for the two questions a link asks: a group already walked (a cycle), a dataset
   * already listed (a second hard link).
   */
  private readonly walked = new AddressTable()
  private readonly tree: Hdf5Tree = { groups: [], datasets: [], warnings: [] }
  private readonly decodeAttribute: (name: string) => boolean
  private readonly onGroup: (group: Hdf5Group, linkNames: readonly string[]) => void
  private readonly onDataset: (dataset: Hdf5Dataset) => void

  private readonly cache: BlockCache
  /** The header being walked (objectHeader refills it). */
  private readonly header = new MessageList()
  /** Continuation blocks met by objectHeader's fast path (then it leaves the header to readObjectHeader). */
  private readonly fastPathContinuations: { offset: number; length: number }[] = []

  constructor(
    private readonly source: ByteSource,
    options: Hdf5ReadOptions,
    /** Bytes of user block before the superblock (the window `source` starts there): 0, 512, 1024, … */
    private readonly userBlock: number
  ) {
    this.cache = new BlockCache(source)
    this.decodeAttribute = options.decodeAttribute ?? ((name) => DECODED_ATTRIBUTES.test(name))
    this.onGroup = options.onGroup ?? ((group) => this.tree.groups.push(group))
    const onDataset = options.onDataset ?? ((dataset: Hdf5Dataset) => this.tree.datasets.push(dataset))
    // Spans are found as addresses (relative to the superblock); callers get offsets in the file.
    this.onDataset = userBlock === 0 ? onDataset : (dataset) => onDataset(shiftedBy(dataset, userBlock))
  }

  async walk(): Promise<Hdf5Tree> {
    this.superblock = await this.readSuperblock()
    await this.walkObjects(this.superblock.rootAddress)
    return this.tree
  }

  // --- low level --------------------------------------------------------------------------------

  private fail(what: string, offset?: number): FormatError {
    return new FormatError(this.source.name, what, {
      offset,
      fix: 'The HDF5 file is truncated or corrupted; re-save it.'
    })
  }

  /**
   * Exactly the bytes at [offset, offset + length), or an error naming what was being read and
   * where. A cache hit is returned as is, not as a promise: the hot paths (object headers, heaps,
   * B-tree and symbol table nodes; about 10^6 reads for 10^5 datasets) write
   * `let bytes = this.bytesAt(…); if (bytes instanceof Promise) bytes = await bytes`, so a hit
   * costs neither a promise nor a microtask.
   */
  private bytesAt(offset: number, length: number, what: string): Uint8Array | Promise<Uint8Array> {
    if (offset === UNDEFINED_ADDRESS) {
      throw this.fail(`${what} is at HDF5's undefined address (0xffffffffffffffff): the file names no object there`)
    }
    if (offset < 0 || length < 0 || !Number.isSafeInteger(offset) || offset + length > this.source.size) {
      throw this.fail(
        `${what} needs ${length} bytes at offset ${offset}, beyond the end of the file (${this.source.size} bytes)`,
        offset >= 0 ? offset : undefined
      )
    }
    return this.cache.cached(offset, length) ?? this.cache.read(offset, length)
  }

  /** Where the last `locate` put its request: the byte at its `offset` is `bytes[this.located]`. */
  private located = 0

  /**
   * bytesAt without cutting a view: a cached block whole (the request at `this.located`), else the
   * bytes read (`this.located` = 0). For the structures read per group (local heap, B-tree and
   * symbol table nodes). Callers take `this.located` right after the (awaited) call: the walk is
   * one chain of awaits, so no other read runs in between.
   */
  private locate(offset: number, length: number, what: string): Uint8Array | Promise<Uint8Array> {
    const block = this.cache.locate(offset, length)
    if (block !== undefined && length >= 0) {
      this.located = this.cache.foundAt
      return block
    }
    return this.locateRead(offset, length, what)
  }

  /**
   * locate's miss, apart: a closure in locate itself (over `this`) made V8 allocate its context
   * on every call, hits included.
   */
  private async locateRead(offset: number, length: number, what: string): Promise<Uint8Array> {
    const bytes = await this.bytesAt(offset, length, what)
    this.located = 0
    return bytes
  }

  /** bytesAt behind a bounds-checked cursor, for the structures read once per file or per chunked dataset. */
  private readAt(offset: number, length: number, what: string): BinaryReader | Promise<BinaryReader> {
    const bytes = this.bytesAt(offset, length, what)
    if (bytes instanceof Promise) return bytes.then((read) => new BinaryReader(read, this.source.name, offset))
    return new BinaryReader(bytes, this.source.name, offset)
  }

  /**
   * An address field at `bytes[at]` (`base` is the file offset of `bytes[0]`, for errors). The
   * caller has read `bytes` to cover the field: the hot paths read fields in place rather than
   * through a cursor object per structure.
   */
  private addressAt(bytes: Uint8Array, at: number, base: number): number {
    const size = this.superblock.offsetSize
    let undefinedAddress = true
    for (let i = 0; i < size; i++) if (bytes[at + i] !== 0xff) undefinedAddress = false
    return undefinedAddress ? UNDEFINED_ADDRESS : this.uintAt(bytes, at, size, base, 'address')
  }

  /** A little-endian unsigned field of `size` bytes at `bytes[at]`, checked to be below 2^53. */
  private uintAt(bytes: Uint8Array, at: number, size: number, base: number, what: string): number {
    if (at + size > bytes.length) throw this.fail(`${what} runs past the end of its structure`, base + at)
    let value = 0
    for (let i = size - 1; i >= 0; i--) value = value * 256 + bytes[at + i]
    if (!Number.isSafeInteger(value)) throw this.fail(`${what} is larger than 2^53`, base + at)
    return value
  }

  private checkBlock(what: string, bytes: number): void {
    if (bytes > MAX_HDF5_INDEX_BLOCK_BYTES) throw new LimitExceededError(this.source.name, `size of an HDF5 ${what}`, bytes, MAX_HDF5_INDEX_BLOCK_BYTES)
  }

  private address(reader: BinaryReader): number {
    return readAddress(reader, this.superblock.offsetSize, this.source.name)
  }

  private length(reader: BinaryReader, what: string): number {
    return readSized(reader, this.superblock.lengthSize, this.source.name, what)
  }

  // --- superblock ---------------------------------------------------------------------------------

  private async readSuperblock(): Promise<Superblock> {
    const name = this.source.name
    const head = await this.readAt(0, Math.min(this.source.size, 8), 'HDF5 signature')
    if (!hasHdf5Signature(head.bytes)) {
      throw new FormatError(name, 'not an HDF5 file: the signature \\x89HDF\\r\\n\\x1a\\n is missing', { offset: 0 })
    }
    const needAtLeast = (bytes: number, version: number): void => {
      if (this.source.size < bytes) {
        throw new FormatError(
          name,
          `truncated HDF5 superblock (version ${version}): needs ${bytes} bytes, the file has ${this.source.size}`,
          { offset: this.source.size, fix: 'The file is truncated; re-save or re-download it.' }
        )
      }
    }
    needAtLeast(10, -1)
    const version = (await this.readAt(8, 1, 'superblock version')).u8()
    if (version === 0 || version === 1) {
      // Fixed part up to the sizes: 16 bytes (+4 in v1), then 4 addresses and the root symbol-table entry.
      const prefix = await this.readAt(0, Math.min(this.source.size, 24), 'superblock')
      needAtLeast(16, version)
      prefix.seek(13)
      const offsetSize = prefix.u8()
      const lengthSize = prefix.u8()
      checkSizes(name, offsetSize, lengthSize)
      const fixed = 24 + (version === 1 ? 4 : 0)
      const total = fixed + 4 * offsetSize + (2 * offsetSize + 8 + 16)
      needAtLeast(total, version)
      const reader = await this.readAt(0, total, 'superblock')
      reader.seek(fixed)
      this.superblock = { version, offsetSize, lengthSize, rootAddress: 0 }
      const baseAddress = this.address(reader)
      this.address(reader) // free-space info
      const endOfFile = this.address(reader)
      this.address(reader) // driver info
      this.address(reader) // root entry: link name offset
      const rootAddress = this.address(reader)
      this.checkBase(baseAddress, endOfFile)
      return { version, offsetSize, lengthSize, rootAddress }
    }
    if (version === 2 || version === 3) {
      needAtLeast(11, version)
      const sizes = await this.readAt(9, 2, 'superblock')
      const offsetSize = sizes.u8()
      const lengthSize = sizes.u8()
      checkSizes(name, offsetSize, lengthSize)
      const total = 12 + 4 * offsetSize + 4
      needAtLeast(total, version)
      const reader = await this.readAt(12, 4 * offsetSize, 'superblock')
      this.superblock = { version, offsetSize, lengthSize, rootAddress: 0 }
      const baseAddress = this.address(reader)
      this.address(reader) // superblock extension
      const endOfFile = this.address(reader)
      const rootAddress = this.address(reader)
      this.checkBase(baseAddress, endOfFile)
      return { version, offsetSize, lengthSize, rootAddress }
    }
    throw new UnsupportedFormatError(name, `HDF5 superblock version ${version}`, 'Versions 0 to 3 are read.')
  }

  /**
   * Addresses are relative to the base address, which the library writes as the superblock's own
   * position and, when a file says otherwise, corrects to it (H5Fsuper.c, H5F__super_read): so the
   * walk reads from the superblock whatever the field holds. The end-of-file address is absolute.
   */
  private checkBase(_baseAddress: number, endOfFile: number): void {
    const fileSize = this.source.size + this.userBlock
    if (endOfFile !== UNDEFINED_ADDRESS && endOfFile > fileSize) {
      throw new FormatError(
        this.source.name,
        `truncated HDF5 file: the superblock says it ends at byte ${endOfFile}, but it has ${fileSize} bytes`,
        { offset: fileSize, fix: 'The file is truncated; re-save or re-download it.' }
      )
    }
  }


  // --- objects ----------------------------------------------------------------------------------

  /**
   * Walks every object below the root, depth first, each group's links in order. A loop over a
   * stack of groups' links rather than a recursion: one async frame for the whole walk, not one
   * per object (10^5-layer models have 3·10^5 objects).
   */
  private async walkObjects(rootAddress: number): Promise<void> {
    const root = new GroupLinks('', 0)
    root.add('', rootAddress)
    const pending: GroupLinks[] = [root]
    while (pending.length > 0) {
      // Between objects the walk holds no view into the cache (what it keeps is decoded): the
      // blocks evicted while reading the last object can be refilled.
      this.cache.recycleEvicted()
      const links = pending[pending.length - 1]
      const taken = links.taken++
      // A group whose links are all taken leaves the stack as its last link is walked.
      if (links.taken === links.count) pending.pop()
      const address = links.addresses[taken]
      const name = links.names[taken]
      links.names[taken] = ''
      const path = links.prefix + name
      const depth = links.depth
      if (depth > MAX_HDF5_DEPTH) throw new LimitExceededError(this.source.name, 'HDF5 group nesting depth', depth, MAX_HDF5_DEPTH)
      const known = this.walked.get(address)
      if (known === WALKED_GROUP) continue // a hard link back to a group already walked (a cycle)
      // Each object once; a second hard link to a dataset counts too, as it is parsed again.
      if (++this.objectsSeen > MAX_HDF5_OBJECTS) {
        throw new LimitExceededError(this.source.name, 'number of HDF5 objects', this.objectsSeen, MAX_HDF5_OBJECTS)
      }
      let messages = this.objectHeader(address)
      if (messages instanceof Promise) messages = await messages
      let attributes = this.attributesOf(messages)
      if (attributes instanceof Promise) attributes = await attributes
      if (known === WALKED_DATASET || messages.has(MSG_LAYOUT)) {
        // A second hard link to one dataset (rare) is parsed again from its header, rather than
        // every dataset being kept for it: same address and storage, listed under both names,
        // its bytes counted once (linkedAgain).
        const linkedAgain = known === WALKED_DATASET
        const { dataset, btree } = this.parseDataset(path, address, messages, attributes, linkedAgain)
        if (btree) await this.resolveChunks(dataset, btree)
        if (linkedAgain) dataset.linkedAgain = true
        this.walked.set(address, WALKED_DATASET)
        this.onDataset(dataset)
        continue
      }
      this.walked.set(address, WALKED_GROUP)
      const groupLinks = new GroupLinks(path === '' ? '' : `${path}/`, depth + 1)
      for (let i = 0; i < messages.length; i++) {
        const message = messages.get(i)
        if (message.type === MSG_SYMBOL_TABLE) {
          const reading = this.symbolTableLinks(message, groupLinks)
          if (reading) await reading
        }
        else if (message.type === MSG_LINK) {
          const link = this.parseLink(message)
          if (link) groupLinks.add(link.name, link.address)
        } else if (message.type === MSG_LINK_INFO) await this.denseLinks(message, groupLinks)
      }
      // GroupLinks.names has exactly `count` names (reserved for the first node, pushed after).
      this.onGroup({ path, name, depth, attributes }, groupLinks.names)
      if (groupLinks.count > 0) pending.push(groupLinks)
    }
  }

  /**
   * The attributes worth decoding among an object's messages, without a promise when there is
   * none (nearly every object): the name is read first, and most attributes (a weight_names per
   * layer) are not decoded at all.
   */
  private attributesOf(messages: MessageList): ReadonlyMap<string, AttributeValue> | Promise<ReadonlyMap<string, AttributeValue>> {
    for (let i = 0; i < messages.length; i++) {
      const message = messages.get(i)
      if (message.type === MSG_ATTRIBUTE && this.decodeAttribute(this.attributeName(message))) return this.decodeAttributes(messages, i)
    }
    return NO_ATTRIBUTES
  }

  /** Decodes the attributes wanted among messages[from..] (messages[from] being one). */
  private async decodeAttributes(messages: MessageList, from: number): Promise<ReadonlyMap<string, AttributeValue>> {
    const decoded = new Map<string, AttributeValue>()
    for (let i = from; i < messages.length; i++) {
      const message = messages.get(i)
      if (message.type !== MSG_ATTRIBUTE || (i > from && !this.decodeAttribute(this.attributeName(message)))) continue
      const attribute = await this.parseAttribute(message)
      decoded.set(attribute.name, attribute.value)
    }
    return decoded
  }

  /**
   * An object header's messages, without a promise when it is what h5py writes for nearly every
   * object (version 1, one block, no continuation) and its bytes are cached; otherwise the full
   * read, which follows continuation blocks.
   */
  private objectHeader(address: number): MessageList | Promise<MessageList> {
    const prefix = this.cache.locate(address, 16)
    if (prefix === undefined || prefix[this.cache.foundAt] !== 1) return this.readObjectHeader(address)
    const blockOffset = address + 16
    const size = this.uintAt(prefix, this.cache.foundAt + 8, 4, address - this.cache.foundAt, 'object header size')
    const block = this.cache.locate(blockOffset, size)
    if (block === undefined) return this.readObjectHeader(address)
    const start = this.cache.foundAt
    const messages = this.header
    const continuations = this.fastPathContinuations
    messages.clear()
    continuations.length = 0
    this.parseV1Messages(block, start, start + size, blockOffset, messages, continuations)
    return continuations.length === 0 ? messages : this.readObjectHeader(address)
  }

  /** The messages of an object header, following continuation blocks. */
  private async readObjectHeader(address: number): Promise<MessageList> {
    let prefix = this.bytesAt(address, Math.min(16, this.source.size - Math.max(0, address)), 'object header')
    if (prefix instanceof Promise) prefix = await prefix
    const isV2 = prefix.length >= 4 && prefix[0] === 0x4f && prefix[1] === 0x48 && prefix[2] === 0x44 && prefix[3] === 0x52 // OHDR
    const messages = this.header
    messages.clear()
    const blocks: { offset: number; length: number }[] = []
    let creationOrder = false
    if (isV2) {
      const first = new BinaryReader(prefix, this.source.name, address)
      first.seek(4)
      const version = first.u8()
      if (version !== 2) throw this.fail(`object header version ${version} after the OHDR signature`, address + 4)
      const flags = first.u8()
      creationOrder = (flags & 0x04) !== 0
      let skip = 6 + ((flags & 0x20) !== 0 ? 16 : 0) + ((flags & 0x10) !== 0 ? 4 : 0)
      const sizeBytes = 1 << (flags & 0x03)
      const head = await this.readAt(address + skip, sizeBytes, 'object header')
      const chunkSize = readSized(head, sizeBytes, this.source.name, 'object header size')
      skip += sizeBytes
      blocks.push({ offset: address + skip, length: chunkSize })
    } else {
      // Version 1 prefix: version, reserved, message count, reference count, header size (u32 at 8).
      // The message count is not needed: the blocks' sizes are what bound the walk.
      if (prefix.length < 16) new BinaryReader(prefix, this.source.name, address).need(16, 'object header')
      const version = prefix[0]
      if (version !== 1) throw this.fail(`unknown object header version ${version}`, address)
      const headerSize = this.uintAt(prefix, 8, 4, address, 'object header size')
      blocks.push({ offset: address + 16, length: headerSize }) // v1 messages start 8-aligned after the 12-byte prefix
    }
    let total = 0
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i]
      // A header has one block, rarely a few: a scan of the earlier ones, not a Set per object.
      for (let j = 0; j < i; j++) if (blocks[j].offset === block.offset) throw this.fail('object header continuation blocks form a cycle', block.offset)
      total += block.length
      if (total > MAX_HDF5_HEADER_BYTES) {
        throw new LimitExceededError(this.source.name, 'HDF5 object header size', total, MAX_HDF5_HEADER_BYTES)
      }
      let blockBytes = this.bytesAt(block.offset, block.length, 'object header messages')
      if (blockBytes instanceof Promise) blockBytes = await blockBytes
      if (isV2) {
        const reader = new BinaryReader(blockBytes, this.source.name, block.offset)
        if (i > 0) {
          const sig = reader.utf8(4)
          if (sig !== 'OCHK') throw this.fail(`object header continuation block without its OCHK signature`, block.offset)
        }
        const end = reader.length - 4 // checksum
        const prefix = creationOrder ? 6 : 4
        while (end - reader.position >= prefix) {
          const type = reader.u8()
          const size = reader.u16()
          reader.u8() // flags
          if (creationOrder) reader.u16()
          const offset = block.offset + reader.position
          const data = reader.take(size)
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
  private parseV1Messages(
    bytes: Uint8Array,
    start: number,
    end: number,
    blockOffset: number,
    messages: MessageList,
    blocks: { offset: number; length: number }[]
  ): void {
    // The block is bytes[start, end) (a cached block is read in place); blockOffset is the file offset of bytes[start].
    const base = blockOffset - start
    let at = start
    while (end - at >= 8) {
      const type = bytes[at] | (bytes[at + 1] << 8)
      const size = bytes[at + 2] | (bytes[at + 3] << 8)
      at += 8
      if (at + size > end) throw this.fail(`header message of ${size} bytes runs past the end of its header block`, base + at)
      const offset = base + at
      if (isReadMessage(type)) messages.add(type, offset, bytes, at, size)
      else if (type === MSG_CONTINUATION) blocks.push(this.continuation(bytes.subarray(at, at + size), offset))
      at += size
      const pad = (8 - ((at - start) % 8)) % 8
      if (end - at < pad) break
      at += pad
    }
  }

  private continuation(data: Uint8Array, offset: number): { offset: number; length: number } {
    const reader = new BinaryReader(data, this.source.name, offset)
    return { offset: this.address(reader), length: this.length(reader, 'continuation length') }
  }

  // --- groups -------------------------------------------------------------------------------------

  /** Links of an old-style group: a v1 B-tree of SNOD nodes whose names live in a local heap. */
  /**
   * Links of an old-style group, without a promise when the whole group (heap, a one-leaf B-tree,
   * one symbol table node) is cached: the case of nearly every group, read right after its header.
   */
  private symbolTableLinks(message: Message, sink: LinkSink): void | Promise<void> {
    const { offsetSize } = this.superblock
    if (message.size < 2 * offsetSize) throw this.fail('symbol table message shorter than its two addresses', message.offset)
    const { block, at } = message
    const btreeAddress = this.addressAt(block, at, message.offset - at)
    const heapAddress = this.addressAt(block, at + offsetSize, message.offset - at)
    const heap = this.readLocalHeap(heapAddress)
    if (heap instanceof Promise) return this.readSymbolTableLinks(btreeAddress, heapAddress, heap, undefined, sink)
    const nodes = this.singleLeafChildren(btreeAddress)
    if (nodes?.length === 1 && this.cachedSymbolNodeLinks(nodes[0], heap, heapAddress, sink)) return
    return this.readSymbolTableLinks(btreeAddress, heapAddress, heap, nodes, sink)
  }

  /** The links of one symbol table node if its bytes are cached (then true); false leaves it to readSymbolTableLinks. */
  private cachedSymbolNodeLinks(node: number, heap: Uint8Array, heapAddress: number, sink: LinkSink): boolean {
    const { offsetSize } = this.superblock
    const head = node >= 0 ? this.cache.locate(node, 8) : undefined
    if (head === undefined) return false
    const h = this.cache.foundAt
    if (head[h] !== 0x53 || head[h + 1] !== 0x4e || head[h + 2] !== 0x4f || head[h + 3] !== 0x44) return false // reported by the full read
    const count = head[h + 6] | (head[h + 7] << 8)
    const entrySize = 2 * offsetSize + 8 + 16
    const entries = this.cache.locate(node + 8, count * entrySize)
    if (entries === undefined) return false
    this.symbolNodeLinks(node, entries, this.cache.foundAt, count, heap, heapAddress, sink)
    return true
  }

  /** A symbol table node's `count` entries at entries[first…]: each a link name offset in the heap, then the object header address. */
  private symbolNodeLinks(node: number, entries: Uint8Array, first: number, count: number, heap: Uint8Array, heapAddress: number, sink: LinkSink): void {
    const { offsetSize } = this.superblock
    const entrySize = 2 * offsetSize + 8 + 16
    const base = node + 8 - first // the file offset of entries[0], for errors
    sink.reserve(count)
    for (let i = 0; i < count; i++) {
      // Entry: link name offset (in the local heap), object header address, cache type, scratch.
      const at = first + i * entrySize
      const nameOffset = this.uintAt(entries, at, offsetSize, base, 'link name offset')
      const name = heapString(heap, nameOffset, this.source.name, heapAddress)
      const address = this.addressAt(entries, at + offsetSize, base)
      if (address === UNDEFINED_ADDRESS) {
        // A soft link (cache type 2: its target path is in the heap) has no object header.
        const cacheType = this.uintAt(entries, at + 2 * offsetSize, 4, base, 'symbol table entry cache type')
        this.skipLink(cacheType === SOFT_LINK_CACHE_TYPE ? 'soft' : 'unresolved', name)
        continue
      }
      sink.add(name, address)
    }
  }

  /** Links of an old-style group: a v1 B-tree of SNOD nodes whose names live in a local heap. */
  private async readSymbolTableLinks(
    btreeAddress: number,
    heapAddress: number,
    heapRead: Uint8Array | Promise<Uint8Array>,
    leafChildren: number[] | undefined,
    sink: LinkSink
  ): Promise<void> {
    const heap = heapRead instanceof Promise ? await heapRead : heapRead
    const { offsetSize } = this.superblock
    let nodes = leafChildren ?? this.singleLeafChildren(btreeAddress)
    if (nodes === undefined) {
      const all: number[] = []
      await this.walkBtree(btreeAddress, 0, (childAddress) => all.push(childAddress))
      nodes = all
    }
    const entrySize = 2 * offsetSize + 8 + 16
    for (const node of nodes) {
      // SNOD: signature, version, reserved, entry count (u16), then the entries.
      let head = this.locate(node, 8, 'symbol table node')
      if (head instanceof Promise) head = await head
      const h = this.located
      if (head[h] !== 0x53 || head[h + 1] !== 0x4e || head[h + 2] !== 0x4f || head[h + 3] !== 0x44) {
        throw this.fail('symbol table node without its SNOD signature', node)
      }
      const count = head[h + 6] | (head[h + 7] << 8)
      let entries = this.locate(node + 8, count * entrySize, 'symbol table entries')
      if (entries instanceof Promise) entries = await entries
      this.symbolNodeLinks(node, entries, this.located, count, heap, heapAddress, sink)
    }
  }

  /**
   * The children of a group's B-tree when it is one cached leaf node (nearly every group: a leaf
   * lists up to 2K symbol table nodes of 8+ links each), read without the general walk's promise,
   * stack and arrays (2·10^5 groups at 10^5 layers). Anything else (not cached, more levels, a bad
   * signature) is left to walkBtree, which reads it or reports it.
   */
  private singleLeafChildren(address: number): number[] | undefined {
    const { offsetSize, lengthSize } = this.superblock
    // TREE: signature, node type, level, entries used (u16), left and right siblings, then keys and children.
    const headSize = 8 + 2 * offsetSize
    const head = address >= 0 ? this.cache.locate(address, headSize) : undefined
    if (head === undefined) return undefined
    const h = this.cache.foundAt
    const isGroupLeaf = head[h] === 0x54 && head[h + 1] === 0x52 && head[h + 2] === 0x45 && head[h + 3] === 0x45 && head[h + 4] === 0 && head[h + 5] === 0
    if (!isGroupLeaf) return undefined
    const entries = head[h + 6] | (head[h + 7] << 8)
    const entrySize = lengthSize + offsetSize // a key (heap offset of a name), then a child
    const bodySize = entries * entrySize + lengthSize
    if (bodySize > MAX_HDF5_INDEX_BLOCK_BYTES) return undefined
    const body = this.cache.locate(address + headSize, bodySize)
    if (body === undefined) return undefined
    if (++this.btreeNodesRead > MAX_HDF5_BTREE_NODES) {
      throw new LimitExceededError(this.source.name, 'number of HDF5 B-tree nodes', this.btreeNodesRead, MAX_HDF5_BTREE_NODES)
    }
    const first = this.cache.foundAt
    const base = address + headSize - first // the file offset of body[0], for errors
    const children = new Array<number>(entries)
    for (let i = 0; i < entries; i++) children[i] = this.addressAt(body, first + i * entrySize + lengthSize, base)
    return children
  }

  /** A group's local heap (its link names), without a promise when its bytes are cached. */
  private readLocalHeap(address: number): Uint8Array | Promise<Uint8Array> {
    const { offsetSize, lengthSize } = this.superblock
    // HEAP: signature, version, reserved (3), data segment size, free list offset, data address.
    const head = this.locate(address, 8 + 2 * lengthSize + offsetSize, 'local heap')
    if (head instanceof Promise) return this.readLocalHeapData(address, head)
    return this.localHeapData(address, head, this.located)
  }

  /** readLocalHeap once its header is read (apart, for the reason locateRead is). */
  private async readLocalHeapData(address: number, head: Promise<Uint8Array>): Promise<Uint8Array> {
    const bytes = await head
    return this.localHeapData(address, bytes, this.located)
  }

  /** The data segment of the local heap whose header is at `head[h]`. */
  private localHeapData(address: number, head: Uint8Array, h: number): Uint8Array | Promise<Uint8Array> {
    const { lengthSize } = this.superblock
    if (head[h] !== 0x48 || head[h + 1] !== 0x45 || head[h + 2] !== 0x41 || head[h + 3] !== 0x50) throw this.fail('local heap without its HEAP signature', address)
    const size = this.uintAt(head, h + 8, lengthSize, address - h, 'local heap size')
    const dataAddress = this.addressAt(head, h + 8 + 2 * lengthSize, address - h)
    if (size > MAX_HDF5_HEAP_BYTES) throw new LimitExceededError(this.source.name, 'HDF5 local heap size', size, MAX_HDF5_HEAP_BYTES)
    return this.bytesAt(dataAddress, size, 'local heap data')
  }

  /**
   * Walks a version 1 B-tree (node type 0: group nodes, type 1: raw data chunks), calling `leaf`
   * for each child of a level-0 node with that child's key. Levels must decrease and no node is
   * visited twice, so a corrupt or hostile tree ends in an error, not a loop. Iterative, with the
   * nodes to visit on a stack, in the order a recursive walk would visit them.
   */
  private async walkBtree(address: number, dimensions: number, leaf: (childAddress: number, chunkSize: number) => void): Promise<void> {
    const { offsetSize, lengthSize } = this.superblock
    // Most trees are a single leaf (a group of up to 8 links): the set of visited nodes is made
    // only when a node has children.
    let visited: Set<number> | undefined
    const stack: { address: number; level: number | undefined }[] = [{ address, level: undefined }]
    while (stack.length > 0) {
      const { address: nodeAddress, level: expectedLevel } = stack.pop()!
      if (visited?.has(nodeAddress)) throw this.fail('B-tree nodes form a cycle', nodeAddress)
      visited?.add(nodeAddress)
      if (++this.btreeNodesRead > MAX_HDF5_BTREE_NODES) {
        throw new LimitExceededError(this.source.name, 'number of HDF5 B-tree nodes', this.btreeNodesRead, MAX_HDF5_BTREE_NODES)
      }
      // TREE: signature, node type, level, entries used (u16), left and right siblings, then keys and children.
      const headSize = 8 + 2 * offsetSize
      let head = this.locate(nodeAddress, headSize, 'B-tree node')
      if (head instanceof Promise) head = await head
      const h = this.located
      if (head[h] !== 0x54 || head[h + 1] !== 0x52 || head[h + 2] !== 0x45 || head[h + 3] !== 0x45) throw this.fail('B-tree node without its TREE signature', nodeAddress)
      const type = head[h + 4]
      const level = head[h + 5]
      const entries = head[h + 6] | (head[h + 7] << 8)
      if (expectedLevel !== undefined && level !== expectedLevel) {
        throw this.fail(`B-tree node at level ${level} where level ${expectedLevel} was expected`, nodeAddress)
      }
      const keySize = type === 0 ? lengthSize : 8 + 8 * (dimensions + 1)
      const bodySize = entries * (keySize + offsetSize) + keySize
      this.checkBlock('B-tree node', bodySize)
      let body = this.locate(nodeAddress + headSize, bodySize, 'B-tree node entries')
      if (body instanceof Promise) body = await body
      const first = this.located
      const base = nodeAddress + headSize - first // the file offset of body[0], for errors
      const children: number[] = []
      for (let i = 0; i < entries; i++) {
        const at = first + i * (keySize + offsetSize)
        const child = this.addressAt(body, at + keySize, base)
        if (level > 0) children.push(child)
        // A chunk key starts with the chunk's stored size (u32).
        else leaf(child, type === 1 ? this.uintAt(body, at, 4, base, 'chunk size') : 0)
      }
      if (children.length > 0) visited ??= new Set([nodeAddress])
      // Pushed last child first, so the first child is walked first.
      for (let i = children.length - 1; i >= 0; i--) stack.push({ address: children[i], level: level - 1 })
    }
  }

  private parseLink(message: Message): { name: string; address: number } | undefined {
    const reader = new BinaryReader(message.data, this.source.name, message.offset)
    reader.u8() // version
    const flags = reader.u8()
    const linkType = (flags & 0x08) !== 0 ? reader.u8() : 0
    if ((flags & 0x04) !== 0) reader.skip(8) // creation order
    if ((flags & 0x10) !== 0) reader.u8() // charset
    const nameLength = readSized(reader, 1 << (flags & 0x03), this.source.name, 'link name length')
    const name = reader.utf8(nameLength)
    if (linkType !== 0) {
      this.skipLink(linkType === 1 ? 'soft' : 'external', name)
      return undefined
    }
    const address = this.address(reader)
    if (address === UNDEFINED_ADDRESS) {
      this.skipLink('unresolved', name)
      return undefined
    }
    return { name, address }
  }

  /**
   * A link the walk does not follow: soft and external links name a path, not an object header
   * (their target, if in this file, is walked under its own name); a hard link to the undefined
   * address points at no object at all.
   */
  private skipLink(kind: 'soft' | 'external' | 'unresolved', name: string): void {
    this.tree.warnings.push(
      kind === 'unresolved' ? `HDF5 link '${name}' points at the undefined address (no object) and was skipped` : `HDF5 ${kind} link '${name}' was not followed`
    )
  }

  /**
   * Links of a new-style group in dense storage (spec IV.A.2.c, III.G, III.A.2): the link info
   * message names a fractal heap holding the link messages and a v2 B-tree (record type 5:
   * name hash, heap ID) indexing them by name. Groups with few links keep them as link messages
   * in the header instead (then the heap address is undefined).
   */
  private async denseLinks(message: Message, sink: LinkSink): Promise<void> {
    const reader = new BinaryReader(message.data, this.source.name, message.offset)
    reader.u8() // version
    const flags = reader.u8()
    if ((flags & 0x01) !== 0) reader.skip(8) // max creation index
    const heapAddress = this.address(reader)
    const nameIndex = this.address(reader)
    if (heapAddress === UNDEFINED_ADDRESS || nameIndex === UNDEFINED_ADDRESS) return
    const heap = await this.readFractalHeap(heapAddress)
    await this.walkBtree2(nameIndex, async (record) => {
      record.u32() // name hash
      const object = await this.heapObject(heap, record.take(record.remaining))
      const link = this.parseLink(Message.of(MSG_LINK, object.offset, object.data))
      if (link) sink.add(link.name, link.address)
    })
  }

  private async readFractalHeap(address: number): Promise<FractalHeap> {
    const { offsetSize: o, lengthSize: l } = this.superblock
    const size = 4 + 1 + 2 + 2 + 1 + 4 + l + o + l + o + 8 * l + 2 + l + l + 2 + 2 + o + 2
    const head = await this.readAt(address, size, 'fractal heap header')
    if (head.utf8(4) !== 'FRHP') throw this.fail('fractal heap header without its FRHP signature', address)
    head.u8() // version
    head.u16() // heap ID length
    const filtersLength = head.u16()
    head.u8() // flags
    const maxManagedObject = head.u32()
    head.skip(l + o + l + o + 8 * l) // huge objects, free space, managed space counters
    const width = head.u16()
    const startingBlock = this.length(head, 'fractal heap starting block size')
    const maxDirectBlock = this.length(head, 'fractal heap maximum direct block size')
    const maxHeapBits = head.u16()
    head.u16() // starting rows in the root indirect block
    const root = this.address(head)
    const rows = head.u16()
    if (filtersLength > 0) {
      throw new UnsupportedFormatError(this.source.name, 'an HDF5 group whose link heap is compressed (I/O filters on a fractal heap)')
    }
    if (width === 0 || startingBlock === 0 || maxDirectBlock < startingBlock) {
      throw this.fail(`fractal heap with table width ${width} and block sizes ${startingBlock}..${maxDirectBlock}`, address)
    }
    return {
      address,
      width,
      startingBlock,
      maxDirectRows: Math.log2(maxDirectBlock) - Math.log2(startingBlock) + 2,
      root,
      rows,
      offsetBytes: Math.ceil(maxHeapBits / 8),
      lengthBytes: bytesFor(Math.min(maxDirectBlock, maxManagedObject))
    }
  }

  /** The bytes of a fractal heap object from its heap ID (managed or tiny objects). */
  private async heapObject(heap: FractalHeap, id: Uint8Array): Promise<{ offset: number; data: Uint8Array }> {
    const reader = new BinaryReader(id, this.source.name)
    const first = reader.u8()
    const type = (first >> 4) & 0x03
    if (type === 2) return { offset: 0, data: reader.take(Math.min(reader.remaining, (first & 0x0f) + 1)) } // tiny: inline
    if (type !== 0) throw new UnsupportedFormatError(this.source.name, 'an HDF5 link stored as a "huge" fractal heap object')
    const offset = readSized(reader, heap.offsetBytes, this.source.name, 'heap object offset')
    const length = readSized(reader, heap.lengthBytes, this.source.name, 'heap object length')
    let blockAddress = heap.root
    let blockOffset = 0
    if (heap.rows > 0) {
      // Root indirect block: row r holds `width` direct blocks of startingBlock·2^max(0, r-1) bytes.
      let row = 0
      let rowStart = 0
      const rowBlock = (r: number): number => heap.startingBlock * 2 ** Math.max(0, r - 1)
      while (row < heap.rows && offset >= rowStart + heap.width * rowBlock(row)) {
        rowStart += heap.width * rowBlock(row)
        row++
      }
      if (row >= heap.rows) throw this.fail(`heap object offset ${offset} beyond the fractal heap`, heap.address)
      if (row >= heap.maxDirectRows) {
        throw new UnsupportedFormatError(this.source.name, 'an HDF5 group whose link heap has nested indirect blocks')
      }
      const column = Math.floor((offset - rowStart) / rowBlock(row))
      blockOffset = rowStart + column * rowBlock(row)
      const { offsetSize } = this.superblock
      const entryAt = heap.root + 4 + 1 + offsetSize + heap.offsetBytes + (row * heap.width + column) * offsetSize
      blockAddress = this.address(await this.readAt(entryAt, offsetSize, 'fractal heap indirect block'))
      if (blockAddress === UNDEFINED_ADDRESS) throw this.fail(`heap object offset ${offset} in an unallocated block`, entryAt)
    }
    const at = blockAddress + (offset - blockOffset)
    this.checkBlock('fractal heap object', length)
    return { offset: at, data: (await this.readAt(at, length, 'fractal heap object')).bytes }
  }

  // --- datasets -----------------------------------------------------------------------------------

  /** A dataset from its header's messages; chunked storage is final once `btree` is resolved. */
  private parseDataset(
    path: string,
    address: number,
    messages: MessageList,
    attributes: ReadonlyMap<string, AttributeValue>,
    linkedAgain: boolean
  ): { dataset: Hdf5Dataset; btree?: ChunkBtree } {
    // The first message of each type, in one pass (this runs once per dataset).
    let dataspace: Message | undefined
    let datatype: Message | undefined
    let layout: Message | undefined
    let external = false
    for (let i = 0; i < messages.length; i++) {
      const message = messages.get(i)
      if (message.type === MSG_DATASPACE) dataspace ??= message
      else if (message.type === MSG_DATATYPE) datatype ??= message
      else if (message.type === MSG_LAYOUT) layout ??= message
      else if (message.type === MSG_EXTERNAL_FILES) external = true
    }
    // Dataspace and datatype are read in place in the header block.
    const shape = dataspace ? this.parseDataspace(dataspace.block, dataspace.at, dataspace.at + dataspace.size, dataspace.offset) : []
    const type = datatype ? this.parseDatatype(datatype.block, datatype.at, datatype.at + datatype.size, datatype.offset) : { dtype: 'unknown', size: 0 }
    // The chunk grid of an implicit index spans the maximum dimensions (read only for one).
    const extent = (): readonly number[] => (dataspace && this.maxDimensions(dataspace)) ?? shape
    const { storage, btree } = this.parseLayout(layout!, path, elementCount(shape) * type.size, extent)
    if (external) {
      if (!linkedAgain) this.tree.warnings.push(`dataset '${path}' stores its data in external files, which are not counted`)
      storage.layout = 'external'
      storage.byteLength = 0
    }
    const bfloat16 = attributes.get('dtype') === 'bfloat16' // Keras stores bfloat16 as 16-bit data with this attribute
    const dataset: Hdf5Dataset = { path, address, dtype: bfloat16 ? 'bfloat16' : type.dtype, shape, storage, attributes }
    if (!btree) this.checkInside(dataset)
    return { dataset, btree }
  }

  private checkInside(dataset: Hdf5Dataset): void {
    const { offset, byteLength } = dataset.storage
    if (offset + byteLength > this.source.size) {
      throw this.fail(`dataset '${dataset.path}' claims bytes ${offset}..${offset + byteLength}, beyond the end of the file`, offset)
    }
  }

  /**
   * Dataspace message (spec IV.A.2.b): version, rank, flags, then (v1) 5 reserved bytes or (v2)
   * the dataspace type, then the dimension sizes. Read in place, into an array of exactly `rank`
   * numbers (one per dataset is kept; an array grown by push reserves 17 slots).
   */
  private parseDataspace(bytes: Uint8Array, start: number, end: number, offset: number): number[] {
    // The message is bytes[start, end), at file offset `offset`.
    if (end - start < 4) throw this.fail('dataspace message shorter than its header', offset)
    const version = bytes[start]
    const rank = bytes[start + 1]
    if (rank > MAX_DIMS) throw new LimitExceededError(this.source.name, 'HDF5 dataspace rank', rank, MAX_DIMS)
    let at: number
    if (version === 1) at = start + 8
    else if (version === 2) {
      if (bytes[start + 3] === 2) return [] // null dataspace: no elements
      at = start + 4
    } else throw this.fail(`unknown dataspace version ${version}`, offset)
    const { lengthSize } = this.superblock
    if (at + rank * lengthSize > end) throw this.fail('dimension sizes run past the end of the dataspace message', offset)
    const base = offset - start
    const recent = this.recentShape(bytes, at, rank, base)
    if (recent !== undefined) return recent
    const shape = new Array<number>(rank)
    for (let i = 0; i < rank; i++) shape[i] = this.uintAt(bytes, at + i * lengthSize, lengthSize, base, 'dimension size')
    this.recentShapes[this.nextRecentShape] = shape
    this.nextRecentShape = (this.nextRecentShape + 1) % RECENT_SHAPES
    return shape
  }

  /**
   * The maximum dimension sizes of a dataspace message, when it has them (flags bit 0) and none
   * is unlimited; else undefined.
   */
  private maxDimensions(message: Message): number[] | undefined {
    const { block: bytes, at: start, size, offset } = message
    const version = bytes[start]
    const rank = bytes[start + 1]
    if ((bytes[start + 2] & 0x01) === 0 || rank > MAX_DIMS) return undefined
    const { lengthSize } = this.superblock
    const at = (version === 1 ? start + 8 : start + 4) + rank * lengthSize
    if (at + rank * lengthSize > start + size) throw this.fail('maximum dimension sizes run past the end of the dataspace message', offset)
    const dims: number[] = []
    for (let i = 0; i < rank; i++) {
      let unlimited = true
      for (let b = 0; b < lengthSize; b++) if (bytes[at + i * lengthSize + b] !== 0xff) unlimited = false
      if (unlimited) return undefined
      dims.push(this.uintAt(bytes, at + i * lengthSize, lengthSize, offset - start, 'maximum dimension size'))
    }
    return dims
  }

  /**
   * Shapes met lately, shared by the datasets that have them: a model repeats a few shapes (each
   * layer's kernel and bias), and every TensorInfo keeps its shape to the end of the read, so one
   * array per distinct shape, not per dataset (56 bytes a tensor; 5.6 MB at 10^5). Shapes handed
   * out are therefore shared: nothing modifies one.
   */
  private readonly recentShapes: number[][] = []
  private nextRecentShape = 0

  /** The recent shape whose `rank` dimensions are the sizes at bytes[at…], if there is one. */
  private recentShape(bytes: Uint8Array, at: number, rank: number, base: number): number[] | undefined {
    const { lengthSize } = this.superblock
    const shapes = this.recentShapes
    for (let s = 0; s < shapes.length; s++) {
      const shape = shapes[s]
      if (shape.length !== rank) continue
      let same = true
      for (let i = 0; i < rank && same; i++) same = this.uintAt(bytes, at + i * lengthSize, lengthSize, base, 'dimension size') === shape[i]
      if (same) return shape
    }
    return undefined
  }

  /** Datatype message (spec IV.A.2.d): class and version in byte 0, 3 bytes of class bits, size (u32 at 4). */
  private parseDatatype(bytes: Uint8Array, start: number, end: number, offset: number): Datatype {
    // The message is bytes[start, end), at file offset `offset`.
    if (end - start < 8) throw this.fail('datatype message shorter than its header', offset)
    return datatypeOf(bytes[start] & 0x0f, bytes[start + 1], this.uintAt(bytes, start + 4, 4, offset - start, 'datatype size'))
  }

  /** The chunk rank of a layout message (dataset rank + 1 for the element size). */
  private layoutRank(dimensionality: number): number {
    if (dimensionality > MAX_DIMS + 1) throw new LimitExceededError(this.source.name, 'HDF5 data layout rank', dimensionality, MAX_DIMS + 1)
    return dimensionality
  }

  /**
   * Data layout message (spec IV.A.2.i); `logicalBytes` sizes an unfiltered single chunk, `extent`
   * gives the dimensions an implicit chunk index allocates chunks for.
   */
  private parseLayout(
    message: Message,
    path: string,
    logicalBytes: number,
    extent: () => readonly number[]
  ): { storage: DatasetStorage; btree?: ChunkBtree } {
    const { offsetSize, lengthSize } = this.superblock
    const { block, at, size } = message
    if (block[at] === 3 && block[at + 1] === 1 && size >= 2 + offsetSize + lengthSize) {
      // Version 3 contiguous (version, class, address, size): what h5py writes for every
      // unchunked dataset, read in place rather than through a view and a cursor per dataset.
      const base = message.offset - at
      return { storage: contiguous(this.addressAt(block, at + 2, base), this.uintAt(block, at + 2 + offsetSize, lengthSize, base, 'contiguous storage size')) }
    }
    const reader = new BinaryReader(message.data, this.source.name, message.offset)
    const version = reader.u8()
    if (version === 1 || version === 2) {
      const dimensionality = this.layoutRank(reader.u8())
      const layoutClass = reader.u8()
      reader.skip(5)
      const dataAddress = layoutClass !== 0 ? this.address(reader) : UNDEFINED_ADDRESS
      const dims: number[] = []
      for (let i = 0; i < dimensionality; i++) dims.push(reader.u32())
      if (layoutClass === 0) {
        const size = reader.u32()
        return { storage: { layout: 'compact', offset: message.offset + reader.position, byteLength: size } }
      }
      if (layoutClass === 1) {
        // v1/v2 contiguous: the size is the dims (the last one being the element size) multiplied.
        return { storage: contiguous(dataAddress, elementCount(dims)) }
      }
      return { storage: chunkedPending(), btree: { kind: 'btree1', address: dataAddress, dimensions: dimensionality - 1 } }
    }
    // Version 5 (HDF5 2.0, written for filtered chunked datasets under libver latest) has the v4
    // fields; checked on files written by h5wasm 0.10.3.
    if (version >= 3 && version <= 5) {
      const layoutClass = reader.u8()
      if (layoutClass === 0) {
        const size = reader.u16()
        return { storage: { layout: 'compact', offset: message.offset + reader.position, byteLength: size } }
      }
      if (layoutClass === 1) {
        const dataAddress = this.address(reader)
        return { storage: contiguous(dataAddress, this.length(reader, 'contiguous storage size')) }
      }
      if (layoutClass === 3) return { storage: { layout: 'virtual', offset: 0, byteLength: 0 } }
      if (layoutClass !== 2) throw this.fail(`unknown data layout class ${layoutClass} for dataset '${path}'`, message.offset)
      if (version === 3) {
        const dimensionality = this.layoutRank(reader.u8())
        const btreeAddress = this.address(reader)
        return { storage: chunkedPending(), btree: { kind: 'btree1', address: btreeAddress, dimensions: dimensionality - 1 } }
      }
      const flags = reader.u8()
      const dimensionality = this.layoutRank(reader.u8())
      const encoded = reader.u8()
      if (encoded < 1 || encoded > 8) throw this.fail(`chunk dimension sizes of ${encoded} bytes`, message.offset)
      // Chunk dimensions, the last one being the element size (as in v3): their product is a chunk's bytes.
      const chunkDims = new Array<number>(dimensionality)
      let chunkBytes = 1
      for (let i = 0; i < dimensionality; i++) chunkBytes *= chunkDims[i] = readSized(reader, encoded, this.source.name, 'chunk dimension')
      const filtered = (flags & 0x02) !== 0
      const indexType = reader.u8()
      switch (indexType) {
        case 1: {
          // Single chunk: the whole dataset is one chunk at the index address.
          const size = filtered ? this.length(reader, 'filtered chunk size') : logicalBytes
          if (filtered) reader.u32() // filter mask
          const dataAddress = this.address(reader)
          return { storage: { ...contiguous(dataAddress, size), layout: 'chunked', chunks: 1 } }
        }
        case 2: {
          // Implicit: unfiltered chunks allocated back to back, no index, one per cell of the
          // chunk grid: the product of each dimension's ceil(size / chunk size) (H5Dnone.c:
          // max_nchunks), which exceeds ceil(elements / chunk elements) when a dimension is not a
          // multiple of its chunk (a [10, 5] dataset in [4, 2] chunks: 3·3 = 9 chunks, not 7).
          const dataAddress = this.address(reader)
          const chunks = chunkGridCells(extent(), chunkDims)
          return { storage: { ...contiguous(dataAddress, chunks * chunkBytes), layout: 'chunked', chunks } }
        }
        case 3: {
          reader.u8() // page bits (the header repeats them)
          const address = this.address(reader)
          return { storage: chunkedPending(), btree: { kind: 'fixed-array', address, chunkBytes } }
        }
        case 5: {
          reader.skip(6) // node size, split and merge percentages (the header repeats them)
          const address = this.address(reader)
          return { storage: chunkedPending(), btree: { kind: 'btree2', address, chunkBytes, dimensions: dimensionality - 1 } }
        }
      }
      throw new UnsupportedFormatError(
        this.source.name,
        `dataset '${path}' uses HDF5 chunk index type ${indexType} (layout v4${indexType === 4 ? ', extensible array' : ''})`,
        'h5py writes it only with libver="latest" and resizable datasets; save with the default libver.'
      )
    }
    throw this.fail(`unknown data layout version ${version} for dataset '${path}'`, message.offset)
  }

  /** Sums the chunks listed by a dataset's chunk index (each chunk's stored, possibly filtered, size). */
  private async resolveChunks(dataset: Hdf5Dataset, index: ChunkBtree): Promise<void> {
    const storage = dataset.storage
    if (index.address === UNDEFINED_ADDRESS) return // no chunk written yet
    let first = Number.POSITIVE_INFINITY
    let total = 0
    let chunks = 0
    const add = (chunkAddress: number, chunkSize: number): void => {
      if (chunkAddress === UNDEFINED_ADDRESS) return
      if (chunkAddress + chunkSize > this.source.size) {
        throw this.fail(`a chunk of dataset '${dataset.path}' extends beyond the end of the file`, chunkAddress)
      }
      first = Math.min(first, chunkAddress)
      total += chunkSize
      chunks++
    }
    if (index.kind === 'btree1') await this.walkBtree(index.address, index.dimensions, add)
    else if (index.kind === 'fixed-array') await this.walkFixedArray(index, add)
    else {
      const { offsetSize } = this.superblock
      await this.walkBtree2(index.address, async (record, type) => {
        const chunkAddress = readAddress(record, offsetSize, this.source.name)
        let size = index.chunkBytes
        if (type === 11) {
          // Type 11: address, chunk size (the bytes the record has left after the mask and offsets), filter mask, offsets.
          size = readSized(record, record.length - offsetSize - 4 - 8 * index.dimensions, this.source.name, 'chunk size')
        }
        add(chunkAddress, size)
      })
    }
    // TensorInfo has one span: the first chunk's offset, all chunks' stored bytes (chunks need not be
    // adjacent: the HDF5 library interleaves them with other objects).
    storage.offset = chunks > 0 ? first : 0
    storage.byteLength = total
    storage.chunks = chunks
    this.checkInside(dataset)
  }

  /** Fixed array chunk index (spec III.H): FAHD header, FADB data block, optionally paged. */
  private async walkFixedArray(
    index: { address: number; chunkBytes: number },
    add: (address: number, size: number) => void
  ): Promise<void> {
    const { offsetSize, lengthSize } = this.superblock
    const head = await this.readAt(index.address, 8 + lengthSize + offsetSize, 'fixed array header')
    if (head.utf8(4) !== 'FAHD') throw this.fail('fixed array header without its FAHD signature', index.address)
    head.u8() // version
    const filtered = head.u8() === 1 // client id: 0 plain chunks, 1 filtered chunks (with their sizes)
    const entrySize = head.u8()
    const pageBits = head.u8()
    const entries = this.length(head, 'fixed array entries')
    const dataBlock = this.address(head)
    if (entries > MAX_HDF5_CHUNKS) throw new LimitExceededError(this.source.name, 'chunks of one HDF5 dataset', entries, MAX_HDF5_CHUNKS)
    if (dataBlock === UNDEFINED_ADDRESS) return
    const pageEntries = 2 ** pageBits
    const paged = entries > pageEntries
    const pages = paged ? Math.ceil(entries / pageEntries) : 1
    const prefix = 6 + offsetSize + (paged ? Math.ceil(pages / 8) : 0)
    const size = paged ? prefix + 4 + entries * entrySize + pages * 4 : prefix + entries * entrySize + 4
    this.checkBlock('fixed array data block', size)
    const block = await this.readAt(dataBlock, size, 'fixed array data block')
    if (block.utf8(4) !== 'FADB') throw this.fail('fixed array data block without its FADB signature', dataBlock)
    // Unpaged: elements follow the prefix; paged: the prefix has its checksum, then each page ends in one.
    let at = paged ? prefix + 4 : prefix
    for (let i = 0; i < entries; i++) {
      if (paged && i > 0 && i % pageEntries === 0) at += 4
      block.seek(at)
      const chunkAddress = readAddress(block, offsetSize, this.source.name)
      const chunkSize = filtered ? readSized(block, entrySize - offsetSize - 4, this.source.name, 'chunk size') : index.chunkBytes
      add(chunkAddress, chunkSize)
      at += entrySize
    }
  }

  /**
   * Walks a version 2 B-tree (spec III.A.2), calling `record` with a reader over each record.
   * Field widths of the child pointers follow from the node size (as H5B2__hdr_init computes them).
   */
  private async walkBtree2(address: number, record: (reader: BinaryReader, type: number) => Promise<void>): Promise<void> {
    const { offsetSize, lengthSize } = this.superblock
    const head = await this.readAt(address, 16 + offsetSize + 2 + lengthSize, 'v2 B-tree header')
    if (head.utf8(4) !== 'BTHD') throw this.fail('v2 B-tree header without its BTHD signature', address)
    head.u8() // version
    const type = head.u8()
    const nodeSize = head.u32()
    const recordSize = head.u16()
    const depth = head.u16()
    head.skip(2) // split, merge percentages
    const root = this.address(head)
    const rootRecords = head.u16()
    if (depth > MAX_HDF5_DEPTH || recordSize === 0 || nodeSize <= 10 + recordSize) {
      throw this.fail(`v2 B-tree with depth ${depth}, node size ${nodeSize} and record size ${recordSize}`, address)
    }
    this.checkBlock('v2 B-tree node', nodeSize)
    // max records per node and the byte widths of the counts, per depth (leaves are depth 0).
    const maxRecords: number[] = [Math.floor((nodeSize - 10) / recordSize)]
    const countBytes: number[] = [bytesFor(maxRecords[0])]
    const cumulative: number[] = [maxRecords[0]]
    const cumulativeBytes: number[] = [bytesFor(cumulative[0])]
    for (let d = 1; d <= depth; d++) {
      const pointer = offsetSize + countBytes[d - 1] + (d > 1 ? cumulativeBytes[d - 1] : 0)
      maxRecords[d] = Math.floor((nodeSize - 10) / (recordSize + pointer))
      countBytes[d] = bytesFor(maxRecords[d])
      cumulative[d] = (maxRecords[d] + 1) * cumulative[d - 1] + maxRecords[d]
      cumulativeBytes[d] = bytesFor(cumulative[d])
    }
    const visited = new Set<number>()
    const visit = async (nodeAddress: number, records: number, level: number): Promise<void> => {
      if (nodeAddress === UNDEFINED_ADDRESS || records === 0) return
      if (visited.has(nodeAddress)) throw this.fail('v2 B-tree nodes form a cycle', nodeAddress)
      visited.add(nodeAddress)
      if (++this.btreeNodesRead > MAX_HDF5_BTREE_NODES) {
        throw new LimitExceededError(this.source.name, 'number of HDF5 B-tree nodes', this.btreeNodesRead, MAX_HDF5_BTREE_NODES)
      }
      if (records > maxRecords[level]) throw this.fail(`v2 B-tree node with ${records} records, over its ${maxRecords[level]}`, nodeAddress)
      const node = await this.readAt(nodeAddress, nodeSize, 'v2 B-tree node')
      const signature = node.utf8(4)
      if (signature !== (level === 0 ? 'BTLF' : 'BTIN')) throw this.fail(`v2 B-tree node with signature '${signature}' at depth ${level}`, nodeAddress)
      node.skip(2)
      for (let i = 0; i < records; i++) {
        await record(new BinaryReader(node.take(recordSize), this.source.name, nodeAddress + node.position - recordSize), type)
      }
      if (level === 0) return
      const children: { address: number; records: number }[] = []
      for (let i = 0; i <= records; i++) {
        const child = this.address(node)
        const count = readSized(node, countBytes[level - 1], this.source.name, 'v2 B-tree child record count')
        if (level > 1) node.skip(cumulativeBytes[level - 1])
        children.push({ address: child, records: count })
      }
      for (const child of children) await visit(child.address, child.records, level - 1)
    }
    await visit(root, rootRecords, depth)
  }

  // --- attributes ---------------------------------------------------------------------------------

  /** Variable-length strings: each element is (length u32, global heap collection address, object index u32). */
  private async vlenStrings(raw: Uint8Array, count: number, scalar: boolean): Promise<AttributeValue> {
    const reader = new BinaryReader(raw, this.source.name)
    const strings: string[] = []
    for (let i = 0; i < count; i++) {
      reader.u32() // sequence length (bytes, for strings)
      const collection = this.address(reader)
      const index = reader.u32()
      if (collection === UNDEFINED_ADDRESS) {
        strings.push('')
        continue
      }
      const objects = await this.globalHeap(collection)
      strings.push(UTF8.decode(objects.get(index) ?? new Uint8Array(0)))
    }
    return scalar ? strings[0] : strings
  }

  private readonly globalHeaps = new Map<number, Map<number, Uint8Array>>()

  /** A global heap collection (spec III.E): GCOL, version, collection size, then the objects. */
  private async globalHeap(address: number): Promise<Map<number, Uint8Array>> {
    const cached = this.globalHeaps.get(address)
    if (cached) return cached
    const { lengthSize } = this.superblock
    const head = await this.readAt(address, 8 + lengthSize, 'global heap')
    if (head.utf8(4) !== 'GCOL') throw this.fail('global heap collection without its GCOL signature', address)
    head.skip(4)
    const size = this.length(head, 'global heap size')
    if (size > MAX_HDF5_HEAP_BYTES) throw new LimitExceededError(this.source.name, 'HDF5 global heap size', size, MAX_HDF5_HEAP_BYTES)
    const reader = await this.readAt(address, size, 'global heap')
    reader.seek(8 + lengthSize)
    const objects = new Map<number, Uint8Array>()
    while (reader.remaining >= 8 + lengthSize) {
      const index = reader.u16()
      if (index === 0) break // free space
      reader.skip(6) // reference count, reserved
      const objectSize = this.length(reader, 'global heap object size')
      // A copy: the collection is kept for the whole walk, past the cache recycling the block it was read from.
      objects.set(index, reader.take(objectSize).slice())
      reader.skip(Math.min(reader.remaining, (8 - (objectSize % 8)) % 8))
    }
    this.globalHeaps.set(address, objects)
    return objects
  }

  /** An attribute message's name (spec IV.A.2.m): version, flags, name size (u16 at 2), …, the name at 8 (9 in v3). */
  private attributeName(message: Message): string {
    const { block, at, size } = message
    if (size < 8) return new BinaryReader(message.data, this.source.name, message.offset).utf8(8) // throws the truncation error
    const nameSize = block[at + 2] | (block[at + 3] << 8)
    const start = block[at] === 3 ? 9 : 8
    if (start + nameSize > size) throw this.fail('attribute name runs past the end of its message', message.offset)
    // Most objects repeat the attribute name of the one before (weight_names on each layer group).
    if (isString(block, at + start, at + start + nameSize, this.lastAttributeName)) return this.lastAttributeName
    this.lastAttributeName = shortString(block, at + start, at + start + nameSize)
    return this.lastAttributeName
  }

  private lastAttributeName = ''

  private async parseAttribute(message: Message): Promise<{ name: string; value: AttributeValue }> {
    const reader = new BinaryReader(message.data, this.source.name, message.offset)
    const version = reader.u8()
    reader.u8() // reserved / flags
    const nameSize = reader.u16()
    const datatypeSize = reader.u16()
    const dataspaceSize = reader.u16()
    if (version === 3) reader.u8() // name character set
    const padded = (n: number): number => (version === 1 ? Math.ceil(n / 8) * 8 : n)
    const nameBytes = reader.take(padded(nameSize))
    const name = UTF8.decode(nameBytes.subarray(0, nameSize)).replace(/\0+$/, '')
    const typeReader = new BinaryReader(reader.take(padded(datatypeSize)), this.source.name, message.offset + reader.position)
    const spaceReader = new BinaryReader(reader.take(padded(dataspaceSize)), this.source.name, message.offset + reader.position)
    let value: AttributeValue
    try {
      const type = this.parseDatatype(typeReader.bytes, 0, typeReader.length, typeReader.baseOffset)
      const shape = this.parseDataspace(spaceReader.bytes, 0, spaceReader.length, spaceReader.baseOffset)
      const count = elementCount(shape)
      const bytes = type.size * count
      if (bytes > MAX_HDF5_ATTRIBUTE_VALUE_BYTES || bytes > reader.remaining) return { name, value: undefined }
      const raw = reader.take(bytes)
      if (type.vlenString) {
        value = await this.vlenStrings(raw, count, shape.length === 0)
      } else value = decodeAttribute(type, count, shape.length === 0, raw)
    } catch (error) {
      if (error instanceof LimitExceededError) throw error
      value = undefined // an attribute we cannot decode is not needed to size the file
    }
    return { name, value }
  }
}

interface FractalHeap {
  address: number
  width: number
  startingBlock: number
  /** Rows of the doubling table that are direct blocks. */
  maxDirectRows: number
  root: number
  /** Rows in the root indirect block; 0 when the root is a direct block. */
  rows: number
  offsetBytes: number
  lengthBytes: number
}

/** Where a chunked dataset's chunks are listed. */
type ChunkBtree =
  /** Layout v1-v3: a version 1 B-tree of chunks; `dimensions` is the dataset rank. */
  | { kind: 'btree1'; address: number; dimensions: number }
  /** Layout v4 fixed array (index type 3): one entry per chunk. */
  | { kind: 'fixed-array'; address: number; chunkBytes: number }
  /** Layout v4 version 2 B-tree (index type 5): records of type 10 (plain) or 11 (filtered). */
  | { kind: 'btree2'; address: number; chunkBytes: number; dimensions: number }

/** Chunked storage before its B-tree is walked. */
function chunkedPending(): DatasetStorage {
  return { layout: 'chunked', offset: 0, byteLength: 0, chunks: 0 }
}

function contiguous(address: number, size: number): DatasetStorage {
  // An undefined address: the dataset was created but never written (no bytes on disk).
  if (address === UNDEFINED_ADDRESS) return { layout: 'contiguous', offset: 0, byteLength: 0 }
  return { layout: 'contiguous', offset: address, byteLength: size }
}

/** Bytes that encode counts up to `max` (H5VM_limit_enc_size). */
/** A dataset whose storage offset moves by `by` bytes (a user block before the superblock). */
function shiftedBy(dataset: Hdf5Dataset, by: number): Hdf5Dataset {
  dataset.storage.offset += by
  return dataset
}

/**
 * Where the superblock is: HDF5 looks for its signature at byte 0, then at 512, 1024, 2048, … (a
 * user block of a power-of-two size from 512 comes first; spec II.A "Superblock"). The search stops
 * at the end of the file, so it reads at most ~40 signatures.
 */
async function findSuperblock(source: ByteSource): Promise<number> {
  for (let at = 0; at + 8 <= source.size; at = at === 0 ? USER_BLOCK_MIN : at * 2) {
    if (hasHdf5Signature(await source.read(at, 8))) return at
  }
  throw new FormatError(source.name, `not an HDF5 file: the signature \\x89HDF\\r\\n\\x1a\\n is missing at byte 0 and at 512, 1024, … (where a user block would end)`, {
    offset: 0
  })
}

/** The smallest user block; larger ones double it (spec II.A). */
const USER_BLOCK_MIN = 512

/**
 * Chunks in the grid that covers `extent` with chunks of `chunkDims` (the last of which is the
 * element size): the product of each dimension's ceil(size / chunk size).
 */
function chunkGridCells(extent: readonly number[], chunkDims: readonly number[]): number {
  let cells = 1
  for (let i = 0; i < extent.length; i++) cells *= Math.ceil(extent[i] / Math.max(1, chunkDims[i] ?? 1))
  return cells
}

function bytesFor(max: number): number {
  return Math.floor(Math.log2(Math.max(1, max)) / 8) + 1
}

function elementCount(shape: readonly number[]): number {
  return shape.reduce((a, b) => a * b, 1)
}

function checkSizes(file: string, offsetSize: number, lengthSize: number): void {
  for (const [what, size] of [
    ['size of offsets', offsetSize],
    ['size of lengths', lengthSize]
  ] as const) {
    if (![2, 4, 8].includes(size)) {
      throw new FormatError(file, `invalid HDF5 superblock: ${what} is ${size} (expected 2, 4 or 8)`, { offset: 13 })
    }
  }
}

/** An address of `size` bytes; all 0xFF bytes is the undefined address. */
function readAddress(reader: BinaryReader, size: number, file: string): number {
  // Read in place (no subarray per field): a walk reads a few addresses per object, 10^5 objects.
  reader.need(size)
  const { bytes, position } = reader
  let undefinedAddress = true
  for (let i = 0; i < size; i++) if (bytes[position + i] !== 0xff) undefinedAddress = false
  if (undefinedAddress) {
    reader.skip(size)
    return UNDEFINED_ADDRESS
  }
  return readSized(reader, size, file, 'address')
}

function readSized(reader: BinaryReader, size: number, file: string, what: string): number {
  reader.need(size)
  const { bytes, position } = reader
  let value = 0
  for (let i = size - 1; i >= 0; i--) value = value * 256 + bytes[position + i]
  if (!Number.isSafeInteger(value)) throw new FormatError(file, `${what} is larger than 2^53`, { offset: reader.baseOffset + position })
  reader.skip(size)
  return value
}

function heapString(heap: Uint8Array, offset: number, file: string, heapAddress: number): string {
  if (offset >= heap.length) throw new FormatError(file, `link name offset ${offset} outside the local heap`, { offset: heapAddress })
  // A loop, not heap.indexOf: names are a few bytes, and the builtin's call costs more than the scan.
  let end = offset
  while (end < heap.length && heap[end] !== 0) end++
  return shortString(heap, offset, end)
}

/**
 * The char codes of the name shortString is building: one array per name length, reused for
 * every name of that length (setting an array's length per name cost more than the name).
 */
const nameCodes: number[][] = Array.from({ length: 65 }, (_, length) => new Array<number>(length).fill(0))

/**
 * The UTF-8 string in bytes[start, end), less trailing NULs. Names (a link and an attribute name
 * per object, 3·10^5 at 10^5 layers) are short ASCII: made in one String.fromCharCode call from
 * their codes, without a view or a TextDecoder call (a string built a character at a time was
 * a new string per character); anything else goes to the decoder.
 */
function shortString(bytes: Uint8Array, start: number, end: number): string {
  while (end > start && bytes[end - 1] === 0) end--
  const length = end - start
  if (length >= nameCodes.length) return UTF8.decode(bytes.subarray(start, end))
  const codes = nameCodes[length]
  for (let i = 0; i < length; i++) {
    const byte = bytes[start + i]
    if (byte >= 0x80 || byte === 0) return UTF8.decode(bytes.subarray(start, end)).replace(/\0+$/, '')
    codes[i] = byte
  }
  return String.fromCharCode.apply(null, codes)
}

/** Whether bytes[start, end), less trailing NULs, are ASCII and spell `text` (what shortString would return). */
function isString(bytes: Uint8Array, start: number, end: number, text: string): boolean {
  while (end > start && bytes[end - 1] === 0) end--
  if (end - start !== text.length) return false
  for (let i = 0; i < text.length; i++) {
    const byte = bytes[start + i]
    if (byte === 0 || byte >= 0x80 || byte !== text.charCodeAt(i)) return false
  }
  return true
}

interface Datatype {
  dtype: string
  /** Bytes per element. */
  size: number
  class: number
  signed?: boolean
  /** For variable-length types: the base is a string. */
  vlenString?: boolean
}

/** A datatype from its class, the first byte of its class bits and its size in bytes. */
function datatypeOf(typeClass: number, bits0: number, size: number): Datatype {
  switch (typeClass) {
    case 0: {
      const signed = (bits0 & 0x08) !== 0
      const bits = size * 8
      return { dtype: [1, 2, 4, 8].includes(size) ? `${signed ? 'int' : 'uint'}${bits}` : `int${bits}`, size, class: 0, signed }
    }
    case 1:
      return { dtype: size === 2 ? 'float16' : size === 4 ? 'float32' : size === 8 ? 'float64' : `float${size * 8}`, size, class: 1 }
    case 3:
      return { dtype: 'string', size, class: 3 }
    case 6:
      // h5py writes numpy complex as a compound of two floats (r, i).
      return { dtype: size === 8 ? 'complex64' : size === 16 ? 'complex128' : 'compound', size, class: 6 }
    case 8:
      // h5py writes numpy bool as an enum over int8 (FALSE = 0, TRUE = 1).
      return { dtype: size === 1 ? 'bool' : 'enum', size, class: 8 }
    case 9:
      return { dtype: (bits0 & 0x0f) === 1 ? 'string' : 'vlen', size, class: 9, vlenString: (bits0 & 0x0f) === 1 }
    default:
      return { dtype: ['bitfield', 'opaque', 'reference', 'array'][typeClass - 4] ?? `hdf5-class-${typeClass}`, size, class: typeClass }
  }
}

function decodeAttribute(type: Datatype, count: number, scalar: boolean, bytes: Uint8Array): AttributeValue {
  if (type.class === 3) {
    // Each string ends at its first NUL; read in place (layer_names holds 10^5 at 10^5 layers).
    const strings = new Array<string>(count)
    for (let i = 0; i < count; i++) {
      const start = i * type.size
      let end = start
      while (end < start + type.size && bytes[end] !== 0) end++
      strings[i] = shortString(bytes, start, end)
    }
    return scalar ? strings[0] : strings
  }
  if (type.class === 0 || type.class === 1) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    const numbers: number[] = []
    for (let i = 0; i < count; i++) {
      const at = i * type.size
      if (type.class === 1) numbers.push(type.size === 8 ? view.getFloat64(at, true) : type.size === 4 ? view.getFloat32(at, true) : NaN)
      else if (type.size === 8) numbers.push(Number(type.signed ? view.getBigInt64(at, true) : view.getBigUint64(at, true)))
      else if (type.size === 4) numbers.push(type.signed ? view.getInt32(at, true) : view.getUint32(at, true))
      else if (type.size === 2) numbers.push(type.signed ? view.getInt16(at, true) : view.getUint16(at, true))
      else if (type.size === 1) numbers.push(type.signed ? view.getInt8(at) : view.getUint8(at))
    }
    return scalar ? numbers[0] : numbers
  }
  return undefined // variable-length strings live in the global heap; Keras' sizing does not need them
}
