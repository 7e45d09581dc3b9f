import { deflateRawSync } from 'node:zlib'
import { chunksLength, chunksToBytes, type Chunk } from './sparse.js'

export interface ZipBuilderEntry {
  name: string
  data: Uint8Array
  /** Extra bytes in the local header's extra field only (PyTorch aligns payloads this way). */
  localExtraPadding?: number
  deflate?: boolean
}

/**
 * Writes a small, valid zip (no ZIP64) in memory, for tests that need archives with a given
 * layout. CRCs are computed so that strict readers accept it.
 */
export function buildZip(entries: ZipBuilderEntry[]): Uint8Array {
  const chunks: Uint8Array[] = []
  const central: Uint8Array[] = []
  let offset = 0
  for (const entry of entries) {
    const name = new TextEncoder().encode(entry.name)
    const payload = entry.deflate ? new Uint8Array(deflateRawSync(entry.data)) : entry.data
    const method = entry.deflate ? 8 : 0
    const crc = crc32(entry.data)
    const padding = entry.localExtraPadding ?? 0
    const extra = new Uint8Array(padding > 0 ? padding + 4 : 0)
    if (padding > 0) {
      // An unknown extra-field id with `padding` bytes of zeros, as torch's "FB" padding record.
      new DataView(extra.buffer).setUint16(0, 0x4246, true)
      new DataView(extra.buffer).setUint16(2, padding, true)
    }
    const local = new Uint8Array(30 + name.length + extra.length)
    const lv = new DataView(local.buffer)
    lv.setUint32(0, 0x04034b50, true)
    lv.setUint16(4, 20, true)
    lv.setUint16(8, method, true)
    lv.setUint32(14, crc, true)
    lv.setUint32(18, payload.length, true)
    lv.setUint32(22, entry.data.length, true)
    lv.setUint16(26, name.length, true)
    lv.setUint16(28, extra.length, true)
    local.set(name, 30)
    local.set(extra, 30 + name.length)

    const header = new Uint8Array(46 + name.length)
    const cv = new DataView(header.buffer)
    cv.setUint32(0, 0x02014b50, true)
    cv.setUint16(4, 20, true)
    cv.setUint16(6, 20, true)
    cv.setUint16(10, method, true)
    cv.setUint32(16, crc, true)
    cv.setUint32(20, payload.length, true)
    cv.setUint32(24, entry.data.length, true)
    cv.setUint16(28, name.length, true)
    cv.setUint32(42, offset, true)
    header.set(name, 46)
    central.push(header)

    chunks.push(local, payload)
    offset += local.length + payload.length
  }
  const centralSize = central.reduce((sum, c) => sum + c.length, 0)
  const eocd = new Uint8Array(22)
  const ev = new DataView(eocd.buffer)
  ev.setUint32(0, 0x06054b50, true)
  ev.setUint16(8, entries.length, true)
  ev.setUint16(10, entries.length, true)
  ev.setUint32(12, centralSize, true)
  ev.setUint32(16, offset, true)
  const out = new Uint8Array(offset + centralSize + 22)
  let at = 0
  for (const chunk of [...chunks, ...central, eocd]) {
    out.set(chunk, at)
    at += chunk.length
  }
  return out
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    table[n] = c >>> 0
  }
  return table
})()

export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}

export interface Zip64Entry {
  name: string
  /** The entry's bytes, possibly with holes (payloads never written). */
  chunks: Chunk[]
  /** Deflate it (only entries without holes). */
  deflate?: boolean
}

export interface Zip64Options {
  /** Sizes after each member in a data descriptor (flag bit 3), as a zip written to a stream. */
  dataDescriptors?: boolean
}

/**
 * A ZIP64 archive as chunks, as numpy (`force_zip64=True`) and torch's miniz write one: local
 * headers with a ZIP64 extra, the central directory with 64-bit sizes and offsets, the ZIP64 end
 * record and locator, and an end record with the ZIP64 markers (APPNOTE.TXT 4.3.14-4.3.16, 4.5.3).
 * Stored entries may be holes of a sparse file.
 */
