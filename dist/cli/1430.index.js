export const id = 1430;
export const ids = [1430];
export const modules = {

/***/ 8929:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ KERAS_OPTIMIZER_SCALAR),
/* harmony export */   y: () => (/* binding */ KERAS_MODEL_VARIABLE_RULES)
/* harmony export */ });
/**
 * Keras variable names, for the parts of a Keras file whose group layout does not decide
 * (FORMATS.md §2.4, §7). The group layout decides first: `optimizer_weights/*` and `optimizer/*`
 * are optimizer state, `model_weights/*` and `layers/*` are model variables; these rules then
 * tell a model variable's kind.
 */
/** Model variables that are state, not parameters (checked on the variable's own name). */
const KERAS_MODEL_VARIABLE_RULES = [
    {
        // keras-team/keras:keras/src/layers/normalization/batch_normalization.py (trainable=False)
        pattern: /(^|\/)moving_(mean|variance)(:\d+)?$/,
        role: 'model-state',
        reason: 'BatchNormalization moving statistics (non-trainable)'
    },
    {
        // keras-team/keras:keras/src/random/seed_generator.py: the RNG state of Dropout and friends.
        pattern: /(^|\/)seed_generator(_\d+)?(\/|$)|(^|\/)seed_generator_state(:\d+)?$/,
        role: 'rng-state',
        reason: 'random seed generator state'
    },
    {
        // Metric accumulators (Mean's total/count, the loss tracker) when a model saves them.
        pattern: /(^|\/)(metrics|compile_metrics|loss_tracker|[a-z_]*_tracker)(\/|$)/,
        role: 'loop-state',
        reason: 'metric accumulator'
    }
];
/** Optimizer variables that are scalars of the optimizer itself rather than per-variable slots. */
const KERAS_OPTIMIZER_SCALAR = /(^|\/)(iter|iterations|iteration|learning_rate|lr|decay|beta_1_power|beta_2_power|momentum_cache)(:\d+)?$/;


/***/ }),

/***/ 861:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EB: () => (/* reexport */ readHdf5Tree)
});

// UNUSED EXPORTS: HDF5_SIGNATURE, USER_BLOCK_MIN, hasHdf5Signature

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/limits.ts
var limits = __webpack_require__(6419);
// EXTERNAL MODULE: ./src/io/bytes/index.ts + 8 modules
var io_bytes = __webpack_require__(3031);
;// CONCATENATED MODULE: ./src/formats/hdf5/address-table.ts
const NOT_WALKED = 0;
const WALKED_GROUP = 1;
const WALKED_DATASET = 2;
/**
 * The set of object headers walked, and what each is: an open-addressing hash table of numbers
 * in one typed array, linear probing. A Map<number, …> costs ~0.4 µs a lookup at 3·10^5 entries
 * (a walk's largest single cost): header addresses past 2^31 are heap numbers, each key an
 * allocation and each probe a pointer chase; here a probe reads one number. A group is stored as
 * its address, a dataset as −(address + 4). (Below EMPTY_SLOT for every address from
 * UNDEFINED_ADDRESS up: with −(address + 3), a lookup of −1 found its first empty slot to be a
 * walked dataset.)
 *
 * The slots are 32-bit integers while every address fits (metadata below 2 GiB into the file: a
 * 2 MiB table at 3·10^5 objects rather than 4, live to the end of the walk), and 64-bit floats
 * from the first address that does not.
 */
class AddressTable {
    /** Entries (EMPTY_SLOT where free); a power-of-two length. */
    slots = new Int32Array(1024).fill(EMPTY_SLOT);
    size = 0;
    /** 32 − log2(slots.length): a multiplicative hash keeps the top bits. */
    shift = 22;
    get(address) {
        if (address > MAX_NARROW_ADDRESS && this.slots instanceof Int32Array)
            return NOT_WALKED; // none set yet
        const slots = this.slots;
        const mask = slots.length - 1;
        const asDataset = datasetEntry(address);
        for (let slot = this.slot(address);; slot = (slot + 1) & mask) {
            const entry = slots[slot];
            if (entry === address)
                return WALKED_GROUP;
            if (entry === asDataset)
                return WALKED_DATASET;
            if (entry === EMPTY_SLOT)
                return NOT_WALKED;
        }
    }
    set(address, walked) {
        const entry = walked === WALKED_GROUP ? address : datasetEntry(address);
        // Kept under three quarters full: probes stay short (a miss reads ~4 slots, mostly one cache
        // line), a free slot always ends a search, and the table stays 4 MiB at 3·10^5 objects.
        if (4 * (this.size + 1) > 3 * this.slots.length)
            this.grow();
        if (address > MAX_NARROW_ADDRESS && this.slots instanceof Int32Array)
            this.slots = Float64Array.from(this.slots); // same slots, wider
        const slots = this.slots;
        const mask = slots.length - 1;
        let slot = this.slot(address);
        while (slots[slot] !== EMPTY_SLOT) {
            if (slots[slot] === address || slots[slot] === datasetEntry(address))
                break; // an object walked again (a second link to a dataset)
            slot = (slot + 1) & mask;
        }
        if (slots[slot] === EMPTY_SLOT)
            this.size++;
        slots[slot] = entry;
    }
    /** Fibonacci hashing of the address's low and high 32 bits (addresses are often 8-aligned). */
    slot(address) {
        const low = address >>> 0;
        const high = (address / 4294967296) >>> 0;
        return Math.imul(low ^ Math.imul(high, 0x85ebca6b), 0x9e3779b1) >>> this.shift;
    }
    /**
     * Doubles the table. Entries are moved as they are (each is distinct: no lookup, no count, no
     * load check per entry), as the table grows ten times on the way to 3·10^5 objects.
     */
    grow() {
        const old = this.slots;
        const slots = (old instanceof Int32Array ? new Int32Array(old.length * 2) : new Float64Array(old.length * 2)).fill(EMPTY_SLOT);
        const mask = slots.length - 1;
        this.slots = slots;
        this.shift--;
        for (let i = 0; i < old.length; i++) {
            const entry = old[i];
            if (entry === EMPTY_SLOT)
                continue;
            let slot = this.slot(entry > EMPTY_SLOT ? entry : -entry - 4);
            while (slots[slot] !== EMPTY_SLOT)
                slot = (slot + 1) & mask;
            slots[slot] = entry;
        }
    }
}
/** No address: read addresses are ≥ 0, or UNDEFINED_ADDRESS (−1), which a walk may still look up. */
const EMPTY_SLOT = -2;
/** The largest address whose entries (address, −(address + 4)) fit in an Int32Array slot. */
const MAX_NARROW_ADDRESS = 2 ** 31 - 5;
/** A dataset's entry: −(address + 4), ≤ −3 for every address ≥ −1. */
function datasetEntry(address) {
    return -(address + 4);
}

;// CONCATENATED MODULE: ./src/formats/hdf5/dataspace.ts



const NO_BYTES = new Uint8Array(0);
/**
 * Dataspace messages (spec IV.A.2.b): a dataset's or an attribute's shape, and the maximum
 * dimensions an implicit chunk index allocates chunks for.
 */
class Dataspaces {
    file;
    /**
     * One array per distinct shape, read from the message's bytes only when new: every TensorInfo
     * keeps its shape to the end of the read (bench/README.md, "Shape interning"). Shapes handed
     * out are shared: nothing modifies one.
     */
    shapes = new io_bytes/* ShapeInterner */.R0();
    /** The dimension sizes being interned: `lengthSize`-byte fields from dims[dimsAt], dims[0] at file offset dimsBase. */
    dims = NO_BYTES;
    dimsAt = 0;
    dimsBase = 0;
    constructor(file) {
        this.file = file;
    }
    /**
     * The shape: version, rank, flags, then (v1) 5 reserved bytes or (v2) the dataspace type, then
     * the dimension sizes. Read in place (the message is bytes[start, end), at file offset
     * `offset`), into an array of exactly `rank` numbers (one per dataset is kept; an array grown by
     * push reserves 17 slots).
     */
    shape(bytes, start, end, offset) {
        const file = this.file;
        if (end - start < 4)
            throw file.fail('dataspace message shorter than its header', offset);
        const version = bytes[start];
        const rank = bytes[start + 1];
        if (rank > limits/* MAX_DIMS */.VW)
            throw new errors/* LimitExceededError */.lo(file.source.name, 'HDF5 dataspace rank', rank, limits/* MAX_DIMS */.VW);
        let at;
        if (version === 1)
            at = start + 8;
        else if (version === 2) {
            if (bytes[start + 3] === 2)
                return []; // null dataspace: no elements
            at = start + 4;
        }
        else
            throw file.fail(`unknown dataspace version ${version}`, offset);
        const { lengthSize } = file.superblock;
        if (at + rank * lengthSize > end)
            throw file.fail('dimension sizes run past the end of the dataspace message', offset);
        // Fields, not a closure or an object per dataset: the interner reads the sizes through dimensionSize.
        this.dims = bytes;
        this.dimsAt = at;
        this.dimsBase = offset - start;
        const shape = this.shapes.internFrom(rank, this, dimensionSize);
        this.dims = NO_BYTES; // no cache block kept past the call
        return shape;
    }
    /**
     * The maximum dimension sizes of a dataspace message, when it has them (flags bit 0) and none
     * is unlimited; else undefined.
     */
    maxDimensions(message) {
        const file = this.file;
        const { block: bytes, at: start, size, offset } = message;
        const version = bytes[start];
        const rank = bytes[start + 1];
        if ((bytes[start + 2] & 0x01) === 0 || rank > limits/* MAX_DIMS */.VW)
            return undefined;
        const { lengthSize } = file.superblock;
        const at = (version === 1 ? start + 8 : start + 4) + rank * lengthSize;
        if (at + rank * lengthSize > start + size)
            throw file.fail('maximum dimension sizes run past the end of the dataspace message', offset);
        const dims = [];
        for (let i = 0; i < rank; i++) {
            let unlimited = true;
            for (let b = 0; b < lengthSize; b++)
                if (bytes[at + i * lengthSize + b] !== 0xff)
                    unlimited = false;
            if (unlimited)
                return undefined;
            dims.push(file.uintAt(bytes, at + i * lengthSize, lengthSize, offset - start, 'maximum dimension size'));
        }
        return dims;
    }
}
/** Dimension `i` of the dataspace being interned (Dataspaces.dims). */
function dimensionSize(spaces, i) {
    const { lengthSize } = spaces.file.superblock;
    return spaces.file.uintAt(spaces.dims, spaces.dimsAt + i * lengthSize, lengthSize, spaces.dimsBase, 'dimension size');
}
/** Elements in a shape (1 for a scalar). */
function elementCount(shape) {
    return shape.reduce((a, b) => a * b, 1);
}

;// CONCATENATED MODULE: ./src/formats/hdf5/names.ts

/**
 * Names read in place: a link and an attribute name per object, 3·10^5 of them at 10^5 layers,
 * short ASCII nearly always.
 */
/**
 * The char codes of the name shortString is building: one array per name length, reused for
 * every name of that length (setting an array's length per name cost more than the name).
 */
const nameCodes = Array.from({ length: 65 }, (_, length) => new Array(length).fill(0));
/**
 * The UTF-8 string in bytes[start, end), less trailing NULs. Names are made in one
 * String.fromCharCode call from their codes, without a view or a TextDecoder call (a string built
 * a character at a time was a new string per character); anything else goes to the decoder.
 */
function shortString(bytes, start, end) {
    while (end > start && bytes[end - 1] === 0)
        end--;
    const length = end - start;
    if (length >= nameCodes.length)
        return io_bytes/* UTF8 */.az.decode(bytes.subarray(start, end));
    const codes = nameCodes[length];
    for (let i = 0; i < length; i++) {
        const byte = bytes[start + i];
        if (byte >= 0x80 || byte === 0)
            return io_bytes/* UTF8 */.az.decode(bytes.subarray(start, end)).replace(/\0+$/, '');
        codes[i] = byte;
    }
    return String.fromCharCode.apply(null, codes);
}
/** Whether bytes[start, end), less trailing NULs, are ASCII and spell `text` (what shortString would return). */
function isString(bytes, start, end, text) {
    while (end > start && bytes[end - 1] === 0)
        end--;
    if (end - start !== text.length)
        return false;
    for (let i = 0; i < text.length; i++) {
        const byte = bytes[start + i];
        if (byte === 0 || byte >= 0x80 || byte !== text.charCodeAt(i))
            return false;
    }
    return true;
}

;// CONCATENATED MODULE: ./src/formats/hdf5/datatype.ts

