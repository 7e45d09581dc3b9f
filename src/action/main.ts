import * as core from '@actions/core'
import * as github from '@actions/github'
import { actionsArtifactStore, type ArtifactStore } from './artifacts.js'
import { OctokitGitHubApi, type GitHubApi, type RunQueries } from './github.js'
import { readInputs, type ActionInputs } from './inputs.js'
import { runMeasure } from './measure-mode.js'

/**
 * The action: reads the inputs and runs the mode they name: `measure` and `report`
 * (measure-mode.ts: find the checkpoints, measure them, compare with the baseline, evaluate the
 * budgets, publish), `merge` (merge-mode.ts) or `comment` (fork-comment.ts). The step fails only
 * for an exceeded hard limit (`fail-on: budget`), a checkpoint that cannot be analysed
 * (`fail-on: budget`), or bad configuration; a comment that cannot be posted is a warning.
 */
export async function run(options: RunOptions = {}): Promise<void> {
  try {
    const inputs = await readInputs()
    for (const note of inputs.notes) core.info(note)
    const failures = await runAction(inputs, options)
    if (failures.length > 0) core.setFailed(failures.join('\n'))
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error))
  }
}

export interface RunOptions {
  /** The wait before looking again for a comment another run may be creating (tests: none). */
  pause?: (milliseconds: number) => Promise<void>
  /** The artifact storage (tests may fake it); default: @actions/artifact's. */
  artifacts?: ArtifactStore
}

/** Runs the action on validated inputs; returns the reasons to fail the step (empty: pass). */
async function runAction(inputs: ActionInputs, options: RunOptions): Promise<string[]> {
  const needsArtifacts = inputs.uploadReport || inputs.history || inputs.mode !== 'measure'
  const artifacts = options.artifacts ?? (needsArtifacts ? await actionsArtifactStore() : NO_ARTIFACTS)
  const api: (GitHubApi & RunQueries) | undefined = inputs.token ? new OctokitGitHubApi(inputs.token, github.context.repo) : undefined
  if (inputs.mode === 'merge') {
    const { runMerge } = await import('./merge-mode.js')
    return runMerge(inputs, { api, artifacts, pause: options.pause })
  }
  if (inputs.mode === 'comment') {
    const { runForkComment } = await import('./fork-comment.js')
    return runForkComment(inputs, { api, artifacts, pause: options.pause })
  }
  return runMeasure(inputs, { api, artifacts, pause: options.pause })
}

/** The store of a run that uploads and downloads nothing. */
const NO_ARTIFACTS: ArtifactStore = {
  upload: () => Promise.reject(new Error('no artifact store')),
  list: () => Promise.reject(new Error('no artifact store')),
  download: () => Promise.reject(new Error('no artifact store'))
}

/** What the modes get besides their inputs: the API, the artifact storage, the race pause. */
export interface ModeContext {
  api?: GitHubApi & RunQueries
  artifacts: ArtifactStore
  pause?: RunOptions['pause']
}
