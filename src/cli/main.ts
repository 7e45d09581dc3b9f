import { ExitCode, parseCliArgs, USAGE, VERSION, type CliOptions } from './args.js'
import { messageOf, type CliIo } from './cli-io.js'
import { measureAndCompare } from './measure-and-compare.js'

/**
 * The CLI's modes: `merge REPORT.json...`, --help, --version, and the measurement of PATHs (with
 * its comparisons). Returns the exit code; never throws for bad input.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  if (argv[0] === 'merge') {
    const { mergeMain } = await import('./merge.js')
    return mergeMain(argv.slice(1), io)
  }
  let options: CliOptions
  try {
    options = parseCliArgs(argv)
    if (options.help) {
      io.stdout(USAGE)
      return ExitCode.Success
    }
    if (options.version) {
      io.stdout(`${VERSION}\n`)
      return ExitCode.Success
    }
  } catch (error) {
    io.stderr(`error: ${messageOf(error)}\n\n${USAGE}`)
    return ExitCode.InputError
  }
  return measureAndCompare(options, io)
}
