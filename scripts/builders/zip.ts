import { deflateRawSync } from 'node:zlib'

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
