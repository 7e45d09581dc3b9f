import { inflateRawSync } from 'node:zlib'
import { buildSSTable } from '../scripts/builders/tensorflow.js'
import { buildZip, type ZipBuilderEntry } from '../scripts/builders/zip.js'
import { crc32c, crc32cExtend, maskCrc } from '../src/formats/tensorflow/crc32c.js'
import { BLOCK_TRAILER_BYTES, FOOTER_BYTES, hasTableMagic, parseBlock, readTable } from '../src/formats/tensorflow/sstable.js'
import { ascii, concat, overwrite, pbBytes, pbVarint, u16, u32, u64, varint } from './encode.js'
import { HOSTILE_PICKLES } from './pickles.js'
import { irBoundaries, TARGETED_IR } from './targeted-ir.js'
import { TARGETED_ARRAYS } from './targeted-arrays.js'

/**
 * Structure-aware mutators, one family per format, for the lengths and counts a generic bit flip
 * almost never hits with a value that matters: a safetensors header claiming 2^63 bytes, a varint
 * that never ends, an SSTable restart count larger than its block, a zip central directory
 * pointing outside the file, pickles that recurse or allocate without bound. Where the format has
 * a checksum in front of the field (SSTable blocks), the mutator recomputes it, so that the
 * parser behind the checksum is reached.
 *
 * `param` is any natural number from the fuzzer: each mutator picks its variant and its target
 * from it, so fast-check can shrink it.
 */
export interface TargetedMutator {
  name: string
  applies(path: string, bytes: Uint8Array): boolean
  mutate(bytes: Uint8Array, param: number, path: string): Uint8Array
}

const TWO_63 = 1n << 63n
/** Values for 64-bit length and count fields. */
const BIG_U64 = [TWO_63, (1n << 64n) - 1n, (1n << 53n) + 1n, 1n << 40n, 1n << 32n, 0xffffffffn, 0n]
/** Values for 32-bit fields. */
const BIG_U32 = [0xffffffff, 0x7fffffff, 0x80000000, 0x10000, 0]
const NEVER_ENDING_VARINT = new Uint8Array(24).fill(0x80)

const pick = <T>(values: readonly T[], param: number): T => values[param % values.length]

// --- SSTable (TF .index, V1 checkpoints) ---------------------------------------------------------

interface Block {
  offset: number
  size: number
}

function readVarint(bytes: Uint8Array, at: number): { value: number; next: number } {
  let value = 0
  let scale = 1
  for (let i = 0; i < 10; i++) {
    const byte = bytes[at + i]
    if (byte === undefined) throw new Error('varint past end')
    value += (byte & 0x7f) * scale
    if (byte < 0x80) return { value, next: at + i + 1 }
    scale *= 128
  }
  throw new Error('long varint')
}

/** The table's blocks: every data block, the metaindex and the index block (uncompressed layout only). */
export function sstableBlocks(bytes: Uint8Array): Block[] {
  const footer = bytes.length - FOOTER_BYTES
  const meta = readVarint(bytes, footer)
  const metaSize = readVarint(bytes, meta.next)
  const index = readVarint(bytes, metaSize.next)
  const indexSize = readVarint(bytes, index.next)
  const blocks: Block[] = [
    { offset: meta.value, size: metaSize.value },
    { offset: index.value, size: indexSize.value }
  ]
  if (bytes[index.value + indexSize.value] !== 0) return blocks
  parseBlock(bytes.subarray(index.value, index.value + indexSize.value), 'fuzz', 'index', (_key, value) => {
    const offset = readVarint(value, 0)
    blocks.push({ offset: offset.value, size: readVarint(value, offset.next).value })
  })
  return blocks
}

/** Applies `change` to one block's contents (same length) and recomputes its CRC, so the parser sees it. */
function rewriteBlock(bytes: Uint8Array, block: Block, change: (contents: Uint8Array) => void): Uint8Array {
  const out = bytes.slice()
  const contents = out.subarray(block.offset, block.offset + block.size)
  change(contents)
  const type = out.subarray(block.offset + block.size, block.offset + block.size + 1)
  new DataView(out.buffer).setUint32(block.offset + block.size + 1, maskCrc(crc32cExtend(crc32c(contents), type)), true)
  return out
}

