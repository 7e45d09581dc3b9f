export const NOT_WALKED = 0
export const WALKED_GROUP = 1
export const WALKED_DATASET = 2

/**
 * The set of object headers walked, and what each is: an open-addressing hash table of numbers
 * in one typed array, linear probing. A Map<number, …> costs ~0.4 µs a lookup at 3·10^5 entries
 * (a walk's largest single cost): header addresses past 2^31 are heap numbers, each key an
 * allocation and each probe a pointer chase; here a probe reads one number. A group is stored as
 * its address, a dataset as −(address + 4). (Below EMPTY_SLOT for every address from
 * UNDEFINED_ADDRESS up: with −(address + 3), a lookup of −1 found its first empty slot to be a
 * walked dataset.)
 *
 * The slots are 32-bit integers while every address fits (metadata below 2 GiB into the file: a
 * 2 MiB table at 3·10^5 objects rather than 4, live to the end of the walk), and 64-bit floats
 * from the first address that does not.
 */
export class AddressTable {
  /** Entries (EMPTY_SLOT where free); a power-of-two length. */
  private slots: Int32Array | Float64Array = new Int32Array(1024).fill(EMPTY_SLOT)
  private size = 0
  /** 32 − log2(slots.length): a multiplicative hash keeps the top bits. */
  private shift = 22

  get(address: number): typeof NOT_WALKED | typeof WALKED_GROUP | typeof WALKED_DATASET {
    if (address > MAX_NARROW_ADDRESS && this.slots instanceof Int32Array) return NOT_WALKED // none set yet
    const slots = this.slots
    const mask = slots.length - 1
    const asDataset = datasetEntry(address)
    for (let slot = this.slot(address); ; slot = (slot + 1) & mask) {
      const entry = slots[slot]
      if (entry === address) return WALKED_GROUP
      if (entry === asDataset) return WALKED_DATASET
      if (entry === EMPTY_SLOT) return NOT_WALKED
    }
  }

  set(address: number, walked: typeof WALKED_GROUP | typeof WALKED_DATASET): void {
    const entry = walked === WALKED_GROUP ? address : datasetEntry(address)
    // Kept under three quarters full: probes stay short (a miss reads ~4 slots, mostly one cache
    // line), a free slot always ends a search, and the table stays 4 MiB at 3·10^5 objects.
    if (4 * (this.size + 1) > 3 * this.slots.length) this.grow()
    if (address > MAX_NARROW_ADDRESS && this.slots instanceof Int32Array) this.slots = Float64Array.from(this.slots) // same slots, wider
    const slots = this.slots
    const mask = slots.length - 1
    let slot = this.slot(address)
    while (slots[slot] !== EMPTY_SLOT) {
      if (slots[slot] === address || slots[slot] === datasetEntry(address)) break // an object walked again (a second link to a dataset)
      slot = (slot + 1) & mask
    }
    if (slots[slot] === EMPTY_SLOT) this.size++
    slots[slot] = entry
  }

  /** Fibonacci hashing of the address's low and high 32 bits (addresses are often 8-aligned). */
  private slot(address: number): number {
    const low = address >>> 0
    const high = (address / 4294967296) >>> 0
    return Math.imul(low ^ Math.imul(high, 0x85ebca6b), 0x9e3779b1) >>> this.shift
  }

  /**
   * Doubles the table. Entries are moved as they are (each is distinct: no lookup, no count, no
   * load check per entry), as the table grows ten times on the way to 3·10^5 objects.
   */
  private grow(): void {
    const old = this.slots
    const slots = (old instanceof Int32Array ? new Int32Array(old.length * 2) : new Float64Array(old.length * 2)).fill(EMPTY_SLOT)
    const mask = slots.length - 1
    this.slots = slots
    this.shift--
    for (let i = 0; i < old.length; i++) {
      const entry = old[i]
      if (entry === EMPTY_SLOT) continue
      let slot = this.slot(entry > EMPTY_SLOT ? entry : -entry - 4)
      while (slots[slot] !== EMPTY_SLOT) slot = (slot + 1) & mask
      slots[slot] = entry
    }
  }
}
/** No address: read addresses are ≥ 0, or UNDEFINED_ADDRESS (−1), which a walk may still look up. */
const EMPTY_SLOT = -2

/** The largest address whose entries (address, −(address + 4)) fit in an Int32Array slot. */
const MAX_NARROW_ADDRESS = 2 ** 31 - 5

/** A dataset's entry: −(address + 4), ≤ −3 for every address ≥ −1. */
function datasetEntry(address: number): number {
  return -(address + 4)
}
