/**
 * Writes small HDF5 files the way h5py does by default (superblock v0, version 1 object headers,
 * old-style groups: a v1 B-tree, a local heap and symbol table nodes of 8 entries), for tests and the
 * benchmark. Datasets are contiguous or chunked (a v1 chunk B-tree); attributes are fixed-length
 * strings. Payloads go after all the metadata; with `holes: true` only the metadata is returned
 * and the caller extends the file to `size` (a sparse file whose payloads are holes).
 *
 * Layout per the HDF5 File Format Specification (superblock v0, object header v1, B-tree v1,
 * local heap, symbol table node). Files written here open in the HDF5 library (checked with
 * h5wasm while writing this builder).
 */

export type Hdf5Dtype = 'float32' | 'int64'

export interface Hdf5DatasetSpec {
  kind: 'dataset'
  dtype: Hdf5Dtype
  shape: number[]
  /** Chunk shape; chunks are stored full-size, unfiltered. */
  chunks?: number[]
  /**
   * `implicit`: the chunks back to back with no index (layout message v4, chunk index type 2, as
   * HDF5 writes unfiltered fixed-size datasets with early allocation under libver latest).
   */
  chunkIndex?: 'btree' | 'implicit'
  attributes?: Record<string, string | string[]>
}

/** A soft link in an old-style group: its symbol table entry has no object header (undefined address). */
export interface Hdf5SoftLinkSpec {
  kind: 'soft-link'
  target: string
}

export interface Hdf5GroupSpec {
  kind: 'group'
  children: Record<string, Hdf5GroupSpec | Hdf5DatasetSpec | Hdf5SoftLinkSpec>
  attributes?: Record<string, string | string[]>
}

export interface BuiltHdf5 {
  /** The whole file, or only its metadata when built with `holes`. */
  bytes: Uint8Array
  /** The file's size, payloads included. */
  size: number
  /** Every dataset's payload span (the chunks' sum for chunked ones, starting at the first). */
  datasets: { path: string; offset: number; byteLength: number; chunks?: number }[]
}

export const group = (children: Hdf5GroupSpec['children'], attributes?: Hdf5GroupSpec['attributes']): Hdf5GroupSpec => ({
  kind: 'group',
  children,
  attributes
})

export const dataset = (dtype: Hdf5Dtype, shape: number[], options: Omit<Hdf5DatasetSpec, 'kind' | 'dtype' | 'shape'> = {}): Hdf5DatasetSpec => ({
  kind: 'dataset',
  dtype,
  shape,
  ...options
})

export const softLink = (target: string): Hdf5SoftLinkSpec => ({ kind: 'soft-link', target })

const UNDEF = 0xffffffffffffffffn
const ELEMENT_BYTES: Record<Hdf5Dtype, number> = { float32: 4, int64: 8 }
/** h5py's defaults (H5F_CRT_SYM_LEAF_DEF, H5F_CRT_BTREE_RANK_DEF): SNODs of up to 8 entries, B-tree nodes of up to 32 children. */
const GROUP_LEAF_K = 4
const GROUP_INTERNAL_K = 16
/** A v1 object header message's size is a u16 (spec IV.A.1.a), padded to 8 bytes. */
const MAX_V1_MESSAGE_BYTES = 0xfff8
/** keras-team/keras:keras/src/legacy/saving/legacy_h5_format.py HDF5_OBJECT_HEADER_LIMIT. */
const KERAS_ATTRIBUTE_LIMIT = 64512
const CHUNK_K = 32

class Out {
  chunks: Uint8Array[] = []
  length = 0
  push(bytes: Uint8Array): number {
    const at = this.length
    this.chunks.push(bytes)
    this.length += bytes.length
    return at
  }
  bytes(): Uint8Array {
    const out = new Uint8Array(this.length)
    let at = 0
    for (const chunk of this.chunks) {
      out.set(chunk, at)
      at += chunk.length
    }
    return out
  }
}

class Bytes {
  private data: number[] = []
  u8(v: number): this {
    this.data.push(v & 0xff)
    return this
  }
  u16(v: number): this {
    return this.u8(v).u8(v >>> 8)
  }
  u32(v: number): this {
    return this.u16(v & 0xffff).u16(Math.floor(v / 0x10000))
  }
  u64(v: number | bigint): this {
    const big = BigInt(v)
    return this.u32(Number(big & 0xffffffffn)).u32(Number(big >> 32n))
  }
  raw(bytes: Uint8Array | number[] | string): this {
    const array = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes
    for (const b of array) this.data.push(b)
    return this
  }
  pad(to: number): this {
    while (this.data.length % to !== 0) this.data.push(0)
    return this
  }
  zeros(n: number): this {
    for (let i = 0; i < n; i++) this.data.push(0)
    return this
  }
  get length(): number {
    return this.data.length
  }
  done(): Uint8Array {
    return Uint8Array.from(this.data)
  }
}

