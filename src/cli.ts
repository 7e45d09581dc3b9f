#!/usr/bin/env node
import { main } from './cli/main.js'

// The entry only wires the process to main(); every decision lives below it.
process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd()
})
