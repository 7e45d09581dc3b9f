import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pickle, type Py } from '../../scripts/builders/pickle.js'
import type { StorageSpec } from '../../scripts/builders/pytorch.js'
import { buildSafetensors, type SafetensorsTensorSpec } from '../../scripts/builders/safetensors.js'
import { writeSparseFile } from '../../scripts/builders/sparse.js'
import { sparseZip64, type ZipRecord } from '../../scripts/builders/zip.js'
import { batchedOrderedDict, memoizedTensor } from './pytorch.js'
import { elementCount, float32Shape, type FormatScenario, type Scale } from './types.js'

/**
 * A Hugging Face Trainer `checkpoint-500/`: `model.safetensors` with a third of the tensors, an
 * Adam `optimizer.pt` (torch.save zip: `exp_avg` and `exp_avg_sq` per parameter) with the rest,
 * a `scheduler.pt` without tensors (read for its pickle record's span) and `trainer_state.json`;
 * every payload a hole. The folder is the one checkpoint.
 */
export const trainingFolderScenario: FormatScenario = {
  format: 'training-folder',
  write(dir: string, scale: Scale): string[] {
    const parameters = Math.max(1, Math.round(scale.tensors / 3))
    const shape = float32Shape(scale.bytes / (3 * parameters))
    const folder = join(dir, 'checkpoint-500')
    mkdirSync(folder)
    const weights: Record<string, SafetensorsTensorSpec> = {}
    for (let i = 0; i < parameters; i++) weights[`model.layers.${i}.weight`] = { dtype: 'F32', shape, hole: true }
    writeSparseFile(join(folder, 'model.safetensors'), buildSafetensors(weights, { metadata: { format: 'pt' } }))

    const storages: StorageSpec[] = []
    const state: [Py, Py][] = []
    for (let i = 0; i < parameters; i++) {
      const slots: [Py, Py][] = ['exp_avg', 'exp_avg_sq'].map((slot) => {
        const storage: StorageSpec = { key: String(storages.length), storageClass: 'FloatStorage', numel: elementCount(shape) }
        storages.push(storage)
        return [slot, memoizedTensor(storage, shape)]
      })
      state.push([i, { dict: slots }])
    }
    const groups: Py = [
      {
        dict: [
          ['lr', { float: 5e-5 }],
          ['params', Array.from({ length: parameters }, (_, i) => i)]
        ]
      }
    ]
    const records: ZipRecord[] = [
      {
        name: 'optimizer/data.pkl',
        data: pickle({
          dict: [
            ['state', batchedOrderedDict(state, { dict: [] })],
            ['param_groups', groups]
          ]
        })
      },
      { name: 'optimizer/byteorder', data: new TextEncoder().encode('little') },
      ...storages.map((storage) => ({ name: `optimizer/data/${storage.key}`, hole: storage.numel * 4 })),
      { name: 'optimizer/version', data: new TextEncoder().encode('3\n') }
    ]
    writeSparseFile(join(folder, 'optimizer.pt'), sparseZip64(records))
    const scheduler = pickle({
      dict: [
        ['last_epoch', 500],
        ['_step_count', 501],
        ['base_lrs', [{ float: 5e-5 }]]
      ]
    })
    writeSparseFile(
      join(folder, 'scheduler.pt'),
      sparseZip64([
        { name: 'scheduler/data.pkl', data: scheduler },
        { name: 'scheduler/version', data: new TextEncoder().encode('3\n') }
      ])
    )
    writeFileSync(join(folder, 'trainer_state.json'), JSON.stringify({ global_step: 500, epoch: 1.0, log_history: [] }, null, 2))
    return ['checkpoint-500']
  }
}
