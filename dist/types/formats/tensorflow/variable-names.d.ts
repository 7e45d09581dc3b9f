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
export declare class VariableNames {
    private readonly variables;
    /** Linear probing; each slot holds a position + 1, 0 when empty. At most half full. */
    private readonly table;
    private readonly mask;
    constructor(variables: readonly {
        readonly name: string;
    }[]);
    /** The position of the variable named `name`, -1 if none. */
    position(name: string): number;
    /** The position of the variable whose name is encoded by `bytes[start..end)` in UTF-8, -1 if none. */
    positionOfUtf8(bytes: Uint8Array, start: number, end: number): number;
    /** Like Map.set: a name given twice is the later position. */
    private insert;
}
/** FNV-1a (https://datatracker.ietf.org/doc/html/draft-eastlake-fnv) over `bytes[start..end)`. */
export declare function hashBytes(bytes: Uint8Array, start: number, end: number): number;
/** Whether `bytes[start..end)` is the ASCII encoding of `text` (false for any other character). */
export declare function isAscii(text: string, bytes: Uint8Array, start: number, end: number): boolean;
