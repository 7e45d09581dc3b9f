import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ExitCode } from '../../src/cli/args.js'
import { runCli } from '../helpers/run-cli.js'
import { fakeReader, writeFakeCheckpoint } from '../helpers/fake-reader.js'

const MB = 1_000_000

const run = (cwd: string, ...argv: string[]) => runCli(cwd, argv, [fakeReader])

describe('model-size-budget CLI with a config file', () => {
  let workspace: string
  beforeAll(() => {
    workspace = mkdtempSync(join(tmpdir(), 'msb-config-'))
    writeFakeCheckpoint(workspace, 'exports/mobile/model.fakeckpt', [{ name: 'w', category: 'weights', bytes: 3 * MB }])
    writeFakeCheckpoint(workspace, 'exports/server/model.fakeckpt', [{ name: 'w', category: 'weights', bytes: 8 * MB }])
    mkdirSync(join(workspace, '.github'))
    writeFileSync(
      join(workspace, '.github', 'model-size-budget.yml'),
      'budget:\n  - "total: 10 MB"\nbudgets:\n  exports/mobile/**: ["total: 2 MB"]\nkeys:\n  ios:\n    budget: ["total: 1 MB"]\n'
    )
    writeFileSync(join(workspace, 'bad.yml'), 'budget:\n  - "total: 10 MB"\nbudgets:\n  exports/mobile/**:\n    - "total 2 MB"\n')
  })
  afterAll(() => rmSync(workspace, { recursive: true, force: true }))

  it('reads .github/model-size-budget.yml when it exists, naming its lines in the results', async () => {
    const result = await run(workspace, 'exports')
    expect(result.code).toBe(ExitCode.OverBudget)
    expect(result.stdout).toContain(
      'exports/mobile/model.fakeckpt: total is 3.00 MB, 1.00 MB over the limit of 2 MB (.github/model-size-budget.yml:4:23: total: 2 MB)'
    )
    expect(result.stderr).toBe('')
  })
  it('adds the --key section and applies --budget rules with the file, saying so', async () => {
    const result = await run(workspace, 'exports', '--key', 'ios', '--budget', 'weights: 5 MB')
    expect(result.stderr).toBe('note: the rules of .github/model-size-budget.yml and of --budget/--budget-file all apply.\n')
    expect(result.stdout).toContain('exports/server/model.fakeckpt: weights is 8.00 MB, 3.00 MB over the limit of 5 MB (--budget line 1: weights: 5 MB)')
    expect(result.stdout).toContain(
      'exports/server/model.fakeckpt: total is 8.00 MB, 7.00 MB over the limit of 1 MB (.github/model-size-budget.yml:7:14: total: 1 MB)'
    )
  })
  it('exits 2 on a bad --config, naming the file, line and column and the expected form', async () => {
    const result = await run(workspace, 'exports', '--config', 'bad.yml')
    expect(result.code).toBe(ExitCode.InputError)
    expect(result.stderr).toMatch(/^error: bad\.yml:5:7: 'total 2 MB': no ':' between the category and the limit\. Expected \[warn\] \[GLOB:\] CATEGORY: LIMIT/)
    expect((await run(workspace, 'exports', '--config', 'missing.yml')).stderr).toBe(
      'error: --config missing.yml: no such file. Give the path of a model-size-budget.yml.\n'
    )
  })
})
