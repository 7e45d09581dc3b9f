import { expect, it } from '@jest/globals'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { CATEGORIES } from '../../../src/core/types.js'
import { DiskFiles } from '../../../src/io/disk-files.js'
import { measure } from '../../../src/pipeline/measure.js'
import { pytorchLegacyReader, pytorchZipReader } from '../../../src/formats/pytorch/index.js'
import { describeWithFixtures, fixture, fixtureFolders, FIXTURES_ROOT } from '../../helpers/fixtures.js'

const readers = [pytorchZipReader, pytorchLegacyReader]

interface Truth {
  buffers: number
  file_bytes: number
  optimizer: number
  params: number
  tensors: number
  weights: number
}

describeWithFixtures('PyTorch reader on the real checkpoints', () => {
  const files = fixtureFolders('real/pytorch').flatMap((folder) =>
    readdirSync(fixture(`real/pytorch/${folder}`))
      .filter((name) => /\.(pt|pth|bin|ckpt)$/.test(name))
      .map((name) => `real/pytorch/${folder}/${name}`)
  )

  it('finds real PyTorch fixtures to test', () => {
    expect(files.length).toBeGreaterThanOrEqual(2)
  })

  it.each(files)('%s parses and its categories add up to its bytes on disk', async (path) => {
    const report = await measure([path], new DiskFiles(FIXTURES_ROOT), { readers })
    expect(report.errors).toEqual([])
    expect(report.checkpoints).toHaveLength(1)
    const [checkpoint] = report.checkpoints
    expect(checkpoint.bytes.total).toBe(statSync(fixture(path)).size)
    expect(CATEGORIES.reduce((sum, c) => sum + checkpoint.bytes[c], 0)).toBe(checkpoint.bytes.total)
    expect(checkpoint.tensors).toBeGreaterThan(0)
    expect(checkpoint.bytes.weights).toBeGreaterThan(0)
    expect(checkpoint.bytes.unclassified).toBe(0)
  })

  it('reads the stripped YOLOv5 whole-model checkpoint: fp16 parameters are weights, BatchNorm buffers and cached tensors buffers', async () => {
    const report = await measure(['real/pytorch/yolov5n-ppe-stripped-whole-model-fp16/yolov5n.pt'], new DiskFiles(FIXTURES_ROOT), { readers })
    const [checkpoint] = report.checkpoints
    // PROVENANCE.md: 358 storages, HalfStorage 3,609,752 + LongStorage 456 + FloatStorage 12 + DoubleStorage 16 bytes.
    expect(checkpoint.tensors).toBe(358)
    expect(checkpoint.bytes.weights + checkpoint.bytes.buffers).toBe(3_609_752 + 456 + 12 + 16)
    expect(checkpoint.bytes).toMatchObject({ weights: 3_533_246, buffers: 76_990, optimizer: 0, unclassified: 0 })
    expect(checkpoint.pickleGlobals?.find((g) => g.module === 'models.yolo')).toMatchObject({ name: 'Model', verdict: 'unknown' })
    expect(checkpoint.pickleGlobals?.some((g) => g.verdict === 'dangerous')).toBe(false)
    expect(checkpoint.explanations).toContain(
      'the pickle names 14 classes that loading it would import (models.yolo.Model, torch.nn.modules.container.Sequential, models.common.Conv, …), ' +
        'so torch.load(weights_only=True) refuses it and loading needs that code; save model.state_dict() (or safetensors) to load it without'
    )
  })

  it("reads the pickled SorbNetX trainer: 9 parameters are weights, the Adam object's 18 moments optimizer state", async () => {
    const report = await measure(['real/pytorch/sorbnetx-whole-pickled-trainer-adam-scheduler/sorbnetx.pt'], new DiskFiles(FIXTURES_ROOT), { readers })
    const [checkpoint] = report.checkpoints
    // PROVENANCE.md: 27 float32 storages (7,296 bytes): 9 parameters + 18 Adam moments.
    expect(checkpoint.tensors).toBe(27)
    expect(checkpoint.tensorCounts).toEqual({ weights: 9, optimizer: 18 })
    expect(checkpoint.bytes).toMatchObject({ weights: 2432, optimizer: 4864, unclassified: 0 })
  })

  it('reads a TorchScript archive: tensors are weights, code and debug info are metadata with a size line', async () => {
    const report = await measure(['real/pytorch/mnist-cnn-torchscript/mnist_cnn.pt'], new DiskFiles(FIXTURES_ROOT), { readers })
    const [checkpoint] = report.checkpoints
    expect(checkpoint.format).toBe('torchscript')
    expect(checkpoint.classifiedBy).toBe('format')
    expect(checkpoint.explanations.some((line) => /^TorchScript archive: \d+ code file\(s\), .* of code and .* of debug info/.test(line))).toBe(true)
    // The same network as the state_dict fixture from the same repository: same weight bytes.
    const stateDict = await measure(['real/pytorch/mnist-cnn-state-dict/best_model.pt'], new DiskFiles(FIXTURES_ROOT), { readers })
    expect(checkpoint.bytes.weights).toBe(stateDict.checkpoints[0].bytes.weights)
    expect(checkpoint.parameters).toBe(stateDict.checkpoints[0].parameters)
  })
})

