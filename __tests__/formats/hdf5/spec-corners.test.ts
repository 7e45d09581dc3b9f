import { describe, expect, it } from '@jest/globals'
import { analyzeCheckpoint } from '../../../src/core/analyze.js'
import { FormatError } from '../../../src/core/errors.js'
import { readHdf5Tree } from '../../../src/formats/hdf5/index.js'
import { hdf5Reader } from '../../../src/formats/keras/hdf5-reader.js'
import { BufferByteSource } from '../../../src/io/byte-source.js'
import { MemoryFiles } from '../../../src/io/checkpoint-files.js'
import { buildHdf5, dataset, group, softLink } from '../../../scripts/builders/hdf5.js'

/**
 * Corners of the HDF5 specification that h5py writes and the HDF5 library reads, found on the test
 * files of jamesmudd/jhdf (issue 13): the files here are minimal equivalents built in the test.
 */

const files = (entries: Record<string, Uint8Array>): MemoryFiles => new MemoryFiles(new Map(Object.entries(entries)))
const SIGNATURE = [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a]

describe('hdf5: the undefined address', () => {
  it('skips a soft link in an old-style group (no object header: the undefined address) with a warning', async () => {
    // jhdf's test_attribute_earliest.hdf5 / issue255_example.hdf5: a soft link among datasets.
    const built = buildHdf5(group({ data: dataset('float32', [5]), link_to_data: softLink('/data'), more: group({ x: dataset('int64', [2]) }) }))
    const tree = await readHdf5Tree(new BufferByteSource('s.h5', built.bytes))
    expect(tree.datasets.map((d) => [d.path, d.storage.byteLength])).toEqual([
      ['data', 20],
      ['more/x', 16]
    ])
    expect(tree.warnings).toEqual(["HDF5 soft link 'link_to_data' was not followed"])
  })

  it('names the undefined address when a structure the walk must read is at it', async () => {
    const built = buildHdf5(group({ data: dataset('float32', [5]) }))
    const bytes = built.bytes.slice()
    // The superblock's root symbol-table entry: its object header address (bytes 64..72) undefined.
    bytes.fill(0xff, 64, 72)
    await expect(readHdf5Tree(new BufferByteSource('u.h5', bytes))).rejects.toThrow(/undefined address \(0xffffffffffffffff\)/)
  })
})

describe('hdf5: the implicit chunk index', () => {
  it('counts one stored chunk per cell of the chunk grid, not ceil(elements / chunk elements)', async () => {
    // jhdf's implicit_index_datasets.hdf5 stores an int32 [10, 5] dataset in 288 B (216 was reported).
    // Here float32 [10, 5] in [4, 2] chunks: a 3 × 3 grid of 32-byte chunks = 288 B; ceil(50 / 8) = 7
    // chunks would be 224.
    const built = buildHdf5(
      group({
        mismatch: dataset('float32', [10, 5], { chunks: [4, 2], chunkIndex: 'implicit' }),
        exact: dataset('float32', [20], { chunks: [5], chunkIndex: 'implicit' })
      })
    )
    const tree = await readHdf5Tree(new BufferByteSource('i.h5', built.bytes))
    expect(tree.datasets.map((d) => [d.path, d.storage.byteLength, d.storage.chunks])).toEqual([
      ['exact', 80, 4],
      ['mismatch', 288, 9]
    ])
    const builtOffset = Object.fromEntries(built.datasets.map((d) => [d.path, d.offset]))
    for (const d of tree.datasets) expect(d.storage.offset).toBe(builtOffset[d.path])
  })
})

describe('hdf5: a user block before the superblock', () => {
  it.each([512, 1024, 4096])('finds the superblock after a %i-byte user block and gives spans as file offsets', async (userBlock) => {
    const built = buildHdf5(group({ w: dataset('float32', [4, 4]), b: dataset('float32', [4]) }), { userBlock })
    expect(Array.from(built.bytes.subarray(userBlock, userBlock + 8))).toEqual(SIGNATURE)
    const candidate = { path: 'u.h5', size: built.bytes.length, head: built.bytes.subarray(0, 64) }
    expect(hdf5Reader.sniff(candidate)).toBe(true)
    const result = await hdf5Reader.read('u.h5', files({ 'u.h5': built.bytes }))
    const spans = Object.fromEntries(result.tensors.map((t) => [t.name, [t.offset, t.byteLength]]))
    expect(spans).toEqual(Object.fromEntries(built.datasets.map((d) => [d.path, [d.offset, d.byteLength]])))
    for (const tensor of result.tensors) {
      expect(built.bytes.subarray(tensor.offset, tensor.offset + tensor.byteLength).every((byte) => byte === 0xab)).toBe(true)
    }
    const report = analyzeCheckpoint(result, { id: 'u' })
    expect(report.bytes.total).toBe(built.bytes.length)
    expect(report.bytes.unclassified).toBe(64 + 16)
    expect(report.bytes.metadata).toBe(built.bytes.length - 80) // the user block included
  })

  it('says where it looked when an HDF5-named file has no signature at 0, 512, 1024, …', async () => {
    const bytes = new Uint8Array(5000).fill(0x20)
    expect(hdf5Reader.sniff({ path: 'x.h5', size: bytes.length, head: bytes.subarray(0, 64) })).toBe(true)
    expect(hdf5Reader.sniff({ path: 'x.bin', size: bytes.length, head: bytes.subarray(0, 64) })).toBe(false)
    expect(hdf5Reader.sniff({ path: 'tiny.h5', size: 100, head: bytes.subarray(0, 64) })).toBe(false)
    const read = hdf5Reader.read('x.h5', files({ 'x.h5': bytes }))
    await expect(read).rejects.toThrow(FormatError)
    await expect(hdf5Reader.read('x.h5', files({ 'x.h5': bytes }))).rejects.toThrow(/signature .* is missing at byte 0 and at 512, 1024/)
  })
})
