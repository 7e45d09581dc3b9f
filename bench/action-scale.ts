/**
 * The action on a pull request of a monorepo (issue 15, cost at scale): N checkpoints of mixed
 * formats in the workspace and N at the base commit (the git baseline), from the action's start
 * until it exits: both sides measured, the comment rendered and posted to a local stand-in of the
 * GitHub API. `npm run bench` runs it with 1,000; alone, for profiling:
 *
 *   npx tsx bench/action-scale.ts --checkpoints 1000 --runs 3 --action /tmp/msb-action/index.js
 *   npx tsx bench/action-scale.ts --checkpoints 1000 --runs 1 --cpu-prof /tmp/prof   # node --cpu-prof
 *   npx tsx bench/action-scale.ts --action /tmp/before/index.js --action /tmp/after/index.js  # runs interleaved
 *
 * The bundle is dist/index.js unless --action names others (e.g. built with ncc or esbuild elsewhere).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { GitHubApiServer } from '../__tests__/helpers/github-api-server.js'
import { median, runOnceAsync, type ProcessRun } from './process.js'
import { actionEnvironment, writeActionWorkspace } from './scenarios/action-at-scale.js'
import { SCENARIOS_BY_NAME } from './scenarios/index.js'

const ROOT = resolve(fileURLToPath(import.meta.url), '..', '..')

/** Issue 15's target for 1,000 checkpoints and a git baseline of 1,000, and where it started. */
export const ACTION_SCALE_TARGET = {
  checkpoints: 1_000,
  wallMs: 3_000,
  /**
   * CPU (the action and its git processes) before the fixes of issue 15.5, when every blob read
   * spawned its own git: measured on this scenario beside the fixed bundle (bench/README.md).
   * CPU, not wall: the shared machine's load moves wall times tenfold, CPU far less.
   */
  beforeCpuMs: 88_000
}

export interface ActionScaleResult {
  checkpoints: number
  run: ProcessRun
  wallMsAll: number[]
  /** Checkpoints in the head report, and whether the comment was posted. */
  measured: number
  commented: boolean
}

export async function measureActionAtScale(options: { checkpoints: number; runs: number; action: string; cpuProf?: string }): Promise<ActionScaleResult> {
  return (await measureActionsAtScale({ ...options, actions: [options.action] }))[0]
}

/** The same workspace for each bundle, their runs interleaved (A B A B ...) so that they see the same machine. */
export async function measureActionsAtScale(options: { checkpoints: number; runs: number; actions: string[]; cpuProf?: string }): Promise<ActionScaleResult[]> {
  const work = mkdtempSync(join(tmpdir(), 'msb-bench-scale-'))
  const server = new GitHubApiServer()
  await server.start()
  try {
    const writing = Date.now()
    const written = await writeActionWorkspace(join(work, 'workspace'), Object.values(SCENARIOS_BY_NAME), options.checkpoints)
    process.stderr.write(`wrote ${options.checkpoints} checkpoints and two commits in ${((Date.now() - writing) / 1000).toFixed(1)} s\n`)
    const env = actionEnvironment(work, written, join(ROOT, 'action.yml'), server.url)
    const runs: ProcessRun[][] = options.actions.map(() => [])
    const measured: number[] = []
    for (let i = 0; i < options.runs; i++) {
      for (const [k, action] of options.actions.entries()) {
        const nodeArgs = options.cpuProf ? ['--cpu-prof', '--cpu-prof-dir', options.cpuProf, action] : [action]
        const run = await runOnceAsync('node', nodeArgs, { cwd: written.workspace, env })
        if (run.status !== 0) throw new Error(`${action} exited ${run.status}:\n${run.stdout.split('\n').slice(-20).join('\n')}`)
        runs[k].push(run)
        measured[k] = (JSON.parse(readFileSync(join(written.workspace, 'model-size-report.json'), 'utf8')) as { checkpoints: unknown[] }).checkpoints.length
      }
    }
    return runs.map((list, k) => ({
      checkpoints: options.checkpoints,
      run: {
        ...list[list.length - 1],
        wallMs: median(list.map((r) => r.wallMs)),
        cpuMs: median(list.map((r) => r.cpuMs)),
        maxRssKiB: median(list.map((r) => r.maxRssKiB))
      },
      wallMsAll: list.map((r) => r.wallMs),
      measured: measured[k],
      commented: (server.state.comments.get(1) ?? []).length === 1
    }))
  } finally {
    await server.stop()
    rmSync(work, { recursive: true, force: true })
  }
}

/** One line for the bench output: the figure, the target, and the ratio to the figure before the fixes. */
export function describeActionScale(result: ActionScaleResult): string {
  const { wallMs, cpuMs, maxRssKiB } = result.run
  const target = result.checkpoints === ACTION_SCALE_TARGET.checkpoints ? ` ${wallMs < ACTION_SCALE_TARGET.wallMs ? '✅' : '❌'} (target < 3 s)` : ''
  const before =
    result.checkpoints === ACTION_SCALE_TARGET.checkpoints
      ? `; CPU before one git process served every blob: ${(ACTION_SCALE_TARGET.beforeCpuMs / 1000).toFixed(0)} s, now ${(ACTION_SCALE_TARGET.beforeCpuMs / cpuMs).toFixed(1)}× less`
      : ''
  return (
    `Action at scale: ${result.checkpoints.toLocaleString('en-US')} checkpoints of ${Object.keys(SCENARIOS_BY_NAME).length} formats, git baseline of as many, ` +
    `comment posted ${result.commented ? 'yes' : 'NO'}, ${result.measured} measured: ${(wallMs / 1000).toFixed(2)} s wall${target}, ${(cpuMs / 1000).toFixed(2)} s CPU, ` +
    `${((maxRssKiB * 1024) / 1e6).toFixed(0)} MB peak RSS (runs: ${result.wallMsAll.map((ms) => (ms / 1000).toFixed(2)).join(', ')} s)${before}.\n`
  )
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      checkpoints: { type: 'string', default: String(ACTION_SCALE_TARGET.checkpoints) },
      runs: { type: 'string', default: '3' },
      action: { type: 'string', multiple: true, default: [join(ROOT, 'dist', 'index.js')] },
      'cpu-prof': { type: 'string' }
    }
  })
  const actions = values.action.map((action) => resolve(action))
  const results = await measureActionsAtScale({
    checkpoints: Number(values.checkpoints),
    runs: Number(values.runs),
    actions,
    cpuProf: values['cpu-prof'] && resolve(values['cpu-prof'])
  })
  results.forEach((result, k) => console.log(`${actions[k]}:\n${describeActionScale(result)}`))
}
