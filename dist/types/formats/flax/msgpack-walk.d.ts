import { type Window } from '../../io/bytes/index.js';
/**
 * A walk over a msgpack stream (`msgpack/msgpack:spec.md`) that records where the arrays of a
 * Flax state dict are and skips their bytes: `flax.serialization.to_bytes` writes the state dict
 * as nested maps whose leaves are ext values (`flax/serialization.py`, `_MsgpackExtType`):
 * - ext 1 (ndarray) and ext 3 (numpy scalar): a msgpack of `(shape, dtype name, raw bytes)`;
 * - ext 2 (Python complex): a msgpack of `(real, imag)`;
 * - an array over flax's chunk size (~1 GiB) becomes a map `{'__msgpack_chunked_array__': True,
 *   'shape': …, 'chunks': {'0': ext, '1': ext, …}}` of 1-D pieces written back to back.
 * Python numbers (a `step` kept as an int) are leaves too. Only the few bytes of each header are
 * read; payloads are jumped over, so the walk costs what the tree's structure costs.
 */
export interface MsgpackLeaf {
    /** Keys from the root, joined with '/'. */
    path: string;
    dtype: string;
    shape: number[];
    offset: number;
    byteLength: number;
}
export declare class MsgpackWalk {
    private readonly window;
    readonly leaves: MsgpackLeaf[];
    /** Big-endian, as msgpack is, over the whole file. */
    private readonly cursor;
    constructor(window: Window);
    get position(): number;
    private fail;
    /**
     * Loads the next `length` bytes (fewer at the end of the file) into the window, when it does
     * not hold them. The decoders below then read tags, lengths and array headers from the buffer
     * synchronously: a promise and a view per field were most of the walk's time and garbage.
     */
    private fill;
    /** A read of `length` bytes the last `fill` did not load: a length field claims more than its value holds. */
    private missing;
    /** One byte of the window (after `fill`). */
    private byte;
    /** A big-endian unsigned integer of `length` (1, 2, 4 or 8) bytes of the window. */
    private uint;
    /** `length` bytes of text of the window (after `fill(length)`). */
    private text;
    /** Moves past a value's bytes without reading them. */
    private skip;
    private jump;
    /** Where the last jump landed. */
    private jumpedTo;
    /** The whole stream: one value, then nothing. */
    walkRoot(): Promise<void>;
    private mapLength;
    private arrayLength;
    private stringLength;
    private binLength;
    /** A key: a string (or an integer, which flax never writes but msgpack allows), as text. */
    private key;
    /** A short string key of the window (the '0', '1' … of a chunked array's shape). */
    private shortKey;
    private value;
    /** A Python number leaf (e.g. `step` as an int): its encoded bytes, shape (). */
    private number;
    private push;
    private map;
    /** The `shape` of a chunked array: a state-dict map `{'0': n, …}` (flax's `_tuple_to_dict`) or an array of ints. */
    private chunkedShape;
    /**
     * The pieces of a chunked array as one tensor: they are written back to back, so the span from
     * the first piece's data to the last one's end holds the array (and the pieces' few header bytes).
     */
    private joinChunks;
    /** An ext value of `length` bytes: an ndarray or numpy scalar becomes a leaf; others are skipped. */
    private ext;
    /** A non-negative msgpack integer (a dimension). */
    private integer;
}
