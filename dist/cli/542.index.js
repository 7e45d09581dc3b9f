export const id = 542;
export const ids = [542];
export const modules = {

/***/ 8627:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V5: () => (/* binding */ BinaryReader),
/* harmony export */   az: () => (/* binding */ UTF8)
/* harmony export */ });
/* unused harmony export toSafeNumber */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

/**
 * A bounds-checked little-endian cursor over bytes already read. Every overrun throws the same
 * FormatError naming the file and the offset, so a truncated header is a message, not a crash.
 */
class BinaryReader {
    bytes;
    file;
    baseOffset;
    view;
    position = 0;
    constructor(bytes, 
    /** File name for errors. */
    file, 
    /** Offset of `bytes[0]` in the file, so errors give file offsets. */
    baseOffset = 0) {
        this.bytes = bytes;
        this.file = file;
        this.baseOffset = baseOffset;
        this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    }
    get length() {
        return this.bytes.length;
    }
    get remaining() {
        return this.bytes.length - this.position;
    }
    /** Throws unless `n` more bytes are available. */
    need(n, what = 'data') {
        if (n < 0 || this.position + n > this.bytes.length) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FormatError */ .IF(this.file, `unexpected end of ${what}: expected ${n} more bytes`, {
                offset: this.baseOffset + this.position,
                fix: 'The file is truncated or corrupted.'
            });
        }
    }
    seek(position) {
        if (position < 0 || position > this.bytes.length) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FormatError */ .IF(this.file, `seek outside the data to ${position}`, {
                offset: this.baseOffset + this.position
            });
        }
        this.position = position;
    }
    skip(n) {
        this.need(n);
        this.position += n;
    }
    u8() {
        this.need(1);
        return this.bytes[this.position++];
    }
    u16() {
        this.need(2);
        const value = this.view.getUint16(this.position, true);
        this.position += 2;
        return value;
    }
    u32() {
        this.need(4);
        const value = this.view.getUint32(this.position, true);
        this.position += 4;
        return value;
    }
    i32() {
        this.need(4);
        const value = this.view.getInt32(this.position, true);
        this.position += 4;
        return value;
    }
    /** u64 as a bigint (for values that may legitimately exceed 2^53, e.g. pickle LONG8). */
    u64big() {
        this.need(8);
        const value = this.view.getBigUint64(this.position, true);
        this.position += 8;
        return value;
    }
    /** u64 as a number; throws when it is not a safe integer (sizes and offsets must be). */
    u64(what = 'value') {
        const at = this.baseOffset + this.position;
        return toSafeNumber(this.u64big(), this.file, what, at);
    }
    f32() {
        this.need(4);
        const value = this.view.getFloat32(this.position, true);
        this.position += 4;
        return value;
    }
    f64() {
        this.need(8);
        const value = this.view.getFloat64(this.position, true);
        this.position += 8;
        return value;
    }
    /** `n` raw bytes (a view, not a copy). */
    take(n) {
        this.need(n);
        const out = this.bytes.subarray(this.position, this.position + n);
        this.position += n;
        return out;
    }
    /** `n` bytes decoded as UTF-8. */
    utf8(n) {
        return UTF8.decode(this.take(n));
    }
    /** Unsigned LEB128 varint of up to 64 bits, as a number (throws above 2^53). */
    varint(what = 'varint') {
        const at = this.baseOffset + this.position;
        let result = 0;
        let scale = 1;
        for (let i = 0; i < 10; i++) {
            const byte = this.u8();
            // Multiply instead of shifting: JS shifts are 32-bit (FORMATS.md trap 3).
            result += (byte & 0x7f) * scale;
            if ((byte & 0x80) === 0) {
                if (!Number.isSafeInteger(result)) {
                    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FormatError */ .IF(this.file, `${what} ${result} is larger than 2^53`, { offset: at });
                }
                return result;
            }
            scale *= 128;
        }
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FormatError */ .IF(this.file, `${what} does not end within 10 bytes`, { offset: at });
    }
}
const UTF8 = new TextDecoder('utf-8');
/** Converts a bigint size or offset to a number, or throws a FormatError naming the field. */
function toSafeNumber(value, file, what, offset) {
    if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < -BigInt(Number.MAX_SAFE_INTEGER)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FormatError */ .IF(file, `${what} ${value} is larger than 2^53`, { offset });
    }
    return Number(value);
}


