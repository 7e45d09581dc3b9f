import { describe, expect, it } from '@jest/globals'
import { FormatError } from '../../../src/core/errors.js'
import { Cursor } from '../../../src/io/bytes/index.js'
import { crc32c, maskCrc, unmaskCrc } from '../../../src/formats/tensorflow/crc32c.js'
import { BufferByteSource } from '../../../src/io/byte-source.js'
import { parseBlock, readBlock, readTable, readTableFrom } from '../../../src/formats/tensorflow/sstable.js'
import { buildSSTable, type TableEntry } from '../../../scripts/builders/tensorflow.js'

const utf8 = new TextEncoder()
const text = new TextDecoder()

function entriesOf(table: Uint8Array, file = 'test.index'): [string, string][] {
  const out: [string, string][] = []
  readTable(table, file, (key, value) => out.push([text.decode(key), text.decode(value)]))
  return out
}

/** The data-block handles listed by a table's index block. */
function dataBlocks(table: Uint8Array): { offset: number; size: number }[] {
  const footer = Cursor.over(table.subarray(table.length - 48), 'footer')
  footer.varint('a block handle')
  footer.varint('a block handle')
  const index = readBlock(table, { offset: footer.varint('a block handle'), size: footer.varint('a block handle') }, 'test', 'index block')
  const handles: { offset: number; size: number }[] = []
  parseBlock(index, 'test', 'index block', (_key, value) => {
    const reader = Cursor.over(value, 'handle')
    handles.push({ offset: reader.varint('a block handle'), size: reader.varint('a block handle') })
  })
  return handles
}

const entry = (key: string, value: string): TableEntry => ({ key: utf8.encode(key), value: utf8.encode(value) })

describe('CRC32C', () => {
  it('has the Castagnoli check value and masks as LevelDB does', () => {
    expect(crc32c(utf8.encode('123456789'))).toBe(0xe3069283)
    const crc = crc32c(utf8.encode('tensor'))
    expect(maskCrc(crc)).not.toBe(crc)
    expect(unmaskCrc(maskCrc(crc))).toBe(crc)
  })
})

describe('readTableFrom', () => {
  /** A source over `table` that records the length of every read. */
  const recording = (table: Uint8Array): { source: BufferByteSource; reads: number[] } => {
    const source = new BufferByteSource('big.index', table)
    const reads: number[] = []
    const read = source.read.bind(source)
    source.read = (offset: number, length: number) => {
      reads.push(length)
      return read(offset, length)
    }
    return { source, reads }
  }
  const names = Array.from({ length: 50_000 }, (_, i) => `model/layer_${String(i).padStart(6, '0')}/kernel/.ATTRIBUTES/VARIABLE_VALUE`)
  const table = buildSSTable(names.map((name, i) => entry(name, `value ${i}`)))

  it('reads the same entries as readTable, in windows of the file rather than the whole file at once', async () => {
    const { source, reads } = recording(table)
    const out: [string, string][] = []
    await readTableFrom(source, 'big.index', (key, value) => out.push([text.decode(key), text.decode(value)]))
    expect(out).toEqual(entriesOf(table, 'big.index'))
    expect(table.length).toBeGreaterThan(2 * 1024 * 1024)
    expect(Math.max(...reads)).toBeLessThan(table.length / 2)
    // Each byte about once: a window per many blocks, not a read per block.
    expect(reads.reduce((sum, length) => sum + length, 0)).toBeLessThan(table.length * 1.1)
  })

  it('reports a corrupt data block with the same error as readTable', async () => {
    const corrupt = Uint8Array.from(table)
    const blocks = dataBlocks(table)
    const middle = Math.floor(blocks.length / 2)
    const block = blocks[middle]
    corrupt[block.offset + 10] ^= 0xff
    const expected = (() => {
      try {
        readTable(corrupt, 'big.index', () => {})
      } catch (error) {
        return (error as Error).message
      }
    })()
    expect(expected).toMatch(new RegExp(`data block ${middle} .* fails its CRC32C check`))
    await expect(readTableFrom(recording(corrupt).source, 'big.index', () => {})).rejects.toThrow(expected as string)
  })
})

