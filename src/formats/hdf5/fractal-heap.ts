import { UnsupportedFormatError } from '../../core/errors.js'
import { bytesFor, readSized, UNDEFINED_ADDRESS, type Hdf5File } from './file.js'

/**
 * Fractal heaps (spec III.G), as far as dense link storage needs them: managed objects in the
 * root direct block or in the direct blocks of the root indirect block, and tiny objects inline in
 * their heap ID. Huge objects, filtered heaps and nested indirect blocks are refused.
 */
export interface FractalHeap {
  address: number
  width: number
  startingBlock: number
  /** Rows of the doubling table that are direct blocks. */
  maxDirectRows: number
  root: number
  /** Rows in the root indirect block; 0 when the root is a direct block. */
  rows: number
  offsetBytes: number
  lengthBytes: number
}

/** A fractal heap's header (`FRHP`). */
export async function readFractalHeap(file: Hdf5File, address: number): Promise<FractalHeap> {
  const { offsetSize: o, lengthSize: l } = file.superblock
  const size = 4 + 1 + 2 + 2 + 1 + 4 + l + o + l + o + 8 * l + 2 + l + l + 2 + 2 + o + 2
  const head = await file.readAt(address, size, 'fractal heap header')
  if (head.utf8(4) !== 'FRHP') throw file.fail('fractal heap header without its FRHP signature', address)
  head.u8() // version
  head.u16() // heap ID length
  const filtersLength = head.u16()
  head.u8() // flags
  const maxManagedObject = head.u32()
  head.skip(l + o + l + o + 8 * l) // huge objects, free space, managed space counters
  const width = head.u16()
  const startingBlock = file.length(head, 'fractal heap starting block size')
  const maxDirectBlock = file.length(head, 'fractal heap maximum direct block size')
  const maxHeapBits = head.u16()
  head.u16() // starting rows in the root indirect block
  const root = file.address(head)
  const rows = head.u16()
  if (filtersLength > 0) {
    throw new UnsupportedFormatError(file.source.name, 'an HDF5 group whose link heap is compressed (I/O filters on a fractal heap)')
  }
  if (width === 0 || startingBlock === 0 || maxDirectBlock < startingBlock) {
    throw file.fail(`fractal heap with table width ${width} and block sizes ${startingBlock}..${maxDirectBlock}`, address)
  }
  return {
    address,
    width,
    startingBlock,
    maxDirectRows: Math.log2(maxDirectBlock) - Math.log2(startingBlock) + 2,
    root,
    rows,
    offsetBytes: Math.ceil(maxHeapBits / 8),
    lengthBytes: bytesFor(Math.min(maxDirectBlock, maxManagedObject))
  }
}

/** The bytes of a fractal heap object from its heap ID (managed or tiny objects). */
export async function heapObject(file: Hdf5File, heap: FractalHeap, id: Uint8Array): Promise<{ offset: number; data: Uint8Array }> {
  const name = file.source.name
  const reader = file.cursor(id, 0)
  const first = reader.u8()
  const type = (first >> 4) & 0x03
  if (type === 2) return { offset: 0, data: reader.bytes(Math.min(reader.remaining, (first & 0x0f) + 1)) } // tiny: inline
  if (type !== 0) throw new UnsupportedFormatError(name, 'an HDF5 link stored as a "huge" fractal heap object')
  const offset = readSized(reader, heap.offsetBytes, 'heap object offset')
  const length = readSized(reader, heap.lengthBytes, 'heap object length')
  let blockAddress = heap.root
  let blockOffset = 0
  if (heap.rows > 0) {
    // Root indirect block: row r holds `width` direct blocks of startingBlock·2^max(0, r-1) bytes.
    let row = 0
    let rowStart = 0
    const rowBlock = (r: number): number => heap.startingBlock * 2 ** Math.max(0, r - 1)
    while (row < heap.rows && offset >= rowStart + heap.width * rowBlock(row)) {
      rowStart += heap.width * rowBlock(row)
      row++
    }
    if (row >= heap.rows) throw file.fail(`heap object offset ${offset} beyond the fractal heap`, heap.address)
    if (row >= heap.maxDirectRows) {
      throw new UnsupportedFormatError(name, 'an HDF5 group whose link heap has nested indirect blocks')
    }
    const column = Math.floor((offset - rowStart) / rowBlock(row))
    blockOffset = rowStart + column * rowBlock(row)
    const { offsetSize } = file.superblock
    const entryAt = heap.root + 4 + 1 + offsetSize + heap.offsetBytes + (row * heap.width + column) * offsetSize
    blockAddress = file.address(await file.readAt(entryAt, offsetSize, 'fractal heap indirect block'))
    if (blockAddress === UNDEFINED_ADDRESS) throw file.fail(`heap object offset ${offset} in an unallocated block`, entryAt)
  }
  const at = blockAddress + (offset - blockOffset)
  file.checkBlock('fractal heap object', length)
  return { offset: at, data: await file.bytesAt(at, length, 'fractal heap object') }
}
