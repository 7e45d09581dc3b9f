import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { NOT_SEARCHED_DIRS } from '../../src/io/paths.js'
import { walk } from '../../src/io/walk.js'

let root: string

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'msb-walk-'))
  mkdirSync(join(root, 'exports'), { recursive: true })
  writeFileSync(join(root, 'exports/model.safetensors'), 'x')
  for (const dir of NOT_SEARCHED_DIRS) {
    mkdirSync(join(root, 'app', dir, 'pkg'), { recursive: true })
    writeFileSync(join(root, 'app', dir, 'pkg', 'model.onnx'), 'x')
  }
})

afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('walk', () => {
  it('does not enter VCS, dependency or cache directories it meets on the way', async () => {
    const found = await walk(root, ['.'])
    expect(found.files).toEqual(['exports/model.safetensors'])
  })

  it('searches such a directory when it is named as a path', async () => {
    const found = await walk(root, ['app/node_modules', 'app/.venv/pkg'])
    expect(found.files).toEqual(['app/.venv/pkg/model.onnx', 'app/node_modules/pkg/model.onnx'])
  })

  it('tells the files named as a path from those found inside a named directory', async () => {
    const found = await walk(root, ['.', 'exports/model.safetensors'])
    expect(found.files).toEqual(['exports/model.safetensors'])
    expect(found.named).toEqual(['exports/model.safetensors'])
    expect((await walk(root, ['exports'])).named).toEqual([])
  })

  it('reports a path that does not exist instead of failing', async () => {
    const found = await walk(root, ['no-such-dir', 'exports'])
    expect(found.files).toEqual(['exports/model.safetensors'])
    expect(found.skipped).toEqual([{ path: 'no-such-dir', reason: 'no such file or directory' }])
  })
})
