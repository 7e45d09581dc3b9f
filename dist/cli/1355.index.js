export const id = 1355;
export const ids = [1355];
export const modules = {

/***/ 1355:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pytorchZipReader: () => (/* binding */ pytorchZipReader)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_format_bytes_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(7586);
/* harmony import */ var _core_limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6419);
/* harmony import */ var _pickle_scan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9566);
/* harmony import */ var _pickle_unpickler_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4430);
/* harmony import */ var _io_bytes_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3031);
/* harmony import */ var _zip_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7331);
/* harmony import */ var _evidence_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3717);
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7639);
/* harmony import */ var _sniff_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8136);
/* harmony import */ var _torch_globals_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2219);
/* harmony import */ var _kit_open_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7247);












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
    ..._sniff_js__WEBPACK_IMPORTED_MODULE_8__/* .pytorchZipSniffer */ .mx,
    async read(path, files) {
        return (0,_kit_open_js__WEBPACK_IMPORTED_MODULE_10__/* .withSource */ .g)(files, path, async (source) => {
            return torchZipResult(path, source.size, await readRecords(path, source));
        });
    }
};
/** `archive/data.pkl` → `archive/`: the folder with the shortest path holding a data.pkl. */
function archivePrefix(archive) {
    let best;
    for (const name of archive.directory.names) {
        if (name !== 'data.pkl' && !name.endsWith('/data.pkl'))
            continue;
        const prefix = name.slice(0, name.length - 'data.pkl'.length);
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
    const archive = await (0,_zip_index_js__WEBPACK_IMPORTED_MODULE_5__/* .openZip */ .Q)(source);
    const prefix = archivePrefix(archive);
    if (prefix === undefined) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UnsupportedFormatError */ .N$(path, 'a zip archive without a data.pkl record, so not a torch.save or TorchScript file', 'PyTorch checkpoints saved with torch.save hold <folder>/data.pkl; other zips (.keras, .npz) are read by their own readers.');
    }
    // One lookup table for the whole archive: a large checkpoint has one record per storage.
    // Names map to the entry's index, which also indexes the storage table below. The directory
    // is read by index (`archive.directory`), never as an object per entry (`archive.entries`).
    const { directory } = archive;
    const byName = _io_bytes_index_js__WEBPACK_IMPORTED_MODULE_4__/* .NameIndex */ .SJ.of(directory.names);
    const record = (name) => {
        const index = byName.get(prefix + name);
        return index === undefined ? undefined : directory.entry(index);
    };
    const codeDir = prefix + 'code/';
    const torchscript = directory.names.some((name) => name.startsWith(codeDir)) || record('constants.pkl') !== undefined;
    const warnings = [];
    const byteorder = await readSmallText(archive, record('byteorder'));
    if (byteorder === 'big')
        warnings.push('storages are big-endian (byteorder record); sizes are unaffected');
    const version = await readSmallText(archive, record('.data/version') ?? record('version'));
    // The storages, in the order the pickles name them, and for each zip entry the position of its
    // storage in that list (-1: none yet). Each persistent id is resolved to its record as it is
    // met: its size is checked then, and the storage keeps only its position, by which its record
    // is found later (`storageEntries`; a key string per storage, 10^5 of them, each a concatenation
    // and its flattened copy, were ~7 MB). The tables are typed arrays (a Map keyed by the 10^5
    // names grew by copies into the large-object space, ~7 MB that stayed to exit).
    // Each storage is a distinct entry, so the list is allocated at the entry count and trimmed
    // after the pickles (pushes to 10^5 left growth copies in the large-object space).
    const storages = new Array(directory.count);
    let storageCount = 0;
    const storageOfEntry = new Int32Array(directory.count).fill(-1);
    // The directory index of each listed storage's record, found once when the pickle names it
    // (the name lookup was a tenth of the read when it was repeated for the size check).
    const storageEntries = new Int32Array(directory.count);
    const storageOf = (pid, recordIn, dataDir) => {
        const { key, dtype, numel } = (0,_torch_globals_js__WEBPACK_IMPORTED_MODULE_9__/* .persistentStorageId */ .kZ)(pid);
        // `torch/serialization.py` writes str(key) of a counter; nothing else may form a record name.
        if (!/^[\w.-]+$/.test(key))
            throw new Error('storage key is not a plain name');
        const entry = recordIn(key);
        if (entry === undefined) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FormatError */ .IF(path, `the pickle refers to storage '${dataDir}${key}', but the archive has no record '${prefix}${dataDir}${key}'`, {
                fix: 'The archive is incomplete; re-save it.'
            });
        }
        const known = storageOfEntry[entry];
        if (known >= 0)
            return storages[known];
        const size = directory.uncompressedSizes[entry];
        const expected = numel * (_torch_globals_js__WEBPACK_IMPORTED_MODULE_9__/* .STORAGE_ELEMENT_BYTES */ .Fu[dtype] ?? 1);
        if (size !== expected && warnings.length < MAX_SIZE_WARNINGS) {
            warnings.push(`storage '${directory.names[entry]}' holds ${size} bytes, not the ${expected} its ${numel} ${dtype} elements need; the record's size is counted`);
        }
        const storage = new _torch_globals_js__WEBPACK_IMPORTED_MODULE_9__/* .StorageRef */ .vG(dtype);
        storageOfEntry[entry] = storageCount;
        storageEntries[storageCount] = entry;
        storage.index = storageCount;
        storages[storageCount++] = storage;
        return storage;
    };
    const scan = new _pickle_scan_js__WEBPACK_IMPORTED_MODULE_2__/* .PickleGlobalScan */ .Dv(path);
    const unpickleRecord = async (name, dataDir) => {
        const entry = record(name);
        if (!entry)
            return undefined;
        const bytes = await archive.readEntry(entry, _core_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_PICKLE_BYTES */ .mq);
        const recordIn = byName.inFolder(prefix + dataDir);
        // Offsets in errors and in the scan are the file's (a stored record's bytes are the file's own;
        // a compressed one's are not, and its offsets count from the record's start).
        const baseOffset = entry.method === 0 ? await archive.dataStart(entry) : 0;
        try {
            return (0,_pickle_unpickler_js__WEBPACK_IMPORTED_MODULE_3__/* .unpickle */ .K)(bytes, {
                file: path,
                baseOffset,
                scan,
                globals: (0,_torch_globals_js__WEBPACK_IMPORTED_MODULE_9__/* .torchGlobals */ .LI)(),
                allowedModulePrefixes: torchscript ? _torch_globals_js__WEBPACK_IMPORTED_MODULE_9__/* .TORCHSCRIPT_MODULE_PREFIXES */ .GC : [],
                persistentLoad: (pid) => storageOf(pid, recordIn, dataDir)
            }).value;
        }
        finally {
            releaseBuffer(bytes);
        }
    };
    const root = await unpickleRecord('data.pkl', 'data/');
    // TorchScript constants (tensors baked into the code) live in their own pickle, with their
    // storages under `constants/` (`pytorch/pytorch:torch/csrc/jit/serialization/export_module.cpp`,
    // ScriptModuleSerializer::serialize: writeArchive(constants, "constants", "", "constants/")).
    // `traced_inputs.pkl` is written without tensor data and is left as metadata.
    const constants = torchscript ? await unpickleRecord('constants.pkl', 'constants/') : undefined;
    const storageRecords = storageEntries.subarray(0, storageCount);
    // Each payload starts after its local header's variable-length padding (zip/archive.ts derives the
    // offsets from the directory and confirms them on a sample of local headers).
    const starts = await archive.dataStarts(storageRecords);
    const sizes = recordSizes(storageRecords, directory.compressedSizes);
    if (version !== undefined && !/^\d+$/.test(version))
        warnings.push(`unexpected archive version record '${version}'`);
    const codeLine = torchscript ? torchScriptCodeLine(archive, prefix) : undefined;
    // The directory's tables are done with, but have lived through the parse: freed now, or they
    // stay beside the tensor list being built (see ZipArchive.release).
    archive.release();
    byName.release();
    (0,_io_bytes_index_js__WEBPACK_IMPORTED_MODULE_4__/* .releaseArrayBuffer */ .$t)(storageOfEntry.buffer);
    // A storage's key is its record's name, unique in the archive (a ReadResult of this reader has
    // one file, so it is the span's key as it is), looked up only for storages several tensors view.
    const { names } = directory;
    const recordNameOf = (storage) => names[storageRecords[storage.index]];
    return { torchscript, root, constants, warnings, codeLine, starts, sizes, recordNameOf, scan };
}
function torchZipResult(path, fileSize, records) {
    const { torchscript, root, constants, warnings } = records;
    // Every storage the pickles name was located (or readRecords threw).
    const { starts, sizes } = records;
    const list = new _result_js__WEBPACK_IMPORTED_MODULE_7__/* .TensorList */ .k(path, (storage) => ({ offset: starts[storage.index], byteLength: sizes[storage.index] }), records.recordNameOf, starts.length);
    const categoryNotes = torchscript ? (0,_evidence_js__WEBPACK_IMPORTED_MODULE_6__/* .readTorchScriptEvidence */ .P)(root, constants, path, list.add) : (0,_evidence_js__WEBPACK_IMPORTED_MODULE_6__/* .readTorchSaveEvidence */ .B)(root, path, list.add);
    const { tensors, explanations } = list.finish();
    if (records.codeLine !== undefined)
        explanations.push(records.codeLine);
    // TorchScript's own classes are counted safe: only a torch.save pickle explains its classes.
    explanations.push(...(0,_pickle_scan_js__WEBPACK_IMPORTED_MODULE_2__/* .scanExplanations */ .cb)(records.scan));
    return {
        format: torchscript ? 'torchscript' : 'pytorch',
        name: path,
        files: [{ path, role: 'data', bytes: fileSize, present: true }],
        tensors,
        classifiedBy: torchscript ? 'format' : 'dict-layout',
        warnings: [...warnings, ...(0,_pickle_scan_js__WEBPACK_IMPORTED_MODULE_2__/* .scanWarnings */ .vx)(records.scan)],
        explanations,
        categoryNotes,
        pickleGlobals: records.scan.references
    };
}
/**
 * The stored size of each record, in an Int32Array when every size fits one (storages under
 * 2 GiB, nearly always). Its elements read as small integers, which each TensorInfo holds inline;
 * a Float64Array's elements read as heap numbers, and each of 10^5 TensorInfos then kept its own
 * 16-byte box for `byteLength` (1.6 MB at the peak).
 */
