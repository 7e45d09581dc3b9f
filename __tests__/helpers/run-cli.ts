import { main } from '../../src/cli/main.js'
import type { CheckpointReader } from '../../src/formats/kit/types.js'

export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

/** Runs the CLI in `cwd` with its output captured; every reader unless `readers` narrows them. */
export async function runCli(cwd: string, argv: readonly string[], readers?: readonly CheckpointReader[]): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), cwd, ...(readers ? { readers } : {}) })
  return { code, stdout, stderr }
}
