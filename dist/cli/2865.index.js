export const id = 2865;
export const ids = [2865];
export const modules = {

/***/ 2865:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ggufReader: () => (/* binding */ ggufReader),
  readGgufLayout: () => (/* binding */ readGgufLayout)
});

// EXTERNAL MODULE: ./src/core/dtypes.ts
var dtypes = __webpack_require__(6622);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/limits.ts
var limits = __webpack_require__(6419);
// EXTERNAL MODULE: ./src/io/bytes/index.ts + 8 modules
var bytes = __webpack_require__(3031);
// EXTERNAL MODULE: ./src/formats/kit/companions.ts
var companions = __webpack_require__(9416);
// EXTERNAL MODULE: ./src/formats/kit/open.ts
var kit_open = __webpack_require__(7247);
;// CONCATENATED MODULE: ./src/formats/gguf/ggml-types.ts
/**
 * ggml tensor type ids (`ggml_type`, `ggml-org/llama.cpp:ggml/include/ggml.h`) to canonical dtype
 * names. Block sizes and bytes per block live with the other dtypes in src/core/dtypes.ts (GGUF
 * section), from llama.cpp's `ggml/src/ggml.c` type_traits (blck_size, type_size). Ids 4, 5
 * (Q4_2, Q4_3), 31–33 (Q4_0_4_4…) and 36–38 (IQ4_NL_4_4…) were removed from GGUF files and are
 * refused. Id 42 (Q2_0) is the newest upstream type; a fork uses 42 for another type, so a Q2_0
 * size that does not fit the file is reported as such by the span checks.
 */
const GGML_TYPES = new Map([
    [0, 'float32'],
    [1, 'float16'],
    [2, 'q4_0'],
    [3, 'q4_1'],
    [6, 'q5_0'],
    [7, 'q5_1'],
    [8, 'q8_0'],
    [9, 'q8_1'],
    [10, 'q2_k'],
    [11, 'q3_k'],
    [12, 'q4_k'],
    [13, 'q5_k'],
    [14, 'q6_k'],
    [15, 'q8_k'],
    [16, 'iq2_xxs'],
    [17, 'iq2_xs'],
    [18, 'iq3_xxs'],
    [19, 'iq1_s'],
    [20, 'iq4_nl'],
    [21, 'iq3_s'],
    [22, 'iq2_s'],
    [23, 'iq4_xs'],
    [24, 'int8'],
    [25, 'int16'],
    [26, 'int32'],
    [27, 'int64'],
    [28, 'float64'],
    [29, 'iq1_m'],
    [30, 'bfloat16'],
    [34, 'tq1_0'],
    [35, 'tq2_0'],
    [39, 'mxfp4'],
    [40, 'nvfp4'],
    [41, 'q1_0'],
    [42, 'q2_0']
]);

// EXTERNAL MODULE: ./src/formats/gguf/sniff.ts
var sniff = __webpack_require__(8448);
// EXTERNAL MODULE: ./src/core/classify.ts
var classify = __webpack_require__(8193);
;// CONCATENATED MODULE: ./src/formats/gguf/index.ts









/**
 * GGUF v1–v3 (`ggml-org/ggml:docs/gguf.md`, FORMATS.md §8):
 *
 *   "GGUF" u32 version, tensor_count, kv_count        (counts u64; u32 in v1)
 *   kv[kv_count]: string key, u32 value_type, value    (strings: u64 length + UTF-8; u32 in v1)
 *   tensor_info[tensor_count]: string name, u32 n_dims, u64 ne[n_dims], u32 ggml_type, u64 offset
 *   padding to ALIGNMENT (`general.alignment`, default 32), then tensor data
 *
 * Tensor offsets are relative to the aligned start of the data. KV values are skipped (their
 * lengths validated against the file) except `general.alignment`. Every tensor of a GGUF file is a
 * model weight — GGUF is an inference format with no optimizer state — so `classifiedBy` is
 * `format`; the header, KV metadata, tensor infos and alignment padding are metadata.
 */
