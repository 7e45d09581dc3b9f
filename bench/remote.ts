/**
 * `npx tsx bench/remote.ts`: the remote column. What measuring a checkpoint where it lives costs:
 * requests and bytes transferred, and the time with latency injected per request.
 *
 * For each format at 1,000 tensors (10 GB described) and 100,000 tensors (100 GB), the scenario's
 * checkpoint (payloads are holes of sparse files) is served by a local server that speaks the
 * Hugging Face Hub's tree and resolve endpoints with HTTP ranges, and the CLI's main() measures
 * `hf://bench/model/<files>` in this process: once without latency, once with `--latency` ms
 * (default 50) added before every answer. Round trips are counted by the server in the second
 * run: a request that arrives while none is in flight starts one (requests in parallel count once). Listing requests (the tree API) are counted apart from
 * range requests. Targets (issue 19): safetensors and GGUF ≤ 2 range round trips and < 1 MB,
 * a TF checkpoint with its index ≤ 3, a PyTorch zip ≤ 4; never more than 1% of the bytes described.
 *
 *   npx tsx bench/remote.ts
 *   npx tsx bench/remote.ts --formats safetensors,gguf --tensors 1000 --latency 50
 */
import { closeSync, fstatSync, mkdtempSync, openSync, readdirSync, readSync, rmSync, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join, relative, sep } from 'node:path'
import { parseArgs } from 'node:util'
import { main } from '../src/cli/main.js'
import { TRANSFER } from '../src/io/remote/transfer.js'
import { SCENARIOS_BY_NAME } from './scenarios/index.js'
import type { Scale } from './scenarios/types.js'

const GB = 1e9
const SCALES: Scale[] = [
  { tensors: 1_000, bytes: 10 * GB },
  { tensors: 100_000, bytes: 100 * GB }
]
const DEFAULT_FORMATS = [
  'safetensors',
  'gguf',
  'tensorflow',
  'tensorflow2',
  'pytorch',
  'onnx',
  'hdf5',
  'numpy',
  'flax',
  'orbax',
  'openvino',
  'coreml',
  'tflite',
  'executorch',
  'torch-export'
]
/** Range round trips allowed per format (issue 19); the others have only the 1% rule. */
const ROUND_TRIPS: Record<string, number> = { safetensors: 2, gguf: 2, tensorflow: 3, tensorflow2: 3, pytorch: 4 }
const MAX_BYTES: Record<string, number> = { safetensors: 1e6, gguf: 1e6 }
/** Runs with more requests than this get their latency time estimated (requests × latency, an upper bound). */
const MAX_REQUESTS_TIMED = 200

/** Serves `dir` as the Hub repository `bench/model`: tree listing and ranged resolve, with latency. */
class BenchServer {
  latencyMs = 0
  listings = 0
  ranges = 0
  /** Round trips: requests that arrived while none was in flight (with latency, parallel requests overlap). */
  waves = 0
  private active = 0
  private server = createServer((req, res) => void this.handle(req, res))
  url = ''
  constructor(private readonly dir: string) {}

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections()
    await new Promise((resolve) => this.server.close(resolve))
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (this.active++ === 0) this.waves++
    res.on('finish', () => this.active--)
    if (this.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.latencyMs))
    const url = new URL(req.url ?? '/', this.url)
    const tree = /^\/api\/models\/bench\/model\/tree\/main(?:\/(.*))?$/.exec(url.pathname)
    if (tree) {
      this.listings++
      const below = decodeURIComponent(tree[1] ?? '')
      const recursive = url.searchParams.get('recursive') === 'true'
      const entries = listTree(this.dir, below, recursive)
      return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(entries))
    }
    const resolve = /^\/bench\/model\/resolve\/main\/(.+)$/.exec(url.pathname)
    if (!resolve) return void res.writeHead(404).end()
    this.ranges++
    const fd = openSync(join(this.dir, decodeURIComponent(resolve[1])), 'r')
    try {
      const size = fstatSync(fd).size
      const range = /^bytes=(\d+)-(\d+)$/.exec(req.headers.range ?? '')
      if (!range) return void res.writeHead(400).end()
      const start = Number(range[1])
      if (start >= size) return void res.writeHead(416, { 'content-range': `bytes */${size}` }).end()
      const end = Math.min(Number(range[2]), size - 1)
      const body = Buffer.alloc(end - start + 1)
      readSync(fd, body, 0, body.length, start)
      res.writeHead(206, { 'content-range': `bytes ${start}-${end}/${size}`, 'content-length': body.length, etag: `"${size}"` }).end(body)
    } finally {
      closeSync(fd)
    }
  }
}

function listTree(root: string, below: string, recursive: boolean): { type: string; path: string; size: number }[] {
  const out: { type: string; path: string; size: number }[] = []
  const visit = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name)
      const rel = relative(root, path).split(sep).join('/')
      const info = statSync(path)
      if (info.isDirectory()) {
        out.push({ type: 'directory', path: rel, size: 0 })
        if (recursive) visit(path)
      } else out.push({ type: 'file', path: rel, size: info.size })
    }
  }
  visit(join(root, below))
  return out
}

interface Row {
  format: string
  tensors: number
  described: number
  listings: number
  ranges: number
  bytes: number
  ms: number
  msLatency: number
  ok: boolean
  note: string
}

