import { describe, expect, it } from '@jest/globals'
import type { Py } from '../../../scripts/builders/pickle.js'
import { buildLegacyTorch, buildTorchZip, orderedDict, tensor, type StorageSpec } from '../../../scripts/builders/pytorch.js'
import { categoryOf, float, readTorch, reasonOf } from '../../helpers/torch-read.js'

/** A pickled `nn.Module` as protocol 2 writes one: NEWOBJ of its class, then BUILD with its `__dict__`. */
function module(cls: string, parts: { parameters?: [string, Py][]; buffers?: [string, Py][]; modules?: [string, Py][]; attributes?: [string, Py][] }): Py {
  return {
    build: { reduce: { global: cls }, args: [] },
    state: {
      dict: [
        ['training', true],
        ['_parameters', orderedDict(parts.parameters ?? [])],
        ['_buffers', orderedDict(parts.buffers ?? [])],
        ['_non_persistent_buffers_set', { dict: [] }],
        ['_modules', orderedDict(parts.modules ?? [])],
        ...(parts.attributes ?? [])
      ]
    }
  }
}

/** A torch.optim optimizer object: its `state` keyed by the parameter objects themselves. */
function optimizerObject(state: [Py, [string, Py][]][], params: Py[]): Py {
  return {
    build: { reduce: { global: 'torch.optim.adam.Adam' }, args: [] },
    state: {
      dict: [
        ['defaults', { dict: [['lr', { float: 0.001 }]] }],
        ['state', { dict: state.map(([param, slots]) => [param, { dict: slots }] as [Py, Py]) }],
        ['param_groups', [{ dict: [['params', params]] }]]
      ]
    }
  }
}

describe('PyTorch: whole pickled modules (torch.save(model))', () => {
  const w = float('0', 6)
  const b = float('1', 2)
  const mean = float('2', 2)
  const mask = float('3', 4)
  const head = float('4', 2)
  const storages = [w, b, mean, mask, head]
  const net = (): Py =>
    module('__main__.Net', {
      modules: [
        [
          'fc',
          module('torch.nn.modules.linear.Linear', {
            parameters: [
              ['weight', tensor(w, [2, 3], { parameter: true })],
              ['bias', tensor(b, [2], { parameter: true })]
            ]
          })
        ],
        ['bn', module('torch.nn.modules.batchnorm.BatchNorm1d', { buffers: [['running_mean', tensor(mean, [2])]] })],
        // A buffer whose name no rule knows (a causal mask, registered non-persistent): the module says it is one.
        [
          'attn',
          module('__main__.Attention', {
            buffers: [['tril', tensor(mask, [2, 2])]],
            modules: [['head', module('torch.nn.modules.linear.Linear', { parameters: [['weight', tensor(head, [1, 2], { parameter: true })]] })]]
          })
        ]
      ]
    })

  it('names tensors as the state_dict does and takes _parameters as weights, _buffers (unnamed ones too) as buffers', async () => {
    const { result, report } = await readTorch('model.pt', buildTorchZip({ root: net(), storages }))
    expect(result.tensors.map((t) => [t.name, categoryOf(result, t.name)])).toEqual([
      ['fc.weight', 'weights'],
      ['fc.bias', 'weights'],
      ['bn.running_mean', 'buffers'],
      ['attn.tril', 'buffers'],
      ['attn.head.weight', 'weights']
    ])
    expect(reasonOf(result, 'attn.tril')).toBe('registered buffer in the _buffers of a __main__.Attention')
    expect(report.bytes).toMatchObject({ weights: 40, buffers: 24, unclassified: 0 })
    expect(report.pickleGlobals?.filter((g) => g.verdict === 'unknown').map((g) => `${g.module}.${g.name}`)).toEqual([
      '__main__.Net',
      'torch.nn.modules.linear.Linear',
      'torch.nn.modules.batchnorm.BatchNorm1d',
      '__main__.Attention'
    ])
  })

  it('reads a whole module from a pre-1.6 legacy stream the same way', async () => {
    const legacy = (spec: StorageSpec, shape: number[], parameter = false): Py => tensor(spec, shape, { legacy: true, parameter })
    const root = module('__main__.Net', {
      modules: [
        [
          'bn',
          module('torch.nn.modules.batchnorm.BatchNorm1d', { parameters: [['weight', legacy(b, [2], true)]], buffers: [['running_mean', legacy(mean, [2])]] })
        ]
      ]
    })
    const { result, report } = await readTorch('old.pt', buildLegacyTorch(root, [b, mean]))
    expect(result.format).toBe('pytorch-legacy')
    expect(result.tensors.map((t) => [t.name, categoryOf(result, t.name)])).toEqual([
      ['bn.weight', 'weights'],
      ['bn.running_mean', 'buffers']
    ])
    expect(report.pickleGlobals?.map((g) => g.verdict)).not.toContain('dangerous')
  })

  it('reads a model inside a pickled trainer, its optimizer object (slots named after their parameters) and an EMA copy', async () => {
    const m1 = float('5', 6)
    const m2 = float('6', 2)
    const ema = float('7', 6)
    const all: StorageSpec[] = [...storages, m1, m2, ema]
    const weight: Py = { memo: 'fc.weight', value: tensor(w, [2, 3], { parameter: true }) }
    const bias: Py = { memo: 'fc.bias', value: tensor(b, [2], { parameter: true }) }
    const model = module('__main__.Small', {
      modules: [
        [
          'fc',
          module('torch.nn.modules.linear.Linear', {
            parameters: [
              ['weight', weight],
              ['bias', bias]
            ]
          })
        ]
      ]
    })
    const trainer: Py = {
      build: { reduce: { global: '__main__.Trainer' }, args: [] },
      state: {
        dict: [
          ['model', model],
          ['model_ema', module('__main__.Small', { parameters: [['weight', tensor(ema, [2, 3], { parameter: true })]] })],
          [
            'opt',
            optimizerObject(
              [
                [{ memo: 'fc.weight' }, [['exp_avg', tensor(m1, [2, 3])]]],
                [{ memo: 'fc.bias' }, [['exp_avg', tensor(m2, [2])]]]
              ],
              [{ memo: 'fc.weight' }, { memo: 'fc.bias' }]
            )
          ],
          ['losses', [{ float: 0.5 }]]
        ]
      }
    }
    const { result, report } = await readTorch('trainer.pt', buildTorchZip({ root: trainer, storages: all }))
    expect(report.bytes).toMatchObject({ weights: 32, optimizer: 32, buffers: 24, unclassified: 0 })
    expect(reasonOf(result, 'opt.state/model.fc.weight/exp_avg')).toBe('Adam first moment (m) of model.fc.weight')
    // The optimizer's param_groups refer to the parameters: no tensor is listed twice.
    expect(report.tensors).toBe(5)
  })
})

