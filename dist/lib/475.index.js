export const id = 475;
export const ids = [475];
export const modules = {

/***/ 8092:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ releaseArrayBuffer)
/* harmony export */ });
/**
 * Frees an ArrayBuffer's memory now rather than at the next full collection. A buffer that lived
 * through a long parse (a 10 MB pickle or safetensors header, a zip directory's columns) is in the
 * old generation by the end of it, and V8 runs no full collection before a short process exits:
 * merely dropped, it stayed in memory to the end, beside what the reader built next. Transferring it
 * (structuredClone's `transfer`) detaches it, and moves its memory to a clone that is dropped at
 * once and freed by the next young-generation collection. Every view of the buffer becomes empty,
 * so only a buffer nothing reads any more may be released. Small buffers are left to the
 * collector (not worth the call); buffers that cannot be transferred (a SharedArrayBuffer, a
 * Node Buffer's pool) are left alone.
 */
function releaseArrayBuffer(buffer) {
    if (!(buffer instanceof ArrayBuffer) || buffer.byteLength < RELEASE_MIN_BYTES)
        return;
    try {
        structuredClone(buffer, { transfer: [buffer] });
    }
    catch {
        // Not transferable (detached already, or not detachable): the collector frees it.
    }
}
/** Buffers smaller than this are left to the garbage collector (young, or not worth the call). */
const RELEASE_MIN_BYTES = 64 * 1024;


/***/ }),

/***/ 7475:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QH: () => (/* binding */ openZip),
/* harmony export */   lU: () => (/* binding */ ZipNameIndex)
/* harmony export */ });
/* unused harmony export fnv1a */
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6419);
/* harmony import */ var _release_buffer_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8092);




const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
/** Tail read first: the EOCD, a ZIP64 locator and record, and a short comment fit. */
const SHORT_TAIL = 4096;
/** Local headers read to confirm that the archive is written back to back. */
const LAYOUT_SAMPLE = 32;
/** Longest data descriptor (signature, crc, two 64-bit sizes). */
const MAX_DATA_DESCRIPTOR = 24;
/** Bytes of central directory read at a time: many entries per read, none of the reads kept. */
const DIRECTORY_WINDOW = 1 << 20;
/** Probe steps of the name index before it falls back to a Map (a half-full table averages ~1.5). */
const MAX_NAME_PROBES = 64;
/** Archives with fewer entries are indexed by a Map (`ZipNameIndex`). */
const MIN_TABLE_ENTRIES = 4096;
/** Local headers read concurrently when they all have to be read. */
const HEADER_BATCH = 64;
const utf8 = new TextDecoder('utf-8');
const latin1 = new TextDecoder('latin1');
/**
 * An entry name. Names are short ASCII paths (`archive/data/123`), where both encodings agree and
 * building the string directly costs a tenth of a TextDecoder call (10^5 entries: ~60 ms).
 */
