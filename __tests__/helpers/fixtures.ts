import { describe, it } from '@jest/globals'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The project root (where package.json is). */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')

/**
 * The shared third-party fixtures, read in place and never copied into the project
 * (`../shared/fixtures` next to the checkout; MSB_FIXTURES overrides it).
 */
export const FIXTURES_ROOT = process.env.MSB_FIXTURES ?? resolve(PROJECT_ROOT, '..', 'shared', 'fixtures')

const fixturesPresent = existsSync(FIXTURES_ROOT)

/**
 * `describe` for tests that need the shared fixtures. Elsewhere they skip with a message; under
 * CI=true a missing fixture tree is a failure, so CI can never pass by testing nothing.
 */
export function describeWithFixtures(name: string, body: () => void): void {
  if (fixturesPresent) {
    describe(name, body)
  } else if (process.env.CI === 'true') {
    describe(name, () => {
      it('has the shared fixtures', () => {
        throw new Error(`CI=true but the shared fixtures are missing at ${FIXTURES_ROOT}`)
      })
    })
  } else {
    describe.skip(`${name} (skipped: no shared fixtures at ${FIXTURES_ROOT})`, body)
  }
}

/** Absolute path of a fixture, e.g. fixture('real/tf1/traffic-sign-cnn-adam'). */
export function fixture(relativePath: string): string {
  return join(FIXTURES_ROOT, relativePath)
}

/** The fixture folders of one kind (`real/tf1`), or [] when the fixtures are absent. */
export function fixtureFolders(kind: string): string[] {
  const dir = fixture(kind)
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isDirectory())
    .sort()
}
