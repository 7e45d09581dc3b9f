export const id = 8073;
export const ids = [8073,1355,4233];
export const modules = {

/***/ 9416:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ Companions),
/* harmony export */   X: () => (/* binding */ listSome)
/* harmony export */ });
/**
 * The files a checkpoint's primary file names beside itself (TF data shards, a shard index's
 * shards, GGUF splits, ONNX external data, an OpenVINO `.bin`, Core ML weight files, DCP data
 * files), with ONE policy for those that are absent (a download cut short, a Git LFS file not
 * fetched): an absent file is listed with `present: false` and the size the checkpoint describes
 * for it, or 0 when nothing describes it, and the checkpoint gets one warning, worded here for
 * every format, naming the absent files and how they were counted. An absent companion is never an
 * error: the sizes the checkpoint describes are still worth a report.
 */
class Companions {
    source;
    describedBy;
    /** Every companion, present or absent, in the order they were met. */
    files = [];
    absent = [];
    /**
     * @param describedBy what describes the companions' sizes, for the warning: `the index`, `the
     *   graph`, `the XML`: "counted at the N bytes the index describes".
     */
    constructor(source, describedBy) {
        this.source = source;
        this.describedBy = describedBy;
    }
    /**
     * The companion at `path`: present with its size on disk, or absent with `describedBytes` (0
     * when the checkpoint does not describe it).
     */
    async companion(path, role, options = {}) {
        const size = await this.source.size(path);
        return size === undefined ? this.absentFile(path, role, options.describedBytes) : this.present(path, role, size);
    }
    /** A companion the reader already found on disk (it opened it, or knows its size). */
    present(path, role, bytes) {
        const file = { path, role, bytes, present: true };
        this.files.push(file);
        return file;
    }
    /** A companion the reader already found absent, counted at `describedBytes` (or 0). */
    absentFile(path, role, describedBytes) {
        const bytes = describedBytes ?? 0;
        const file = { path, role, bytes, present: false };
        this.files.push(file);
        this.absent.push({ path, bytes, described: describedBytes !== undefined });
        return file;
    }
    /** The absent companions' paths. */
    absentPaths() {
        return this.absent.map((file) => file.path);
    }
    /** The one warning about absent companions (none when all are present). */
    warnings() {
        const described = this.absent.filter((file) => file.described);
        const undescribed = this.absent.filter((file) => !file.described);
        const warnings = [];
        if (described.length > 0) {
            const bytes = described.reduce((sum, file) => sum + file.bytes, 0);
            warnings.push(`${absentList(described)}: counted at the ${bytes} bytes ${this.describedBy} describes, so the total is what the complete checkpoint would hold`);
        }
        if (undescribed.length > 0) {
            const one = undescribed.length === 1;
            warnings.push(`${absentList(undescribed)}: ${this.describedBy} does not describe ${one ? 'its' : 'their'} size, so ${one ? 'it is' : 'they are'} counted as 0 bytes`);
        }
        return warnings;
    }
}
/** `2 files of the checkpoint are absent (a, b)`: the one way absent files are named. */
function absentList(files) {
    const names = listSome(files.map((file) => file.path));
    return files.length === 1 ? `1 file of the checkpoint is absent (${names})` : `${files.length} files of the checkpoint are absent (${names})`;
}
/** The first `count` names, and how many more. */
function listSome(names, count = 3) {
    return names.length <= count ? names.join(', ') : `${names.slice(0, count).join(', ')}, and ${names.length - count} more`;
}


/***/ }),

/***/ 1872:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ pathInside)
/* harmony export */ });
/* harmony import */ var _io_checkpoint_files_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9366);

/**
 * The path of a file that a checkpoint names (a shard in an index, an ONNX `location`, a Core ML
 * weight file, a DCP data file), inside `dir`, the checkpoint's directory; undefined when the
 * name could leave it: empty, absolute, with a drive letter, or with a `..` segment. A name read
 * from a file is untrusted: a hostile checkpoint must not make the tool open `/etc/passwd` or a
 * sibling repository. `/` and `\` both separate (exporters on Windows write `\`); empty and `.`
 * segments are dropped. The one check for names read from checkpoints; each reader words the
 * error in its own terms.
 */
