/**
 * Writes one bench checkpoint into a directory and leaves it there, for profiling one case
 * without the whole grid:
 *
 *   npx tsx bench/write.ts hdf5 100000 100e9 /tmp/h5     # format, tensors, bytes described, dir
 *   node --cpu-prof dist/cli/index.js --json /tmp/h5/...  # the paths it prints
 */
import { mkdirSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { SCENARIOS_BY_NAME as SCENARIOS } from './scenarios/index.js'

const [format, tensors, bytes, dir] = process.argv.slice(2)
const scenario = SCENARIOS[format]
if (!scenario || !Number(tensors) || !Number(bytes) || !dir) {
  console.error(`usage: npx tsx bench/write.ts ${Object.keys(SCENARIOS).join('|')} TENSORS BYTES DIR`)
  process.exit(2)
}
mkdirSync(dir, { recursive: true })
if (readdirSync(dir).length > 0) {
  console.error(`${dir} is not empty; the scenario writes into an empty directory`)
  process.exit(2)
}
const paths = await scenario.write(dir, { tensors: Number(tensors), bytes: Number(bytes) })
console.log(paths.map((path) => join(dir, path)).join('\n'))
