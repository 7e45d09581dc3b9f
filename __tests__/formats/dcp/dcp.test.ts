import { describe, expect, it } from '@jest/globals'
import { FormatError } from '../../../src/core/errors.js'
import { MemoryFiles } from '../../../src/io/checkpoint-files.js'
import { measure } from '../../../src/pipeline/measure.js'
import { buildDcp } from '../../../scripts/builders/dcp.js'
import { pickle } from '../../../scripts/builders/pickle.js'

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

  it("reads an item's zip directory for the payload of a dtype whose size it does not know", async () => {
    const files = buildDcp('dcp', [{ fqn: 'model.w', shape: [6], offsets: [0], sizes: [6], file: '__0_0.distcp', dtype: 'some_new_dtype' }])
    const report = await measure([...files.keys()], new MemoryFiles(files))
    const [checkpoint] = report.checkpoints
    expect(checkpoint.bytes.weights).toBe(24)
    expect(checkpoint.warnings).toEqual([])
  })

  it('refuses a data file name that would leave the folder, and opens nothing', async () => {
    const files = buildDcp('dcp', [{ fqn: 'model.w', shape: [4], offsets: [0], sizes: [4], file: '../../etc/passwd' }], { omitFiles: ['../../etc/passwd'] })
    const report = await measure([...files.keys()], new MemoryFiles(files))
    expect(report.checkpoints).toEqual([])
    expect(report.errors).toEqual([
      expect.objectContaining({
        path: 'dcp/.metadata',
        kind: 'FormatError',
        message: expect.stringContaining("storage file '../../etc/passwd' is not a file of the folder")
      })
    ])
  })

  it('counts a missing data file at the sizes .metadata gives, with a warning', async () => {
    const files = buildDcp(
      'dcp',
      [
        { fqn: 'model.w', shape: [4], offsets: [0], sizes: [4], file: '__0_0.distcp' },
        { fqn: 'model.v', shape: [4], offsets: [0], sizes: [4], file: '__1_0.distcp' }
      ],
      { omitFiles: ['__1_0.distcp'] }
    )
    const report = await measure([...files.keys()], new MemoryFiles(files))
    const [checkpoint] = report.checkpoints
    expect(checkpoint.files.find((file) => file.path === 'dcp/__1_0.distcp')?.present).toBe(false)
    expect(checkpoint.warnings).toContain(
      '1 file of the checkpoint is absent (dcp/__1_0.distcp): counted at the 539 bytes .metadata describes, so the total is what the complete checkpoint would hold'
    )
    expect(checkpoint.bytes.unclassified).toBe(0)
  })

  it('reports a .metadata that is not a DCP Metadata pickle as a FormatError naming the file', async () => {
    const files = new Map([['dcp/.metadata', pickle({ dict: [['state_dict_metadata', { dict: [] }]] })]])
    const report = await measure(['dcp/.metadata'], new MemoryFiles(files))
    expect(report.errors).toEqual([
      {
        path: 'dcp/.metadata',
        kind: FormatError.name,
        message: expect.stringContaining('not a torch.distributed.checkpoint metadata file: the pickle is not a Metadata object')
      }
    ])
  })

  it('refuses a storage file name that would leave the folder', async () => {
    const files = buildDcp('dcp', [{ fqn: 'model.w', shape: [4], offsets: [0], sizes: [4], file: '../escape.distcp' }])
    const report = await measure(['dcp/.metadata'], new MemoryFiles(files))
    expect(report.errors.map((error) => error.message)).toEqual([expect.stringContaining("storage file '../escape.distcp' is not a file of the folder")])
  })
})
