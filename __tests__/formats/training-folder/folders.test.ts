import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { SNIFF_BYTES } from '../../../src/core/limits.js'
import { CATEGORIES, type CheckpointReport, type Report } from '../../../src/core/types.js'
import { MemoryFiles } from '../../../src/io/checkpoint-files.js'
import { DiskFiles } from '../../../src/io/disk-files.js'
import { walk } from '../../../src/io/walk.js'
import { measure } from '../../../src/pipeline/measure.js'
import { buildDcp } from '../../../scripts/builders/dcp.js'
import { buildSafetensorsBytes } from '../../../scripts/builders/safetensors.js'
import { buildTorchZip, orderedDict, storageBytes, tensor, type StorageSpec } from '../../../scripts/builders/pytorch.js'
import { describeWithFixtures, fixture } from '../../helpers/fixtures.js'

type Range = number | [number, number]
interface Truth {
  files: Record<string, number>
  weights: Range
  optimizer: Range
  buffers: Range
  bookkeeping: Range
  tensors: number
}

/** The CLI's view of a fixture folder: everything under it, as a directory walk finds it. */
async function measureFolder(root: string): Promise<{ report: Report; files: DiskFiles }> {
  const found = await walk(root, ['.'])
  const files = new DiskFiles(root)
  return { report: await measure(found.files, files), files }
}

function expectWithin(actual: number, want: Range): void {
  if (Array.isArray(want)) {
    expect(actual).toBeGreaterThanOrEqual(want[0])
    expect(actual).toBeLessThanOrEqual(want[1])
  } else expect(actual).toBe(want)
}

/** One checkpoint, no error, every category within the framework-computed truth, nothing unclassified. */
function expectTruthMet(report: Report, truth: Truth): CheckpointReport {
  expect(report.errors).toEqual([])
  expect(report.checkpoints).toHaveLength(1)
  const [checkpoint] = report.checkpoints
  for (const category of ['weights', 'optimizer', 'buffers', 'bookkeeping'] as const) expectWithin(checkpoint.bytes[category], truth[category])
  expect(checkpoint.bytes.unclassified).toBe(0)
  expect(checkpoint.bytes.total).toBe(Object.values(truth.files).reduce((a, b) => a + b, 0))
  expect(CATEGORIES.reduce((sum, category) => sum + checkpoint.bytes[category], 0)).toBe(checkpoint.bytes.total)
  return checkpoint
}

const readTruth = (folder: string): Truth => JSON.parse(readFileSync(join(folder, 'truth.json'), 'utf8')) as Truth
const roles = (checkpoint: CheckpointReport): Record<string, string> =>
  Object.fromEntries(checkpoint.files.map((file) => [file.path.slice(file.path.lastIndexOf('/') + 1), file.role]))

describeWithFixtures('training-output folders written by the frameworks', () => {
  it('reads a Hugging Face Trainer checkpoint-N/ as one checkpoint whose id drops the step', async () => {
    const root = fixture('generated/transformers/trainer-checkpoint-gpt2')
    const { report } = await measureFolder(root)
    const checkpoint = expectTruthMet(report, readTruth(root))
    expect(checkpoint.id).toBe('checkpoint')
    expect(checkpoint.format).toBe('hf-trainer-checkpoint')
    expect(checkpoint.bytes.weights).toBe(122368)
    expect(roles(checkpoint)).toEqual({
      'model.safetensors': 'model',
      'optimizer.pt': 'optimizer',
      'scheduler.pt': 'loop-state',
      'trainer_state.json': 'loop-state',
      'rng_state.pth': 'rng-state',
      'training_args.bin': 'config',
      'config.json': 'config',
      'generation_config.json': 'config'
    })
  })

  it('counts the torch RNG state, the scheduler pickle and the trainer state as bookkeeping, and their containers as metadata', async () => {
    const { report } = await measureFolder(fixture('generated/transformers/trainer-checkpoint-gpt2'))
    // torch's CPU generator state (5056 B) + scheduler.pt's data.pkl record (204 B) + trainer_state.json (1385 B)
    expect(report.checkpoints[0].bytes.bookkeeping).toBe(5056 + 204 + 1385)
  })

  it('reads an accelerate save_state folder, its .pkl files included, and counts the EMA copies as buffers', async () => {
    const root = fixture('generated/accelerate/save-state-adamw-bn-ema')
    const { report } = await measureFolder(root)
    const checkpoint = expectTruthMet(report, readTruth(root))
    expect(checkpoint.format).toBe('accelerate-state')
    expect(roles(checkpoint)).toMatchObject({ 'random_states_0.pkl': 'rng-state', 'custom_checkpoint_0.pkl': 'object', 'scheduler.bin': 'loop-state' })
    // model buffers (running stats 576 B, counters 16 B) + the EMA helper's shadow copies (8652 B)
    expect(checkpoint.bytes.buffers).toBe(592 + 8652)
  })

  it("reads an accelerate folder when only a registered object's pickle is named", async () => {
    const root = fixture('generated/accelerate/save-state-adamw-bn-ema')
    const report = await measure(['custom_checkpoint_0.pkl'], new DiskFiles(root))
    expectTruthMet(report, readTruth(root))
  })

  it('reads a torch.distributed.checkpoint folder from its .metadata without reading the payloads', async () => {
    const root = fixture('generated/torch/dcp-adamw-mlp-bn')
    const { report, files } = await measureFolder(root)
    const truth = readTruth(root)
    const checkpoint = expectTruthMet(report, truth)
    expect(checkpoint.format).toBe('torch-dcp')
    expect(checkpoint.tensors).toBe(truth.tensors)
    expect(checkpoint.bytes.weights).toBe(8944)
    expect(checkpoint.bytes.optimizer).toBe(17928)
    // The sniffed head and the whole .metadata; not one byte of the data file.
    expect(files.bytesRead).toBe(SNIFF_BYTES + truth.files['.metadata'])
  })
})

