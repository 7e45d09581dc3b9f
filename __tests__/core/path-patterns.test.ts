import { describe, expect, it } from '@jest/globals'
import { ruleMatches, parseBudgets } from '../../src/core/budgets.js'
import { directorySelector, globSelector, parsePathPatterns, selectPaths } from '../../src/core/path-patterns.js'

const ids = ['exports/mobile/model', 'exports/server/model.pt', '.hidden/x.pt', 'a{b}/c.pt', 'top.pt']

describe('one reading of path globs for the path input, the git base and budget rules', () => {
  it('normalises lines: trims, skips blanks and comments, reads ! as an exclusion, strips ./ and a trailing /', () => {
    expect(parsePathPatterns(['  exports/ ', '', '# note', '! ./exports/mobile', '.', 'C:\\models\\*.pt', '/abs/*.pt']).patterns).toEqual([
      { negate: false, glob: 'exports', absolute: false },
      { negate: true, glob: 'exports/mobile', absolute: false },
      { negate: false, glob: '**', absolute: false },
      { negate: false, glob: 'C:\\models\\*.pt', absolute: true },
      { negate: false, glob: '/abs/*.pt', absolute: true }
    ])
  })

  it("refuses '..' with a reason instead of dropping it", () => {
    expect(parsePathPatterns(['../up/**', 'a\\..\\b']).refused.map((refused) => refused.pattern)).toEqual(['../up/**', 'a\\..\\b'])
    expect(selectPaths(ids, ['../exports/**'])).toEqual([])
  })

  it('selects the same checkpoints for a budget glob as for the same path line', () => {
    for (const glob of ['exports', 'exports/**', '**/*.pt', '*.pt', 'exports/*/model*', 'a{b}/*.pt', '{top,x}.pt']) {
      const rule = { ...parseBudgets(`${glob}: total: 1 MB`)[0] }
      expect(ids.filter((id) => ruleMatches(rule, { id }))).toEqual(selectPaths(ids, [glob]))
    }
  })

  it('reads braces literally and matches dot files, as @actions/glob does', () => {
    expect(selectPaths(ids, ['a{b}/*.pt'])).toEqual(['a{b}/c.pt'])
    expect(selectPaths(ids, ['{top,x}.pt'])).toEqual([])
    expect(globSelector('**/*.pt')('.hidden/x.pt')).toBe(true)
  })

  it('applies lines in order, a directory meaning everything below it', () => {
    expect(selectPaths(ids, ['exports', '!exports/mobile'])).toEqual(['exports/server/model.pt'])
    expect(selectPaths(ids, ['**', '!exports', 'exports/mobile/*'])).toEqual(['exports/mobile/model', '.hidden/x.pt', 'a{b}/c.pt', 'top.pt'])
  })

  it('tells a walk which directories cannot hold a selected file, and enters every other', () => {
    const enters = (lines: string[], dir: string) => directorySelector(parsePathPatterns(lines).patterns)(dir)
    const defaults = ['**/*.pt', '**/*.safetensors', '!**/node_modules', '!**/.venv']
    expect(['models', 'a/b/c', '.hidden'].map((dir) => enters(defaults, dir))).toEqual([true, true, true])
    expect(['node_modules', 'a/node_modules', 'a/node_modules/pkg', '.venv'].map((dir) => enters(defaults, dir))).toEqual([false, false, false, false])
    expect(['exports', 'exports/mobile', 'src'].map((dir) => enters(['exports/**/*.pt'], dir))).toEqual([true, true, false])
    // A later line can select below an excluded directory, but only where its glob reaches.
    expect(['a', 'a/b', 'a/c'].map((dir) => enters(['**', '!a', 'a/b/*.pt'], dir))).toEqual([true, true, false])
    expect(enters(['!**/*.pt'], 'models')).toBe(false)
  })
})