describe('readTable', () => {
  it('reads the worked example of FORMATS.md §1.2 byte for byte', () => {
    const hex =
      '0000060801 1a020801 00011377 08011208 12020802 12020803 28183578 563412' +
      '00000000 01000000 0074c63b ad' +
      '00000000 01000000 00c0f2a1 b0' +
      '00010278 00280000 00000100 00000094 798284' +
      '2d083a0e' +
      '00'.repeat(36) +
      '57fb808b 247547db'
    const table = Uint8Array.from(Buffer.from(hex.replace(/ /g, ''), 'hex'))
    expect(table.length).toBe(125)
    const keys: string[] = []
    readTable(table, 'example.index', (key) => keys.push(text.decode(key)))
    expect(keys).toEqual(['', 'w'])
  })

  it('rebuilds prefix-compressed keys across restart points, as bytes (non-ASCII names sharing a byte prefix)', () => {
    const names = ['dense/bias', 'dense/kernel', 'dense/kernel/Adam', 'dense/kernel/Adam_1', 'modèle/a', 'modèle/ab', 'modèle/b', 'modèle/é', 'modèle/ê', 'z']
    for (const restartInterval of [1, 2, 3, 16]) {
      const table = buildSSTable(
        names.map((n, i) => entry(n, `v${i}`)),
        { restartInterval }
      )
      expect(entriesOf(table)).toEqual(names.map((n, i) => [n, `v${i}`]).sort((a, b) => Buffer.compare(Buffer.from(a[0]), Buffer.from(b[0]))))
    }
    // With a restart every 3 entries, later entries really share prefixes (the table is smaller).
    const compressed = buildSSTable(
      names.map((n) => entry(n, '')),
      { restartInterval: 3 }
    )
    const restartEveryEntry = buildSSTable(
      names.map((n) => entry(n, '')),
      { restartInterval: 1 }
    )
    expect(compressed.length).toBeLessThan(restartEveryEntry.length)
  })

  it('reads a multi-block index in key order', () => {
    const names = Array.from({ length: 500 }, (_, i) => `layer_${String(i).padStart(4, '0')}/kernel`)
    const table = buildSSTable(
      names.map((n) => entry(n, 'x'.repeat(20))),
      { blockSize: 1024 }
    )
    expect(dataBlocks(table).length).toBeGreaterThan(10)
    expect(entriesOf(table).map(([key]) => key)).toEqual(names)
  })

  it('decompresses snappy blocks, including copies that overlap their own output', () => {
    // Runs of one byte compress to a literal and a copy with offset 1 < length.
    const values = Array.from({ length: 40 }, (_, i) => 'a'.repeat(100 + i) + 'b'.repeat(70))
    const entries = values.map((value, i) => entry(`tensor/${String(i).padStart(3, '0')}`, value))
    const raw = buildSSTable(entries, { blockSize: 2048 })
    const snappy = buildSSTable(entries, { blockSize: 2048, snappy: true })
    expect(snappy.length).toBeLessThan(raw.length / 4)
    const blocks = dataBlocks(snappy)
    expect(blocks.length).toBeGreaterThan(1)
    for (const block of blocks) expect(snappy[block.offset + block.size]).toBe(1)
    expect(hasOverlappingCopy(snappy.subarray(blocks[0].offset, blocks[0].offset + blocks[0].size))).toBe(true)
    expect(entriesOf(snappy)).toEqual(entriesOf(raw))
    expect(entriesOf(snappy).map(([, v]) => v)).toEqual(values)
  })

  it('rejects a block whose CRC does not match, naming the file and the block', () => {
    const table = buildSSTable([entry('', 'header'), entry('w', 'value')])
    const corrupt = Uint8Array.from(table)
    corrupt[8] ^= 0x01 // inside data block 0
    expect(() => entriesOf(corrupt, 'exports/model.ckpt.index')).toThrow(FormatError)
    expect(() => entriesOf(corrupt, 'exports/model.ckpt.index')).toThrow(
      /^exports\/model\.ckpt\.index: data block 0 \(bytes 0\.\.\d+\) fails its CRC32C check \(stored 0x[0-9a-f]{8}, computed 0x[0-9a-f]{8}\) \(at byte 0\)\./
    )
  })

  it('rejects a file without the table magic, and a truncated one', () => {
    const table = buildSSTable([entry('', 'h')])
    const wrongMagic = Uint8Array.from(table)
    wrongMagic[table.length - 1] = 0
    expect(() => entriesOf(wrongMagic)).toThrow(/does not end with the SSTable magic number/)
    expect(() => entriesOf(table.subarray(0, 20))).toThrow(/shorter than an SSTable footer/)
    expect(() => entriesOf(table.subarray(10))).toThrow(FormatError)
  })

  it('rejects an entry whose shared prefix is longer than the previous key', () => {
    // One entry claiming 5 shared bytes with no previous key, then restarts=[0], n=1.
    const block = Uint8Array.from([5, 1, 0, 0x61, 0, 0, 0, 0, 1, 0, 0, 0])
    expect(() => parseBlock(block, 'x.index', 'data block 0', () => undefined)).toThrow(/corrupt entry at block offset 0/)
  })

  it('rejects a block type other than raw or snappy', () => {
    const contents = Uint8Array.from([0, 0, 0, 0, 1, 0, 0, 0])
    const withTrailer = new Uint8Array(contents.length + 5)
    withTrailer.set(contents)
    withTrailer[contents.length] = 7
    const crc = maskCrc(crc32c(withTrailer.subarray(0, contents.length + 1)))
    new DataView(withTrailer.buffer).setUint32(contents.length + 1, crc, true)
    expect(() => readBlock(withTrailer, { offset: 0, size: contents.length }, 'x.index', 'data block 0')).toThrow(/compression type 7/)
  })

  it('reads back every entry of a 100,000-entry index, in order, across its many blocks', () => {
    // Whether this stays linear is the bench's to show (`npm run bench`, 100,000 tensors); here the
    // scale is for correctness: hundreds of data blocks, prefix-compressed keys, restart points.
    const entries: TableEntry[] = []
    for (let i = 0; i < 100_000; i++) {
      entries.push(entry(`model/layer_${String(i).padStart(6, '0')}/kernel/.ATTRIBUTES/VARIABLE_VALUE`, String(i % 997).padStart(16, '.')))
    }
    const table = buildSSTable(entries)
    let count = 0
    let mismatch: string | undefined
    readTable(table, 'big.index', (key, value) => {
      const expected = entries[count++]
      if (mismatch === undefined && (text.decode(key) !== text.decode(expected.key) || text.decode(value) !== text.decode(expected.value))) {
        mismatch = `entry ${count - 1}: ${text.decode(key)}`
      }
    })
    expect(mismatch).toBeUndefined()
    expect(count).toBe(100_000)
  })
})

/** Walks a raw snappy stream's tags; true when a copy's offset is shorter than its length. */
function hasOverlappingCopy(stream: Uint8Array): boolean {
  let p = 0
  while (stream[p] >= 0x80) p++
  p++
  while (p < stream.length) {
    const tag = stream[p++]
    const kind = tag & 3
    if (kind === 0) {
      let length = (tag >> 2) + 1
      if (length > 60) {
        const extra = length - 60
        length = 1
        for (let i = 0; i < extra; i++) length += stream[p + i] * 256 ** i
        p += extra
      }
      p += length
    } else if (kind === 1) {
      const length = ((tag >> 2) & 7) + 4
      const offset = ((tag >> 5) << 8) | stream[p++]
      if (offset < length) return true
    } else {
      const length = (tag >> 2) + 1
      const bytes = kind === 2 ? 2 : 4
      let offset = 0
      for (let i = 0; i < bytes; i++) offset += stream[p + i] * 256 ** i
      p += bytes
      if (offset < length) return true
    }
  }
  return false
}