export function buildZip64(members: readonly Zip64Entry[], options: Zip64Options = {}): Chunk[] {
  const out: Chunk[] = []
  const central: Uint8Array[] = []
  let offset = 0
  for (const member of members) {
    const name = new TextEncoder().encode(member.name)
    const size = chunksLength(member.chunks)
    let payload: Chunk[] = member.chunks
    const written = member.chunks.every((chunk) => chunk instanceof Uint8Array)
    // A hole's CRC is left 0 (its bytes are never written); readers here do not check CRCs.
    const raw = written || member.deflate ? chunksToBytes(member.chunks) : undefined
    const crc = raw ? crc32(raw) : 0
    if (member.deflate && raw) payload = [new Uint8Array(deflateRawSync(raw))]
    const compressed = chunksLength(payload)
    const method = member.deflate ? 8 : 0
    const flags = options.dataDescriptors ? 0x8 : 0
    const local = new Uint8Array(30 + name.length + 20)
    const lv = new DataView(local.buffer)
    lv.setUint32(0, 0x04034b50, true)
    lv.setUint16(4, 45, true)
    lv.setUint16(6, flags, true)
    lv.setUint16(8, method, true)
    lv.setUint32(14, options.dataDescriptors ? 0 : crc, true)
    lv.setUint32(18, 0xffffffff, true)
    lv.setUint32(22, 0xffffffff, true)
    lv.setUint16(26, name.length, true)
    lv.setUint16(28, 20, true)
    local.set(name, 30)
    lv.setUint16(30 + name.length, 0x0001, true)
    lv.setUint16(32 + name.length, 16, true)
    lv.setBigUint64(34 + name.length, options.dataDescriptors ? 0n : BigInt(size), true)
    lv.setBigUint64(42 + name.length, options.dataDescriptors ? 0n : BigInt(compressed), true)
    out.push(local, ...payload)
    let trailer = 0
    if (options.dataDescriptors) {
      const descriptor = new Uint8Array(24)
      const dv = new DataView(descriptor.buffer)
      dv.setUint32(0, 0x08074b50, true)
      dv.setUint32(4, crc, true)
      dv.setBigUint64(8, BigInt(compressed), true)
      dv.setBigUint64(16, BigInt(size), true)
      out.push(descriptor)
      trailer = descriptor.length
    }
    const header = new Uint8Array(46 + name.length + 28)
    const cv = new DataView(header.buffer)
    cv.setUint32(0, 0x02014b50, true)
    cv.setUint16(4, 45, true)
    cv.setUint16(6, 45, true)
    cv.setUint16(8, flags, true)
    cv.setUint16(10, method, true)
    cv.setUint32(16, crc, true)
    cv.setUint32(20, 0xffffffff, true)
    cv.setUint32(24, 0xffffffff, true)
    cv.setUint16(28, name.length, true)
    cv.setUint16(30, 28, true)
    cv.setUint32(42, 0xffffffff, true)
    header.set(name, 46)
    const extra = 46 + name.length
    cv.setUint16(extra, 0x0001, true)
    cv.setUint16(extra + 2, 24, true)
    cv.setBigUint64(extra + 4, BigInt(size), true)
    cv.setBigUint64(extra + 12, BigInt(compressed), true)
    cv.setBigUint64(extra + 20, BigInt(offset), true)
    central.push(header)
    offset += local.length + compressed + trailer
  }
  const directory = chunksToBytes(central)
  out.push(directory, zip64End(members.length, directory.length, offset))
  return out
}

/** ZIP64 end-of-directory record, its locator, and the classic EOCD with the ZIP64 markers. */
function zip64End(count: number, directoryBytes: number, directoryOffset: number): Uint8Array {
  const tail = new Uint8Array(56 + 20 + 22)
  const tv = new DataView(tail.buffer)
  tv.setUint32(0, 0x06064b50, true)
  tv.setBigUint64(4, 44n, true)
  tv.setUint16(12, 45, true)
  tv.setUint16(14, 45, true)
  tv.setBigUint64(24, BigInt(count), true)
  tv.setBigUint64(32, BigInt(count), true)
  tv.setBigUint64(40, BigInt(directoryBytes), true)
  tv.setBigUint64(48, BigInt(directoryOffset), true)
  tv.setUint32(56, 0x07064b50, true)
  tv.setBigUint64(64, BigInt(directoryOffset + directoryBytes), true)
  tv.setUint32(72, 1, true)
  tv.setUint32(76, 0x06054b50, true)
  tv.setUint16(84, 0xffff, true)
  tv.setUint16(86, 0xffff, true)
  tv.setUint32(88, 0xffffffff, true)
  tv.setUint32(92, 0xffffffff, true)
  return tail
}

/** A record of an archive whose payload may be a hole of a sparse file. */
export interface ZipRecord {
  name: string
  /** Stored bytes, or the size of a payload left as a hole (its CRC is then 0). */
  data?: Uint8Array
  hole?: number
}

/** A stored ZIP64 archive (as torch's writer makes for large archives) whose payloads may be holes. */
export function sparseZip64(records: readonly ZipRecord[]): Chunk[] {
  return buildZip64(records.map((record) => ({ name: record.name, chunks: [record.data ?? { hole: record.hole ?? 0 }] })))
}
