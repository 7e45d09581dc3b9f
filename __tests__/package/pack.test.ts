import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PROJECT_ROOT } from '../helpers/fixtures.js'

/**
 * The package as npm users get it: `npm pack` of this checkout, installed into an empty project
 * from the tarball (no registry: the bundles in dist/ carry their dependencies), then the CLI run
 * through `npx` and the library imported by name, on the example this repository ships.
 */

const EXAMPLE = join(PROJECT_ROOT, 'examples', 'mnist-cnn-adam')
const npm = (args: string[], cwd: string): string => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })

describe('the npm package', () => {
  let work = ''
  let packed: { filename: string; files: { path: string }[] }
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'msb-pack-'))
    packed = JSON.parse(npm(['pack', '--json', '--pack-destination', work], PROJECT_ROOT))[0]
    writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }))
    npm(['install', '--offline', '--no-audit', '--no-fund', join(work, packed.filename)], work)
  }, 180_000)
  afterAll(() => rmSync(work, { recursive: true, force: true }))

  it('holds dist/, action.yml, README, LICENSE and CHANGELOG, and no tests, sources or fixtures', () => {
    const paths = packed.files.map((file) => file.path)
    expect(paths).toEqual(
      expect.arrayContaining([
        'action.yml',
        'README.md',
        'LICENSE',
        'CHANGELOG.md',
        'dist/cli/index.js',
        'dist/lib/index.js',
        'dist/types/lib.d.ts',
        'package.json'
      ])
    )
    expect(paths.filter((path) => /^(src|__tests__|fuzz|bench|scripts|examples)\//.test(path))).toEqual([])
  })

  it('runs the installed CLI through npx on the example: exit 0 and the example numbers', () => {
    const report = JSON.parse(execFileSync('npx', ['--no-install', 'model-size-budget', EXAMPLE, '--json'], { cwd: work, encoding: 'utf8' }))
    expect(report.checkpoints).toHaveLength(1)
    expect(report.checkpoints[0].bytes).toMatchObject({ total: 39296655, weights: 13098536, optimizer: 26197080, bookkeeping: 8 })
  })

  it('imports the analyzer by package name and gets the same report', () => {
    const script = `import { analyze } from 'model-size-budget'; const r = await analyze(${JSON.stringify(EXAMPLE)}); console.log(JSON.stringify(r.total.bytes))`
    const total = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: work, encoding: 'utf8' }))
    expect(total).toMatchObject({ total: 39296655, weights: 13098536, optimizer: 26197080 })
  })
})
