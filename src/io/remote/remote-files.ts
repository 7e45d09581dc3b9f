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
  /** The objects directly in the folder `dir` (what a reader looking for companions sees). */
  listFolder(dir: string): Promise<RemoteObject[]>
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

  constructor(
    private readonly store: RemoteStore,
    private readonly options: RangeSourceOptions = {}
  ) {}

  /** The paths of the objects a path names (one file, or everything under a folder). */
  async find(path: string): Promise<string[]> {
    const found = await this.store.find(path.replace(/\/$/, ''))
    for (const object of found) this.objects.set(object.path, object)
    return found.map((object) => object.path).sort()
  }

  async open(path: string): Promise<ByteSource> {
    let source = this.sources.get(path)
    if (!source) {
      source = this.objectOf(path).then(async (object) => {
        if (!object) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' })
        return HttpRangeSource.open(await object.transport(), { ...this.options, name: path })
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
      names = this.store.listFolder(dir).then((objects) => {
        const entries = new Set<string>()
        for (const object of objects) {
          if (!this.objects.has(object.path)) this.objects.set(object.path, object)
          const below = object.path.slice(dir.length + 1)
          entries.add(below.split('/')[0])
        }
        return [...entries].sort()
      })
      this.folders.set(dir, names)
    }
    return names
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

