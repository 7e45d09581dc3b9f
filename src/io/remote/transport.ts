import { TRANSFER } from './transfer.js'

/**
 * One ranged GET as the range source sees it, whatever carries it (plain HTTP, the S3 SDK): the
 * source decides on retries, consistency and caching; a transport only asks and describes.
 */
export interface RangeReply {
  /** 206 for the asked span; 200 when the server ignored `Range` and sends the whole body. */
  status: 200 | 206
  /** The object's size: Content-Range's total, or a 200's Content-Length; undefined when not said. */
  size: number | undefined
  /** The object's version as the server names it (ETag, generation), compared between requests. */
  version: string | undefined
  /** Reads the body. */
  bytes(): Promise<Uint8Array>
  /** Drops the body unread (a 200 of a 10 GB file must not be downloaded to be refused). */
  discard(): Promise<void>
}

export interface RangeTransport {
  /** The object's URL, for messages (the query string is cut before it is shown). */
  readonly url: string
  /** GETs bytes `start..end` (inclusive). Throws HttpStatusError for a status other than 200/206. */
  get(start: number, end: number, signal: AbortSignal): Promise<RangeReply>
}

/** A status a transport does not handle itself; `size` is Content-Range's total on a 416. */
export class HttpStatusError extends Error {
  constructor(
    readonly status: number,
    readonly retryAfterMs?: number,
    readonly size?: number
  ) {
    super(`HTTP ${status}`)
  }
}

/** Where to GET an object, with the headers it needs; `expiresAt` (ms) for links that expire (LFS hrefs). */
export interface HttpEndpoint {
  url: string
  headers?: Record<string, string>
  expiresAt?: number
}

/** Redirects followed per request (a hub's `resolve` URL to its storage, and perhaps one more). */
const MAX_REDIRECTS = 5

/** An expiring link is renewed this long before it expires, so that no request races the expiry. */
const EXPIRY_MARGIN_MS = 30_000

/**
 * Range GETs with Node's fetch (undici). Redirects are followed here, not by fetch: each hop is
 * a request to count, `Authorization` must not follow a redirect to another origin (the storage
 * a hub redirects to rejects a token it did not issue), and the final URL is kept so that the
 * next range goes there directly. `endpoint` is called again when its link has expired.
 */
export class HttpTransport implements RangeTransport {
  private current: HttpEndpoint | undefined
  /** Where the last request ended up after redirects; asked directly next time. */
  private redirected: string | undefined

  constructor(
    readonly url: string,
    private readonly endpoint: () => Promise<HttpEndpoint> = async () => ({ url })
  ) {}

  async get(start: number, end: number, signal: AbortSignal): Promise<RangeReply> {
    const endpoint = await this.fresh()
    let url = this.redirected ?? endpoint.url
    let headers: Record<string, string> = { ...(this.redirected ? {} : endpoint.headers), range: `bytes=${start}-${end}`, 'accept-encoding': 'identity' }
    for (let hop = 0; ; hop++) {
      TRANSFER.requests++
      const response = await fetch(url, { headers, redirect: 'manual', signal })
      const location = response.headers.get('location')
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel()
        if (hop >= MAX_REDIRECTS) throw new HttpStatusError(response.status)
        const next = new URL(location, url)
        if (next.origin !== new URL(url).origin) headers = withoutAuthorization(headers)
        url = next.href
        this.redirected = url
        continue
      }
      return reply(response)
    }
  }

  private async fresh(): Promise<HttpEndpoint> {
    if (!this.current || (this.current.expiresAt !== undefined && this.current.expiresAt - EXPIRY_MARGIN_MS < Date.now())) {
      this.current = await this.endpoint()
      this.redirected = undefined
    }
    return this.current
  }
}

function withoutAuthorization(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'authorization'))
}

function reply(response: Response): RangeReply {
  const status = response.status
  const range = parseContentRange(response.headers.get('content-range'))
  if (status !== 200 && status !== 206) {
    void response.body?.cancel()
    throw new HttpStatusError(status, retryAfterMs(response.headers.get('retry-after')), range?.size)
  }
  const length = response.headers.get('content-length')
  return {
    status,
    size: status === 206 ? range?.size : length === null ? undefined : Number(length),
    version: response.headers.get('etag') ?? response.headers.get('x-goog-generation') ?? undefined,
    bytes: async () => {
      const bytes = new Uint8Array(await response.arrayBuffer())
      TRANSFER.bytes += bytes.length
      return bytes
    },
    discard: async () => {
      await response.body?.cancel().catch(() => undefined)
    }
  }
}

/** `bytes 0-99/1234` → size 1234; an unsatisfied range (a 416) as `bytes *` + `/1234` → 1234; a total of `*` → undefined. */
export function parseContentRange(value: string | null): { size: number | undefined } | undefined {
  const match = value === null ? null : /^bytes (?:\d+-\d+|\*)\/(\d+|\*)$/.exec(value.trim())
  if (!match) return undefined
  return { size: match[1] === '*' ? undefined : Number(match[1]) }
}

/** Retry-After in seconds or as an HTTP date. */
function retryAfterMs(value: string | null): number | undefined {
  if (value === null) return undefined
  const seconds = Number(value)
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000)
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now())
}
