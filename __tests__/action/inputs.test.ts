import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { DEFAULT_PATH_PATTERNS, Inputs, Outputs, type InputName } from '../../src/action/constants.js'
import { parseInputs } from '../../src/action/inputs.js'
import { ConfigError } from '../../src/core/errors.js'
import { selectPaths } from '../../src/core/path-patterns.js'
import { NOT_SEARCHED_DIRS } from '../../src/io/paths.js'
import { defaultPathPatterns } from '../helpers/action-yml.js'
import { PROJECT_ROOT } from '../helpers/fixtures.js'

/** The inputs as the runner passes them with action.yml's defaults, overridden per test. */
const defaults: Record<InputName, string> = {
  path: '**/*.safetensors\n**/*.index',
  budget: '',
  baseline: 'auto',
  comment: 'true',
  'comment-key': '',
  'fail-on': 'budget',
  'github-token': 'ghs_token',
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
const parse = (overrides: Partial<Record<InputName, string>> = {}) => parseInputs((name) => ({ ...defaults, ...overrides })[name])

describe('parseInputs', () => {
  it('parses the defaults', () => {
    expect(parseInputs((name) => defaults[name])).toMatchObject({
      pathPatterns: ['**/*.safetensors', '**/*.index'],
      budgetRules: [expect.objectContaining({ category: 'pickle', text: 'pickle: safe', soft: false, implicit: true })],
      baseline: { kind: 'auto' },
      comment: 'true',
      failOn: 'budget',
      ifNoCheckpoints: 'error',
      minChange: { bytes: 0, ratio: 0 },
      reportPath: 'model-size-report.json'
    })
  })

  it('reads if-no-checkpoints and the min-change noise floor, naming the input in errors', () => {
    expect(parse({ 'if-no-checkpoints': 'WARN' }).ifNoCheckpoints).toBe('warn')
    expect(() => parse({ 'if-no-checkpoints': 'skip' })).toThrow("Input 'if-no-checkpoints' is 'skip': expected one of 'error', 'warn', 'ignore'.")
    expect(parse({ 'min-change': '1 kB, 0.1%' }).minChange).toEqual({ bytes: 1000, ratio: 0.001, text: '1 kB, 0.1%' })
    expect(parse({ 'min-change': '2 MiB' }).minChange).toMatchObject({ bytes: 2 * 1024 ** 2, ratio: 0 })
    expect(() => parse({ 'min-change': 'some' })).toThrow(/^Input 'min-change': 'some' is not a size/)
  })

  it('reads lfs and allow-download, naming the input in errors', () => {
    expect(parse()).toMatchObject({ lfs: 'error', allowDownload: false })
    expect(parse({ lfs: 'Ranges', 'allow-download': 'true' })).toMatchObject({ lfs: 'ranges', allowDownload: true })
    expect(() => parse({ lfs: 'pull' })).toThrow("Input 'lfs' is 'pull': expected one of 'error', 'ranges'.")
    expect(() => parse({ 'allow-download': 'yes' })).toThrow("Input 'allow-download' is 'yes': expected one of 'true', 'false'.")
  })

  it('keeps glob lines in order with their ! excludes, dropping blank and # lines', () => {
    expect(parse({ path: 'exports/**\n\n# not this\n!exports/tmp/**\n' }).pathPatterns).toEqual(['exports/**', '!exports/tmp/**'])
  })

  it('parses budget lines through the shared parser', () => {
    const rules = parse({ budget: 'total: 50 MB\nwarn optimizer: 0 B' }).budgetRules
    expect(rules.map((rule) => [rule.category, rule.soft])).toEqual([
      ['total', false],
      ['optimizer', true],
      ['pickle', false]
    ])
  })

  it("adds 'pickle: safe' unless the budget speaks of pickles itself ('warn pickle: safe' only warns)", () => {
    const rules = parse({ budget: 'warn pickle: safe' }).budgetRules
    expect(rules.map((rule) => [rule.category, rule.soft, rule.implicit])).toEqual([['pickle', true, undefined]])
  })

  it('reads baseline as auto, none or a path', () => {
    expect(parse({ baseline: 'NONE' }).baseline).toEqual({ kind: 'none' })
    expect(parse({ baseline: 'base/report.json' }).baseline).toEqual({ kind: 'path', path: 'base/report.json' })
  })

  it('reads mode, upload-report and expect-keys, naming the input in errors', () => {
    expect(parse()).toMatchObject({ mode: 'measure', uploadReport: false, expectKeys: [] })
    expect(parse({ mode: 'Merge', 'upload-report': 'TRUE', 'expect-keys': 'linux, ios\nandroid,ios' })).toMatchObject({
      mode: 'merge',
      uploadReport: true,
      expectKeys: ['linux', 'ios', 'android']
    })
    expect(() => parse({ mode: 'fork' })).toThrow("Input 'mode' is 'fork': expected one of 'measure', 'merge', 'report', 'comment'.")
    expect(() => parse({ 'upload-report': 'yes' })).toThrow("Input 'upload-report' is 'yes': expected one of 'true', 'false'.")
    expect(() => parse({ 'expect-keys': 'ios, a/b' })).toThrow(/^Input 'expect-keys' has 'a\/b', which is no comment key/)
  })

  it('accepts comment modes in any case', () => {
    expect(parse({ comment: 'On-Change' }).comment).toBe('on-change')
    expect(parse({ comment: 'FALSE' }).comment).toBe('false')
  })

  const rejects: [string, Partial<Record<InputName, string>>, RegExp][] = [
    ['an unknown comment mode', { comment: 'yes' }, /^Input 'comment' is 'yes': expected one of 'true', 'false', 'on-change'\.$/],
    ['an unknown fail-on', { 'fail-on': 'warning' }, /^Input 'fail-on' is 'warning': expected one of 'budget', 'never'\.$/],
    ['a comment key that could break out of the marker', { 'comment-key': 'x --> <b>' }, /^Input 'comment-key' is 'x --> <b>': use at most 64 letters/],
    ['a path with only excludes', { path: '!**/*.pt' }, /^Input 'path' has no pattern to search for/],
    ['an empty path', { path: '' }, /^Input 'path' has no pattern/],
    ['a baseline of several lines', { baseline: 'a.json\nb.json' }, /^Input 'baseline' has several lines/],
    ['an empty report-path', { 'report-path': '' }, /^Input 'report-path' is empty/],
    ['a malformed budget line', { budget: 'total 50 MB' }, /budget/]
  ]
  it.each(rejects)('rejects %s with a ConfigError naming the input', (_, overrides, message) => {
    expect(() => parse(overrides)).toThrow(ConfigError)
    expect(() => parse(overrides)).toThrow(message)
  })

  it('uses exactly the input and output names action.yml declares', () => {
    const yml = readFileSync(join(PROJECT_ROOT, 'action.yml'), 'utf8')
    const keys = (section: string, next: string) =>
      [
        ...yml
          .split(`\n${section}:\n`)[1]
          .split(`\n${next}:`)[0]
          .matchAll(/^ {2}([a-z-]+):$/gm)
      ]
        .map((match) => match[1])
        .sort()
    expect(Object.values(Inputs).sort()).toEqual(keys('inputs', 'outputs'))
    expect(Object.values(Outputs).sort()).toEqual(keys('outputs', 'runs'))
    expect(Object.keys(defaults).sort()).toEqual(keys('inputs', 'outputs'))
  })

  it("knows action.yml's path default, under which files that only look like checkpoints are skipped", () => {
    expect(DEFAULT_PATH_PATTERNS).toEqual(defaultPathPatterns())
    expect(parse({ path: defaultPathPatterns().join('\n') }).pathIsDefault).toBe(true)
    expect(parse({ path: [...defaultPathPatterns(), 'data/**/*.bin'].join('\n') }).pathIsDefault).toBe(false)
    expect(parse().pathIsDefault).toBe(false)
  })

  it("leaves out by default every directory the CLI's walk does not enter (action.yml's path default)", () => {
    const patterns = defaultPathPatterns()
    // `.git` needs no line: git lists no path inside it, and findFiles never enters it.
    const inside = NOT_SEARCHED_DIRS.filter((dir) => dir !== '.git').flatMap((dir) => [`${dir}/m.safetensors`, `app/${dir}/pkg/m.onnx`])
    expect(selectPaths(inside, patterns)).toEqual([])
    expect(selectPaths(['app/models/m.safetensors', 'my_node_modules/m.onnx'], patterns)).toEqual(['app/models/m.safetensors', 'my_node_modules/m.onnx'])
  })
})
