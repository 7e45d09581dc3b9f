import { describe, expect, it } from '@jest/globals'
import type { Artifact, GitHubApi, IssueComment, WorkflowRun } from '../../src/action/github.js'
import { findArtifactBaseline, MAX_RUNS_SEARCHED } from '../../src/action/artifact-baseline.js'
import { ConfigError } from '../../src/core/errors.js'
import { buildZip } from '../../scripts/builders/zip.js'

const emptyBytes = { total: 0, weights: 0, optimizer: 0, buffers: 0, bookkeeping: 0, metadata: 0, unclassified: 0 }
const report = {
  schema: 1,
  checkpoints: [
    {
      id: 'exports/model.pt',
      format: 'pytorch',
      files: [],
      bytes: { ...emptyBytes, total: 100, weights: 100 },
      parameters: 25,
      tensors: 1,
      tensorCounts: { weights: 1 },
      classifiedBy: 'name-rules',
      warnings: [],
      explanations: []
    }
  ],
  errors: [],
  total: { bytes: { ...emptyBytes, total: 100, weights: 100 } }
}
const zipOf = (name: string, text: string) => buildZip([{ name, data: new TextEncoder().encode(text), deflate: true }])

/** A typed fake of the Actions endpoints: runs per branch, artifacts per run, archives per artifact. */
class FakeActions implements GitHubApi {
  calls: string[] = []
  constructor(
    private readonly runs: { id: number; artifacts: (Artifact & { zip?: Uint8Array })[] }[],
    private readonly status?: number
  ) {}
  private fail(): void {
    if (this.status) throw Object.assign(new Error('Resource not accessible by integration'), { status: this.status })
  }
  async listSuccessfulRuns(branch: string, perPage: number): Promise<WorkflowRun[]> {
    this.calls.push(`runs ${branch} ${perPage}`)
    this.fail()
    return this.runs.map((run) => ({ id: run.id, head_branch: branch, head_sha: 'a'.repeat(40) }))
  }
  async listRunArtifacts(runId: number, name: string): Promise<Artifact[]> {
    this.calls.push(`artifacts ${runId} ${name}`)
    return this.runs.find((run) => run.id === runId)!.artifacts.filter((artifact) => artifact.name === name)
  }
  async downloadArtifactZip(artifactId: number): Promise<Uint8Array> {
    this.calls.push(`download ${artifactId}`)
    return this.runs.flatMap((run) => run.artifacts).find((artifact) => artifact.id === artifactId)!.zip!
  }
  async authenticatedLogin(): Promise<string | undefined> {
    throw new Error('not used')
  }
  async listIssueComments(): Promise<IssueComment[]> {
    throw new Error('not used')
  }
  async createIssueComment(): Promise<IssueComment> {
    throw new Error('not used')
  }
  async updateIssueComment(): Promise<IssueComment> {
    throw new Error('not used')
  }
  async deleteIssueComment(): Promise<void> {
    throw new Error('not used')
  }
}

const artifact = (id: number, zip: Uint8Array, extra: Partial<Artifact> = {}) => ({
  id,
  name: 'model-size-report',
  size_in_bytes: zip.length,
  expired: false,
  zip,
  ...extra
})

describe('findArtifactBaseline', () => {
  it('takes the report of the newest successful run that has the artifact, skipping runs of other workflows and expired artifacts', async () => {
    const zip = zipOf('model-size-report.json', JSON.stringify(report))
    const api = new FakeActions([
      { id: 3, artifacts: [] },
      { id: 2, artifacts: [artifact(20, zip, { expired: true })] },
      { id: 1, artifacts: [artifact(10, zip)] }
    ])
    const lookup = await findArtifactBaseline(api, 'main', 'model-size-report', 'model-size-report.json')
    expect(lookup.found && lookup.baseline.run.id).toBe(1)
    expect(lookup.found && lookup.baseline.report.checkpoints[0].bytes.weights).toBe(100)
    expect(api.calls).toEqual([
      `runs main ${MAX_RUNS_SEARCHED}`,
      'artifacts 3 model-size-report',
      'artifacts 2 model-size-report',
      'artifacts 1 model-size-report',
      'download 10'
    ])
  })

  it('ends quietly with a reason when the token may not read runs (403, no actions: read)', async () => {
    const lookup = await findArtifactBaseline(new FakeActions([], 403), 'main', 'model-size-report', 'model-size-report.json')
    expect(lookup).toEqual({ found: false, reason: expect.stringMatching(/actions: read/) })
  })

  it('says no run has the artifact yet', async () => {
    const lookup = await findArtifactBaseline(new FakeActions([{ id: 1, artifacts: [] }]), 'main', 'model-size-report', 'model-size-report.json')
    expect(lookup).toEqual({
      found: false,
      reason: expect.stringMatching(/^No successful run on main .* "model-size-report": upload the report output under that name from runs on main/)
    })
  })

  it('rejects an archive without the report file with a ConfigError that says what to upload', async () => {
    const api = new FakeActions([{ id: 1, artifacts: [artifact(10, zipOf('notes.txt', 'x'))] }])
    await expect(findArtifactBaseline(api, 'main', 'model-size-report', 'model-size-report.json')).rejects.toThrow(ConfigError)
  })

  it('rejects a report of another schema version with the loader message', async () => {
    const api = new FakeActions([{ id: 1, artifacts: [artifact(10, zipOf('model-size-report.json', JSON.stringify({ ...report, schema: 2 })))] }])
    await expect(findArtifactBaseline(api, 'main', 'model-size-report', 'model-size-report.json')).rejects.toThrow(/schema 2/)
  })
})