/**
 * `userBlock` puts that many bytes of user data (0x75 'u') before the superblock, as
 * `h5py.File(..., userblock_size=N)` does: addresses stay relative to the superblock, whose base
 * address says where it is; the spans returned are file offsets.
 */
export function buildHdf5(root: Hdf5GroupSpec, options: { holes?: boolean; userBlock?: number } = {}): BuiltHdf5 {
  // Metadata sizes do not depend on addresses: a dry run gives where the payloads can start.
  const dry = writeAll(root, 0, true, 0)
  const payloadBase = Math.ceil(dry.metadataEnd / 8) * 8
  const userBlock = options.userBlock ?? 0
  const built = writeAll(root, payloadBase, options.holes ?? false, userBlock)
  if (userBlock === 0) return { bytes: built.bytes, size: built.size, datasets: built.datasets }
  const bytes = new Uint8Array(userBlock + built.bytes.length).fill(0x75, 0, userBlock)
  bytes.set(built.bytes, userBlock)
  const datasets = built.datasets.map((d) => ({ ...d, offset: d.offset + userBlock }))
  return { bytes, size: built.size + userBlock, datasets }
}

function writeAll(root: Hdf5GroupSpec, payloadBase: number, holes: boolean, userBlock: number) {
  const out = new Out()
  const superblockSize = 96
  out.push(new Uint8Array(superblockSize))
  let payloadAt = payloadBase
  const payloads: { offset: number; length: number }[] = []
  const datasets: BuiltHdf5['datasets'] = []

  const writeDataset = (path: string, spec: Hdf5DatasetSpec): number => {
    const element = ELEMENT_BYTES[spec.dtype]
    const count = spec.shape.reduce((a, b) => a * b, 1)
    let layout: Uint8Array
    if (spec.chunks && spec.chunkIndex === 'implicit') {
      // One chunk per cell of the chunk grid, full size, back to back from the index address.
      const grid = spec.shape.map((dim, i) => Math.ceil(dim / spec.chunks![i]))
      const chunkBytes = spec.chunks.reduce((a, b) => a * b, 1) * element
      const total = grid.reduce((a, b) => a * b, 1)
      const l = new Bytes()
        .u8(4)
        .u8(2)
        .u8(0)
        .u8(spec.shape.length + 1)
        .u8(4)
      for (const dim of spec.chunks) l.u32(dim)
      l.u32(element).u8(2).u64(payloadAt)
      layout = l.done()
      datasets.push({ path, offset: payloadAt, byteLength: total * chunkBytes, chunks: total })
      payloads.push({ offset: payloadAt, length: total * chunkBytes })
      payloadAt += total * chunkBytes
    } else if (spec.chunks) {
      const grid = spec.shape.map((dim, i) => Math.ceil(dim / spec.chunks![i]))
      const chunkBytes = spec.chunks.reduce((a, b) => a * b, 1) * element
      const total = grid.reduce((a, b) => a * b, 1)
      const first = payloadAt
      const keys: { size: number; offsets: number[]; address: number }[] = []
      for (let i = 0; i < total; i++) {
        let rest = i
        const offsets = new Array(spec.shape.length).fill(0)
        for (let d = spec.shape.length - 1; d >= 0; d--) {
          offsets[d] = (rest % grid[d]) * spec.chunks[d]
          rest = Math.floor(rest / grid[d])
        }
        keys.push({ size: chunkBytes, offsets, address: payloadAt })
        payloads.push({ offset: payloadAt, length: chunkBytes })
        payloadAt += chunkBytes
      }
      if (keys.length > 2 * CHUNK_K) throw new Error('builder: at most 64 chunks per dataset')
      const keySize = 8 + 8 * (spec.shape.length + 1)
      const node = new Bytes().raw('TREE').u8(1).u8(0).u16(keys.length).u64(UNDEF).u64(UNDEF)
      for (const key of keys) {
        node.u32(key.size).u32(0)
        for (const offset of key.offsets) node.u64(offset)
        node.u64(0).u64(key.address)
      }
      node.u32(0).u32(0)
      for (let d = 0; d < spec.shape.length; d++) node.u64(spec.shape[d])
      node.u64(0)
      node.zeros((2 * CHUNK_K + 1) * keySize + 2 * CHUNK_K * 8 - (keys.length * (keySize + 8) + keySize))
      const btree = out.push(node.done())
      const l = new Bytes()
        .u8(3)
        .u8(2)
        .u8(spec.shape.length + 1)
        .u64(btree)
      for (const dim of spec.chunks) l.u32(dim)
      l.u32(element)
      layout = l.done()
      datasets.push({ path, offset: first, byteLength: total * chunkBytes, chunks: total })
    } else {
      const size = count * element
      layout = new Bytes().u8(3).u8(1).u64(payloadAt).u64(size).done()
      datasets.push({ path, offset: payloadAt, byteLength: size })
      payloads.push({ offset: payloadAt, length: size })
      payloadAt += size
    }
    const space = dataspace(spec.shape)
    const type = datatype(spec.dtype)
    return out.push(objectHeader([[0x0001, space], [0x0003, type], [0x0008, layout], ...attributes(spec.attributes)]))
  }

  const writeGroup = (path: string, spec: Hdf5GroupSpec): { header: number; btree: number; heap: number } => {
    const names = Object.keys(spec.children).sort()
    const children = names.map((name) => {
      const child = spec.children[name]
      const childPath = path === '' ? name : `${path}/${name}`
      if (child.kind === 'soft-link') return { name, address: UNDEF, target: child.target }
      return { name, address: child.kind === 'group' ? writeGroup(childPath, child).header : writeDataset(childPath, child) }
    })
    // Local heap: offset 0 is the empty string; names follow, each null-terminated and 8-aligned,
    // then soft links' target paths.
    const heapData = new Bytes().zeros(8)
    const nameOffsets = names.map((name) => {
      const at = heapData.length
      heapData.raw(name).u8(0).pad(8)
      return at
    })
    const targetOffsets = children.map((child) => {
      if (!('target' in child) || child.target === undefined) return 0
      const at = heapData.length
      heapData.raw(child.target).u8(0).pad(8)
      return at
    })
    const heapBytes = heapData.done()
    const heapDataAddress = out.push(heapBytes)
    const heap = out.push(new Bytes().raw('HEAP').u8(0).zeros(3).u64(heapBytes.length).u64(1).u64(heapDataAddress).done())
    // Symbol table nodes hold at most 2 * leaf K entries (the count is a u16, and the library
    // sizes each node by K), so a large group is many SNODs under a multi-level B-tree, as h5py writes it.
    const level: { address: number; lastName: number }[] = []
    for (let first = 0; first < children.length; first += 2 * GROUP_LEAF_K) {
      const entries = children.slice(first, first + 2 * GROUP_LEAF_K)
      const snod = new Bytes().raw('SNOD').u8(1).u8(0).u16(entries.length)
      // Entry: name offset, object header address, cache type (2: soft link, whose scratch pad holds
      // the target's heap offset), reserved, scratch pad.
      entries.forEach((child, i) => {
        snod.u64(nameOffsets[first + i]).u64(child.address)
        if (child.address === UNDEF)
          snod
            .u32(2)
            .u32(0)
            .u32(targetOffsets[first + i])
            .zeros(12)
        else snod.u32(0).u32(0).zeros(16)
      })
      snod.zeros((2 * GROUP_LEAF_K - entries.length) * 40)
      level.push({ address: out.push(snod.done()), lastName: nameOffsets[first + entries.length - 1] })
    }
    const btree = writeGroupBtree(out, level)
    const symbolTable = new Bytes().u64(btree).u64(heap).done()
    const header = out.push(objectHeader([[0x0011, symbolTable], ...attributes(spec.attributes)]))
    return { header, btree, heap }
  }

  const rootGroup = writeGroup('', root)
  const metadataEnd = out.length
  const size = Math.max(payloadAt, metadataEnd)
  const superblock = new Bytes()
    .raw([0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a])
    .u8(0)
    .u8(0)
    .u8(0)
    .u8(0)
    .u8(0)
    .u8(8)
    .u8(8)
    .u8(0)
    .u16(GROUP_LEAF_K)
    .u16(GROUP_INTERNAL_K)
    .u32(0)
    .u64(userBlock)
    .u64(UNDEF)
    .u64(userBlock + size)
    .u64(UNDEF)
    .u64(0)
    .u64(rootGroup.header)
    .u32(1)
    .u32(0)
    .u64(rootGroup.btree)
    .u64(rootGroup.heap)
    .done()
  const metadata = out.bytes()
  metadata.set(superblock, 0)
  let bytes = metadata
  if (!holes) {
    bytes = new Uint8Array(size)
    bytes.set(metadata, 0)
    // Payloads: a recognisable pattern, so a test can tell payload bytes from metadata.
    for (const payload of payloads) bytes.fill(0xab, payload.offset, payload.offset + payload.length)
  }
  return { bytes, size, metadataEnd, datasets }
}