function pathInside(dir, name) {
    if (name === '' || name.startsWith('/') || name.startsWith('\\') || /^[A-Za-z]:/.test(name))
        return undefined;
    const segments = name.split(/[\\/]/);
    if (segments.includes('..'))
        return undefined;
    const kept = segments.filter((segment) => segment !== '' && segment !== '.');
    return kept.length === 0 ? undefined : (0,_io_checkpoint_files_js__WEBPACK_IMPORTED_MODULE_0__/* .joinPath */ .uJ)(dir, kept.join('/'));
}


/***/ }),

/***/ 7122:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ readShards),
/* harmony export */   n: () => (/* binding */ readShardIndex)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6419);
/* harmony import */ var _core_classify_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8193);
/* harmony import */ var _io_bytes_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3031);
/* harmony import */ var _io_checkpoint_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9366);
/* harmony import */ var _companions_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9416);
/* harmony import */ var _safe_path_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1872);







async function readShardIndex(path, files, exampleShard) {
    const source = await files.open(path);
    let text;
    try {
        if (source.size > _core_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_SHARD_INDEX_BYTES */ .J8) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LimitExceededError */ .lo(path, 'the size of the shard index', source.size, _core_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_SHARD_INDEX_BYTES */ .J8);
        }
        text = (0,_io_bytes_index_js__WEBPACK_IMPORTED_MODULE_3__/* .utf8 */ .As)(await source.read(0, source.size));
    }
    finally {
        await source.close();
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FormatError */ .IF(path, `the shard index is not valid JSON (${error.message})`);
    }
    const weightMap = json?.weight_map;
    if (typeof weightMap !== 'object' || weightMap === null || Array.isArray(weightMap)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FormatError */ .IF(path, 'the shard index has no "weight_map" object', {
            fix: `A shard index maps each tensor name to its shard file: {"weight_map": {"name": "${exampleShard}"}}.`
        });
    }
    const shards = new Map();
    for (const [name, shard] of Object.entries(weightMap)) {
        if (typeof shard !== 'string' || (0,_safe_path_js__WEBPACK_IMPORTED_MODULE_5__/* .pathInside */ ._)('.', shard) === undefined) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FormatError */ .IF(path, `the index places '${name}' in ${JSON.stringify(shard)}, which is not a file next to the index`, {
                fix: 'Shard names must be relative paths inside the checkpoint directory; no shard was opened.'
            });
        }
        const list = shards.get(shard) ?? [];
        list.push(name);
        shards.set(shard, list);
    }
    const totalSize = json.metadata?.total_size;
    return {
        bytes: source.size,
        shards,
        totalSize: typeof totalSize === 'number' && Number.isSafeInteger(totalSize) && totalSize >= 0 ? totalSize : undefined
    };
}
/**
 * Reads every shard the index names that is present (`readShard`), warns about tensors the index
 * places in a shard that lacks them, and stands in for each absent shard (a download cut short, a
 * Git LFS file not fetched) with a placeholder of the size the index describes (see
 * describeAbsentShards); `roleOf` gives what a tensor's name says it is, as the format's reader's
 * name rules do.
 */
