/**
 * The action end to end, from the bundle: `node dist/index.js` with the environment a runner
 * gives it (INPUT_*, GITHUB_EVENT_PATH with real pull_request/push payload shapes, GITHUB_OUTPUT,
 * GITHUB_STEP_SUMMARY), against a local server playing the GitHub REST API (GITHUB_API_URL).
 *
 * Which bundle: by default the test builds src/index.ts with the same ncc command as
 * `npm run build`, into a temporary directory, so it always tests the current sources and never
 * depends on whether the committed dist/ was rebuilt (`npm test` checks that separately, after
 * jest, with scripts/check-dist.mjs, which builds the very same bytes). MSB_E2E_DIST=path runs a
 * given bundle instead (e.g. the committed dist/index.js before a release).
 *
 * The checkpoints are safetensors files built in the test, read by the real safetensors reader
 * in the bundle.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildZip } from '../../scripts/builders/zip.js'
import { buildActionBundle, runActionBundle, type ActionRun } from '../helpers/action-bundle.js'
import { pullRequestPayload, repository } from '../helpers/event-payloads.js'
import { GitHubApiServer } from '../helpers/github-api-server.js'
import { buildSafetensorsBytes } from '../../scripts/builders/safetensors.js'

const REPO = 'octo/models'
const MARKER = '<!-- model-size-budget: -->'
let scratch: string
let distIndex: string
let server: GitHubApiServer

type RunResult = ActionRun

/** Runs the bundle as the runner does: `node dist/index.js` with INPUT_* and GITHUB_* set. */
async function runAction(options: {
  workspace: string
  event: 'pull_request' | 'push'
  payload: unknown
  inputs?: Record<string, string>
}): Promise<RunResult> {
  const inputs: Record<string, string> = {
    path: '**/*.safetensors',
    budget: '',
    baseline: 'auto',
    comment: 'true',
    'comment-key': '',
    'fail-on': 'budget',
    'github-token': 'ghs_e2e_token',
    'report-path': 'model-size-report.json',
    ...options.inputs
  }
  return runActionBundle({
    bundle: distIndex,
    scratch,
    apiUrl: server.url,
    workspace: options.workspace,
    event: options.event,
    payload: options.payload,
    inputs
  })
}

const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe']
  }).trim()

const BASE_MODEL = buildSafetensorsBytes({ 'dense.weight': { dtype: 'F32', shape: [1000] } })
const HEAD_MODEL = buildSafetensorsBytes({ 'dense.weight': { dtype: 'F32', shape: [1100] }, 'dense.bias': { dtype: 'F32', shape: [100] } })

/** A checkout of a PR: the base commit has the small model, the head commit a bigger one. */
function prWorkspace(): { workspace: string; baseSha: string; headSha: string } {
  const workspace = mkdtempSync(join(scratch, 'pr-'))
  mkdirSync(join(workspace, 'exports'))
  git(workspace, 'init', '-q', '-b', 'main')
  writeFileSync(join(workspace, 'exports/model.safetensors'), BASE_MODEL)
  git(workspace, 'add', '.')
  git(workspace, 'commit', '-q', '-m', 'base')
  const baseSha = git(workspace, 'rev-parse', 'HEAD')
  writeFileSync(join(workspace, 'exports/model.safetensors'), HEAD_MODEL)
  git(workspace, 'commit', '-q', '-am', 'grow the model')
  return { workspace, baseSha, headSha: git(workspace, 'rev-parse', 'HEAD') }
}

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'msb-e2e-'))
  // The "build" script's action entry, into a temporary out-dir (see the header comment).
  distIndex = buildActionBundle(join(scratch, 'dist'))
  server = new GitHubApiServer()
  await server.start()
}, 300_000)

afterAll(async () => {
  await server?.stop()
  if (scratch) rmSync(scratch, { recursive: true, force: true })
})

