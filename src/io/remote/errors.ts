import { ModelSizeBudgetError } from '../../core/errors.js'

/**
 * Errors of remote reads. Each names the object by its URL without the query string: a presigned
 * or storage URL carries its credentials there, and messages end up in logs and PR comments.
 */
export class RemoteError extends ModelSizeBudgetError {
  readonly file: string
  constructor(url: string, what: string, fix?: string) {
    super(`${displayUrl(url)}: ${what}.${fix ? ` ${fix}` : ''}`)
    this.file = displayUrl(url)
  }
}

/** 401, 403 or 404: no retry helps; the message says which credentials the provider takes. */
export class RemoteAccessError extends RemoteError {
  readonly status: number
  constructor(url: string, status: number, fix?: string) {
    super(url, ACCESS_WHAT[status] ?? `HTTP ${status}`, fix ?? ACCESS_FIX[status])
    this.status = status
  }
}

const ACCESS_WHAT: Record<number, string> = {
  401: 'HTTP 401, the server wants credentials',
  403: 'HTTP 403, access denied',
  404: 'HTTP 404, no such object'
}

const ACCESS_FIX: Record<number, string> = {
  401: 'Set the credentials of its provider (AWS_* for s3://, application-default credentials for gs://, HF_TOKEN for hf://).',
  403: "The credentials in the environment are not allowed to read it; check them and the object's permissions.",
  404: 'Check the bucket, repository, revision and path.'
}

/** A server that answers a range request with the whole body (HTTP 200): reading it means downloading it. */
export class RangeNotSupportedError extends RemoteError {
  constructor(url: string, size: number | undefined) {
    const whole = size === undefined ? 'the whole file' : `the whole file (${size} bytes)`
    super(url, `the server ignores range requests and answered with ${whole}`, 'Pass --allow-download (input allow-download: true) to read such files whole.')
  }
}

/** The object's ETag or size changed between two range requests: the bytes read so far may not belong together. */
export class RemoteFileChangedError extends RemoteError {
  constructor(url: string, before: string, after: string) {
    super(url, `the file changed while it was read (${before} before, ${after} after)`, 'Run again once it is no longer being written.')
  }
}

/** Retries exhausted: the last failure (a status, a reset connection, a timeout) is named. */
export class RemoteTransferError extends RemoteError {
  constructor(url: string, attempts: number, last: string) {
    super(
      url,
      `could not be read after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${last}`,
      'Check the network and the server, or raise MODEL_SIZE_BUDGET_HTTP_TIMEOUT_MS for a slow one.'
    )
  }
}

/** The URL without its query string or fragment (presigned URLs carry their signature there), nor user info. */
export function displayUrl(url: string): string {
  const cut = url.search(/[?#]/)
  const bare = cut < 0 ? url : url.slice(0, cut)
  return bare.replace(/^([a-z0-9+.-]+:\/\/)[^/@]*@/i, '$1')
}
