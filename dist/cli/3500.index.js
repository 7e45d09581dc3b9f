export const id = 3500;
export const ids = [3500];
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

/***/ 1872:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ pathInside)
/* harmony export */ });
/* harmony import */ var _io_checkpoint_files_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9366);

/**
 * The path of a file that a checkpoint names (a shard in an index, an ONNX `location`, a Core ML
 * weight file, a DCP data file), inside `dir`, the checkpoint's directory; undefined when the
 * name could leave it: empty, absolute, with a drive letter, or with a `..` segment. A name read
 * from a file is untrusted: a hostile checkpoint must not make the tool open `/etc/passwd` or a
 * sibling repository. `/` and `\` both separate (exporters on Windows write `\`); empty and `.`
 * segments are dropped. The one check for names read from checkpoints; each reader words the
 * error in its own terms.
 */
function pathInside(dir, name) {
    if (name === '' || name.startsWith('/') || name.startsWith('\\') || /^[A-Za-z]:/.test(name))
        return undefined;
    const segments = name.split(/[\\/]/);
    if (segments.includes('..'))
        return undefined;
    const kept = segments.filter((segment) => segment !== '' && segment !== '.');
    return kept.length === 0 ? undefined : (0,_io_checkpoint_files_js__WEBPACK_IMPORTED_MODULE_0__/* .joinPath */ .uJ)(dir, kept.join('/'));
}


/***/ }),

/***/ 3500:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  onnxReader: () => (/* binding */ onnxReader)
});

// EXTERNAL MODULE: ./src/core/classify.ts
var classify = __webpack_require__(8193);
// EXTERNAL MODULE: ./src/core/dtypes.ts
var dtypes = __webpack_require__(6622);
// EXTERNAL MODULE: ./src/core/format-bytes.ts
var format_bytes = __webpack_require__(7586);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/limits.ts
var limits = __webpack_require__(6419);
// EXTERNAL MODULE: ./src/io/checkpoint-files.ts
var checkpoint_files = __webpack_require__(9366);
// EXTERNAL MODULE: ./src/io/bytes/index.ts + 8 modules
var io_bytes = __webpack_require__(3031);
// EXTERNAL MODULE: ./src/formats/kit/open.ts
var kit_open = __webpack_require__(7247);
;// CONCATENATED MODULE: ./src/formats/onnx/data-types.ts
/**
 * ONNX `TensorProto.DataType` codes to canonical dtype names (src/core/dtypes.ts), from
 * `onnx/onnx:onnx/onnx.proto` (enum DataType). Codes 25/26 (UINT2/INT2) are the newest; their
 * packing is not verified, so only the container's stored length is trusted for them.
 */
const ONNX_DATA_TYPES = [
    /*  0 */ undefined, // UNDEFINED
    /*  1 */ 'float32',
    /*  2 */ 'uint8',
    /*  3 */ 'int8',
    /*  4 */ 'uint16',
    /*  5 */ 'int16',
    /*  6 */ 'int32',
    /*  7 */ 'int64',
    /*  8 */ 'string',
    /*  9 */ 'bool',
    /* 10 */ 'float16',
    /* 11 */ 'float64',
    /* 12 */ 'uint32',
    /* 13 */ 'uint64',
    /* 14 */ 'complex64',
    /* 15 */ 'complex128',
    /* 16 */ 'bfloat16',
    /* 17 */ 'float8_e4m3fn',
    /* 18 */ 'float8_e4m3fnuz',
    /* 19 */ 'float8_e5m2',
    /* 20 */ 'float8_e5m2fnuz',
    /* 21 */ 'uint4',
    /* 22 */ 'int4',
    /* 23 */ 'float4_e2m1',
    /* 24 */ 'float8_e8m0',
    /* 25 */ 'uint2',
    /* 26 */ 'int2'
];
/** The dtype name of an ONNX data type code; unknown codes keep their number visible. */
function onnxDtype(code) {
    return ONNX_DATA_TYPES[code] ?? `onnx_type_${code}`;
}

// EXTERNAL MODULE: ./src/formats/kit/companions.ts
var kit_companions = __webpack_require__(9416);
// EXTERNAL MODULE: ./src/formats/kit/safe-path.ts
var safe_path = __webpack_require__(1872);
;// CONCATENATED MODULE: ./src/formats/onnx/tensor-proto.ts



