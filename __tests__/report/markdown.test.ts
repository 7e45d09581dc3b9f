import { describe, expect, it } from '@jest/globals'
import { buildReport } from '../../src/core/analyze.js'
import { evaluateBudgets, parseBudgets } from '../../src/core/budgets.js'
import { diffReports } from '../../src/core/diff.js'
import { parseNoiseFloor } from '../../src/core/noise-floor.js'
import { decideOutcome, DEFAULT_POLICY, type Finding } from '../../src/core/outcome.js'
import type { BaselineOrigin, Report } from '../../src/core/types.js'
import {
  COMMENT_MARKER_PREFIX,
  GITHUB_COMMENT_MAX_LENGTH,
  commentMarker,
  renderMarkdown,
  renderSummary,
  type MarkdownOptions
} from '../../src/report/markdown.js'
import { HOSTILE_NAMES, htmlText, renderGfm } from '../helpers/gfm.js'
import { checkpointReport, reportOf, reportWithDtypes, tfCheckpoint, type CheckpointSpec } from '../helpers/reports.js'

const RUN_URL = 'https://github.com/octo/models/actions/runs/42'
const GIT_BASELINE: BaselineOrigin = { kind: 'git', description: 'base commit 1a2b3c4 (main)' }
const NO_BASELINE: BaselineOrigin = {
  kind: 'none',
  description: 'no report artifact on main yet; set `baseline:` to a report JSON or upload the report from the default branch.'
}

const base = reportOf(tfCheckpoint('exports/model.ckpt', { weights: 12_500_000 }))
const overBudget = reportOf(tfCheckpoint('exports/model.ckpt', { weights: 13_100_000, optimizer: 26_200_000 }))

function comment(baseReport: Report | undefined, head: Report, budget: string, options: Partial<MarkdownOptions> = {}): string {
  const verdict = evaluateBudgets(diffReports(baseReport, head), parseBudgets(budget))
  return renderMarkdown(verdict, { baseline: baseReport ? GIT_BASELINE : NO_BASELINE, summaryUrl: RUN_URL, ...options })
}

/** The cells of every body row of every table in the rendered comment. */
function tableRows(markdown: string): string[][] {
  const html = renderGfm(markdown)
  return [...html.matchAll(/<tbody>([\s\S]*?)<\/tbody>/g)].flatMap((body) =>
    [...body[1].matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) => [...row[1].matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((cell) => cell[1]))
  )
}

/** The markdown with no-break spaces shown as spaces, for assertions about the words. */
const plain = (markdown: string) => markdown.replace(/\u00a0/g, ' ')

