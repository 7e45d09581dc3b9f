export const id = 566;
export const ids = [566];
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

/***/ 4566:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   torchExportReader: () => (/* binding */ torchExportReader)
/* harmony export */ });
/* harmony import */ var _core_classify_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8193);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_format_bytes_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7586);
/* harmony import */ var _core_limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6419);
/* harmony import */ var _binary_reader_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8627);
/* harmony import */ var _io_byte_source_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2940);
/* harmony import */ var _shared_shapes_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8606);
/* harmony import */ var _single_file_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4269);
/* harmony import */ var _zip_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7475);
/* harmony import */ var _sniff_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8138);










/**
 * torch.export archives (`.pt2`, `torch.export.save`; layout in `torch/export/pt2_archive/
 * constants.py` and `_package.py`): a zip under one root folder holding `archive_format` ("pt2"),
 * `models/<model>.json` (the serialized graph), and per model a weights config
 * `data/weights/<model>_weights_config.json` and a constants config
 * `data/constants/<model>_constants_config.json`: `{"config": {fqn: {"path_name", "is_param",
 * "use_pickle", "tensor_meta": {dtype, sizes, …}}}}`, each `path_name` a file of the folder.
 *
 * The configs are the archive's own statement of what each payload is: `is_param` entries are the
 * module's parameters (weights), the other weights entries its buffers, the constants its lifted
 * tensor constants and script objects (buffers). Each entry's stored bytes are attributed (tied
 * weights share one file, counted once); the graph, sample inputs and the zip are metadata.
 */
