import { describe, expect, it } from '@jest/globals'
import { analyzeCheckpoint } from '../../../src/core/analyze.js'
import { CATEGORIES } from '../../../src/core/types.js'
import { pytorchShardIndexReader } from '../../../src/formats/pytorch/shard-index-reader.js'
import { MemoryFiles } from '../../../src/io/checkpoint-files.js'
import { measure } from '../../../src/pipeline/measure.js'
import { buildLegacyTorch, buildTorchZip, orderedDict, storageBytes, tensor, type StorageSpec } from '../../../scripts/builders/pytorch.js'
import { buildShardIndex } from '../../../scripts/builders/safetensors.js'
import { decidedCategory } from '../../helpers/decide.js'

/**
 * A state_dict split the way transformers' save_pretrained splits it: each shard a torch.save of
 * part of the dict, and `pytorch_model.bin.index.json` mapping every tensor to its shard.
 */
const storages = {
  embed: { key: '0', storageClass: 'FloatStorage', numel: 1000 },
  norm: { key: '1', storageClass: 'FloatStorage', numel: 10 },
  mean: { key: '0', storageClass: 'FloatStorage', numel: 10 },
  head: { key: '1', storageClass: 'HalfStorage', numel: 1000 }
} satisfies Record<string, StorageSpec>

const shard1 = buildTorchZip({
  archive: 'pytorch_model-00001-of-00002',
  root: orderedDict([
    ['embed.weight', tensor(storages.embed, [100, 10])],
    ['norm.weight', tensor(storages.norm, [10])]
  ]),
  storages: [storages.embed, storages.norm]
})
const shard2 = buildTorchZip({
  archive: 'pytorch_model-00002-of-00002',
  root: orderedDict([
    ['bn.running_mean', tensor(storages.mean, [10])],
    ['head.weight', tensor(storages.head, [10, 100])]
  ]),
  storages: [storages.mean, storages.head]
})
const weightMap = {
  'embed.weight': 'pytorch_model-00001-of-00002.bin',
  'norm.weight': 'pytorch_model-00001-of-00002.bin',
  'bn.running_mean': 'pytorch_model-00002-of-00002.bin',
  'head.weight': 'pytorch_model-00002-of-00002.bin'
}
const payload = Object.values(storages).reduce((sum, storage) => sum + storageBytes(storage), 0)
const index = buildShardIndex(weightMap, payload)
const memory = (files: Record<string, Uint8Array>): MemoryFiles => new MemoryFiles(new Map(Object.entries(files)))

describe('PyTorch: sharded checkpoints (pytorch_model.bin.index.json)', () => {
  it('reports the index and its shards as one checkpoint with the id of an unsharded pytorch_model.bin', async () => {
    const files = memory({
      'm/pytorch_model.bin.index.json': index,
      'm/pytorch_model-00001-of-00002.bin': shard1,
      'm/pytorch_model-00002-of-00002.bin': shard2
    })
    const report = await measure(['m/pytorch_model.bin.index.json', 'm/pytorch_model-00001-of-00002.bin', 'm/pytorch_model-00002-of-00002.bin'], files)
    expect(report.errors).toEqual([])
    expect(report.checkpoints).toHaveLength(1)
    const [checkpoint] = report.checkpoints
    expect(checkpoint.id).toBe('m/pytorch_model.bin')
    expect(checkpoint.format).toBe('pytorch')
    expect(checkpoint.files.map((file) => [file.path, file.role, file.bytes])).toEqual([
      ['m/pytorch_model.bin.index.json', 'index', index.length],
      ['m/pytorch_model-00001-of-00002.bin', 'data', shard1.length],
      ['m/pytorch_model-00002-of-00002.bin', 'data', shard2.length]
    ])
    expect(checkpoint.bytes.total).toBe(index.length + shard1.length + shard2.length)
    expect(CATEGORIES.reduce((sum, category) => sum + checkpoint.bytes[category], 0)).toBe(checkpoint.bytes.total)
    expect(checkpoint.bytes.weights).toBe(4000 + 40 + 2000)
    expect(checkpoint.bytes.buffers).toBe(40)
    expect(checkpoint.parameters).toBe(1000 + 10 + 1000)
    expect(checkpoint.tensors).toBe(4)
  })

  it('stands in for an absent shard with the size the index describes, and says so', async () => {
    const files = memory({ 'pytorch_model.bin.index.json': index, 'pytorch_model-00001-of-00002.bin': shard1 })
    const result = await pytorchShardIndexReader.read('pytorch_model.bin.index.json', files)
    expect(result.files.find((file) => !file.present)).toEqual({ path: 'pytorch_model-00002-of-00002.bin', role: 'data', bytes: 2040, present: false })
    expect(result.warnings).toEqual([
      "1 file of the checkpoint is absent (pytorch_model-00002-of-00002.bin): counted at the 2040 bytes the index's total_size describes, so the total is what the complete checkpoint would hold"
    ])
    const report = analyzeCheckpoint(result, { id: 'pytorch_model.bin' })
    expect(report.bytes.total).toBe(index.length + shard1.length + 2040)
  })

  it('reads a shard written by a pre-1.6 torch.save', async () => {
    const legacy = buildLegacyTorch(
      orderedDict([
        ['bn.running_mean', tensor(storages.mean, [10], { legacy: true })],
        ['head.weight', tensor(storages.head, [10, 100], { legacy: true })]
      ]),
      [storages.mean, storages.head]
    )
    const files = memory({ 'pytorch_model.bin.index.json': index, 'pytorch_model-00001-of-00002.bin': shard1, 'pytorch_model-00002-of-00002.bin': legacy })
    const result = await pytorchShardIndexReader.read('pytorch_model.bin.index.json', files)
    expect(result.tensors.map((t) => [t.name, decidedCategory(t), t.file])).toEqual([
      ['embed.weight', 'weights', 'pytorch_model-00001-of-00002.bin'],
      ['norm.weight', 'weights', 'pytorch_model-00001-of-00002.bin'],
      ['bn.running_mean', 'buffers', 'pytorch_model-00002-of-00002.bin'],
      ['head.weight', 'weights', 'pytorch_model-00002-of-00002.bin']
    ])
    expect(result.warnings).toEqual([])
  })

  it('refuses an index that points outside its directory, without opening anything', async () => {
    const files = memory({ 'pytorch_model.bin.index.json': buildShardIndex({ w: '../secret.bin' }) })
    await expect(pytorchShardIndexReader.read('pytorch_model.bin.index.json', files)).rejects.toThrow(
      /the index places 'w' in "\.\.\/secret\.bin", which is not a file next to the index/
    )
  })
})
