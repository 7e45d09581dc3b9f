import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { escapeCode, escapeMarkdown, LONGEST_UNBROKEN_WORD, WORD_BREAK } from '../../src/report/escape.js'
import { HOSTILE_NAMES, htmlText, renderGfm } from '../helpers/gfm.js'

/** One table cell holding `cell`, rendered; returns the cells of the body row. */
function renderCell(cell: string): string[] {
  const html = renderGfm(`| name | size |\n|---|---|\n| ${cell} | 1 B |\n`)
  const body = html.slice(html.indexOf('<tbody>'))
  return [...body.matchAll(/<td>([\s\S]*?)<\/td>/g)].map((match) => match[1])
}

describe('escapeMarkdown', () => {
  it('leaves ordinary names readable', () => {
    expect(escapeMarkdown('dense/kernel')).toBe('dense/kernel')
    expect(escapeMarkdown('exports/model.ckpt')).toBe('exports/model.ckpt')
  })
  it('turns HTML and markdown punctuation into character references', () => {
    expect(escapeMarkdown('<b>&"\'')).toBe('&lt;b&gt;&amp;&quot;&#39;')
    expect(escapeMarkdown('a|b`c*d_e[f]g~h$i\\j!k')).toBe('a&#124;b&#96;c&#42;d&#95;e&#91;f&#93;g&#126;h&#36;i&#92;j&#33;k')
  })
  it('puts a zero-width space after @ and #, so nobody is pinged and no issue is linked', () => {
    expect(escapeMarkdown('@octocat')).toBe('@&#8203;octocat')
    expect(escapeMarkdown('#123')).toBe('&#35;&#8203;123')
    expect(escapeMarkdown('GH-7')).toBe('GH-&#8203;7')
    expect(escapeMarkdown('SIGH-7')).toBe('SIGH-7')
  })
  it('shows line breaks, controls and bidi overrides instead of obeying them', () => {
    expect(escapeMarkdown('a\nb\r\tc')).toBe('a&#92;nb&#92;r&#92;tc')
    expect(escapeMarkdown('x\u202Ey\u0000')).toBe('x&#92;u202ey&#92;u0000')
    expect(escapeMarkdown('a\u200Bb')).toBe('a&#92;u200bb')
  })
  it('makes block syntax at the start literal', () => {
    expect(escapeMarkdown('- item')).toBe('&#45; item')
    expect(escapeMarkdown('+ item')).toBe('&#43; item')
    expect(escapeMarkdown('12. item')).toBe('12&#46; item')
    expect(escapeMarkdown('3) item')).toBe('3&#41; item')
    expect(escapeMarkdown('    code')).toBe('&#32;&#32;&#32;&#32;code')
    expect(escapeMarkdown('a - b')).toBe('a - b')
  })
  it('shortens long text around an ellipsis, keeping the end where a path has its file name', () => {
    const path = 'a/'.repeat(100) + 'model.safetensors'
    const shown = escapeMarkdown(path, 40)
    expect(Array.from(shown)).toHaveLength(40)
    expect(shown.startsWith('a/a/a/')).toBe(true)
    expect(shown.endsWith('l.safetensors')).toBe(true)
    expect(shown).toContain('…')
    expect(escapeMarkdown('short', 40)).toBe('short')
  })
  it('never splits a surrogate pair when shortening', () => {
    const shown = escapeMarkdown('😀'.repeat(50), 10)
    expect(shown).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/)
    expect(Array.from(shown)).toHaveLength(10)
  })
})

