import { open } from 'node:fs/promises'
import { pickle, type Py } from './pickle.js'
import { chunksToBytes } from './sparse.js'
import { buildZip, crc32 } from './zip.js'

/**
 * Synthetic `torch.save` files for tests, examples and the bench: the zip archive (PyTorch ≥ 1.6),
 * the legacy stream, and sparse multi-gigabyte versions of both whose storage payload is a hole
 * in the file. Layouts follow `pytorch/pytorch:torch/serialization.py` (`_save`, `_legacy_save`).
 */

/** One storage: `torch.<storageClass>` with `numel` elements; payload zeros unless given. */
export interface StorageSpec {
  key: string
  storageClass: string
  numel: number
  bytes?: Uint8Array
}

const ELEMENT_BYTES: Record<string, number> = {
  FloatStorage: 4,
  HalfStorage: 2,
  BFloat16Storage: 2,
  DoubleStorage: 8,
  LongStorage: 8,
  IntStorage: 4,
  ByteStorage: 1,
  BoolStorage: 1,
  CharStorage: 1,
  ShortStorage: 2
}

export function storageBytes(storage: StorageSpec): number {
  const size = ELEMENT_BYTES[storage.storageClass]
  if (size === undefined) throw new Error(`no element size for ${storage.storageClass}`)
  return storage.numel * size
}

/** A tensor as torch.save pickles it: `_rebuild_tensor_v2(persistent storage, offset, size, stride, …)`. */
export function tensor(
  storage: StorageSpec,
  shape: number[],
  options: { offset?: number; parameter?: boolean; legacy?: boolean } = {}
): Py {
  const stride = shape.map((_, i) => shape.slice(i + 1).reduce((a, b) => a * b, 1))
  // The storage tuple is memoized, as torch's pickler does for a storage seen twice.
  const pid: Py = {
    tuple: [
      'storage',
      { global: `torch.${storage.storageClass}` },
      storage.key,
      'cpu',
      storage.numel,
      ...(options.legacy ? [null] : [])
    ]
  }
  const rebuilt: Py = {
    reduce: { global: 'torch._utils._rebuild_tensor_v2' },
    args: [
      { persid: pid },
      options.offset ?? 0,
      { tuple: shape },
      { tuple: stride },
      false,
      { reduce: { global: 'collections.OrderedDict' }, args: [] }
    ]
  }
  if (!options.parameter) return rebuilt
  return { reduce: { global: 'torch._utils._rebuild_parameter' }, args: [rebuilt, true, { reduce: { global: 'collections.OrderedDict' }, args: [] }] }
}

/** `collections.OrderedDict()` filled by SETITEMS, as a state_dict is pickled. */
export function orderedDict(entries: [string, Py][]): Py {
  return { setitems: { reduce: { global: 'collections.OrderedDict' }, args: [] }, items: entries }
}

export interface TorchZipOptions {
  /** The archive folder name (torch uses the file stem). */
  archive?: string
  root: Py
  storages: StorageSpec[]
  /** Extra records (TorchScript `code/…`, `constants.pkl`). */
  records?: { name: string; data: Uint8Array; deflate?: boolean }[]
}

/** A torch.save zip in memory: data.pkl, data/<key> per storage (padded local headers), version. */
export function buildTorchZip(options: TorchZipOptions): Uint8Array {
  const archive = options.archive ?? 'archive'
  return buildZip([
    { name: `${archive}/data.pkl`, data: pickle(options.root) },
    ...options.storages.map((s) => ({
      name: `${archive}/data/${s.key}`,
      data: s.bytes ?? new Uint8Array(storageBytes(s)),
      localExtraPadding: 36 // torch pads local headers so payloads start 64-byte aligned
    })),
    ...(options.records ?? []).map((r) => ({ name: `${archive}/${r.name}`, data: r.data, deflate: r.deflate })),
    { name: `${archive}/version`, data: new TextEncoder().encode('3\n') }
  ])
}

const LEGACY_MAGIC = 0x1950a86a20f9469cfc6cn

/** The pickles of a legacy stream: magic, protocol 1001, sys_info, the object, the sorted keys. */
function legacyPickles(root: Py, storages: StorageSpec[]): Uint8Array[] {
  return [
    pickle(LEGACY_MAGIC),
    pickle(1001),
    pickle({ dict: [['protocol_version', 1001], ['little_endian', true], ['type_sizes', { dict: [['short', 2], ['int', 4], ['long', 4]] }]] }),
    pickle(root),
    pickle(storages.map((s) => s.key).sort())
  ]
}

/** A legacy (pre-1.6) torch.save stream in memory; tensors must be built with `{ legacy: true }`. */
export function buildLegacyTorch(root: Py, storages: StorageSpec[]): Uint8Array {
  const parts: Uint8Array[] = legacyPickles(root, storages)
  for (const s of [...storages].sort((a, b) => (a.key < b.key ? -1 : 1))) {
    const count = new Uint8Array(8)
    new DataView(count.buffer).setBigInt64(0, BigInt(s.numel), true)
    parts.push(count, s.bytes ?? new Uint8Array(storageBytes(s)))
  }
  return chunksToBytes(parts)
}

/**
 * Writes, at `path`, a torch.save zip (ZIP64, as torch's writer) whose one storage of
 * `storageBytes` bytes is a hole: only the headers, data.pkl and the central directory are
 * written; the file is extended with truncate, so it takes almost no disk.
 */
