import { readSync } from 'node:fs'
import { open, type FileHandle } from 'node:fs/promises'
import { checkSpan, type ByteSource } from './byte-source.js'

/** A ByteSource over a file on disk: `pread` at the asked offsets, nothing cached or mapped. */
export class FileByteSource implements ByteSource {
  /** Bytes read from disk by every FileByteSource of this process (the CLI's stats for the bench). */
  static totalBytesRead = 0
  /** Files opened by every FileByteSource of this process. */
  static totalOpened = 0
  bytesRead = 0
  private constructor(
    readonly name: string,
    readonly size: number,
    private readonly handle: FileHandle
  ) {}

  static async open(path: string, name = path): Promise<FileByteSource> {
    const handle = await open(path, 'r')
    try {
      const { size } = await handle.stat()
      FileByteSource.totalOpened++
      return new FileByteSource(name, size, handle)
    } catch (error) {
      await handle.close()
      throw error
    }
  }

  async read(offset: number, length: number): Promise<Uint8Array> {
    checkSpan(this, offset, length)
    const buffer = new Uint8Array(length)
    let filled = 0
    while (filled < length) {
      // A synchronous pread: readers ask for many small spans (a local header per storage, a
      // header per HDF5 object), and a round trip through the thread pool costs far more than the
      // read itself. The CLI and the action have nothing else to do while they wait.
      const bytesRead = readSync(this.handle.fd, buffer, filled, length - filled, offset + filled)
      if (bytesRead === 0) break // the file shrank under us; checkSpan below reports it
      filled += bytesRead
    }
    this.bytesRead += filled
    FileByteSource.totalBytesRead += filled
    if (filled < length) checkSpan({ name: this.name, size: offset + filled }, offset, length)
    return buffer
  }

  async close(): Promise<void> {
    await this.handle.close()
  }
}
