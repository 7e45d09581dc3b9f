import { BufferByteSource, type ByteSource } from '../../src/io/byte-source.js'

/**
 * A ByteSource over `bytes` with only `read` (no `readInto`), as a third-party adapter or an older
 * test source may be written: the fallback paths of `readInto()` and of the readers that refill
 * their own buffers run on it.
 */
export function readOnlySource(name: string, bytes: Uint8Array): ByteSource {
  const inner = new BufferByteSource(name, bytes)
  return {
    name,
    size: inner.size,
    read: (offset, length) => inner.read(offset, length),
    get bytesRead() {
      return inner.bytesRead
    },
    close: () => inner.close()
  }
}
