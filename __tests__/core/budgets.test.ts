import { describe, expect, it } from '@jest/globals'
import { BUDGET_LINE_FORM, evaluateBudgets, failureMessages, parseBudgets, ruleMatches } from '../../src/core/budgets.js'
import { diffReports } from '../../src/core/diff.js'
import { ConfigError } from '../../src/core/errors.js'
import { parseSize } from '../../src/core/size-units.js'
import { reportOf, reportWithDtypes, tfCheckpoint } from '../helpers/reports.js'

describe('parseSize', () => {
  it('reads SI units as powers of 1000 and binary units as powers of 1024', () => {
    expect(parseSize('0 B').bytes).toBe(0)
    expect(parseSize('512 kB').bytes).toBe(512_000)
    expect(parseSize('50 MB').bytes).toBe(50_000_000)
    expect(parseSize('2 GB').bytes).toBe(2e9)
    expect(parseSize('1 TB').bytes).toBe(1e12)
    expect(parseSize('4 KiB').bytes).toBe(4096)
    expect(parseSize('3 MiB').bytes).toBe(3 * 1024 ** 2)
    expect(parseSize('1.5 GiB').bytes).toBe(1.5 * 1024 ** 3)
    expect(parseSize('1 TiB').bytes).toBe(1024 ** 4)
  })
  it('keeps the text as written, for printing back', () => {
    expect(parseSize('  1.5 GiB ')).toEqual({ bytes: 1_610_612_736, text: '1.5 GiB' })
    expect(parseSize('50MB')).toEqual({ bytes: 50_000_000, text: '50MB' })
  })
  it('accepts unit letters in any case and a bare zero', () => {
    expect(parseSize('50 mb').bytes).toBe(50_000_000)
    expect(parseSize('10 KB').bytes).toBe(10_000)
    expect(parseSize('1 gib').bytes).toBe(1024 ** 3)
    expect(parseSize('0').bytes).toBe(0)
  })
  it('rounds fractional sizes to whole bytes', () => {
    expect(parseSize('1.0005 kB').bytes).toBe(1001)
    expect(parseSize('.5 kB').bytes).toBe(500)
  })
  it('rejects a number without a unit, an unknown unit and text that is no size', () => {
    expect(() => parseSize('50')).toThrow("'50' has no unit: write e.g. '50 MB' or '50 B'.")
    expect(() => parseSize('50 MQ')).toThrow("'50 MQ' has an unknown unit 'MQ'")
    expect(() => parseSize('fifty MB')).toThrow("'fifty MB' is not a size: expected a number and a unit")
    expect(() => parseSize('-5 MB')).toThrow(ConfigError)
    expect(() => parseSize('')).toThrow(ConfigError)
    expect(() => parseSize('99999999 TB')).toThrow("'99999999 TB' is too large a size.")
  })
})

