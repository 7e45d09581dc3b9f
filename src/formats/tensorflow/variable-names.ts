/**
 * Each variable's position by its name, for the two name lookups of a TF read: the object
 * graph's checkpoint keys, straight from their UTF-8 bytes (one per attribute: 10^5 for a model
 * of 10^5 variables), and the slot structure's prefixes (`X` of `X/Adam`), as strings.
 *
 * Why not a Map from name to position: the graph's keys had to be decoded into strings only to
 * be looked up (10^5 strings of garbage), and inserting and looking up 10^5 names of ~70
 * characters in a Map was ~90 ms of a ~700 ms read of 10^5 tensors (--cpu-prof). Here a name is
 * hashed (FNV-1a over its UTF-8 bytes) into an open-addressing table of positions, and a
 * candidate is confirmed by comparing its name with the bytes or string looked up.
 */
export class VariableNames {
  /** Linear probing; each slot holds a position + 1, 0 when empty. At most half full. */
  private readonly table: Int32Array
  private readonly mask: number

  constructor(private readonly variables: readonly { readonly name: string }[]) {
    let size = 16
    while (size < 2 * variables.length) size *= 2
    this.table = new Int32Array(size)
    this.mask = size - 1
    variables.forEach((variable, i) => this.insert(variable.name, i))
  }

  /** The position of the variable named `name`, -1 if none. */
  position(name: string): number {
    for (let at = hashString(name) & this.mask; this.table[at] !== 0; at = (at + 1) & this.mask) {
      if (this.variables[this.table[at] - 1].name === name) return this.table[at] - 1
    }
    return -1
  }

  /** The position of the variable whose name is encoded by `bytes[start..end)` in UTF-8, -1 if none. */
  positionOfUtf8(bytes: Uint8Array, start: number, end: number): number {
    for (let at = hashBytes(bytes, start, end) & this.mask; this.table[at] !== 0; at = (at + 1) & this.mask) {
      if (encodes(bytes, start, end, this.variables[this.table[at] - 1].name)) return this.table[at] - 1
    }
    return -1
  }

  /** Like Map.set: a name given twice is the later position. */
  private insert(name: string, position: number): void {
    let at = hashString(name) & this.mask
    while (this.table[at] !== 0 && this.variables[this.table[at] - 1].name !== name) at = (at + 1) & this.mask
    this.table[at] = position + 1
  }
}

const FNV_OFFSET = 0x811c9dc5
const FNV_PRIME = 0x01000193
const UTF8_ENCODER = new TextEncoder()

/** FNV-1a (https://datatracker.ietf.org/doc/html/draft-eastlake-fnv) over `bytes[start..end)`. */
export function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let hash = FNV_OFFSET | 0
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ bytes[i], FNV_PRIME)
  return hash
}

/**
 * `hashBytes` of the UTF-8 encoding of `text`: its char codes when they are all ASCII (names
 * nearly always are). The loop tests for other characters once, at its end: a test per character
 * made it twice as slow, and it runs over every character of 10^5 names.
 */
function hashString(text: string): number {
  let hash = FNV_OFFSET | 0
  let bits = 0
  const length = text.length
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i)
    bits |= code
    hash = Math.imul(hash ^ code, FNV_PRIME)
  }
  if (bits < 0x80) return hash
  const encoded = UTF8_ENCODER.encode(text)
  return hashBytes(encoded, 0, encoded.length)
}

/** Whether `bytes[start..end)` is the ASCII encoding of `text` (false for any other character). */
export function isAscii(text: string, bytes: Uint8Array, start: number, end: number): boolean {
  const length = text.length
  if (length !== end - start) return false
  let bits = 0
  for (let i = 0; i < length; i++) {
    const byte = bytes[start + i]
    if (text.charCodeAt(i) !== byte) return false
    bits |= byte
  }
  return bits < 0x80
}

/** Whether `bytes[start..end)` is the UTF-8 encoding of `text`. */
function encodes(bytes: Uint8Array, start: number, end: number, text: string): boolean {
  if (isAscii(text, bytes, start, end)) return true
  // Only names with other characters go further (rare): compared as encoded bytes.
  if (!/[^\x00-\x7f]/.test(text)) return false
  const encoded = UTF8_ENCODER.encode(text)
  if (encoded.length !== end - start) return false
  for (let i = 0; i < encoded.length; i++) if (encoded[i] !== bytes[start + i]) return false
  return true
}
