import { readFile, realpath, stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { BaselineInput } from './inputs.js'
import type { GitHubApi } from './github.js'
import { WorkspaceFiles } from './workspace-files.js'
import { ConfigError } from '../core/errors.js'
import type { BaselineOrigin, Report } from '../core/types.js'
import { globFinder } from '../io/glob-walk.js'
import type { CheckpointFiles } from '../io/checkpoint-files.js'
import { isInside } from '../io/paths.js'
import { isRemotePath } from '../io/remote/remote-path.js'
import { measure, type MeasureOptions } from '../pipeline/measure.js'
import { findArtifactBaseline } from './artifact-baseline.js'
import { readGitBaseline } from '../baseline/git-baseline.js'
import { loadBaselineReport } from '../baseline/report-file.js'
import { readRefBaseline } from '../baseline/git-ref.js'
import { MAX_BASELINE_REPORT_BYTES } from '../core/limits.js'

/** What the triggering event says about the base to compare with. */
export interface BaseRef {
  /** The commit to read checkpoints at: the PR's base SHA, or a push's `before`. */
  commit?: string
  /** The branch whose report artifact to look for: the PR's base branch, or the pushed branch. */
  branch?: string
  /** How to name the commit in the comment: `base commit` (PR) or `previous commit` (push). */
  label: string
}

export interface BaselineContext {
  /** Absolute path of the workspace (the checkout). */
  workspace: string
  input: BaselineInput
  /** The `path` globs: a base checkout directory and the base commit's tree are searched with them. */
  patterns: readonly string[]
  /** The `report-path`, relative to the workspace: a committed report at the base is used as is. */
  reportPath: string
  base?: BaseRef
  /** Undefined without a token: no artifact look-up. */
  api?: GitHubApi
  artifactName: string
  measure?: MeasureOptions
  /** Remote reads: `lfs: ranges` also reads the base commit's LFS pointers; a remote `baseline:` path. */
  remote?: { lfs: 'error' | 'ranges'; allowDownload: boolean; token?: string }
  /** Progress and skipped sources, for the log (core.info). */
  log: (message: string) => void
}

/** `origin.description` is plain text (the renderer escapes it), so it names inputs without markdown. */
export interface ResolvedBaseline {
  report?: Report
  origin: BaselineOrigin
}

/**
 * Finds the baseline. `baseline: none` gives none; `baseline: PATH` reads a report JSON, measures
 * a directory of base checkpoints (a checkout of the base commit: the `path` globs select in it as
 * in the workspace) or a glob of them (the part before the first wildcard is the checkout's root);
 * a PATH that is missing, outside the workspace or unreadable is a ConfigError.
 * `baseline: auto` tries, first hit wins: the checkpoints git tracks at the base commit (or a
 * report committed at `report-path`), then the report artifact of the latest successful run on
 * the base branch. Sources that fail in `auto` are logged and skipped; with none, the origin says
 * where a baseline would come from.
 */
export async function resolveBaseline(context: BaselineContext): Promise<ResolvedBaseline> {
  const { input } = context
  if (input.kind === 'none') return { origin: { kind: 'none', description: 'Comparison turned off (input baseline is none).' } }
  if (input.kind === 'path') return readBaselinePath(context, input.path)
  if (input.kind === 'ref') {
    const found = await readRefBaseline(context.workspace, input.ref, { patterns: context.patterns, reportPath: context.reportPath, measure: context.measure })
    if (found.report) {
      context.log(`Baseline: ${found.label}.`)
      return { report: found.report, origin: { kind: 'git', description: found.label } }
    }
    return { origin: { kind: 'none', description: found.reason ?? `${found.label} has no baseline.` } }
  }

  const tried: string[] = []
  const base = context.base
  if (!base?.commit && !base?.branch) {
    return {
      origin: {
        kind: 'none',
        description:
          'No base to compare with on this event: on pull requests the base commit is read from git; elsewhere set the baseline input to a report JSON or a directory of base checkpoints.'
      }
    }
  }

  if (base.commit) {
    const short = base.commit.slice(0, 7)
    try {
      const found = await readGitBaseline(context.workspace, base.commit, {
        patterns: context.patterns,
        reportPath: context.reportPath,
        measure: context.measure,
        ...(context.remote?.lfs === 'ranges' ? { files: lfsFiles(context) } : {})
      })
      if (found.found) {
        context.log(
          `Baseline: ${found.source === 'report' ? `${context.reportPath} committed` : 'checkpoints tracked'} at ${base.label} ${short}${found.fetched ? ' (fetched)' : ''}.`
        )
        // The label says which commit: a PR's base, or on a push the commit before it.
        const origin: BaselineOrigin =
          found.source === 'report'
            ? { kind: 'report', description: `${context.reportPath} committed at ${base.label} ${short}` }
            : { kind: 'git', description: `${base.label} ${short}` }
        return { report: found.report, origin }
      }
      tried.push(found.reason)
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      context.log(`Baseline: could not read ${base.label} ${short} from git (${reason}).`)
      // Most often a shallow checkout whose fetch of the base was refused or failed.
      tried.push(
        `${capitalise(base.label)} ${short} could not be read from git (${reason}). ` +
          'actions/checkout fetches one commit by default and the action then fetches the base itself, which needs contents: read; or check out with fetch-depth: 0.'
      )
    }
  }

  if (base.branch) {
    if (!context.api) {
      tried.push(
        "There is no token for the artifact look-up: keep the github-token input's default (the workflow's token) to compare with the base branch's report artifact."
      )
    } else {
      try {
        const lookup = await findArtifactBaseline(context.api, base.branch, context.artifactName, context.reportPath)
        if (lookup.found) {
          const { run, artifactName } = lookup.baseline
          context.log(`Baseline: artifact "${artifactName}" of run ${run.id} on ${base.branch}.`)
          return {
            report: lookup.baseline.report,
            origin: { kind: 'artifact', description: `"${artifactName}" of run ${run.id} on ${base.branch}`, url: run.html_url }
          }
        }
        tried.push(lookup.reason)
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error)
        context.log(`Baseline: artifact look-up failed (${reason}).`)
        tried.push(`the artifact look-up failed (${reason})`)
      }
    }
  }

  // Each source said why it had nothing and what would fix it, in whole sentences: never cut.
  return { origin: { kind: 'none', description: tried.join(' ') } }
}