/** Entries of the table, and a rebuilt table (valid CRCs, fresh layout) with some entries changed. */
function rebuildTable(bytes: Uint8Array, change: (entries: { key: Uint8Array; value: Uint8Array }[]) => void, snappy = false): Uint8Array {
  const entries: { key: Uint8Array; value: Uint8Array }[] = []
  readTable(bytes, 'fuzz', (key, value) => entries.push({ key: key.slice(), value: value.slice() }))
  change(entries)
  return buildSSTable(entries, { snappy, blockSize: 512 })
}

const isTable = (_path: string, bytes: Uint8Array): boolean => hasTableMagic(bytes)

/** Hostile BundleEntryProto / BundleHeaderProto fields, appended (the last value of a field wins). */
const BUNDLE_FIELD_EDITS: ((value: Uint8Array) => Uint8Array)[] = [
  (v) => concat([v, pbVarint(5, TWO_63 - 1n)]), // size 2^63-1
  (v) => concat([v, pbVarint(4, TWO_63 - 1n)]), // offset 2^63-1
  (v) => concat([v, pbVarint(5, -1n)]), // size -1
  (v) => concat([v, pbVarint(3, 0x7fffffff)]), // shard_id
  (v) => concat([v, pbVarint(3, -1n)]), // negative shard_id
  (v) => concat([v, pbVarint(1, 0x7fffffff)]), // dtype unknown (or num_shards in a header)
  (v) => concat([v, pbVarint(1, 0)]), // num_shards 0 in a header
  (v) => concat([v, pbBytes(2, concat(Array.from({ length: 5000 }, () => pbBytes(2, pbVarint(1, 1)))))]), // 5000 dims
  (v) => concat([v, pbBytes(2, concat([pbBytes(2, pbVarint(1, TWO_63 - 1n)), pbBytes(2, pbVarint(1, TWO_63 - 1n))]))]), // huge dims
  (v) => concat([v, pbBytes(2, pbBytes(2, pbVarint(1, -5n)))]), // negative dim
  (v) => concat([v, pbBytes(7, pbBytes(1, concat([pbVarint(1, TWO_63 - 1n), pbVarint(2, TWO_63 - 1n)])))]), // a huge slice
  (v) => concat([v, varint(2 * 8 + 2), NEVER_ENDING_VARINT]), // a length that never ends
  (v) => concat([v, pbBytes(2, new Uint8Array(0)), varint(6 * 8 + 2), varint(0xffffffff)]), // length past the end
  (v) => v.subarray(0, Math.floor(v.length / 2))
]

