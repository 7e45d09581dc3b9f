import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { PROJECT_ROOT } from './fixtures.js'

/** The lines of action.yml's default for the `path` input, as the runner passes them. */
export function defaultPathPatterns(): string[] {
  const yml = readFileSync(join(PROJECT_ROOT, 'action.yml'), 'utf8')
  const block = /\n {2}path:\n[\s\S]*?\n {4}default: \|\n((?: {6}.*\n)+)/.exec(yml)
  if (!block) throw new Error("action.yml: no block default for the 'path' input")
  return block[1].split('\n').map((line) => line.trim()).filter((line) => line !== '')
}
