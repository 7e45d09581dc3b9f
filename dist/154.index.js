export const id = 154;
export const ids = [154];
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

/***/ 8213:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ stateTreeEvidence)
/* harmony export */ });
/* harmony import */ var _core_classify_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8193);

const group = (role, detail) => (0,_core_classify_js__WEBPACK_IMPORTED_MODULE_0__/* .evidenceOf */ .X1)(role, 'group', detail);
/** The top-level groups of a train state and variables dict (other than `opt_state`, handled by structure). */
const GROUPS = {
    params: group('parameter', "under 'params': the model's trained parameters"),
    batch_stats: group('model-state', "under 'batch_stats': batch-norm statistics (a Flax variable collection, not trained)"),
    step: group('loop-state', "the train state's step counter"),
    metrics: group('loop-state', "under 'metrics': metric accumulators of the training loop"),
    rng: group('rng-state', 'random-number-generator key'),
    dropout_rng: group('rng-state', 'random-number-generator key'),
    key: group('rng-state', 'random-number-generator key'),
    ema_params: group('copy', "under 'ema_params': an exponential moving average of the parameters"),
    params_ema: group('copy', "under 'params_ema': an exponential moving average of the parameters"),
    target_params: group('copy', "under 'target_params': a target network (a lagged copy of the parameters)")
};
const OPTIMIZER_STATE = group('optimizer-state', "under 'opt_state', shaped like no parameter: the optimizer's own state (optax count, schedule state)");
const PARAMETER_TREE = (0,_core_classify_js__WEBPACK_IMPORTED_MODULE_0__/* .evidenceOf */ .X1)('parameter', 'format', 'a Flax parameter tree (no train-state groups): model parameters');
const TRAIN_STATE_GROUPS = new Set([...Object.keys(GROUPS), 'opt_state']);
/** The evidence of each leaf, in order; arrays shared between leaves that the tree describes alike. */
function stateTreeEvidence(leaves) {
    const tops = leaves.map((leaf) => topOf(leaf.path));
    if (!tops.some((top) => TRAIN_STATE_GROUPS.has(top)))
        return leaves.map(() => PARAMETER_TREE);
    const params = new Map();
    for (const leaf of leaves)
        if (leaf.path.startsWith('params/'))
            params.set(leaf.path.slice('params/'.length), signature(leaf));
    const slotEvidence = new Map();
    return leaves.map((leaf, i) => {
        const top = tops[i];
        if (top !== 'opt_state')
            return GROUPS[top] ?? NOTHING;
        const slot = slotOf(leaf, params);
        if (!slot)
            return OPTIMIZER_STATE;
        let evidence = slotEvidence.get(slot);
        if (!evidence) {
            evidence = group('optimizer-slot', `optimizer slot '${slot}' under 'opt_state': one per parameter, with its shape and dtype`);
            slotEvidence.set(slot, evidence);
        }
        return evidence;
    });
}
const NOTHING = Object.freeze([]);
function topOf(path) {
    const slash = path.indexOf('/');
    return slash < 0 ? path : path.slice(0, slash);
}
function signature(leaf) {
    return `${leaf.dtype}:${leaf.shape.join(',')}`;
}
/**
 * The slot name (`mu`, `trace`) of an optimizer leaf whose path ends with a parameter's path and
 * matches its shape and dtype: `opt_state/0/mu/Dense_0/kernel` is `mu` of `Dense_0/kernel`.
 */
function slotOf(leaf, params) {
    const own = signature(leaf);
    // Suffixes after the second level (`opt_state/0/…`), from the longest; no arrays built per leaf.
    let slotStart = leaf.path.indexOf('/', leaf.path.indexOf('/') + 1) + 1;
    if (slotStart === 0)
        return undefined;
    for (let cut = leaf.path.indexOf('/', slotStart); cut >= 0; slotStart = cut + 1, cut = leaf.path.indexOf('/', slotStart)) {
        if (params.get(leaf.path.slice(cut + 1)) === own)
            return leaf.path.slice(slotStart, cut);
    }
    return undefined;
}


/***/ }),

/***/ 2154:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  flaxMsgpackReader: () => (/* binding */ flaxMsgpackReader)
});

// EXTERNAL MODULE: ./src/core/format-bytes.ts
var format_bytes = __webpack_require__(7586);
// EXTERNAL MODULE: ./src/formats/source-window.ts
var source_window = __webpack_require__(5376);
// EXTERNAL MODULE: ./src/formats/flax/evidence.ts
var flax_evidence = __webpack_require__(8213);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/limits.ts
var limits = __webpack_require__(6419);
// EXTERNAL MODULE: ./src/formats/binary-reader.ts
var binary_reader = __webpack_require__(8627);
;// CONCATENATED MODULE: ./src/formats/flax/msgpack-walk.ts



