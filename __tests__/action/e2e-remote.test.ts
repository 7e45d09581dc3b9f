/**
 * The action end to end with remote `path` lines: the bundle (`node dist/index.js`, built as in
 * e2e.test.ts, or MSB_E2E_DIST) reads an `hf://` checkpoint through a Hugging Face Hub stand-in
 * (HF_ENDPOINT) and an `https://` one from the same stand-in's storage, by range requests. The
 * checkpoints are real fixtures' bytes, served from memory; the same files read on disk by the CLI
 * are the expected report.
 */
import { afterAll, beforeAll, beforeEach, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Report } from '../../src/core/types.js'
import { buildActionBundle, runActionBundle, type ActionRun } from '../helpers/action-bundle.js'
import { repository } from '../helpers/event-payloads.js'
import { describeWithFixtures, fixture, FIXTURES_ROOT } from '../helpers/fixtures.js'
import { GitHubApiServer } from '../helpers/github-api-server.js'
import { HubServer } from '../helpers/hub-server.js'
import { runCli } from '../helpers/run-cli.js'

/** 406,688 bytes: the 160-byte header is in the first 64 KiB block, so the rest is never fetched. */
const SAFETENSORS = 'real/safetensors/mnist-mlp-tinygrad'
/** 23,892 bytes, under two blocks: read whole by its first request. A zip of pickles, weights and Adam moments. */
const TRAINER = 'real/pytorch/sorbnetx-whole-pickled-trainer-adam-scheduler/sorbnetx.pt'

const HF_PATH = 'hf://tinygrad/mnist-mlp@v1/model.safetensors'

let scratch: string
let distIndex: string
const github = new GitHubApiServer()
const hub = new HubServer()

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'msb-e2e-remote-'))
  distIndex = buildActionBundle(join(scratch, 'dist'))
  await Promise.all([github.start(), hub.start()])
  if (statSync(FIXTURES_ROOT, { throwIfNoEntry: false })) {
    hub.addRepo('tinygrad/mnist-mlp', fixture(SAFETENSORS))
    hub.files.set('sorbnetx.pt', readFileSync(fixture(TRAINER)))
  }
}, 300_000)

afterAll(async () => {
  await Promise.all([github.stop(), hub.stop()])
  if (scratch) rmSync(scratch, { recursive: true, force: true })
})

beforeEach(() => hub.reset())

/** A push run (no comment, no baseline: no GitHub API) of an empty workspace with these `path` lines. */
async function runAction(path: string, inputs: Record<string, string> = {}): Promise<ActionRun & { report?: Report }> {
  const workspace = mkdtempSync(join(scratch, 'ws-'))
  const run = await runActionBundle({
    bundle: distIndex,
    scratch,
    apiUrl: github.url,
    workspace,
    event: 'push',
    payload: { ref: 'refs/heads/main', before: '0'.repeat(40), after: 'd'.repeat(40), repository, pusher: { name: 'octo' }, commits: [], head_commit: null },
    inputs: {
      path,
      budget: '',
      baseline: 'none',
      comment: 'false',
      'fail-on': 'budget',
      'github-token': 'ghs_e2e_token',
      'report-path': 'model-size-report.json',
      ...inputs
    },
    env: { HF_ENDPOINT: hub.url }
  })
  const reportFile = join(workspace, 'model-size-report.json')
  return { ...run, ...(statSync(reportFile, { throwIfNoEntry: false }) ? { report: JSON.parse(readFileSync(reportFile, 'utf8')) as Report } : {}) }
}

/** The CLI's report of a fixture file read on disk. */
async function diskReport(path: string): Promise<Report> {
  const run = await runCli(FIXTURES_ROOT, [path, '--json'])
  expect(run.code).toBe(0)
  return JSON.parse(run.stdout) as Report
}

