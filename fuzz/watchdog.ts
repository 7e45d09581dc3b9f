import { Worker } from 'node:worker_threads'

/**
 * A hang detector for `npm run fuzz`. An input that loops forever blocks the main thread, so the
 * per-input time check never runs; a worker thread watches a shared counter that the main thread
 * bumps before each input and, when it stops moving for `timeoutMs`, prints the input and kills
 * the process (exit by SIGKILL: CI sees a failure, and the log names the input).
 */
export class Watchdog {
  private readonly counter = new Int32Array(new SharedArrayBuffer(4))
  private readonly text = new Uint8Array(new SharedArrayBuffer(4096))
  private readonly worker: Worker

  constructor(timeoutMs: number) {
    this.worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { counter: this.counter, text: this.text, timeoutMs } })
    this.worker.unref()
  }

  /** Call before each input, with what to print should it never return. */
  starting(description: string): void {
    const bytes = new TextEncoder().encode(description).subarray(0, this.text.length - 1)
    this.text.fill(0)
    this.text.set(bytes)
    Atomics.add(this.counter, 0, 1)
  }

  /** Call between phases that are not inputs (and at the end), so that idle time is not a hang. */
  pause(): void {
    Atomics.store(this.counter, 0, 0)
  }

  async stop(): Promise<void> {
    await this.worker.terminate()
  }
}

// CommonJS, as eval workers are. Counter 0 means "not in an input".
const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads')
const { writeSync } = require('node:fs')
const { counter, text, timeoutMs } = workerData
let last = 0
let since = Date.now()
setInterval(() => {
  const now = Atomics.load(counter, 0)
  if (now !== last) { last = now; since = Date.now(); return }
  if (now === 0 || Date.now() - since < timeoutMs) return
  const end = text.indexOf(0)
  const description = Buffer.from(text.subarray(0, end < 0 ? text.length : end)).toString()
  writeSync(2, '\\nFINDING (hang): input #' + now + ' did not return within ' + timeoutMs + ' ms: ' + description + '\\n')
  process.kill(process.pid, 'SIGKILL')
}, 100)
`
