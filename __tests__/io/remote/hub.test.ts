import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { main } from '../../../src/cli/main.js'
import { describeWithFixtures, fixture, fixtureFolders, FIXTURES_ROOT } from '../../helpers/fixtures.js'
import { HubServer } from '../../helpers/hub-server.js'

const server = new HubServer()
const saved = { HF_ENDPOINT: process.env.HF_ENDPOINT, HF_TOKEN: process.env.HF_TOKEN }

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), cwd: FIXTURES_ROOT })
  return { code, stdout, stderr }
}

beforeAll(async () => {
  await server.start()
  process.env.HF_ENDPOINT = server.url
  delete process.env.HF_TOKEN
  server.addRepo('fixtures/all', FIXTURES_ROOT)
})
afterAll(async () => {
  await server.stop()
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
})
beforeEach(() => server.reset())

describeWithFixtures('hf:// paths, read through the Hub stand-in by range requests', () => {
  const kinds = [...fixtureFolders('real').map((kind) => `real/${kind}`), ...fixtureFolders('generated').map((kind) => `generated/${kind}`)]

  it.each(kinds)('gives the report of %s byte for byte as on disk (apart from paths)', async (kind) => {
    const disk = await cli(kind, '--json', '--top', '1000')
    const remote = await cli(`hf://fixtures/all/${kind}`, '--json', '--top', '1000')
    expect(remote.stderr.replaceAll('hf://fixtures/all/', '')).toBe(disk.stderr)
    expect(remote.code).toBe(disk.code)
    const report = JSON.parse(remote.stdout.replaceAll('hf://fixtures/all/', '')) as { transfer?: { requests: number; bytes: number } }
    expect(report.transfer?.requests).toBeGreaterThan(0)
    delete report.transfer
    expect(report).toEqual(JSON.parse(disk.stdout))
  })
})

describe('hf:// paths', () => {
  beforeAll(() => {
    const header = new TextEncoder().encode(JSON.stringify({ w: { dtype: 'F32', shape: [4], data_offsets: [0, 16] } }))
    const file = new Uint8Array(8 + header.length + 16)
    new DataView(file.buffer).setBigUint64(0, BigInt(header.length), true)
    file.set(header, 8)
    server.repos.set('org/private', new Map([['model.safetensors', file]]))
    server.privateRepos.set('org/private', 'hf_secret')
    server.repos.set('org/many', new Map(Array.from({ length: 5 }, (_, i) => [`shard-${i}.safetensors`, file])))
  })

  it('sends HF_TOKEN to the hub but not to the storage it redirects to', async () => {
    process.env.HF_TOKEN = 'hf_secret'
    try {
      const run = await cli('hf://org/private@main/model.safetensors', '--json')
      expect(run.code).toBe(0)
      expect(JSON.parse(run.stdout).checkpoints[0].id).toBe('hf://org/private@main/model.safetensors')
      const storage = server.fileRequestsSeen
      expect(storage.length).toBeGreaterThan(0)
      expect(storage.every((request) => request.authorization === undefined)).toBe(true)
      expect(server.seen.filter((request) => request.url.includes('/resolve/')).every((request) => request.authorization === 'Bearer hf_secret')).toBe(true)
    } finally {
      delete process.env.HF_TOKEN
    }
  })

  it('says a private repository needs HF_TOKEN, naming the URL', async () => {
    const run = await cli('hf://org/private/model.safetensors', '--json')
    expect(run.code).toBe(2)
    expect(run.stderr).toBe(
      `error: ${server.url}/api/models/org/private/tree/main: HTTP 401, the server wants credentials. For a private or gated repository set HF_TOKEN; check the repository, revision and path.\n`
    )
  })

  it('says a missing repository or file is missing', async () => {
    expect((await cli('hf://org/nothing')).stderr).toBe(
      `error: ${server.url}/api/models/org/nothing/tree/main: HTTP 404, no such object. For a private or gated repository set HF_TOKEN; check the repository, revision and path.\n`
    )
    expect((await cli('hf://org/many/missing.safetensors')).stderr).toBe(
      'error: hf://org/many/missing.safetensors: no such file or folder in the repository. Check the repository, revision and path.\n'
    )
  })

  it('follows the tree listing page by page', async () => {
    server.pageSize = 2
    try {
      const run = await cli('hf://org/many', '--json')
      expect(JSON.parse(run.stdout).checkpoints).toHaveLength(5)
      expect(server.seen.filter((request) => request.url.includes('/tree/')).length).toBe(3)
    } finally {
      server.pageSize = 1000
    }
  })
})

describeWithFixtures('--baseline on the Hub', () => {
  it('compares with a folder of base checkpoints where it lives, ids relative to it', async () => {
    let out = ''
    const code = await main(['traffic-sign-cnn-adam', '--baseline', 'hf://fixtures/all/real/tf1', '--budget', 'total: +0%'], {
      stdout: (text) => (out += text),
      stderr: (text) => (out += text),
      cwd: fixture('real/tf1')
    })
    expect(out).toContain('traffic-sign-cnn-adam/model.ckpt             4.16 MB → 4.16 MB   0 B (0.0%)')
    expect(out).toContain('✓ traffic-sign-cnn-adam/model.ckpt: total changed by 0 B (0.0%) from 4.16 MB, within +0%')
    // The base folder's V1 checkpoint is unreadable there as on disk: an input error (exit 2).
    expect(out).toContain('error: baseline: serving-session-bundle-v1-format/export-00000-of-00001: unsupported format')
    expect(code).toBe(2)
  })
})
