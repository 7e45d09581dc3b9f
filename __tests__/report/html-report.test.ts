import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { buildReport } from '../../src/core/analyze.js'
import type { TopTensor } from '../../src/core/types.js'
import { encodePageData, nameSegments } from '../../src/report/html/encode.js'
import { renderHtml } from '../../src/report/html/render.js'
import { generatePageAssets } from '../../scripts/build-html-page.js'
import { syntheticCheckpoint } from '../helpers/synthetic-checkpoint.js'

describe('the HTML report', () => {
  it('splits names into segments that keep their separators, so joining gives the name back', () => {
    expect(nameSegments('model.layers/0.weight')).toEqual(['model', '.layers', '/0', '.weight'])
    expect(nameSegments('plain')).toEqual(['plain'])
    expect(nameSegments('.hidden')).toEqual(['.hidden'])
  })

  it('encodes every tensor once, with shared segments and strings', () => {
    const data = encodePageData('t', buildReport([syntheticCheckpoint('m.safetensors', 16)]))
    const [checkpoint] = data.head
    expect(checkpoint.node).toHaveLength(16)
    // encoder, .layer, .0/.1, then 8 distinct paths of 3-4 segments under each layer: far fewer
    // nodes than segments written out per tensor.
    expect(checkpoint.parent.length).toBeLessThan(16 * 6)
    expect(new Set(data.strings).size).toBe(data.strings.length)
    expect(checkpoint.partial).toBe(false)
  })

  it('stays under 10 MB for 100,000 tensors', () => {
    const html = renderHtml(buildReport([syntheticCheckpoint('big.safetensors', 100_000)]))
    expect(html.length).toBeLessThan(10_000_000)
  })

  it('cannot be broken out of by a tensor named like a closing script tag', () => {
    const checkpoint = syntheticCheckpoint('x', 1)
    ;(checkpoint.top as TopTensor[])[0].name = '</script><script>alert(1)</script>'
    const html = renderHtml(buildReport([checkpoint]))
    expect(html.match(/<\/script>/g)).toHaveLength(2)
  })

  it('carries the page script generated from the current sources (run scripts/build-html-page.ts)', () => {
    const committed = readFileSync(new URL('../../src/report/html/page-assets.generated.ts', import.meta.url), 'utf8')
    expect(committed).toBe(generatePageAssets())
  })
})