async function readShards(indexPath, index, files, readShard, roleOf) {
    const dir = (0,_io_checkpoint_files_js__WEBPACK_IMPORTED_MODULE_4__/* .dirname */ .pD)(indexPath);
    const result = { files: [{ path: indexPath, role: 'index', bytes: index.bytes, present: true }], tensors: [], warnings: [], read: [] };
    const shards = new _companions_js__WEBPACK_IMPORTED_MODULE_6__/* .Companions */ .I(files, "the index's total_size");
    const absent = [];
    for (const [shardName, names] of index.shards) {
        const shardPath = (0,_safe_path_js__WEBPACK_IMPORTED_MODULE_5__/* .pathInside */ ._)(dir, shardName); // checked by readShardIndex
        if ((await files.size(shardPath)) === undefined) {
            absent.push({ path: shardPath, names });
            continue;
        }
        const shard = await readShard(shardPath);
        result.read.push(shard);
        shards.present(shardPath, 'data', shard.bytes);
        for (const tensor of shard.tensors)
            result.tensors.push(tensor);
        result.warnings.push(...shard.warnings);
        const found = new Set(shard.tensors.map((tensor) => tensor.name));
        const missing = names.filter((name) => !found.has(name));
        if (missing.length > 0) {
            result.warnings.push(`${shardName}: ${missing.length} tensor(s) the index places here are not in the shard (${(0,_companions_js__WEBPACK_IMPORTED_MODULE_6__/* .listSome */ .X)(missing)})`);
        }
    }
    if (absent.length > 0) {
        const presentPayload = result.tensors.reduce((sum, tensor) => sum + tensor.byteLength, 0);
        const described = describeAbsentShards(absent, index.totalSize, presentPayload, roleOf);
        for (const shard of described) {
            shards.absentFile(shard.path, 'data', index.totalSize === undefined ? undefined : shard.bytes);
            if (shard.bytes > 0)
                result.tensors.push(shard.placeholder);
        }
    }
    result.files.push(...shards.files);
    result.warnings.push(...shards.warnings());
    return result;
}
/**
 * An absent shard's size is what the index describes: `total_size` (the sum of all tensor
 * payloads) minus the payloads of the shards present, shared among the absent shards by their
 * number of tensors. Each absent shard gets one placeholder tensor of that size, with the role
 * most of its tensor names have as its evidence, so a missing download does not turn weights into
 * metadata.
 */
function describeAbsentShards(absent, totalSize, presentPayload, roleOf) {
    const remaining = totalSize === undefined ? 0 : Math.max(0, totalSize - presentPayload);
    const tensorCount = absent.reduce((sum, shard) => sum + shard.names.length, 0);
    let assigned = 0;
    return absent.map((shard, i) => {
        const bytes = i === absent.length - 1 ? remaining - assigned : Math.floor((remaining * shard.names.length) / Math.max(1, tensorCount));
        assigned += bytes;
        const roles = new Map();
        for (const name of shard.names) {
            const role = roleOf(name);
            roles.set(role, (roles.get(role) ?? 0) + 1);
        }
        const role = [...roles].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'parameter';
        const placeholder = {
            name: `${(0,_io_checkpoint_files_js__WEBPACK_IMPORTED_MODULE_4__/* .basename */ .P8)(shard.path)} (absent shard: ${shard.names.length} tensors)`,
            dtype: 'unknown',
            // The shapes are in the absent shard itself: the parameter count cannot include them.
            shape: [0],
            file: shard.path,
            offset: 0,
            byteLength: bytes,
            evidence: absentShardEvidence(role)
        };
        return { ...shard, bytes, placeholder };
    });
}
/** One shared evidence list per role for absent shards' placeholders. */
const ABSENT_SHARD_EVIDENCE = new Map();
function absentShardEvidence(role) {
    let evidence = ABSENT_SHARD_EVIDENCE.get(role);
    if (!evidence) {
        const detail = "size described by the shard index (metadata.total_size), the shard itself absent; most of its tensors' names say so";
        ABSENT_SHARD_EVIDENCE.set(role, (evidence = (0,_core_classify_js__WEBPACK_IMPORTED_MODULE_2__/* .evidenceOf */ .X1)(role, 'name-rules', detail)));
    }
    return evidence;
}


/***/ }),

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


/***/ }),

/***/ 8073:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pytorchShardIndexReader: () => (/* binding */ pytorchShardIndexReader)
/* harmony export */ });
/* harmony import */ var _core_classify_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8193);
/* harmony import */ var _core_format_bytes_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7586);
/* harmony import */ var _core_rules_pytorch_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9352);
/* harmony import */ var _io_checkpoint_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9366);
/* harmony import */ var _kit_shard_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7122);
/* harmony import */ var _legacy_reader_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4233);
/* harmony import */ var _sniff_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8136);
/* harmony import */ var _zip_reader_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1355);
/* harmony import */ var _kit_open_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7247);









/**
 * A sharded PyTorch checkpoint, read from its index (`pytorch_model.bin.index.json`, written by
 * transformers' `save_pretrained` past its shard size; shard-index.ts): each shard
 * (`pytorch_model-00001-of-00002.bin`) is a `torch.save` of part of the state_dict, read by the
 * zip reader (or the legacy one, for a pre-1.6 stream), and the checkpoint is named after the
 * index without `.index.json`, the id of an unsharded `pytorch_model.bin`: a model that grows
 * past the shard size still matches its baseline. The index claims its shards, so they are not
 * reported again one by one.
 */
