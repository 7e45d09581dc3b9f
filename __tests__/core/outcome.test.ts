import { describe, expect, it } from '@jest/globals'
import { buildReport } from '../../src/core/analyze.js'
import { evaluateBudgets, parseBudgets } from '../../src/core/budgets.js'
import { diffReports } from '../../src/core/diff.js'
import { decideOutcome, type Finding, type OutcomePolicy } from '../../src/core/outcome.js'
import type { Report } from '../../src/core/types.js'
import { reportOf, tfCheckpoint } from '../helpers/reports.js'

const base = reportOf(tfCheckpoint('exports/model.ckpt', { weights: 12_500_000 }))
const grown = reportOf(tfCheckpoint('exports/model.ckpt', { weights: 13_100_000, optimizer: 26_200_000 }))
const unreadable = { path: 'exports/bad.pt', kind: 'FormatError', message: 'exports/bad.pt: truncated at byte 40' }
const PICKLE: Finding = { kind: 'dangerous-pickle', severity: 'error', message: "exports/evil.pt: the pickle imports 'os.system'" }

/** The situations a run can be in, each alone: what the head holds, the rules, extra findings. */
const SITUATIONS: Record<string, { head: Report; budget: string; extra?: Finding[] }> = {
  clean: { head: grown, budget: 'total: 1 GB' },
  'over budget': { head: grown, budget: 'optimizer: 0 B' },
  'soft limit exceeded': { head: grown, budget: 'warn optimizer: 0 B' },
  'rule glob matches nothing': { head: grown, budget: 'mobile/**: total: 1 GB' },
  'unreadable checkpoint': { head: { ...grown, errors: [unreadable] }, budget: 'total: 1 GB' },
  'only unreadable files': { head: { ...buildReport([]), errors: [unreadable] }, budget: 'total: 1 GB' },
  'nothing found': { head: buildReport([]), budget: 'total: 1 GB' },
  'dangerous pickle': { head: grown, budget: '', extra: [PICKLE] },
  'no baseline for a growth rule': { head: grown, budget: 'weights: +5%' }
}

/** Expected status per situation under each policy: [fail-on budget, fail-on never]. */
const EXPECTED: Record<string, Record<OutcomePolicy['ifNoCheckpoints'], [string, string]>> = {
  clean: { error: ['pass', 'pass'], warn: ['pass', 'pass'], ignore: ['pass', 'pass'] },
  'over budget': { error: ['fail', 'warn'], warn: ['fail', 'warn'], ignore: ['fail', 'warn'] },
  'soft limit exceeded': { error: ['warn', 'warn'], warn: ['warn', 'warn'], ignore: ['warn', 'warn'] },
  'rule glob matches nothing': { error: ['warn', 'warn'], warn: ['warn', 'warn'], ignore: ['warn', 'warn'] },
  'unreadable checkpoint': { error: ['fail', 'warn'], warn: ['fail', 'warn'], ignore: ['fail', 'warn'] },
  'only unreadable files': { error: ['fail', 'warn'], warn: ['fail', 'warn'], ignore: ['fail', 'warn'] },
  // if-no-checkpoints decides alone: fail-on: never does not turn "nothing measured" into a pass.
  'nothing found': { error: ['fail', 'fail'], warn: ['warn', 'warn'], ignore: ['pass', 'pass'] },
  'dangerous pickle': { error: ['fail', 'warn'], warn: ['fail', 'warn'], ignore: ['fail', 'warn'] },
  'no baseline for a growth rule': { error: ['pass', 'pass'], warn: ['pass', 'pass'], ignore: ['pass', 'pass'] }
}
const ICON = { fail: '❌', warn: '⚠️', pass: '✅' }

function outcomeOf(names: string[], policy: OutcomePolicy) {
  // Several situations at once: their heads' errors and checkpoints, their rules, their findings.
  const parts = names.map((name) => SITUATIONS[name])
  const withCheckpoints = parts.some((part) => part.head.checkpoints.length > 0)
  const head: Report = {
    ...(withCheckpoints ? grown : buildReport([])),
    errors: parts.flatMap((part) => part.head.errors)
  }
  const baseline = names.includes('no baseline for a growth rule') ? undefined : base
  const verdict = evaluateBudgets(diffReports(baseline, head), parseBudgets(parts.map((part) => part.budget).join('\n')))
  return decideOutcome(
    verdict,
    policy,
    parts.flatMap((part) => part.extra ?? [])
  )
}

describe('decideOutcome', () => {
  for (const [name, byPolicy] of Object.entries(EXPECTED)) {
    for (const ifNoCheckpoints of ['error', 'warn', 'ignore'] as const) {
      for (const [index, failOn] of (['budget', 'never'] as const).entries()) {
        const expected = byPolicy[ifNoCheckpoints][index]
        it(`${name}, fail-on: ${failOn}, if-no-checkpoints: ${ifNoCheckpoints} → ${ICON[expected as 'pass']} ${expected}`, () => {
          const outcome = outcomeOf([name], { failOn, ifNoCheckpoints })
          expect(outcome.status).toBe(expected)
          expect(outcome.icon).toBe(ICON[expected as 'pass'])
          // The icon is the step: ❌ exactly when something fails it.
          expect(outcome.failures.length > 0).toBe(expected === 'fail')
        })
      }
    }
  }

  it('fails for any failing reason combined with warnings, and names each reason once', () => {
    const checkpointSituations = Object.keys(SITUATIONS).filter((name) => name !== 'nothing found' && name !== 'only unreadable files')
    for (let mask = 1; mask < 1 << checkpointSituations.length; mask++) {
      const names = checkpointSituations.filter((_, bit) => mask & (1 << bit))
      const outcome = outcomeOf(names, { failOn: 'budget', ifNoCheckpoints: 'error' })
      const fails = names.some((name) => EXPECTED[name].error[0] === 'fail')
      const warns = names.some((name) => EXPECTED[name].error[0] === 'warn')
      expect([names, outcome.status]).toEqual([names, fails ? 'fail' : warns ? 'warn' : 'pass'])
    }
  })

  it('says which globs matched nothing', () => {
    const verdict = evaluateBudgets(diffReports(undefined, buildReport([])), [])
    const outcome = decideOutcome(verdict, { failOn: 'budget', ifNoCheckpoints: 'error', searched: ['exports/**/*.pt', '!**/tmp'] })
    expect(outcome.failures.map((finding) => [finding.kind, finding.message])).toEqual([
      ['nothing-found', "No checkpoint found matching 'exports/**/*.pt': check the paths, or that the step that writes the checkpoints ran before this one."]
    ])
  })

  it('keeps the failing checkpoint of each finding, for the table to mark its row', () => {
    const verdict = evaluateBudgets(diffReports(base, { ...grown, errors: [unreadable] }), parseBudgets('optimizer: 0 B'))
    expect(decideOutcome(verdict).failures.map((finding) => [finding.kind, finding.checkpointId])).toEqual([
      ['over-budget', 'exports/model.ckpt'],
      ['unreadable', 'exports/bad.pt']
    ])
  })
})