/***/ }),

/***/ 3675:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* reexport safe */ _protobuf_wire_type_js__WEBPACK_IMPORTED_MODULE_2__.O),
/* harmony export */   i: () => (/* binding */ ProtoReader)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _binary_reader_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8627);
/* harmony import */ var _protobuf_wire_type_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5804);



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

/** Longest varint: 10 bytes carry 64 bits. */
const MAX_VARINT_BYTES = 10;
/** The scale of a varint's 11th byte: reaching it means the varint is too long. */
const MAX_VARINT_SCALE = 128 ** MAX_VARINT_BYTES;
class ProtoReader {
    window;
    start;
    end;
    what;
    /** File offset of the next field. */
    position;
    constructor(window, start, 
    /** File offset one past the message's last byte. */
    end, 
    /** What the message is, for errors (`ModelProto`, `TensorProto 'fc.weight'`). */
    what) {
        this.window = window;
        this.start = start;
        this.end = end;
        this.what = what;
        this.position = start;
    }
    get file() {
        return this.window.name;
    }
    /** Whether the reader has passed the message's last field. */
    get done() {
        return this.position >= this.end;
    }
    /** The next field, or undefined at the end of the message. The reader has moved past its value. */
    async next() {
        const inWindow = this.nextInWindow();
        if (inWindow !== undefined || this.done)
            return inWindow;
        const tagAt = this.position;
        const tag = this.varintInWindow() ?? (await this.varint());
        const field = this.fieldNumber(tag, tagAt);
        const wireType = tag % 8;
        const offset = this.position;
        switch (wireType) {
            case _protobuf_wire_type_js__WEBPACK_IMPORTED_MODULE_2__/* .WireType */ .O.VARINT: {
                const value = this.varintInWindow() ?? (await this.varint());
                return { field, wireType, offset, length: this.position - offset, value };
            }
            case _protobuf_wire_type_js__WEBPACK_IMPORTED_MODULE_2__/* .WireType */ .O.LEN: {
                const length = this.varintInWindow() ?? (await this.varint());
                return this.lengthDelimited(field, length, tagAt);
            }
            default:
                return this.fixed(field, wireType, tagAt);
        }
    }
    /**
     * The next field when the window already holds its tag and varint (nearly always), decoded
     * without an await; undefined at the end of the message or when bytes must be loaded first
     * (the reader has then not moved: call `next()`). Hot loops use
     * `reader.nextInWindow() ?? (await reader.next())`: a model of 100,000 initializers walks about
     * a million fields, and an await per field was most of its time.
     */
    nextInWindow() {
        if (this.position >= this.end)
            return undefined;
        const tagAt = this.position;
        const tag = this.varintInWindow();
        if (tag === undefined)
            return undefined;
        const field = this.fieldNumber(tag, tagAt);
        const wireType = tag % 8;
        const offset = this.position;
        switch (wireType) {
            case _protobuf_wire_type_js__WEBPACK_IMPORTED_MODULE_2__/* .WireType */ .O.VARINT: {
                const value = this.varintInWindow();
                if (value === undefined)
                    break;
                return { field, wireType, offset, length: this.position - offset, value };
            }
            case _protobuf_wire_type_js__WEBPACK_IMPORTED_MODULE_2__/* .WireType */ .O.LEN: {
                const length = this.varintInWindow();
                if (length === undefined)
                    break;
                return this.lengthDelimited(field, length, tagAt);
            }
            default:
                return this.fixed(field, wireType, tagAt);
        }
        this.position = tagAt;
        return undefined;
    }
    fieldNumber(tag, tagAt) {
        const field = Math.floor(tag / 8);
        if (field === 0)
            throw this.error('field number 0', tagAt);
        return field;
    }
    lengthDelimited(field, length, tagAt) {
        const contentAt = this.position;
        if (!Number.isSafeInteger(length))
            throw this.error(`field ${field} has a length over 2^53`, tagAt);
        this.advance(length, field, tagAt);
        return { field, wireType: _protobuf_wire_type_js__WEBPACK_IMPORTED_MODULE_2__/* .WireType */ .O.LEN, offset: contentAt, length, value: 0 };
    }
    fixed(field, wireType, tagAt) {
        const offset = this.position;
        if (wireType === _protobuf_wire_type_js__WEBPACK_IMPORTED_MODULE_2__/* .WireType */ .O.FIXED64)
            this.advance(8, field, tagAt);
        else if (wireType === _protobuf_wire_type_js__WEBPACK_IMPORTED_MODULE_2__/* .WireType */ .O.FIXED32)
            this.advance(4, field, tagAt);
        else
            throw this.error(`field ${field} has wire type ${wireType}, which this message never uses`, tagAt);
        return { field, wireType, offset, length: this.position - offset, value: 0 };
    }
    /**
     * Loads the rest of the message into the window when it is at most `maxBytes`, so that a small
     * message can then be walked with the `*InWindow` calls alone, without an await per field (a
     * promise per field was most of the garbage of 100,000 Core ML constants). False when larger.
     */
    async loadRest(maxBytes) {
        const length = this.end - this.position;
        if (length > maxBytes)
            return false;
        await this.window.load(this.position, length);
        return true;
    }
    /** A reader over a length-delimited field's content. */
    message(field, what) {
        this.expectLen(field, what);
        return new ProtoReader(this.window, field.offset, field.offset + field.length, what);
    }
    /** A length-delimited field's content as UTF-8, refusing strings over `maxBytes` before reading them. */
    async string(field, maxBytes, what) {
        return _binary_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .UTF8 */ .az.decode(await this.bytes(field, maxBytes, what));
    }
    /** `string()` without an await when the window holds the bytes; undefined when they must be loaded. */
    stringInWindow(field, maxBytes, what) {
        const bytes = this.bytesInWindow(field, maxBytes, what);
        return bytes && _binary_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .UTF8 */ .az.decode(bytes);
    }
    /** A length-delimited field's content (a view into the read window), up to `maxBytes`. */
    async bytes(field, maxBytes, what) {
        this.checkBytes(field, maxBytes, what);
        return this.window.view(field.offset, field.length);
    }
    /** `bytes()` without an await when the window holds them; undefined when they must be loaded. */
    bytesInWindow(field, maxBytes, what) {
        this.checkBytes(field, maxBytes, what);
        return this.window.viewInWindow(field.offset, field.length);
    }
    checkBytes(field, maxBytes, what) {
        this.expectLen(field, what);
        if (field.length > maxBytes) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FormatError */ .IF(this.file, `${what} in ${this.what} is ${field.length} bytes, over the ${maxBytes}-byte limit`, {
                offset: field.offset,
                fix: 'The file is corrupt or hostile.'
            });
        }
    }
    /** Packed repeated varints (e.g. `TensorProto.dims`), at most `maxCount` of them. */
    async packedVarints(field, maxCount, what) {
        return this.decodePackedVarints(field, await this.bytes(field, maxCount * MAX_VARINT_BYTES, what), maxCount, what);
    }
    /** `packedVarints()` without an await when the window holds them; undefined when they must be loaded. */
    packedVarintsInWindow(field, maxCount, what) {
        const bytes = this.bytesInWindow(field, maxCount * MAX_VARINT_BYTES, what);
        return bytes && this.decodePackedVarints(field, bytes, maxCount, what);
    }
    decodePackedVarints(field, bytes, maxCount, what) {
        const values = [];
        let value = 0;
        let scale = 1;
        for (let i = 0; i < bytes.length; i++) {
            const byte = bytes[i];
            // Multiplication, not shifts: JS shifts are 32-bit (FORMATS.md trap 3).
            value += (byte & 0x7f) * scale;
            scale *= 128;
            if ((byte & 0x80) === 0) {
                if (values.length >= maxCount) {
                    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FormatError */ .IF(this.file, `${what} in ${this.what} has more than ${maxCount} values`, { offset: field.offset });
                }
                values.push(value);
                value = 0;
                scale = 1;
            }
            else if (scale > MAX_VARINT_SCALE) {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FormatError */ .IF(this.file, `${what} in ${this.what} holds a varint longer than 10 bytes`, { offset: field.offset + i });
            }
        }
        if (scale !== 1)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FormatError */ .IF(this.file, `${what} in ${this.what} ends inside a varint`, { offset: field.offset });
        return values;
    }
    expectLen(field, what) {
        if (field.wireType !== _protobuf_wire_type_js__WEBPACK_IMPORTED_MODULE_2__/* .WireType */ .O.LEN) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FormatError */ .IF(this.file, `${what} in ${this.what} has wire type ${field.wireType}, expected length-delimited`, {
                offset: field.offset,
                fix: 'The file is not a valid protobuf of this kind, or is corrupt.'
            });
        }
    }
    advance(length, field, tagAt) {
        if (this.position + length > this.end) {
            throw this.error(`field ${field} claims ${length} bytes, beyond the end of the message at byte ${this.end}`, tagAt);
        }
        this.position += length;
    }
    /**
     * The varint at `position` if the window holds all of it, else undefined. Only the varint's own
     * bytes need be there (not 10): after a payload the window is sized to end exactly where the
     * next payload starts (src/formats/source-window.ts), right after that payload's length varint.
     */
    varintInWindow() {
        const at = this.position;
        const window = this.window;
        const base = at - window.bufferStart;
        if (base < 0)
            return undefined;
        const inWindow = window.buffer.length - base;
        const available = Math.min(MAX_VARINT_BYTES, this.end - at, window.size - at);
        // Decoded from the window's buffer directly: this runs several times per tensor.
        const buffer = window.buffer;
        let value = 0;
        let scale = 1;
        for (let i = 0; i < available; i++) {
            if (i >= inWindow)
                return undefined;
            const byte = buffer[base + i];
            value += (byte & 0x7f) * scale;
            if ((byte & 0x80) === 0) {
                this.position = at + i + 1;
                window.markUsed(this.position);
                return value;
            }
            scale *= 128;
        }
        throw this.error(available === MAX_VARINT_BYTES ? 'a varint longer than 10 bytes' : 'the message ends inside a varint', at);
    }
    async varint() {
        const at = this.position;
        const available = Math.min(MAX_VARINT_BYTES, this.end - at, this.window.size - at);
        await this.window.load(at, available);
        // The window now holds every byte the varint may use: it decodes, or throws as malformed.
        const value = this.varintInWindow();
        if (value === undefined)
            throw this.error('the window did not load', at);
        return value;
    }
    error(what, offset) {
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FormatError */ .IF(this.file, `invalid protobuf in ${this.what}: ${what}`, {
            offset,
            fix: 'The file is truncated or corrupt; re-export it.'
        });
    }
}


