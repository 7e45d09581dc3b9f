export const id = 3638;
export const ids = [3638];
export const modules = {

/***/ 9416:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ Companions),
/* harmony export */   X: () => (/* binding */ listSome)
/* harmony export */ });
/**
 * The files a checkpoint's primary file names beside itself (TF data shards, a shard index's
 * shards, GGUF splits, ONNX external data, an OpenVINO `.bin`, Core ML weight files, DCP data
 * files), with ONE policy for those that are absent (a download cut short, a Git LFS file not
 * fetched): an absent file is listed with `present: false` and the size the checkpoint describes
 * for it, or 0 when nothing describes it, and the checkpoint gets one warning, worded here for
 * every format, naming the absent files and how they were counted. An absent companion is never an
 * error: the sizes the checkpoint describes are still worth a report.
 */
class Companions {
    source;
    describedBy;
    /** Every companion, present or absent, in the order they were met. */
    files = [];
    absent = [];
    /**
     * @param describedBy what describes the companions' sizes, for the warning: `the index`, `the
     *   graph`, `the XML`: "counted at the N bytes the index describes".
     */
    constructor(source, describedBy) {
        this.source = source;
        this.describedBy = describedBy;
    }
    /**
     * The companion at `path`: present with its size on disk, or absent with `describedBytes` (0
     * when the checkpoint does not describe it).
     */
    async companion(path, role, options = {}) {
        const size = await this.source.size(path);
        return size === undefined ? this.absentFile(path, role, options.describedBytes) : this.present(path, role, size);
    }
    /** A companion the reader already found on disk (it opened it, or knows its size). */
    present(path, role, bytes) {
        const file = { path, role, bytes, present: true };
        this.files.push(file);
        return file;
    }
    /** A companion the reader already found absent, counted at `describedBytes` (or 0). */
    absentFile(path, role, describedBytes) {
        const bytes = describedBytes ?? 0;
        const file = { path, role, bytes, present: false };
        this.files.push(file);
        this.absent.push({ path, bytes, described: describedBytes !== undefined });
        return file;
    }
    /** The absent companions' paths. */
    absentPaths() {
        return this.absent.map((file) => file.path);
    }
    /** The one warning about absent companions (none when all are present). */
    warnings() {
        const described = this.absent.filter((file) => file.described);
        const undescribed = this.absent.filter((file) => !file.described);
        const warnings = [];
        if (described.length > 0) {
            const bytes = described.reduce((sum, file) => sum + file.bytes, 0);
            warnings.push(`${absentList(described)}: counted at the ${bytes} bytes ${this.describedBy} describes, so the total is what the complete checkpoint would hold`);
        }
        if (undescribed.length > 0) {
            const one = undescribed.length === 1;
            warnings.push(`${absentList(undescribed)}: ${this.describedBy} does not describe ${one ? 'its' : 'their'} size, so ${one ? 'it is' : 'they are'} counted as 0 bytes`);
        }
        return warnings;
    }
}
/** `2 files of the checkpoint are absent (a, b)`: the one way absent files are named. */
function absentList(files) {
    const names = listSome(files.map((file) => file.path));
    return files.length === 1 ? `1 file of the checkpoint is absent (${names})` : `${files.length} files of the checkpoint are absent (${names})`;
}
/** The first `count` names, and how many more. */
function listSome(names, count = 3) {
    return names.length <= count ? names.join(', ') : `${names.slice(0, count).join(', ')}, and ${names.length - count} more`;
}


/***/ }),

/***/ 7247:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ LazySource),
/* harmony export */   g: () => (/* binding */ withSource)
/* harmony export */ });
/**
 * Opens `path`, runs `read` over it and closes it whatever happens: the one open/try/finally/close
 * of the readers, so that no reader leaks a file handle on a format error.
 */
async function withSource(files, path, read) {
    const source = await files.open(path);
    try {
        return await read(source);
    }
    finally {
        await source.close();
    }
}
/**
 * A file opened on its first use, for a reader that needs it only for some items (a DCP data file,
 * read only for an item whose size the metadata omits); `close()` closes it if it was opened.
 */