const SSTABLE: TargetedMutator[] = [
  {
    name: 'sstable-restart-count',
    applies: isTable,
    mutate(bytes, param) {
      const blocks = sstableBlocks(bytes).filter((b) => bytes[b.offset + b.size] === 0 && b.size >= 4)
      const block = pick(blocks, param >> 2)
      const counts = [0xffffffff, Math.floor(block.size / 4), 0, 0x40000000]
      return rewriteBlock(bytes, block, (c) => new DataView(c.buffer, c.byteOffset, c.length).setUint32(c.length - 4, pick(counts, param), true))
    }
  },
  {
    name: 'sstable-restart-offsets',
    applies: isTable,
    mutate(bytes, param) {
      const blocks = sstableBlocks(bytes).filter((b) => bytes[b.offset + b.size] === 0 && b.size >= 8)
      const block = pick(blocks, param >> 1)
      return rewriteBlock(bytes, block, (c) => new DataView(c.buffer, c.byteOffset, c.length).setUint32(c.length - 8, param & 1 ? 0xffffffff : c.length, true))
    }
  },
  {
    name: 'sstable-entry-header',
    applies: isTable,
    mutate(bytes, param) {
      const blocks = sstableBlocks(bytes).filter((b) => bytes[b.offset + b.size] === 0 && b.size >= 12)
      const block = pick(blocks, param >> 2)
      // shared, non_shared, value_length: huge, or a varint that runs into the restart array.
      const headers = [
        concat([varint(0), varint(0xffffffff), varint(0)]),
        concat([varint(0), varint(0), varint(0xfffffff0)]),
        concat([varint(0x7fffffff), varint(1), varint(1)]),
        new Uint8Array(12).fill(0xff)
      ]
      const header = pick(headers, param)
      return rewriteBlock(bytes, block, (c) => c.set(header.subarray(0, Math.max(0, c.length - 4))))
    }
  },
  {
    name: 'sstable-footer-handles',
    applies: isTable,
    mutate(bytes, param) {
      const footer = bytes.length - FOOTER_BYTES
      const handles = [
        NEVER_ENDING_VARINT.subarray(0, 40),
        concat([varint(0), varint(0), varint(TWO_63 - 1n), varint(16)]),
        concat([varint(0), varint(0), varint(0), varint(TWO_63 - 1n)]),
        concat([varint(0), varint(0), varint(bytes.length), varint(bytes.length)]),
        concat([varint(0), varint(0), varint(0), varint(0)]),
        concat([varint(0), varint(0), varint(2 ** 53), varint(2 ** 53)])
      ]
      return overwrite(bytes, footer, pick(handles, param).subarray(0, 40))
    }
  },
  {
    name: 'sstable-index-handle-loop',
    applies: isTable,
    // Every data-block handle of the index pointing at the same (first) block: a table that makes a
    // naive reader parse one block over and over.
    mutate(bytes) {
      return rebuildTable(bytes, (entries) => {
        const copies = Array.from({ length: 50 }, (_, i) => ({
          key: ascii(`zz${String(i).padStart(3, '0')}`),
          value: entries[entries.length - 1]?.value ?? new Uint8Array(0)
        }))
        entries.push(...copies)
      })
    }
  },
  {
    name: 'bundle-entry-fields',
    applies: isTable,
    mutate(bytes, param) {
      const edit = pick(BUNDLE_FIELD_EDITS, param)
      return rebuildTable(
        bytes,
        (entries) => {
          const entry = entries[Math.floor(param / BUNDLE_FIELD_EDITS.length) % entries.length]
          entry.value = edit(entry.value)
        },
        param % 7 === 3
      )
    }
  },
  {
    name: 'bundle-many-entries',
    applies: isTable,
    mutate(bytes, param) {
      const count = pick([20_000, 1000, 100], param)
      return rebuildTable(bytes, (entries) => {
        const template = entries[entries.length - 1]
        for (let i = 0; i < count; i++) entries.push({ key: ascii(`zzz/${i}`), value: template.value })
      })
    }
  },
  {
    name: 'sstable-snappy-length',
    applies: isTable,
    mutate(bytes, param) {
      const snappy = rebuildTable(bytes, () => {}, true)
      const blocks = snappyTableBlocks(snappy)
      const block = pick(blocks, param >> 1)
      const declared = param & 1 ? varint(0xffffffff) : varint(64 * 1024 * 1024 + 1)
      return rewriteBlock(snappy, block, (c) => c.set(declared.subarray(0, c.length)))
    }
  }
]

/**
 * Blocks of a snappy table, without decompressing: the index block (from the footer) and the first
 * data block, which starts at 0 and, in the builder's tables, ends where the metaindex begins.
 */
function snappyTableBlocks(bytes: Uint8Array): Block[] {
  const footer = bytes.length - FOOTER_BYTES
  const meta = readVarint(bytes, footer)
  const metaSize = readVarint(bytes, meta.next)
  const index = readVarint(bytes, metaSize.next)
  const indexSize = readVarint(bytes, index.next)
  const blocks = [{ offset: index.value, size: indexSize.value }]
  if (meta.value > BLOCK_TRAILER_BYTES) blocks.push({ offset: 0, size: meta.value - BLOCK_TRAILER_BYTES })
  return blocks
}

// --- Zip (PyTorch, TorchScript, .keras) -----------------------------------------------------------

function findEocd(bytes: Uint8Array): number {
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65535); at--) {
    if (bytes[at] === 0x50 && bytes[at + 1] === 0x4b && bytes[at + 2] === 5 && bytes[at + 3] === 6) return at
  }
  return -1
}

interface CentralEntry {
  at: number
  name: string
  method: number
  compressedSize: number
  localOffset: number
}

function centralEntries(bytes: Uint8Array): CentralEntry[] {
  const eocd = findEocd(bytes)
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length)
  const count = view.getUint16(eocd + 10, true)
  let at = view.getUint32(eocd + 16, true)
  const entries: CentralEntry[] = []
  for (let i = 0; i < count && at + 46 <= bytes.length; i++) {
    const nameLength = view.getUint16(at + 28, true)
    entries.push({
      at,
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      localOffset: view.getUint32(at + 42, true)
    })
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
  }
  return entries
}

