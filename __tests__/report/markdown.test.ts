import { describe, expect, it } from '@jest/globals'
import { buildReport } from '../../src/core/analyze.js'
import { evaluateBudgets, parseBudgets } from '../../src/core/budgets.js'
import { diffReports } from '../../src/core/diff.js'
import type { Report } from '../../src/core/types.js'
import {
  COMMENT_MARKER_PREFIX,
  GITHUB_COMMENT_MAX_LENGTH,
  commentMarker,
  renderMarkdown,
  renderSummary,
  type BaselineOrigin,
  type MarkdownOptions
} from '../../src/report/markdown.js'
import { HOSTILE_NAMES, htmlText, renderGfm } from '../helpers/gfm.js'
import { checkpointReport, reportOf, tfCheckpoint, type CheckpointSpec } from '../helpers/reports.js'

const RUN_URL = 'https://github.com/octo/models/actions/runs/42'
const GIT_BASELINE: BaselineOrigin = { kind: 'git', description: 'base commit 1a2b3c4 (main)' }
const NO_BASELINE: BaselineOrigin = {
  kind: 'none',
  description: 'no report artifact on main yet; set `baseline:` to a report JSON or upload the report from the default branch.'
}

const DESIGN_BUDGET = parseBudgets('total: 50 MB\noptimizer: 0 B\nweights: +5%')
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