async function measureOnce(
  server: BenchServer,
  paths: string[]
): Promise<{ ms: number; requests: number; bytes: number; listings: number; ranges: number; waves: number; code: number; described: number; stderr: string }> {
  const before = { ...TRANSFER }
  server.listings = 0
  server.ranges = 0
  server.waves = 0
  let stdout = ''
  let stderr = ''
  const started = performance.now()
  const code = await main([...paths.map((path) => (path === '.' ? 'hf://bench/model' : `hf://bench/model/${path}`)), '--json'], {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd: process.cwd()
  })
  const ms = performance.now() - started
  const described = code === 0 ? (JSON.parse(stdout) as { total: { bytes: { total: number } } }).total.bytes.total : 0
  return {
    ms,
    requests: TRANSFER.requests - before.requests,
    bytes: TRANSFER.bytes - before.bytes,
    listings: server.listings,
    ranges: server.ranges,
    waves: server.waves,
    code,
    described,
    stderr
  }
}

async function run(): Promise<void> {
  const { values } = parseArgs({ options: { formats: { type: 'string' }, tensors: { type: 'string' }, latency: { type: 'string', default: '50' } } })
  const formats = values.formats ? values.formats.split(',') : DEFAULT_FORMATS
  const latency = Number(values.latency)
  const scales = values.tensors ? SCALES.filter((scale) => scale.tensors === Number(values.tensors)) : SCALES
  const rows: Row[] = []
  printHeader(latency)
  for (const format of formats) {
    const scenario = SCENARIOS_BY_NAME[format]
    if (!scenario) throw new Error(`no scenario '${format}'`)
    for (const scale of scales) {
      if (scenario.maxTensors !== undefined && scale.tensors > scenario.maxTensors) continue
      const dir = mkdtempSync(join(tmpdir(), `msb-remote-bench-${format}-`))
      const server = new BenchServer(dir)
      try {
        const paths = await scenario.write(dir, scale)
        await server.start()
        process.env.HF_ENDPOINT = server.url
        await measureOnce(server, paths) // warms the modules and the page cache; not counted
        const cold = await measureOnce(server, paths)
        if (cold.code !== 0) {
          rows.push({
            format,
            tensors: scale.tensors,
            described: scale.bytes,
            listings: 0,
            ranges: 0,
            bytes: 0,
            ms: 0,
            msLatency: 0,
            ok: false,
            note: `exit ${cold.code}: ${cold.stderr.split('\n')[0]}`
          })
          printRow(rows[rows.length - 1])
          continue
        }
        // Past this many requests the latency run only multiplies them: it is estimated, not waited for.
        const estimated = cold.listings + cold.ranges > MAX_REQUESTS_TIMED
        server.latencyMs = latency
        const slow = estimated ? { ...cold, ms: cold.ms + (cold.listings + cold.ranges) * latency } : await measureOnce(server, paths)
        const roundTrips = estimated ? cold.listings + cold.ranges : slow.waves
        const listingRoundTrips = slow.listings
        const rangeTrips = roundTrips - listingRoundTrips
        // Issue 19's round-trip and 1 MB targets are for the 10 GB files (1,000 tensors); the 1% rule holds at every scale.
        const limit = scale.tensors <= 1_000 ? ROUND_TRIPS[format] : undefined
        const ratio = cold.bytes / cold.described
        const problems = [
          ratio > 0.01 ? `${(ratio * 100).toFixed(2)}% of the bytes described` : '',
          limit !== undefined && rangeTrips > limit ? `${rangeTrips} range round trips > ${limit}` : '',
          scale.tensors <= 1_000 && MAX_BYTES[format] !== undefined && cold.bytes >= MAX_BYTES[format] ? `${(cold.bytes / 1e6).toFixed(2)} MB ≥ 1 MB` : ''
        ].filter(Boolean)
        rows.push({
          format,
          tensors: scale.tensors,
          described: cold.described,
          listings: cold.listings,
          ranges: cold.ranges,
          bytes: cold.bytes,
          ms: cold.ms,
          msLatency: slow.ms,
          ok: problems.length === 0,
          note: `${estimated ? 'at most ' : ''}${roundTrips} round trips (${listingRoundTrips} listing)${estimated ? ', time estimated as sequential' : ''}${problems.length ? `; ✗ ${problems.join(', ')}` : ''}`
        })
        printRow(rows[rows.length - 1])
      } finally {
        await server.stop()
        rmSync(dir, { recursive: true, force: true })
      }
    }
  }
  console.log(`\n${rows.filter((row) => !row.ok).length} of ${rows.length} rows miss a target.`)
}

function printHeader(latency: number): void {
  console.log(`| format | tensors | described | listing req. | range req. | transferred | % of described | time | time, ${latency} ms/request | |`)
  console.log('|---|--:|--:|--:|--:|--:|--:|--:|--:|---|')
}

function printRow(row: Row): void {
  console.log(
    `| ${row.format} | ${row.tensors.toLocaleString('en-US')} | ${(row.described / GB).toFixed(1)} GB | ${row.listings} | ${row.ranges} | ${formatBytes(row.bytes)} | ${row.described ? ((row.bytes / row.described) * 100).toFixed(4) : '-'}% | ${row.ms.toFixed(0)} ms | ${row.msLatency.toFixed(0)} ms | ${row.ok ? '✓' : '✗'} ${row.note} |`
  )
}

function formatBytes(bytes: number): string {
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(2)} MB` : `${(bytes / 1e3).toFixed(1)} kB`
}

await run()
