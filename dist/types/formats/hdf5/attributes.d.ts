import { type Dataspaces } from './dataspace.js';
import { type Hdf5File } from './file.js';
import { type MessageList } from './object-header.js';
import type { AttributeValue } from './types.js';
/**
 * Attribute messages (spec IV.A.2.m), versions 1–3, decoded only when their name is wanted:
 * fixed-length strings and numbers in place, variable-length strings through the global heap.
 * An attribute whose value cannot be decoded is kept as undefined (it sizes nothing).
 */
export declare class Attributes {
    private readonly file;
    private readonly dataspaces;
    private readonly wanted;
    private readonly globalHeaps;
    /** The name attributeName returned last (most objects repeat the one before's). */
    private lastAttributeName;
    constructor(file: Hdf5File, dataspaces: Dataspaces, wanted: (name: string) => boolean);
    /**
     * The attributes worth decoding among an object's messages, without a promise when there is
     * none (nearly every object): the name is read first, and most attributes (a weight_names per
     * layer) are not decoded at all.
     */
    of(messages: MessageList): ReadonlyMap<string, AttributeValue> | Promise<ReadonlyMap<string, AttributeValue>>;
    /** Decodes the attributes wanted among messages[from..] (messages[from] being one). */
    private decodeFrom;
    /** An attribute message's name: version, flags, name size (u16 at 2), …, the name at 8 (9 in v3). */
    private attributeName;
    private parse;
    /** Variable-length strings: each element is (length u32, global heap collection address, object index u32). */
    private vlenStrings;
}
