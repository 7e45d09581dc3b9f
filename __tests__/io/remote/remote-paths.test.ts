import { afterAll, beforeAll, beforeEach, expect, it } from '@jest/globals'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { main } from '../../../src/cli/main.js'
import { describeWithFixtures, fixture, FIXTURES_ROOT } from '../../helpers/fixtures.js'
import { HubServer } from '../../helpers/hub-server.js'

const server = new HubServer()
const saved = process.env.STORAGE_EMULATOR_HOST
const SAFETENSORS = 'real/safetensors/tiny-mlp-with-metadata'

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), cwd: FIXTURES_ROOT })
  return { code, stdout, stderr }
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? listFiles(join(dir, name)) : [join(dir, name)]))
}

function safetensorsFile(): string {
  return readdirSync(fixture(SAFETENSORS)).find((name) => name.endsWith('.safetensors'))!
}

describeWithFixtures('gs:// and https:// paths', () => {
  beforeAll(async () => {
    await server.start()
    process.env.STORAGE_EMULATOR_HOST = server.url
    const bucket = new Map<string, Uint8Array>()
    for (const kind of ['real/tf2', 'real/onnx']) {
      for (const path of listFiles(fixture(kind))) bucket.set(relative(FIXTURES_ROOT, path).split(sep).join('/'), readFileSync(path))
    }
    server.buckets.set('models', bucket)
    server.files.set('model.safetensors', readFileSync(join(fixture(SAFETENSORS), safetensorsFile())))
  })
  afterAll(async () => {
    await server.stop()
    if (saved === undefined) delete process.env.STORAGE_EMULATOR_HOST
    else process.env.STORAGE_EMULATOR_HOST = saved
  })
  beforeEach(() => server.reset())

  it.each(['real/tf2', 'real/onnx'])('gives the report of gs://…/%s byte for byte as on disk (apart from paths)', async (kind) => {
    const disk = await cli(kind, '--json', '--top', '1000')
    const remote = await cli(`gs://models/${kind}`, '--json', '--top', '1000')
    expect(remote.stderr.replaceAll('gs://models/', '')).toBe(disk.stderr)
    const report = JSON.parse(remote.stdout.replaceAll('gs://models/', ''))
    delete report.transfer
    expect(report).toEqual(JSON.parse(disk.stdout))
  })

  it('says a missing bucket is missing, naming the URL', async () => {
    const run = await cli('gs://nothing/x')
    expect(run.stderr).toBe(
      `error: ${server.url}/storage/v1/b/nothing/o: HTTP 404, no such object. Set application-default credentials (GOOGLE_APPLICATION_CREDENTIALS, or google-github-actions/auth in a workflow) that may read the bucket.\n`
    )
  })

  it('reads an https:// file by ranges, showing its URL without the query string, beside a local path', async () => {
    const disk = await cli(join(SAFETENSORS, safetensorsFile()), '--json')
    const run = await cli(`${server.url}/files/model.safetensors?token=secret`, 'real/tf2', '--json')
    expect(run.stderr).toBe('')
    expect(run.stdout).not.toContain('secret')
    const report = JSON.parse(run.stdout)
    const remote = report.checkpoints.find((checkpoint: { id: string }) => checkpoint.id === `${server.url}/files/model.safetensors`)
    expect(remote.bytes).toEqual(JSON.parse(disk.stdout).checkpoints[0].bytes)
    expect(report.checkpoints.length).toBeGreaterThan(1)
    expect(server.fileRequestsSeen.every((request) => request.url.endsWith('?token=secret'))).toBe(true)
    expect(report.transfer.requests).toBe(server.fileRequestsSeen.length)
    expect(report.transfer.bytes).toBeLessThanOrEqual(remote.bytes.total)
  })

  it('refuses a server without range support, unless --allow-download', async () => {
    server.faults = { ignoreRange: true }
    const refused = await cli(`${server.url}/files/model.safetensors`)
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain(`${server.url}/files/model.safetensors: the server ignores range requests and answered with the whole file`)
    const allowed = await cli(`${server.url}/files/model.safetensors`, '--allow-download', '--json')
    expect(allowed.code).toBe(0)
  })

  it('says a file that is not there is missing', async () => {
    const run = await cli(`${server.url}/files/nothing.safetensors`)
    expect(run.stderr).toContain(`${server.url}/files/nothing.safetensors: HTTP 404, no such object.`)
  })
})
