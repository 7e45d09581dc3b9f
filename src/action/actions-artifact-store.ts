import { DefaultArtifactClient } from '@actions/artifact'
import type { ArtifactEntry, ArtifactStore, OtherRun } from './artifacts.js'

/** ArtifactStore over `@actions/artifact` (the client of actions/upload-artifact v4+ and download-artifact). */
export class ActionsArtifactStore implements ArtifactStore {
  private readonly client = new DefaultArtifactClient()

  async upload(name: string, files: readonly string[], root: string): Promise<number> {
    const { id } = await this.client.uploadArtifact(name, [...files], root)
    if (id === undefined) throw new Error(`the artifact service returned no id for "${name}"`)
    return id
  }

  async list(other?: OtherRun): Promise<ArtifactEntry[]> {
    const { artifacts } = await this.client.listArtifacts({ latest: true, ...(other ? { findBy: findBy(other) } : {}) })
    return artifacts.map((artifact) => ({ id: artifact.id, name: artifact.name, size: artifact.size }))
  }

  async download(id: number, directory: string, other?: OtherRun): Promise<void> {
    await this.client.downloadArtifact(id, { path: directory, ...(other ? { findBy: findBy(other) } : {}) })
  }
}

function findBy(other: OtherRun): { token: string; workflowRunId: number; repositoryOwner: string; repositoryName: string } {
  return { token: other.token, workflowRunId: other.runId, repositoryOwner: other.repository.owner, repositoryName: other.repository.repo }
}