function recordSizes(records, compressedSizes) {
    const fits = records.every((index) => compressedSizes[index] <= 0x7fffffff);
    const sizes = fits ? new Int32Array(records.length) : new Float64Array(records.length);
    for (let i = 0; i < records.length; i++)
        sizes[i] = compressedSizes[records[i]];
    return sizes;
}
/**
 * Frees a pickle's bytes as soon as its parse is done. They live through the whole parse (10 MB
 * at 10^5 tensors), so the garbage collector promotes their buffer, and V8 runs no full
 * collection before the process exits: merely dropped, they stayed in memory to the end
 * (`releaseArrayBuffer`).
 *
 * Only a buffer the read allocated for this entry alone qualifies (the view spans all of it:
 * FileByteSource and inflate allocate one per read); a view into memory the caller owns (a
 * BufferByteSource slice) never spans its whole buffer here, since a zip entry is never the whole
 * archive. Nothing reads the bytes afterwards: the tree's `bytes` values are only skipped by the
 * walk, never decoded.
 */
function releaseBuffer(bytes) {
    if (bytes.byteOffset !== 0 || bytes.byteLength !== bytes.buffer.byteLength)
        return;
    (0,_io_bytes_index_js__WEBPACK_IMPORTED_MODULE_4__/* .releaseArrayBuffer */ .$t)(bytes.buffer);
}
/** Size-mismatch warnings listed before the rest are left out (a corrupt file would have one per storage). */
const MAX_SIZE_WARNINGS = 5;
function torchScriptCodeLine(archive, prefix) {
    let code = 0;
    let codeFiles = 0;
    let debug = 0;
    let onDisk = 0;
    const codeDir = prefix + 'code/';
    const { names, compressedSizes, uncompressedSizes } = archive.directory;
    for (let i = 0; i < names.length; i++) {
        if (!names[i].startsWith(codeDir))
            continue;
        onDisk += compressedSizes[i];
        if (names[i].endsWith('.debug_pkl'))
            debug += uncompressedSizes[i];
        else {
            code += uncompressedSizes[i];
            codeFiles++;
        }
    }
    return (`TorchScript archive: ${codeFiles} code file(s), ${(0,_core_format_bytes_js__WEBPACK_IMPORTED_MODULE_11__/* .formatBytes */ .z3)(code)} of code and ${(0,_core_format_bytes_js__WEBPACK_IMPORTED_MODULE_11__/* .formatBytes */ .z3)(debug)} of debug info ` +
        `(${(0,_core_format_bytes_js__WEBPACK_IMPORTED_MODULE_11__/* .formatBytes */ .z3)(onDisk)} on disk, counted as metadata); a plain state_dict carries no code`);
}


/***/ })

};

//# sourceMappingURL=1355.index.js.map