import { RemoteError } from './errors.js'
import { fetchJson } from './fetch-json.js'
import type { RemoteObject, RemoteStore } from './remote-files.js'
import type { RemotePath } from './remote-path.js'
import { HttpTransport } from './transport.js'

type HubPath = Extract<RemotePath, { scheme: 'hf' }>

/** An entry of `GET /api/models/{repo}/tree/{revision}/{path}` (huggingface_hub `list_repo_tree`). */
interface TreeEntry {
  type: 'file' | 'directory'
  path: string
  size?: number
}

/**
 * The Hugging Face Hub: folders are listed with the tree API (paginated by `Link: rel="next"`),
 * files read from `{endpoint}/{repo}/resolve/{revision}/{path}`, which redirects LFS files to
 * their storage. HF_ENDPOINT and HF_TOKEN are the variables huggingface_hub reads; the token goes
 * only to the hub (the transport drops it on a redirect to another origin).
 */
export class HubStore implements RemoteStore {
  private readonly endpoint = (process.env.HF_ENDPOINT ?? 'https://huggingface.co').replace(/\/$/, '')
  private readonly token = process.env.HF_TOKEN ?? process.env.HUGGING_FACE_HUB_TOKEN

  /** `root` as written: paths under it keep its form (`hf://org/model@rev/...`). */
  constructor(
    private readonly root: HubPath,
    private readonly written: string
  ) {}

  async find(path: string): Promise<RemoteObject[]> {
    const inRepo = this.inRepo(path)
    if (inRepo !== '') {
      // Whether the path is a file shows in its folder's listing.
      const parent = inRepo.includes('/') ? inRepo.slice(0, inRepo.lastIndexOf('/')) : ''
      const entry = (await this.tree(parent, false)).find((candidate) => candidate.path === inRepo)
      if (!entry) throw new RemoteError(path, 'no such file or folder in the repository', 'Check the repository, revision and path.')
      if (entry.type === 'file') return [this.object(entry)]
    }
    return (await this.tree(inRepo, true)).filter((entry) => entry.type === 'file').map((entry) => this.object(entry))
  }

  async listFolder(dir: string): Promise<{ objects: RemoteObject[]; folders: string[] }> {
    let entries: TreeEntry[]
    try {
      entries = await this.tree(this.inRepo(dir), false)
    } catch {
      return { objects: [], folders: [] } // a folder that is not there has no companions
    }
    return {
      objects: entries.filter((entry) => entry.type === 'file').map((entry) => this.object(entry)),
      folders: entries.filter((entry) => entry.type === 'directory').map((entry) => entry.path.slice(entry.path.lastIndexOf('/') + 1))
    }
  }

  private object(entry: TreeEntry): RemoteObject {
    const url = `${this.endpoint}/${this.repoUrlPart()}/resolve/${encodeURIComponent(this.root.revision)}/${entry.path.split('/').map(encodeURIComponent).join('/')}`
    const headers = this.headers()
    return { path: this.pathOf(entry.path), size: entry.size, transport: async () => new HttpTransport(url, async () => ({ url, headers })) }
  }

  private async tree(inRepo: string, recursive: boolean): Promise<TreeEntry[]> {
    const entries: TreeEntry[] = []
    const path = inRepo === '' ? '' : `/${inRepo.split('/').map(encodeURIComponent).join('/')}`
    let url: string | undefined =
      `${this.endpoint}/api/${this.root.repoType}s/${this.root.repo}/tree/${encodeURIComponent(this.root.revision)}${path}${recursive ? '?recursive=true' : ''}`
    while (url) {
      const page: { json: unknown; next?: string } = await fetchJson(url, {
        headers: this.headers(),
        fix: 'For a private or gated repository set HF_TOKEN; check the repository, revision and path.'
      })
      if (!Array.isArray(page.json)) throw new RemoteError(url, 'the tree listing is not a JSON array')
      entries.push(...(page.json as TreeEntry[]).filter((entry) => typeof entry?.path === 'string'))
      url = page.next
    }
    return entries
  }

  private headers(): Record<string, string> {
    return this.token ? { authorization: `Bearer ${this.token}` } : {}
  }

  private repoUrlPart(): string {
    return this.root.repoType === 'model' ? this.root.repo : `${this.root.repoType}s/${this.root.repo}`
  }

  /** The repository's root as written (`hf://org/model@rev`), without the path inside it. */
  private prefix(): string {
    const rest =
      this.root.path === '' ? this.written.replace(/\/$/, '') : this.written.slice(0, this.written.replace(/\/$/, '').length - this.root.path.length - 1)
    return rest
  }

  private inRepo(path: string): string {
    const prefix = this.prefix()
    return path === prefix ? '' : path.slice(prefix.length + 1)
  }

  private pathOf(inRepo: string): string {
    return `${this.prefix()}/${inRepo}`
  }
}
