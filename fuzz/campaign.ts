import fc from 'fast-check'
import type { Seed } from './corpus.js'
import { buildInput, inputSpecArbitrary, type Crafted, type InputSpec } from './inputs.js'
import { boundaries } from './mutations.js'
import { DEFAULT_BOUNDS, runInput, Tally, type Bounds } from './run-input.js'

/**
 * The fuzz campaign, on fast-check: inputs are generated from a seed (the same seed gives the same
 * inputs), a failing input is shrunk to a small one (fewer mutations, smaller offsets), and the
 * property runs inside jest as well as from `npm run fuzz`.
 */

export interface CampaignOptions {
  runs: number
  seed: number
  bounds?: Bounds
  /** The crafted hostile inputs to draw from (default: full size; the jest run uses smaller ones). */
  crafted?: readonly Crafted[]
  /** Called after each input (progress, logging). */
  onInput?: (description: string) => void
}

export interface CampaignResult {
  tally: Tally
  /** The shrunk failing input and what was wrong with it, when there was one. */
  failure?: { description: string; findings: string; spec: string; seed: number; path?: string }
}

class Finding extends Error {}

export async function runCampaign(seeds: readonly Seed[], options: CampaignOptions): Promise<CampaignResult> {
  const tally = new Tally()
  const bounds = options.bounds ?? DEFAULT_BOUNDS
  let shrinking = false
  let lastFailing = ''
  const property = fc.asyncProperty(inputSpecArbitrary, async (spec: InputSpec) => {
    const input = buildInput(spec, seeds, { crafted: options.crafted })
    options.onInput?.(input.description)
    const outcome = await runInput(input, bounds)
    if (!shrinking) tally.add(outcome, input.description)
    if (outcome.findings.length > 0) {
      shrinking = true
      lastFailing = input.description
      throw new Finding(outcome.findings.join('\n'))
    }
  })
  const details = await fc.check(property, { numRuns: options.runs, seed: options.seed, endOnFailure: false })
  if (!details.failed) return { tally }
  const spec = details.counterexample?.[0]
  return {
    tally,
    failure: {
      description: lastFailing,
      findings: details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance),
      spec: JSON.stringify(spec, (_k, v) => (v instanceof Uint8Array ? Buffer.from(v).toString('hex') : v)),
      seed: details.seed,
      path: details.counterexamplePath ?? undefined
    }
  }
}

/**
 * Truncation at every structural boundary of every file a reader claims (deterministic, no
 * randomness): where each read of the intact seed started or ended, plus the format's own edges.
 * `maxPerFile` caps files with thousands of boundaries (evenly spaced picks).
 */
export async function runBoundaryTruncations(
  seeds: readonly Seed[],
  options: {
    maxPerFile?: number
    bounds?: Bounds
    onInput?: (description: string) => void
    onFinding?: (description: string, findings: string[]) => void
  } = {}
): Promise<{ tally: Tally; findings: { description: string; findings: string[] }[] }> {
  const tally = new Tally()
  const found: { description: string; findings: string[] }[] = []
  for (const seed of seeds) {
    for (const { path } of seed.primaries) {
      const bytes = seed.files.get(path) as Uint8Array
      let offsets = boundaries(path, bytes, seed.reads.get(path))
      const max = options.maxPerFile ?? Infinity
      if (offsets.length > max) offsets = Array.from({ length: max }, (_, i) => offsets[Math.floor((i * offsets.length) / max)])
      for (const at of offsets) {
        const files = new Map(seed.files).set(path, bytes.subarray(0, at))
        const description = `${seed.name}: truncate ${path} at boundary ${at} of ${bytes.length}`
        options.onInput?.(description)
        const outcome = await runInput({ files, direct: seed.primaries, description }, options.bounds ?? DEFAULT_BOUNDS)
        tally.add(outcome, description)
        if (outcome.findings.length > 0) {
          found.push({ description, findings: outcome.findings })
          options.onFinding?.(description, outcome.findings)
        }
      }
    }
  }
  return { tally, findings: found }
}
