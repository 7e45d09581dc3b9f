import { describe, expect, it } from '@jest/globals'
import { BlockCache } from '../../../src/io/bytes/block-cache.js'
import { BufferByteSource } from '../../../src/io/byte-source.js'
import { readOnlySource } from '../../helpers/read-only-source.js'

/** A buffer source that counts the buffers it fills (`ByteSource.readInto`). */
class FillingSource extends BufferByteSource {
  fills = 0
  async readInto(offset: number, target: Uint8Array): Promise<void> {
    this.fills++
    target.set(await this.read(offset, target.length))
  }
}

/** 4 MiB whose every byte says where it is, so a view that was refilled with other bytes shows it. */
function patterned(size: number): Uint8Array {
  const bytes = new Uint8Array(size)
  for (let i = 0; i < size; i++) bytes[i] = (i * 7 + (i >>> 12)) & 0xff
  return bytes
}

/** Reads 16 bytes at every 4 KiB step through [from, to), a sequential run as a metadata walk makes. */
async function walk(cache: BlockCache, from: number, to: number): Promise<Uint8Array[]> {
  const views: Uint8Array[] = []
  for (let offset = from; offset < to; offset += 4096) views.push(cache.cached(offset, 16) ?? (await cache.read(offset, 16)))
  return views
}

describe('HDF5 block cache', () => {
  it('keeps the bytes of a view into an evicted block until the walk says no view is left', async () => {
    const bytes = patterned(4 << 20)
    const source = new FillingSource('meta.h5', bytes)
    const cache = new BlockCache(source)
    const early = await walk(cache, 0, 512 << 10)
    // 2 MiB further on, the early blocks are out of the 1 MiB cache; their buffers are not refilled yet.
    await walk(cache, 512 << 10, 3 << 20)
    early.forEach((view, i) => expect([...view]).toEqual([...bytes.subarray(i * 4096, i * 4096 + 16)]))
    expect(source.fills).toBeGreaterThan(20)
  })

  it('refills evicted read-ahead buffers once released, instead of allocating one per block', async () => {
    const source = new FillingSource('meta.h5', patterned(4 << 20))
    const cache = new BlockCache(source)
    const buffers = new Set<ArrayBufferLike>()
    for (let offset = 0; offset < 4 << 20; offset += 256 << 10) {
      for (const view of await walk(cache, offset, offset + (256 << 10))) buffers.add(view.buffer)
      cache.recycleEvicted()
    }
    // 64 read-ahead blocks of 64 KiB went through a cache of 16; without reuse each is a buffer of its own.
    expect(source.fills).toBeGreaterThan(50)
    expect(buffers.size).toBeLessThan(30)
  })

  it('reads the same bytes through a source without readInto, each block a buffer of its own', async () => {
    const bytes = patterned(4 << 20)
    const cache = new BlockCache(readOnlySource('meta.h5', bytes))
    const views = await walk(cache, 0, 2 << 20)
    views.forEach((view, i) => expect([...view]).toEqual([...bytes.subarray(i * 4096, i * 4096 + 16)]))
  })
})