/***/ }),

/***/ 5376:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WI: () => (/* binding */ SourceWindow)
/* harmony export */ });
/* unused harmony exports MIN_WINDOW_BYTES, MAX_WINDOW_BYTES */
/* harmony import */ var _io_byte_source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2940);

/**
 * Largest window read after a jump: small, so skipping a payload costs at most this much reading.
 * What follows a payload is the next tensor's few header fields (tens of bytes); at 1 KiB, a model
 * of 100,000 tensors of 4 KB read a quarter of its bytes (the bench), at 128 B about 3%. Below
 * this, the window after a jump is as long as the run of metadata used after the previous jump.
 */
const MIN_WINDOW_BYTES = 128;
/** Largest window: sequential metadata (a GGUF vocabulary, an ONNX node list) is read in these. */
const MAX_WINDOW_BYTES = 1024 * 1024;
/**
 * Positioned reads through a small read-ahead window, for readers that walk a file field by field
 * (the ONNX protobuf, GGUF's KV section) and skip payloads in between.
 *
 * The window adapts: while the reader moves sequentially through metadata, each new window doubles
 * (up to MAX_WINDOW_BYTES), so a 1 MB vocabulary costs a handful of reads; after a jump over a
 * payload it starts again small, so each skipped payload costs at most one small read. Bytes read
 * therefore follow the metadata and the number of tensors, never payload size.
 *
 * How small: tensors in one file look alike, so the metadata between two payloads (an ONNX
 * initializer's name, dims and type: about 34 bytes in the bench) is about as long as between the
 * previous two. The window after a jump is sized to the longer of the last two such runs (at most
 * MIN_WINDOW_BYTES), which reads the next tensor's header up to its payload and not into it;
 * a fixed 128 B read four times the metadata of a 100,000-tensor ONNX model. A run that turns
 * out longer costs one more read, not more bytes. Readers report what they used via `markUsed`
 * (and `view`); a reader that does not just gets MIN_WINDOW_BYTES windows.
 */
