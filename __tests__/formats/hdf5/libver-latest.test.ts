import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { analyzeCheckpoint } from '../../../src/core/analyze.js'
import { CATEGORIES } from '../../../src/core/types.js'
import { hdf5Reader } from '../../../src/formats/keras/hdf5-reader.js'
import { DiskFiles } from '../../../src/io/disk-files.js'
import { decided } from '../../helpers/decide.js'

/**
 * Files written by the HDF5 C library itself (h5wasm, see libver-latest/generate.mjs) with the
 * newer on-disk structures h5py uses under libver="v108"/"latest": superblock v2/v3, OHDR v2
 * headers, dense link storage, layout v4/v5 with fixed-array chunk indexes and gzip chunks.
 * Every payload was written with a known fill value, so a span pointing anywhere else shows.
 */
const DIR = join(dirname(fileURLToPath(import.meta.url)), 'libver-latest')
const files = new DiskFiles(DIR)

describe('HDF5 files in the newer on-disk formats', () => {
  for (const [name, superblock] of [
    ['latest.weights.h5', 3],
    ['v108.weights.h5', 2]
  ] as const) {
    it(`reads ${name} (superblock v${superblock}, dense groups, fixed-array chunk index) with spans on the written values`, async () => {
      const bytes = readFileSync(join(DIR, name))
      expect(bytes[8]).toBe(superblock)
      const result = decided(await hdf5Reader.read(name, files))
      expect(result.format).toBe('keras')
      const byName = new Map(result.tensors.map((t) => [t.name, t]))
      // `layers` holds 10 groups: more than the 8 links a compact group keeps, so they come from the fractal heap.
      expect(result.tensors.filter((t) => /^layers\/dense(_\d)?\/vars\/0$/.test(t.name))).toHaveLength(9)
      const floats = (tensorName: string): number[] => {
        const t = byName.get(tensorName)!
        return [...new Float32Array(bytes.buffer.slice(bytes.byteOffset + t.offset, bytes.byteOffset + t.offset + t.byteLength))]
      }
      expect(floats('layers/dense_8/vars/0')).toEqual(new Array(12).fill(1))
      expect(floats('layers/dense/vars/1')).toEqual(new Array(4).fill(2))
      expect(floats('layers/batch_normalization/vars/3')).toEqual(new Array(4).fill(3))
      expect(byName.get('layers/batch_normalization/vars/2')?.category).toBe('buffers')
      expect(byName.get('layers/batch_normalization/vars/1')?.category).toBe('weights')
      const iterations = byName.get('optimizer/vars/0')!
      expect(bytes.readBigInt64LE(iterations.offset)).toBe(1000n)
      expect(bytes.readFloatLE(byName.get('optimizer/vars/1')!.offset)).toBeCloseTo(0.001, 7)
      // Four 5×50 chunks, unfiltered, not adjacent in the file: the tensor's offset is the first
      // chunk's (250 values of 4.0), its length the four chunks' sum.
      const chunked = byName.get('optimizer/vars/2')!
      expect(chunked.byteLength).toBe(4000)
      expect([...new Float32Array(bytes.buffer.slice(bytes.byteOffset + chunked.offset, bytes.byteOffset + chunked.offset + 1000))]).toEqual(
        new Array(250).fill(4)
      )
      expect(chunked.reason).toMatch(/4 chunks/)
      // Four gzip chunks of zeros: each a small zlib stream, the span their sum.
      const gzip = byName.get('optimizer/vars/3')!
      expect(gzip.byteLength).toBeLessThan(200)
      expect(bytes[gzip.offset]).toBe(0x78)
      const report = analyzeCheckpoint(result, { id: name })
      expect(CATEGORIES.reduce((sum, c) => sum + report.bytes[c], 0)).toBe(bytes.length)
      expect(report.bytes.optimizer).toBe(8 + 4 + 4000 + gzip.byteLength)
    })
  }

  it('follows 3000 links from a fractal heap with an indirect root block, counting the one dataset once', async () => {
    const bytes = readFileSync(join(DIR, 'many-links.h5'))
    const result = decided(await hdf5Reader.read('many-links.h5', files))
    expect(new Set(result.tensors.map((t) => t.name)).size).toBe(3000)
    expect(new Set(result.tensors.map((t) => t.storageKey)).size).toBe(1)
    const report = analyzeCheckpoint(result, { id: 'many' })
    expect(report.bytes.optimizer).toBe(12)
    expect(report.bytes.total).toBe(bytes.length)
    expect(bytes.readFloatLE(result.tensors[0].offset)).toBe(5)
  })
})
