import { describe, expect, it } from '@jest/globals'
import { FormatError } from '../../../src/core/errors.js'
import { MemoryFiles } from '../../../src/io/checkpoint-files.js'
import { measure } from '../../../src/pipeline/measure.js'
import { pickle, type Py } from '../../../scripts/builders/pickle.js'
import { buildTorchZip, tensor, type StorageSpec } from '../../../scripts/builders/pytorch.js'

/** A dataclass as pickle writes it: the class called, then BUILD with its fields. */
const dataclass = (name: string, fields: [string, Py][], module = 'torch.distributed.checkpoint.metadata'): Py => ({
  build: { reduce: { global: `${module}.${name}` }, args: [] },
  state: { dict: fields }
})
const size = (dims: number[]): Py => ({ reduce: { global: 'torch.Size' }, args: [{ tuple: dims }] })

interface Chunk {
  fqn: string
  shape: number[]
  offsets: number[]
  sizes: number[]
  file: string
}

/** A DCP folder: each chunk a torch.save'd float32 tensor in its data file, and the `.metadata` pickle of where each is. */
function buildDcp(dir: string, chunks: Chunk[], options: { omitFiles?: string[] } = {}): Map<string, Uint8Array> {
  const data = new Map<string, Uint8Array[]>()
  const storageData: [Py, Py][] = []
  const byTensor = new Map<string, Chunk[]>()
  for (const chunk of chunks) {
    const storage: StorageSpec = { key: '0', storageClass: 'FloatStorage', numel: chunk.sizes.reduce((a, b) => a * b, 1) }
    const item = buildTorchZip({ archive: 'archive', root: tensor(storage, chunk.sizes), storages: [storage] })
    const parts = data.get(chunk.file) ?? []
    const offset = parts.reduce((sum, part) => sum + part.length, 0)
    parts.push(item)
    data.set(chunk.file, parts)
    storageData.push([
      dataclass('MetadataIndex', [['fqn', chunk.fqn], ['offset', size(chunk.offsets)], ['index', null]]),
      dataclass('_StorageInfo', [['relative_path', chunk.file], ['offset', offset], ['length', item.length]], 'torch.distributed.checkpoint.filesystem')
    ])
    byTensor.set(chunk.fqn, [...(byTensor.get(chunk.fqn) ?? []), chunk])
  }
  const stateDict: [Py, Py][] = [...byTensor].map(([fqn, parts]) => [
    fqn,
    dataclass('TensorStorageMetadata', [
      ['properties', { build: { reduce: { global: 'torch.distributed.checkpoint.metadata.TensorProperties' }, args: [] }, state: { tuple: [{ global: 'torch.float32' }, null, false, null, false] } }],
      ['size', size(parts[0].shape)],
      ['chunks', parts.map((part) => dataclass('ChunkStorageMetadata', [['offsets', size(part.offsets)], ['sizes', size(part.sizes)]]))]
    ])
  ])
  const files = new Map<string, Uint8Array>([[`${dir}/.metadata`, pickle(dataclass('Metadata', [['state_dict_metadata', { dict: stateDict }], ['storage_data', { dict: storageData }]]), { protocol: 4 })]])
  for (const [file, parts] of data) {
    if (options.omitFiles?.includes(file)) continue
    files.set(`${dir}/${file}`, Uint8Array.from(parts.flatMap((part) => [...part])))
  }
  return files
}

