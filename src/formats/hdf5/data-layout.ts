import { LimitExceededError, UnsupportedFormatError } from '../../core/errors.js'
import { MAX_DIMS } from '../../core/limits.js'
import { elementCount } from './dataspace.js'
import { readSized, UNDEFINED_ADDRESS, type Hdf5File } from './file.js'
import type { Message } from './object-header.js'
import type { DatasetStorage } from './types.js'

/**
 * Data layout messages (spec IV.A.2.i), versions 1–5: where a dataset's bytes are. Compact and
 * contiguous storage is final here; chunked storage names a chunk index that chunk-index.ts walks.
 */

/** Where a chunked dataset's chunks are listed. */
export type ChunkIndex =
  /** Layout v1-v3: a version 1 B-tree of chunks; `dimensions` is the dataset rank. */
  | { kind: 'btree1'; address: number; dimensions: number }
  /** Layout v4 fixed array (index type 3): one entry per chunk. */
  | { kind: 'fixed-array'; address: number; chunkBytes: number }
  /** Layout v4 version 2 B-tree (index type 5): records of type 10 (plain) or 11 (filtered). */
  | { kind: 'btree2'; address: number; chunkBytes: number; dimensions: number }

/**
 * A layout message's storage; `logicalBytes` sizes an unfiltered single chunk, `extent` gives the
 * dimensions an implicit chunk index allocates chunks for.
 */
