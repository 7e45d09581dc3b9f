import { UTF8 } from '../../io/bytes/index.js'

/**
 * Names read in place: a link and an attribute name per object, 3·10^5 of them at 10^5 layers,
 * short ASCII nearly always.
 */

/**
 * The char codes of the name shortString is building: one array per name length, reused for
 * every name of that length (setting an array's length per name cost more than the name).
 */
const nameCodes: number[][] = Array.from({ length: 65 }, (_, length) => new Array<number>(length).fill(0))

/**
 * The UTF-8 string in bytes[start, end), less trailing NULs. Names are made in one
 * String.fromCharCode call from their codes, without a view or a TextDecoder call (a string built
 * a character at a time was a new string per character); anything else goes to the decoder.
 */
export function shortString(bytes: Uint8Array, start: number, end: number): string {
  while (end > start && bytes[end - 1] === 0) end--
  const length = end - start
  if (length >= nameCodes.length) return UTF8.decode(bytes.subarray(start, end))
  const codes = nameCodes[length]
  for (let i = 0; i < length; i++) {
    const byte = bytes[start + i]
    if (byte >= 0x80 || byte === 0) return UTF8.decode(bytes.subarray(start, end)).replace(/\0+$/, '')
    codes[i] = byte
  }
  return String.fromCharCode.apply(null, codes)
}

/** Whether bytes[start, end), less trailing NULs, are ASCII and spell `text` (what shortString would return). */
export function isString(bytes: Uint8Array, start: number, end: number, text: string): boolean {
  while (end > start && bytes[end - 1] === 0) end--
  if (end - start !== text.length) return false
  for (let i = 0; i < text.length; i++) {
    const byte = bytes[start + i]
    if (byte === 0 || byte >= 0x80 || byte !== text.charCodeAt(i)) return false
  }
  return true
}