/** Datatype message: class and version in byte 0, 3 bytes of class bits, size (u32 at 4). Read in place: bytes[start, end) at file offset `offset`. */
function parseDatatype(file, bytes, start, end, offset) {
    if (end - start < 8)
        throw file.fail('datatype message shorter than its header', offset);
    return datatypeOf(bytes[start] & 0x0f, bytes[start + 1], file.uintAt(bytes, start + 4, 4, offset - start, 'datatype size'));
}
/** A datatype from its class, the first byte of its class bits and its size in bytes. */
function datatypeOf(typeClass, bits0, size) {
    switch (typeClass) {
        case 0: {
            const signed = (bits0 & 0x08) !== 0;
            const bits = size * 8;
            return { dtype: [1, 2, 4, 8].includes(size) ? `${signed ? 'int' : 'uint'}${bits}` : `int${bits}`, size, class: 0, signed };
        }
        case 1:
            return { dtype: size === 2 ? 'float16' : size === 4 ? 'float32' : size === 8 ? 'float64' : `float${size * 8}`, size, class: 1 };
        case 3:
            return { dtype: 'string', size, class: 3 };
        case 6:
            // h5py writes numpy complex as a compound of two floats (r, i).
            return { dtype: size === 8 ? 'complex64' : size === 16 ? 'complex128' : 'compound', size, class: 6 };
        case 8:
            // h5py writes numpy bool as an enum over int8 (FALSE = 0, TRUE = 1).
            return { dtype: size === 1 ? 'bool' : 'enum', size, class: 8 };
        case 9:
            return { dtype: (bits0 & 0x0f) === 1 ? 'string' : 'vlen', size, class: 9, vlenString: (bits0 & 0x0f) === 1 };
        default:
            return { dtype: ['bitfield', 'opaque', 'reference', 'array'][typeClass - 4] ?? `hdf5-class-${typeClass}`, size, class: typeClass };
    }
}
/** `count` fixed-size values of `type` (fixed-length strings, integers, floats); undefined for other types. */
function decodeValues(type, count, scalar, bytes) {
    if (type.class === 3) {
        // Each string ends at its first NUL; read in place (layer_names holds 10^5 at 10^5 layers).
        const strings = new Array(count);
        for (let i = 0; i < count; i++) {
            const start = i * type.size;
            let end = start;
            while (end < start + type.size && bytes[end] !== 0)
                end++;
            strings[i] = shortString(bytes, start, end);
        }
        return scalar ? strings[0] : strings;
    }
    if (type.class === 0 || type.class === 1) {
        const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        const numbers = [];
        for (let i = 0; i < count; i++) {
            const at = i * type.size;
            if (type.class === 1)
                numbers.push(type.size === 8 ? view.getFloat64(at, true) : type.size === 4 ? view.getFloat32(at, true) : NaN);
            else if (type.size === 8)
                numbers.push(Number(type.signed ? view.getBigInt64(at, true) : view.getBigUint64(at, true)));
            else if (type.size === 4)
                numbers.push(type.signed ? view.getInt32(at, true) : view.getUint32(at, true));
            else if (type.size === 2)
                numbers.push(type.signed ? view.getInt16(at, true) : view.getUint16(at, true));
            else if (type.size === 1)
                numbers.push(type.signed ? view.getInt8(at) : view.getUint8(at));
        }
        return scalar ? numbers[0] : numbers;
    }
    return undefined; // variable-length strings live in the global heap (attributes.ts reads them)
}

;// CONCATENATED MODULE: ./src/formats/hdf5/file.ts



/**
 * HDF5's undefined address (all bytes 0xff, spec II "undefined address"), as readAddress and
 * addressAt return it: a structure not allocated, a soft link's missing object header. Every
 * address read is checked against it before it is followed.
 */
const UNDEFINED_ADDRESS = -1;
/**
 * The file being walked, at the lowest level: bounded reads through the byte layer's block-cache
 * window, the superblock's field widths, and the errors and limits every structure shares. Each
 * of the spec's structures (superblock.ts, object-header.ts, symbol-table.ts, …) reads through it.
 *
 * The window's `blocks` policy suits a walk that jumps back and forth through metadata: h5py
 * interleaves each dataset's header with its payload, and a group's heap and B-tree sit near its
 * header. A hit is answered synchronously and in place; the walker calls `window.recycle()`
 * between objects, when it holds no view into the window.
 */
class Hdf5File {
    source;
    userBlock;
    /** Set by readSuperblock before anything else is read through the file. */
    superblock;
    window;
    /** Things the caller should pass on to the user (external storage, skipped links). */
    warnings = [];
    btreeNodesRead = 0;
    /** Where the last `locate` put its request: the byte at its `offset` is `bytes[this.located]`. */
    located = 0;
    constructor(source, 
    /** Bytes of user block before the superblock (the window `source` starts there): 0, 512, 1024, … */
    userBlock) {
        this.source = source;
        this.userBlock = userBlock;
        this.window = new io_bytes/* Window */.p8(source, { kind: 'blocks' });
    }
    fail(what, offset) {
        return new errors/* FormatError */.IF(this.source.name, what, {
            offset,
            fix: 'The HDF5 file is truncated or corrupted; re-save it.'
        });
    }
    /**
     * Exactly the bytes at [offset, offset + length), or an error naming what was being read and
     * where. A cache hit is returned as is, not as a promise: the hot paths (object headers, heaps,
     * B-tree and symbol table nodes; about 10^6 reads for 10^5 datasets) write
     * `let bytes = file.bytesAt(…); if (bytes instanceof Promise) bytes = await bytes`, so a hit
     * costs neither a promise nor a microtask.
     */
    bytesAt(offset, length, what) {
        if (offset === UNDEFINED_ADDRESS) {
            throw this.fail(`${what} is at HDF5's undefined address (0xffffffffffffffff): the file names no object there`);
        }
        if (offset < 0 || length < 0 || !Number.isSafeInteger(offset) || offset + length > this.source.size) {
            throw this.fail(`${what} needs ${length} bytes at offset ${offset}, beyond the end of the file (${this.source.size} bytes)`, offset >= 0 ? offset : undefined);
        }
        return this.window.viewInWindow(offset, length) ?? this.window.view(offset, length);
    }
    /**
     * The cached block holding all of [offset, offset + length), whole (the request at
     * `this.located`), or undefined: for the per-object fast paths, which index the block in place
     * rather than cut a view out of it (a view is an allocation; 10^6 of them at 10^5 datasets).
     */
    cached(offset, length) {
        const window = this.window;
        if (offset < 0 || length < 0 || !window.has(offset, length))
            return undefined;
        this.located = offset - window.bufferStart;
        return window.buffer;
    }
    /**
     * bytesAt without cutting a view: a cached block whole (the request at `this.located`), else the
     * bytes read (`this.located` = 0). For the structures read per group (local heap, B-tree and
     * symbol table nodes). Callers take `this.located` right after the (awaited) call: the walk is
     * one chain of awaits, so no other read runs in between.
     */
    locate(offset, length, what) {
        return this.cached(offset, length) ?? this.locateRead(offset, length, what);
    }
    /**
     * locate's miss, apart: a closure in locate itself (over `this`) made V8 allocate its context
     * on every call, hits included.
     */
    async locateRead(offset, length, what) {
        const bytes = await this.bytesAt(offset, length, what);
        this.located = 0;
        return bytes;
    }
    /** bytesAt behind a bounds-checked cursor (positions are file offsets), for the structures read once per file or per chunked dataset. */
    readAt(offset, length, what) {
        const bytes = this.bytesAt(offset, length, what);
        if (bytes instanceof Promise)
            return bytes.then((read) => io_bytes/* Cursor */.bs.over(read, this.source.name, offset));
        return io_bytes/* Cursor */.bs.over(bytes, this.source.name, offset);
    }
    /** A cursor over bytes already read (a header message's data) that start at file offset `offset`. */
    cursor(bytes, offset) {
        return io_bytes/* Cursor */.bs.over(bytes, this.source.name, offset);
    }
    /**
     * An address field at `bytes[at]` (`base` is the file offset of `bytes[0]`, for errors). The
     * caller has read `bytes` to cover the field: the hot paths read fields in place rather than
     * through a cursor object per structure.
     */
    addressAt(bytes, at, base) {
        const size = this.superblock.offsetSize;
        let undefinedAddress = true;
        for (let i = 0; i < size; i++)
            if (bytes[at + i] !== 0xff)
                undefinedAddress = false;
        return undefinedAddress ? UNDEFINED_ADDRESS : this.uintAt(bytes, at, size, base, 'address');
    }
    /** A little-endian unsigned field of `size` bytes at `bytes[at]`, exact below 2^53 (the layer's error past it). */
    uintAt(bytes, at, size, base, what) {
        if (at + size > bytes.length)
            throw this.fail(`${what} runs past the end of its structure`, base + at);
        return uintIn(bytes, at, size, this.source.name, what, base + at);
    }
    /** An index structure (B-tree node, heap, array block) of `bytes`, refused over the limit before it is read. */
    checkBlock(what, bytes) {
        if (bytes > limits/* MAX_HDF5_INDEX_BLOCK_BYTES */._H)
            throw new errors/* LimitExceededError */.lo(this.source.name, `size of an HDF5 ${what}`, bytes, limits/* MAX_HDF5_INDEX_BLOCK_BYTES */._H);
    }
    /** Counts one more B-tree node read (v1 or v2, group or chunk index): hostile trees end at the limit. */
    countBtreeNode() {
        if (++this.btreeNodesRead > limits/* MAX_HDF5_BTREE_NODES */.kh) {
            throw new errors/* LimitExceededError */.lo(this.source.name, 'number of HDF5 B-tree nodes', this.btreeNodesRead, limits/* MAX_HDF5_BTREE_NODES */.kh);
        }
    }
    address(cursor) {
        return readAddress(cursor, this.superblock.offsetSize);
    }
    length(cursor, what) {
        return readSized(cursor, this.superblock.lengthSize, what);
    }
}
/** An address of `size` bytes at the cursor; all 0xFF bytes is the undefined address. */
function readAddress(cursor, size) {
    const at = cursor.position;
    const bytes = cursor.bytes(size);
    let undefinedAddress = true;
    for (let i = 0; i < size; i++)
        if (bytes[i] !== 0xff)
            undefinedAddress = false;
    return undefinedAddress ? UNDEFINED_ADDRESS : uintIn(bytes, 0, size, cursor.file, 'address', at);
}
/**
 * An unsigned little-endian field of `size` bytes (1 to 8: HDF5 sizes its fields by the
 * superblock and by each structure's own counts) at the cursor.
 */
function readSized(cursor, size, what) {
    const at = cursor.position;
    return uintIn(cursor.bytes(size), 0, size, cursor.file, what, at);
}
/**
 * The `size`-byte little-endian value at bytes[at], through the byte layer's one 64-bit
 * conversion (exact below 2^53, the error naming `what` past it). Read in place, without a
 * cursor: a walk reads a few addresses per object, 10^5 objects.
 */
function uintIn(bytes, at, size, file, what, offset) {
    let low = 0;
    let high = 0;
    for (let i = Math.min(size, 4) - 1; i >= 0; i--)
        low = low * 256 + bytes[at + i];
    for (let i = size - 1; i >= 4; i--)
        high = high * 256 + bytes[at + i];
    // Below 2^32, `low` itself: a value through the 2^32 multiply is a double, and shapes and
    // sizes stored as doubles cost +12 MB and +15% CPU at 10^5 datasets (bench/README.md, "Small integers stay small").
    return high === 0 ? low : (0,io_bytes/* uint64Number */.eZ)(low, high, file, what, offset);
}
/** Bytes that encode counts up to `max` (H5VM_limit_enc_size): v2 B-tree records, fractal heap IDs. */
function bytesFor(max) {
    return Math.floor(Math.log2(Math.max(1, max)) / 8) + 1;
}

;// CONCATENATED MODULE: ./src/formats/hdf5/global-heap.ts


/**
 * Global heap collections (spec III.E): where variable-length strings live (an attribute's
 * `backend` or `keras_version` when h5py stores it variable-length). Each collection is read once
 * and kept for the walk.
 */
class GlobalHeaps {
    file;
    collections = new Map();
    constructor(file) {
        this.file = file;
    }
    /** The objects of the collection at `address`, by index: GCOL, version, collection size, then the objects. */
    async collection(address) {
        const cached = this.collections.get(address);
        if (cached)
            return cached;
        const file = this.file;
        const { lengthSize } = file.superblock;
        const head = await file.readAt(address, 8 + lengthSize, 'global heap');
        if (head.utf8(4) !== 'GCOL')
            throw file.fail('global heap collection without its GCOL signature', address);
        head.skip(4);
        const size = file.length(head, 'global heap size');
        if (size > limits/* MAX_HDF5_HEAP_BYTES */.s4)
            throw new errors/* LimitExceededError */.lo(file.source.name, 'HDF5 global heap size', size, limits/* MAX_HDF5_HEAP_BYTES */.s4);
        const reader = await file.readAt(address, size, 'global heap');
        reader.seek(address + 8 + lengthSize);
        const objects = new Map();
        while (reader.remaining >= 8 + lengthSize) {
            const index = reader.u16();
            if (index === 0)
                break; // free space
            reader.skip(6); // reference count, reserved
            const objectSize = file.length(reader, 'global heap object size');
            // A copy: the collection is kept for the whole walk, past the cache recycling the block it was read from.
            objects.set(index, reader.bytes(objectSize).slice());
            reader.skip(Math.min(reader.remaining, (8 - (objectSize % 8)) % 8));
        }
        this.collections.set(address, objects);
        return objects;
    }
}

;// CONCATENATED MODULE: ./src/formats/hdf5/object-header.ts




/**
 * Object headers (spec IV.A): a version 1 prefix or a version 2 `OHDR` one, then messages, in one
 * block or several chained by continuation messages. The walk keeps only the messages something
 * reads (`isReadMessage`), in one MessageList refilled per object.
 */
// Message types (spec, "IV.A.2 Header Messages").
const MSG_DATASPACE = 0x0001;
const MSG_LINK_INFO = 0x0002;
const MSG_DATATYPE = 0x0003;
const MSG_EXTERNAL_FILES = 0x0007;
const MSG_LAYOUT = 0x0008;
const MSG_LINK = 0x0006;
const MSG_ATTRIBUTE = 0x000c;
const MSG_CONTINUATION = 0x0010;
const MSG_SYMBOL_TABLE = 0x0011;
/**
 * Message types something reads; the walk keeps no other (fill value, modification time, NIL
 * padding… are most of a dataset header's messages).
 */
function isReadMessage(type) {
    return (type === MSG_DATASPACE ||
        type === MSG_DATATYPE ||
        type === MSG_LAYOUT ||
        type === MSG_ATTRIBUTE ||
        type === MSG_SYMBOL_TABLE ||
        type === MSG_LINK ||
        type === MSG_LINK_INFO ||
        type === MSG_EXTERNAL_FILES);
}
/**
 * A header message the walk reads. Its data is not cut out of the header block until asked for
 * (`data`): the hot readers (attribute names, symbol table addresses) read `block` in place from
 * `at`, so most messages never cost a typed-array view (10^6 of them at 10^5 datasets).
 */
