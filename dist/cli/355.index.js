export const id = 355;
export const ids = [355];
export const modules = {

/***/ 1355:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pytorchZipReader: () => (/* binding */ pytorchZipReader)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_format_bytes_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7586);
/* harmony import */ var _core_limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6419);
/* harmony import */ var _pickle_unpickler_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4430);
/* harmony import */ var _zip_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7475);
/* harmony import */ var _classify_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4231);
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7639);
/* harmony import */ var _sniff_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8136);
/* harmony import */ var _torch_globals_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2219);









/**
 * `torch.save` zip archives (PyTorch ≥ 1.6; Lightning `.ckpt`, HF `pytorch_model.bin`) and
 * TorchScript archives (`torch.jit.save`).
 *
 * Layout (`pytorch/pytorch:torch/serialization.py` `_save`, `caffe2/serialize/inline_container.cc`):
 * every record sits under one folder whose name varies (the file stem, or `archive`):
 * `<a>/data.pkl` the pickled object, `<a>/data/<key>` one record per storage (stored, not
 * compressed, 64-byte aligned through a local-header extra field), `<a>/byteorder`,
 * `<a>/version` or `<a>/.data/version`. TorchScript adds `<a>/code/` (Python-like source and
 * `.debug_pkl` debug info) and `<a>/constants.pkl`.
 *
 * Read: the central directory, `data.pkl` (and `constants.pkl`), one local header per storage
 * (its payload starts after the variable-length padding). Storage payloads are never read.
 */
const pytorchZipReader = {
    ..._sniff_js__WEBPACK_IMPORTED_MODULE_6__/* .pytorchZipSniffer */ .mx,
    async read(path, files) {
        const source = await files.open(path);
        try {
            return torchZipResult(path, source.size, await readRecords(path, source));
        }
        finally {
            await source.close();
        }
    }
};
/** `archive/data.pkl` → `archive/`: the folder with the shortest path holding a data.pkl. */
function archivePrefix(archive) {
    let best;
    for (const entry of archive.entries) {
        if (entry.name !== 'data.pkl' && !entry.name.endsWith('/data.pkl'))
            continue;
        const prefix = entry.name.slice(0, entry.name.length - 'data.pkl'.length);
        if (best === undefined || prefix.length < best.length)
            best = prefix;
    }
    return best;
}
async function readSmallText(archive, entry) {
    if (!entry || entry.uncompressedSize > 64)
        return undefined;
    return new TextDecoder().decode(await archive.readEntry(entry, 64)).trim();
}
/**
 * The records are read in a call of their own (`readRecords`), so that the zip directory (one
 * entry per storage, 10^5 of them for a large checkpoint) is garbage before the tensor list is
 * built; the tensors are then classified and listed one by one as the walk reaches them.
 */
