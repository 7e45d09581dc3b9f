import { closeSync, fstatSync, openSync, readSync } from 'node:fs'
import { checkSpan, type ByteSource } from './byte-source.js'

/**
 * A ByteSource over a file on disk: `pread` at the asked offsets, nothing cached or mapped.
 *
 * Every call is synchronous behind the async port. Readers ask for many small spans (a local
 * header per storage, a header per HDF5 object), and a round trip through libuv's thread pool
 * costs far more than the read itself; the CLI and the action have nothing else to do while they
 * wait. Not importing `node:fs/promises` also keeps it (and the stream and readline modules it
 * loads) out of the CLI's start-up.
 */
export class FileByteSource implements ByteSource {
  /** Bytes read from disk by every FileByteSource of this process (the CLI's stats for the bench). */
  static totalBytesRead = 0
  /** Files opened by every FileByteSource of this process. */
  static totalOpened = 0
  bytesRead = 0
  private fd: number | undefined

  private constructor(
    readonly name: string,
    readonly size: number,
    fd: number
  ) {
    this.fd = fd
  }

  static async open(path: string, name = path): Promise<FileByteSource> {
    const fd = openSync(path, 'r')
    try {
      const { size } = fstatSync(fd)
      FileByteSource.totalOpened++
      return new FileByteSource(name, size, fd)
    } catch (error) {
      closeSync(fd)
      throw error
    }
  }

  async read(offset: number, length: number): Promise<Uint8Array> {
    const buffer = new Uint8Array(length)
    this.fill(offset, buffer)
    return buffer
  }

  async readInto(offset: number, target: Uint8Array): Promise<void> {
    this.fill(offset, target)
  }

  private fill(offset: number, target: Uint8Array): void {
    const length = target.length
    checkSpan(this, offset, length)
    const fd = this.openFd()
    let filled = 0
    while (filled < length) {
      const bytesRead = readSync(fd, target, filled, length - filled, offset + filled)
      if (bytesRead === 0) break // the file shrank under us; checkSpan below reports it
      filled += bytesRead
    }
    this.bytesRead += filled
    FileByteSource.totalBytesRead += filled
    if (filled < length) checkSpan({ name: this.name, size: offset + filled }, offset, length)
  }

  async close(): Promise<void> {
    if (this.fd === undefined) return
    const fd = this.fd
    this.fd = undefined
    closeSync(fd)
  }

  private openFd(): number {
    if (this.fd === undefined) throw new Error(`${this.name}: read after close`)
    return this.fd
  }
}
