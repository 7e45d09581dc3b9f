import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { looksLikeLfsPointer } from '../../core/errors.js'
import { MAX_LFS_POINTER_BYTES } from '../../core/limits.js'
import type { ByteSource } from '../byte-source.js'
import type { CheckpointFiles } from '../checkpoint-files.js'
import { RemoteError } from './errors.js'
import { fetchJson } from './fetch-json.js'
import { HttpRangeSource, type RangeSourceOptions } from './http-range-source.js'
import { HttpTransport, type HttpEndpoint } from './transport.js'

/** A Git LFS pointer's object: `oid sha256:<hex>` and `size <bytes>` (git-lfs docs/spec.md). */
export interface LfsObject {
  oid: string
  size: number
}

/** Parses a pointer file; undefined when the bytes are no pointer. */
export function parseLfsPointer(bytes: Uint8Array): LfsObject | undefined {
  if (!looksLikeLfsPointer(bytes)) return undefined
  const text = new TextDecoder().decode(bytes)
  const oid = /^oid sha256:([0-9a-f]{64})$/m.exec(text)?.[1]
  const size = /^size (\d+)$/m.exec(text)?.[1]
  return oid && size ? { oid, size: Number(size) } : undefined
}

/**
 * The Git LFS batch API of one repository (git-lfs docs/api/batch.md): `POST {lfs}/objects/batch`
 * with `operation: download` and the `basic` transfer answers, per object, an `href` with the
 * headers to send and when it expires. The href is then read by ranges; nothing is downloaded.
 */
export class LfsBatchClient {
  constructor(
    /** The LFS endpoint, `https://github.com/OWNER/REPO.git/info/lfs`. */
    readonly endpoint: string,
    private readonly token?: string
  ) {}

  /** Where to read an object; called again by the transport when the href has expired. */
  async download(object: LfsObject, file: string): Promise<HttpEndpoint> {
    const url = `${this.endpoint}/objects/batch`
    const headers: Record<string, string> = { accept: LFS_MEDIA_TYPE, 'content-type': LFS_MEDIA_TYPE }
    if (this.token) headers.authorization = `Basic ${Buffer.from(`x-access-token:${this.token}`).toString('base64')}`
    const { json } = await fetchJson(url, {
      headers,
      body: { operation: 'download', transfers: ['basic'], objects: [{ oid: object.oid, size: object.size }], hash_algo: 'sha256' },
      fix: 'The LFS batch API needs a token that may read the repository (the github-token input, or GITHUB_TOKEN for the CLI).'
    })
    const answer = (json as BatchResponse).objects?.find((candidate) => candidate.oid === object.oid)
    if (answer?.error)
      throw new RemoteError(
        file,
        `the Git LFS server has no object ${object.oid.slice(0, 12)} (${answer.error.code}: ${answer.error.message})`,
        'Push the LFS objects (git lfs push --all origin), or check out with lfs: true.'
      )
    const download = answer?.actions?.download
    if (!download?.href) throw new RemoteError(url, `the batch answer has no download action for ${file}`)
    const expiresAt =
      download.expires_in !== undefined ? Date.now() + download.expires_in * 1000 : download.expires_at ? Date.parse(download.expires_at) : undefined
    return { url: download.href, headers: download.header ?? {}, ...(expiresAt !== undefined && !Number.isNaN(expiresAt) ? { expiresAt } : {}) }
  }
}

const LFS_MEDIA_TYPE = 'application/vnd.git-lfs+json'

/** The batch response's shape (git-lfs docs/api/batch.md, "Successful Responses"). */
interface BatchResponse {
  transfer?: string
  objects?: {
    oid: string
    size: number
    actions?: { download?: { href: string; header?: Record<string, string>; expires_in?: number; expires_at?: string } }
    error?: { code: number; message: string }
  }[]
}

/**
 * CheckpointFiles that read a Git LFS pointer as the object it points to (`lfs: ranges`): its
 * size is the pointer's `size`, its bytes come by ranges from the LFS server. Other files pass
 * through. Wraps the workspace as well as a base commit's tree, so both sides of a diff come
 * from pointers and neither needs `lfs: true`.
 */