/** Every entry's uncompressed bytes (the seeds are small and not ZIP64). */
export function unzip(bytes: Uint8Array): ZipBuilderEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length)
  return centralEntries(bytes).map((entry) => {
    const start = entry.localOffset + 30 + view.getUint16(entry.localOffset + 26, true) + view.getUint16(entry.localOffset + 28, true)
    const stored = bytes.subarray(start, start + entry.compressedSize)
    const data = entry.method === 8 ? new Uint8Array(inflateRawSync(stored)) : stored
    return { name: entry.name, data }
  })
}

const isZip = (_path: string, bytes: Uint8Array): boolean =>
  bytes.length > 22 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4 && findEocd(bytes) >= 0

/** Rebuilds the archive with PyTorch's 64-byte payload alignment, with `data.pkl` entries replaced. */
function withPickle(bytes: Uint8Array, pickle: Uint8Array): Uint8Array {
  const entries = unzip(bytes).map((entry) => (entry.name.endsWith('data.pkl') ? { ...entry, data: pickle } : entry))
  const aligned: ZipBuilderEntry[] = []
  let offset = 0
  for (const entry of entries) {
    const header = 30 + ascii(entry.name).length
    const padding = (64 - ((offset + header + 4) % 64)) % 64
    aligned.push({ ...entry, localExtraPadding: padding })
    offset += header + (padding > 0 ? padding + 4 : 0) + entry.data.length
  }
  return buildZip(aligned)
}

const ZIP: TargetedMutator[] = [
  {
    name: 'zip-eocd-fields',
    applies: isZip,
    mutate(bytes, param) {
      const eocd = findEocd(bytes)
      const edits: [number, Uint8Array][] = [
        [16, u32(bytes.length + 1)], // central directory starts after the end of the file
        [16, u32(0xffffffff)], // ... or says "see ZIP64" without a ZIP64 record
        [16, u32(0)], // ... or points at the first local header
        [12, u32(0xffffffff)], // central directory size
        [12, u32(0)],
        [8, concat([u16(0xffff), u16(0xffff)])], // entry counts
        [10, u16(0)],
        [20, u16(0xffff)] // comment length past the end
      ]
      const [field, value] = pick(edits, param)
      return overwrite(bytes, eocd + field, value)
    }
  },
  {
    name: 'zip-central-entry-fields',
    applies: isZip,
    mutate(bytes, param) {
      const entries = centralEntries(bytes)
      const entry = pick(entries, Math.floor(param / 11))
      const edits: [number, Uint8Array][] = [
        [42, u32(bytes.length + 1)], // local header outside the file
        [42, u32(0xffffffff)], // ZIP64 marker without a ZIP64 extra field
        [20, u32(0xffffffff)], // compressed size
        [20, u32(bytes.length)],
        [24, u32(0xffffffff)], // uncompressed size
        [28, u16(0xffff)], // name length past the directory
        [30, u16(0xffff)], // extra length
        [10, u16(99)], // unknown method
        [10, u16(8)], // "deflated" stored bytes
        [8, u16(1)], // encrypted
        [0, u32(0)] // not a central header
      ]
      const [field, value] = pick(edits, param)
      return overwrite(bytes, entry.at + field, value)
    }
  },
  {
    name: 'zip-local-header-fields',
    applies: isZip,
    mutate(bytes, param) {
      const entry = pick(centralEntries(bytes), param >> 2)
      const edits: [number, Uint8Array][] = [
        [26, u16(0xffff)],
        [28, u16(0xffff)],
        [0, u32(0)],
        [18, u32(0xffffffff)]
      ]
      const [field, value] = pick(edits, param)
      return overwrite(bytes, entry.localOffset + field, value)
    }
  },
  {
    name: 'zip64-locator-outside',
    applies: isZip,
    mutate(bytes, param) {
      // A ZIP64 end-of-central-directory locator (right before the EOCD) pointing at 2^63 or past the end.
      const eocd = findEocd(bytes)
      const locator = concat([u32(0x07064b50), u32(0), u64(param & 1 ? TWO_63 : BigInt(bytes.length + 100)), u32(1)])
      const tail = overwrite(bytes.subarray(eocd), 8, concat([u16(0xffff), u16(0xffff), u32(0xffffffff), u32(0xffffffff)]))
      return concat([bytes.subarray(0, eocd), locator, tail])
    }
  },
  {
    name: 'pickle-hostile',
    applies: (path, bytes) => isZip(path, bytes) && unzip(bytes).some((e) => e.name.endsWith('data.pkl')),
    mutate(bytes, param) {
      return withPickle(bytes, pick(HOSTILE_PICKLES, param).bytes)
    }
  }
]

