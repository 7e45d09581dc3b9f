import { ConfigError } from '../../core/errors.js'
import type { CheckpointFiles } from '../checkpoint-files.js'
import { findRemote } from './index.js'
import { RoutedFiles } from './remote-files.js'
import { TRANSFER, transferSince } from './transfer.js'

export interface RemoteReadOptions {
  /** Read Git LFS pointers' objects by ranges (`lfs: ranges`). */
  lfs: 'error' | 'ranges'
  allowDownload: boolean
  /** The job's token for the LFS batch API (the action's github-token; GITHUB_TOKEN for the CLI). */
  token?: string
  /** The checkout, whose `origin` remote is the LFS server. */
  cwd: string
}

export interface WithRemote {
  files: string[]
  named: string[]
  checkpointFiles: CheckpointFiles
  /** What the remote reads cost since this was called. */
  transfer: () => { requests: number; bytes: number }
}

/**
 * Adds remote paths and LFS objects to what a search found in the workspace: the paths remote
 * PATHs / `path` lines name join the found files, and `checkpointFiles` reads them (and, under
 * `lfs: ranges`, what LFS pointers point to). Shared by the CLI and the action.
 */
export async function withRemote(
  local: { files: readonly string[]; named: readonly string[]; checkpointFiles: CheckpointFiles },
  remotePaths: readonly string[],
  options: RemoteReadOptions
): Promise<WithRemote> {
  const before = { ...TRANSFER }
  const sourceOptions = { allowDownload: options.allowDownload }
  let checkpointFiles = local.checkpointFiles
  if (options.lfs === 'ranges') checkpointFiles = await withLfs(checkpointFiles, options)
  let files = [...local.files]
  let named = [...local.named]
  if (remotePaths.length > 0) {
    const listed = await findRemote(remotePaths, sourceOptions)
    files = [...files, ...listed.files].sort()
    named = [...named, ...listed.named].sort()
    checkpointFiles = new RoutedFiles(checkpointFiles, listed.filesFor)
  }
  return { files, named, checkpointFiles, transfer: () => transferSince(before) }
}

/** `files` with LFS pointers read as their objects, through the checkout's LFS server. */
export async function withLfs(files: CheckpointFiles, options: RemoteReadOptions): Promise<CheckpointFiles> {
  const { LfsBatchClient, LfsFiles, findLfsEndpoint } = await import('./lfs.js')
  const endpoint = await findLfsEndpoint(options.cwd)
  if (!endpoint) {
    throw new ConfigError(
      "lfs: ranges: no Git LFS server to ask: the checkout has no 'origin' remote (nor lfs.url) and GITHUB_SERVER_URL/GITHUB_REPOSITORY are not set."
    )
  }
  return new LfsFiles(files, new LfsBatchClient(endpoint, options.token), { allowDownload: options.allowDownload })
}