class Message {
    type;
    offset;
    block;
    at;
    size;
    constructor(type, 
    /** Offset of the message's data in the source (for compact datasets' payloads and errors). */
    offset, 
    /** The bytes holding the message: its data is block[at, at + size). */
    block, at, size) {
        this.type = type;
        this.offset = offset;
        this.block = block;
        this.at = at;
        this.size = size;
    }
    static of(type, offset, data) {
        return new Message(type, offset, data, 0, data.length);
    }
    get data() {
        return this.block.subarray(this.at, this.at + this.size);
    }
}
/**
 * The messages of the object header being walked: one list refilled for each object, its Message
 * objects reused. The walk reads one header at a time, and a new array of new Messages per object
 * was a sixth of what a walk over 3·10^5 objects allocated. So a Message is valid only until the
 * next header is read: nothing keeps one past its object.
 */
class MessageList {
    items = [];
    length = 0;
    clear() {
        this.length = 0;
    }
    add(type, offset, block, at, size) {
        const message = this.items[this.length];
        if (message === undefined)
            this.items.push(new Message(type, offset, block, at, size));
        else {
            message.type = type;
            message.offset = offset;
            message.block = block;
            message.at = at;
            message.size = size;
        }
        this.length++;
    }
    get(index) {
        return this.items[index];
    }
    has(type) {
        for (let i = 0; i < this.length; i++)
            if (this.items[i].type === type)
                return true;
        return false;
    }
}
/** Reads object headers into one reused MessageList (valid until the next header is read). */
class ObjectHeaders {
    file;
    /** The header being walked (`read` refills it). */
    header = new MessageList();
    /** Continuation blocks met by the fast path (then it leaves the header to readAll). */
    fastPathContinuations = [];
    constructor(file) {
        this.file = file;
    }
    /**
     * An object header's messages, without a promise when it is what h5py writes for nearly every
     * object (version 1, one block, no continuation) and its bytes are cached; otherwise the full
     * read, which follows continuation blocks.
     */
    read(address) {
        const file = this.file;
        const prefix = file.cached(address, 16);
        if (prefix === undefined || prefix[file.located] !== 1)
            return this.readAll(address);
        const blockOffset = address + 16;
        const size = file.uintAt(prefix, file.located + 8, 4, address - file.located, 'object header size');
        const block = file.cached(blockOffset, size);
        if (block === undefined)
            return this.readAll(address);
        const start = file.located;
        const messages = this.header;
        const continuations = this.fastPathContinuations;
        messages.clear();
        continuations.length = 0;
        this.parseV1Messages(block, start, start + size, blockOffset, messages, continuations);
        return continuations.length === 0 ? messages : this.readAll(address);
    }
    /** The messages of an object header, following continuation blocks. */
    async readAll(address) {
        const file = this.file;
        const name = file.source.name;
        let prefix = file.bytesAt(address, Math.min(16, file.source.size - Math.max(0, address)), 'object header');
        if (prefix instanceof Promise)
            prefix = await prefix;
        const isV2 = prefix.length >= 4 && prefix[0] === 0x4f && prefix[1] === 0x48 && prefix[2] === 0x44 && prefix[3] === 0x52; // OHDR
        const messages = this.header;
        messages.clear();
        const blocks = [];
        let creationOrder = false;
        if (isV2) {
            const first = file.cursor(prefix, address);
            first.seek(address + 4);
            const version = first.u8();
            if (version !== 2)
                throw file.fail(`object header version ${version} after the OHDR signature`, address + 4);
            const flags = first.u8();
            creationOrder = (flags & 0x04) !== 0;
            let skip = 6 + ((flags & 0x20) !== 0 ? 16 : 0) + ((flags & 0x10) !== 0 ? 4 : 0);
            const sizeBytes = 1 << (flags & 0x03);
            const head = await file.readAt(address + skip, sizeBytes, 'object header');
            const chunkSize = readSized(head, sizeBytes, 'object header size');
            skip += sizeBytes;
            blocks.push({ offset: address + skip, length: chunkSize });
        }
        else {
            // Version 1 prefix: version, reserved, message count, reference count, header size (u32 at 8).
            // The message count is not needed: the blocks' sizes are what bound the walk.
            if (prefix.length < 16)
                throw (0,io_bytes/* truncatedError */.Jw)(name, address, 16, file.source.size);
            const version = prefix[0];
            if (version !== 1)
                throw file.fail(`unknown object header version ${version}`, address);
            const headerSize = file.uintAt(prefix, 8, 4, address, 'object header size');
            blocks.push({ offset: address + 16, length: headerSize }); // v1 messages start 8-aligned after the 12-byte prefix
        }
        let total = 0;
        for (let i = 0; i < blocks.length; i++) {
            const block = blocks[i];
            // A header has one block, rarely a few: a scan of the earlier ones, not a Set per object.
            for (let j = 0; j < i; j++)
                if (blocks[j].offset === block.offset)
                    throw file.fail('object header continuation blocks form a cycle', block.offset);
            total += block.length;
            if (total > limits/* MAX_HDF5_HEADER_BYTES */.JU) {
                throw new errors/* LimitExceededError */.lo(name, 'HDF5 object header size', total, limits/* MAX_HDF5_HEADER_BYTES */.JU);
            }
            let blockBytes = file.bytesAt(block.offset, block.length, 'object header messages');
            if (blockBytes instanceof Promise)
                blockBytes = await blockBytes;
            if (isV2) {
                const reader = file.cursor(blockBytes, block.offset);
                if (i > 0) {
                    const sig = reader.utf8(4);
                    if (sig !== 'OCHK')
                        throw file.fail(`object header continuation block without its OCHK signature`, block.offset);
                }
                const end = reader.end - 4; // checksum
                const prefix = creationOrder ? 6 : 4;
                while (end - reader.position >= prefix) {
                    const type = reader.u8();
                    const size = reader.u16();
                    reader.u8(); // flags
                    if (creationOrder)
                        reader.u16();
                    const offset = reader.position;
                    const data = reader.bytes(size);
                    if (isReadMessage(type))
                        messages.add(type, offset, data, 0, data.length);
                    else if (type === MSG_CONTINUATION)
                        blocks.push(this.continuation(data, offset));
                }
            }
            else {
                this.parseV1Messages(blockBytes, 0, blockBytes.length, block.offset, messages, blocks);
            }
        }
        return messages;
    }
    /**
     * The messages of one version 1 header block; continuation messages add to `blocks`. Each
     * message: type (u16), data size (u16), flags, 3 reserved bytes, the data, padded to 8 bytes
     * (FORMATS.md §7.3). Read in place: this runs once per object of the file.
     */
    parseV1Messages(bytes, start, end, blockOffset, messages, blocks) {
        // The block is bytes[start, end) (a cached block is read in place); blockOffset is the file offset of bytes[start].
        const base = blockOffset - start;
        let at = start;
        while (end - at >= 8) {
            const type = bytes[at] | (bytes[at + 1] << 8);
            const size = bytes[at + 2] | (bytes[at + 3] << 8);
            at += 8;
            if (at + size > end)
                throw this.file.fail(`header message of ${size} bytes runs past the end of its header block`, base + at);
            const offset = base + at;
            if (isReadMessage(type))
                messages.add(type, offset, bytes, at, size);
            else if (type === MSG_CONTINUATION)
                blocks.push(this.continuation(bytes.subarray(at, at + size), offset));
            at += size;
            const pad = (8 - ((at - start) % 8)) % 8;
            if (end - at < pad)
                break;
            at += pad;
        }
    }
    /** A continuation message (spec IV.A.2.q): the address and length of the next header block. */
    continuation(data, offset) {
        const reader = this.file.cursor(data, offset);
        return { offset: this.file.address(reader), length: this.file.length(reader, 'continuation length') };
    }
}

;// CONCATENATED MODULE: ./src/formats/hdf5/attributes.ts









/** The attributes of an object with none worth decoding: one shared empty map, not one per object. */
const NO_ATTRIBUTES = new Map();
/**
 * Attribute messages (spec IV.A.2.m), versions 1–3, decoded only when their name is wanted:
 * fixed-length strings and numbers in place, variable-length strings through the global heap.
 * An attribute whose value cannot be decoded is kept as undefined (it sizes nothing).
 */
class Attributes {
    file;
    dataspaces;
    wanted;
    globalHeaps;
    /** The name attributeName returned last (most objects repeat the one before's). */
    lastAttributeName = '';
    constructor(file, dataspaces, wanted) {
        this.file = file;
        this.dataspaces = dataspaces;
        this.wanted = wanted;
        this.globalHeaps = new GlobalHeaps(file);
    }
    /**
     * The attributes worth decoding among an object's messages, without a promise when there is
     * none (nearly every object): the name is read first, and most attributes (a weight_names per
     * layer) are not decoded at all.
     */
    of(messages) {
        for (let i = 0; i < messages.length; i++) {
            const message = messages.get(i);
            if (message.type === MSG_ATTRIBUTE && this.wanted(this.attributeName(message)))
                return this.decodeFrom(messages, i);
        }
        return NO_ATTRIBUTES;
    }
    /** Decodes the attributes wanted among messages[from..] (messages[from] being one). */
    async decodeFrom(messages, from) {
        const decoded = new Map();
        for (let i = from; i < messages.length; i++) {
            const message = messages.get(i);
            if (message.type !== MSG_ATTRIBUTE || (i > from && !this.wanted(this.attributeName(message))))
                continue;
            const attribute = await this.parse(message);
            decoded.set(attribute.name, attribute.value);
        }
        return decoded;
    }
    /** An attribute message's name: version, flags, name size (u16 at 2), …, the name at 8 (9 in v3). */
    attributeName(message) {
        const { block, at, size } = message;
        if (size < 8)
            throw (0,io_bytes/* truncatedError */.Jw)(this.file.source.name, message.offset, 8, message.offset + size, 'attribute message');
        const nameSize = block[at + 2] | (block[at + 3] << 8);
        const start = block[at] === 3 ? 9 : 8;
        if (start + nameSize > size)
            throw this.file.fail('attribute name runs past the end of its message', message.offset);
        // Most objects repeat the attribute name of the one before (weight_names on each layer group).
        if (isString(block, at + start, at + start + nameSize, this.lastAttributeName))
            return this.lastAttributeName;
        this.lastAttributeName = shortString(block, at + start, at + start + nameSize);
        return this.lastAttributeName;
    }
    async parse(message) {
        const file = this.file;
        const reader = file.cursor(message.data, message.offset);
        const version = reader.u8();
        reader.u8(); // reserved / flags
        const nameSize = reader.u16();
        const datatypeSize = reader.u16();
        const dataspaceSize = reader.u16();
        if (version === 3)
            reader.u8(); // name character set
        const padded = (n) => (version === 1 ? Math.ceil(n / 8) * 8 : n);
        const nameBytes = reader.bytes(padded(nameSize));
        const name = io_bytes/* UTF8 */.az.decode(nameBytes.subarray(0, nameSize)).replace(/\0+$/, '');
        const typeAt = reader.position;
        const typeBytes = reader.bytes(padded(datatypeSize));
        const spaceAt = reader.position;
        const spaceBytes = reader.bytes(padded(dataspaceSize));
        let value;
        try {
            const type = parseDatatype(file, typeBytes, 0, typeBytes.length, typeAt);
            const shape = this.dataspaces.shape(spaceBytes, 0, spaceBytes.length, spaceAt);
            const count = elementCount(shape);
            const bytes = type.size * count;
            if (bytes > limits/* MAX_HDF5_ATTRIBUTE_VALUE_BYTES */.KV || bytes > reader.remaining)
                return { name, value: undefined };
            const raw = reader.bytes(bytes);
            if (type.vlenString) {
                value = await this.vlenStrings(raw, count, shape.length === 0);
            }
            else
                value = decodeValues(type, count, shape.length === 0, raw);
        }
        catch (error) {
            if (error instanceof errors/* LimitExceededError */.lo)
                throw error;
            value = undefined; // an attribute we cannot decode is not needed to size the file
        }
        return { name, value };
    }
    /** Variable-length strings: each element is (length u32, global heap collection address, object index u32). */
    async vlenStrings(raw, count, scalar) {
        const reader = this.file.cursor(raw, 0);
        const strings = [];
        for (let i = 0; i < count; i++) {
            reader.u32(); // sequence length (bytes, for strings)
            const collection = this.file.address(reader);
            const index = reader.u32();
            if (collection === UNDEFINED_ADDRESS) {
                strings.push('');
                continue;
            }
            const objects = await this.globalHeaps.collection(collection);
            strings.push(io_bytes/* UTF8 */.az.decode(objects.get(index) ?? new Uint8Array(0)));
        }
        return scalar ? strings[0] : strings;
    }
}

;// CONCATENATED MODULE: ./src/formats/hdf5/btree-v1.ts

/**
 * Version 1 B-trees (spec III.A.1): `TREE` nodes of type 0 list an old-style group's symbol table
 * nodes, type 1 a chunked dataset's chunks (layout v1–v3).
 */
/**
 * Walks a version 1 B-tree (node type 0: group nodes, type 1: raw data chunks), calling `leaf`
 * for each child of a level-0 node with that child's key. Levels must decrease and no node is
 * visited twice, so a corrupt or hostile tree ends in an error, not a loop. Iterative, with the
 * nodes to visit on a stack, in the order a recursive walk would visit them.
 */