const WEIGHTS_CONFIG = /^(.*?)data\/weights\/(.+)_weights_config\.json$/;
const CONSTANTS_CONFIG = /^(.*?)data\/constants\/(.+)_constants_config\.json$/;
const SAMPLE_INPUTS = /data\/sample_inputs\//;
const PARAMETER = (0,_core_classify_js__WEBPACK_IMPORTED_MODULE_0__/* .evidenceOf */ .X1)('parameter', 'dict-layout', 'torch.export weights config: a parameter of the exported module (is_param)');
const BUFFER = (0,_core_classify_js__WEBPACK_IMPORTED_MODULE_0__/* .evidenceOf */ .X1)('model-state', 'dict-layout', 'torch.export weights config: a buffer of the exported module (not is_param)');
const CONSTANT = (0,_core_classify_js__WEBPACK_IMPORTED_MODULE_0__/* .evidenceOf */ .X1)('model-state', 'dict-layout', 'torch.export constants config: a tensor constant or script object the exported program holds');
/** `torch/_export/serde/schema.py`, `class ScalarType`. */
const SERDE_DTYPES = {
    1: 'uint8', 2: 'int8', 3: 'int16', 4: 'int32', 5: 'int64', 6: 'float16', 7: 'float32', 8: 'float64',
    9: 'complex32', 10: 'complex64', 11: 'complex128', 12: 'bool', 13: 'bfloat16', 28: 'uint16',
    29: 'float8_e4m3fn', 30: 'float8_e5m2', 31: 'float8_e4m3fnuz', 32: 'float8_e5m2fnuz'
};
const torchExportReader = {
    ..._sniff_js__WEBPACK_IMPORTED_MODULE_7__/* .torchExportSniffer */ .O,
    read: (path, files) => (0,_single_file_js__WEBPACK_IMPORTED_MODULE_8__/* .readSingleFile */ .v)('torch-export', path, files, async (source) => {
        const archive = await (0,_zip_js__WEBPACK_IMPORTED_MODULE_6__/* .openZip */ .QH)(source);
        const names = archive.directory.names;
        const configs = names
            .map((name, index) => ({ index, weights: WEIGHTS_CONFIG.exec(name), constants: CONSTANTS_CONFIG.exec(name) }))
            .filter((config) => config.weights || config.constants);
        if (!configs.some((config) => config.weights)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UnsupportedFormatError */ .N$(path, 'a .pt2 archive without a data/weights/<model>_weights_config.json (an older torch.export.save layout, or an AOTInductor package)', 'Save it again with torch.export.save from a recent PyTorch.');
        }
        const models = new Set(configs.map((config) => (config.weights ?? config.constants)[2]));
        const byName = new _zip_js__WEBPACK_IMPORTED_MODULE_6__/* .ZipNameIndex */ .lU(names);
        const tensors = [];
        const entryIndexes = [];
        for (const config of configs) {
            const [, root, model] = (config.weights ?? config.constants);
            const folder = `${root}data/${config.weights ? 'weights' : 'constants'}/`;
            const payloads = await readConfig(path, source, archive, config.index);
            for (const [fqn, payload] of payloads) {
                const file = typeof payload.path_name === 'string' ? payload.path_name : undefined;
                const index = file === undefined ? undefined : byName.get(folder + file);
                if (index === undefined)
                    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FormatError */ .IF(path, `the config ${names[config.index]} lists '${fqn}' in '${folder}${file}', which the archive does not have`, { fix: 'The archive is incomplete; save it again.' });
                const meta = payload.tensor_meta;
                tensors.push({
                    name: models.size > 1 ? `${model}/${fqn}` : fqn,
                    dtype: SERDE_DTYPES[Number(meta?.dtype)] ?? `torch_export_dtype_${String(meta?.dtype)}`,
                    shape: (0,_shared_shapes_js__WEBPACK_IMPORTED_MODULE_5__/* .sharedShape */ .j)(shapeOf(meta?.sizes)),
                    file: path,
                    offset: 0,
                    byteLength: archive.directory.compressedSizes[index],
                    evidence: config.constants ? CONSTANT : payload.is_param === true ? PARAMETER : BUFFER,
                    // Tied weights are written once and listed under each name.
                    storageKey: `pt2:${index}`
                });
                entryIndexes.push(index);
            }
        }
        if (tensors.length > _core_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_TENSORS */ .am)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FormatError */ .IF(path, `the configs list ${tensors.length} tensors, over the limit of ${_core_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_TENSORS */ .am}`);
        const starts = await archive.dataStarts(entryIndexes);
        for (let i = 0; i < tensors.length; i++)
            tensors[i].offset = starts[i];
        const sampleBytes = names.reduce((sum, name, i) => sum + (SAMPLE_INPUTS.test(name) ? archive.directory.compressedSizes[i] : 0), 0);
        archive.release();
        return {
            tensors,
            explanations: sampleBytes > 0 ? [`${(0,_core_format_bytes_js__WEBPACK_IMPORTED_MODULE_9__/* .formatBytes */ .z3)(sampleBytes)} of example inputs saved with the program (data/sample_inputs/), counted as metadata`] : [],
            categoryNotes: { metadata: 'the serialized exported program (models/*.json), weights configs, sample inputs, zip structure' }
        };
    })
};
/**
 * One entry as `torch.export.save` writes it (`json.dumps` of its dataclasses: fixed key order,
 * `", "` and `": "` separators), with what the reader needs captured: the name, path_name,
 * is_param, dtype and the sizes.
 */
