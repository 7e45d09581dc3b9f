/**
 * What the shared core costs per tensor once a reader has returned its tensor list: the
 * pipeline's analysis (analyzeCheckpoint, buildReport), the budget evaluation and each renderer,
 * on N synthetic TensorInfo held in memory (no reader, no I/O), so that the figures are the core's
 * alone. Run with the GC exposed to see retained memory too:
 *
 *   node --expose-gc --import tsx bench/core-cost.ts [tensors=100000] [runs=5]
 *
 * Prints, per step, the median CPU and wall time, and the heap the results keep (after a GC).
 */
import { performance } from 'node:perf_hooks'
import { analyzeCheckpoint, buildReport } from '../src/core/analyze.js'
import { evaluateBudgets, parseBudgets } from '../src/core/budgets.js'
import { diffReports } from '../src/core/diff.js'
import type { Category, ReadResult, TensorInfo } from '../src/core/types.js'
import { renderMarkdown } from '../src/report/markdown.js'
import { renderText } from '../src/report/text.js'

const count = Number(process.argv[2] ?? 100_000)
const runs = Number(process.argv[3] ?? 5)
const gc = (globalThis as { gc?: () => void }).gc

/** A TF-like checkpoint: a third weights, two thirds Adam slots, a step counter; 4 KB each. */
function syntheticResult(tensors: number): ReadResult {
  const list: TensorInfo[] = []
  const categories: Category[] = ['weights', 'optimizer', 'optimizer']
  let offset = 0
  for (let i = 0; i < tensors; i++) {
    const category = i === tensors - 1 ? 'bookkeeping' : categories[i % 3]
    const byteLength = 4096 + (i % 7) * 4
    list.push({
      name: `model/layer_${Math.floor(i / 3)}/kernel${category === 'optimizer' ? (i % 3 === 1 ? '/Adam' : '/Adam_1') : ''}`,
      dtype: 'float32',
      shape: [byteLength / 4],
      file: 'model.ckpt.data-00000-of-00001',
      offset,
      byteLength,
      category,
      reason: category === 'optimizer' ? 'Adam slot of its variable' : 'trainable variable'
    })
    offset += byteLength
  }
  return {
    format: 'tensorflow-checkpoint',
    name: 'model.ckpt',
    files: [
      { path: 'model.ckpt.index', role: 'index', bytes: 40 * tensors, present: true },
      { path: 'model.ckpt.data-00000-of-00001', role: 'data', bytes: offset, present: true }
    ],
    tensors: list,
    classifiedBy: 'meta-graph',
    warnings: []
  }
}

function heapMiB(): number {
  gc?.()
  return process.memoryUsage().heapUsed / 2 ** 20
}

function step<T>(name: string, fn: () => T): T {
  const walls: number[] = []
  const cpus: number[] = []
  let value!: T
  for (let run = 0; run < runs; run++) {
    const start = performance.now()
    const cpu = process.cpuUsage()
    value = fn()
    const used = process.cpuUsage(cpu)
    walls.push(performance.now() - start)
    cpus.push((used.user + used.system) / 1000)
  }
  const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
  const [wall, cpu] = [median(walls), median(cpus)]
  // CPU time is the figure to compare on a shared machine: wall time includes waiting for a core.
  // The first run is the CLI's case: one analysis per process, on code not yet optimised.
  console.log(
    `${name.padEnd(40)} cpu ${cpu.toFixed(1).padStart(6)} ms (${((cpu * 1e6) / count).toFixed(0)} ns/tensor; first run ${cpus[0].toFixed(1)} ms), wall ${wall.toFixed(1)} ms`
  )
  return value
}

const heapStart = heapMiB()
const result = syntheticResult(count)
const heapTensors = heapMiB()
console.log(`${count} tensors: the TensorInfo list holds ${(heapTensors - heapStart).toFixed(1)} MiB of heap`)

const report = step('analyzeCheckpoint', () => buildReport([analyzeCheckpoint(result, { id: 'model.ckpt' })]))
step('analyzeCheckpoint --top 10', () => buildReport([analyzeCheckpoint(result, { id: 'model.ckpt', top: 10 })]))
const rules = parseBudgets('total: 1 GB\noptimizer: 0 B', { source: '--budget' })
const verdict = step('diffReports + evaluateBudgets (2 rules)', () => evaluateBudgets(diffReports(undefined, report), rules))
step('renderText', () => renderText(report))
step('JSON.stringify(report, null, 2)', () => JSON.stringify(report, null, 2))
step('renderMarkdown (top 10)', () => renderMarkdown(verdict, { baseline: { kind: 'none', description: 'none' }, topTensors: 10 }))
console.log(`heap after: ${(heapMiB() - heapTensors).toFixed(1)} MiB beyond the tensor list (report and verdict retained)`)
