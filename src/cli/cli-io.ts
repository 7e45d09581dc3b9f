import type { CheckpointReader } from '../formats/kit/types.js'

/** Where the CLI writes; tests pass buffers, the entry passes the process streams. */
export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  cwd: string
  /** The readers to try (tests may narrow them); default: every reader. */
  readers?: readonly CheckpointReader[]
}

/** An error's message for stderr. */
export function messageOf(error: unknown): string {
  // Not `instanceof Error`: errors from another realm (node:fs under a test VM) fail that check.
  const message = (error as { message?: unknown } | null)?.message
  return typeof message === 'string' ? message : String(error)
}