function decodeName(bytes, utf8Flag) {
    if (bytes.length <= 128) {
        let ascii = true;
        for (let i = 0; i < bytes.length && ascii; i++)
            ascii = bytes[i] < 0x80;
        if (ascii)
            return String.fromCharCode.apply(null, bytes);
    }
    return (utf8Flag ? utf8 : latin1).decode(bytes);
}
async function openZip(source, options = {}) {
    const fail = (what, offset) => new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FormatError */ .IF(source.name, `invalid zip archive: ${what}`, {
        offset,
        fix: 'The archive is truncated or corrupted (an interrupted upload or copy?); copy it again or re-save it.'
    });
    // --- end of central directory: scan back over a possible comment. Most archives (torch's
    // among them) have none, so a short tail is tried before the longest one a comment allows.
    const findEnd = (tail) => {
        const view = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
        for (let i = tail.length - EOCD_SIZE; i >= 0; i--) {
            if (view.getUint32(i, true) === EOCD_SIGNATURE && i + EOCD_SIZE + view.getUint16(i + 20, true) <= tail.length)
                return i;
        }
        return -1;
    };
    let tailLength = Math.min(source.size, options.tailBytes ?? SHORT_TAIL);
    let tail = await source.read(source.size - tailLength, tailLength);
    let eocd = findEnd(tail);
    if (eocd < 0 && tailLength < source.size) {
        tailLength = Math.min(source.size, EOCD_SIZE + MAX_COMMENT);
        tail = await source.read(source.size - tailLength, tailLength);
        eocd = findEnd(tail);
    }
    if (eocd < 0)
        throw fail('end of central directory not found or unreadable');
    const tailStart = source.size - tailLength;
    const tv = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
    let entryCount = tv.getUint16(eocd + 10, true);
    let directorySize = tv.getUint32(eocd + 12, true);
    let directoryOffset = tv.getUint32(eocd + 16, true);
    const eocdOffset = tailStart + eocd;
    // --- ZIP64: a locator right before the EOCD points at the ZIP64 EOCD record
    if (eocd >= 20 && tv.getUint32(eocd - 20, true) === ZIP64_LOCATOR_SIGNATURE) {
        const recordOffset = u64(tv, eocd - 20 + 8);
        if (recordOffset === undefined || recordOffset + 56 > eocdOffset)
            throw fail('ZIP64 end-of-directory locator points outside the file', eocdOffset - 20);
        const record = await source.read(recordOffset, 56);
        const rv = new DataView(record.buffer, record.byteOffset, 56);
        if (rv.getUint32(0, true) !== ZIP64_EOCD_SIGNATURE)
            throw fail('ZIP64 end-of-directory record not found', recordOffset);
        const count = u64(rv, 32);
        const size = u64(rv, 40);
        const offset = u64(rv, 48);
        if (count === undefined || size === undefined || offset === undefined)
            throw fail('ZIP64 directory fields beyond 2^53', recordOffset);
        entryCount = count;
        directorySize = size;
        directoryOffset = offset;
    }
    if (entryCount > _core_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_ZIP_ENTRIES */ .ib)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LimitExceededError */ .lo(source.name, 'the number of zip entries', entryCount, _core_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_ZIP_ENTRIES */ .ib);
    if (directorySize > _core_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_ZIP_DIRECTORY_BYTES */ .dC) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LimitExceededError */ .lo(source.name, 'the size of the zip central directory', directorySize, _core_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_ZIP_DIRECTORY_BYTES */ .dC);
    }
    if (directoryOffset + directorySize > eocdOffset)
        throw fail('central directory extends past its end record', directoryOffset);
    // --- the central directory, read in windows of DIRECTORY_WINDOW bytes (or from the tail
    // already read). One read of the whole directory (10 MB for 10^5 storages) lived through the
    // parse, was promoted to the old generation and stayed until exit; a window dies young.
    // Every entry takes at least 46 bytes, so the count is checked against the size before the
    // list is allocated at its final length (pushes to 10^5 left growth copies in the
    // large-object space).
    if (entryCount * 46 > directorySize)
        throw fail(`central directory of ${directorySize} bytes cannot hold ${entryCount} entries`, directoryOffset);
    const columns = new DirectoryColumns(entryCount);
    let window = new Uint8Array(0);
    let dv = new DataView(window.buffer);
    let windowStart = 0; // directory offset of window[0]
    let at = 0; // directory offset of the entry being parsed
    // The window from `at` on, at least `length` bytes of it unless the directory ends first.
    const windowAt = async (length) => directoryOffset + at >= tailStart
        ? tail.subarray(directoryOffset + at - tailStart, directoryOffset + directorySize - tailStart)
        : source.read(directoryOffset + at, Math.min(directorySize - at, Math.max(DIRECTORY_WINDOW, length)));
    for (let n = 0; n < entryCount; n++) {
        const where = directoryOffset + at;
        if (at + 46 > directorySize)
            throw fail('corrupt central directory', where);
        if (at + 46 > windowStart + window.length) {
            window = await windowAt(46);
            windowStart = at;
            dv = new DataView(window.buffer, window.byteOffset, window.byteLength);
        }
        let p = at - windowStart;
        if (dv.getUint32(p, true) !== CENTRAL_SIGNATURE)
            throw fail('corrupt central directory', where);
        const length = 46 + dv.getUint16(p + 28, true) + dv.getUint16(p + 30, true) + dv.getUint16(p + 32, true);
        if (at + length > directorySize)
            throw fail('corrupt central directory', where);
        if (at + length > windowStart + window.length) {
            window = await windowAt(length);
            windowStart = at;
            dv = new DataView(window.buffer, window.byteOffset, window.byteLength);
            p = 0;
        }
        parseCentralEntry(columns, n, window, dv, p, where, fail, directoryOffset);
        at += length;
    }
    const dataStart = async (entry) => {
        const header = await source.read(entry.localHeaderOffset, 30);
        const hv = new DataView(header.buffer, header.byteOffset, 30);
        if (hv.getUint32(0, true) !== LOCAL_SIGNATURE)
            throw fail(`bad local header for '${entry.name}'`, entry.localHeaderOffset);
        const start = entry.localHeaderOffset + 30 + hv.getUint16(26, true) + hv.getUint16(28, true);
        if (start + entry.compressedSize > source.size)
            throw fail(`entry '${entry.name}' extends beyond the end of the file`, entry.localHeaderOffset);
        return start;
    };
    const readAll = async (wanted) => {
        const starts = [];
        for (let i = 0; i < wanted.length; i += HEADER_BATCH) {
            const batch = Array.from({ length: Math.min(HEADER_BATCH, wanted.length - i) }, (_, j) => dataStart(columns.entry(wanted[i + j])));
            starts.push(...(await Promise.all(batch)));
        }
        return Float64Array.from(starts);
    };
    // Where the local header after an entry begins (the directory, after the last one): the next
    // larger offset among all local headers, found by binary search in a sorted typed array (a Map
    // from entry to offset cost a boxed entry per record, 10^5 of them for a large checkpoint).
    let sortedOffsets;
    const headerOffsets = () => (sortedOffsets ??= columns.localHeaderOffsets.slice().sort());
    /** Two entries sharing a local header are not a back-to-back layout: their offsets must be read. */
    const headersDistinct = () => headerOffsets().every((offset, i, all) => i === 0 || all[i - 1] !== offset);
    const nextHeaderAfter = (index) => {
        const offsets = headerOffsets();
        const own = columns.localHeaderOffsets[index];
        let low = 0;
        let high = offsets.length;
        while (low < high) {
            const mid = (low + high) >>> 1;
            if (offsets[mid] <= own)
                low = mid + 1;
            else
                high = mid;
        }
        return low < offsets.length ? offsets[low] : directoryOffset;
    };
    const dataStarts = async (wanted, options = {}) => {
        const sampleSize = Math.max(2, options.sample ?? LAYOUT_SAMPLE);
        if (wanted.length <= sampleSize || !headersDistinct())
            return readAll(wanted);
        const { compressedSizes, localHeaderOffsets, flags, nameLengths } = columns;
        // The sample: entries spread over the list, plus every entry large enough to need ZIP64
        // sizes (whose data descriptor, if any, may be longer).
        const step = (wanted.length - 1) / (sampleSize - 1);
        const large = Array.prototype.filter.call(wanted, (index) => compressedSizes[index] >= 0xffffffff);
        const sample = [...new Set([...Array.from({ length: sampleSize }, (_, i) => wanted[Math.round(i * step)]), ...large.slice(0, sampleSize)])];
        const actual = await Promise.all(sample.map((index) => dataStart(columns.entry(index))));
        // What follows each payload before the next header: nothing, or a data descriptor (bit 3;
        // torch's miniz writes a 16-byte one after every record). It must be the same everywhere.
        const trailerOf = (index, start) => nextHeaderAfter(index) - start - compressedSizes[index];
        const trailer = trailerOf(sample[0], actual[0]);
        const descriptorFlag = flags[sample[0]] & 0x8;
        let uniform = trailer >= 0 && trailer <= MAX_DATA_DESCRIPTOR && sample.every((index, i) => trailerOf(index, actual[i]) === trailer);
        for (let i = 0; uniform && i < wanted.length; i++)
            uniform = (flags[wanted[i]] & 0x8) === descriptorFlag;
        if (!uniform)
            return readAll(wanted);
        // A typed array: an array of 10^5 numbers went to the large-object space, which only a full
        // collection frees (none runs that late), so it stayed to exit.
        const starts = new Float64Array(wanted.length);
        for (let i = 0; i < wanted.length; i++) {
            const index = wanted[i];
            starts[i] = nextHeaderAfter(index) - trailer - compressedSizes[index];
            if (starts[i] < localHeaderOffsets[index] + 30 + nameLengths[index])
                return readAll(wanted);
        }
        return starts;
    };
    const readEntry = async (entry, maxBytes) => {
        if (entry.uncompressedSize > maxBytes || entry.compressedSize > maxBytes) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FormatError */ .IF(source.name, `zip entry '${entry.name}' is ${entry.uncompressedSize} bytes, over the ${maxBytes}-byte limit for metadata`);
        }
        const start = await dataStart(entry);
        const stored = await source.read(start, entry.compressedSize);
        if (entry.method === 0)
            return stored;
        if (entry.method !== 8)
            throw fail(`entry '${entry.name}' uses compression method ${entry.method}`);
        try {
            const inflated = (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.inflateRawSync)(stored, { maxOutputLength: Math.max(1, maxBytes) });
            return new Uint8Array(inflated.buffer, inflated.byteOffset, inflated.byteLength);
        }
        catch (error) {
            throw fail(`entry '${entry.name}' does not inflate (${error.message})`);
        }
    };
    let entries;
    const release = () => {
        columns.release();
        if (sortedOffsets)
            (0,_release_buffer_js__WEBPACK_IMPORTED_MODULE_3__/* .releaseArrayBuffer */ .$)(sortedOffsets.buffer);
        sortedOffsets = undefined;
    };
    return {
        get entries() {
            return (entries ??= Array.from({ length: columns.count }, (_, i) => columns.entry(i)));
        },
        directory: columns,
        dataStart,
        dataStarts,
        readEntry,
        release
    };
}
/**
 * Entries by name, as a Map would find them (the last entry of a name wins), in an
 * open-addressing hash table of entry indexes: one typed array sized once. A Map keyed by the
 * 10^5 names of a large torch archive grew by copies into the large-object space, ~7 MB that
 * stayed to exit.
 */