async function walkBtree1(file, address, dimensions, leaf) {
    const { offsetSize, lengthSize } = file.superblock;
    // Most trees are a single leaf (a group of up to 8 links): the set of visited nodes is made
    // only when a node has children.
    let visited;
    const stack = [{ address, level: undefined }];
    while (stack.length > 0) {
        const { address: nodeAddress, level: expectedLevel } = stack.pop();
        if (visited?.has(nodeAddress))
            throw file.fail('B-tree nodes form a cycle', nodeAddress);
        visited?.add(nodeAddress);
        file.countBtreeNode();
        // TREE: signature, node type, level, entries used (u16), left and right siblings, then keys and children.
        const headSize = 8 + 2 * offsetSize;
        let head = file.locate(nodeAddress, headSize, 'B-tree node');
        if (head instanceof Promise)
            head = await head;
        const h = file.located;
        if (head[h] !== 0x54 || head[h + 1] !== 0x52 || head[h + 2] !== 0x45 || head[h + 3] !== 0x45)
            throw file.fail('B-tree node without its TREE signature', nodeAddress);
        const type = head[h + 4];
        const level = head[h + 5];
        const entries = head[h + 6] | (head[h + 7] << 8);
        if (expectedLevel !== undefined && level !== expectedLevel) {
            throw file.fail(`B-tree node at level ${level} where level ${expectedLevel} was expected`, nodeAddress);
        }
        const keySize = type === 0 ? lengthSize : 8 + 8 * (dimensions + 1);
        const bodySize = entries * (keySize + offsetSize) + keySize;
        file.checkBlock('B-tree node', bodySize);
        let body = file.locate(nodeAddress + headSize, bodySize, 'B-tree node entries');
        if (body instanceof Promise)
            body = await body;
        const first = file.located;
        const base = nodeAddress + headSize - first; // the file offset of body[0], for errors
        const children = [];
        for (let i = 0; i < entries; i++) {
            const at = first + i * (keySize + offsetSize);
            const child = file.addressAt(body, at + keySize, base);
            if (level > 0)
                children.push(child);
            // A chunk key starts with the chunk's stored size (u32).
            else
                leaf(child, type === 1 ? file.uintAt(body, at, 4, base, 'chunk size') : 0);
        }
        if (children.length > 0)
            visited ??= new Set([nodeAddress]);
        // Pushed last child first, so the first child is walked first.
        for (let i = children.length - 1; i >= 0; i--)
            stack.push({ address: children[i], level: level - 1 });
    }
}
/**
 * The children of a group's B-tree when it is one cached leaf node (nearly every group: a leaf
 * lists up to 2K symbol table nodes of 8+ links each), read without the general walk's promise,
 * stack and arrays (2·10^5 groups at 10^5 layers). Anything else (not cached, more levels, a bad
 * signature) is left to walkBtree1, which reads it or reports it.
 */
function singleLeafChildren(file, address) {
    const { offsetSize, lengthSize } = file.superblock;
    // TREE: signature, node type, level, entries used (u16), left and right siblings, then keys and children.
    const headSize = 8 + 2 * offsetSize;
    const head = file.cached(address, headSize);
    if (head === undefined)
        return undefined;
    const h = file.located;
    const isGroupLeaf = head[h] === 0x54 && head[h + 1] === 0x52 && head[h + 2] === 0x45 && head[h + 3] === 0x45 && head[h + 4] === 0 && head[h + 5] === 0;
    if (!isGroupLeaf)
        return undefined;
    const entries = head[h + 6] | (head[h + 7] << 8);
    const entrySize = lengthSize + offsetSize; // a key (heap offset of a name), then a child
    const bodySize = entries * entrySize + lengthSize;
    if (bodySize > limits/* MAX_HDF5_INDEX_BLOCK_BYTES */._H)
        return undefined;
    const body = file.cached(address + headSize, bodySize);
    if (body === undefined)
        return undefined;
    file.countBtreeNode();
    const first = file.located;
    const base = address + headSize - first; // the file offset of body[0], for errors
    const children = new Array(entries);
    for (let i = 0; i < entries; i++)
        children[i] = file.addressAt(body, first + i * entrySize + lengthSize, base);
    return children;
}

;// CONCATENATED MODULE: ./src/formats/hdf5/btree-v2.ts


/**
 * Version 2 B-trees (spec III.A.2): a `BTHD` header, `BTIN` internal and `BTLF` leaf nodes of
 * fixed-size records. Record type 5 indexes a dense group's links by name hash, types 10 and 11 a
 * layout v4 dataset's chunks (plain, filtered).
 */
/**
 * Walks a version 2 B-tree, calling `record` with a reader over each record. Field widths of the
 * child pointers follow from the node size (as H5B2__hdr_init computes them).
 */
async function walkBtree2(file, address, record) {
    const { offsetSize, lengthSize } = file.superblock;
    const head = await file.readAt(address, 16 + offsetSize + 2 + lengthSize, 'v2 B-tree header');
    if (head.utf8(4) !== 'BTHD')
        throw file.fail('v2 B-tree header without its BTHD signature', address);
    head.u8(); // version
    const type = head.u8();
    const nodeSize = head.u32();
    const recordSize = head.u16();
    const depth = head.u16();
    head.skip(2); // split, merge percentages
    const root = file.address(head);
    const rootRecords = head.u16();
    if (depth > limits/* MAX_HDF5_DEPTH */.bP || recordSize === 0 || nodeSize <= 10 + recordSize) {
        throw file.fail(`v2 B-tree with depth ${depth}, node size ${nodeSize} and record size ${recordSize}`, address);
    }
    file.checkBlock('v2 B-tree node', nodeSize);
    // max records per node and the byte widths of the counts, per depth (leaves are depth 0).
    const maxRecords = [Math.floor((nodeSize - 10) / recordSize)];
    const countBytes = [bytesFor(maxRecords[0])];
    const cumulative = [maxRecords[0]];
    const cumulativeBytes = [bytesFor(cumulative[0])];
    for (let d = 1; d <= depth; d++) {
        const pointer = offsetSize + countBytes[d - 1] + (d > 1 ? cumulativeBytes[d - 1] : 0);
        maxRecords[d] = Math.floor((nodeSize - 10) / (recordSize + pointer));
        countBytes[d] = bytesFor(maxRecords[d]);
        cumulative[d] = (maxRecords[d] + 1) * cumulative[d - 1] + maxRecords[d];
        cumulativeBytes[d] = bytesFor(cumulative[d]);
    }
    const visited = new Set();
    const visit = async (nodeAddress, records, level) => {
        if (nodeAddress === UNDEFINED_ADDRESS || records === 0)
            return;
        if (visited.has(nodeAddress))
            throw file.fail('v2 B-tree nodes form a cycle', nodeAddress);
        visited.add(nodeAddress);
        file.countBtreeNode();
        if (records > maxRecords[level])
            throw file.fail(`v2 B-tree node with ${records} records, over its ${maxRecords[level]}`, nodeAddress);
        const node = await file.readAt(nodeAddress, nodeSize, 'v2 B-tree node');
        const signature = node.utf8(4);
        if (signature !== (level === 0 ? 'BTLF' : 'BTIN'))
            throw file.fail(`v2 B-tree node with signature '${signature}' at depth ${level}`, nodeAddress);
        node.skip(2);
        for (let i = 0; i < records; i++) {
            const at = node.position;
            await record(file.cursor(node.bytes(recordSize), at), type);
        }
        if (level === 0)
            return;
        const children = [];
        for (let i = 0; i <= records; i++) {
            const child = file.address(node);
            const count = readSized(node, countBytes[level - 1], 'v2 B-tree child record count');
            if (level > 1)
                node.skip(cumulativeBytes[level - 1]);
            children.push({ address: child, records: count });
        }
        for (const child of children)
            await visit(child.address, child.records, level - 1);
    };
    await visit(root, rootRecords, depth);
}

;// CONCATENATED MODULE: ./src/formats/hdf5/chunk-index.ts





/**
 * Chunk indexes (spec III.A.1, III.A.2, III.H; layout message IV.A.2.i): a v1 B-tree (layout
 * v1–v3), a fixed array or a v2 B-tree (layout v4). Extensible arrays (type 4) are refused by
 * data-layout.ts; single-chunk and implicit indexes need no walk.
 */
/**
 * Sums the chunks listed by a dataset's chunk index (each chunk's stored, possibly filtered,
 * size) into its storage: the first chunk's offset, all chunks' stored bytes.
 */
async function resolveChunks(file, storage, path, index) {
    if (index.address === UNDEFINED_ADDRESS)
        return; // no chunk written yet
    let first = Number.POSITIVE_INFINITY;
    let total = 0;
    let chunks = 0;
    const add = (chunkAddress, chunkSize) => {
        if (chunkAddress === UNDEFINED_ADDRESS)
            return;
        if (chunkAddress + chunkSize > file.source.size) {
            throw file.fail(`a chunk of dataset '${path}' extends beyond the end of the file`, chunkAddress);
        }
        first = Math.min(first, chunkAddress);
        total += chunkSize;
        chunks++;
    };
    if (index.kind === 'btree1')
        await walkBtree1(file, index.address, index.dimensions, add);
    else if (index.kind === 'fixed-array')
        await walkFixedArray(file, index, add);
    else {
        const { offsetSize } = file.superblock;
        await walkBtree2(file, index.address, async (record, type) => {
            const chunkAddress = readAddress(record, offsetSize);
            let size = index.chunkBytes;
            if (type === 11) {
                // Type 11: address, chunk size (the bytes the record has left after the mask and offsets), filter mask, offsets.
                size = readSized(record, record.remaining - 4 - 8 * index.dimensions, 'chunk size');
            }
            add(chunkAddress, size);
        });
    }
    // TensorInfo has one span: the first chunk's offset, all chunks' stored bytes (chunks need not be
    // adjacent: the HDF5 library interleaves them with other objects).
    storage.offset = chunks > 0 ? first : 0;
    storage.byteLength = total;
    storage.chunks = chunks;
}
/** Fixed array chunk index (spec III.H): FAHD header, FADB data block, optionally paged. */
async function walkFixedArray(file, index, add) {
    const { offsetSize, lengthSize } = file.superblock;
    const head = await file.readAt(index.address, 8 + lengthSize + offsetSize, 'fixed array header');
    if (head.utf8(4) !== 'FAHD')
        throw file.fail('fixed array header without its FAHD signature', index.address);
    head.u8(); // version
    const filtered = head.u8() === 1; // client id: 0 plain chunks, 1 filtered chunks (with their sizes)
    const entrySize = head.u8();
    const pageBits = head.u8();
    const entries = file.length(head, 'fixed array entries');
    const dataBlock = file.address(head);
    if (entries > limits/* MAX_HDF5_CHUNKS */.Wj)
        throw new errors/* LimitExceededError */.lo(file.source.name, 'chunks of one HDF5 dataset', entries, limits/* MAX_HDF5_CHUNKS */.Wj);
    if (dataBlock === UNDEFINED_ADDRESS)
        return;
    const pageEntries = 2 ** pageBits;
    const paged = entries > pageEntries;
    const pages = paged ? Math.ceil(entries / pageEntries) : 1;
    const prefix = 6 + offsetSize + (paged ? Math.ceil(pages / 8) : 0);
    const size = paged ? prefix + 4 + entries * entrySize + pages * 4 : prefix + entries * entrySize + 4;
    file.checkBlock('fixed array data block', size);
    const block = await file.readAt(dataBlock, size, 'fixed array data block');
    if (block.utf8(4) !== 'FADB')
        throw file.fail('fixed array data block without its FADB signature', dataBlock);
    // Unpaged: elements follow the prefix; paged: the prefix has its checksum, then each page ends in one.
    let at = paged ? prefix + 4 : prefix;
    for (let i = 0; i < entries; i++) {
        if (paged && i > 0 && i % pageEntries === 0)
            at += 4;
        block.seek(dataBlock + at);
        const chunkAddress = readAddress(block, offsetSize);
        const chunkSize = filtered ? readSized(block, entrySize - offsetSize - 4, 'chunk size') : index.chunkBytes;
        add(chunkAddress, chunkSize);
        at += entrySize;
    }
}

;// CONCATENATED MODULE: ./src/formats/hdf5/data-layout.ts




/**
 * A layout message's storage; `logicalBytes` sizes an unfiltered single chunk, `extent` gives the
 * dimensions an implicit chunk index allocates chunks for.
 */
