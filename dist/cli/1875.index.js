export const id = 1875;
export const ids = [1875];
export const modules = {

/***/ 1886:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ FlatbufferReader)
/* harmony export */ });
/* unused harmony export FlatTable */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _io_bytes_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3031);


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
        return (0,_io_bytes_index_js__WEBPACK_IMPORTED_MODULE_1__/* .uint64Number */ .eZ)(this.u32(at), this.u32(at + 4), this.file, what, at);
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
/** Short ASCII strings without a TextDecoder call (a tenth of its cost); anything else through the layer's UTF-8 decoder. */
function decodeText(bytes) {
    if (bytes.length <= 128) {
        let ascii = true;
        for (let i = 0; i < bytes.length && ascii; i++)
            ascii = bytes[i] < 0x80;
        if (ascii)
            return String.fromCharCode.apply(null, bytes);
    }
    return (0,_io_bytes_index_js__WEBPACK_IMPORTED_MODULE_1__/* .utf8 */ .As)(bytes);
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

/***/ 1766:
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

/***/ 1195:
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


/***/ }),

/***/ 1875:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readTfliteModel: () => (/* binding */ readTfliteModel),
/* harmony export */   tfliteReader: () => (/* binding */ tfliteReader)
/* harmony export */ });
/* harmony import */ var _core_classify_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8193);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_format_bytes_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7586);
/* harmony import */ var _core_limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6419);
/* harmony import */ var _io_bytes_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3031);
/* harmony import */ var _kit_flatbuffer_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1886);
/* harmony import */ var _kit_single_file_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1766);
/* harmony import */ var _zip_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7331);
/* harmony import */ var _kit_storages_by_offset_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(1195);
/* harmony import */ var _kit_flatbuffer_identifier_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5252);
/* harmony import */ var _sniff_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8755);











/**
 * TFLite models (`.tflite`): one flatbuffer of `tensorflow/compiler/mlir/lite/schema/schema.fbs`
 * (root `Model`), optionally followed by the data of buffers stored outside it (models over 2 GB:
 * `Buffer.offset`/`size`, file offsets, valid when offset > 1) and by a zip of associated files
 * (TFLite Metadata, `tflite_support`'s MetadataPopulator).
 *
 * A tensor whose `buffer` index points at a non-empty Buffer is a constant: its data is a model
 * weight (TFLite is an inference format; it stores no optimizer state), counted once however many
 * tensors share the buffer. Everything else is metadata: the tables (operators, tensors, signature
 * defs), the buffers named by `Model.metadata` (`min_runtime_version`, `CONVERSION_METADATA`,
 * `TFLITE_METADATA`), and the appended zip.
 *
 * Quantization parameters (`QuantizationParameters.scale`/`zero_point`/`min`/`max`) are metadata:
 * they live in the tensor tables, not in buffers; they describe how to read the weights, are
 * written by the converter rather than trained, and the runtime does not load them as tensors.
 * Counting them as weights would make int8 weights stop being one byte per parameter. When they
 * are a noticeable part of the file (per-channel scales of a full-int8 model: ~18%), an
 * explanation line says how much.
 */
