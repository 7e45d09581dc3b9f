import { checkSpan, type ByteSource } from '../byte-source.js'
import { RangeNotSupportedError, RemoteAccessError, RemoteError, RemoteFileChangedError, RemoteTransferError } from './errors.js'
import { HttpStatusError, type RangeReply, type RangeTransport } from './transport.js'

/** Bytes per cached block: one round trip costs far more than 64 KiB on any link a runner has. */
export const BLOCK_BYTES = 64 * 1024

/** Blocks kept in memory by default, across every remote file of a run (32 MiB). */
export const MAX_CACHED_BLOCKS = 512

/** One request asks for at most this many blocks (16 MiB); a longer span is split into parallel requests. */
const MAX_BLOCKS_PER_REQUEST = 256

/** A file of at most this many blocks is read whole by its first request: its second block costs less than a round trip. */
const WHOLE_FILE_BLOCKS = 2

/**
 * A file of at least this many blocks has its last block fetched with its first, in parallel: the
 * index of nearly every format sits at one end or the other (a zip's end record and directory, an
 * SSTable's footer and index), so a reader going to the tail finds it cached instead of paying a
 * round trip. Below it, head and tail together would be more than 1% of the file (issue 19's rule),
 * and a folder of many mid-size files (1,000 `.npy`) would pay a block per file it rarely needs.
 */
export const TAIL_MIN_BLOCKS = 200

/** Missing blocks this close together are fetched in one request: a round trip costs more than the gap. */
const MERGE_GAP_BLOCKS = 2

/** Per attempt, headers and body; MODEL_SIZE_BUDGET_HTTP_TIMEOUT_MS overrides it. */
export const DEFAULT_TIMEOUT_MS = 30_000

/** Attempts per request: the first and three retries. */
const DEFAULT_ATTEMPTS = 4

/** First backoff; doubled each retry, with jitter; a server's Retry-After wins, up to MAX_BACKOFF_MS. */
const BASE_BACKOFF_MS = 250
const MAX_BACKOFF_MS = 10_000

export interface RangeSourceOptions {
  /** The name readers and reports see (a workspace path for an LFS object); default: the URL without query. */
  name?: string
  /** The size the listing said: the first request then also fetches the tail, or the whole of a small file. */
  size?: number
  /** Read an object whole when its server ignores `Range` (`--allow-download`); default: an error. */
  allowDownload?: boolean
  cache?: BlockCache
  timeoutMs?: number
  attempts?: number
  backoffMs?: number
}

/** Least recently used blocks of every remote file, bounded in count. */
export class BlockCache {
  private readonly blocks = new Map<string, Uint8Array>()
  constructor(readonly maxBlocks = MAX_CACHED_BLOCKS) {}

  get(key: string): Uint8Array | undefined {
    const block = this.blocks.get(key)
    if (block) {
      this.blocks.delete(key)
      this.blocks.set(key, block)
    }
    return block
  }

  set(key: string, block: Uint8Array): void {
    this.blocks.delete(key)
    this.blocks.set(key, block)
    while (this.blocks.size > this.maxBlocks) this.blocks.delete(this.blocks.keys().next().value!)
  }

  get size(): number {
    return this.blocks.size
  }
}

const SHARED_CACHE = new BlockCache()
let nextSourceId = 0

/**
 * A ByteSource over ranged GETs: reads go through 64 KiB blocks in a bounded cache; the blocks a
 * read misses are fetched in as few requests as possible (adjacent blocks in one), and several
 * requests at once in parallel. Every response's size and version must match the first one's: a
 * file that changes between two reads is an error naming it, never a mix of two versions.
 */
export class HttpRangeSource implements ByteSource {
  readonly name: string
  bytesRead = 0
  /** Set when the server ignored `Range` and `allowDownload` let the whole body be kept. */
  private whole: Uint8Array | undefined
  private readonly inflight = new Map<number, Promise<Uint8Array>>()
  /** The last block fetched, and how many blocks the sequential walk ending there has fetched (read-ahead). */
  private walkEnd = 0
  private walkLength = 1
  private readonly id = `${nextSourceId++}`
  private readonly cache: BlockCache
  private readonly timeoutMs: number
  private readonly attempts: number
  private readonly backoffMs: number

