import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { join } from 'node:path'
import { PROJECT_ROOT } from './fixtures.js'

/** The lines of action.yml's default for the `path` input, as the runner passes them. */
export function defaultPathPatterns(): string[] {
  const yml = readFileSync(join(PROJECT_ROOT, 'action.yml'), 'utf8')
  const block = /\n {2}path:\n[\s\S]*?\n {4}default: \|\n((?: {6}.*\n)+)/.exec(yml)
  if (!block) throw new Error("action.yml: no block default for the 'path' input")
  return block[1]
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
}

/**
 * Every input's default as the runner passes it (`INPUT_<NAME>`) when a workflow leaves it out;
 * `${{ github.token }}` stands for the token the test gives.
 */
export function inputDefaults(token: string): Record<string, string> {
  const action = parse(readFileSync(join(PROJECT_ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: unknown }> }
  return Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, String(input.default ?? '').replace('${{ github.token }}', token)]))
}
