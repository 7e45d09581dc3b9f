export const id = 638;
export const ids = [638];
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

/***/ 3638:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openvinoReader: () => (/* binding */ openvinoReader),
  weightsPathOf: () => (/* binding */ weightsPathOf)
});

// EXTERNAL MODULE: ./src/core/classify.ts
var classify = __webpack_require__(8193);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/format-bytes.ts
var format_bytes = __webpack_require__(7586);
// EXTERNAL MODULE: ./src/core/limits.ts
var limits = __webpack_require__(6419);
// EXTERNAL MODULE: ./src/io/checkpoint-files.ts
var checkpoint_files = __webpack_require__(9366);
// EXTERNAL MODULE: ./src/formats/openvino/sniff.ts
var sniff = __webpack_require__(4003);
// EXTERNAL MODULE: ./src/formats/binary-reader.ts
var binary_reader = __webpack_require__(8627);
;// CONCATENATED MODULE: ./src/formats/openvino/xml-tokenizer.ts



/** Bytes read from the file at a time. */
const CHUNK_BYTES = 1024 * 1024;
const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const QUESTION = 0x3f;
const BANG = 0x21;
const EQUALS = 0x3d;
const PREDEFINED = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const isSpace = (byte) => byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;
const isNameEnd = (byte) => isSpace(byte) || byte === GT || byte === SLASH || byte === EQUALS;
class Tag {
    file;
    at;
    /** The window holding the tag; its attributes are `buffer[from..end)`. */
    buffer = new Uint8Array(0);
    from = 0;
    end = 0;
    constructor(file, 
    /** File offset of `buffer[0]`, for errors. */
    at) {
        this.file = file;
        this.at = at;
    }
    attribute(wanted) {
        return this.find(wanted) ? this.value(this.valueStart, this.valueEnd) : undefined;
    }
    integer(wanted) {
        if (!this.find(wanted))
            return undefined;
        const b = this.buffer;
        let value = this.valueEnd > this.valueStart ? 0 : NaN;
        for (let i = this.valueStart; i < this.valueEnd; i++) {
            const digit = b[i] - 0x30;
            value = digit >= 0 && digit <= 9 ? value * 10 + digit : NaN;
        }
        return value;
    }
    /** Where `find` left the value it found. */
    valueStart = 0;
    valueEnd = 0;
    /** Finds the attribute `wanted`, setting `valueStart`/`valueEnd`; false when the tag has none. */
    find(wanted) {
        const b = this.buffer;
        const end = this.end;
        let i = this.from;
        while (i < end) {
            while (i < end && isSpace(b[i]))
                i++;
            if (i >= end)
                return false;
            const nameStart = i;
            while (i < end && !isNameEnd(b[i]))
                i++;
            const nameEnd = i;
            while (i < end && isSpace(b[i]))
                i++;
            if (b[i] !== EQUALS || i >= end)
                throw this.error('an attribute without a value', nameStart);
            i++;
            while (i < end && isSpace(b[i]))
                i++;
            const quote = b[i];
            if (i >= end || (quote !== 0x22 && quote !== 0x27))
                throw this.error('an attribute value without quotes', i);
            const valueEnd = b.indexOf(quote, i + 1);
            if (valueEnd < 0 || valueEnd >= end)
                throw this.error('an attribute value without its closing quote', i);
            if (sameAscii(b, nameStart, nameEnd, wanted)) {
                this.valueStart = i + 1;
                this.valueEnd = valueEnd;
                return true;
            }
            i = valueEnd + 1;
        }
        return false;
    }
    value(start, end) {
        const raw = asciiOrUtf8(this.buffer, start, end);
        if (!raw.includes('&') && !raw.includes('<'))
            return raw;
        if (raw.includes('<'))
            throw this.error("'<' inside an attribute value", start);
        return raw.replace(/&([^;&\s]{0,16});?/g, (whole, ref) => {
            if (!whole.endsWith(';'))
                throw this.error(`an unterminated reference '${whole}'`, start);
            const predefined = PREDEFINED[ref];
            if (predefined)
                return predefined;
            const code = /^#x[0-9a-fA-F]{1,6}$/.test(ref) ? parseInt(ref.slice(2), 16) : /^#[0-9]{1,7}$/.test(ref) ? Number(ref.slice(1)) : NaN;
            if (Number.isInteger(code) && code > 0 && code <= 0x10ffff)
                return String.fromCodePoint(code);
            throw this.error(`the undefined entity '&${ref};' (only XML's five predefined entities exist without a DTD)`, start);
        });
    }
    error(what, index) {
        return new errors/* FormatError */.IF(this.file, `invalid XML: ${what}`, { offset: this.at + index, fix: 'The file is not a well-formed OpenVINO IR; re-export it.' });
    }
}
/** Short ASCII strings without a TextDecoder call (which costs more than the string for a few bytes). */
function asciiOrUtf8(bytes, start, end) {
    if (end - start > 32)
        return binary_reader/* UTF8 */.az.decode(bytes.subarray(start, end));
    let text = '';
    for (let i = start; i < end; i++) {
        if (bytes[i] >= 0x80)
            return binary_reader/* UTF8 */.az.decode(bytes.subarray(start, end));
        text += String.fromCharCode(bytes[i]);
    }
    return text;
}
function sameAscii(bytes, start, end, text) {
    if (end - start !== text.length)
        return false;
    for (let i = 0; i < text.length; i++)
        if (bytes[start + i] !== text.charCodeAt(i))
            return false;
    return true;
}
/**
 * Element names, each decoded once: an IR repeats a dozen names (`layer`, `port`, `dim`...) a
 * million times, and a string per element was most of the tokenizer's time and garbage.
 */