/**
 * Level after level of v1 group B-tree nodes over `children` (SNODs, then nodes) until one root
 * remains. Key i of a node is the heap offset of the last name left of child i; key 0 of the
 * left-most node is offset 0, the empty string.
 */
function writeGroupBtree(out: Out, children: { address: number; lastName: number }[]): number {
  const fanout = 2 * GROUP_INTERNAL_K
  const nodeBytes = 24 + (fanout + 1) * 8 + fanout * 8
  let level = 0
  let nodes = children
  do {
    const base = out.length
    const count = Math.max(1, Math.ceil(nodes.length / fanout))
    const parents: { address: number; lastName: number }[] = []
    for (let j = 0; j < count; j++) {
      const batch = nodes.slice(j * fanout, (j + 1) * fanout)
      const left = j > 0 ? BigInt(base + (j - 1) * nodeBytes) : UNDEF
      const right = j < count - 1 ? BigInt(base + (j + 1) * nodeBytes) : UNDEF
      const node = new Bytes().raw('TREE').u8(0).u8(level).u16(batch.length).u64(left).u64(right)
      node.u64(j > 0 ? nodes[j * fanout - 1].lastName : 0)
      for (const child of batch) node.u64(child.address).u64(child.lastName)
      node.zeros(nodeBytes - node.length)
      const address = out.push(node.done())
      parents.push({ address, lastName: batch.length > 0 ? batch[batch.length - 1].lastName : 0 })
    }
    nodes = parents
    level++
  } while (nodes.length > 1)
  return nodes[0].address
}

