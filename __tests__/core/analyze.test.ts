import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { analyzeCheckpoint, buildReport } from '../../src/core/analyze.js'
import { FormatError } from '../../src/core/errors.js'
import type { ReadResult, TensorInfo } from '../../src/core/types.js'

const tensor = (name: string, offset: number, byteLength: number, extra: Partial<TensorInfo> = {}): TensorInfo => ({
  name,
  dtype: 'float32',
  shape: [byteLength / 4],
  file: 'ckpt.data',
  offset,
  byteLength,
  category: 'weights',
  ...extra
})

const result = (tensors: TensorInfo[], dataBytes = 1000): ReadResult => ({
  format: 'tensorflow-checkpoint',
  name: 'ckpt',
  files: [
    { path: 'ckpt.index', role: 'index', bytes: 120, present: true },
    { path: 'ckpt.data', role: 'data', bytes: dataBytes, present: true }
  ],
  tensors,
  classifiedBy: 'name-rules',
  warnings: []
})

describe('analyzeCheckpoint', () => {
  it('adds categories up to the bytes on disk, with uncovered bytes as metadata', () => {
    const report = analyzeCheckpoint(
      result([
        tensor('w', 0, 400),
        tensor('w/Adam', 400, 400, { category: 'optimizer' }),
        tensor('global_step', 800, 8, { dtype: 'int64', shape: [], category: 'bookkeeping' })
      ]),
      { id: 'ckpt' }
    )
    expect(report.bytes).toEqual({
      total: 1120,
      weights: 400,
      optimizer: 400,
      buffers: 0,
      bookkeeping: 8,
      metadata: 120 + 192,
      unclassified: 0
    })
    expect(report.parameters).toBe(100)
    expect(report.tensorCounts).toEqual({ weights: 1, optimizer: 1, bookkeeping: 1 })
  })

  it('counts a shared storage once, under the first tensor that names it', () => {
    const report = analyzeCheckpoint(result([tensor('embed', 0, 400, { storageKey: 's0' }), tensor('lm_head', 0, 400, { storageKey: 's0' })]), { id: 'ckpt' })
    expect(report.bytes.weights).toBe(400)
    expect(report.parameters).toBe(100)
    expect(report.tensors).toBe(2)
  })

  it('lists unclassified tensors by name and never counts them as weights', () => {
    const report = analyzeCheckpoint(result([tensor('mystery', 0, 40, { category: 'unclassified' })]), { id: 'ckpt' })
    expect(report.bytes.unclassified).toBe(40)
    expect(report.bytes.weights).toBe(0)
    expect(report.unclassifiedTensors).toEqual(['mystery'])
    expect(report.explanations.join('\n')).toMatch(/1 tensor\(s\) .* unclassified/)
  })

  it('explains a checkpoint dominated by optimizer state', () => {
    const report = analyzeCheckpoint(
      result([tensor('w', 0, 300), tensor('w/Adam', 300, 300, { category: 'optimizer' }), tensor('w/Adam_1', 600, 300, { category: 'optimizer' })], 900),
      { id: 'ckpt' }
    )
    expect(report.explanations[0]).toMatch(/^optimizer state is 58\.8% of this checkpoint; a weights-only export would be about 420 B/)
  })

  it('rejects a tensor span beyond the end of its file', () => {
    expect(() => analyzeCheckpoint(result([tensor('w', 900, 400)]), { id: 'ckpt' })).toThrow(FormatError)
    expect(() => analyzeCheckpoint(result([tensor('w', 900, 400)]), { id: 'ckpt' })).toThrow(
      /^ckpt\.data: tensor 'w' claims bytes 900\.\.1300, beyond the file's 1000 bytes/
    )
  })

  it('rejects a span that is not a whole number of bytes, which would leave the categories not adding up', () => {
    expect(() => analyzeCheckpoint(result([tensor('w', 0, 2.5)]), { id: 'ckpt' })).toThrow(
      /^ckpt\.data: tensor 'w' has a span of 2\.5 bytes at 0, not a whole number of bytes\./
    )
    expect(() => analyzeCheckpoint(result([tensor('w', Number.NaN, 4)]), { id: 'ckpt' })).toThrow(FormatError)
  })

  it('rejects tensors that together claim more than their file holds', () => {
    expect(() => analyzeCheckpoint(result([tensor('a', 0, 800), tensor('b', 100, 800)]), { id: 'ckpt' })).toThrow(/claim 1600 bytes, more than the file's 1000/)
  })

  it('lists the largest tensors when asked', () => {
    const report = analyzeCheckpoint(result([tensor('small', 0, 8), tensor('big', 8, 400)]), { id: 'ckpt', top: 1 })
    expect(report.top).toEqual([{ name: 'big', dtype: 'float32', shape: [100], bytes: 400, category: 'weights' }])
  })

  it('lists the same largest tensors as a stable sort by size then name, for any count', () => {
    // Few sizes and names, so that ties in size and in name are common; counts on both sides of
    // the switch from one-pass selection to sorting. 'é' precomposed and 'e' + U+0301 compare
    // equal under localeCompare yet print apart: among ties the order must be the list's.
    const spec = fc.array(fc.record({ name: fc.constantFrom('a', 'b', 'B', '\u00e9', 'e\u0301', 'z/1', 'z/10'), words: fc.integer({ min: 0, max: 3 }) }), {
      maxLength: 120
    })
    fc.assert(
      fc.property(spec, fc.integer({ min: 1, max: 130 }), (specs, top) => {
        let offset = 0
        const tensors = specs.map(({ name, words }) => {
          const made = tensor(name, offset, words * 4)
          offset += words * 4
          return made
        })
        const report = analyzeCheckpoint(result(tensors, offset), { id: 'ckpt', top })
        const expected = [...tensors].sort((a, b) => b.byteLength - a.byteLength || a.name.localeCompare(b.name)).slice(0, top)
        expect(report.top?.map((t) => `${t.name} ${t.bytes}`)).toEqual(expected.map((t) => `${t.name} ${t.byteLength}`))
        expect(report.top?.length).toBe(Math.min(top, tensors.length))
      })
    )
  })
})

describe('buildReport', () => {
  it('sums every category over checkpoints', () => {
    const a = analyzeCheckpoint(result([tensor('w', 0, 400)]), { id: 'a' })
    const b = analyzeCheckpoint(result([tensor('w', 0, 100, { category: 'buffers' })]), { id: 'b' })
    const report = buildReport([a, b])
    expect(report.schema).toBe(1)
    expect(report.total.bytes.total).toBe(2240)
    expect(report.total.bytes.weights).toBe(400)
    expect(report.total.bytes.buffers).toBe(100)
  })
})