class ElementNames {
    known = [];
    get(buffer, start, end) {
        const length = end - start;
        for (const entry of this.known) {
            const bytes = entry.bytes;
            if (bytes.length !== length)
                continue;
            let i = 0;
            while (i < length && bytes[i] === buffer[start + i])
                i++;
            if (i === length)
                return entry.name;
        }
        const bytes = buffer.slice(start, end);
        const name = binary_reader/* UTF8 */.az.decode(bytes);
        // Hostile files may use a new name for every element: only the first few are kept.
        if (this.known.length < 64)
            this.known.push({ bytes, name });
        return name;
    }
}
/** Streams `source` through `handler`. Throws FormatError for malformed XML or any DTD. */
async function tokenizeXml(source, handler) {
    const stack = [];
    const names = new ElementNames();
    const tag = new Tag(source.name, 0);
    let buffer = new Uint8Array(0);
    let bufferStart = 0;
    let i = 0;
    let sawRoot = false;
    /** Appends the next chunk to the bytes from `i` on (re-based to index 0); false at the end of the file. */
    const more = async () => {
        const loaded = bufferStart + buffer.length;
        if (loaded >= source.size)
            return false;
        const kept = buffer.subarray(i);
        if (kept.length > limits/* MAX_XML_TOKEN_BYTES */.Nm) {
            throw new errors/* LimitExceededError */.lo(source.name, `an XML tag, comment or CDATA section at byte ${bufferStart + i}`, kept.length, limits/* MAX_XML_TOKEN_BYTES */.Nm);
        }
        const chunk = await source.read(loaded, Math.min(CHUNK_BYTES, source.size - loaded));
        const next = new Uint8Array(kept.length + chunk.length);
        next.set(kept);
        next.set(chunk, kept.length);
        bufferStart += i;
        buffer = next;
        i = 0;
        return true;
    };
    /** Index of `pattern` at or after `from` in the buffer, loading more as needed; -1 at the end of the file. */
    const find = async (pattern, from) => {
        // Relative to `i`, which `more()` moves to 0 when it re-bases the buffer.
        let searched = from - i;
        for (;;) {
            const at = indexOfAscii(buffer, pattern, i + searched);
            if (at >= 0)
                return at;
            searched = Math.max(searched, buffer.length - i - pattern.length + 1);
            if (!(await more()))
                return -1;
        }
    };
    const fail = (what, at) => {
        throw new errors/* FormatError */.IF(source.name, `invalid XML: ${what}`, { offset: bufferStart + at, fix: 'The file is not a well-formed OpenVINO IR; re-export it.' });
    };
    for (;;) {
        // Text between tags is stepped over and dropped from the window as it goes.
        let lt = buffer.indexOf(LT, i);
        while (lt < 0) {
            i = buffer.length;
            if (!(await more()))
                break;
            lt = buffer.indexOf(LT, i);
        }
        if (lt < 0)
            break;
        i = lt;
        while (buffer.length - i < 9 && (await more()))
            ;
        const next = buffer[i + 1];
        if (next === QUESTION) {
            const end = await find('?>', i + 2);
            if (end < 0)
                fail('a processing instruction without its end', i);
            i = end + 2;
        }
        else if (next === BANG) {
            if (sameAscii(buffer, i, i + 4, '<!--')) {
                const end = await find('-->', i + 4);
                if (end < 0)
                    fail('a comment without its end', i);
                i = end + 3;
            }
            else if (sameAscii(buffer, i, i + 9, '<![CDATA[')) {
                const end = await find(']]>', i + 9);
                if (end < 0)
                    fail('a CDATA section without its end', i);
                i = end + 3;
            }
            else {
                throw new errors/* FormatError */.IF(source.name, 'a document type declaration (<!DOCTYPE / <!ENTITY), which is refused', {
                    offset: bufferStart + i,
                    fix: 'OpenVINO IR never has one; a DTD can expand entities without bound or read other files, so it is not read.'
                });
            }
        }
        else {
            // Nearly every tag is whole in the window: found without an await (a promise per tag was most of the garbage).
            const end = tagEndInWindow(buffer, i + 1) ?? (await tagEnd());
            if (end < 0)
                fail("'<' inside a tag", i);
            const closing = next === SLASH;
            const nameStart = i + (closing ? 2 : 1);
            let nameEnd = nameStart;
            while (nameEnd < end && !isNameEnd(buffer[nameEnd]))
                nameEnd++;
            if (nameEnd === nameStart)
                fail('a tag without a name', i);
            const name = names.get(buffer, nameStart, nameEnd);
            if (closing) {
                const open = stack.pop();
                if (open !== name)
                    fail(`</${name}> closes ${open === undefined ? 'nothing' : `<${open}>`}`, i);
                handler.end(name);
            }
            else {
                if (stack.length === 0 && sawRoot)
                    fail('a second root element', i);
                sawRoot = true;
                const selfClosing = buffer[end - 1] === SLASH;
                if (stack.length >= limits/* MAX_XML_DEPTH */.zH)
                    throw new errors/* LimitExceededError */.lo(source.name, 'XML element nesting', stack.length + 1, limits/* MAX_XML_DEPTH */.zH);
                tag.buffer = buffer;
                tag.from = nameEnd;
                tag.end = selfClosing ? end - 1 : end;
                tag.at = bufferStart;
                handler.start(name, tag);
                if (selfClosing)
                    handler.end(name);
                else
                    stack.push(name);
            }
            i = end + 1;
        }
    }
    if (stack.length > 0)
        throw new errors/* FormatError */.IF(source.name, `invalid XML: the file ends inside <${stack[stack.length - 1]}>`, { fix: 'The file is truncated; re-export it.' });
    if (!sawRoot)
        throw new errors/* FormatError */.IF(source.name, 'invalid XML: no element at all');
    /** Index of the `>` that ends the tag starting at `i`, loading more of the file as needed. */
    async function tagEnd() {
        for (;;) {
            if (!(await more()))
                fail('the file ends inside a tag', i);
            const end = tagEndInWindow(buffer, i + 1);
            if (end !== undefined)
                return end;
        }
    }
}
/** Index of the `>` that ends a tag, outside quoted attribute values; undefined when the buffer ends first. */
function tagEndInWindow(buffer, from) {
    let quote = 0;
    for (let j = from; j < buffer.length; j++) {
        const byte = buffer[j];
        if (quote !== 0) {
            if (byte === quote)
                quote = 0;
        }
        else if (byte === 0x22 || byte === 0x27)
            quote = byte;
        else if (byte === GT)
            return j;
        else if (byte === LT)
            return -1;
    }
    return undefined;
}
function indexOfAscii(bytes, pattern, from) {
    const first = pattern.charCodeAt(0);
    for (let at = bytes.indexOf(first, from); at >= 0 && at + pattern.length <= bytes.length; at = bytes.indexOf(first, at + 1)) {
        if (pattern.length === 1 || sameAscii(bytes, at, at + pattern.length, pattern))
            return at;
    }
    return -1;
}

