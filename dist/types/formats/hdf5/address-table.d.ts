export declare const NOT_WALKED = 0;
export declare const WALKED_GROUP = 1;
export declare const WALKED_DATASET = 2;
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
export declare class AddressTable {
    /** Entries (EMPTY_SLOT where free); a power-of-two length. */
    private slots;
    private size;
    /** 32 − log2(slots.length): a multiplicative hash keeps the top bits. */
    private shift;
    get(address: number): typeof NOT_WALKED | typeof WALKED_GROUP | typeof WALKED_DATASET;
    set(address: number, walked: typeof WALKED_GROUP | typeof WALKED_DATASET): void;
    /** Fibonacci hashing of the address's low and high 32 bits (addresses are often 8-aligned). */
    private slot;
    /**
     * Doubles the table. Entries are moved as they are (each is distinct: no lookup, no count, no
     * load check per entry), as the table grows ten times on the way to 3·10^5 objects.
     */
    private grow;
}
