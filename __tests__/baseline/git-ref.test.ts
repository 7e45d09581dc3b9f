import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildSafetensorsBytes } from '../../scripts/builders/safetensors.js'
import { parseInputs } from '../../src/action/inputs.js'
import { resolveBaseline } from '../../src/action/resolve-baseline.js'

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' })
}

describe('baseline: ref:NAME', () => {
  let origin: string
  let clone: string
  beforeAll(() => {
    origin = mkdtempSync(join(tmpdir(), 'msb-ref-origin-'))
    git(origin, 'init', '-q', '-b', 'main')
    mkdirSync(join(origin, 'exports'))
    writeFileSync(join(origin, 'exports', 'model.safetensors'), buildSafetensorsBytes({ w: { dtype: 'F32', shape: [1000] } }))
    git(origin, 'add', '.')
    git(origin, 'commit', '-qm', 'release')
    git(origin, 'tag', 'v1.4.0')
    writeFileSync(join(origin, 'exports', 'model.safetensors'), buildSafetensorsBytes({ w: { dtype: 'F32', shape: [2000] } }))
    git(origin, 'commit', '-qam', 'grow')
    // A shallow clone of the tip, as actions/checkout makes: it lacks the tag and its commit.
    clone = mkdtempSync(join(tmpdir(), 'msb-ref-clone-'))
    git(clone, 'clone', '-q', '--depth=1', '--no-tags', `file://${origin}`, '.')
  })
  afterAll(() => {
    rmSync(origin, { recursive: true, force: true })
    rmSync(clone, { recursive: true, force: true })
  })

  const resolve = (ref: string) =>
    resolveBaseline({
      workspace: clone,
      input: { kind: 'ref', ref },
      patterns: ['exports/**'],
      reportPath: 'model-size-report.json',
      artifactName: 'model-size-report',
      log: () => {}
    })

  it('reads the checkpoints git tracks at a tag, fetching it into a shallow clone', async () => {
    const tag = git(origin, 'rev-parse', '--short=7', 'v1.4.0').trim()
    const found = await resolve('v1.4.0')
    expect(found.origin).toEqual({ kind: 'git', description: `v1.4.0 (${tag})` })
    expect(found.report!.checkpoints.map((checkpoint) => [checkpoint.id, checkpoint.bytes.weights])).toEqual([['exports/model.safetensors', 4000]])
  })
  it('says why when the ref does not exist, without failing', async () => {
    const found = await resolve('v9.9.9')
    expect(found.report).toBeUndefined()
    expect(found.origin.kind).toBe('none')
    expect(found.origin.description).toMatch(
      /^The git ref v9\.9\.9 could not be read \(no tag, branch or commit named v9\.9\.9 here or at origin\)\. Check its name/
    )
  })
  it('is the baseline input ref:NAME', () => {
    const get = (name: string) => (name === 'path' ? 'exports/**' : name === 'report-path' ? 'r.json' : name === 'baseline' ? 'ref:v1.4.0' : '')
    expect(parseInputs(get).baseline).toEqual({ kind: 'ref', ref: 'v1.4.0' })
    expect(() => parseInputs((name) => (name === 'baseline' ? 'ref:--upload-pack=x' : get(name)))).toThrow("after 'ref:' give a tag, branch or commit")
  })
})