function parseLayout(file, message, path, logicalBytes, extent) {
    const { offsetSize, lengthSize } = file.superblock;
    const { block, at, size } = message;
    if (block[at] === 3 && block[at + 1] === 1 && size >= 2 + offsetSize + lengthSize) {
        // Version 3 contiguous (version, class, address, size): what h5py writes for every
        // unchunked dataset, read in place rather than through a view and a cursor per dataset.
        const base = message.offset - at;
        return { storage: contiguous(file.addressAt(block, at + 2, base), file.uintAt(block, at + 2 + offsetSize, lengthSize, base, 'contiguous storage size')) };
    }
    const reader = file.cursor(message.data, message.offset);
    const version = reader.u8();
    if (version === 1 || version === 2) {
        const dimensionality = layoutRank(file, reader.u8());
        const layoutClass = reader.u8();
        reader.skip(5);
        const dataAddress = layoutClass !== 0 ? file.address(reader) : UNDEFINED_ADDRESS;
        const dims = [];
        for (let i = 0; i < dimensionality; i++)
            dims.push(reader.u32());
        if (layoutClass === 0) {
            const size = reader.u32();
            return { storage: { layout: 'compact', offset: reader.position, byteLength: size } };
        }
        if (layoutClass === 1) {
            // v1/v2 contiguous: the size is the dims (the last one being the element size) multiplied.
            return { storage: contiguous(dataAddress, elementCount(dims)) };
        }
        return { storage: chunkedPending(), index: { kind: 'btree1', address: dataAddress, dimensions: dimensionality - 1 } };
    }
    // Version 5 (HDF5 2.0, written for filtered chunked datasets under libver latest) has the v4
    // fields; checked on files written by h5wasm 0.10.3.
    if (version >= 3 && version <= 5) {
        const layoutClass = reader.u8();
        if (layoutClass === 0) {
            const size = reader.u16();
            return { storage: { layout: 'compact', offset: reader.position, byteLength: size } };
        }
        if (layoutClass === 1) {
            const dataAddress = file.address(reader);
            return { storage: contiguous(dataAddress, file.length(reader, 'contiguous storage size')) };
        }
        if (layoutClass === 3)
            return { storage: { layout: 'virtual', offset: 0, byteLength: 0 } };
        if (layoutClass !== 2)
            throw file.fail(`unknown data layout class ${layoutClass} for dataset '${path}'`, message.offset);
        if (version === 3) {
            const dimensionality = layoutRank(file, reader.u8());
            const btreeAddress = file.address(reader);
            return { storage: chunkedPending(), index: { kind: 'btree1', address: btreeAddress, dimensions: dimensionality - 1 } };
        }
        const flags = reader.u8();
        const dimensionality = layoutRank(file, reader.u8());
        const encoded = reader.u8();
        if (encoded < 1 || encoded > 8)
            throw file.fail(`chunk dimension sizes of ${encoded} bytes`, message.offset);
        // Chunk dimensions, the last one being the element size (as in v3): their product is a chunk's bytes.
        const chunkDims = new Array(dimensionality);
        let chunkBytes = 1;
        for (let i = 0; i < dimensionality; i++)
            chunkBytes *= chunkDims[i] = readSized(reader, encoded, 'chunk dimension');
        const filtered = (flags & 0x02) !== 0;
        const indexType = reader.u8();
        switch (indexType) {
            case 1: {
                // Single chunk: the whole dataset is one chunk at the index address.
                const size = filtered ? file.length(reader, 'filtered chunk size') : logicalBytes;
                if (filtered)
                    reader.u32(); // filter mask
                const dataAddress = file.address(reader);
                return { storage: { ...contiguous(dataAddress, size), layout: 'chunked', chunks: 1 } };
            }
            case 2: {
                // Implicit: unfiltered chunks allocated back to back, no index, one per cell of the
                // chunk grid: the product of each dimension's ceil(size / chunk size) (H5Dnone.c:
                // max_nchunks), which exceeds ceil(elements / chunk elements) when a dimension is not a
                // multiple of its chunk (a [10, 5] dataset in [4, 2] chunks: 3·3 = 9 chunks, not 7).
                const dataAddress = file.address(reader);
                const chunks = chunkGridCells(extent(), chunkDims);
                return { storage: { ...contiguous(dataAddress, chunks * chunkBytes), layout: 'chunked', chunks } };
            }
            case 3: {
                reader.u8(); // page bits (the header repeats them)
                const address = file.address(reader);
                return { storage: chunkedPending(), index: { kind: 'fixed-array', address, chunkBytes } };
            }
            case 5: {
                reader.skip(6); // node size, split and merge percentages (the header repeats them)
                const address = file.address(reader);
                return { storage: chunkedPending(), index: { kind: 'btree2', address, chunkBytes, dimensions: dimensionality - 1 } };
            }
        }
        throw new errors/* UnsupportedFormatError */.N$(file.source.name, `dataset '${path}' uses HDF5 chunk index type ${indexType} (layout v4${indexType === 4 ? ', extensible array' : ''})`, 'h5py writes it only with libver="latest" and resizable datasets; save with the default libver.');
    }
    throw file.fail(`unknown data layout version ${version} for dataset '${path}'`, message.offset);
}
/** The chunk rank of a layout message (dataset rank + 1 for the element size). */
function layoutRank(file, dimensionality) {
    if (dimensionality > limits/* MAX_DIMS */.VW + 1)
        throw new errors/* LimitExceededError */.lo(file.source.name, 'HDF5 data layout rank', dimensionality, limits/* MAX_DIMS */.VW + 1);
    return dimensionality;
}
/** Chunked storage before its index is walked. */
function chunkedPending() {
    return { layout: 'chunked', offset: 0, byteLength: 0, chunks: 0 };
}
function contiguous(address, size) {
    // An undefined address: the dataset was created but never written (no bytes on disk).
    if (address === UNDEFINED_ADDRESS)
        return { layout: 'contiguous', offset: 0, byteLength: 0 };
    return { layout: 'contiguous', offset: address, byteLength: size };
}
/**
 * Chunks in the grid that covers `extent` with chunks of `chunkDims` (the last of which is the
 * element size): the product of each dimension's ceil(size / chunk size).
 */
function chunkGridCells(extent, chunkDims) {
    let cells = 1;
    for (let i = 0; i < extent.length; i++)
        cells *= Math.ceil(extent[i] / Math.max(1, chunkDims[i] ?? 1));
    return cells;
}

;// CONCATENATED MODULE: ./src/formats/hdf5/fractal-heap.ts


/** A fractal heap's header (`FRHP`). */
async function readFractalHeap(file, address) {
    const { offsetSize: o, lengthSize: l } = file.superblock;
    const size = 4 + 1 + 2 + 2 + 1 + 4 + l + o + l + o + 8 * l + 2 + l + l + 2 + 2 + o + 2;
    const head = await file.readAt(address, size, 'fractal heap header');
    if (head.utf8(4) !== 'FRHP')
        throw file.fail('fractal heap header without its FRHP signature', address);
    head.u8(); // version
    head.u16(); // heap ID length
    const filtersLength = head.u16();
    head.u8(); // flags
    const maxManagedObject = head.u32();
    head.skip(l + o + l + o + 8 * l); // huge objects, free space, managed space counters
    const width = head.u16();
    const startingBlock = file.length(head, 'fractal heap starting block size');
    const maxDirectBlock = file.length(head, 'fractal heap maximum direct block size');
    const maxHeapBits = head.u16();
    head.u16(); // starting rows in the root indirect block
    const root = file.address(head);
    const rows = head.u16();
    if (filtersLength > 0) {
        throw new errors/* UnsupportedFormatError */.N$(file.source.name, 'an HDF5 group whose link heap is compressed (I/O filters on a fractal heap)');
    }
    if (width === 0 || startingBlock === 0 || maxDirectBlock < startingBlock) {
        throw file.fail(`fractal heap with table width ${width} and block sizes ${startingBlock}..${maxDirectBlock}`, address);
    }
    return {
        address,
        width,
        startingBlock,
        maxDirectRows: Math.log2(maxDirectBlock) - Math.log2(startingBlock) + 2,
        root,
        rows,
        offsetBytes: Math.ceil(maxHeapBits / 8),
        lengthBytes: bytesFor(Math.min(maxDirectBlock, maxManagedObject))
    };
}
/** The bytes of a fractal heap object from its heap ID (managed or tiny objects). */
async function heapObject(file, heap, id) {
    const name = file.source.name;
    const reader = file.cursor(id, 0);
    const first = reader.u8();
    const type = (first >> 4) & 0x03;
    if (type === 2)
        return { offset: 0, data: reader.bytes(Math.min(reader.remaining, (first & 0x0f) + 1)) }; // tiny: inline
    if (type !== 0)
        throw new errors/* UnsupportedFormatError */.N$(name, 'an HDF5 link stored as a "huge" fractal heap object');
    const offset = readSized(reader, heap.offsetBytes, 'heap object offset');
    const length = readSized(reader, heap.lengthBytes, 'heap object length');
    let blockAddress = heap.root;
    let blockOffset = 0;
    if (heap.rows > 0) {
        // Root indirect block: row r holds `width` direct blocks of startingBlock·2^max(0, r-1) bytes.
        let row = 0;
        let rowStart = 0;
        const rowBlock = (r) => heap.startingBlock * 2 ** Math.max(0, r - 1);
        while (row < heap.rows && offset >= rowStart + heap.width * rowBlock(row)) {
            rowStart += heap.width * rowBlock(row);
            row++;
        }
        if (row >= heap.rows)
            throw file.fail(`heap object offset ${offset} beyond the fractal heap`, heap.address);
        if (row >= heap.maxDirectRows) {
            throw new errors/* UnsupportedFormatError */.N$(name, 'an HDF5 group whose link heap has nested indirect blocks');
        }
        const column = Math.floor((offset - rowStart) / rowBlock(row));
        blockOffset = rowStart + column * rowBlock(row);
        const { offsetSize } = file.superblock;
        const entryAt = heap.root + 4 + 1 + offsetSize + heap.offsetBytes + (row * heap.width + column) * offsetSize;
        blockAddress = file.address(await file.readAt(entryAt, offsetSize, 'fractal heap indirect block'));
        if (blockAddress === UNDEFINED_ADDRESS)
            throw file.fail(`heap object offset ${offset} in an unallocated block`, entryAt);
    }
    const at = blockAddress + (offset - blockOffset);
    file.checkBlock('fractal heap object', length);
    return { offset: at, data: await file.bytesAt(at, length, 'fractal heap object') };
}

;// CONCATENATED MODULE: ./src/formats/hdf5/links.ts




/**
 * The links of one group, in order, and how many of them the walk has taken. A link's path is
 * made only when the walk takes it, and its name is then dropped: with the paths of all 10^5
 * links of a big group made up front, and four arrays of 10^5 slots that a stack's pops never
 * shrink, a 10^5-layer walk kept ~10 MB of pending links, 3.7 MB of it to the end.
 */
class GroupLinks {
    prefix;
    depth;
    names = [];
    /** Object header addresses, parallel to `names` (a double array: addresses are unboxed). */
    addresses = [];
    /** Links added (the arrays are sized by `reserve`, not grown by push, for most groups). */
    count = 0;
    taken = 0;
    constructor(
    /** The group's path and a slash ('' for the root's links): a link's path is prefix + name. */
    prefix, 
    /** Depth of the linked objects. */
    depth) {
        this.prefix = prefix;
        this.depth = depth;
    }
    /**
     * Sizes the arrays for a group's first symbol table node: an array's first push reserves 17
     * slots, so two pushed arrays per group (2·10^5 groups, most with one or two links) were a
     * tenth of what a walk allocated.
     */
    reserve(links) {
        if (this.count > 0 || links === 0)
            return;
        this.names = new Array(links);
        this.addresses = new Array(links);
    }
    add(name, address) {
        if (this.count < this.names.length) {
            this.names[this.count] = name;
            this.addresses[this.count] = address;
        }
        else {
            this.names.push(name);
            this.addresses.push(address);
        }
        this.count++;
    }
}
/** A link message (spec IV.A.2.g): the hard link it holds, or undefined (soft, external, unresolved) after a warning. */
function parseLink(file, message) {
    const reader = file.cursor(message.data, message.offset);
    reader.u8(); // version
    const flags = reader.u8();
    const linkType = (flags & 0x08) !== 0 ? reader.u8() : 0;
    if ((flags & 0x04) !== 0)
        reader.skip(8); // creation order
    if ((flags & 0x10) !== 0)
        reader.u8(); // charset
    const nameLength = readSized(reader, 1 << (flags & 0x03), 'link name length');
    const name = reader.utf8(nameLength);
    if (linkType !== 0) {
        skipLink(file, linkType === 1 ? 'soft' : 'external', name);
        return undefined;
    }
    const address = file.address(reader);
    if (address === UNDEFINED_ADDRESS) {
        skipLink(file, 'unresolved', name);
        return undefined;
    }
    return { name, address };
}
/**
 * A link the walk does not follow: soft and external links name a path, not an object header
 * (their target, if in this file, is walked under its own name); a hard link to the undefined
 * address points at no object at all.
 */
function skipLink(file, kind, name) {
    file.warnings.push(kind === 'unresolved' ? `HDF5 link '${name}' points at the undefined address (no object) and was skipped` : `HDF5 ${kind} link '${name}' was not followed`);
}
/**
 * Links of a new-style group in dense storage (spec IV.A.2.c, III.G, III.A.2): the link info
 * message names a fractal heap holding the link messages and a v2 B-tree (record type 5:
 * name hash, heap ID) indexing them by name. Groups with few links keep them as link messages
 * in the header instead (then the heap address is undefined).
 */
async function denseLinks(file, message, sink) {
    const reader = file.cursor(message.data, message.offset);
    reader.u8(); // version
    const flags = reader.u8();
    if ((flags & 0x01) !== 0)
        reader.skip(8); // max creation index
    const heapAddress = file.address(reader);
    const nameIndex = file.address(reader);
    if (heapAddress === UNDEFINED_ADDRESS || nameIndex === UNDEFINED_ADDRESS)
        return;
    const heap = await readFractalHeap(file, heapAddress);
    await walkBtree2(file, nameIndex, async (record) => {
        record.u32(); // name hash
        const object = await heapObject(file, heap, record.bytes(record.remaining));
        const link = parseLink(file, Message.of(MSG_LINK, object.offset, object.data));
        if (link)
            sink.add(link.name, link.address);
    });
}

// EXTERNAL MODULE: ./src/formats/hdf5/signature.ts
var signature = __webpack_require__(6530);
;// CONCATENATED MODULE: ./src/formats/hdf5/superblock.ts



/**
 * The superblock (spec II.A): where the file's addresses start, how wide its address and length
 * fields are, and where the root group's object header is.
 */
/**
 * Where the superblock is: HDF5 looks for its signature at byte 0, then at 512, 1024, 2048, … (a
 * user block of a power-of-two size from 512 comes first; spec II.A "Superblock"). The search stops
 * at the end of the file, so it reads at most ~40 signatures.
 */