async function readRecords(path, source) {
    const archive = await (0,_zip_js__WEBPACK_IMPORTED_MODULE_3__/* .openZip */ .Q)(source);
    const prefix = archivePrefix(archive);
    if (prefix === undefined) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UnsupportedFormatError */ .N$(path, 'a zip archive without a data.pkl record, so not a torch.save or TorchScript file', 'PyTorch checkpoints saved with torch.save hold <folder>/data.pkl; other zips (.keras, .npz) are read by their own readers.');
    }
    // One lookup table for the whole archive: a large checkpoint has one record per storage.
    // (Built in a loop, and the code folder's name once: 10^5 pair arrays or concatenations add up.)
    const byName = new Map();
    for (const entry of archive.entries)
        byName.set(entry.name, entry);
    const record = (name) => byName.get(prefix + name);
    const codeDir = prefix + 'code/';
    const torchscript = archive.entries.some((e) => e.name.startsWith(codeDir)) || record('constants.pkl') !== undefined;
    const warnings = [];
    const byteorder = await readSmallText(archive, record('byteorder'));
    if (byteorder === 'big')
        warnings.push('storages are big-endian (byteorder record); sizes are unaffected');
    const version = await readSmallText(archive, record('.data/version') ?? record('version'));
    const storages = new Map();
    const unpickleRecord = async (name, dataDir) => {
        const entry = record(name);
        if (!entry)
            return undefined;
        const bytes = await archive.readEntry(entry, _core_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_PICKLE_BYTES */ .mq);
        return (0,_pickle_unpickler_js__WEBPACK_IMPORTED_MODULE_2__/* .unpickle */ .K)(bytes, {
            file: path,
            globals: GLOBALS,
            allowedModulePrefixes: torchscript ? _torch_globals_js__WEBPACK_IMPORTED_MODULE_7__/* .TORCHSCRIPT_MODULE_PREFIXES */ .GC : [],
            persistentLoad: (pid) => {
                const storage = zipStorage(pid, dataDir);
                const known = storages.get(storage.key);
                if (known)
                    return known;
                storages.set(storage.key, storage);
                return storage;
            }
        }).value;
    };
    const root = await unpickleRecord('data.pkl', 'data/');
    // TorchScript constants (tensors baked into the code) live in their own pickle, with their
    // storages under `constants/` (`pytorch/pytorch:torch/csrc/jit/serialization/export_module.cpp`,
    // ScriptModuleSerializer::serialize: writeArchive(constants, "constants", "", "constants/")).
    // `traced_inputs.pkl` is written without tensor data and is left as metadata.
    const constants = torchscript ? await unpickleRecord('constants.pkl', 'constants/') : undefined;
    const storageRecords = [];
    for (const storage of storages.values()) {
        const entry = record(storage.key);
        if (!entry) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FormatError */ .IF(path, `the pickle refers to storage '${storage.key}', but the archive has no record '${prefix}${storage.key}'`, {
                fix: 'The archive is incomplete; re-save it.'
            });
        }
        storageRecords.push(entry);
        const expected = storage.numel * (_torch_globals_js__WEBPACK_IMPORTED_MODULE_7__/* .STORAGE_ELEMENT_BYTES */ .Fu[storage.dtype] ?? 1);
        if (entry.uncompressedSize !== expected && warnings.length < MAX_SIZE_WARNINGS) {
            warnings.push(`storage '${entry.name}' holds ${entry.uncompressedSize} bytes, not the ${expected} its ${storage.numel} ${storage.dtype} elements need; the record's size is counted`);
        }
    }
    // Each payload starts after its local header's variable-length padding (zip.ts derives the
    // offsets from the directory and confirms them on a sample of local headers).
    const starts = await archive.dataStarts(storageRecords);
    let i = 0;
    for (const storage of storages.values()) {
        const entry = storageRecords[i];
        // The record name is unique in the archive, and a ReadResult of this reader has one file:
        // it is the storage's key as it is (a string already hashed by the name lookup).
        storage.span = { offset: starts[i], byteLength: entry.compressedSize, storageKey: entry.name };
        i++;
    }
    if (version !== undefined && !/^\d+$/.test(version))
        warnings.push(`unexpected archive version record '${version}'`);
    return { torchscript, root, constants, warnings, codeLine: torchscript ? torchScriptCodeLine(archive, prefix) : undefined };
}
function torchZipResult(path, fileSize, records) {
    const { torchscript, root, constants, warnings } = records;
    // Every storage the pickles name was located (or readRecords threw).
    const list = new _result_js__WEBPACK_IMPORTED_MODULE_5__/* .TensorList */ .k(path, (storage) => storage.span);
    const classification = torchscript ? (0,_classify_js__WEBPACK_IMPORTED_MODULE_4__/* .classifyTorchScript */ .a)(root, constants, path, list.add) : (0,_classify_js__WEBPACK_IMPORTED_MODULE_4__/* .classifyTorchSave */ .i)(root, path, list.add);
    const { tensors, explanations } = list.finish();
    if (records.codeLine !== undefined)
        explanations.push(records.codeLine);
    return {
        format: torchscript ? 'torchscript' : 'pytorch',
        name: path,
        files: [{ path, role: 'data', bytes: fileSize, present: true }],
        tensors,
        classifiedBy: classification.classifiedBy,
        warnings,
        explanations,
        categoryNotes: classification.categoryNotes
    };
}
const GLOBALS = (0,_torch_globals_js__WEBPACK_IMPORTED_MODULE_7__/* .torchGlobals */ .LI)();
/** Size-mismatch warnings listed before the rest are left out (a corrupt file would have one per storage). */
const MAX_SIZE_WARNINGS = 5;
/** The storage a persistent id names, found at `<dataDir><key>`: keys are plain record names. */
function zipStorage(pid, dataDir) {
    return (0,_torch_globals_js__WEBPACK_IMPORTED_MODULE_7__/* .persistentStorage */ .HZ)(pid, (key) => {
        if (!/^[\w.-]+$/.test(key))
            throw new Error('storage key is not a plain name');
        return dataDir + key;
    });
}
function torchScriptCodeLine(archive, prefix) {
    let code = 0;
    let codeFiles = 0;
    let debug = 0;
    let onDisk = 0;
    const codeDir = prefix + 'code/';
    for (const entry of archive.entries) {
        if (!entry.name.startsWith(codeDir))
            continue;
        onDisk += entry.compressedSize;
        if (entry.name.endsWith('.debug_pkl'))
            debug += entry.uncompressedSize;
        else {
            code += entry.uncompressedSize;
            codeFiles++;
        }
    }
    return (`TorchScript archive: ${codeFiles} code file(s), ${(0,_core_format_bytes_js__WEBPACK_IMPORTED_MODULE_8__/* .formatBytes */ .z3)(code)} of code and ${(0,_core_format_bytes_js__WEBPACK_IMPORTED_MODULE_8__/* .formatBytes */ .z3)(debug)} of debug info ` +
        `(${(0,_core_format_bytes_js__WEBPACK_IMPORTED_MODULE_8__/* .formatBytes */ .z3)(onDisk)} on disk, counted as metadata); a plain state_dict carries no code`);
}


