import { LimitExceededError } from '../../core/errors.js'
import { MAX_HDF5_DEPTH, MAX_HDF5_OBJECTS } from '../../core/limits.js'
import type { ByteSource } from '../../io/byte-source.js'
import { SpanSource } from '../../io/bytes/index.js'
import { AddressTable, WALKED_DATASET, WALKED_GROUP } from './address-table.js'
import { Attributes } from './attributes.js'
import { resolveChunks } from './chunk-index.js'
import { parseLayout, type ChunkIndex } from './data-layout.js'
import { Dataspaces, elementCount } from './dataspace.js'
import { parseDatatype } from './datatype.js'
import { Hdf5File } from './file.js'
import { denseLinks, GroupLinks, parseLink } from './links.js'
import {
  MSG_DATASPACE,
  MSG_DATATYPE,
  MSG_EXTERNAL_FILES,
  MSG_LAYOUT,
  MSG_LINK,
  MSG_LINK_INFO,
  MSG_SYMBOL_TABLE,
  ObjectHeaders,
  type Message,
  type MessageList
} from './object-header.js'
import { findSuperblock, readSuperblock } from './superblock.js'
import { symbolTableLinks } from './symbol-table.js'
import type { AttributeValue, Hdf5Dataset, Hdf5Group, Hdf5ReadOptions, Hdf5Tree } from './types.js'

/**
 * A metadata-only HDF5 reader: superblock, object headers, group links and the few messages that
 * say where a dataset's bytes are (dataspace, datatype, data layout). It never reads a dataset's
 * payload, so its cost follows the number of objects, not the size of the weights
 * (bench/hdf5-approach.ts compares it with h5wasm).
 *
 * Byte layouts are from the HDF5 File Format Specification v3 (`HDFGroup/hdf5:doxygen/dox/FileFormatSpec*`,
 * "Level 0/1/2"), cross-checked against netron's reader (`lutzroeder/netron:source/hdf5.js`) and
 * the real Keras files in fixtures/real/keras. Each level of the spec has its file: superblock.ts,
 * object-header.ts, symbol-table.ts / links.ts / fractal-heap.ts (groups), btree-v1.ts and
 * btree-v2.ts, dataspace.ts / datatype.ts / data-layout.ts / chunk-index.ts (datasets),
 * attributes.ts / global-heap.ts; file.ts reads bytes for all of them.
 *
 * Supported: superblock v0–v3, object headers v1 and v2 (with continuation blocks), old-style
 * groups (symbol table: v1 B-tree + local heap + SNOD nodes), new-style groups (link messages,
 * and dense storage in a fractal heap indexed by a v2 B-tree), attributes v1–v3 (fixed-length
 * string and numeric values are decoded), data layout v1–v5 (compact, contiguous, chunked through
 * a v1 B-tree, a fixed array, a v2 B-tree, single-chunk and implicit indexes). Extensible-array
 * chunk indexes and huge or filtered link heaps are rejected with an UnsupportedFormatError: h5py
 * writes none of them with its default settings, which is what Keras uses.
 */

/**
 * Reads the whole tree of groups and datasets below the root group, metadata only. A file with a
 * user block (superblock at 512, 1024, …) is walked through a window that starts at the superblock,
 * where its addresses start; dataset spans are given as offsets in `source` all the same.
 */
export async function readHdf5Tree(source: ByteSource, options: Hdf5ReadOptions = {}): Promise<Hdf5Tree> {
  const superblockAt = await findSuperblock(source)
  if (superblockAt === 0) return new Hdf5Walker(source, options, 0).walk()
  return new Hdf5Walker(new SpanSource(source, superblockAt, source.size - superblockAt, source.name), options, superblockAt).walk()
}

class Hdf5Walker {
  private readonly file: Hdf5File
  private readonly headers: ObjectHeaders
  private readonly dataspaces: Dataspaces
  private readonly attributes: Attributes
  private objectsSeen = 0
  /**
   * Every object walked, by header address: WALKED_GROUP or WALKED_DATASET. One table (one lookup
   * per link) for the two questions a link asks: a group already walked (a cycle), a dataset
   * already listed (a second hard link).
   */
  private readonly walked = new AddressTable()
  private readonly tree: Hdf5Tree
  private readonly onGroup: (group: Hdf5Group, linkNames: readonly string[]) => void
  private readonly onDataset: (dataset: Hdf5Dataset) => void

  constructor(source: ByteSource, options: Hdf5ReadOptions, userBlock: number) {
    this.file = new Hdf5File(source, userBlock)
    this.headers = new ObjectHeaders(this.file)
    this.dataspaces = new Dataspaces(this.file)
    this.attributes = new Attributes(this.file, this.dataspaces, options.decodeAttribute ?? (() => true))
    this.tree = { groups: [], datasets: [], warnings: this.file.warnings }
    this.onGroup = options.onGroup ?? ((group) => this.tree.groups.push(group))
    const onDataset = options.onDataset ?? ((dataset: Hdf5Dataset) => this.tree.datasets.push(dataset))
    // Spans are found as addresses (relative to the superblock); callers get offsets in the file.
    this.onDataset = userBlock === 0 ? onDataset : (dataset) => onDataset(shiftedBy(dataset, userBlock))
  }

