export const id = 4566;
export const ids = [4566];
export const modules = {

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

/***/ 4566:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   torchExportReader: () => (/* binding */ torchExportReader)
/* harmony export */ });
/* harmony import */ var _core_classify_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8193);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_format_bytes_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7586);
/* harmony import */ var _core_limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6419);
/* harmony import */ var _io_bytes_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3031);
/* harmony import */ var _kit_single_file_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1766);
/* harmony import */ var _zip_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7331);
/* harmony import */ var _sniff_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8138);








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
    1: 'uint8',
    2: 'int8',
    3: 'int16',
    4: 'int32',
    5: 'int64',
    6: 'float16',
    7: 'float32',
    8: 'float64',
    9: 'complex32',
    10: 'complex64',
    11: 'complex128',
    12: 'bool',
    13: 'bfloat16',
    28: 'uint16',
    29: 'float8_e4m3fn',
    30: 'float8_e5m2',
    31: 'float8_e4m3fnuz',
    32: 'float8_e5m2fnuz'
};
const torchExportReader = {
    ..._sniff_js__WEBPACK_IMPORTED_MODULE_5__/* .torchExportSniffer */ .O,
    read: (path, files) => (0,_kit_single_file_js__WEBPACK_IMPORTED_MODULE_6__/* .readSingleFile */ .v)('torch-export', path, files, async (source) => {
        const archive = await (0,_zip_index_js__WEBPACK_IMPORTED_MODULE_4__/* .openZip */ .Q)(source);
        const names = archive.directory.names;
        const configs = names
            .map((name, index) => ({ index, weights: WEIGHTS_CONFIG.exec(name), constants: CONSTANTS_CONFIG.exec(name) }))
            .filter((config) => config.weights || config.constants);
        if (!configs.some((config) => config.weights)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UnsupportedFormatError */ .N$(path, 'a .pt2 archive without a data/weights/<model>_weights_config.json (an older torch.export.save layout, or an AOTInductor package)', 'Save it again with torch.export.save from a recent PyTorch.');
        }
        const models = new Set(configs.map((config) => (config.weights ?? config.constants)[2]));
        const byName = _io_bytes_index_js__WEBPACK_IMPORTED_MODULE_3__/* .NameIndex */ .SJ.of(names);
        const shapes = new _io_bytes_index_js__WEBPACK_IMPORTED_MODULE_3__/* .ShapeInterner */ .R0();
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
                    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FormatError */ .IF(path, `the config ${names[config.index]} lists '${fqn}' in '${folder}${file}', which the archive does not have`, {
                        fix: 'The archive is incomplete; save it again.'
                    });
                const meta = payload.tensor_meta;
                tensors.push({
                    name: models.size > 1 ? `${model}/${fqn}` : fqn,
                    dtype: SERDE_DTYPES[Number(meta?.dtype)] ?? `torch_export_dtype_${String(meta?.dtype)}`,
                    shape: shapes.intern(shapeOf(meta?.sizes)),
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
            explanations: sampleBytes > 0 ? [`${(0,_core_format_bytes_js__WEBPACK_IMPORTED_MODULE_7__/* .formatBytes */ .z3)(sampleBytes)} of example inputs saved with the program (data/sample_inputs/), counted as metadata`] : [],
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
        const plain = await matchPlainEntries(new _io_bytes_index_js__WEBPACK_IMPORTED_MODULE_3__/* .SpanSource */ .sR(source, await archive.dataStart(entry), entry.compressedSize, `${path} (${entry.name})`));
        if (plain)
            return plain;
    }
    const text = (0,_io_bytes_index_js__WEBPACK_IMPORTED_MODULE_3__/* .utf8 */ .As)(await archive.readEntry(entry, _core_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_TORCH_EXPORT_CONFIG_BYTES */ ._r));
    let config;
    try {
        config = JSON.parse(text).config;
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FormatError */ .IF(path, `${entry.name} is not valid JSON (${error instanceof Error ? error.message : String(error)})`, {
            fix: 'The archive is corrupt; save it again.'
        });
    }
    if (typeof config !== 'object' || config === null)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FormatError */ .IF(path, `${entry.name} has no "config" object`);
    return Object.entries(config).filter(([, value]) => typeof value === 'object' && value !== null);
}
/** The entries of a stored config (the span of the archive it is) matched window by window; undefined when not every entry is in the plain layout. */
async function matchPlainEntries(config) {
    const size = config.size;
    const found = [];
    let entries = 0;
    let carry = '';
    // One buffer refilled: a new buffer per window left ~40 MB of dead ones for the collector.
    const window = new _io_bytes_index_js__WEBPACK_IMPORTED_MODULE_3__/* .Window */ .p8(config, { kind: 'reuse', readBytes: CONFIG_WINDOW });
    for (let at = 0; at < size;) {
        const length = Math.min(CONFIG_WINDOW, size - at);
        await window.load(at, length);
        const bytes = window.buffer.subarray(at - window.bufferStart, at - window.bufferStart + length);
        // A character the window's end splits waits for the next window (which keeps its bytes):
        // the text is cut after the last ASCII byte, always a character's end.
        let cut = length;
        if (at + length < size)
            while (cut > 0 && bytes[cut - 1] >= 0x80)
                cut--;
        if (cut === 0)
            return undefined;
        const text = carry + (0,_io_bytes_index_js__WEBPACK_IMPORTED_MODULE_3__/* .utf8 */ .As)(bytes.subarray(0, cut));
        at += cut;
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

//# sourceMappingURL=4566.index.js.map