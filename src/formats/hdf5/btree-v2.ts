import { MAX_HDF5_DEPTH } from '../../core/limits.js'
import type { Cursor } from '../../io/bytes/index.js'
import { bytesFor, readSized, UNDEFINED_ADDRESS, type Hdf5File } from './file.js'

/**
 * Version 2 B-trees (spec III.A.2): a `BTHD` header, `BTIN` internal and `BTLF` leaf nodes of
 * fixed-size records. Record type 5 indexes a dense group's links by name hash, types 10 and 11 a
 * layout v4 dataset's chunks (plain, filtered).
 */

/**
 * Walks a version 2 B-tree, calling `record` with a reader over each record. Field widths of the
 * child pointers follow from the node size (as H5B2__hdr_init computes them).
 */
export async function walkBtree2(file: Hdf5File, address: number, record: (reader: Cursor, type: number) => Promise<void>): Promise<void> {
  const { offsetSize, lengthSize } = file.superblock
  const head = await file.readAt(address, 16 + offsetSize + 2 + lengthSize, 'v2 B-tree header')
  if (head.utf8(4) !== 'BTHD') throw file.fail('v2 B-tree header without its BTHD signature', address)
  head.u8() // version
  const type = head.u8()
  const nodeSize = head.u32()
  const recordSize = head.u16()
  const depth = head.u16()
  head.skip(2) // split, merge percentages
  const root = file.address(head)
  const rootRecords = head.u16()
  if (depth > MAX_HDF5_DEPTH || recordSize === 0 || nodeSize <= 10 + recordSize) {
    throw file.fail(`v2 B-tree with depth ${depth}, node size ${nodeSize} and record size ${recordSize}`, address)
  }
  file.checkBlock('v2 B-tree node', nodeSize)
  // max records per node and the byte widths of the counts, per depth (leaves are depth 0).
  const maxRecords: number[] = [Math.floor((nodeSize - 10) / recordSize)]
  const countBytes: number[] = [bytesFor(maxRecords[0])]
  const cumulative: number[] = [maxRecords[0]]
  const cumulativeBytes: number[] = [bytesFor(cumulative[0])]
  for (let d = 1; d <= depth; d++) {
    const pointer = offsetSize + countBytes[d - 1] + (d > 1 ? cumulativeBytes[d - 1] : 0)
    maxRecords[d] = Math.floor((nodeSize - 10) / (recordSize + pointer))
    countBytes[d] = bytesFor(maxRecords[d])
    cumulative[d] = (maxRecords[d] + 1) * cumulative[d - 1] + maxRecords[d]
    cumulativeBytes[d] = bytesFor(cumulative[d])
  }
  const visited = new Set<number>()
  const visit = async (nodeAddress: number, records: number, level: number): Promise<void> => {
    if (nodeAddress === UNDEFINED_ADDRESS || records === 0) return
    if (visited.has(nodeAddress)) throw file.fail('v2 B-tree nodes form a cycle', nodeAddress)
    visited.add(nodeAddress)
    file.countBtreeNode()
    if (records > maxRecords[level]) throw file.fail(`v2 B-tree node with ${records} records, over its ${maxRecords[level]}`, nodeAddress)
    const node = await file.readAt(nodeAddress, nodeSize, 'v2 B-tree node')
    const signature = node.utf8(4)
    if (signature !== (level === 0 ? 'BTLF' : 'BTIN')) throw file.fail(`v2 B-tree node with signature '${signature}' at depth ${level}`, nodeAddress)
    node.skip(2)
    for (let i = 0; i < records; i++) {
      const at = node.position
      await record(file.cursor(node.bytes(recordSize), at), type)
    }
    if (level === 0) return
    const children: { address: number; records: number }[] = []
    for (let i = 0; i <= records; i++) {
      const child = file.address(node)
      const count = readSized(node, countBytes[level - 1], 'v2 B-tree child record count')
      if (level > 1) node.skip(cumulativeBytes[level - 1])
      children.push({ address: child, records: count })
    }
    for (const child of children) await visit(child.address, child.records, level - 1)
  }
  await visit(root, rootRecords, depth)
}
