import { describe, expect, it } from '@jest/globals'
import { buildReport, emptyCategoryBytes } from '../../src/core/analyze.js'
import { evaluateBudgets, parseBudgets } from '../../src/core/budgets.js'
import { diffReports } from '../../src/core/diff.js'
import { legCoverage, legVerdict, mergeLegReports } from '../../src/core/merge.js'
import type { CheckpointReport, Report } from '../../src/core/types.js'

function checkpoint(id: string, weights: number): CheckpointReport {
  const bytes = { ...emptyCategoryBytes(), weights, metadata: 100, total: weights + 100 }
  return {
    id,
    format: 'safetensors',
    files: [{ path: id, bytes: bytes.total, role: 'data' }],
    bytes,
    parameters: weights / 4,
    tensors: 1,
    tensorCounts: { weights: 1 },
    classifiedBy: 'format',
    warnings: [],
    explanations: []
  }
}

const report = (...checkpoints: CheckpointReport[]): Report => buildReport(checkpoints)

describe('mergeLegReports', () => {
  it('keeps ids that one leg has, prefixes with the key the ids that several legs share, on head and base alike, and re-sums the totals', () => {
    const merged = mergeLegReports([
      { key: 'ios', head: report(checkpoint('model.onnx', 1000), checkpoint('ios.tflite', 10)), base: report(checkpoint('model.onnx', 900)) },
      { key: 'linux', head: report(checkpoint('model.onnx', 2000)) }
    ])
    expect(merged.head.checkpoints.map((c) => c.id)).toEqual(['ios/model.onnx', 'ios.tflite', 'linux/model.onnx'])
    expect(merged.base!.checkpoints.map((c) => c.id)).toEqual(['ios/model.onnx'])
    expect(merged.head.total.bytes.total).toBe(1100 + 110 + 2100)
    expect(merged.keyOf.get('ios.tflite')).toBe('ios')
    expect(merged.keyOf.get('linux/model.onnx')).toBe('linux')
  })

  it('has no base when no leg had one', () => {
    expect(mergeLegReports([{ key: 'a', head: report(checkpoint('x', 1)) }]).base).toBeUndefined()
  })
})

describe('legVerdict', () => {
  it('gives each leg its own checkpoints and the results of the one evaluation over the whole', () => {
    const merged = mergeLegReports([
      { key: 'ios', head: report(checkpoint('model.onnx', 1000)), base: report(checkpoint('model.onnx', 1000)) },
      { key: 'linux', head: report(checkpoint('model.onnx', 5000)), base: report(checkpoint('model.onnx', 1000)) }
    ])
    const verdict = evaluateBudgets(diffReports(merged.base, merged.head), parseBudgets('weights: +10%'))
    expect(verdict.status).toBe('fail')
    const ios = legVerdict(verdict, merged, 'ios')
    const linux = legVerdict(verdict, merged, 'linux')
    expect([ios.status, linux.status]).toEqual(['pass', 'fail'])
    expect(linux.diff.checkpoints.map((c) => [c.id, c.change])).toEqual([['linux/model.onnx', 'changed']])
    expect(linux.results.map((r) => r.checkpointId)).toEqual(['linux/model.onnx'])
  })
})

describe('legCoverage', () => {
  it('names the expected keys that did not report', () => {
    expect(legCoverage(['ios', 'linux'], ['android', 'ios', 'linux']).missing).toEqual([{ key: 'android' }])
  })

  it("reads the expected keys from the matrix jobs' names, at the position that holds the reported keys, with the job's conclusion", () => {
    const jobs = [
      { name: 'size (3.11, android)', status: 'completed', conclusion: 'failure' },
      { name: 'size (3.11, ios)', status: 'completed', conclusion: 'success' },
      { name: 'size (3.11, linux)', status: 'completed', conclusion: 'cancelled' },
      { name: 'lint', status: 'completed', conclusion: 'success' },
      { name: 'comment', status: 'in_progress', conclusion: null }
    ]
    const coverage = legCoverage(['ios'], [], jobs)
    expect(coverage.expected.sort()).toEqual(['android', 'ios', 'linux'])
    expect(coverage.missing).toEqual([
      { key: 'android', why: 'job "size (3.11, android)" failed' },
      { key: 'linux', why: 'job "size (3.11, linux)" cancelled' }
    ])
  })

  it('expects only the reported keys when the jobs say nothing about them', () => {
    expect(legCoverage(['a', 'b'], [], [{ name: 'build', status: 'completed', conclusion: 'success' }])).toEqual({
      expected: ['a', 'b'],
      found: ['a', 'b'],
      missing: []
    })
  })
})
