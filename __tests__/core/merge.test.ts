import { describe, expect, it } from '@jest/globals'
import { buildReport, emptyCategoryBytes } from '../../src/core/analyze.js'
import { evaluateBudgets, failureMessages, parseBudgets, withDefaultPickleRule } from '../../src/core/budgets.js'
import { configFor, legBudget } from '../../src/core/config-file.js'
import { parseConfig } from '../../src/core/config-parse.js'
import { diffReports } from '../../src/core/diff.js'
import { evaluateMergedBudgets, legCoverage, legVerdict, mergeLegReports, type LegBudget } from '../../src/core/merge.js'
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

describe("a leg's own rules (keys.KEY) in a merge", () => {
  const FILE = '.github/model-size-budget.yml'
  // ios and linux both export model.onnx: the merge names them ios/model.onnx and linux/model.onnx.
  const merged = mergeLegReports([
    { key: 'ios', head: report(checkpoint('model.onnx', 3000), checkpoint('ios.tflite', 10)) },
    { key: 'linux', head: report(checkpoint('model.onnx', 2000)) }
  ])
  const legsOf = (text: string): { config: ReturnType<typeof parseConfig>; legs: Map<string, LegBudget> } => {
    const config = parseConfig(text, FILE)
    return { config, legs: new Map(merged.keys.flatMap((key) => (config.keys[key] ? [[key, legBudget(config, key)!] as const] : []))) }
  }

  it("matches a leg's glob against the leg's own id (model.onnx, not linux/model.onnx) and judges only that leg's checkpoints", () => {
    const { config, legs } = legsOf('budget:\n  - "total: 1 MB"\nkeys:\n  linux:\n    budgets:\n      model.onnx: "total: 1500 B"\n')
    const verdict = evaluateMergedBudgets(merged, configFor(config, undefined).rules, legs)
    // ios/model.onnx (3100 B) is over 1500 B too, but the rule is linux's.
    expect(failureMessages(verdict)).toEqual([`linux/model.onnx: total is 2.10 kB, 600 B over the limit of 1500 B (${FILE}:6:19: total: 1500 B)`])
    expect(verdict.unmatchedRules).toEqual([])
    const [ios, linux] = ['ios', 'linux'].map((key) => legVerdict(verdict, merged, key))
    expect([ios.status, linux.status, verdict.status]).toEqual(['pass', 'fail', 'fail'])
    expect(ios.rules.map((rule) => rule.text)).toEqual(['total: 1 MB'])
    expect(linux.rules.map((rule) => rule.text)).toEqual(['total: 1 MB', 'total: 1500 B'])
    expect(linux.results.map((result) => [result.checkpointId, result.rule.text, result.status])).toEqual([
      ['linux/model.onnx', 'total: 1 MB', 'pass'],
      ['linux/model.onnx', 'total: 1500 B', 'fail']
    ])
  })

  it("lets a leg's per-checkpoint override replace the top level's rule on that category for the leg's copy only", () => {
    const { config, legs } = legsOf('budget: "total: 2500 B"\nkeys:\n  ios:\n    checkpoints:\n      model.onnx: "total: 4 kB"\n')
    const verdict = evaluateMergedBudgets(merged, configFor(config, undefined).rules, legs)
    expect(verdict.status).toBe('pass')
    expect(verdict.results.map((result) => [result.checkpointId, result.rule.text, result.status])).toEqual([
      ['ios.tflite', 'total: 2500 B', 'pass'],
      ['linux/model.onnx', 'total: 2500 B', 'pass'],
      ['ios/model.onnx', 'total: 4 kB', 'pass']
    ])
    // The leg's own run reads the file the same way: its section's override replaces the top level's rule.
    const own = evaluateBudgets(diffReports(undefined, report(checkpoint('model.onnx', 3000))), configFor(config, 'ios').rules)
    expect(own.results.map((result) => [result.rule.text, result.status])).toEqual([['total: 4 kB', 'pass']])
  })

  it("lets a leg's own pickle rule replace the default one, which still judges the other legs", () => {
    const { config, legs } = legsOf('keys:\n  ios:\n    budget: "warn pickle: safe"\n')
    const rules = withDefaultPickleRule(configFor(config, undefined).rules)
    const verdict = evaluateMergedBudgets(merged, rules, legs)
    expect(verdict.results.filter((result) => result.rule.implicit).map((result) => result.checkpointId)).toEqual([])
    expect(verdict.results.map((result) => [result.checkpointId, result.rule.text])).toEqual([
      ['ios/model.onnx', 'warn pickle: safe'],
      ['ios.tflite', 'warn pickle: safe']
    ])
  })

  it("warns of a leg's rule that matches none of its checkpoints, even one another leg has", () => {
    const { config, legs } = legsOf('keys:\n  linux:\n    budgets:\n      ios.tflite: "total: 1 B"\n')
    const verdict = evaluateMergedBudgets(merged, configFor(config, undefined).rules, legs)
    expect(verdict.status).toBe('warn')
    expect(verdict.unmatchedRules.map((rule) => rule.where)).toEqual([`${FILE}:4:19`])
  })

  it('finds a checkpoint in the report at a since ref by its merged id, else by its own id', () => {
    const since = new Map([['v1', { label: 'v1 (abcdef0)', report: report(checkpoint('model.onnx', 2000), checkpoint('ios.tflite', 10)) }]])
    const verdict = evaluateMergedBudgets(merged, parseBudgets('total: +10% since v1'), new Map(), { since })
    expect(verdict.results.map((result) => [result.checkpointId, result.base, result.status])).toEqual([
      ['ios/model.onnx', 2100, 'fail'],
      ['ios.tflite', 110, 'pass'],
      ['linux/model.onnx', 2100, 'pass']
    ])
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