/**
 * An ONNX `TensorProto` (`onnx/onnx:onnx/onnx.proto`) read as far as sizing needs: name, dims,
 * data type, and where its payload is — a span of the `.onnx` (`raw_data` or a typed field), or
 * `external_data` entries. The payload itself is stepped over, never read.
 */
// TensorProto
const TENSOR_DIMS = 1;
const TENSOR_DATA_TYPE = 2;
const TENSOR_NAME = 8;
const TENSOR_RAW_DATA = 9;
const TENSOR_EXTERNAL_DATA = 13;
const TENSOR_DATA_LOCATION = 14;
/** float_data, int32_data, string_data, int64_data, double_data, uint64_data: typed payloads. */
const TENSOR_TYPED_DATA = new Set([4, 5, 6, 7, 10, 11]);
const DATA_LOCATION_EXTERNAL = 1;
// StringStringEntryProto
const ENTRY_KEY = 1;
const ENTRY_VALUE = 2;
const ASCII = new TextEncoder();
const EXTERNAL_DATA_KEYS = [
    ['location', ASCII.encode('location')],
    ['offset', ASCII.encode('offset')],
    ['length', ASCII.encode('length')]
];
async function readTensorProto(reader) {
    const tensor = {
        name: '',
        dims: [],
        dataType: 0,
        external: false,
        at: reader.start
    };
    while (!reader.done) {
        const field = reader.nextInWindow() ?? (await reader.next());
        if (!field)
            break;
        if (field.field === TENSOR_DIMS) {
            const values = field.wireType === io_bytes/* WireType */.O0.LEN ? reader.packedVarintsInWindow(field, limits/* MAX_DIMS */.VW, 'dims') : [field.value];
            tensor.dims = values ? appendDims(reader, field, tensor.dims, values) : await readDims(reader, field, tensor.dims);
        }
        else if (field.field === TENSOR_DATA_TYPE && field.wireType === io_bytes/* WireType */.O0.VARINT)
            tensor.dataType = field.value;
        else if (field.field === TENSOR_NAME) {
            tensor.name = reader.stringInWindow(field, limits/* MAX_ONNX_STRING_BYTES */.Hq, 'tensor name') ?? (await reader.string(field, limits/* MAX_ONNX_STRING_BYTES */.Hq, 'tensor name'));
        }
        else if (field.field === TENSOR_DATA_LOCATION && field.wireType === io_bytes/* WireType */.O0.VARINT) {
            tensor.external = field.value === DATA_LOCATION_EXTERNAL;
        }
        else if (field.field === TENSOR_EXTERNAL_DATA) {
            const entry = reader.message(field, 'StringStringEntryProto');
            let key;
            let value;
            while (!entry.done) {
                const inner = entry.nextInWindow() ?? (await entry.next());
                if (!inner || (inner.field !== ENTRY_KEY && inner.field !== ENTRY_VALUE))
                    continue;
                const what = inner.field === ENTRY_KEY ? 'external_data key' : 'external_data value';
                const bytes = entry.bytesInWindow(inner, limits/* MAX_ONNX_STRING_BYTES */.Hq, what) ?? (await entry.bytes(inner, limits/* MAX_ONNX_STRING_BYTES */.Hq, what));
                if (inner.field === ENTRY_KEY)
                    key = externalDataKey(bytes);
                else
                    value = bytes;
            }
            // Other keys (checksum, basepath) do not locate bytes; a repeated key takes the last value.
            if (key !== undefined) {
                tensor.externalData ??= {};
                tensor.externalData[key] = value ?? new Uint8Array(0);
            }
        }
        else if (field.field === TENSOR_RAW_DATA || TENSOR_TYPED_DATA.has(field.field)) {
            // The payload: recorded, never read. Unpacked repeated values arrive as many fields; their
            // span runs from the first to the last.
            const end = field.offset + field.length;
            const raw = field.field === TENSOR_RAW_DATA;
            tensor.payload = tensor.payload
                ? { offset: Math.min(tensor.payload.offset, field.offset), end: Math.max(tensor.payload.end, end), raw: false }
                : { offset: field.offset, end, raw };
        }
    }
    return tensor;
}
/** `dims` arrive packed (one LEN field) or one varint per field; both are accepted. */
async function readDims(reader, field, dims) {
    const more = field.wireType === io_bytes/* WireType */.O0.LEN ? await reader.packedVarints(field, limits/* MAX_DIMS */.VW, 'dims') : [field.value];
    return appendDims(reader, field, dims, more);
}
function appendDims(reader, field, dims, more) {
    const all = dims.length === 0 ? more : [...dims, ...more];
    if (all.length > limits/* MAX_DIMS */.VW)
        throw new errors/* LimitExceededError */.lo(reader.file, 'the number of tensor dimensions', all.length, limits/* MAX_DIMS */.VW);
    for (const dim of all) {
        if (!Number.isSafeInteger(dim)) {
            throw new errors/* FormatError */.IF(reader.file, `a tensor dimension of ${reader.what} is negative or over 2^53`, { offset: field.offset });
        }
    }
    return all;
}
/** Which of the keys this reader uses `bytes` spell, if any. */
function externalDataKey(bytes) {
    for (const [key, spelled] of EXTERNAL_DATA_KEYS)
        if (sameBytes(spelled, bytes))
            return key;
    return undefined;
}
function sameBytes(a, b) {
    if (a.length !== b.length)
        return false;
    for (let i = 0; i < a.length; i++)
        if (a[i] !== b[i])
            return false;
    return true;
}

