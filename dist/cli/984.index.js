export const id = 984;
export const ids = [984];
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

/***/ 6427:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  E: () => (/* binding */ readHdf5Tree)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/limits.ts
var limits = __webpack_require__(6419);
// EXTERNAL MODULE: ./src/formats/binary-reader.ts
var binary_reader = __webpack_require__(8627);
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

;// CONCATENATED MODULE: ./src/formats/hdf5/block-cache.ts
/** Page size of the metadata read cache (a typical object header is 200-600 bytes). */
const HDF5_PAGE_BYTES = 4096;
/**
 * Longest read-ahead (64 KiB), reached after a run of sequential misses. Blocks this size leave
 * the cache before the GC promotes them, so a walk through 200 MB of metadata does not pile up
 * dead 256 KiB buffers for the old generation (peak RSS 274 → 213 MiB at 10^5 datasets).
 */
const HDF5_MAX_READ_AHEAD_PAGES = 16;
/** Bytes of blocks kept (1 MiB): room for a group's header, heap and B-tree nodes while its children are read. */
const HDF5_CACHED_BYTES = 1024 * 1024;
/** The size of a recycled block buffer: the longest read-ahead. */
const POOLED_BLOCK_BYTES = HDF5_MAX_READ_AHEAD_PAGES * HDF5_PAGE_BYTES;
/** Evicted block buffers kept for reuse: a run of read-ahead needs one at a time, a few absorb a burst. */
const MAX_FREE_BLOCKS = 4;
/**
 * Small reads through a bounded cache of recently read blocks, with adaptive read-ahead. h5py
 * interleaves metadata and payloads (a dataset's header, then its data, then the next header), so
 * a miss reads one 4 KiB page and a large payload next to it is never touched. Where the walker
 * misses page after page in order (a run of headers, heaps and B-tree nodes), each further miss
 * reads twice as many pages, up to HDF5_MAX_READ_AHEAD_PAGES: fewer, larger reads through
 * metadata-dense regions, while bytes read stay bounded by the metadata, not the weights. Reads
 * larger than a page go to the source.
 *
 * Shaped for a walk over 10^5 objects: blocks are kept whole (no per-page views or map entries),
 * a hit is answered synchronously (no promise per header field read), and the blocks kept are
 * bounded by HDF5_CACHED_BYTES, so memory does not grow with the metadata's size.
 *
 * Read-ahead blocks are recycled when the source can fill a buffer (`ByteSource.readInto`): a walk
 * through 200 MB of metadata otherwise leaves ~3,000 dead 64 KiB buffers to the GC, ~15 MB of
 * them uncollected at any time. A block evicted from the cache may still be read through a view
 * the walker holds (a header's messages, a heap being read across an await), so its buffer is
 * only reused after `recycleEvicted()`, which the walker calls between objects, when it holds no
 * view into the cache (everything it keeps across objects is decoded into strings and numbers).
 */
class BlockCache {
    source;
    /** Most recently read first; `pooled` is the whole recyclable buffer `bytes` is a view of. */
    blocks = [];
    cachedBytes = 0;
    run = 1;
    /** Buffers of blocks evicted since the last recycleEvicted(): views into them may still be live. */
    evicted = [];
    /** Buffers no view reaches any more, ready for the next read-ahead block. */
    free = [];
    constructor(source) {
        this.source = source;
    }
    /** Called when nothing read so far is referenced: the buffers evicted until now may be refilled. */
    recycleEvicted() {
        if (this.evicted.length === 0)
            return; // nearly every call: a block is evicted once per 64 KiB walked
        for (const buffer of this.evicted)
            if (this.free.length < MAX_FREE_BLOCKS)
                this.free.push(buffer);
        this.evicted = [];
    }
    /** Where the last `locate` found its request in the block it returned. */
    foundAt = 0;
    /**
     * The cached block holding all of [offset, offset + length), whole: the byte at `offset` is
     * `bytes[this.foundAt]`. For the per-object reads, which index the block in place rather than
     * cut a view out of it (a view is an allocation; 10^6 of them at 10^5 datasets).
     */
    locate(offset, length) {
        const blocks = this.blocks;
        for (let i = 0; i < blocks.length; i++) {
            const block = blocks[i];
            if (offset >= block.start && offset + length <= block.end) {
                this.foundAt = offset - block.start;
                return block.bytes;
            }
        }
        return undefined;
    }
    /** The bytes at [offset, offset + length) if a cached block holds them all. */
    cached(offset, length) {
        const bytes = this.locate(offset, length);
        return bytes?.subarray(this.foundAt, this.foundAt + length);
    }
    async read(offset, length) {
        if (length === 0)
            return this.source.read(offset, length);
        const joined = this.joined(offset, length);
        if (joined)
            return joined;
        if (length > HDF5_PAGE_BYTES)
            return this.readLarge(offset, length);
        const last = this.blocks[0];
        // A miss that straddles the newest block's end or lies within a page after it continues a run.
        const continues = last !== undefined && offset >= last.start && offset < last.end + HDF5_PAGE_BYTES;
        this.run = continues ? Math.min(this.run * 2, HDF5_MAX_READ_AHEAD_PAGES) : 1;
        // A run's blocks tile the metadata: each starts where the block holding the request's head,
        // or else the newest one, ends, so no byte is read twice. Otherwise the request's whole page
        // is read, for the structures just before it (a group's heap precedes its header).
        const head = this.blocks.find((block) => offset >= block.start && offset < block.end);
        let start = head ? head.end : continues ? last.end : Math.floor(offset / HDF5_PAGE_BYTES) * HDF5_PAGE_BYTES;
        let end = Math.min(this.source.size, start + this.run * HDF5_PAGE_BYTES);
        // Nor are bytes around the request that another cached block holds.
        for (const block of this.blocks) {
            if (block.end <= offset && block.end > start)
                start = block.end;
            if (block.start >= offset + length && block.start < end)
                end = block.start;
        }
        end = Math.max(end, offset + length);
        const bytes = await this.readBlock(start, end - start);
        if (start <= offset)
            return bytes.subarray(offset - start, offset - start + length);
        return this.joined(offset, length) ?? this.source.read(offset, length);
    }
    /**
     * A structure over a page (a big group's heap, a header holding layer_names): read as asked,
     * less the ends cached blocks hold, and kept unless it would crowd out the rest, so the pages
     * around it are not read again either.
     */
    async readLarge(offset, length) {
        const last = offset + length - 1;
        const head = this.blocks.find((block) => offset >= block.start && offset < block.end);
        const tail = this.blocks.find((block) => last >= block.start && last < block.end);
        const start = head ? head.end : offset;
        const end = tail && tail.start > start ? tail.start : offset + length;
        if (end - start > HDF5_CACHED_BYTES / 4)
            return this.source.read(offset, length);
        this.keep(start, await this.source.read(start, end - start));
        return this.joined(offset, length) ?? this.source.read(offset, length);
    }
    /**
     * Reads [start, start + length) into a new cached block: a recycled buffer for a read-ahead
     * block (over half the longest read-ahead), a buffer of its own otherwise.
     */
    async readBlock(start, length) {
        const source = this.source;
        // A source without readInto would fill a pooled buffer by copying a new one: no gain.
        if (length <= POOLED_BLOCK_BYTES / 2 || length > POOLED_BLOCK_BYTES || !source.readInto) {
            const bytes = await source.read(start, length);
            this.keep(start, bytes);
            return bytes;
        }
        const pooled = this.free.pop() ?? new Uint8Array(POOLED_BLOCK_BYTES);
        const bytes = pooled.subarray(0, length);
        await source.readInto(start, bytes);
        this.keep(start, bytes, pooled);
        return bytes;
    }
    keep(start, bytes, pooled) {
        this.blocks.unshift({ start, end: start + bytes.length, bytes, pooled });
        this.cachedBytes += bytes.length;
        while (this.cachedBytes > HDF5_CACHED_BYTES && this.blocks.length > 1) {
            const evicted = this.blocks.pop();
            this.cachedBytes -= evicted.bytes.length;
            if (evicted.pooled)
                this.evicted.push(evicted.pooled);
        }
    }
    /** A request across the end of a cached block, copied from the cached blocks that hold it all, if they do. */
    joined(offset, length) {
        const out = new Uint8Array(length);
        for (let at = offset; at < offset + length;) {
            const block = this.blocks.find((b) => at >= b.start && at < b.end);
            if (!block)
                return undefined;
            const count = Math.min(block.end, offset + length) - at;
            out.set(block.bytes.subarray(at - block.start, at - block.start + count), at - offset);
            at += count;
        }
        return out;
    }
}

// EXTERNAL MODULE: ./src/formats/hdf5/sniff.ts
var sniff = __webpack_require__(9500);
// EXTERNAL MODULE: ./src/formats/hdf5/window-source.ts
var window_source = __webpack_require__(6842);
;// CONCATENATED MODULE: ./src/formats/hdf5/hdf5-file.ts



/**
 * A metadata-only HDF5 reader: superblock, object headers, group links and the few messages that
 * say where a dataset's bytes are (dataspace, datatype, data layout). It never reads a dataset's
 * payload, so its cost follows the number of objects, not the size of the weights
 * (bench/hdf5-approach.ts compares it with h5wasm).
 *
 * Byte layouts are from the HDF5 File Format Specification v3 (`HDFGroup/hdf5:doxygen/dox/FileFormatSpec*`,
 * "Level 0/1/2"), cross-checked against netron's reader (`lutzroeder/netron:source/hdf5.js`) and
 * the real Keras files in fixtures/real/keras.
 *
 * Supported: superblock v0–v3, object headers v1 and v2 (with continuation blocks), old-style
 * groups (symbol table: v1 B-tree + local heap + SNOD nodes) and new-style compact groups (link
 * messages), attributes v1–v3 (fixed-length string and numeric values are decoded), data layout
 * v1–v3 (compact, contiguous, chunked through the v1 chunk B-tree) and v4 contiguous/compact/
 * single-chunk. Dense link storage (fractal heaps) and v4 chunk indexes other than "single chunk"
 * are rejected with an UnsupportedFormatError: h5py writes neither with its default settings, which
 * is what Keras uses.
 */




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
 * HDF5's undefined address (all bytes 0xff, spec II "undefined address"), as readAddress and
 * addressAt return it: a structure not allocated, a soft link's missing object header. Every
 * address read is checked against it before it is followed.
 */
