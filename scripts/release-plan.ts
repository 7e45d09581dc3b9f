/**
 * The pure half of `npm run release -- X.Y.Z`: checks the version step and works out the changelog
 * and the tag commands. Releases follow the Actions ecosystem: an immutable `vX.Y.Z` tag per
 * release and a moving major tag `vX` that users pin (`uses: …/model-size-budget@v1`).
 */

export interface ReleasePlan {
  version: string
  changelog: string
  /** Printed for the maintainer to run after reviewing the release commit; never run by the script. */
  commands: string[]
}

const SEMVER = /^(\d+)\.(\d+)\.(\d+)$/

function parts(version: string): [number, number, number] {
  const match = SEMVER.exec(version)
  if (!match) throw new Error(`'${version}' is not a version of the form MAJOR.MINOR.PATCH (e.g. 1.2.0)`)
  return [Number(match[1]), Number(match[2]), Number(match[3])]
}

export function planRelease(current: string, next: string, changelog: string, date: string): ReleasePlan {
  const [a, b] = [parts(current), parts(next)]
  const newer = a[0] !== b[0] ? b[0] > a[0] : a[1] !== b[1] ? b[1] > a[1] : b[2] > a[2]
  if (!newer) throw new Error(`${next} is not newer than the current version ${current}`)
  const unreleased = '## [Unreleased]'
  if (!changelog.includes(unreleased)) throw new Error(`CHANGELOG.md has no '${unreleased}' section to release`)
  const body = changelog.slice(changelog.indexOf(unreleased) + unreleased.length).split(/\n## \[/)[0]
  if (body.trim() === '') throw new Error(`CHANGELOG.md's '${unreleased}' section is empty: say what ${next} changes first`)
  const major = `v${b[0]}`
  return {
    version: next,
    changelog: changelog.replace(unreleased, `${unreleased}\n\n## [${next}] - ${date}`),
    commands: [
      `git commit -am "Release ${next}"`,
      `git tag -a v${next} -m "v${next}"`,
      `git tag -fa ${major} -m "${major} (moves to v${next})"`,
      `git push origin v${next}`,
      `git push --force origin ${major}`,
      'npm publish'
    ]
  }
}