const pytorchShardIndexReader = {
    ..._sniff_js__WEBPACK_IMPORTED_MODULE_5__/* .pytorchShardIndexSniffer */ .xj,
    async read(path, files) {
        const index = await (0,_kit_shard_index_js__WEBPACK_IMPORTED_MODULE_3__/* .readShardIndex */ .n)(path, files, 'pytorch_model-00001-of-00002.bin');
        const shards = await (0,_kit_shard_index_js__WEBPACK_IMPORTED_MODULE_3__/* .readShards */ .O)(path, index, files, (shardPath) => readShard(shardPath, files), roleByName);
        const first = shards.read[0]?.result;
        const classifiedBy = first?.classifiedBy ?? 'name-rules';
        return {
            format: 'pytorch',
            name: path.replace(/\.index\.json$/i, ''),
            files: shards.files,
            tensors: shards.tensors,
            // A shard is a state_dict's part: each is classified alike, by the first one's source.
            classifiedBy: shards.read.every((shard) => shard.result.classifiedBy === classifiedBy) ? classifiedBy : 'name-rules',
            warnings: shards.warnings,
            pickleGlobals: shards.read.flatMap((shard) => shard.result.pickleGlobals ?? []),
            explanations: [...new Set(shards.read.flatMap((shard) => shard.result.explanations ?? []))],
            categoryNotes: {
                ...mergedNotes(shards.read.map((shard) => shard.result)),
                metadata: `shard index JSON (${(0,_core_format_bytes_js__WEBPACK_IMPORTED_MODULE_7__/* .formatBytes */ .z3)(index.bytes)}) and the zip structure and pickle of ${shards.read.length} shard${shards.read.length === 1 ? '' : 's'}`
            }
        };
    }
};
async function readShard(path, files) {
    const head = await (0,_kit_open_js__WEBPACK_IMPORTED_MODULE_8__/* .withSource */ .g)(files, path, (source) => source.read(0, Math.min(source.size, 16)));
    // transformers writes shards with torch.save (a zip since PyTorch 1.6); an older stream is read as such.
    const reader = (0,_sniff_js__WEBPACK_IMPORTED_MODULE_5__/* .looksLikeLegacyTorch */ .Vj)(head) || (0,_sniff_js__WEBPACK_IMPORTED_MODULE_5__/* .looksLikeTorchTar */ .XP)(head) ? _legacy_reader_js__WEBPACK_IMPORTED_MODULE_4__.pytorchLegacyReader : _zip_reader_js__WEBPACK_IMPORTED_MODULE_6__.pytorchZipReader;
    const result = await reader.read(path, files);
    const name = (0,_io_checkpoint_files_js__WEBPACK_IMPORTED_MODULE_2__/* .basename */ .P8)(path);
    return { tensors: result.tensors, bytes: result.files[0]?.bytes ?? 0, warnings: result.warnings.map((warning) => `${name}: ${warning}`), result };
}
/** What an absent shard's tensor names say (a state_dict: buffers by name, the rest parameters). */
function roleByName(name) {
    const [rule] = (0,_core_classify_js__WEBPACK_IMPORTED_MODULE_0__/* .evidenceFromRules */ .nc)(name, _core_rules_pytorch_js__WEBPACK_IMPORTED_MODULE_1__/* .PYTORCH_BUFFER_RULES */ .Hk);
    return rule ? rule.role : 'parameter';
}
/** Each category's note from every shard, distinct ones joined. */
function mergedNotes(results) {
    const byCategory = new Map();
    for (const result of results) {
        for (const [category, note] of Object.entries(result.categoryNotes ?? {})) {
            if (category === 'metadata' || !note)
                continue;
            const notes = byCategory.get(category) ?? new Set();
            notes.add(note);
            byCategory.set(category, notes);
        }
    }
    return Object.fromEntries([...byCategory].map(([category, notes]) => [category, [...notes].join('; ')]));
}


/***/ }),

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

//# sourceMappingURL=8073.index.js.map