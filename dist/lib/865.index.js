export const id = 865;
export const ids = [865];
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
// EXTERNAL MODULE: ./src/io/checkpoint-files.ts
var checkpoint_files = __webpack_require__(9366);
// EXTERNAL MODULE: ./src/formats/binary-reader.ts
var binary_reader = __webpack_require__(8627);
// EXTERNAL MODULE: ./src/formats/source-window.ts
var source_window = __webpack_require__(5376);
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
 * Reads GGUF's little- (or, for byte-swapped v3 files, big-) endian fields through a window.
 *
 * Each field is decoded from the window's buffer directly (no DataView, no BigInt), and the
 * tensor-info loop asks for bytes with `holds`/`fill` so that it awaits only when the window must
 * be refilled: 100,000 tensor infos made ~700,000 awaits and as many BigInts, most of the time
 * of a large file (the profile: u64, view and the garbage collector).
 */
class GgufCursor {
    window;
    position = 0;
    littleEndian = true;
    version = 3;
    constructor(window) {
        this.window = window;
    }
    get file() {
        return this.window.name;
    }
    get remaining() {
        return this.window.size - this.position;
    }
    /** Whether the window holds the next `length` bytes. */
    holds(length) {
        return this.window.has(this.position, length);
    }
    /** Loads the next `length` bytes into the window (the standard FormatError past the end of the file). */
    async fill(length) {
        await this.window.load(this.position, length);
    }
    async u32() {
        if (!this.holds(4))
            await this.fill(4);
        return this.u32InWindow();
    }
    async u64(what) {
        if (!this.holds(8))
            await this.fill(8);
        return this.u64InWindow(what);
    }
    /** A u32 the window holds (after `holds`/`fill`). */
    u32InWindow() {
        const value = this.uint(this.position, 4);
        this.position += 4;
        return value;
    }
    /** A u64 the window holds, refused above 2^53 (sizes and offsets must be exact numbers). */
    u64InWindow(what) {
        const at = this.position;
        // Two u32 halves, combined by multiplication: JS bit operations are 32-bit.
        const low = this.uint(at + (this.littleEndian ? 0 : 4), 4);
        const high = this.uint(at + (this.littleEndian ? 4 : 0), 4);
        this.position += 8;
        const value = high * 2 ** 32 + low;
        if (high >= 2 ** 21) {
            const exact = (BigInt(high) << 32n) | BigInt(low);
            throw new errors/* FormatError */.IF(this.file, `${what} is ${exact}, larger than any file`, {
                offset: at,
                fix: 'The file is corrupt or hostile.'
            });
        }
        return value;
    }
    /** A size (see `size`) the window holds. */
    sizeInWindow(what) {
        return this.version === 1 ? this.u32InWindow() : this.u64InWindow(what);
    }
    /** Bytes a size field takes: u32 in v1, u64 since v2. */
    get sizeBytes() {
        return this.version === 1 ? 4 : 8;
    }
    /** `bytes` bytes at `at` (1, 2 or 4) as an unsigned integer in the file's byte order. */
    uint(at, bytes) {
        const buffer = this.window.buffer;
        const base = at - this.window.bufferStart;
        let value = 0;
        for (let i = 0; i < bytes; i++) {
            value += buffer[base + (this.littleEndian ? i : bytes - 1 - i)] * 2 ** (8 * i);
        }
        return value;
    }
    /**
     * Counts, string lengths, array lengths (and, in the tensor infos, dims): u32 in GGUF v1, u64
     * since v2 (v1 as read by `huggingface/candle:candle-core/src/quantized/gguf_file.rs`, whose
     * first GGUF reader was v1-only; the tensor offset was already u64).
     */
    async size(what) {
        if (!this.holds(this.sizeBytes))
            await this.fill(this.sizeBytes);
        return this.sizeInWindow(what);
    }
    async unsigned(type, what) {
        if (type === 10)
            return this.u64(what);
        const length = FIXED_VALUE_BYTES.get(type) ?? 4;
        if (!this.holds(length))
            await this.fill(length);
        const value = this.uint(this.position, length);
        this.position += length;
        return value;
    }
    async bytes(length) {
        const bytes = await this.window.view(this.position, length);
        this.position += length;
        return bytes;
    }
    skip(length, what) {
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
        if (!this.holds(length))
            await this.fill(length);
        return this.stringBodyInWindow(length);
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
    /** The `length` bytes of a string the window holds, decoded. */
    stringBodyInWindow(length) {
        const start = this.position - this.window.bufferStart;
        this.position += length;
        return binary_reader/* UTF8 */.az.decode(this.window.buffer.subarray(start, start + length));
    }
    async skipString(what) {
        this.skip(await this.size(`length of ${what}`), what);
    }
    /** Skips one KV value, checking every length against the file before looping over it. */
    async skipValue(type, what, depth = 0) {
        const fixed = FIXED_VALUE_BYTES.get(type);
        if (fixed !== undefined)
            return this.skip(fixed, what);
        if (type === GGUF_STRING)
            return this.skipString(what);
        if (type !== GGUF_ARRAY)
            throw this.unknownValueType(type, what);
        if (depth >= limits/* MAX_GGUF_ARRAY_DEPTH */.n2)
            throw new errors/* LimitExceededError */.lo(this.file, `array nesting of ${what}`, depth + 1, limits/* MAX_GGUF_ARRAY_DEPTH */.n2);
        const elementType = await this.u32();
        const count = await this.size(`element count of ${what}`);
        const elementBytes = FIXED_VALUE_BYTES.get(elementType);
        if (elementBytes !== undefined)
            return this.skip(count * elementBytes, what);
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
        const checkpointFiles = [];
        const tensors = [];
        const warnings = [];
        const headers = [];
        for (const shardPath of shardPaths) {
            if (shardPath !== path && (await files.size(shardPath)) === undefined) {
                checkpointFiles.push({ path: shardPath, role: 'data', bytes: 0, present: false });
                warnings.push(`shard '${(0,checkpoint_files/* basename */.P8)(shardPath)}' is absent; GGUF shards do not record each other's sizes, so it is counted as 0 bytes`);
                continue;
            }
            const source = await files.open(shardPath);
            try {
                const layout = await readGgufLayout(new source_window/* SourceWindow */.WI(source));
                checkpointFiles.push({ path: shardPath, role: 'data', bytes: source.size, present: true });
                tensors.push(...layout.tensors);
                headers.push(`v${layout.version} header, ${layout.kvCount} KV pairs, ${layout.tensors.length} tensor infos`);
            }
            finally {
                await source.close();
            }
        }
        const explanations = tensors.length === 0 && warnings.length === 0
            ? ['this GGUF file has no tensors (a vocabulary-only or metadata-only file): all of its bytes are metadata']
            : [];
        const metadataNote = headers.length === 1 ? `GGUF ${headers[0]}, alignment padding` : `${headers.length} GGUF shards: headers, KV pairs, tensor infos, padding`;
        return {
            format: 'gguf',
            name: path,
            files: checkpointFiles,
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
    const magic = await cursor.bytes(4);
    if (!sniff/* GGUF_MAGIC */.I.every((byte, i) => magic[i] === byte)) {
        throw new errors/* FormatError */.IF(path, 'not a GGUF file: it does not start with "GGUF"', { offset: 0 });
    }
    const versionAt = cursor.position;
    let version = await cursor.u32();
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
        const type = await cursor.u32();
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
    // The tensor infos, decoded without an await while the window holds them (GgufCursor). Each
    // becomes its TensorInfo at once, its offset relative to the data until the data start is known.
    const tensors = [];
    const infoStarts = [];
    for (let i = 0; i < tensorCount; i++) {
        const at = cursor.position;
        if (!cursor.holds(cursor.sizeBytes))
            await cursor.fill(cursor.sizeBytes);
        const nameLength = cursor.sizeInWindow(`length of name of tensor ${i}`);
        cursor.checkStringLength(nameLength, limits/* MAX_NAME_BYTES */.pg, `name of tensor ${i}`);
        if (!cursor.holds(nameLength + 4))
            await cursor.fill(nameLength + 4);
        const name = cursor.stringBodyInWindow(nameLength);
        const nDims = cursor.u32InWindow();
        if (nDims > limits/* MAX_GGUF_DIMS */.nk) {
            throw new errors/* FormatError */.IF(path, `tensor '${name}' has ${nDims} dimensions; GGUF allows at most ${limits/* MAX_GGUF_DIMS */.nk}`, { offset: at });
        }
        const rest = nDims * cursor.sizeBytes + 4 + 8;
        if (!cursor.holds(rest))
            await cursor.fill(rest);
        const dims = new Array(nDims);
        for (let d = 0; d < nDims; d++)
            dims[d] = version === 1 ? cursor.u32InWindow() : cursor.u64InWindow(`dimension ${d} of '${name}'`);
        const type = cursor.u32InWindow();
        const offset = cursor.u64InWindow(`data offset of '${name}'`);
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

//# sourceMappingURL=865.index.js.map