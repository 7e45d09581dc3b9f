import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { RangeNotSupportedError, RemoteAccessError, RemoteFileChangedError, RemoteTransferError } from '../../../src/io/remote/errors.js'
import { BLOCK_BYTES, BlockCache, HttpRangeSource, mergeRuns, TAIL_MIN_BLOCKS, type RangeSourceOptions } from '../../../src/io/remote/http-range-source.js'
import { TRANSFER } from '../../../src/io/remote/transfer.js'
import { HttpTransport } from '../../../src/io/remote/transport.js'
import { RangeServer } from '../../helpers/range-server.js'

const SIZE = 5 * BLOCK_BYTES + 123
const BYTES = Uint8Array.from({ length: SIZE }, (_, i) => (i * 31 + 7) & 0xff)
/** Large enough that its last block is fetched with its first. */
const LARGE_SIZE = TAIL_MIN_BLOCKS * BLOCK_BYTES + 777
const LARGE = Uint8Array.from({ length: LARGE_SIZE }, (_, i) => (i * 13 + 5) & 0xff)
const SMALL = BYTES.subarray(0, BLOCK_BYTES + 100)
const server = new RangeServer()
/** Fast retries, so that the failure tests do not wait for real backoff. */
const FAST: RangeSourceOptions = { backoffMs: 1, timeoutMs: 2_000, cache: new BlockCache() }

const open = (name = 'model.bin', options: RangeSourceOptions = {}): Promise<HttpRangeSource> =>
  HttpRangeSource.open(new HttpTransport(`${server.url}/files/${name}`), { ...FAST, cache: new BlockCache(), ...options })

beforeAll(async () => {
  await server.start()
  server.files.set('model.bin', BYTES)
  server.files.set('empty.bin', new Uint8Array(0))
  server.files.set('large.bin', LARGE)
  server.files.set('small.bin', SMALL)
})
afterAll(() => server.stop())
beforeEach(() => server.reset())

