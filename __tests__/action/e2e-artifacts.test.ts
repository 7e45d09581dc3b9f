/**
 * The action's artifact modes end to end, from the bundle, against the local GitHub stand-in with
 * the artifact backend that `@actions/artifact` really talks to (Twirp ArtifactService, the blob
 * upload, the REST listing and zip download for other runs):
 * - `upload-report: true`: the report and the HTML report uploaded, linked from comment and summary;
 * - a 3-leg matrix merged by `mode: merge` into one comment, and the same with one leg failed;
 * - the fork pair: `mode: report` on a fork's pull_request run, `mode: comment` on workflow_run;
 * - the README's quick start, its `with:` inputs taken verbatim from the README.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { buildActionBundle, runActionBundle, type ActionRun } from '../helpers/action-bundle.js'
import { inputDefaults } from '../helpers/action-yml.js'
import { ArtifactService } from '../helpers/artifact-service.js'
import { pullRequestPayload, pushPayload, workflowRunPayload } from '../helpers/event-payloads.js'
import { PROJECT_ROOT } from '../helpers/fixtures.js'
import { GitHubApiServer } from '../helpers/github-api-server.js'
import { buildSafetensorsBytes } from '../../scripts/builders/safetensors.js'

const TOKEN = 'ghs_e2e_token'
let scratch: string
let bundle: string
let server: GitHubApiServer

/** One step of a job of run `runId`, with every input's action.yml default unless given. */
async function step(options: {
  runId: number
  job?: string
  workspace: string
  event: string
  payload: unknown
  inputs: Record<string, string>
}): Promise<ActionRun> {
  return runActionBundle({
    bundle,
    scratch,
    apiUrl: server.url,
    workspace: options.workspace,
    event: options.event,
    payload: options.payload,
    inputs: { ...inputDefaults(TOKEN), ...options.inputs },
    env: {
      GITHUB_RUN_ID: String(options.runId),
      ACTIONS_RESULTS_URL: `${server.url}/`,
      ACTIONS_RUNTIME_TOKEN: ArtifactService.runtimeToken(options.runId, options.job)
    }
  })
}

/** A workspace with safetensors files of `elements` float32s each, under `exports/`. */
function workspaceWith(models: Record<string, number>): string {
  const workspace = mkdtempSync(join(scratch, 'ws-'))
  for (const [path, elements] of Object.entries(models)) {
    mkdirSync(join(workspace, path, '..'), { recursive: true })
    writeFileSync(join(workspace, path), buildSafetensorsBytes({ 'dense.weight': { dtype: 'F32', shape: [elements] } }))
  }
  return workspace
}

/** Makes the workspace a git checkout of one commit (all its files), tagged v1.0. */
function tagV1(workspace: string): string {
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=ci', '-c', 'user.email=ci@example.com', ...args], { cwd: workspace, stdio: 'ignore' })
  git('init', '-q')
  git('add', '.')
  git('commit', '-qm', 'release 1.0')
  git('tag', 'v1.0')
  return workspace
}

/** The calls to the comment endpoints that write. */
const writes = (): string[] => server.calls().filter((call) => /^(POST|PATCH|DELETE) \/repos\//.test(call))

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'msb-e2e-artifacts-'))
  bundle = buildActionBundle(join(scratch, 'dist'))
  server = new GitHubApiServer()
  await server.start()
}, 300_000)

afterAll(async () => {
  await server?.stop()
  if (scratch) rmSync(scratch, { recursive: true, force: true })
})