/** Nesting of maps: a state dict is a module tree, a few levels deep; nothing real needs more. */
const MAX_MSGPACK_DEPTH = 64;
const EXT_NDARRAY = 1;
const EXT_NPSCALAR = 3;
const CHUNKED_ARRAY_KEY = '__msgpack_chunked_array__';
/** A dtype name (`float32`, `bfloat16`, `complex128`): numpy's longest are ~20 characters. */
const MAX_DTYPE_NAME_BYTES = 64;
/** Bytes that hold a chunked array's shape map: MAX_DIMS entries of a short key and a 9-byte int. */
const CHUNKED_SHAPE_BYTES = limits/* MAX_DIMS */.VW * (2 + 31 + 9) + 5;
class MsgpackWalk {
    window;
    position = 0;
    leaves = [];
    constructor(window) {
        this.window = window;
    }
    fail(what, at = this.position) {
        return new errors/* FormatError */.IF(this.window.name, `invalid msgpack: ${what}`, { offset: at, fix: 'The file is truncated or corrupt; save it again.' });
    }
    /**
     * Loads the next `length` bytes (fewer at the end of the file) into the window, when it does
     * not hold them. The decoders below then read tags, lengths and array headers from the buffer
     * synchronously: a promise and a view per field were most of the walk's time and garbage.
     */
    async fill(length) {
        const available = Math.min(length, this.window.size - this.position);
        if (!this.window.has(this.position, available))
            await this.window.load(this.position, available);
    }
    /** One byte of the window (after `fill`). */
    byte() {
        const window = this.window;
        if (!window.has(this.position, 1))
            throw this.fail('1 byte needed, beyond the end of the file');
        window.markUsed(this.position + 1);
        return window.buffer[this.position++ - window.bufferStart];
    }
    /** A big-endian unsigned integer of `length` (≤ 8) bytes of the window. */
    uint(length) {
        const at = this.position;
        let value = 0;
        for (let i = 0; i < length; i++)
            value = value * 256 + this.byte();
        if (!Number.isSafeInteger(value))
            throw this.fail('an integer beyond 2^53', at);
        return value;
    }
    /** `length` bytes of text of the window (after `fill(length)`). */
    text(length) {
        if (!this.window.has(this.position, length))
            throw this.fail(`${length} bytes needed, beyond the end of the file`);
        const start = this.position - this.window.bufferStart;
        this.position += length;
        this.window.markUsed(this.position);
        return binary_reader/* UTF8 */.az.decode(this.window.buffer.subarray(start, start + length));
    }
    skip(length) {
        if (this.position + length > this.window.size)
            throw this.fail(`a value of ${length} bytes runs past the end of the file`);
        this.position += length;
    }
    /** The whole stream: one value, then nothing. */
    async walkRoot() {
        await this.value('', 0);
        if (this.position !== this.window.size)
            throw this.fail(`${this.window.size - this.position} bytes after the end of the msgpack value`);
    }
    mapLength(tag) {
        if (tag >= 0x80 && tag <= 0x8f)
            return tag & 0x0f;
        if (tag === 0xde)
            return this.uint(2);
        if (tag === 0xdf)
            return this.uint(4);
        return undefined;
    }
    arrayLength(tag) {
        if (tag >= 0x90 && tag <= 0x9f)
            return tag & 0x0f;
        if (tag === 0xdc)
            return this.uint(2);
        if (tag === 0xdd)
            return this.uint(4);
        return undefined;
    }
    stringLength(tag) {
        if (tag >= 0xa0 && tag <= 0xbf)
            return tag & 0x1f;
        if (tag === 0xd9)
            return this.uint(1);
        if (tag === 0xda)
            return this.uint(2);
        if (tag === 0xdb)
            return this.uint(4);
        return undefined;
    }
    binLength(tag) {
        if (tag === 0xc4)
            return this.uint(1);
        if (tag === 0xc5)
            return this.uint(2);
        if (tag === 0xc6)
            return this.uint(4);
        return undefined;
    }
    /** A key: a string (or an integer, which flax never writes but msgpack allows), as text. */
    async key() {
        // A tag and a length of up to 4 bytes.
        await this.fill(5);
        const at = this.position;
        const tag = this.byte();
        const length = this.stringLength(tag);
        if (length !== undefined) {
            if (length > limits/* MAX_NAME_BYTES */.pg)
                throw this.fail(`a key of ${length} bytes`, at);
            await this.fill(length);
            return this.text(length);
        }
        if (tag <= 0x7f)
            return String(tag);
        throw this.fail(`a map key of type 0x${tag.toString(16)}; flax writes string keys`, at);
    }
    /** A short string key of the window (the '0', '1' … of a chunked array's shape). */
    shortKey() {
        const at = this.position;
        const length = this.stringLength(this.byte());
        if (length === undefined || length > 31)
            throw this.fail('a chunked array whose shape keys are not short strings', at);
        this.text(length);
    }
    async value(path, depth) {
        if (depth > MAX_MSGPACK_DEPTH)
            throw new errors/* LimitExceededError */.lo(this.window.name, 'msgpack nesting', depth, MAX_MSGPACK_DEPTH);
        // A tag and its length or fixed-size value: at most 9 bytes.
        await this.fill(9);
        const at = this.position;
        const tag = this.byte();
        const mapLength = this.mapLength(tag);
        if (mapLength !== undefined)
            return this.map(path, mapLength, depth, at);
        const arrayLength = this.arrayLength(tag);
        if (arrayLength !== undefined) {
            // Lists are state-dict maps in flax ('0', '1', …); a raw array is walked alike.
            if (arrayLength > this.window.size - this.position)
                throw this.fail(`an array of ${arrayLength} items, more than the file holds`, at);
            for (let i = 0; i < arrayLength; i++)
                await this.value(join(path, String(i)), depth + 1);
            return;
        }
        const text = (this.stringLength(tag)) ?? (this.binLength(tag));
        if (text !== undefined)
            return this.skip(text);
        if (tag <= 0x7f || tag >= 0xe0)
            return this.number(path, 'int64', at);
        if (tag >= 0xcc && tag <= 0xd3) {
            this.skip(2 ** (tag & 0x3));
            return this.number(path, 'int64', at);
        }
        if (tag === 0xca || tag === 0xcb) {
            this.skip(tag === 0xca ? 4 : 8);
            return this.number(path, tag === 0xca ? 'float32' : 'float64', at);
        }
        if (tag === 0xc0 || tag === 0xc2 || tag === 0xc3)
            return;
        if (tag >= 0xd4 && tag <= 0xd8)
            return this.ext(path, 2 ** (tag - 0xd4), at);
        if (tag >= 0xc7 && tag <= 0xc9)
            return this.ext(path, this.uint(2 ** (tag - 0xc7)), at);
        throw this.fail(`type byte 0x${tag.toString(16)}, which msgpack does not define`, at);
    }
    /** A Python number leaf (e.g. `step` as an int): its encoded bytes, shape (). */
    number(path, dtype, at) {
        this.push({ path, dtype, shape: [], offset: at, byteLength: this.position - at });
    }
    push(leaf) {
        if (this.leaves.length >= limits/* MAX_TENSORS */.am)
            throw new errors/* LimitExceededError */.lo(this.window.name, 'the number of arrays', this.leaves.length + 1, limits/* MAX_TENSORS */.am);
        this.leaves.push(leaf);
    }
    async map(path, length, depth, at) {
        // Every entry takes at least two bytes: a count the rest of the file cannot hold is refused.
        if (2 * length > this.window.size - this.position)
            throw this.fail(`a map of ${length} entries, more than the file holds`, at);
        const firstLeaf = this.leaves.length;
        let chunked = false;
        let shape;
        for (let i = 0; i < length; i++) {
            const key = await this.key();
            if (key === CHUNKED_ARRAY_KEY)
                chunked = true;
            if (key === 'shape' && chunked)
                shape = await this.chunkedShape();
            else
                await this.value(join(path, key), depth + 1);
        }
        if (chunked)
            this.joinChunks(path, firstLeaf, shape);
    }
    /** The `shape` of a chunked array: a state-dict map `{'0': n, …}` (flax's `_tuple_to_dict`) or an array of ints. */
    async chunkedShape() {
        await this.fill(CHUNKED_SHAPE_BYTES);
        const at = this.position;
        const tag = this.byte();
        const asMap = this.mapLength(tag);
        const length = asMap ?? (this.arrayLength(tag));
        if (length === undefined || length > limits/* MAX_DIMS */.VW)
            throw this.fail('a chunked array whose shape is not a tuple', at);
        const shape = [];
        for (let d = 0; d < length; d++) {
            if (asMap !== undefined)
                this.shortKey();
            shape.push(this.integer('shape'));
        }
        return shape;
    }
    /**
     * The pieces of a chunked array as one tensor: they are written back to back, so the span from
     * the first piece's data to the last one's end holds the array (and the pieces' few header bytes).
     */
    joinChunks(path, firstLeaf, shape) {
        const pieces = this.leaves.splice(firstLeaf);
        if (pieces.length === 0)
            return;
        const last = pieces[pieces.length - 1];
        const elements = pieces.reduce((sum, piece) => sum + piece.shape.reduce((n, d) => n * d, 1), 0);
        this.push({
            path,
            dtype: pieces[0].dtype,
            shape: shape ?? [elements],
            offset: pieces[0].offset,
            byteLength: last.offset + last.byteLength - pieces[0].offset
        });
    }
    /** An ext value of `length` bytes: an ndarray or numpy scalar becomes a leaf; others are skipped. */
    async ext(path, length, at) {
        const type = this.byte();
        const end = this.position + length;
        if (end > this.window.size)
            throw this.fail(`an ext value of ${length} bytes runs past the end of the file`, at);
        if (type !== EXT_NDARRAY && type !== EXT_NPSCALAR) {
            this.position = end;
            return;
        }
        // (shape, dtype name, bytes): a 3-array of an int array, a string and a bin. Loaded in three
        // steps of what each part can take, so that a small array's header reads no payload.
        await this.fill(Math.min(length, 6));
        if (this.arrayLength(this.byte()) !== 3)
            throw this.fail(`ndarray '${path}' is not (shape, dtype, bytes)`, at);
        const dims = this.arrayLength(this.byte());
        if (dims === undefined || dims > limits/* MAX_DIMS */.VW)
            throw this.fail(`ndarray '${path}' has no shape of at most ${limits/* MAX_DIMS */.VW} dimensions`, at);
        await this.fill(Math.min(end - this.position, 9 * dims + 2));
        const shape = [];
        for (let d = 0; d < dims; d++)
            shape.push(this.integer(path));
        const dtypeLength = this.stringLength(this.byte());
        if (dtypeLength === undefined || dtypeLength > MAX_DTYPE_NAME_BYTES)
            throw this.fail(`ndarray '${path}' has no dtype name`, at);
        await this.fill(Math.min(end - this.position, dtypeLength + 5));
        const dtype = this.text(dtypeLength);
        const dataLength = this.binLength(this.byte());
        if (dataLength === undefined || this.position + dataLength !== end)
            throw this.fail(`ndarray '${path}' does not end where its ext value does`, at);
        this.push({ path, dtype, shape, offset: this.position, byteLength: dataLength });
        this.position = end;
    }
    /** A non-negative msgpack integer (a dimension). */
    integer(path) {
        const tag = this.byte();
        if (tag <= 0x7f)
            return tag;
        if (tag >= 0xcc && tag <= 0xcf)
            return this.uint(2 ** (tag & 0x3));
        if (tag >= 0xd0 && tag <= 0xd3) {
            const value = this.uint(2 ** (tag & 0x3));
            const bits = 8 * 2 ** (tag & 0x3);
            if (bits < 53 && value >= 2 ** (bits - 1))
                throw this.fail(`ndarray '${path}' has a negative dimension`);
            return value;
        }
        throw this.fail(`ndarray '${path}' has a dimension that is not an integer`);
    }
}
function join(path, key) {
    return path === '' ? key : `${path}/${key}`;
}