describe('parseBudgets', () => {
  it('reads CATEGORY: SIZE as an absolute hard limit', () => {
    expect(parseBudgets('total: 50 MB')).toEqual([
      {
        category: 'total',
        limits: [{ kind: 'absolute', size: { bytes: 50_000_000, text: '50 MB' }, text: '50 MB' }],
        soft: false,
        text: 'total: 50 MB',
        line: 1,
        source: 'budget'
      }
    ])
  })
  it('reads every category, including unclassified, in any case', () => {
    const text = ['total: 1 B', 'weights: 1 B', 'Optimizer: 1 B', 'buffers: 1 B', 'bookkeeping: 1 B', 'metadata: 1 B', 'unclassified: 0 B'].join('\n')
    expect(parseBudgets(text).map((rule) => rule.category)).toEqual(['total', 'weights', 'optimizer', 'buffers', 'bookkeeping', 'metadata', 'unclassified'])
  })
  it('reads growth limits in percent and in bytes', () => {
    const [percent, bytes] = parseBudgets('weights: +5%\nweights: +10 MB')
    expect(percent.limits).toEqual([{ kind: 'growth-percent', percent: 5, text: '+5%' }])
    expect(bytes.limits).toEqual([{ kind: 'growth-bytes', size: { bytes: 10_000_000, text: '10 MB' }, text: '+10 MB' }])
    expect(parseBudgets('weights: +2.5 %')[0].limits).toEqual([{ kind: 'growth-percent', percent: 2.5, text: '+2.5 %' }])
  })
  it('reads several limits separated by commas', () => {
    const [rule] = parseBudgets('total: 50 MB, +5%, +1 MiB')
    expect(rule.limits.map((limit) => [limit.kind, limit.text])).toEqual([
      ['absolute', '50 MB'],
      ['growth-percent', '+5%'],
      ['growth-bytes', '+1 MiB']
    ])
  })
  it('reads a checkpoint glob before the category', () => {
    const [rule] = parseBudgets('exports/mobile/**: weights: 20 MB')
    expect(rule.glob).toBe('exports/mobile/**')
    expect(rule.category).toBe('weights')
  })
  it('makes a warn-prefixed rule soft', () => {
    const [soft, globbed] = parseBudgets('warn optimizer: 0 B\nWARN  exports/**: buffers: +1 MiB')
    expect(soft).toMatchObject({ soft: true, category: 'optimizer' })
    expect(globbed).toMatchObject({ soft: true, glob: 'exports/**', category: 'buffers' })
  })
  it('skips comments and blank lines and keeps the line numbers of the file', () => {
    const rules = parseBudgets('# budgets for the mobile export\n\n  total: 50 MB   # hard\n\t\nweights: +5%', { source: 'budgets.txt' })
    expect(rules.map((rule) => [rule.line, rule.text, rule.source])).toEqual([
      [3, 'total: 50 MB', 'budgets.txt'],
      [5, 'weights: +5%', 'budgets.txt']
    ])
  })
  it('reads Windows line endings', () => {
    expect(parseBudgets('total: 1 MB\r\nweights: 1 MB\r\n').map((rule) => rule.text)).toEqual(['total: 1 MB', 'weights: 1 MB'])
  })
  it('returns no rules for empty input', () => {
    expect(parseBudgets('')).toEqual([])
    expect(parseBudgets('\n# nothing yet\n')).toEqual([])
  })

  const errors: [string, string][] = [
    ['weights 50 MB', "no ':' between the category and the limit."],
    [
      'wieghts: 50 MB',
      "'wieghts' is not a category (one of total, weights, optimizer, buffers, bookkeeping, metadata, unclassified, dtype, pickle, duplicates). Did you mean 'weights'?"
    ],
    ['params: 50 MB', "'params' is not a category"],
    ['optimiser: 0 B', "Did you mean 'optimizer'?"],
    ['weights:', "no limit after 'weights:'."],
    [': 50 MB', 'the category is missing.'],
    [': weights: 50 MB', 'the checkpoint glob before the category is empty.'],
    ['weights: 50', "'50' has no unit"],
    ['weights: 50 MQ', "unknown unit 'MQ'"],
    ['weights: -5%', "'-5%': limits cannot be negative"],
    ['weights: +five%', "'+five%' is not a percentage"],
    ['weights: 50 MB, 60 MB', "two limits of the same kind ('60 MB')"],
    ['weights: 50 MB,', "an empty limit between commas in '50 MB,'."],
    ['warn: 50 MB', "'warn' is not a category"],
    ['warn: optimizer: 0 B', "'warn' takes no colon: write 'warn optimizer: 0 B'."],
    [
      'weights: exports/**: 5 MB',
      "'exports/**' is not a category (one of total, weights, optimizer, buffers, bookkeeping, metadata, unclassified, dtype, pickle, duplicates). The checkpoint glob comes first: GLOB: CATEGORY: LIMIT."
    ]
  ]
  it.each(errors)('rejects %j naming the line, its text and the expected form', (line, reason) => {
    const text = `total: 50 MB\n${line}`
    expect(() => parseBudgets(text)).toThrow(ConfigError)
    let message = ''
    try {
      parseBudgets(text)
    } catch (error) {
      message = (error as Error).message
    }
    expect(message).toContain(`budget line 2: '${line}': `)
    expect(message).toContain(reason)
    expect(message).toContain(`Expected ${BUDGET_LINE_FORM}.`)
  })
  it('names the source given in errors', () => {
    expect(() => parseBudgets('weights = 5 MB', { source: '--budget' })).toThrow(/^--budget line 1: 'weights = 5 MB': /)
  })
})