const UNDEFINED_ADDRESS = -1;
/** Symbol table entry cache type of a soft link (spec III.C): the link value is in the local heap. */
const SOFT_LINK_CACHE_TYPE = 2;
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
/**
 * Attributes whose values are decoded: the ones the Keras layout reads (keras-layout.ts:
 * `layer_names`/`layer_namesN` on the weights root, `name` on `optimizer/vars`, `dtype` on
 * bfloat16 datasets) and the two version strings. Every other attribute (`weight_names` on each
 * layer group, `model_config`, `training_config`, …) is skipped after its name: decoding it would
 * cost a string array per layer of a 10^5-layer model and change no byte's category.
 */
const DECODED_ATTRIBUTES = /^(layer_names\d*|dtype|keras_version|backend|name)$/;
/** Distinct shapes the walk remembers to share (recentShapes). */
const RECENT_SHAPES = 8;
/** The attributes of an object with none worth decoding: one shared empty map, not one per object. */
const NO_ATTRIBUTES = new Map();
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
 * Reads the whole tree of groups and datasets below the root group, metadata only. A file with a
 * user block (superblock at 512, 1024, …) is walked through a window that starts at the superblock,
 * where its addresses start; dataset spans are given as offsets in `source` all the same.
 */
async function readHdf5Tree(source, options = {}) {
    const superblockAt = await findSuperblock(source);
    if (superblockAt === 0)
        return new Hdf5Walker(source, options, 0).walk();
    return new Hdf5Walker(new window_source/* WindowByteSource */.I(source, superblockAt, source.size - superblockAt, source.name), options, superblockAt).walk();
}
class Hdf5Walker {
    source;
    userBlock;
    superblock;
    objectsSeen = 0;
    btreeNodesRead = 0;
    /**
     * Every object walked, by header address: WALKED_GROUP or WALKED_DATASET. One table (one lookup
     * per link) for the two questions a link asks: a group already walked (a cycle), a dataset
     * already listed (a second hard link).
     */
    walked = new AddressTable();
    tree = { groups: [], datasets: [], warnings: [] };
    decodeAttribute;
    onGroup;
    onDataset;
    cache;
    /** The header being walked (objectHeader refills it). */
    header = new MessageList();
    /** Continuation blocks met by objectHeader's fast path (then it leaves the header to readObjectHeader). */
    fastPathContinuations = [];
    constructor(source, options, 
    /** Bytes of user block before the superblock (the window `source` starts there): 0, 512, 1024, … */
    userBlock) {
        this.source = source;
        this.userBlock = userBlock;
        this.cache = new BlockCache(source);
        this.decodeAttribute = options.decodeAttribute ?? ((name) => DECODED_ATTRIBUTES.test(name));
        this.onGroup = options.onGroup ?? ((group) => this.tree.groups.push(group));
        const onDataset = options.onDataset ?? ((dataset) => this.tree.datasets.push(dataset));
        // Spans are found as addresses (relative to the superblock); callers get offsets in the file.
        this.onDataset = userBlock === 0 ? onDataset : (dataset) => onDataset(shiftedBy(dataset, userBlock));
    }
    async walk() {
        this.superblock = await this.readSuperblock();
        await this.walkObjects(this.superblock.rootAddress);
        return this.tree;
    }
    // --- low level --------------------------------------------------------------------------------
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
     * `let bytes = this.bytesAt(…); if (bytes instanceof Promise) bytes = await bytes`, so a hit
     * costs neither a promise nor a microtask.
     */
    bytesAt(offset, length, what) {
        if (offset === UNDEFINED_ADDRESS) {
            throw this.fail(`${what} is at HDF5's undefined address (0xffffffffffffffff): the file names no object there`);
        }
        if (offset < 0 || length < 0 || !Number.isSafeInteger(offset) || offset + length > this.source.size) {
            throw this.fail(`${what} needs ${length} bytes at offset ${offset}, beyond the end of the file (${this.source.size} bytes)`, offset >= 0 ? offset : undefined);
        }
        return this.cache.cached(offset, length) ?? this.cache.read(offset, length);
    }
    /** Where the last `locate` put its request: the byte at its `offset` is `bytes[this.located]`. */
    located = 0;
    /**
     * bytesAt without cutting a view: a cached block whole (the request at `this.located`), else the
     * bytes read (`this.located` = 0). For the structures read per group (local heap, B-tree and
     * symbol table nodes). Callers take `this.located` right after the (awaited) call: the walk is
     * one chain of awaits, so no other read runs in between.
     */
    locate(offset, length, what) {
        const block = this.cache.locate(offset, length);
        if (block !== undefined && length >= 0) {
            this.located = this.cache.foundAt;
            return block;
        }
        return this.locateRead(offset, length, what);
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
    /** bytesAt behind a bounds-checked cursor, for the structures read once per file or per chunked dataset. */
    readAt(offset, length, what) {
        const bytes = this.bytesAt(offset, length, what);
        if (bytes instanceof Promise)
            return bytes.then((read) => new binary_reader/* BinaryReader */.V5(read, this.source.name, offset));
        return new binary_reader/* BinaryReader */.V5(bytes, this.source.name, offset);
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
    /** A little-endian unsigned field of `size` bytes at `bytes[at]`, checked to be below 2^53. */
    uintAt(bytes, at, size, base, what) {
        if (at + size > bytes.length)
            throw this.fail(`${what} runs past the end of its structure`, base + at);
        let value = 0;
        for (let i = size - 1; i >= 0; i--)
            value = value * 256 + bytes[at + i];
        if (!Number.isSafeInteger(value))
            throw this.fail(`${what} is larger than 2^53`, base + at);
        return value;
    }
    checkBlock(what, bytes) {
        if (bytes > limits/* MAX_HDF5_INDEX_BLOCK_BYTES */._H)
            throw new errors/* LimitExceededError */.lo(this.source.name, `size of an HDF5 ${what}`, bytes, limits/* MAX_HDF5_INDEX_BLOCK_BYTES */._H);
    }
    address(reader) {
        return readAddress(reader, this.superblock.offsetSize, this.source.name);
    }
    length(reader, what) {
        return readSized(reader, this.superblock.lengthSize, this.source.name, what);
    }
    // --- superblock ---------------------------------------------------------------------------------
    async readSuperblock() {
        const name = this.source.name;
        const head = await this.readAt(0, Math.min(this.source.size, 8), 'HDF5 signature');
        if (!(0,sniff/* hasHdf5Signature */.Aj)(head.bytes)) {
            throw new errors/* FormatError */.IF(name, 'not an HDF5 file: the signature \\x89HDF\\r\\n\\x1a\\n is missing', { offset: 0 });
        }
        const needAtLeast = (bytes, version) => {
            if (this.source.size < bytes) {
                throw new errors/* FormatError */.IF(name, `truncated HDF5 superblock (version ${version}): needs ${bytes} bytes, the file has ${this.source.size}`, { offset: this.source.size, fix: 'The file is truncated; re-save or re-download it.' });
            }
        };
        needAtLeast(10, -1);
        const version = (await this.readAt(8, 1, 'superblock version')).u8();
        if (version === 0 || version === 1) {
            // Fixed part up to the sizes: 16 bytes (+4 in v1), then 4 addresses and the root symbol-table entry.
            const prefix = await this.readAt(0, Math.min(this.source.size, 24), 'superblock');
            needAtLeast(16, version);
            prefix.seek(13);
            const offsetSize = prefix.u8();
            const lengthSize = prefix.u8();
            checkSizes(name, offsetSize, lengthSize);
            const fixed = 24 + (version === 1 ? 4 : 0);
            const total = fixed + 4 * offsetSize + (2 * offsetSize + 8 + 16);
            needAtLeast(total, version);
            const reader = await this.readAt(0, total, 'superblock');
            reader.seek(fixed);
            this.superblock = { version, offsetSize, lengthSize, rootAddress: 0 };
            const baseAddress = this.address(reader);
            this.address(reader); // free-space info
            const endOfFile = this.address(reader);
            this.address(reader); // driver info
            this.address(reader); // root entry: link name offset
            const rootAddress = this.address(reader);
            this.checkBase(baseAddress, endOfFile);
            return { version, offsetSize, lengthSize, rootAddress };
        }
        if (version === 2 || version === 3) {
            needAtLeast(11, version);
            const sizes = await this.readAt(9, 2, 'superblock');
            const offsetSize = sizes.u8();
            const lengthSize = sizes.u8();
            checkSizes(name, offsetSize, lengthSize);
            const total = 12 + 4 * offsetSize + 4;
            needAtLeast(total, version);
            const reader = await this.readAt(12, 4 * offsetSize, 'superblock');
            this.superblock = { version, offsetSize, lengthSize, rootAddress: 0 };
            const baseAddress = this.address(reader);
            this.address(reader); // superblock extension
            const endOfFile = this.address(reader);
            const rootAddress = this.address(reader);
            this.checkBase(baseAddress, endOfFile);
            return { version, offsetSize, lengthSize, rootAddress };
        }
        throw new errors/* UnsupportedFormatError */.N$(name, `HDF5 superblock version ${version}`, 'Versions 0 to 3 are read.');
    }
    /**
     * Addresses are relative to the base address, which the library writes as the superblock's own
     * position and, when a file says otherwise, corrects to it (H5Fsuper.c, H5F__super_read): so the
     * walk reads from the superblock whatever the field holds. The end-of-file address is absolute.
     */
    checkBase(_baseAddress, endOfFile) {
        const fileSize = this.source.size + this.userBlock;
        if (endOfFile !== UNDEFINED_ADDRESS && endOfFile > fileSize) {
            throw new errors/* FormatError */.IF(this.source.name, `truncated HDF5 file: the superblock says it ends at byte ${endOfFile}, but it has ${fileSize} bytes`, { offset: fileSize, fix: 'The file is truncated; re-save or re-download it.' });
        }
    }
    // --- objects ----------------------------------------------------------------------------------
    /**
     * Walks every object below the root, depth first, each group's links in order. A loop over a
     * stack of groups' links rather than a recursion: one async frame for the whole walk, not one
     * per object (10^5-layer models have 3·10^5 objects).
     */
    async walkObjects(rootAddress) {
        const root = new GroupLinks('', 0);
        root.add('', rootAddress);
        const pending = [root];
        while (pending.length > 0) {
            // Between objects the walk holds no view into the cache (what it keeps is decoded): the
            // blocks evicted while reading the last object can be refilled.
            this.cache.recycleEvicted();
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
                throw new errors/* LimitExceededError */.lo(this.source.name, 'HDF5 group nesting depth', depth, limits/* MAX_HDF5_DEPTH */.bP);
            const known = this.walked.get(address);
            if (known === WALKED_GROUP)
                continue; // a hard link back to a group already walked (a cycle)
            // Each object once; a second hard link to a dataset counts too, as it is parsed again.
            if (++this.objectsSeen > limits/* MAX_HDF5_OBJECTS */.WY) {
                throw new errors/* LimitExceededError */.lo(this.source.name, 'number of HDF5 objects', this.objectsSeen, limits/* MAX_HDF5_OBJECTS */.WY);
            }
            let messages = this.objectHeader(address);
            if (messages instanceof Promise)
                messages = await messages;
            let attributes = this.attributesOf(messages);
            if (attributes instanceof Promise)
                attributes = await attributes;
            if (known === WALKED_DATASET || messages.has(MSG_LAYOUT)) {
                // A second hard link to one dataset (rare) is parsed again from its header, rather than
                // every dataset being kept for it: same address and storage, listed under both names,
                // its bytes counted once (linkedAgain).
                const linkedAgain = known === WALKED_DATASET;
                const { dataset, btree } = this.parseDataset(path, address, messages, attributes, linkedAgain);
                if (btree)
                    await this.resolveChunks(dataset, btree);
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
                    const reading = this.symbolTableLinks(message, groupLinks);
                    if (reading)
                        await reading;
                }
                else if (message.type === MSG_LINK) {
                    const link = this.parseLink(message);
                    if (link)
                        groupLinks.add(link.name, link.address);
                }
                else if (message.type === MSG_LINK_INFO)
                    await this.denseLinks(message, groupLinks);
            }
            // GroupLinks.names has exactly `count` names (reserved for the first node, pushed after).
            this.onGroup({ path, name, depth, attributes }, groupLinks.names);
            if (groupLinks.count > 0)
                pending.push(groupLinks);
        }
    }
    /**
     * The attributes worth decoding among an object's messages, without a promise when there is
     * none (nearly every object): the name is read first, and most attributes (a weight_names per
     * layer) are not decoded at all.
     */
    attributesOf(messages) {
        for (let i = 0; i < messages.length; i++) {
            const message = messages.get(i);
            if (message.type === MSG_ATTRIBUTE && this.decodeAttribute(this.attributeName(message)))
                return this.decodeAttributes(messages, i);
        }
        return NO_ATTRIBUTES;
    }
    /** Decodes the attributes wanted among messages[from..] (messages[from] being one). */
    async decodeAttributes(messages, from) {
        const decoded = new Map();
        for (let i = from; i < messages.length; i++) {
            const message = messages.get(i);
            if (message.type !== MSG_ATTRIBUTE || (i > from && !this.decodeAttribute(this.attributeName(message))))
                continue;
            const attribute = await this.parseAttribute(message);
            decoded.set(attribute.name, attribute.value);
        }
        return decoded;
    }
    /**
     * An object header's messages, without a promise when it is what h5py writes for nearly every
     * object (version 1, one block, no continuation) and its bytes are cached; otherwise the full
     * read, which follows continuation blocks.
     */
    objectHeader(address) {
        const prefix = this.cache.locate(address, 16);
        if (prefix === undefined || prefix[this.cache.foundAt] !== 1)
            return this.readObjectHeader(address);
        const blockOffset = address + 16;
        const size = this.uintAt(prefix, this.cache.foundAt + 8, 4, address - this.cache.foundAt, 'object header size');
        const block = this.cache.locate(blockOffset, size);
        if (block === undefined)
            return this.readObjectHeader(address);
        const start = this.cache.foundAt;
        const messages = this.header;
        const continuations = this.fastPathContinuations;
        messages.clear();
        continuations.length = 0;
        this.parseV1Messages(block, start, start + size, blockOffset, messages, continuations);
        return continuations.length === 0 ? messages : this.readObjectHeader(address);
    }
    /** The messages of an object header, following continuation blocks. */
    async readObjectHeader(address) {
        let prefix = this.bytesAt(address, Math.min(16, this.source.size - Math.max(0, address)), 'object header');
        if (prefix instanceof Promise)
            prefix = await prefix;
        const isV2 = prefix.length >= 4 && prefix[0] === 0x4f && prefix[1] === 0x48 && prefix[2] === 0x44 && prefix[3] === 0x52; // OHDR
        const messages = this.header;
        messages.clear();
        const blocks = [];
        let creationOrder = false;
        if (isV2) {
            const first = new binary_reader/* BinaryReader */.V5(prefix, this.source.name, address);
            first.seek(4);
            const version = first.u8();
            if (version !== 2)
                throw this.fail(`object header version ${version} after the OHDR signature`, address + 4);
            const flags = first.u8();
            creationOrder = (flags & 0x04) !== 0;
            let skip = 6 + ((flags & 0x20) !== 0 ? 16 : 0) + ((flags & 0x10) !== 0 ? 4 : 0);
            const sizeBytes = 1 << (flags & 0x03);
            const head = await this.readAt(address + skip, sizeBytes, 'object header');
            const chunkSize = readSized(head, sizeBytes, this.source.name, 'object header size');
            skip += sizeBytes;
            blocks.push({ offset: address + skip, length: chunkSize });
        }
        else {
            // Version 1 prefix: version, reserved, message count, reference count, header size (u32 at 8).
            // The message count is not needed: the blocks' sizes are what bound the walk.
            if (prefix.length < 16)
                new binary_reader/* BinaryReader */.V5(prefix, this.source.name, address).need(16, 'object header');
            const version = prefix[0];
            if (version !== 1)
                throw this.fail(`unknown object header version ${version}`, address);
            const headerSize = this.uintAt(prefix, 8, 4, address, 'object header size');
            blocks.push({ offset: address + 16, length: headerSize }); // v1 messages start 8-aligned after the 12-byte prefix
        }
        let total = 0;
        for (let i = 0; i < blocks.length; i++) {
            const block = blocks[i];
            // A header has one block, rarely a few: a scan of the earlier ones, not a Set per object.
            for (let j = 0; j < i; j++)
                if (blocks[j].offset === block.offset)
                    throw this.fail('object header continuation blocks form a cycle', block.offset);
            total += block.length;
            if (total > limits/* MAX_HDF5_HEADER_BYTES */.JU) {
                throw new errors/* LimitExceededError */.lo(this.source.name, 'HDF5 object header size', total, limits/* MAX_HDF5_HEADER_BYTES */.JU);
            }
            let blockBytes = this.bytesAt(block.offset, block.length, 'object header messages');
            if (blockBytes instanceof Promise)
                blockBytes = await blockBytes;
            if (isV2) {
                const reader = new binary_reader/* BinaryReader */.V5(blockBytes, this.source.name, block.offset);
                if (i > 0) {
                    const sig = reader.utf8(4);
                    if (sig !== 'OCHK')
                        throw this.fail(`object header continuation block without its OCHK signature`, block.offset);
                }
                const end = reader.length - 4; // checksum
                const prefix = creationOrder ? 6 : 4;
                while (end - reader.position >= prefix) {
                    const type = reader.u8();
                    const size = reader.u16();
                    reader.u8(); // flags
                    if (creationOrder)
                        reader.u16();
                    const offset = block.offset + reader.position;
                    const data = reader.take(size);
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
                throw this.fail(`header message of ${size} bytes runs past the end of its header block`, base + at);
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
    continuation(data, offset) {
        const reader = new binary_reader/* BinaryReader */.V5(data, this.source.name, offset);
        return { offset: this.address(reader), length: this.length(reader, 'continuation length') };
    }
    // --- groups -------------------------------------------------------------------------------------
    /** Links of an old-style group: a v1 B-tree of SNOD nodes whose names live in a local heap. */
    /**
     * Links of an old-style group, without a promise when the whole group (heap, a one-leaf B-tree,
     * one symbol table node) is cached: the case of nearly every group, read right after its header.
     */
    symbolTableLinks(message, sink) {
        const { offsetSize } = this.superblock;
        if (message.size < 2 * offsetSize)
            throw this.fail('symbol table message shorter than its two addresses', message.offset);
        const { block, at } = message;
        const btreeAddress = this.addressAt(block, at, message.offset - at);
        const heapAddress = this.addressAt(block, at + offsetSize, message.offset - at);
        const heap = this.readLocalHeap(heapAddress);
        if (heap instanceof Promise)
            return this.readSymbolTableLinks(btreeAddress, heapAddress, heap, undefined, sink);
        const nodes = this.singleLeafChildren(btreeAddress);
        if (nodes?.length === 1 && this.cachedSymbolNodeLinks(nodes[0], heap, heapAddress, sink))
            return;
        return this.readSymbolTableLinks(btreeAddress, heapAddress, heap, nodes, sink);
    }
    /** The links of one symbol table node if its bytes are cached (then true); false leaves it to readSymbolTableLinks. */
    cachedSymbolNodeLinks(node, heap, heapAddress, sink) {
        const { offsetSize } = this.superblock;
        const head = node >= 0 ? this.cache.locate(node, 8) : undefined;
        if (head === undefined)
            return false;
        const h = this.cache.foundAt;
        if (head[h] !== 0x53 || head[h + 1] !== 0x4e || head[h + 2] !== 0x4f || head[h + 3] !== 0x44)
            return false; // reported by the full read
        const count = head[h + 6] | (head[h + 7] << 8);
        const entrySize = 2 * offsetSize + 8 + 16;
        const entries = this.cache.locate(node + 8, count * entrySize);
        if (entries === undefined)
            return false;
        this.symbolNodeLinks(node, entries, this.cache.foundAt, count, heap, heapAddress, sink);
        return true;
    }
    /** A symbol table node's `count` entries at entries[first…]: each a link name offset in the heap, then the object header address. */
    symbolNodeLinks(node, entries, first, count, heap, heapAddress, sink) {
        const { offsetSize } = this.superblock;
        const entrySize = 2 * offsetSize + 8 + 16;
        const base = node + 8 - first; // the file offset of entries[0], for errors
        sink.reserve(count);
        for (let i = 0; i < count; i++) {
            // Entry: link name offset (in the local heap), object header address, cache type, scratch.
            const at = first + i * entrySize;
            const nameOffset = this.uintAt(entries, at, offsetSize, base, 'link name offset');
            const name = heapString(heap, nameOffset, this.source.name, heapAddress);
            const address = this.addressAt(entries, at + offsetSize, base);
            if (address === UNDEFINED_ADDRESS) {
                // A soft link (cache type 2: its target path is in the heap) has no object header.
                const cacheType = this.uintAt(entries, at + 2 * offsetSize, 4, base, 'symbol table entry cache type');
                this.skipLink(cacheType === SOFT_LINK_CACHE_TYPE ? 'soft' : 'unresolved', name);
                continue;
            }
            sink.add(name, address);
        }
    }
    /** Links of an old-style group: a v1 B-tree of SNOD nodes whose names live in a local heap. */
    async readSymbolTableLinks(btreeAddress, heapAddress, heapRead, leafChildren, sink) {
        const heap = heapRead instanceof Promise ? await heapRead : heapRead;
        const { offsetSize } = this.superblock;
        let nodes = leafChildren ?? this.singleLeafChildren(btreeAddress);
        if (nodes === undefined) {
            const all = [];
            await this.walkBtree(btreeAddress, 0, (childAddress) => all.push(childAddress));
            nodes = all;
        }
        const entrySize = 2 * offsetSize + 8 + 16;
        for (const node of nodes) {
            // SNOD: signature, version, reserved, entry count (u16), then the entries.
            let head = this.locate(node, 8, 'symbol table node');
            if (head instanceof Promise)
                head = await head;
            const h = this.located;
            if (head[h] !== 0x53 || head[h + 1] !== 0x4e || head[h + 2] !== 0x4f || head[h + 3] !== 0x44) {
                throw this.fail('symbol table node without its SNOD signature', node);
            }
            const count = head[h + 6] | (head[h + 7] << 8);
            let entries = this.locate(node + 8, count * entrySize, 'symbol table entries');
            if (entries instanceof Promise)
                entries = await entries;
            this.symbolNodeLinks(node, entries, this.located, count, heap, heapAddress, sink);
        }
    }
    /**
     * The children of a group's B-tree when it is one cached leaf node (nearly every group: a leaf
     * lists up to 2K symbol table nodes of 8+ links each), read without the general walk's promise,
     * stack and arrays (2·10^5 groups at 10^5 layers). Anything else (not cached, more levels, a bad
     * signature) is left to walkBtree, which reads it or reports it.
     */
    singleLeafChildren(address) {
        const { offsetSize, lengthSize } = this.superblock;
        // TREE: signature, node type, level, entries used (u16), left and right siblings, then keys and children.
        const headSize = 8 + 2 * offsetSize;
        const head = address >= 0 ? this.cache.locate(address, headSize) : undefined;
        if (head === undefined)
            return undefined;
        const h = this.cache.foundAt;
        const isGroupLeaf = head[h] === 0x54 && head[h + 1] === 0x52 && head[h + 2] === 0x45 && head[h + 3] === 0x45 && head[h + 4] === 0 && head[h + 5] === 0;
        if (!isGroupLeaf)
            return undefined;
        const entries = head[h + 6] | (head[h + 7] << 8);
        const entrySize = lengthSize + offsetSize; // a key (heap offset of a name), then a child
        const bodySize = entries * entrySize + lengthSize;
        if (bodySize > limits/* MAX_HDF5_INDEX_BLOCK_BYTES */._H)
            return undefined;
        const body = this.cache.locate(address + headSize, bodySize);
        if (body === undefined)
            return undefined;
        if (++this.btreeNodesRead > limits/* MAX_HDF5_BTREE_NODES */.kh) {
            throw new errors/* LimitExceededError */.lo(this.source.name, 'number of HDF5 B-tree nodes', this.btreeNodesRead, limits/* MAX_HDF5_BTREE_NODES */.kh);
        }
        const first = this.cache.foundAt;
        const base = address + headSize - first; // the file offset of body[0], for errors
        const children = new Array(entries);
        for (let i = 0; i < entries; i++)
            children[i] = this.addressAt(body, first + i * entrySize + lengthSize, base);
        return children;
    }
    /** A group's local heap (its link names), without a promise when its bytes are cached. */
    readLocalHeap(address) {
        const { offsetSize, lengthSize } = this.superblock;
        // HEAP: signature, version, reserved (3), data segment size, free list offset, data address.
        const head = this.locate(address, 8 + 2 * lengthSize + offsetSize, 'local heap');
        if (head instanceof Promise)
            return this.readLocalHeapData(address, head);
        return this.localHeapData(address, head, this.located);
    }
    /** readLocalHeap once its header is read (apart, for the reason locateRead is). */
    async readLocalHeapData(address, head) {
        const bytes = await head;
        return this.localHeapData(address, bytes, this.located);
    }
    /** The data segment of the local heap whose header is at `head[h]`. */
    localHeapData(address, head, h) {
        const { lengthSize } = this.superblock;
        if (head[h] !== 0x48 || head[h + 1] !== 0x45 || head[h + 2] !== 0x41 || head[h + 3] !== 0x50)
            throw this.fail('local heap without its HEAP signature', address);
        const size = this.uintAt(head, h + 8, lengthSize, address - h, 'local heap size');
        const dataAddress = this.addressAt(head, h + 8 + 2 * lengthSize, address - h);
        if (size > limits/* MAX_HDF5_HEAP_BYTES */.s4)
            throw new errors/* LimitExceededError */.lo(this.source.name, 'HDF5 local heap size', size, limits/* MAX_HDF5_HEAP_BYTES */.s4);
        return this.bytesAt(dataAddress, size, 'local heap data');
    }
    /**
     * Walks a version 1 B-tree (node type 0: group nodes, type 1: raw data chunks), calling `leaf`
     * for each child of a level-0 node with that child's key. Levels must decrease and no node is
     * visited twice, so a corrupt or hostile tree ends in an error, not a loop. Iterative, with the
     * nodes to visit on a stack, in the order a recursive walk would visit them.
     */
    async walkBtree(address, dimensions, leaf) {
        const { offsetSize, lengthSize } = this.superblock;
        // Most trees are a single leaf (a group of up to 8 links): the set of visited nodes is made
        // only when a node has children.
        let visited;
        const stack = [{ address, level: undefined }];
        while (stack.length > 0) {
            const { address: nodeAddress, level: expectedLevel } = stack.pop();
            if (visited?.has(nodeAddress))
                throw this.fail('B-tree nodes form a cycle', nodeAddress);
            visited?.add(nodeAddress);
            if (++this.btreeNodesRead > limits/* MAX_HDF5_BTREE_NODES */.kh) {
                throw new errors/* LimitExceededError */.lo(this.source.name, 'number of HDF5 B-tree nodes', this.btreeNodesRead, limits/* MAX_HDF5_BTREE_NODES */.kh);
            }
            // TREE: signature, node type, level, entries used (u16), left and right siblings, then keys and children.
            const headSize = 8 + 2 * offsetSize;
            let head = this.locate(nodeAddress, headSize, 'B-tree node');
            if (head instanceof Promise)
                head = await head;
            const h = this.located;
            if (head[h] !== 0x54 || head[h + 1] !== 0x52 || head[h + 2] !== 0x45 || head[h + 3] !== 0x45)
                throw this.fail('B-tree node without its TREE signature', nodeAddress);
            const type = head[h + 4];
            const level = head[h + 5];
            const entries = head[h + 6] | (head[h + 7] << 8);
            if (expectedLevel !== undefined && level !== expectedLevel) {
                throw this.fail(`B-tree node at level ${level} where level ${expectedLevel} was expected`, nodeAddress);
            }
            const keySize = type === 0 ? lengthSize : 8 + 8 * (dimensions + 1);
            const bodySize = entries * (keySize + offsetSize) + keySize;
            this.checkBlock('B-tree node', bodySize);
            let body = this.locate(nodeAddress + headSize, bodySize, 'B-tree node entries');
            if (body instanceof Promise)
                body = await body;
            const first = this.located;
            const base = nodeAddress + headSize - first; // the file offset of body[0], for errors
            const children = [];
            for (let i = 0; i < entries; i++) {
                const at = first + i * (keySize + offsetSize);
                const child = this.addressAt(body, at + keySize, base);
                if (level > 0)
                    children.push(child);
                // A chunk key starts with the chunk's stored size (u32).
                else
                    leaf(child, type === 1 ? this.uintAt(body, at, 4, base, 'chunk size') : 0);
            }
            if (children.length > 0)
                visited ??= new Set([nodeAddress]);
            // Pushed last child first, so the first child is walked first.
            for (let i = children.length - 1; i >= 0; i--)
                stack.push({ address: children[i], level: level - 1 });
        }
    }
    parseLink(message) {
        const reader = new binary_reader/* BinaryReader */.V5(message.data, this.source.name, message.offset);
        reader.u8(); // version
        const flags = reader.u8();
        const linkType = (flags & 0x08) !== 0 ? reader.u8() : 0;
        if ((flags & 0x04) !== 0)
            reader.skip(8); // creation order
        if ((flags & 0x10) !== 0)
            reader.u8(); // charset
        const nameLength = readSized(reader, 1 << (flags & 0x03), this.source.name, 'link name length');
        const name = reader.utf8(nameLength);
        if (linkType !== 0) {
            this.skipLink(linkType === 1 ? 'soft' : 'external', name);
            return undefined;
        }
        const address = this.address(reader);
        if (address === UNDEFINED_ADDRESS) {
            this.skipLink('unresolved', name);
            return undefined;
        }
        return { name, address };
    }
    /**
     * A link the walk does not follow: soft and external links name a path, not an object header
     * (their target, if in this file, is walked under its own name); a hard link to the undefined
     * address points at no object at all.
     */
    skipLink(kind, name) {
        this.tree.warnings.push(kind === 'unresolved' ? `HDF5 link '${name}' points at the undefined address (no object) and was skipped` : `HDF5 ${kind} link '${name}' was not followed`);
    }
    /**
     * Links of a new-style group in dense storage (spec IV.A.2.c, III.G, III.A.2): the link info
     * message names a fractal heap holding the link messages and a v2 B-tree (record type 5:
     * name hash, heap ID) indexing them by name. Groups with few links keep them as link messages
     * in the header instead (then the heap address is undefined).
     */
    async denseLinks(message, sink) {
        const reader = new binary_reader/* BinaryReader */.V5(message.data, this.source.name, message.offset);
        reader.u8(); // version
        const flags = reader.u8();
        if ((flags & 0x01) !== 0)
            reader.skip(8); // max creation index
        const heapAddress = this.address(reader);
        const nameIndex = this.address(reader);
        if (heapAddress === UNDEFINED_ADDRESS || nameIndex === UNDEFINED_ADDRESS)
            return;
        const heap = await this.readFractalHeap(heapAddress);
        await this.walkBtree2(nameIndex, async (record) => {
            record.u32(); // name hash
            const object = await this.heapObject(heap, record.take(record.remaining));
            const link = this.parseLink(Message.of(MSG_LINK, object.offset, object.data));
            if (link)
                sink.add(link.name, link.address);
        });
    }
    async readFractalHeap(address) {
        const { offsetSize: o, lengthSize: l } = this.superblock;
        const size = 4 + 1 + 2 + 2 + 1 + 4 + l + o + l + o + 8 * l + 2 + l + l + 2 + 2 + o + 2;
        const head = await this.readAt(address, size, 'fractal heap header');
        if (head.utf8(4) !== 'FRHP')
            throw this.fail('fractal heap header without its FRHP signature', address);
        head.u8(); // version
        head.u16(); // heap ID length
        const filtersLength = head.u16();
        head.u8(); // flags
        const maxManagedObject = head.u32();
        head.skip(l + o + l + o + 8 * l); // huge objects, free space, managed space counters
        const width = head.u16();
        const startingBlock = this.length(head, 'fractal heap starting block size');
        const maxDirectBlock = this.length(head, 'fractal heap maximum direct block size');
        const maxHeapBits = head.u16();
        head.u16(); // starting rows in the root indirect block
        const root = this.address(head);
        const rows = head.u16();
        if (filtersLength > 0) {
            throw new errors/* UnsupportedFormatError */.N$(this.source.name, 'an HDF5 group whose link heap is compressed (I/O filters on a fractal heap)');
        }
        if (width === 0 || startingBlock === 0 || maxDirectBlock < startingBlock) {
            throw this.fail(`fractal heap with table width ${width} and block sizes ${startingBlock}..${maxDirectBlock}`, address);
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
    async heapObject(heap, id) {
        const reader = new binary_reader/* BinaryReader */.V5(id, this.source.name);
        const first = reader.u8();
        const type = (first >> 4) & 0x03;
        if (type === 2)
            return { offset: 0, data: reader.take(Math.min(reader.remaining, (first & 0x0f) + 1)) }; // tiny: inline
        if (type !== 0)
            throw new errors/* UnsupportedFormatError */.N$(this.source.name, 'an HDF5 link stored as a "huge" fractal heap object');
        const offset = readSized(reader, heap.offsetBytes, this.source.name, 'heap object offset');
        const length = readSized(reader, heap.lengthBytes, this.source.name, 'heap object length');
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
                throw this.fail(`heap object offset ${offset} beyond the fractal heap`, heap.address);
            if (row >= heap.maxDirectRows) {
                throw new errors/* UnsupportedFormatError */.N$(this.source.name, 'an HDF5 group whose link heap has nested indirect blocks');
            }
            const column = Math.floor((offset - rowStart) / rowBlock(row));
            blockOffset = rowStart + column * rowBlock(row);
            const { offsetSize } = this.superblock;
            const entryAt = heap.root + 4 + 1 + offsetSize + heap.offsetBytes + (row * heap.width + column) * offsetSize;
            blockAddress = this.address(await this.readAt(entryAt, offsetSize, 'fractal heap indirect block'));
            if (blockAddress === UNDEFINED_ADDRESS)
                throw this.fail(`heap object offset ${offset} in an unallocated block`, entryAt);
        }
        const at = blockAddress + (offset - blockOffset);
        this.checkBlock('fractal heap object', length);
        return { offset: at, data: (await this.readAt(at, length, 'fractal heap object')).bytes };
    }
    // --- datasets -----------------------------------------------------------------------------------
    /** A dataset from its header's messages; chunked storage is final once `btree` is resolved. */
    parseDataset(path, address, messages, attributes, linkedAgain) {
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
        const shape = dataspace ? this.parseDataspace(dataspace.block, dataspace.at, dataspace.at + dataspace.size, dataspace.offset) : [];
        const type = datatype ? this.parseDatatype(datatype.block, datatype.at, datatype.at + datatype.size, datatype.offset) : { dtype: 'unknown', size: 0 };
        // The chunk grid of an implicit index spans the maximum dimensions (read only for one).
        const extent = () => (dataspace && this.maxDimensions(dataspace)) ?? shape;
        const { storage, btree } = this.parseLayout(layout, path, elementCount(shape) * type.size, extent);
        if (external) {
            if (!linkedAgain)
                this.tree.warnings.push(`dataset '${path}' stores its data in external files, which are not counted`);
            storage.layout = 'external';
            storage.byteLength = 0;
        }
        const bfloat16 = attributes.get('dtype') === 'bfloat16'; // Keras stores bfloat16 as 16-bit data with this attribute
        const dataset = { path, address, dtype: bfloat16 ? 'bfloat16' : type.dtype, shape, storage, attributes };
        if (!btree)
            this.checkInside(dataset);
        return { dataset, btree };
    }
    checkInside(dataset) {
        const { offset, byteLength } = dataset.storage;
        if (offset + byteLength > this.source.size) {
            throw this.fail(`dataset '${dataset.path}' claims bytes ${offset}..${offset + byteLength}, beyond the end of the file`, offset);
        }
    }
    /**
     * Dataspace message (spec IV.A.2.b): version, rank, flags, then (v1) 5 reserved bytes or (v2)
     * the dataspace type, then the dimension sizes. Read in place, into an array of exactly `rank`
     * numbers (one per dataset is kept; an array grown by push reserves 17 slots).
     */
    parseDataspace(bytes, start, end, offset) {
        // The message is bytes[start, end), at file offset `offset`.
        if (end - start < 4)
            throw this.fail('dataspace message shorter than its header', offset);
        const version = bytes[start];
        const rank = bytes[start + 1];
        if (rank > limits/* MAX_DIMS */.VW)
            throw new errors/* LimitExceededError */.lo(this.source.name, 'HDF5 dataspace rank', rank, limits/* MAX_DIMS */.VW);
        let at;
        if (version === 1)
            at = start + 8;
        else if (version === 2) {
            if (bytes[start + 3] === 2)
                return []; // null dataspace: no elements
            at = start + 4;
        }
        else
            throw this.fail(`unknown dataspace version ${version}`, offset);
        const { lengthSize } = this.superblock;
        if (at + rank * lengthSize > end)
            throw this.fail('dimension sizes run past the end of the dataspace message', offset);
        const base = offset - start;
        const recent = this.recentShape(bytes, at, rank, base);
        if (recent !== undefined)
            return recent;
        const shape = new Array(rank);
        for (let i = 0; i < rank; i++)
            shape[i] = this.uintAt(bytes, at + i * lengthSize, lengthSize, base, 'dimension size');
        this.recentShapes[this.nextRecentShape] = shape;
        this.nextRecentShape = (this.nextRecentShape + 1) % RECENT_SHAPES;
        return shape;
    }
    /**
     * The maximum dimension sizes of a dataspace message, when it has them (flags bit 0) and none
     * is unlimited; else undefined.
     */
    maxDimensions(message) {
        const { block: bytes, at: start, size, offset } = message;
        const version = bytes[start];
        const rank = bytes[start + 1];
        if ((bytes[start + 2] & 0x01) === 0 || rank > limits/* MAX_DIMS */.VW)
            return undefined;
        const { lengthSize } = this.superblock;
        const at = (version === 1 ? start + 8 : start + 4) + rank * lengthSize;
        if (at + rank * lengthSize > start + size)
            throw this.fail('maximum dimension sizes run past the end of the dataspace message', offset);
        const dims = [];
        for (let i = 0; i < rank; i++) {
            let unlimited = true;
            for (let b = 0; b < lengthSize; b++)
                if (bytes[at + i * lengthSize + b] !== 0xff)
                    unlimited = false;
            if (unlimited)
                return undefined;
            dims.push(this.uintAt(bytes, at + i * lengthSize, lengthSize, offset - start, 'maximum dimension size'));
        }
        return dims;
    }
    /**
     * Shapes met lately, shared by the datasets that have them: a model repeats a few shapes (each
     * layer's kernel and bias), and every TensorInfo keeps its shape to the end of the read, so one
     * array per distinct shape, not per dataset (56 bytes a tensor; 5.6 MB at 10^5). Shapes handed
     * out are therefore shared: nothing modifies one.
     */
    recentShapes = [];
    nextRecentShape = 0;
    /** The recent shape whose `rank` dimensions are the sizes at bytes[at…], if there is one. */
    recentShape(bytes, at, rank, base) {
        const { lengthSize } = this.superblock;
        const shapes = this.recentShapes;
        for (let s = 0; s < shapes.length; s++) {
            const shape = shapes[s];
            if (shape.length !== rank)
                continue;
            let same = true;
            for (let i = 0; i < rank && same; i++)
                same = this.uintAt(bytes, at + i * lengthSize, lengthSize, base, 'dimension size') === shape[i];
            if (same)
                return shape;
        }
        return undefined;
    }
    /** Datatype message (spec IV.A.2.d): class and version in byte 0, 3 bytes of class bits, size (u32 at 4). */
    parseDatatype(bytes, start, end, offset) {
        // The message is bytes[start, end), at file offset `offset`.
        if (end - start < 8)
            throw this.fail('datatype message shorter than its header', offset);
        return datatypeOf(bytes[start] & 0x0f, bytes[start + 1], this.uintAt(bytes, start + 4, 4, offset - start, 'datatype size'));
    }
    /** The chunk rank of a layout message (dataset rank + 1 for the element size). */
    layoutRank(dimensionality) {
        if (dimensionality > limits/* MAX_DIMS */.VW + 1)
            throw new errors/* LimitExceededError */.lo(this.source.name, 'HDF5 data layout rank', dimensionality, limits/* MAX_DIMS */.VW + 1);
        return dimensionality;
    }
    /**
     * Data layout message (spec IV.A.2.i); `logicalBytes` sizes an unfiltered single chunk, `extent`
     * gives the dimensions an implicit chunk index allocates chunks for.
     */
    parseLayout(message, path, logicalBytes, extent) {
        const { offsetSize, lengthSize } = this.superblock;
        const { block, at, size } = message;
        if (block[at] === 3 && block[at + 1] === 1 && size >= 2 + offsetSize + lengthSize) {
            // Version 3 contiguous (version, class, address, size): what h5py writes for every
            // unchunked dataset, read in place rather than through a view and a cursor per dataset.
            const base = message.offset - at;
            return { storage: contiguous(this.addressAt(block, at + 2, base), this.uintAt(block, at + 2 + offsetSize, lengthSize, base, 'contiguous storage size')) };
        }
        const reader = new binary_reader/* BinaryReader */.V5(message.data, this.source.name, message.offset);
        const version = reader.u8();
        if (version === 1 || version === 2) {
            const dimensionality = this.layoutRank(reader.u8());
            const layoutClass = reader.u8();
            reader.skip(5);
            const dataAddress = layoutClass !== 0 ? this.address(reader) : UNDEFINED_ADDRESS;
            const dims = [];
            for (let i = 0; i < dimensionality; i++)
                dims.push(reader.u32());
            if (layoutClass === 0) {
                const size = reader.u32();
                return { storage: { layout: 'compact', offset: message.offset + reader.position, byteLength: size } };
            }
            if (layoutClass === 1) {
                // v1/v2 contiguous: the size is the dims (the last one being the element size) multiplied.
                return { storage: contiguous(dataAddress, elementCount(dims)) };
            }
            return { storage: chunkedPending(), btree: { kind: 'btree1', address: dataAddress, dimensions: dimensionality - 1 } };
        }
        // Version 5 (HDF5 2.0, written for filtered chunked datasets under libver latest) has the v4
        // fields; checked on files written by h5wasm 0.10.3.
        if (version >= 3 && version <= 5) {
            const layoutClass = reader.u8();
            if (layoutClass === 0) {
                const size = reader.u16();
                return { storage: { layout: 'compact', offset: message.offset + reader.position, byteLength: size } };
            }
            if (layoutClass === 1) {
                const dataAddress = this.address(reader);
                return { storage: contiguous(dataAddress, this.length(reader, 'contiguous storage size')) };
            }
            if (layoutClass === 3)
                return { storage: { layout: 'virtual', offset: 0, byteLength: 0 } };
            if (layoutClass !== 2)
                throw this.fail(`unknown data layout class ${layoutClass} for dataset '${path}'`, message.offset);
            if (version === 3) {
                const dimensionality = this.layoutRank(reader.u8());
                const btreeAddress = this.address(reader);
                return { storage: chunkedPending(), btree: { kind: 'btree1', address: btreeAddress, dimensions: dimensionality - 1 } };
            }
            const flags = reader.u8();
            const dimensionality = this.layoutRank(reader.u8());
            const encoded = reader.u8();
            if (encoded < 1 || encoded > 8)
                throw this.fail(`chunk dimension sizes of ${encoded} bytes`, message.offset);
            // Chunk dimensions, the last one being the element size (as in v3): their product is a chunk's bytes.
            const chunkDims = new Array(dimensionality);
            let chunkBytes = 1;
            for (let i = 0; i < dimensionality; i++)
                chunkBytes *= chunkDims[i] = readSized(reader, encoded, this.source.name, 'chunk dimension');
            const filtered = (flags & 0x02) !== 0;
            const indexType = reader.u8();
            switch (indexType) {
                case 1: {
                    // Single chunk: the whole dataset is one chunk at the index address.
                    const size = filtered ? this.length(reader, 'filtered chunk size') : logicalBytes;
                    if (filtered)
                        reader.u32(); // filter mask
                    const dataAddress = this.address(reader);
                    return { storage: { ...contiguous(dataAddress, size), layout: 'chunked', chunks: 1 } };
                }
                case 2: {
                    // Implicit: unfiltered chunks allocated back to back, no index, one per cell of the
                    // chunk grid: the product of each dimension's ceil(size / chunk size) (H5Dnone.c:
                    // max_nchunks), which exceeds ceil(elements / chunk elements) when a dimension is not a
                    // multiple of its chunk (a [10, 5] dataset in [4, 2] chunks: 3·3 = 9 chunks, not 7).
                    const dataAddress = this.address(reader);
                    const chunks = chunkGridCells(extent(), chunkDims);
                    return { storage: { ...contiguous(dataAddress, chunks * chunkBytes), layout: 'chunked', chunks } };
                }
                case 3: {
                    reader.u8(); // page bits (the header repeats them)
                    const address = this.address(reader);
                    return { storage: chunkedPending(), btree: { kind: 'fixed-array', address, chunkBytes } };
                }
                case 5: {
                    reader.skip(6); // node size, split and merge percentages (the header repeats them)
                    const address = this.address(reader);
                    return { storage: chunkedPending(), btree: { kind: 'btree2', address, chunkBytes, dimensions: dimensionality - 1 } };
                }
            }
            throw new errors/* UnsupportedFormatError */.N$(this.source.name, `dataset '${path}' uses HDF5 chunk index type ${indexType} (layout v4${indexType === 4 ? ', extensible array' : ''})`, 'h5py writes it only with libver="latest" and resizable datasets; save with the default libver.');
        }
        throw this.fail(`unknown data layout version ${version} for dataset '${path}'`, message.offset);
    }
    /** Sums the chunks listed by a dataset's chunk index (each chunk's stored, possibly filtered, size). */
    async resolveChunks(dataset, index) {
        const storage = dataset.storage;
        if (index.address === UNDEFINED_ADDRESS)
            return; // no chunk written yet
        let first = Number.POSITIVE_INFINITY;
        let total = 0;
        let chunks = 0;
        const add = (chunkAddress, chunkSize) => {
            if (chunkAddress === UNDEFINED_ADDRESS)
                return;
            if (chunkAddress + chunkSize > this.source.size) {
                throw this.fail(`a chunk of dataset '${dataset.path}' extends beyond the end of the file`, chunkAddress);
            }
            first = Math.min(first, chunkAddress);
            total += chunkSize;
            chunks++;
        };
        if (index.kind === 'btree1')
            await this.walkBtree(index.address, index.dimensions, add);
        else if (index.kind === 'fixed-array')
            await this.walkFixedArray(index, add);
        else {
            const { offsetSize } = this.superblock;
            await this.walkBtree2(index.address, async (record, type) => {
                const chunkAddress = readAddress(record, offsetSize, this.source.name);
                let size = index.chunkBytes;
                if (type === 11) {
                    // Type 11: address, chunk size (the bytes the record has left after the mask and offsets), filter mask, offsets.
                    size = readSized(record, record.length - offsetSize - 4 - 8 * index.dimensions, this.source.name, 'chunk size');
                }
                add(chunkAddress, size);
            });
        }
        // TensorInfo has one span: the first chunk's offset, all chunks' stored bytes (chunks need not be
        // adjacent: the HDF5 library interleaves them with other objects).
        storage.offset = chunks > 0 ? first : 0;
        storage.byteLength = total;
        storage.chunks = chunks;
        this.checkInside(dataset);
    }
    /** Fixed array chunk index (spec III.H): FAHD header, FADB data block, optionally paged. */
    async walkFixedArray(index, add) {
        const { offsetSize, lengthSize } = this.superblock;
        const head = await this.readAt(index.address, 8 + lengthSize + offsetSize, 'fixed array header');
        if (head.utf8(4) !== 'FAHD')
            throw this.fail('fixed array header without its FAHD signature', index.address);
        head.u8(); // version
        const filtered = head.u8() === 1; // client id: 0 plain chunks, 1 filtered chunks (with their sizes)
        const entrySize = head.u8();
        const pageBits = head.u8();
        const entries = this.length(head, 'fixed array entries');
        const dataBlock = this.address(head);
        if (entries > limits/* MAX_HDF5_CHUNKS */.Wj)
            throw new errors/* LimitExceededError */.lo(this.source.name, 'chunks of one HDF5 dataset', entries, limits/* MAX_HDF5_CHUNKS */.Wj);
        if (dataBlock === UNDEFINED_ADDRESS)
            return;
        const pageEntries = 2 ** pageBits;
        const paged = entries > pageEntries;
        const pages = paged ? Math.ceil(entries / pageEntries) : 1;
        const prefix = 6 + offsetSize + (paged ? Math.ceil(pages / 8) : 0);
        const size = paged ? prefix + 4 + entries * entrySize + pages * 4 : prefix + entries * entrySize + 4;
        this.checkBlock('fixed array data block', size);
        const block = await this.readAt(dataBlock, size, 'fixed array data block');
        if (block.utf8(4) !== 'FADB')
            throw this.fail('fixed array data block without its FADB signature', dataBlock);
        // Unpaged: elements follow the prefix; paged: the prefix has its checksum, then each page ends in one.
        let at = paged ? prefix + 4 : prefix;
        for (let i = 0; i < entries; i++) {
            if (paged && i > 0 && i % pageEntries === 0)
                at += 4;
            block.seek(at);
            const chunkAddress = readAddress(block, offsetSize, this.source.name);
            const chunkSize = filtered ? readSized(block, entrySize - offsetSize - 4, this.source.name, 'chunk size') : index.chunkBytes;
            add(chunkAddress, chunkSize);
            at += entrySize;
        }
    }
    /**
     * Walks a version 2 B-tree (spec III.A.2), calling `record` with a reader over each record.
     * Field widths of the child pointers follow from the node size (as H5B2__hdr_init computes them).
     */
    async walkBtree2(address, record) {
        const { offsetSize, lengthSize } = this.superblock;
        const head = await this.readAt(address, 16 + offsetSize + 2 + lengthSize, 'v2 B-tree header');
        if (head.utf8(4) !== 'BTHD')
            throw this.fail('v2 B-tree header without its BTHD signature', address);
        head.u8(); // version
        const type = head.u8();
        const nodeSize = head.u32();
        const recordSize = head.u16();
        const depth = head.u16();
        head.skip(2); // split, merge percentages
        const root = this.address(head);
        const rootRecords = head.u16();
        if (depth > limits/* MAX_HDF5_DEPTH */.bP || recordSize === 0 || nodeSize <= 10 + recordSize) {
            throw this.fail(`v2 B-tree with depth ${depth}, node size ${nodeSize} and record size ${recordSize}`, address);
        }
        this.checkBlock('v2 B-tree node', nodeSize);
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
                throw this.fail('v2 B-tree nodes form a cycle', nodeAddress);
            visited.add(nodeAddress);
            if (++this.btreeNodesRead > limits/* MAX_HDF5_BTREE_NODES */.kh) {
                throw new errors/* LimitExceededError */.lo(this.source.name, 'number of HDF5 B-tree nodes', this.btreeNodesRead, limits/* MAX_HDF5_BTREE_NODES */.kh);
            }
            if (records > maxRecords[level])
                throw this.fail(`v2 B-tree node with ${records} records, over its ${maxRecords[level]}`, nodeAddress);
            const node = await this.readAt(nodeAddress, nodeSize, 'v2 B-tree node');
            const signature = node.utf8(4);
            if (signature !== (level === 0 ? 'BTLF' : 'BTIN'))
                throw this.fail(`v2 B-tree node with signature '${signature}' at depth ${level}`, nodeAddress);
            node.skip(2);
            for (let i = 0; i < records; i++) {
                await record(new binary_reader/* BinaryReader */.V5(node.take(recordSize), this.source.name, nodeAddress + node.position - recordSize), type);
            }
            if (level === 0)
                return;
            const children = [];
            for (let i = 0; i <= records; i++) {
                const child = this.address(node);
                const count = readSized(node, countBytes[level - 1], this.source.name, 'v2 B-tree child record count');
                if (level > 1)
                    node.skip(cumulativeBytes[level - 1]);
                children.push({ address: child, records: count });
            }
            for (const child of children)
                await visit(child.address, child.records, level - 1);
        };
        await visit(root, rootRecords, depth);
    }
    // --- attributes ---------------------------------------------------------------------------------
    /** Variable-length strings: each element is (length u32, global heap collection address, object index u32). */
    async vlenStrings(raw, count, scalar) {
        const reader = new binary_reader/* BinaryReader */.V5(raw, this.source.name);
        const strings = [];
        for (let i = 0; i < count; i++) {
            reader.u32(); // sequence length (bytes, for strings)
            const collection = this.address(reader);
            const index = reader.u32();
            if (collection === UNDEFINED_ADDRESS) {
                strings.push('');
                continue;
            }
            const objects = await this.globalHeap(collection);
            strings.push(binary_reader/* UTF8 */.az.decode(objects.get(index) ?? new Uint8Array(0)));
        }
        return scalar ? strings[0] : strings;
    }
    globalHeaps = new Map();
    /** A global heap collection (spec III.E): GCOL, version, collection size, then the objects. */
    async globalHeap(address) {
        const cached = this.globalHeaps.get(address);
        if (cached)
            return cached;
        const { lengthSize } = this.superblock;
        const head = await this.readAt(address, 8 + lengthSize, 'global heap');
        if (head.utf8(4) !== 'GCOL')
            throw this.fail('global heap collection without its GCOL signature', address);
        head.skip(4);
        const size = this.length(head, 'global heap size');
        if (size > limits/* MAX_HDF5_HEAP_BYTES */.s4)
            throw new errors/* LimitExceededError */.lo(this.source.name, 'HDF5 global heap size', size, limits/* MAX_HDF5_HEAP_BYTES */.s4);
        const reader = await this.readAt(address, size, 'global heap');
        reader.seek(8 + lengthSize);
        const objects = new Map();
        while (reader.remaining >= 8 + lengthSize) {
            const index = reader.u16();
            if (index === 0)
                break; // free space
            reader.skip(6); // reference count, reserved
            const objectSize = this.length(reader, 'global heap object size');
            // A copy: the collection is kept for the whole walk, past the cache recycling the block it was read from.
            objects.set(index, reader.take(objectSize).slice());
            reader.skip(Math.min(reader.remaining, (8 - (objectSize % 8)) % 8));
        }
        this.globalHeaps.set(address, objects);
        return objects;
    }
    /** An attribute message's name (spec IV.A.2.m): version, flags, name size (u16 at 2), …, the name at 8 (9 in v3). */
    attributeName(message) {
        const { block, at, size } = message;
        if (size < 8)
            return new binary_reader/* BinaryReader */.V5(message.data, this.source.name, message.offset).utf8(8); // throws the truncation error
        const nameSize = block[at + 2] | (block[at + 3] << 8);
        const start = block[at] === 3 ? 9 : 8;
        if (start + nameSize > size)
            throw this.fail('attribute name runs past the end of its message', message.offset);
        // Most objects repeat the attribute name of the one before (weight_names on each layer group).
        if (isString(block, at + start, at + start + nameSize, this.lastAttributeName))
            return this.lastAttributeName;
        this.lastAttributeName = shortString(block, at + start, at + start + nameSize);
        return this.lastAttributeName;
    }
    lastAttributeName = '';
    async parseAttribute(message) {
        const reader = new binary_reader/* BinaryReader */.V5(message.data, this.source.name, message.offset);
        const version = reader.u8();
        reader.u8(); // reserved / flags
        const nameSize = reader.u16();
        const datatypeSize = reader.u16();
        const dataspaceSize = reader.u16();
        if (version === 3)
            reader.u8(); // name character set
        const padded = (n) => (version === 1 ? Math.ceil(n / 8) * 8 : n);
        const nameBytes = reader.take(padded(nameSize));
        const name = binary_reader/* UTF8 */.az.decode(nameBytes.subarray(0, nameSize)).replace(/\0+$/, '');
        const typeReader = new binary_reader/* BinaryReader */.V5(reader.take(padded(datatypeSize)), this.source.name, message.offset + reader.position);
        const spaceReader = new binary_reader/* BinaryReader */.V5(reader.take(padded(dataspaceSize)), this.source.name, message.offset + reader.position);
        let value;
        try {
            const type = this.parseDatatype(typeReader.bytes, 0, typeReader.length, typeReader.baseOffset);
            const shape = this.parseDataspace(spaceReader.bytes, 0, spaceReader.length, spaceReader.baseOffset);
            const count = elementCount(shape);
            const bytes = type.size * count;
            if (bytes > limits/* MAX_HDF5_ATTRIBUTE_VALUE_BYTES */.KV || bytes > reader.remaining)
                return { name, value: undefined };
            const raw = reader.take(bytes);
            if (type.vlenString) {
                value = await this.vlenStrings(raw, count, shape.length === 0);
            }
            else
                value = decodeAttribute(type, count, shape.length === 0, raw);
        }
        catch (error) {
            if (error instanceof errors/* LimitExceededError */.lo)
                throw error;
            value = undefined; // an attribute we cannot decode is not needed to size the file
        }
        return { name, value };
    }
}
/** Chunked storage before its B-tree is walked. */
function chunkedPending() {
    return { layout: 'chunked', offset: 0, byteLength: 0, chunks: 0 };
}
function contiguous(address, size) {
    // An undefined address: the dataset was created but never written (no bytes on disk).
    if (address === UNDEFINED_ADDRESS)
        return { layout: 'contiguous', offset: 0, byteLength: 0 };
    return { layout: 'contiguous', offset: address, byteLength: size };
}
/** Bytes that encode counts up to `max` (H5VM_limit_enc_size). */
/** A dataset whose storage offset moves by `by` bytes (a user block before the superblock). */
function shiftedBy(dataset, by) {
    dataset.storage.offset += by;
    return dataset;
}
/**
 * Where the superblock is: HDF5 looks for its signature at byte 0, then at 512, 1024, 2048, … (a
 * user block of a power-of-two size from 512 comes first; spec II.A "Superblock"). The search stops
 * at the end of the file, so it reads at most ~40 signatures.
 */
async function findSuperblock(source) {
    for (let at = 0; at + 8 <= source.size; at = at === 0 ? USER_BLOCK_MIN : at * 2) {
        if ((0,sniff/* hasHdf5Signature */.Aj)(await source.read(at, 8)))
            return at;
    }
    throw new errors/* FormatError */.IF(source.name, `not an HDF5 file: the signature \\x89HDF\\r\\n\\x1a\\n is missing at byte 0 and at 512, 1024, … (where a user block would end)`, {
        offset: 0
    });
}
/** The smallest user block; larger ones double it (spec II.A). */
const USER_BLOCK_MIN = 512;
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
function bytesFor(max) {
    return Math.floor(Math.log2(Math.max(1, max)) / 8) + 1;
}
function elementCount(shape) {
    return shape.reduce((a, b) => a * b, 1);
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
/** An address of `size` bytes; all 0xFF bytes is the undefined address. */
function readAddress(reader, size, file) {
    // Read in place (no subarray per field): a walk reads a few addresses per object, 10^5 objects.
    reader.need(size);
    const { bytes, position } = reader;
    let undefinedAddress = true;
    for (let i = 0; i < size; i++)
        if (bytes[position + i] !== 0xff)
            undefinedAddress = false;
    if (undefinedAddress) {
        reader.skip(size);
        return UNDEFINED_ADDRESS;
    }
    return readSized(reader, size, file, 'address');
}
function readSized(reader, size, file, what) {
    reader.need(size);
    const { bytes, position } = reader;
    let value = 0;
    for (let i = size - 1; i >= 0; i--)
        value = value * 256 + bytes[position + i];
    if (!Number.isSafeInteger(value))
        throw new errors/* FormatError */.IF(file, `${what} is larger than 2^53`, { offset: reader.baseOffset + position });
    reader.skip(size);
    return value;
}
function heapString(heap, offset, file, heapAddress) {
    if (offset >= heap.length)
        throw new errors/* FormatError */.IF(file, `link name offset ${offset} outside the local heap`, { offset: heapAddress });
    // A loop, not heap.indexOf: names are a few bytes, and the builtin's call costs more than the scan.
    let end = offset;
    while (end < heap.length && heap[end] !== 0)
        end++;
    return shortString(heap, offset, end);
}
/**
 * The char codes of the name shortString is building: one array per name length, reused for
 * every name of that length (setting an array's length per name cost more than the name).
 */
const nameCodes = Array.from({ length: 65 }, (_, length) => new Array(length).fill(0));
/**
 * The UTF-8 string in bytes[start, end), less trailing NULs. Names (a link and an attribute name
 * per object, 3·10^5 at 10^5 layers) are short ASCII: made in one String.fromCharCode call from
 * their codes, without a view or a TextDecoder call (a string built a character at a time was
 * a new string per character); anything else goes to the decoder.
 */
function shortString(bytes, start, end) {
    while (end > start && bytes[end - 1] === 0)
        end--;
    const length = end - start;
    if (length >= nameCodes.length)
        return binary_reader/* UTF8 */.az.decode(bytes.subarray(start, end));
    const codes = nameCodes[length];
    for (let i = 0; i < length; i++) {
        const byte = bytes[start + i];
        if (byte >= 0x80 || byte === 0)
            return binary_reader/* UTF8 */.az.decode(bytes.subarray(start, end)).replace(/\0+$/, '');
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
function decodeAttribute(type, count, scalar, bytes) {
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
    return undefined; // variable-length strings live in the global heap; Keras' sizing does not need them
}


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ WindowByteSource)
/* harmony export */ });
/* harmony import */ var _io_byte_source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2940);

/**
 * A ByteSource over a span of another one: a stored (uncompressed) zip entry read in place, so
 * the HDF5 walker sees `model.weights.h5` as a file of its own without it being copied out of the
 * `.keras` archive. Offsets are relative to the window; `bytesRead` is the outer source's count.
 */
class WindowByteSource {
    outer;
    start;
    size;
    name;
    constructor(outer, start, size, name) {
        this.outer = outer;
        this.start = start;
        this.size = size;
        this.name = name;
        (0,_io_byte_source_js__WEBPACK_IMPORTED_MODULE_0__/* .checkSpan */ .$U)(outer, start, size);
    }
    get bytesRead() {
        return this.outer.bytesRead;
    }
    async read(offset, length) {
        (0,_io_byte_source_js__WEBPACK_IMPORTED_MODULE_0__/* .checkSpan */ .$U)(this, offset, length);
        return this.outer.read(this.start + offset, length);
    }
    async readInto(offset, target) {
        (0,_io_byte_source_js__WEBPACK_IMPORTED_MODULE_0__/* .checkSpan */ .$U)(this, offset, target.length);
        await (0,_io_byte_source_js__WEBPACK_IMPORTED_MODULE_0__/* .readInto */ .Pq)(this.outer, this.start + offset, target);
    }
    /** The outer source belongs to whoever opened it. */
    async close() { }
}


/***/ }),

/***/ 4550:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A7: () => (/* binding */ KerasClassifier),
  NQ: () => (/* binding */ configLayers)
});