async function findSuperblock(source) {
    for (let at = 0; at + 8 <= source.size; at = at === 0 ? signature/* USER_BLOCK_MIN */.vG : at * 2) {
        if ((0,signature/* hasHdf5Signature */.Aj)(await source.read(at, 8)))
            return at;
    }
    throw new errors/* FormatError */.IF(source.name, `not an HDF5 file: the signature \\x89HDF\\r\\n\\x1a\\n is missing at byte 0 and at 512, 1024, … (where a user block would end)`, {
        offset: 0
    });
}
/** Superblock versions 0–3, read from the start of `file`'s source (where the superblock is). */
async function readSuperblock(file) {
    const { source } = file;
    const name = source.name;
    const head = await file.bytesAt(0, Math.min(source.size, 8), 'HDF5 signature');
    if (!(0,signature/* hasHdf5Signature */.Aj)(head)) {
        throw new errors/* FormatError */.IF(name, 'not an HDF5 file: the signature \\x89HDF\\r\\n\\x1a\\n is missing', { offset: 0 });
    }
    const needAtLeast = (bytes, version) => {
        if (source.size < bytes) {
            throw new errors/* FormatError */.IF(name, `truncated HDF5 superblock (version ${version}): needs ${bytes} bytes, the file has ${source.size}`, {
                offset: source.size,
                fix: 'The file is truncated; re-save or re-download it.'
            });
        }
    };
    needAtLeast(10, -1);
    const version = (await file.readAt(8, 1, 'superblock version')).u8();
    if (version === 0 || version === 1) {
        // Fixed part up to the sizes: 16 bytes (+4 in v1), then 4 addresses and the root symbol-table entry.
        const prefix = await file.readAt(0, Math.min(source.size, 24), 'superblock');
        needAtLeast(16, version);
        prefix.seek(13);
        const offsetSize = prefix.u8();
        const lengthSize = prefix.u8();
        checkSizes(name, offsetSize, lengthSize);
        const fixed = 24 + (version === 1 ? 4 : 0);
        const total = fixed + 4 * offsetSize + (2 * offsetSize + 8 + 16);
        needAtLeast(total, version);
        const reader = await file.readAt(0, total, 'superblock');
        reader.seek(fixed);
        const baseAddress = readAddress(reader, offsetSize);
        readAddress(reader, offsetSize); // free-space info
        const endOfFile = readAddress(reader, offsetSize);
        readAddress(reader, offsetSize); // driver info
        readAddress(reader, offsetSize); // root entry: link name offset
        const rootAddress = readAddress(reader, offsetSize);
        checkBase(file, baseAddress, endOfFile);
        return { version, offsetSize, lengthSize, rootAddress };
    }
    if (version === 2 || version === 3) {
        needAtLeast(11, version);
        const sizes = await file.readAt(9, 2, 'superblock');
        const offsetSize = sizes.u8();
        const lengthSize = sizes.u8();
        checkSizes(name, offsetSize, lengthSize);
        const total = 12 + 4 * offsetSize + 4;
        needAtLeast(total, version);
        const reader = await file.readAt(12, 4 * offsetSize, 'superblock');
        const baseAddress = readAddress(reader, offsetSize);
        readAddress(reader, offsetSize); // superblock extension
        const endOfFile = readAddress(reader, offsetSize);
        const rootAddress = readAddress(reader, offsetSize);
        checkBase(file, baseAddress, endOfFile);
        return { version, offsetSize, lengthSize, rootAddress };
    }
    throw new errors/* UnsupportedFormatError */.N$(name, `HDF5 superblock version ${version}`, 'Versions 0 to 3 are read.');
}
/**
 * Addresses are relative to the base address, which the library writes as the superblock's own
 * position and, when a file says otherwise, corrects to it (H5Fsuper.c, H5F__super_read): so the
 * walk reads from the superblock whatever the field holds. The end-of-file address is absolute.
 */
function checkBase(file, _baseAddress, endOfFile) {
    const fileSize = file.source.size + file.userBlock;
    if (endOfFile !== UNDEFINED_ADDRESS && endOfFile > fileSize) {
        throw new errors/* FormatError */.IF(file.source.name, `truncated HDF5 file: the superblock says it ends at byte ${endOfFile}, but it has ${fileSize} bytes`, {
            offset: fileSize,
            fix: 'The file is truncated; re-save or re-download it.'
        });
    }
}
function checkSizes(file, offsetSize, lengthSize) {
    for (const [what, size] of [
        ['size of offsets', offsetSize],
        ['size of lengths', lengthSize]
    ]) {
        if (![2, 4, 8].includes(size)) {
            throw new errors/* FormatError */.IF(file, `invalid HDF5 superblock: ${what} is ${size} (expected 2, 4 or 8)`, { offset: 13 });
        }
    }
}

;// CONCATENATED MODULE: ./src/formats/hdf5/symbol-table.ts






/**
 * Old-style groups (spec III.B–III.D, IV.A.2.r), what h5py writes by default: the symbol table
 * message names a v1 B-tree of `SNOD` symbol table nodes and a local heap (`HEAP`) holding the
 * link names. Nearly every group is read from the cache without a promise: its heap, a one-leaf
 * B-tree and one node sit right after its header.
 */
/** Symbol table entry cache type of a soft link (spec III.C): the link value is in the local heap. */
const SOFT_LINK_CACHE_TYPE = 2;
/**
 * Links of an old-style group, without a promise when the whole group (heap, a one-leaf B-tree,
 * one symbol table node) is cached: the case of nearly every group, read right after its header.
 */
function symbolTableLinks(file, message, sink) {
    const { offsetSize } = file.superblock;
    if (message.size < 2 * offsetSize)
        throw file.fail('symbol table message shorter than its two addresses', message.offset);
    const { block, at } = message;
    const btreeAddress = file.addressAt(block, at, message.offset - at);
    const heapAddress = file.addressAt(block, at + offsetSize, message.offset - at);
    const heap = readLocalHeap(file, heapAddress);
    if (heap instanceof Promise)
        return readSymbolTableLinks(file, btreeAddress, heapAddress, heap, undefined, sink);
    const nodes = singleLeafChildren(file, btreeAddress);
    if (nodes?.length === 1 && cachedSymbolNodeLinks(file, nodes[0], heap, heapAddress, sink))
        return;
    return readSymbolTableLinks(file, btreeAddress, heapAddress, heap, nodes, sink);
}
/** The links of one symbol table node if its bytes are cached (then true); false leaves it to readSymbolTableLinks. */
function cachedSymbolNodeLinks(file, node, heap, heapAddress, sink) {
    const { offsetSize } = file.superblock;
    const head = file.cached(node, 8);
    if (head === undefined)
        return false;
    const h = file.located;
    if (head[h] !== 0x53 || head[h + 1] !== 0x4e || head[h + 2] !== 0x4f || head[h + 3] !== 0x44)
        return false; // reported by the full read
    const count = head[h + 6] | (head[h + 7] << 8);
    const entrySize = 2 * offsetSize + 8 + 16;
    const entries = file.cached(node + 8, count * entrySize);
    if (entries === undefined)
        return false;
    symbolNodeLinks(file, node, entries, file.located, count, heap, heapAddress, sink);
    return true;
}
/** A symbol table node's `count` entries at entries[first…]: each a link name offset in the heap, then the object header address. */
function symbolNodeLinks(file, node, entries, first, count, heap, heapAddress, sink) {
    const { offsetSize } = file.superblock;
    const entrySize = 2 * offsetSize + 8 + 16;
    const base = node + 8 - first; // the file offset of entries[0], for errors
    sink.reserve(count);
    for (let i = 0; i < count; i++) {
        // Entry: link name offset (in the local heap), object header address, cache type, scratch.
        const at = first + i * entrySize;
        const nameOffset = file.uintAt(entries, at, offsetSize, base, 'link name offset');
        const name = heapString(heap, nameOffset, file.source.name, heapAddress);
        const address = file.addressAt(entries, at + offsetSize, base);
        if (address === UNDEFINED_ADDRESS) {
            // A soft link (cache type 2: its target path is in the heap) has no object header.
            const cacheType = file.uintAt(entries, at + 2 * offsetSize, 4, base, 'symbol table entry cache type');
            skipLink(file, cacheType === SOFT_LINK_CACHE_TYPE ? 'soft' : 'unresolved', name);
            continue;
        }
        sink.add(name, address);
    }
}
/** Links of an old-style group: a v1 B-tree of SNOD nodes whose names live in a local heap. */
async function readSymbolTableLinks(file, btreeAddress, heapAddress, heapRead, leafChildren, sink) {
    const heap = heapRead instanceof Promise ? await heapRead : heapRead;
    const { offsetSize } = file.superblock;
    let nodes = leafChildren ?? singleLeafChildren(file, btreeAddress);
    if (nodes === undefined) {
        const all = [];
        await walkBtree1(file, btreeAddress, 0, (childAddress) => all.push(childAddress));
        nodes = all;
    }
    const entrySize = 2 * offsetSize + 8 + 16;
    for (const node of nodes) {
        // SNOD: signature, version, reserved, entry count (u16), then the entries.
        let head = file.locate(node, 8, 'symbol table node');
        if (head instanceof Promise)
            head = await head;
        const h = file.located;
        if (head[h] !== 0x53 || head[h + 1] !== 0x4e || head[h + 2] !== 0x4f || head[h + 3] !== 0x44) {
            throw file.fail('symbol table node without its SNOD signature', node);
        }
        const count = head[h + 6] | (head[h + 7] << 8);
        let entries = file.locate(node + 8, count * entrySize, 'symbol table entries');
        if (entries instanceof Promise)
            entries = await entries;
        symbolNodeLinks(file, node, entries, file.located, count, heap, heapAddress, sink);
    }
}
/** A group's local heap (its link names), without a promise when its bytes are cached. */
function readLocalHeap(file, address) {
    const { offsetSize, lengthSize } = file.superblock;
    // HEAP: signature, version, reserved (3), data segment size, free list offset, data address.
    const head = file.locate(address, 8 + 2 * lengthSize + offsetSize, 'local heap');
    if (head instanceof Promise)
        return readLocalHeapData(file, address, head);
    return localHeapData(file, address, head, file.located);
}
/** readLocalHeap once its header is read (apart, for the reason Hdf5File.locateRead is). */
async function readLocalHeapData(file, address, head) {
    const bytes = await head;
    return localHeapData(file, address, bytes, file.located);
}
/** The data segment of the local heap whose header is at `head[h]`. */
function localHeapData(file, address, head, h) {
    const { lengthSize } = file.superblock;
    if (head[h] !== 0x48 || head[h + 1] !== 0x45 || head[h + 2] !== 0x41 || head[h + 3] !== 0x50)
        throw file.fail('local heap without its HEAP signature', address);
    const size = file.uintAt(head, h + 8, lengthSize, address - h, 'local heap size');
    const dataAddress = file.addressAt(head, h + 8 + 2 * lengthSize, address - h);
    if (size > limits/* MAX_HDF5_HEAP_BYTES */.s4)
        throw new errors/* LimitExceededError */.lo(file.source.name, 'HDF5 local heap size', size, limits/* MAX_HDF5_HEAP_BYTES */.s4);
    return file.bytesAt(dataAddress, size, 'local heap data');
}
/** The NUL-terminated name at `offset` of a local heap's data. */
function heapString(heap, offset, file, heapAddress) {
    if (offset >= heap.length)
        throw new errors/* FormatError */.IF(file, `link name offset ${offset} outside the local heap`, { offset: heapAddress });
    // A loop, not heap.indexOf: names are a few bytes, and the builtin's call costs more than the scan.
    let end = offset;
    while (end < heap.length && heap[end] !== 0)
        end++;
    return shortString(heap, offset, end);
}

;// CONCATENATED MODULE: ./src/formats/hdf5/walker.ts














/**
 * A metadata-only HDF5 reader: superblock, object headers, group links and the few messages that
 * say where a dataset's bytes are (dataspace, datatype, data layout). It never reads a dataset's
 * payload, so its cost follows the number of objects, not the size of the weights
 * (bench/hdf5-approach.ts compares it with h5wasm).
 *
 * Byte layouts are from the HDF5 File Format Specification v3 (`HDFGroup/hdf5:doxygen/dox/FileFormatSpec*`,
 * "Level 0/1/2"), cross-checked against netron's reader (`lutzroeder/netron:source/hdf5.js`) and
 * the real Keras files in fixtures/real/keras. Each level of the spec has its file: superblock.ts,
 * object-header.ts, symbol-table.ts / links.ts / fractal-heap.ts (groups), btree-v1.ts and
 * btree-v2.ts, dataspace.ts / datatype.ts / data-layout.ts / chunk-index.ts (datasets),
 * attributes.ts / global-heap.ts; file.ts reads bytes for all of them.
 *
 * Supported: superblock v0–v3, object headers v1 and v2 (with continuation blocks), old-style
 * groups (symbol table: v1 B-tree + local heap + SNOD nodes), new-style groups (link messages,
 * and dense storage in a fractal heap indexed by a v2 B-tree), attributes v1–v3 (fixed-length
 * string and numeric values are decoded), data layout v1–v5 (compact, contiguous, chunked through
 * a v1 B-tree, a fixed array, a v2 B-tree, single-chunk and implicit indexes). Extensible-array
 * chunk indexes and huge or filtered link heaps are rejected with an UnsupportedFormatError: h5py
 * writes none of them with its default settings, which is what Keras uses.
 */
/**
 * Reads the whole tree of groups and datasets below the root group, metadata only. A file with a
 * user block (superblock at 512, 1024, …) is walked through a window that starts at the superblock,
 * where its addresses start; dataset spans are given as offsets in `source` all the same.
 */
