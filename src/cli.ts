#!/usr/bin/env node
import { performance } from 'node:perf_hooks'
import { main } from './cli/main.js'
import { FileByteSource } from './io/file-byte-source.js'

/** Milliseconds from process start until the bundle's modules were loaded. */
const loadedMs = performance.now()

// The entry only wires the process to main(); every decision lives below it.
process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd()
})

// MODEL_SIZE_BUDGET_STATS=1: one JSON line on stderr with what the run cost (read by `npm run bench`).
if (process.env.MODEL_SIZE_BUDGET_STATS === '1') {
  const stats = {
    bytesRead: FileByteSource.totalBytesRead,
    filesOpened: FileByteSource.totalOpened,
    loadedMs: Math.round(loadedMs),
    doneMs: Math.round(performance.now())
  }
  process.stderr.write(`model-size-budget stats: ${JSON.stringify(stats)}\n`)
}
