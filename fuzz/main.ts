import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { runBoundaryTruncations, runCampaign } from './campaign.js'
import { defaultFixturesRoot, loadCorpus } from './corpus.js'
import { DEFAULT_BOUNDS } from './run-input.js'
import { Watchdog } from './watchdog.js'

/**
 * `npm run fuzz -- [--runs N] [--seed S] [--only NAME] [--boundaries] [--max-per-file N]`
 *
 * Loads every fixture, runs N fast-check inputs from seed S (mutated fixtures, random bytes
 * behind each format's magic, crafted hostile pickles), and with --boundaries also truncates every
 * claimed file at each structural boundary. Prints how many inputs ended in which outcome;
 * exits 1 with the (shrunk) failing input when one did not end in a report or a typed error
 * within the bounds. Replay a failure with the printed --seed (and --path).
 *
 * Run under `node --max-old-space-size=1024` (the npm script does), so an input that allocates
 * without bound ends the run with an out-of-memory error instead of swapping the machine; an
 * input that never returns is reported and ends the run from a watchdog thread (fuzz/watchdog.ts).
 */

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '2000' },
    seed: { type: 'string' },
    only: { type: 'string' },
    boundaries: { type: 'boolean', default: false },
    'max-per-file': { type: 'string', default: '400' },
    'time-ms': { type: 'string', default: String(DEFAULT_BOUNDS.timeMs) },
    verbose: { type: 'boolean', default: false }
  }
})

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const root = defaultFixturesRoot(projectRoot)
const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed)
const runs = Number(values.runs)
const bounds = { ...DEFAULT_BOUNDS, timeMs: Number(values['time-ms']) }

const started = performance.now()
const seeds = await loadCorpus(root, values.only)
if (seeds.length === 0) {
  console.error(`no fixtures under ${root} (set MSB_FIXTURES)`)
  process.exit(2)
}
console.log(`${seeds.length} seeds from ${root}; ${runs} inputs from seed ${seed}; bounds ${bounds.timeMs} ms of CPU, ${bounds.memoryMb} MB per input`)

// An input that never returns blocks this thread, so its time bound is enforced from a worker.
const watchdog = new Watchdog(3 * bounds.timeMs)
let exitCode = 0
if (values.boundaries) {
  const { tally, findings } = await runBoundaryTruncations(seeds, {
    maxPerFile: Number(values['max-per-file']),
    bounds,
    onInput: (description) => watchdog.starting(description),
    onFinding: (description, found) => console.log(`FINDING ${description}\n  ${found.join('\n  ')}`)
  })
  console.log(`\n== truncation at every structural boundary\n${tally.table()}`)
  if (findings.length > 0) exitCode = 1
}

let count = 0
const { tally, failure } = await runCampaign(seeds, {
  runs,
  seed,
  bounds,
  onInput: (description) => {
    watchdog.starting(description)
    count++
    if (values.verbose) console.log(`#${count} ${description}`)
    else if (count % 500 === 0) process.stderr.write(`  ${count} inputs...\n`)
  }
})
watchdog.pause()
await watchdog.stop()
console.log(`\n== fast-check inputs (seed ${seed})\n${tally.table()}`)
if (failure) {
  exitCode = 1
  console.log(`\nFINDING (shrunk): ${failure.description}\n  ${failure.findings.replace(/\n/g, '\n  ')}`)
  console.log(`  input: ${failure.spec.slice(0, 2000)}`)
  console.log(`  replay: npm run fuzz -- --seed ${failure.seed} --runs ${runs}${failure.path ? ` (fast-check path ${failure.path})` : ''}`)
} else {
  console.log('\nno findings: every input ended in a report or a typed error within the bounds')
}
console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`)
process.exit(exitCode)