class ZipNameIndex {
    names;
    /** Entry index + 1 per slot, 0 for empty; at most half full, so probes stay short. */
    slots;
    mask;
    /**
     * Names crafted to collide (the hash is not keyed) could make every probe long: past
     * MAX_NAME_PROBES steps the index gives up the table for a Map, whose hash V8 seeds. Small
     * archives use the Map from the start.
     */
    fallback;
    constructor(names) {
        this.names = names;
        let size = 16;
        while (size < names.length * 2)
            size *= 2;
        // A small archive gets the Map: its memory is nothing, and the hashing loop, compiled by
        // the JIT once hot, cost a small run ~4 MB of RSS.
        this.slots = new Int32Array(names.length < MIN_TABLE_ENTRIES ? 0 : size);
        this.mask = size - 1;
        for (let i = 0; i < names.length; i++) {
            const slot = this.slots.length === 0 ? -1 : this.slotOf(names[i]);
            if (slot < 0) {
                this.fallback = new Map();
                for (let j = 0; j < names.length; j++)
                    this.fallback.set(names[j], j);
                this.slots = new Int32Array(0);
                return;
            }
            this.slots[slot] = i + 1;
        }
    }
    /** The index of the (last) entry named `name`. */
    get(name) {
        if (this.fallback)
            return this.fallback.get(name);
        const slot = this.slotOf(name);
        const found = slot < 0 ? 0 : this.slots[slot];
        return found === 0 ? undefined : found - 1;
    }
    /**
     * A lookup of `folder + key` for many keys under one folder, without building the joined
     * names: a torch archive looks up one `archive/data/<key>` per storage, and each concatenation
     * had to be flattened to be hashed. The folder's part of the hash is computed once.
     */
    inFolder(folder) {
        if (this.fallback) {
            const fallback = this.fallback;
            return (key) => fallback.get(folder + key);
        }
        const folderHash = fnv1aContinue(FNV_OFFSET, folder);
        return (key) => {
            const length = folder.length + key.length;
            let slot = fnv1aContinue(folderHash, key) & this.mask;
            for (let probe = 0; probe < MAX_NAME_PROBES; probe++) {
                const found = this.slots[slot];
                if (found === 0)
                    return undefined;
                // The key first: names in one folder differ there.
                const name = this.names[found - 1];
                if (name.length === length && name.endsWith(key) && name.startsWith(folder))
                    return found - 1;
                slot = (slot + 1) & this.mask;
            }
            // Every name in the table sits within MAX_NAME_PROBES of its hash (the constructor checked).
            return undefined;
        };
    }
    /** Frees the table now (see `ZipArchive.release`); the index finds nothing afterwards. */
    release() {
        (0,_release_buffer_js__WEBPACK_IMPORTED_MODULE_3__/* .releaseArrayBuffer */ .$)(this.slots.buffer);
    }
    /** The slot holding `name`, or the empty slot where it would go (linear probing); -1 after too many steps. */
    slotOf(name) {
        let slot = fnv1a(name) & this.mask;
        for (let probe = 0; probe < MAX_NAME_PROBES; probe++) {
            const found = this.slots[slot];
            if (found === 0 || this.names[found - 1] === name)
                return slot;
            slot = (slot + 1) & this.mask;
        }
        return -1;
    }
}
/** 32-bit FNV-1a over UTF-16 code units: cheap, and spreads names that differ in a digit. */
function fnv1a(text) {
    return fnv1aContinue(FNV_OFFSET, text) >>> 0;
}
const FNV_OFFSET = 0x811c9dc5;
/** FNV-1a of the text hashed so far (`hash`) followed by `text`: hashing parts in turn hashes their concatenation. */
function fnv1aContinue(hash, text) {
    for (let i = 0; i < text.length; i++)
        hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    return hash;
}
/**
 * One central-directory entry at `p` of `window` (whole: the caller checked its length), stored
 * as entry `n` of `columns`. A function of its own, so that no closure of `openZip` keeps a
 * directory window alive.
 */
