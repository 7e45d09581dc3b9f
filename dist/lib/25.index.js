export const id = 25;
export const ids = [25];
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

/***/ 9423:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ FlatbufferReader)
/* harmony export */ });
/* unused harmony export FlatTable */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _binary_reader_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8627);


/**
 * A bounds-checked reader of FlatBuffers tables (TFLite, ExecuTorch `.pte` / `.ptd`) through a
 * ByteSource, after `google/flatbuffers:docs/source/internals.md`: a table starts with an
 * soffset (i32) to its vtable; the vtable is u16 [vtable bytes, table bytes, field offsets…];
 * a field holding a table, vector or string holds a uoffset (u32) forward to it; a vector is a
 * u32 length and its elements.
 *
 * Why not the npm `flatbuffers` runtime: its ByteBuffer needs the whole file in memory (a TFLite
 * file keeps its weights inline, up to 2 GB) and checks no offset (the JS runtime has no
 * verifier), and its readers are generated per schema by flatc. We read a handful of fields of
 * four tables per format; this reader loads only the pages those fields are on, and every
 * offset, vtable and vector length is checked against the flatbuffer's extent before use.
 *
 * Fields are read synchronously from pages that an `await load()` made present: `table()`,
 * `vector()` and `string()` load what they return, so a caller reads a table's scalars, then
 * awaits its children. The page cache is bounded, so a file with inline payloads never holds them.
 */
/**
 * Small pages, so that reading a length word before an inline payload (a TFLite buffer) reads
 * little of the payload; a walk through consecutive tables reads ahead instead (`load`).
 */