// --- safetensors ---------------------------------------------------------------------------------

function safetensorsHeader(bytes: Uint8Array): { header: Record<string, unknown>; dataStart: number } {
  const length = Number(new DataView(bytes.buffer, bytes.byteOffset, bytes.length).getBigUint64(0, true))
  return { header: JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + length))), dataStart: 8 + length }
}

function withHeader(bytes: Uint8Array, dataStart: number, json: string): Uint8Array {
  const header = ascii(json)
  return concat([u64(BigInt(header.length)), header, bytes.subarray(dataStart)])
}

const isSafetensors = (path: string, bytes: Uint8Array): boolean => path.endsWith('.safetensors') && bytes.length > 9 && bytes[8] === 0x7b

const TENSOR_EDITS: ((t: Record<string, unknown>) => unknown)[] = [
  (t) => ({ ...t, data_offsets: [0, 2 ** 60] }),
  (t) => ({ ...t, data_offsets: [...(t.data_offsets as number[])].reverse() }),
  (t) => ({ ...t, data_offsets: [-1, 4] }),
  (t) => ({ ...t, data_offsets: ['0', 4] }),
  (t) => ({ ...t, data_offsets: [0, 1e300] }),
  (t) => ({ ...t, data_offsets: [0] }),
  (t) => ({ ...t, shape: [2 ** 40, 2 ** 40] }),
  (t) => ({ ...t, shape: Array.from({ length: 1000 }, () => 1) }),
  (t) => ({ ...t, shape: [-1] }),
  (t) => ({ ...t, shape: [1.5] }),
  (t) => ({ ...t, shape: 'x' }),
  (t) => ({ ...t, dtype: 'Q99' }),
  (t) => ({ ...t, dtype: 5 }),
  () => null,
  () => [],
  () => 'tensor'
]

const SAFETENSORS: TargetedMutator[] = [
  {
    name: 'safetensors-header-length',
    applies: isSafetensors,
    mutate(bytes, param) {
      const values = [...BIG_U64, BigInt(bytes.length - 7), BigInt(bytes.length - 8), 1n]
      return overwrite(bytes, 0, u64(pick(values, param)))
    }
  },
  {
    name: 'safetensors-tensor-entry',
    applies: isSafetensors,
    mutate(bytes, param) {
      const { header, dataStart } = safetensorsHeader(bytes)
      const names = Object.keys(header).filter((n) => n !== '__metadata__')
      const name = names[Math.floor(param / TENSOR_EDITS.length) % names.length]
      header[name] = pick(TENSOR_EDITS, param)(header[name] as Record<string, unknown>)
      return withHeader(bytes, dataStart, JSON.stringify(header))
    }
  },
  {
    name: 'safetensors-header-shape',
    applies: isSafetensors,
    mutate(bytes, param) {
      const { header, dataStart } = safetensorsHeader(bytes)
      const first = Object.entries(header).find(([n]) => n !== '__metadata__')?.[1]
      const variants: (() => string)[] = [
        () => '['.repeat(200_000) + ']'.repeat(200_000), // nesting that recurses a naive parser
        () => `{"__metadata__":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}`,
        () => JSON.stringify({ ...header, __metadata__: { a: { b: [1, 2] } } }),
        () => JSON.stringify({ ...header, __metadata__: 'x'.repeat(1_000_000) }),
        () => JSON.stringify(Object.fromEntries(Array.from({ length: 200_000 }, (_, i) => [`t${i}`, first]))), // many tensors, one span
        () => '[]',
        () => 'null',
        () => '{"a":',
        () => JSON.stringify(header) + ' '.repeat(10) + 'x'
      ]
      return withHeader(bytes, dataStart, pick(variants, param)())
    }
  }
]

