/**
 * `npm run render-comment`: the PR comment as a reviewer sees it. Renders the snapshot variants of
 * __tests__/report/markdown.test.ts with a GFM renderer and GitHub's markdown stylesheet at a
 * comment's width in headless Chromium (Debian's chromium) and writes docs/comment-*.png.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import puppeteer from 'puppeteer-core'
import { commentPage, commentSnapshots, COMMENT_WIDTH_PX } from '../__tests__/helpers/rendered-comment.js'

/** The variants the README shows: snapshot name → picture. */
const PICTURES: Record<string, string> = {
  'over budget (the DESIGN.md example)': 'comment-over-budget',
  '3 of 400 checkpoints changed: three rows, the rest folded': 'comment-3-of-400'
}

const root = new URL('..', import.meta.url).pathname
const variants = commentSnapshots()
const work = mkdtempSync(join(tmpdir(), 'msb-render-'))
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu']
})
try {
  const page = await browser.newPage()
  await page.setViewport({ width: COMMENT_WIDTH_PX, height: 600 })
  for (const [variant, picture] of Object.entries(PICTURES)) {
    const markdown = variants.get(variant)
    if (markdown === undefined) throw new Error(`no snapshot named '${variant}' in markdown.test.ts.snap`)
    const file = join(work, `${picture}.html`)
    writeFileSync(file, commentPage(markdown))
    await page.goto(pathToFileURL(file).href)
    const article = await page.$('article')
    await article!.screenshot({ path: join(root, 'docs', `${picture}.png`) })
    console.log(`wrote docs/${picture}.png`)
  }
} finally {
  await browser.close()
}