;// CONCATENATED MODULE: ./src/formats/openvino/index.ts







/**
 * OpenVINO IR (`model.xml` + `model.bin`; docs.openvino.ai, "OpenVINO IR format"): the XML is the
 * graph; the `.bin` is nothing but the constants' bytes, which the XML locates. Each `Const` layer
 * names its slice, `<data element_type shape offset size>` (IR v10/v11), also inside the bodies of
 * `Loop` / `TensorIterator` layers; older IRs give a layer's slices as `<blobs><weights|biases|
 * custom offset size/></blobs>`. Nothing else points into the `.bin`.
 *
 * The ranges are weights (the format: an inference graph's constants are its trained values),
 * except integer constants of 32/64 bits: in an IR those are shapes, axes, orders and indices that
 * the converter folded into the graph (`Reshape` targets, `Transpose` orders), never trained
 * values; quantized weights are 8 bits or fewer (`u8`, `i4`, `nf4`...). They are graph metadata.
 * Converters share one range between Const layers that hold the same values (FakeQuantize
 * limits): such ranges are one storage, counted once; `.bin` bytes no range covers are metadata.
 */
const WEIGHTS = (0,classify/* evidenceOf */.X1)('parameter', 'format', "OpenVINO Const layer: an inference graph's constants in the .bin are its weights");
const GRAPH_CONSTANT = (0,classify/* evidenceOf */.X1)('config', 'format', 'OpenVINO integer Const (32/64-bit): a shape, axis or index folded into the graph, not a trained value');
const GRAPH_CONSTANT_TYPES = new Set(['int32', 'int64', 'uint32', 'uint64']);
/** `element_type` (IR v10+) and upper-case `precision` (older IRs) names, to ours. */
const ELEMENT_TYPES = {
    f64: 'float64',
    f32: 'float32',
    fp32: 'float32',
    f16: 'float16',
    fp16: 'float16',
    bf16: 'bfloat16',
    f8e4m3: 'float8_e4m3fn',
    f8e5m2: 'float8_e5m2',
    f8e8m0: 'float8_e8m0',
    f4e2m1: 'float4_e2m1',
    i64: 'int64',
    i32: 'int32',
    i16: 'int16',
    i8: 'int8',
    i4: 'int4',
    u64: 'uint64',
    u32: 'uint32',
    u16: 'uint16',
    u8: 'uint8',
    u4: 'uint4',
    u2: 'uint2',
    u1: 'uint1',
    nf4: 'nf4',
    boolean: 'bool',
    bool: 'bool',
    string: 'string'
};
/** What the XML walk collects: the IR version, the layer count and the `.bin` ranges. */
class IrWalk {
    path;
    version = '';
    layers = 0;
    ranges = [];
    /** Open elements, innermost last, and the layers among them. */
    elements = [];
    layerStack = [];
    constructor(path) {
        this.path = path;
    }
    start(name, tag) {
        const parent = this.elements[this.elements.length - 1];
        this.elements.push(name);
        if (parent === undefined) {
            if (name !== 'net')
                throw new errors/* FormatError */.IF(this.path, `the root element is <${name}>, not an OpenVINO IR's <net>`);
            this.version = tag.attribute('version') ?? '';
        }
        else if (name === 'layer') {
            this.layers++;
            const layerName = tag.attribute('name') ?? tag.attribute('id') ?? `layer ${this.layers}`;
            const outer = this.layerStack[this.layerStack.length - 1];
            this.layerStack.push({ name: layerName, type: tag.attribute('type') ?? '', path: outer ? `${outer.path}/${layerName}` : layerName });
        }
        else if (name === 'data' && parent === 'layer') {
            const layer = this.layerStack[this.layerStack.length - 1];
            if (layer.type === 'Const')
                this.addRange(tag, layer.path, tag.attribute('element_type'));
        }
        else if (parent === 'blobs' && this.layerStack.length > 0) {
            this.addRange(tag, `${this.layerStack[this.layerStack.length - 1].path}/${name}`, tag.attribute('precision'));
        }
    }
    end(name) {
        this.elements.pop();
        if (name === 'layer')
            this.layerStack.pop();
    }
    addRange(tag, name, elementType) {
        const offset = tag.integer('offset');
        const size = tag.integer('size');
        // A Const without a slice (a value given inline by some writers) holds no `.bin` bytes.
        if (offset === undefined && size === undefined)
            return;
        if (this.ranges.length >= limits/* MAX_TENSORS */.am)
            throw new errors/* LimitExceededError */.lo(this.path, 'the number of OpenVINO Const ranges', this.ranges.length + 1, limits/* MAX_TENSORS */.am);
        const type = elementType?.toLowerCase() ?? '';
        this.ranges.push({
            name,
            dtype: ELEMENT_TYPES[type] ?? (type || 'unknown'),
            shape: this.shape(tag.attribute('shape') ?? '', name),
            offset: this.byteCount(tag, offset, 'offset', name),
            size: this.byteCount(tag, size, 'size', name)
        });
    }
    byteCount(tag, value, what, name) {
        if (value === undefined || !Number.isSafeInteger(value)) {
            throw new errors/* FormatError */.IF(this.path, `layer '${name}' has ${what}="${tag.attribute(what) ?? ''}", not a byte count`, { fix: 'The IR is corrupt; re-export it.' });
        }
        return value;
    }
    /** `"32, 1, 3, 3"`; empty for a scalar. Dynamic dimensions (`?`, `-1`) leave the shape unknown. */
    shape(text, name) {
        if (text.trim() === '')
            return [];
        const dims = text.split(',');
        if (dims.length > limits/* MAX_DIMS */.VW)
            throw new errors/* LimitExceededError */.lo(this.path, `the dimensions of layer '${name}'`, dims.length, limits/* MAX_DIMS */.VW);
        const shape = dims.map((dim) => (/^\s*\d{1,15}\s*$/.test(dim) ? Number(dim) : NaN));
        return shape.every(Number.isSafeInteger) ? shape : [];
    }
}
/** The weights file OpenVINO pairs with `model.xml`: `model.bin` beside it. */
function weightsPathOf(xmlPath) {
    return xmlPath.replace(/\.xml$/i, '') + '.bin';
}
/**
 * The ranges as tensors. A range that starts before an earlier one ends (a shared range, or one
 * inside another) gives every tensor a storage key, the range it names: equal ranges are one
 * storage; a range overlapping a different one is cut to the bytes no earlier range covered, so
 * each `.bin` byte is counted once.
 */
