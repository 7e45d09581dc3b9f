import { beforeAll, expect, it } from '@jest/globals'
import { runBoundaryTruncations, runCampaign } from '../../fuzz/campaign.js'
import { loadCorpus, type Seed } from '../../fuzz/corpus.js'
import { buildInput, craftedInputs, onnxCrafted } from '../../fuzz/inputs.js'
import { runInput } from '../../fuzz/run-input.js'
import { TARGETED } from '../../fuzz/targeted.js'
import { describeWithFixtures, FIXTURES_ROOT } from '../helpers/fixtures.js'

/**
 * A short, deterministic slice of `npm run fuzz` inside `npm test`: the same harness, a fixed
 * seed and a few hundred inputs, every crafted hostile pickle once, and truncation at a sample of
 * every seed's structural boundaries. Each input must end in a report or a typed error within
 * the time and memory bounds (fuzz/run-input.ts).
 */

const SEED = 20261128
const RUNS = 200
/**
 * The hostile pickles at a fifth of their size (each still over the limit it tests): the full ones
 * run in `npm run fuzz`. The deep-path one costs ~1.5 s a read wherever it stops, so here it runs
 * only in its regression test (regressions.test.ts).
 */
const CRAFTED = [...craftedInputs(0.2).filter((input) => !input.name.includes('dicts deep')), ...onnxCrafted(0.2)]

/**
 * Fixture folders whose format no reader reads yet, each with the issue whose reader removes it.
 * The list must shrink to nothing: a seed that a reader starts to claim fails the test above until
 * its entry is deleted here.
 */
const SEEDS_NO_READER_CLAIMS_YET: Record<string, string> = {}

describeWithFixtures('fuzzing (bounded run)', () => {
  let seeds: Seed[] = []
  beforeAll(async () => {
    seeds = await loadCorpus(FIXTURES_ROOT)
  })

  it('loads every fixture as a seed, and a reader claims a file of each but the expected-unsupported', () => {
    expect(seeds.length).toBeGreaterThanOrEqual(28)
    // Every seed, real or generated, has a file some reader claims: mutations reach a parser. The
    // formats no reader reads yet are listed by name; the issue that adds the reader removes them.
    const unclaimed = seeds.filter((seed) => seed.primaries.length === 0).map((s) => s.name)
    expect(unclaimed).toEqual(Object.keys(SEEDS_NO_READER_CLAIMS_YET).filter((name) => seeds.some((s) => s.name === name)))
  })

  it('each targeted mutator applies to some seed and changes its bytes', () => {
    const unused: string[] = []
    for (const mutator of TARGETED) {
      const changed = seeds.some((seed) =>
        [...seed.files].some(([path, bytes]) => {
          try {
            return mutator.applies(path, bytes) && [0, 1, 2, 3].some((param) => !sameBytes(mutator.mutate(bytes, param, path), bytes))
          } catch {
            return false
          }
        })
      )
      if (!changed) unused.push(mutator.name)
    }
    expect(unused).toEqual([])
  })

  it(`${RUNS} fast-check inputs from seed ${SEED} end in a report or a typed error within the bounds`, async () => {
    const { tally, failure } = await runCampaign(seeds, { runs: RUNS, seed: SEED, crafted: CRAFTED })
    expect(failure).toBeUndefined()
    expect(tally.inputs).toBe(RUNS)
    // The run reached the parsers: typed errors and reports both occurred.
    expect(tally.measure.get('FormatError') ?? 0).toBeGreaterThan(0)
    expect(tally.measure.get('report') ?? 0).toBeGreaterThan(0)
  })

  it('every crafted hostile pickle ends in a report or a typed error within the bounds', async () => {
    const findings: string[] = []
    for (let index = 0; index < CRAFTED.length; index++) {
      const input = buildInput({ kind: 'crafted', index }, seeds, { crafted: CRAFTED })
      const outcome = await runInput(input)
      findings.push(...outcome.findings.map((f) => `${input.description}: ${f}`))
    }
    expect(findings).toEqual([])
  })

  it('truncation at a sample of every claimed file’s structural boundaries ends in a typed error or a report', async () => {
    const { tally, findings } = await runBoundaryTruncations(seeds, { maxPerFile: 6 })
    expect(findings).toEqual([])
    expect(tally.inputs).toBeGreaterThan(seeds.length)
  })
})

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i])
}
