import { RemoteAccessError, RemoteError } from './errors.js'
import { DEFAULT_TIMEOUT_MS } from './http-range-source.js'
import { TRANSFER } from './transfer.js'

/** Listing answers larger than this are refused (a hostile server must not fill the runner's memory). */
const MAX_LISTING_BYTES = 64 * 1024 * 1024

/**
 * A GET or POST of JSON for listings and the LFS batch API, counted in TRANSFER; 401/403/404 are
 * RemoteAccessErrors naming the URL, other failures RemoteErrors. Returns the body and the
 * `Link` header's next page, if any.
 */
export async function fetchJson(
  url: string,
  init: { headers?: Record<string, string>; body?: unknown; fix?: string } = {}
): Promise<{ json: unknown; next?: string }> {
  let response: Response
  try {
    TRANSFER.requests++
    response = await fetch(url, {
      method: init.body === undefined ? 'GET' : 'POST',
      headers: init.headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: AbortSignal.timeout(DEFAULT_TIMEOUT_MS)
    })
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code
    throw new RemoteError(url, `the request failed (${cause ?? (error as Error).message})`)
  }
  if (response.status === 401 || response.status === 403 || response.status === 404) {
    await response.body?.cancel()
    throw new RemoteAccessError(url, response.status, init.fix)
  }
  const text = await response.text()
  TRANSFER.bytes += text.length
  if (!response.ok) throw new RemoteError(url, `HTTP ${response.status}${text ? `: ${text.slice(0, 200)}` : ''}`)
  if (text.length > MAX_LISTING_BYTES) throw new RemoteError(url, `the answer is over ${MAX_LISTING_BYTES} bytes`)
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new RemoteError(url, 'the answer is not JSON')
  }
  const next = /<([^>]+)>;\s*rel="next"/.exec(response.headers.get('link') ?? '')?.[1]
  return { json, ...(next ? { next: new URL(next, url).href } : {}) }
}