describe('upload-report: true', () => {
  let run: ActionRun
  let workspace: string

  beforeAll(async () => {
    workspace = workspaceWith({ 'exports/model.safetensors': 1000 })
    run = await step({
      runId: 3001,
      workspace,
      event: 'pull_request',
      payload: pullRequestPayload(21, 'b'.repeat(40), 'c'.repeat(40)),
      inputs: { 'upload-report': 'true', baseline: 'none' }
    })
  }, 60_000)

  it('uploads the report JSON and the HTML report through the artifact backend, and names the artifact in the outputs', () => {
    expect(run.code).toBe(0)
    const [artifact] = server.artifacts.ofRun(3001)
    expect(artifact.name).toBe('model-size-report')
    expect(run.outputs['report-artifact-id']).toBe(String(artifact.id))
    expect(run.outputs['report-artifact-url']).toBe(`https://github.com/octo/models/actions/runs/3001/artifacts/${artifact.id}`)
    const calls = server.calls().filter((call) => call.includes('/twirp/') || call.includes('/upload-blob/'))
    expect(calls.map((call) => call.replace(/\?.*/, ''))).toEqual([
      'POST /twirp/github.actions.results.api.v1.ArtifactService/CreateArtifact',
      `PUT /upload-blob/account/artifacts/${artifact.id}.zip`,
      `PUT /upload-blob/account/artifacts/${artifact.id}.zip`,
      'POST /twirp/github.actions.results.api.v1.ArtifactService/FinalizeArtifact'
    ])
  })

  it('writes the HTML report next to the report file, self-contained', () => {
    const html = readFileSync(join(workspace, 'model-size-report.html'), 'utf8')
    expect(html.startsWith('<!doctype html>')).toBe(true)
    expect(html).toContain('exports/model.safetensors')
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=/)
  })

  it('links the HTML report from the comment (footer and details) and from the job summary', () => {
    const url = run.outputs['report-artifact-url']
    const body = server.state.comments.get(21)![0].body
    expect(body).toContain(`[HTML report: every tensor as a treemap](${url})`)
    expect(body).toContain(`[the HTML report](${url})`)
    expect(run.summary).toContain(url)
  })
})

describe('history: true (drift over time)', () => {
  const workspaces = new Map<number, string>()
  const push = (runId: number, commit: string, elements: number): Promise<ActionRun> =>
    step({
      runId,
      workspace: workspaces.set(runId, workspaceWith({ 'exports/model.safetensors': elements })).get(runId)!,
      event: 'push',
      payload: pushPayload('main', '0'.repeat(40), commit.repeat(40), `2026-12-${String(runId % 100).padStart(2, '0')}T12:00:00Z`),
      inputs: { history: 'true', baseline: 'none' }
    })

  it("appends each push to main to the history artifact, and a PR's comment charts the trend of its changed checkpoint", async () => {
    expect((await push(7101, 'a', 1000)).code).toBe(0)
    server.state.runs.set('main', [{ id: 7101, artifacts: [] }])
    const second = await push(7102, 'b', 1100)
    // A history that cannot be read or written is only a warning: show it if there is one.
    expect(second.stdout.split('\n').filter((line) => line.startsWith('::warning::'))).toEqual([])
    expect(second.code).toBe(0)
    expect(server.artifacts.ofRun(7102).map((artifact) => artifact.name)).toEqual(['model-size-history'])
    server.state.runs.set('main', [
      { id: 7102, artifacts: [] },
      { id: 7101, artifacts: [] }
    ])

    // The PR compares with the last push's report (what the artifact baseline would give it).
    const workspace = workspaceWith({ 'exports/model.safetensors': 1300 })
    writeFileSync(join(workspace, 'base.json'), readFileSync(join(workspaces.get(7102)!, 'model-size-report.json')))
    const run = await step({
      runId: 7103,
      workspace,
      event: 'pull_request',
      payload: pullRequestPayload(61, 'b'.repeat(40), 'c'.repeat(40)),
      inputs: { history: 'true', baseline: 'base.json' }
    })
    expect(run.code).toBe(0)
    const body = server.state.comments.get(61)![0].body
    expect(body).toContain('xychart-beta')
    const chart = /```mermaid\n(xychart-beta[\s\S]*?)```/.exec(body)
    // The two pushes' totals (1000 and 1100 float32s + the 8-byte length and header), then this PR's.
    expect(chart![1]).toMatch(/x-axis \[[^\]]*"aaaaaaa"[^\]]*"bbbbbbb"[^\]]*\]/)
    expect(server.artifacts.ofRun(7103)).toEqual([])
  }, 120_000)
})

