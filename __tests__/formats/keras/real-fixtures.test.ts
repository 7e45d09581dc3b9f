import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { analyzeCheckpoint } from '../../../src/core/analyze.js'
import { CATEGORIES, type ReadResult } from '../../../src/core/types.js'
import { hdf5Reader } from '../../../src/formats/keras/hdf5-reader.js'
import { kerasArchiveReader } from '../../../src/formats/keras/keras-archive-reader.js'
import { openZip } from '../../../src/formats/zip/index.js'
import { DiskFiles } from '../../../src/io/disk-files.js'
import { FileByteSource } from '../../../src/io/file-byte-source.js'
import { measure } from '../../../src/pipeline/measure.js'
import { describeWithFixtures, fixture, fixtureFolders } from '../../helpers/fixtures.js'
import { decided } from '../../helpers/decide.js'

const files = new DiskFiles(fixture('real/keras'))

async function read(path: string): Promise<ReadResult> {
  return decided(path.endsWith('.keras') ? await kerasArchiveReader.read(path, files) : await hdf5Reader.read(path, files))
}

function count(result: ReadResult, category: string): number {
  return result.tensors.filter((t) => t.category === category).length
}

function expectSpansDisjointAndInside(result: ReadResult, size: number): void {
  const spans = [...result.tensors].sort((a, b) => a.offset - b.offset)
  for (let i = 0; i < spans.length; i++) {
    expect(spans[i].offset + spans[i].byteLength).toBeLessThanOrEqual(size)
    if (i > 0) expect(spans[i].offset).toBeGreaterThanOrEqual(spans[i - 1].offset + spans[i - 1].byteLength)
  }
}

