import type { CheckpointFile, FileRole } from '../../core/types.js'
import type { CheckpointFiles } from '../../io/checkpoint-files.js'

/**
 * The files a checkpoint's primary file names beside itself (TF data shards, a shard index's
 * shards, GGUF splits, ONNX external data, an OpenVINO `.bin`, Core ML weight files, DCP data
 * files), with ONE policy for those that are absent (a download cut short, a Git LFS file not
 * fetched): an absent file is listed with `present: false` and the size the checkpoint describes
 * for it, or 0 when nothing describes it, and the checkpoint gets one warning, worded here for
 * every format, naming the absent files and how they were counted. An absent companion is never an
 * error: the sizes the checkpoint describes are still worth a report.
 */
export class Companions {
  /** Every companion, present or absent, in the order they were met. */
  readonly files: CheckpointFile[] = []
  private readonly absent: { path: string; bytes: number; described: boolean }[] = []

  /**
   * @param describedBy what describes the companions' sizes, for the warning: `the index`, `the
   *   graph`, `the XML`: "counted at the N bytes the index describes".
   */
  constructor(
    private readonly source: CheckpointFiles,
    private readonly describedBy: string
  ) {}

  /**
   * The companion at `path`: present with its size on disk, or absent with `describedBytes` (0
   * when the checkpoint does not describe it).
   */
  async companion(path: string, role: FileRole, options: { describedBytes?: number } = {}): Promise<CheckpointFile> {
    const size = await this.source.size(path)
    return size === undefined ? this.absentFile(path, role, options.describedBytes) : this.present(path, role, size)
  }

  /** A companion the reader already found on disk (it opened it, or knows its size). */
  present(path: string, role: FileRole, bytes: number): CheckpointFile {
    const file: CheckpointFile = { path, role, bytes, present: true }
    this.files.push(file)
    return file
  }

  /** A companion the reader already found absent, counted at `describedBytes` (or 0). */
  absentFile(path: string, role: FileRole, describedBytes?: number): CheckpointFile {
    const bytes = describedBytes ?? 0
    const file: CheckpointFile = { path, role, bytes, present: false }
    this.files.push(file)
    this.absent.push({ path, bytes, described: describedBytes !== undefined })
    return file
  }

  /** The absent companions' paths. */
  absentPaths(): string[] {
    return this.absent.map((file) => file.path)
  }

  /** The one warning about absent companions (none when all are present). */
  warnings(): string[] {
    const described = this.absent.filter((file) => file.described)
    const undescribed = this.absent.filter((file) => !file.described)
    const warnings: string[] = []
    if (described.length > 0) {
      const bytes = described.reduce((sum, file) => sum + file.bytes, 0)
      warnings.push(
        `${absentList(described)}: counted at the ${bytes} bytes ${this.describedBy} describes, so the total is what the complete checkpoint would hold`
      )
    }
    if (undescribed.length > 0) {
      const one = undescribed.length === 1
      warnings.push(
        `${absentList(undescribed)}: ${this.describedBy} does not describe ${one ? 'its' : 'their'} size, so ${one ? 'it is' : 'they are'} counted as 0 bytes`
      )
    }
    return warnings
  }
}

/** `2 files of the checkpoint are absent (a, b)`: the one way absent files are named. */
function absentList(files: readonly { path: string }[]): string {
  const names = listSome(files.map((file) => file.path))
  return files.length === 1 ? `1 file of the checkpoint is absent (${names})` : `${files.length} files of the checkpoint are absent (${names})`
}

/** The first `count` names, and how many more. */
export function listSome(names: readonly string[], count = 3): string {
  return names.length <= count ? names.join(', ') : `${names.slice(0, count).join(', ')}, and ${names.length - count} more`
}