const PLAIN_ENTRY = /"((?:[^"\\]|\\.)*)": \{"path_name": "((?:[^"\\]|\\.)*)", "is_param": (true|false), "use_pickle": (?:true|false), "tensor_meta": \{"dtype": (\d+), "sizes": \[((?:\{"as_int": \d+\}(?:, )?)*)\]/g;
/** Bytes of a stored config decoded and matched at a time. */
const CONFIG_WINDOW = 1 << 20;
/**
 * The `config` object of a payload config, as [fqn, entry] pairs. A config of 10^5 weights is
 * ~40 MB of JSON; its bytes, its text and its tree (an object per entry, its tensor_meta, sizes,
 * strides, device) took the CLI past 200 MB. A stored config is read a window at a time and the
 * entries, as the writer lays them out, matched in each window's text; anything else (another
 * writer, a deflated entry) goes through JSON.parse.
 */
async function readConfig(path, source, archive, index) {
    const entry = archive.directory.entry(index);
    if (entry.method === 0 && entry.compressedSize <= _core_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_TORCH_EXPORT_CONFIG_BYTES */ ._r) {
        const plain = await matchPlainEntries(source, await archive.dataStart(entry), entry.compressedSize);
        if (plain)
            return plain;
    }
    const text = _binary_reader_js__WEBPACK_IMPORTED_MODULE_3__/* .UTF8 */ .az.decode(await archive.readEntry(entry, _core_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_TORCH_EXPORT_CONFIG_BYTES */ ._r));
    let config;
    try {
        config = JSON.parse(text).config;
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FormatError */ .IF(path, `${entry.name} is not valid JSON (${error instanceof Error ? error.message : String(error)})`, { fix: 'The archive is corrupt; save it again.' });
    }
    if (typeof config !== 'object' || config === null)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FormatError */ .IF(path, `${entry.name} has no "config" object`);
    return Object.entries(config).filter(([, value]) => typeof value === 'object' && value !== null);
}
/** The entries of a stored config matched window by window; undefined when not every entry is in the plain layout. */
async function matchPlainEntries(source, start, size) {
    const decoder = new TextDecoder('utf-8');
    const found = [];
    let entries = 0;
    let carry = '';
    // One window refilled: a new buffer per window left ~40 MB of dead ones for the collector.
    const window = new Uint8Array(Math.min(CONFIG_WINDOW, size));
    for (let at = 0; at < size; at += CONFIG_WINDOW) {
        const bytes = window.subarray(0, Math.min(CONFIG_WINDOW, size - at));
        await (0,_io_byte_source_js__WEBPACK_IMPORTED_MODULE_4__/* .readInto */ .Pq)(source, start + at, bytes);
        const text = carry + decoder.decode(bytes, { stream: at + CONFIG_WINDOW < size });
        let end = 0;
        for (const match of text.matchAll(PLAIN_ENTRY)) {
            const entry = plainEntry(match);
            // A string JSON would refuse (a control character): JSON.parse of the whole config says so.
            if (!entry)
                return undefined;
            found.push(entry);
            end = match.index + match[0].length;
        }
        entries += countOf(text.slice(0, end), '"path_name": ');
        carry = text.slice(end);
        // An entry longer than a window is not one the writer lays out.
        if (carry.length > CONFIG_WINDOW)
            return undefined;
    }
    entries += countOf(carry, '"path_name": ');
    return found.length > 0 && found.length === entries ? found : undefined;
}
/**
 * A matched entry. Its strings are parsed as JSON strings: that unescapes them, and makes them
 * strings of their own (a substring would keep the whole window's text alive with the tensor).
 */
function plainEntry(match) {
    const [, rawName, rawPath, isParam, dtype, sizes] = match;
    const name = jsonString(rawName);
    const pathName = jsonString(rawPath);
    if (name === undefined || pathName === undefined)
        return undefined;
    const dims = sizes === '' ? [] : sizes.split(', ').map((size) => ({ as_int: Number(size.slice(11, -1)) }));
    return [name, { path_name: pathName, is_param: isParam === 'true', tensor_meta: { dtype: Number(dtype), sizes: dims } }];
}
/** The JSON string literal whose body is `raw`, or undefined when JSON refuses it. */
function jsonString(raw) {
    try {
        return JSON.parse(`"${raw}"`);
    }
    catch {
        return undefined;
    }
}
function countOf(text, needle) {
    let count = 0;
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length))
        count++;
    return count;
}
/** `tensor_meta.sizes`: `[{"as_int": 4}, …]` (symbolic sizes, which a saved weight never has, count as 0). */
function shapeOf(sizes) {
    if (!Array.isArray(sizes))
        return [];
    return sizes.slice(0, _core_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_DIMS */ .VW).map((size) => (typeof size?.as_int === 'number' && size.as_int >= 0 ? size.as_int : 0));
}


/***/ })

};

//# sourceMappingURL=566.index.js.map