import * as core from '@actions/core'
import * as github from '@actions/github'
import { createHash } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { evaluateMergedBudgets, legCoverage, legVerdict, mergeLegReports, type ReportLeg, type RunJob } from '../core/merge.js'
import { changedBeyondFloor, type NoiseFloor } from '../core/noise-floor.js'
import { decideOutcome, type Finding, type OutcomePolicy } from '../core/outcome.js'
import { uncheckedRules } from '../core/unchecked-rules.js'
import { GITHUB_COMMENT_MAX_LENGTH, GITHUB_SUMMARY_MAX_BYTES } from '../report/markdown.js'
import { renderMergedMarkdown, type LegSection } from '../report/markdown-merged.js'
import { renderText } from '../report/text.js'
import { artifactUrl, type ArtifactEntry } from './artifacts.js'
import { commentDigest, digestLine } from './comment.js'
import { Outputs, REPORT_ARTIFACT_NAME } from './constants.js'
import { describeRequestError } from './github.js'
import type { ActionInputs } from './inputs.js'
import type { ModeContext } from './main.js'
import { failureReasons, logUntrusted, publishComment, runUrl, writeSummary } from './publish.js'
import { fetchBundle, reportJson, type ReportBundle } from './report-bundle.js'
import { readSinceReports } from './since.js'

/** The legs' artifacts are named `model-size-report-<key>`. */
const LEG_PREFIX = `${REPORT_ARTIFACT_NAME}-`

/** Largest tensors kept per checkpoint, as in one job's comment. */
const TOP_TENSORS = 10

/**
 * `mode: merge`, the final job of a matrix whose legs ran with `upload-report: true` and a
 * `comment-key` each: downloads every `model-size-report-<key>` artifact of this run, merges the
 * reports (ids prefixed by the key only where two legs share one), evaluates the budget once over
 * the whole and each leg's `keys.KEY` section of the config file over its own checkpoints, and
 * posts one comment with a section per key, naming the legs that did not report.
 */