describe('escaped names rendered as GitHub markdown', () => {
  it.each(Object.entries(HOSTILE_NAMES))('%s stays in its own cell, as text', (_, name) => {
    const cells = renderCell(escapeCode(name))
    expect(cells).toHaveLength(2)
    expect(cells[1]).toBe('1 B')
    const [cell] = cells
    // The only elements are our <code> and the break opportunities of a long name; nothing from the name became HTML.
    expect(cell.match(/<[a-z!/][^>]*>/gi)?.filter((tag) => tag !== '<wbr>')).toEqual(['<code>', '</code>'])
    // What a reader sees is the name itself (controls shown, @/# followed by a zero-width space).
    const expected = name
      .replace(/\n/g, '\\n')
      .replace(/\u202E/g, '\\u202e')
      .replace(/([@#]|GH-)/g, '$1\u200B')
    expect(htmlText(cell)).toBe(expected)
  })
  it('leaves no mention or issue reference in the rendered text', () => {
    for (const name of [HOSTILE_NAMES.mention, HOSTILE_NAMES.teamMention, HOSTILE_NAMES.issueRef]) {
      const text = htmlText(renderGfm(`- ${escapeMarkdown(name)}`))
      expect(text).not.toMatch(/(^|[^\w])@[a-z0-9]/i)
      expect(text).not.toMatch(/#\d/)
      expect(text).not.toMatch(/GH-\d/i)
    }
  })
  it('never writes an HTML comment opener into the raw markdown', () => {
    for (const name of Object.values(HOSTILE_NAMES)) {
      expect(escapeMarkdown(name).replaceAll(WORD_BREAK, '')).not.toContain('<')
      expect(escapeCode(name)).not.toContain('<!--')
    }
  })
  it('stays inert inside a raw HTML block such as <summary>', () => {
    const html = renderGfm(`<details>\n<summary>${escapeCode(HOSTILE_NAMES.script)} ${escapeMarkdown(HOSTILE_NAMES.emphasis)}</summary>\n\n</details>`)
    expect(html).not.toContain('<script>')
    expect(html).not.toContain('<strong>')
    expect(html).not.toContain('<a ')
    expect(htmlText(html)).toContain('<script>alert(1)</script> **bold** _it_ ~~gone~~ [link](https://evil.example)')
  })
  it('keeps a list item one item', () => {
    const html = renderGfm(
      `- ${escapeMarkdown(HOSTILE_NAMES.newline)}\n- ${escapeMarkdown(HOSTILE_NAMES.listStart)}\n- ${escapeMarkdown(HOSTILE_NAMES.heading)}`
    )
    expect(html.match(/<li>/g)).toHaveLength(3)
    expect(html).not.toMatch(/<(h\d|table)/)
  })
})

describe('long names in a narrow column (issue 14)', () => {
  it('leaves a name that fits a column whole', () => {
    const name = 'a'.repeat(LONGEST_UNBROKEN_WORD - 8) + '/x.ckpt'
    expect(escapeCode(name)).toBe(`<code>${name}</code>`)
  })
  it('lets a long name break after its separators and inside a long run, and renders exactly the name', () => {
    const name = 'model.layers.0.self_attn.q_proj.lora_A.default.weight/' + 'w'.repeat(60)
    const escaped = escapeCode(name)
    expect(escaped).toContain(WORD_BREAK)
    // No run between break opportunities is wider than 24 characters (a character reference is one).
    for (const run of escaped.slice(6, -7).split(WORD_BREAK)) expect(run.replace(/&#?\w+;/g, '.').length).toBeLessThanOrEqual(24)
    // A break opportunity is not a character: the rendered (and copied) text is the name.
    expect(htmlText(renderGfm(escaped))).toBe(name)
  })
  it('never splits a character reference', () => {
    const escaped = escapeMarkdown('_'.repeat(100))
    expect(escaped.replaceAll(WORD_BREAK, '')).toBe('&#95;'.repeat(100))
    expect(escaped).not.toMatch(/&#?\w*<wbr>/)
  })
})

describe('escapeCode on any name (fast-check)', () => {
  // Markdown's special characters, HTML's, the reference triggers and ordinary text, mixed freely.
  const unit = fc.constantFrom(...'ab1 <>&|`*_[]~$\\!#@:-+=.)(/"\'GH{}%^é😀'.split(/(?:)/u))
  it('renders exactly the name, in its own cell, as text', () => {
    fc.assert(
      fc.property(fc.string({ unit, minLength: 1, maxLength: 30 }), (name) => {
        const escaped = escapeCode(name)
        expect(escaped.slice('<code>'.length, -'</code>'.length)).not.toContain('<')
        const cells = renderCell(escaped)
        expect(cells).toHaveLength(2)
        expect(cells[0].match(/<[a-z!/][^>]*>/gi)).toEqual(['<code>', '</code>'])
        expect(htmlText(cells[0]).replace(/\u200B/g, '')).toBe(name)
      }),
      { numRuns: 300 }
    )
  })
})