describe('renderMarkdown snapshots', () => {
  it('no baseline: absolute limits checked, growth limits say "no baseline"', () => {
    expect(comment(undefined, overBudget, 'total: 50 MB\nweights: +5%')).toMatchSnapshot()
  })
  it('one checkpoint grew, within budget', () => {
    const grown = reportOf(tfCheckpoint('exports/model.ckpt', { weights: 13_000_000, buffers: 4_000 }))
    expect(comment(base, grown, 'total: 50 MB\nweights: +5%\nwarn buffers: 1 MB')).toMatchSnapshot()
  })
  it('over budget (the DESIGN.md example)', () => {
    expect(comment(base, overBudget, 'total: 50 MB\noptimizer: 0 B\nweights: +5%')).toMatchSnapshot()
  })
  it('3 of 400 checkpoints changed: three rows, the rest folded', () => {
    const [before, after] = fleet(400, [7, 123, 390])
    const markdown = comment(before, after, 'total: 1 GB')
    expect(markdown).toMatchSnapshot()
    expect(
      tableRows(markdown)
        .filter((row) => row.length === 6)
        .map((row) => htmlText(row[0]))
    ).toEqual(['exports/model-390/model.ckpt', 'exports/model-123/model.ckpt', 'exports/model-007/model.ckpt'])
    expect(markdown.length).toBeLessThan(15_000)
  })
  it('a failure by an unreadable file', () => {
    const head: Report = {
      ...base,
      errors: [{ path: 'exports/bad.pt', kind: 'FormatError', message: 'exports/bad.pt: unexpected end of file: expected 2072 bytes at offset 4800048.' }]
    }
    expect(comment(base, head, 'total: 50 MB')).toMatchSnapshot()
  })
  it('nothing found', () => {
    const verdict = evaluateBudgets(diffReports(undefined, buildReport([])), parseBudgets('total: 50 MB'))
    const outcome = decideOutcome(verdict, { failOn: 'budget', ifNoCheckpoints: 'error', searched: ['exports/**/*.onnx'] })
    expect(renderMarkdown(verdict, { baseline: NO_BASELINE, summaryUrl: RUN_URL, outcome })).toMatchSnapshot()
  })
  it('a keyed matrix comment: the key in the title and the marker', () => {
    const grown = reportOf(tfCheckpoint('exports/model.ckpt', { weights: 13_000_000 }))
    expect(comment(base, grown, 'total: 50 MB', { commentKey: 'linux-x64' })).toMatchSnapshot()
  })
  it('rules firing and passing: a floor, dtype rules, growth and absolute limits', () => {
    const spec = (weightsDtype: string, lora: number) => [
      {
        name: 'exports/model.safetensors',
        format: 'safetensors' as const,
        tensors: [
          { name: 'embed.weight', category: 'weights' as const, bytes: 8_000_000, dtype: weightsDtype },
          { name: 'norm.weight', category: 'weights' as const, bytes: 2_000, dtype: 'float16' }
        ]
      },
      {
        name: 'exports/adapter.safetensors',
        format: 'safetensors' as const,
        tensors: [{ name: 'lora_A', category: 'weights' as const, bytes: lora, dtype: 'float16' }]
      }
    ]
    const before = reportWithDtypes(...spec('float16', 2_000_000))
    const after = reportWithDtypes(...spec('float32', 443))
    const markdown = comment(before, after, 'weights: >= 1 MB\ndtype: float16\nwarn exports/adapter*: dtype: no-float32\ntotal: 50 MB, +200%')
    expect(markdown).toMatchSnapshot()
    const rows = tableRows(markdown)
      .filter((row) => row.length === 6)
      .map((row) => [htmlText(row[0]), htmlText(row[5]).replace(/\u00a0/g, ' ')])
    expect(rows).toEqual([
      ['exports/adapter.safetensors', '❌ 1.00 MB under weights: >= 1 MB'],
      ['exports/model.safetensors', '❌ dtype: float16: 1 float32 weight, 8.00 MB (4.00 MB to save)']
    ])
    expect(plain(markdown)).toContain(
      '- ❌ exports/model.safetensors&#58; 1 float32 weight tensor (8.00 MB&#58; embed.weight) where the rule wants float16; as float16 they would take 4.00 MB, saving 4.00 MB.'
    )
  })
  it('the duplicates rule firing and passing: an untied output layer, a model without copies', () => {
    const lm = {
      name: 'exports/lm.safetensors',
      format: 'safetensors' as const,
      tensors: [
        { name: 'transformer.wte.weight', category: 'weights' as const, bytes: 4_000_000 },
        { name: 'lm_head.weight', category: 'weights' as const, bytes: 4_000_000 }
      ]
    }
    const head = reportOf(lm, tfCheckpoint('exports/model.ckpt', { weights: 12_500_000 }))
    head.checkpoints[0].duplicates = [{ dtype: 'float32', shape: [1_000_000], bytes: 4_000_000, tensors: ['transformer.wte.weight', 'lm_head.weight'] }]
    head.checkpoints[1].duplicates = []
    const markdown = comment(reportOf(tfCheckpoint('exports/model.ckpt', { weights: 12_500_000 })), head, 'duplicates: 0 B')
    expect(markdown).toMatchSnapshot()
    expect(tableRows(markdown)[0].map((cell) => htmlText(cell).replace(/\u00a0/g, ' '))[5]).toBe('❌ duplicates: 0 B: 1 duplicate tensor, 4.00 MB')
    expect(plain(markdown)).toContain(
      '4.00 MB of tensors stored twice&#58; transformer.wte.weight = lm&#95;head.weight (float32&#91;1000000&#93;, 4.00 MB each).'
    )
  })
  it('a changed checkpoint with its size trend over the default branch', () => {
    const history = [12_000_000, 12_100_000, 12_200_000, 12_500_000].map((total, index) => ({
      commit: `${index + 1}`.repeat(40),
      date: `2026-11-0${index + 1}T00:00:00Z`,
      checkpoints: { 'exports/model.ckpt': { total } }
    }))
    const grown = reportOf(tfCheckpoint('exports/model.ckpt', { weights: 13_000_000 }))
    const verdict = evaluateBudgets(diffReports(base, grown), parseBudgets('total: 50 MB'))
    const markdown = renderMarkdown(verdict, { baseline: GIT_BASELINE, summaryUrl: RUN_URL, history })
    expect(markdown).toMatchSnapshot()
    expect(markdown).toContain(
      '    x-axis ["1111111", "2222222", "3333333", "4444444", "this PR"]\n    y-axis "MB" 11.9 --> 13.1\n    line [12, 12.1, 12.2, 12.5, 13]'
    )
  })
  it('a dangerous pickle, as the pickle scan will pass it: an extra finding about a checkpoint', () => {
    const head = reportOf(tfCheckpoint('exports/model.ckpt', { weights: 12_500_000 }), {
      name: 'exports/evil.pt',
      format: 'pytorch',
      tensors: [{ name: 'w', category: 'weights', bytes: 400 }]
    })
    const verdict = evaluateBudgets(diffReports(base, head), parseBudgets('total: 50 MB'))
    const pickle: Finding = {
      kind: 'dangerous-pickle',
      severity: 'error',
      message: "exports/evil.pt: its pickle calls 'posix.system' when loaded; do not torch.load it without weights_only=True.",
      checkpointId: 'exports/evil.pt'
    }
    const outcome = decideOutcome(verdict, DEFAULT_POLICY, [pickle])
    const markdown = renderMarkdown(verdict, { baseline: GIT_BASELINE, summaryUrl: RUN_URL, outcome })
    expect(markdown).toMatchSnapshot()
    expect(plain(markdown).split('\n')[0]).toBe('### ❌ Model size: dangerous pickle: <code>exports/evil.pt</code>; 1 of 2 checkpoints changed')
    expect(tableRows(markdown)[0].map(htmlText)[5]).toBe('❌ dangerous pickle')
  })
  it('added and removed checkpoints', () => {
    const before = reportOf(tfCheckpoint('exports/model.ckpt', { weights: 12_500_000 }), tfCheckpoint('exports/legacy.ckpt', { weights: 3_000_000 }))
    const after = reportOf(tfCheckpoint('exports/model.ckpt', { weights: 12_500_000 }), {
      name: 'exports/mobile/model.safetensors',
      format: 'safetensors',
      tensors: [{ name: 'embed.weight', category: 'weights', bytes: 2_000_000, dtype: 'float16' }]
    })
    expect(comment(before, after, 'total: 50 MB, +10%\nexports/mobile/**: weights: 1 MB')).toMatchSnapshot()
  })
  it('hostile names in tensors, checkpoints, warnings and the baseline description', () => {
    expect(renderHostile()).toMatchSnapshot()
  })
  it('an over-long report, cut at a row boundary with a note pointing to the job summary', () => {
    const markdown = comment(manyCheckpoints(40, false), manyCheckpoints(40), 'total: 40 MB, +5%', { maxLength: 8000 })
    expect(markdown.length).toBeLessThanOrEqual(8000)
    expect(markdown).toMatchSnapshot()
  })
  it('a comment key and no rules', () => {
    expect(comment(base, base, '', { commentKey: 'mobile' })).toMatchSnapshot()
  })
})