export async function runMerge(inputs: ActionInputs, context: ModeContext): Promise<string[]> {
  const listed = (await context.artifacts.list()).filter((artifact) => artifact.name.startsWith(LEG_PREFIX))
  const legs: (ReportLeg & { bundle: ReportBundle; artifact: ArtifactEntry })[] = []
  const unreadable: Finding[] = []
  for (const artifact of listed.sort((a, b) => a.name.localeCompare(b.name))) {
    const key = artifact.name.slice(LEG_PREFIX.length)
    try {
      const bundle = await fetchBundle(context.artifacts, artifact)
      legs.push({ key, head: bundle.head, ...(bundle.base ? { base: bundle.base } : {}), bundle, artifact })
    } catch (error) {
      unreadable.push({
        kind: 'missing-report',
        severity: 'error',
        message: `The report of leg "${key}" could not be read: ${error instanceof Error ? error.message : String(error)}`
      })
    }
  }
  core.info(`Merging ${legs.length} report artifact(s): ${legs.map((leg) => leg.artifact.name).join(', ') || 'none'}.`)

  const coverage = legCoverage(
    legs.map((leg) => leg.key),
    inputs.expectKeys,
    inputs.expectKeys.length > 0 ? [] : await runJobs(context)
  )
  const missing: Finding[] = coverage.missing.map((leg) => ({
    kind: 'missing-report',
    severity: 'error',
    message: `The report of leg "${leg.key}" is missing${leg.why ? `: ${leg.why}` : ''}.`
  }))

  const merged = mergeLegReports(legs)
  logUntrusted(renderText(merged.head))
  const workspace = resolve(process.env.GITHUB_WORKSPACE ?? process.cwd())
  const file = resolve(workspace, inputs.reportPath)
  await mkdir(dirname(file), { recursive: true })
  await writeFile(file, reportJson(merged.head, TOP_TENSORS))
  core.setOutput(Outputs.Report, file)
  core.setOutput(Outputs.TotalBytes, String(merged.head.total.bytes.total))

  // Drift rules read their ref from git objects: this job needs a checkout for them (else a finding says so).
  const legRules = legs.flatMap((leg) => inputs.legBudgets.get(leg.key)?.rules ?? [])
  const { since } = await readSinceReports(
    workspace,
    [...inputs.budgetRules, ...legRules],
    inputs,
    'Add actions/checkout with fetch-depth: 0 (or fetch-tags: true) to the merge job, before this step.'
  )
  const verdict = evaluateMergedBudgets(merged, inputs.budgetRules, inputs.legBudgets, { since })
  core.setOutput(Outputs.OverBudget, String(verdict.status === 'fail'))
  const policy: OutcomePolicy = { failOn: inputs.failOn, ifNoCheckpoints: inputs.ifNoCheckpoints, searched: [`${LEG_PREFIX}* artifacts of this run`] }
  // A leg's drift rule that could not be checked is said in its section, the whole's at the top.
  const uncheckedOf = new Map(legs.map((leg) => [leg.key, uncheckedRules(inputs.legBudgets.get(leg.key)?.rules ?? [], since)]))
  const unchecked = [...uncheckedRules(inputs.budgetRules, since), ...[...uncheckedOf.values()].flat()]
  const outcome = decideOutcome(verdict, policy, [...unreadable, ...missing, ...unchecked])
  for (const finding of outcome.warnings) core.warning(finding.message)

  const sections: (LegSection & { minChange: NoiseFloor })[] = legs.map((leg) => {
    const part = legVerdict(verdict, merged, leg.key)
    const url = artifactUrl(leg.artifact.id)
    return {
      key: leg.key,
      verdict: part,
      outcome: decideOutcome(part, { ...policy, ifNoCheckpoints: 'ignore' }, uncheckedOf.get(leg.key)),
      baseline: leg.bundle.baseline,
      minChange: inputs.legBudgets.get(leg.key)?.minChange ?? inputs.minChange,
      ...(url ? { htmlReportUrl: url } : {})
    }
  })
  const summaryUrl = runUrl()
  // A leg that goes missing (or comes back) changes the comment even when no number does.
  const digest = createHash('sha256')
    .update(JSON.stringify([sections.map((section) => commentDigest(section.verdict, section.minChange)), coverage.missing.map((leg) => leg.key)]))
    .digest('hex')
    .slice(0, 32)
  const options = {
    outcome,
    coverage,
    commentKey: inputs.commentKey,
    minChange: inputs.minChange,
    topTensors: TOP_TENSORS,
    ...(summaryUrl ? { summaryUrl } : {})
  }
  const markdown = renderMergedMarkdown(sections, { ...options, maxLength: GITHUB_COMMENT_MAX_LENGTH - digestLine(digest).length - 1 })
  core.setOutput(Outputs.Markdown, markdown)
  // Characters never outnumber UTF-8 bytes by more than 4 to 1.
  await writeSummary(renderMergedMarkdown(sections, { ...options, summary: true, maxLength: Math.floor(GITHUB_SUMMARY_MAX_BYTES / 4) }) + '\n')
  const absent = coverage.missing.map((leg) => leg.key)
  core.info(`Merged ${legs.length} report(s)${absent.length > 0 ? `; missing: ${absent.join(', ')}` : ''}.`)

  const pullRequest = github.context.payload.pull_request as
    { number: number; head?: { repo?: { full_name?: string } }; base?: { repo?: { full_name?: string } } } | undefined
  let commentId: number | undefined
  if (pullRequest && inputs.comment !== 'false') {
    const changed = sections.some((section) => section.verdict.diff.checkpoints.some((checkpoint) => changedBeyondFloor(checkpoint, section.minChange)))
    commentId = await publishComment(
      context.api,
      { number: pullRequest.number, fork: pullRequest.head?.repo?.full_name !== pullRequest.base?.repo?.full_name },
      {
        markdown,
        digest,
        mode: inputs.comment,
        commentKey: inputs.commentKey,
        worthCreating: outcome.status !== 'pass' || changed || !verdict.diff.base,
        ...(context.pause ? { pause: context.pause } : {})
      }
    )
  }
  core.setOutput(Outputs.CommentId, commentId === undefined ? '' : String(commentId))
  return failureReasons(outcome)
}

/** The run's jobs, to name the legs that did not report; without `actions: read`, none (a warning). */
async function runJobs(context: ModeContext): Promise<RunJob[]> {
  const runId = Number(process.env.GITHUB_RUN_ID)
  if (!context.api || !Number.isSafeInteger(runId)) return []
  try {
    return await context.api.listRunJobs(runId)
  } catch (error) {
    core.warning(
      `Could not list this run's jobs (${describeRequestError(error)}), so legs that uploaded no report cannot be named: ` +
        "grant 'actions: read' or list the keys in the expect-keys input."
    )
    return []
  }
}