  private constructor(
    private readonly transport: RangeTransport,
    readonly size: number,
    private readonly version: string | undefined,
    options: RangeSourceOptions
  ) {
    this.name = options.name ?? transport.url
    this.cache = options.cache ?? SHARED_CACHE
    this.timeoutMs = options.timeoutMs ?? timeoutFromEnvironment()
    this.attempts = options.attempts ?? DEFAULT_ATTEMPTS
    this.backoffMs = options.backoffMs ?? BASE_BACKOFF_MS
  }

  /**
   * Opens an object with its first request, which asks for the first block: that answers the
   * size, the version and whether ranges work, and holds the head every reader sniffs. When the
   * listing said the size, a small file is asked whole, and a large one's last block goes out in
   * parallel (same round trip); the tail is kept only if its reply agrees with the head's.
   */
  static async open(transport: RangeTransport, options: RangeSourceOptions = {}): Promise<HttpRangeSource> {
    const probe = new HttpRangeSource(transport, 0, undefined, options)
    const listed = options.size ?? 0
    const headEnd = listed > 0 && listed <= WHOLE_FILE_BLOCKS * BLOCK_BYTES ? listed - 1 : BLOCK_BYTES - 1
    const tailBlock = listed >= TAIL_MIN_BLOCKS * BLOCK_BYTES ? Math.ceil(listed / BLOCK_BYTES) - 1 : undefined
    const tail = tailBlock === undefined ? undefined : probe.fetchTail(tailBlock * BLOCK_BYTES, listed - 1)
    let first: { reply: RangeReply; bytes: Uint8Array } | 'empty'
    try {
      first = await probe.attempt(0, headEnd, async (reply) => {
        if (reply.status === 200 && !options.allowDownload) {
          await reply.discard()
          throw new RangeNotSupportedError(transport.url, reply.size)
        }
        return { reply, bytes: await reply.bytes() }
      })
    } catch (error) {
      // A range of an empty object is unsatisfiable: 416 with `bytes */0`.
      if (error instanceof HttpStatusError && error.status === 416 && error.size === 0) first = 'empty'
      else throw error
    }
    if (first === 'empty') return new HttpRangeSource(transport, 0, undefined, options)
    const { reply, bytes } = first
    const size = reply.status === 200 ? bytes.length : reply.size
    if (size === undefined) throw new RemoteError(transport.url, 'the server did not say the size of the file (no total in Content-Range)')
    const source = new HttpRangeSource(transport, size, reply.version, options)
    if (reply.status === 200) source.whole = bytes
    else source.keep(0, bytes)
    const tailReply = await tail
    if (tailReply && !source.whole) {
      source.checkUnchanged(tailReply.reply)
      // A stale listing asked for the wrong span: drop it, a read asks again.
      if (size === listed) source.keep(tailBlock!, tailReply.bytes)
    }
    return source
  }

  /**
   * The tail asked with the head. Never fails: a tail that cannot be had (an error, a server
   * ignoring Range, whose whole body is not downloaded twice) is asked again by the read that needs it.
   */
  private async fetchTail(start: number, end: number): Promise<{ reply: RangeReply; bytes: Uint8Array } | undefined> {
    try {
      const tail = await this.attempt(start, end, async (reply) => {
        if (reply.status === 206) return { reply, bytes: await reply.bytes() }
        await reply.discard()
        return { reply, bytes: new Uint8Array(0) }
      })
      return tail.reply.status === 206 ? tail : undefined
    } catch {
      return undefined
    }
  }

  async read(offset: number, length: number): Promise<Uint8Array> {
    const target = new Uint8Array(length)
    await this.readInto(offset, target)
    return target
  }

  async readInto(offset: number, target: Uint8Array): Promise<void> {
    checkSpan(this, offset, target.length)
    this.bytesRead += target.length
    if (target.length === 0) return
    if (this.whole) return target.set(this.whole.subarray(offset, offset + target.length))
    const first = Math.floor(offset / BLOCK_BYTES)
    const last = Math.floor((offset + target.length - 1) / BLOCK_BYTES)
    const blocks = await this.blocks([[first, last]])
    for (let index = first; index <= last; index++) {
      const block = blocks.get(index)!
      const blockStart = index * BLOCK_BYTES
      const from = Math.max(offset, blockStart)
      const to = Math.min(offset + target.length, blockStart + block.length)
      target.set(block.subarray(from - blockStart, to - blockStart), from - offset)
    }
  }