describe('the verdict line', () => {
  const title = (markdown: string) => plain(markdown).split('\n')[0]

  it('has the outcome icon, the number that matters and how many checkpoints changed', () => {
    expect(title(comment(base, overBudget, 'optimizer: 0 B'))).toBe(
      '### ❌ Model size: optimizer +26.2 MB in <code>exports/model.ckpt</code>, 26.2 MB over <code>optimizer&#58; 0 B</code>; 1 of 1 checkpoint changed'
    )
    expect(title(comment(base, overBudget, 'warn optimizer: 0 B'))).toBe(
      '### ⚠️ Model size: optimizer +26.2 MB in <code>exports/model.ckpt</code>, 26.2 MB over <code>warn optimizer&#58; 0 B</code>; 1 of 1 checkpoint changed'
    )
    expect(title(comment(base, overBudget, 'total: 1 GB'))).toBe(
      '### ✅ Model size: optimizer +26.2 MB in <code>exports/model.ckpt</code>, within budget; 1 of 1 checkpoint changed'
    )
    expect(title(comment(base, base, ''))).toBe('### ✅ Model size: 12.5 MB in 1 checkpoint; 1 checkpoint unchanged')
    expect(title(comment(undefined, overBudget, 'total: 1 GB'))).toBe('### ✅ Model size: 39.3 MB in 1 checkpoint, within budget; no baseline')
    expect(plain(comment(undefined, overBudget, 'total: 1 GB')).split('\n')[2]).toBe('**39.3 MB** in 1 checkpoint; no baseline to compare with.')
    expect(plain(comment(base, overBudget, '')).split('\n')[2]).toBe('**39.3 MB** in 1 checkpoint, **+26.8 MB** (+214%) against the baseline.')
  })
  it('is ❌ whenever the step fails: an unreadable file fails it under fail-on: budget', () => {
    const errors = [
      { path: 'exports/bad.pt', kind: 'LfsPointerError', message: 'exports/bad.pt: this is a Git LFS pointer' },
      { path: 'exports/odd.pt', kind: 'FormatError', message: 'exports/odd.pt: truncated' }
    ]
    const onlyErrors = comment(undefined, { ...buildReport([]), errors }, 'total: 50 MB')
    expect(title(onlyErrors)).toBe('### ❌ Model size: could not be read: <code>exports/bad.pt</code> (and 1 more)')
    expect(onlyErrors).not.toContain('No checkpoint')
    expect(onlyErrors).toContain(
      '**2 files could not be analysed:**\n- <code>exports/bad.pt</code>: this is a Git LFS pointer\n- <code>exports/odd.pt</code>: truncated'
    )
    expect(title(comment(base, { ...base, errors: errors.slice(0, 1) }, 'total: 50 MB'))).toBe(
      '### ❌ Model size: could not be read: <code>exports/bad.pt</code>; 1 checkpoint unchanged'
    )
    // Over budget and unreadable: both fail; the budget, which has a number, leads.
    expect(title(comment(base, { ...overBudget, errors }, 'total: 1 MB'))).toMatch(
      /^### ❌ Model size: total \+26\.8 MB in <code>exports\/model\.ckpt<\/code>, 38\.3 MB over <code>total&#58; 1 MB<\/code> \(and 2 more\);/
    )
  })
  it('is ⚠️ for what does not fail the step (fail-on: never)', () => {
    const verdict = evaluateBudgets(diffReports(base, overBudget), parseBudgets('optimizer: 0 B'))
    const outcome = decideOutcome(verdict, { failOn: 'never', ifNoCheckpoints: 'error' })
    const markdown = renderMarkdown(verdict, { baseline: GIT_BASELINE, outcome })
    expect(title(markdown)).toMatch(/^### ⚠️ Model size: optimizer/)
    expect(plain(markdown)).toContain('| ⚠️ 26.2 MB over <code>optimizer&#58; 0 B</code> |')
  })
  it('carries the comment key', () => {
    expect(title(comment(base, base, '', { commentKey: 'gpu-a100' }))).toBe('### ✅ Model size (gpu-a100): 12.5 MB in 1 checkpoint; 1 checkpoint unchanged')
  })
  it('says when nothing was found, naming the globs, and that the rules matched nothing', () => {
    const verdict = evaluateBudgets(diffReports(undefined, buildReport([])), parseBudgets('total: 50 MB'))
    const outcome = decideOutcome(verdict, { failOn: 'budget', ifNoCheckpoints: 'error', searched: ['exports/**'] })
    expect(renderMarkdown(verdict, { baseline: NO_BASELINE, outcome }).split('\n').slice(0, 3)).toEqual([
      '### ❌ Model size: no checkpoint found',
      '',
      '- ❌ No checkpoint found matching &#39;exports/&#42;&#42;&#39;&#58; check the paths, or that the step that writes the checkpoints ran before this one.'
    ])
  })
})

describe('the table', () => {
  it('has one row per changed or failing checkpoint: base → head, Δ, Δ%, the category that moved most, the status with the rule', () => {
    const rows = tableRows(comment(base, overBudget, 'total: 50 MB\noptimizer: 0 B\nweights: +5%\nbookkeeping: 1 kB'))
    expect(rows[0].map(htmlText)).toEqual([
      'exports/model.ckpt',
      '12.5\u00a0MB\u00a0→\u00a039.3\u00a0MB',
      '+26.8\u00a0MB',
      '+214%',
      'optimizer +26.2\u00a0MB',
      '❌ 26.2\u00a0MB\u00a0over optimizer:\u00a00\u00a0B'
    ])
    // The details: one row per category with bytes or a rule, plus the total.
    expect(rows.slice(1, 6).map((row) => row.map((cell) => htmlText(cell).replace(/\u00a0/g, ' ')))).toEqual([
      ['weights', '12.5 MB', '13.1 MB', '+600 kB', '+4.8%', '+5%', '✅'],
      ['optimizer', '0 B', '26.2 MB', '+26.2 MB', '∞', '0 B', '❌'],
      ['bookkeeping', '0 B', '0 B', '0 B', '', '1 kB', '✅'],
      ['metadata', '1.00 kB', '1.00 kB', '0 B', '0.0%', '', ''],
      ['total', '12.5 MB', '39.3 MB', '+26.8 MB', '+214%', '50 MB', '✅']
    ])
  })
  it('never breaks a size between its number and its unit', () => {
    const markdown = comment(base, overBudget, 'total: 50 MB\noptimizer: 0 B')
    for (const row of tableRows(markdown)) {
      for (const cell of row) expect(htmlText(cell)).not.toMatch(/\d [kMGT]?B\b/)
    }
  })
  it('sorts failures first, then by |Δ|, and folds the unchanged checkpoints into one line', () => {
    const [before, after] = fleet(12, [2, 5, 9])
    const markdown = comment(before, after, 'exports/model-05/**: total: 1 MB')
    const ids = tableRows(markdown)
      .filter((row) => row.length === 6 && htmlText(row[0]).startsWith('exports/'))
      .map((row) => htmlText(row[0]))
    expect(ids).toEqual(['exports/model-05/model.ckpt', 'exports/model-09/model.ckpt', 'exports/model-02/model.ckpt'])
    expect(plain(markdown)).toContain('<summary>9 checkpoints unchanged, 59.0 MB</summary>')
  })
  it('shortens long paths from the left in the table and shows them whole in the details', () => {
    const id = 'examples/research/2026/very-long-project-name/experiments/mnist-cnn-adam/model.ckpt'
    const long = (weights: number) => reportOf({ ...tfCheckpoint(id, { weights }) })
    const markdown = comment(long(1_000_000), long(2_000_000), '')
    expect(htmlText(tableRows(markdown)[0][0])).toBe('…/experiments/mnist-cnn-adam/model.ckpt')
    const summary = /<summary>(<code>.*?<\/code>)/.exec(markdown)![1]
    expect(htmlText(summary)).toBe(id)
    // The whole path may break after its separators (issue 14), never inside a segment.
    expect(summary).toBe('<code>examples/research/<wbr>2026/very-long-<wbr>project-name/<wbr>experiments/<wbr>mnist-cnn-adam/<wbr>model.ckpt</code>')
  })
  it('lets a passed absolute limit outrank a growth limit without a baseline', () => {
    const rows = tableRows(comment(undefined, overBudget, 'total: 50 MB\nweights: +5%'))
    expect(htmlText(rows[0][3]).replace(/\u00a0/g, ' ')).toBe('✅ total: 50 MB')
    expect(htmlText(tableRows(comment(undefined, overBudget, 'weights: +5%'))[0][3]).replace(/\u00a0/g, ' ')).toBe('➖ no baseline for weights: +5%')
  })
  it('counts changes under min-change as unchanged', () => {
    // model-01 grows by 300 kB, the others by 10 B.
    const [before, after] = fleet(3, [1])
    const head = reportOf(
      ...after.checkpoints.map((checkpoint) => tfCheckpoint(checkpoint.id, { weights: checkpoint.bytes.weights + (checkpoint.id.includes('-01') ? 0 : 10) }))
    )
    expect(plain(comment(before, head, '', { minChange: parseNoiseFloor('1 MB') }))).toContain(
      '<summary>3 checkpoints unchanged (changes under 1 MB ignored), 6.30 MB</summary>'
    )
    const floored = plain(comment(before, head, '', { minChange: parseNoiseFloor('1 kB, 0.1%') }))
    expect(floored.split('\n')[0]).toBe('### ✅ Model size: weights +300 kB in <code>exports/model-01/model.ckpt</code>; 1 of 3 checkpoints changed')
    expect(floored).toContain('<summary>2 checkpoints unchanged (changes under 1 kB, 0.1% ignored), 4.00 MB</summary>')
    expect(plain(comment(before, head, '')).split('\n')[0]).toMatch(/; 3 of 3 checkpoints changed$/)
  })
})

describe('renderMarkdown', () => {
  it('includes the explanation lines, a collapsed section with a mermaid pie, and where the baseline came from', () => {
    const markdown = plain(comment(base, overBudget, 'optimizer: 0 B'))
    expect(markdown).toContain('- 💡 optimizer state is 66.7% of this checkpoint')
    expect(markdown).toContain('<details>\n<summary><code>exports/model.ckpt</code>: 39.3 MB (+26.8 MB) · 3 tensors · 3,275,000 parameters')
    expect(markdown).toContain(
      '```mermaid\npie title Bytes by category\n    "weights 13.1 MB" : 13100000\n    "optimizer 26.2 MB" : 26200000\n    "metadata 1.00 kB" : 1000\n```'
    )
    expect(markdown).toContain('**Baseline:** checkpoint files in git: base commit 1a2b3c4 (main)')
    expect(comment(undefined, overBudget, '')).toContain('**Baseline:** none. no report artifact on main yet; set &#96;baseline&#58;&#96; to a report JSON')
  })
  it('never cuts the baseline reason', () => {
    const reason = 'The checkpoints at base commit 1a2b3c4 are Git LFS pointers. '.repeat(8) + 'Check out with lfs: true.'
    expect(comment(undefined, overBudget, '', {})).toBeDefined()
    const verdict = evaluateBudgets(diffReports(undefined, overBudget), [])
    expect(renderMarkdown(verdict, { baseline: { kind: 'none', description: reason } })).toContain(`${reason.replace(/:/g, '&#58;')}`)
    expect(renderSummary(verdict, { baseline: { kind: 'none', description: reason } })).toContain('Check out with lfs&#58; true.')
  })
  it('lists files that could not be analysed, naming each file once', () => {
    const head: Report = { ...overBudget, errors: [{ path: 'exports/bad.pt', kind: 'LfsPointerError', message: 'exports/bad.pt: this is a Git LFS pointer' }] }
    expect(comment(base, head, '')).toContain('**1 file could not be analysed:**\n- <code>exports/bad.pt</code>: this is a Git LFS pointer\n')
  })
  it('lists baseline files that could not be analysed apart from the head ones', () => {
    const brokenBase: Report = { ...base, errors: [{ path: 'exports/old.pt', kind: 'FormatError', message: 'exports/old.pt: truncated' }] }
    expect(comment(brokenBase, overBudget, '')).toContain('**1 file in the baseline could not be analysed:**\n- <code>exports/old.pt</code>: truncated')
  })
  it('marks soft limits in the limit column', () => {
    expect(plain(comment(base, overBudget, 'warn optimizer: 0 B'))).toContain('| warn <code>0 B</code> | ⚠️ |')
  })
  it('ends with the hidden marker of its comment key, once', () => {
    const markdown = comment(base, overBudget, '', { commentKey: 'mobile' })
    expect(markdown.endsWith('\n<!-- model-size-budget:mobile -->')).toBe(true)
    expect(markdown.split('<!--')).toHaveLength(2)
    expect(comment(base, overBudget, '').endsWith('\n<!-- model-size-budget: -->')).toBe(true)
  })
  it('links the job summary only through an http(s) URL, percent-encoding what could end the link', () => {
    expect(comment(base, base, '', { summaryUrl: 'javascript:alert(1)' })).toContain('<sub>model-size-budget</sub>')
    expect(comment(base, base, '', { summaryUrl: 'https://x.example/a b)(<c>' })).toContain('(https://x.example/a%20b%29%28%3Cc%3E)')
  })
})

describe('hostile names', () => {
  const markdown = renderHostile()
  const html = renderGfm(markdown)

  it('contains exactly one HTML comment, our own marker, at the very end', () => {
    expect(markdown.split('<!--')).toHaveLength(2)
    expect(markdown.endsWith(`\n${commentMarker('evil')}`)).toBe(true)
    expect(markdown).not.toContain(`${COMMENT_MARKER_PREFIX}: -->`)
  })
  it('renders no element that the names could have made', () => {
    const tags = new Set([...html.matchAll(/<([a-z][a-z0-9]*)/gi)].map((match) => match[1].toLowerCase()))
    // `wbr`: the break opportunities in long names (escape.ts), ours, not the names'.
    for (const tag of tags)
      expect([
        'h3',
        'p',
        'strong',
        'ul',
        'li',
        'code',
        'table',
        'thead',
        'tbody',
        'tr',
        'th',
        'td',
        'details',
        'summary',
        'pre',
        'sub',
        'a',
        'em',
        'wbr'
      ]).toContain(tag)
    expect(html).not.toMatch(/<(script|img|h[12456])/i)
    expect([...html.matchAll(/<a href="([^"]*)"/g)].map((match) => match[1])).toEqual([RUN_URL])
  })
  it('pings nobody and links no issue', () => {
    // Code spans included: stricter than GitHub, which does not ping from inside them.
    const text = htmlText(html)
    expect(text).not.toMatch(/(^|[^\w])@[a-z0-9]/i)
    expect(text).not.toMatch(/#\d/)
  })
  it('keeps every table row at its column count', () => {
    // 4: the checkpoints table (no baseline), and the largest tensors without reasons; 5: the
    // per-category tables, and the largest tensors with the reader's reasons.
    for (const row of tableRows(markdown)) expect([4, 5]).toContain(row.length)
    const slotReasons = tableRows(markdown).filter((row) => row.length === 5 && htmlText(row[1]) === 'optimizer')
    expect(slotReasons.length).toBeGreaterThan(0)
    for (const row of slotReasons) expect(htmlText(row[2])).toMatch(/^Adam slot \(m\) of .*: same shape and dtype$/s)
    const categoryRows = tableRows(markdown).filter((row) => row.length === 5 && ['weights', 'optimizer', 'metadata', 'total'].includes(htmlText(row[0])))
    // The second checkpoint has an optimizer row for the rule about it, without bytes.
    expect(categoryRows.map((row) => htmlText(row[0]))).toEqual(['weights', 'optimizer', 'metadata', 'total', 'weights', 'optimizer', 'metadata', 'total'])
    expect(tableRows(markdown).filter((row) => row.length === 4 && /^(exports|x|…)/.test(htmlText(row[0])))).toHaveLength(2)
  })
  it('shortens very long names, less in the summary than in the comment', () => {
    const text = htmlText(html)
    expect(text).toContain('x'.repeat(72) + '…' + 'x'.repeat(47))
    expect(text).not.toContain('x'.repeat(73))
    // The raw markdown never holds an unbreakable word wider than a table column (48 characters).
    expect(markdown).not.toContain('x'.repeat(49))
    const verdict = evaluateBudgets(diffReports(undefined, hostileHead()), [])
    expect(htmlText(renderGfm(renderSummary(verdict, { baseline: NO_BASELINE })))).toContain('x'.repeat(600) + '…' + 'x'.repeat(399))
  })
})

describe('the length cut', () => {
  const head = manyCheckpoints(150)
  const verdict = evaluateBudgets(diffReports(manyCheckpoints(150, false), head), parseBudgets('total: 50 MB, +5%'))
  const whole = renderMarkdown(verdict, { baseline: GIT_BASELINE, summaryUrl: RUN_URL, commentKey: 'big' })
  const markdown = renderMarkdown(verdict, { baseline: GIT_BASELINE, summaryUrl: RUN_URL, commentKey: 'big', maxLength: 20_000 })

  it("stays under GitHub's limit and keeps the marker", () => {
    expect(renderSummary(verdict, { baseline: GIT_BASELINE }).length).toBeGreaterThan(GITHUB_COMMENT_MAX_LENGTH)
    expect(whole.length).toBeLessThanOrEqual(GITHUB_COMMENT_MAX_LENGTH)
    expect(markdown.length).toBeLessThanOrEqual(20_000)
    expect(markdown.endsWith('\n<!-- model-size-budget:big -->')).toBe(true)
  })
  it("cuts between whole rows and names GitHub's own limit", () => {
    const note = markdown.indexOf('> [!NOTE]')
    expect(note).toBeGreaterThan(0)
    // The last unit kept is whole: a table row or a closed <details> section.
    expect(markdown.slice(0, note)).toMatch(/(\|\n\n|<\/details>\n\n)$/)
    expect(markdown.split('<details>')).toHaveLength(markdown.split('</details>').length)
    expect(markdown).toContain(`> This comment was cut to stay under GitHub's 65,536-character limit; the [job summary](${RUN_URL}) has the full report.`)
    for (const row of tableRows(markdown)) expect(row).toHaveLength(6)
  })
  it('keeps the verdict line and the failing rows, largest change first', () => {
    expect(plain(markdown).split('\n')[0]).toBe(
      '### ❌ Model size (big): total +16.8 MB in <code>exports/model-147/model.ckpt</code>, 115 MB over <code>total&#58; 50 MB</code> (and 149 more); 150 of 150 checkpoints changed'
    )
    expect(
      tableRows(markdown)
        .slice(0, 3)
        .map((row) => htmlText(row[0]))
    ).toEqual(['exports/model-147/model.ckpt', 'exports/model-144/model.ckpt', 'exports/model-141/model.ckpt'])
  })
  it('counts the rows beyond the table and sends the reader to the job summary, never into a cut table', () => {
    expect(whole).toContain(`… and 50 more checkpoints that changed or failed: the [job summary](${RUN_URL}) lists every one.`)
    expect(tableRows(whole).filter((row) => row.length === 6)).toHaveLength(100)
    expect(markdown).not.toContain('more checkpoints that changed')
  })
  it('leaves the summary whole, without a marker', () => {
    const summary = renderSummary(verdict, { baseline: GIT_BASELINE })
    expect(summary).not.toContain('<!--')
    expect(summary).not.toContain('[!NOTE]')
    for (const checkpoint of head.checkpoints) expect(summary).toContain(`<summary><code>${checkpoint.id}</code>`)
  })
})

describe('renderSummary', () => {
  it('is cut at a whole unit only beyond its byte limit, pointing to the report JSON', () => {
    const verdict = evaluateBudgets(diffReports(undefined, manyCheckpoints(30)), [])
    const whole = renderSummary(verdict, { baseline: NO_BASELINE })
    expect(whole).not.toContain('[!NOTE]')
    const cut = renderSummary(verdict, { baseline: NO_BASELINE, maxBytes: 6000 })
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(6000)
    expect(cut).toContain(
      "> This summary was cut to stay under GitHub's 6,000-byte limit for a job summary; the report JSON (the `report` output) has every figure."
    )
    const kept = cut.slice(0, cut.indexOf('> [!NOTE]'))
    expect(whole.startsWith(kept.trimEnd())).toBe(true)
    expect(kept.split('<details>')).toHaveLength(kept.split('</details>').length)
    expect(cut.endsWith('<sub>model-size-budget</sub>\n')).toBe(true)
  })
  it('has every budget result section, the files and the unclassified tensors', () => {
    const head = buildReport([
      checkpointReport({
        name: 'exports/model.ckpt',
        tensors: [
          { name: 'dense/kernel', category: 'weights', bytes: 4000 },
          { name: 'mystery', category: 'unclassified', bytes: 40 }
        ]
      })
    ])
    const summary = renderSummary(evaluateBudgets(diffReports(undefined, head), parseBudgets('unclassified: 0 B')), { baseline: NO_BASELINE })
    expect(summary).toMatchSnapshot()
    expect(plain(summary)).toContain('| <code>exports/model.ckpt.index</code> | index | 1.00 kB |')
    expect(summary).toContain('Unclassified tensors: <code>mystery</code>')
    expect(summary).toContain('**All 1 budget check:**\n- ❌ exports/model.ckpt&#58; unclassified is 40 B, 40 B over the limit of 0 B')
  })
})

describe('commentMarker', () => {
  it('is a hidden HTML comment with the key', () => {
    expect(commentMarker()).toBe('<!-- model-size-budget: -->')
    expect(commentMarker('gpu-matrix/linux.x64')).toBe('<!-- model-size-budget:gpu-matrix/linux.x64 -->')
    expect(commentMarker('  mobile ')).toBe('<!-- model-size-budget:mobile -->')
  })
  it('cannot be closed early or made to collide by its key', () => {
    expect(commentMarker('a --> <script>')).toBe('<!-- model-size-budget:a%20-%2D%3E%20%3Cscript%3E -->')
    expect(commentMarker('x--y')).toBe('<!-- model-size-budget:x-%2Dy -->')
    expect(commentMarker('modèle')).toBe('<!-- model-size-budget:mod%C3%A8le -->')
    const keys = ['a b', 'a_b', 'a%20b', 'ab', 'a-b', 'a--b', 'a-%2Db', 'a.b', '']
    expect(new Set(keys.map((key) => commentMarker(key))).size).toBe(keys.length)
    for (const key of keys) expect(commentMarker(key).slice(4, -3)).not.toMatch(/--|[<>!]/)
  })
})

/** `count` checkpoints of 1..count MB; those at `grown` indexes grow by 10% plus 100 kB per index. */
function fleet(count: number, grown: readonly number[]): [Report, Report] {
  const id = (index: number) => `exports/model-${String(index).padStart(count > 99 ? 3 : 2, '0')}/model.ckpt`
  const before = reportOf(...Array.from({ length: count }, (_, index) => tfCheckpoint(id(index), { weights: 1_000_000 * (index + 1) })))
  const after = reportOf(
    ...Array.from({ length: count }, (_, index) => {
      const weights = 1_000_000 * (index + 1)
      return tfCheckpoint(id(index), { weights: grown.includes(index) ? Math.round(weights * 1.1) + 100_000 * index : weights })
    })
  )
  return [before, after]
}

/** `count` checkpoints of growing size; `grown` ones are 10% larger and every third carries Adam slots. */
function manyCheckpoints(count: number, grown = true): Report {
  const specs: CheckpointSpec[] = []
  for (let index = 0; index < count; index++) {
    const weights = 1_000_000 * (index + 1)
    const sizes = grown ? { weights: Math.round(weights * 1.1), optimizer: index % 3 ? 0 : 2_000_000 } : { weights }
    specs.push(tfCheckpoint(`exports/model-${String(index).padStart(3, '0')}/model.ckpt`, sizes))
  }
  return reportOf(...specs)
}

function hostileHead(): Report {
  const names = Object.values(HOSTILE_NAMES)
  return buildReport([
    checkpointReport(
      {
        name: `exports/${HOSTILE_NAMES.script}|${HOSTILE_NAMES.fakeMarker}`,
        // Reasons name tensors too (an optimizer slot names its variable).
        tensors: names.map((name, index) =>
          index % 2
            ? { name, category: 'optimizer', bytes: 1000 + index, reason: `Adam slot (m) of ${name}: same shape and dtype` }
            : { name, category: 'weights', bytes: 1000 + index }
        ),
        warnings: [`tensor ${HOSTILE_NAMES.mention} ${HOSTILE_NAMES.newline}`],
        explanations: [`${HOSTILE_NAMES.issueRef} ${HOSTILE_NAMES.emphasis}`],
        categoryNotes: { weights: HOSTILE_NAMES.comment }
      },
      names.length
    ),
    checkpointReport({ name: HOSTILE_NAMES.long, tensors: [{ name: HOSTILE_NAMES.backticks, category: 'weights', bytes: 10 }] }, 1)
  ])
}

function renderHostile(): string {
  const verdict = evaluateBudgets(diffReports(undefined, hostileHead()), parseBudgets('optimizer: 0 B'))
  return renderMarkdown(verdict, {
    baseline: { kind: 'none', description: `${HOSTILE_NAMES.fakeMarker} @admin #1`, url: 'javascript:alert(1)' },
    summaryUrl: RUN_URL,
    commentKey: 'evil',
    topTensors: 30
  })
}

describe('renderMarkdown: the pickle scan', () => {
  const dangerous = (): Report => {
    const report = reportOf(tfCheckpoint('models/evil.pt', { weights: 1000 }))
    report.checkpoints[0].pickleGlobals = [
      { file: 'models/evil.pt', module: 'torch._utils', name: '_rebuild_tensor_v2', verdict: 'safe', offset: 70 },
      { file: 'models/evil.pt', module: 'os', name: 'system', verdict: 'dangerous', offset: 123 }
    ]
    return report
  }

  it("fails on a pickle that would run code on load, naming the file, the global and its offset ('pickle: safe')", () => {
    const markdown = comment(undefined, dangerous(), 'pickle: safe')
    expect(
      plain(markdown)
        .split('\n')[0]
        .replace(/\u00a0/g, ' ')
    ).toBe('### ❌ Model size: <code>pickle&#58; safe</code>: 1 dangerous global in <code>models/evil.pt</code>; no baseline')
    expect(
      tableRows(markdown)[0]
        .map(htmlText)[3]
        .replace(/\u00a0/g, ' ')
    ).toBe('❌ pickle: safe: 1 dangerous global')
    expect(htmlText(renderGfm(markdown))).toContain(
      'models/evil.pt: its pickle references os.system (models/evil.pt, byte 123), which would run code on torch.load(weights_only=False); nothing was executed (budget line 1: pickle: safe)'
    )
  })

  it("only warns under 'warn pickle: safe', and says nothing when every global is safe", () => {
    expect(comment(undefined, dangerous(), 'warn pickle: safe').replace(/\u00a0/g, ' ')).toMatch(
      /^### ⚠️ Model size: <code>warn pickle&#58; safe<\/code>: 1 dangerous global in <code>models\/evil\.pt<\/code>/
    )
    const clean = reportOf(tfCheckpoint('models/ok.pt', { weights: 1000 }))
    expect(comment(undefined, clean, 'pickle: safe')).toMatch(/^### ✅ Model size/)
  })
})