// UNUSED EXPORTS: classifyKerasTree, stringList, toSnakeCase

// EXTERNAL MODULE: ./src/core/classify.ts
var classify = __webpack_require__(8193);
;// CONCATENATED MODULE: ./src/core/rules/keras.ts
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

;// CONCATENATED MODULE: ./src/formats/keras/keras-layout.ts


/** Layer classes whose last two variables are non-trainable moving statistics. */
const BATCH_NORM_CLASSES = new Set(['BatchNormalization', 'SyncBatchNormalization']);
/** Layer classes whose variables are all adapt() state (mean, variance, count). */
const ADAPT_STATE_CLASSES = new Set(['Normalization']);
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
            this.varsCount = countVarsPerGroup(this.waiting);
        const waiting = this.waiting;
        this.waiting = [];
        for (const dataset of waiting)
            this.place(dataset);
    }
    place(dataset) {
        this.tensors.push({
            name: dataset.path,
            dtype: dataset.dtype,
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
            this.evidenceByStatement.set(key, (evidence = (0,classify/* evidenceOf */.X1)(role, source, shown)));
        return evidence;
    }
    statementOf(path) {
        switch (this.layout) {
            case 'plain-hdf5':
                return undefined;
            case 'keras3-weights':
                return classifyKeras3(path, this.varsCount, this.config);
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
        return KERAS_OPTIMIZER_SCALAR.test(path)
            ? ['optimizer-state', 'group', 'optimizer scalar (iterations / learning rate)']
            : ['optimizer-slot', 'group', 'optimizer slot variable (optimizer_weights group)'];
    }
    // `<weightsRoot>/` tested without building that string for each of 10^5 paths.
    const inWeights = weightsRoot === '' || (path.startsWith(weightsRoot) && path.charCodeAt(weightsRoot.length) === 0x2f);
    if (!inWeights)
        return undefined;
    const byName = (0,classify/* evidenceFromRules */.nc)(path, KERAS_MODEL_VARIABLE_RULES);
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
const LAYER_WEIGHT_SAVE_WEIGHTS = (0,classify/* evidenceOf */.X1)('parameter', 'group', 'layer weight (save_weights layout)');
const LAYER_WEIGHT_MODEL_WEIGHTS = (0,classify/* evidenceOf */.X1)('parameter', 'group', 'layer weight (model_weights group)');
const LAYER_VARIABLE = (0,classify/* evidenceOf */.X1)('parameter', 'group', 'layer variable (layers group)');
const OPTIMIZER_ITERATIONS = (0,classify/* evidenceOf */.X1)('optimizer-state', 'group', 'optimizer iterations counter (optimizer/vars/0)');
const OPTIMIZER_VARIABLE = (0,classify/* evidenceOf */.X1)('optimizer-slot', 'group', 'optimizer variable (optimizer group: learning rate or slot)');
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
    const byName = (0,classify/* evidenceFromRules */.nc)(path, KERAS_MODEL_VARIABLE_RULES);
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
/** The optimizer's name, which Keras 3 stores on `optimizer/vars`. */
function keras3OptimizerName(groups) {
    const name = findGroup(groups, 'optimizer/vars')?.attributes.get('name');
    return typeof name === 'string' && name !== '' ? name : undefined;
}
/** Legacy files nest the optimizer's slots under its name: `optimizer_weights/<name>/…`. */
function legacyOptimizerName(firstOptimizerPath) {
    const segments = firstOptimizerPath?.split('/').slice(1, -1).filter((s) => s !== 'training');
    return segments?.[0];
}
function notes(tensors, layerCount, optimizer) {
    const out = {};
    const counts = new Map();
    for (const tensor of tensors) {
        // The notes speak of what core's classifier will decide from each dataset's evidence.
        const category = (0,classify/* classifyTensor */.S5)(tensor.evidence ?? NO_EVIDENCE).category;
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


/***/ })

};

//# sourceMappingURL=984.index.js.map