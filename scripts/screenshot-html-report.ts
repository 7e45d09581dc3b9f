/**
 * The README's pictures of the HTML report: a real TF1 checkpoint (traffic-sign CNN trained with
 * Adam, from ../shared/fixtures) coloured by category, and the same checkpoint against a baseline
 * that held only its weights (the PR that started saving Adam's slots), in diff mode. Needs
 * Debian's chromium. `npx tsx scripts/screenshot-html-report.ts` writes docs/*.png.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import puppeteer from 'puppeteer-core'
import type { Report } from '../src/core/types.js'
import { DiskFiles } from '../src/io/disk-files.js'
import { walk } from '../src/io/walk.js'
import { measure } from '../src/pipeline/measure.js'
import { renderHtml } from '../src/report/html/render.js'

const root = new URL('..', import.meta.url).pathname
const fixtures = join(root, '..', 'shared', 'fixtures')
const found = await walk(fixtures, ['real/tf1/traffic-sign-cnn-adam'])
const head = await measure(found.files, new DiskFiles(fixtures), { top: Number.MAX_SAFE_INTEGER })
const base: Report = structuredClone(head)
for (const checkpoint of base.checkpoints) checkpoint.top = checkpoint.top?.filter((tensor) => tensor.category !== 'optimizer')

const work = mkdtempSync(join(tmpdir(), 'msb-shot-'))
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu']
})
try {
  const page = await browser.newPage()
  await page.setViewport({ width: 1280, height: 760 })
  for (const [name, html] of [
    ['html-report-categories', renderHtml(head, undefined, 'traffic-sign CNN (TF1 Saver, Adam)')],
    ['html-report-diff', renderHtml(head, base, 'traffic-sign CNN against a weights-only baseline')]
  ] as const) {
    const file = join(work, `${name}.html`)
    writeFileSync(file, html)
    await page.goto(pathToFileURL(file).href)
    await page.waitForSelector('body[data-ready="true"]')
    await page.hover('#treemap .leaf')
    await page.screenshot({ path: join(root, 'docs', `${name}.png`) })
    console.log(`wrote docs/${name}.png`)
  }
} finally {
  await browser.close()
}