  /**
   * Reads several spans at once: the blocks all of them miss are fetched together, neighbours in
   * one request and the rest in parallel, so a reader that knows its next spans (the local
   * headers of a zip's entries) pays one round trip for all of them.
   */
  async readSpans(spans: readonly { offset: number; length: number }[]): Promise<Uint8Array[]> {
    for (const span of spans) checkSpan(this, span.offset, span.length)
    const ranges = spans
      .filter((span) => span.length > 0)
      .map((span): [number, number] => [Math.floor(span.offset / BLOCK_BYTES), Math.floor((span.offset + span.length - 1) / BLOCK_BYTES)])
    if (!this.whole) await this.blocks(ranges)
    return Promise.all(spans.map((span) => this.read(span.offset, span.length)))
  }

  async close(): Promise<void> {}

  private key(index: number): string {
    return `${this.id}:${index}`
  }

  /** The blocks of the given block ranges, from the cache, from requests in flight, or fetched now. */
  private async blocks(ranges: readonly [number, number][]): Promise<Map<number, Uint8Array>> {
    const found = new Map<number, Uint8Array>()
    const waiting: Promise<void>[] = []
    const missing = new Set<number>()
    for (const [first, last] of ranges) {
      for (let index = first; index <= last; index++) {
        const cached = this.cache.get(this.key(index))
        if (cached) found.set(index, cached)
        else if (this.inflight.has(index)) waiting.push(this.inflight.get(index)!.then((block) => void found.set(index, block)))
        else missing.add(index)
      }
    }
    for (const [first, run] of mergeRuns([...missing].sort((a, b) => a - b))) {
      const last = this.readAhead(first, run)
      const request = this.fetchBlocks(first, last)
      for (let index = first; index <= last; index++) {
        const block = request.then((blocks) => blocks[index - first])
        block.catch(() => undefined) // observed through `waiting`; an unobserved copy must not crash the process
        this.inflight.set(index, block)
        waiting.push(block.then((value) => void found.set(index, value)))
      }
      void request
        .finally(() => {
          for (let index = first; index <= last; index++) this.inflight.delete(index)
        })
        .catch(() => undefined)
    }
    await Promise.all(waiting)
    return found
  }

  /**
   * The last block to fetch for a run of misses: a run that continues where the previous one
   * ended is a reader walking the file (a GGUF header, an index's blocks, an object graph), so it
   * asks for twice what the walk has fetched so far, up to one request's limit: a walk of N bytes
   * costs log2(N / 64 KiB) requests instead of N / 64 KiB, and at most doubles what it reads.
   */
  private readAhead(first: number, last: number): number {
    const lastBlock = Math.max(0, Math.ceil(this.size / BLOCK_BYTES) - 1)
    const sequential = first === this.walkEnd + 1
    const length = sequential ? Math.max(last - first + 1, Math.min(2 * this.walkLength, MAX_BLOCKS_PER_REQUEST)) : last - first + 1
    const end = Math.min(lastBlock, first + length - 1)
    this.walkLength = sequential ? this.walkLength + end - first + 1 : end - first + 1
    this.walkEnd = end
    return end
  }

  /** Blocks `first..last` in one request (gap blocks included), cut into blocks and cached. */
  private async fetchBlocks(first: number, last: number): Promise<Uint8Array[]> {
    const start = first * BLOCK_BYTES
    const end = Math.min((last + 1) * BLOCK_BYTES, this.size) - 1
    const bytes = await this.attempt(start, end, async (reply) => {
      if (reply.status === 200) {
        await reply.discard()
        throw new RangeNotSupportedError(this.transport.url, reply.size)
      }
      this.checkUnchanged(reply)
      return reply.bytes()
    })
    const blocks: Uint8Array[] = []
    for (let index = first; index <= last; index++) {
      const block = bytes.subarray((index - first) * BLOCK_BYTES, Math.min((index - first + 1) * BLOCK_BYTES, bytes.length))
      this.cache.set(this.key(index), block)
      blocks.push(block)
    }
    return blocks
  }

