import { describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { analyzeCheckpoint } from '../../../src/core/analyze.js'
import { FormatError } from '../../../src/core/errors.js'
import { npyReader, npzReader } from '../../../src/formats/numpy/index.js'
import { parseNpyHeader } from '../../../src/formats/numpy/npy-header.js'
import { parsePythonLiteral } from '../../../src/formats/numpy/python-literal.js'
import { MemoryFiles } from '../../../src/io/checkpoint-files.js'
import { DiskFiles } from '../../../src/io/disk-files.js'
import { buildNpz, npyHeader, type NpzMember } from '../../../scripts/builders/numpy.js'
import { chunksToBytes, writeSparseFile } from '../../../scripts/builders/sparse.js'
import { describeWithFixtures, fixture } from '../../helpers/fixtures.js'
import { expectEveryByteAccounted, measureFolder, provenanceFiles, useTempDir } from '../provenance.js'

const memory = (files: Record<string, Uint8Array>): MemoryFiles => new MemoryFiles(new Map(Object.entries(files)))
const f4 = (key: string, shape: number[], options: Partial<NpzMember> = {}): NpzMember => ({
  key,
  chunks: [npyHeader('<f4', shape), new Uint8Array(4 * shape.reduce((n, d) => n * d, 1)).fill(1)],
  ...options
})
const npz = (members: NpzMember[], options?: Parameters<typeof buildNpz>[1]): Uint8Array => chunksToBytes(buildNpz(members, options))
async function analyse(path: string, bytes: Uint8Array): Promise<ReturnType<typeof analyzeCheckpoint>> {
  const reader = path.endsWith('.npy') ? npyReader : npzReader
  return analyzeCheckpoint(await reader.read(path, memory({ [path]: bytes })), { id: path, top: 50 })
}

/** What each real fixture's PROVENANCE.md says, per checkpoint file. */
const REAL_NUMPY: Record<string, Record<string, Partial<Record<'weights' | 'buffers' | 'bookkeeping' | 'metadata', number>>>> = {
  // 793,096 bytes of float64 data in a 794,314-byte file; losses.npy: 128-byte header + 160 bytes of losses
  'char-rnn-float64-savez-stored-zip64': {
    'weights.npz': { weights: 793_096, metadata: 1_218 },
    'losses.npy': { bookkeeping: 160, metadata: 128 }
  },
  // 10,256 bytes of float32 data, half of it the target network
  'dqn-params-and-target-network-jax-savez': { 'params.npz': { weights: 5_128, buffers: 5_128, metadata: 3_082 } },
  // deflated: each array's share of its member's compressed bytes (730,896 + 1,019 + 1,030 + 83 on disk)
  'nnue-dfdx-rust-deflate-npz': { 'nnue.npz': { weights: 730_827 + 950 + 961 + 4, metadata: 733_450 - (730_827 + 950 + 961 + 4) } },
  // 1,024 bytes of float32 after a 128-byte header
  'sorbnetx-attention-weight-npy': { 'weights.npy': { weights: 1_024, metadata: 128 } }
}

describeWithFixtures('numpy: real files', () => {
  it.each(Object.keys(REAL_NUMPY))('%s: every byte where PROVENANCE.md says', async (folder) => {
    const kind = `real/numpy/${folder}`
    const report = await measureFolder(kind)
    expect(report.errors).toEqual([])
    expectEveryByteAccounted(
      report,
      provenanceFiles(kind).reduce((sum, file) => sum + file.bytes, 0)
    )
    const byFile = Object.fromEntries(report.checkpoints.map((checkpoint) => [checkpoint.id, checkpoint.bytes]))
    for (const [file, expected] of Object.entries(REAL_NUMPY[folder])) {
      expect(byFile[file]).toMatchObject({ ...expected, unclassified: 0 })
    }
  })

  it('names the target network as a copy of the online parameters', async () => {
    const result = await npzReader.read('params.npz', new DiskFiles(fixture('real/numpy/dqn-params-and-target-network-jax-savez')))
    const report = analyzeCheckpoint(result, { id: 'params.npz', top: 1 })
    expect(report.tensorCounts).toEqual({ weights: 6, buffers: 6 })
    expect(report.top?.[0]).toMatchObject({ name: 'params.2', category: 'weights' })
    expect(result.tensors.find((tensor) => tensor.name === 'target_params.2')?.reason).toMatch(/'target_params' mirrors the 'params' tree/)
  })
})

describe('numpy: .npy headers', () => {
  it('parses the Python literal without evaluating it', () => {
    expect(parsePythonLiteral("{'descr': '<f4', 'fortran_order': False, 'shape': (3, 4), }")).toEqual({
      dict: new Map<string, unknown>([
        ['descr', '<f4'],
        ['fortran_order', false],
        ['shape', [3, 4]]
      ])
    })
    expect(parsePythonLiteral('(10L, 5L)')).toEqual([10, 5])
    expect(() => parsePythonLiteral("{'shape': __import__('os').system('x')}")).toThrow(/not part of a Python literal/)
    expect(() => parsePythonLiteral('('.repeat(100))).toThrow(/nesting deeper/)
  })

  it('reads v1, v2 and v3 headers, structured and string dtypes', () => {
    expect(parseNpyHeader(npyHeader('<f8', [2, 3]), 'a.npy')).toMatchObject({ dtype: 'float64', shape: [2, 3], dataStart: 128, dataBytes: 48 })
    expect(parseNpyHeader(npyHeader('<i4', [5], { version: 2 }), 'a.npy')).toMatchObject({ dtype: 'int32', dataBytes: 20 })
    expect(parseNpyHeader(npyHeader('<U5', [2], { version: 3 }), 'a.npy')).toMatchObject({ dtype: 'U5', dataBytes: 40 })
    expect(parseNpyHeader(npyHeader('|V2', []), 'a.npy')).toMatchObject({ dtype: 'V2', dataBytes: 2 })
    const structured = new TextEncoder().encode("{'descr': [('x', '<f4'), ('y', '<i2', (3,))], 'fortran_order': False, 'shape': (10,), }\n")
    const bytes = new Uint8Array(10 + structured.length)
    bytes.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 1, 0, structured.length, 0])
    bytes.set(structured, 10)
    expect(parseNpyHeader(bytes, 'a.npy')).toMatchObject({ dtype: 'structured', dataBytes: 100 })
  })

  it('refuses a header longer than numpy itself reads', () => {
    const bytes = new Uint8Array(12)
    bytes.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 2, 0, 0, 0, 0, 1])
    expect(() => parseNpyHeader(bytes, 'a.npy')).toThrow(/over the 65536-byte limit/)
  })

  it('refuses a .npy whose data is shorter than its shape says', async () => {
    const bytes = chunksToBytes([npyHeader('<f4', [100]), new Uint8Array(10)])
    await expect(analyse('w.npy', bytes)).rejects.toThrow(/needs 400 bytes of data after its 128-byte header, but only 10 are there/)
  })
})

