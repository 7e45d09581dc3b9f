import { afterAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildSafetensorsBytes } from '../../scripts/builders/safetensors.js'
import { buildReport, emptyCategoryBytes } from '../../src/core/analyze.js'
import { ExitCode } from '../../src/cli/args.js'
import { main } from '../../src/cli/main.js'
import type { CheckpointReport } from '../../src/core/types.js'

function checkpoint(id: string, optimizer: number): CheckpointReport {
  const bytes = { ...emptyCategoryBytes(), weights: 1000, optimizer, total: 1000 + optimizer }
  return {
    id,
    format: 'safetensors',
    files: [{ path: id, bytes: bytes.total, role: 'data' }],
    bytes,
    parameters: 250,
    tensors: 2,
    tensorCounts: { weights: 1 },
    classifiedBy: 'format',
    warnings: [],
    explanations: []
  }
}

async function run(cwd: string, ...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), cwd })
  return { code, stdout, stderr }
}

describe('model-size-budget merge', () => {
  const dir = mkdtempSync(join(tmpdir(), 'msb-merge-'))
  writeFileSync(join(dir, 'model-size-report-ios.json'), JSON.stringify(buildReport([checkpoint('model.onnx', 0)])))
  writeFileSync(join(dir, 'model-size-report-linux.json'), JSON.stringify(buildReport([checkpoint('model.onnx', 500), checkpoint('linux.pt', 0)])))
  writeFileSync(join(dir, 'model-size-report-linux.base.json'), JSON.stringify(buildReport([checkpoint('model.onnx', 0)])))

  it('merges the reports (keys from the file names), evaluates the budget once and exits 1 over it', async () => {
    const result = await run(dir, 'merge', 'model-size-report-ios.json', 'model-size-report-linux.json', '--budget', 'optimizer: 0 B')
    expect(result.code).toBe(ExitCode.OverBudget)
    expect(result.stdout).toContain('ios/model.onnx')
    expect(result.stdout).toContain('linux/model.onnx')
    expect(result.stdout).toMatch(/✗ linux\/model\.onnx: optimizer is 500 B/)
    expect(result.stdout).not.toMatch(/✗ ios\//)
  })

  it('prints one comment with a section per key, the baseline beside a file included', async () => {
    const result = await run(dir, 'merge', 'model-size-report-ios.json', 'model-size-report-linux.json', '--markdown')
    expect(result.code).toBe(ExitCode.Success)
    expect(result.stdout).toMatch(/^### ✅ Model size: 3\.50\skB in 3 checkpoints; 2 of 2 reports/)
    expect(result.stdout).toContain('#### ✅ Model size (ios): 1.00\u00a0kB in 1 checkpoint; no baseline')
    expect(result.stdout).toContain('#### ✅ Model size (ios):')
    expect(result.stdout).toContain('#### ✅ Model size (linux):')
    expect(result.stdout).toMatch(/\+500\sB/)
  })

  it('prints the merged report as JSON, a valid report', async () => {
    const result = await run(dir, 'merge', 'model-size-report-ios.json', 'model-size-report-linux.json', '--json')
    const report = JSON.parse(result.stdout) as { schema: number; checkpoints: { id: string }[]; total: { bytes: { total: number } } }
    expect(report.schema).toBe(1)
    expect(report.checkpoints.map((c) => c.id)).toEqual(['ios/model.onnx', 'linux/model.onnx', 'linux.pt'])
    expect(report.total.bytes.total).toBe(1000 + 1500 + 1000)
  })

  it('is a usage error without files, and an input error for a file that is no report', async () => {
    expect((await run(dir, 'merge')).code).toBe(ExitCode.InputError)
    writeFileSync(join(dir, 'other.json'), '{"hello": 1}')
    const bad = await run(dir, 'merge', 'other.json')
    expect(bad.code).toBe(ExitCode.InputError)
    expect(bad.stderr).toMatch(/^error: .*other\.json/)
  })
})

/*
 * A config file in the merge, on report files the CLI itself wrote: the same files, config and
 * expected wording as the action's `mode: merge` e2e test (__tests__/action/e2e-artifacts.test.ts).
 */
describe('model-size-budget merge with a config file', () => {
  const CONFIG = '.github/model-size-budget.yml'
  const scratch = mkdtempSync(join(tmpdir(), 'msb-merge-config-'))
  afterAll(() => rmSync(scratch, { recursive: true, force: true }))

  /** A directory holding these safetensors files, each one float32 weight of `elements` elements. */
  const workspaceWith = (models: Record<string, number>): string => {
    const workspace = mkdtempSync(join(scratch, 'ws-'))
    for (const [path, elements] of Object.entries(models)) {
      mkdirSync(join(workspace, path, '..'), { recursive: true })
      writeFileSync(join(workspace, path), buildSafetensorsBytes({ 'dense.weight': { dtype: 'F32', shape: [elements] } }))
    }
    return workspace
  }
  /** The merge's directory: each leg measured by the CLI into `model-size-report-KEY.json`, and the config file. */
  const mergeDirectory = async (legs: Record<string, number>, config: string, tagged?: Record<string, number>): Promise<string> => {
    const dir = tagged ? workspaceWith(tagged) : mkdtempSync(join(scratch, 'merge-'))
    if (tagged) {
      const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: dir, stdio: 'ignore' })
      git('init', '-q')
      git('add', '.')
      git('commit', '-qm', 'release 1.0')
      git('tag', 'v1.0')
    }
    for (const [key, elements] of Object.entries(legs)) {
      const leg = await run(workspaceWith({ 'exports/model.safetensors': elements, [`exports/${key}-only.safetensors`]: 10 }), 'exports', '--json')
      expect(leg.code).toBe(ExitCode.Success)
      writeFileSync(join(dir, `model-size-report-${key}.json`), leg.stdout)
    }
    mkdirSync(join(dir, '.github'), { recursive: true })
    writeFileSync(join(dir, CONFIG), config)
    return dir
  }
  const files = (...keys: string[]) => keys.map((key) => `model-size-report-${key}.json`)
  /** The comment's section of one leg, from its `####` heading to the next. */
  const section = (body: string, key: string): string => body.split('\n#### ').find((part) => new RegExp(`^\\S+ Model size \\(${key}\\)`).test(part))!

  it("fails android's checkpoint on its keys.android budget, which the top level passes on ios's copy of the same file, and exits 1", async () => {
    const dir = await mergeDirectory(
      { android: 1000, ios: 1000 },
      'budget:\n  - "total: 1 MB"\nkeys:\n  android:\n    budgets:\n      exports/model.safetensors: "total: 2 kB"\n'
    )
    const result = await run(dir, 'merge', ...files('android', 'ios'))
    expect(result.code).toBe(ExitCode.OverBudget)
    expect(result.stderr).toBe('')
    expect(result.stdout).toContain(`✗ android/exports/model.safetensors: total is 4.08 kB, 2.08 kB over the limit of 2 kB (${CONFIG}:6:34: total: 2 kB)\n`)
    expect(result.stdout).toContain('✓ ios/exports/model.safetensors: total is 4.08 kB, within 1 MB\n')
    expect(result.stdout).not.toMatch(/ios\/exports\/model\.safetensors: total is 4\.08 kB.*2 kB/)

    const markdown = await run(dir, 'merge', ...files('android', 'ios'), '--markdown')
    expect(markdown.code).toBe(ExitCode.OverBudget)
    const body = markdown.stdout.replace(/\u00a0/g, ' ')
    expect(body).toMatch(/^### ❌ Model size: <code>android<\/code> failed; 2 of 2 reports\n/)
    expect(section(body, 'android')).toContain(
      '| <code>android/exports/model.safetensors</code> | 4.08 kB | weights 4.00 kB | ❌ 2.08 kB over <code>total&#58; 2 kB</code> |'
    )
    const ios = section(body, 'ios')
    expect(ios).toMatch(/^✅ Model size \(ios\): 4\.20 kB in 2 checkpoints, within budget/)
    expect(ios).toContain('| <code>ios/exports/model.safetensors</code> | 4.08 kB | weights 4.00 kB | ✅ <code>total&#58; 1 MB</code> |')
    expect(ios).not.toContain('2 kB')
  }, 60_000)

  it('takes --config FILE, applies --budget with it (saying so), and notes a keys section that no file is keyed by', async () => {
    const dir = await mergeDirectory({ android: 1000 }, 'budget: "total: 1 MB"\n')
    writeFileSync(join(dir, 'other.yml'), 'keys:\n  ios:\n    budget: "total: 1 kB"\n  android:\n    budget: "weights: 3 kB"\n')
    const result = await run(dir, 'merge', ...files('android'), '--config', 'other.yml', '--budget', 'total: 10 MB')
    expect(result.code).toBe(ExitCode.OverBudget)
    expect(result.stderr).toBe(
      "note: other.yml has keys.ios, but no report file has that key (the files' keys: android); a file's key is its name without '.json' and 'model-size-report-'.\n"
    )
    expect(result.stdout).toContain('✗ exports/model.safetensors: weights is 4.00 kB, 1.00 kB over the limit of 3 kB (other.yml:5:13: weights: 3 kB)\n')
    expect(result.stdout).toContain('✓ exports/model.safetensors: total is 4.08 kB, within 10 MB\n')
    expect(result.stdout).not.toContain('1 MB')
  }, 60_000)

  it('exits 2 on an unknown key in the config, naming the file, line and column and the keys it takes', async () => {
    const dir = await mergeDirectory({ android: 1000 }, 'budget:\n  - "total: 1 MB"\nkeys:\n  android:\n    budgetz: "total: 2 kB"\n')
    const result = await run(dir, 'merge', ...files('android'))
    expect(result.code).toBe(ExitCode.InputError)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(
      new RegExp(`^error: ${CONFIG.replace(/\./g, '\\.')}:5:5: unknown key 'budgetz' in 'keys\\.android': expected one of budget, budgets, `)
    )
  }, 60_000)

  it("checks a since rule of a keys section against the current directory's git tag, by the leg's own id", async () => {
    // v1.0 tracks exports/model.safetensors of 1,000 float32s (4.00 kB of weights); android's is now 1,200 (+20%), ios's the same.
    const dir = await mergeDirectory({ android: 1200, ios: 1000 }, 'budget: "total: 1 MB"\nkeys:\n  android:\n    budget: "weights: +5% since v1.0"\n', {
      'exports/model.safetensors': 1000
    })
    const sha = execFileSync('git', ['rev-parse', '--short=7', 'v1.0'], { cwd: dir, encoding: 'utf8' }).trim()
    const result = await run(dir, 'merge', ...files('android', 'ios'))
    expect(result.code).toBe(ExitCode.OverBudget)
    expect(result.stdout).toContain(
      `✗ android/exports/model.safetensors: weights grew by +800 B (+20.0%) since v1.0 (${sha}) from 4.00 kB, 600 B over the limit of +5% since v1.0 (${CONFIG}:4:13: weights: +5% since v1.0)\n`
    )
    expect(result.stdout).not.toMatch(/ios\/exports\/model\.safetensors: weights/)
  }, 60_000)

  it('names a since rule it could not check (no git here), why, in the section of its leg: a warning, exit 0', async () => {
    const dir = await mergeDirectory({ android: 1200 }, 'budget: "total: 1 MB"\nkeys:\n  android:\n    budget: "weights: +5% since v1.0"\n')
    const result = await run(dir, 'merge', ...files('android'), '--markdown')
    expect(result.code).toBe(ExitCode.Success)
    const body = result.stdout.replace(/\u00a0/g, ' ')
    expect(body).toMatch(/^### ⚠️ Model size: /)
    expect(section(body, 'android')).toMatch(
      /- ⚠️ \.github\/model-size-budget\.yml&#58;4&#58;13 \(&quot;weights&#58; \+5% since v1\.0&quot;\) was not checked\. The git ref v1\.0 could not be read/
    )
  }, 60_000)
})
