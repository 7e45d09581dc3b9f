/**
 * The history artifact through the real clients (@actions/artifact, Octokit) against the local
 * GitHub stand-in: each push to main appends a line to the history of main's previous run.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { HistoryEntry } from '../../src/core/history.js'
import { ArtifactService } from '../helpers/artifact-service.js'
import { GitHubApiServer } from '../helpers/github-api-server.js'
import { quietWorkflowCommands } from '../helpers/quiet-workflow-commands.js'

quietWorkflowCommands()
const server = new GitHubApiServer()
let scratch: string

beforeAll(async () => {
  await server.start()
  scratch = mkdtempSync(join(tmpdir(), 'msb-history-'))
  // @actions/github reads the API URL when it is loaded: set the runner's environment first.
  Object.assign(process.env, {
    GITHUB_API_URL: server.url,
    GITHUB_SERVER_URL: 'https://github.com',
    ACTIONS_RESULTS_URL: `${server.url}/`,
    GITHUB_WORKSPACE: scratch,
    RUNNER_TEMP: scratch
  })
})

afterAll(async () => {
  await server.stop()
  rmSync(scratch, { recursive: true, force: true })
})

const entry = (commit: string, total: number): HistoryEntry => ({
  commit: commit.repeat(40),
  date: '2026-12-08T00:00:00Z',
  checkpoints: { 'exports/model.onnx': { total, weights: total } }
})

describe('the history artifact', () => {
  it("starts a history on main's first push, then appends to the previous run's on the next", async () => {
    const { appendHistoryArtifact, HISTORY_FILE } = await import('../../src/action/history-artifact.js')
    const { ActionsArtifactStore } = await import('../../src/action/actions-artifact-store.js')
    const { OctokitGitHubApi } = await import('../../src/action/github.js')
    const repository = { owner: 'octo', repo: 'models' }
    const port = { artifacts: new ActionsArtifactStore(), api: new OctokitGitHubApi('ghs_token', repository), repository, token: 'ghs_token' }

    process.env.ACTIONS_RUNTIME_TOKEN = ArtifactService.runtimeToken(8001)
    const first = await appendHistoryArtifact(port, 'main', entry('a', 100))
    expect(first.entries.map((line) => line.commit[0])).toEqual(['a'])

    server.state.runs.set('main', [{ id: 8001, artifacts: [] }])
    process.env.ACTIONS_RUNTIME_TOKEN = ArtifactService.runtimeToken(8002)
    const second = await appendHistoryArtifact(port, 'main', entry('b', 120))
    expect(second.entries.map((line) => [line.commit[0], line.checkpoints['exports/model.onnx'].total])).toEqual([
      ['a', 100],
      ['b', 120]
    ])
    expect(server.calls()).toContain('GET /repos/octo/models/actions/runs/8001/artifacts?name=model-size-history&per_page=100')

    // What run 8002 stored is the two lines, as JSON Lines.
    const out = join(scratch, 'check')
    await port.artifacts.download(second.id, out)
    expect(
      readFileSync(join(out, HISTORY_FILE), 'utf8')
        .trim()
        .split('\n')
        .map((line) => (JSON.parse(line) as HistoryEntry).commit[0])
    ).toEqual(['a', 'b'])
  }, 60_000)
})
