import { posix } from 'node:path'
import type { Report } from '../core/types.js'
import type { CheckpointFiles } from '../io/checkpoint-files.js'
import { globFinder } from '../io/glob-walk.js'
import { isRemotePath } from '../io/remote/remote-path.js'
import { measure, skippedPathErrors, type MeasureOptions } from '../pipeline/measure.js'
import { renderText } from '../report/text.js'
import type { ActionInputs } from './inputs.js'
import { logUntrusted } from './publish.js'
import { splitBaselinePath } from './resolve-baseline.js'
import { WorkspaceFiles } from './workspace-files.js'

/*
 * The head of a measure-mode run: the checkpoints the `path` lines select in the workspace (and
 * the remote lines), measured, with the paths the walk did not follow as report errors.
 */

/**
 * The `path` globs for the head. A `baseline: PATH` inside the workspace (a checkout of the base in
 * `base/`) is excluded: its checkpoints are the baseline, and the default `**` globs would
 * otherwise count them as added head checkpoints too.
 */
export function headPatterns(inputs: ActionInputs): string[] {
  if (inputs.baseline.kind !== 'path' || isRemotePath(inputs.baseline.path)) return inputs.pathPatterns
  const root = posix.normalize(splitBaselinePath(inputs.baseline.path.replace(/\\/g, '/')).root).replace(/\/+$/, '')
  // A root that is the workspace itself or outside it excludes nothing (resolveBaseline rejects the latter).
  if (root === '.' || root === '' || root === '..' || root.startsWith('../') || posix.isAbsolute(root)) return inputs.pathPatterns
  return [...inputs.pathPatterns, `!${root}`]
}

/**
 * The `path` lines without wildcards, as the paths they name: a file named there is read whatever
 * its name (a TF checkpoint called `export`, a `.pb`), and is an error if no reader claims it.
 */
export function namedPaths(patterns: readonly string[]): string[] {
  return (
    patterns
      // Remote lines (`hf://…`) are named by withRemote, by the names it lists them under.
      .filter((pattern) => !pattern.startsWith('!') && !isRemotePath(pattern) && !/[*?[\]{}]/.test(pattern))
      .map((pattern) => posix.normalize(pattern.replace(/\\/g, '/')).replace(/^(\.\/)+/, ''))
  )
}

/** The head: the checkpoints the globs find in the workspace; paths not read are report errors. */
export async function measureWorkspace(workspace: string, patterns: readonly string[], options: MeasureOptions, inputs: ActionInputs): Promise<Report> {
  const remotePaths = patterns.filter(isRemotePath)
  const found = await globFinder(workspace).find(patterns.filter((pattern) => !isRemotePath(pattern)))
  let files: CheckpointFiles = new WorkspaceFiles(workspace, found.files)
  let paths = found.files
  let transfer: (() => Report['transfer']) | undefined
  if (remotePaths.length > 0 || inputs.lfs === 'ranges') {
    // Remote `path` lines and LFS objects: the remote modules load only when one is asked for.
    const { withRemote } = await import('../io/remote/attach.js')
    const remote = await withRemote({ files: paths, named: [], checkpointFiles: files }, remotePaths, { ...remoteOptions(inputs), cwd: workspace })
    files = remote.checkpointFiles
    transfer = remote.transfer
    paths = remote.files
    options = { ...options, named: [...(options.named ?? []), ...remote.named] }
  }
  const head = await measure(paths, files, options)
  if (transfer) head.transfer = transfer()
  head.errors.push(...skippedPathErrors(found.skipped))
  head.errors.sort((a, b) => a.path.localeCompare(b.path))
  logUntrusted(renderText(head))
  return head
}

/** How the inputs read remote files: Git LFS objects by range (`lfs`), whole files when allowed, the token. */
export function remoteOptions(inputs: ActionInputs): { lfs: 'error' | 'ranges'; allowDownload: boolean; token: string } {
  return { lfs: inputs.lfs, allowDownload: inputs.allowDownload, token: inputs.token }
}