function parseCentralEntry(columns, n, window, dv, p, where, fail, directoryOffset) {
    const flags = dv.getUint16(p + 8, true);
    const method = dv.getUint16(p + 10, true);
    let compressedSize = dv.getUint32(p + 20, true);
    let uncompressedSize = dv.getUint32(p + 24, true);
    const nameLength = dv.getUint16(p + 28, true);
    const extraLength = dv.getUint16(p + 30, true);
    let localHeaderOffset = dv.getUint32(p + 42, true);
    const name = decodeName(window.subarray(p + 46, p + 46 + nameLength), (flags & 0x800) !== 0);
    // ZIP64 extended information (id 1): only the fields whose 32-bit value is all ones, in order.
    let e = p + 46 + nameLength;
    const extraEnd = e + extraLength;
    while (e + 4 <= extraEnd) {
        const id = dv.getUint16(e, true);
        const size = dv.getUint16(e + 2, true);
        if (id === 0x0001) {
            let f = e + 4;
            const fieldEnd = Math.min(e + 4 + size, extraEnd);
            const field = () => {
                if (f + 8 > fieldEnd)
                    throw fail(`entry '${name}' has a short ZIP64 extra field`, where);
                const value = u64(dv, f);
                f += 8;
                if (value === undefined)
                    throw fail(`entry '${name}' has a size beyond 2^53`, where);
                return value;
            };
            if (uncompressedSize === 0xffffffff)
                uncompressedSize = field();
            if (compressedSize === 0xffffffff)
                compressedSize = field();
            if (localHeaderOffset === 0xffffffff)
                localHeaderOffset = field();
            break;
        }
        e += 4 + size;
    }
    if (flags & 1)
        throw fail(`entry '${name}' is encrypted`);
    if (method === 0 && compressedSize !== uncompressedSize) {
        throw fail(`stored entry '${name}' has compressed size ${compressedSize} but uncompressed size ${uncompressedSize}`, where);
    }
    if (localHeaderOffset + 30 + compressedSize > directoryOffset)
        throw fail(`entry '${name}' extends into the central directory or past it`, where);
    columns.names[n] = name;
    columns.methods[n] = method;
    columns.compressedSizes[n] = compressedSize;
    columns.uncompressedSizes[n] = uncompressedSize;
    columns.localHeaderOffsets[n] = localHeaderOffset;
    columns.flags[n] = flags;
    columns.nameLengths[n] = nameLength;
}
/**
 * The directory as one column per field, sized once. The whole directory lives through a torch
 * archive's read, long enough to be promoted to the old generation, where it stays to exit (V8
 * runs no full collection that late): an object per entry (plus a heap number for each offset past
 * 2^30) was ~145 bytes an entry with its name, columns are ~70 (measured at 10^5 entries: 14.5
 * MB before).
 */
