import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BaselineInput } from '../../src/action/inputs.js'
import { resolveBaseline, type BaselineContext } from '../../src/action/resolve-baseline.js'
import { ConfigError } from '../../src/core/errors.js'
import { quietWorkflowCommands } from '../helpers/quiet-workflow-commands.js'
import { safetensorsReader } from '../../src/formats/safetensors/index.js'
import { buildSafetensorsBytes } from '../../scripts/builders/safetensors.js'

quietWorkflowCommands()

let dir: string
let workspace: string

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'msb-resolve-'))
  workspace = join(dir, 'workspace')
  mkdirSync(join(workspace, 'base/exports'), { recursive: true })
  writeFileSync(join(workspace, 'base/exports/model.safetensors'), buildSafetensorsBytes({ w: { dtype: 'F32', shape: [10] } }))
  writeFileSync(join(dir, 'outside.json'), '{}')
  symlinkSync(join(dir, 'outside.json'), join(workspace, 'link.json'))
  writeFileSync(join(workspace, 'old.json'), JSON.stringify({ schema: 0, checkpoints: [] }))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const context = (input: BaselineInput, extra: Partial<BaselineContext> = {}): BaselineContext => ({
  workspace,
  input,
  patterns: ['**/*.safetensors'],
  reportPath: 'model-size-report.json',
  artifactName: 'model-size-report',
  measure: { readers: [safetensorsReader] },
  log: () => {},
  ...extra
})

describe('resolveBaseline', () => {
  it('measures a directory of base checkpoints with the path globs, ids relative to it', async () => {
    const resolved = await resolveBaseline(context({ kind: 'path', path: 'base' }))
    expect(resolved.origin).toEqual({ kind: 'directory', description: 'base' })
    expect(resolved.report?.checkpoints.map((checkpoint) => [checkpoint.id, checkpoint.bytes.weights])).toEqual([['exports/model.safetensors', 40]])
  })

  it('takes a glob: the part before the first wildcard is the base checkout', async () => {
    const resolved = await resolveBaseline(context({ kind: 'path', path: 'base/**/*.safetensors' }))
    expect(resolved.report?.checkpoints.map((checkpoint) => checkpoint.id)).toEqual(['exports/model.safetensors'])
  })

  it.each([
    ['a missing path', 'nope.json', /'nope.json', which does not exist in the workspace/],
    ['a path outside the workspace', '../outside.json', /outside the workspace/],
    ['a symbolic link out of the workspace', 'link.json', /outside the workspace/],
    ['a report of another schema', 'old.json', /schema 0/]
  ])('rejects %s with a ConfigError', async (_, path, message) => {
    const promise = resolveBaseline(context({ kind: 'path', path }))
    await expect(promise).rejects.toThrow(ConfigError)
    await expect(resolveBaseline(context({ kind: 'path', path }))).rejects.toThrow(message)
  })

  it('without a base on the event, says where a baseline would come from', async () => {
    const resolved = await resolveBaseline(context({ kind: 'auto' }))
    expect(resolved.report).toBeUndefined()
    expect(resolved.origin.kind).toBe('none')
    expect(resolved.origin.description).toBe(
      'No base to compare with on this event: on pull requests the base commit is read from git; elsewhere set the baseline input to a report JSON or a directory of base checkpoints.'
    )
  })

  it('in auto, skips a base commit git cannot read and a missing token, and says so', async () => {
    const logged: string[] = []
    const resolved = await resolveBaseline(
      context({ kind: 'auto' }, { base: { commit: 'a'.repeat(40), branch: 'main', label: 'base commit' }, log: (line) => logged.push(line) })
    )
    expect(resolved.report).toBeUndefined()
    // One whole sentence per source, each with the fix for its situation.
    expect(resolved.origin.description).toMatch(
      /^Base commit aaaaaaa could not be read from git \(.*\)\. actions\/checkout fetches one commit by default .* fetch-depth: 0\. There is no token/
    )
    expect(resolved.origin.description).toContain("There is no token for the artifact look-up: keep the github-token input's default")
    expect(logged.join('\n')).toContain('could not read base commit aaaaaaa')
  })
})
