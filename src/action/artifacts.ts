import type { Repository } from './github.js'
import { runUrl } from './publish.js'

/** An artifact as a listing gives it. */
export interface ArtifactEntry {
  id: number
  name: string
  size: number
}

/** Where to find an artifact of another run: the REST API with a token that has `actions: read`. */
export interface OtherRun {
  runId: number
  repository: Repository
  token: string
}

/**
 * The workflow's artifact storage as the action uses it, over `@actions/artifact` (the backend that
 * actions/upload-artifact v4+ uses, so the artifacts show on the run's page like theirs). The
 * current run is reached with the runner's ACTIONS_RUNTIME_TOKEN, another run through the REST
 * API (`findBy`). Tests play the backend with the local API stand-in.
 */
export interface ArtifactStore {
  /** Uploads `files` (absolute paths under `root`) as one zipped artifact; returns its id. */
  upload(name: string, files: readonly string[], root: string): Promise<number>
  /** The artifacts of the current run (the newest per name), or of `other`. */
  list(other?: OtherRun): Promise<ArtifactEntry[]>
  /** Downloads and unzips an artifact into `directory`. */
  download(id: number, directory: string, other?: OtherRun): Promise<void>
}

/** The store over @actions/artifact, loaded only by a run that uses artifacts. */
export async function actionsArtifactStore(): Promise<ArtifactStore> {
  const { ActionsArtifactStore } = await import('./actions-artifact-store.js')
  return new ActionsArtifactStore()
}

/** An artifact's page on its run (the current run unless given), as actions/upload-artifact gives it (`artifact-url`). */
export function artifactUrl(id: number, runId = process.env.GITHUB_RUN_ID): string | undefined {
  const run = runUrl(runId)
  return run ? `${run}/artifacts/${id}` : undefined
}
