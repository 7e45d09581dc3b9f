import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pytorchZipReader } from '../../../src/formats/pytorch/index.js'
import { openZip } from '../../../src/formats/zip/index.js'
import { DiskFiles } from '../../../src/io/disk-files.js'
import { MemoryFiles } from '../../../src/io/checkpoint-files.js'
import { buildTorchZip, orderedDict, tensor, type StorageSpec } from '../../../scripts/builders/pytorch.js'
import { BufferByteSource } from '../../../src/io/byte-source.js'
import { FileByteSource } from '../../../src/io/file-byte-source.js'
import { buildZip } from '../../../scripts/builders/zip.js'
import { describeWithFixtures, fixture } from '../../helpers/fixtures.js'

/** `count` entries, each with a different local-header padding, as torch's aligned records. */
function records(count: number): Uint8Array {
  return buildZip(
    Array.from({ length: count }, (_, i) => ({ name: `archive/data/${i}`, data: new Uint8Array(10 + i).fill(i), localExtraPadding: (i * 7) % 50 }))
  )
}

/** Inserts `gap` junk bytes before entry `at`'s local header, fixing the directory's offsets. */
function withGap(zip: Uint8Array, at: number, gap: number): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
  const eocd = zip.length - 22
  const directoryOffset = view.getUint32(eocd + 16, true)
  let p = directoryOffset
  let insertAt = -1
  for (let i = 0; p < eocd; i++) {
    const lho = view.getUint32(p + 42, true)
    if (i === at) insertAt = lho
    if (i >= at) view.setUint32(p + 42, lho + gap, true)
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true)
  }
  view.setUint32(eocd + 16, directoryOffset + gap, true)
  const out = new Uint8Array(zip.length + gap).fill(0xee)
  out.set(zip.subarray(0, insertAt), 0)
  out.set(zip.subarray(insertAt), insertAt + gap)
  return out
}

describe('openZip: end of central directory', () => {
  it('finds it behind a zip comment longer than the first tail read', async () => {
    const zip = records(3)
    const comment = 5000
    const withComment = new Uint8Array(zip.length + comment).fill(0x41)
    withComment.set(zip)
    new DataView(withComment.buffer).setUint16(zip.length - 2, comment, true)
    const archive = await openZip(new BufferByteSource('commented.zip', withComment))
    expect(archive.entries.map((e) => e.name)).toEqual(['archive/data/0', 'archive/data/1', 'archive/data/2'])
  })
})

describe('openZip: payload offsets of many entries', () => {
  it('derives them from the directory when entries are back to back, reading only a sample of local headers', async () => {
    const zip = records(100)
    const source = new BufferByteSource('m.pt', zip)
    const archive = await openZip(source)
    const before = source.bytesRead
    const starts = await archive.dataStarts(archive.entries.map((_, i) => i))
    expect(source.bytesRead - before).toBeLessThanOrEqual(32 * 30)
    archive.entries.forEach((entry, i) => {
      expect(zip.subarray(starts[i], starts[i] + entry.compressedSize).every((b) => b === i)).toBe(true)
    })
  })

  it('reads every local header when a sampled one shows the entries are not back to back', async () => {
    // The gap before entry 1 shifts entry 0's derived offset; entry 0 is always in the sample.
    const zip = withGap(records(40), 1, 13)
    const archive = await openZip(new BufferByteSource('gap.pt', zip))
    const starts = await archive.dataStarts(archive.entries.map((_, i) => i))
    archive.entries.forEach((entry, i) => {
      expect(zip.subarray(starts[i], starts[i] + entry.compressedSize).every((b) => b === i)).toBe(true)
    })
  })
})

describeWithFixtures('openZip: payload offsets in a real torch.save archive', () => {
  it.each(['generated/pytorch/seed_cnn_adam.pt', 'real/pytorch/mnist-cnn-state-dict/best_model.pt', 'real/pytorch/mnist-cnn-torchscript/mnist_cnn.pt'])(
    '%s: offsets derived from the directory equal every local header',
    async (path) => {
      const source = await FileByteSource.open(fixture(path))
      try {
        const archive = await openZip(source)
        const byOffset = [...archive.entries].sort((a, b) => a.localHeaderOffset - b.localHeaderOffset)
        const read = await Promise.all(byOffset.map((entry) => archive.dataStart(entry)))
        // torch writes each record back to back, each followed by a 16-byte data descriptor.
        const trailers = new Set(byOffset.slice(0, -1).map((entry, i) => byOffset[i + 1].localHeaderOffset - read[i] - entry.compressedSize))
        expect([...trailers]).toEqual([16])
        const storages = archive.entries.filter((entry) => entry.name.includes('/data/'))
        const derived = await archive.dataStarts(
          storages.map((entry) => archive.entries.indexOf(entry)),
          { sample: 4 }
        )
        expect([...derived]).toEqual(storages.map((entry) => read[byOffset.indexOf(entry)]))
        // torch aligns every storage payload to 64 bytes (caffe2/serialize/inline_container.h kFieldAlignment).
        expect(derived.every((offset) => offset % 64 === 0)).toBe(true)
      } finally {
        await source.close()
      }
    }
  )
})

describe('PyTorch zip: a pickle over a megabyte read from disk', () => {
  it('gives the same tensors as the same archive in memory (its buffer is released after parsing)', async () => {
    // 14,000 tensors make a ~1.3 MB data.pkl, whose buffer the reader frees once parsed (read from
    // a file it is the reader's own); a bytes value and a tied weight ride along.
    const storages: StorageSpec[] = Array.from({ length: 14_000 }, (_, i) => ({ key: String(i), storageClass: 'FloatStorage', numel: 4 }))
    const items: [string, Parameters<typeof orderedDict>[0][number][1]][] = storages.map((storage, i) => [`layers.${i}.weight`, tensor(storage, [2, 2])])
    items.push(['tied.weight', tensor(storages[0], [2, 2])], ['rng_state', new Uint8Array(5000).fill(9)])
    const zip = buildTorchZip({ root: orderedDict(items), storages })
    const dir = mkdtempSync(join(tmpdir(), 'msb-torch-'))
    try {
      writeFileSync(join(dir, 'big.pt'), zip)
      const fromDisk = await pytorchZipReader.read('big.pt', new DiskFiles(dir))
      const fromMemory = await pytorchZipReader.read('big.pt', new MemoryFiles(new Map([['big.pt', zip]])))
      expect(fromDisk.tensors).toHaveLength(14_001)
      expect(fromDisk).toEqual(fromMemory)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
