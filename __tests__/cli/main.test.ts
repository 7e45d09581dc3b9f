import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadBaselineReport } from '../../src/baseline/report-file.js'
import { ExitCode, parseCliArgs, USAGE } from '../../src/cli/args.js'
import { main } from '../../src/cli/main.js'
import { fakeReader, writeFakeCheckpoint } from '../helpers/fake-reader.js'
import { describeWithFixtures, fixture, PROJECT_ROOT } from '../helpers/fixtures.js'

interface Run {
  code: number
  stdout: string
  stderr: string
}

async function run(cwd: string, ...argv: string[]): Promise<Run> {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd,
    readers: [fakeReader]
  })
  return { code, stdout, stderr }
}

const MB = 1_000_000

async function inTempDir(body: (dir: string) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'msb-cli-'))
  try {
    await body(dir)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

describe('model-size-budget CLI with budgets and baselines', () => {
  let workspace: string
  let headBytes: number
  beforeAll(() => {
    workspace = mkdtempSync(join(tmpdir(), 'msb-cli-'))
    // head: weights grew by 4%, and Adam slots appeared
    headBytes = writeFakeCheckpoint(workspace, 'exports/model.fakeckpt', [
      { name: 'dense/kernel', category: 'weights', bytes: 1.04 * MB },
      { name: 'dense/kernel/adam_m', category: 'optimizer', bytes: 1.04 * MB }
    ])
    // base: a checkout of the base commit, laid out as the workspace
    writeFakeCheckpoint(join(workspace, 'base'), 'exports/model.fakeckpt', [{ name: 'dense/kernel', category: 'weights', bytes: 1 * MB }])
    writeFakeCheckpoint(join(workspace, 'base'), 'exports/retired.fakeckpt', [{ name: 'w', category: 'weights', bytes: 4000 }])
    writeFileSync(join(workspace, 'budgets.txt'), '# model budgets\ntotal: 5 MB\n\nweights: +5%   # slow growth only\n')
    writeFileSync(join(workspace, 'bad-budgets.txt'), 'total: 5 MB\nweights 5 MB\n')
  })
  afterAll(() => rmSync(workspace, { recursive: true, force: true }))

  it('exits 1 when a hard limit is exceeded, and says which rule and by how much', async () => {
    const result = await run(workspace, 'exports', '--budget', 'optimizer: 0 B', '--budget', 'total: 5 MB')
    expect(result.code).toBe(ExitCode.OverBudget)
    expect(result.stdout).toContain('budget: ✗ over budget (1 of 2 limits exceeded)\n')
    expect(result.stdout).toContain('  ✗ exports/model.fakeckpt: optimizer is 1.04 MB, 1.04 MB over the limit of 0 B (--budget line 1: optimizer: 0 B)\n')
    expect(result.stdout).toContain(`  ✓ exports/model.fakeckpt: total is ${(headBytes / MB).toFixed(2)} MB, within 5 MB\n`)
    expect(result.stderr).toBe('')
  })
  it('numbers repeated --budget rules in order, in results and in errors', async () => {
    const result = await run(workspace, 'exports', '--budget', 'total: 5 MB', '--budget', 'optimizer: 0 B')
    expect(result.stdout).toContain('1.04 MB over the limit of 0 B (--budget line 2: optimizer: 0 B)\n')
    const malformed = await run(workspace, 'exports', '--budget', 'total: 5 MB', '--budget', 'optimizer 0 B')
    expect(malformed.code).toBe(ExitCode.InputError)
    expect(malformed.stderr).toContain("error: --budget line 2: 'optimizer 0 B': no ':' between the category and the limit.")
  })
  it('exits 0 when only a soft limit is exceeded', async () => {
    const result = await run(workspace, 'exports', '--budget', 'warn optimizer: 0 B')
    expect(result.code).toBe(ExitCode.Success)
    expect(result.stdout).toContain('budget: ! within budget, with warnings\n  ! exports/model.fakeckpt: optimizer is 1.04 MB')
  })
  it('reads rules from a budget file, and growth limits say "no baseline" without one', async () => {
    const result = await run(workspace, 'exports', '--budget-file', 'budgets.txt')
    expect(result.code).toBe(ExitCode.Success)
    expect(result.stdout).toContain('  - exports/model.fakeckpt: weights: no baseline; growth limit +5% not checked\n')
    expect(result.stdout).toContain('(2 limits checked)')
  })
  it('compares with a directory of base checkpoints', async () => {
    const result = await run(workspace, 'exports', '--baseline', 'base', '--budget', 'weights: +3%')
    expect(result.code).toBe(ExitCode.OverBudget)
    expect(result.stdout).toContain('baseline: 2 checkpoints\n')
    expect(result.stdout).toMatch(/ {2}exports\/model\.fakeckpt +1\.00 MB → 2\.08 MB +\+1\.08 MB \(\+108%\)\n/)
    expect(result.stdout).toMatch(/ {2}exports\/retired\.fakeckpt +4\.\d+ kB → — +removed\n/)
    expect(result.stdout).toContain(
      '✗ exports/model.fakeckpt: weights grew by +40.0 kB (+4.0%) from 1.00 MB, 10.0 kB over the limit of +3% (--budget line 1: weights: +3%)'
    )
  })
  it('does not count a base directory inside the searched paths as head checkpoints', async () => {
    const result = await run(workspace, '.', '--baseline', 'base', '--json')
    expect(JSON.parse(result.stdout).checkpoints.map((checkpoint: { id: string }) => checkpoint.id)).toEqual(['exports/model.fakeckpt'])
  })
  it('compares with a report JSON written by --json', async () => {
    const baseJson = await run(join(workspace, 'base'), '--json', 'exports')
    expect(baseJson.code).toBe(ExitCode.Success)
    writeFileSync(join(workspace, 'base-report.json'), baseJson.stdout)
    expect(loadBaselineReport(baseJson.stdout, 'base-report.json').checkpoints).toHaveLength(2)

    const result = await run(workspace, 'exports', '--baseline', 'base-report.json', '--budget', 'weights: +5%')
    expect(result.code).toBe(ExitCode.Success)
    expect(result.stdout).toContain('✓ exports/model.fakeckpt: weights changed by +40.0 kB (+4.0%) from 1.00 MB, within +5%')
  })
  it('prints the pull-request comment with --markdown', async () => {
    const result = await run(workspace, 'exports', '--markdown', '--baseline', 'base', '--budget', 'optimizer: 0 B')
    expect(result.code).toBe(ExitCode.OverBudget)
    const stdout = result.stdout.replace(/\u00a0/g, ' ')
    expect(stdout.split('\n')[0]).toBe(
      '### ❌ Model size: optimizer +1.04 MB in <code>exports/model.fakeckpt</code>, 1.04 MB over <code>optimizer&#58; 0 B</code>; 2 of 2 checkpoints changed'
    )
    expect(stdout).toContain('| weights | 1.00 MB | 1.04 MB | +40.0 kB | +4.0% |  |  |')
    expect(stdout).toContain('| <code>exports/retired.fakeckpt</code> *removed* |')
    expect(stdout).toContain('| <code>dense/kernel/adam&#95;m</code> | optimizer | float32[260000] | 1.04 MB |')
    expect(result.stdout).toContain('**Baseline:** base checkpoints on disk: base')
    expect(result.stdout.trimEnd().endsWith('<!-- model-size-budget: -->')).toBe(true)
  })
  it('lists as many largest tensors in --markdown as --top asks for, 10 without it', async () => {
    await inTempDir(async (dir) => {
      writeFakeCheckpoint(
        dir,
        'many.fakeckpt',
        Array.from({ length: 12 }, (_, index) => ({ name: `t${index}`, category: 'weights' as const, bytes: 4 * (index + 1) }))
      )
      const tensorRows = (markdown: string) => markdown.split('\n').filter((line) => /^\| <code>t\d+<\/code> \|/.test(line)).length
      expect(tensorRows((await run(dir, '.', '--markdown', '--top', '12')).stdout)).toBe(12)
      expect(tensorRows((await run(dir, '.', '--markdown', '--top', '3')).stdout)).toBe(3)
      expect(tensorRows((await run(dir, '.', '--markdown')).stdout)).toBe(10)
    })
  })
  it('says where a baseline would come from in --markdown without one', async () => {
    const result = await run(workspace, 'exports', '--markdown')
    expect(result.stdout).toContain('**Baseline:** none. pass --baseline with a report JSON (from --json) or a directory of base checkpoints to compare.')
  })
  it('keeps --json pure and puts the budget results on stderr', async () => {
    const result = await run(workspace, 'exports', '--json', '--budget', 'optimizer: 0 B')
    expect(result.code).toBe(ExitCode.OverBudget)
    expect(JSON.parse(result.stdout).schema).toBe(1)
    expect(result.stderr).toContain('✗ exports/model.fakeckpt: optimizer is 1.04 MB')
  })
  it('exits 2 on a malformed budget line, naming the line and the expected form', async () => {
    const inline = await run(workspace, 'exports', '--budget', 'optimizer = 0 B')
    expect(inline.code).toBe(ExitCode.InputError)
    expect(inline.stderr).toContain(
      "error: --budget line 1: 'optimizer = 0 B': no ':' between the category and the limit. Expected [warn] [GLOB:] CATEGORY: LIMIT"
    )
    const file = await run(workspace, 'exports', '--budget-file', 'bad-budgets.txt')
    expect(file.code).toBe(ExitCode.InputError)
    expect(file.stderr).toContain("error: bad-budgets.txt line 2: 'weights 5 MB': no ':' between the category and the limit.")
    expect(file.stdout).toBe('')
    expect(file.stderr).not.toContain('Usage:')
  })
  it('exits 2 on a missing budget file or baseline, and on a baseline of another schema', async () => {
    expect((await run(workspace, 'exports', '--budget-file', 'nope.txt')).stderr).toContain('error: --budget-file nope.txt: cannot be read (ENOENT).')
    const missing = await run(workspace, 'exports', '--baseline', 'nope')
    expect(missing.code).toBe(ExitCode.InputError)
    expect(missing.stderr).toBe('error: --baseline nope: no such file or directory. Give a report JSON (from --json) or a directory of base checkpoints.\n')
    writeFileSync(join(workspace, 'v2.json'), '{"schema": 2, "checkpoints": []}')
    const other = await run(workspace, 'exports', '--baseline', 'v2.json')
    expect(other.code).toBe(ExitCode.InputError)
    expect(other.stderr).toContain('error: v2.json: the baseline report has schema 2; this version reads schema 1.')
  })
  it('exits 2 when a file cannot be analysed, even if over budget too', async () => {
    await inTempDir(async (broken) => {
      writeFakeCheckpoint(broken, 'model.fakeckpt', [{ name: 'm', category: 'optimizer', bytes: 8 }])
      writeFileSync(join(broken, 'other.fakeckpt'), 'version https://git-lfs.github.com/spec/v1\noid sha256:00\nsize 9\n')
      const result = await run(broken, '.', '--budget', 'optimizer: 0 B')
      expect(result.code).toBe(ExitCode.InputError)
      expect(result.stderr).toContain('error: other.fakeckpt: this is a Git LFS pointer')
      expect(result.stdout).toContain('✗ model.fakeckpt: optimizer is 8 B, 8 B over the limit of 0 B')
    })
  })
  it('skips, with one note, files found in a directory that only look like checkpoints by name; a file named as PATH is an error', async () => {
    await inTempDir(async (dir) => {
      writeFakeCheckpoint(dir, 'out/model.fakeckpt', [{ name: 'w', category: 'weights', bytes: 8 }])
      // nanoGPT's prepare.py: uint16 token ids, no header
      writeFileSync(join(dir, 'out/train.fakeckpt'), Buffer.from(Uint16Array.from([50256, 464, 3290, 318]).buffer))
      writeFileSync(join(dir, 'out/val.fakeckpt'), Buffer.from(Uint16Array.from([11, 12]).buffer))
      const found = await run(dir, 'out')
      expect(found.code).toBe(ExitCode.Success)
      expect(found.stderr).toBe('')
      expect(found.stdout).toContain(
        'note: 2 files that look like checkpoints by name were skipped: not a checkpoint format (out/train.fakeckpt, out/val.fakeckpt)'
      )
      const json = JSON.parse((await run(dir, 'out', '--json')).stdout) as { checkpoints: unknown[]; skipped: { path: string }[] }
      expect([json.checkpoints.length, json.skipped.map((file) => file.path)]).toEqual([1, ['out/train.fakeckpt', 'out/val.fakeckpt']])

      const named = await run(dir, 'out/model.fakeckpt', 'out/train.fakeckpt')
      expect(named.code).toBe(ExitCode.InputError)
      expect(named.stderr).toContain('error: out/train.fakeckpt: unsupported format: it was named as a checkpoint, but its content matches no supported format')
    })
  })
  it('exits 2 with an error line, not a stack trace and exit 1, when the paths cannot be searched', async () => {
    const result = await run(join(tmpdir(), 'msb-cli-no-such-dir'), '.')
    expect(result.code).toBe(ExitCode.InputError)
    expect(result.stderr).toMatch(/^error: ENOENT: no such file or directory, realpath '.*msb-cli-no-such-dir'\n$/)
    expect(result.stdout).toBe('')
  })
  it('rejects --json with --markdown', async () => {
    const result = await run(workspace, 'exports', '--json', '--markdown')
    expect(result.code).toBe(ExitCode.InputError)
    expect(result.stderr).toContain('error: --json and --markdown both choose the output: give one of them.')
  })
  it('prints control characters in checkpoint names visibly, not to the terminal', async () => {
    await inTempDir(async (dir) => {
      writeFakeCheckpoint(dir, 'evil\u001b[31m.fakeckpt', [{ name: 'w', category: 'weights', bytes: 8 }])
      const result = await run(dir, '.', '--budget', 'total: 1 B')
      expect(result.stdout).toContain('✗ evil\\x1b[31m.fakeckpt: total is')
    })
  })
})

describe('model-size-budget when nothing is found', () => {
  it('exits 2 naming what was searched, unless --allow-empty', async () => {
    await inTempDir(async (dir) => {
      writeFileSync(join(dir, 'notes.txt'), 'no checkpoint here')
      const result = await run(dir, '.')
      expect(result.code).toBe(ExitCode.InputError)
      expect(result.stdout).toBe('No checkpoints found.\n')
      expect(result.stderr).toBe(
        "error: No checkpoint found matching '.': check the paths, or that the step that writes the checkpoints ran before this one. Pass --allow-empty if finding none is fine.\n"
      )
      const allowed = await run(dir, '.', '--allow-empty')
      expect([allowed.code, allowed.stderr]).toEqual([ExitCode.Success, ''])
    })
  })
  it('reads a file named on the command line whatever its name, by its content', async () => {
    await inTempDir(async (dir) => {
      writeFakeCheckpoint(dir, 'model.fakeckpt', [{ name: 'w', category: 'weights', bytes: 4000 }])
      writeFileSync(join(dir, 'export'), readFileSync(join(dir, 'model.fakeckpt')))
      const named = await run(dir, 'export', '--json')
      expect(named.code).toBe(ExitCode.Success)
      expect((JSON.parse(named.stdout) as { checkpoints: { id: string }[] }).checkpoints.map((checkpoint) => checkpoint.id)).toEqual(['export'])
      // Found by a directory walk, the same file is skipped for its name.
      rmSync(join(dir, 'model.fakeckpt'))
      expect((await run(dir, '.')).code).toBe(ExitCode.InputError)
    })
  })
  it('exits 2 naming a file given on the command line that no reader recognises', async () => {
    await inTempDir(async (dir) => {
      writeFileSync(join(dir, 'frozen.pb'), 'not a checkpoint')
      const result = await run(dir, 'frozen.pb')
      expect(result.code).toBe(ExitCode.InputError)
      expect(result.stderr).toBe(
        'error: frozen.pb: unsupported format: it was named as a checkpoint, but its content matches no supported format. See the README for the supported formats.\n'
      )
    })
  })
})

describe('model-size-budget --version and --help', () => {
  it("prints the package's version", async () => {
    const { version } = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }
    for (const flag of ['--version', '-v']) expect(await run(tmpdir(), flag)).toEqual({ code: ExitCode.Success, stdout: `${version}\n`, stderr: '' })
  })
  it('prints the usage on stdout and exits 0, and on stderr with exit 2 after a usage error', async () => {
    expect(await run(tmpdir(), '--help')).toEqual({ code: ExitCode.Success, stdout: USAGE, stderr: '' })
    const bad = await run(tmpdir())
    expect(bad.code).toBe(ExitCode.InputError)
    expect(bad.stdout).toBe('')
    expect(bad.stderr).toBe(`error: no PATH given: name the checkpoint files or directories to analyse.\n\n${USAGE}`)
  })
})

