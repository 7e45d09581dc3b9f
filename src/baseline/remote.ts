import { ConfigError } from '../core/errors.js'
import { MAX_BASELINE_REPORT_BYTES } from '../core/limits.js'
import type { Report } from '../core/types.js'
import type { ByteSource } from '../io/byte-source.js'
import type { CheckpointFiles } from '../io/checkpoint-files.js'
import { findRemote } from '../io/remote/index.js'
import { displayUrl } from '../io/remote/errors.js'
import { measure, type MeasureOptions } from '../pipeline/measure.js'
import { loadBaselineReport } from './report-file.js'

/**
 * A baseline where it lives (`--baseline s3://…`, input `baseline: hf://org/model@v1`): a report
 * JSON read whole, or a folder of base checkpoints measured by ranges. Ids are relative to the
 * folder, as for a base directory on disk, so they match the head's.
 */
export async function measureRemoteBaseline(path: string, options: MeasureOptions & { allowDownload?: boolean } = {}): Promise<Report> {
  const found = await findRemote([path], { allowDownload: options.allowDownload })
  const root = displayUrl(path).replace(/\/$/, '')
  const files = found.filesFor(root + '/')!
  if (found.named.length === 1 && root.endsWith('.json')) {
    const source = await files.open(root)
    if (source.size > MAX_BASELINE_REPORT_BYTES)
      throw new ConfigError(`${root}: ${source.size} bytes is too large for a report JSON; give a report or a folder of base checkpoints.`)
    return loadBaselineReport(new TextDecoder().decode(await source.read(0, source.size)), root)
  }
  const relative = found.files.map((file) => file.slice(root.length + 1))
  return measure(relative, new PrefixedFiles(files, root), options)
}

/** Files named relative to a remote folder: `model.ckpt.index` is `s3://bucket/base/model.ckpt.index`. */
class PrefixedFiles implements CheckpointFiles {
  constructor(
    private readonly inner: CheckpointFiles,
    private readonly root: string
  ) {}

  private full(path: string): string {
    return path === '.' || path === '' ? this.root : `${this.root}/${path}`
  }

  async open(path: string): Promise<ByteSource> {
    const source = await this.inner.open(this.full(path))
    // Readers name the file as the report does: relative to the folder.
    return Object.create(source, { name: { value: path } }) as ByteSource
  }

  size(path: string): Promise<number | undefined> {
    return this.inner.size(this.full(path))
  }

  list(dir: string): Promise<string[]> {
    return this.inner.list(this.full(dir))
  }
}
