#!/usr/bin/env node
// Fails when the committed dist/ is not what `npm run build` makes from src/ now.
// It rebuilds into a temporary directory (dist/ itself is left alone) and compares every file,
// as actions/typescript-action's check-dist workflow does with `git diff dist/`.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const out = mkdtempSync(join(tmpdir(), 'msb-dist-'))
const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')
const build = (entry, dir, extra = []) =>
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', dir, '--source-map', '--no-source-map-register', ...extra], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe']
  })

const list = (dir) =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter((path) => statSync(join(dir, path)).isFile())
    .sort()

try {
  // Same commands as the "build" script in package.json, in the same order.
  build('src/index.ts', join(out, 'dist'), ['--license', 'licenses.txt'])
  build('src/cli.ts', join(out, 'dist', 'cli'))
  build('src/lib.ts', join(out, 'dist', 'lib'))
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc')
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.types.json', '--outDir', join(out, 'dist', 'types')], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] })
  const expected = list(join(out, 'dist'))
  const committed = list(join(root, 'dist'))
  const stale = [
    ...expected.filter((path) => !committed.includes(path)).map((path) => `missing: dist/${path}`),
    ...committed.filter((path) => !expected.includes(path)).map((path) => `unexpected: dist/${path}`),
    ...expected
      .filter((path) => committed.includes(path))
      .filter((path) => !readFileSync(join(out, 'dist', path)).equals(readFileSync(join(root, 'dist', path))))
      .map((path) => `differs: dist/${path}`)
  ]
  if (stale.length > 0) {
    console.error(`dist/ is stale; run \`npm run build\` and commit dist/:\n  ${stale.join('\n  ')}`)
    process.exitCode = 1
  } else {
    console.log(`dist/ matches src/ (${expected.length} files compared)`)
  }
} finally {
  rmSync(out, { recursive: true, force: true })
}