class DirectoryColumns {
    count;
    names;
    methods;
    flags;
    /** Method, flags and name length are 16-bit fields in the directory; sizes and offsets are exact up to 2^53. */
    nameLengths;
    compressedSizes;
    uncompressedSizes;
    localHeaderOffsets;
    /** Every typed column is a view of this one buffer, so that `release` frees them at once. */
    buffer;
    constructor(count) {
        this.count = count;
        this.names = new Array(count);
        // The 64-bit columns first, so that each view is aligned to its element size.
        this.buffer = new ArrayBuffer(count * (3 * 8 + 3 * 2));
        this.compressedSizes = new Float64Array(this.buffer, 0, count);
        this.uncompressedSizes = new Float64Array(this.buffer, count * 8, count);
        this.localHeaderOffsets = new Float64Array(this.buffer, count * 16, count);
        this.methods = new Uint16Array(this.buffer, count * 24, count);
        this.flags = new Uint16Array(this.buffer, count * 26, count);
        this.nameLengths = new Uint16Array(this.buffer, count * 28, count);
    }
    /** Frees the typed columns (`ZipArchive.release`): every view of them becomes empty. */
    release() {
        (0,_release_buffer_js__WEBPACK_IMPORTED_MODULE_3__/* .releaseArrayBuffer */ .$)(this.buffer);
    }
    entry(index) {
        return new CentralEntry(this.names[index], this.methods[index], this.compressedSizes[index], this.uncompressedSizes[index], this.localHeaderOffsets[index], this.flags[index], this.nameLengths[index]);
    }
}
/**
 * A ZipEntry built by a constructor: V8 gives class instances an exact-size layout, where an
 * object literal of seven fields cost ~50 bytes more each (measured: 88 vs 135 bytes).
 */
class CentralEntry {
    name;
    method;
    compressedSize;
    uncompressedSize;
    localHeaderOffset;
    flags;
    nameLength;
    constructor(name, method, compressedSize, uncompressedSize, localHeaderOffset, flags, nameLength) {
        this.name = name;
        this.method = method;
        this.compressedSize = compressedSize;
        this.uncompressedSize = uncompressedSize;
        this.localHeaderOffset = localHeaderOffset;
        this.flags = flags;
        this.nameLength = nameLength;
    }
}
/**
 * A little-endian 64-bit field as a number, undefined beyond 2^53. Read as two halves: a BigInt
 * per field cost three heap allocations per entry of a ZIP64 directory.
 */
function u64(view, offset) {
    const high = view.getUint32(offset + 4, true);
    return high < 0x200000 ? high * 0x100000000 + view.getUint32(offset, true) : undefined;
}


/***/ })

};

//# sourceMappingURL=475.index.js.map