import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { RangeServer } from './range-server.js'

/**
 * Stand-ins for the endpoints remote paths use, in front of a RangeServer that plays the storage:
 * - the Hugging Face Hub (huggingface_hub `list_repo_tree` / `hf_hub_url`):
 *   `GET /api/models/{org}/{name}/tree/{rev}[/{path}][?recursive=true]` → `[{type, path, size, oid}]`,
 *   paginated by `Link: <…>; rel="next"`; `GET /{org}/{name}/resolve/{rev}/{path}` → 302 to storage;
 *   a private repo answers 401 without `Authorization: Bearer TOKEN`;
 * - the Git LFS batch API (git-lfs docs/api/batch.md): `POST /{owner}/{repo}.git/info/lfs/objects/batch`
 *   → `{transfer: 'basic', objects: [{oid, size, actions: {download: {href, header, expires_in}}}]}`,
 *   or a per-object `error` {code: 404} for an object it does not have;
 * - Google Cloud Storage's JSON API: `GET /storage/v1/b/{bucket}/o?prefix=&delimiter=` → `{items, nextPageToken}`
 *   and `GET /storage/v1/b/{bucket}/o/{name}?alt=media` → 307 to storage.
 */
export class HubServer extends RangeServer {
  /** repo id (`org/name`) → path in repo → bytes */
  readonly repos = new Map<string, Map<string, Uint8Array>>()
  readonly privateRepos = new Map<string, string>()
  /** LFS objects by sha256 oid. */
  readonly lfsObjects = new Map<string, Uint8Array>()
  /** Seconds until an LFS href expires (batch `expires_in`). */
  lfsExpiresIn = 3600
  /** The header the LFS storage href must be read with. */
  readonly lfsHeader = { authorization: 'RemoteAuth lfs-storage-token' }
  /** Tree entries per page. */
  pageSize = 1000
  readonly buckets = new Map<string, Map<string, Uint8Array>>()

  constructor() {
    super([(req, res, body) => this.route(req, res, body)])
  }

  /** Adds a folder from disk as a repository (and its files to the storage). */
  addRepo(repo: string, dir: string): void {
    const files = new Map<string, Uint8Array>()
    for (const path of listFiles(dir)) files.set(relative(dir, path).split(sep).join('/'), readFileSync(path))
    this.repos.set(repo, files)
  }

  /** Adds an LFS object and returns its pointer file's text. */
  addLfsObject(bytes: Uint8Array): string {
    const oid = createHash('sha256').update(bytes).digest('hex')
    this.lfsObjects.set(oid, bytes)
    this.files.set(`lfs/${oid}`, bytes)
    return `version https://git-lfs.github.com/spec/v1\noid sha256:${oid}\nsize ${bytes.length}\n`
  }

  private route(req: IncomingMessage, res: ServerResponse, body: string): boolean {
    const url = new URL(req.url ?? '/', this.url)
    const path = decodeURIComponent(url.pathname)
    const tree = /^\/api\/models\/([^/]+\/[^/]+)\/tree\/([^/]+)(?:\/(.*))?$/.exec(url.pathname)
    if (tree) return this.tree(decodeURIComponent(tree[1]), decodeURIComponent(tree[3] ?? ''), url, req, res)
    const resolve = /^\/([^/]+\/[^/]+)\/resolve\/([^/]+)\/(.+)$/.exec(path)
    if (resolve) {
      const [, repo, , file] = resolve
      if (!this.authorised(repo, req)) return json(res, 401, { error: 'Invalid credentials' })
      if (!this.repos.get(repo)?.has(file)) return json(res, 404, { error: 'Entry not found' })
      this.files.set(`hf/${repo}/${file}`, this.repos.get(repo)!.get(file)!)
      // Storage on another origin (`localhost` for `127.0.0.1`), as the Hub's CDN is.
      res
        .writeHead(302, {
          location: `${this.url.replace('127.0.0.1', 'localhost')}/files/${encodeURIComponent(`hf/${repo}/${file}`)}?X-Amz-Signature=storage-secret`
        })
        .end()
      return true
    }
    if (req.method === 'POST' && url.pathname.endsWith('.git/info/lfs/objects/batch')) return this.batch(body, res)
    const gcsList = /^\/storage\/v1\/b\/([^/]+)\/o$/.exec(url.pathname)
    if (gcsList) return this.gcsList(decodeURIComponent(gcsList[1]), url, res)
    const gcsObject = /^\/storage\/v1\/b\/([^/]+)\/o\/(.+)$/.exec(url.pathname)
    if (gcsObject) {
      const [bucket, name] = [decodeURIComponent(gcsObject[1]), decodeURIComponent(gcsObject[2])]
      const bytes = this.buckets.get(bucket)?.get(name)
      if (!bytes) return json(res, 404, { error: { code: 404, message: 'No such object' } })
      this.files.set(`gs/${bucket}/${name}`, bytes)
      res.writeHead(307, { location: `/files/${encodeURIComponent(`gs/${bucket}/${name}`)}` }).end()
      return true
    }
    return false
  }

