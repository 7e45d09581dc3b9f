import { releaseArrayBuffer } from './release-buffer.js'
import { STRICT_UTF8 } from './utf8.js'

/** Probe steps before the index gives up its table for a Map (a half-full table averages ~1.5). */
const MAX_NAME_PROBES = 64
/** Fewer names than this are indexed by a Map from the start (bench/README.md, "Name index"). */
const MIN_TABLE_NAMES = 4096

/**
 * Positions by name, as a Map would find them (a name given twice is its later position), for the
 * large name lookups of a read: a zip archive's entries, a TF bundle's variables (looked up by
 * checkpoint keys straight from their UTF-8 bytes, and by slot prefixes as strings).
 *
 * An open-addressing table of positions (one Int32Array, at most half full), hashed with FNV-1a
 * over a name's UTF-8 bytes, a candidate confirmed by comparing its name; do not replace it with a
 * Map of decoded names (bench/README.md, "Name index"). Names crafted to collide (the hash is not
 * keyed) could make every probe long: past MAX_NAME_PROBES steps the index gives up the table for
 * a Map, whose hash V8 seeds.
 */
export class NameIndex {
  private slots: Int32Array
  private readonly mask: number
  private fallback: Map<string, number> | undefined

  constructor(
    readonly count: number,
    /** The name at a position (0 ≤ position < count). */
    private readonly nameAt: (position: number) => string
  ) {
    let size = 16
    while (size < count * 2) size *= 2
    this.mask = size - 1
    // A small set gets the Map (bench/README.md, "Name index").
    if (count < MIN_TABLE_NAMES) {
      this.slots = new Int32Array(0)
      this.fallback = this.mapOfAll()
      return
    }
    this.slots = new Int32Array(size)
    for (let i = 0; i < count; i++) {
      const slot = this.slotOf(nameAt(i))
      if (slot < 0) {
        this.slots = new Int32Array(0)
        this.fallback = this.mapOfAll()
        return
      }
      this.slots[slot] = i + 1
    }
  }

  /** An index of `names` by their own position. */
  static of(names: readonly string[]): NameIndex {
    return new NameIndex(names.length, (i) => names[i])
  }

  /** Whether crafted (or unlucky) names made the index fall back to a Map. */
  get usesMap(): boolean {
    return this.fallback !== undefined
  }

  /** The position of (the last) `name`, or undefined. */
  get(name: string): number | undefined {
    if (this.fallback) return this.fallback.get(name)
    const slot = this.slotOf(name)
    const found = slot < 0 ? 0 : this.slots[slot]
    return found === 0 ? undefined : found - 1
  }

  /** `get`, with -1 for none. */
  position(name: string): number {
    return this.get(name) ?? -1
  }

  /** The position of the name whose UTF-8 encoding is `bytes[start..end)`, -1 if none; no string is built for the table. */
  positionOfUtf8(bytes: Uint8Array, start: number, end: number): number {
    if (this.fallback) {
      let name: string
      try {
        name = STRICT_UTF8.decode(bytes.subarray(start, end))
      } catch {
        return -1 // not UTF-8: no name is encoded by these bytes
      }
      return this.fallback.get(name) ?? -1
    }
    let slot = hashBytes(FNV_OFFSET, bytes, start, end) & this.mask
    for (let probe = 0; probe < MAX_NAME_PROBES; probe++) {
      const found = this.slots[slot]
      if (found === 0) return -1
      if (encodes(bytes, start, end, this.nameAt(found - 1))) return found - 1
      slot = (slot + 1) & this.mask
    }
    return -1 // every name sits within MAX_NAME_PROBES of its hash (the constructor checked)
  }

  /**
   * A lookup of `folder + key` for many keys under one folder, without building the joined names
   * (a torch archive looks up one `archive/data/<key>` per storage): the folder's hash is computed once.
   */
  inFolder(folder: string): (key: string) => number | undefined {
    const fallback = this.fallback
    if (fallback) return (key) => fallback.get(folder + key)
    const folderHash = hashString(FNV_OFFSET, folder)
    return (key) => {
      const length = folder.length + key.length
      let slot = hashString(folderHash, key) & this.mask
      for (let probe = 0; probe < MAX_NAME_PROBES; probe++) {
        const found = this.slots[slot]
        if (found === 0) return undefined
        // The key first: names in one folder differ there.
        const name = this.nameAt(found - 1)
        if (name.length === length && name.endsWith(key) && name.startsWith(folder)) return found - 1
        slot = (slot + 1) & this.mask
      }
      return undefined
    }
  }

  /** Frees the table now (a large archive's, once its lookups are done); the index finds nothing afterwards. */
  release(): void {
    releaseArrayBuffer(this.slots.buffer)
    this.slots = new Int32Array(0)
    this.fallback = new Map()
  }

  /** The slot holding `name`, or the empty slot where it would go; -1 after too many steps. */
  private slotOf(name: string): number {
    let slot = hashString(FNV_OFFSET, name) & this.mask
    for (let probe = 0; probe < MAX_NAME_PROBES; probe++) {
      const found = this.slots[slot]
      if (found === 0 || this.nameAt(found - 1) === name) return slot
      slot = (slot + 1) & this.mask
    }
    return -1
  }

  private mapOfAll(): Map<string, number> {
    const map = new Map<string, number>()
    for (let i = 0; i < this.count; i++) map.set(this.nameAt(i), i)
    return map
  }
}

const FNV_OFFSET = 0x811c9dc5 | 0
const FNV_PRIME = 0x01000193
const UTF8_ENCODER = new TextEncoder()

/** FNV-1a (https://datatracker.ietf.org/doc/html/draft-eastlake-fnv) of `bytes[start..end)`, continuing `hash`. */
export function hashBytes(hash: number, bytes: Uint8Array, start: number, end: number): number {
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ bytes[i], FNV_PRIME)
  return hash
}

/** FNV-1a of the UTF-8 bytes `bytes[start..end)` from the start: what SharedNames-like caches key on. */
export function hashUtf8(bytes: Uint8Array, start: number, end: number): number {
  return hashBytes(FNV_OFFSET, bytes, start, end)
}

/**
 * `hashBytes` of the UTF-8 encoding of `text`, continuing `hash`: its char codes when they are
 * all ASCII (names nearly always are). The loop tests for other characters once, at its end: a
 * test per character made it twice as slow over every character of 10^5 names.
 */
function hashString(hash: number, text: string): number {
  const start = hash
  let bits = 0
  const length = text.length
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i)
    bits |= code
    hash = Math.imul(hash ^ code, FNV_PRIME)
  }
  if (bits < 0x80) return hash
  const encoded = UTF8_ENCODER.encode(text)
  return hashBytes(start, encoded, 0, encoded.length)
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