const PAGE_BYTES = 512;
/** Pages kept (4 MiB): the tables a walk is reading, while payloads between them pass through. */
const MAX_CACHED_PAGES = 8192;
/** Largest read-ahead, reached while loads follow each other through the tables. */
const MAX_READ_AHEAD = 256 * 1024;
class FlatbufferReader {
    source;
    start;
    end;
    pages = new Map();
    lastIndex = -1;
    lastPage = new Uint8Array(0);
    /** The flatbuffer is bytes [start, end) of the source; offsets given and returned are file offsets. */
    constructor(source, start, end) {
        this.source = source;
        this.start = start;
        this.end = end;
    }
    get file() {
        return this.source.name;
    }
    corrupt(what, offset) {
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FormatError */ .IF(this.file, what, { offset, fix: 'The file is truncated or corrupt (or not a flatbuffer of this schema).' });
    }
    /** Refuses a span outside the flatbuffer. */
    inside(at, length, what) {
        if (!Number.isSafeInteger(at) || !Number.isSafeInteger(length) || length < 0 || at < this.start || at + length > this.end) {
            throw this.corrupt(`${what} (${length} bytes at ${at}) lies outside the flatbuffer's bytes ${this.start}..${this.end}`, at);
        }
    }
    /**
     * Whether bytes [at, at + length) (inside the flatbuffer, else a FormatError) are loaded. When
     * not, they are remembered as what the `…Now` reader that asked needs (`loadMissing`).
     */
    ready(at, length, what) {
        this.inside(at, length, what);
        if (length === 0 || this.has(at, length))
            return true;
        this.missing = { at, length, what };
        return false;
    }
    missing = { at: 0, length: 0, what: '' };
    /**
     * Runs a synchronous reader (one made of `…Now` calls) until it has what it needs, loading what
     * it found missing in between: `x = readNow() ?? (await fb.until(readNow))` awaits only when a
     * page must be read.
     */
    async until(readNow) {
        for (;;) {
            const value = readNow();
            if (value !== undefined)
                return value;
            await this.load(this.missing.at, this.missing.length, this.missing.what);
        }
    }
    /** Makes bytes [at, at + length) readable; refuses any span outside the flatbuffer. */
    async load(at, length, what) {
        this.inside(at, length, what);
        if (length === 0 || this.has(at, length))
            return;
        // Read ahead while loads continue where the last one ended (a walk through consecutive
        // tables): doubling, as SourceWindow does; a jump (over a payload) starts again at one page.
        const near = at >= this.lastEnd - PAGE_BYTES && at <= this.lastEnd + PAGE_BYTES;
        this.readAhead = near ? Math.min(this.readAhead * 2, MAX_READ_AHEAD) : PAGE_BYTES;
        const first = Math.floor(at / PAGE_BYTES);
        const last = Math.floor((Math.min(Math.max(at + length, at + this.readAhead), this.end) - 1) / PAGE_BYTES);
        const readStart = Math.max(first * PAGE_BYTES, this.start);
        const bytes = await this.source.read(readStart, Math.min((last + 1) * PAGE_BYTES, this.end) - readStart);
        // Evict the oldest pages first, so the pages just loaded stay until the next load.
        for (const index of this.pages.keys()) {
            if (this.pages.size + last - first < MAX_CACHED_PAGES)
                break;
            this.pages.delete(index);
        }
        for (let index = first; index <= last; index++) {
            const from = Math.max(index * PAGE_BYTES, this.start) - readStart;
            this.pages.set(index, bytes.subarray(from, Math.min((index + 1) * PAGE_BYTES - readStart, bytes.length)));
        }
        this.lastIndex = -1;
        this.lastEnd = readStart + bytes.length;
    }
    readAhead = PAGE_BYTES;
    lastEnd = -Infinity;
    has(at, length) {
        for (let index = Math.floor(at / PAGE_BYTES); index * PAGE_BYTES < at + length; index++)
            if (!this.pages.has(index))
                return false;
        return true;
    }
    /** One byte of a loaded page. */
    u8(at) {
        const index = Math.floor(at / PAGE_BYTES);
        if (index !== this.lastIndex) {
            const page = this.pages.get(index);
            if (!page)
                throw new Error(`flatbuffer byte ${at} read before it was loaded`);
            this.lastIndex = index;
            this.lastPage = page;
        }
        // The first page of a flatbuffer that starts mid-page begins at `start`.
        return this.lastPage[at - Math.max(index * PAGE_BYTES, this.start)];
    }
    u16(at) {
        return this.u8(at) | (this.u8(at + 1) << 8);
    }
    u32(at) {
        return (this.u8(at) | (this.u8(at + 1) << 8) | (this.u8(at + 2) << 16)) + this.u8(at + 3) * 0x1000000;
    }
    i32(at) {
        return this.u32(at) | 0;
    }
    /** A u64 as an exact number; larger than 2^53 is a FormatError naming the field. */
    u64(at, what) {
        const high = this.u32(at + 4);
        if (high >= 0x200000)
            throw this.corrupt(`${what} is larger than 2^53`, at);
        return high * 0x100000000 + this.u32(at);
    }
    /** The object a uoffset at `at` points to (forward, inside the flatbuffer). */
    target(at, what) {
        const offset = this.u32(at);
        // Builders write children before parents, so a uoffset is never 0: a 0 would make a table its own child.
        if (offset === 0 || at + offset >= this.end)
            throw this.corrupt(`${what} points to ${at + offset}, not forward inside the flatbuffer`, at);
        return at + offset;
    }
    /** The root table, whose uoffset is the flatbuffer's first word. */
    async root(what) {
        await this.load(this.start, 8, `the root of ${what}`);
        return this.table(this.target(this.start, `the root of ${what}`), what);
    }
    /**
     * The table at `at`, its vtable and its inline fields checked, without an await when their
     * pages are loaded (undefined when not: then `table()`). A walk over 10^5 tables awaits only on
     * the few page loads, not on every table (an await per call was most of the read's time).
     */
    tableNow(at, what) {
        if (!this.ready(at, 4, what))
            return undefined;
        const vtable = at - this.i32(at);
        if (!this.ready(vtable, 4, `the vtable of ${what}`))
            return undefined;
        const vtableBytes = this.u16(vtable);
        const tableBytes = this.u16(vtable + 2);
        if (vtableBytes < 4 || vtableBytes % 2 !== 0 || tableBytes < 4) {
            throw this.corrupt(`${what} has a vtable of ${vtableBytes} bytes for a table of ${tableBytes}`, vtable);
        }
        if (!this.ready(vtable, vtableBytes, `the vtable of ${what}`))
            return undefined;
        // flatc can record a table size short of its last field (an 8-byte field at offset 4 of an
        // 8-byte table in ExecuTorch's DataSegment); the flatbuffers verifier checks fields against
        // the buffer, not the table size, so the extent read is up to the furthest field's end.
        let extent = tableBytes;
        for (let slot = 4; slot < vtableBytes; slot += 2)
            extent = Math.max(extent, this.u16(vtable + slot) + 8);
        extent = Math.min(extent, this.end - at);
        if (!this.ready(at, extent, what))
            return undefined;
        return new FlatTable(this, at, vtable, vtableBytes, extent, what);
    }
    /** The table at `at`, loading what it needs. */
    async table(at, what) {
        return this.tableNow(at, what) ?? (await this.until(() => this.tableNow(at, what)));
    }
    /**
     * A vector's element count and where its elements start, checked to fit; undefined until its
     * length (and, when `loadElements`, its elements) are loaded.
     */
    vectorNow(at, elementBytes, what, loadElements = true) {
        if (!this.ready(at, 4, `the length of ${what}`))
            return undefined;
        const length = this.u32(at);
        if (at + 4 + length * elementBytes > this.end) {
            throw this.corrupt(`${what} claims ${length} elements of ${elementBytes} bytes, more than the flatbuffer holds`, at);
        }
        if (loadElements && !this.ready(at + 4, length * elementBytes, what))
            return undefined;
        return { start: at + 4, length };
    }
    async vector(at, elementBytes, what, loadElements = true) {
        const vector = this.vectorNow(at, elementBytes, what, loadElements);
        if (vector)
            return vector;
        if (!loadElements) {
            // Only the length word, before a payload (a TFLite buffer's data): read alone, not as a
            // page, so that a model with many small inline buffers reads 4 bytes of each, not a page.
            const word = await this.source.read(at, 4);
            const length = (word[0] | (word[1] << 8) | (word[2] << 16)) + word[3] * 0x1000000;
            if (at + 4 + length * elementBytes > this.end) {
                throw this.corrupt(`${what} claims ${length} elements of ${elementBytes} bytes, more than the flatbuffer holds`, at);
            }
            return { start: at + 4, length };
        }
        return this.until(() => this.vectorNow(at, elementBytes, what, loadElements));
    }
    /** The positions of the tables a vector of tables points to. */
    async tables(at, what, maxCount) {
        const { start, length } = await this.vector(at, 4, what);
        if (length > maxCount)
            throw this.corrupt(`${what} has ${length} entries, over the limit of ${maxCount}`, at);
        const positions = new Array(length);
        for (let i = 0; i < length; i++)
            positions[i] = this.target(start + 4 * i, `${what}[${i}]`);
        return positions;
    }
    /** A UTF-8 string (u32 length, bytes, NUL), refused over `maxBytes`; undefined until loaded. */
    stringNow(at, maxBytes, what) {
        if (!this.ready(at, 4, what))
            return undefined;
        const length = this.u32(at);
        if (length > maxBytes)
            throw this.corrupt(`${what} is ${length} bytes long, over the limit of ${maxBytes}`, at);
        const vector = this.vectorNow(at, 1, what);
        if (!vector)
            return undefined;
        const index = Math.floor(vector.start / PAGE_BYTES);
        const pageStart = Math.max(index * PAGE_BYTES, this.start);
        // Names are ASCII and within one page nearly always: decoded straight from the page.
        if (vector.start + length <= (index + 1) * PAGE_BYTES) {
            const page = this.pages.get(index);
            return decodeText(page.subarray(vector.start - pageStart, vector.start - pageStart + length));
        }
        const bytes = new Uint8Array(length);
        for (let i = 0; i < length; i++)
            bytes[i] = this.u8(vector.start + i);
        return decodeText(bytes);
    }
    async string(at, maxBytes, what) {
        return this.stringNow(at, maxBytes, what) ?? (await this.until(() => this.stringNow(at, maxBytes, what)));
    }
}
/** Short ASCII strings without a TextDecoder call (a tenth of its cost); anything else through it. */
function decodeText(bytes) {
    if (bytes.length <= 128) {
        let ascii = true;
        for (let i = 0; i < bytes.length && ascii; i++)
            ascii = bytes[i] < 0x80;
        if (ascii)
            return String.fromCharCode.apply(null, bytes);
    }
    return _binary_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .UTF8 */ .az.decode(bytes);
}
/** A table whose vtable and inline fields are loaded; fields are addressed by their schema id (0, 1, …). */
class FlatTable {
    reader;
    at;
    vtable;
    vtableBytes;
    extent;
    what;
    constructor(reader, at, vtable, vtableBytes, 
    /** Bytes of the table readable (loaded and inside the flatbuffer), from its start. */
    extent, what) {
        this.reader = reader;
        this.at = at;
        this.vtable = vtable;
        this.vtableBytes = vtableBytes;
        this.extent = extent;
        this.what = what;
    }
    /** File offset of field `id`, or 0 when the table does not store it (its default applies). */
    field(id, width) {
        const slot = 4 + 2 * id;
        if (slot + 2 > this.vtableBytes)
            return 0;
        const offset = this.reader.u16(this.vtable + slot);
        if (offset === 0)
            return 0;
        if (offset < 4 || offset + width > this.extent)
            throw this.reader.corrupt(`field ${id} of ${this.what} lies outside its table`, this.at);
        return this.at + offset;
    }
    u8(id, fallback = 0) {
        const at = this.field(id, 1);
        return at === 0 ? fallback : this.reader.u8(at);
    }
    u32(id, fallback = 0) {
        const at = this.field(id, 4);
        return at === 0 ? fallback : this.reader.u32(at);
    }
    u64(id, fallback = 0) {
        const at = this.field(id, 8);
        return at === 0 ? fallback : this.reader.u64(at, `field ${id} of ${this.what}`);
    }
    /** Where the table, vector or string in field `id` starts; undefined when absent. */
    ref(id) {
        const at = this.field(id, 4);
        return at === 0 ? undefined : this.reader.target(at, `field ${id} of ${this.what}`);
    }
}


