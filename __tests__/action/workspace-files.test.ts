import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { WorkspaceFiles } from '../../src/action/workspace-files.js'

let dir: string
let files: WorkspaceFiles

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'msb-ws-'))
  mkdirSync(join(dir, 'workspace/exports'), { recursive: true })
  writeFileSync(join(dir, 'secret.data'), 'top secret')
  writeFileSync(join(dir, 'workspace/exports/model.data-00000-of-00001'), '1234')
  // A checkpoint's index names its data shard; a hostile PR makes the shard a link out.
  symlinkSync(join(dir, 'secret.data'), join(dir, 'workspace/exports/evil.data-00000-of-00001'))
  files = new WorkspaceFiles(join(dir, 'workspace'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('WorkspaceFiles', () => {
  it('reads companion files inside the workspace', async () => {
    expect(await files.size('exports/model.data-00000-of-00001')).toBe(4)
    const source = await files.open('exports/model.data-00000-of-00001')
    expect(new TextDecoder().decode(await source.read(0, 4))).toBe('1234')
    await source.close()
  })

  it('treats a companion reached through a link or ../ outside the workspace as absent', async () => {
    expect(await files.size('exports/evil.data-00000-of-00001')).toBeUndefined()
    expect(await files.size('../secret.data')).toBeUndefined()
    await expect(files.open('exports/evil.data-00000-of-00001')).rejects.toMatchObject({ code: 'ENOENT' })
    await expect(files.open('../secret.data')).rejects.toMatchObject({ code: 'ENOENT' })
    expect(await files.list('..')).toEqual([])
  })

  it('lists directories inside the workspace', async () => {
    expect(await files.list('exports')).toEqual(['evil.data-00000-of-00001', 'model.data-00000-of-00001'])
  })
})