describe('PyTorch: a state_dict saved with its optimizer (issue 11)', () => {
  it('takes exactly the entries the optimizer keeps state for as parameters, every other entry (a noise schedule, inv_freq) as a buffer', async () => {
    const w = float('0', 4)
    const betas = float('1', 10)
    const freq = float('2', 2)
    const bias = float('3', 2)
    const m = float('4', 4)
    const mb = float('5', 2)
    // A module's parameters, then its buffers (the order state_dict() writes), then a child's buffer.
    const model = orderedDict([
      ['unet.weight', tensor(w, [2, 2])],
      ['unet.bias', tensor(bias, [2])],
      ['unet.schedule', tensor(betas, [10])],
      ['unet.rope.freqs', tensor(freq, [2])]
    ])
    const optimizer: Py = {
      dict: [
        [
          'state',
          {
            dict: [
              [0, { dict: [['exp_avg', tensor(m, [2, 2])]] }],
              [1, { dict: [['exp_avg', tensor(mb, [2])]] }]
            ]
          }
        ],
        ['param_groups', [{ dict: [['params', [0, 1]]] }]]
      ]
    }
    const root: Py = {
      dict: [
        ['model', model],
        ['optimizer', optimizer],
        ['epoch', 3]
      ]
    }
    const { result, report } = await readTorch('train.pt', buildTorchZip({ root, storages: [w, bias, betas, freq, m, mb] }))
    expect(result.tensors.map((t) => [t.name, categoryOf(result, t.name)])).toEqual([
      ['model/unet.weight', 'weights'],
      ['model/unet.bias', 'weights'],
      ['model/unet.schedule', 'buffers'],
      ['model/unet.rope.freqs', 'buffers'],
      ['optimizer/state/0/exp_avg', 'optimizer'],
      ['optimizer/state/1/exp_avg', 'optimizer']
    ])
    expect(reasonOf(result, 'optimizer/state/1/exp_avg')).toBe('Adam first moment (m) of unet.bias')
    expect(reasonOf(result, 'model/unet.schedule')).toBe("not among the optimizer's parameters: a registered buffer")
    expect(report.bytes).toMatchObject({ weights: 24, buffers: 48, optimizer: 24 })
  })

  it('falls back to names when the optimizer does not align (another model trained it)', async () => {
    const w = float('0', 4)
    const m = float('1', 3)
    const root: Py = {
      dict: [
        ['model', orderedDict([['w', tensor(w, [4])]])],
        [
          'optimizer',
          {
            dict: [
              ['state', { dict: [[0, { dict: [['exp_avg', tensor(m, [3])]] }]] }],
              ['param_groups', [{ dict: [['params', [0]]] }]]
            ]
          }
        ]
      ]
    }
    const { result } = await readTorch('other.pt', buildTorchZip({ root, storages: [w, m] }))
    expect(categoryOf(result, 'model/w')).toBe('weights')
    expect(reasonOf(result, 'model/w')).toBe("in a model state_dict ('model'); no buffer rule names it")
  })
})

