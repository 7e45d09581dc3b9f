import { releaseArrayBuffer } from '../release-buffer.js'

/** Probe steps of the name index before it falls back to a Map (a half-full table averages ~1.5). */
const MAX_NAME_PROBES = 64
/** Archives with fewer entries are indexed by a Map (`ZipNameIndex`). */
const MIN_TABLE_ENTRIES = 4096

/**
 * Entries by name, as a Map would find them (the last entry of a name wins), in an
 * open-addressing hash table of entry indexes: one typed array sized once. A Map keyed by the
 * 10^5 names of a large torch archive grew by copies into the large-object space, ~7 MB that
 * stayed to exit.
 */
export class ZipNameIndex {
  /** Entry index + 1 per slot, 0 for empty; at most half full, so probes stay short. */
  private readonly slots: Int32Array
  private readonly mask: number
  /**
   * Names crafted to collide (the hash is not keyed) could make every probe long: past
   * MAX_NAME_PROBES steps the index gives up the table for a Map, whose hash V8 seeds. Small
   * archives use the Map from the start.
   */
  private readonly fallback: Map<string, number> | undefined

  constructor(private readonly names: readonly string[]) {
    let size = 16
    while (size < names.length * 2) size *= 2
    // A small archive gets the Map: its memory is nothing, and the hashing loop, compiled by
    // the JIT once hot, cost a small run ~4 MB of RSS.
    this.slots = new Int32Array(names.length < MIN_TABLE_ENTRIES ? 0 : size)
    this.mask = size - 1
    for (let i = 0; i < names.length; i++) {
      const slot = this.slots.length === 0 ? -1 : this.slotOf(names[i])
      if (slot < 0) {
        this.fallback = new Map()
        for (let j = 0; j < names.length; j++) this.fallback.set(names[j], j)
        this.slots = new Int32Array(0)
        return
      }
      this.slots[slot] = i + 1
    }
  }

  /** The index of the (last) entry named `name`. */
  get(name: string): number | undefined {
    if (this.fallback) return this.fallback.get(name)
    const slot = this.slotOf(name)
    const found = slot < 0 ? 0 : this.slots[slot]
    return found === 0 ? undefined : found - 1
  }

  /**
   * A lookup of `folder + key` for many keys under one folder, without building the joined
   * names: a torch archive looks up one `archive/data/<key>` per storage, and each concatenation
   * had to be flattened to be hashed. The folder's part of the hash is computed once.
   */
  inFolder(folder: string): (key: string) => number | undefined {
    if (this.fallback) {
      const fallback = this.fallback
      return (key) => fallback.get(folder + key)
    }
    const folderHash = fnv1aContinue(FNV_OFFSET, folder)
    return (key) => {
      const length = folder.length + key.length
      let slot = fnv1aContinue(folderHash, key) & this.mask
      for (let probe = 0; probe < MAX_NAME_PROBES; probe++) {
        const found = this.slots[slot]
        if (found === 0) return undefined
        // The key first: names in one folder differ there.
        const name = this.names[found - 1]
        if (name.length === length && name.endsWith(key) && name.startsWith(folder)) return found - 1
        slot = (slot + 1) & this.mask
      }
      // Every name in the table sits within MAX_NAME_PROBES of its hash (the constructor checked).
      return undefined
    }
  }

  /** Frees the table now (see `ZipArchive.release`); the index finds nothing afterwards. */
  release(): void {
    releaseArrayBuffer(this.slots.buffer)
  }

  /** The slot holding `name`, or the empty slot where it would go (linear probing); -1 after too many steps. */
  private slotOf(name: string): number {
    let slot = fnv1a(name) & this.mask
    for (let probe = 0; probe < MAX_NAME_PROBES; probe++) {
      const found = this.slots[slot]
      if (found === 0 || this.names[found - 1] === name) return slot
      slot = (slot + 1) & this.mask
    }
    return -1
  }
}

/** 32-bit FNV-1a over UTF-16 code units: cheap, and spreads names that differ in a digit. */
export function fnv1a(text: string): number {
  return fnv1aContinue(FNV_OFFSET, text) >>> 0
}

const FNV_OFFSET = 0x811c9dc5

/** FNV-1a of the text hashed so far (`hash`) followed by `text`: hashing parts in turn hashes their concatenation. */
function fnv1aContinue(hash: number, text: string): number {
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193)
  return hash
}
