import { describe, expect, it } from '@jest/globals'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { FormatError } from '../../src/core/errors.js'
import type { ReadResult } from '../../src/core/types.js'
import type { CheckpointReader } from '../../src/formats/kit/types.js'
import { MemoryFiles, type CheckpointFiles } from '../../src/io/checkpoint-files.js'
import { measure } from '../../src/pipeline/measure.js'

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text)

/**
 * A toy format for pipeline tests: `NAME.toy` starts with "TOY1", lists its companion files one
 * per line, and its whole body after the first line is one weights tensor.
 */
const toyReader: CheckpointReader = {
  format: 'safetensors',
  matchesName: (path) => path.endsWith('.toy') || path.endsWith('.bin'),
  sniff: ({ head }) => new TextDecoder().decode(head).startsWith('TOY1'),
  async read(path: string, files: CheckpointFiles): Promise<ReadResult> {
    const source = await files.open(path)
    const text = new TextDecoder().decode(await source.read(0, source.size))
    const lines = text.split('\n')
    if (lines[0] !== 'TOY1') throw new FormatError(path, 'bad toy header', { offset: 0 })
    const companions = lines
      .slice(1)
      .filter((line) => line.startsWith('@'))
      .map((line) => line.slice(1))
    const result: ReadResult = {
      format: 'safetensors',
      name: path.replace(/\.toy$/, ''),
      files: [{ path, role: 'data', bytes: source.size, present: true }],
      tensors: [{ name: 'w', dtype: 'uint8', shape: [source.size - 5], file: path, offset: 5, byteLength: source.size - 5, category: 'weights' }],
      classifiedBy: 'name-rules',
      warnings: [],
      ...(lines.includes('latest') ? { latest: true } : {})
    }
    for (const companion of companions) {
      result.files.push({ path: companion, role: 'index', bytes: (await files.size(companion)) ?? 0, present: true })
    }
    return result
  }
}

const run = (files: Record<string, string>, paths = Object.keys(files)) =>
  measure(paths, new MemoryFiles(new Map(Object.entries(files).map(([k, v]) => [k, bytes(v)]))), { readers: [toyReader] })

describe('measure: files that only look like checkpoints by name', () => {
  const files = new MemoryFiles(
    new Map([
      ['m.toy', bytes('TOY1\nabc')],
      ['data/train.bin', Uint8Array.from([0xf4, 0x01, 0x2a, 0x00])],
      ['lfs.bin', bytes('version https://git-lfs.github.com/spec/v1\noid sha256:00\nsize 9\n')]
    ])
  )
  const paths = ['m.toy', 'data/train.bin', 'lfs.bin']

  it('skips a file a search came across whose content matches no format, in report.skipped, not as an error', async () => {
    const report = await measure(paths, files, { readers: [toyReader], foundBySearch: () => true })
    expect(report.checkpoints.map((c) => c.id)).toEqual(['m'])
    expect(report.skipped).toEqual([{ path: 'data/train.bin', reason: expect.stringMatching(/^not a checkpoint format/) }])
    // A Git LFS pointer is a checkpoint not checked out: still an error, which says how to fetch it.
    expect(report.errors.map((e) => [e.path, e.kind])).toEqual([['lfs.bin', 'LfsPointerError']])
  })

  it('reports such a file as an error when the user asked for it', async () => {
    const report = await measure(paths, files, { readers: [toyReader], foundBySearch: (path) => path !== 'data/train.bin' })
    expect(report.skipped).toBeUndefined()
    expect(report.errors.map((e) => [e.path, e.kind])).toEqual([
      ['data/train.bin', 'UnsupportedFormatError'],
      ['lfs.bin', 'LfsPointerError']
    ])
    expect((await measure(paths, files, { readers: [toyReader] })).errors).toHaveLength(2)
  })
})

