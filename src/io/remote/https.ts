import { displayUrl } from './errors.js'
import type { RemoteObject, RemoteStore } from './remote-files.js'
import { HttpTransport } from './transport.js'

/**
 * A plain HTTPS server: a URL names one file (no listing exists). Companions (a checkpoint's data
 * shard next to its `.index`) are tried at their URL beside it; one that answers 404 is missing.
 * A query string (a presigned URL's signature) is kept for requests and cut from the path shown.
 */
export class HttpsStore implements RemoteStore {
  private readonly queries = new Map<string, string>()

  async find(url: string): Promise<RemoteObject[]> {
    const path = displayUrl(url)
    this.queries.set(path, url.slice(path.length))
    return [this.objectAt(path)]
  }

  async listFolder(): Promise<{ objects: RemoteObject[]; folders: string[] }> {
    return { objects: [], folders: [] }
  }

  objectAt(path: string): RemoteObject {
    const url = path + (this.queries.get(path) ?? '')
    return { path, transport: async () => new HttpTransport(url) }
  }
}
