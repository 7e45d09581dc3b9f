export const NOT_WALKED = 0
export const WALKED_GROUP = 1
export const WALKED_DATASET = 2

/**
 * The set of object headers walked, and what each is: an open-addressing hash table of numbers
 * in one Float64Array, linear probing. A Map<number, …> costs ~0.4 µs a lookup at 3·10^5 entries
 * (a walk's largest single cost): header addresses past 2^31 are heap numbers, each key an
 * allocation and each probe a pointer chase; here a probe reads one number. A group is stored as
 * its address, a dataset as −(address + 3) (below EMPTY_SLOT and UNDEFINED_ADDRESS), so the table
 * is 8 bytes a slot.
 */
export class AddressTable {
  /** Entries (EMPTY_SLOT where free); a power-of-two length. */
  private slots = new Float64Array(1024).fill(EMPTY_SLOT)
  private size = 0
  /** 32 − log2(slots.length): a multiplicative hash keeps the top bits. */
  private shift = 22

  get(address: number): typeof NOT_WALKED | typeof WALKED_GROUP | typeof WALKED_DATASET {
    const slots = this.slots
    const mask = slots.length - 1
    const asDataset = -(address + 3)
    for (let slot = this.slot(address); ; slot = (slot + 1) & mask) {
      const entry = slots[slot]
      if (entry === address) return WALKED_GROUP
      if (entry === asDataset) return WALKED_DATASET
      if (entry === EMPTY_SLOT) return NOT_WALKED
    }
  }

  set(address: number, walked: typeof WALKED_GROUP | typeof WALKED_DATASET): void {
    const entry = walked === WALKED_GROUP ? address : -(address + 3)
    // Kept under three quarters full: probes stay short (a miss reads ~4 slots, mostly one cache
    // line), a free slot always ends a search, and the table stays 4 MiB at 3·10^5 objects.
    if (4 * (this.size + 1) > 3 * this.slots.length) this.grow()
    const slots = this.slots
    const mask = slots.length - 1
    let slot = this.slot(address)
    while (slots[slot] !== EMPTY_SLOT) {
      if (slots[slot] === address || slots[slot] === -(address + 3)) break // an object walked again (a second link to a dataset)
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

  private grow(): void {
    const old = this.slots
    this.slots = new Float64Array(old.length * 2).fill(EMPTY_SLOT)
    this.shift--
    this.size = 0
    for (const entry of old) {
      if (entry === EMPTY_SLOT) continue
      if (entry >= 0) this.set(entry, WALKED_GROUP)
      else this.set(-entry - 3, WALKED_DATASET)
    }
  }
}
/** No address: read addresses are ≥ 0, or UNDEFINED_ADDRESS (−1), which a walk may still look up. */
const EMPTY_SLOT = -2