export function parseLayout(
  file: Hdf5File,
  message: Message,
  path: string,
  logicalBytes: number,
  extent: () => readonly number[]
): { storage: DatasetStorage; index?: ChunkIndex } {
  const { offsetSize, lengthSize } = file.superblock
  const { block, at, size } = message
  if (block[at] === 3 && block[at + 1] === 1 && size >= 2 + offsetSize + lengthSize) {
    // Version 3 contiguous (version, class, address, size): what h5py writes for every
    // unchunked dataset, read in place rather than through a view and a cursor per dataset.
    const base = message.offset - at
    return { storage: contiguous(file.addressAt(block, at + 2, base), file.uintAt(block, at + 2 + offsetSize, lengthSize, base, 'contiguous storage size')) }
  }
  const reader = file.cursor(message.data, message.offset)
  const version = reader.u8()
  if (version === 1 || version === 2) {
    const dimensionality = layoutRank(file, reader.u8())
    const layoutClass = reader.u8()
    reader.skip(5)
    const dataAddress = layoutClass !== 0 ? file.address(reader) : UNDEFINED_ADDRESS
    const dims: number[] = []
    for (let i = 0; i < dimensionality; i++) dims.push(reader.u32())
    if (layoutClass === 0) {
      const size = reader.u32()
      return { storage: { layout: 'compact', offset: reader.position, byteLength: size } }
    }
    if (layoutClass === 1) {
      // v1/v2 contiguous: the size is the dims (the last one being the element size) multiplied.
      return { storage: contiguous(dataAddress, elementCount(dims)) }
    }
    return { storage: chunkedPending(), index: { kind: 'btree1', address: dataAddress, dimensions: dimensionality - 1 } }
  }
  // Version 5 (HDF5 2.0, written for filtered chunked datasets under libver latest) has the v4
  // fields; checked on files written by h5wasm 0.10.3.
  if (version >= 3 && version <= 5) {
    const layoutClass = reader.u8()
    if (layoutClass === 0) {
      const size = reader.u16()
      return { storage: { layout: 'compact', offset: reader.position, byteLength: size } }
    }
    if (layoutClass === 1) {
      const dataAddress = file.address(reader)
      return { storage: contiguous(dataAddress, file.length(reader, 'contiguous storage size')) }
    }
    if (layoutClass === 3) return { storage: { layout: 'virtual', offset: 0, byteLength: 0 } }
    if (layoutClass !== 2) throw file.fail(`unknown data layout class ${layoutClass} for dataset '${path}'`, message.offset)
    if (version === 3) {
      const dimensionality = layoutRank(file, reader.u8())
      const btreeAddress = file.address(reader)
      return { storage: chunkedPending(), index: { kind: 'btree1', address: btreeAddress, dimensions: dimensionality - 1 } }
    }
    const flags = reader.u8()
    const dimensionality = layoutRank(file, reader.u8())
    const encoded = reader.u8()
    if (encoded < 1 || encoded > 8) throw file.fail(`chunk dimension sizes of ${encoded} bytes`, message.offset)
    // Chunk dimensions, the last one being the element size (as in v3): their product is a chunk's bytes.
    const chunkDims = new Array<number>(dimensionality)
    let chunkBytes = 1
    for (let i = 0; i < dimensionality; i++) chunkBytes *= chunkDims[i] = readSized(reader, encoded, 'chunk dimension')
    const filtered = (flags & 0x02) !== 0
    const indexType = reader.u8()
    switch (indexType) {
      case 1: {
        // Single chunk: the whole dataset is one chunk at the index address.
        const size = filtered ? file.length(reader, 'filtered chunk size') : logicalBytes
        if (filtered) reader.u32() // filter mask
        const dataAddress = file.address(reader)
        return { storage: { ...contiguous(dataAddress, size), layout: 'chunked', chunks: 1 } }
      }
      case 2: {
        // Implicit: unfiltered chunks allocated back to back, no index, one per cell of the
        // chunk grid: the product of each dimension's ceil(size / chunk size) (H5Dnone.c:
        // max_nchunks), which exceeds ceil(elements / chunk elements) when a dimension is not a
        // multiple of its chunk (a [10, 5] dataset in [4, 2] chunks: 3·3 = 9 chunks, not 7).
        const dataAddress = file.address(reader)
        const chunks = chunkGridCells(extent(), chunkDims)
        return { storage: { ...contiguous(dataAddress, chunks * chunkBytes), layout: 'chunked', chunks } }
      }
      case 3: {
        reader.u8() // page bits (the header repeats them)
        const address = file.address(reader)
        return { storage: chunkedPending(), index: { kind: 'fixed-array', address, chunkBytes } }
      }
      case 5: {
        reader.skip(6) // node size, split and merge percentages (the header repeats them)
        const address = file.address(reader)
        return { storage: chunkedPending(), index: { kind: 'btree2', address, chunkBytes, dimensions: dimensionality - 1 } }
      }
    }
    throw new UnsupportedFormatError(
      file.source.name,
      `dataset '${path}' uses HDF5 chunk index type ${indexType} (layout v4${indexType === 4 ? ', extensible array' : ''})`,
      'h5py writes it only with libver="latest" and resizable datasets; save with the default libver.'
    )
  }
  throw file.fail(`unknown data layout version ${version} for dataset '${path}'`, message.offset)
}

/** The chunk rank of a layout message (dataset rank + 1 for the element size). */
function layoutRank(file: Hdf5File, dimensionality: number): number {
  if (dimensionality > MAX_DIMS + 1) throw new LimitExceededError(file.source.name, 'HDF5 data layout rank', dimensionality, MAX_DIMS + 1)
  return dimensionality
}

/** Chunked storage before its index is walked. */
function chunkedPending(): DatasetStorage {
  return { layout: 'chunked', offset: 0, byteLength: 0, chunks: 0 }
}

function contiguous(address: number, size: number): DatasetStorage {
  // An undefined address: the dataset was created but never written (no bytes on disk).
  if (address === UNDEFINED_ADDRESS) return { layout: 'contiguous', offset: 0, byteLength: 0 }
  return { layout: 'contiguous', offset: address, byteLength: size }
}

/**
 * Chunks in the grid that covers `extent` with chunks of `chunkDims` (the last of which is the
 * element size): the product of each dimension's ceil(size / chunk size).
 */
function chunkGridCells(extent: readonly number[], chunkDims: readonly number[]): number {
  let cells = 1
  for (let i = 0; i < extent.length; i++) cells *= Math.ceil(extent[i] / Math.max(1, chunkDims[i] ?? 1))
  return cells
}