// --- GGUF ----------------------------------------------------------------------------------------

/** Offsets of the length, count and type fields of a GGUF header (gguf.md: v2/v3 layout). */
export function ggufFields(bytes: Uint8Array): { at: number; width: 4 | 8 }[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length)
  const fields: { at: number; width: 4 | 8 }[] = [
    { at: 4, width: 4 },
    { at: 8, width: 8 },
    { at: 16, width: 8 }
  ]
  const tensorCount = Number(view.getBigUint64(8, true))
  const kvCount = Number(view.getBigUint64(16, true))
  let p = 24
  const string = (): void => {
    fields.push({ at: p, width: 8 })
    p += 8 + Number(view.getBigUint64(p, true))
  }
  const SIZES: Record<number, number> = { 0: 1, 1: 1, 2: 2, 3: 2, 4: 4, 5: 4, 6: 4, 7: 1, 10: 8, 11: 8, 12: 8 }
  const value = (type: number): void => {
    if (type === 8) return string()
    if (type === 9) {
      fields.push({ at: p, width: 4 }, { at: p + 4, width: 8 })
      const itemType = view.getUint32(p, true)
      const count = Number(view.getBigUint64(p + 4, true))
      p += 12
      if (itemType === 8) for (let i = 0; i < count && p < bytes.length; i++) value(8)
      else p += count * (SIZES[itemType] ?? 0)
      return
    }
    p += SIZES[type] ?? 0
  }
  for (let i = 0; i < kvCount && p < bytes.length; i++) {
    string()
    fields.push({ at: p, width: 4 })
    const type = view.getUint32(p, true)
    p += 4
    value(type)
  }
  for (let i = 0; i < tensorCount && p < bytes.length; i++) {
    string()
    fields.push({ at: p, width: 4 })
    const dims = view.getUint32(p, true)
    p += 4
    for (let d = 0; d < dims; d++, p += 8) fields.push({ at: p, width: 8 })
    fields.push({ at: p, width: 4 }, { at: p + 4, width: 8 })
    p += 12
  }
  return fields.filter((f) => f.at + f.width <= bytes.length)
}

const isGguf = (_path: string, bytes: Uint8Array): boolean =>
  bytes.length > 24 && bytes[0] === 0x47 && bytes[1] === 0x47 && bytes[2] === 0x55 && bytes[3] === 0x46

const GGUF: TargetedMutator[] = [
  {
    name: 'gguf-length-and-count-fields',
    applies: isGguf,
    mutate(bytes, param) {
      const fields = ggufFields(bytes)
      const field = pick(fields, Math.floor(param / 8))
      const value = field.width === 8 ? u64(pick(BIG_U64, param)) : u32(pick(BIG_U32, param))
      return overwrite(bytes, field.at, value)
    }
  }
]

// --- FlatBuffers (TFLite, ExecuTorch .pte / .ptd) --------------------------------------------------

/** The root table of a flatbuffer file, its vtable, and the uoffset fields of the root (where each points). */
export function flatbufferLayout(bytes: Uint8Array): { root: number; vtable: number; refs: { at: number; target: number }[] } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const root = view.getUint32(0, true)
  const vtable = root - view.getInt32(root, true)
  const vtableBytes = view.getUint16(vtable, true)
  const refs: { at: number; target: number }[] = []
  for (let slot = 4; slot < vtableBytes; slot += 2) {
    const offset = view.getUint16(vtable + slot, true)
    if (offset === 0 || root + offset + 4 > bytes.length) continue
    const target = root + offset + view.getUint32(root + offset, true)
    // Only uoffset fields: scalars rarely point forward to a word inside the file.
    if (target > root + offset && target + 4 <= bytes.length) refs.push({ at: root + offset, target })
  }
  return { root, vtable, refs }
}

const isFlatbuffer = (_path: string, bytes: Uint8Array): boolean =>
  bytes.length > 16 && /^(TFL3|ET[0-9A-Za-z]{2}|FT[0-9A-Za-z]{2})$/.test(String.fromCharCode(...bytes.subarray(4, 8)))