/**
 * A `baseline: PATH` split into the base checkout's root and, for a glob, the pattern inside it:
 * `base/exports/*.pt` → `base/exports` and `*.pt` (the directory before the first wildcard is the root);
 * a path without wildcards is its own root.
 */
export function splitBaselinePath(path: string): { root: string; pattern?: string } {
  const wildcard = path.search(/[*?[]/)
  if (wildcard < 0) return { root: path }
  const slash = path.lastIndexOf('/', wildcard)
  return { root: slash < 0 ? '.' : path.slice(0, slash), pattern: path.slice(slash + 1) }
}

async function readBaselinePath(context: BaselineContext, path: string): Promise<ResolvedBaseline> {
  if (isRemotePath(path)) {
    const { measureRemoteBaseline } = await import('../baseline/remote.js')
    const report = await measureRemoteBaseline(path, { ...context.measure, allowDownload: context.remote?.allowDownload })
    return { report, origin: { kind: path.endsWith('.json') ? 'report' : 'directory', description: path } }
  }
  const workspaceReal = await realpath(context.workspace)
  const { root, pattern } = splitBaselinePath(path)
  if (pattern !== undefined) {
    const rootAbs = await insideWorkspace(context.workspace, workspaceReal, root, path)
    return measureDirectory(context, rootAbs, [pattern], path)
  }
  const abs = await insideWorkspace(context.workspace, workspaceReal, path, path)
  const info = await stat(abs)
  if (info.isDirectory()) return measureDirectory(context, abs, context.patterns, path)
  if (info.size > MAX_BASELINE_REPORT_BYTES) {
    throw new ConfigError(
      `Input 'baseline': ${path} is ${info.size} bytes, too large for a report JSON; give a report file or a directory of base checkpoints.`
    )
  }
  const report = loadBaselineReport(await readFile(abs, 'utf8'), path)
  return { report, origin: { kind: 'report', description: path } }
}

async function measureDirectory(context: BaselineContext, rootAbs: string, patterns: readonly string[], label: string): Promise<ResolvedBaseline> {
  const found = await globFinder(rootAbs).find(patterns)
  const report = await measure(found.files, new WorkspaceFiles(rootAbs, found.files), context.measure)
  for (const skipped of found.skipped) context.log(`Baseline: ${label}: ${skipped.path}: ${skipped.reason}.`)
  return { report, origin: { kind: 'directory', description: label } }
}

/** The absolute path of a `baseline:` path, which must exist inside the workspace. */
async function insideWorkspace(workspace: string, workspaceReal: string, path: string, asWritten: string): Promise<string> {
  const abs = resolve(workspace, path)
  let real: string
  try {
    real = await realpath(abs)
  } catch {
    throw new ConfigError(
      `Input 'baseline' is '${asWritten}', which does not exist in the workspace: give 'auto', 'none', a report JSON or a directory of base checkpoints (download the artifact or check out the base first).`
    )
  }
  if (!isInside(workspaceReal, real)) {
    throw new ConfigError(
      `Input 'baseline' is '${asWritten}', which is outside the workspace; only files in the workspace are read. Download or check out the baseline into the workspace.`
    )
  }
  return abs
}

/** The base commit's files with LFS pointers read as their objects, by ranges (`lfs: ranges`). */
function lfsFiles(context: BaselineContext): (files: CheckpointFiles) => Promise<CheckpointFiles> {
  return async (files) => {
    const { withLfs } = await import('../io/remote/attach.js')
    return withLfs(files, { lfs: 'ranges', allowDownload: context.remote?.allowDownload ?? false, token: context.remote?.token, cwd: context.workspace })
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
