import type { GitHubApi, WorkflowRun } from './github.js'
import { httpStatus } from './github.js'
import { ConfigError } from '../core/errors.js'
import type { Report } from '../core/types.js'
import { BufferByteSource } from '../io/byte-source.js'
import { basename } from '../io/checkpoint-files.js'
import { openZip } from '../formats/zip/index.js'
import { loadBaselineReport } from '../baseline/report-file.js'
import { MAX_BASELINE_REPORT_BYTES } from '../core/limits.js'

/** Base-branch runs looked at, newest first: the latest runs may be of other workflows. */
export const MAX_RUNS_SEARCHED = 10

export interface ArtifactBaseline {
  report: Report
  run: WorkflowRun
  artifactName: string
}

export type ArtifactLookup =
  | { found: true; baseline: ArtifactBaseline }
  /** `reason` says why and what to do, in whole sentences for the comment. */
  | { found: false; reason: string }

/**
 * The report artifact of the latest successful run on `branch` (the PR's base branch):
 * `GET /repos/{o}/{r}/actions/runs?branch&status=success`, then each run's artifacts by name,
 * then the archive (a zip, read with formats/zip over memory). Needs `actions: read`; when the
 * token lacks it (403) or the API hides the runs (404), the look-up ends quietly with a reason.
 * The report inside is the JSON file named like `reportFileName`, or the archive's only JSON file.
 */
export async function findArtifactBaseline(api: GitHubApi, branch: string, artifactName: string, reportFileName: string): Promise<ArtifactLookup> {
  let runs: WorkflowRun[]
  try {
    runs = await api.listSuccessfulRuns(branch, MAX_RUNS_SEARCHED)
  } catch (error) {
    return notPermitted(error)
  }
  for (const run of runs.slice(0, MAX_RUNS_SEARCHED)) {
    let artifacts
    try {
      artifacts = await api.listRunArtifacts(run.id, artifactName)
    } catch (error) {
      return notPermitted(error)
    }
    const artifact = artifacts.find((candidate) => candidate.name === artifactName && !candidate.expired)
    if (!artifact) continue
    if (artifact.size_in_bytes > MAX_BASELINE_REPORT_BYTES) {
      return {
        found: false,
        reason: `Artifact "${artifactName}" of run ${run.id} is ${artifact.size_in_bytes} bytes, too large for a report: upload only the report JSON (the action's report output).`
      }
    }
    let zipBytes: Uint8Array
    try {
      zipBytes = await api.downloadArtifactZip(artifact.id)
    } catch (error) {
      return notPermitted(error)
    }
    const report = await reportFromZip(zipBytes, `artifact "${artifactName}" of run ${run.id}`, reportFileName)
    return { found: true, baseline: { report, run, artifactName } }
  }
  return {
    found: false,
    reason:
      `No successful run on ${branch} among the latest ${MAX_RUNS_SEARCHED} has an artifact "${artifactName}": ` +
      `upload the report output under that name from runs on ${branch} (actions/upload-artifact; see the README's workflow).`
  }
}

/** The report JSON inside an artifact archive. Throws a ConfigError when it has none or it is invalid. */
export async function reportFromZip(zipBytes: Uint8Array, label: string, reportFileName: string): Promise<Report> {
  const zip = await openZip(new BufferByteSource(label, zipBytes))
  const jsons = zip.entries.filter((entry) => entry.name.toLowerCase().endsWith('.json'))
  const entry = jsons.find((candidate) => basename(candidate.name) === basename(reportFileName)) ?? (jsons.length === 1 ? jsons[0] : undefined)
  if (!entry) {
    throw new ConfigError(`${label}: the archive has no ${basename(reportFileName)}. Upload the action's \`report\` output file as the artifact.`)
  }
  const text = new TextDecoder().decode(await zip.readEntry(entry, MAX_BASELINE_REPORT_BYTES))
  return loadBaselineReport(text, `${label}: ${entry.name}`)
}

function notPermitted(error: unknown): ArtifactLookup {
  const status = httpStatus(error)
  if (status === 401 || status === 403 || status === 404) {
    return { found: false, reason: `The token may not read workflow runs (${status}): grant the job actions: read to use report artifacts.` }
  }
  throw error
}
