/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import puppeteer, { type Browser, type Page } from 'puppeteer-core'
import { buildReport } from '../../src/core/analyze.js'
import type { Report, TopTensor } from '../../src/core/types.js'
import { DiskFiles } from '../../src/io/disk-files.js'
import { measure } from '../../src/pipeline/measure.js'
import { renderHtml } from '../../src/report/html/render.js'
import { PROJECT_ROOT } from '../helpers/fixtures.js'
import { syntheticCheckpoint } from '../helpers/synthetic-checkpoint.js'

/**
 * The HTML report in a real browser: Debian's Chromium (installed by .ci/run), headless, with every
 * request that is not the page's own file refused, opened from a file:// URL as a downloaded
 * artifact would be.
 */

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const haveBrowser = existsSync(CHROMIUM)
const describeInBrowser = haveBrowser || process.env.CI === 'true' ? describe : describe.skip

const EXAMPLE = ['examples/mnist-cnn-adam/checkpoint', 'examples/mnist-cnn-adam/model.ckpt.data-00000-of-00001', 'examples/mnist-cnn-adam/model.ckpt.index']

describeInBrowser(`the HTML report in headless Chromium${haveBrowser ? '' : ` (skipped: no browser at ${CHROMIUM})`}`, () => {
  let browser: Browser
  let page: Page
  let work = ''
  const consoleErrors: string[] = []
  const outsideRequests: string[] = []
  let head: Report

  /** Opens `html` from a file and waits until the page says it has drawn. */
  async function open(html: string): Promise<void> {
    const file = join(work, `report-${Date.now()}.html`)
    writeFileSync(file, html)
    await page.goto(pathToFileURL(file).href)
    await page.waitForSelector('body[data-ready="true"]', { timeout: 10_000 })
  }

  beforeAll(async () => {
    if (!haveBrowser) throw new Error(`CI=true but Chromium is missing at ${CHROMIUM}: .ci/run installs Debian's chromium package`)
    work = mkdtempSync(join(tmpdir(), 'msb-html-'))
    head = await measure(EXAMPLE, new DiskFiles(PROJECT_ROOT), { top: Number.MAX_SAFE_INTEGER })
    browser = await puppeteer.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync'
      ]
    })
    page = await browser.newPage()
    await page.setViewport({ width: 1200, height: 900 })
    await page.setRequestInterception(true)
    page.on('request', (request) => {
      if (request.url().startsWith('file:')) void request.continue()
      else {
        outsideRequests.push(request.url())
        void request.abort()
      }
    })
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text())
    })
    page.on('pageerror', (error) => consoleErrors.push(String(error)))
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
    if (work) rmSync(work, { recursive: true, force: true })
  })

  it('draws one rectangle per tensor, with no console error and no request leaving the page', async () => {
    await open(renderHtml(head))
    // Every rectangle is on the canvas; the map says how many tensors it drew. All of the
    // example's tensors but the 8-byte global_step are larger than a pixel at this size.
    const tensors = head.checkpoints[0].top as TopTensor[]
    const drawn = Number(await page.$eval('#treemap', (node) => (node as HTMLElement).dataset.tensors))
    expect(drawn).toBeGreaterThanOrEqual(tensors.filter((tensor) => tensor.bytes > 1000).length)
    expect(drawn).toBeLessThanOrEqual(tensors.length)
    // The large ones can also be pointed at and tabbed to, one element each.
    const leaves = await page.$$eval('#treemap .leaf', (nodes) => nodes.map((node) => (node as HTMLElement).dataset.name))
    expect(new Set(leaves).size).toBe(leaves.length)
    expect(leaves).toContain('Variable_4')
    expect(consoleErrors).toEqual([])
    expect(outsideRequests).toEqual([])
  }, 30_000)

  it('draws 100,000 tensors of a synthetic model without an error', async () => {
    await open(renderHtml(buildReport([syntheticCheckpoint('big.safetensors', 100_000)])))
    expect(Number(await page.$eval('#treemap', (node) => (node as HTMLElement).dataset.tensors))).toBeGreaterThan(1000)
    expect(await page.$$eval('#treemap div', (nodes) => nodes.length)).toBeLessThan(5000)
    expect(consoleErrors).toEqual([])
  }, 60_000)

  it('shows name, shape, dtype, bytes, category and reason when a rectangle is hovered', async () => {
    await open(renderHtml(head))
    await page.hover('#treemap .leaf[data-name="Variable_4"]')
    const text = await page.$eval('#tooltip', (node) => ((node as HTMLElement).hidden ? '' : (node.textContent ?? '')))
    expect(text).toContain('Variable_4')
    expect(text).toContain('3136×1024')
    expect(text).toContain('float32')
    expect(text).toContain('12.8\u00a0MB')
    expect(text).toMatch(/weights: .+/)
  }, 30_000)

  it('highlights the tensors a search matches and dims the others', async () => {
    await open(renderHtml(head))
    await page.type('#search', 'Adam_1')
    const matched = await page.$$eval('#treemap .leaf.match', (nodes) => nodes.map((node) => (node as HTMLElement).dataset.name))
    expect(matched.length).toBeGreaterThan(0)
    expect(matched.every((name) => name?.includes('Adam_1'))).toBe(true)
    // The count is of every drawn match, large or small (9 Adam_1 slots, one per variable).
    const count = Number(/^(\d+) match/.exec((await page.$eval('#search-count', (node) => node.textContent)) ?? '')?.[1])
    const named = (head.checkpoints[0].top as TopTensor[]).filter((tensor) => tensor.name.includes('Adam_1')).length
    expect(count).toBeGreaterThanOrEqual(matched.length)
    expect(count).toBeLessThanOrEqual(named)
  }, 30_000)

  it('zooms into a module on Enter and back out on Escape, from the keyboard', async () => {
    const checkpoint = buildReport([nested()])
    await open(renderHtml(checkpoint))
    await page.focus('#treemap .group[data-name="encoder"]')
    await page.keyboard.press('Enter')
    expect(await page.$$eval('#crumbs button', (nodes) => nodes.map((node) => node.textContent))).toEqual(['model.safetensors', 'encoder'])
    await page.focus('#treemap [tabindex="0"]')
    await page.keyboard.press('Escape')
    expect(await page.$$eval('#crumbs button', (nodes) => nodes.length)).toBe(1)
  }, 30_000)

  it('colours an added tensor as added in diff mode, and lists the change', async () => {
    const base = structuredClone(head)
    const top = base.checkpoints[0].top as TopTensor[]
    base.checkpoints[0].top = top.filter((tensor) => tensor.name !== 'Variable_4/Adam')
    await open(renderHtml(head, base))
    expect(await page.$eval('#mode', (node) => (node as HTMLSelectElement).value)).toBe('change')
    const colour = await page.$eval('#treemap .leaf[data-name="Variable_4/Adam"]', (node) => getComputedStyle(node).backgroundColor)
    expect(colour).toBe('rgb(44, 160, 44)')
    const unchanged = await page.$eval('#treemap .leaf[data-name="Variable_4"]', (node) => getComputedStyle(node).backgroundColor)
    expect(unchanged).toBe('rgb(220, 220, 220)')
    await page.click('#largest th button[data-sort="delta"]')
    expect(await page.$eval('#largest tbody tr', (node) => (node as HTMLElement).dataset.name)).toBe('Variable_4/Adam')
  }, 30_000)
})

/** Two modules of tensors, so that zooming has somewhere to go. */
function nested(): Report['checkpoints'][number] {
  const tensor = (name: string, bytes: number): TopTensor => ({ name, dtype: 'float16', shape: [bytes / 2], bytes, category: 'weights' })
  const top = [tensor('encoder.block.0.weight', 400_000), tensor('encoder.block.1.weight', 300_000), tensor('decoder.out.weight', 300_000)]
  return {
    id: 'model.safetensors',
    format: 'safetensors',
    files: [{ path: 'model.safetensors', bytes: 1_000_000, role: 'data' }],
    bytes: { total: 1_000_000, weights: 1_000_000, optimizer: 0, buffers: 0, bookkeeping: 0, metadata: 0, unclassified: 0 },
    parameters: 500_000,
    tensors: 3,
    tensorCounts: { weights: 3 },
    classifiedBy: 'name-rules',
    warnings: [],
    explanations: [],
    top
  }
}
