import { MissingFileError } from '../core/errors.js'
import { realpathSync } from 'node:fs'
import { resolve } from 'node:path'
import type { ByteSource } from '../io/byte-source.js'
import type { CheckpointFiles } from '../io/checkpoint-files.js'
import { DiskFiles } from '../io/disk-files.js'
import { isInside } from '../io/paths.js'

/**
 * DiskFiles confined to a root: a reader that opens a checkpoint's companion files (a data shard
 * named by an index, a SavedModel's `variables/`) cannot be led outside the workspace by a
 * symbolic link or a `../` in a name taken from the checkpoint. Such a file reads as absent.
 */
export class WorkspaceFiles implements CheckpointFiles {
  private readonly disk: DiskFiles
  private rootReal?: string

  /**
   * Each path's answer, once: a checkpoint's files are asked about several times (sniffed, sized,
   * opened by their reader), and a realpath per call was the largest cost left in measuring
   * 1,000 checkpoints (bench/README.md, action at scale). Synchronous, as DiskFiles is: an
   * asynchronous realpath is a round trip through the thread pool that measure() waits for.
   */
  private readonly answers = new Map<string, boolean>()

  /**
   * `found`: paths the glob walk of this root returned (io/glob-walk.ts). The walk enters no linked
   * directory and judged every link it returned, so they are inside without a realpath each.
   * Measuring the bench's 1,000 checkpoints took 0.76-0.98 s with a realpath per path, 0.44-0.51 s
   * without (one process, warm; bench/README.md, action at scale). Companions still get one.
   */
  constructor(
    readonly root: string,
    found: Iterable<string> = []
  ) {
    this.disk = new DiskFiles(root)
    for (const path of found) this.answers.set(path, true)
  }

  async open(path: string): Promise<ByteSource> {
    if (!(await this.inside(path))) {
      throw new MissingFileError(path, 'outside the workspace')
    }
    return this.disk.open(path)
  }

  async size(path: string): Promise<number | undefined> {
    return (await this.inside(path)) ? this.disk.size(path) : undefined
  }

  async list(dir: string): Promise<string[]> {
    return (await this.inside(dir)) ? this.disk.list(dir) : []
  }

  private async inside(path: string): Promise<boolean> {
    let answer = this.answers.get(path)
    if (answer === undefined) this.answers.set(path, (answer = this.judge(path)))
    return answer
  }

  private judge(path: string): boolean {
    this.rootReal ??= realpathSync.native(this.root)
    try {
      return isInside(this.rootReal, realpathSync.native(resolve(this.root, path)))
    } catch {
      // Does not exist (yet): judge the path as written, so that the error says "missing".
      return isInside(resolve(this.root), resolve(this.root, path))
    }
  }
}
