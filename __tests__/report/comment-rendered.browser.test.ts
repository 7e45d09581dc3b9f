/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import puppeteer, { type Browser, type Page } from 'puppeteer-core'
import { commentPage, commentSnapshots, COMMENT_WIDTH_PX } from '../helpers/rendered-comment.js'

/**
 * The comment as a reviewer sees it (issue 14): every snapshot variant rendered with GitHub's
 * markdown stylesheet at a comment's width in headless Chromium. No size cell may wrap ("814⏎kB"),
 * and no table may need a horizontal scrollbar.
 */

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const haveBrowser = existsSync(CHROMIUM)
const describeInBrowser = haveBrowser || process.env.CI === 'true' ? describe : describe.skip
const variants = [...commentSnapshots()]

/**
 * Variants whose tables are still wider than the comment, with why; the test asserts they still
 * are, so the entry must go when the renderer is fixed. Empty since long names break at `<wbr>`.
 */
const STILL_TOO_WIDE: Record<string, string> = {}

describeInBrowser('the PR comment rendered at 900 px', () => {
  let browser: Browser
  let page: Page
  let work = ''

  beforeAll(async () => {
    if (!haveBrowser) throw new Error(`CI=true but Chromium is missing at ${CHROMIUM}: .ci/run installs Debian's chromium package`)
    work = mkdtempSync(join(tmpdir(), 'msb-comment-'))
    browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] })
    page = await browser.newPage()
    await page.setViewport({ width: COMMENT_WIDTH_PX + 40, height: 900 })
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
    if (work) rmSync(work, { recursive: true, force: true })
  })

  it('has the snapshot variants to render', () => {
    expect(variants.length).toBeGreaterThanOrEqual(10)
  })

  it.each(variants)(
    '%s: no size wraps inside its cell, and no table is wider than the comment',
    async (name, markdown) => {
      const file = join(work, `${name.replace(/\W+/g, '-')}.html`)
      writeFileSync(file, commentPage(markdown))
      await page.goto(pathToFileURL(file).href)
      const found = await page.evaluate(() => {
        const wrapped: string[] = []
        // Open every <details>: the per-checkpoint tables must hold too.
        document.querySelectorAll('details').forEach((details) => details.setAttribute('open', ''))
        // A cell may wrap between words; a size itself ("814 kB") may not break across lines.
        const size = /[+−-]?\d[\d.,]*[\u00a0 ](B|kB|MB|GB|TB|KiB|MiB|GiB)\b/g
        for (const cell of document.querySelectorAll('td')) {
          const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT)
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (const match of (node.textContent ?? '').matchAll(size)) {
              const range = document.createRange()
              range.setStart(node, match.index ?? 0)
              range.setEnd(node, (match.index ?? 0) + match[0].length)
              const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)))
              if (lines.size > 1) wrapped.push(match[0])
            }
          }
        }
        const scrolling = [...document.querySelectorAll('table')]
          .filter((table) => table.scrollWidth > table.clientWidth + 1)
          .map((table) => table.rows[0]?.textContent ?? '')
        // A long name breaks at <wbr>, which adds nothing to the text a reviewer copies.
        const copied = [...document.querySelectorAll('code')]
          .filter((code) => code.querySelector('wbr'))
          .map((code) => {
            const selection = window.getSelection()!
            selection.selectAllChildren(code)
            const text = selection.toString()
            return text.replace(/\u200b/g, '') === (code.textContent ?? '').replace(/\u200b/g, '') ? 'same' : text
          })
        return { wrapped, scrolling, copied }
      })
      expect(found.wrapped).toEqual([])
      expect(found.copied.filter((text) => text !== 'same')).toEqual([])
      if (name.startsWith('hostile')) expect(found.copied.length).toBeGreaterThan(0)
      if (name in STILL_TOO_WIDE) expect(found.scrolling).not.toEqual([])
      else expect(found.scrolling).toEqual([])
    },
    30_000
  )
})