describe('measure', () => {
  it('reports each checkpoint with its bytes and a stable id', async () => {
    const report = await run({ 'models/a-100.toy': 'TOY1\nxxxxxxxxxx' })
    expect(report.errors).toEqual([])
    expect(report.checkpoints.map((c) => [c.id, c.bytes.total, c.bytes.weights, c.bytes.metadata])).toEqual([['models/a', 15, 10, 5]])
  })

  it('never opens files that no reader’s name filter accepts', async () => {
    const opened: string[] = []
    const files = new MemoryFiles(
      new Map([
        ['README.md', bytes('# hi')],
        ['m.toy', bytes('TOY1\nabc')]
      ])
    )
    const spy: CheckpointFiles = {
      open: (path) => {
        opened.push(path)
        return files.open(path)
      },
      size: (path) => files.size(path),
      list: (dir) => files.list(dir)
    }
    await measure(['README.md', 'm.toy'], spy, { readers: [toyReader] })
    expect(opened.filter((path) => path === 'README.md')).toEqual([])
  })

  it('does not read a companion file again as a checkpoint of its own', async () => {
    const report = await run({ 'a.toy': 'TOY1\n@b.toy\n', 'b.toy': 'TOY1\n' })
    expect(report.checkpoints.map((c) => c.id)).toEqual(['a'])
    expect(report.checkpoints[0].files.map((f) => f.path)).toEqual(['a.toy', 'b.toy'])
  })

  it('reports a Git LFS pointer with the fix, and still reports the other checkpoints', async () => {
    const pointer = 'version https://git-lfs.github.com/spec/v1\noid sha256:abc\nsize 123456\n'
    const report = await run({ 'good.toy': 'TOY1\nabc', 'model.bin': pointer })
    expect(report.checkpoints.map((c) => c.id)).toEqual(['good'])
    expect(report.errors).toEqual([
      { path: 'model.bin', kind: 'LfsPointerError', message: expect.stringMatching(/^model\.bin: this is a Git LFS pointer.*lfs: true/) }
    ])
  })

  it('does not report a companion file as unrecognised when its checkpoint claims it', async () => {
    const report = await run({ 'model.toy': 'TOY1\n@weights.bin\n', 'weights.bin': 'raw external data' })
    expect(report.errors).toEqual([])
    expect(report.checkpoints[0].files.map((f) => f.path)).toEqual(['model.toy', 'weights.bin'])
  })

  it('reports a file that matches a checkpoint name but no format as unsupported', async () => {
    const report = await run({ 'weights.bin': 'not a checkpoint' })
    expect(report.errors[0]).toMatchObject({ path: 'weights.bin', kind: 'UnsupportedFormatError' })
    expect(report.errors[0].message).toMatch(/^weights\.bin: unsupported format: /)
  })

  it('turns a reader error into a report entry naming the file', async () => {
    const failing: CheckpointReader = {
      ...toyReader,
      read: async (path) => {
        throw new FormatError(path, 'bad toy header', { offset: 0 })
      }
    }
    const report = await measure(['x.toy'], new MemoryFiles(new Map([['x.toy', bytes('TOY1\n')]])), { readers: [failing] })
    expect(report.errors).toEqual([{ path: 'x.toy', kind: 'FormatError', message: 'x.toy: bad toy header (at byte 0).' }])
  })

  it('reports a file gone between the search and the read as a MissingFileError naming it', async () => {
    const report = await measure(['gone.toy'], new MemoryFiles(new Map()), { readers: [toyReader] })
    expect(report.errors).toEqual([{ path: 'gone.toy', kind: 'MissingFileError', message: 'gone.toy: no such file.' }])
  })

  it('turns an unexpected exception into an InternalError entry instead of crashing', async () => {
    const buggy: CheckpointReader = {
      ...toyReader,
      read: async () => {
        throw new TypeError('oops')
      }
    }
    const report = await measure(['x.toy'], new MemoryFiles(new Map([['x.toy', bytes('TOY1\n')]])), { readers: [buggy] })
    expect(report.errors[0]).toMatchObject({ kind: 'InternalError', message: expect.stringMatching(/^x\.toy: could not be analysed \(oops\)\. This is a bug/) })
  })

  it('keeps full names when checkpoints of one run share an id, and marks the one its reader names latest', async () => {
    const report = await run({
      'run/ckpt-1.toy': 'TOY1\na',
      'run/ckpt-2.toy': 'TOY1\nlatest'
    })
    expect(report.checkpoints.map((c) => [c.id, c.latest ?? false])).toEqual([
      ['run/ckpt-1', false],
      ['run/ckpt-2', true]
    ])
  })

  it('marks no checkpoint latest when its id is its own: the mark only tells apart those that share one', async () => {
    const report = await run({ 'run/model.toy': 'TOY1\nlatest' })
    expect(report.checkpoints.map((c) => [c.id, c.latest ?? false])).toEqual([['run/model', false]])
  })

  it('lets go of each checkpoint’s tensor list before reading the next', async () => {
    // A directory of several large checkpoints must peak at the largest, not at their sum: once
    // a checkpoint is analysed, nothing the pipeline keeps may reach its tensors.
    setFlagsFromString('--expose-gc')
    const gc = runInNewContext('gc') as () => void
    const lists: WeakRef<object>[] = []
    const kept: boolean[] = []
    const trackingReader: CheckpointReader = {
      ...toyReader,
      async read(path, files) {
        if (lists.length > 0) {
          // A WeakRef holds its target until the current job ends: let it end, then collect.
          await new Promise((resolve) => setImmediate(resolve))
          gc()
          kept.push(lists[lists.length - 1].deref() !== undefined)
        }
        const result = await toyReader.read(path, files)
        lists.push(new WeakRef(result.tensors))
        return result
      }
    }
    const files = new MemoryFiles(new Map(['a.toy', 'b.toy', 'c.toy'].map((path) => [path, bytes('TOY1\npayload')])))
    const report = await measure(['a.toy', 'b.toy', 'c.toy'], files, { readers: [trackingReader] })
    expect(report.checkpoints.map((checkpoint) => checkpoint.id)).toEqual(['a', 'b', 'c'])
    expect(kept).toEqual([false, false])
  })
})
