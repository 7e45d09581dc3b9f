import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, sep } from 'node:path'
import S3rver from 's3rver'
import { main } from '../../../src/cli/main.js'
import { describeWithFixtures, FIXTURES_ROOT } from '../../helpers/fixtures.js'

const KINDS = ['real/tf1', 'real/safetensors', 'real/pytorch', 'generated/gguf', 'generated/transformers']
const ENV = ['AWS_ENDPOINT_URL_S3', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_REGION'] as const
const saved = Object.fromEntries(ENV.map((name) => [name, process.env[name]]))
let server: S3rver
let directory: string

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), cwd: FIXTURES_ROOT })
  return { code, stdout, stderr }
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? listFiles(join(dir, name)) : [join(dir, name)]))
}

describeWithFixtures('s3:// paths, against a local S3 server (s3rver) with the AWS SDK', () => {
  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'msb-s3rver-'))
    server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: 'models', configs: [] }] })
    const { port } = await server.run()
    // s3rver's own credentials; the SDK's default chain reads them from the environment.
    Object.assign(process.env, {
      AWS_ENDPOINT_URL_S3: `http://127.0.0.1:${port}`,
      AWS_ACCESS_KEY_ID: 'S3RVER',
      AWS_SECRET_ACCESS_KEY: 'S3RVER',
      AWS_REGION: 'us-east-1'
    })
    const client = new S3Client({ endpoint: process.env.AWS_ENDPOINT_URL_S3, forcePathStyle: true, region: 'us-east-1' })
    for (const kind of KINDS) {
      for (const path of listFiles(join(FIXTURES_ROOT, kind))) {
        const key = relative(FIXTURES_ROOT, path).split(sep).join('/')
        await client.send(new PutObjectCommand({ Bucket: 'models', Key: key, Body: readFileSync(path) }))
      }
    }
    client.destroy()
  }, 60_000)
  afterAll(async () => {
    await server.close()
    rmSync(directory, { recursive: true, force: true })
    for (const name of ENV) {
      if (saved[name] === undefined) delete process.env[name]
      else process.env[name] = saved[name]
    }
  })

  it.each(KINDS)('gives the report of %s byte for byte as on disk (apart from paths)', async (kind) => {
    const disk = await cli(kind, '--json', '--top', '1000')
    const remote = await cli(`s3://models/${kind}/`, '--json', '--top', '1000')
    expect(remote.stderr.replaceAll('s3://models/', '')).toBe(disk.stderr)
    const report = JSON.parse(remote.stdout.replaceAll('s3://models/', ''))
    expect(report.transfer.requests).toBeGreaterThan(0)
    delete report.transfer
    expect(report).toEqual(JSON.parse(disk.stdout))
  })

  it('reads one object named by its key, finding its companions in its folder', async () => {
    const run = await cli('s3://models/real/tf1/traffic-sign-cnn-adam/model.ckpt.index', '--json')
    expect(run.stderr).toBe('')
    const [checkpoint] = JSON.parse(run.stdout).checkpoints
    expect(checkpoint.files.map((file: { path: string }) => file.path)).toContain('s3://models/real/tf1/traffic-sign-cnn-adam/model.ckpt.data-00000-of-00001')
  })

  it('says a missing key or bucket is missing', async () => {
    expect((await cli('s3://models/nothing/here')).stderr).toBe(
      'error: s3://models/nothing/here: no object and no folder at this key. Check the bucket and the key.\n'
    )
    expect((await cli('s3://no-such-bucket/x')).stderr).toBe(
      'error: s3://no-such-bucket/x: HTTP 404, no such object. No such bucket: check its name and AWS_REGION.\n'
    )
  })

  it('says when the credentials are refused, without showing them', async () => {
    process.env.AWS_ACCESS_KEY_ID = 'AKIAUNKNOWN'
    process.env.AWS_SECRET_ACCESS_KEY = 'wrong-secret'
    try {
      const run = await cli('s3://models/real/tf1')
      expect(run.stderr).toBe(
        'error: s3://models/real/tf1: HTTP 403, access denied. The AWS credentials in the environment may not list or read this bucket (s3:ListBucket, s3:GetObject).\n'
      )
      expect(run.stderr).not.toContain('wrong-secret')
    } finally {
      process.env.AWS_ACCESS_KEY_ID = 'S3RVER'
      process.env.AWS_SECRET_ACCESS_KEY = 'S3RVER'
    }
  })
})
