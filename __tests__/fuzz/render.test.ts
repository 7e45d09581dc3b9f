import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { buildReport } from '../../src/core/analyze.js'
import { evaluateBudgets, parseBudgets } from '../../src/core/budgets.js'
import { diffReports } from '../../src/core/diff.js'
import type { Category } from '../../src/core/types.js'
import { commentMarker, renderMarkdown } from '../../src/report/markdown.js'
import { renderGfm } from '../helpers/gfm.js'
import { checkpointReport, type CheckpointSpec } from '../helpers/reports.js'

/**
 * The PR comment over checkpoints whose every string (checkpoint and tensor names, warnings,
 * explanations, category notes) is arbitrary: the structure of the rendered comment must be the
 * one the same checkpoints give with plain names. Rendered as GitHub does (CommonMark + GFM, raw
 * HTML allowed), the sequence of HTML tags is the same, so no string added a row, a cell, a
 * heading, a link, an image or raw HTML; and the raw markdown holds exactly one HTML comment,
 * our marker, so the sticky-comment lookup cannot be hijacked.
 */

// Markdown, HTML and reference syntax, line breaks and controls, mixed with plain text.
const unit = fc.constantFrom(
  ...'ab1 <>&|`*_[]~$\\!#@:-+=.)(/"\'GH{}%^\n\r\t\u202E\u0000é😀'.split(/(?:)/u),
  '<!--',
  '-->',
  '<!-- model-size-budget: -->',
  '<script>',
  '@octocat',
  '#12',
  ']('
)
const text = fc.string({ unit, minLength: 1, maxLength: 24 })
const CATEGORIES_USED: Category[] = ['weights', 'optimizer', 'buffers', 'bookkeeping', 'unclassified']

interface Shape {
  checkpoints: { name: string; warning: string; explanation: string; note: string; tensors: { name: string; bytes: number; category: number }[] }[]
}

const shapeArbitrary: fc.Arbitrary<Shape> = fc.record({
  checkpoints: fc.array(
    fc.record({
      name: text,
      warning: text,
      explanation: text,
      note: text,
      tensors: fc.array(fc.record({ name: text, bytes: fc.integer({ min: 1, max: 10_000_000 }), category: fc.nat(4) }), { minLength: 1, maxLength: 4 })
    }),
    { minLength: 1, maxLength: 3 }
  )
})

/** The checkpoints of `shape`, with its strings, or with plain ones of the same length (`plain`). */
function specs(shape: Shape, plain: boolean): CheckpointSpec[] {
  const say = (value: string, tag: string): string => (plain ? tag.padEnd(value.length, 'x') : value)
  return shape.checkpoints.map((checkpoint, i) => ({
    // A fixed prefix keeps ids distinct, so both versions have the same rows.
    name: `exports/${i}/${say(checkpoint.name, 'model')}`,
    tensors: checkpoint.tensors.map((tensor, j) => ({
      name: `${j}/${say(tensor.name, 'tensor')}`,
      bytes: tensor.bytes,
      category: CATEGORIES_USED[tensor.category]
    })),
    warnings: [say(checkpoint.warning, 'warning')],
    explanations: [say(checkpoint.explanation, 'explanation')],
    categoryNotes: { weights: say(checkpoint.note, 'note') }
  }))
}

function comment(shape: Shape, plain: boolean): string {
  const head = buildReport(specs(shape, plain).map((spec) => checkpointReport(spec, 10)))
  const verdict = evaluateBudgets(diffReports(undefined, head), parseBudgets('optimizer: 0 B\ntotal: 1 MB'))
  return renderMarkdown(verdict, {
    baseline: { kind: 'none', description: 'no baseline' },
    summaryUrl: 'https://github.com/o/r/actions/runs/1',
    commentKey: 'models'
  })
}

/**
 * The sequence of HTML tags GitHub's renderer would produce, with attributes. `<wbr>` break hints
 * are left out: where a long name gets them depends on its characters, not on the structure.
 */
function tags(markdown: string): string[] {
  return [...renderGfm(markdown).matchAll(/<\/?[a-z][^>]*>/gi)].map((match) => match[0]).filter((tag) => tag !== '<wbr>')
}

describe('renderMarkdown with arbitrary names (fast-check)', () => {
  it('keeps the comment structure of plain names: same tags, rows and cells; the marker exactly once', () => {
    const marker = commentMarker('models')
    fc.assert(
      fc.property(shapeArbitrary, (shape) => {
        const hostile = comment(shape, false)
        const plain = comment(shape, true)
        expect(hostile.split(marker)).toHaveLength(2)
        expect(hostile.trimEnd().endsWith(marker)).toBe(true)
        expect(hostile.match(/<!--/g)).toHaveLength(1)
        expect(tags(hostile)).toEqual(tags(plain))
      }),
      { numRuns: 40, seed: 20261128 }
    )
  })
})