describeWithFixtures('Keras readers on the real fixtures', () => {
  it('finds every real Keras file through the pipeline, and each one adds up to its bytes on disk', async () => {
    const all = [
      'boston-house-h5/boston_house.h5',
      'flownet-ann-keras3/model.keras',
      'graduate-admission-keras3-and-h5/model.h5',
      'graduate-admission-keras3-and-h5/model.keras',
      'sprpcf-ann-h5/model.h5'
    ]
    const report = await measure([...all, 'boston-house-h5/PROVENANCE.md'], files)
    expect(report.errors).toEqual([])
    expect(report.checkpoints.map((c) => c.id).sort()).toEqual([...all].sort())
    for (const checkpoint of report.checkpoints) {
      expect(checkpoint.format).toBe('keras')
      expect(checkpoint.classifiedBy).toBe('dict-layout')
      const onDisk = readFileSync(fixture(`real/keras/${checkpoint.id}`)).length
      expect(checkpoint.bytes.total).toBe(onDisk)
      expect(CATEGORIES.reduce((sum, c) => sum + checkpoint.bytes[c], 0)).toBe(onDisk)
      expect(checkpoint.bytes.unclassified).toBe(0)
    }
    expect(fixtureFolders('real/keras')).toHaveLength(4)
  })

  it('reads the legacy RMSprop model (TF 2.3): 3 Dense layers, 6 weights, iter + 6 rms slots', async () => {
    const result = await read('boston-house-h5/boston_house.h5')
    expect(count(result, 'weights')).toBe(6)
    expect(count(result, 'optimizer')).toBe(7)
    expect(result.tensors.filter((t) => t.category === 'optimizer').every((t) => t.name.startsWith('optimizer_weights/RMSprop/'))).toBe(true)
    const report = analyzeCheckpoint(result, { id: 'b' })
    // Dense 13→64→64→1: (13·64+64) + (64·64+64) + (64·1+1) parameters; RMSprop keeps one slot per weight.
    expect(report.parameters).toBe(13 * 64 + 64 + 64 * 64 + 64 + 64 + 1)
    expect(report.bytes.optimizer).toBe(report.bytes.weights + 8) // + the int64 iterations counter
    expect(result.categoryNotes?.weights).toMatch(/in 3 layer group/)
    expect(result.categoryNotes?.optimizer).toMatch(/^RMSprop: 7 optimizer variable/)
    expectSpansDisjointAndInside(result, 70312)
  })

  it('puts the five BatchNormalization layers’ moving statistics in buffers, gamma and beta in weights', async () => {
    const result = await read('sprpcf-ann-h5/model.h5')
    const buffers = result.tensors.filter((t) => t.category === 'buffers').map((t) => t.name)
    expect(buffers).toHaveLength(10)
    expect(buffers.every((name) => /moving_(mean|variance):0$/.test(name))).toBe(true)
    expect(result.tensors.find((t) => t.name.endsWith('batch_normalization/gamma:0'))?.category).toBe('weights')
    expect(count(result, 'weights')).toBe(22) // 6 Dense × (kernel, bias) + 5 BN × (gamma, beta)
    expect(count(result, 'optimizer')).toBe(1 + 2 * 22) // Adam iter + m, v for every trainable variable
  })

  it('reads the Keras 3 archive in place: every dataset lies inside the stored model.weights.h5 entry', async () => {
    const path = 'flownet-ann-keras3/model.keras'
    const result = await read(path)
    const source = await FileByteSource.open(fixture(`real/keras/${path}`))
    const zip = await openZip(source)
    const entry = zip.entries.find((e) => e.name === 'model.weights.h5')!
    const start = await zip.dataStart(entry)
    await source.close()
    for (const tensor of result.tensors) {
      expect(tensor.offset).toBeGreaterThanOrEqual(start)
      expect(tensor.offset + tensor.byteLength).toBeLessThanOrEqual(start + entry.compressedSize)
    }
    expect(count(result, 'weights')).toBe(8) // 4 Dense × (kernel, bias)
    // Adam: iterations, learning_rate, then momentum and velocity per variable (FORMATS.md §2.4).
    expect(count(result, 'optimizer')).toBe(2 + 2 * 8)
    // The optimizer's name is the `name` attribute (a variable-length string) of optimizer/vars.
    expect(result.categoryNotes?.optimizer).toMatch(/^adam: 18 optimizer variable/)
    expect(result.tensors.find((t) => t.name === 'optimizer/vars/0')).toMatchObject({ dtype: 'int64', shape: [] })
    expect(analyzeCheckpoint(result, { id: 'f' }).parameters).toBe(4 * 64 + 64 + 64 * 128 + 128 + 128 * 64 + 64 + 64 * 2 + 2)
    expectSpansDisjointAndInside(result, 234563)
  })

  it('points each span at the value itself: iteration counters and learning rates read back as the HDF5 library reads them', async () => {
    // Expected values read from the same files with the HDF5 C library (h5wasm 0.10.3), not by our reader.
    const cases = [
      ['graduate-admission-keras3-and-h5/model.keras', 'optimizer/vars/0', 1000n, 'optimizer/vars/1'],
      ['flownet-ann-keras3/model.keras', 'optimizer/vars/0', 264800n, 'optimizer/vars/1'],
      ['graduate-admission-keras3-and-h5/model.h5', 'optimizer_weights/adam/iteration', 1000n, 'optimizer_weights/adam/learning_rate'],
      ['boston-house-h5/boston_house.h5', 'optimizer_weights/RMSprop/iter:0', 2080n, undefined]
    ] as const
    for (const [path, iterations, expected, learningRate] of cases) {
      const result = await read(path)
      const bytes = readFileSync(fixture(`real/keras/${path}`))
      const at = (name: string): DataView => {
        const tensor = result.tensors.find((t) => t.name === name)!
        return new DataView(bytes.buffer, bytes.byteOffset + tensor.offset, tensor.byteLength)
      }
      expect(at(iterations).getBigInt64(0, true)).toBe(expected)
      if (learningRate) expect(at(learningRate).getFloat32(0, true)).toBeCloseTo(0.001, 7)
    }
    // The two graduate-admission files are the same architecture (their values differ: two trainings).
    const keras = await read('graduate-admission-keras3-and-h5/model.keras')
    const legacy = await read('graduate-admission-keras3-and-h5/model.h5')
    expect(analyzeCheckpoint(keras, { id: 'k' }).bytes.weights).toBe(analyzeCheckpoint(legacy, { id: 'l' }).bytes.weights)
    expect(count(keras, 'optimizer')).toBe(count(legacy, 'optimizer'))
  })
})

describe('Keras readers', () => {
  it('claim .keras archives by name and HDF5 files by content', () => {
    const zipHead = new Uint8Array([0x50, 0x4b, 3, 4])
    const hdf5Head = new Uint8Array([0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a])
    expect(kerasArchiveReader.sniff({ path: 'm.keras', size: 100, head: zipHead })).toBe(true)
    expect(kerasArchiveReader.sniff({ path: 'm.pt', size: 100, head: zipHead })).toBe(false)
    expect(hdf5Reader.sniff({ path: 'weights.bin', size: 100, head: hdf5Head })).toBe(true)
    expect(hdf5Reader.sniff({ path: 'm.h5', size: 100, head: zipHead })).toBe(false)
  })
})