/***/ }),

/***/ 7475:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ openZip)
/* harmony export */ });
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6419);




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
async function openZip(source) {
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
    let tailLength = Math.min(source.size, SHORT_TAIL);
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
    // --- the central directory, in one read (or from the tail already read)
    const directory = directoryOffset >= tailStart
        ? tail.subarray(directoryOffset - tailStart, directoryOffset - tailStart + directorySize)
        : await source.read(directoryOffset, directorySize);
    const dv = new DataView(directory.buffer, directory.byteOffset, directory.byteLength);
    const entries = [];
    let at = 0;
    for (let n = 0; n < entryCount; n++) {
        const where = directoryOffset + at;
        if (at + 46 > directory.length || dv.getUint32(at, true) !== CENTRAL_SIGNATURE)
            throw fail('corrupt central directory', where);
        const flags = dv.getUint16(at + 8, true);
        const method = dv.getUint16(at + 10, true);
        let compressedSize = dv.getUint32(at + 20, true);
        let uncompressedSize = dv.getUint32(at + 24, true);
        const nameLength = dv.getUint16(at + 28, true);
        const extraLength = dv.getUint16(at + 30, true);
        const commentLength = dv.getUint16(at + 32, true);
        let localHeaderOffset = dv.getUint32(at + 42, true);
        const next = at + 46 + nameLength + extraLength + commentLength;
        if (next > directory.length)
            throw fail('corrupt central directory', where);
        const name = decodeName(directory.subarray(at + 46, at + 46 + nameLength), (flags & 0x800) !== 0);
        // ZIP64 extended information (id 1): only the fields whose 32-bit value is all ones, in order.
        let e = at + 46 + nameLength;
        const extraEnd = e + extraLength;
        while (e + 4 <= extraEnd) {
            const id = dv.getUint16(e, true);
            const size = dv.getUint16(e + 2, true);
            if (id === 0x0001) {
                let f = e + 4;
                const field = () => {
                    if (f + 8 > e + 4 + size)
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
        entries.push({ name, method, compressedSize, uncompressedSize, localHeaderOffset, flags, nameLength });
        at = next;
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
            starts.push(...(await Promise.all(wanted.slice(i, i + HEADER_BATCH).map(dataStart))));
        }
        return starts;
    };
    // Where the local header after an entry begins (the directory, after the last one): the next
    // larger offset among all local headers, found by binary search in a sorted typed array (a Map
    // from entry to offset cost a boxed entry per record, 10^5 of them for a large checkpoint).
    let sortedOffsets;
    const headerOffsets = () => (sortedOffsets ??= Float64Array.from(entries, (e) => e.localHeaderOffset).sort());
    /** Two entries sharing a local header are not a back-to-back layout: their offsets must be read. */
    const headersDistinct = () => headerOffsets().every((offset, i, all) => i === 0 || all[i - 1] !== offset);
    const nextHeaderAfter = (entry) => {
        const offsets = headerOffsets();
        let low = 0;
        let high = offsets.length;
        while (low < high) {
            const mid = (low + high) >>> 1;
            if (offsets[mid] <= entry.localHeaderOffset)
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
        // The sample: entries spread over the list, plus every entry large enough to need ZIP64
        // sizes (whose data descriptor, if any, may be longer).
        const step = (wanted.length - 1) / (sampleSize - 1);
        const sample = [
            ...new Set([
                ...Array.from({ length: sampleSize }, (_, i) => wanted[Math.round(i * step)]),
                ...wanted.filter((entry) => entry.compressedSize >= 0xffffffff).slice(0, sampleSize)
            ])
        ];
        const actual = await Promise.all(sample.map(dataStart));
        // What follows each payload before the next header: nothing, or a data descriptor (bit 3;
        // torch's miniz writes a 16-byte one after every record). It must be the same everywhere.
        const trailerOf = (entry, start) => nextHeaderAfter(entry) - start - entry.compressedSize;
        const trailer = trailerOf(sample[0], actual[0]);
        const uniform = trailer >= 0 &&
            trailer <= MAX_DATA_DESCRIPTOR &&
            sample.every((entry, i) => trailerOf(entry, actual[i]) === trailer) &&
            wanted.every((entry) => (entry.flags & 0x8) === (sample[0].flags & 0x8));
        if (!uniform)
            return readAll(wanted);
        const starts = wanted.map((entry) => nextHeaderAfter(entry) - trailer - entry.compressedSize);
        const plausible = wanted.every((entry, i) => starts[i] >= entry.localHeaderOffset + 30 + entry.nameLength);
        return plausible ? starts : readAll(wanted);
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
    return { entries, dataStart, dataStarts, readEntry };
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

//# sourceMappingURL=355.index.js.map