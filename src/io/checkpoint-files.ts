import { MissingFileError } from '../core/errors.js'
import type { ByteSource } from './byte-source.js'
import { BufferByteSource } from './byte-source.js'

/**
 * The file-system port a reader uses to find and open a checkpoint's files (its `.index`, data
 * shards, `.meta`, a SavedModel's `variables/`, a safetensors shard index...). Paths are POSIX
 * paths as the pipeline gives them (`exports/model.ckpt.index`). Implementations: the disk (CLI,
 * action), a git commit (baselines), memory (MemoryFiles: the fuzzer, tests).
 */
export interface CheckpointFiles {
  /** Opens a file for positioned reads. Throws when it does not exist. */
  open(path: string): Promise<ByteSource>
  /** The size of a file in bytes, or undefined when it does not exist (or is not a regular file). */
  size(path: string): Promise<number | undefined>
  /** Names (not paths) of the entries of a directory; empty when it does not exist. */
  list(dir: string): Promise<string[]>
}

/** POSIX helpers so that readers never need node:path (which would differ on Windows). */
export function dirname(path: string): string {
  const slash = path.lastIndexOf('/')
  return slash < 0 ? '.' : slash === 0 ? '/' : path.slice(0, slash)
}

export function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
}

export function joinPath(dir: string, name: string): string {
  if (dir === '' || dir === '.') return name
  return dir.endsWith('/') ? dir + name : `${dir}/${name}`
}

/**
 * The memory adapter of the port, beside the disk (DiskFiles) and a git commit (GitTreeFiles):
 * checkpoint files held as bytes by path. The fuzzer (fuzz/) and the tests read crafted bytes
 * through it exactly as the CLI reads a disk, and a caller that already holds a file's bytes can
 * measure them without writing them out.
 */
export class MemoryFiles implements CheckpointFiles {
  private readonly sources: ByteSource[] = []

  constructor(private readonly files: Map<string, Uint8Array>) {}

  /** Bytes read so far through every file this opened (as DiskFiles.bytesRead). */
  get bytesRead(): number {
    return this.sources.reduce((sum, source) => sum + source.bytesRead, 0)
  }

  async open(path: string): Promise<ByteSource> {
    const bytes = this.files.get(path)
    if (!bytes) throw new MissingFileError(path)
    const source = new BufferByteSource(path, bytes)
    this.sources.push(source)
    return source
  }

  async size(path: string): Promise<number | undefined> {
    return this.files.get(path)?.length
  }

  async list(dir: string): Promise<string[]> {
    const prefix = dir === '.' || dir === '' ? '' : dir.replace(/\/$/, '') + '/'
    const names = new Set<string>()
    for (const path of this.files.keys()) {
      if (!path.startsWith(prefix)) continue
      names.add(path.slice(prefix.length).split('/')[0])
    }
    return [...names].sort()
  }
}