describeWithFixtures('PyTorch reader against truth.json (computed by torch)', () => {
  const truth = JSON.parse(readFileSync(fixture('generated/pytorch/truth.json'), 'utf8')) as Record<string, Truth>
  const names = Object.keys(truth).filter((name) => name.endsWith('.pt'))

  it('has generated PyTorch files with truth', () => {
    expect(names.length).toBeGreaterThanOrEqual(4)
  })

  it.each(names)('%s: weights, buffers and optimizer bytes equal truth.json', async (name) => {
    const expected = truth[name]
    const report = await measure([`generated/pytorch/${name}`], new DiskFiles(FIXTURES_ROOT), { readers })
    expect(report.errors).toEqual([])
    const [checkpoint] = report.checkpoints
    expect({
      weights: checkpoint.bytes.weights,
      buffers: checkpoint.bytes.buffers,
      optimizer: checkpoint.bytes.optimizer,
      total: checkpoint.bytes.total,
      tensors: checkpoint.tensors,
      params: checkpoint.parameters
    }).toEqual({
      weights: expected.weights,
      buffers: expected.buffers,
      optimizer: expected.optimizer,
      total: expected.file_bytes,
      tensors: expected.tensors,
      params: expected.params
    })
    expect(checkpoint.classifiedBy).toBe('dict-layout')
  })

  it('explains the seed CNN with Adam: optimizer state is about twice the weights', async () => {
    const report = await measure(['generated/pytorch/seed_cnn_adam.pt'], new DiskFiles(FIXTURES_ROOT), { readers, top: 100 })
    const [checkpoint] = report.checkpoints
    expect(Math.round(checkpoint.bytes.optimizer / checkpoint.bytes.weights)).toBe(2)
    expect(checkpoint.explanations[0]).toMatch(/^optimizer state is 66\.\d% of this checkpoint/)
    expect(checkpoint.categoryNotes?.optimizer).toBe('per-parameter step, exp_avg, exp_avg_sq')
  })

  it('reads only the zip directory, data.pkl and local headers, never storage payloads', async () => {
    const path = 'generated/pytorch/seed_cnn_adam.pt'
    const files = new DiskFiles(FIXTURES_ROOT)
    await measure([path], files, { readers })
    const size = statSync(join(FIXTURES_ROOT, path)).size
    // sniff (64) + a 4 KiB tail + the directory (~2.5 KB) + data.pkl (2.5 KB) + a sample of local headers
    expect(files.bytesRead).toBeLessThan(16 * 1024)
    expect(files.bytesRead).toBeLessThan(size / 100)
  })
})

interface FrameworkTruth {
  files: Record<string, number>
  weights: number | [number, number]
  optimizer: number | [number, number]
  buffers: number | [number, number]
  bookkeeping: number | [number, number]
  tensors: number
}

/** truth.json's figure: exact, or a [lo, hi] range for tensors whose category is a matter of convention. */
function expectWithin(actual: number, expected: number | [number, number]): void {
  if (Array.isArray(expected)) {
    expect(actual).toBeGreaterThanOrEqual(expected[0])
    expect(actual).toBeLessThanOrEqual(expected[1])
  } else expect(actual).toBe(expected)
}

describeWithFixtures('PyTorch reader against the single-file truths of torch 2.13 and Lightning 2.6', () => {
  const cases = [
    'generated/torch/whole-module-convbn',
    'generated/torch/train-dict-adamw-bn',
    'generated/torch/state-dict-convbn',
    'generated/lightning/manual-two-optimizers-callback'
  ]

  it.each(cases)('%s meets its truth.json', async (folder) => {
    const truth = JSON.parse(readFileSync(fixture(`${folder}/truth.json`), 'utf8')) as FrameworkTruth
    const [file] = Object.keys(truth.files)
    const report = await measure([`${folder}/${file}`], new DiskFiles(FIXTURES_ROOT), { readers })
    expect(report.errors).toEqual([])
    const [checkpoint] = report.checkpoints
    expect(checkpoint.bytes.total).toBe(truth.files[file])
    for (const category of ['weights', 'optimizer', 'buffers', 'bookkeeping'] as const) expectWithin(checkpoint.bytes[category], truth[category])
    expect(checkpoint.bytes.unclassified).toBe(0)
    expect(checkpoint.tensors).toBe(truth.tensors)
  })

  it("reads every file of HF Trainer's and accelerate's training folders that is a pickle: optimizer, RNG, EMA copies, arguments", async () => {
    const read = async (path: string): Promise<Record<string, number>> => {
      const report = await measure([path], new DiskFiles(FIXTURES_ROOT), { readers })
      expect(report.errors).toEqual([])
      const { bytes } = report.checkpoints[0]
      return Object.fromEntries(Object.entries(bytes).filter(([category, n]) => n > 0 && category !== 'metadata' && category !== 'total'))
    }
    const trainer = 'generated/transformers/trainer-checkpoint-gpt2/checkpoint-4'
    expect(await read(`${trainer}/optimizer.pt`)).toEqual({ optimizer: 244_848 })
    expect(await read(`${trainer}/rng_state.pth`)).toEqual({ bookkeeping: 5056 })
    expect(await read(`${trainer}/scheduler.pt`)).toEqual({})
    expect(await read(`${trainer}/training_args.bin`)).toEqual({})
    const accelerate = 'generated/accelerate/save-state-adamw-bn-ema'
    expect(await read(`${accelerate}/optimizer.bin`)).toEqual({ optimizer: 16_192 })
    expect(await read(`${accelerate}/random_states_0.pkl`)).toEqual({ bookkeeping: 5056 })
    // The EMA helper's shadow copies (truth.json: buffers, with the model's 592 bytes of BatchNorm buffers).
    expect(await read(`${accelerate}/custom_checkpoint_0.pkl`)).toEqual({ buffers: 8652 })
    expect(await read(`${accelerate}/scheduler.bin`)).toEqual({})
  })
})
