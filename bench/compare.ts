/**
 * `npx tsx bench/compare.ts OLD_CLI [--tensors N] [--runs R] [--formats a,b]`: this checkout's
 * built CLI against another build (e.g. a worktree of the last release: `OLD/dist/cli/index.js`)
 * on the same checkpoints, runs interleaved so that both see the same machine. Prints each side's
 * CPU beyond the `node -e ""` floor, peak RSS, and the ratio new/old: a regression check that
 * holds on a noisy shared machine, where absolute times do not.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { runInterleaved } from './process.js'
import { SCENARIOS_BY_NAME } from './scenarios/index.js'

const ROOT = resolve(fileURLToPath(import.meta.url), '..', '..')
const NEW_CLI = join(ROOT, 'dist', 'cli', 'index.js')
/** The formats the 0.1.0 release reads, compared by default (a build before a reader existed cannot be). */
const FORMATS_OF_0_1_0 = ['tensorflow', 'tensorflow2', 'pytorch', 'safetensors', 'onnx', 'gguf', 'hdf5']

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { tensors: { type: 'string', default: '100000' }, runs: { type: 'string', default: '7' }, formats: { type: 'string' } }
})
const oldCli = positionals[0]
if (!oldCli) {
  console.error('usage: npx tsx bench/compare.ts OLD_CLI [--tensors N] [--runs R] [--formats tensorflow,pytorch,…]')
  process.exit(2)
}
const tensors = Number(values.tensors)
const runs = Number(values.runs)
const formats = values.formats ? values.formats.split(',') : FORMATS_OF_0_1_0
const unknown = formats.filter((format) => !(format in SCENARIOS_BY_NAME))
if (unknown.length > 0) {
  console.error(`no bench scenario named ${unknown.join(', ')}; known: ${Object.keys(SCENARIOS_BY_NAME).join(', ')}`)
  process.exit(2)
}

const floorRun = runInterleaved([{ command: process.execPath, args: ['-e', ''], options: { cwd: ROOT } }], runs)[0]
console.log(`floor: node -e "" ${Math.round(floorRun.cpuMs)} ms CPU; ${runs} interleaved runs per side, ${tensors} tensors × 1 MB described\n`)
console.log('| format | old CPU − floor | new CPU − floor | new/old | old RSS | new RSS |')
console.log('|---|---:|---:|---:|---:|---:|')
for (const format of formats) {
  const dir = mkdtempSync(join(tmpdir(), `msb-compare-${format}-`))
  try {
    const paths = await SCENARIOS_BY_NAME[format].write(dir, { tensors, bytes: tensors * 1e6 })
    const side = (cli: string) => ({ command: process.execPath, args: [cli, '--json', ...paths], options: { cwd: dir } })
    const [old, now] = runInterleaved([side(oldCli), side(NEW_CLI)], runs)
    for (const [name, run] of [
      ['old', old],
      ['new', now]
    ] as const) {
      if (run.status !== 0 && run.status !== 1) throw new Error(`${name} CLI failed on ${format}: ${run.stderr.slice(0, 300)}`)
    }
    const [a, b] = [old.cpuMs - floorRun.cpuMs, now.cpuMs - floorRun.cpuMs]
    const mb = (kib: number) => `${Math.round(kib / 1024)} MB`
    console.log(`| ${format} | ${Math.round(a)} ms | ${Math.round(b)} ms | ${(b / a).toFixed(2)} | ${mb(old.maxRssKiB)} | ${mb(now.maxRssKiB)} |`)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