describe('numpy: .npz archives', () => {
  it('counts each stored array exactly and the zip and headers as metadata', async () => {
    const bytes = npz([f4('dense.kernel', [8, 4]), f4('dense.bias', [4])])
    const report = await analyse('m.npz', bytes)
    expect(report.bytes).toMatchObject({ weights: 128 + 16, metadata: bytes.length - 144, unclassified: 0 })
  })

  it('reads members whose sizes are in data descriptors after the payload (a zip written to a stream)', async () => {
    const bytes = npz([f4('a', [16]), f4('b', [32]), f4('c', [8])], { dataDescriptors: true })
    const report = await analyse('m.npz', bytes)
    expect(report.bytes.weights).toBe(4 * (16 + 32 + 8))
  })

  it('counts a deflated array at its share of the compressed member, with the uncompressed size explained', async () => {
    const bytes = npz([f4('w', [1000], { deflate: true })])
    const report = await analyse('m.npz', bytes)
    expect(report.bytes.weights).toBeGreaterThan(0)
    expect(report.bytes.weights).toBeLessThan(200) // 4,000 bytes of ones deflate to a few dozen
    expect(report.explanations.join('\n')).toMatch(/1 of 1 arrays are deflate-compressed: \d+ B on disk for 4.13 kB uncompressed/)
  })

  it('a second tree mirroring the first is a copy (buffers), the first weights', async () => {
    const members = ['params', 'target_params'].flatMap((tree) => [
      f4(`${tree}.0`, [4, 2]),
      f4(`${tree}.1`, [2]),
      f4(`${tree}.2`, [2, 2]),
      f4(`${tree}.3`, [2])
    ])
    const report = await analyse('agent.npz', npz(members))
    expect(report.bytes).toMatchObject({ weights: 64, buffers: 64 })
    expect(report.top?.find((tensor) => tensor.name === 'target_params.0')?.reason).toMatch(/'target_params' mirrors the 'params' tree/)
  })

  it('does not call two trees copies when their shapes differ', async () => {
    const members = [
      ...['params', 'target_params'].flatMap((tree) => [0, 1, 2].map((i) => f4(`${tree}.${i}`, [4]))),
      f4('params.3', [4]),
      f4('target_params.3', [5])
    ]
    const report = await analyse('agent.npz', npz(members))
    expect(report.bytes.buffers).toBe(0)
  })

  it('names training history and counters by their keys', async () => {
    const report = await analyse('run.npz', npz([f4('w', [10]), f4('losses', [20]), { key: 'step', chunks: [npyHeader('<i8', []), new Uint8Array(8)] }]))
    expect(report.bytes).toMatchObject({ weights: 40, bookkeeping: 88 })
  })

  it('counts an object array (a pickle) as metadata with a warning, without unpickling it', async () => {
    const pickle = new Uint8Array([0x80, 0x04, 0x63, 0x6f, 0x73, 0x0a, 0x73, 0x79, 0x73, 0x74, 0x65, 0x6d, 0x0a, 0x2e])
    const bytes = npz([f4('w', [4]), { key: 'config', chunks: [npyHeader('|O', []), pickle] }])
    const report = await analyse('m.npz', bytes)
    expect(report.bytes).toMatchObject({ weights: 16, metadata: bytes.length - 16, unclassified: 0 })
    expect(report.warnings).toEqual(["array 'config' holds Python objects (a pickle, dtype object): counted as metadata, not unpickled"])
  })

  it('refuses a member whose array does not fit in it', async () => {
    const bytes = npz([{ key: 'w', chunks: [npyHeader('<f4', [1000]), new Uint8Array(40)] }])
    await expect(analyse('m.npz', bytes)).rejects.toThrow(FormatError)
  })
})

describe('numpy: metadata only', () => {
  const tempDir = useTempDir('msb-npz-')

  it('reads a 5 GB stored ZIP64 .npz (a sparse file) with under 64 KiB of reads', async () => {
    const big = 5 * 1024 ** 3
    const members: NpzMember[] = [{ key: 'embedding', chunks: [npyHeader('<f4', [big / 4 / 1024, 1024]), { hole: big }] }, f4('bias', [1024])]
    const path = join(tempDir(), 'big.npz')
    const size = writeSparseFile(path, buildNpz(members))
    const files = new DiskFiles(tempDir())
    const report = analyzeCheckpoint(await npzReader.read('big.npz', files), { id: 'big.npz' })
    expect(report.bytes.total).toBe(size)
    expect(report.bytes.weights).toBe(big + 4096)
    expect(files.bytesRead).toBeLessThan(64 * 1024)
  })
})
