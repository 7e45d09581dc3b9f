import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DiskFiles } from '../../../src/io/disk-files.js'
import { measure } from '../../../src/pipeline/measure.js'
import { pytorchLegacyReader, pytorchZipReader } from '../../../src/formats/pytorch/index.js'
import { writeSparseLegacyTorch, writeSparseTorchZip } from '../../../scripts/builders/pytorch.js'

const GiB = 1024 ** 3
/** What a read may cost regardless of payload size: sniff, a 4 KiB zip tail, directory, pickles (legacy: a 16 KiB window). */
const READ_BOUND = 32 * 1024
/** Heap and buffer growth allowed for analysing a multi-gigabyte file. */
const MEMORY_BOUND = 32 * 1024 * 1024

function memory(): number {
  const usage = process.memoryUsage()
  return usage.heapUsed + usage.arrayBuffers
}

describe('PyTorch readers on multi-gigabyte sparse files', () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'msb-torch-sparse-'))
  })
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true })
  })

  it('analyses a 5 GiB torch.save zip (ZIP64) reading a fixed, small number of bytes', async () => {
    const storage = 5 * GiB
    const size = await writeSparseTorchZip(join(dir, 'big.pt'), storage)
    expect(statSync(join(dir, 'big.pt')).size).toBe(size)
    const files = new DiskFiles(dir)
    const before = memory()
    const report = await measure(['big.pt'], files, { readers: [pytorchZipReader, pytorchLegacyReader] })
    expect(report.errors).toEqual([])
    const [checkpoint] = report.checkpoints
    expect(checkpoint.bytes.weights).toBe(storage)
    expect(checkpoint.bytes.total).toBe(size)
    expect(checkpoint.bytes.metadata).toBe(size - storage)
    expect(files.bytesRead).toBeLessThan(READ_BOUND)
    expect(memory() - before).toBeLessThan(MEMORY_BOUND)
  })

  it('analyses a 3 GiB legacy stream reading its pickles and one 8-byte count', async () => {
    const storage = 3 * GiB
    const size = await writeSparseLegacyTorch(join(dir, 'big-legacy.pth'), storage)
    const files = new DiskFiles(dir)
    const before = memory()
    const report = await measure(['big-legacy.pth'], files, { readers: [pytorchZipReader, pytorchLegacyReader] })
    expect(report.errors).toEqual([])
    const [checkpoint] = report.checkpoints
    expect(checkpoint.format).toBe('pytorch-legacy')
    expect(checkpoint.bytes.weights).toBe(storage)
    expect(checkpoint.bytes.total).toBe(size)
    expect(files.bytesRead).toBeLessThan(READ_BOUND)
    expect(memory() - before).toBeLessThan(MEMORY_BOUND)
  })
})