// Field ids (declaration order) of the tables read.
const MODEL_SUBGRAPHS = 2;
const MODEL_BUFFERS = 4;
const MODEL_METADATA = 6;
const SUBGRAPH_TENSORS = 0;
const SUBGRAPH_NAME = 4;
const TENSOR_SHAPE = 0;
const TENSOR_TYPE = 1;
const TENSOR_BUFFER = 2;
const TENSOR_NAME = 3;
const TENSOR_QUANTIZATION = 4;
const TENSOR_IS_VARIABLE = 5;
const BUFFER_DATA = 0;
const BUFFER_OFFSET = 1;
const BUFFER_SIZE = 2;
const METADATA_NAME = 0;
const METADATA_BUFFER = 1;
/** QuantizationParameters min, max, scale (float) and zero_point (long), with their element sizes. */
const QUANTIZATION_VECTORS = [
    [0, 4],
    [1, 4],
    [2, 4],
    [3, 8]
];
/** `enum TensorType` of schema.fbs, by value. */
const TENSOR_TYPES = [
    'float32',
    'float16',
    'int32',
    'uint8',
    'int64',
    'string',
    'bool',
    'int16',
    'complex64',
    'int8',
    'float64',
    'complex128',
    'uint64',
    'resource',
    'variant',
    'uint32',
    'uint16',
    'int4',
    'bfloat16'
];
/** Quantization parameters above this share of the file get an explanation line. */
const QUANTIZATION_SHARE_WORTH_EXPLAINING = 0.05;
/** Metadata names read at most (each a short string such as `min_runtime_version`). */
const MAX_METADATA_NAME_BYTES = 1024;
const CONSTANT = (0,_core_classify_js__WEBPACK_IMPORTED_MODULE_0__/* .evidenceOf */ .X1)('parameter', 'format', 'TFLite constant buffer: a TFLite file stores only the model, so its constants are weights');
/** `is_variable` tensors (RNN/LSTM state) with an initial value: state the interpreter updates in place. */
const VARIABLE = (0,_core_classify_js__WEBPACK_IMPORTED_MODULE_0__/* .evidenceOf */ .X1)('model-state', 'format', 'TFLite variable tensor: state the interpreter updates in place, stored with its initial value');
const EMPTY_BUFFER = { offset: 0, length: 0 };
const tfliteReader = {
    ..._sniff_js__WEBPACK_IMPORTED_MODULE_6__/* .tfliteSniffer */ .Q,
    read: (path, files) => (0,_kit_single_file_js__WEBPACK_IMPORTED_MODULE_7__/* .readSingleFile */ .v)('tflite', path, files, async (source) => {
        const model = await readTfliteModel(source);
        const zipFiles = await appendedZipFiles(source);
        const explanations = [];
        if (model.quantizationBytes >= QUANTIZATION_SHARE_WORTH_EXPLAINING * source.size) {
            explanations.push(`${(0,_core_format_bytes_js__WEBPACK_IMPORTED_MODULE_8__/* .formatBytes */ .z3)(model.quantizationBytes)} (${(0,_core_format_bytes_js__WEBPACK_IMPORTED_MODULE_8__/* .formatPercent */ .l9)(model.quantizationBytes / source.size)}) are quantization parameters ` +
                `(scales and zero points of ${model.quantizedTensors} tensors) in the flatbuffer's tensor tables, counted as metadata: ` +
                'they describe how to read the weights and are not weights themselves');
        }
        if (zipFiles.length > 0) {
            explanations.push(`associated files zipped after the flatbuffer (TFLite Metadata), counted as metadata: ${zipFiles.join(', ')}`);
        }
        if (model.unreferencedBytes > 0) {
            explanations.push(`${(0,_core_format_bytes_js__WEBPACK_IMPORTED_MODULE_8__/* .formatBytes */ .z3)(model.unreferencedBytes)} of buffers that no tensor or metadata entry refers to, counted as metadata`);
        }
        const parts = ['flatbuffer tables', ...(model.metadataNames.length ? [`metadata buffers (${model.metadataNames.join(', ')})`] : [])];
        if (model.quantizationBytes > 0)
            parts.push(`${(0,_core_format_bytes_js__WEBPACK_IMPORTED_MODULE_8__/* .formatBytes */ .z3)(model.quantizationBytes)} of quantization parameters`);
        if (zipFiles.length > 0)
            parts.push('the appended zip of associated files');
        return { tensors: model.tensors, explanations, categoryNotes: { metadata: parts.join(', ') } };
    })
};
/** Walks Model → subgraphs → tensors and the buffer table, reading no buffer's data. */
async function readTfliteModel(source) {
    const head = await source.read(0, Math.min(8, source.size));
    if (!(0,_kit_flatbuffer_identifier_js__WEBPACK_IMPORTED_MODULE_9__/* .hasFileIdentifier */ .Q)(head, _sniff_js__WEBPACK_IMPORTED_MODULE_6__/* .TFLITE_IDENTIFIER */ .D)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FormatError */ .IF(source.name, `not a TFLite model: bytes 4..8 are not the identifier "${_sniff_js__WEBPACK_IMPORTED_MODULE_6__/* .TFLITE_IDENTIFIER */ .D}"`, { offset: 4 });
    }
    const fb = new _kit_flatbuffer_js__WEBPACK_IMPORTED_MODULE_4__/* .FlatbufferReader */ .p(source, 0, source.size);
    const model = await fb.root('the TFLite Model');
    const bufferTables = await optionalTables(fb, model, MODEL_BUFFERS, 'Model.buffers');
    /** Each buffer's span, read once (empty buffers: length 0). */
    const spans = new Map();
    const span = async (index) => {
        let known = spans.get(index);
        if (known === undefined) {
            const buffer = fb.tableNow(bufferTables[index], `buffer ${index}`) ?? (await fb.table(bufferTables[index], `buffer ${index}`));
            known = bufferSpan(fb, buffer, index);
            if (known === undefined) {
                const data = await fb.vector(buffer.ref(BUFFER_DATA), 1, `the data of buffer ${index}`, false);
                known = { offset: data.start, length: data.length };
            }
            spans.set(index, known);
        }
        return known;
    };
    const metadataNames = [];
    const metadataBuffers = new Set();
    for (const [i, at] of (await optionalTables(fb, model, MODEL_METADATA, 'Model.metadata')).entries()) {
        const entry = await fb.table(at, `Model.metadata[${i}]`);
        const nameAt = entry.ref(METADATA_NAME);
        metadataBuffers.add(entry.u32(METADATA_BUFFER));
        metadataNames.push(nameAt === undefined ? `#${i}` : await fb.string(nameAt, MAX_METADATA_NAME_BYTES, `Model.metadata[${i}].name`));
    }
    /** Tensors with a buffer, `offset` holding the buffer index until the buffers are read. */
    const constants = [];
    const storages = new _kit_storages_by_offset_js__WEBPACK_IMPORTED_MODULE_10__/* .StoragesByOffset */ .X();
    const shapes = new _io_bytes_index_js__WEBPACK_IMPORTED_MODULE_3__/* .ShapeInterner */ .R0();
    let quantizationBytes = 0;
    let quantizedTensors = 0;
    const subgraphs = await optionalTables(fb, model, MODEL_SUBGRAPHS, 'Model.subgraphs');
    for (const [s, subgraphAt] of subgraphs.entries()) {
        const subgraph = await fb.table(subgraphAt, `subgraph ${s}`);
        const subgraphName = subgraph.ref(SUBGRAPH_NAME);
        // Tensor names are unique within a subgraph; the main subgraph's are kept as they are.
        const prefix = s === 0 ? '' : `${subgraphName === undefined ? `subgraph ${s}` : await fb.string(subgraphName, _core_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_NAME_BYTES */ .pg, `the name of subgraph ${s}`)}/`;
        const tensorTables = await optionalTables(fb, subgraph, SUBGRAPH_TENSORS, `the tensors of subgraph ${s}`);
        if (constants.length + tensorTables.length > _core_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_TENSORS */ .am)
            throw fb.corrupt(`the model has more than ${_core_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_TENSORS */ .am} tensors`);
        for (const [t, tensorAt] of tensorTables.entries()) {
            const what = `tensor ${t} of subgraph ${s}`;
            // Every field of the table is read before the next await (FlatbufferReader: loaded pages may be
            // evicted); each read is synchronous while its pages are loaded (`…Now`), awaiting only to load.
            const tensor = fb.tableNow(tensorAt, what) ?? (await fb.table(tensorAt, what));
            const quantization = tensor.ref(TENSOR_QUANTIZATION);
            const bufferIndex = tensor.u32(TENSOR_BUFFER);
            const isVariable = tensor.u8(TENSOR_IS_VARIABLE) !== 0;
            const typeCode = tensor.u8(TENSOR_TYPE);
            const shapeAt = tensor.ref(TENSOR_SHAPE);
            const nameAt = tensor.ref(TENSOR_NAME);
            if (quantization !== undefined) {
                const readNow = () => quantizationBytesNow(fb, quantization, what);
                const bytes = readNow() ?? (await fb.until(readNow));
                quantizationBytes += bytes;
                if (bytes > 0)
                    quantizedTensors++;
            }
            // Buffer 0 is the empty sentinel of every tensor without data (activations, inputs).
            if (bufferIndex === 0)
                continue;
            if (bufferIndex >= bufferTables.length)
                throw fb.corrupt(`${what} refers to buffer ${bufferIndex}, but the model has ${bufferTables.length}`, tensorAt);
            const name = nameAt === undefined ? `tensor ${t}` : (fb.stringNow(nameAt, _core_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_NAME_BYTES */ .pg, what) ?? (await fb.string(nameAt, _core_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_NAME_BYTES */ .pg, `the name of ${what}`)));
            const shape = shapeAt === undefined ? [] : (int32VectorNow(fb, shapeAt, what) ?? (await fb.until(() => int32VectorNow(fb, shapeAt, what))));
            // Placed once the walk is done: the buffers are then read in order (see below).
            constants.push({
                name: prefix + name,
                dtype: TENSOR_TYPES[typeCode] ?? `tflite_type_${typeCode}`,
                shape: shapes.intern(shape),
                file: source.name,
                offset: bufferIndex,
                byteLength: 0,
                evidence: isVariable ? VARIABLE : CONSTANT
            });
        }
    }
    // The buffers, in index order: their tables lie together, so reading them in order reads ahead
    // through them, while reading each with its tensor jumped between the two regions (and, for
    // inline data, a page of payload with each). Empty buffers leave their tensors out.
    let unreferencedBytes = 0;
    const referenced = new Set(constants.map((tensor) => tensor.offset));
    for (let index = 1; index < bufferTables.length; index++) {
        if (!referenced.has(index) && metadataBuffers.has(index))
            continue;
        const data = await span(index);
        if (!referenced.has(index))
            unreferencedBytes += data.length;
    }
    const tensors = [];
    for (const tensor of constants) {
        const data = spans.get(tensor.offset);
        if (data.length === 0)
            continue;
        tensor.offset = data.offset;
        tensor.byteLength = data.length;
        storages.add(tensor);
        tensors.push(tensor);
    }
    return { tensors, metadataNames, quantizationBytes, quantizedTensors, unreferencedBytes };
}
async function optionalTables(fb, table, id, what) {
    const at = table.ref(id);
    return at === undefined ? [] : fb.tables(at, what, _core_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_TENSORS */ .am);
}
/** Where a Buffer's bytes are: outside the flatbuffer (offset > 1), or its `data` vector; undefined until that vector's length is loaded. */
function bufferSpan(fb, buffer, index) {
    const offset = buffer.u64(BUFFER_OFFSET);
    if (offset > 1) {
        const length = buffer.u64(BUFFER_SIZE);
        if (offset + length > fb.source.size) {
            throw fb.corrupt(`buffer ${index} claims bytes ${offset}..${offset + length} outside the flatbuffer, beyond the file's ${fb.source.size} bytes`, buffer.at);
        }
        return { offset, length };
    }
    const dataAt = buffer.ref(BUFFER_DATA);
    if (dataAt === undefined)
        return EMPTY_BUFFER;
    const data = fb.vectorNow(dataAt, 1, `the data of buffer ${index}`, false);
    return data && { offset: data.start, length: data.length };
}
/** Bytes of a QuantizationParameters table's vectors (their length words and elements), undefined until loaded; their values are not read. */
function quantizationBytesNow(fb, at, what) {
    const table = fb.tableNow(at, `the quantization of ${what}`);
    if (!table)
        return undefined;
    let bytes = 0;
    for (const [id, width] of QUANTIZATION_VECTORS) {
        const vectorAt = table.ref(id);
        if (vectorAt === undefined)
            continue;
        const vector = fb.vectorNow(vectorAt, width, `the quantization of ${what}`, false);
        if (!vector)
            return undefined;
        if (vector.length > 0)
            bytes += 4 + vector.length * width;
    }
    return bytes;
}
function int32VectorNow(fb, at, what) {
    const vector = fb.vectorNow(at, 4, `the shape of ${what}`);
    if (!vector)
        return undefined;
    if (vector.length > _core_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_DIMS */ .VW)
        throw fb.corrupt(`the shape of ${what} has ${vector.length} dimensions; at most ${_core_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_DIMS */ .VW} are read`, at);
    const values = new Array(vector.length);
    for (let i = 0; i < vector.length; i++)
        values[i] = fb.i32(vector.start + 4 * i);
    return values;
}
/**
 * The files of a zip appended after the flatbuffer (TFLite Metadata's associated files), as
 * `name (size)`. Python's zipfile, which tflite_support uses, writes no archive comment, so only a
 * file that ends with an end-of-central-directory record is opened as a zip.
 */
async function appendedZipFiles(source) {
    if (source.size < 22 + 8)
        return [];
    const tail = _io_bytes_index_js__WEBPACK_IMPORTED_MODULE_3__/* .Cursor */ .bs.over(await source.read(source.size - 22, 22), source.name, source.size - 22);
    const signature = tail.u32();
    tail.skip(16);
    if (signature !== 0x06054b50 || tail.u16() !== 0)
        return [];
    const archive = await (0,_zip_index_js__WEBPACK_IMPORTED_MODULE_5__/* .openZip */ .Q)(source);
    return archive.entries.map((entry) => `${entry.name} (${(0,_core_format_bytes_js__WEBPACK_IMPORTED_MODULE_8__/* .formatBytes */ .z3)(entry.compressedSize)})`);
}


/***/ })

};

//# sourceMappingURL=1875.index.js.map