import { analyzeCheckpoint } from '../src/core/analyze.js'
import { ModelSizeBudgetError } from '../src/core/errors.js'
import { CATEGORIES } from '../src/core/types.js'
import type { CheckpointReader } from '../src/formats/index.js'
import { MemoryFiles } from '../src/io/checkpoint-files.js'
import { measure } from '../src/pipeline/measure.js'
import type { FuzzInput } from './inputs.js'

/**
 * Runs one input through the pipeline (`measure`) and through each reader directly, and judges
 * it. An input passes when every path ends in a report or in a typed, user-readable error
 * (a ModelSizeBudgetError subclass; `report.errors` never says InternalError), within the time
 * and memory bounds. Anything else is a finding.
 */

export interface Bounds {
  /**
   * CPU time (user + system, this process) for the whole input: the pipeline and each direct read
   * (2-3 reads of the file). Metadata reads take milliseconds; the slowest hostile input (a pickle
   * whose tensor names reach MAX_TOTAL_NAME_BYTES) takes ~1.5 s a read. CPU rather than wall time:
   * on a shared 2-core machine wall time waits for a core (an input of 0.4 s once took 11 s of wall
   * at load 9), while the work an input costs does not change. The bound is there to catch
   * super-linear blow-ups, not to benchmark; a true hang is the watchdog's (fuzz/watchdog.ts).
   */
  timeMs: number
  /**
   * Growth of the process's peak resident set during the input. The peak only grows, so this
   * catches an input that allocates far beyond what the previous ones did.
   */
  memoryMb: number
}

export const DEFAULT_BOUNDS: Bounds = { timeMs: 10_000, memoryMb: 512 }

export interface Outcome {
  /** How the pipeline ended: `report`, or the kind of each error in `report.errors`. */
  measure: string[]
  /** How each direct read ended: `read` or the error class. */
  direct: string[]
  /** Wall time, for the campaign's log. */
  elapsedMs: number
  /** CPU time, judged against `Bounds.timeMs`. */
  cpuMs: number
  findings: string[]
}

const peakRssMb = (): number => process.resourceUsage().maxRSS / 1024

/**
 * The CPU time of this thread, where the readers run, when Node can tell it (process.threadCpuUsage,
 * in Node 24 and not in 20); else of the whole process. The process's figure also counts the GC's
 * and the compiler's background threads: on Node 24 a reader asleep for 60 ms was charged 73 ms.
 */
const threadCpuUsage = (process as { threadCpuUsage?: (previous?: NodeJS.CpuUsage) => NodeJS.CpuUsage }).threadCpuUsage
const cpuUsage = (previous?: NodeJS.CpuUsage): NodeJS.CpuUsage => (threadCpuUsage ? threadCpuUsage.call(process, previous) : process.cpuUsage(previous))

export async function runInput(input: FuzzInput, bounds: Bounds = DEFAULT_BOUNDS, readers?: readonly CheckpointReader[]): Promise<Outcome> {
  const findings: string[] = []
  const measureKinds: string[] = []
  const directKinds: string[] = []
  const files = new MemoryFiles(input.files)
  const peakBefore = peakRssMb()
  const started = performance.now()
  const cpuBefore = cpuUsage()

  try {
    const report = await measure([...input.files.keys()], files, { readers })
    for (const error of report.errors) {
      measureKinds.push(error.kind)
      if (error.kind === 'InternalError') findings.push(`measure: ${error.message}`)
    }
    for (const checkpoint of report.checkpoints) {
      measureKinds.push('report')
      const sum = CATEGORIES.reduce((total, category) => total + checkpoint.bytes[category], 0)
      if (sum !== checkpoint.bytes.total) findings.push(`measure: ${checkpoint.id}: categories add up to ${sum}, not ${checkpoint.bytes.total}`)
    }
    if (measureKinds.length === 0) measureKinds.push('nothing found')
  } catch (error) {
    measureKinds.push('threw')
    findings.push(`measure threw (it must never): ${describe(error)}`)
  }

  for (const { path, reader } of input.direct) {
    try {
      const result = await reader.read(path, files)
      analyzeCheckpoint(result, { id: result.name })
      directKinds.push('read')
    } catch (error) {
      const code = (error as { code?: string } | null)?.code
      if (error instanceof ModelSizeBudgetError) directKinds.push(error.name)
      else if (code === 'ENOENT') directKinds.push('ENOENT')
      else {
        directKinds.push(`untyped ${(error as Error)?.name ?? typeof error}`)
        findings.push(`${reader.format}.read(${path}): ${describe(error)}`)
      }
    }
  }

  const elapsedMs = performance.now() - started
  const cpu = cpuUsage(cpuBefore)
  const cpuMs = (cpu.user + cpu.system) / 1000
  if (cpuMs > bounds.timeMs) findings.push(`took ${Math.round(cpuMs)} ms of CPU, over the ${bounds.timeMs} ms bound`)
  const growth = peakRssMb() - peakBefore
  if (growth > bounds.memoryMb) findings.push(`peak memory grew by ${Math.round(growth)} MB, over the ${bounds.memoryMb} MB bound`)
  return { measure: measureKinds, direct: directKinds, elapsedMs, cpuMs, findings }
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  const frame = error.stack
    ?.split('\n')
    .find((line) => line.includes('/src/'))
    ?.trim()
  return `${error.name}: ${error.message.slice(0, 300)}${frame ? ` (${frame})` : ''}`
}

/** Counts of outcomes over a run, for the table. */
export class Tally {
  inputs = 0
  readonly measure = new Map<string, number>()
  readonly direct = new Map<string, number>()
  slowest = { ms: 0, description: '' }

  add(outcome: Outcome, description: string): void {
    this.inputs++
    for (const kind of new Set(outcome.measure)) this.measure.set(kind, (this.measure.get(kind) ?? 0) + 1)
    for (const kind of outcome.direct) this.direct.set(kind, (this.direct.get(kind) ?? 0) + 1)
    if (outcome.elapsedMs > this.slowest.ms) this.slowest = { ms: outcome.elapsedMs, description }
  }

  table(): string {
    const rows = (map: Map<string, number>): string[] =>
      [...map].sort((a, b) => b[1] - a[1]).map(([kind, count]) => `  ${kind.padEnd(28)} ${String(count).padStart(7)}`)
    return [
      `inputs tried: ${this.inputs}`,
      'through measure() (inputs whose report has each outcome):',
      ...rows(this.measure),
      'read directly by each reader (reads ending in each outcome):',
      ...rows(this.direct),
      `slowest input: ${Math.round(this.slowest.ms)} ms (${this.slowest.description.slice(0, 160)})`
    ].join('\n')
  }
}
