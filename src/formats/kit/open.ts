import type { ByteSource } from '../../io/byte-source.js'
import type { CheckpointFiles } from '../../io/checkpoint-files.js'

/**
 * Opens `path`, runs `read` over it and closes it whatever happens: the one open/try/finally/close
 * of the readers, so that no reader leaks a file handle on a format error.
 */
export async function withSource<T>(files: CheckpointFiles, path: string, read: (source: ByteSource) => Promise<T>): Promise<T> {
  const source = await files.open(path)
  try {
    return await read(source)
  } finally {
    await source.close()
  }
}

/**
 * A file opened on its first use, for a reader that needs it only for some items (a DCP data file,
 * read only for an item whose size the metadata omits); `close()` closes it if it was opened.
 */
export class LazySource {
  private opened: Promise<ByteSource> | undefined

  constructor(
    private readonly files: CheckpointFiles,
    private readonly path: string
  ) {}

  source(): Promise<ByteSource> {
    this.opened ??= this.files.open(this.path)
    return this.opened
  }

  async close(): Promise<void> {
    if (this.opened) await (await this.opened).close()
  }
}
