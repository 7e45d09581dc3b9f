import type { ByteSource } from '../byte-source.js'
import { dirname, type CheckpointFiles } from '../checkpoint-files.js'
import { RemoteAccessError } from './errors.js'
import { HttpRangeSource, type RangeSourceOptions } from './http-range-source.js'
import type { RangeTransport } from './transport.js'

/** One object a store listed: its path as reports show it, its size when the listing said it. */
export interface RemoteObject {
  path: string
  size?: number
  transport(): Promise<RangeTransport>
}

/**
 * A provider's listing: the objects under a folder (recursively, or only its own entries), or
 * the one object a path names. Folders are paths ending without a slash, as on disk.
 */
export interface RemoteStore {
  /** The object at `path` when it is one, else every object under the folder `path` (recursively). */
  find(path: string): Promise<RemoteObject[]>
  /** The objects directly in the folder `dir` and the names of its subfolders (what a reader looking for companions sees). */
  listFolder(dir: string): Promise<{ objects: RemoteObject[]; folders: string[] }>
  /** An object the listing did not name (a plain HTTPS server lists nothing): opened by its path. */
  objectAt?(path: string): RemoteObject
}

/**
 * CheckpointFiles over remote objects: readers find companions (a checkpoint's `.index` and data
 * shards, a shard index's safetensors) by listing the folder, as on disk. One range source is
 * kept per object, so the sniff's first block serves the reader that follows it.
 */
export class RemoteFiles implements CheckpointFiles {
  private readonly objects = new Map<string, RemoteObject>()
  private readonly folders = new Map<string, Promise<string[]>>()
  private readonly sources = new Map<string, Promise<HttpRangeSource>>()
  /** Folders listed recursively by `find`: everything below them is known without another request. */
  private readonly complete: string[] = []

  constructor(
    private readonly store: RemoteStore,
    private readonly options: RangeSourceOptions = {}
  ) {}

  /** The paths of the objects a path names (one file, or everything under a folder). */
  async find(path: string): Promise<string[]> {
    const root = path.replace(/\/$/, '')
    const found = await this.store.find(root)
    for (const object of found) this.objects.set(object.path, object)
    if (!(found.length === 1 && found[0].path === root)) this.complete.push(root)
    return found.map((object) => object.path).sort()
  }

  async open(path: string): Promise<ByteSource> {
    let source = this.sources.get(path)
    if (!source) {
      source = this.objectOf(path).then(async (object) => {
        if (!object) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' })
        return HttpRangeSource.open(await object.transport(), { ...this.options, name: path, size: object.size })
      })
      this.sources.set(path, source)
    }
    return source
  }

  async size(path: string): Promise<number | undefined> {
    const object = await this.objectOf(path)
    if (!object) return undefined
    if (object.size !== undefined) return object.size
    try {
      return (await this.open(path)).size
    } catch (error) {
      if (error instanceof RemoteAccessError && error.status === 404) return undefined
      throw error
    }
  }

  async list(dir: string): Promise<string[]> {
    return this.folder(dir)
  }

  private async objectOf(path: string): Promise<RemoteObject | undefined> {
    if (!this.objects.has(path)) await this.folder(dirname(path))
    return this.objects.get(path) ?? this.store.objectAt?.(path)
  }

  private folder(dir: string): Promise<string[]> {
    let names = this.folders.get(dir)
    if (!names) {
      const known = this.complete.some((root) => dir === root || dir.startsWith(`${root}/`))
      names = known
        ? Promise.resolve(this.namesBelow(dir, []))
        : this.store.listFolder(dir).then(({ objects, folders }) => {
            for (const object of objects) if (!this.objects.has(object.path)) this.objects.set(object.path, object)
            return this.namesBelow(dir, folders)
          })
      this.folders.set(dir, names)
    }
    return names
  }

  /** The entries of `dir` among the objects known: files, and the first segment of deeper paths. */
  private namesBelow(dir: string, folders: readonly string[]): string[] {
    const entries = new Set(folders)
    const prefix = `${dir}/`
    for (const path of this.objects.keys()) if (path.startsWith(prefix)) entries.add(path.slice(prefix.length).split('/')[0])
    return [...entries].sort()
  }
}

/** Routes remote paths to their RemoteFiles and every other path to the workspace's files. */
export class RoutedFiles implements CheckpointFiles {
  constructor(
    private readonly local: CheckpointFiles,
    private readonly remote: (path: string) => CheckpointFiles | undefined
  ) {}

  open(path: string): Promise<ByteSource> {
    return (this.remote(path) ?? this.local).open(path)
  }

  size(path: string): Promise<number | undefined> {
    return (this.remote(path) ?? this.local).size(path)
  }

  list(dir: string): Promise<string[]> {
    return (this.remote(dir) ?? this.local).list(dir)
  }
}
