import { RemoteError } from './errors.js'
import { fetchJson } from './fetch-json.js'
import type { RemoteObject, RemoteStore } from './remote-files.js'
import { HttpTransport } from './transport.js'

/** A page of `GET /storage/v1/b/{bucket}/o` (the JSON API's objects.list). */
interface ObjectsPage {
  items?: { name: string; size?: string }[]
  prefixes?: string[]
  nextPageToken?: string
}

const READ_ONLY_SCOPE = 'https://www.googleapis.com/auth/devstorage.read_only'

/**
 * Google Cloud Storage through its JSON API: objects.list for folders, `alt=media` for ranges.
 * Credentials are the application-default ones (google-auth-library, loaded on first use); with
 * none, requests go unauthenticated, which public buckets allow. STORAGE_EMULATOR_HOST (the
 * variable Google's clients read) points it at an emulator, without credentials.
 */
export class GcsStore implements RemoteStore {
  private readonly emulator = process.env.STORAGE_EMULATOR_HOST
  private readonly base = this.emulator
    ? (/^https?:\/\//.test(this.emulator) ? this.emulator : `http://${this.emulator}`).replace(/\/$/, '')
    : 'https://storage.googleapis.com'
  private auth: Promise<() => Promise<Record<string, string>>> | undefined

  constructor(private readonly bucket: string) {}

  async find(path: string): Promise<RemoteObject[]> {
    const name = path.slice(`gs://${this.bucket}/`.length)
    const objects = await this.listObjects(name, false)
    const exact = objects.find((object) => object.path === path)
    if (exact) return [exact]
    const below = objects.filter((object) => name === '' || object.path.startsWith(`${path}/`))
    if (below.length === 0) throw new RemoteError(path, 'no object and no folder at this name', 'Check the bucket and the name.')
    return below
  }

  async listFolder(dir: string): Promise<{ objects: RemoteObject[]; folders: string[] }> {
    const name = dir.slice(`gs://${this.bucket}/`.length)
    const folders: string[] = []
    const objects = await this.listObjects(name === '' ? '' : `${name}/`, true, folders)
    return { objects, folders }
  }

  /** Objects under `prefix`; with `folderOnly`, only its own, and the names of its subfolders go to `folders`. */
  private async listObjects(prefix: string, folderOnly: boolean, folders: string[] = []): Promise<RemoteObject[]> {
    const objects: RemoteObject[] = []
    let pageToken: string | undefined
    do {
      const query = new URLSearchParams({
        prefix,
        fields: 'items(name,size),prefixes,nextPageToken',
        ...(folderOnly ? { delimiter: '/' } : {}),
        ...(pageToken ? { pageToken } : {})
      })
      const url = `${this.base}/storage/v1/b/${encodeURIComponent(this.bucket)}/o?${query}`
      const { json } = await fetchJson(url, { headers: await this.headers(), fix: GCS_FIX })
      const page = json as ObjectsPage
      for (const item of page.items ?? []) {
        if (item.name.endsWith('/')) continue
        objects.push(this.object(item.name, item.size === undefined ? undefined : Number(item.size)))
      }
      for (const folder of page.prefixes ?? []) folders.push(folder.slice(prefix.length).replace(/\/$/, ''))
      pageToken = page.nextPageToken
    } while (pageToken)
    return objects
  }

  private object(name: string, size: number | undefined): RemoteObject {
    const url = `${this.base}/storage/v1/b/${encodeURIComponent(this.bucket)}/o/${encodeURIComponent(name)}?alt=media`
    return {
      path: `gs://${this.bucket}/${name}`,
      size,
      transport: async () => new HttpTransport(`gs://${this.bucket}/${name}`, async () => ({ url, headers: await this.headers() }))
    }
  }

  private async headers(): Promise<Record<string, string>> {
    if (this.emulator) return {}
    this.auth ??= (async () => {
      try {
        const { GoogleAuth } = await import('google-auth-library')
        const client = await new GoogleAuth({ scopes: READ_ONLY_SCOPE }).getClient()
        return async () => Object.fromEntries((await client.getRequestHeaders()).entries())
      } catch {
        return async () => ({}) // no application-default credentials: public buckets still read
      }
    })()
    return (await this.auth)()
  }
}

const GCS_FIX = 'Set application-default credentials (GOOGLE_APPLICATION_CREDENTIALS, or google-github-actions/auth in a workflow) that may read the bucket.'
