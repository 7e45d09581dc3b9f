import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FormatError } from '../../src/core/errors.js'
import { BufferByteSource, readInto, type ByteSource } from '../../src/io/byte-source.js'
import { FileByteSource } from '../../src/io/file-byte-source.js'
import { readOnlySource } from '../helpers/read-only-source.js'

const BYTES = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7 + 3) & 0xff)
let dir: string

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'msb-byte-source-'))
  writeFileSync(join(dir, 'data.bin'), BYTES)
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('readInto', () => {
  const sources: [string, () => Promise<ByteSource>][] = [
    ['a file', () => FileByteSource.open(join(dir, 'data.bin'), 'data.bin')],
    ['a buffer', async () => new BufferByteSource('data.bin', BYTES)],
    ['a source with only read (the fallback)', async () => readOnlySource('read-only.bin', BYTES)]
  ]

  it.each(sources)('fills one buffer again and again with what read returns, from %s', async (_, open) => {
    const source = await open()
    const target = new Uint8Array(1000)
    for (const offset of [0, 1500, 3096]) {
      await readInto(source, offset, target)
      expect(target).toEqual(await source.read(offset, 1000))
    }
    expect(source.bytesRead).toBe(6000)
    await source.close()
  })

  it.each(sources)('rejects a span past the end with the file named, from %s', async (_, open) => {
    const source = await open()
    const error = await readInto(source, 4000, new Uint8Array(200)).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(FormatError)
    expect((error as Error).message).toMatch(/^(data|read-only)\.bin: unexpected end of file: expected 200 bytes at offset 4000/)
    await source.close()
  })
})
