export const id = 7331;
export const ids = [7331];
export const modules = {

/***/ 7331:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q: () => (/* reexport */ openZip)
});

// UNUSED EXPORTS: ZipArchive

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/io/bytes/index.ts + 8 modules
var bytes = __webpack_require__(3031);
;// CONCATENATED MODULE: ./src/formats/zip/fields.ts


/** What the locator, the directory and the entry reader share. */
/** The error for a malformed archive: named after the file, with the fix for a damaged copy. */
function invalidZip(file, what, offset) {
    return new errors/* FormatError */.IF(file, `invalid zip archive: ${what}`, {
        offset,
        fix: 'The archive is truncated or corrupted (an interrupted upload or copy?); copy it again or re-save it.'
    });
}
/**
 * The little-endian 64-bit field at `view[at]` (file offset `offset`), through the byte layer's
 * one 2^53 policy: exact, or the error naming `what`. Read as two halves: a BigInt per field cost
 * three heap allocations per entry of a ZIP64 directory.
 */
function u64(view, at, file, what, offset) {
    return (0,bytes/* uint64Number */.eZ)(view.getUint32(at, true), view.getUint32(at + 4, true), file, what, offset);
}

;// CONCATENATED MODULE: ./src/formats/zip/directory.ts


const CENTRAL_SIGNATURE = 0x02014b50;
/** Bytes of central directory read at a time: many entries per read, none of the reads kept. */
const DIRECTORY_WINDOW = 1 << 20;
const utf8 = new TextDecoder('utf-8');
const latin1 = new TextDecoder('latin1');
/**
 * The central directory, read in windows of DIRECTORY_WINDOW bytes (or from the tail already
 * read). One read of the whole directory (10 MB for 10^5 storages) lived through the parse, was
 * promoted to the old generation and stayed until exit; a window dies young. Every entry takes at
 * least 46 bytes, so the count is checked against the size before the list is allocated at its
 * final length (pushes to 10^5 left growth copies in the large-object space).
 */
async function readDirectory(source, location) {
    const { entryCount, directorySize, directoryOffset, tail, tailStart } = location;
    const fail = (what, offset) => invalidZip(source.name, what, offset);
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
        parseCentralEntry(columns, n, window, dv, p, where, fail, directoryOffset, source.name);
        at += length;
    }
    return columns;
}
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
/**
 * One central-directory entry at `p` of `window` (whole: the caller checked its length), stored
 * as entry `n` of `columns`. A function of its own, so that no closure of readDirectory keeps a
 * directory window alive.
 */