;// CONCATENATED MODULE: ./src/formats/onnx/external-data.ts







class ExternalData {
    modelPath;
    checkpointFiles;
    tensors;
    files = new Map();
    lastLocation;
    /**
     * @param modelPath the `.onnx` file, for errors and to resolve locations
     * @param tensors the tensors read so far: when a file's spans go back, its earlier tensors get keys
     */
    constructor(modelPath, checkpointFiles, tensors) {
        this.modelPath = modelPath;
        this.checkpointFiles = checkpointFiles;
        this.tensors = tensors;
    }
    /**
     * Where `tensor`'s bytes are: `offset` and `length` default to the file's start and rest. `kind`
     * and `name` name the tensor in errors ("initializer 'w'").
     */
    async span(tensor, kind, name, dtype) {
        const externalData = tensor.externalData ?? {};
        const file = await this.file(externalData.location ?? new Uint8Array(0), kind, name, tensor.at);
        const offset = parseDecimal(externalData.offset, 'offset', kind, name, this.modelPath, tensor.at) ?? 0;
        // Without `length`, onnx reads from `offset` to the end of the file (onnx/onnx:
        // onnx/external_data_helper.py, load_external_data_for_tensor); for an absent file the dense
        // size is the best description there is.
        const length = parseDecimal(externalData.length, 'length', kind, name, this.modelPath, tensor.at) ??
            (file.size !== undefined ? Math.max(0, file.size - offset) : ((0,dtypes/* denseBytes */.vQ)(dtype, tensor.dims) ?? 0));
        if (!Number.isSafeInteger(offset + length)) {
            throw new errors/* FormatError */.IF(this.modelPath, `${kind} '${name}' describes ${offset + length} bytes of external data, more than any file holds`, {
                offset: tensor.at,
                fix: 'The model is corrupt or hostile.'
            });
        }
        // Two tensors naming the same bytes (deduplicated exports) share one storage, which a storage
        // key tells analyzeCheckpoint. Exporters write spans one after the other, and a span that
        // starts past every earlier one cannot repeat one: keys (100,000 strings, and a set of them in
        // the analysis) are only made once a file's spans go back, for all its spans.
        if (offset < file.describedBytes && !file.keyed) {
            file.keyed = true;
            for (const earlier of this.tensors) {
                if (earlier.file === file.path)
                    earlier.storageKey = storageKey(earlier.file, earlier.offset, earlier.byteLength);
            }
        }
        file.describedBytes = Math.max(file.describedBytes, offset + length);
        const span = { file: file.path, offset, byteLength: length };
        return file.keyed ? { ...span, storageKey: storageKey(file.path, offset, length) } : span;
    }
    /** The checkpoint's files: the graph, then each external data file (absent ones with their described size). */
    checkpointFilesWith(modelBytes, warnings) {
        const companions = new kit_companions/* Companions */.I(this.checkpointFiles, 'the graph');
        for (const file of this.files.values()) {
            if (file.size === undefined)
                companions.absentFile(file.path, 'data', file.describedBytes);
            else
                companions.present(file.path, 'data', file.size);
        }
        warnings.push(...companions.warnings());
        return [{ path: this.modelPath, role: 'graph', bytes: modelBytes, present: true }, ...companions.files];
    }
    /** The file a `location` names; every tensor of an export names the same one, checked once. */
    async file(locationBytes, kind, name, at) {
        if (this.lastLocation && sameBytes(this.lastLocation.bytes, locationBytes))
            return this.lastLocation.file;
        const location = io_bytes/* UTF8 */.az.decode(locationBytes);
        if (!location) {
            throw new errors/* FormatError */.IF(this.modelPath, `${kind} '${name}' has external data without a 'location'`, {
                offset: at,
                fix: 'Re-save the model with onnx.save_model(..., save_as_external_data=True).'
            });
        }
        const file = await this.fileAt(location, kind, name, at);
        this.lastLocation = { bytes: locationBytes, file };
        return file;
    }
    async fileAt(location, kind, name, at) {
        const path = (0,safe_path/* pathInside */._)((0,checkpoint_files/* dirname */.pD)(this.modelPath), location);
        if (path === undefined) {
            throw new errors/* FormatError */.IF(this.modelPath, `${kind} '${name}' puts its data at '${location}', outside the model's directory`, {
                offset: at,
                fix: 'External data must be a relative path next to the model; this file was not opened.'
            });
        }
        let file = this.files.get(path);
        if (!file) {
            file = { path, size: await this.checkpointFiles.size(path), describedBytes: 0, keyed: false };
            this.files.set(path, file);
        }
        return file;
    }
}
function storageKey(file, offset, byteLength) {
    return `${file}@${offset}+${byteLength}`;
}
/** A decimal byte count given as ASCII digits, parsed without making a string of it. */
function parseDecimal(bytes, key, kind, name, file, at) {
    if (bytes === undefined)
        return undefined;
    let value = bytes.length > 0 ? 0 : NaN;
    for (let i = 0; i < bytes.length; i++) {
        const digit = bytes[i] - 0x30;
        value = digit >= 0 && digit <= 9 ? value * 10 + digit : NaN;
    }
    if (!Number.isSafeInteger(value)) {
        throw new errors/* FormatError */.IF(file, `${kind} '${name}' has external_data ${key} '${io_bytes/* UTF8 */.az.decode(bytes)}', not a decimal byte count`, {
            offset: at
        });
    }
    return value;
}

