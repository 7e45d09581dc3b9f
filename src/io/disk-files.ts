import { readdirSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import type { ByteSource } from './byte-source.js'
import type { CheckpointFiles } from './checkpoint-files.js'
import { FileByteSource } from './file-byte-source.js'

/**
 * CheckpointFiles on the local disk, with paths relative to `root` (the workspace). Synchronous
 * calls behind the async port, for the reason FileByteSource gives.
 */
export class DiskFiles implements CheckpointFiles {
  private readonly opened: ByteSource[] = []

  constructor(readonly root: string) {}

  /** Bytes read so far through every file this opened: the reading discipline, measured. */
  get bytesRead(): number {
    return this.opened.reduce((sum, source) => sum + source.bytesRead, 0)
  }

  private abs(path: string): string {
    return resolve(this.root, path)
  }

  async open(path: string): Promise<ByteSource> {
    const source = await FileByteSource.open(this.abs(path), path)
    this.opened.push(source)
    return source
  }

  async size(path: string): Promise<number | undefined> {
    try {
      const info = statSync(this.abs(path))
      return info.isFile() ? info.size : undefined
    } catch {
      return undefined
    }
  }

  async list(dir: string): Promise<string[]> {
    try {
      return readdirSync(this.abs(dir)).sort()
    } catch {
      return []
    }
  }
}
