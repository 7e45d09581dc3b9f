export const id = 2154;
export const ids = [2154];
export const modules = {

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
// EXTERNAL MODULE: ./src/io/bytes/index.ts + 8 modules
var bytes = __webpack_require__(3031);
// EXTERNAL MODULE: ./src/formats/flax/evidence.ts
var flax_evidence = __webpack_require__(8213);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/limits.ts
var limits = __webpack_require__(6419);
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
    leaves = [];
    /** Big-endian, as msgpack is, over the whole file. */
    cursor;
    constructor(window) {
        this.window = window;
        this.cursor = new bytes/* Cursor */.bs(window);
        this.cursor.littleEndian = false;
    }
    get position() {
        return this.cursor.position;
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
        // The window sizes its next read after a jump by the run of bytes decoded: they are marked
        // here and before each jump, not per byte (the walk's hot path). Right after a jump nothing
        // at the position has been decoded yet.
        if (this.position > this.jumpedTo)
            this.window.markUsed(this.position);
        // Awaited only when bytes must be loaded: most fills find them in the window.
        const available = Math.min(length, this.window.size - this.position);
        if (!this.cursor.has(available))
            await this.cursor.ensure(available);
    }
    /** A read of `length` bytes the last `fill` did not load: a length field claims more than its value holds. */
    missing(length) {
        throw this.fail(`${length} bytes needed, beyond the end of the file`);
    }
    /** One byte of the window (after `fill`). */
    byte() {
        return this.cursor.has(1) ? this.cursor.u8() : this.missing(1);
    }
    /** A big-endian unsigned integer of `length` (1, 2, 4 or 8) bytes of the window. */
    uint(length) {
        return this.cursor.has(length) ? this.cursor.uint(length, 'a msgpack integer') : this.missing(length);
    }
    /** `length` bytes of text of the window (after `fill(length)`). */
    text(length) {
        return this.cursor.has(length) ? this.cursor.utf8(length) : this.missing(length);
    }
    /** Moves past a value's bytes without reading them. */
    skip(length) {
        if (this.position + length > this.window.size)
            throw this.fail(`a value of ${length} bytes runs past the end of the file`);
        this.jump(this.position + length);
    }
    jump(to) {
        if (this.position > this.jumpedTo)
            this.window.markUsed(this.position);
        this.cursor.seek(to);
        this.jumpedTo = to;
    }
    /** Where the last jump landed. */
    jumpedTo = 0;
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
        const text = this.stringLength(tag) ?? this.binLength(tag);
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
        const length = asMap ?? this.arrayLength(tag);
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
            this.jump(end);
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
        this.jump(end);
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
// EXTERNAL MODULE: ./src/formats/kit/open.ts
var kit_open = __webpack_require__(7247);
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
        return (0,kit_open/* withSource */.g)(files, path, async (source) => {
            const walk = new MsgpackWalk(new bytes/* Window */.p8(source));
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
        });
    }
};


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

//# sourceMappingURL=2154.index.js.map