describe('the action from dist/index.js', () => {
  let pr: ReturnType<typeof prWorkspace>
  let firstRun: RunResult
  let headReport: string

  beforeAll(async () => {
    pr = prWorkspace()
    firstRun = await runAction({ workspace: pr.workspace, event: 'pull_request', payload: pullRequestPayload(7, pr.baseSha, pr.headSha) })
    headReport = readFileSync(join(pr.workspace, 'model-size-report.json'), 'utf8')
  }, 60_000)

  it('creates the comment on the first run: GET /user, list comments (again after a short wait), POST the body with the marker, list once more', () => {
    expect(firstRun.code).toBe(0)
    const list = `GET /repos/${REPO}/issues/7/comments?per_page=100&page=1`
    expect(server.calls()).toEqual(['GET /user', list, list, `POST /repos/${REPO}/issues/7/comments`, list])
    expect(server.requests.every((request) => request.authorization === 'token ghs_e2e_token')).toBe(true)
    const body = (server.requests[3].body as { body: string }).body
    expect(body).toContain(MARKER)
    expect(body).toContain('exports/model.safetensors')
    expect(body).toMatch(/<!-- model-size-budget-digest:[0-9a-f]{32} -->$/)
  })

  it('compares with the checkpoints git tracks at the PR base commit', () => {
    const body = server.state.comments.get(7)![0].body
    expect(body).toContain(pr.baseSha.slice(0, 7))
    // 4,000 → 4,800 payload bytes: +800 bytes of tensors, plus the larger JSON header
    expect(body).toMatch(/\+\d/)
  })

  it('writes the outputs, the report file and the job summary', () => {
    const size = readFileSync(join(pr.workspace, 'exports/model.safetensors')).length
    expect(firstRun.outputs).toMatchObject({
      report: join(pr.workspace, 'model-size-report.json'),
      'total-bytes': String(size),
      'over-budget': 'false',
      'comment-id': String(server.state.comments.get(7)![0].id)
    })
    expect(server.state.comments.get(7)![0].body.startsWith(firstRun.outputs.markdown)).toBe(true)
    const report = JSON.parse(headReport) as { schema: number; checkpoints: { id: string; bytes: { total: number; weights: number } }[] }
    expect(report.schema).toBe(1)
    expect(report.checkpoints.map((checkpoint) => [checkpoint.id, checkpoint.bytes.total, checkpoint.bytes.weights])).toEqual([
      ['exports/model.safetensors', size, 4800]
    ])
    expect(firstRun.summary).toContain('exports/model.safetensors')
    expect(firstRun.summary).not.toContain(MARKER)
  })

  it('updates the same comment on the second run (PATCH), adding none', async () => {
    server.requests.length = 0
    const second = await runAction({ workspace: pr.workspace, event: 'pull_request', payload: pullRequestPayload(7, pr.baseSha, pr.headSha) })
    const id = server.state.comments.get(7)![0].id
    expect(second.code).toBe(0)
    expect(server.calls()).toEqual(['GET /user', `GET /repos/${REPO}/issues/7/comments?per_page=100&page=1`, `PATCH /repos/${REPO}/issues/comments/${id}`])
    expect(server.state.comments.get(7)).toHaveLength(1)
    expect(second.outputs['comment-id']).toBe(String(id))
  })

  it('ends in a warning and a passing step when the comment is refused (403, fork PR)', async () => {
    server.requests.length = 0
    server.state.createFails = { status: 403, message: 'Resource not accessible by integration' }
    try {
      const run = await runAction({ workspace: pr.workspace, event: 'pull_request', payload: pullRequestPayload(8, pr.baseSha, pr.headSha, 'fork/models') })
      expect(run.code).toBe(0)
      expect(run.stdout).toMatch(/::warning::Could not post the PR comment \(403 Resource not accessible by integration/)
      expect(run.stdout).toContain('forks')
      expect(run.outputs['comment-id']).toBe('')
      expect(run.summary).toContain('exports/model.safetensors')
      expect(server.calls().at(-1)).toBe(`POST /repos/${REPO}/issues/8/comments`)
    } finally {
      delete server.state.createFails
    }
  })

  it('fails the step over a hard limit, naming the rule and the excess', async () => {
    const run = await runAction({
      workspace: pr.workspace,
      event: 'pull_request',
      payload: pullRequestPayload(7, pr.baseSha, pr.headSha),
      inputs: { budget: 'total: 1 kB\nwarn weights: +1%' }
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/::error::Over budget:/)
    expect(run.stdout).toContain('total: 1 kB')
    expect(run.stdout).toMatch(/::warning::.*weights/)
    expect(run.outputs['over-budget']).toBe('true')
  })

  it('with fail-on: never, reports the exceeded limit as a warning and passes', async () => {
    const run = await runAction({
      workspace: pr.workspace,
      event: 'pull_request',
      payload: pullRequestPayload(7, pr.baseSha, pr.headSha),
      inputs: { budget: 'total: 1 kB', 'fail-on': 'never' }
    })
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/::warning::exports\/model\.safetensors: total is .*total: 1 kB/)
    expect(run.stdout).not.toContain('::error::')
    expect(run.outputs['over-budget']).toBe('true')
  })

  it('fails the step for a checkpoint that is a Git LFS pointer, saying to check out with lfs', async () => {
    const workspace = mkdtempSync(join(scratch, 'lfs-'))
    writeFileSync(join(workspace, 'model.safetensors'), `version https://git-lfs.github.com/spec/v1\noid sha256:${'ab'.repeat(32)}\nsize 123456\n`)
    const run = await runAction({
      workspace,
      event: 'pull_request',
      payload: pullRequestPayload(9, 'b'.repeat(40), 'c'.repeat(40)),
      inputs: { comment: 'false' }
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/::error::1 file could not be analysed:/)
    expect(run.stdout).toContain('lfs: true')
  })

  it('on push: no comment, the summary has the report, the baseline is the base branch artifact', async () => {
    server.requests.length = 0
    const workspace = mkdtempSync(join(scratch, 'push-'))
    mkdirSync(join(workspace, 'exports'))
    writeFileSync(join(workspace, 'exports/model.safetensors'), HEAD_MODEL)
    const base = JSON.parse(headReport) as { checkpoints: { bytes: Record<string, number> }[] }
    base.checkpoints[0].bytes.weights -= 800
    base.checkpoints[0].bytes.total -= 800
    const zip = buildZip([{ name: 'model-size-report.json', data: new TextEncoder().encode(JSON.stringify(base)), deflate: true }])
    // The newest run on "main" is a fork's pull request from its own branch named main: its
    // workflow is the fork's code, and its artifact must not become the baseline.
    const forged = buildZip([
      { name: 'model-size-report.json', data: new TextEncoder().encode(JSON.stringify({ ...JSON.parse(headReport), checkpoints: [] })), deflate: true }
    ])
    server.state.runs.set('main', [
      { id: 556, headRepository: 'fork/models', artifacts: [{ id: 78, name: 'model-size-report', zip: forged }] },
      { id: 555, artifacts: [{ id: 77, name: 'model-size-report', zip }] }
    ])
    const run = await runAction({
      workspace,
      event: 'push',
      payload: { ref: 'refs/heads/main', before: '0'.repeat(40), after: 'd'.repeat(40), repository, pusher: { name: 'octo' }, commits: [], head_commit: null }
    })
    expect(run.code).toBe(0)
    expect(server.calls()).toEqual([
      `GET /repos/${REPO}/actions/runs?branch=main&status=success&per_page=10`,
      `GET /repos/${REPO}/actions/runs/555/artifacts?name=model-size-report&per_page=100`,
      `GET /repos/${REPO}/actions/artifacts/77/zip`,
      'GET /blob-storage/77.zip'
    ])
    expect(run.summary).toContain('run 555')
    expect(run.summary).toContain('+800')
    expect(run.outputs['comment-id']).toBe('')
    expect(existsSync(join(workspace, 'model-size-report.json'))).toBe(true)
  })

  it('logs names from checkpoints so that a hostile one cannot issue workflow commands', async () => {
    const workspace = mkdtempSync(join(scratch, 'hostile-'))
    writeFileSync(join(workspace, 'model.safetensors'), buildSafetensorsBytes({ 'w\n::error::injected\n::add-mask::x': { dtype: 'F32', shape: [4] } }))
    server.requests.length = 0
    const run = await runAction({
      workspace,
      event: 'pull_request',
      payload: pullRequestPayload(10, 'b'.repeat(40), 'c'.repeat(40)),
      inputs: { comment: 'false', baseline: 'none' }
    })
    expect(run.code).toBe(0)
    expect(server.calls()).toEqual([]) // comment: false and baseline: none need no API at all
    const lines = run.stdout.split('\n')
    // Two defences: the table prints the name's line breaks as \x0a, so no log line starts with
    // the forged command; and the whole table is logged between stop-commands markers.
    expect(lines.filter((line) => line.startsWith('::error::') || line.startsWith('::add-mask::'))).toEqual([])
    const injected = lines.findIndex((line) => line.includes('w\\x0a::error::injected\\x0a::add-mask::x'))
    expect(injected).toBeGreaterThan(0)
    const stop = lines
      .slice(0, injected)
      .reverse()
      .find((line) => line.startsWith('::stop-commands::'))
    const token = stop?.slice('::stop-commands::'.length)
    expect(token).toMatch(/^[0-9a-f-]{36}$/)
    expect(lines.indexOf(`::${token}::`)).toBeGreaterThan(injected)
  })

  it('fails with a clear message for an invalid input', async () => {
    const run = await runAction({
      workspace: pr.workspace,
      event: 'pull_request',
      payload: pullRequestPayload(7, pr.baseSha, pr.headSha),
      inputs: { 'fail-on': 'sometimes' }
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain("::error::Input 'fail-on' is 'sometimes': expected one of 'budget', 'never'.")
  })

  it('fails naming the config file, line 7 and column of a bad rule, with the expected form, and writes nothing to the PR', async () => {
    const { workspace, baseSha, headSha } = prWorkspace()
    mkdirSync(join(workspace, '.github'))
    const config = ['# budgets for the exports', 'min-change: 1 kB', 'comment: on-change', 'budget: |', '  total: 50 MB', '  optimizer: 0 B', '  weights 20 MB']
    writeFileSync(join(workspace, '.github/model-size-budget.yml'), config.join('\n') + '\n')
    const writesBefore = server.calls().filter((call) => /^(POST|PATCH) /.test(call)).length
    const run = await runAction({ workspace, event: 'pull_request', payload: pullRequestPayload(70, baseSha, headSha) })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(
      "::error::.github/model-size-budget.yml:7:3: 'weights 20 MB': no ':' between the category and the limit. Expected [warn] [GLOB:] CATEGORY: LIMIT"
    )
    expect(server.calls().filter((call) => /^(POST|PATCH) /.test(call)).length).toBe(writesBefore)
  })
})

describe('drift in a pull request run: a release tag as the baseline, and a cumulative rule', () => {
  const RELEASE_WEIGHTS = 10_000
  /** A checkout whose v1.0 tracks a model of RELEASE_WEIGHTS bytes of weights. */
  function releasedWorkspace(): string {
    const workspace = mkdtempSync(join(scratch, 'drift-'))
    mkdirSync(join(workspace, 'exports'))
    git(workspace, 'init', '-q', '-b', 'main')
    writeModel(workspace, RELEASE_WEIGHTS)
    git(workspace, 'add', '.')
    git(workspace, 'commit', '-q', '-m', 'release')
    git(workspace, 'tag', 'v1.0')
    return workspace
  }
  const writeModel = (workspace: string, weights: number): void =>
    writeFileSync(join(workspace, 'exports/model.safetensors'), buildSafetensorsBytes({ 'dense.weight': { dtype: 'F32', shape: [weights / 4] } }))
  /** The step's errors and warnings. */
  const changes = (run: RunResult): string[] => run.stdout.split('\n').filter((line) => line.startsWith('::error::') || line.startsWith('::warning::'))

  it('lets ten PRs of +1% of the release through and fails the eleventh, each within its per-PR limit', async () => {
    const workspace = releasedWorkspace()
    const codes: (number | null)[] = []
    let last: RunResult | undefined
    for (let pr = 1; pr <= 11; pr++) {
      const baseSha = git(workspace, 'rev-parse', 'HEAD')
      writeModel(workspace, RELEASE_WEIGHTS + pr * 100)
      git(workspace, 'commit', '-q', '-am', `PR ${pr}`)
      last = await runAction({
        workspace,
        event: 'pull_request',
        payload: pullRequestPayload(100 + pr, baseSha, git(workspace, 'rev-parse', 'HEAD')),
        inputs: { budget: 'weights: +2%\nweights: +10% since v1.0' }
      })
      codes.push(last.code)
    }
    expect(codes).toEqual([...Array(10).fill(0), 1])
    const tag = git(workspace, 'rev-parse', '--short=7', 'v1.0')
    expect(changes(last!)).toEqual([
      `::error::Over budget:%0A  exports/model.safetensors: weights grew by +1.10 kB (+11.0%25) since v1.0 (${tag}) from 10.0 kB, 100 B over the limit of +10%25 since v1.0 (budget line 2: weights: +10%25 since v1.0)`
    ])
    // The eleventh is within its own per-PR limit: the cumulative rule alone fails it.
    const comment = server.state.comments.get(111)![0].body.replace(/\u00a0/g, ' ')
    expect(comment).toContain('| weights | 11.0 kB | 11.1 kB | +100 B | +0.9% | <code>&#43;2%</code>, <code>&#43;10% since v1.0</code> | ❌ |')
    expect(comment).toContain(
      '| <code>exports/model.safetensors</code> | 11.1 kB → 11.2 kB | +100 B | +0.9% | weights +100 B | ❌ 100 B over <code>weights&#58; +10% since v1.0</code> |'
    )
  }, 240_000)

  it('compares the whole comment with a tag (baseline: ref:v1.0), and warns, never fails, on a since rule whose ref is not there', async () => {
    const workspace = releasedWorkspace()
    writeModel(workspace, RELEASE_WEIGHTS * 1.2)
    git(workspace, 'commit', '-q', '-am', 'grow')
    const payload = pullRequestPayload(120, git(workspace, 'rev-parse', 'HEAD~1'), git(workspace, 'rev-parse', 'HEAD'))
    const tagged = await runAction({ workspace, event: 'pull_request', payload, inputs: { baseline: 'ref:v1.0', budget: 'weights: +5%' } })
    expect(tagged.code).toBe(1)
    expect(changes(tagged)[0]).toContain('exports/model.safetensors: weights grew by +2.00 kB (+20.0%25) from 10.0 kB, 1.50 kB over the limit of +5%25')
    expect(server.state.comments.get(120)![0].body).toContain('v1.0')

    const missing = await runAction({ workspace, event: 'pull_request', payload, inputs: { budget: 'weights: +10% since v9.9' } })
    expect(missing.code).toBe(0)
    expect(changes(missing)).toEqual([
      expect.stringMatching(
        /^::warning::Budget line 1 \("weights: \+10%25 since v9\.9"\) was not checked\. The git ref v9\.9 could not be read \(.*\)\. .*fetch/i
      )
    ])
  }, 120_000)
})
