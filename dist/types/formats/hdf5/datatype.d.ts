import type { Hdf5File } from './file.js';
import type { AttributeValue } from './types.js';
/** Datatype messages (spec IV.A.2.d), and the values of the attributes whose type is simple enough to decode. */
export interface Datatype {
    dtype: string;
    /** Bytes per element. */
    size: number;
    class: number;
    signed?: boolean;
    /** For variable-length types: the base is a string. */
    vlenString?: boolean;
}
/** Datatype message: class and version in byte 0, 3 bytes of class bits, size (u32 at 4). Read in place: bytes[start, end) at file offset `offset`. */
export declare function parseDatatype(file: Hdf5File, bytes: Uint8Array, start: number, end: number, offset: number): Datatype;
/** `count` fixed-size values of `type` (fixed-length strings, integers, floats); undefined for other types. */
export declare function decodeValues(type: Datatype, count: number, scalar: boolean, bytes: Uint8Array): AttributeValue;
