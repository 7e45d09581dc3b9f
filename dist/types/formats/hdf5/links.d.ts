import { type Hdf5File } from './file.js';
import { Message } from './object-header.js';
/**
 * New-style groups (spec IV.A.2.g, IV.A.2.c): link messages in the group's header, or, for groups
 * with many links, link messages in a fractal heap indexed by a v2 B-tree of name hashes. Old-style
 * groups are in symbol-table.ts; both hand their links to a LinkSink.
 */
/** Receives a group's hard links, in the group's order. */
export interface LinkSink {
    /** Room for `links` more links, when the count is known before they are read (a symbol table node's). */
    reserve(links: number): void;
    add(name: string, address: number): void;
}
/**
 * The links of one group, in order, and how many of them the walk has taken. A link's path is
 * made only when the walk takes it, and its name is then dropped: with the paths of all 10^5
 * links of a big group made up front, and four arrays of 10^5 slots that a stack's pops never
 * shrink, a 10^5-layer walk kept ~10 MB of pending links, 3.7 MB of it to the end.
 */
export declare class GroupLinks implements LinkSink {
    /** The group's path and a slash ('' for the root's links): a link's path is prefix + name. */
    readonly prefix: string;
    /** Depth of the linked objects. */
    readonly depth: number;
    names: string[];
    /** Object header addresses, parallel to `names` (a double array: addresses are unboxed). */
    addresses: number[];
    /** Links added (the arrays are sized by `reserve`, not grown by push, for most groups). */
    count: number;
    taken: number;
    constructor(
    /** The group's path and a slash ('' for the root's links): a link's path is prefix + name. */
    prefix: string, 
    /** Depth of the linked objects. */
    depth: number);
    /**
     * Sizes the arrays for a group's first symbol table node: an array's first push reserves 17
     * slots, so two pushed arrays per group (2·10^5 groups, most with one or two links) were a
     * tenth of what a walk allocated.
     */
    reserve(links: number): void;
    add(name: string, address: number): void;
}
/** A link message (spec IV.A.2.g): the hard link it holds, or undefined (soft, external, unresolved) after a warning. */
export declare function parseLink(file: Hdf5File, message: Message): {
    name: string;
    address: number;
} | undefined;
/**
 * A link the walk does not follow: soft and external links name a path, not an object header
 * (their target, if in this file, is walked under its own name); a hard link to the undefined
 * address points at no object at all.
 */
export declare function skipLink(file: Hdf5File, kind: 'soft' | 'external' | 'unresolved', name: string): void;
/**
 * Links of a new-style group in dense storage (spec IV.A.2.c, III.G, III.A.2): the link info
 * message names a fractal heap holding the link messages and a v2 B-tree (record type 5:
 * name hash, heap ID) indexing them by name. Groups with few links keep them as link messages
 * in the header instead (then the heap address is undefined).
 */
export declare function denseLinks(file: Hdf5File, message: Message, sink: LinkSink): Promise<void>;
