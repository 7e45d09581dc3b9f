import { spawn, spawnSync } from 'node:child_process'

/** One cold process run: wall time measured here, CPU and peak RSS from /usr/bin/time. */
export interface ProcessRun {
  wallMs: number
  /** user + system CPU (10 ms resolution, from /usr/bin/time). */
  cpuMs: number
  /** Peak resident set size in KiB. */
  maxRssKiB: number
  status: number | null
  stdout: string
  stderr: string
}

const TIME_MARK = '__bench_time__'

/**
 * Runs `command args` under `/usr/bin/time -f`, which reports the child's peak RSS (ru_maxrss) and
 * CPU after it exits. The wall time is taken around the spawn, so it includes the process start.
 */
export function runOnce(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): ProcessRun {
  const started = process.hrtime.bigint()
  const child = spawnSync('/usr/bin/time', ['-f', `${TIME_MARK} %M %U %S`, command, ...args], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024
  })
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6
  if (child.error) throw child.error
  return timedRun(`${command} ${args.join(' ')}`, wallMs, child.status, child.stdout, child.stderr)
}

/**
 * runOnce without blocking this process: for a child that talks to a server running here (the
 * action and the local GitHub API stand-in).
 */
export async function runOnceAsync(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<ProcessRun> {
  const started = process.hrtime.bigint()
  const child = spawn('/usr/bin/time', ['-f', `${TIME_MARK} %M %U %S`, command, ...args], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const status = await new Promise<number | null>((resolve, reject) => child.on('error', reject).on('close', resolve))
  return timedRun(`${command} ${args.join(' ')}`, Number(process.hrtime.bigint() - started) / 1e6, status, stdout, stderr)
}

function timedRun(what: string, wallMs: number, status: number | null, stdout: string, timedStderr: string): ProcessRun {
  const lines = timedStderr.split('\n')
  const markAt = lines.findIndex((line) => line.startsWith(TIME_MARK))
  if (markAt < 0) throw new Error(`/usr/bin/time gave no figures for ${what}:\n${timedStderr}`)
  const [, rss, user, system] = lines[markAt].split(' ')
  // /usr/bin/time prints "Command exited with non-zero status N" before its figures.
  const stderr = lines.filter((line, i) => i !== markAt && !line.startsWith('Command exited with non-zero status')).join('\n')
  return { wallMs, cpuMs: (Number(user) + Number(system)) * 1000, maxRssKiB: Number(rss), status, stdout, stderr }
}

/** `runs` cold runs; the median of each figure (the machine is shared, single runs are noisy). */
export function runMedian(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; runs: number }
): ProcessRun & { wallMsAll: number[] } {
  return runInterleaved([{ command, args, options }], options.runs)[0]
}

/**
 * `runs` cold runs of each command, their runs interleaved (A B A B ...), and the median of each
 * figure per command (the last run's status and output ride along). Interleaved, each sees
 * the machine as it was for the others, so that a start-up floor and a command measured beside it
 * compare fairly on a shared machine whose load drifts within a minute.
 */
export function runInterleaved(
  commands: { command: string; args: string[]; options: { cwd: string; env?: NodeJS.ProcessEnv } }[],
  runs: number
): (ProcessRun & { wallMsAll: number[] })[] {
  const all: ProcessRun[][] = commands.map(() => [])
  for (let i = 0; i < runs; i++) {
    commands.forEach(({ command, args, options }, k) => all[k].push(runOnce(command, args, options)))
  }
  return all.map((list) => ({
    ...list[list.length - 1],
    wallMs: median(list.map((run) => run.wallMs)),
    cpuMs: median(list.map((run) => run.cpuMs)),
    maxRssKiB: median(list.map((run) => run.maxRssKiB)),
    wallMsAll: list.map((run) => run.wallMs)
  }))
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
