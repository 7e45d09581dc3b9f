import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { findFiles } from '../../src/io/glob-walk.js'
import { selectPaths } from '../../src/core/path-patterns.js'
import { NOT_SEARCHED_DIRS } from '../../src/io/paths.js'
import { defaultPathPatterns } from '../helpers/action-yml.js'
import { quietWorkflowCommands } from '../helpers/quiet-workflow-commands.js'

quietWorkflowCommands()

let root: string
let outside: string

beforeAll(() => {
  const base = mkdtempSync(join(tmpdir(), 'msb-find-'))
  root = join(base, 'workspace')
  outside = join(base, 'outside')
  for (const dir of ['exports/mobile', 'exports/server', 'src', '.git/objects', 'linked-dir-target']) mkdirSync(join(root, dir), { recursive: true })
  mkdirSync(outside)
  writeFileSync(join(outside, 'secret.pt'), 'secret')
  writeFileSync(join(root, 'exports/mobile/model.pt'), 'm')
  writeFileSync(join(root, 'exports/server/model.pt'), 's')
  writeFileSync(join(root, 'exports/server/model.safetensors'), 'x')
  writeFileSync(join(root, 'src/train.py'), 'print()')
  writeFileSync(join(root, '.git/objects/pack.pt'), 'not a checkpoint')
  writeFileSync(join(root, 'linked-dir-target/inside.pt'), 'i')
  symlinkSync(join(outside, 'secret.pt'), join(root, 'exports/evil.pt'))
  symlinkSync('/etc/passwd', join(root, 'exports/passwd.pt'))
  symlinkSync(join(root, 'exports/mobile/model.pt'), join(root, 'exports/alias.pt'))
  symlinkSync(outside, join(root, 'exports/outside-dir'))
})

afterAll(() => rmSync(join(root, '..'), { recursive: true, force: true }))

describe('findFiles', () => {
  it("with action.yml's default globs, finds checkpoints but none in dependency or cache directories", async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'msb-find-defaults-'))
    try {
      mkdirSync(join(workspace, 'models'))
      writeFileSync(join(workspace, 'models/model.safetensors'), 'x')
      for (const dir of NOT_SEARCHED_DIRS) {
        mkdirSync(join(workspace, dir, 'pkg'), { recursive: true })
        writeFileSync(join(workspace, dir, 'pkg/weights.bin'), 'x')
        mkdirSync(join(workspace, 'models', dir), { recursive: true })
        writeFileSync(join(workspace, 'models', dir, 'model.onnx'), 'x')
      }
      const found = await findFiles(workspace, defaultPathPatterns())
      expect(found.files).toEqual(['models/model.safetensors'])
      expect(found.skipped).toEqual([])
    } finally {
      rmSync(workspace, { recursive: true, force: true })
    }
  })

  it('finds files by newline globs relative to the workspace, with ! excludes', async () => {
    const found = await findFiles(root, ['exports/**/*.pt', '!exports/mobile/**'])
    expect(found.files).toEqual(['exports/alias.pt', 'exports/server/model.pt'])
  })

  it('reports symbolic links that leave the workspace instead of reading them', async () => {
    const found = await findFiles(root, ['**/*.pt'])
    expect(found.files).not.toContain('exports/evil.pt')
    expect(found.files).not.toContain('exports/passwd.pt')
    expect(found.skipped.map((skipped) => skipped.path).sort()).toEqual(['exports/evil.pt', 'exports/passwd.pt'])
    expect(found.skipped[0].reason).toMatch(/outside the workspace/)
  })

  it('follows a link that stays inside the workspace, never into a linked directory outside', async () => {
    const found = await findFiles(root, ['exports/**'])
    expect(found.files).toContain('exports/alias.pt')
    expect(found.files.some((path) => path.includes('secret'))).toBe(false)
  })

  it('never searches .git', async () => {
    expect((await findFiles(root, ['**/*.pt'])).files.some((path) => path.startsWith('.git/'))).toBe(false)
  })

  it("reports '..' and absolute patterns outside the workspace and does not search them", async () => {
    const found = await findFiles(root, ['../outside/*.pt', `${outside}/*.pt`, 'exports/server/*.pt'])
    expect(found.files).toEqual(['exports/server/model.pt'])
    expect(found.skipped).toEqual([
      { path: '../outside/*.pt', reason: expect.stringMatching(/'\.\.'/) },
      { path: `${outside}/*.pt`, reason: expect.stringMatching(/outside the workspace/) }
    ])
  })

  it('accepts an absolute pattern inside the workspace and a matched directory as all its files', async () => {
    expect((await findFiles(root, [`${root}/exports/server`])).files).toEqual(['exports/server/model.pt', 'exports/server/model.safetensors'])
  })

  it('finds nothing when every line only excludes', async () => {
    expect((await findFiles(root, ['!**/*.pt'])).files).toEqual([])
  })

  it('finds exactly what the lines select among all files, though it skips directories they cannot select from', async () => {
    // Every file the walk may return: the regular files and the link that stays inside.
    const readable = [
      'exports/alias.pt',
      'exports/mobile/model.pt',
      'exports/server/model.pt',
      'exports/server/model.safetensors',
      'linked-dir-target/inside.pt',
      'src/train.py'
    ]
    const lineSets = [
      ['**', '!exports', 'exports/mobile/*.pt'],
      ['**/*.pt', '!exports/**', 'exports/server/model.pt'],
      ['exports/**', '!exports/server', '**/*.safetensors'],
      ['!src', 'src/**', '!**/*.py'],
      ['**/model.*', '!exports/mobile/model.pt', 'exports/*/model.pt']
    ]
    for (const lines of lineSets) {
      expect({ lines, files: (await findFiles(root, lines)).files }).toEqual({ lines, files: selectPaths(readable, lines).sort() })
    }
  })
})

describe('selectPaths (the same globs over the paths git tracks)', () => {
  const tracked = ['exports/mobile/model.pt', 'exports/server/model.pt', 'exports/server/model.safetensors', 'src/train.py', '.hidden/x.pt']

  it('selects what findFiles selects on disk: excludes, directory descendants, dot files', () => {
    expect(selectPaths(tracked, ['exports/**/*.pt', '!exports/mobile/**'])).toEqual(['exports/server/model.pt'])
    expect(selectPaths(tracked, ['exports/server'])).toEqual(['exports/server/model.pt', 'exports/server/model.safetensors'])
    expect(selectPaths(tracked, ['**/*.pt'])).toEqual(['exports/mobile/model.pt', 'exports/server/model.pt', '.hidden/x.pt'])
  })

  it('applies lines in order: a later line re-includes what an earlier ! excluded', () => {
    expect(selectPaths(tracked, ['**/*.pt', '!exports/**', 'exports/mobile/*.pt'])).toEqual(['exports/mobile/model.pt', '.hidden/x.pt'])
  })

  it("matches nothing for '..' or absolute patterns", () => {
    expect(selectPaths(tracked, ['../exports/**', '/exports/**'])).toEqual([])
  })
})
