import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildSafetensorsBytes } from '../../scripts/builders/safetensors.js'
import { ExitCode } from '../../src/cli/args.js'
import { runCli } from '../helpers/run-cli.js'
import { parseHistory } from '../../src/core/history.js'

/*
 * Drift (issue 15.4) end to end on a real git repository: a release tag, then PRs that each grow
 * the weights by 1% of the release's, each within the per-PR limit.
 */

const BASE_WEIGHTS = 100_000

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' })
}

/** A safetensors file whose one float32 weight takes `bytes` bytes. */
function writeModel(dir: string, bytes: number): void {
  mkdirSync(join(dir, 'exports'), { recursive: true })
  writeFileSync(join(dir, 'exports', 'model.safetensors'), buildSafetensorsBytes({ 'embed.weight': { dtype: 'F32', shape: [bytes / 4] } }))
}

const cli = (cwd: string, ...argv: string[]) => runCli(cwd, argv)

describe('drift: a cumulative rule against a release tag', () => {
  let repo: string
  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'msb-drift-'))
    git(repo, 'init', '-q', '-b', 'main')
    writeModel(repo, BASE_WEIGHTS)
    git(repo, 'add', '.')
    git(repo, 'commit', '-qm', 'release')
    git(repo, 'tag', 'v1.4.0')
  })
  afterAll(() => rmSync(repo, { recursive: true, force: true }))

  it('lets ten PRs of +1% through and fails the eleventh, each within the per-PR limit', async () => {
    const codes: number[] = []
    let last = ''
    for (let pr = 1; pr <= 11; pr++) {
      writeModel(repo, BASE_WEIGHTS + pr * 1000)
      const result = await cli(repo, 'exports', '--baseline', 'ref:main', '--budget', 'weights: +2%', '--budget', 'weights: +10% since v1.4.0')
      codes.push(result.code)
      last = result.stdout
      expect(result.stdout).toContain('within +2%')
      git(repo, 'commit', '-qam', `PR ${pr}`)
    }
    expect(codes).toEqual([...Array(10).fill(ExitCode.Success), ExitCode.OverBudget])
    const tag = git(repo, 'rev-parse', '--short=7', 'v1.4.0').trim()
    expect(last).toContain(
      `exports/model.safetensors: weights grew by +11.0 kB (+11.0%) since v1.4.0 (${tag}) from 100 kB, 1.00 kB over the limit of +10% since v1.4.0 (--budget line 2: weights: +10% since v1.4.0)`
    )
  })

  it('compares with a tag as the baseline (--baseline ref:NAME), and names a ref that does not exist', async () => {
    writeModel(repo, BASE_WEIGHTS + 20_000)
    const result = await cli(repo, 'exports', '--baseline', 'ref:v1.4.0', '--budget', 'weights: +5%')
    expect(result.code).toBe(ExitCode.OverBudget)
    expect(result.stdout).toContain('weights grew by +20.0 kB (+20.0%) from 100 kB, 15.0 kB over the limit of +5%')
    const missing = await cli(repo, 'exports', '--baseline', 'ref:v9.9.9')
    expect(missing.code).toBe(ExitCode.InputError)
    expect(missing.stderr).toMatch(/^error: --baseline ref:v9\.9\.9: The git ref v9\.9\.9 could not be read \(.*\)\. Check its name, and fetch tags/)
    const since = await cli(repo, 'exports', '--budget', 'weights: +10% since v9.9.9')
    expect(since.code).toBe(ExitCode.Success)
    expect(since.stdout).toContain('exports/model.safetensors: weights: The git ref v9.9.9 could not be read')
    // Not checked is not "within budget (1 limit checked)": the headline says there are warnings.
    expect(since.stdout).toContain('budget: ! within budget, with warnings')
    git(repo, 'checkout', '-q', '--', '.')
  })

  it('records a history per commit and draws the trend of a changed checkpoint in --markdown', async () => {
    const history = join(repo, 'history.jsonl')
    for (let step = 0; step < 3; step++) {
      git(repo, 'commit', '-q', '--allow-empty', '-m', `push ${step}`)
      writeModel(repo, BASE_WEIGHTS + 12_000 + step * 4000)
      git(repo, 'commit', '-qam', `grow ${step}`)
      expect((await cli(repo, 'exports', '--history', 'history.jsonl', '--append-history')).code).toBe(ExitCode.Success)
    }
    const entries = parseHistory(readFileSync(history, 'utf8'), 'history.jsonl')
    expect(entries.map((entry) => entry.checkpoints['exports/model.safetensors'].weights)).toEqual([112_000, 116_000, 120_000])
    expect(entries.at(-1)!.commit).toBe(git(repo, 'rev-parse', 'HEAD').trim())

    writeModel(repo, BASE_WEIGHTS + 30_000)
    const result = await cli(repo, 'exports', '--markdown', '--baseline', 'ref:HEAD', '--history', 'history.jsonl')
    const shas = entries.map((entry) => `"${entry.commit.slice(0, 7)}"`).join(', ')
    expect(result.stdout).toContain(
      [
        '```mermaid',
        'xychart-beta',
        '    title "Total size, last 3 commits and this PR"',
        `    x-axis [${shas}, "this PR"]`,
        // Totals (weights and the 88-byte header) in kB, 4 significant digits, the axis padded by 10% of the range.
        '    y-axis "kB" 110.3 --> 131.9',
        '    line [112.1, 116.1, 120.1, 130.1]',
        '```'
      ].join('\n')
    )
    git(repo, 'checkout', '-q', '--', '.')
  })
})