/***/ }),

/***/ 8606:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ sharedShape)
/* harmony export */ });
/**
 * One array per distinct tensor shape, for readers that keep a shape per tensor. A checkpoint's
 * tensors repeat a few shapes (every layer of a stack has the same ones), and each tensor's shape
 * is kept to the end of the analysis (TensorInfo.shape): 10^5 copies of one 2-D shape were ~6 MB
 * (PyTorch), ~7 MB (safetensors). Nothing mutates a shape once a reader has listed it: the
 * analyzer and the report only read them.
 *
 * Shapes are found by a trie on their sizes, dimension by dimension: a string key per tensor
 * (`join(',')`) and its hash cost a tenth of a 10^5-tensor PyTorch unpickle. Bounded: past
 * MAX_SHARED_SHAPE_NODES nodes, new shapes are returned unshared.
 */
class ShapeNode {
    /** The shared array of the shape whose sizes lead here. */
    shape = undefined;
    /** Longer shapes, by their next size. */
    next = new Map();
}
const root = new ShapeNode();
let nodes = 0;
const MAX_SHARED_SHAPE_NODES = 10_000;
/** The shared array equal to `shape` (`shape` itself the first time it is seen). */
function sharedShape(shape) {
    let node = root;
    for (let i = 0; i < shape.length; i++) {
        let next = node.next.get(shape[i]);
        if (next === undefined) {
            if (nodes >= MAX_SHARED_SHAPE_NODES)
                return shape;
            next = new ShapeNode();
            node.next.set(shape[i], next);
            nodes++;
        }
        node = next;
    }
    return (node.shape ??= shape);
}