const FLATBUFFER: TargetedMutator[] = [
  {
    name: 'flatbuffer-root-offset',
    applies: isFlatbuffer,
    mutate: (bytes, param) => overwrite(bytes, 0, u32(pick([0, 0xffffffff, bytes.length, bytes.length - 2, 4, 8], param)))
  },
  {
    // The root's soffset: a vtable outside the file, the table as its own vtable, a vtable at the root word.
    name: 'flatbuffer-vtable-offset',
    applies: isFlatbuffer,
    mutate(bytes, param) {
      const { root } = flatbufferLayout(bytes)
      return overwrite(bytes, root, u32(pick([0x7fffffff, 0x80000001, 0, root, -bytes.length >>> 0, 2], param) >>> 0))
    }
  },
  {
    // The vtable's own sizes and a field offset: longer than the file, odd, smaller than a header, past the table.
    name: 'flatbuffer-vtable-fields',
    applies: isFlatbuffer,
    mutate(bytes, param) {
      const { vtable } = flatbufferLayout(bytes)
      const edits: [number, number][] = [
        [0, 0xffff],
        [0, 3],
        [0, 2],
        [2, 0xffff],
        [2, 0],
        [4, 0xfffe],
        [6, 2],
        [8, 0xfff0]
      ]
      const [at, value] = pick(edits, param)
      return overwrite(bytes, vtable + at, u16(value))
    }
  },
  {
    // The first word of a child of the root (a vector's or string's length, a table's soffset): huge lengths, zero, the file size.
    name: 'flatbuffer-child-length',
    applies: isFlatbuffer,
    mutate(bytes, param) {
      const { refs } = flatbufferLayout(bytes)
      const ref = pick(refs, Math.floor(param / 6))
      return overwrite(bytes, ref.target, u32(pick([0xffffffff, 0x7fffffff, 0x10000000, bytes.length, 0, 1 << 20], param)))
    }
  },
  {
    // A uoffset of the root: 0 (the field is its own child), past the end, or wrapping around.
    name: 'flatbuffer-uoffset',
    applies: isFlatbuffer,
    mutate(bytes, param) {
      const { refs } = flatbufferLayout(bytes)
      const ref = pick(refs, Math.floor(param / 4))
      return overwrite(bytes, ref.at, u32(pick([0, bytes.length, 0xfffffffc, 0x80000000], param)))
    }
  },
  {
    // The first element of each vector of the root pointed at the vector itself: tables that are their own children.
    name: 'flatbuffer-element-loop',
    applies: isFlatbuffer,
    mutate(bytes, param) {
      const { refs } = flatbufferLayout(bytes)
      const ref = pick(refs, param)
      return overwrite(bytes, ref.target + 4, u32(param & 1 ? 0 : 0xfffffffc))
    }
  }
]

export const TARGETED: readonly TargetedMutator[] = [...SSTABLE, ...ZIP, ...SAFETENSORS, ...GGUF, ...FLATBUFFER, ...TARGETED_IR, ...TARGETED_ARRAYS]

/** Structural offsets a format-aware parse knows (block and header edges), for truncation. */
export function formatBoundaries(path: string, bytes: Uint8Array): number[] {
  const out: number[] = []
  try {
    if (isTable(path, bytes)) {
      for (const b of sstableBlocks(bytes)) out.push(b.offset, b.offset + b.size, b.offset + b.size + BLOCK_TRAILER_BYTES)
      out.push(bytes.length - FOOTER_BYTES, bytes.length - 8)
    }
    if (isZip(path, bytes)) {
      const eocd = findEocd(bytes)
      out.push(eocd, eocd + 22)
      for (const e of centralEntries(bytes)) out.push(e.at, e.at + 46, e.localOffset, e.localOffset + 30)
    }
    if (isSafetensors(path, bytes)) out.push(8, safetensorsHeader(bytes).dataStart)
    if (isGguf(path, bytes)) for (const f of ggufFields(bytes)) out.push(f.at, f.at + f.width)
    out.push(...irBoundaries(path, bytes))
    if (isFlatbuffer(path, bytes)) {
      const { root, vtable, refs } = flatbufferLayout(bytes)
      out.push(8, vtable, root, ...refs.flatMap((ref) => [ref.target, ref.target + 4]))
    }
  } catch {
    // A seed that does not parse as its format simply has no format-specific boundaries.
  }
  return out
}