describe('torch.distributed.checkpoint folders', () => {
  it('counts each chunk of a sharded tensor once, in the data file of the rank that wrote it', async () => {
    const files = buildDcp('ckpt/step-100', [
      { fqn: 'model.fc.weight', shape: [8, 4], offsets: [0, 0], sizes: [4, 4], file: '__0_0.distcp' },
      { fqn: 'model.fc.weight', shape: [8, 4], offsets: [4, 0], sizes: [4, 4], file: '__1_0.distcp' },
      { fqn: 'model.bn.running_mean', shape: [4], offsets: [0], sizes: [4], file: '__0_0.distcp' }
    ])
    const report = await measure([...files.keys()], new MemoryFiles(files))
    expect(report.errors).toEqual([])
    expect(report.checkpoints).toHaveLength(1)
    const [checkpoint] = report.checkpoints
    expect(checkpoint.id).toBe('ckpt/step')
    expect(checkpoint.files.map((file) => [file.path, file.role])).toEqual([
      ['ckpt/step-100/.metadata', 'index'],
      ['ckpt/step-100/__0_0.distcp', 'data'],
      ['ckpt/step-100/__1_0.distcp', 'data']
    ])
    // Without optimizer state, the buffer names decide: BatchNorm statistics are buffers, the rest weights.
    expect(checkpoint.bytes.weights).toBe(2 * 16 * 4)
    expect(checkpoint.bytes.buffers).toBe(4 * 4)
    expect(checkpoint.parameters).toBe(32)
  })

  it('takes the parameters from the optimizer state: a model tensor without it is not trained', async () => {
    const files = buildDcp('dcp', [
      { fqn: 'model.embed.weight', shape: [10, 4], offsets: [0, 0], sizes: [10, 4], file: '__0_0.distcp' },
      { fqn: 'model.frozen_table', shape: [6], offsets: [0], sizes: [6], file: '__0_0.distcp' },
      { fqn: 'optim.state.embed.weight.exp_avg', shape: [10, 4], offsets: [0, 0], sizes: [10, 4], file: '__0_0.distcp' }
    ])
    const report = await measure([...files.keys()], new MemoryFiles(files), { top: 3 })
    const [checkpoint] = report.checkpoints
    expect([checkpoint.bytes.weights, checkpoint.bytes.optimizer, checkpoint.bytes.buffers]).toEqual([160, 160, 24])
    expect(checkpoint.top?.map((t) => [t.name, t.category, t.reason])).toEqual([
      ['model.embed.weight', 'weights', 'the optimizer keeps state for it: a trained parameter'],
      ['optim.state.embed.weight.exp_avg', 'optimizer', "Adam first moment (m): the optimizer's per-parameter state"],
      ['model.frozen_table', 'buffers', 'the optimizer keeps no state for it']
    ])
  })

  it('counts a missing data file at the sizes .metadata gives, with a warning', async () => {
    const files = buildDcp('dcp', [
      { fqn: 'model.w', shape: [4], offsets: [0], sizes: [4], file: '__0_0.distcp' },
      { fqn: 'model.v', shape: [4], offsets: [0], sizes: [4], file: '__1_0.distcp' }
    ], { omitFiles: ['__1_0.distcp'] })
    const report = await measure([...files.keys()], new MemoryFiles(files))
    const [checkpoint] = report.checkpoints
    expect(checkpoint.files.find((file) => file.path === 'dcp/__1_0.distcp')?.present).toBe(false)
    expect(checkpoint.warnings).toContain('dcp/__1_0.distcp is missing: its 1 tensor chunks are counted at the sizes .metadata gives')
    expect(checkpoint.bytes.unclassified).toBe(0)
  })

  it('reports a .metadata that is not a DCP Metadata pickle as a FormatError naming the file', async () => {
    const files = new Map([['dcp/.metadata', pickle({ dict: [['state_dict_metadata', { dict: [] }]] })]])
    const report = await measure(['dcp/.metadata'], new MemoryFiles(files))
    expect(report.errors).toEqual([{ path: 'dcp/.metadata', kind: FormatError.name, message: expect.stringContaining('not a torch.distributed.checkpoint metadata file: the pickle is not a Metadata object') }])
  })

  it('refuses a storage file name that would leave the folder', async () => {
    const files = buildDcp('dcp', [{ fqn: 'model.w', shape: [4], offsets: [0], sizes: [4], file: '../escape.distcp' }])
    const report = await measure(['dcp/.metadata'], new MemoryFiles(files))
    expect(report.errors.map((error) => error.message)).toEqual([expect.stringContaining("storage file '../escape.distcp' is not a file of the folder")])
  })
})
