import { LimitExceededError } from '../../core/errors.js'
import { MAX_HDF5_CHUNKS } from '../../core/limits.js'
import { walkBtree1 } from './btree-v1.js'
import { walkBtree2 } from './btree-v2.js'
import type { ChunkIndex } from './data-layout.js'
import { readAddress, readSized, UNDEFINED_ADDRESS, type Hdf5File } from './file.js'
import type { DatasetStorage } from './types.js'

/**
 * Chunk indexes (spec III.A.1, III.A.2, III.H; layout message IV.A.2.i): a v1 B-tree (layout
 * v1–v3), a fixed array or a v2 B-tree (layout v4). Extensible arrays (type 4) are refused by
 * data-layout.ts; single-chunk and implicit indexes need no walk.
 */

/**
 * Sums the chunks listed by a dataset's chunk index (each chunk's stored, possibly filtered,
 * size) into its storage: the first chunk's offset, all chunks' stored bytes.
 */
export async function resolveChunks(file: Hdf5File, storage: DatasetStorage, path: string, index: ChunkIndex): Promise<void> {
  if (index.address === UNDEFINED_ADDRESS) return // no chunk written yet
  let first = Number.POSITIVE_INFINITY
  let total = 0
  let chunks = 0
  const add = (chunkAddress: number, chunkSize: number): void => {
    if (chunkAddress === UNDEFINED_ADDRESS) return
    if (chunkAddress + chunkSize > file.source.size) {
      throw file.fail(`a chunk of dataset '${path}' extends beyond the end of the file`, chunkAddress)
    }
    first = Math.min(first, chunkAddress)
    total += chunkSize
    chunks++
  }
  if (index.kind === 'btree1') await walkBtree1(file, index.address, index.dimensions, add)
  else if (index.kind === 'fixed-array') await walkFixedArray(file, index, add)
  else {
    const { offsetSize } = file.superblock
    await walkBtree2(file, index.address, async (record, type) => {
      const chunkAddress = readAddress(record, offsetSize)
      let size = index.chunkBytes
      if (type === 11) {
        // Type 11: address, chunk size (the bytes the record has left after the mask and offsets), filter mask, offsets.
        size = readSized(record, record.remaining - 4 - 8 * index.dimensions, 'chunk size')
      }
      add(chunkAddress, size)
    })
  }
  // TensorInfo has one span: the first chunk's offset, all chunks' stored bytes (chunks need not be
  // adjacent: the HDF5 library interleaves them with other objects).
  storage.offset = chunks > 0 ? first : 0
  storage.byteLength = total
  storage.chunks = chunks
}

/** Fixed array chunk index (spec III.H): FAHD header, FADB data block, optionally paged. */
async function walkFixedArray(file: Hdf5File, index: { address: number; chunkBytes: number }, add: (address: number, size: number) => void): Promise<void> {
  const { offsetSize, lengthSize } = file.superblock
  const head = await file.readAt(index.address, 8 + lengthSize + offsetSize, 'fixed array header')
  if (head.utf8(4) !== 'FAHD') throw file.fail('fixed array header without its FAHD signature', index.address)
  head.u8() // version
  const filtered = head.u8() === 1 // client id: 0 plain chunks, 1 filtered chunks (with their sizes)
  const entrySize = head.u8()
  const pageBits = head.u8()
  const entries = file.length(head, 'fixed array entries')
  const dataBlock = file.address(head)
  if (entries > MAX_HDF5_CHUNKS) throw new LimitExceededError(file.source.name, 'chunks of one HDF5 dataset', entries, MAX_HDF5_CHUNKS)
  if (dataBlock === UNDEFINED_ADDRESS) return
  const pageEntries = 2 ** pageBits
  const paged = entries > pageEntries
  const pages = paged ? Math.ceil(entries / pageEntries) : 1
  const prefix = 6 + offsetSize + (paged ? Math.ceil(pages / 8) : 0)
  const size = paged ? prefix + 4 + entries * entrySize + pages * 4 : prefix + entries * entrySize + 4
  file.checkBlock('fixed array data block', size)
  const block = await file.readAt(dataBlock, size, 'fixed array data block')
  if (block.utf8(4) !== 'FADB') throw file.fail('fixed array data block without its FADB signature', dataBlock)
  // Unpaged: elements follow the prefix; paged: the prefix has its checksum, then each page ends in one.
  let at = paged ? prefix + 4 : prefix
  for (let i = 0; i < entries; i++) {
    if (paged && i > 0 && i % pageEntries === 0) at += 4
    block.seek(dataBlock + at)
    const chunkAddress = readAddress(block, offsetSize)
    const chunkSize = filtered ? readSized(block, entrySize - offsetSize - 4, 'chunk size') : index.chunkBytes
    add(chunkAddress, chunkSize)
    at += entrySize
  }
}