describeWithFixtures('the action from dist/index.js with remote path lines', () => {
  it('measures an hf:// and an https:// checkpoint by range requests, bytes per category as on disk', async () => {
    const run = await runAction(`${HF_PATH}\n${hub.url}/files/sorbnetx.pt`)
    expect(run.code).toBe(0)
    const [safetensors, trainer] = [await diskReport(`${SAFETENSORS}/model.safetensors`), await diskReport(TRAINER)]
    // Sorted by id: hf:// before http://.
    expect(run.report!.checkpoints.map((checkpoint) => [checkpoint.id, checkpoint.format, checkpoint.bytes])).toEqual([
      [HF_PATH, 'safetensors', safetensors.checkpoints[0].bytes],
      [`${hub.url}/files/sorbnetx.pt`, 'pytorch', trainer.checkpoints[0].bytes]
    ])
    // The disk figures themselves (fixtures-before.jsonl): a test of equality alone passes on two wrong readings.
    expect(safetensors.checkpoints[0].bytes).toEqual({
      total: 406688,
      weights: 406528,
      optimizer: 0,
      buffers: 0,
      bookkeeping: 0,
      metadata: 160,
      unclassified: 0
    })
    expect(trainer.checkpoints[0].bytes).toEqual({ total: 23892, weights: 2432, optimizer: 4864, buffers: 0, bookkeeping: 0, metadata: 16596, unclassified: 0 })
    expect(run.outputs['total-bytes']).toBe(String(406688 + 23892))
    expect(github.requests).toEqual([]) // the remote reads go to the stores, never through the GitHub API
  })

  it("reports in `transfer` the requests and body bytes the servers saw, the safetensors header's block and not its payload", async () => {
    const run = await runAction(HF_PATH)
    expect(run.code).toBe(0)
    // The tree listing, the resolve URL and its redirect to storage: every one counted.
    expect(hub.seen.map((request) => request.url.replace(/\?.*/, ''))).toEqual([
      '/api/models/tinygrad/mnist-mlp/tree/v1',
      '/tinygrad/mnist-mlp/resolve/v1/model.safetensors',
      `/files/${encodeURIComponent('hf/tinygrad/mnist-mlp/model.safetensors')}`
    ])
    expect(hub.fileRequestsSeen.map((request) => request.range)).toEqual(['bytes=0-65535'])
    expect(run.report!.transfer).toEqual({ requests: hub.seen.length, bytes: hub.seen.reduce((sum, request) => sum + request.bodyBytes, 0) })
    expect(run.report!.transfer!.bytes).toBeLessThan(65536 + 1024)
  })

  it('fails the step naming the file when the storage ignores Range, and reads it whole with allow-download: true', async () => {
    hub.faults = { ignoreRange: true }
    const refused = await runAction(HF_PATH)
    expect(refused.code).toBe(1)
    // Named by its resolve URL on the hub, not the storage URL it redirects to (whose query is its signature).
    expect(refused.stdout).toMatch(/::error::1 file could not be analysed:/)
    expect(refused.stdout).toContain(
      `${hub.url}/tinygrad/mnist-mlp/resolve/v1/model.safetensors: the server ignores range requests and answered with the whole file (406688 bytes). Pass --allow-download (input allow-download: true) to read such files whole.`
    )

    hub.reset()
    hub.faults = { ignoreRange: true }
    const allowed = await runAction(HF_PATH, { 'allow-download': 'true' })
    expect(allowed.code).toBe(0)
    expect(allowed.report!.checkpoints[0].bytes).toEqual((await diskReport(`${SAFETENSORS}/model.safetensors`)).checkpoints[0].bytes)
    // The whole file came over the wire, and `transfer` says so.
    expect(allowed.report!.transfer).toEqual({ requests: hub.seen.length, bytes: hub.seen.reduce((sum, request) => sum + request.bodyBytes, 0) })
    expect(allowed.report!.transfer!.bytes).toBeGreaterThanOrEqual(406688)
  })
})