class SourceWindow {
    source;
    /** The bytes loaded last, starting at file offset `bufferStart`; decoders may index them directly. */
    buffer = new Uint8Array(0);
    bufferStart = 0;
    nextWindowBytes = MIN_WINDOW_BYTES;
    /** Where the current run (the window loaded after the last jump, and what followed) started. */
    runStart = 0;
    /** End of the furthest byte a reader used (`markUsed`, `view`). */
    usedEnd = 0;
    /** Lengths of the last two runs of used metadata between jumps. */
    lastRun = 0;
    runBefore = 0;
    constructor(source) {
        this.source = source;
    }
    get name() {
        return this.source.name;
    }
    get size() {
        return this.source.size;
    }
    /** Whether `length` bytes at `offset` are in `buffer`. */
    has(offset, length) {
        return offset >= this.bufferStart && offset + length <= this.bufferStart + this.buffer.length;
    }
    /** Makes `length` bytes at `offset` available in `buffer`; throws the standard FormatError past the end. */
    async load(offset, length) {
        if (this.has(offset, length))
            return;
        (0,_io_byte_source_js__WEBPACK_IMPORTED_MODULE_0__/* .checkSpan */ .$U)(this.source, offset, length);
        const end = this.bufferStart + this.buffer.length;
        const sequential = offset >= this.bufferStart && offset <= end && this.buffer.length > 0;
        if (sequential) {
            this.nextWindowBytes = Math.min(this.nextWindowBytes * 2, MAX_WINDOW_BYTES);
        }
        else {
            this.runBefore = this.lastRun;
            this.lastRun = Math.max(0, this.usedEnd - this.runStart);
            this.runStart = offset;
            const expected = Math.max(this.lastRun, this.runBefore);
            this.nextWindowBytes = expected > 0 ? Math.min(expected, MIN_WINDOW_BYTES) : MIN_WINDOW_BYTES;
        }
        const readLength = Math.max(length, Math.min(this.nextWindowBytes, this.source.size - offset));
        this.buffer = await this.source.read(offset, readLength);
        this.bufferStart = offset;
    }
    /** Records that a reader decoded the bytes before `end` (it read them from `buffer` directly). */
    markUsed(end) {
        if (end > this.usedEnd)
            this.usedEnd = end;
    }
    /** A view (not a copy) of `length` bytes at `offset`. */
    async view(offset, length) {
        if (!this.has(offset, length))
            await this.load(offset, length);
        return this.slice(offset, length);
    }
    /** `view()` without an await when the window holds the bytes; undefined when they must be loaded. */
    viewInWindow(offset, length) {
        return this.has(offset, length) ? this.slice(offset, length) : undefined;
    }
    slice(offset, length) {
        this.markUsed(offset + length);
        const at = offset - this.bufferStart;
        return this.buffer.subarray(at, at + length);
    }
    /** Up to `length` bytes at `offset`, fewer at the end of the file (for varints near the end). */
    async viewUpTo(offset, length) {
        return this.view(offset, Math.max(0, Math.min(length, this.source.size - offset)));
    }
}


/***/ })

};

//# sourceMappingURL=542.index.js.map