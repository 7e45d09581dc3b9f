import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { FormatScenario, Scale } from './types.js'

/**
 * Issue 15's cost at scale: a monorepo of many checkpoints of mixed formats, measured by the
 * action on a pull request whose base commit tracks as many (the git baseline). The workspace is
 * a git repository with two commits: the base, and the head, where one checkpoint in ten has grown.
 * Each checkpoint is one of the bench's format scenarios at its smallest scale, in turn.
 */
export interface ActionWorkspace {
  workspace: string
  baseSha: string
  headSha: string
  checkpoints: number
}

const SMALL: Scale = { tensors: 10, bytes: 40_000 }
const GROWN: Scale = { tensors: 13, bytes: 52_000 }

export async function writeActionWorkspace(workspace: string, scenarios: readonly FormatScenario[], checkpoints: number): Promise<ActionWorkspace> {
  mkdirSync(workspace, { recursive: true })
  git(workspace, 'init', '-q', '-b', 'main')
  const dirs: { dir: string; scenario: FormatScenario }[] = []
  for (let i = 0; i < checkpoints; i++) {
    const scenario = scenarios[i % scenarios.length]
    const dir = join(workspace, 'models', `${String(i).padStart(4, '0')}-${scenario.format.replace(/\W+/g, '-')}`)
    mkdirSync(dir, { recursive: true })
    await scenario.write(dir, SMALL)
    dirs.push({ dir, scenario })
  }
  git(workspace, 'add', '-A')
  git(workspace, 'commit', '-q', '-m', 'base')
  const baseSha = git(workspace, 'rev-parse', 'HEAD')
  for (let i = 0; i < dirs.length; i += 10) {
    const { dir, scenario } = dirs[i]
    execFileSync('rm', ['-rf', dir])
    mkdirSync(dir)
    await scenario.write(dir, GROWN)
  }
  git(workspace, 'add', '-A')
  git(workspace, 'commit', '-q', '-m', 'grow one checkpoint in ten')
  return { workspace, baseSha, headSha: git(workspace, 'rev-parse', 'HEAD'), checkpoints }
}

/** The `pull_request` event payload (synchronize) of the PR from head to base, trimmed to the fields the action reads. */
export function pullRequestEvent(run: ActionWorkspace, number = 1): unknown {
  const repository = { id: 1, name: 'models', full_name: 'octo/models', owner: { login: 'octo', type: 'Organization' }, private: false, default_branch: 'main' }
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      state: 'open',
      base: { ref: 'main', sha: run.baseSha, label: 'octo:main', repo: repository },
      head: { ref: 'feature', sha: run.headSha, label: 'octo:feature', repo: repository }
    },
    repository,
    sender: { login: 'contributor', type: 'User' }
  }
}

/** `INPUT_<NAME>` for each input of action.yml with its default (block scalars included), as the runner passes them. */
export function actionInputDefaults(actionYml: string): Record<string, string> {
  const lines = readFileSync(actionYml, 'utf8').split('\n')
  const env: Record<string, string> = {}
  let input: string | undefined
  for (let i = 0; i < lines.length; i++) {
    const name = /^ {2}([a-z-]+):$/.exec(lines[i])
    if (name) input = name[1]
    if (/^outputs:/.test(lines[i])) break
    const value = /^ {4}default: ?(.*)$/.exec(lines[i])
    if (!input || !value) continue
    let text = value[1]
    if (text === '|') {
      const block: string[] = []
      while (i + 1 < lines.length && /^ {6}/.test(lines[i + 1])) block.push(lines[++i].trim())
      text = block.join('\n')
    }
    env[`INPUT_${input.toUpperCase()}`] = text.replace(/^'(.*)'$/, '$1')
  }
  return env
}

/** Writes the files a runner gives a step (event payload, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY) into `dir`; returns the step's environment. */
export function actionEnvironment(dir: string, run: ActionWorkspace, actionYml: string, apiUrl: string): NodeJS.ProcessEnv {
  const eventPath = join(dir, 'event.json')
  writeFileSync(eventPath, JSON.stringify(pullRequestEvent(run)))
  writeFileSync(join(dir, 'output.txt'), '')
  writeFileSync(join(dir, 'summary.md'), '')
  return {
    PATH: process.env.PATH,
    HOME: dir,
    ...actionInputDefaults(actionYml),
    'INPUT_GITHUB-TOKEN': 'ghs_bench_token',
    GITHUB_ACTIONS: 'true',
    GITHUB_API_URL: apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'octo/models',
    GITHUB_RUN_ID: '1',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_WORKSPACE: run.workspace,
    GITHUB_OUTPUT: join(dir, 'output.txt'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
    RUNNER_TEMP: dir
  }
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe']
  }).trim()
}
