import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readGitBaseline } from '../../../src/baseline/git-baseline.js'
import { main } from '../../../src/cli/main.js'
import { withLfs } from '../../../src/io/remote/attach.js'
import { findLfsEndpoint, httpsRemote, parseLfsPointer } from '../../../src/io/remote/lfs.js'
import { describeWithFixtures, fixture } from '../../helpers/fixtures.js'
import { HubServer } from '../../helpers/hub-server.js'

const server = new HubServer()
let repo: string
const savedToken = process.env.GITHUB_TOKEN
const CHECKPOINT = fixture('real/tf1/traffic-sign-cnn-adam')

async function cli(cwd: string, ...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), cwd })
  return { code, stdout, stderr }
}

beforeAll(async () => {
  await server.start()
  repo = mkdtempSync(join(tmpdir(), 'msb-lfs-'))
  execFileSync('git', ['init', '-q', repo])
  execFileSync('git', ['-C', repo, 'remote', 'add', 'origin', `${server.url}/owner/repo.git`])
  process.env.GITHUB_TOKEN = 'ghs_job_token'
})
afterAll(async () => {
  await server.stop()
  rmSync(repo, { recursive: true, force: true })
  if (savedToken === undefined) delete process.env.GITHUB_TOKEN
  else process.env.GITHUB_TOKEN = savedToken
})
beforeEach(() => server.reset())

describeWithFixtures('Git LFS pointers read by ranges (--lfs ranges)', () => {
  beforeAll(() => {
    // The checkout without `lfs: true`: every checkpoint file is a pointer; the state file is plain text.
    mkdirSync(join(repo, 'traffic-sign-cnn-adam'))
    for (const name of readdirSync(CHECKPOINT)) {
      const bytes = readFileSync(join(CHECKPOINT, name))
      writeFileSync(join(repo, 'traffic-sign-cnn-adam', name), name.startsWith('model.ckpt') ? server.addLfsObject(bytes) : bytes)
    }
  })

  it('gives the report of the real files, reading a fraction of them', async () => {
    const disk = await cli(join(CHECKPOINT, '..'), 'traffic-sign-cnn-adam', '--json', '--top', '100')
    const lfs = await cli(repo, 'traffic-sign-cnn-adam', '--json', '--top', '100', '--lfs', 'ranges')
    expect(lfs.stderr).toBe('')
    const report = JSON.parse(lfs.stdout)
    const { transfer } = report
    delete report.transfer
    expect(report).toEqual(JSON.parse(disk.stdout))
    // 4.16 MB of objects; the index and the object graph's span in the data file are read.
    expect(transfer.bytes).toBeLessThan(0.05 * report.total.bytes.total)
    const batch = server.seen.filter((request) => request.url === '/owner/repo.git/info/lfs/objects/batch')
    expect(batch.length).toBeGreaterThan(0)
    expect(batch.every((request) => request.authorization === `Basic ${Buffer.from('x-access-token:ghs_job_token').toString('base64')}`)).toBe(true)
    expect(server.fileRequestsSeen.every((request) => request.authorization === 'RemoteAuth lfs-storage-token')).toBe(true)
  })

  it("keeps today's error without --lfs ranges", async () => {
    const run = await cli(repo, 'traffic-sign-cnn-adam/model.ckpt.index')
    expect(run.stderr).toContain('traffic-sign-cnn-adam/model.ckpt.index: this is a Git LFS pointer for a 1271-byte object, not the checkpoint itself.')
    expect(server.seen).toHaveLength(0)
  })

  it('asks the batch API again when an href has expired', async () => {
    server.lfsExpiresIn = 0
    try {
      const run = await cli(repo, 'traffic-sign-cnn-adam', '--json', '--lfs', 'ranges')
      expect(run.code).toBe(0)
      const batch = server.seen.filter((request) => request.url.endsWith('/objects/batch')).length
      expect(batch).toBe(server.fileRequestsSeen.length)
    } finally {
      server.lfsExpiresIn = 3600
    }
  })

  it('names the file whose object the LFS server does not have', async () => {
    mkdirSync(join(repo, 'lost'))
    writeFileSync(join(repo, 'lost', 'model.safetensors'), `version https://git-lfs.github.com/spec/v1\noid sha256:${'ab'.repeat(32)}\nsize 1000\n`)
    try {
      const run = await cli(repo, 'lost/model.safetensors', '--lfs', 'ranges')
      expect(run.code).toBe(2)
      expect(run.stderr).toContain(
        `lost/model.safetensors: the Git LFS server has no object ${'ab'.repeat(6)} (404: Object does not exist). Push the LFS objects`
      )
    } finally {
      rmSync(join(repo, 'lost'), { recursive: true })
    }
  })
})

describeWithFixtures('the base commit read through LFS pointers', () => {
  it('measures the checkpoints at a commit from their pointers, as the checkout would', async () => {
    execFileSync('git', ['-C', repo, 'add', 'traffic-sign-cnn-adam'])
    execFileSync('git', ['-C', repo, '-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'pointers'])
    const sha = execFileSync('git', ['-C', repo, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim()
    const without = await readGitBaseline(repo, sha, { patterns: ['**'] })
    expect(without.found).toBe(false)
    const base = await readGitBaseline(repo, sha, {
      patterns: ['**'],
      files: (files) => withLfs(files, { lfs: 'ranges', allowDownload: false, token: 'ghs_job_token', cwd: repo })
    })
    const disk = await cli(join(CHECKPOINT, '..'), 'traffic-sign-cnn-adam', '--json')
    expect(base.found && base.report.checkpoints).toEqual(JSON.parse(disk.stdout).checkpoints)
  })
})

describe('the LFS endpoint', () => {
  it('is the origin remote plus .git/info/lfs, in its HTTPS form', async () => {
    expect(await findLfsEndpoint(repo)).toBe(`${server.url}/owner/repo.git/info/lfs`)
    expect(httpsRemote('git@github.com:owner/repo.git')).toBe('https://github.com/owner/repo.git')
    expect(httpsRemote('ssh://git@github.com/owner/repo')).toBe('https://github.com/owner/repo')
    expect(httpsRemote('https://x-access-token:secret@github.com/owner/repo')).toBe('https://github.com/owner/repo')
  })

  it('falls back to GITHUB_SERVER_URL/GITHUB_REPOSITORY outside a clone', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'msb-no-git-'))
    try {
      expect(await findLfsEndpoint(empty, { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'o/r' })).toBe('https://github.com/o/r.git/info/lfs')
      expect(await findLfsEndpoint(empty, {})).toBeUndefined()
    } finally {
      rmSync(empty, { recursive: true })
    }
  })

  it('parses a pointer and refuses what is not one', () => {
    const oid = 'a'.repeat(64)
    expect(parseLfsPointer(new TextEncoder().encode(`version https://git-lfs.github.com/spec/v1\noid sha256:${oid}\nsize 12\n`))).toEqual({ oid, size: 12 })
    expect(parseLfsPointer(new TextEncoder().encode('version 1\n'))).toBeUndefined()
  })
})
