import type { CheckpointFiles } from '../io/checkpoint-files.js'
import { DiskFiles } from '../io/disk-files.js'
import { isRemotePath } from '../io/remote/remote-path.js'
import { walk, type WalkResult } from '../io/walk.js'

export interface FoundPaths extends WalkResult {
  /** Reads every path found: the disk, remote stores, LFS objects behind pointers. */
  checkpointFiles: CheckpointFiles
  /** What the remote reads cost; absent when nothing was remote. */
  transfer?: () => { requests: number; bytes: number }
}

export interface FindOptions {
  paths: readonly string[]
  lfs: 'error' | 'ranges'
  allowDownload: boolean
}

/**
 * The CLI's PATHs, local and remote: local ones are walked under `cwd`, remote ones (`s3://`,
 * `gs://`, `hf://`, `https://`) listed by their provider. The remote modules and the providers'
 * clients are loaded only when a path or `--lfs ranges` needs them.
 */
export async function findPaths(cwd: string, options: FindOptions): Promise<FoundPaths> {
  const remotePaths = options.paths.filter(isRemotePath)
  const local = await walk(
    cwd,
    options.paths.filter((path) => !isRemotePath(path))
  )
  const checkpointFiles = new DiskFiles(cwd)
  if (remotePaths.length === 0 && options.lfs === 'error') return { ...local, checkpointFiles }
  const { withRemote } = await import('../io/remote/attach.js')
  const remote = await withRemote({ ...local, checkpointFiles }, remotePaths, { ...options, cwd, token: process.env.GITHUB_TOKEN })
  return { ...local, ...remote }
}