describe('ruleMatches', () => {
  const rule = (glob?: string) => ({ ...parseBudgets('total: 1 MB')[0], ...(glob ? { glob } : {}) })
  it('matches every checkpoint without a glob', () => {
    expect(ruleMatches(rule(), { id: 'anything/at/all.pt' })).toBe(true)
  })
  it('matches checkpoint ids by glob', () => {
    expect(ruleMatches(rule('exports/mobile/**'), { id: 'exports/mobile/model.ckpt' })).toBe(true)
    expect(ruleMatches(rule('exports/mobile/**'), { id: 'exports/server/model.ckpt' })).toBe(false)
    expect(ruleMatches(rule('*.safetensors'), { id: 'model.safetensors' })).toBe(true)
    expect(ruleMatches(rule('*.safetensors'), { id: 'sub/model.safetensors' })).toBe(false)
    expect(ruleMatches(rule('**/*.safetensors'), { id: 'sub/model.safetensors' })).toBe(true)
    expect(ruleMatches(rule('**/.hidden/*'), { id: 'a/.hidden/model.pt' })).toBe(true)
  })
  it('matches every checkpoint under a directory the glob names', () => {
    expect(ruleMatches(rule('exports/mobile'), { id: 'exports/mobile/v2/model.ckpt' })).toBe(true)
    expect(ruleMatches(rule('exports/mobile/'), { id: 'exports/mobile/model.ckpt' })).toBe(true)
    expect(ruleMatches(rule('exports/mob'), { id: 'exports/mobile/model.ckpt' })).toBe(false)
  })
  it('matches the full name of a checkpoint that shares its id', () => {
    expect(ruleMatches(rule('runs/ckpt-2000'), { id: 'runs/ckpt-2000', name: 'runs/ckpt-2000' })).toBe(true)
    expect(ruleMatches(rule('**/model.ckpt-5*'), { id: 'exports/model.ckpt', name: 'exports/model.ckpt-500' })).toBe(true)
  })
})

