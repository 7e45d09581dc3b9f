import { LimitExceededError } from '../../core/errors.js'
import { MAX_ZIP_DIRECTORY_BYTES, MAX_ZIP_ENTRIES } from '../../core/limits.js'
import type { ByteSource } from '../../io/byte-source.js'
import { invalidZip, u64 } from './fields.js'

/**
 * The end of central directory record (APPNOTE.TXT §4.3.16) and, for ZIP64 archives (torch's
 * writer always writes one), the ZIP64 locator and record before it (§4.3.14–15): where the
 * central directory is, how long it is and how many entries it lists.
 */

const EOCD_SIGNATURE = 0x06054b50
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50
const ZIP64_EOCD_SIGNATURE = 0x06064b50
const EOCD_SIZE = 22
const MAX_COMMENT = 0xffff
/** Tail read first: the EOCD, a ZIP64 locator and record, and a short comment fit. */
export const SHORT_TAIL = 4096

export interface DirectoryLocation {
  entryCount: number
  directorySize: number
  /** Offset of the central directory in the source. */
  directoryOffset: number
  /** The bytes read from the end of the source (the directory may be in them) and where they start. */
  tail: Uint8Array
  tailStart: number
}

/**
 * Finds the end of central directory: a scan back over a possible comment. Most archives
 * (torch's among them) have none, so a short tail (`tailBytes`) is tried before the longest one a
 * comment allows.
 */
export async function locateDirectory(source: ByteSource, tailBytes = SHORT_TAIL): Promise<DirectoryLocation> {
  let tailLength = Math.min(source.size, tailBytes)
  let tail = await source.read(source.size - tailLength, tailLength)
  let eocd = findEnd(tail)
  if (eocd < 0 && tailLength < source.size) {
    tailLength = Math.min(source.size, EOCD_SIZE + MAX_COMMENT)
    tail = await source.read(source.size - tailLength, tailLength)
    eocd = findEnd(tail)
  }
  if (eocd < 0) throw invalidZip(source.name, 'end of central directory not found or unreadable')
  const tailStart = source.size - tailLength
  const tv = new DataView(tail.buffer, tail.byteOffset, tail.byteLength)
  let entryCount = tv.getUint16(eocd + 10, true)
  let directorySize = tv.getUint32(eocd + 12, true)
  let directoryOffset = tv.getUint32(eocd + 16, true)
  const eocdOffset = tailStart + eocd

  // ZIP64: a locator right before the EOCD points at the ZIP64 EOCD record.
  if (eocd >= 20 && tv.getUint32(eocd - 20, true) === ZIP64_LOCATOR_SIGNATURE) {
    const recordOffset = u64(tv, eocd - 20 + 8, source.name, 'ZIP64 end-of-directory record offset', eocdOffset - 12)
    if (recordOffset + 56 > eocdOffset) {
      throw invalidZip(source.name, 'ZIP64 end-of-directory locator points outside the file', eocdOffset - 20)
    }
    const record = await source.read(recordOffset, 56)
    const rv = new DataView(record.buffer, record.byteOffset, 56)
    if (rv.getUint32(0, true) !== ZIP64_EOCD_SIGNATURE) throw invalidZip(source.name, 'ZIP64 end-of-directory record not found', recordOffset)
    entryCount = u64(rv, 32, source.name, 'ZIP64 entry count', recordOffset + 32)
    directorySize = u64(rv, 40, source.name, 'ZIP64 central directory size', recordOffset + 40)
    directoryOffset = u64(rv, 48, source.name, 'ZIP64 central directory offset', recordOffset + 48)
  }
  if (entryCount > MAX_ZIP_ENTRIES) throw new LimitExceededError(source.name, 'the number of zip entries', entryCount, MAX_ZIP_ENTRIES)
  if (directorySize > MAX_ZIP_DIRECTORY_BYTES) {
    throw new LimitExceededError(source.name, 'the size of the zip central directory', directorySize, MAX_ZIP_DIRECTORY_BYTES)
  }
  if (directoryOffset + directorySize > eocdOffset) throw invalidZip(source.name, 'central directory extends past its end record', directoryOffset)
  return { entryCount, directorySize, directoryOffset, tail, tailStart }
}

/** The offset of the EOCD in `tail` (the last signature whose comment fits), or -1. */
function findEnd(tail: Uint8Array): number {
  const view = new DataView(tail.buffer, tail.byteOffset, tail.byteLength)
  for (let i = tail.length - EOCD_SIZE; i >= 0; i--) {
    if (view.getUint32(i, true) === EOCD_SIGNATURE && i + EOCD_SIZE + view.getUint16(i + 20, true) <= tail.length) return i
  }
  return -1
}
