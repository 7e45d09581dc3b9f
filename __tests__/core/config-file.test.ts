import { describe, expect, it } from '@jest/globals'
import { Ajv } from 'ajv'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseInputs } from '../../src/action/inputs.js'
import type { InputName } from '../../src/action/constants.js'
import { evaluateBudgets, failureMessages } from '../../src/core/budgets.js'
import { configFor } from '../../src/core/config-file.js'
import { parseConfig } from '../../src/core/config-parse.js'
import { ConfigError } from '../../src/core/errors.js'
import { diffReports } from '../../src/core/diff.js'
import { reportOf, tfCheckpoint } from '../helpers/reports.js'
import { PROJECT_ROOT } from '../helpers/fixtures.js'

const FILE = '.github/model-size-budget.yml'
const MB = 1_000_000

/** The README's full example (the yaml block with the schema line), so the README cannot drift from the parser. */
const FULL_EXAMPLE = /```yaml\n(# yaml-language-server[\s\S]*?)```/.exec(readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8'))![1]

function parseError(text: string): string {
  try {
    parseConfig(text, FILE)
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError)
    return (error as Error).message
  }
  throw new Error('the config parsed')
}

describe('the config file', () => {
  it('reads the full example: rules with their places, the noise floor, the comment mode, a key section', () => {
    const config = parseConfig(FULL_EXAMPLE, FILE)
    expect(config.rules.map((rule) => [rule.glob ?? '', rule.text, rule.where])).toEqual([
      ['', 'total: 50 MB, +5%', `${FILE}:3:5`],
      ['', 'optimizer: 0 B', `${FILE}:4:5`],
      ['', 'total: +10% since v1.4.0', `${FILE}:5:5`],
      ['', 'duplicates: 0 B', `${FILE}:6:5`],
      ['exports/mobile/**', 'total: 20 MB, +1 MB', `${FILE}:9:7`],
      ['exports/mobile/**', 'dtype: float16', `${FILE}:10:7`],
      ['exports/server/**', 'total: 2 GB', `${FILE}:12:5`],
      ['exports/server/**', 'warn weights: +2%', `${FILE}:13:5`],
      ['exports/server/big.onnx', 'total: 4 GB', `${FILE}:16:7`]
    ])
    expect(config.minChange).toEqual({ bytes: 1000, ratio: 0.001, text: '1 kB, 0.1%' })
    expect(config.comment).toBe('on-change')
    expect(config.baseline).toBe('auto')
    const ios = configFor(config, 'ios')
    expect(ios.rules.map((rule) => rule.text)).toContain('total: 15 MB')
    expect(ios.minChange?.bytes).toBe(10_000)
    expect(ios.comment).toBe('on-change')
    expect(configFor(config, 'android').rules).toHaveLength(config.rules.length)
  })

  it('names the file, line and column of a bad rule on line 7, with the expected form', () => {
    const text = [
      '# budgets for the exports',
      'min-change: 1 kB',
      'comment: on-change',
      'budget: |',
      '  total: 50 MB',
      '  optimizer: 0 B',
      '  weights 20 MB',
      '  buffers: 1 MB'
    ].join('\n')
    expect(parseError(text)).toBe(
      `${FILE}:7:3: 'weights 20 MB': no ':' between the category and the limit. Expected [warn] [GLOB:] CATEGORY: LIMIT, e.g. \`total: 50 MB\`, ` +
        '`optimizer: 0 B`, `weights: +5%`, `weights: >= 1 MB`, `dtype: float16`, `dtype: no-float32`, `exports/mobile/**: weights: 20 MB, +10 MB`, `warn buffers: +1 MiB`, `pickle: safe`, `duplicates: 0 B`.'
    )
  })

  it('refuses an unknown key, at its own place, listing the keys it takes', () => {
    expect(parseError('budget:\n  - "total: 50 MB"\nbudgett:\n  - "x"\n')).toBe(
      `${FILE}:3:1: unknown key 'budgett' in the file: expected one of budget, budgets, checkpoints, min-change, comment, baseline, keys.`
    )
    expect(parseError('keys:\n  ios:\n    min-chnage: 1 kB\n')).toBe(
      `${FILE}:3:5: unknown key 'min-chnage' in 'keys.ios': expected one of budget, budgets, checkpoints, min-change, comment, baseline.`
    )
  })

  it('lists every problem at once: wrong types, a bad enum, a bad noise floor, a glob where the key is the glob', () => {
    const message = parseError('comment: yes\nbudget: 5\nmin-change: lots\ncheckpoints:\n  a.pt:\n    - "b/**: total: 1 MB"\n')
    expect(message.split('\n')).toEqual([
      `${FILE}:2:9: 'budget' is the value 5: expected budget rules, a list (\`- "total: 50 MB"\`) or one per line of a \`|\` block, each \`[warn] [GLOB:] CATEGORY: LIMIT\`.`,
      `${FILE}:1:10: 'comment' is "yes": expected the comment mode: true, false or on-change.`
    ])
    expect(parseError('min-change: lots\ncheckpoints:\n  a.pt:\n    - "b/**: total: 1 MB"\n').split('\n')).toEqual([
      `${FILE}:4:7: 'b/**: total: 1 MB': a rule under 'checkpoints' takes its glob from its key ('a.pt'); write it without one, e.g. 'total: 1 MB'.`,
      `${FILE}:1:13: min-change: 'lots' is not a size: expected a number and a unit, e.g. \`50 MB\`, \`1.5 GiB\` or \`0 B\` (units: B, kB, MB, GB, TB, KiB, MiB, GiB, TiB). Expected e.g. '1 kB, 0.1%'.`
    ])
  })

  it('says where YAML itself is broken', () => {
    expect(parseError('budget: [\n')).toMatch(new RegExp(`^${FILE.replace(/\./g, '\\.')}:2:1: not valid YAML: `))
    expect(parseError('budget: []\nbudget: []\n')).toMatch(/:2:1: not valid YAML: Map keys must be unique/)
  })

  it('lets a per-checkpoint override replace the other rules on its category for that checkpoint only', () => {
    const config = parseConfig('budget:\n  - "total: 10 MB"\n  - "optimizer: 0 B"\ncheckpoints:\n  exports/big.ckpt:\n    - "total: 100 MB"\n', FILE)
    const head = reportOf(tfCheckpoint('exports/big.ckpt', { weights: 50 * MB }), tfCheckpoint('exports/small.ckpt', { weights: 20 * MB, optimizer: 2 }))
    const verdict = evaluateBudgets(diffReports(undefined, head), configFor(config, undefined).rules)
    expect(failureMessages(verdict)).toEqual([
      `exports/small.ckpt: total is 20.0 MB, 10.0 MB over the limit of 10 MB (${FILE}:2:5: total: 10 MB)`,
      `exports/small.ckpt: optimizer is 2 B, 2 B over the limit of 0 B (${FILE}:3:5: optimizer: 0 B)`
    ])
    expect(verdict.results.filter((result) => result.checkpointId === 'exports/big.ckpt').map((result) => [result.rule.text, result.status])).toEqual([
      ['optimizer: 0 B', 'pass'],
      ['total: 100 MB', 'pass']
    ])
  })
})

