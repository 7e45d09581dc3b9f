import { expect, it } from '@jest/globals'
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { analyzeCheckpoint } from '../../../src/core/analyze.js'
import { ModelSizeBudgetError } from '../../../src/core/errors.js'
import { CATEGORIES } from '../../../src/core/types.js'
import { hdf5Reader } from '../../../src/formats/keras/hdf5-reader.js'
import { kerasArchiveReader } from '../../../src/formats/keras/keras-archive-reader.js'
import { MemoryFiles } from '../../../src/io/checkpoint-files.js'
import { describeWithFixtures, fixture } from '../../helpers/fixtures.js'

/**
 * Broken and hostile variants of real Keras files (fast-check: shrinking gives the smallest
 * mutation that breaks a property, and a failing seed replays): truncations, flipped bytes, and
 * 8-byte fields overwritten with huge or all-0xFF values (the undefined address). Each must end in
 * a report whose categories add up to the file's size, or in a typed, user-readable error.
 */
const LIBVER = join(dirname(fileURLToPath(import.meta.url)), 'libver-latest')

interface Outcome {
  kind: string
}

async function analyse(name: string, bytes: Uint8Array): Promise<Outcome> {
  const files = new MemoryFiles(new Map([[name, bytes]]))
  const reader = name.endsWith('.keras') ? kerasArchiveReader : hdf5Reader
  try {
    const result = await reader.read(name, files)
    const report = analyzeCheckpoint(result, { id: name })
    expect(CATEGORIES.reduce((sum, c) => sum + report.bytes[c], 0)).toBe(bytes.length)
    return { kind: 'report' }
  } catch (error) {
    if (!(error instanceof ModelSizeBudgetError)) throw error // a TypeError, RangeError... is a bug
    expect(error.message.startsWith(`${name}`)).toBe(true)
    return { kind: error.name }
  }
}

const mutation = (size: number) =>
  fc.oneof(
    fc.record({ type: fc.constant('truncate' as const), at: fc.integer({ min: 0, max: size - 1 }) }),
    fc.record({
      type: fc.constant('flip' as const),
      flips: fc.array(fc.record({ at: fc.integer({ min: 0, max: size - 1 }), bit: fc.integer({ min: 0, max: 7 }) }), { minLength: 1, maxLength: 8 })
    }),
    fc.record({
      type: fc.constant('overwrite' as const),
      at: fc.integer({ min: 0, max: Math.max(0, size - 8) }),
      value: fc.constantFrom(0xffffffffffffffffn, 0x7fffffffffffffffn, 2n ** 53n, 0x100000000n, 0n, 1n)
    })
  )

function apply(
  bytes: Uint8Array,
  m: fc.Arbitrary<unknown> extends never ? never : ReturnType<typeof mutation> extends fc.Arbitrary<infer T> ? T : never
): Uint8Array {
  if (m.type === 'truncate') return bytes.slice(0, m.at)
  const out = bytes.slice()
  if (m.type === 'flip') for (const { at, bit } of m.flips) out[at] ^= 1 << bit
  else new DataView(out.buffer).setBigUint64(m.at, m.value, true)
  return out
}

function fuzz(name: string, load: () => Uint8Array, runs: number): void {
  it(`${name}: every mutation ends in a report that adds up or a typed error`, async () => {
    const bytes = new Uint8Array(load()) // a copy: Buffer.slice would give views and mutations would pile up
    const kinds = new Map<string, number>()
    await fc.assert(
      fc.asyncProperty(mutation(bytes.length), async (m) => {
        const outcome = await analyse(name, apply(bytes, m))
        kinds.set(outcome.kind, (kinds.get(outcome.kind) ?? 0) + 1)
      }),
      { numRuns: runs * Number(process.env.MSB_FUZZ_SCALE ?? 1), seed: Number(process.env.MSB_FUZZ_SEED ?? 20261128) }
    )
    // The mutations reach the parser: some inputs still read, others fail with a typed error.
    expect([...kinds.values()].reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(runs * Number(process.env.MSB_FUZZ_SCALE ?? 1))
    expect(kinds.size).toBeGreaterThan(1)
  })
}

describeWithFixtures('mutated real Keras files', () => {
  fuzz('boston_house.h5', () => readFileSync(fixture('real/keras/boston-house-h5/boston_house.h5')), 300)
  fuzz('model.keras', () => readFileSync(fixture('real/keras/flownet-ann-keras3/model.keras')), 300)
  fuzz('sprpcf.h5', () => readFileSync(fixture('real/keras/sprpcf-ann-h5/model.h5')), 200)
})

describeWithFixtures('mutated HDF5 files in the newer formats', () => {
  fuzz('latest.weights.h5', () => readFileSync(join(LIBVER, 'latest.weights.h5')), 300)
  fuzz('many-links.h5', () => readFileSync(join(LIBVER, 'many-links.h5')), 100)
})
