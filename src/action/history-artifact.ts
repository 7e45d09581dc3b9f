import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { appendHistory, formatHistory, HISTORY_CAP, MAX_HISTORY_BYTES, parseHistory, type HistoryEntry } from '../core/history.js'
import { ConfigError } from '../core/errors.js'
import type { ArtifactStore, OtherRun } from './artifacts.js'
import type { GitHubApi, Repository } from './github.js'

/*
 * The default branch's size history (core/history.ts) kept as an artifact: each push to the
 * default branch downloads the history of the latest successful run on it, appends its own
 * line and uploads the result as this run's `model-size-history`. Artifacts expire (90 days by
 * default); a branch pushed to less often than that starts a new history, which the chart shows.
 */

export const HISTORY_ARTIFACT_NAME = 'model-size-history'
/** The file inside the artifact: JSON Lines, oldest first. */
export const HISTORY_FILE = 'model-size-history.jsonl'
/** Runs of the branch looked at, newest first, for one with a history. */
const MAX_RUNS_SEARCHED = 10

export interface HistoryPort {
  artifacts: ArtifactStore
  api: GitHubApi
  repository: Repository
  /** A token with `actions: read`, for the other runs' artifacts. */
  token: string
}

/**
 * The history of `branch`: the `model-size-history` artifact of its latest successful run that
 * has one (runs of this repository only), or none. A history that cannot be parsed is an error
 * naming the run: starting a new one silently would lose it.
 */
export async function readHistoryArtifact(port: HistoryPort, branch: string): Promise<{ entries: HistoryEntry[]; runId?: number }> {
  for (const run of await port.api.listSuccessfulRuns(branch, MAX_RUNS_SEARCHED)) {
    const artifact = (await port.api.listRunArtifacts(run.id, HISTORY_ARTIFACT_NAME)).find(
      (candidate) => candidate.name === HISTORY_ARTIFACT_NAME && !candidate.expired
    )
    if (!artifact) continue
    const other: OtherRun = { runId: run.id, repository: port.repository, token: port.token }
    const directory = await mkdtemp(join(process.env.RUNNER_TEMP || tmpdir(), 'model-size-history-'))
    try {
      await port.artifacts.download(artifact.id, directory, other)
      const file = join(directory, HISTORY_FILE)
      const size = await stat(file).then(
        (info) => info.size,
        () => -1
      )
      const label = `artifact "${HISTORY_ARTIFACT_NAME}" of run ${run.id}`
      if (size < 0) throw new ConfigError(`${label} has no ${HISTORY_FILE}.`)
      if (size > MAX_HISTORY_BYTES) throw new ConfigError(`${label}: ${HISTORY_FILE} is ${size} bytes, more than a history holds.`)
      return { entries: parseHistory(await readFile(file, 'utf8'), `${label}: ${HISTORY_FILE}`), runId: run.id }
    } finally {
      await rm(directory, { recursive: true, force: true })
    }
  }
  return { entries: [] }
}

/**
 * On a push to the default branch: the branch's history with `entry` appended (a re-run of the
 * same commit replaces its line; at most `cap` entries), uploaded as this run's artifact.
 */
export async function appendHistoryArtifact(
  port: HistoryPort,
  branch: string,
  entry: HistoryEntry,
  cap = HISTORY_CAP
): Promise<{ id: number; entries: HistoryEntry[] }> {
  const { entries } = await readHistoryArtifact(port, branch)
  const next = appendHistory(entries, entry, cap)
  const directory = await mkdtemp(join(process.env.RUNNER_TEMP || tmpdir(), 'model-size-history-'))
  try {
    await writeFile(join(directory, HISTORY_FILE), formatHistory(next))
    const id = await port.artifacts.upload(HISTORY_ARTIFACT_NAME, [join(directory, HISTORY_FILE)], directory)
    return { id, entries: next }
  } finally {
    await rm(directory, { recursive: true, force: true })
  }
}

/** Where a run stands for the history: a push to the default branch appends; a PR reads its base branch's. */
export type HistoryMoment = { kind: 'push'; branch: string; entry: HistoryEntry } | { kind: 'pull-request'; branch: string }

/**
 * The history the comment charts for this run (input `history: true`), or undefined when there
 * is none. A history that cannot be read or written is a warning, never a failure: the size gate
 * stands without its chart.
 */
export async function historyOfRun(port: HistoryPort, moment: HistoryMoment, warn: (message: string) => void): Promise<HistoryEntry[] | undefined> {
  try {
    if (moment.kind === 'push') return (await appendHistoryArtifact(port, moment.branch, moment.entry)).entries
    const { entries } = await readHistoryArtifact(port, moment.branch)
    return entries.length > 0 ? entries : undefined
  } catch (error) {
    warn(
      `The size history of '${moment.branch}' could not be ${moment.kind === 'push' ? 'updated' : 'read'}: ${error instanceof Error ? error.message : String(error)} The comment has no trend charts this time.`
    )
    return undefined
  }
}
