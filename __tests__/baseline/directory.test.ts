import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { measureBaselineDirectory } from '../../src/baseline/directory.js'
import { fakeReader, writeFakeCheckpoint } from '../helpers/fake-reader.js'

describe('measureBaselineDirectory', () => {
  let root: string
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'msb-base-'))
    writeFakeCheckpoint(root, 'exports/model.fakeckpt', [{ name: 'w', category: 'weights', bytes: 400 }])
    writeFakeCheckpoint(root, 'exports/broken.fakeckpt', [])
    symlinkSync('/etc', join(root, 'exports', 'etc'))
  })
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  it('measures the checkpoints with ids relative to the directory, so they match the workspace', async () => {
    const report = await measureBaselineDirectory(root, { readers: [fakeReader] })
    expect(report.checkpoints.map((checkpoint) => checkpoint.id)).toEqual(['exports/broken.fakeckpt', 'exports/model.fakeckpt'])
    expect(report.checkpoints[1].bytes.weights).toBe(400)
  })
  it('searches only the given paths', async () => {
    const report = await measureBaselineDirectory(root, { readers: [fakeReader], paths: ['exports/model.fakeckpt'] })
    expect(report.checkpoints.map((checkpoint) => checkpoint.id)).toEqual(['exports/model.fakeckpt'])
  })
  it('reports a symlink out of the directory instead of following it', async () => {
    const report = await measureBaselineDirectory(root, { readers: [fakeReader] })
    expect(report.errors).toEqual([
      { path: 'exports/etc', kind: 'PathError', message: 'exports/etc: symbolic link to a path outside the searched root; not followed.' }
    ])
  })
})