describe('the config file and the inputs together', () => {
  const defaults: Record<InputName, string> = {
    path: '**/*.ckpt',
    budget: '',
    baseline: 'auto',
    comment: 'true',
    'comment-key': '',
    'fail-on': 'budget',
    'github-token': '',
    'report-path': 'model-size-report.json',
    'if-no-checkpoints': 'error',
    'min-change': '',
    config: '',
    'upload-report': 'false',
    history: 'false',
    mode: 'measure',
    'expect-keys': '',
    lfs: 'error',
    'allow-download': 'false'
  }
  const config = parseConfig(FULL_EXAMPLE, FILE)
  const parse = (overrides: Partial<Record<InputName, string>>) => parseInputs((name) => ({ ...defaults, ...overrides })[name], config)

  it("applies the budget input's rules and the file's rules together, and says so", () => {
    const inputs = parse({ budget: 'weights: 30 MB' })
    expect(inputs.budgetRules.map((rule) => rule.where ?? `${rule.source} line ${rule.line}`)).toEqual([
      'budget line 1',
      ...config.rules.map((rule) => rule.where),
      'default rule line 1'
    ])
    expect(inputs.notes).toEqual([`Config: ${FILE}, 9 rules.`, `The rules of input 'budget' and of ${FILE} all apply.`])
  })

  it('takes min-change, comment and baseline from the file unless the workflow sets the input', () => {
    const fromFile = parse({})
    expect([fromFile.minChange.text, fromFile.comment, fromFile.baseline]).toEqual(['1 kB, 0.1%', 'on-change', { kind: 'auto' }])
    const fromInputs = parse({ 'min-change': '5 kB', comment: 'false', baseline: 'none' })
    expect([fromInputs.minChange.text, fromInputs.comment, fromInputs.baseline]).toEqual(['5 kB', 'false', { kind: 'none' }])
    expect(fromInputs.notes).toContain(`Input 'min-change' (5 kB) wins over ${FILE}'s min-change: 1 kB, 0.1%.`)
  })

  it("gives mode: merge each leg's section, with its min-change unless the workflow sets the input", () => {
    const merge = parse({ mode: 'merge' })
    expect(merge.budgetRules.map((rule) => rule.text)).not.toContain('total: 15 MB')
    const ios = merge.legBudgets.get('ios')!
    expect([ios.rules.map((rule) => rule.text), ios.minChange.text]).toEqual([['total: 15 MB'], '10 kB'])
    expect(parse({ mode: 'merge', 'min-change': '5 kB' }).legBudgets.get('ios')!.minChange.text).toBe('5 kB')
    expect(merge.legBudgets.has('android')).toBe(false)
  })

  it("adds the comment-key's section", () => {
    const inputs = parse({ 'comment-key': 'ios' })
    expect(inputs.budgetRules.map((rule) => rule.text)).toContain('total: 15 MB')
    expect(inputs.minChange.bytes).toBe(10_000)
    expect(inputs.notes[0]).toBe(`Config: ${FILE} with its keys.ios section, 10 rules.`)
  })
})

describe('the JSON Schema', () => {
  const schema = JSON.parse(readFileSync(join(PROJECT_ROOT, 'schema', 'config.schema.json'), 'utf8'))

  it('compiles under strict mode, as editors read it', () => {
    expect(() => new Ajv({ strict: true, strictTypes: false }).compile(schema)).not.toThrow()
  })
  it('ships in the package', () => {
    const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8'))
    expect(pkg.files).toContain('schema')
  })
})