// EXTERNAL MODULE: ./src/formats/flax/sniff.ts
var sniff = __webpack_require__(6985);
;// CONCATENATED MODULE: ./src/formats/flax/index.ts





/**
 * A Flax msgpack checkpoint: `flax.serialization.to_bytes(state)` (a `TrainState`, a variables
 * dict, or a bare parameter tree) in one file. The msgpack stream is walked (msgpack-walk.ts),
 * skipping array payloads; each array (ext 1/3) is a tensor named by its path, and its category
 * follows from the tree's groups (evidence.ts). Msgpack tags, keys and array headers are metadata.
 */
const flaxMsgpackReader = {
    ...sniff/* flaxMsgpackSniffer */.X,
    async read(path, files) {
        const source = await files.open(path);
        try {
            const walk = new MsgpackWalk(new source_window/* SourceWindow */.WI(source));
            await walk.walkRoot();
            const leaves = walk.leaves;
            const evidence = (0,flax_evidence/* stateTreeEvidence */.X)(leaves);
            const tensors = leaves.map((leaf, i) => ({
                name: leaf.path,
                dtype: leaf.dtype,
                shape: leaf.shape,
                file: path,
                offset: leaf.offset,
                byteLength: leaf.byteLength,
                evidence: evidence[i]
            }));
            const payload = tensors.reduce((sum, tensor) => sum + tensor.byteLength, 0);
            return {
                format: 'flax',
                name: path,
                files: [{ path, role: 'data', bytes: source.size, present: true }],
                tensors,
                classifiedBy: 'dict-layout',
                warnings: [],
                categoryNotes: { metadata: `msgpack keys, tags and array headers (${(0,format_bytes/* formatBytes */.z3)(source.size - payload)})` }
            };
        }
        finally {
            await source.close();
        }
    }
};


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

//# sourceMappingURL=154.index.js.map