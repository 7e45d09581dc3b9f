import { micromark } from 'micromark'
import { gfm, gfmHtml } from 'micromark-extension-gfm'

/**
 * Renders markdown as GitHub does before sanitising: CommonMark + GFM (tables, strikethrough,
 * autolinks), raw HTML passed through. Tests read the HTML to prove that text from checkpoints
 * changes nothing but its own cell.
 */
export function renderGfm(markdown: string): string {
  return micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true })
}

/** The text of an HTML fragment with tags removed and the character references GitHub's HTML parser would decode. */
export function htmlText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&')
}

/** Names a hostile checkpoint could carry (issue 6's list). */
export const HOSTILE_NAMES = {
  pipe: 'layer|with|pipes',
  backticks: 'name`with``backticks```',
  script: '<script>alert(1)</script>',
  image: '<img src=x onerror=alert(1)>',
  comment: 'x<!-- hidden -->y',
  fakeMarker: '<!-- model-size-budget: -->',
  mention: '@octocat please review',
  teamMention: 'ping @github/security',
  issueRef: 'fixes #123 and GH-7 and octo/repo#9',
  newline: 'line one\n| injected | row |\n## heading',
  emphasis: '**bold** _it_ ~~gone~~ [link](https://evil.example) ![img](x)',
  math: '$x^2$ and $$y$$',
  listStart: '- not a list',
  orderedStart: '1. not a list',
  heading: '# not a heading',
  entity: '&lt;b&gt; &amp; &#64;user',
  backslash: 'a\\|b\\',
  bidi: 'abc\u202Edcba',
  long: 'x'.repeat(5000)
} as const
