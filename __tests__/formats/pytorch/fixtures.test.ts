import { expect, it } from '@jest/globals'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { CATEGORIES } from '../../../src/core/types.js'
import type { ByteSource } from '../../../src/io/byte-source.js'
import { DiskFiles } from '../../../src/io/disk-files.js'
import { measure } from '../../../src/pipeline/measure.js'
import { pytorchLegacyReader, pytorchZipReader } from '../../../src/formats/pytorch/index.js'
import { describeWithFixtures, fixture, fixtureFolders, FIXTURES_ROOT } from '../../helpers/fixtures.js'

const readers = [pytorchZipReader, pytorchLegacyReader]

/** DiskFiles that remember every source they open, to sum the bytes the readers read. */
class CountingFiles extends DiskFiles {
  sources: ByteSource[] = []
  async open(path: string): Promise<ByteSource> {
    const source = await super.open(path)
    this.sources.push(source)
    return source
  }
  get bytesRead(): number {
    return this.sources.reduce((sum, s) => sum + s.bytesRead, 0)
  }
}

interface Truth {
  buffers: number
  file_bytes: number
  optimizer: number
  params: number
  tensors: number
  weights: number
}

/**
 * Whole pickled objects the reader still refuses, each with the issue that makes it read them.
 * An entry that starts to read fails its test below until it is deleted here.
 */
const NOT_READ_YET: Record<string, string> = {
  'real/pytorch/sorbnetx-whole-pickled-trainer-adam-scheduler/sorbnetx.pt': 'issue 12 (a pickled trainer object)',
  'real/pytorch/yolov5n-ppe-stripped-whole-model-fp16/yolov5n.pt': 'issue 12 (a whole pickled nn.Module)'
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

  const readable = files.filter((path) => !(path in NOT_READ_YET))
  const notReadYet = files.filter((path) => path in NOT_READ_YET)

  it.each(notReadYet)('%s is still refused, as its issue records (delete its entry when it reads)', async (path) => {
    const report = await measure([path], new DiskFiles(FIXTURES_ROOT), { readers })
    expect(report.errors.map((error) => error.kind)).toEqual(['UnsafePickleError'])
  })

  it.each(readable)('%s parses and its categories add up to its bytes on disk', async (path) => {
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
    const files = new CountingFiles(FIXTURES_ROOT)
    await measure([path], files, { readers })
    const size = statSync(join(FIXTURES_ROOT, path)).size
    // sniff (64) + a 4 KiB tail + the directory (~2.5 KB) + data.pkl (2.5 KB) + a sample of local headers
    expect(files.bytesRead).toBeLessThan(16 * 1024)
    expect(files.bytesRead).toBeLessThan(size / 100)
  })
})
