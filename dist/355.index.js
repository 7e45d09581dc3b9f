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


/***/ })

};

//# sourceMappingURL=355.index.js.map