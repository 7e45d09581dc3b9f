/**
 * `npm run release -- X.Y.Z`: bumps the version, releases the changelog's Unreleased section,
 * rebuilds dist/ and checks it, then prints the tag and publish commands. It pushes nothing.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { planRelease } from './release-plan.js'

const root = new URL('..', import.meta.url).pathname
const next = process.argv[2] ?? ''
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { version: string }
try {
  const plan = planRelease(pkg.version, next, readFileSync(`${root}CHANGELOG.md`, 'utf8'), new Date().toISOString().slice(0, 10))
  execFileSync('npm', ['version', plan.version, '--no-git-tag-version'], { cwd: root, stdio: 'inherit' })
  writeFileSync(`${root}CHANGELOG.md`, plan.changelog)
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' })
  execFileSync(process.execPath, ['scripts/check-dist.mjs'], { cwd: root, stdio: 'inherit' })
  console.log(`\nReady: ${plan.version}. Review the diff, then run:\n  ${plan.commands.join('\n  ')}`)
} catch (error) {
  console.error(`release: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
}