describe('renderMarkdown snapshots', () => {
  it('no baseline: absolute limits checked, growth limits say "no baseline"', () => {
    expect(comment(undefined, overBudget, 'total: 50 MB\nweights: +5%')).toMatchSnapshot()
  })
  it('growth within budget', () => {
    const grown = reportOf(tfCheckpoint('exports/model.ckpt', { weights: 13_000_000, buffers: 4_000 }))
    expect(comment(base, grown, 'total: 50 MB\nweights: +5%\nwarn buffers: 1 MB')).toMatchSnapshot()
  })
  it('over budget (the DESIGN.md example)', () => {
    expect(comment(base, overBudget, 'total: 50 MB\noptimizer: 0 B\nweights: +5%')).toMatchSnapshot()
  })
  it('added and removed checkpoints', () => {
    const before = reportOf(tfCheckpoint('exports/model.ckpt', { weights: 12_500_000 }), tfCheckpoint('exports/legacy.ckpt', { weights: 3_000_000 }))
    const after = reportOf(
      tfCheckpoint('exports/model.ckpt', { weights: 12_500_000 }),
      { name: 'exports/mobile/model.safetensors', format: 'safetensors', tensors: [{ name: 'embed.weight', category: 'weights', bytes: 2_000_000, dtype: 'float16' }] }
    )
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

describe('renderMarkdown', () => {
  it('starts with the verdict, the total and its change', () => {
    const lines = comment(base, overBudget, 'optimizer: 0 B').split('\n')
    expect(lines[0]).toBe('### ❌ Model size: over budget')
    expect(lines[2]).toBe('**39.3 MB** in 1 checkpoint, **+26.8 MB** (+214%) against the baseline.')
    expect(comment(base, overBudget, 'warn optimizer: 0 B').split('\n')[0]).toBe('### ⚠️ Model size: within budget, with warnings')
    expect(comment(base, overBudget, 'total: 1 GB').split('\n')[0]).toBe('### ✅ Model size: within budget')
    expect(comment(undefined, overBudget, 'total: 1 GB').split('\n')[2]).toBe('**39.3 MB** in 1 checkpoint; no baseline to compare with.')
  })
  it('says which rule was exceeded and by how much before the table', () => {
    const markdown = comment(base, overBudget, DESIGN_BUDGET.map((rule) => rule.text).join('\n'))
    const firstTable = markdown.indexOf('| Checkpoint |')
    const exceeded = markdown.indexOf('optimizer is 26.2 MB, **26.2 MB over** <code>0 B</code> (budget line 2: <code>optimizer&#58; 0 B</code>)')
    expect(exceeded).toBeGreaterThan(0)
    expect(exceeded).toBeLessThan(firstTable)
  })
  it('shows one row per category with bytes or a rule, plus the total, each with base, head, delta, limit and status', () => {
    const rows = tableRows(comment(base, overBudget, 'total: 50 MB\noptimizer: 0 B\nweights: +5%\nbookkeeping: 1 kB'))
    expect(rows.map((row) => row.map(htmlText))).toEqual([
      ['exports/model.ckpt', 'weights', '12.5 MB', '13.1 MB', '+600 kB', '+4.8%', '+5%', '✅'],
      ['', 'optimizer', '0 B', '26.2 MB', '+26.2 MB', '∞', '0 B', '❌ 26.2 MB over'],
      ['', 'bookkeeping', '0 B', '0 B', '0 B', '', '1 kB', '✅'],
      ['', 'metadata', '1.00 kB', '1.00 kB', '0 B', '0.0%', '', ''],
      ['', 'total', '12.5 MB', '39.3 MB', '+26.8 MB', '+214%', '50 MB', '✅'],
      // the largest tensors in <details>
      ['dense/kernel', 'weights', 'float32[3275000]', '13.1 MB'],
      ['dense/kernel/.OPTIMIZER_SLOT/optimizer/m', 'optimizer', 'float32[3275000]', '13.1 MB'],
      ['dense/kernel/.OPTIMIZER_SLOT/optimizer/v', 'optimizer', 'float32[3275000]', '13.1 MB']
    ])
  })
  it('includes the explanation lines, a collapsed section with a mermaid pie, and where the baseline came from', () => {
    const markdown = comment(base, overBudget, 'optimizer: 0 B')
    expect(markdown).toContain('- 💡 <code>exports/model.ckpt</code>: optimizer state is 66.7% of this checkpoint')
    expect(markdown).toContain('<details>\n<summary><code>exports/model.ckpt</code>: 39.3 MB · 3 tensors · 3,275,000 parameters')
    expect(markdown).toContain('```mermaid\npie title Bytes by category\n    "weights 13.1 MB" : 13100000\n    "optimizer 26.2 MB" : 26200000\n    "metadata 1.00 kB" : 1000\n```')
    expect(markdown).toContain('**Baseline:** checkpoint files in git: base commit 1a2b3c4 (main)')
    expect(comment(undefined, overBudget, '')).toContain('**Baseline:** none. no report artifact on main yet; set &#96;baseline&#58;&#96; to a report JSON')
  })
  it('lists files that could not be analysed, naming each file once', () => {
    const head: Report = { ...overBudget, errors: [{ path: 'exports/bad.pt', kind: 'LfsPointerError', message: 'exports/bad.pt: this is a Git LFS pointer' }] }
    expect(comment(base, head, '')).toContain('**1 file could not be analysed:**\n- <code>exports/bad.pt</code>: this is a Git LFS pointer\n')
  })
  it('does not call a run within budget when files could not be analysed, nor say none was found', () => {
    const errors = [
      { path: 'exports/bad.pt', kind: 'LfsPointerError', message: 'exports/bad.pt: this is a Git LFS pointer' },
      { path: 'exports/odd.pt', kind: 'FormatError', message: 'exports/odd.pt: truncated' }
    ]
    const onlyErrors = comment(undefined, { ...buildReport([]), errors }, 'total: 50 MB')
    expect(onlyErrors.split('\n')[0]).toBe('### ⚠️ Model size: 2 files could not be analysed')
    expect(onlyErrors).not.toContain('No checkpoints found.')
    expect(onlyErrors).toContain('**2 files could not be analysed:**\n- <code>exports/bad.pt</code>: this is a Git LFS pointer\n- <code>exports/odd.pt</code>: truncated')
    const withinBudget = comment(base, { ...base, errors: errors.slice(0, 1) }, 'total: 50 MB')
    expect(withinBudget.split('\n')[0]).toBe('### ⚠️ Model size: 1 file could not be analysed')
    expect(comment(base, { ...overBudget, errors }, 'total: 1 MB').split('\n')[0]).toBe('### ❌ Model size: over budget')
  })
  it('says when no checkpoint was found, and that the rules matched nothing', () => {
    const markdown = comment(undefined, buildReport([]), 'total: 50 MB')
    expect(markdown.split('\n').slice(0, 7)).toEqual([
      '### ⚠️ Model size: within budget, with warnings',
      '',
      '**0 B** in 0 checkpoints; no baseline to compare with.',
      '',
      '- ⚠️ budget line 1: <code>total&#58; 50 MB</code> matched no checkpoint',
      '',
      'No checkpoints found.'
    ])
  })
  it('lists baseline files that could not be analysed apart from the head ones', () => {
    const brokenBase: Report = { ...base, errors: [{ path: 'exports/old.pt', kind: 'FormatError', message: 'exports/old.pt: truncated' }] }
    expect(comment(brokenBase, overBudget, '')).toContain('**1 file in the baseline could not be analysed:**\n- <code>exports/old.pt</code>: truncated')
  })
  it('marks soft limits in the limit column', () => {
    expect(comment(base, overBudget, 'warn optimizer: 0 B')).toContain('| warn <code>0 B</code> | ⚠️ 26.2 MB over |')
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
    for (const tag of tags) expect(['h3', 'p', 'strong', 'ul', 'li', 'code', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'details', 'summary', 'pre', 'sub', 'a', 'em']).toContain(tag)
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
    // 6: a checkpoint's categories; 5: its largest tensors with the reader's reasons; 4: without.
    for (const row of tableRows(markdown)) expect([4, 5, 6]).toContain(row.length)
    const slotReasons = tableRows(markdown).filter((row) => row.length === 5 && htmlText(row[1]) === 'optimizer')
    expect(slotReasons.length).toBeGreaterThan(0)
    for (const row of slotReasons) expect(htmlText(row[2])).toMatch(/^Adam slot \(m\) of .*: same shape and dtype$/s)
    const checkpointRows = tableRows(markdown).filter((row) => row.length === 6)
    expect(checkpointRows.map((row) => htmlText(row[1]))).toEqual(['weights', 'optimizer', 'metadata', 'total', 'weights', 'optimizer', 'metadata', 'total'])
  })
  it('shortens very long names, less in the summary than in the comment', () => {
    expect(markdown).toContain('x'.repeat(72) + '…' + 'x'.repeat(47))
    expect(markdown).not.toContain('x'.repeat(73))
    const verdict = evaluateBudgets(diffReports(undefined, hostileHead()), [])
    expect(renderSummary(verdict, { baseline: NO_BASELINE })).toContain('x'.repeat(600) + '…' + 'x'.repeat(399))
  })
})

describe('the length cut', () => {
  const head = manyCheckpoints(150)
  const verdict = evaluateBudgets(diffReports(manyCheckpoints(150, false), head), parseBudgets('total: 50 MB, +5%'))
  const markdown = renderMarkdown(verdict, { baseline: GIT_BASELINE, summaryUrl: RUN_URL, commentKey: 'big' })

  it("stays under GitHub's limit and keeps the marker", () => {
    expect(renderSummary(verdict, { baseline: GIT_BASELINE }).length).toBeGreaterThan(GITHUB_COMMENT_MAX_LENGTH)
    expect(markdown.length).toBeLessThanOrEqual(GITHUB_COMMENT_MAX_LENGTH)
    expect(markdown.endsWith('\n<!-- model-size-budget:big -->')).toBe(true)
  })
  it('cuts at a row boundary and points to the job summary', () => {
    const note = markdown.indexOf('> [!NOTE]')
    expect(note).toBeGreaterThan(0)
    // The last unit kept is whole: a table row or a closed <details> section.
    expect(markdown.slice(0, note)).toMatch(/(\|\n\n|<\/details>\n\n)$/)
    expect(markdown.split('<details>')).toHaveLength(markdown.split('</details>').length)
    expect(markdown).toContain(`the [job summary](${RUN_URL}) has the full report.`)
    for (const row of tableRows(markdown)) expect([4, 8]).toContain(row.length)
  })
  it('keeps the headline and the first 20 exceeded limits, and counts the others', () => {
    expect(markdown.startsWith('### ❌ Model size: over budget')).toBe(true)
    const failing = verdict.results.filter((result) => result.status === 'fail')
    expect(failing.length).toBeGreaterThan(150)
    const listed = markdown.split('\n').filter((line) => line.startsWith('- ❌ '))
    expect(listed).toHaveLength(20)
    expect(listed[0]).toBe(
      '- ❌ <code>exports/model-000/model.ckpt</code> total grew by +2.10 MB, **2.05 MB over** <code>&#43;5%</code> (budget line 1: <code>total&#58; 50 MB, +5%</code>)'
    )
    expect(markdown).toContain(`- … and ${failing.length - 20} more exceeded limits (see the table and the job summary)`)
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
    expect(cut).toContain("> This summary was cut to stay under GitHub's 6,000-byte limit for a job summary; the report JSON (the `report` output) has every figure.")
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
    expect(summary).toContain('| <code>exports/model.ckpt.index</code> | index | 1.00 kB |')
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
          index % 2 ? { name, category: 'optimizer', bytes: 1000 + index, reason: `Adam slot (m) of ${name}: same shape and dtype` } : { name, category: 'weights', bytes: 1000 + index }
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

  it("puts a pickle that would run code on load as a ❌ line naming the file, the global and its offset ('pickle: safe')", () => {
    const markdown = comment(undefined, dangerous(), 'pickle: safe')
    expect(markdown).toMatch(/^### ❌ Model size: over budget/)
    expect(htmlText(renderGfm(markdown))).toContain(
      'models/evil.pt: its pickle references os.system (models/evil.pt, byte 123), which would run code on torch.load(weights_only=False); nothing was executed (budget line 1: pickle: safe)'
    )
    expect(markdown).toContain('- ❌ <code>models/evil.pt</code>: its pickle references')
    // The scan has no row of bytes in the table.
    expect(tableRows(markdown).some((row) => row.includes('pickle'))).toBe(false)
  })

  it("only warns under 'warn pickle: safe', and says nothing when every global is safe", () => {
    expect(comment(undefined, dangerous(), 'warn pickle: safe')).toMatch(/^### ⚠️ Model size: within budget, with warnings[\s\S]*- ⚠️ <code>models\/evil\.pt<\/code>: its pickle references os\.system/)
    const clean = reportOf(tfCheckpoint('models/ok.pt', { weights: 1000 }))
    expect(comment(undefined, clean, 'pickle: safe')).toMatch(/^### ✅ Model size: within budget/)
  })
})
