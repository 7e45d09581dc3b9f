import { open } from 'node:fs/promises'
import { pickle, type Py } from './pickle.js'
import { chunksToBytes, writeSparseFile } from './sparse.js'
import { buildZip, buildZip64 } from './zip.js'

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
export function tensor(storage: StorageSpec, shape: number[], options: { offset?: number; parameter?: boolean; legacy?: boolean } = {}): Py {
  const stride = shape.map((_, i) => shape.slice(i + 1).reduce((a, b) => a * b, 1))
  // The storage tuple is memoized, as torch's pickler does for a storage seen twice.
  const pid: Py = {
    tuple: ['storage', { global: `torch.${storage.storageClass}` }, storage.key, 'cpu', storage.numel, ...(options.legacy ? [null] : [])]
  }
  const rebuilt: Py = {
    reduce: { global: 'torch._utils._rebuild_tensor_v2' },
    args: [{ persid: pid }, options.offset ?? 0, { tuple: shape }, { tuple: stride }, false, { reduce: { global: 'collections.OrderedDict' }, args: [] }]
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
    pickle({
      dict: [
        ['protocol_version', 1001],
        ['little_endian', true],
        [
          'type_sizes',
          {
            dict: [
              ['short', 2],
              ['int', 4],
              ['long', 4]
            ]
          }
        ]
      ]
    }),
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
  return writeSparseFile(
    path,
    buildZip64([
      { name: `${archive}/data.pkl`, chunks: [pickle(root)] },
      { name: `${archive}/data/0`, chunks: [{ hole: storageBytesOnDisk }] }
    ])
  )
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
