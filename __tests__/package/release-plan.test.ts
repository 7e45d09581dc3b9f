import { describe, expect, it } from '@jest/globals'
import { planRelease } from '../../scripts/release-plan.js'

const CHANGELOG = '# Changelog\n\n## [Unreleased]\n\n### Added\n- a thing\n\n## [0.1.0] - 2026-12-06\n'

describe('planning a release', () => {
  it('releases the Unreleased section under the new version and moves the major tag', () => {
    const plan = planRelease('0.1.0', '1.0.0', CHANGELOG, '2026-12-07')
    expect(plan.changelog).toContain('## [Unreleased]\n\n## [1.0.0] - 2026-12-07\n\n### Added\n- a thing')
    expect(plan.commands).toEqual(expect.arrayContaining(['git tag -a v1.0.0 -m "v1.0.0"', 'git push --force origin v1']))
    expect(plan.commands.some((command) => command.includes('push') && command.includes('main'))).toBe(false)
  })

  it('refuses a version that is not newer, not semver, or a release with nothing to say', () => {
    expect(() => planRelease('1.2.0', '1.1.9', CHANGELOG, 'd')).toThrow('1.1.9 is not newer than the current version 1.2.0')
    expect(() => planRelease('1.2.0', 'v1.3', CHANGELOG, 'd')).toThrow("'v1.3' is not a version of the form MAJOR.MINOR.PATCH")
    expect(() => planRelease('0.1.0', '0.2.0', '# Changelog\n\n## [Unreleased]\n\n## [0.1.0]\n', 'd')).toThrow('section is empty')
  })
})