describe('HttpRangeSource', () => {
  it('learns the size and the first block from one request, and serves later reads of it from the cache', async () => {
    const source = await open()
    expect(source.size).toBe(SIZE)
    expect(await source.read(100, 8)).toEqual(BYTES.subarray(100, 108))
    expect(server.fileRequestsSeen.map((request) => request.range)).toEqual([`bytes=0-${BLOCK_BYTES - 1}`])
  })

  it('fetches the missing blocks of a read in one request and returns exactly the bytes asked for', async () => {
    const source = await open()
    const span = await source.read(BLOCK_BYTES - 10, 3 * BLOCK_BYTES)
    expect(span).toEqual(BYTES.subarray(BLOCK_BYTES - 10, 4 * BLOCK_BYTES - 10))
    expect(server.fileRequestsSeen.map((request) => request.range)).toEqual([`bytes=0-${BLOCK_BYTES - 1}`, `bytes=${BLOCK_BYTES}-${4 * BLOCK_BYTES - 1}`])
  })

  it('reads the short last block up to the end of the file', async () => {
    const source = await open()
    expect(await source.read(SIZE - 50, 50)).toEqual(BYTES.subarray(SIZE - 50))
    expect(server.fileRequestsSeen[1].range).toBe(`bytes=${5 * BLOCK_BYTES}-${SIZE - 1}`)
  })

  it('asks for several distant spans in parallel requests, one per run of blocks, and shares blocks in flight', async () => {
    const source = await open()
    const spans = [
      { offset: 5 * BLOCK_BYTES, length: 100 },
      { offset: 1 * BLOCK_BYTES + 5, length: 10 },
      { offset: 5 * BLOCK_BYTES + 50, length: 20 }
    ]
    const [a, b, c] = await source.readSpans(spans)
    expect(a).toEqual(BYTES.subarray(5 * BLOCK_BYTES, 5 * BLOCK_BYTES + 100))
    expect(b).toEqual(BYTES.subarray(BLOCK_BYTES + 5, BLOCK_BYTES + 15))
    expect(c).toEqual(BYTES.subarray(5 * BLOCK_BYTES + 50, 5 * BLOCK_BYTES + 70))
    // Blocks 1 and 5 are more than MERGE_GAP_BLOCKS apart: two requests besides the first.
    expect(server.fileRequestsSeen).toHaveLength(3)
    const twice = await Promise.all([source.read(3 * BLOCK_BYTES, 10), source.read(3 * BLOCK_BYTES + 20, 10)])
    expect(twice[1]).toEqual(BYTES.subarray(3 * BLOCK_BYTES + 20, 3 * BLOCK_BYTES + 30))
    expect(server.fileRequestsSeen).toHaveLength(4)
  })

  it('reads ahead on a sequential walk, doubling each request, so a walk of N blocks costs about log2(N) requests', async () => {
    const source = await open()
    for (let block = 1; block <= 5; block++)
      expect(await source.read(block * BLOCK_BYTES, 16)).toEqual(BYTES.subarray(block * BLOCK_BYTES, block * BLOCK_BYTES + 16))
    expect(server.fileRequestsSeen.map((request) => request.range)).toEqual([
      `bytes=0-${BLOCK_BYTES - 1}`,
      `bytes=${BLOCK_BYTES}-${3 * BLOCK_BYTES - 1}`,
      `bytes=${3 * BLOCK_BYTES}-${SIZE - 1}`
    ])
  })

  it('fetches the last block with the first when the listing said the size, in the same round trip, so a reader of the footer waits for nothing more', async () => {
    server.faults = { delayMs: 50 } // both requests are in flight together, not one after the other
    const source = await open('large.bin', { size: LARGE_SIZE })
    const lastBlock = Math.floor(LARGE_SIZE / BLOCK_BYTES) * BLOCK_BYTES
    expect(await source.read(LARGE_SIZE - 22, 22)).toEqual(LARGE.subarray(LARGE_SIZE - 22))
    expect(await source.read(lastBlock, 100)).toEqual(LARGE.subarray(lastBlock, lastBlock + 100))
    expect(await source.read(10, 10)).toEqual(LARGE.subarray(10, 20))
    expect(server.fileRequestsSeen.map((request) => request.range).sort()).toEqual([`bytes=0-${BLOCK_BYTES - 1}`, `bytes=${lastBlock}-${LARGE_SIZE - 1}`])
    expect(server.roundTrips).toBe(1)
  })

  it('asks only for the head of a file too small for the tail to be worth a block, or whose size nobody listed', async () => {
    await open('model.bin', { size: SIZE })
    await open('large.bin')
    expect(server.fileRequestsSeen.map((request) => request.range)).toEqual([`bytes=0-${BLOCK_BYTES - 1}`, `bytes=0-${BLOCK_BYTES - 1}`])
  })

  it('reads a file of at most two blocks whole with its first request', async () => {
    const source = await open('small.bin', { size: SMALL.length })
    expect(await source.read(SMALL.length - 50, 50)).toEqual(SMALL.subarray(SMALL.length - 50))
    expect(server.fileRequestsSeen.map((request) => request.range)).toEqual([`bytes=0-${SMALL.length - 1}`])
  })

  it('drops a tail asked from a stale listed size and reads the real one when it is needed', async () => {
    const source = await open('large.bin', { size: LARGE_SIZE + BLOCK_BYTES })
    expect(source.size).toBe(LARGE_SIZE)
    expect(await source.read(LARGE_SIZE - 22, 22)).toEqual(LARGE.subarray(LARGE_SIZE - 22))
    expect(server.fileRequestsSeen).toHaveLength(3)
  })

  it('fails, naming the file, when the tail comes from another version than the head', async () => {
    server.faults = { changeAfter: 1 }
    const error = await open('large.bin', { size: LARGE_SIZE }).catch((thrown: unknown) => thrown)
    expect(error).toBeInstanceOf(RemoteFileChangedError)
    expect(server.fileRequestsSeen).toHaveLength(2)
  })

  it('does not download the whole file twice from a server that ignores Range', async () => {
    server.faults = { ignoreRange: true }
    const before = TRANSFER.bytes
    const source = await open('large.bin', { size: LARGE_SIZE, allowDownload: true })
    expect(await source.read(LARGE_SIZE - 3, 3)).toEqual(LARGE.subarray(LARGE_SIZE - 3))
    expect(server.fileRequestsSeen).toHaveLength(2)
    expect(TRANSFER.bytes - before).toBe(LARGE_SIZE)
  })

  it('joins missing blocks a small gap apart into one run, and caps a run at the request limit', () => {
    expect(mergeRuns([1, 2, 4, 9])).toEqual([
      [1, 4],
      [9, 9]
    ])
    expect(mergeRuns(Array.from({ length: 300 }, (_, i) => i))).toEqual([
      [0, 255],
      [256, 299]
    ])
  })

  it('keeps no more blocks than the cache allows', async () => {
    const cache = new BlockCache(2)
    const source = await open('model.bin', { cache })
    await source.read(0, SIZE)
    expect(cache.size).toBe(2)
    expect(await source.read(0, 10)).toEqual(BYTES.subarray(0, 10))
  })

  it('opens an empty file (a range of it is unsatisfiable: 416)', async () => {
    const source = await open('empty.bin')
    expect(source.size).toBe(0)
    expect(await source.read(0, 0)).toEqual(new Uint8Array(0))
  })

  it('retries 503 and 429 with backoff, then reads', async () => {
    server.faults = { failNext: { status: 503, count: 2 } }
    expect((await open()).size).toBe(SIZE)
    server.reset()
    server.faults = { failNext: { status: 429, count: 1, retryAfter: '0' } }
    expect((await open()).size).toBe(SIZE)
    expect(server.fileRequestsSeen).toHaveLength(2)
  })

  it('gives up after its attempts with an error naming the URL and the last status', async () => {
    server.faults = { status: 500 }
    const error = await open().catch((thrown: unknown) => thrown)
    expect(error).toBeInstanceOf(RemoteTransferError)
    expect((error as Error).message).toBe(
      `${server.url}/files/model.bin: could not be read after 4 attempts: HTTP 500. Check the network and the server, or raise MODEL_SIZE_BUDGET_HTTP_TIMEOUT_MS for a slow one.`
    )
  })

  it('refuses a server that ignores Range on the first response, without reading the body', async () => {
    server.faults = { ignoreRange: true }
    const error = await open().catch((thrown: unknown) => thrown)
    expect(error).toBeInstanceOf(RangeNotSupportedError)
    expect((error as Error).message).toBe(
      `${server.url}/files/model.bin: the server ignores range requests and answered with the whole file (${SIZE} bytes). Pass --allow-download (input allow-download: true) to read such files whole.`
    )
    expect(server.fileRequestsSeen).toHaveLength(1)
  })

  it('reads such a server whole with allowDownload', async () => {
    server.faults = { ignoreRange: true }
    const source = await open('model.bin', { allowDownload: true })
    expect(await source.read(SIZE - 3, 3)).toEqual(BYTES.subarray(SIZE - 3))
    expect(server.fileRequestsSeen).toHaveLength(1)
  })

  it.each([
    [401, 'HTTP 401, the server wants credentials'],
    [403, 'HTTP 403, access denied'],
    [404, 'HTTP 404, no such object']
  ])('turns %i into an access error naming the URL without its query string, at once', async (status, what) => {
    server.faults = { status }
    const error = await HttpRangeSource.open(new HttpTransport(`${server.url}/files/model.bin?X-Amz-Signature=secret`), FAST).catch((thrown: unknown) => thrown)
    expect(error).toBeInstanceOf(RemoteAccessError)
    expect((error as Error).message).toMatch(new RegExp(`^${server.url}/files/model\\.bin: ${what}\\.`))
    expect((error as Error).message).not.toContain('secret')
    expect(server.fileRequestsSeen).toHaveLength(1)
  })

  it('fails, naming the file, when the file changes between two requests', async () => {
    server.faults = { changeAfter: 1 }
    const source = await open()
    const error = await source.read(2 * BLOCK_BYTES, 10).catch((thrown: unknown) => thrown)
    expect(error).toBeInstanceOf(RemoteFileChangedError)
    expect((error as Error).message).toMatch(
      new RegExp(`^${server.url}/files/model\\.bin: the file changed while it was read \\(version "\\w+" before, version "\\w+" after\\)`)
    )
  })

  it('retries a block whose connection was cut in the middle, and gets the whole block', async () => {
    const source = await open()
    server.faults = { cutNext: { after: 1000, count: 1 } }
    expect(await source.read(2 * BLOCK_BYTES, BLOCK_BYTES)).toEqual(BYTES.subarray(2 * BLOCK_BYTES, 3 * BLOCK_BYTES))
    expect(server.fileRequestsSeen).toHaveLength(3)
  })

  it('reports a connection cut on every attempt', async () => {
    const source = await open()
    server.faults = { cutNext: { after: 1000, count: 10 } }
    const error = await source.read(2 * BLOCK_BYTES, 10).catch((thrown: unknown) => thrown)
    expect(error).toBeInstanceOf(RemoteTransferError)
    expect((error as Error).message).toContain('could not be read after 4 attempts')
  })

  it('abandons a server slower than the timeout, after its retries', async () => {
    server.faults = { delayMs: 300 }
    const started = Date.now()
    const error = await open('model.bin', { timeoutMs: 50, attempts: 2 }).catch((thrown: unknown) => thrown)
    expect(error).toBeInstanceOf(RemoteTransferError)
    expect((error as Error).message).toContain('could not be read after 2 attempts: no complete answer within 50 ms')
    expect(Date.now() - started).toBeLessThan(1_000)
  })

  it('rejects a read past the end like every ByteSource', async () => {
    const source = await open()
    await expect(source.read(SIZE - 1, 2)).rejects.toThrow('unexpected end of file')
  })
})
