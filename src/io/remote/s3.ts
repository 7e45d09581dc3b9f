import type { S3Client } from '@aws-sdk/client-s3'
import { RemoteAccessError, RemoteError } from './errors.js'
import type { RemoteObject, RemoteStore } from './remote-files.js'
import { TRANSFER } from './transfer.js'
import { HttpStatusError, parseContentRange, type RangeReply, type RangeTransport } from './transport.js'

/** The SDK is 3 MB of modules: loaded on the first s3:// path, never at start-up. */
type Sdk = typeof import('@aws-sdk/client-s3')
let sdk: Promise<Sdk> | undefined
const loadSdk = (): Promise<Sdk> => (sdk ??= import('@aws-sdk/client-s3'))

/**
 * S3 through the AWS SDK with its default credential chain (environment, profile, SSO, web
 * identity, instance role). The range source does the retrying, so the client makes one attempt
 * per request. AWS_ENDPOINT_URL_S3 / AWS_ENDPOINT_URL point it at an S3-compatible server
 * (MinIO, R2, a local test server), which is then addressed path-style.
 */
export class S3Store implements RemoteStore {
  private client: Promise<S3Client> | undefined

  constructor(private readonly bucket: string) {}

  async find(path: string): Promise<RemoteObject[]> {
    const key = keyOf(path, this.bucket)
    const objects = await this.listObjects(key, undefined)
    const exact = objects.find((object) => object.path === path)
    if (exact) return [exact]
    const prefix = key === '' ? '' : `${key}/`
    const below = objects.filter((object) => object.path.startsWith(`s3://${this.bucket}/${prefix}`))
    if (below.length === 0) throw new RemoteError(path, 'no object and no folder at this key', 'Check the bucket and the key.')
    return below
  }

  async listFolder(dir: string): Promise<{ objects: RemoteObject[]; folders: string[] }> {
    const key = keyOf(dir, this.bucket)
    const folders: string[] = []
    const objects = await this.listObjects(key === '' ? '' : `${key}/`, '/', folders)
    return { objects, folders }
  }

  /** Objects under `prefix`; with a delimiter, only its own, and the names of its subfolders go to `folders`. */
  private async listObjects(prefix: string, delimiter: string | undefined, folders: string[] = []): Promise<RemoteObject[]> {
    const { ListObjectsV2Command } = await loadSdk()
    const client = await this.s3()
    const objects: RemoteObject[] = []
    let token: string | undefined
    do {
      TRANSFER.requests++
      const page = await sendOrThrow(`s3://${this.bucket}/${prefix}`, () =>
        client.send(new ListObjectsV2Command({ Bucket: this.bucket, Prefix: prefix, Delimiter: delimiter, ContinuationToken: token }))
      )
      for (const entry of page.Contents ?? []) {
        if (!entry.Key || entry.Key.endsWith('/')) continue
        objects.push(this.object(entry.Key, entry.Size))
      }
      for (const common of page.CommonPrefixes ?? []) if (common.Prefix) folders.push(common.Prefix.slice(prefix.length).replace(/\/$/, ''))
      token = page.IsTruncated ? page.NextContinuationToken : undefined
    } while (token)
    return objects
  }

  private object(key: string, size: number | undefined): RemoteObject {
    return { path: `s3://${this.bucket}/${key}`, size, transport: async () => new S3Transport(await this.s3(), this.bucket, key) }
  }

  private s3(): Promise<S3Client> {
    return (this.client ??= loadSdk().then(({ S3Client }) => {
      const endpoint = process.env.AWS_ENDPOINT_URL_S3 ?? process.env.AWS_ENDPOINT_URL
      return new S3Client({
        maxAttempts: 1,
        followRegionRedirects: true,
        region: process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1',
        ...(endpoint ? { endpoint, forcePathStyle: true } : {})
      })
    }))
  }
}

/** Ranged GetObject calls as range replies. */
class S3Transport implements RangeTransport {
  readonly url: string
  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
    private readonly key: string
  ) {
    this.url = `s3://${bucket}/${key}`
  }

  async get(start: number, end: number, signal: AbortSignal): Promise<RangeReply> {
    const { GetObjectCommand } = await loadSdk()
    TRANSFER.requests++
    const output = await sendOrStatus(() =>
      this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: this.key, Range: `bytes=${start}-${end}` }), { abortSignal: signal })
    )
    const partial = output.ContentRange !== undefined
    return {
      status: partial ? 206 : 200,
      size: partial ? parseContentRange(output.ContentRange ?? null)?.size : output.ContentLength,
      version: output.ETag,
      bytes: async () => {
        const bytes = (await output.Body?.transformToByteArray()) ?? new Uint8Array(0)
        TRANSFER.bytes += bytes.length
        return bytes
      },
      discard: async () => {
        const body = output.Body as { destroy?: () => void } | undefined
        body?.destroy?.()
      }
    }
  }
}

/** An SDK error's HTTP status as the range source's HttpStatusError; network errors pass as they are. */
async function sendOrStatus<T>(send: () => Promise<T>): Promise<T> {
  try {
    return await send()
  } catch (error) {
    const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode
    if (status !== undefined) throw new HttpStatusError(status, undefined, status === 416 ? 0 : undefined)
    throw error
  }
}

async function sendOrThrow<T>(url: string, send: () => Promise<T>): Promise<T> {
  try {
    return await sendOrStatus(send)
  } catch (error) {
    if (error instanceof HttpStatusError) {
      if (error.status === 401 || error.status === 403 || error.status === 404) throw new RemoteAccessError(url, error.status, S3_FIX[error.status])
      throw new RemoteError(url, `HTTP ${error.status} to the listing`)
    }
    const name = (error as { name?: string }).name ?? 'error'
    throw new RemoteError(
      url,
      `the listing failed (${name}: ${(error as Error).message})`,
      'Check the AWS credentials, region and endpoint in the environment.'
    )
  }
}

const S3_FIX: Record<number, string> = {
  401: 'Set AWS credentials in the environment (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, a profile, or a role).',
  403: 'The AWS credentials in the environment may not list or read this bucket (s3:ListBucket, s3:GetObject).',
  404: 'No such bucket: check its name and AWS_REGION.'
}

function keyOf(path: string, bucket: string): string {
  return path.slice(`s3://${bucket}/`.length)
}
