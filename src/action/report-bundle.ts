import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { loadBaselineReport } from '../baseline/report-file.js'
import { ConfigError } from '../core/errors.js'
import { MAX_BASELINE_REPORT_BYTES } from '../core/limits.js'
import type { Report } from '../core/types.js'
import type { BaselineOrigin } from '../core/types.js'
import type { ArtifactEntry, ArtifactStore, OtherRun } from './artifacts.js'

/*
 * What the report artifact holds, side by side (for report-path `model-size-report.json`):
 *   model-size-report.json          the report (schema 1; also what the baseline look-up reads)
 *   model-size-report.html          the HTML report (every tensor as a treemap)
 *   model-size-report.base.json     the baseline report, when there was one (merge diffs with it)
 *   model-size-report.context.json  where the baseline came from; for mode: report the PR stamp
 *   model-size-report.comment.md    mode: report only, the rendered comment (for people; never posted as is)
 */

/** Which run, PR and commit a `mode: report` artifact was made for; checked by `mode: comment`. */
export interface PullRequestStamp {
  number: number
  headSha: string
  runId: number
  /** `owner/repo` of the base repository. */
  repository: string
}

export interface BundleContext {
  baseline: BaselineOrigin
  pullRequest?: PullRequestStamp
}

export interface ReportBundle extends BundleContext {
  head: Report
  base?: Report
}

const CONTEXT_SUFFIX = '.context.json'

/** The stem of the artifact's file names: the report file's name without `.json`. */
export function bundleStem(reportPath: string): string {
  return basename(reportPath).replace(/\.json$/i, '') || 'model-size-report'
}

/**
 * Writes the bundle's JSON files (and `extra` files, e.g. the HTML and the comment, by suffix) into
 * `directory`; returns their paths for the upload. The report JSON is written with its largest
 * tensors cut to `top` (the HTML has them all).
 */
export async function writeBundle(directory: string, stem: string, bundle: ReportBundle, top: number, extra: Record<string, string> = {}): Promise<string[]> {
  const files: [string, string][] = [
    [`${stem}.json`, reportJson(bundle.head, top)],
    [
      `${stem}${CONTEXT_SUFFIX}`,
      JSON.stringify({ baseline: bundle.baseline, ...(bundle.pullRequest ? { pullRequest: bundle.pullRequest } : {}) }, null, 2) + '\n'
    ],
    ...(bundle.base ? [[`${stem}.base.json`, reportJson(bundle.base, top)] as [string, string]] : []),
    ...Object.entries(extra).map(([suffix, text]): [string, string] => [`${stem}${suffix}`, text])
  ]
  for (const [name, text] of files) await writeFile(join(directory, name), text)
  return files.map(([name]) => join(directory, name))
}

/** The report as JSON, its `top` lists cut to `top` tensors (the report file's form). */
export function reportJson(report: Report, top: number): string {
  return JSON.stringify(report, (key, value: unknown) => (key === 'top' && Array.isArray(value) ? value.slice(0, top) : value), 2) + '\n'
}

/**
 * Reads a downloaded report artifact. Its content is untrusted (a fork's run may have made it): the
 * reports are validated as baselines are, sizes are capped, and the context is checked field by field.
 */
export async function readBundle(directory: string, label: string): Promise<ReportBundle> {
  const names = await readdir(directory)
  const context = names.find((name) => name.endsWith(CONTEXT_SUFFIX))
  if (!context)
    throw new ConfigError(`${label}: no *${CONTEXT_SUFFIX} in the artifact; it was not uploaded by this action (upload-report: true or mode: report).`)
  const stem = context.slice(0, -CONTEXT_SUFFIX.length)
  const head = await readReport(join(directory, `${stem}.json`), `${label}: ${stem}.json`)
  const base = names.includes(`${stem}.base.json`) ? await readReport(join(directory, `${stem}.base.json`), `${label}: ${stem}.base.json`) : undefined
  const parsed = parseContext(await readLimited(join(directory, context), `${label}: ${context}`), `${label}: ${context}`)
  return { head, ...(base ? { base } : {}), ...parsed }
}

async function readReport(path: string, label: string): Promise<Report> {
  return loadBaselineReport(await readLimited(path, label), label)
}

async function readLimited(path: string, label: string): Promise<string> {
  let size: number
  try {
    size = (await stat(path)).size
  } catch {
    throw new ConfigError(`${label}: missing from the artifact.`)
  }
  if (size > MAX_BASELINE_REPORT_BYTES) throw new ConfigError(`${label}: ${size} bytes, too large for a report.`)
  return readFile(path, 'utf8')
}

function parseContext(text: string, label: string): BundleContext {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new ConfigError(`${label}: not JSON.`)
  }
  const record = (value ?? {}) as { baseline?: Partial<BaselineOrigin>; pullRequest?: Partial<PullRequestStamp> }
  const kinds: BaselineOrigin['kind'][] = ['report', 'directory', 'git', 'artifact', 'none']
  const origin = record.baseline
  const baseline: BaselineOrigin =
    origin && kinds.includes(origin.kind as BaselineOrigin['kind']) && typeof origin.description === 'string'
      ? { kind: origin.kind!, description: origin.description, ...(typeof origin.url === 'string' ? { url: origin.url } : {}) }
      : { kind: 'none', description: 'The report artifact does not say where its baseline came from.' }
  const stamp = record.pullRequest
  if (stamp === undefined) return { baseline }
  if (!Number.isSafeInteger(stamp.number) || !Number.isSafeInteger(stamp.runId) || typeof stamp.headSha !== 'string' || typeof stamp.repository !== 'string') {
    throw new ConfigError(`${label}: the pull request stamp is malformed.`)
  }
  return { baseline, pullRequest: { number: stamp.number!, runId: stamp.runId!, headSha: stamp.headSha, repository: stamp.repository } }
}

/** Downloads a report artifact (of this run, or of `other`) into a temporary directory and reads it. */
export async function fetchBundle(artifacts: ArtifactStore, artifact: ArtifactEntry, other?: OtherRun): Promise<ReportBundle> {
  // Its reports are capped as baselines are; the HTML beside them may be as large again.
  if (artifact.size > 2 * MAX_BASELINE_REPORT_BYTES)
    throw new ConfigError(`artifact "${artifact.name}": ${artifact.size} bytes, too large for a report artifact.`)
  const directory = await mkdtemp(join(process.env.RUNNER_TEMP || tmpdir(), 'model-size-download-'))
  try {
    await artifacts.download(artifact.id, directory, other)
    return await readBundle(directory, `artifact "${artifact.name}"`)
  } finally {
    await rm(directory, { recursive: true, force: true })
  }
}