const GGUF_DEFAULT_ALIGNMENT = 32;
const ALIGNMENT_KEY = 'general.alignment';
/** gguf_type: KV value types and the bytes of the fixed-size ones. */
const GGUF_STRING = 8;
const GGUF_ARRAY = 9;
const FIXED_VALUE_BYTES = new Map([
    [0, 1], // uint8
    [1, 1], // int8
    [2, 2], // uint16
    [3, 2], // int16
    [4, 4], // uint32
    [5, 4], // int32
    [6, 4], // float32
    [7, 1], // bool
    [10, 8], // uint64
    [11, 8], // int64
    [12, 8] // float64
]);
const UNSIGNED_VALUE_TYPES = new Set([0, 2, 4, 10]);
/**
 * The byte layer's Cursor with GGUF's size fields (u32 in v1, u64 since v2). The tensor-info loop
 * asks `has`/`ensure` for a whole info at a time and then decodes it synchronously: no await per
 * field (bench/README.md, "Sync fast path").
 */
class GgufCursor extends bytes/* Cursor */.bs {
    version = 3;
    /** Bytes a size field takes: u32 in v1, u64 since v2. */
    get sizeBytes() {
        return this.version === 1 ? 4 : 8;
    }
    /**
     * Counts, string lengths, array lengths (and, in the tensor infos, dims): u32 in GGUF v1, u64
     * since v2 (v1 as read by `huggingface/candle:candle-core/src/quantized/gguf_file.rs`, whose
     * first GGUF reader was v1-only; the tensor offset was already u64). The window must hold it.
     */
    sizeField(what) {
        return this.version === 1 ? this.u32() : this.u64(what);
    }
    async size(what) {
        if (!this.has(this.sizeBytes))
            await this.ensure(this.sizeBytes);
        return this.sizeField(what);
    }
    async nextU32() {
        if (!this.has(4))
            await this.ensure(4);
        return this.u32();
    }
    async unsigned(type, what) {
        const width = FIXED_VALUE_BYTES.get(type) ?? 4;
        if (!this.has(width))
            await this.ensure(width);
        return this.uint(width, what);
    }
    /** Moves past a value of `length` bytes the file claims, refusing one longer than the rest of the file. */
    skipClaimed(length, what) {
        if (length > this.remaining) {
            throw new errors/* FormatError */.IF(this.file, `${what} claims ${length} bytes but only ${this.remaining} remain in the file`, {
                offset: this.position,
                fix: 'The file is truncated or corrupt.'
            });
        }
        this.position += length;
    }
    async string(maxBytes, what) {
        const length = await this.size(`length of ${what}`);
        this.checkStringLength(length, maxBytes, what);
        if (!this.has(length))
            await this.ensure(length);
        return this.utf8(length);
    }
    /** Refuses a string over its limit before reading it; `position` is just past its length field. */
    checkStringLength(length, maxBytes, what) {
        if (length > maxBytes) {
            throw new errors/* FormatError */.IF(this.file, `${what} is ${length} bytes long, over the ${maxBytes}-byte limit`, {
                offset: this.position - this.sizeBytes,
                fix: 'The file is corrupt or hostile.'
            });
        }
    }
    async skipString(what) {
        this.skipClaimed(await this.size(`length of ${what}`), what);
    }
    /** Skips one KV value, checking every length against the file before looping over it. */
    async skipValue(type, what, depth = 0) {
        const fixed = FIXED_VALUE_BYTES.get(type);
        if (fixed !== undefined)
            return this.skipClaimed(fixed, what);
        if (type === GGUF_STRING)
            return this.skipString(what);
        if (type !== GGUF_ARRAY)
            throw this.unknownValueType(type, what);
        if (depth >= limits/* MAX_GGUF_ARRAY_DEPTH */.n2)
            throw new errors/* LimitExceededError */.lo(this.file, `array nesting of ${what}`, depth + 1, limits/* MAX_GGUF_ARRAY_DEPTH */.n2);
        const elementType = await this.nextU32();
        const count = await this.size(`element count of ${what}`);
        const elementBytes = FIXED_VALUE_BYTES.get(elementType);
        if (elementBytes !== undefined)
            return this.skipClaimed(count * elementBytes, what);
        // Strings and arrays take at least their length/header bytes each: a count the rest of the
        // file cannot hold is refused before looping.
        const minimum = elementType === GGUF_STRING ? (this.version === 1 ? 4 : 8) : this.version === 1 ? 8 : 12;
        if (elementType !== GGUF_STRING && elementType !== GGUF_ARRAY)
            throw this.unknownValueType(elementType, what);
        if (count * minimum > this.remaining) {
            throw new errors/* FormatError */.IF(this.file, `${what} claims ${count} elements, more than the rest of the file can hold`, {
                offset: this.position,
                fix: 'The file is truncated or corrupt.'
            });
        }
        for (let i = 0; i < count; i++)
            await this.skipValue(elementType, what, depth + 1);
    }
    unknownValueType(type, what) {
        return new errors/* FormatError */.IF(this.file, `${what} has value type ${type}, which GGUF does not define`, {
            offset: this.position,
            fix: 'The file is corrupt, or from a GGUF version newer than 3.'
        });
    }
}
const ggufReader = {
    ...sniff/* ggufSniffer */.V,
    /**
     * One GGUF file, or a split model read from its first shard: `name-00001-of-00003.gguf`
     * (llama.cpp's gguf-split naming, 5 digits, 1-based) claims its siblings, each a complete GGUF
     * file with its own header. Shards do not describe each other's sizes, so an absent shard is
     * listed with 0 bytes and a warning.
     */
    async read(path, files) {
        const shardPaths = splitShardPaths(path) ?? [path];
        // Shards do not record each other's sizes: an absent one counts as 0 bytes.
        const shards = new companions/* Companions */.I(files, 'the first shard');
        const tensors = [];
        const headers = [];
        for (const shardPath of shardPaths) {
            if (shardPath !== path && (await files.size(shardPath)) === undefined) {
                shards.absentFile(shardPath, 'data');
                continue;
            }
            await (0,kit_open/* withSource */.g)(files, shardPath, async (source) => {
                const layout = await readGgufLayout(new bytes/* Window */.p8(source));
                shards.present(shardPath, 'data', source.size);
                tensors.push(...layout.tensors);
                headers.push(`v${layout.version} header, ${layout.kvCount} KV pairs, ${layout.tensors.length} tensor infos`);
            });
        }
        const warnings = shards.warnings();
        const explanations = tensors.length === 0 && warnings.length === 0
            ? ['this GGUF file has no tensors (a vocabulary-only or metadata-only file): all of its bytes are metadata']
            : [];
        const metadataNote = headers.length === 1 ? `GGUF ${headers[0]}, alignment padding` : `${headers.length} GGUF shards: headers, KV pairs, tensor infos, padding`;
        return {
            format: 'gguf',
            name: path,
            files: shards.files,
            tensors,
            classifiedBy: 'format',
            warnings,
            explanations,
            categoryNotes: { metadata: metadataNote }
        };
    }
};
/** The paths of all shards of a split model, when `path` is its first shard. */
function splitShardPaths(path) {
    const match = /^(.*)-00001-of-(\d{5})\.gguf$/i.exec(path);
    const count = match ? Number(match[2]) : 0;
    if (!match || count < 2)
        return undefined;
    return Array.from({ length: count }, (_, i) => `${match[1]}-${String(i + 1).padStart(5, '0')}-of-${match[2]}.gguf`);
}
async function readGgufLayout(window) {
    const path = window.name;
    const fileSize = window.size;
    const cursor = new GgufCursor(window);
    await cursor.ensure(4);
    const magic = cursor.bytes(4);
    if (!sniff/* GGUF_MAGIC */.I.every((byte, i) => magic[i] === byte)) {
        throw new errors/* FormatError */.IF(path, 'not a GGUF file: it does not start with "GGUF"', { offset: 0 });
    }
    const versionAt = cursor.position;
    let version = await cursor.nextU32();
    // A big-endian GGUF (v3 allows it, unflagged) shows its version byte-swapped: 0x03000000.
    if (version > 0xffff && (version & 0xffff) === 0) {
        cursor.littleEndian = false;
        version = ((version >>> 24) | ((version >>> 8) & 0xff00)) >>> 0;
    }
    if (version < 1 || version > 3) {
        throw new errors/* UnsupportedFormatError */.N$(path, `GGUF version ${version} (at byte ${versionAt}); versions 1 to 3 are read`);
    }
    cursor.version = version;
    const tensorCount = await cursor.size('tensor count');
    const kvCount = await cursor.size('metadata KV count');
    if (tensorCount > limits/* MAX_TENSORS */.am)
        throw new errors/* LimitExceededError */.lo(path, 'the GGUF tensor count', tensorCount, limits/* MAX_TENSORS */.am);
    // A KV pair is at least a key length, a type and a one-byte value; a tensor info at least a name
    // length, n_dims, a type and an offset. Counts the file cannot hold are refused before looping.
    const lengthBytes = version === 1 ? 4 : 8;
    if (kvCount * (lengthBytes + 5) > cursor.remaining || tensorCount * (lengthBytes + 16) > cursor.remaining) {
        throw new errors/* FormatError */.IF(path, `the header claims ${tensorCount} tensors and ${kvCount} KV pairs, more than the file's ${fileSize} bytes can hold`, {
            offset: 8,
            fix: 'The file is truncated or corrupt.'
        });
    }
    let alignment = GGUF_DEFAULT_ALIGNMENT;
    for (let i = 0; i < kvCount; i++) {
        const key = await cursor.string(limits/* MAX_GGUF_KEY_BYTES */.td, `key of KV pair ${i}`);
        const typeAt = cursor.position;
        const type = await cursor.nextU32();
        if (key === ALIGNMENT_KEY && UNSIGNED_VALUE_TYPES.has(type)) {
            alignment = await cursor.unsigned(type, ALIGNMENT_KEY);
            // llama.cpp's gguf.cpp refuses an alignment that is 0 or not a power of two.
            if (!isPowerOfTwo(alignment)) {
                throw new errors/* FormatError */.IF(path, `${ALIGNMENT_KEY} is ${alignment}, not a power of two`, { offset: typeAt + 4 });
            }
        }
        else {
            await cursor.skipValue(type, `the value of '${key}'`);
        }
    }
    // The tensor infos, decoded without an await while the window holds them (one ensure per info). Each
    // becomes its TensorInfo at once, its offset relative to the data until the data start is known.
    const tensors = [];
    const infoStarts = [];
    for (let i = 0; i < tensorCount; i++) {
        const at = cursor.position;
        if (!cursor.has(cursor.sizeBytes))
            await cursor.ensure(cursor.sizeBytes);
        const nameLength = cursor.sizeField(`length of name of tensor ${i}`);
        cursor.checkStringLength(nameLength, limits/* MAX_NAME_BYTES */.pg, `name of tensor ${i}`);
        if (!cursor.has(nameLength + 4))
            await cursor.ensure(nameLength + 4);
        const name = cursor.utf8(nameLength);
        const nDims = cursor.u32();
        if (nDims > limits/* MAX_GGUF_DIMS */.nk) {
            throw new errors/* FormatError */.IF(path, `tensor '${name}' has ${nDims} dimensions; GGUF allows at most ${limits/* MAX_GGUF_DIMS */.nk}`, { offset: at });
        }
        const rest = nDims * cursor.sizeBytes + 4 + 8;
        if (!cursor.has(rest))
            await cursor.ensure(rest);
        const dims = new Array(nDims);
        for (let d = 0; d < nDims; d++)
            dims[d] = version === 1 ? cursor.u32() : cursor.u64(`dimension ${d} of '${name}'`);
        const type = cursor.u32();
        const offset = cursor.u64(`data offset of '${name}'`);
        tensors.push(toTensor(path, { name, dims, type, offset, at }));
        infoStarts.push(at);
    }
    const dataStart = alignUp(cursor.position, alignment);
    for (let i = 0; i < tensors.length; i++)
        placeTensor(path, tensors[i], infoStarts[i], dataStart, alignment, fileSize);
    return { version, littleEndian: cursor.littleEndian, kvCount, alignment, headerEnd: cursor.position, dataStart, tensors };
}
/** A tensor info as a TensorInfo, its offset still relative to the data start (see placeTensor). */
function toTensor(path, info) {
    const dtype = GGML_TYPES.get(info.type);
    const dtypeInfo = dtype === undefined ? undefined : dtypes/* DTYPES */.A1[dtype];
    if (dtype === undefined || dtypeInfo === undefined) {
        throw new errors/* UnsupportedFormatError */.N$(path, `tensor '${info.name}' has ggml type ${info.type}, which is not in the ggml type table`, 'It may be a type removed from GGUF (Q4_2, Q4_0_4_4…) or one newer than this tool.');
    }
    // ggml stores rows of whole blocks: ne[0] is a multiple of the block size (ggml.c, ggml_row_size).
    const elements = (0,dtypes/* elementCount */.KX)(info.dims);
    if ((info.dims[0] ?? 1) % dtypeInfo.blockSize !== 0) {
        throw new errors/* FormatError */.IF(path, `tensor '${info.name}' (${dtype}) has a first dimension of ${info.dims[0]}, not a multiple of its block size ${dtypeInfo.blockSize}`, { offset: info.at });
    }
    return {
        name: info.name,
        dtype,
        shape: info.dims,
        file: path,
        offset: info.offset,
        byteLength: (elements / dtypeInfo.blockSize) * (dtypeInfo.bits / 8),
        evidence: GGUF_TENSOR
    };
}
/** GGUF is an inference format: it has no slot for optimizer or training state. */
const GGUF_TENSOR = (0,classify/* evidenceOf */.X1)('parameter', 'format', 'GGUF tensor: a GGUF file holds only model weights');
/** Moves a tensor's offset from data-relative to the file, checking its alignment and that it fits the file. */
function placeTensor(path, tensor, infoAt, dataStart, alignment, fileSize) {
    if (tensor.offset % alignment !== 0) {
        throw new errors/* FormatError */.IF(path, `tensor '${tensor.name}' starts at data offset ${tensor.offset}, not a multiple of the alignment ${alignment}`, {
            offset: infoAt
        });
    }
    const offset = dataStart + tensor.offset;
    const byteLength = tensor.byteLength;
    if (!Number.isSafeInteger(byteLength) || offset + byteLength > fileSize) {
        throw new errors/* FormatError */.IF(path, `tensor '${tensor.name}' (${tensor.dtype}[${tensor.shape.join(', ')}], ${byteLength} bytes) ends at byte ${offset + byteLength}, beyond the file's ${fileSize} bytes`, { offset: infoAt, fix: 'The file is truncated (an interrupted download?) or corrupt.' });
    }
    tensor.offset = offset;
}
/** Without bit operations, which are 32-bit in JS: a u64 alignment of 2^32 + 2^31 is not a power of two. */
function isPowerOfTwo(value) {
    if (!Number.isSafeInteger(value) || value < 1)
        return false;
    let power = 1;
    while (power < value)
        power *= 2;
    return power === value;
}
/** `align_offset(x) = x + (A - x % A) % A` (gguf.md). */
function alignUp(position, alignment) {
    return position + ((alignment - (position % alignment)) % alignment);
}


/***/ }),

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


/***/ })

};

//# sourceMappingURL=2865.index.js.map