// EXTERNAL MODULE: ./src/formats/onnx/sniff.ts
var sniff = __webpack_require__(6878);
;// CONCATENATED MODULE: ./src/formats/onnx/index.ts












/**
 * ONNX models (`.onnx`), with embedded or external tensor data.
 *
 * The protobuf is walked field by field with positioned reads (src/io/bytes/protobuf.ts):
 * only the messages that can hold weights are opened, and every payload (`raw_data`, the typed
 * `*_data` fields) is recorded as a span and stepped over, never read. Field numbers from
 * `onnx/onnx:onnx/onnx.proto` (FORMATS.md §6).
 *
 * Evidence comes from the format (core/classify.ts decides): ONNX has no trainable flag and no
 * optimizer state in an inference graph, so the tensors a graph computes with are its weights,
 * wherever the exporter put them:
 * - initializers: of the main graph, of subgraphs of If/Loop/Scan nodes, of `training_info`
 *   graphs, and sparse initializers (values and indices);
 * - the `value` (or `sparse_value`) tensor of a `Constant` node, in any graph: exporters fold
 *   weights into Constant nodes (onnx's own test models hold 460 such files). Only tensors of
 *   floating or ≤ 8-bit integer types are weights (the types parameters and quantized parameters
 *   are stored in); a wider integer, bool or string Constant is a shape, an axis list or an index
 *   for Reshape/Gather/Slice: graph structure, which stays metadata with the rest of the `.onnx`.
 * Other tensor attributes (a ConstantOfShape fill value) are graph structure too.
 */
