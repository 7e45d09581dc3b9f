import { describe, expect, it } from '@jest/globals'
import { runInput } from '../../fuzz/run-input.js'
import { FormatError } from '../../src/core/errors.js'
import type { CheckpointReader } from '../../src/formats/index.js'

/** The fuzz judge itself: what it must call a finding, and what it must not. */

function reader(read: CheckpointReader['read']): CheckpointReader {
  return { format: 'safetensors', matchesName: (path) => path.endsWith('.bin'), sniff: () => true, read }
}

const input = (r: CheckpointReader) => ({ files: new Map([['m.bin', new Uint8Array(16)]]), direct: [{ path: 'm.bin', reader: r }], description: 'test' })
const BOUNDS = { timeMs: 10_000, memoryMb: 512 }

describe('the fuzz judge', () => {
  it('calls an untyped error (a TypeError in a reader) a finding, through measure and directly', async () => {
    const broken = reader(async () => {
      throw new TypeError("Cannot read properties of undefined (reading 'x')")
    })
    const outcome = await runInput(input(broken), BOUNDS, [broken])
    expect(outcome.measure).toEqual(['InternalError'])
    expect(outcome.direct).toEqual(['untyped TypeError'])
    expect(outcome.findings).toHaveLength(2)
  })

  it('accepts a typed error, and a span outside the file caught by the analyzer, as outcomes', async () => {
    const refusing = reader(async (path) => {
      throw new FormatError(path, 'not this time', { fix: 'Try again.' })
    })
    expect((await runInput(input(refusing), BOUNDS, [refusing])).findings).toEqual([])
    const lying = reader(async (path) => ({
      format: 'safetensors',
      name: path,
      files: [{ path, role: 'data', bytes: 16, present: true }],
      tensors: [{ name: 'w', dtype: 'float32', shape: [8], file: path, offset: 0, byteLength: 32, category: 'weights' }],
      classifiedBy: 'format',
      warnings: []
    }))
    const outcome = await runInput(input(lying), BOUNDS, [lying])
    expect(outcome.measure).toEqual(['FormatError'])
    expect(outcome.direct).toEqual(['FormatError'])
    expect(outcome.findings).toEqual([])
  })

  it('calls an input over the CPU time bound a finding', async () => {
    const slow = reader(async (path) => {
      busyFor(30)
      throw new FormatError(path, 'slow')
    })
    const outcome = await runInput(input(slow), { timeMs: 20, memoryMb: 512 }, [slow])
    expect(outcome.findings.some((f) => /of CPU, over the 20 ms bound/.test(f))).toBe(true)
  })

  it('does not count waiting as work: a reader that sleeps past the bound is no finding', async () => {
    // Sleeps far past the bound, and the bound stays far above the few tens of ms of CPU a loaded
    // machine charges an idle await (73 ms was seen on Node 24 with a 40 ms bound): a judge of wall
    // time fails this, a judge of CPU does not.
    const sleepy = reader(async (path) => {
      await new Promise((resolve) => setTimeout(resolve, 400))
      throw new FormatError(path, 'sleepy')
    })
    const outcome = await runInput(input(sleepy), { timeMs: 250, memoryMb: 512 }, [sleepy])
    expect(outcome.elapsedMs).toBeGreaterThan(400)
    expect(outcome.findings).toEqual([])
  })
})

/** Spends `ms` of CPU time (not wall time: the judge measures CPU). */
function busyFor(ms: number): void {
  const start = process.cpuUsage()
  for (;;) {
    const used = process.cpuUsage(start)
    if ((used.user + used.system) / 1000 >= ms) return
  }
}
