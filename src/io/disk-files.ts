import { readdir, stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { ByteSource } from './byte-source.js'
import type { CheckpointFiles } from './checkpoint-files.js'
import { FileByteSource } from './file-byte-source.js'

/** CheckpointFiles on the local disk, with paths relative to `root` (the workspace). */
export class DiskFiles implements CheckpointFiles {
  constructor(readonly root: string) {}

  private abs(path: string): string {
    return resolve(this.root, path)
  }

  async open(path: string): Promise<ByteSource> {
    return FileByteSource.open(this.abs(path), path)
  }

  async size(path: string): Promise<number | undefined> {
    try {
      const info = await stat(this.abs(path))
      return info.isFile() ? info.size : undefined
    } catch {
      return undefined
    }
  }

  async list(dir: string): Promise<string[]> {
    try {
      return (await readdir(this.abs(dir))).sort()
    } catch {
      return []
    }
  }
}