// ModelProto
const MODEL_DOC_STRING = 6;
const MODEL_GRAPH = 7;
const MODEL_TRAINING_INFO = 20;
// TrainingInfoProto
const TRAINING_INITIALIZATION = 1;
const TRAINING_ALGORITHM = 2;
// GraphProto
const GRAPH_NODE = 1;
const GRAPH_INITIALIZER = 5;
const GRAPH_SPARSE_INITIALIZER = 15;
const GRAPH_DOC_STRING = 10;
// NodeProto
const NODE_OUTPUT = 2;
const NODE_NAME = 3;
const NODE_OP_TYPE = 4;
const NODE_ATTRIBUTE = 5;
const NODE_DOC_STRING = 6;
const NODE_DOMAIN = 7;
// AttributeProto
const ATTRIBUTE_NAME = 1;
const ATTRIBUTE_TENSOR = 5;
const ATTRIBUTE_GRAPH = 6;
const ATTRIBUTE_GRAPHS = 11;
const ATTRIBUTE_SPARSE_TENSOR = 22;
// SparseTensorProto
const SPARSE_VALUES = 1;
const SPARSE_INDICES = 2;
const SPARSE_DIMS = 3;
/**
 * Element types a Constant holds weights in: floats of every width, complex, and the ≤ 8-bit
 * integers quantized weights are stored in (TensorProto.DataType codes, data-types.ts).
 */
