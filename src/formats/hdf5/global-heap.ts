import { LimitExceededError } from '../../core/errors.js'
import { MAX_HDF5_HEAP_BYTES } from '../../core/limits.js'
import type { Hdf5File } from './file.js'

/**
 * Global heap collections (spec III.E): where variable-length strings live (an attribute's
 * `backend` or `keras_version` when h5py stores it variable-length). Each collection is read once
 * and kept for the walk.
 */
export class GlobalHeaps {
  private readonly collections = new Map<number, Map<number, Uint8Array>>()

  constructor(private readonly file: Hdf5File) {}

  /** The objects of the collection at `address`, by index: GCOL, version, collection size, then the objects. */
  async collection(address: number): Promise<Map<number, Uint8Array>> {
    const cached = this.collections.get(address)
    if (cached) return cached
    const file = this.file
    const { lengthSize } = file.superblock
    const head = await file.readAt(address, 8 + lengthSize, 'global heap')
    if (head.utf8(4) !== 'GCOL') throw file.fail('global heap collection without its GCOL signature', address)
    head.skip(4)
    const size = file.length(head, 'global heap size')
    if (size > MAX_HDF5_HEAP_BYTES) throw new LimitExceededError(file.source.name, 'HDF5 global heap size', size, MAX_HDF5_HEAP_BYTES)
    const reader = await file.readAt(address, size, 'global heap')
    reader.seek(address + 8 + lengthSize)
    const objects = new Map<number, Uint8Array>()
    while (reader.remaining >= 8 + lengthSize) {
      const index = reader.u16()
      if (index === 0) break // free space
      reader.skip(6) // reference count, reserved
      const objectSize = file.length(reader, 'global heap object size')
      // A copy: the collection is kept for the whole walk, past the cache recycling the block it was read from.
      objects.set(index, reader.bytes(objectSize).slice())
      reader.skip(Math.min(reader.remaining, (8 - (objectSize % 8)) % 8))
    }
    this.collections.set(address, objects)
    return objects
  }
}
