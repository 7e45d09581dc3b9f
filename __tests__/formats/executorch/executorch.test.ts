import { describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import type { Report } from '../../../src/core/types.js'
import { MemoryFiles } from '../../../src/io/checkpoint-files.js'
import { DiskFiles } from '../../../src/io/disk-files.js'
import { measure } from '../../../src/pipeline/measure.js'
import { buildPte, buildPtd, type PteSpec } from '../../../scripts/builders/executorch.js'
import { chunksToBytes, writeSparseFile } from '../../../scripts/builders/sparse.js'
import { describeWithFixtures, fixture, fixtureFolders } from '../../helpers/fixtures.js'
import { expectEveryByteAccounted, measureFolder, provenanceFiles, useTempDir } from '../provenance.js'

const measureFile = (name: string, bytes: Uint8Array): Promise<Report> => measure([name], new MemoryFiles(new Map([[name, bytes]])))
const pte = (spec: PteSpec): Uint8Array => chunksToBytes(buildPte(spec))

/** What each real fixture's PROVENANCE.md says is in it. */
const REAL_EXECUTORCH: Record<string, { weights: number; top: string; tensors: number }> = {
  // 10 trainable tensors (1,519 float32 = 6,076 bytes) in mutable data segment 1, plus one 8-byte
  // int64 constant in the constant segment (shared by five values).
  'dnf-training-forward-backward-5-layers': { weights: 6_076 + 8, top: 'net.seq.Layer0.weight', tensors: 11 },
  // 6 named data segments (288, 32, 4608, 64, 640, 40) that the two XNNPACK delegates load by key.
  'xnnpack-cond-linear-named-data': {
    weights: 288 + 32 + 4608 + 64 + 640 + 40,
    top: 'afa335803a137c282b4c779d77c5b37b381b17f84c1e950bb7077c0f281ac546',
    tensors: 6
  }
}

describeWithFixtures('executorch: real programs', () => {
  const folders = fixtureFolders('real/executorch')

  it('has an expectation for every real fixture', () => {
    expect(folders).toEqual(Object.keys(REAL_EXECUTORCH).sort())
  })

  it.each(folders)('%s: constant, mutable and named data are the weights; the program and delegate blobs metadata', async (folder) => {
    const kind = `real/executorch/${folder}`
    const report = await measureFolder(kind)
    expect(report.errors).toEqual([])
    expectEveryByteAccounted(
      report,
      provenanceFiles(kind).reduce((sum, file) => sum + file.bytes, 0)
    )
    const [checkpoint] = report.checkpoints
    expect(checkpoint.format).toBe('executorch')
    expect(checkpoint.bytes.weights).toBe(REAL_EXECUTORCH[folder].weights)
    expect(checkpoint.bytes.metadata).toBe(checkpoint.bytes.total - REAL_EXECUTORCH[folder].weights)
    expect(checkpoint.tensors).toBe(REAL_EXECUTORCH[folder].tensors)
  })

  it('names the trained parameters of a training program from its __et_training_fqn_ method', async () => {
    const dir = 'real/executorch/dnf-training-forward-backward-5-layers'
    const report = await measure(['dnf_executorch5.pte'], new DiskFiles(fixture(dir)), { top: 3 })
    expect(report.checkpoints[0].top?.map((tensor) => [tensor.name, tensor.shape, tensor.bytes, tensor.reason])).toEqual([
      ['net.seq.Layer0.weight', [23, 50], 4600, 'ExecuTorch mutable tensor with requires_grad: a weight the program trains on device'],
      ['net.seq.Layer1.weight', [11, 23], 1012, 'ExecuTorch mutable tensor with requires_grad: a weight the program trains on device'],
      ['net.seq.Layer2.weight', [5, 11], 220, 'ExecuTorch mutable tensor with requires_grad: a weight the program trains on device']
    ])
  })

  it('counts the XNNPACK delegate blobs of the delegated program as metadata, with a line saying so', async () => {
    const [checkpoint] = (await measureFolder('real/executorch/xnnpack-cond-linear-named-data')).checkpoints
    expect(checkpoint.explanations).toContain('2.48 kB of backend delegate blobs (XnnpackBackend) are compiled graphs, counted as metadata')
  })
})

describe('executorch: what the program says', () => {
  it('sizes constants by scalar type and shape inside the constant segment; padding is metadata', async () => {
    const bytes = pte({
      constants: [
        { shape: [4, 4], name: 'linear.weight' },
        { shape: [4], scalarType: 5 }
      ]
    })
    const [checkpoint] = (await measureFile('m.pte', bytes)).checkpoints
    expect(checkpoint.bytes.weights).toBe(64 + 8)
    expect(checkpoint.bytes.metadata).toBe(bytes.length - 72)
  })

  it('counts mutable tensors without requires_grad as buffers, with it as weights', async () => {
    const bytes = pte({ mutable: [{ shape: [8, 8], requiresGrad: true }, { shape: [16] }] })
    const [checkpoint] = (await measureFile('m.pte', bytes)).checkpoints
    expect(checkpoint.bytes.weights).toBe(256)
    expect(checkpoint.bytes.buffers).toBe(64)
  })

  it('counts named data segments as weights, keys sharing a segment once', async () => {
    const bytes = pte({
      namedData: [
        { key: 'a', size: 100 },
        { key: 'b', size: 28 }
      ]
    })
    const [checkpoint] = (await measureFile('m.pte', bytes)).checkpoints
    expect(checkpoint.bytes.weights).toBe(128)
    expect(checkpoint.tensors).toBe(2)
  })

  it('reports tensors stored in external data, and reads a .ptd file as weights by name', async () => {
    const program = await measureFile('m.pte', pte({ constants: [{ shape: [4], name: 'w', external: true }] }))
    expect(program.checkpoints[0].bytes.weights).toBe(0)
    expect(program.checkpoints[0].explanations[0]).toMatch(/^1 tensor\(s\) are stored outside this program/)
    const data = chunksToBytes(
      buildPtd([
        { key: 'linear.weight', shape: [10, 10] },
        { key: 'linear.bias', shape: [10] }
      ])
    )
    const [checkpoint] = (await measureFile('m.ptd', data)).checkpoints
    expect(checkpoint.format).toBe('executorch')
    expect(checkpoint.bytes.weights).toBe(440)
    expect(checkpoint.bytes.total).toBe(data.length)
  })
})

describe('executorch: corrupt programs are FormatErrors', () => {
  const expectFormatError = async (bytes: Uint8Array, message: RegExp): Promise<void> => {
    const report = await measureFile('m.pte', bytes)
    expect(report.errors.map((error) => error.kind)).toEqual(['FormatError'])
    expect(report.errors[0].message).toMatch(message)
  }
  const withU64 = (bytes: Uint8Array, at: number, value: number): Uint8Array => {
    const copy = bytes.slice()
    new DataView(copy.buffer).setBigUint64(at, BigInt(value), true)
    return copy
  }
  const valid = pte({ constants: [{ shape: [4, 4] }] })

  it('refuses a program size past the end of the file', async () => {
    await expectFormatError(withU64(valid, 16, valid.length + 1), /the header's program_size is \d+, beyond the file's/)
  })

  it("refuses a header size past 2^53 with the byte layer's error naming the field", async () => {
    await expectFormatError(withU64(valid, 16, 2 ** 60), /the header's program_size is 1152921504606846976, larger than any file \(over 2\^53\)/)
  })

  it('refuses a segment base that puts the segments past the end of the file', async () => {
    await expectFormatError(withU64(valid, 24, valid.length - 8), /segment 0 claims bytes .* beyond the file's/)
  })

  it('refuses a constant that runs past its segment', async () => {
    const truncated = pte({ constants: [{ shape: [4, 4] }] })
    const view = new DataView(truncated.buffer)
    // The constant segment's size field: after the extended header (whose segment_data_size is
    // also 64), the only u64 holding 64 (4 × 4 float32).
    const at = truncated.findIndex((_, i) => i >= 40 && i % 4 === 0 && i + 8 <= truncated.length && view.getBigUint64(i, true) === 64n)
    view.setBigUint64(at, 32n, true)
    await expectFormatError(truncated, /runs past the end of its 32-byte segment/)
  })
})

describe('executorch: reading discipline', () => {
  const tempDir = useTempDir('msb-executorch-')

  it('analyses a 4 GiB sparse program reading under 64 KiB', async () => {
    const size = writeSparseFile(join(tempDir(), 'big.pte'), buildPte({ constants: Array.from({ length: 16 }, () => ({ shape: [2 ** 16, 2 ** 12] })) }))
    expect(size).toBeGreaterThan(2 ** 32)
    const files = new DiskFiles(tempDir())
    const report = await measure(['big.pte'], files)
    expect(report.errors).toEqual([])
    expect(report.checkpoints[0].bytes.weights).toBe(16 * 2 ** 30)
    expect(files.bytesRead).toBeLessThan(64 * 1024)
  })
})