export class LfsFiles implements CheckpointFiles {
  private readonly pointers = new Map<string, Promise<LfsObject | undefined>>()
  private readonly sources = new Map<string, Promise<HttpRangeSource>>()

  constructor(
    private readonly inner: CheckpointFiles,
    private readonly client: LfsBatchClient,
    private readonly options: RangeSourceOptions = {}
  ) {}

  async open(path: string): Promise<ByteSource> {
    const object = await this.pointer(path)
    if (!object) return this.inner.open(path)
    // One source per object, so that the sniff's first block serves the reader that follows it.
    let source = this.sources.get(path)
    if (!source) {
      source = this.openObject(path, object)
      this.sources.set(path, source)
    }
    return source
  }

  private async openObject(path: string, object: LfsObject): Promise<HttpRangeSource> {
    const transport = new HttpTransport(`${this.client.endpoint} object ${object.oid.slice(0, 12)} (${path})`, () => this.client.download(object, path))
    const source = await HttpRangeSource.open(transport, { ...this.options, name: path, size: object.size })
    if (source.size !== object.size) throw new RemoteError(path, `the LFS object has ${source.size} bytes but its pointer says ${object.size}`)
    return source
  }

  async size(path: string): Promise<number | undefined> {
    const size = await this.inner.size(path)
    if (size === undefined) return size
    return (await this.pointer(path))?.size ?? size
  }

  list(dir: string): Promise<string[]> {
    return this.inner.list(dir)
  }

  private pointer(path: string): Promise<LfsObject | undefined> {
    let pointer = this.pointers.get(path)
    if (!pointer) {
      pointer = this.readPointer(path)
      this.pointers.set(path, pointer)
    }
    return pointer
  }

  private async readPointer(path: string): Promise<LfsObject | undefined> {
    // The source's size, not `inner.size`: a git tree already answers a pointer's object size there.
    if ((await this.inner.size(path)) === undefined) return undefined
    const source = await this.inner.open(path)
    try {
      return source.size > MAX_LFS_POINTER_BYTES ? undefined : parseLfsPointer(await source.read(0, source.size))
    } finally {
      await source.close()
    }
  }
}

/**
 * The repository's LFS endpoint as git-lfs finds it: `lfs.url` if set, else the `origin` remote
 * (+ `.git/info/lfs`; an SSH remote as its HTTPS form), else GITHUB_SERVER_URL/GITHUB_REPOSITORY.
 */
export async function findLfsEndpoint(cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<string | undefined> {
  const configured = await gitOutput(cwd, ['config', '--get', 'lfs.url'])
  if (configured) return configured.replace(/\/$/, '')
  const origin = await gitOutput(cwd, ['remote', 'get-url', 'origin'])
  const remote = origin ? httpsRemote(origin) : env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}` : undefined
  if (!remote) return undefined
  return remote.endsWith('.git') ? `${remote}/info/lfs` : `${remote}.git/info/lfs`
}

/** `git@github.com:o/r.git` and `ssh://git@github.com/o/r` → `https://github.com/o/r…`; credentials in a URL are dropped. */
export function httpsRemote(remote: string): string | undefined {
  const scp = /^[^@/]+@([^:/]+):(.+)$/.exec(remote)
  if (scp) return `https://${scp[1]}/${scp[2]}`.replace(/\/$/, '')
  try {
    const url = new URL(remote)
    if (url.protocol === 'ssh:') return `https://${url.hostname}${url.pathname}`.replace(/\/$/, '')
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined
    url.username = ''
    url.password = ''
    return url.href.replace(/\/$/, '')
  } catch {
    return undefined
  }
}

async function gitOutput(cwd: string, args: string[]): Promise<string | undefined> {
  try {
    const { stdout } = await promisify(execFile)('git', args, { cwd, encoding: 'utf8', timeout: 10_000 })
    return stdout.trim() || undefined
  } catch {
    return undefined
  }
}
