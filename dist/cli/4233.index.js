export const id = 4233;
export const ids = [4233];
export const modules = {

/***/ 4233:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pytorchLegacyReader: () => (/* binding */ pytorchLegacyReader)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6419);
/* harmony import */ var _io_bytes_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3031);
/* harmony import */ var _pickle_scan_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9566);
/* harmony import */ var _pickle_unpickler_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4430);
/* harmony import */ var _evidence_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3717);
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7639);
/* harmony import */ var _sniff_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8136);
/* harmony import */ var _torch_globals_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2219);
/* harmony import */ var _kit_open_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7247);










/**
 * The legacy (pre-1.6, `_use_new_zipfile_serialization=False`) `torch.save` stream
 * (`pytorch/pytorch:torch/serialization.py` `_legacy_save`; netron's `_legacy_load`):
 * five pickles back to back — the magic number `0x1950a86a20f9469cfc6c`, the protocol version
 * 1001, `sys_info`, the object (storages as persistent ids
 * `("storage", type, root_key, location, numel, view_metadata)`), the sorted list of storage keys —
 * then, for each key in that order, an int64 LE element count and the storage's raw bytes.
 *
 * Read: the pickles (their length is unknown up front, so they are read in growing windows), then
 * one 8-byte count per storage to check it against the pickle; the payload positions follow from
 * the counts, so payloads are skipped, never read.
 */
