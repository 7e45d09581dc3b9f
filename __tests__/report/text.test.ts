import { describe, expect, it } from '@jest/globals'
import { analyzeCheckpoint, buildReport } from '../../src/core/analyze.js'
import type { ReadResult } from '../../src/core/types.js'
import { renderErrors, renderText } from '../../src/report/text.js'

const checkpoint = (name: string, tensorName: string): ReadResult => ({
  format: 'safetensors',
  name,
  files: [{ path: name, role: 'data', bytes: 1000, present: true }],
  tensors: [
    { name: tensorName, dtype: 'float32', shape: [100], file: name, offset: 100, byteLength: 400, category: 'weights' },
    { name: 'opt', dtype: 'float32', shape: [100], file: name, offset: 500, byteLength: 400, category: 'optimizer' }
  ],
  classifiedBy: 'name-rules',
  warnings: [`odd tensor ${tensorName}`]
})

describe('renderText', () => {
  it('prints a block per checkpoint with each non-empty category, its share and counts', () => {
    const report = buildReport([analyzeCheckpoint(checkpoint('m.safetensors', 'w'), { id: 'm.safetensors' })])
    expect(renderText(report).split('\n').slice(0, 4)).toEqual([
      'm.safetensors   safetensors   1.00 kB',
      '  weights    400 B  40.0%   1 tensor, 100 parameters',
      '  optimizer  400 B  40.0%   1 tensor',
      '  metadata   200 B  20.0%'
    ])
  })

  it('prints names from checkpoints without their control characters, so they cannot rewrite the terminal', () => {
    const hostile = 'evil\u001b[2J\u001b[31mred\nfake line'
    const result = checkpoint('m.safetensors', hostile)
    const report = buildReport([analyzeCheckpoint(result, { id: 'm\u001b]0;title\u0007.safetensors', top: 1 })])
    const text = renderText(report)
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/)
    expect(text).toContain('evil\\x1b[2J\\x1b[31mred\\x0afake line')
    expect(text).toContain('m\\x1b]0;title\\x07.safetensors')
  })

  it('prints error messages on one line each, control characters escaped', () => {
    const report = buildReport([], [{ path: 'a', kind: 'FormatError', message: 'a\u001b[31m: bad\nthing.' }])
    expect(renderErrors(report)).toBe('error: a\\x1b[31m: bad\\x0athing.\n')
  })

  it('says so when nothing was found', () => {
    expect(renderText(buildReport([]))).toBe('No checkpoints found.\n')
  })
})
