import { join } from 'node:path'
import { pickle, type Py } from '../../scripts/builders/pickle.js'
import type { StorageSpec } from '../../scripts/builders/pytorch.js'
import { sparseZip64, type ZipRecord } from '../../scripts/builders/zip.js'
import { writeSparseFile } from '../../scripts/builders/sparse.js'
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
 * An OrderedDict (or, given `{ dict: [] }`, a plain dict) of `entries` as Python's pickler writes a
 * dict: its items in SETITEMS batches of 1000 (`python/cpython:Lib/pickle.py`, `_batch_setitems`,
 * `_BATCHSIZE = 1000`), not one SETITEMS of them all, which put every key and value on the
 * unpickler's stack at once.
 */
export function batchedOrderedDict(entries: [Py, Py][], empty: Py = { reduce: { global: 'collections.OrderedDict' }, args: [] }): Py {
  const BATCH = 1000
  let dict: Py = empty
  for (let i = 0; i < entries.length; i += BATCH) dict = { setitems: dict, items: entries.slice(i, i + BATCH) }
  return dict
}

/**
 * `_rebuild_tensor_v2(persistent storage, 0, size, stride, False, OrderedDict())` as torch's
 * pickler writes it: each global and the `'cpu'` string are written once and fetched from the memo
 * afterwards (Python's pickler memoizes them), so the pickle grows as a real one does.
 */
export function memoizedTensor(storage: StorageSpec, shape: number[]): Py {
  const global = (name: string): Py => ({ memo: `global ${name}`, value: { global: name } })
  const stride = shape.map((_, i) => shape.slice(i + 1).reduce((a, b) => a * b, 1))
  const pid: Py = { tuple: ['storage', global(`torch.${storage.storageClass}`), storage.key, { memo: 'cpu', value: 'cpu' }, storage.numel] }
  return {
    reduce: global('torch._utils._rebuild_tensor_v2'),
    args: [{ persid: pid }, 0, { tuple: shape }, { tuple: stride }, false, { reduce: global('collections.OrderedDict'), args: [] }]
  }
}