function tensorsOf(ranges, bin) {
    const tensors = ranges.map((range) => ({
        name: range.name,
        dtype: range.dtype,
        shape: range.shape,
        file: bin,
        offset: range.offset,
        byteLength: range.size,
        evidence: evidenceFor(range.dtype)
    }));
    let end = 0;
    let ordered = true;
    for (const range of ranges) {
        if (range.offset < end)
            ordered = false;
        end = Math.max(end, range.offset + range.size);
    }
    if (ordered)
        return { tensors, shared: 0 };
    const order = tensors.map((_, i) => i).sort((a, b) => ranges[a].offset - ranges[b].offset || ranges[b].size - ranges[a].size);
    let covered = 0;
    let shared = 0;
    let previous;
    let previousSpan = { offset: 0, byteLength: 0 };
    for (const i of order) {
        const range = ranges[i];
        const tensor = tensors[i];
        tensor.storageKey = `${bin}@${range.offset}+${range.size}`;
        if (previous && previous.offset === range.offset && previous.size === range.size) {
            shared++;
            tensor.offset = previousSpan.offset;
            tensor.byteLength = previousSpan.byteLength;
            continue;
        }
        const start = Math.max(range.offset, covered);
        tensor.offset = start;
        tensor.byteLength = Math.max(0, range.offset + range.size - start);
        if (start > range.offset)
            shared++;
        covered = Math.max(covered, range.offset + range.size);
        previous = range;
        previousSpan = { offset: tensor.offset, byteLength: tensor.byteLength };
    }
    return { tensors, shared };
}
function evidenceFor(dtype) {
    return GRAPH_CONSTANT_TYPES.has(dtype) ? GRAPH_CONSTANT : WEIGHTS;
}
const openvinoReader = {
    ...sniff/* openvinoSniffer */.A,
    async read(path, files) {
        const walk = new IrWalk(path);
        const source = await files.open(path);
        try {
            await tokenizeXml(source, walk);
        }
        finally {
            await source.close();
        }
        const bin = weightsPathOf(path);
        const binBytes = await files.size(bin);
        const described = walk.ranges.reduce((end, range) => Math.max(end, range.offset + range.size), 0);
        const warnings = [];
        const checkpointFiles = [{ path, role: 'graph', bytes: source.size, present: true }];
        if (binBytes !== undefined) {
            checkpointFiles.push({ path: bin, role: 'data', bytes: binBytes, present: true });
            const outside = walk.ranges.find((range) => range.offset + range.size > binBytes);
            if (outside) {
                throw new errors/* FormatError */.IF(bin, `layer '${outside.name}' names bytes ${outside.offset}..${outside.offset + outside.size}, beyond the file's ${binBytes} bytes`, { fix: `The .bin does not belong to ${(0,checkpoint_files/* basename */.P8)(path)} or is truncated; re-export the IR.` });
            }
        }
        else if (walk.ranges.length > 0) {
            warnings.push(`weights file '${(0,checkpoint_files/* basename */.P8)(bin)}' is missing; its ${described} bytes are counted as the XML describes them`);
            checkpointFiles.push({ path: bin, role: 'data', bytes: described, present: false });
        }
        const { tensors, shared } = tensorsOf(walk.ranges, bin);
        const version = walk.version ? `IR v${walk.version} ` : '';
        const weightsNote = `${tensors.length} Const range${tensors.length === 1 ? '' : 's'} in ${(0,checkpoint_files/* basename */.P8)(bin)}`;
        return {
            format: 'openvino',
            name: path,
            files: checkpointFiles,
            tensors,
            classifiedBy: 'format',
            warnings,
            categoryNotes: {
                weights: shared > 0 ? `${weightsNote}; ${shared} Const layers share a range with another (counted once)` : weightsNote,
                metadata: `${version}XML graph of ${walk.layers} layer${walk.layers === 1 ? '' : 's'} (${(0,format_bytes/* formatBytes */.z3)(source.size)}), .bin bytes no Const range covers`
            }
        };
    }
};


/***/ })

};

//# sourceMappingURL=638.index.js.map