  async walk(): Promise<Hdf5Tree> {
    this.file.superblock = await readSuperblock(this.file)
    await this.walkObjects(this.file.superblock.rootAddress)
    return this.tree
  }

  /**
   * Walks every object below the root, depth first, each group's links in order. A loop over a
   * stack of groups' links rather than a recursion: one async frame for the whole walk, not one
   * per object (10^5-layer models have 3·10^5 objects).
   */
  private async walkObjects(rootAddress: number): Promise<void> {
    const file = this.file
    const root = new GroupLinks('', 0)
    root.add('', rootAddress)
    const pending: GroupLinks[] = [root]
    while (pending.length > 0) {
      // Between objects the walk holds no view into the cache (what it keeps is decoded): the
      // blocks evicted while reading the last object can be refilled.
      file.window.recycle()
      const links = pending[pending.length - 1]
      const taken = links.taken++
      // A group whose links are all taken leaves the stack as its last link is walked.
      if (links.taken === links.count) pending.pop()
      const address = links.addresses[taken]
      const name = links.names[taken]
      links.names[taken] = ''
      const path = links.prefix + name
      const depth = links.depth
      if (depth > MAX_HDF5_DEPTH) throw new LimitExceededError(file.source.name, 'HDF5 group nesting depth', depth, MAX_HDF5_DEPTH)
      const known = this.walked.get(address)
      if (known === WALKED_GROUP) continue // a hard link back to a group already walked (a cycle)
      // Each object once; a second hard link to a dataset counts too, as it is parsed again.
      if (++this.objectsSeen > MAX_HDF5_OBJECTS) {
        throw new LimitExceededError(file.source.name, 'number of HDF5 objects', this.objectsSeen, MAX_HDF5_OBJECTS)
      }
      let messages = this.headers.read(address)
      if (messages instanceof Promise) messages = await messages
      let attributes = this.attributes.of(messages)
      if (attributes instanceof Promise) attributes = await attributes
      if (known === WALKED_DATASET || messages.has(MSG_LAYOUT)) {
        // A second hard link to one dataset (rare) is parsed again from its header, rather than
        // every dataset being kept for it: same address and storage, listed under both names,
        // its bytes counted once (linkedAgain).
        const linkedAgain = known === WALKED_DATASET
        const { dataset, index } = this.parseDataset(path, address, messages, attributes, linkedAgain)
        if (index) await resolveChunks(file, dataset.storage, path, index)
        this.checkInside(dataset)
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
          const reading = symbolTableLinks(file, message, groupLinks)
          if (reading) await reading
        } else if (message.type === MSG_LINK) {
          const link = parseLink(file, message)
          if (link) groupLinks.add(link.name, link.address)
        } else if (message.type === MSG_LINK_INFO) await denseLinks(file, message, groupLinks)
      }
      // GroupLinks.names has exactly `count` names (reserved for the first node, pushed after).
      this.onGroup({ path, name, depth, attributes }, groupLinks.names)
      if (groupLinks.count > 0) pending.push(groupLinks)
    }
  }

  /** A dataset from its header's messages; chunked storage is final once its `index` is resolved. */
  private parseDataset(
    path: string,
    address: number,
    messages: MessageList,
    attributes: ReadonlyMap<string, AttributeValue>,
    linkedAgain: boolean
  ): { dataset: Hdf5Dataset; index?: ChunkIndex } {
    const file = this.file
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
    const shape = dataspace ? this.dataspaces.shape(dataspace.block, dataspace.at, dataspace.at + dataspace.size, dataspace.offset) : []
    const type = datatype ? parseDatatype(file, datatype.block, datatype.at, datatype.at + datatype.size, datatype.offset) : { dtype: 'unknown', size: 0 }
    // The chunk grid of an implicit index spans the maximum dimensions (read only for one).
    const extent = (): readonly number[] => (dataspace && this.dataspaces.maxDimensions(dataspace)) ?? shape
    const { storage, index } = parseLayout(file, layout!, path, elementCount(shape) * type.size, extent)
    if (external) {
      if (!linkedAgain) file.warnings.push(`dataset '${path}' stores its data in external files, which are not counted`)
      storage.layout = 'external'
      storage.byteLength = 0
    }
    const dataset: Hdf5Dataset = { path, address, dtype: type.dtype, shape, storage, attributes }
    return { dataset, index }
  }

  private checkInside(dataset: Hdf5Dataset): void {
    const { offset, byteLength } = dataset.storage
    if (offset + byteLength > this.file.source.size) {
      throw this.file.fail(`dataset '${dataset.path}' claims bytes ${offset}..${offset + byteLength}, beyond the end of the file`, offset)
    }
  }
}

/** A dataset whose storage offset moves by `by` bytes (a user block before the superblock). */
function shiftedBy(dataset: Hdf5Dataset, by: number): Hdf5Dataset {
  dataset.storage.offset += by
  return dataset
}