const enc = (text: string): Uint8Array => new TextEncoder().encode(text)

/** A `torch.save` zip of `entries` (name → float32 shape) under the dict key `section`, plus plain values. */
function torchSave(archive: string, sections: Record<string, Record<string, number[]>>): Uint8Array {
  const storages: StorageSpec[] = []
  const root = orderedDict(
    Object.entries(sections).map(([section, tensors]) => [
      section,
      orderedDict(
        Object.entries(tensors).map(([name, shape]) => {
          const storage: StorageSpec = { key: String(storages.length), storageClass: 'FloatStorage', numel: shape.reduce((a, b) => a * b, 1) }
          storages.push(storage)
          return [name, tensor(storage, shape)]
        })
      )
    ])
  )
  return buildTorchZip({ archive, root, storages })
}

const floatBytes = (shapes: number[][]): number =>
  shapes.reduce((sum, shape) => sum + storageBytes({ key: '', storageClass: 'FloatStorage', numel: shape.reduce((a, b) => a * b, 1) }), 0)

describe('training-output folders built in the test', () => {
  it('reads a DeepSpeed global_stepN/ as one checkpoint: model states are weights, every tensor of the ZeRO optimizer states is optimizer state', async () => {
    const model = { 'fc.weight': [8, 4], 'fc.bias': [8] }
    const files = new MemoryFiles(
      new Map([
        ['run/global_step500/mp_rank_00_model_states.pt', torchSave('mp_rank_00_model_states', { module: model })],
        // ZeRO keeps the fp32 master weights, flattened, with the Adam moments: all of it is the optimizer's
        [
          'run/global_step500/zero_pp_rank_0_mp_rank_00_optim_states.pt',
          torchSave('zero_pp_rank_0_mp_rank_00_optim_states', {
            optimizer_state_dict: { 'fp32_flat_groups.0': [40], 'state.0.exp_avg': [40], 'state.0.exp_avg_sq': [40] }
          })
        ],
        ['run/global_step500/unrelated.txt', enc('not part of it')]
      ])
    )
    const report = await measure(['run/global_step500/mp_rank_00_model_states.pt', 'run/global_step500/zero_pp_rank_0_mp_rank_00_optim_states.pt'], files)
    expect(report.errors).toEqual([])
    expect(report.checkpoints).toHaveLength(1)
    const [checkpoint] = report.checkpoints
    expect(checkpoint.id).toBe('run/global_step')
    expect(checkpoint.format).toBe('deepspeed-checkpoint')
    expect(checkpoint.bytes.weights).toBe(floatBytes(Object.values(model)))
    expect(checkpoint.bytes.optimizer).toBe(floatBytes([[40], [40], [40]]))
    expect(checkpoint.files.map((file) => [file.path, file.role])).toEqual([
      ['run/global_step500/mp_rank_00_model_states.pt', 'model'],
      ['run/global_step500/zero_pp_rank_0_mp_rank_00_optim_states.pt', 'optimizer']
    ])
  })

  it('reads the FSDP sharded state dicts of a Trainer folder (DCP subfolders) as its model and optimizer files', async () => {
    const files = new MemoryFiles(
      new Map([
        ['ck/trainer_state.json', enc('{}')],
        ...buildDcp('ck/pytorch_model_fsdp_0', [{ fqn: 'model.w', shape: [8], offsets: [0], sizes: [8], file: '__0_0.distcp' }]),
        ...buildDcp('ck/optimizer_0', [{ fqn: 'optim.state.w.exp_avg', shape: [8], offsets: [0], sizes: [8], file: '__0_0.distcp' }])
      ])
    )
    const report = await measure(
      [...(await files.list('ck')).map((name) => `ck/${name}`), 'ck/optimizer_0/.metadata', 'ck/pytorch_model_fsdp_0/.metadata'],
      files
    )
    expect(report.errors).toEqual([])
    expect(report.checkpoints).toHaveLength(1)
    const [checkpoint] = report.checkpoints
    expect([checkpoint.bytes.weights, checkpoint.bytes.optimizer]).toEqual([32, 32])
    expect(checkpoint.files.map((file) => [file.path, file.role])).toEqual([
      ['ck/pytorch_model_fsdp_0/.metadata', 'index'],
      ['ck/pytorch_model_fsdp_0/__0_0.distcp', 'model'],
      ['ck/optimizer_0/.metadata', 'index'],
      ['ck/optimizer_0/__0_0.distcp', 'optimizer'],
      ['ck/trainer_state.json', 'loop-state']
    ])
  })

  it('sums sharded weights and matches the folder of the next save by id', async () => {
    const shard = (name: string): Uint8Array => buildSafetensorsBytes({ [name]: { dtype: 'F32', shape: [16] } })
    const folder = (step: number): [string, Uint8Array][] => [
      [`out/checkpoint-${step}/trainer_state.json`, enc(`{"global_step": ${step}}`)],
      [
        `out/checkpoint-${step}/model.safetensors.index.json`,
        enc(JSON.stringify({ weight_map: { a: 'model-00001-of-00002.safetensors', b: 'model-00002-of-00002.safetensors' } }))
      ],
      [`out/checkpoint-${step}/model-00001-of-00002.safetensors`, shard('a')],
      [`out/checkpoint-${step}/model-00002-of-00002.safetensors`, shard('b')]
    ]
    const files = new MemoryFiles(new Map([...folder(500), ...folder(1000)]))
    const report = await measure(['out/checkpoint-500/trainer_state.json', 'out/checkpoint-1000/trainer_state.json'], files)
    expect(report.errors).toEqual([])
    // Two saves of one run share an id, so each keeps its full name (as two steps' files do).
    expect(report.checkpoints.map((c) => [c.id, c.bytes.weights, c.files.length])).toEqual([
      ['out/checkpoint-1000', 128, 4],
      ['out/checkpoint-500', 128, 4]
    ])
    const alone = await measure(['out/checkpoint-500/trainer_state.json'], files)
    expect(alone.checkpoints.map((c) => c.id)).toEqual(['out/checkpoint'])
    expect(alone.checkpoints[0].bytes.bookkeeping).toBe(`{"global_step": 500}`.length)
  })

  it('keeps a folder whose training arguments cannot be read as one checkpoint, their bytes metadata, with a warning', async () => {
    const files = new MemoryFiles(
      new Map([
        ['ck/trainer_state.json', enc('{}')],
        ['ck/model.safetensors', buildSafetensorsBytes({ w: { dtype: 'F32', shape: [4] } })],
        // a torch.save zip cut short: its reader refuses it
        ['ck/training_args.bin', torchSave('training_args', { args: {} }).slice(0, -40)]
      ])
    )
    const report = await measure(['ck/trainer_state.json', 'ck/model.safetensors', 'ck/training_args.bin'], files)
    expect(report.errors).toEqual([])
    expect(report.checkpoints).toHaveLength(1)
    const [checkpoint] = report.checkpoints
    expect(checkpoint.bytes.weights).toBe(16)
    expect(checkpoint.warnings).toEqual([expect.stringMatching(/^training_args\.bin was not read \(.*\); its bytes are counted as metadata$/)])
  })

  it('reads a file of a folder named on its own as that file, not as the folder', async () => {
    const files = new MemoryFiles(
      new Map([
        ['ck/trainer_state.json', enc('{}')],
        ['ck/model.safetensors', buildSafetensorsBytes({ w: { dtype: 'F32', shape: [4] } })]
      ])
    )
    const report = await measure(['ck/model.safetensors'], files)
    expect(report.checkpoints.map((c) => [c.id, c.format])).toEqual([['ck/model.safetensors', 'safetensors']])
  })
})
