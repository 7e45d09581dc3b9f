import { execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PROJECT_ROOT } from './fixtures.js'

/**
 * The action as a runner runs it: its ncc bundle started with `node dist/index.js` and the
 * environment a runner gives it (INPUT_*, GITHUB_EVENT_PATH, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY,
 * the artifact backend's ACTIONS_RESULTS_URL and ACTIONS_RUNTIME_TOKEN), against the local API
 * stand-in (GITHUB_API_URL).
 */
export interface ActionRun {
  code: number | null
  stdout: string
  outputs: Record<string, string>
  summary: string
}

/**
 * Builds src/index.ts with the same ncc command as `npm run build`, into `directory`, so the
 * tests run the current sources whether or not dist/ was rebuilt. MSB_E2E_DIST=path runs a given
 * bundle instead (e.g. the committed dist/index.js before a release).
 */
export function buildActionBundle(directory: string): string {
  if (process.env.MSB_E2E_DIST) return process.env.MSB_E2E_DIST
  const ncc = join(PROJECT_ROOT, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')
  execFileSync(process.execPath, [ncc, 'build', 'src/index.ts', '-o', directory, '--source-map', '--license', 'licenses.txt'], {
    cwd: PROJECT_ROOT,
    stdio: ['ignore', 'ignore', 'pipe']
  })
  return join(directory, 'index.js')
}

export interface ActionRunOptions {
  bundle: string
  /** A directory for the run's event, output and summary files. */
  scratch: string
  apiUrl: string
  workspace: string
  event: string
  payload: unknown
  /** Every input, as the runner passes them (defaults included). */
  inputs: Record<string, string>
  /** More environment: GITHUB_RUN_ID, ACTIONS_RUNTIME_TOKEN… (these win). */
  env?: Record<string, string>
}

export async function runActionBundle(options: ActionRunOptions): Promise<ActionRun> {
  const dir = mkdtempSync(join(options.scratch, 'run-'))
  const eventPath = join(dir, 'event.json')
  const outputPath = join(dir, 'output')
  const summaryPath = join(dir, 'summary.md')
  writeFileSync(eventPath, JSON.stringify(options.payload))
  writeFileSync(outputPath, '')
  writeFileSync(summaryPath, '')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'octo/models',
    GITHUB_RUN_ID: '4242',
    GITHUB_EVENT_NAME: options.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    RUNNER_TEMP: dir,
    ...options.env
  }
  for (const [name, value] of Object.entries(options.inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  const child = spawn(process.execPath, [options.bundle], { cwd: options.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  return { code, stdout, outputs: parseOutputs(readFileSync(outputPath, 'utf8')), summary: readFileSync(summaryPath, 'utf8') }
}

/** GITHUB_OUTPUT's `name<<DELIMITER\nvalue\nDELIMITER` records (actions/toolkit file commands). */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const pattern = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm
  for (const match of text.matchAll(pattern)) outputs[match[1]] = match[3]
  return outputs
}
