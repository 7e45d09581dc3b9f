import { parseArgs } from 'node:util'
import { ConfigError } from '../core/errors.js'
import { DiskFiles } from '../io/disk-files.js'
import { walk } from '../io/walk.js'
import { measure } from '../pipeline/measure.js'
import { renderErrors, renderText } from '../report/text.js'

/** Exit codes: the contract scripts rely on. */
export const ExitCode = {
  Success: 0,
  /** A budget was exceeded. */
  OverBudget: 1,
  /** Bad usage, or a file that could not be analysed. */
  InputError: 2
} as const

/** Where the CLI writes; tests pass buffers, the entry passes the process streams. */
export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  cwd: string
}

export const USAGE = `Usage: model-size-budget [options] PATH...

Finds the ML checkpoints under each PATH (files or directories, searched recursively)
and attributes every byte of each one to weights, optimizer state, buffers,
bookkeeping or metadata.

Options:
  --json          print the report as JSON (schema 1) instead of a table
  --top N         list the N largest tensors of each checkpoint
  -h, --help      show this help
  -v, --version   show the version

Exit codes: 0 success, 1 a budget was exceeded, 2 usage or input error.
`

/** Runs the CLI and returns its exit code; never throws for bad input. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let options
  try {
    options = parseCliArgs(argv)
  } catch (error) {
    io.stderr(`error: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`)
    return ExitCode.InputError
  }
  if (options.help) {
    io.stdout(USAGE)
    return ExitCode.Success
  }
  if (options.version) {
    io.stdout(`${VERSION}\n`)
    return ExitCode.Success
  }

  const found = await walk(io.cwd, options.paths)
  const report = await measure(found.files, new DiskFiles(io.cwd), { top: options.top })
  for (const skipped of found.skipped) {
    report.errors.push({ path: skipped.path, kind: 'PathError', message: `${skipped.path}: ${skipped.reason}.` })
  }

  io.stdout(options.json ? JSON.stringify(report, null, 2) + '\n' : renderText(report))
  if (report.errors.length > 0) {
    io.stderr(renderErrors(report))
    return ExitCode.InputError
  }
  return ExitCode.Success
}

export interface CliOptions {
  paths: string[]
  json: boolean
  top: number
  help: boolean
  version: boolean
}

export function parseCliArgs(argv: readonly string[]): CliOptions {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      json: { type: 'boolean', default: false },
      top: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
      version: { type: 'boolean', short: 'v', default: false }
    }
  })
  let top = 0
  if (values.top !== undefined) {
    top = Number(values.top)
    if (!Number.isInteger(top) || top < 1) throw new ConfigError(`--top takes a whole number of at least 1, got '${values.top}'.`)
  }
  if (!values.help && !values.version && positionals.length === 0) {
    throw new ConfigError('no PATH given: name the checkpoint files or directories to analyse.')
  }
  return { paths: positionals, json: values.json ?? false, top, help: values.help ?? false, version: values.version ?? false }
}

// Replaced at build time would need a bundler plugin; the package version is stable enough here.
const VERSION = '0.1.0'