/***/ }),

/***/ 4269:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ readSingleFile)
/* harmony export */ });
/**
 * Reads a checkpoint that is one file whose categories come from the format (TFLite, ExecuTorch
 * `.pte` / `.ptd`): opens it, lets `read` walk it, and closes it whatever happens.
 */
async function readSingleFile(format, path, files, read) {
    const source = await files.open(path);
    try {
        const found = await read(source);
        return {
            format,
            name: path,
            files: [{ path, role: 'data', bytes: source.size, present: true }],
            classifiedBy: 'format',
            warnings: [],
            ...found
        };
    }
    finally {
        await source.close();
    }
}


/***/ }),

/***/ 8998:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ StoragesByOffset)
/* harmony export */ });
/**
 * Tensors whose payloads start at the same byte are views of one storage, counted once: the same
 * constant used by several methods, a buffer shared by several TFLite tensors, or a hostile file
 * pointing many tensors at one payload.
 */
class StoragesByOffset {
    first = new Map();
    add(tensor) {
        const first = this.first.get(tensor.offset);
        if (first)
            tensor.storageKey = first.storageKey ??= `${tensor.file}@${tensor.offset}`;
        else
            this.first.set(tensor.offset, tensor);
    }
}


/***/ })

};

//# sourceMappingURL=25.index.js.map