export async function writeSparseTorchZip(path: string, storageBytesOnDisk: number, archive = 'big'): Promise<number> {
  const numel = storageBytesOnDisk / 4
  const storage: StorageSpec = { key: '0', storageClass: 'FloatStorage', numel }
  const root = orderedDict([['embed.weight', tensor(storage, [numel])]])
  const pkl = pickle(root)
  const entries = [
    { name: `${archive}/data.pkl`, size: pkl.length, crc: crc32(pkl), data: pkl as Uint8Array | undefined },
    { name: `${archive}/data/0`, size: storageBytesOnDisk, crc: 0, data: undefined }
  ]
  const handle = await open(path, 'w')
  try {
    let offset = 0
    const central: Uint8Array[] = []
    for (const entry of entries) {
      const name = new TextEncoder().encode(entry.name)
      // Local header with a ZIP64 extra (sizes), as miniz writes with MZ_ZIP_FLAG_WRITE_ZIP64.
      const local = new Uint8Array(30 + name.length + 20)
      const lv = new DataView(local.buffer)
      lv.setUint32(0, 0x04034b50, true)
      lv.setUint16(4, 45, true)
      lv.setUint32(14, entry.crc, true)
      lv.setUint32(18, 0xffffffff, true)
      lv.setUint32(22, 0xffffffff, true)
      lv.setUint16(26, name.length, true)
      lv.setUint16(28, 20, true)
      local.set(name, 30)
      lv.setUint16(30 + name.length, 0x0001, true)
      lv.setUint16(32 + name.length, 16, true)
      lv.setBigUint64(34 + name.length, BigInt(entry.size), true)
      lv.setBigUint64(42 + name.length, BigInt(entry.size), true)
      await handle.write(local, 0, local.length, offset)
      if (entry.data) await handle.write(entry.data, 0, entry.data.length, offset + local.length)

      const header = new Uint8Array(46 + name.length + 28)
      const cv = new DataView(header.buffer)
      cv.setUint32(0, 0x02014b50, true)
      cv.setUint16(4, 45, true)
      cv.setUint16(6, 45, true)
      cv.setUint32(16, entry.crc, true)
      cv.setUint32(20, 0xffffffff, true)
      cv.setUint32(24, 0xffffffff, true)
      cv.setUint16(28, name.length, true)
      cv.setUint16(30, 28, true)
      cv.setUint32(42, 0xffffffff, true)
      header.set(name, 46)
      const extra = 46 + name.length
      cv.setUint16(extra, 0x0001, true)
      cv.setUint16(extra + 2, 24, true)
      cv.setBigUint64(extra + 4, BigInt(entry.size), true)
      cv.setBigUint64(extra + 12, BigInt(entry.size), true)
      cv.setBigUint64(extra + 20, BigInt(offset), true)
      central.push(header)
      offset += local.length + entry.size
    }
    const centralBytes = chunksToBytes(central)
    const centralOffset = offset
    const tail = new Uint8Array(56 + 20 + 22)
    const tv = new DataView(tail.buffer)
    // ZIP64 end of central directory record
    tv.setUint32(0, 0x06064b50, true)
    tv.setBigUint64(4, 44n, true)
    tv.setUint16(12, 45, true)
    tv.setUint16(14, 45, true)
    tv.setBigUint64(24, BigInt(entries.length), true)
    tv.setBigUint64(32, BigInt(entries.length), true)
    tv.setBigUint64(40, BigInt(centralBytes.length), true)
    tv.setBigUint64(48, BigInt(centralOffset), true)
    // ZIP64 locator
    tv.setUint32(56, 0x07064b50, true)
    tv.setBigUint64(64, BigInt(centralOffset + centralBytes.length), true)
    tv.setUint32(72, 1, true)
    // EOCD with the ZIP64 markers
    tv.setUint32(76, 0x06054b50, true)
    tv.setUint16(84, 0xffff, true)
    tv.setUint16(86, 0xffff, true)
    tv.setUint32(88, 0xffffffff, true)
    tv.setUint32(92, 0xffffffff, true)
    await handle.write(centralBytes, 0, centralBytes.length, centralOffset)
    await handle.write(tail, 0, tail.length, centralOffset + centralBytes.length)
    return centralOffset + centralBytes.length + tail.length
  } finally {
    await handle.close()
  }
}

/** Writes a legacy stream whose one storage of `storageBytes` bytes is a hole; returns the file size. */
export async function writeSparseLegacyTorch(path: string, storageBytesOnDisk: number): Promise<number> {
  const numel = storageBytesOnDisk / 4
  const storage: StorageSpec = { key: '0', storageClass: 'FloatStorage', numel }
  const head = chunksToBytes(legacyPickles(orderedDict([['embed.weight', tensor(storage, [numel], { legacy: true })]]), [storage]))
  const count = new Uint8Array(8)
  new DataView(count.buffer).setBigInt64(0, BigInt(numel), true)
  const handle = await open(path, 'w')
  try {
    await handle.write(head, 0, head.length, 0)
    await handle.write(count, 0, 8, head.length)
    const size = head.length + 8 + storageBytesOnDisk
    await handle.truncate(size)
    return size
  } finally {
    await handle.close()
  }
}
