import { afterAll, beforeAll } from '@jest/globals'

/**
 * @actions/core writes workflow commands (`::debug::…`) straight to stdout; in tests they are
 * noise, and under a real runner they would be executed. Filter them out for the current test
 * file, as actions/cache's jest set-up does.
 */
export function quietWorkflowCommands(): void {
  const original = process.stdout.write.bind(process.stdout)
  beforeAll(() => {
    process.stdout.write = ((chunk: string | Uint8Array, ...rest: never[]) =>
      String(chunk).startsWith('::') ? true : original(chunk, ...rest)) as typeof process.stdout.write
  })
  afterAll(() => {
    process.stdout.write = original
  })
}