const LEGACY_MAGIC = 0x1950a86a20f9469cfc6cn;
const LEGACY_PROTOCOL_VERSION = 1001;
/** First window read for the pickles (small: what lies past them is payload); grown ×4 while a pickle runs past it. */
const FIRST_WINDOW = 16 * 1024;
const pytorchLegacyReader = {
    ..._sniff_js__WEBPACK_IMPORTED_MODULE_7__/* .pytorchLegacySniffer */ ._Z,
    async read(path, files) {
        return (0,_kit_open_js__WEBPACK_IMPORTED_MODULE_9__/* .withSource */ .g)(files, path, async (source) => {
            if ((0,_sniff_js__WEBPACK_IMPORTED_MODULE_7__/* .looksLikeTorchTar */ .XP)(await source.read(0, Math.min(source.size, 16)))) {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UnsupportedFormatError */ .N$(path, 'the tar-based torch.save format of early PyTorch (0.1.x; members sys_info, pickle, storages, tensors), which is not read', 'Load it with an old torch and save it again (torch.save writes a zip archive since 1.6), or convert it to safetensors.');
            }
            return await readLegacy(path, source);
        });
    }
};
async function readLegacy(path, source) {
    const pickles = await readPickles(path, source);
    const { root, keys, storages } = pickles;
    if (keys.length > _core_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_TENSORS */ .am)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LimitExceededError */ .lo(path, 'the number of storages', keys.length, _core_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_TENSORS */ .am);
    // Walk the storage records: count (int64 LE), then count × element size bytes.
    const spans = new Map();
    const keyOf = new Map();
    let position = pickles.storagesStart;
    for (const key of keys) {
        const named = storages.get(key);
        if (!named)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FormatError */ .IF(path, `storage '${key}' is listed but no tensor refers to it`, { offset: position });
        const { ref: storage, numel } = named;
        const header = await source.read(position, 8);
        // Always little-endian, whatever the writer's byte order (`pytorch/pytorch:torch/csrc/
        // serialization.cpp` THPStorage_writeFileRaw: "convert big endian cpu to little endian storage").
        const count = _io_bytes_index_js__WEBPACK_IMPORTED_MODULE_2__/* .Cursor */ .bs.over(header, path, position).i64(`the element count of storage '${key}'`);
        if (count !== numel) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FormatError */ .IF(path, `storage '${key}' has ${count} elements on disk but ${numel} in the pickle`, {
                offset: position,
                fix: 'The file is corrupted; re-save it.'
            });
        }
        const byteLength = numel * (_torch_globals_js__WEBPACK_IMPORTED_MODULE_8__/* .STORAGE_ELEMENT_BYTES */ .Fu[storage.dtype] ?? 1);
        if (position + 8 + byteLength > source.size) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FormatError */ .IF(path, `storage '${key}' (${byteLength} bytes) extends beyond the end of the file`, {
                offset: position,
                fix: 'The file is truncated; re-save it.'
            });
        }
        spans.set(storage, { offset: position + 8, byteLength });
        keyOf.set(storage, `${path}:${key}`);
        position += 8 + byteLength;
    }
    // A tensor whose storage the key list leaves out has no bytes on disk to point at.
    for (const [key, { ref }] of storages) {
        if (!spans.has(ref)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FormatError */ .IF(path, `a tensor refers to storage '${key}', but the stream's storage list does not include it`, {
                offset: pickles.storagesStart,
                fix: 'The file is corrupted; re-save it.'
            });
        }
    }
    const list = new _result_js__WEBPACK_IMPORTED_MODULE_6__/* .TensorList */ .k(path, (storage) => spans.get(storage), (storage) => keyOf.get(storage));
    const categoryNotes = (0,_evidence_js__WEBPACK_IMPORTED_MODULE_5__/* .readTorchSaveEvidence */ .B)(root, path, list.add);
    const { tensors, explanations } = list.finish();
    const warnings = (0,_pickle_scan_js__WEBPACK_IMPORTED_MODULE_3__/* .scanWarnings */ .vx)(pickles.scan);
    if (position < source.size)
        warnings.push(`${source.size - position} bytes after the last storage (counted as metadata)`);
    explanations.push('legacy (pre-1.6) torch.save stream; torch.save now writes a zip archive with the same contents');
    explanations.push(...(0,_pickle_scan_js__WEBPACK_IMPORTED_MODULE_3__/* .scanExplanations */ .cb)(pickles.scan));
    return {
        format: 'pytorch-legacy',
        name: path,
        files: [{ path, role: 'data', bytes: source.size, present: true }],
        tensors,
        classifiedBy: 'dict-layout',
        warnings,
        explanations,
        categoryNotes,
        pickleGlobals: pickles.scan.references
    };
}
/** Reads the five pickles, growing the window while one runs past its end (never past the pickles by more than the window). */
async function readPickles(path, source) {
    let bytes = await source.read(0, Math.min(FIRST_WINDOW, source.size));
    for (;;) {
        try {
            return parsePickles(path, bytes);
        }
        catch (error) {
            if (!(error instanceof _pickle_unpickler_js__WEBPACK_IMPORTED_MODULE_4__/* .PickleTruncatedError */ .D) || bytes.length >= source.size)
                throw error;
            if (bytes.length >= _core_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_PICKLE_BYTES */ .mq)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LimitExceededError */ .lo(path, 'the size of the legacy pickles', bytes.length, _core_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_PICKLE_BYTES */ .mq);
            const more = await source.read(bytes.length, Math.min(bytes.length * 3, source.size - bytes.length));
            const grown = new Uint8Array(bytes.length + more.length);
            grown.set(bytes);
            grown.set(more, bytes.length);
            bytes = grown;
        }
    }
}
function parsePickles(path, bytes) {
    let offset = 0;
    // A parse that runs out of window starts again on a bigger one: the scan with it.
    const scan = new _pickle_scan_js__WEBPACK_IMPORTED_MODULE_3__/* .PickleGlobalScan */ .Dv(path);
    const next = (options = {}) => {
        const result = (0,_pickle_unpickler_js__WEBPACK_IMPORTED_MODULE_4__/* .unpickle */ .K)(bytes.subarray(offset), {
            file: path,
            baseOffset: offset,
            scan,
            globals: (0,_torch_globals_js__WEBPACK_IMPORTED_MODULE_8__/* .torchGlobals */ .LI)(),
            persistentLoad: options.persistent
        });
        offset += result.end;
        return result.value;
    };
    const magic = next();
    if (magic !== LEGACY_MAGIC)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FormatError */ .IF(path, 'not a legacy torch.save stream (wrong magic number)', { offset: 0 });
    const protocol = next();
    if (protocol !== LEGACY_PROTOCOL_VERSION) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FormatError */ .IF(path, `legacy torch.save protocol ${String(protocol)}, expected ${LEGACY_PROTOCOL_VERSION}`, { offset });
    }
    next(); // sys_info: protocol version, byte order, type sizes; storage sizes do not depend on it
    const storages = new Map();
    const root = next({
        persistent: (pid) => {
            if (Array.isArray(pid) && pid[0] === 'module')
                return null; // a whole module's source record (the module is read from its state)
            const { key, dtype, numel } = (0,_torch_globals_js__WEBPACK_IMPORTED_MODULE_8__/* .persistentStorageId */ .kZ)(pid);
            const known = storages.get(key);
            if (known)
                return known.ref;
            const ref = new _torch_globals_js__WEBPACK_IMPORTED_MODULE_8__/* .StorageRef */ .vG(dtype);
            ref.index = storages.size;
            storages.set(key, { ref, numel });
            return ref;
        }
    });
    const keys = next();
    if (!Array.isArray(keys) || !keys.every((k) => typeof k === 'string')) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FormatError */ .IF(path, 'the legacy storage-key list is not a list of strings', { offset });
    }
    return { root, keys: keys, storages, storagesStart: offset, scan };
}


/***/ })

};

//# sourceMappingURL=4233.index.js.map