  /** Caches the blocks of `bytes`, which start at block `first`; a short block only when it ends the file. */
  private keep(first: number, bytes: Uint8Array): void {
    for (let at = 0; at < bytes.length; at += BLOCK_BYTES) {
      const block = bytes.subarray(at, at + BLOCK_BYTES)
      if (block.length === BLOCK_BYTES || first * BLOCK_BYTES + at + block.length === this.size) this.cache.set(this.key(first + at / BLOCK_BYTES), block)
    }
  }

  private checkUnchanged(reply: RangeReply): void {
    if (reply.size !== this.size) throw new RemoteFileChangedError(this.transport.url, `${this.size} bytes`, `${reply.size ?? 'an unknown number of'} bytes`)
    if (this.version !== undefined && reply.version !== undefined && reply.version !== this.version) {
      throw new RemoteFileChangedError(this.transport.url, `version ${this.version}`, `version ${reply.version}`)
    }
  }

  /**
   * One request with retries: 429, 5xx, a reset or cut connection, a body shorter than asked and
   * a timeout are retried with exponential backoff; 401/403/404 and a changed file are not.
   */
  private async attempt<T extends Uint8Array | { bytes: Uint8Array }>(start: number, end: number, take: (reply: RangeReply) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const signal = AbortSignal.timeout(this.timeoutMs)
      let retryAfterMs: number | undefined
      let failure: string
      try {
        const reply = await this.transport.get(start, end, signal)
        const result = await take(reply)
        const got = result instanceof Uint8Array ? result.length : result.bytes.length
        const expected = reply.status === 206 && reply.size !== undefined ? Math.min(end, reply.size - 1) - start + 1 : got
        if (got === expected) return result
        failure = `the connection closed after ${got} of ${expected} bytes`
      } catch (error) {
        if (error instanceof RemoteError) throw error
        if (error instanceof HttpStatusError) {
          if (error.status === 401 || error.status === 403 || error.status === 404) throw new RemoteAccessError(this.transport.url, error.status)
          if (error.status === 412) throw new RemoteFileChangedError(this.transport.url, `version ${this.version}`, 'another version')
          if (error.status !== 429 && error.status < 500)
            throw error.status === 416 && start === 0 ? error : new RemoteError(this.transport.url, `HTTP ${error.status} to a range request`)
          retryAfterMs = error.retryAfterMs
        }
        failure = describeFailure(error, this.timeoutMs)
      }
      if (attempt >= this.attempts) throw new RemoteTransferError(this.transport.url, attempt, failure)
      const backoff = Math.min(MAX_BACKOFF_MS, retryAfterMs ?? this.backoffMs * 2 ** (attempt - 1) * (0.5 + Math.random()))
      await new Promise((resolve) => setTimeout(resolve, backoff))
    }
  }
}

/** Runs of block indexes, neighbours within MERGE_GAP_BLOCKS joined, none longer than MAX_BLOCKS_PER_REQUEST. */
export function mergeRuns(sorted: readonly number[]): [number, number][] {
  const runs: [number, number][] = []
  for (const index of sorted) {
    const run = runs[runs.length - 1]
    if (run && index - run[1] <= MERGE_GAP_BLOCKS + 1 && index - run[0] < MAX_BLOCKS_PER_REQUEST) run[1] = index
    else runs.push([index, index])
  }
  return runs
}

function describeFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof HttpStatusError) return `HTTP ${error.status}`
  const name = (error as { name?: string } | null)?.name
  if (name === 'TimeoutError' || name === 'AbortError') return `no complete answer within ${timeoutMs} ms`
  const cause = (error as { cause?: { code?: string; message?: string } } | null)?.cause
  if (cause?.code) return `connection failed (${cause.code})`
  const message = error instanceof Error ? error.message : String(error)
  return message === 'terminated' ? 'the connection was cut' : message
}

function timeoutFromEnvironment(): number {
  const value = Number(process.env.MODEL_SIZE_BUDGET_HTTP_TIMEOUT_MS)
  return Number.isFinite(value) && value > 0 ? value : DEFAULT_TIMEOUT_MS
}
