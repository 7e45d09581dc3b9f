import { describe, expect, it } from '@jest/globals'
import { MemoryFiles } from '../../../src/io/checkpoint-files.js'
import { Companions, listSome } from '../../../src/formats/kit/companions.js'
import { pathInside } from '../../../src/formats/kit/safe-path.js'

const files = new MemoryFiles(new Map([['m/a.bin', new Uint8Array(7)]]))

describe('companion files: one policy, one wording', () => {
  it('lists a present companion at its size on disk, and warns about nothing', async () => {
    const companions = new Companions(files, 'the graph')
    expect(await companions.companion('m/a.bin', 'data', { describedBytes: 99 })).toEqual({ path: 'm/a.bin', role: 'data', bytes: 7, present: true })
    expect(companions.warnings()).toEqual([])
  })

  it('counts an absent companion at the size the checkpoint describes, in one warning naming every absent file', async () => {
    const companions = new Companions(files, 'the index')
    await companions.companion('m/a.bin', 'data')
    await companions.companion('m/b.bin', 'data', { describedBytes: 100 })
    await companions.companion('m/c.bin', 'data', { describedBytes: 20 })
    expect(companions.files.map((file) => [file.path, file.bytes, file.present])).toEqual([
      ['m/a.bin', 7, true],
      ['m/b.bin', 100, false],
      ['m/c.bin', 20, false]
    ])
    expect(companions.warnings()).toEqual([
      '2 files of the checkpoint are absent (m/b.bin, m/c.bin): counted at the 120 bytes the index describes, so the total is what the complete checkpoint would hold'
    ])
    expect(companions.absentPaths()).toEqual(['m/b.bin', 'm/c.bin'])
  })

  it('counts an absent companion nothing describes as 0 bytes, and says so', async () => {
    const companions = new Companions(files, 'the first shard')
    await companions.companion('m/x-00002-of-00002.gguf', 'data')
    expect(companions.files).toEqual([{ path: 'm/x-00002-of-00002.gguf', role: 'data', bytes: 0, present: false }])
    expect(companions.warnings()).toEqual([
      '1 file of the checkpoint is absent (m/x-00002-of-00002.gguf): the first shard does not describe its size, so it is counted as 0 bytes'
    ])
  })

  it('names at most three absent files and counts the rest', () => {
    expect(listSome(['a', 'b', 'c', 'd', 'e'])).toBe('a, b, c, and 2 more')
  })
})

describe('pathInside: names read from a checkpoint stay in its directory', () => {
  it('joins a plain relative name, with either separator, dropping empty and . segments', () => {
    expect(pathInside('models', 'weights.bin')).toBe('models/weights.bin')
    expect(pathInside('models', './data\\w.bin')).toBe('models/data/w.bin')
    expect(pathInside('.', 'a//b.bin')).toBe('a/b.bin')
  })

  it.each(['', '.', '/etc/passwd', '\\\\server\\share', 'C:/x.bin', 'c:x.bin', '../x.bin', 'a/../../x.bin', 'a\\..\\x.bin'])('refuses %j', (name) => {
    expect(pathInside('models', name)).toBeUndefined()
  })
})
