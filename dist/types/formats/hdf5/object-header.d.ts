import { type Hdf5File } from './file.js';
/**
 * Object headers (spec IV.A): a version 1 prefix or a version 2 `OHDR` one, then messages, in one
 * block or several chained by continuation messages. The walk keeps only the messages something
 * reads (`isReadMessage`), in one MessageList refilled per object.
 */
export declare const MSG_DATASPACE = 1;
export declare const MSG_LINK_INFO = 2;
export declare const MSG_DATATYPE = 3;
export declare const MSG_EXTERNAL_FILES = 7;
export declare const MSG_LAYOUT = 8;
export declare const MSG_LINK = 6;
export declare const MSG_ATTRIBUTE = 12;
export declare const MSG_SYMBOL_TABLE = 17;
/**
 * A header message the walk reads. Its data is not cut out of the header block until asked for
 * (`data`): the hot readers (attribute names, symbol table addresses) read `block` in place from
 * `at`, so most messages never cost a typed-array view (10^6 of them at 10^5 datasets).
 */
export declare class Message {
    type: number;
    /** Offset of the message's data in the source (for compact datasets' payloads and errors). */
    offset: number;
    /** The bytes holding the message: its data is block[at, at + size). */
    block: Uint8Array;
    at: number;
    size: number;
    constructor(type: number, 
    /** Offset of the message's data in the source (for compact datasets' payloads and errors). */
    offset: number, 
    /** The bytes holding the message: its data is block[at, at + size). */
    block: Uint8Array, at: number, size: number);
    static of(type: number, offset: number, data: Uint8Array): Message;
    get data(): Uint8Array;
}
/**
 * The messages of the object header being walked: one list refilled for each object, its Message
 * objects reused. The walk reads one header at a time, and a new array of new Messages per object
 * was a sixth of what a walk over 3·10^5 objects allocated. So a Message is valid only until the
 * next header is read: nothing keeps one past its object.
 */
export declare class MessageList {
    private readonly items;
    length: number;
    clear(): void;
    add(type: number, offset: number, block: Uint8Array, at: number, size: number): void;
    get(index: number): Message;
    has(type: number): boolean;
}
/** Reads object headers into one reused MessageList (valid until the next header is read). */
export declare class ObjectHeaders {
    private readonly file;
    /** The header being walked (`read` refills it). */
    private readonly header;
    /** Continuation blocks met by the fast path (then it leaves the header to readAll). */
    private readonly fastPathContinuations;
    constructor(file: Hdf5File);
    /**
     * An object header's messages, without a promise when it is what h5py writes for nearly every
     * object (version 1, one block, no continuation) and its bytes are cached; otherwise the full
     * read, which follows continuation blocks.
     */
    read(address: number): MessageList | Promise<MessageList>;
    /** The messages of an object header, following continuation blocks. */
    private readAll;
    /**
     * The messages of one version 1 header block; continuation messages add to `blocks`. Each
     * message: type (u16), data size (u16), flags, 3 reserved bytes, the data, padded to 8 bytes
     * (FORMATS.md §7.3). Read in place: this runs once per object of the file.
     */
    private parseV1Messages;
    /** A continuation message (spec IV.A.2.q): the address and length of the next header block. */
    private continuation;
}