async function readHdf5Tree(source, options = {}) {
    const superblockAt = await findSuperblock(source);
    if (superblockAt === 0)
        return new Hdf5Walker(source, options, 0).walk();
    return new Hdf5Walker(new io_bytes/* SpanSource */.sR(source, superblockAt, source.size - superblockAt, source.name), options, superblockAt).walk();
}
class Hdf5Walker {
    file;
    headers;
    dataspaces;
    attributes;
    objectsSeen = 0;
    /**
     * Every object walked, by header address: WALKED_GROUP or WALKED_DATASET. One table (one lookup
     * per link) for the two questions a link asks: a group already walked (a cycle), a dataset
     * already listed (a second hard link).
     */
    walked = new AddressTable();
    tree;
    onGroup;
    onDataset;
    constructor(source, options, userBlock) {
        this.file = new Hdf5File(source, userBlock);
        this.headers = new ObjectHeaders(this.file);
        this.dataspaces = new Dataspaces(this.file);
        this.attributes = new Attributes(this.file, this.dataspaces, options.decodeAttribute ?? (() => true));
        this.tree = { groups: [], datasets: [], warnings: this.file.warnings };
        this.onGroup = options.onGroup ?? ((group) => this.tree.groups.push(group));
        const onDataset = options.onDataset ?? ((dataset) => this.tree.datasets.push(dataset));
        // Spans are found as addresses (relative to the superblock); callers get offsets in the file.
        this.onDataset = userBlock === 0 ? onDataset : (dataset) => onDataset(shiftedBy(dataset, userBlock));
    }
    async walk() {
        this.file.superblock = await readSuperblock(this.file);
        await this.walkObjects(this.file.superblock.rootAddress);
        return this.tree;
    }
    /**
     * Walks every object below the root, depth first, each group's links in order. A loop over a
     * stack of groups' links rather than a recursion: one async frame for the whole walk, not one
     * per object (10^5-layer models have 3·10^5 objects).
     */
    async walkObjects(rootAddress) {
        const file = this.file;
        const root = new GroupLinks('', 0);
        root.add('', rootAddress);
        const pending = [root];
        while (pending.length > 0) {
            // Between objects the walk holds no view into the cache (what it keeps is decoded): the
            // blocks evicted while reading the last object can be refilled.
            file.window.recycle();
            const links = pending[pending.length - 1];
            const taken = links.taken++;
            // A group whose links are all taken leaves the stack as its last link is walked.
            if (links.taken === links.count)
                pending.pop();
            const address = links.addresses[taken];
            const name = links.names[taken];
            links.names[taken] = '';
            const path = links.prefix + name;
            const depth = links.depth;
            if (depth > limits/* MAX_HDF5_DEPTH */.bP)
                throw new errors/* LimitExceededError */.lo(file.source.name, 'HDF5 group nesting depth', depth, limits/* MAX_HDF5_DEPTH */.bP);
            const known = this.walked.get(address);
            if (known === WALKED_GROUP)
                continue; // a hard link back to a group already walked (a cycle)
            // Each object once; a second hard link to a dataset counts too, as it is parsed again.
            if (++this.objectsSeen > limits/* MAX_HDF5_OBJECTS */.WY) {
                throw new errors/* LimitExceededError */.lo(file.source.name, 'number of HDF5 objects', this.objectsSeen, limits/* MAX_HDF5_OBJECTS */.WY);
            }
            let messages = this.headers.read(address);
            if (messages instanceof Promise)
                messages = await messages;
            let attributes = this.attributes.of(messages);
            if (attributes instanceof Promise)
                attributes = await attributes;
            if (known === WALKED_DATASET || messages.has(MSG_LAYOUT)) {
                // A second hard link to one dataset (rare) is parsed again from its header, rather than
                // every dataset being kept for it: same address and storage, listed under both names,
                // its bytes counted once (linkedAgain).
                const linkedAgain = known === WALKED_DATASET;
                const { dataset, index } = this.parseDataset(path, address, messages, attributes, linkedAgain);
                if (index)
                    await resolveChunks(file, dataset.storage, path, index);
                this.checkInside(dataset);
                if (linkedAgain)
                    dataset.linkedAgain = true;
                this.walked.set(address, WALKED_DATASET);
                this.onDataset(dataset);
                continue;
            }
            this.walked.set(address, WALKED_GROUP);
            const groupLinks = new GroupLinks(path === '' ? '' : `${path}/`, depth + 1);
            for (let i = 0; i < messages.length; i++) {
                const message = messages.get(i);
                if (message.type === MSG_SYMBOL_TABLE) {
                    const reading = symbolTableLinks(file, message, groupLinks);
                    if (reading)
                        await reading;
                }
                else if (message.type === MSG_LINK) {
                    const link = parseLink(file, message);
                    if (link)
                        groupLinks.add(link.name, link.address);
                }
                else if (message.type === MSG_LINK_INFO)
                    await denseLinks(file, message, groupLinks);
            }
            // GroupLinks.names has exactly `count` names (reserved for the first node, pushed after).
            this.onGroup({ path, name, depth, attributes }, groupLinks.names);
            if (groupLinks.count > 0)
                pending.push(groupLinks);
        }
    }
    /** A dataset from its header's messages; chunked storage is final once its `index` is resolved. */
    parseDataset(path, address, messages, attributes, linkedAgain) {
        const file = this.file;
        // The first message of each type, in one pass (this runs once per dataset).
        let dataspace;
        let datatype;
        let layout;
        let external = false;
        for (let i = 0; i < messages.length; i++) {
            const message = messages.get(i);
            if (message.type === MSG_DATASPACE)
                dataspace ??= message;
            else if (message.type === MSG_DATATYPE)
                datatype ??= message;
            else if (message.type === MSG_LAYOUT)
                layout ??= message;
            else if (message.type === MSG_EXTERNAL_FILES)
                external = true;
        }
        // Dataspace and datatype are read in place in the header block.
        const shape = dataspace ? this.dataspaces.shape(dataspace.block, dataspace.at, dataspace.at + dataspace.size, dataspace.offset) : [];
        const type = datatype ? parseDatatype(file, datatype.block, datatype.at, datatype.at + datatype.size, datatype.offset) : { dtype: 'unknown', size: 0 };
        // The chunk grid of an implicit index spans the maximum dimensions (read only for one).
        const extent = () => (dataspace && this.dataspaces.maxDimensions(dataspace)) ?? shape;
        const { storage, index } = parseLayout(file, layout, path, elementCount(shape) * type.size, extent);
        if (external) {
            if (!linkedAgain)
                file.warnings.push(`dataset '${path}' stores its data in external files, which are not counted`);
            storage.layout = 'external';
            storage.byteLength = 0;
        }
        const dataset = { path, address, dtype: type.dtype, shape, storage, attributes };
        return { dataset, index };
    }
    checkInside(dataset) {
        const { offset, byteLength } = dataset.storage;
        if (offset + byteLength > this.file.source.size) {
            throw this.file.fail(`dataset '${dataset.path}' claims bytes ${offset}..${offset + byteLength}, beyond the end of the file`, offset);
        }
    }
}
/** A dataset whose storage offset moves by `by` bytes (a user block before the superblock). */
function shiftedBy(dataset, by) {
    dataset.storage.offset += by;
    return dataset;
}

;// CONCATENATED MODULE: ./src/formats/hdf5/index.ts
/** The HDF5 walker, as other readers use it (keras/ reads Keras files through it). */




/***/ }),

/***/ 3670:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A7: () => (/* binding */ KerasClassifier),
/* harmony export */   vh: () => (/* binding */ isLayoutAttribute)
/* harmony export */ });
/* unused harmony exports classifyKerasTree, stringList */
/* harmony import */ var _core_classify_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8193);
/* harmony import */ var _core_rules_keras_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8929);
/* harmony import */ var _keras3_layout_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9661);



/**
 * The attributes the layout reads, which readers ask the walk to decode (Hdf5ReadOptions.decodeAttribute):
 * `layer_names`/`layer_namesN` on the weights root, `name` on `optimizer/vars`, `dtype` on
 * bfloat16 datasets, and the two version strings. Every other attribute (`weight_names` on each
 * layer group, `model_config`, `training_config`, …) is skipped after its name: decoding it would
 * cost a string array per layer of a 10^5-layer model and change no byte's category.
 */
const LAYOUT_ATTRIBUTES = /^(layer_names\d*|dtype|keras_version|backend|name)$/;
function isLayoutAttribute(name) {
    return LAYOUT_ATTRIBUTES.test(name);
}
/**
 * Gives each dataset of `tree` its evidence. `file` and `base` place the payload spans in the
 * checkpoint file (`base` is where the HDF5 file starts inside a `.keras` archive).
 */
function classifyKerasTree(tree, file, base, config) {
    const classifier = new KerasClassifier(file, base, config);
    const linkNames = new Map();
    for (const { path } of [...tree.groups, ...tree.datasets]) {
        if (path === '')
            continue;
        const slash = path.lastIndexOf('/');
        const parent = slash < 0 ? '' : path.slice(0, slash);
        linkNames.set(parent, [...(linkNames.get(parent) ?? []), path.slice(slash + 1)]);
    }
    for (const group of tree.groups)
        classifier.group(group, linkNames.get(group.path) ?? []);
    for (const dataset of tree.datasets)
        classifier.dataset(dataset);
    return classifier.finish();
}
/**
 * classifyKerasTree as the walk goes (readHdf5Tree's onGroup / onDataset): each dataset becomes
 * its TensorInfo as soon as the layout is known, so a 10^5-layer file never holds its whole tree
 * next to the tensor list. Only groups up to depth 2 are kept: every group the layout reads is
 * one (the root, `model_weights`, `layers`, `optimizer/vars`, the layer groups).
 *
 * A `model_weights` group decides the layout the moment the walk reaches it (detectLayout checks
 * it first; it is what `model.save('x.h5')` writes). Any other layout depends on the whole file
 * (Keras 3 counts each layer's variables), so its datasets wait for `finish`.
 */
class KerasClassifier {
    file;
    base;
    config;
    layout;
    groups = [];
    /**
     * Per kept group (parallel to `groups`), the name of its depth-1 ancestor ('' for the root and
     * depth-1 groups). Groups arrive depth first (a group, then everything below it, then its next
     * sibling), so a depth-2 group's parent is the last depth-1 group met. With it the layer lists
     * compare short link names, not 10^5 full paths (each test of which flattens a path string).
     */
    parents = [];
    topGroup = '';
    /**
     * The legacy check of layer groups against `model_weights`' layer_names, done when the group
     * decides the layout, from its link names: those layer_names leaves out (nearly always none)
     * are kept, and each that the walk then meets as a group (not a dataset, not a link to a group
     * already walked) is an unlisted layer group. At 10^5 layers, keeping every layer group's name,
     * or layer_names, to the end of the read was 4 MB live when the heap is at its fullest.
     */
    legacyLayerCount = 0;
    unlistedLinks;
    unlistedLayerGroups = [];
    /** Datasets met before the layout is known, in walk order. */
    waiting = [];
    weightsRoot = '';
    varsCount = new Map();
    tensors = [];
    /** The header address of each tensor's dataset (an array of doubles, parallel to `tensors`). */
    addresses = [];
    /** Addresses linked under more than one name. */
    shared = new Set();
    /** The first dataset under `optimizer_weights/` (legacy layouts name the optimizer there). */
    firstOptimizerPath;
    /** One evidence array per statement (role, source, detail), shared by the datasets it is about. */
    evidenceByStatement = new Map();
    constructor(file, base, config) {
        this.file = file;
        this.base = base;
        this.config = config;
    }
    /** A group and the names of its links (readHdf5Tree's onGroup). */
    group(group, linkNames) {
        if (group.depth > 2)
            return;
        if (group.depth === 1)
            this.topGroup = group.name;
        if (group.depth === 2 && this.layout === 'keras-legacy-model' && this.topGroup === 'model_weights') {
            if (this.unlistedLinks?.has(group.name) && !isLegacyNonLayerGroup(group.name))
                this.unlistedLayerGroups.push(group.name);
            return;
        }
        const decidesLegacy = this.layout === undefined && group.depth === 1 && group.path === 'model_weights';
        if (decidesLegacy) {
            const layerNames = stringList(group, 'layer_names');
            this.legacyLayerCount = layerNames.length;
            const unlisted = layerNames.length > 0 ? namesMissingFrom(linkNames, layerNames) : [];
            if (unlisted.length > 0)
                this.unlistedLinks = new Set(unlisted);
        }
        // Once checked, `model_weights`' layer_names are not kept in its attributes.
        this.groups.push(decidesLegacy ? { ...group, attributes: new Map() } : group);
        this.parents.push(group.depth === 2 ? this.topGroup : '');
        if (decidesLegacy)
            this.decide('keras-legacy-model');
    }
    dataset(dataset) {
        if (dataset.linkedAgain)
            this.shared.add(dataset.address);
        if (this.layout === undefined)
            this.waiting.push(dataset);
        else
            this.place(dataset);
    }
    finish() {
        const layout = this.layout ?? detectLayout(this.groups, this.waiting);
        if (this.layout === undefined)
            this.decide(layout);
        const { tensors, file } = this;
        // Only a dataset linked under two names needs a key to be counted once; 10^5 keys for
        // datasets linked once would be strings that change no sum.
        if (this.shared.size > 0) {
            for (let i = 0; i < tensors.length; i++)
                if (this.shared.has(this.addresses[i]))
                    tensors[i].storageKey = `${file}#hdf5@${this.addresses[i]}`;
        }
        const warnings = [];
        if (layout === 'plain-hdf5') {
            if (tensors.length > 0) {
                warnings.push('no Keras layout (model_weights/, layers/, optimizer/ groups or a layer_names attribute): ' +
                    'this looks like plain HDF5 data; its datasets are reported as unclassified');
            }
            return { layout, classifiedBy: 'name-rules', tensors, warnings, categoryNotes: {}, layerCount: 0 };
        }
        let layerCount;
        if (layout === 'keras3-weights') {
            layerCount = this.groups.filter((g, i) => g.depth === 2 && this.parents[i] === 'layers').length;
        }
        else if (layout === 'keras-legacy-model') {
            // Layer groups under `model_weights` were checked as the walk met them.
            layerCount = this.legacyLayerCount;
            warnUnlisted(warnings, this.unlistedLayerGroups);
        }
        else {
            // save_weights files: the layer groups are the root's children.
            const layerNames = stringList(findGroup(this.groups, ''), 'layer_names');
            const layerGroups = this.groups.filter((g) => g.depth === 1 && !isLegacyNonLayerGroup(g.name)).map((g) => g.name);
            warnUnlisted(warnings, layerNames.length > 0 ? namesMissingFrom(layerGroups, layerNames) : []);
            layerCount = layerNames.length;
        }
        const unclassified = tensors.filter((t) => t.evidence?.length === 0).length;
        if (unclassified > 0)
            warnings.push(`${unclassified} dataset(s) outside the Keras weight and optimizer groups are unclassified`);
        const optimizer = layout === 'keras3-weights' ? keras3OptimizerName(this.groups) : legacyOptimizerName(this.firstOptimizerPath);
        return { layout, classifiedBy: 'dict-layout', tensors, warnings, categoryNotes: notes(tensors, layerCount, optimizer), layerCount };
    }
    /** Fixes the layout and places the datasets that waited for it. */
    decide(layout) {
        this.layout = layout;
        this.weightsRoot = layout === 'keras-legacy-model' ? 'model_weights' : '';
        if (layout === 'keras3-weights')
            this.varsCount = (0,_keras3_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .countVarsPerGroup */ .eg)(this.waiting);
        const waiting = this.waiting;
        this.waiting = [];
        for (const dataset of waiting)
            this.place(dataset);
    }
    place(dataset) {
        this.tensors.push({
            name: dataset.path,
            // Keras stores bfloat16 as 16-bit data with this attribute.
            dtype: dataset.attributes.get('dtype') === 'bfloat16' ? 'bfloat16' : dataset.dtype,
            shape: dataset.shape,
            file: this.file,
            offset: this.base + dataset.storage.offset,
            byteLength: dataset.storage.byteLength,
            evidence: this.evidenceFor(dataset)
        });
        this.addresses.push(dataset.address);
    }
    /** The statement the layout makes about a dataset, as shared evidence (chunked datasets say so in the detail). */
    evidenceFor(dataset) {
        const statement = this.statementOf(dataset.path);
        if (!statement)
            return NO_EVIDENCE;
        // Evidence arrays (shared constants, name rules) hold objects; a statement starts with its role.
        const given = typeof statement[0] === 'string' ? undefined : statement;
        const chunks = chunkCount(dataset);
        if (given && chunks === undefined)
            return given;
        const [role, source, detail] = given ? [given[0].role, given[0].source, given[0].detail] : statement;
        const shown = chunks === undefined ? detail : `${detail}; ${chunks} chunks, counted by their stored sizes`;
        const key = `${role}\0${source}\0${shown}`;
        let evidence = this.evidenceByStatement.get(key);
        if (!evidence)
            this.evidenceByStatement.set(key, (evidence = (0,_core_classify_js__WEBPACK_IMPORTED_MODULE_0__/* .evidenceOf */ .X1)(role, source, shown)));
        return evidence;
    }
    statementOf(path) {
        switch (this.layout) {
            case 'plain-hdf5':
                return undefined;
            case 'keras3-weights':
                return (0,_keras3_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .classifyKeras3 */ .yI)(path, this.varsCount, this.config);
            default:
                if (this.firstOptimizerPath === undefined && path.startsWith('optimizer_weights/'))
                    this.firstOptimizerPath = path;
                return classifyLegacy(path, this.weightsRoot);
        }
    }
}
const NO_EVIDENCE = Object.freeze([]);
/**
 * A chunked dataset has one span per chunk and TensorInfo one span: its offset is the first
 * chunk's and its length the chunks' stored sum, so the categories still add up exactly; the
 * reason says so. The number of chunks when there are several, else undefined.
 */