/**
 * A string-list attribute the way Keras saves it: whole if it fits, else split into
 * `<name>0`, `<name>1`, … with numpy's array_split until each part is under 64512 bytes
 * (keras-team/keras:keras/src/legacy/saving/legacy_h5_format.py, save_attributes_to_hdf5_group).
 */
export function kerasAttribute(name: string, values: string[]): Record<string, string[]> {
  const width = Math.max(1, ...values.map((v) => new TextEncoder().encode(v).length))
  let parts = 1
  while (Math.ceil(values.length / parts) * width > KERAS_ATTRIBUTE_LIMIT) parts++
  if (parts === 1) return { [name]: values }
  const result: Record<string, string[]> = {}
  const base = Math.floor(values.length / parts)
  const extra = values.length % parts
  let at = 0
  for (let i = 0; i < parts; i++) {
    const size = base + (i < extra ? 1 : 0)
    result[`${name}${i}`] = values.slice(at, at + size)
    at += size
  }
  return result
}

function objectHeader(messages: [number, Uint8Array][]): Uint8Array {
  const body = new Bytes()
  for (const [type, data] of messages) {
    const padded = Math.ceil(data.length / 8) * 8
    if (padded > MAX_V1_MESSAGE_BYTES) {
      throw new Error(
        `builder: a ${data.length}-byte header message does not fit a v1 object header (at most ${MAX_V1_MESSAGE_BYTES}); split the attribute with kerasAttribute()`
      )
    }
    body
      .u16(type)
      .u16(padded)
      .u8(type === 0x0003 ? 1 : 0)
      .zeros(3)
      .raw(data)
      .zeros(padded - data.length)
  }
  const bodyBytes = body.done()
  return new Bytes().u8(1).u8(0).u16(messages.length).u32(1).u32(bodyBytes.length).zeros(4).raw(bodyBytes).done()
}

function dataspace(shape: number[]): Uint8Array {
  const b = new Bytes().u8(1).u8(shape.length).u8(0).zeros(5)
  for (const dim of shape) b.u64(dim)
  return b.done()
}

function datatype(dtype: Hdf5Dtype): Uint8Array {
  if (dtype === 'float32') {
    return new Bytes().u8(0x11).u8(0x20).u8(31).u8(0).u32(4).u16(0).u16(32).u8(23).u8(8).u8(0).u8(23).u32(127).done()
  }
  return new Bytes().u8(0x10).u8(0x08).u8(0).u8(0).u32(8).u16(0).u16(64).done()
}

function attributes(attrs: Record<string, string | string[]> | undefined): [number, Uint8Array][] {
  if (!attrs) return []
  return Object.entries(attrs).map(([name, value]) => {
    const strings = Array.isArray(value) ? value : [value]
    const encoded = strings.map((s) => new TextEncoder().encode(s))
    const width = Math.max(1, ...encoded.map((e) => e.length))
    const type = new Bytes().u8(0x13).u8(0).u8(0).u8(0).u32(width).done()
    const space = Array.isArray(value) ? new Bytes().u8(1).u8(1).u8(0).zeros(5).u64(strings.length).done() : new Bytes().u8(1).u8(0).u8(0).zeros(5).done()
    const nameBytes = new TextEncoder().encode(name)
    const b = new Bytes()
      .u8(1)
      .u8(0)
      .u16(nameBytes.length + 1)
      .u16(type.length)
      .u16(space.length)
    b.raw(nameBytes).u8(0).pad(8).raw(type).pad(8).raw(space).pad(8)
    for (const e of encoded) b.raw(e).zeros(width - e.length)
    return [0x000c, b.done()]
  })
}
