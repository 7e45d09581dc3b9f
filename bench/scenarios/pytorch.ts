import { join } from 'node:path'
import { pickle, type Py } from '../../scripts/builders/pickle.js'
import type { StorageSpec } from '../../scripts/builders/pytorch.js'
import { crc32 } from '../../scripts/builders/zip.js'
import { writeSparseFile, type Chunk } from '../../scripts/builders/sparse.js'
import { elementCount, float32Shape, type FormatScenario, type Scale } from './types.js'

/**
 * A `torch.save(model.state_dict())` zip (as `pytorch_model.bin`): one storage per tensor, each
 * payload a hole. Written as ZIP64, as torch's writer does for large archives.
 */
export const pytorchScenario: FormatScenario = {
  format: 'pytorch',
  write(dir: string, scale: Scale): string[] {
    const shape = float32Shape(scale.bytes / scale.tensors)
    const storages: StorageSpec[] = []
    const entries: [string, Py][] = []
    for (let i = 0; i < scale.tensors; i++) {
      const storage: StorageSpec = { key: String(i), storageClass: 'FloatStorage', numel: elementCount(shape) }
      storages.push(storage)
      entries.push([`layers.${i}.weight`, memoizedTensor(storage, shape)])
    }
    const archive = 'pytorch_model'
    const records: ZipRecord[] = [
      { name: `${archive}/data.pkl`, data: pickle(batchedOrderedDict(entries)) },
      { name: `${archive}/byteorder`, data: new TextEncoder().encode('little') },
      ...storages.map((storage) => ({ name: `${archive}/data/${storage.key}`, hole: storage.numel * 4 })),
      { name: `${archive}/version`, data: new TextEncoder().encode('3\n') }
    ]
    writeSparseFile(join(dir, 'pytorch_model.bin'), sparseZip64(records))
    return ['pytorch_model.bin']
  }
}

/**
 * An OrderedDict of `entries` as Python's pickler writes a dict: its items in SETITEMS batches of
 * 1000 (`python/cpython:Lib/pickle.py`, `_batch_setitems`, `_BATCHSIZE = 1000`), not one
 * SETITEMS of them all, which put every key and value on the unpickler's stack at once.
 */
function batchedOrderedDict(entries: [string, Py][]): Py {
  const BATCH = 1000
  let dict: Py = { reduce: { global: 'collections.OrderedDict' }, args: [] }
  for (let i = 0; i < entries.length; i += BATCH) dict = { setitems: dict, items: entries.slice(i, i + BATCH) }
  return dict
}

/**
 * `_rebuild_tensor_v2(persistent storage, 0, size, stride, False, OrderedDict())` as torch's
 * pickler writes it: each global and the `'cpu'` string are written once and fetched from the memo
 * afterwards (Python's pickler memoizes them), so the pickle grows as a real one does.
 */
function memoizedTensor(storage: StorageSpec, shape: number[]): Py {
  const global = (name: string): Py => ({ memo: `global ${name}`, value: { global: name } })
  const stride = shape.map((_, i) => shape.slice(i + 1).reduce((a, b) => a * b, 1))
  const pid: Py = { tuple: ['storage', global(`torch.${storage.storageClass}`), storage.key, { memo: 'cpu', value: 'cpu' }, storage.numel] }
  return {
    reduce: global('torch._utils._rebuild_tensor_v2'),
    args: [{ persid: pid }, 0, { tuple: shape }, { tuple: stride }, false, { reduce: global('collections.OrderedDict'), args: [] }]
  }
}

interface ZipRecord {
  name: string
  /** Stored bytes, or the size of a payload left as a hole (its CRC is then 0). */
  data?: Uint8Array
  hole?: number
}

/**
 * A stored (uncompressed) ZIP64 archive whose payloads may be holes: local headers with a ZIP64
 * extra, the central directory with 64-bit sizes and offsets, the ZIP64 end record and locator,
 * and an end record with the ZIP64 markers (APPNOTE.TXT 4.3.14-4.3.16, 4.5.3).
 */
function sparseZip64(records: ZipRecord[]): Chunk[] {
  const chunks: Chunk[] = []
  const central: Uint8Array[] = []
  let offset = 0
  for (const record of records) {
    const name = new TextEncoder().encode(record.name)
    const size = record.data?.length ?? record.hole ?? 0
    const crc = record.data ? crc32(record.data) : 0
    const local = new Uint8Array(30 + name.length + 20)
    const lv = new DataView(local.buffer)
    lv.setUint32(0, 0x04034b50, true)
    lv.setUint16(4, 45, true)
    lv.setUint32(14, crc, true)
    lv.setUint32(18, 0xffffffff, true)
    lv.setUint32(22, 0xffffffff, true)
    lv.setUint16(26, name.length, true)
    lv.setUint16(28, 20, true)
    local.set(name, 30)
    lv.setUint16(30 + name.length, 0x0001, true)
    lv.setUint16(32 + name.length, 16, true)
    lv.setBigUint64(34 + name.length, BigInt(size), true)
    lv.setBigUint64(42 + name.length, BigInt(size), true)
    chunks.push(local, record.data ?? { hole: size })

    const header = new Uint8Array(46 + name.length + 28)
    const cv = new DataView(header.buffer)
    cv.setUint32(0, 0x02014b50, true)
    cv.setUint16(4, 45, true)
    cv.setUint16(6, 45, true)
    cv.setUint32(16, crc, true)
    cv.setUint32(20, 0xffffffff, true)
    cv.setUint32(24, 0xffffffff, true)
    cv.setUint16(28, name.length, true)
    cv.setUint16(30, 28, true)
    cv.setUint32(42, 0xffffffff, true)
    header.set(name, 46)
    const extra = 46 + name.length
    cv.setUint16(extra, 0x0001, true)
    cv.setUint16(extra + 2, 24, true)
    cv.setBigUint64(extra + 4, BigInt(size), true)
    cv.setBigUint64(extra + 12, BigInt(size), true)
    cv.setBigUint64(extra + 20, BigInt(offset), true)
    central.push(header)
    offset += local.length + size
  }
  const centralSize = central.reduce((n, c) => n + c.length, 0)
  const tail = new Uint8Array(56 + 20 + 22)
  const tv = new DataView(tail.buffer)
  tv.setUint32(0, 0x06064b50, true)
  tv.setBigUint64(4, 44n, true)
  tv.setUint16(12, 45, true)
  tv.setUint16(14, 45, true)
  tv.setBigUint64(24, BigInt(records.length), true)
  tv.setBigUint64(32, BigInt(records.length), true)
  tv.setBigUint64(40, BigInt(centralSize), true)
  tv.setBigUint64(48, BigInt(offset), true)
  tv.setUint32(56, 0x07064b50, true)
  tv.setBigUint64(64, BigInt(offset + centralSize), true)
  tv.setUint32(72, 1, true)
  tv.setUint32(76, 0x06054b50, true)
  tv.setUint16(84, 0xffff, true)
  tv.setUint16(86, 0xffff, true)
  tv.setUint32(88, 0xffffffff, true)
  tv.setUint32(92, 0xffffffff, true)
  return [...chunks, ...central, tail]
}