function chunkCount(dataset) {
    const { layout, chunks } = dataset.storage;
    return layout === 'chunked' && (chunks ?? 0) > 1 ? chunks : undefined;
}
function warnUnlisted(warnings, unlisted) {
    if (unlisted.length > 0)
        warnings.push(`layer group(s) not in layer_names: ${unlisted.slice(0, 5).join(', ')}${unlisted.length > 5 ? ', …' : ''}`);
}
/** Groups a legacy weights root holds besides its layers'. */
function isLegacyNonLayerGroup(name) {
    return name === 'top_level_model_weights' || name === 'optimizer_weights';
}
/**
 * The `names` that `listed` does not hold, in their order. Sorted copies compared in one pass
 * answer the usual case (every layer group listed) with less memory and time than a Set of
 * 10^5 names.
 */
function namesMissingFrom(names, listed) {
    const sortedNames = [...names].sort();
    const sortedListed = [...listed].sort();
    let j = 0;
    const allListed = sortedNames.every((name) => {
        while (j < sortedListed.length && sortedListed[j] < name)
            j++;
        return sortedListed[j] === name;
    });
    if (allListed)
        return [];
    const listedSet = new Set(listed);
    return names.filter((name) => !listedSet.has(name));
}
/** A group by path (the layout looks up a few, among up to 10^5 groups: no index is built). */
function findGroup(groups, path) {
    return groups.find((g) => g.path === path);
}
/** The layout, from the groups up to depth 2 and the datasets. */
function detectLayout(groups, datasets) {
    if (findGroup(groups, 'model_weights'))
        return 'keras-legacy-model';
    if (stringList(findGroup(groups, ''), 'layer_names').length > 0)
        return 'keras-legacy-weights';
    const keras3 = datasets.some((d) => /(^|\/)vars\/\d+$/.test(d.path)) || findGroup(groups, 'layers') || findGroup(groups, 'optimizer');
    if (keras3)
        return 'keras3-weights';
    return 'plain-hdf5';
}
function isStringArray(value) {
    return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
/** A string-list attribute, including Keras' chunked form `name0`, `name1`, … for lists over 64 KiB. */
function stringList(group, name) {
    if (!group)
        return [];
    const whole = group.attributes.get(name);
    if (whole !== undefined)
        return asStrings(whole);
    // keras-team/keras:keras/src/legacy/saving/legacy_h5_format.py, save_attributes_to_hdf5_group.
    const chunks = [];
    for (let i = 0; group.attributes.has(`${name}${i}`); i++)
        chunks.push(...asStrings(group.attributes.get(`${name}${i}`)));
    return chunks;
}
/** A string list attribute's strings: the decoded list itself when it holds strings (not copied: layer_names has 10^5 at 10^5 layers). */
function asStrings(value) {
    if (typeof value === 'string')
        return [value];
    if (isStringArray(value))
        return value;
    if (Array.isArray(value))
        return value.map(String);
    return [];
}
function classifyLegacy(path, weightsRoot) {
    if (path.startsWith('optimizer_weights/')) {
        return _core_rules_keras_js__WEBPACK_IMPORTED_MODULE_1__/* .KERAS_OPTIMIZER_SCALAR */ .U.test(path)
            ? ['optimizer-state', 'group', 'optimizer scalar (iterations / learning rate)']
            : ['optimizer-slot', 'group', 'optimizer slot variable (optimizer_weights group)'];
    }
    // `<weightsRoot>/` tested without building that string for each of 10^5 paths.
    const inWeights = weightsRoot === '' || (path.startsWith(weightsRoot) && path.charCodeAt(weightsRoot.length) === 0x2f);
    if (!inWeights)
        return undefined;
    const byName = (0,_core_classify_js__WEBPACK_IMPORTED_MODULE_0__/* .evidenceFromRules */ .nc)(path, _core_rules_keras_js__WEBPACK_IMPORTED_MODULE_1__/* .KERAS_MODEL_VARIABLE_RULES */ .y);
    if (byName.length > 0)
        return byName;
    // The variable's name first, its start tested before any regex runs over the path (10^5 of
    // them): the layer is cut out of the path only for the rare mean/variance/count.
    const variable = path.lastIndexOf('/') + 1;
    const maybeAdaptState = path.startsWith('mean', variable) || path.startsWith('variance', variable) || path.startsWith('count', variable);
    if (maybeAdaptState && /(^|\/)(mean|variance|count)(:\d+)?$/.test(path)) {
        const layer = (weightsRoot === '' ? path : path.slice(weightsRoot.length + 1)).split('/')[0];
        if (/^normalization(_\d+)?$/.test(layer))
            return ['model-state', 'name-rules', 'Normalization adapt() statistics (non-trainable)'];
    }
    return weightsRoot === '' ? LAYER_WEIGHT_SAVE_WEIGHTS : LAYER_WEIGHT_MODEL_WEIGHTS;
}
/**
 * Whole constants, not a template per tensor: every TensorInfo keeps its reason, and a template
 * with a varying part is a new concatenated string each time (64 bytes a tensor, 6 MB at 10^5).
 */
const LAYER_WEIGHT_SAVE_WEIGHTS = (0,_core_classify_js__WEBPACK_IMPORTED_MODULE_0__/* .evidenceOf */ .X1)('parameter', 'group', 'layer weight (save_weights layout)');
const LAYER_WEIGHT_MODEL_WEIGHTS = (0,_core_classify_js__WEBPACK_IMPORTED_MODULE_0__/* .evidenceOf */ .X1)('parameter', 'group', 'layer weight (model_weights group)');
/** The optimizer's name, which Keras 3 stores on `optimizer/vars`. */
function keras3OptimizerName(groups) {
    const name = findGroup(groups, 'optimizer/vars')?.attributes.get('name');
    return typeof name === 'string' && name !== '' ? name : undefined;
}
/** Legacy files nest the optimizer's slots under its name: `optimizer_weights/<name>/…`. */
function legacyOptimizerName(firstOptimizerPath) {
    const segments = firstOptimizerPath
        ?.split('/')
        .slice(1, -1)
        .filter((s) => s !== 'training');
    return segments?.[0];
}
function notes(tensors, layerCount, optimizer) {
    const out = {};
    const counts = new Map();
    for (const tensor of tensors) {
        // The notes speak of what core's classifier will decide from each dataset's evidence.
        const category = (0,_core_classify_js__WEBPACK_IMPORTED_MODULE_0__/* .classifyTensor */ .S5)(tensor.evidence ?? NO_EVIDENCE).category;
        counts.set(category, (counts.get(category) ?? 0) + 1);
    }
    const count = (category) => counts.get(category) ?? 0;
    const weights = count('weights');
    if (weights > 0)
        out.weights = `${weights} variable(s) in ${layerCount} layer group(s)`;
    const optimizerCount = count('optimizer');
    if (optimizerCount > 0)
        out.optimizer = `${optimizer ? `${optimizer}: ` : ''}${optimizerCount} optimizer variable(s) (slots, iterations, learning rate)`;
    const buffers = count('buffers');
    if (buffers > 0)
        out.buffers = `${buffers} non-trainable statistic(s) (BatchNormalization / Normalization)`;
    return out;
}


/***/ }),

/***/ 9661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NQ: () => (/* binding */ configLayers),
/* harmony export */   eg: () => (/* binding */ countVarsPerGroup),
/* harmony export */   yI: () => (/* binding */ classifyKeras3)
/* harmony export */ });
/* unused harmony export toSnakeCase */
/* harmony import */ var _core_classify_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8193);
/* harmony import */ var _core_rules_keras_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8929);


/** Layer classes whose last two variables are non-trainable moving statistics. */
const BATCH_NORM_CLASSES = new Set(['BatchNormalization', 'SyncBatchNormalization']);
/** Layer classes whose variables are all adapt() state (mean, variance, count). */
const ADAPT_STATE_CLASSES = new Set(['Normalization']);
/** Whole constants, not a template per tensor (see keras-layout.ts). */
const LAYER_VARIABLE = (0,_core_classify_js__WEBPACK_IMPORTED_MODULE_0__/* .evidenceOf */ .X1)('parameter', 'group', 'layer variable (layers group)');
const OPTIMIZER_ITERATIONS = (0,_core_classify_js__WEBPACK_IMPORTED_MODULE_0__/* .evidenceOf */ .X1)('optimizer-state', 'group', 'optimizer iterations counter (optimizer/vars/0)');
const OPTIMIZER_VARIABLE = (0,_core_classify_js__WEBPACK_IMPORTED_MODULE_0__/* .evidenceOf */ .X1)('optimizer-slot', 'group', 'optimizer variable (optimizer group: learning rate or slot)');
/** Number of `vars/N` datasets per vars group (`layers/batch_normalization/vars` → 4). */
function countVarsPerGroup(datasets) {
    const counts = new Map();
    for (const dataset of datasets) {
        const match = /^(.*)\/vars\/\d+$/.exec(dataset.path);
        if (match)
            counts.set(match[1], (counts.get(match[1]) ?? 0) + 1);
    }
    return counts;
}
function classifyKeras3(path, varsCount, config) {
    if (path.startsWith('optimizer/')) {
        // keras-team/keras:keras/src/optimizers/base_optimizer.py: variables[0] is `iterations`, then
        // `learning_rate` when it is a plain float (a scalar), then the slots, per model variable.
        const index = /\/vars\/(\d+)$/.exec(path)?.[1];
        return index === '0' ? OPTIMIZER_ITERATIONS : OPTIMIZER_VARIABLE;
    }
    const byName = (0,_core_classify_js__WEBPACK_IMPORTED_MODULE_0__/* .evidenceFromRules */ .nc)(path, _core_rules_keras_js__WEBPACK_IMPORTED_MODULE_1__/* .KERAS_MODEL_VARIABLE_RULES */ .y);
    if (byName.length > 0)
        return byName;
    const match = /^(.*)\/vars\/(\d+)$/.exec(path);
    if (!match || !(path.startsWith('layers/') || path.startsWith('vars/')))
        return undefined;
    const owner = match[1];
    const index = Number(match[2]);
    // Groups are named to_snake_case(class name), made unique with _N (saving_lib._save_container_state).
    const snake = owner.split('/').pop().replace(/_\d+$/, '');
    const className = config?.classesBySnakeName.get(snake);
    const isBatchNorm = className ? BATCH_NORM_CLASSES.has(className) : snake === 'batch_normalization' || snake === 'sync_batch_normalization';
    // config.json names the layer's class (framework metadata); without it, the group's name is a name.
    const source = className ? 'group' : 'name-rules';
    const said = className ? `config.json class ${className}` : `group name ${snake}`;
    const count = varsCount.get(owner) ?? 0;
    if (isBatchNorm && count >= 2 && index >= count - 2) {
        // Trainable variables come first (layer.py save_own_variables): gamma, beta, then moving_mean, moving_variance.
        return ['model-state', source, `BatchNormalization moving ${index === count - 2 ? 'mean' : 'variance'} (non-trainable; ${said})`];
    }
    const isAdaptState = className ? ADAPT_STATE_CLASSES.has(className) : snake === 'normalization';
    if (isAdaptState)
        return ['model-state', source, `Normalization adapt() statistics (non-trainable; ${said})`];
    return LAYER_VARIABLE;
}
/** Keras' `to_snake_case` (keras-team/keras:keras/src/utils/naming.py). */
function toSnakeCase(name) {
    return name
        .replace(/\W+/g, '')
        .replace(/(.)([A-Z][a-z]+)/g, '$1_$2')
        .replace(/([a-z])([A-Z])/g, '$1_$2')
        .toLowerCase();
}
/** Layer classes named in a `.keras` archive's `config.json` (nested models included). */
function configLayers(config) {
    const classesBySnakeName = new Map();
    const visit = (node, depth) => {
        if (depth > 64 || node === null || typeof node !== 'object')
            return;
        if (Array.isArray(node)) {
            for (const item of node)
                visit(item, depth + 1);
            return;
        }
        const record = node;
        if (typeof record.class_name === 'string')
            classesBySnakeName.set(toSnakeCase(record.class_name), record.class_name);
        for (const value of Object.values(record))
            visit(value, depth + 1);
    };
    visit(config, 0);
    return { classesBySnakeName };
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

//# sourceMappingURL=1430.index.js.map