  private authorised(repo: string, req: IncomingMessage): boolean {
    const token = this.privateRepos.get(repo)
    return token === undefined || req.headers.authorization === `Bearer ${token}`
  }

  private tree(repo: string, dir: string, url: URL, req: IncomingMessage, res: ServerResponse): boolean {
    const files = this.repos.get(repo)
    if (!files) return json(res, 404, { error: 'Repository not found' })
    if (!this.authorised(repo, req)) return json(res, 401, { error: 'Invalid credentials' })
    const recursive = url.searchParams.get('recursive') === 'true'
    const prefix = dir === '' ? '' : `${dir}/`
    const entries = new Map<string, { type: string; path: string; size: number; oid: string }>()
    for (const [path, bytes] of files) {
      if (!path.startsWith(prefix)) continue
      const rest = path.slice(prefix.length).split('/')
      if (rest.length === 1 || recursive) entries.set(path, { type: 'file', path, size: bytes.length, oid: 'x' })
      if (rest.length > 1) entries.set(prefix + rest[0], { type: 'directory', path: prefix + rest[0], size: 0, oid: 'x' })
    }
    if (entries.size === 0 && dir !== '') return json(res, 404, { error: 'Entry not found' })
    const all = [...entries.values()].sort((a, b) => a.path.localeCompare(b.path))
    const cursor = Number(url.searchParams.get('cursor') ?? 0)
    const page = all.slice(cursor, cursor + this.pageSize)
    const headers: Record<string, string> = {}
    if (cursor + this.pageSize < all.length) {
      const next = new URL(url)
      next.searchParams.set('cursor', String(cursor + this.pageSize))
      headers.link = `<${next.href}>; rel="next"`
    }
    return json(res, 200, page, headers)
  }

  private batch(body: string, res: ServerResponse): boolean {
    const request = JSON.parse(body) as { operation: string; transfers?: string[]; objects: { oid: string; size: number }[] }
    if (request.operation !== 'download') return json(res, 422, { message: 'operation must be download' })
    const objects = request.objects.map(({ oid, size }) =>
      this.lfsObjects.has(oid)
        ? {
            oid,
            size,
            authenticated: true,
            actions: { download: { href: `${this.url}/files/lfs/${oid}`, header: this.lfsHeader, expires_in: this.lfsExpiresIn } }
          }
        : { oid, size, error: { code: 404, message: 'Object does not exist' } }
    )
    return json(res, 200, { transfer: 'basic', objects, hash_algo: 'sha256' }, { 'content-type': 'application/vnd.git-lfs+json' })
  }

  private gcsList(bucket: string, url: URL, res: ServerResponse): boolean {
    const objects = this.buckets.get(bucket)
    if (!objects) return json(res, 404, { error: { code: 404, message: 'The specified bucket does not exist.' } })
    const prefix = url.searchParams.get('prefix') ?? ''
    const delimiter = url.searchParams.get('delimiter')
    const items = [...objects]
      .filter(([name]) => name.startsWith(prefix) && (!delimiter || !name.slice(prefix.length).includes(delimiter)))
      .map(([name, bytes]) => ({ name, size: String(bytes.length) }))
    const prefixes = delimiter
      ? [
          ...new Set(
            [...objects.keys()]
              .filter((name) => name.startsWith(prefix) && name.slice(prefix.length).includes(delimiter))
              .map((name) => prefix + name.slice(prefix.length).split(delimiter)[0] + delimiter)
          )
        ]
      : []
    return json(res, 200, { kind: 'storage#objects', items, ...(prefixes.length > 0 ? { prefixes } : {}) })
  }
}

function json(res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): true {
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(value))
  return true
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? listFiles(path) : [path]
  })
}
