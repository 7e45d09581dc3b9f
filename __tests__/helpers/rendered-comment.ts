import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { renderGfm } from './gfm.js'

/** The project root (no import of the jest helpers: scripts/render-comment.ts uses this module outside jest). */
const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')

/** The width of a PR comment's body on github.com at a common window size. */
export const COMMENT_WIDTH_PX = 900

/** The comment variants the markdown snapshot test records, by test name. */
export function commentSnapshots(): Map<string, string> {
  const file = readFileSync(join(PROJECT_ROOT, '__tests__', 'report', '__snapshots__', 'markdown.test.ts.snap'), 'utf8')
  const variants = new Map<string, string>()
  for (const match of file.matchAll(/^exports\[`renderMarkdown snapshots (.*?) 1`\] = `\n?"?([\s\S]*?)"?\n?`;$/gm)) {
    // Jest escapes backticks, `${` and backslashes inside its template literal.
    variants.set(match[1], match[2].replace(/\\([`\\$])/g, '$1'))
  }
  return variants
}

/**
 * A page that shows a comment as GitHub does: the markdown through a GFM renderer, styled by
 * GitHub's own markdown stylesheet (github-markdown-css), in a column of the comment's width.
 */
export function commentPage(markdown: string): string {
  const css = readFileSync(createRequire(import.meta.url).resolve('github-markdown-css/github-markdown-light.css'), 'utf8')
  return `<!doctype html><html><head><meta charset="utf-8"><style>${css}
body { margin: 0; background: #fff; } .markdown-body { box-sizing: border-box; width: ${COMMENT_WIDTH_PX}px; padding: 16px; }
</style></head><body><article class="markdown-body">${renderGfm(markdown)}</article></body></html>`
}