class LazySource {
    files;
    path;
    opened;
    constructor(files, path) {
        this.files = files;
        this.path = path;
    }
    source() {
        this.opened ??= this.files.open(this.path);
        return this.opened;
    }
    async close() {
        if (this.opened)
            await (await this.opened).close();
    }
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
// EXTERNAL MODULE: ./src/formats/kit/companions.ts
var companions = __webpack_require__(9416);
// EXTERNAL MODULE: ./src/formats/kit/open.ts
var kit_open = __webpack_require__(7247);
// EXTERNAL MODULE: ./src/formats/openvino/sniff.ts
var sniff = __webpack_require__(4003);
// EXTERNAL MODULE: ./src/io/bytes/index.ts + 8 modules
var io_bytes = __webpack_require__(3031);
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
        return (0,io_bytes/* utf8 */.As)(bytes.subarray(start, end));
    let text = '';
    for (let i = start; i < end; i++) {
        if (bytes[i] >= 0x80)
            return (0,io_bytes/* utf8 */.As)(bytes.subarray(start, end));
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
        const name = (0,io_bytes/* utf8 */.As)(bytes);
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
    // One buffer refilled in place, keeping the unfinished token: a new buffer per chunk left
    // dead megabytes for the collector.
    const window = new io_bytes/* Window */.p8(source, { kind: 'reuse', readBytes: CHUNK_BYTES });
    let buffer = window.buffer;
    let bufferStart = 0;
    let i = 0;
    let sawRoot = false;
    /** Appends the next chunk to the bytes from `i` on (re-based to index 0); false at the end of the file. */
    const more = async () => {
        const loaded = bufferStart + buffer.length;
        if (loaded >= source.size)
            return false;
        const kept = buffer.length - i;
        if (kept > limits/* MAX_XML_TOKEN_BYTES */.Nm) {
            throw new errors/* LimitExceededError */.lo(source.name, `an XML tag, comment or CDATA section at byte ${bufferStart + i}`, kept, limits/* MAX_XML_TOKEN_BYTES */.Nm);
        }
        await window.load(bufferStart + i, kept + Math.min(CHUNK_BYTES, source.size - loaded));
        buffer = window.buffer;
        bufferStart = window.bufferStart;
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
            throw new errors/* FormatError */.IF(this.path, `layer '${name}' has ${what}="${tag.attribute(what) ?? ''}", not a byte count`, {
                fix: 'The IR is corrupt; re-export it.'
            });
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
        const xmlBytes = await (0,kit_open/* withSource */.g)(files, path, async (source) => {
            await tokenizeXml(source, walk);
            return source.size;
        });
        const bin = weightsPathOf(path);
        const binBytes = await files.size(bin);
        const weights = new companions/* Companions */.I(files, 'the XML');
        if (binBytes !== undefined) {
            weights.present(bin, 'data', binBytes);
            const outside = walk.ranges.find((range) => range.offset + range.size > binBytes);
            if (outside) {
                throw new errors/* FormatError */.IF(bin, `layer '${outside.name}' names bytes ${outside.offset}..${outside.offset + outside.size}, beyond the file's ${binBytes} bytes`, { fix: `The .bin does not belong to ${(0,checkpoint_files/* basename */.P8)(path)} or is truncated; re-export the IR.` });
            }
        }
        else if (walk.ranges.length > 0) {
            weights.absentFile(bin, 'data', walk.ranges.reduce((end, range) => Math.max(end, range.offset + range.size), 0));
        }
        const { tensors, shared } = tensorsOf(walk.ranges, bin);
        const version = walk.version ? `IR v${walk.version} ` : '';
        const weightsNote = `${tensors.length} Const range${tensors.length === 1 ? '' : 's'} in ${(0,checkpoint_files/* basename */.P8)(bin)}`;
        return {
            format: 'openvino',
            name: path,
            files: [{ path, role: 'graph', bytes: xmlBytes, present: true }, ...weights.files],
            tensors,
            classifiedBy: 'format',
            warnings: weights.warnings(),
            categoryNotes: {
                weights: shared > 0 ? `${weightsNote}; ${shared} Const layers share a range with another (counted once)` : weightsNote,
                metadata: `${version}XML graph of ${walk.layers} layer${walk.layers === 1 ? '' : 's'} (${(0,format_bytes/* formatBytes */.z3)(xmlBytes)}), .bin bytes no Const range covers`
            }
        };
    }
};


/***/ })

};

//# sourceMappingURL=3638.index.js.map