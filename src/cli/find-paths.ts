import { ConfigError } from '../core/errors.js'
import type { CheckpointFiles } from '../io/checkpoint-files.js'
import { DiskFiles } from '../io/disk-files.js'
import { isRemotePath } from '../io/remote/remote-path.js'
import { walk, type WalkResult } from '../io/walk.js'

export interface FoundPaths extends WalkResult {
  /** Reads every path found: the disk, remote stores, LFS objects behind pointers. */
  checkpointFiles: CheckpointFiles
  /** What the remote reads cost so far; absent when nothing was remote. */
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
  const found: FoundPaths = { ...(await walk(cwd, options.paths.filter((path) => !isRemotePath(path)))), checkpointFiles: new DiskFiles(cwd) }
  if (remotePaths.length === 0 && options.lfs === 'error') return found
  const remote = await import('../io/remote/index.js')
  const before = { ...remote.TRANSFER }
  found.transfer = () => remote.transferSince(before)
  const sourceOptions = { allowDownload: options.allowDownload }
  if (options.lfs === 'ranges') {
    const { LfsBatchClient, LfsFiles, findLfsEndpoint } = await import('../io/remote/lfs.js')
    const endpoint = await findLfsEndpoint(cwd)
    if (!endpoint) throw new ConfigError("--lfs ranges: no Git LFS server to ask: the directory has no 'origin' remote (nor lfs.url) and GITHUB_SERVER_URL/GITHUB_REPOSITORY are not set.")
    found.checkpointFiles = new LfsFiles(found.checkpointFiles, new LfsBatchClient(endpoint, process.env.GITHUB_TOKEN), sourceOptions)
  }
  if (remotePaths.length > 0) {
    const listed = await remote.findRemote(remotePaths, sourceOptions)
    found.files = [...found.files, ...listed.files].sort()
    found.named = [...found.named, ...listed.named].sort()
    found.checkpointFiles = new remote.RoutedFiles(found.checkpointFiles, listed.filesFor)
  }
  return found
}
