import { WireType } from './protobuf-wire-type.js';
import type { Window } from './window.js';
/**
 * A protobuf wire-format reader over positioned reads, for messages too large to decode whole
 * (an ONNX model with embedded weights is up to 2 GiB of `raw_data`). It walks one message field
 * by field; a length-delimited field is returned as a span (offset, length) that the caller may
 * open as a sub-message, read as a short string, or simply leave: the reader then moves past it
 * without reading its bytes. A whole-message decoder would copy every payload.
 *
 * Wire format (https://protobuf.dev/programming-guides/encoding/): a field is a varint tag
 * `(field_number << 3) | wire_type`, then a value: 0 varint, 1 fixed64, 2 varint length + bytes,
 * 5 fixed32 (3 and 4, the deprecated groups, do not occur in the messages read here).
 */
export { WireType };
export interface ProtoField {
    field: number;
    wireType: number;
    /** File offset of the value (for LEN: of its first content byte, after the length). */
    offset: number;
    /** LEN: content length; VARINT: encoded size; FIXED64/FIXED32: 8/4. */
    length: number;
    /**
     * VARINT only: the value. Values above 2^53 (negative int64s are 10-byte varints) are
     * approximate; callers that use a value as a size check `Number.isSafeInteger`.
     */
    value: number;
}
export declare class ProtoReader {
    private readonly window;
    start: number;
    /** File offset one past the message's last byte. */
    end: number;
    /** What the message is, for errors (`ModelProto`, `TensorProto 'fc.weight'`). */
    what: string;
    private readonly cursor;
    constructor(window: Window, start: number, 
    /** File offset one past the message's last byte. */
    end: number, 
    /** What the message is, for errors (`ModelProto`, `TensorProto 'fc.weight'`). */
    what: string);
    /** A ProtoField to be filled by `nextInto` (one per nesting level of a walk, reused for every field). */
    static field(): ProtoField;
    /**
     * Makes this reader walk the length-delimited `field`'s content instead (of a message whose
     * bytes the window holds), so that a walk over many small sub-messages reuses one reader per
     * nesting level rather than allocating one each (bench/README.md, "Sync fast path").
     */
    enter(parent: ProtoReader, field: ProtoField, what: string): this;
    /** Makes this reader walk the message at `[start, end)` of its window instead, named `what`. */
    reset(start: number, end: number, what: string): this;
    /** File offset of the next field. */
    get position(): number;
    get file(): string;
    /** Whether the reader has passed the message's last field. */
    get done(): boolean;
    /** The next field, or undefined at the end of the message. The reader has moved past its value. */
    next(): Promise<ProtoField | undefined>;
    /**
     * The next field when the window already holds its tag and varint (nearly always), decoded
     * without an await; undefined at the end of the message or when bytes must be loaded first
     * (the reader has then not moved: call `next()`). Hot loops use
     * `reader.nextInWindow() ?? (await reader.next())`: no await per field (bench/README.md, "Sync fast path").
     */
    nextInWindow(): ProtoField | undefined;
    /**
     * `nextLoaded()` into `field` (ProtoReader.field()), allocating nothing: false at the end of the
     * message. For walks over millions of fields (an object graph of 10^5 variables).
     */
    nextInto(field: ProtoField): boolean;
    /**
     * `nextInWindow()` into `target`: false at the end, or when bytes must be loaded (the reader has
     * not moved: `done` tells which).
     */
    nextInWindowInto(target: ProtoField): boolean;
    /**
     * The next field of a message whose bytes are all in the window (a `Window.of`, or after
     * `loadRest`), synchronously; undefined at its end.
     */
    nextLoaded(): ProtoField | undefined;
    /** A varint, loading the window first when it does not hold all of it. */
    private varint;
    private fieldNumber;
    private lengthDelimited;
    private skipContent;
    private fixed;
    /**
     * Loads the rest of the message into the window when it is at most `maxBytes`, so that a small
     * message can then be walked with the `*InWindow` calls alone, without an await per field
     * (bench/README.md, "Sync fast path"). False when larger.
     */
    loadRest(maxBytes: number): Promise<boolean>;
    /**
     * A VARINT field's value as a protobuf `int64`: exact, negatives included (-1, a 10-byte
     * varint), or the error past ±2^53 naming `what`. Read it before the window is loaded again
     * (a longer varint is decoded again from the window's bytes).
     */
    int64(field: ProtoField, what: string): number;
    /** A VARINT field's value as a protobuf `int32` (or enum): its low 32 bits, signed. As `int64` for the window. */
    int32(field: ProtoField, what: string): number;
    private cursorOver;
    private expectVarint;
    /** A reader over a length-delimited field's content. */
    message(field: ProtoField, what: string): ProtoReader;
    /** A length-delimited field's content as UTF-8, refusing strings over `maxBytes` before reading them. */
    string(field: ProtoField, maxBytes: number, what: string): Promise<string>;
    /** `string()` without an await when the window holds the bytes; undefined when they must be loaded. */
    stringInWindow(field: ProtoField, maxBytes: number, what: string): string | undefined;
    /** `stringInWindow()` refusing invalid UTF-8 (proto3 `string` fields) with the error naming `what`. */
    strictStringInWindow(field: ProtoField, maxBytes: number, what: string): string | undefined;
    /** A length-delimited field's content (a view into the read window), up to `maxBytes`. */
    bytes(field: ProtoField, maxBytes: number, what: string): Promise<Uint8Array>;
    /** `bytes()` without an await when the window holds them; undefined when they must be loaded. */
    bytesInWindow(field: ProtoField, maxBytes: number, what: string): Uint8Array | undefined;
    private checkBytes;
    /** Packed repeated varints (e.g. `TensorProto.dims`), at most `maxCount` of them. */
    packedVarints(field: ProtoField, maxCount: number, what: string): Promise<number[]>;
    /** `packedVarints()` without an await when the window holds them; undefined when they must be loaded. */
    packedVarintsInWindow(field: ProtoField, maxCount: number, what: string): number[] | undefined;
    /** The packed varints of a field the window holds, approximate past 2^53 like a VARINT field's value. */
    private decodePackedVarints;
    expectLen(field: ProtoField, what: string): void;
    private advance;
    private error;
}