describe('parseCliArgs', () => {
  it('collects repeated --budget rules in order', () => {
    expect(parseCliArgs(['--budget', 'total: 1 MB', 'x', '--budget', 'weights: +1%']).budgets).toEqual(['total: 1 MB', 'weights: +1%'])
  })
  it('keeps the defaults without budget options', () => {
    expect(parseCliArgs(['x'])).toEqual({
      paths: ['x'],
      json: false,
      markdown: false,
      allowEmpty: false,
      top: 0,
      budgets: [],
      appendHistory: false,
      lfs: 'error',
      allowDownload: false,
      help: false,
      version: false
    })
  })

  it('reads --lfs and --allow-download, refusing another LFS mode', () => {
    expect(parseCliArgs(['x', '--lfs', 'ranges', '--allow-download'])).toMatchObject({ lfs: 'ranges', allowDownload: true })
    expect(() => parseCliArgs(['x', '--lfs', 'pull'])).toThrow("--lfs takes 'error' or 'ranges', got 'pull'.")
  })
})

// The real Adam checkpoint of DESIGN.md's story, read by the registered readers.
describeWithFixtures('model-size-budget CLI on a real TF checkpoint', () => {
  it('fails an optimizer budget on traffic-sign-cnn-adam and renders the comment', async () => {
    let stdout = ''
    const code = await main(['.', '--markdown', '--budget', 'optimizer: 0 B'], {
      stdout: (text) => (stdout += text),
      stderr: () => undefined,
      cwd: fixture('real/tf1/traffic-sign-cnn-adam')
    })
    expect(code).toBe(ExitCode.OverBudget)
    const text = stdout.replace(/\u00a0/g, ' ')
    expect(text).toMatch(/^### ❌ Model size: optimizer 2\.71 MB in <code>model\.ckpt<\/code>, 2\.71 MB over <code>optimizer&#58; 0 B<\/code>; no baseline\n/)
    expect(text).toContain('| optimizer | 2.71 MB | 65.2% | <code>0 B</code> | ❌ |')
  })
})
