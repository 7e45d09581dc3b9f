import { describe, expect, it } from '@jest/globals'
import { analyzeCheckpoint, buildReport } from '../../src/core/analyze.js'
import type { ReadResult } from '../../src/core/types.js'
import { evaluateBudgets, parseBudgets } from '../../src/core/budgets.js'
import { diffReports } from '../../src/core/diff.js'
import { renderErrors, renderText, renderVerdictText } from '../../src/report/text.js'

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

  it('lists the largest tensors with the reason the reader gave for each category', () => {
    const result = checkpoint('m.safetensors', 'w')
    result.tensors[1].reason = 'optimizer slot of w: same shape and dtype'
    result.tensors[1].byteLength = 500
    const report = buildReport([analyzeCheckpoint(result, { id: 'm.safetensors', top: 2 })])
    const lines = renderText(report).split('\n')
    expect(lines.slice(lines.indexOf('  largest tensors:') + 1)).toEqual([
      '        500 B  optimizer    float32[100]  opt  (optimizer slot of w: same shape and dtype)',
      '        400 B  weights      float32[100]  w',
      ''
    ])
  })

  it('prints error messages on one line each, control characters escaped', () => {
    const report = buildReport([], [{ path: 'a', kind: 'FormatError', message: 'a\u001b[31m: bad\nthing.' }])
    expect(renderErrors(report)).toBe('error: a\\x1b[31m: bad\\x0athing.\n')
  })

  it('says so when nothing was found', () => {
    expect(renderText(buildReport([]))).toBe('No checkpoints found.\n')
  })
})

describe('renderVerdictText', () => {
  it('lists the budget results worst first, rule order kept within a status', () => {
    const report = buildReport([analyzeCheckpoint(checkpoint('m.safetensors', 'w'), { id: 'm.safetensors' })])
    const rules = parseBudgets('total: 1 MB\nweights: +5%\nwarn optimizer: 0 B\nmetadata: 0 B\nwarn weights: 0 B')
    const lines = renderVerdictText(evaluateBudgets(diffReports(undefined, report), rules)).split('\n')
    expect(lines.slice(1, 6).map((line) => line.split(',')[0])).toEqual([
      '  ✗ m.safetensors: metadata is 200 B',
      '  ! m.safetensors: optimizer is 400 B',
      '  ! m.safetensors: weights is 400 B',
      '  - m.safetensors: weights: no baseline; growth limit +5% not checked',
      '  ✓ m.safetensors: total is 1.00 kB'
    ])
  })
  it('never says within budget while the run fails: a file that could not be analysed', () => {
    const report = buildReport(
      [analyzeCheckpoint(checkpoint('m.safetensors', 'w'), { id: 'm.safetensors' })],
      [{ path: 'bad.pt', kind: 'FormatError', message: 'bad.pt: truncated' }]
    )
    const verdict = evaluateBudgets(diffReports(undefined, report), parseBudgets('total: 1 MB'))
    expect(renderVerdictText(verdict).split('\n')[0]).toBe('budget: ✗ not passed: 1 file could not be analysed')
    expect(renderVerdictText(evaluateBudgets(diffReports(undefined, { ...report, errors: [] }), parseBudgets('total: 1 MB'))).split('\n')[0]).toBe(
      'budget: ✓ within budget (1 limit checked)'
    )
  })
})

describe('renderText: the pickle scan', () => {
  it('sums up the globals a checkpoint pickle names: dangerous ones first, the classes loading would import', () => {
    const report = buildReport([analyzeCheckpoint(checkpoint('m.pt', 'w'), { id: 'm.pt' })])
    report.checkpoints[0].pickleGlobals = [
      { file: 'm.pt', module: 'collections', name: 'OrderedDict', verdict: 'safe', offset: 2 },
      { file: 'm.pt', module: 'models.yolo', name: 'Model', verdict: 'unknown', offset: 40 },
      { file: 'm.pt', module: 'posix', name: 'system', verdict: 'dangerous', offset: 90 }
    ]
    expect(renderText(report)).toContain('  pickle scan: 3 globals; ✗ 1 dangerous (posix.system); 1 class loading would import (models.yolo.Model)\n')
    report.checkpoints[0].pickleGlobals.pop()
    expect(renderText(report)).toContain('  pickle scan: 2 globals; 1 class loading would import (models.yolo.Model); none runs code on load\n')
  })
})
