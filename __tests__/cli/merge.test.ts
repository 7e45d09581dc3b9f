import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
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
