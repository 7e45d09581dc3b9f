import { WireType } from './protobuf-wire-type.js';
import type { SourceWindow } from './source-window.js';
/**
 * A protobuf wire-format reader over positioned reads, for messages too large to decode whole
 * (an ONNX model with embedded weights is up to 2 GiB of `raw_data`). It walks one message field
 * by field; a length-delimited field is returned as a span (offset, length) that the caller may
 * open as a sub-message, read as a short string, or simply leave: the reader then moves past it
 * without reading its bytes. A whole-message decoder (protobufjs) would copy every payload.
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
     * VARINT only: the value. Values above 2^53 (negative int64s are 10-byte varints) lose precision;
     * callers that use a value as a size check `Number.isSafeInteger`.
     */
    value: number;
}
export declare class ProtoReader {
    private readonly window;
    readonly start: number;
    /** File offset one past the message's last byte. */
    readonly end: number;
    /** What the message is, for errors (`ModelProto`, `TensorProto 'fc.weight'`). */
    readonly what: string;
    /** File offset of the next field. */
    position: number;
    constructor(window: SourceWindow, start: number, 
    /** File offset one past the message's last byte. */
    end: number, 
    /** What the message is, for errors (`ModelProto`, `TensorProto 'fc.weight'`). */
    what: string);
    get file(): string;
    /** Whether the reader has passed the message's last field. */
    get done(): boolean;
    /** The next field, or undefined at the end of the message. The reader has moved past its value. */
    next(): Promise<ProtoField | undefined>;
    /**
     * The next field when the window already holds its tag and varint (nearly always), decoded
     * without an await; undefined at the end of the message or when bytes must be loaded first
     * (the reader has then not moved: call `next()`). Hot loops use
     * `reader.nextInWindow() ?? (await reader.next())`: a model of 100,000 initializers walks about
     * a million fields, and an await per field was most of its time.
     */
    nextInWindow(): ProtoField | undefined;
    private fieldNumber;
    private lengthDelimited;
    private fixed;
    /**
     * Loads the rest of the message into the window when it is at most `maxBytes`, so that a small
     * message can then be walked with the `*InWindow` calls alone, without an await per field (a
     * promise per field was most of the garbage of 100,000 Core ML constants). False when larger.
     */
    loadRest(maxBytes: number): Promise<boolean>;
    /** A reader over a length-delimited field's content. */
    message(field: ProtoField, what: string): ProtoReader;
    /** A length-delimited field's content as UTF-8, refusing strings over `maxBytes` before reading them. */
    string(field: ProtoField, maxBytes: number, what: string): Promise<string>;
    /** `string()` without an await when the window holds the bytes; undefined when they must be loaded. */
    stringInWindow(field: ProtoField, maxBytes: number, what: string): string | undefined;
    /** A length-delimited field's content (a view into the read window), up to `maxBytes`. */
    bytes(field: ProtoField, maxBytes: number, what: string): Promise<Uint8Array>;
    /** `bytes()` without an await when the window holds them; undefined when they must be loaded. */
    bytesInWindow(field: ProtoField, maxBytes: number, what: string): Uint8Array | undefined;
    private checkBytes;
    /** Packed repeated varints (e.g. `TensorProto.dims`), at most `maxCount` of them. */
    packedVarints(field: ProtoField, maxCount: number, what: string): Promise<number[]>;
    /** `packedVarints()` without an await when the window holds them; undefined when they must be loaded. */
    packedVarintsInWindow(field: ProtoField, maxCount: number, what: string): number[] | undefined;
    private decodePackedVarints;
    private expectLen;
    private advance;
    /**
     * The varint at `position` if the window holds all of it, else undefined. Only the varint's own
     * bytes need be there (not 10): after a payload the window is sized to end exactly where the
     * next payload starts (src/formats/source-window.ts), right after that payload's length varint.
     */
    private varintInWindow;
    private varint;
    private error;
}
