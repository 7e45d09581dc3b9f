import { createHash } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * One request the server saw: method, path (with query) and the Range and Authorization it carried,
 * and how many body bytes it answered with (what a client that reads every body receives).
 */
export interface SeenRequest {
  method: string
  url: string
  range?: string
  authorization?: string
  bodyBytes: number
}

/** Faults a test injects; each applies to requests of `/files/...` paths. */
export interface Faults {
  /** Answer 200 with the whole body, as a server without range support does. */
  ignoreRange?: boolean
  /** Answer this status to the next N file requests (e.g. 503 twice, then serve). */
  failNext?: { status: number; count: number; retryAfter?: string }
  /** Send this many bytes of the next N ranged bodies, then destroy the socket. */
  cutNext?: { after: number; count: number }
  /** Wait this long before answering each file request. */
  delayMs?: number
  /** A different ETag (and content) after this many file requests: the file changed mid-read. */
  changeAfter?: number
  /** Answer this status to every file request (401, 403, 404). */
  status?: number
}

/**
 * A stand-in storage server for tests: serves in-memory files under `/files/NAME` with HTTP range
 * requests as object stores do (206 + Content-Range + ETag; 416 + `bytes *\/size` past the end),
 * with faults a test turns on, and records every request. `routes` add endpoints (the LFS batch
 * API, the Hub's tree and resolve) in front of it.
 */
export class RangeServer {
  readonly files = new Map<string, Uint8Array>()
  readonly seen: SeenRequest[] = []
  faults: Faults = {}
  /** Round trips: requests that arrived while none was in flight (requests in parallel count once). */
  roundTrips = 0
  private active = 0
  private fileRequests = 0
  private server: Server | undefined
  url = ''

  constructor(private readonly routes: ((req: IncomingMessage, res: ServerResponse, body: string) => boolean | Promise<boolean>)[] = []) {}

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = []
      req.on('data', (chunk: Buffer) => chunks.push(chunk))
      req.on('end', () => void this.handle(req, res, Buffer.concat(chunks).toString('utf8')))
    })
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
    return this
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections()
    await new Promise((resolve) => this.server?.close(resolve))
  }

  /** The file requests seen (ranged reads, not listings). */
  get fileRequestsSeen(): SeenRequest[] {
    return this.seen.filter((request) => request.url.startsWith('/files/'))
  }

  reset(): void {
    this.seen.length = 0
    this.fileRequests = 0
    this.roundTrips = 0
    this.faults = {}
  }

  private async handle(req: IncomingMessage, res: ServerResponse, body: string): Promise<void> {
    if (this.active++ === 0) this.roundTrips++
    res.on('close', () => this.active--)
    const seen: SeenRequest = {
      method: req.method ?? 'GET',
      url: req.url ?? '/',
      range: req.headers.range,
      authorization: req.headers.authorization,
      bodyBytes: 0
    }
    this.seen.push(seen)
    countBodyBytes(res, seen)
    for (const route of this.routes) if (await route(req, res, body)) return
    const path = new URL(req.url ?? '/', this.url).pathname
    if (!path.startsWith('/files/')) return void res.writeHead(404).end()
    await this.serveFile(decodeURIComponent(path.slice('/files/'.length)), req, res)
  }

  private async serveFile(name: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const faults = this.faults
    const count = ++this.fileRequests
    if (faults.delayMs) await new Promise((resolve) => setTimeout(resolve, faults.delayMs))
    if (faults.status) return void res.writeHead(faults.status).end()
    if (faults.failNext && faults.failNext.count > 0) {
      faults.failNext.count--
      return void res.writeHead(faults.failNext.status, faults.failNext.retryAfter ? { 'retry-after': faults.failNext.retryAfter } : {}).end()
    }
    let bytes = this.files.get(name)
    if (!bytes) return void res.writeHead(404).end()
    const changed = faults.changeAfter !== undefined && count > faults.changeAfter
    if (changed) bytes = changedVersion(bytes)
    const etag = etagOf(bytes)
    const range = /^bytes=(\d+)-(\d+)?$/.exec(req.headers.range ?? '')
    if (!range || faults.ignoreRange) {
      return void res.writeHead(200, { 'content-length': bytes.length, etag, 'accept-ranges': 'none' }).end(bytes)
    }
    const start = Number(range[1])
    if (start >= bytes.length) return void res.writeHead(416, { 'content-range': `bytes */${bytes.length}` }).end()
    const end = Math.min(range[2] === undefined ? bytes.length - 1 : Number(range[2]), bytes.length - 1)
    const part = bytes.subarray(start, end + 1)
    res.writeHead(206, { 'content-range': `bytes ${start}-${end}/${bytes.length}`, 'content-length': part.length, etag, 'accept-ranges': 'bytes' })
    if (faults.cutNext && faults.cutNext.count > 0) {
      faults.cutNext.count--
      res.write(part.subarray(0, faults.cutNext.after))
      return void setTimeout(() => res.destroy(), 10)
    }
    res.end(part)
  }
}

/** Adds every body chunk `res` writes to `seen.bodyBytes` (headers not counted, as a client counts only bodies). */
function countBodyBytes(res: ServerResponse, seen: SeenRequest): void {
  const count = (chunk: unknown): void => {
    if (typeof chunk === 'string') seen.bodyBytes += Buffer.byteLength(chunk)
    else if (chunk instanceof Uint8Array) seen.bodyBytes += chunk.length
  }
  const write = res.write.bind(res) as (...args: unknown[]) => boolean
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    count(chunk)
    return write(chunk, ...rest)
  }) as ServerResponse['write']
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    if (typeof chunk !== 'function') count(chunk)
    return end(chunk, ...rest)
  }) as ServerResponse['end']
}

/** Computed once per file: a 13 MB file must not cost a hash and a copy per request (the timeouts are short). */
const ETAGS = new WeakMap<Uint8Array, string>()
const CHANGED = new WeakMap<Uint8Array, Uint8Array>()

function etagOf(bytes: Uint8Array): string {
  if (!ETAGS.has(bytes)) ETAGS.set(bytes, `"${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}"`)
  return ETAGS.get(bytes)!
}

function changedVersion(bytes: Uint8Array): Uint8Array {
  if (!CHANGED.has(bytes)) {
    const changed = new Uint8Array(bytes.length)
    for (let i = 0; i < bytes.length; i++) changed[i] = bytes[i] ^ 0xff
    CHANGED.set(bytes, changed)
  }
  return CHANGED.get(bytes)!
}
