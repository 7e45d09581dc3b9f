/**
 * `npx tsx bench/html-page.ts`: how long the HTML report takes to draw in headless Chromium, by
 * tensor count (issue 16: 10^5 tensors in under 2 s), with the file's size. Timed from navigation
 * to the page's `data-ready` mark, median of 3 loads; printed, never asserted.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import puppeteer from 'puppeteer-core'
import { buildReport } from '../src/core/analyze.js'
import { renderHtml } from '../src/report/html/render.js'
import { syntheticCheckpoint } from '../__tests__/helpers/synthetic-checkpoint.js'

const work = mkdtempSync(join(tmpdir(), 'msb-html-bench-'))
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu']
})
try {
  const page = await browser.newPage()
  await page.setViewport({ width: 1280, height: 900 })
  console.log('tensors   file size   draw (median of 3)')
  for (const count of [1_000, 10_000, 100_000]) {
    const file = join(work, `${count}.html`)
    const html = renderHtml(buildReport([syntheticCheckpoint('model.safetensors', count)]))
    writeFileSync(file, html)
    const times: number[] = []
    for (let run = 0; run < 3; run++) {
      const started = performance.now()
      await page.goto(pathToFileURL(file).href)
      await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 })
      times.push(performance.now() - started)
    }
    times.sort((a, b) => a - b)
    console.log(`${String(count).padStart(7)}   ${(html.length / 1e6).toFixed(2).padStart(6)} MB   ${Math.round(times[1])} ms`)
  }
} finally {
  await browser.close()
  rmSync(work, { recursive: true, force: true })
}