describe('evaluateBudgets', () => {
  const base = reportOf(tfCheckpoint('exports/model.ckpt', { weights: 12_500_000 }))
  const head = reportOf(tfCheckpoint('exports/model.ckpt', { weights: 13_100_000, optimizer: 26_200_000 }))

  it('fails an exceeded hard absolute limit, saying which rule and by how much', () => {
    const verdict = evaluateBudgets(diffReports(base, head), parseBudgets('total: 50 MB\noptimizer: 0 B'))
    expect(verdict.status).toBe('fail')
    const [total, optimizer] = verdict.results
    expect(total).toMatchObject({ status: 'pass', checkpointId: 'exports/model.ckpt', category: 'total', actual: 39_301_000, allowed: 50_000_000, excess: 0 })
    expect(optimizer).toMatchObject({ status: 'fail', category: 'optimizer', actual: 26_200_000, base: 0, head: 26_200_000, allowed: 0, excess: 26_200_000 })
    expect(optimizer.message).toBe('exports/model.ckpt: optimizer is 26.2 MB, 26.2 MB over the limit of 0 B (budget line 2: optimizer: 0 B)')
    expect(failureMessages(verdict)).toEqual([optimizer.message])
  })
  it('only warns for an exceeded soft limit', () => {
    const verdict = evaluateBudgets(diffReports(base, head), parseBudgets('warn optimizer: 0 B'))
    expect(verdict.status).toBe('warn')
    expect(verdict.results[0]).toMatchObject({ status: 'warn', excess: 26_200_000 })
    expect(failureMessages(verdict)).toEqual([])
  })
  it('checks growth in percent of the base, allowing exactly the limit', () => {
    const grown = reportOf(tfCheckpoint('exports/model.ckpt', { weights: 13_125_000 })) // +5.0% exactly
    const within = evaluateBudgets(diffReports(base, grown), parseBudgets('weights: +5%'))
    expect(within.results[0]).toMatchObject({ status: 'pass', actual: 625_000, allowed: 625_000, excess: 0 })
    expect(within.results[0].message).toBe('exports/model.ckpt: weights changed by +625 kB (+5.0%) from 12.5 MB, within +5%')
    const over = evaluateBudgets(diffReports(base, head), parseBudgets('weights: +4%'))
    expect(over.results[0]).toMatchObject({ status: 'fail', actual: 600_000, allowed: 500_000, excess: 100_000 })
    expect(over.results[0].message).toBe(
      'exports/model.ckpt: weights grew by +600 kB (+4.8%) from 12.5 MB, 100 kB over the limit of +4% (budget line 1: weights: +4%)'
    )
  })
  it('fails any growth from zero bytes against a percentage limit', () => {
    const verdict = evaluateBudgets(diffReports(base, head), parseBudgets('optimizer: +50%'))
    expect(verdict.results[0]).toMatchObject({ status: 'fail', base: 0, actual: 26_200_000, allowed: 0 })
  })
  it('checks growth in bytes, and passes shrinking', () => {
    const verdict = evaluateBudgets(diffReports(base, head), parseBudgets('total: +20 MB\nweights: +1 MB'))
    expect(verdict.results.map((result) => [result.category, result.status, result.excess])).toEqual([
      ['total', 'fail', 6_800_000],
      ['weights', 'pass', 0]
    ])
    const shrunk = evaluateBudgets(diffReports(head, base), parseBudgets('total: +0 B'))
    expect(shrunk.results[0]).toMatchObject({ status: 'pass', actual: -26_800_000 })
  })
  it('says "no baseline" for growth limits without a baseline and does not fail', () => {
    const verdict = evaluateBudgets(diffReports(undefined, head), parseBudgets('weights: 50 MB, +1%'))
    expect(verdict.status).toBe('pass')
    const [absolute, growth] = verdict.results
    expect(absolute.status).toBe('pass')
    expect(growth).toMatchObject({ status: 'no-baseline', excess: 0 })
    expect(growth.actual).toBeUndefined()
    expect(growth.message).toBe('exports/model.ckpt: weights: no baseline; growth limit +1% not checked')
  })
  it('treats a checkpoint the baseline lacks as new for growth limits, and still applies absolute ones', () => {
    const withNew = reportOf(tfCheckpoint('exports/model.ckpt', { weights: 12_500_000 }), tfCheckpoint('exports/new.ckpt', { weights: 70_000_000 }))
    const verdict = evaluateBudgets(diffReports(base, withNew), parseBudgets('total: 50 MB, +1%'))
    const forNew = verdict.results.filter((result) => result.checkpointId === 'exports/new.ckpt')
    expect(forNew.map((result) => result.status)).toEqual(['fail', 'no-baseline'])
    expect(forNew[1].message).toBe('exports/new.ckpt: total: a new checkpoint, not in the baseline; growth limit +1% not checked')
  })
  it('applies each rule to each matching checkpoint separately and skips removed ones', () => {
    const twoBase = reportOf(tfCheckpoint('a/model.ckpt', { weights: 1000 }), tfCheckpoint('gone/model.ckpt', { weights: 1000 }))
    const twoHead = reportOf(tfCheckpoint('a/model.ckpt', { weights: 30_000 }), tfCheckpoint('b/model.ckpt', { weights: 30_000 }))
    const verdict = evaluateBudgets(diffReports(twoBase, twoHead), parseBudgets('total: 40 kB\nb/**: weights: 10 kB'))
    expect(verdict.results.map((result) => [result.checkpointId, result.category, result.status])).toEqual([
      ['a/model.ckpt', 'total', 'pass'],
      ['b/model.ckpt', 'total', 'pass'],
      ['b/model.ckpt', 'weights', 'fail']
    ])
  })
  it('warns about a rule whose glob matches no checkpoint', () => {
    const verdict = evaluateBudgets(diffReports(base, head), parseBudgets('exprots/**: total: 1 GB'))
    expect(verdict.status).toBe('warn')
    expect(verdict.results).toEqual([])
    expect(verdict.unmatchedRules.map((rule) => rule.text)).toEqual(['exprots/**: total: 1 GB'])
  })
  it('passes with no rules', () => {
    const verdict = evaluateBudgets(diffReports(base, head), [])
    expect(verdict).toMatchObject({ status: 'pass', results: [], unmatchedRules: [], rules: [] })
  })
})