describe('mode: merge (a matrix posts one comment)', () => {
  const KEYS = ['android', 'ios', 'linux']
  const leg = async (runId: number, key: string, elements: number): Promise<ActionRun> =>
    step({
      runId,
      job: `job-size-${key}`,
      workspace: workspaceWith({ 'exports/model.safetensors': elements, [`exports/${key}-only.safetensors`]: 10 }),
      event: 'pull_request',
      payload: pullRequestPayload(31, 'b'.repeat(40), 'c'.repeat(40)),
      inputs: { comment: 'false', 'comment-key': key, 'upload-report': 'true', baseline: 'none' }
    })

  it('merges the reports of 3 legs into one comment with a section per key, prefixing only the ids they share', async () => {
    server.requests.length = 0
    for (const [index, key] of KEYS.entries()) expect((await leg(5001, key, 100 * (index + 1))).code).toBe(0)
    expect(writes()).toEqual([])
    server.requests.length = 0
    const merge = await step({
      runId: 5001,
      job: 'job-comment',
      workspace: mkdtempSync(join(scratch, 'merge-')),
      event: 'pull_request',
      payload: pullRequestPayload(31, 'b'.repeat(40), 'c'.repeat(40)),
      inputs: { mode: 'merge', 'expect-keys': KEYS.join(', '), budget: 'total: 1 MB' }
    })
    expect(merge.code).toBe(0)
    // Listed and downloaded through the artifact backend of the current run.
    expect(server.calls().filter((call) => call.endsWith('/ListArtifacts')).length).toBeGreaterThanOrEqual(4)
    expect(server.calls().filter((call) => call.startsWith('GET /blob-storage/'))).toHaveLength(3)
    const comments = server.state.comments.get(31)!
    expect(comments).toHaveLength(1)
    const body = comments[0].body
    expect(body).toMatch(/^### ✅ Model size: .* in 6 checkpoints; 3 of 3 reports/)
    for (const key of KEYS) {
      expect(body).toContain(`#### ✅ Model size (${key}):`)
      expect(body).toContain(`${key}/exports/model.safetensors`)
      expect(body).toContain(`exports/${key}-only.safetensors`)
      expect(body).not.toContain(`${key}/exports/${key}-only.safetensors`)
    }
    expect(body.match(/<!-- model-size-budget:[^>]*-->/g)).toEqual(['<!-- model-size-budget: -->'])
    const report = JSON.parse(readFileSync(merge.outputs.report, 'utf8')) as { checkpoints: { id: string }[] }
    expect(report.checkpoints.map((checkpoint) => checkpoint.id).sort()).toEqual(
      ['android-only', 'ios-only', 'linux-only']
        .map((name) => `exports/${name}.safetensors`)
        .concat(KEYS.map((key) => `${key}/exports/model.safetensors`))
        .sort()
    )
  }, 120_000)

  it("names a leg that failed before uploading, from the run's jobs, and fails the merge step", async () => {
    for (const key of ['ios', 'linux']) expect((await leg(5002, key, 100)).code).toBe(0)
    server.state.jobs.set(5002, [
      { name: 'size (android)', status: 'completed', conclusion: 'failure' },
      { name: 'size (ios)', status: 'completed', conclusion: 'success' },
      { name: 'size (linux)', status: 'completed', conclusion: 'success' },
      { name: 'comment', status: 'in_progress', conclusion: null }
    ])
    const merge = await step({
      runId: 5002,
      workspace: mkdtempSync(join(scratch, 'merge-')),
      event: 'pull_request',
      payload: pullRequestPayload(32, 'b'.repeat(40), 'c'.repeat(40)),
      inputs: { mode: 'merge' }
    })
    expect(merge.code).toBe(1)
    expect(server.calls()).toContain('GET /repos/octo/models/actions/runs/5002/jobs?per_page=100')
    expect(merge.stdout).toMatch(/::error::Reports missing from the merge:%0A {2}The report of leg "android" is missing: job "size \(android\)" failed\./)
    const body = server.state.comments.get(32)![0].body
    expect(body).toMatch(/^### ❌ Model size: .*; 2 of 3 reports: <code>android<\/code> missing \(job &quot;size \(android\)&quot; failed\)/)
    expect(body).toContain('#### ✅ Model size (ios):')
  }, 120_000)
})

describe('mode: merge with a config file: each leg its keys section, drift since a tag', () => {
  const CONFIG = '.github/model-size-budget.yml'
  const legs = async (runId: number, number: number, elements: Record<string, number>): Promise<void> => {
    for (const [key, count] of Object.entries(elements)) {
      const run = await step({
        runId,
        job: `job-size-${key}`,
        workspace: workspaceWith({ 'exports/model.safetensors': count, [`exports/${key}-only.safetensors`]: 10 }),
        event: 'pull_request',
        payload: pullRequestPayload(number, 'b'.repeat(40), 'c'.repeat(40)),
        inputs: { comment: 'false', 'comment-key': key, 'upload-report': 'true', baseline: 'none', 'fail-on': 'never' }
      })
      expect(run.code).toBe(0)
    }
  }
  /** The merge job's workspace: the config file, and a git checkout with tag v1.0 when `tagged` gives its files. */
  const mergeWorkspace = (config: string, tagged?: Record<string, number>): string => {
    const workspace = tagged ? workspaceWith(tagged) : mkdtempSync(join(scratch, 'merge-'))
    mkdirSync(join(workspace, '.github'), { recursive: true })
    writeFileSync(join(workspace, CONFIG), config)
    return tagged ? tagV1(workspace) : workspace
  }
  const merge = (runId: number, number: number, workspace: string): Promise<ActionRun> =>
    step({ runId, workspace, event: 'pull_request', payload: pullRequestPayload(number, 'b'.repeat(40), 'c'.repeat(40)), inputs: { mode: 'merge' } })

  /** The comment's text with sizes' no-break spaces as spaces. */
  const commentOf = (number: number): string => server.state.comments.get(number)![0].body.replace(/\u00a0/g, ' ')
  /** The comment's section of one leg, from its `####` heading to the next. */
  const section = (body: string, key: string): string => body.split('\n#### ').find((part) => new RegExp(`^\\S+ Model size \\(${key}\\)`).test(part))!

  it("fails android's checkpoint on its keys.android budget, which the top-level budget passes, and the android section says so", async () => {
    await legs(5101, 33, { android: 1000, ios: 1000 })
    const workspace = mergeWorkspace('budget:\n  - "total: 1 MB"\nkeys:\n  android:\n    budgets:\n      exports/model.safetensors: "total: 2 kB"\n')
    const run = await merge(5101, 33, workspace)
    expect(run.code).toBe(1)
    expect(run.outputs['over-budget']).toBe('true')
    // The glob is android's own id; the merge named the checkpoint android/exports/model.safetensors (ios has one too).
    expect(run.stdout).toContain(
      `::error::Over budget:%0A  android/exports/model.safetensors: total is 4.08 kB, 2.08 kB over the limit of 2 kB (${CONFIG}:6:34: total: 2 kB)\n`
    )
    const body = commentOf(33)
    expect(body).toMatch(/^### ❌ Model size: <code>android<\/code> failed; 2 of 2 reports\n/)
    const android = section(body, 'android')
    expect(android).toMatch(
      /^❌ Model size \(android\): total 4\.08 kB in <code>android\/exports\/model\.safetensors<\/code>, 2\.08 kB over <code>total&#58; 2 kB<\/code>/
    )
    expect(android).toContain('| <code>android/exports/model.safetensors</code> | 4.08 kB | weights 4.00 kB | ❌ 2.08 kB over <code>total&#58; 2 kB</code> |')
    // ios's copy of the same file is as large: the top-level 1 MB judges it, android's 2 kB does not.
    const ios = section(body, 'ios')
    expect(ios).toMatch(/^✅ Model size \(ios\): 4\.20 kB in 2 checkpoints, within budget/)
    expect(ios).toContain('| <code>ios/exports/model.safetensors</code> | 4.08 kB | weights 4.00 kB | ✅ <code>total&#58; 1 MB</code> |')
    expect(ios).not.toContain('2 kB')
  }, 120_000)

  it("checks a since rule over the merged report, by each leg's own id, where the merge job has a git checkout with the tag", async () => {
    await legs(5102, 34, { android: 1200, ios: 1000 })
    // v1.0 tracks exports/model.safetensors of 1,000 float32s (4.08 kB); android's is now 1,200 (+19.6%).
    const workspace = mergeWorkspace('budget:\n  - "total: +10% since v1.0"\n', { 'exports/model.safetensors': 1000 })
    const sha = () => execFileSync('git', ['rev-parse', '--short=7', 'v1.0'], { cwd: workspace, encoding: 'utf8' }).trim()
    const run = await merge(5102, 34, workspace)
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(
      `::error::Over budget:%0A  android/exports/model.safetensors: total grew by +800 B (+19.6%25) since v1.0 (${sha()}) from 4.08 kB, 392 B over the limit of +10%25 since v1.0 (${CONFIG}:2:5: total: +10%25 since v1.0)\n`
    )
    expect(run.stdout).not.toContain('::warning::')
    const body = commentOf(34)
    expect(section(body, 'android')).toContain(
      '| <code>android/exports/model.safetensors</code> | 4.88 kB | weights 4.80 kB | ❌ 392 B over <code>total&#58; +10% since v1.0</code> |'
    )
    expect(section(body, 'ios')).toContain(
      '| <code>ios/exports/model.safetensors</code> | 4.08 kB | weights 4.00 kB | ✅ <code>total&#58; +10% since v1.0</code> |'
    )
  }, 120_000)

  it("names each since rule it could not check, why and the fix, where the merge job has no checkout: the top level at the top, a leg's in its section", async () => {
    await legs(5103, 35, { android: 1200 })
    const run = await merge(5103, 35, mergeWorkspace('budget:\n  - "total: +10% since v1.0"\nkeys:\n  android:\n    budget: "weights: +5% since v1.0"\n'))
    // Not checked is not passed: a warning, not a failure of the step.
    expect(run.code).toBe(0)
    const why =
      "was not checked. This job's workspace is not a git checkout, so v1.0 cannot be read. Add actions/checkout with fetch-depth: 0 (or fetch-tags: true) to the merge job, before this step."
    const warnings = run.stdout.split('\n').filter((line) => line.startsWith('::warning::'))
    expect(warnings).toEqual([`::warning::${CONFIG}:2:5 ("total: +10%25 since v1.0") ${why}`, `::warning::${CONFIG}:5:13 ("weights: +5%25 since v1.0") ${why}`])
    const body = commentOf(35)
    const html = (text: string) => text.replace(/:/g, '&#58;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')
    expect(body).toMatch(/^### ⚠️ Model size: 5\.00 kB in 2 checkpoints; 1 of 1 report\n\n- ⚠️ /)
    expect(body.split('\n#### ')[0]).toContain(html(`${CONFIG}:2:5 ("total: +10% since v1.0") ${why}`))
    expect(body.split('\n#### ')[0]).not.toContain('5&#58;13')
    const android = section(body, 'android')
    expect(android).toMatch(/^⚠️ Model size \(android\): a budget rule could not be checked/)
    expect(android).toContain(html(`${CONFIG}:5:13 ("weights: +5% since v1.0") ${why}`))
  }, 120_000)
})

describe('forks: mode: report on the pull_request run, mode: comment on workflow_run', () => {
  const headSha = 'f'.repeat(40)
  const forkPayload = (number: number) => pullRequestPayload(number, 'b'.repeat(40), headSha, 'fork/models')

  it('the report half measures and uploads with no write to the PR; the comment half verifies the run and posts', async () => {
    server.requests.length = 0
    const report = await step({
      runId: 6001,
      workspace: workspaceWith({ 'exports/model.safetensors': 500 }),
      event: 'pull_request',
      payload: forkPayload(41),
      inputs: { mode: 'report', baseline: 'none' }
    })
    expect(report.code).toBe(0)
    expect(writes()).toEqual([])
    expect(server.artifacts.ofRun(6001).map((artifact) => artifact.name)).toEqual(['model-size-report'])

    server.state.pulls.set(41, { headSha, headRepository: 'fork/models' })
    server.requests.length = 0
    const comment = await step({
      runId: 6002,
      workspace: mkdtempSync(join(scratch, 'comment-')),
      event: 'workflow_run',
      payload: workflowRunPayload(6001, headSha),
      inputs: { mode: 'comment' }
    })
    expect(comment.code).toBe(0)
    const calls = server.calls()
    // The artifact of the triggering run through the REST API (another run: findBy), then the PR by its head commit.
    expect(calls.slice(0, 4)).toEqual([
      'GET /repos/octo/models/actions/runs/6001/artifacts?per_page=100&page=1',
      `GET /repos/octo/models/actions/artifacts/${server.artifacts.ofRun(6001)[0].id}/zip`,
      `GET /blob-storage/${server.artifacts.ofRun(6001)[0].id}.zip`,
      `GET /repos/octo/models/commits/${headSha}/pulls?per_page=100`
    ])
    const body = server.state.comments.get(41)![0].body
    expect(body).toContain('exports/model.safetensors')
    expect(body).toContain(`https://github.com/octo/models/actions/runs/6001/artifacts/${server.artifacts.ofRun(6001)[0].id}`)
    expect(comment.outputs['comment-id']).toBe(String(server.state.comments.get(41)![0].id))
  }, 120_000)

  it("reads a since rule's ref from the comment job's checkout of the base repository, and without one says the rule was not checked", async () => {
    const forkHead = 'd'.repeat(40)
    const budget = 'total: +10% since v1.0'
    const report = await step({
      runId: 6005,
      workspace: workspaceWith({ 'exports/model.safetensors': 500 }),
      event: 'pull_request',
      payload: pullRequestPayload(44, 'b'.repeat(40), forkHead, 'fork/models'),
      inputs: { mode: 'report', baseline: 'none', budget }
    })
    expect(report.code).toBe(0)
    server.state.pulls.set(44, { headSha: forkHead, headRepository: 'fork/models' })
    const comment = (runId: number, workspace: string) =>
      step({ runId, workspace, event: 'workflow_run', payload: workflowRunPayload(6005, forkHead), inputs: { mode: 'comment', budget } })

    const bare = await comment(6006, mkdtempSync(join(scratch, 'comment-')))
    expect(bare.code).toBe(0)
    expect(bare.stdout.split('\n').filter((line) => line.startsWith('::warning::'))).toEqual([
      `::warning::Budget line 1 ("total: +10%25 since v1.0") was not checked. This job's workspace is not a git checkout, so v1.0 cannot be read. ` +
        "Add actions/checkout with fetch-depth: 0 (or fetch-tags: true) to the comment workflow's job, before this step: it checks out this repository's default branch, never the pull request's code."
    ])
    expect(server.state.comments.get(44)![0].body).toMatch(/^### ⚠️ Model size: a budget rule could not be checked/)

    // The default branch's checkout, whose tag v1.0 tracked the model at 400 float32s: the fork's 500 grew 23.8%.
    const checkout = await comment(6007, tagV1(workspaceWith({ 'exports/model.safetensors': 400 })))
    expect(checkout.code).toBe(0)
    expect(checkout.stdout).not.toContain('::warning::')
    const body = server.state.comments.get(44)![0].body.replace(/\u00a0/g, ' ')
    expect(body).toMatch(
      /^### ❌ Model size: total \+400 B in <code>exports\/model\.safetensors<\/code>, 232 B over <code>total&#58; \+10% since v1\.0<\/code>/
    )
  }, 120_000)

  it('refuses an artifact that names another pull request than the one whose head the run built', async () => {
    const report = await step({
      runId: 6003,
      workspace: workspaceWith({ 'exports/model.safetensors': 500 }),
      event: 'pull_request',
      payload: forkPayload(43),
      inputs: { mode: 'report', baseline: 'none' }
    })
    expect(report.code).toBe(0)
    server.state.pulls.set(42, { headSha: 'e'.repeat(40), headRepository: 'fork/models' })
    const comment = await step({
      runId: 6004,
      workspace: mkdtempSync(join(scratch, 'comment-')),
      event: 'workflow_run',
      payload: workflowRunPayload(6003, 'e'.repeat(40)),
      inputs: { mode: 'comment' }
    })
    expect(comment.code).toBe(1)
    expect(comment.stdout).toContain('::error::Refusing the report artifact of run 6003: it was made for commit ffffffffffff')
    expect(server.state.comments.get(42)).toBeUndefined()
    expect(server.state.comments.get(43)).toBeUndefined()
  }, 120_000)
})

describe("the README's quick start, verbatim", () => {
  it("runs with the README workflow's `with:` inputs on the example checkpoint the project ships", async () => {
    const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8')
    const yaml = /## Use it in a workflow[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme)![1]
    const workflow = parse(yaml) as { jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }> }
    const ours = Object.values(workflow.jobs)
      .flatMap((job) => job.steps)
      .find((candidate) => candidate.uses?.startsWith('model-size-budget/model-size-budget@'))!
    const withInputs = Object.fromEntries(Object.entries(ours.with ?? {}).map(([name, value]) => [name, String(value)]))
    expect(withInputs.path).toBe('exports/**')

    // The checkout of a PR that adds the example (a TF1 Saver checkpoint trained with Adam) under exports/.
    const workspace = mkdtempSync(join(scratch, 'readme-'))
    mkdirSync(join(workspace, 'exports'))
    execFileSync('cp', ['-r', '--sparse=always', join(PROJECT_ROOT, 'examples', 'mnist-cnn-adam'), join(workspace, 'exports')])
    server.requests.length = 0
    const run = await step({
      runId: 7001,
      workspace,
      event: 'pull_request',
      payload: pullRequestPayload(51, 'b'.repeat(40), 'c'.repeat(40)),
      inputs: withInputs
    })

    // The quick start's own budget catches the example's Adam slots: `optimizer: 0 B`.
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/::error::Over budget:%0A {2}exports\/mnist-cnn-adam\/model\.ckpt: optimizer is 26\.2 MB/)
    expect(run.outputs['total-bytes']).toBe(String(39_295_624 + 954 + 77))
    const body = server.state.comments.get(51)![0].body
    expect(body).toMatch(/^### ❌ Model size: optimizer/)
    if (withInputs['upload-report'] === 'true') expect(server.artifacts.ofRun(7001).map((artifact) => artifact.name)).toEqual(['model-size-report'])
    expect(existsSync(join(workspace, 'model-size-report.json'))).toBe(true)
  }, 120_000)
})
