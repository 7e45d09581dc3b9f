import { chunkLength, chunksToBytes, type Chunk } from './sparse.js'

/**
 * A small FlatBuffers writer for tests, the bench and the fuzzer: tables, vectors and strings laid
 * out front to back (each object after the objects that point to it, as uoffsets must point
 * forward; each vtable just before its table). Not what flatc's builders emit byte for byte, but
 * the same wire format (`google/flatbuffers:docs/source/internals.md`).
 */

export type FbScalar = { u8: number } | { i32: number } | { u32: number } | { u64: number }
export type FbField = FbScalar | { ref: FbNode } | undefined

export type FbNode =
  | { table: FbField[] }
  | { tables: FbNode[] }
  | { bytes: Uint8Array | { length: number } }
  | { i32s: number[] }
  /** A vector of `count` fixed-size elements given as their bytes (floats, longs). */
  | { elements: Uint8Array; count: number }
  | { string: string }

/** A table whose fields are given by id (index); `undefined` leaves a field at its default. */
export const table = (...fields: FbField[]): FbNode => ({ table: fields })
export const tables = (...nodes: FbNode[]): FbNode => ({ tables: nodes })
export const str = (text: string): FbField => ({ ref: { string: text } })
export const ref = (node: FbNode): FbField => ({ ref: node })

/** The flatbuffer of `root` with `identifier` at bytes 4..8, then `header` bytes (ExecuTorch's extended header goes there). */
export function buildFlatbuffer(root: FbNode, identifier: string, header: Uint8Array = new Uint8Array(0)): Uint8Array {
  return chunksToBytes(flatbufferChunks(root, identifier, header))
}

/**
 * The same as chunks of a sparse file: a `bytes` node of `{ length }` (a payload) is a hole, so
 * the bench and the tests can describe large inline payloads without holding them.
 */
export function flatbufferChunks(root: FbNode, identifier: string, header: Uint8Array = new Uint8Array(0)): Chunk[] {
  const head = new Uint8Array(8 + header.length)
  const parts: { at: number; bytes: Uint8Array | { hole: number } }[] = [{ at: 0, bytes: head }]
  let end = head.length
  const patches: { at: number; node: FbNode; part: Uint8Array; partAt: number }[] = []
  const placed = new Map<FbNode, number>()
  const emit = (bytes: Uint8Array): number => {
    end += (4 - (end % 4)) % 4
    const at = end
    parts.push({ at, bytes })
    end += bytes.length
    return at
  }
  const place = (node: FbNode): number => {
    const known = placed.get(node)
    if (known !== undefined) return known
    let at: number
    if ('table' in node) {
      const fields = node.table
      const layout: { offset: number; field: Exclude<FbField, undefined> }[] = []
      let size = 4
      for (const field of fields) {
        if (!field) continue
        const width = 'u8' in field ? 1 : 'u64' in field ? 8 : 4
        layout.push({ offset: size, field })
        size += width
      }
      const vtable = new Uint8Array(4 + 2 * fields.length + ((2 * fields.length) % 4 === 0 ? 0 : 2))
      const vv = new DataView(vtable.buffer)
      vv.setUint16(0, 4 + 2 * fields.length, true)
      vv.setUint16(2, size, true)
      let slot = 0
      for (let id = 0; id < fields.length; id++) if (fields[id]) vv.setUint16(4 + 2 * id, layout[slot++].offset, true)
      const vtableAt = emit(vtable)
      const body = new Uint8Array(size)
      const bv = new DataView(body.buffer)
      at = emit(body)
      bv.setInt32(0, at - vtableAt, true)
      for (const { offset, field } of layout) {
        if ('u8' in field) bv.setUint8(offset, field.u8)
        else if ('i32' in field) bv.setInt32(offset, field.i32, true)
        else if ('u32' in field) bv.setUint32(offset, field.u32, true)
        else if ('u64' in field) bv.setBigUint64(offset, BigInt(field.u64), true)
        else patches.push({ at: at + offset, node: field.ref, part: body, partAt: at })
      }
    } else if ('tables' in node) {
      const body = new Uint8Array(4 + 4 * node.tables.length)
      new DataView(body.buffer).setUint32(0, node.tables.length, true)
      at = emit(body)
      node.tables.forEach((child, i) => patches.push({ at: at + 4 + 4 * i, node: child, part: body, partAt: at }))
    } else if ('i32s' in node) {
      const body = new Uint8Array(4 + 4 * node.i32s.length)
      const view = new DataView(body.buffer)
      view.setUint32(0, node.i32s.length, true)
      node.i32s.forEach((value, i) => view.setInt32(4 + 4 * i, value, true))
      at = emit(body)
    } else {
      const content = 'string' in node ? new TextEncoder().encode(node.string + '\0') : 'elements' in node ? node.elements : node.bytes
      const length = 'string' in node ? content.length - 1 : 'elements' in node ? node.count : content.length
      const lengthWord = new Uint8Array(4)
      new DataView(lengthWord.buffer).setUint32(0, length, true)
      at = emit(lengthWord)
      if (content instanceof Uint8Array) emit(content)
      else {
        parts.push({ at: end, bytes: { hole: length } })
        end += length
      }
    }
    placed.set(node, at)
    return at
  }
  const rootAt = place(root)
  // Children in the order their parents were placed: each after everything that points to it.
  for (let i = 0; i < patches.length; i++) place(patches[i].node)
  new DataView(head.buffer).setUint32(0, rootAt, true)
  head.set(new TextEncoder().encode(identifier).subarray(0, 4), 4)
  head.set(header, 8)
  for (const { at, node, part, partAt } of patches) {
    const target = placed.get(node)!
    if (target <= at) throw new Error('a node shared by parents placed apart would need a backward offset')
    new DataView(part.buffer).setUint32(at - partAt, target - at, true)
  }
  // Runs of written parts become one chunk each: a model of 10^5 tensors has ~10^6 small parts.
  const chunks: Chunk[] = []
  let run: { at: number; parts: { at: number; bytes: Uint8Array }[] } | undefined
  const endRun = (): void => {
    if (!run) return
    const last = run.parts[run.parts.length - 1]
    const joined = new Uint8Array(last.at + last.bytes.length - run.at)
    for (const part of run.parts) joined.set(part.bytes, part.at - run.at)
    chunks.push(joined)
    run = undefined
  }
  let position = 0
  for (const { at, bytes } of parts) {
    if (bytes instanceof Uint8Array) {
      run ??= { at: position, parts: [] }
      run.parts.push({ at, bytes })
    } else {
      endRun()
      if (at > position) chunks.push(new Uint8Array(at - position))
      chunks.push(bytes)
    }
    position = at + chunkLength(bytes)
  }
  endRun()
  return chunks
}