describe('floors', () => {
  const lora = reportOf({ name: 'exports/adapter.safetensors', tensors: [{ name: 'lora_A', category: 'weights', bytes: 443 }] })
  it('reads `>= SIZE` as a floor, beside other limits', () => {
    expect(parseBudgets('weights: >= 1 MB, 50 MB')[0].limits).toEqual([
      { kind: 'floor', size: { bytes: 1_000_000, text: '1 MB' }, text: '>= 1 MB' },
      { kind: 'absolute', size: { bytes: 50_000_000, text: '50 MB' }, text: '50 MB' }
    ])
    expect(() => parseBudgets('weights: >= 1 MB, >= 2 MB')).toThrow('two limits of the same kind')
  })
  it('fails a checkpoint that lost its weights, by how much it is under the floor', () => {
    const [result] = evaluateBudgets(diffReports(undefined, lora), parseBudgets('weights: >= 1 MB')).results
    expect(result).toMatchObject({ status: 'fail', excess: 999_557, head: 443 })
    expect(result.message).toBe('exports/adapter.safetensors: weights is 443 B, 1.00 MB under the floor of >= 1 MB (budget line 1: weights: >= 1 MB)')
    expect(evaluateBudgets(diffReports(undefined, lora), parseBudgets('weights: >= 400 B')).results[0]).toMatchObject({ status: 'pass', excess: 0 })
  })
})

describe('dtype rules', () => {
  const mixed = reportWithDtypes({
    name: 'exports/model.safetensors',
    tensors: [
      { name: 'embed.weight', category: 'weights', bytes: 8_000_000, dtype: 'float32' },
      { name: 'lm_head.weight', category: 'weights', bytes: 4_000_000, dtype: 'float32' },
      { name: 'norm.weight', category: 'weights', bytes: 2_000, dtype: 'float16' },
      { name: 'position_ids', category: 'buffers', bytes: 4_000, dtype: 'int64' },
      { name: 'optimizer.m', category: 'optimizer', bytes: 8_000_000, dtype: 'float32' }
    ]
  })
  const judge = (rule: string, report = mixed) => evaluateBudgets(diffReports(undefined, report), parseBudgets(rule)).results

  it('parses dtypes to keep or to forbid, and rejects what is not a float dtype', () => {
    expect(parseBudgets('warn exports/**: dtype: float16')[0]).toMatchObject({
      category: 'dtype',
      soft: true,
      glob: 'exports/**',
      limits: [{ kind: 'check', text: 'float16' }]
    })
    expect(() => parseBudgets('dtype: int8')).toThrow("'int8' is not a floating-point dtype")
    expect(() => parseBudgets('dtype: float16, no-float32')).toThrow('mixes dtypes to keep')
    expect(() => parseBudgets('dtyp: float16')).toThrow("Did you mean 'dtype'?")
  })
  it('fails fp32 weights in a half-precision model, naming the tensors and the bytes a cast would save', () => {
    const [result] = judge('dtype: float16')
    expect(result).toMatchObject({
      category: 'dtype',
      status: 'fail',
      head: 12_000_000,
      excess: 6_000_000,
      summary: '2 float32 weights, 12.0 MB (6.00 MB to save)'
    })
    expect(result.message).toBe(
      'exports/model.safetensors: 2 float32 weight tensors (12.0 MB: embed.weight, lm_head.weight) where the rule wants float16; as float16 they would take 6.00 MB, saving 6.00 MB. Cast the weights before saving (e.g. model.half(), torch_dtype=torch.float16). (budget line 1: dtype: float16)'
    )
    // The optimizer's fp32 state and integer buffers are not judged.
    expect(judge('dtype: no-float32')[0]).toMatchObject({ status: 'fail', head: 12_000_000, excess: 6_000_000 })
    expect(judge('warn dtype: no-float32')[0].status).toBe('warn')
  })
  it('passes when every floating-point weight has the dtype, and cannot judge a report without dtypes', () => {
    expect(judge('dtype: float32, float16')[0]).toMatchObject({
      status: 'pass',
      message: 'exports/model.safetensors: every floating-point weight is float32 or float16'
    })
    expect(judge('dtype: no-float64')[0]).toMatchObject({ status: 'pass', message: 'exports/model.safetensors: no weight is float64' })
    expect(judge('dtype: float16', reportOf(tfCheckpoint('x.ckpt', { weights: 40 })))[0].status).toBe('no-baseline')
  })
})
