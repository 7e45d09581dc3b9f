import { MAX_HDF5_INDEX_BLOCK_BYTES } from '../../core/limits.js'
import type { Hdf5File } from './file.js'

/**
 * Version 1 B-trees (spec III.A.1): `TREE` nodes of type 0 list an old-style group's symbol table
 * nodes, type 1 a chunked dataset's chunks (layout v1–v3).
 */

/**
 * Walks a version 1 B-tree (node type 0: group nodes, type 1: raw data chunks), calling `leaf`
 * for each child of a level-0 node with that child's key. Levels must decrease and no node is
 * visited twice, so a corrupt or hostile tree ends in an error, not a loop. Iterative, with the
 * nodes to visit on a stack, in the order a recursive walk would visit them.
 */
export async function walkBtree1(file: Hdf5File, address: number, dimensions: number, leaf: (childAddress: number, chunkSize: number) => void): Promise<void> {
  const { offsetSize, lengthSize } = file.superblock
  // Most trees are a single leaf (a group of up to 8 links): the set of visited nodes is made
  // only when a node has children.
  let visited: Set<number> | undefined
  const stack: { address: number; level: number | undefined }[] = [{ address, level: undefined }]
  while (stack.length > 0) {
    const { address: nodeAddress, level: expectedLevel } = stack.pop()!
    if (visited?.has(nodeAddress)) throw file.fail('B-tree nodes form a cycle', nodeAddress)
    visited?.add(nodeAddress)
    file.countBtreeNode()
    // TREE: signature, node type, level, entries used (u16), left and right siblings, then keys and children.
    const headSize = 8 + 2 * offsetSize
    let head = file.locate(nodeAddress, headSize, 'B-tree node')
    if (head instanceof Promise) head = await head
    const h = file.located
    if (head[h] !== 0x54 || head[h + 1] !== 0x52 || head[h + 2] !== 0x45 || head[h + 3] !== 0x45)
      throw file.fail('B-tree node without its TREE signature', nodeAddress)
    const type = head[h + 4]
    const level = head[h + 5]
    const entries = head[h + 6] | (head[h + 7] << 8)
    if (expectedLevel !== undefined && level !== expectedLevel) {
      throw file.fail(`B-tree node at level ${level} where level ${expectedLevel} was expected`, nodeAddress)
    }
    const keySize = type === 0 ? lengthSize : 8 + 8 * (dimensions + 1)
    const bodySize = entries * (keySize + offsetSize) + keySize
    file.checkBlock('B-tree node', bodySize)
    let body = file.locate(nodeAddress + headSize, bodySize, 'B-tree node entries')
    if (body instanceof Promise) body = await body
    const first = file.located
    const base = nodeAddress + headSize - first // the file offset of body[0], for errors
    const children: number[] = []
    for (let i = 0; i < entries; i++) {
      const at = first + i * (keySize + offsetSize)
      const child = file.addressAt(body, at + keySize, base)
      if (level > 0) children.push(child)
      // A chunk key starts with the chunk's stored size (u32).
      else leaf(child, type === 1 ? file.uintAt(body, at, 4, base, 'chunk size') : 0)
    }
    if (children.length > 0) visited ??= new Set([nodeAddress])
    // Pushed last child first, so the first child is walked first.
    for (let i = children.length - 1; i >= 0; i--) stack.push({ address: children[i], level: level - 1 })
  }
}

/**
 * The children of a group's B-tree when it is one cached leaf node (nearly every group: a leaf
 * lists up to 2K symbol table nodes of 8+ links each), read without the general walk's promise,
 * stack and arrays (2·10^5 groups at 10^5 layers). Anything else (not cached, more levels, a bad
 * signature) is left to walkBtree1, which reads it or reports it.
 */
export function singleLeafChildren(file: Hdf5File, address: number): number[] | undefined {
  const { offsetSize, lengthSize } = file.superblock
  // TREE: signature, node type, level, entries used (u16), left and right siblings, then keys and children.
  const headSize = 8 + 2 * offsetSize
  const head = file.cached(address, headSize)
  if (head === undefined) return undefined
  const h = file.located
  const isGroupLeaf = head[h] === 0x54 && head[h + 1] === 0x52 && head[h + 2] === 0x45 && head[h + 3] === 0x45 && head[h + 4] === 0 && head[h + 5] === 0
  if (!isGroupLeaf) return undefined
  const entries = head[h + 6] | (head[h + 7] << 8)
  const entrySize = lengthSize + offsetSize // a key (heap offset of a name), then a child
  const bodySize = entries * entrySize + lengthSize
  if (bodySize > MAX_HDF5_INDEX_BLOCK_BYTES) return undefined
  const body = file.cached(address + headSize, bodySize)
  if (body === undefined) return undefined
  file.countBtreeNode()
  const first = file.located
  const base = address + headSize - first // the file offset of body[0], for errors
  const children = new Array<number>(entries)
  for (let i = 0; i < entries; i++) children[i] = file.addressAt(body, first + i * entrySize + lengthSize, base)
  return children
}
