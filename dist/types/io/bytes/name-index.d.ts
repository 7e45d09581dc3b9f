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
export declare class NameIndex {
    readonly count: number;
    /** The name at a position (0 ≤ position < count). */
    private readonly nameAt;
    private slots;
    private readonly mask;
    private fallback;
    constructor(count: number, 
    /** The name at a position (0 ≤ position < count). */
    nameAt: (position: number) => string);
    /** An index of `names` by their own position. */
    static of(names: readonly string[]): NameIndex;
    /** Whether crafted (or unlucky) names made the index fall back to a Map. */
    get usesMap(): boolean;
    /** The position of (the last) `name`, or undefined. */
    get(name: string): number | undefined;
    /** `get`, with -1 for none. */
    position(name: string): number;
    /** The position of the name whose UTF-8 encoding is `bytes[start..end)`, -1 if none; no string is built for the table. */
    positionOfUtf8(bytes: Uint8Array, start: number, end: number): number;
    /**
     * A lookup of `folder + key` for many keys under one folder, without building the joined names
     * (a torch archive looks up one `archive/data/<key>` per storage): the folder's hash is computed once.
     */
    inFolder(folder: string): (key: string) => number | undefined;
    /** Frees the table now (a large archive's, once its lookups are done); the index finds nothing afterwards. */
    release(): void;
    /** The slot holding `name`, or the empty slot where it would go; -1 after too many steps. */
    private slotOf;
    private mapOfAll;
}
/** FNV-1a (https://datatracker.ietf.org/doc/html/draft-eastlake-fnv) of `bytes[start..end)`, continuing `hash`. */
export declare function hashBytes(hash: number, bytes: Uint8Array, start: number, end: number): number;
/** FNV-1a of the UTF-8 bytes `bytes[start..end)` from the start: what SharedNames-like caches key on. */
export declare function hashUtf8(bytes: Uint8Array, start: number, end: number): number;
/** Whether `bytes[start..end)` is the ASCII encoding of `text` (false for any other character). */
export declare function isAscii(text: string, bytes: Uint8Array, start: number, end: number): boolean;