function parseCentralEntry(columns, n, window, dv, p, where, fail, directoryOffset, fileName) {
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
                const value = u64(dv, f, fileName, `ZIP64 size or offset of entry '${name}'`, where);
                f += 8;
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
        (0,bytes/* releaseArrayBuffer */.$t)(this.buffer);
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

// EXTERNAL MODULE: ./src/core/limits.ts
var limits = __webpack_require__(6419);
;// CONCATENATED MODULE: ./src/formats/zip/locator.ts



/**
 * The end of central directory record (APPNOTE.TXT §4.3.16) and, for ZIP64 archives (torch's
 * writer always writes one), the ZIP64 locator and record before it (§4.3.14–15): where the
 * central directory is, how long it is and how many entries it lists.
 */
const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
/** Tail read first: the EOCD, a ZIP64 locator and record, and a short comment fit. */
const SHORT_TAIL = 4096;
/**
 * Finds the end of central directory: a scan back over a possible comment. Most archives
 * (torch's among them) have none, so a short tail (`tailBytes`) is tried before the longest one a
 * comment allows.
 */
async function locateDirectory(source, tailBytes = SHORT_TAIL) {
    let tailLength = Math.min(source.size, tailBytes);
    let tail = await source.read(source.size - tailLength, tailLength);
    let eocd = findEnd(tail);
    if (eocd < 0 && tailLength < source.size) {
        tailLength = Math.min(source.size, EOCD_SIZE + MAX_COMMENT);
        tail = await source.read(source.size - tailLength, tailLength);
        eocd = findEnd(tail);
    }
    if (eocd < 0)
        throw invalidZip(source.name, 'end of central directory not found or unreadable');
    const tailStart = source.size - tailLength;
    const tv = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
    let entryCount = tv.getUint16(eocd + 10, true);
    let directorySize = tv.getUint32(eocd + 12, true);
    let directoryOffset = tv.getUint32(eocd + 16, true);
    const eocdOffset = tailStart + eocd;
    // ZIP64: a locator right before the EOCD points at the ZIP64 EOCD record.
    if (eocd >= 20 && tv.getUint32(eocd - 20, true) === ZIP64_LOCATOR_SIGNATURE) {
        const recordOffset = u64(tv, eocd - 20 + 8, source.name, 'ZIP64 end-of-directory record offset', eocdOffset - 12);
        if (recordOffset + 56 > eocdOffset) {
            throw invalidZip(source.name, 'ZIP64 end-of-directory locator points outside the file', eocdOffset - 20);
        }
        const record = await source.read(recordOffset, 56);
        const rv = new DataView(record.buffer, record.byteOffset, 56);
        if (rv.getUint32(0, true) !== ZIP64_EOCD_SIGNATURE)
            throw invalidZip(source.name, 'ZIP64 end-of-directory record not found', recordOffset);
        entryCount = u64(rv, 32, source.name, 'ZIP64 entry count', recordOffset + 32);
        directorySize = u64(rv, 40, source.name, 'ZIP64 central directory size', recordOffset + 40);
        directoryOffset = u64(rv, 48, source.name, 'ZIP64 central directory offset', recordOffset + 48);
    }
    if (entryCount > limits/* MAX_ZIP_ENTRIES */.ib)
        throw new errors/* LimitExceededError */.lo(source.name, 'the number of zip entries', entryCount, limits/* MAX_ZIP_ENTRIES */.ib);
    if (directorySize > limits/* MAX_ZIP_DIRECTORY_BYTES */.dC) {
        throw new errors/* LimitExceededError */.lo(source.name, 'the size of the zip central directory', directorySize, limits/* MAX_ZIP_DIRECTORY_BYTES */.dC);
    }
    if (directoryOffset + directorySize > eocdOffset)
        throw invalidZip(source.name, 'central directory extends past its end record', directoryOffset);
    return { entryCount, directorySize, directoryOffset, tail, tailStart };
}
/** The offset of the EOCD in `tail` (the last signature whose comment fits), or -1. */
function findEnd(tail) {
    const view = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
    for (let i = tail.length - EOCD_SIZE; i >= 0; i--) {
        if (view.getUint32(i, true) === EOCD_SIGNATURE && i + EOCD_SIZE + view.getUint16(i + 20, true) <= tail.length)
            return i;
    }
    return -1;
}

;// CONCATENATED MODULE: ./src/formats/zip/archive.ts






/**
 * A zip archive's central directory (PyTorch `torch.save`, TorchScript, Keras `.keras`), read
 * through a ByteSource in three steps: the locator finds the end-of-central-directory record
 * (ZIP64 included: torch's writer always uses it; locator.ts), the directory is parsed into
 * columns a window at a time (directory.ts), and the archive reads entries' local headers and
 * the small payloads a reader asks for by name (`data.pkl`, `config.json`), up to a limit. Entry
 * payloads are otherwise never read.
 *
 * Layout: APPNOTE.TXT §4.3 (`pkware`), summarised in FORMATS.md §9; netron's
 * `lutzroeder/netron:source/zip.js`. This replaced yauzl, whose one-read-per-entry directory walk
 * cost ~0.3 ms per entry over a ByteSource (21 s for a 60,000-storage checkpoint).
 */
const LOCAL_SIGNATURE = 0x04034b50;
/** Local headers read to confirm that the archive is written back to back. */
const LAYOUT_SAMPLE = 32;
/** Longest data descriptor (signature, crc, two 64-bit sizes). */
const MAX_DATA_DESCRIPTOR = 24;
/** Local headers read concurrently when they all have to be read. */
const HEADER_BATCH = 64;
/** The archive in `source`: its directory located and read; entries are read on demand. */
async function openZip(source, options = {}) {
    const location = await locateDirectory(source, options.tailBytes);
    return new ZipArchive(source, await readDirectory(source, location), location.directoryOffset);
}
class ZipArchive {
    source;
    columns;
    directoryOffset;
    entryList;
    /**
     * Where each local header begins, sorted (see nextHeaderAfter): a sorted typed array, as a Map
     * from entry to offset cost a boxed entry per record, 10^5 of them for a large checkpoint.
     */
    sortedOffsets;
    constructor(source, columns, 
    /** Where the central directory starts: the end of the last entry. */
    directoryOffset) {
        this.source = source;
        this.columns = columns;
        this.directoryOffset = directoryOffset;
    }
    /** Every entry as an object, built from `directory` on first use. */
    get entries() {
        return (this.entryList ??= Array.from({ length: this.columns.count }, (_, i) => this.columns.entry(i)));
    }
    /**
     * The same entries as columns, by index in directory order: what a reader of a large archive
     * uses, so that no object is built per entry (see `DirectoryColumns`).
     */
    get directory() {
        return this.columns;
    }
    /** Offset of the entry's payload in the file (after its local header, whose extra field may pad it). */
    async dataStart(entry) {
        const header = await this.source.read(entry.localHeaderOffset, 30);
        const hv = new DataView(header.buffer, header.byteOffset, 30);
        if (hv.getUint32(0, true) !== LOCAL_SIGNATURE)
            throw this.fail(`bad local header for '${entry.name}'`, entry.localHeaderOffset);
        const start = entry.localHeaderOffset + 30 + hv.getUint16(26, true) + hv.getUint16(28, true);
        if (start + entry.compressedSize > this.source.size)
            throw this.fail(`entry '${entry.name}' extends beyond the end of the file`, entry.localHeaderOffset);
        return start;
    }
    /**
     * Payload offsets of many entries (by directory index) at once, without one read per entry (a read per local header
     * cost ~1 s per 60,000 storages). Entries written back to back (torch's miniz writer, Python's
     * zipfile) end where the next local header begins, less a data descriptor of the same length
     * after every entry, so their offsets follow from the directory. A spread sample of local
     * headers is read to measure that trailer and confirm it is uniform; if not, every header is
     * read. Sizes always come from the directory, so an irregularity the sample misses could shift
     * an unsampled offset by a few bytes, never change a byte count.
     */
    async dataStarts(wanted, options = {}) {
        const columns = this.columns;
        const sampleSize = Math.max(2, options.sample ?? LAYOUT_SAMPLE);
        if (wanted.length <= sampleSize || !this.headersDistinct())
            return this.readAll(wanted);
        const { compressedSizes, localHeaderOffsets, flags, nameLengths } = columns;
        // The sample: entries spread over the list, plus every entry large enough to need ZIP64
        // sizes (whose data descriptor, if any, may be longer).
        const step = (wanted.length - 1) / (sampleSize - 1);
        const large = Array.prototype.filter.call(wanted, (index) => compressedSizes[index] >= 0xffffffff);
        const sample = [...new Set([...Array.from({ length: sampleSize }, (_, i) => wanted[Math.round(i * step)]), ...large.slice(0, sampleSize)])];
        const actual = await Promise.all(sample.map((index) => this.dataStart(columns.entry(index))));
        // What follows each payload before the next header: nothing, or a data descriptor (bit 3;
        // torch's miniz writes a 16-byte one after every record). It must be the same everywhere.
        const trailerOf = (index, start) => this.nextHeaderAfter(index) - start - compressedSizes[index];
        const trailer = trailerOf(sample[0], actual[0]);
        const descriptorFlag = flags[sample[0]] & 0x8;
        let uniform = trailer >= 0 && trailer <= MAX_DATA_DESCRIPTOR && sample.every((index, i) => trailerOf(index, actual[i]) === trailer);
        for (let i = 0; uniform && i < wanted.length; i++)
            uniform = (flags[wanted[i]] & 0x8) === descriptorFlag;
        if (!uniform)
            return this.readAll(wanted);
        // A typed array: an array of 10^5 numbers went to the large-object space, which only a full
        // collection frees (none runs that late), so it stayed to exit.
        const starts = new Float64Array(wanted.length);
        for (let i = 0; i < wanted.length; i++) {
            const index = wanted[i];
            starts[i] = this.nextHeaderAfter(index) - trailer - compressedSizes[index];
            if (starts[i] < localHeaderOffsets[index] + 30 + nameLengths[index])
                return this.readAll(wanted);
        }
        return starts;
    }
    /** The entry's uncompressed bytes; refuses entries over `maxBytes` before reading them. */
    async readEntry(entry, maxBytes) {
        if (entry.uncompressedSize > maxBytes || entry.compressedSize > maxBytes) {
            throw new errors/* FormatError */.IF(this.source.name, `zip entry '${entry.name}' is ${entry.uncompressedSize} bytes, over the ${maxBytes}-byte limit for metadata`);
        }
        const start = await this.dataStart(entry);
        const stored = await this.source.read(start, entry.compressedSize);
        if (entry.method === 0)
            return stored;
        if (entry.method !== 8)
            throw this.fail(`entry '${entry.name}' uses compression method ${entry.method}`);
        try {
            const inflated = (0,external_node_zlib_.inflateRawSync)(stored, { maxOutputLength: Math.max(1, maxBytes) });
            return new Uint8Array(inflated.buffer, inflated.byteOffset, inflated.byteLength);
        }
        catch (error) {
            throw this.fail(`entry '${entry.name}' does not inflate (${error.message})`);
        }
    }
    /**
     * Frees the directory's typed columns now, for a reader done with the archive. A large
     * archive's columns (~35 bytes an entry, plus the sorted offsets `dataStarts` builds) live
     * through the reader's whole parse, so they are in the old generation by the time the reader is
     * done, where only a full collection would free them, and a short process runs none: they
     * stayed to exit (3.8 MB at 10^5 entries, on top of what the reader builds next). The names
     * stay (readers keep them as keys). Afterwards the columns are empty: use nothing of the
     * archive but `directory.names`.
     */
    release() {
        this.columns.release();
        if (this.sortedOffsets)
            (0,bytes/* releaseArrayBuffer */.$t)(this.sortedOffsets.buffer);
        this.sortedOffsets = undefined;
    }
    fail(what, offset) {
        return invalidZip(this.source.name, what, offset);
    }
    /** Every local header read, HEADER_BATCH at a time. */
    async readAll(wanted) {
        const starts = [];
        for (let i = 0; i < wanted.length; i += HEADER_BATCH) {
            const batch = Array.from({ length: Math.min(HEADER_BATCH, wanted.length - i) }, (_, j) => this.dataStart(this.columns.entry(wanted[i + j])));
            starts.push(...(await Promise.all(batch)));
        }
        return Float64Array.from(starts);
    }
    headerOffsets() {
        return (this.sortedOffsets ??= this.columns.localHeaderOffsets.slice().sort());
    }
    /** Two entries sharing a local header are not a back-to-back layout: their offsets must be read. */
    headersDistinct() {
        return this.headerOffsets().every((offset, i, all) => i === 0 || all[i - 1] !== offset);
    }
    /**
     * Where the local header after an entry begins (the directory, after the last one): the next
     * larger offset among all local headers, found by binary search.
     */
    nextHeaderAfter(index) {
        const offsets = this.headerOffsets();
        const own = this.columns.localHeaderOffsets[index];
        let low = 0;
        let high = offsets.length;
        while (low < high) {
            const mid = (low + high) >>> 1;
            if (offsets[mid] <= own)
                low = mid + 1;
            else
                high = mid;
        }
        return low < offsets.length ? offsets[low] : this.directoryOffset;
    }
}

;// CONCATENATED MODULE: ./src/formats/zip/index.ts
/**
 * The zip reader, as readers use it. Sniffers import signature.ts alone, so that sniffing does
 * not load the archive reader and zlib.
 */



/***/ })

};

//# sourceMappingURL=7331.index.js.map