#!/usr/bin/env node
import nodeModule from 'node:module'
import { descriptorWriter } from './cli/descriptor-writer.js'
import { main } from './cli/main.js'
import { FileByteSource } from './io/file-byte-source.js'
import { TRANSFER } from './io/remote/transfer.js'

/**
 * Milliseconds from process start until the bundle's modules were loaded. `process.uptime()`
 * rather than `performance.now()`: the latter loads nine perf_hooks modules at start-up.
 */
const loadedMs = process.uptime() * 1000

// Node >= 22.1 can keep the compiled code of the format readers' chunks (loaded below, on first
// use) in its on-disk compile cache, keyed by their content: later runs skip compiling them. A
// no-op on Node 20, which lacks it; it never throws (a cache it cannot write is just not used),
// and NODE_DISABLE_COMPILE_CACHE=1 turns it off.
;(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.()

// The entry only wires the process to main(); every decision lives below it.
const stderr = descriptorWriter(2)
process.exitCode = await main(process.argv.slice(2), {
  stdout: descriptorWriter(1),
  stderr,
  cwd: process.cwd()
})

// MODEL_SIZE_BUDGET_STATS=1: one JSON line on stderr with what the run cost (read by `npm run bench`).
if (process.env.MODEL_SIZE_BUDGET_STATS === '1') {
  const stats = {
    bytesRead: FileByteSource.totalBytesRead,
    filesOpened: FileByteSource.totalOpened,
    // Remote reads (s3://, hf://, LFS objects...): requests made and bytes received.
    transfer: { ...TRANSFER },
    loadedMs: Math.round(loadedMs),
    doneMs: Math.round(process.uptime() * 1000)
  }
  stderr(`model-size-budget stats: ${JSON.stringify(stats)}\n`)
}