const WEIGHT_CONSTANT_TYPES = new Set([1, 2, 3, 10, 11, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26]);
class OnnxWalk {
    path;
    tensors = [];
    warnings = [];
    external;
    nodes = 0;
    /** Bytes of doc_string fields (model, graphs, nodes): measured from their lengths, never read. */
    docStringBytes = 0;
    constructor(path, files) {
        this.path = path;
        this.external = new ExternalData(path, files, this.tensors);
    }
    async model(reader) {
        for (let field = await reader.next(); field; field = await reader.next()) {
            if (field.field === MODEL_DOC_STRING && field.wireType === io_bytes/* WireType */.O0.LEN)
                this.docStringBytes += field.length;
            else if (field.field === MODEL_GRAPH && field.wireType === io_bytes/* WireType */.O0.LEN) {
                await this.graph(reader.message(field, 'GraphProto'), 'graph', 0);
            }
            else if (field.field === MODEL_TRAINING_INFO && field.wireType === io_bytes/* WireType */.O0.LEN) {
                await this.trainingInfo(reader.message(field, 'TrainingInfoProto'));
            }
        }
    }
    async trainingInfo(reader) {
        for (let field = await reader.next(); field; field = await reader.next()) {
            if (field.wireType !== io_bytes/* WireType */.O0.LEN)
                continue;
            if (field.field === TRAINING_INITIALIZATION) {
                await this.graph(reader.message(field, 'GraphProto'), 'training_info initialization graph', 1);
            }
            else if (field.field === TRAINING_ALGORITHM) {
                await this.graph(reader.message(field, 'GraphProto'), 'training_info algorithm graph', 1);
            }
        }
    }
    async graph(reader, where, depth) {
        if (depth > limits/* MAX_ONNX_GRAPH_DEPTH */.Mj) {
            throw new errors/* LimitExceededError */.lo(this.path, 'ONNX graph nesting', depth, limits/* MAX_ONNX_GRAPH_DEPTH */.Mj);
        }
        // Hot loops take the next field without an await when the window holds it (io/bytes/protobuf.ts).
        while (!reader.done) {
            const field = reader.nextInWindow() ?? (await reader.next());
            if (!field || field.wireType !== io_bytes/* WireType */.O0.LEN)
                continue;
            if (field.field === GRAPH_INITIALIZER) {
                const tensor = await readTensorProto(reader.message(field, 'TensorProto'));
                await this.add(tensor, tensor.name, this.initializerEvidence(where), 'initializer');
            }
            else if (field.field === GRAPH_SPARSE_INITIALIZER) {
                await this.sparse(reader.message(field, 'SparseTensorProto'), '', (dense) => this.initializerEvidence(`${where}, ${dense}`));
            }
            else if (field.field === GRAPH_NODE) {
                this.nodes++;
                await this.node(reader.message(field, 'NodeProto'), where, depth);
            }
            else if (field.field === GRAPH_DOC_STRING) {
                this.docStringBytes += field.length;
            }
        }
    }
    /**
     * A node's subgraph attributes (If/Loop/Scan bodies) hold graphs of their own; a Constant's
     * `value`/`sparse_value` holds a tensor. Fields may come in any order, so the tensor waits
     * for the whole node (op_type, domain, output name) before it is counted.
     */
    async node(reader, where, depth) {
        let name = '';
        let output;
        let opType = '';
        let domain = '';
        let constant;
        for (let field = await reader.next(); field; field = await reader.next()) {
            if (field.wireType !== io_bytes/* WireType */.O0.LEN)
                continue;
            if (field.field === NODE_DOC_STRING)
                this.docStringBytes += field.length;
            else if (field.field === NODE_NAME)
                name = await reader.string(field, limits/* MAX_ONNX_STRING_BYTES */.Hq, 'node name');
            else if (field.field === NODE_OP_TYPE)
                opType = await reader.string(field, limits/* MAX_ONNX_STRING_BYTES */.Hq, 'node op_type');
            else if (field.field === NODE_DOMAIN)
                domain = await reader.string(field, limits/* MAX_ONNX_STRING_BYTES */.Hq, 'node domain');
            else if (field.field === NODE_OUTPUT && output === undefined)
                output = await reader.string(field, limits/* MAX_ONNX_STRING_BYTES */.Hq, 'node output');
            else if (field.field === NODE_ATTRIBUTE) {
                const value = await this.attribute(reader.message(field, 'AttributeProto'), () => `subgraph of node '${name}' in the ${where}`, depth);
                if (value)
                    constant = value;
            }
        }
        if (!constant || opType !== 'Constant' || (domain !== '' && domain !== 'ai.onnx'))
            return;
        const tensorName = output || constant.tensor?.name || name || '(unnamed Constant)';
        const evidence = this.constantEvidence(where);
        if (constant.tensor && WEIGHT_CONSTANT_TYPES.has(constant.tensor.dataType))
            await this.add(constant.tensor, tensorName, evidence, 'Constant');
        if (constant.sparse)
            await this.sparse(constant.sparse, tensorName, () => evidence);
    }
    /** Walks an attribute's subgraphs; returns its tensor when it is one a Constant holds its value in. */
    async attribute(reader, where, depth) {
        let name = '';
        let value;
        for (let field = await reader.next(); field; field = await reader.next()) {
            if (field.wireType !== io_bytes/* WireType */.O0.LEN)
                continue;
            if (field.field === ATTRIBUTE_NAME)
                name = await reader.string(field, limits/* MAX_ONNX_STRING_BYTES */.Hq, 'attribute name');
            else if (field.field === ATTRIBUTE_GRAPH || field.field === ATTRIBUTE_GRAPHS) {
                await this.graph(reader.message(field, 'GraphProto'), where(), depth + 1);
            }
            else if (field.field === ATTRIBUTE_TENSOR)
                value = { tensor: await readTensorProto(reader.message(field, 'TensorProto')) };
            else if (field.field === ATTRIBUTE_SPARSE_TENSOR)
                value = { sparse: reader.message(field, 'SparseTensorProto') };
        }
        if (value?.tensor && name !== 'value')
            return undefined;
        if (value?.sparse && name !== 'sparse_value')
            return undefined;
        return value;
    }
    /**
     * Both parts of a sparse tensor are stored weight bytes: the values and their indices. `name`
     * overrides the values' own name (a Constant's output).
     */
    async sparse(reader, name, evidence) {
        let values;
        let indices;
        let dims = [];
        for (let field = await reader.next(); field; field = await reader.next()) {
            if (field.field === SPARSE_VALUES)
                values = await readTensorProto(reader.message(field, 'TensorProto'));
            else if (field.field === SPARSE_INDICES)
                indices = await readTensorProto(reader.message(field, 'TensorProto'));
            else if (field.field === SPARSE_DIMS)
                dims = await readDims(reader, field, dims);
        }
        const tensorName = name || values?.name || indices?.name || '(unnamed sparse initializer)';
        const dense = `sparse ${dims.length ? `[${dims.join(', ')}]` : ''}`.trim();
        if (values)
            await this.add(values, tensorName, evidence(`${dense} values`), 'initializer');
        if (indices)
            await this.add(indices, `${tensorName} (indices)`, evidence(`${dense} indices`), 'initializer');
    }
    /** One evidence array per place, shared by its tensors (not one string per tensor). */
    evidenceByPlace = new Map();
    initializerEvidence(where) {
        return this.placeEvidence(`initializer ${where}`, () => `ONNX initializer (${where}): initializers are the model's weights`);
    }
    constantEvidence(where) {
        return this.placeEvidence(`Constant ${where}`, () => `ONNX Constant node (${where}): a tensor the graph computes with is a weight wherever the exporter put it`);
    }
    placeEvidence(key, detail) {
        let evidence = this.evidenceByPlace.get(key);
        if (!evidence)
            this.evidenceByPlace.set(key, (evidence = (0,classify/* evidenceOf */.X1)('parameter', 'format', detail())));
        return evidence;
    }
    async add(tensor, name, evidence, kind) {
        if (this.tensors.length >= limits/* MAX_TENSORS */.am) {
            throw new errors/* LimitExceededError */.lo(this.path, 'the number of ONNX weight tensors', this.tensors.length + 1, limits/* MAX_TENSORS */.am);
        }
        const dtype = onnxDtype(tensor.dataType);
        if (tensor.external) {
            const span = await this.external.span(tensor, kind, name, dtype);
            this.tensors.push({ name, dtype, shape: tensor.dims, evidence, ...span });
            return;
        }
        const payload = tensor.payload;
        const byteLength = payload ? payload.end - payload.offset : 0;
        if (payload?.raw) {
            const expected = (0,dtypes/* denseBytes */.vQ)(dtype, tensor.dims);
            if (expected !== undefined && expected !== byteLength) {
                this.warnings.push(`${kind} '${name}': raw_data holds ${byteLength} bytes but ${dtype}[${tensor.dims.join(', ')}] needs ${expected}`);
            }
        }
        this.tensors.push({ name, dtype, shape: tensor.dims, file: this.path, offset: payload?.offset ?? tensor.at, byteLength, evidence });
    }
}
/** Doc strings above this share of the .onnx get an explanation line. */
const DOC_STRINGS_WORTH_EXPLAINING = 0.1;
const onnxReader = {
    ...sniff/* onnxSniffer */.L,
    async read(path, files) {
        const walk = new OnnxWalk(path, files);
        const modelBytes = await (0,kit_open/* withSource */.g)(files, path, async (source) => {
            await walk.model(new io_bytes/* ProtoReader */.iP(new io_bytes/* Window */.p8(source), 0, source.size, 'ModelProto'));
            return source.size;
        });
        const checkpointFiles = walk.external.checkpointFilesWith(modelBytes, walk.warnings);
        const explanations = [];
        if (walk.docStringBytes >= DOC_STRINGS_WORTH_EXPLAINING * modelBytes) {
            explanations.push(`doc strings take ${(0,format_bytes/* formatBytes */.z3)(walk.docStringBytes)} (${(0,format_bytes/* formatPercent */.l9)(walk.docStringBytes / modelBytes)}) of ${(0,checkpoint_files/* basename */.P8)(path)}: ` +
                "exporters such as torch.onnx.export record each node's Python stack trace there; " +
                'clearing the doc_string fields shrinks the file without changing the model');
        }
        return {
            format: 'onnx',
            name: path,
            files: checkpointFiles,
            tensors: walk.tensors,
            classifiedBy: 'format',
            warnings: walk.warnings,
            explanations,
            categoryNotes: {
                metadata: [
                    `graph of ${walk.nodes} node${walk.nodes === 1 ? '' : 's'}`,
                    'names',
                    ...(walk.docStringBytes > 0 ? [`doc strings (${(0,format_bytes/* formatBytes */.z3)(walk.docStringBytes)})`] : []),
                    'protobuf framing'
                ].join(', ')
            }
        };
    }
};


/***/ })

};

//# sourceMappingURL=3500.index.js.map