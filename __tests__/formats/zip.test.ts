import { describe, expect, it } from '@jest/globals'
import { deflateRawSync } from 'node:zlib'
import { FormatError, LimitExceededError } from '../../src/core/errors.js'
import { MAX_ZIP_DIRECTORY_BYTES } from '../../src/core/limits.js'
import { openZip } from '../../src/formats/zip/index.js'
import { BufferByteSource } from '../../src/io/byte-source.js'
import { FileByteSource } from '../../src/io/file-byte-source.js'
import { describeWithFixtures, fixture } from '../helpers/fixtures.js'
import { buildZip } from '../../scripts/builders/zip.js'

describe('openZip', () => {
  it('lists entries and finds each payload after its local header, padding included', async () => {
    const zip = buildZip([
      { name: 'archive/data.pkl', data: new TextEncoder().encode('pickle!'), localExtraPadding: 0 },
      { name: 'archive/data/0', data: new Uint8Array(100).fill(7), localExtraPadding: 40 }
    ])
    const archive = await openZip(new BufferByteSource('m.pt', zip))
    expect(archive.entries.map((e) => [e.name, e.compressedSize])).toEqual([
      ['archive/data.pkl', 7],
      ['archive/data/0', 100]
    ])
    const start = await archive.dataStart(archive.entries[1])
    expect(zip.subarray(start, start + 100).every((b) => b === 7)).toBe(true)
    expect(new TextDecoder().decode(await archive.readEntry(archive.entries[0], 1024))).toBe('pickle!')
  })

  it('inflates a deflated entry', async () => {
    const text = 'x'.repeat(5000)
    const zip = buildZip([{ name: 'config.json', data: new TextEncoder().encode(text), deflate: true }])
    const archive = await openZip(new BufferByteSource('m.keras', zip))
    expect(archive.entries[0].compressedSize).toBe(deflateRawSync(Buffer.from(text)).length)
    expect(new TextDecoder().decode(await archive.readEntry(archive.entries[0], 10_000))).toBe(text)
  })

  it('refuses to read an entry larger than the metadata limit', async () => {
    const zip = buildZip([{ name: 'big', data: new Uint8Array(2048) }])
    const archive = await openZip(new BufferByteSource('m.pt', zip))
    await expect(archive.readEntry(archive.entries[0], 1024)).rejects.toThrow(/over the 1024-byte limit/)
  })

  it('reports a file with no central directory as a FormatError naming the file', async () => {
    const zip = buildZip([{ name: 'a', data: new Uint8Array(10) }])
    await expect(openZip(new BufferByteSource('broken.pt', zip.subarray(0, zip.length - 10)))).rejects.toThrow(FormatError)
    await expect(openZip(new BufferByteSource('broken.pt', zip.subarray(0, zip.length - 10)))).rejects.toThrow(/^broken\.pt: invalid zip archive/)
  })

  it('refuses a central directory over the size limit before reading it', async () => {
    const zip = buildZip([{ name: 'a', data: new Uint8Array(10) }])
    // The end record's last 10 bytes: directory size (u32), directory offset (u32), comment length.
    new DataView(zip.buffer, zip.byteOffset).setUint32(zip.length - 10, MAX_ZIP_DIRECTORY_BYTES + 1, true)
    const source = new BufferByteSource('huge.pt', zip)
    await expect(openZip(source)).rejects.toThrow(LimitExceededError)
    await expect(openZip(source)).rejects.toThrow(/^huge\.pt: the size of the zip central directory is 268435457, over the limit of 268435456/)
    expect(source.bytesRead).toBeLessThanOrEqual(2 * zip.length)
  })
  it("refuses a ZIP64 field past 2^53 with the byte layer's error naming the field", async () => {
    // An empty ZIP64 archive: the ZIP64 end record at 0, its locator, the end record.
    const bytes = new Uint8Array(56 + 20 + 22)
    const view = new DataView(bytes.buffer)
    view.setUint32(0, 0x06064b50, true)
    view.setUint32(32 + 4, 2 ** 22, true) // entry count: high half 2^22, so the count is 2^54
    view.setUint32(56, 0x07064b50, true) // locator; its record offset (at 56 + 8) is 0
    view.setUint32(56 + 16, 1, true)
    view.setUint32(76, 0x06054b50, true)
    view.setUint16(76 + 8, 0xffff, true)
    view.setUint16(76 + 10, 0xffff, true)
    view.setUint32(76 + 12, 0xffffffff, true)
    view.setUint32(76 + 16, 0xffffffff, true)
    await expect(openZip(new BufferByteSource('big.pt', bytes))).rejects.toThrow(
      /^big\.pt: ZIP64 entry count is 18014398509481984, larger than any file \(over 2\^53\)/
    )
  })
})

describe('openZip on a directory larger than one read window', () => {
  it('parses every entry, those straddling a window boundary included', async () => {
    // ~200-byte names make a directory of ~1.5 MB: more than one 1 MB window.
    const names = Array.from({ length: 6000 }, (_, i) => `archive/${'d'.repeat(180 + (i % 7))}/${i}`)
    const zip = buildZip(names.map((name, i) => ({ name, data: new Uint8Array(i % 5) })))
    const archive = await openZip(new BufferByteSource('m.pt', zip))
    expect(archive.entries.map((e) => e.name)).toEqual(names)
    expect(archive.entries.map((e) => e.compressedSize)).toEqual(names.map((_, i) => i % 5))
  })
})

describe('ZipArchive.release', () => {
  it('frees the typed columns of a large directory and keeps its names', async () => {
    const names = Array.from({ length: 5000 }, (_, i) => `archive/data/${i}`)
    const archive = await openZip(new BufferByteSource('m.pt', buildZip(names.map((name) => ({ name, data: new Uint8Array(3) })))))
    expect(archive.directory.compressedSizes.length).toBe(5000)
    archive.release()
    expect(archive.directory.compressedSizes.length).toBe(0)
    expect(archive.directory.names).toEqual(names)
  })
})

describeWithFixtures('openZip on real archives', () => {
  it('reads the central directory of a real torch.save file', async () => {
    const source = await FileByteSource.open(fixture('real/pytorch/mnist-cnn-state-dict/best_model.pt'))
    try {
      const archive = await openZip(source)
      const names = archive.entries.map((entry) => entry.name)
      expect(names.some((name) => name.endsWith('/data.pkl'))).toBe(true)
      expect(names.some((name) => /\/data\/\d+$/.test(name))).toBe(true)
      const stored = archive.entries.reduce((sum, entry) => sum + entry.compressedSize, 0)
      expect(stored).toBeLessThan(source.size)
      // The last 64 KiB + 22 bytes are read to find the end of the central directory, then the directory.
      expect(source.bytesRead).toBeLessThanOrEqual(Math.min(source.size, 22 + 65_535) + 4096)
    } finally {
      await source.close()
    }
  })
})