describe('PyTorch: RNG state and keys no rule knows, by what they hold', () => {
  it("reads HF Trainer's rng_state.pth (python/numpy/cpu keys) and a bare 5056-byte generator state as RNG state", async () => {
    const cpu: StorageSpec = { key: '0', storageClass: 'ByteStorage', numel: 5056 }
    const root: Py = {
      dict: [
        ['python', [3, [1, 2], null]],
        ['numpy', ['MT19937', 'array', 624, 0, { float: 0 }]],
        ['cpu', tensor(cpu, [5056])]
      ]
    }
    const { report } = await readTorch('rng_state.pth', buildTorchZip({ root, storages: [cpu] }))
    expect(report.bytes).toMatchObject({ bookkeeping: 5056, weights: 0, unclassified: 0 })
    const lone = await readTorch(
      'seed.pt',
      buildTorchZip({
        root: {
          dict: [
            ['model', orderedDict([])],
            ['gen', tensor(cpu, [5056])]
          ]
        },
        storages: [cpu]
      })
    )
    expect(lone.report.bytes.bookkeeping).toBe(5056)
    expect(reasonOf(lone.result, 'gen')).toMatch(/CPU generator's state/)
  })

  it("takes a nested state_dict under an unknown key for a model's, and a small tensor beside the model for loop state, named", async () => {
    const w = float('0', 4)
    const n = float('1', 4)
    const mean = float('2', 3)
    const std = float('3', 3)
    const root: Py = {
      dict: [
        ['model', orderedDict([['w', tensor(w, [4])]])],
        ['normalizer', orderedDict([['weight', tensor(n, [4])]])],
        ['target_mean', tensor(mean, [3])],
        ['target_scaler', { dict: [['std', tensor(std, [3])]] }]
      ]
    }
    const { result, report } = await readTorch('loop.pt', buildTorchZip({ root, storages: [w, n, mean, std] }))
    expect(categoryOf(result, 'normalizer/weight')).toBe('weights')
    // {'std': …} is not a module's state_dict (no module names its entries so): a small tensor of the loop.
    expect(categoryOf(result, 'target_scaler/std')).toBe('bookkeeping')
    expect(categoryOf(result, 'target_mean')).toBe('bookkeeping')
    expect(reasonOf(result, 'target_mean')).toBe("'target_mean': a small tensor beside the model, outside its state_dict (training-loop state)")
    expect(report.bytes.unclassified).toBe(0)
  })

  it('reads a state_dict with a config dict beside its entries as a state_dict', async () => {
    const w = float('0', 5000)
    const root: Py = {
      dict: [
        ['encoder.weight', tensor(w, [5000])],
        ['config', { dict: [['hidden', 8]] }]
      ]
    }
    const { report } = await readTorch('sd.pt', buildTorchZip({ root, storages: [w] }))
    expect(report.bytes).toMatchObject({ weights: 20_000, unclassified: 0 })
  })

  it('reads Lightning < 1.5 callback state keyed by the callback class as loop state', async () => {
    const score = float('0', 1)
    const callbacks: Py = {
      dict: [[{ global: 'pytorch_lightning.callbacks.model_checkpoint.ModelCheckpoint' }, { dict: [['best_model_score', tensor(score, [])]] }]]
    }
    const root: Py = {
      dict: [
        ['state_dict', orderedDict([])],
        ['callbacks', callbacks]
      ]
    }
    const { result, report } = await readTorch('old.ckpt', buildTorchZip({ root, storages: [score] }))
    expect(result.tensors.map((t) => t.name)).toEqual(['callbacks/pytorch_lightning.callbacks.model_checkpoint.ModelCheckpoint/best_model_score'])
    expect(report.bytes.bookkeeping).toBe(4)
  })
})
