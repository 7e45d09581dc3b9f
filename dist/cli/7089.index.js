export const id = 7089;
export const ids = [7089];
export const modules = {

/***/ 7089:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dcpReader: () => (/* binding */ dcpReader)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/limits.ts
var limits = __webpack_require__(6419);
// EXTERNAL MODULE: ./src/core/dtypes.ts
var dtypes = __webpack_require__(6622);
// EXTERNAL MODULE: ./src/io/checkpoint-files.ts
var checkpoint_files = __webpack_require__(9366);
// EXTERNAL MODULE: ./src/io/bytes/index.ts + 8 modules
var bytes = __webpack_require__(3031);
// EXTERNAL MODULE: ./src/formats/kit/companions.ts
var kit_companions = __webpack_require__(9416);
// EXTERNAL MODULE: ./src/formats/zip/index.ts + 4 modules
var zip = __webpack_require__(7331);
// EXTERNAL MODULE: ./src/formats/zip/signature.ts
var signature = __webpack_require__(8922);
// EXTERNAL MODULE: ./src/core/classify.ts
var classify = __webpack_require__(8193);
// EXTERNAL MODULE: ./src/core/rules/pytorch.ts
var pytorch = __webpack_require__(9352);
;// CONCATENATED MODULE: ./src/formats/dcp/evidence.ts


/**
 * What a DCP checkpoint says about each tensor. Its FQNs are the keys of the state dict given to
 * `dcp.save`, flattened with dots: `{'model': model_sd, 'optim': optim_sd}` becomes
 * `model.net.0.weight` and, for an optimizer state dict from `get_state_dict(model, optimizer)`
 * (`torch/distributed/checkpoint/state_dict.py`), `optim.state.net.0.weight.exp_avg` — the
 * optimizer's per-parameter state keyed by the parameter's FQN, and `optim.param_groups.*`.
 *
 * - The first segment is the dict layout (`model`, `optim`/`optimizer`, `ema`…: the PyTorch section
 *   table); no known section: a model state dict saved as it is.
 * - Under the optimizer's `state.<param>.<key>`, every tensor is that parameter's optimizer state.
 * - A model tensor the optimizer keeps state for is a parameter; when the optimizer has state but
 *   none for a model tensor, the optimizer does not train it (BatchNorm statistics and other
 *   buffers; a frozen parameter too, which the weak "not trained" leaves to stronger evidence).
 * - Without optimizer state, the PyTorch buffer names decide, and the rest are parameters by name.
 */
class DcpEvidence {
    /** Parameter FQNs (without the model's section) the optimizer keeps state for. */
    trained = new Set();
    shared = new Map();
    constructor(fqns) {
        for (const fqn of fqns) {
            const state = optimizerStateKey(fqn);
            if (state)
                this.trained.add(state.parameter);
        }
    }
    of(fqn) {
        const section = sectionOf(fqn);
        if (section?.kind === 'optimizer') {
            const state = optimizerStateKey(fqn);
            if (!state)
                return this.once('optimizer', () => (0,classify/* evidenceOf */.X1)('optimizer-state', 'dict-layout', `in the optimizer's state dict ('${section.key}')`));
            const slot = pytorch/* PYTORCH_OPTIMIZER_SLOTS */.qJ[state.key];
            if (state.key === 'step')
                return this.once('step', () => (0,classify/* evidenceOf */.X1)('optimizer-state', 'optimizer-state', "the optimizer's per-parameter step counter"));
            return this.once(`slot:${state.key}`, () => (0,classify/* evidenceOf */.X1)('optimizer-slot', 'optimizer-state', `${slot ?? `'${state.key}'`}: the optimizer's per-parameter state`));
        }
        if (section?.kind === 'ema')
            return this.once('ema', () => (0,classify/* evidenceOf */.X1)('copy', 'dict-layout', `under '${section.key}': a copy of the model (EMA)`));
        if (section?.kind === 'bookkeeping')
            return this.once(`loop:${section.key}`, () => (0,classify/* evidenceOf */.X1)('loop-state', 'dict-layout', `under '${section.key}': training-loop state`));
        const name = section ? fqn.slice(section.key.length + 1) : fqn;
        const rule = pytorch/* PYTORCH_BUFFER_RULES */.Hk.find((candidate) => candidate.pattern.test(name));
        if (this.trained.size > 0) {
            if (this.trained.has(name))
                return this.once('trained', () => (0,classify/* evidenceOf */.X1)('parameter', 'optimizer-state', 'the optimizer keeps state for it: a trained parameter'));
            return this.once(`untrained:${rule?.reason ?? ''}`, () => [
                ...(0,classify/* evidenceOf */.X1)('not-trained', 'optimizer-state', 'the optimizer keeps no state for it'),
                ...(rule ? (0,classify/* evidenceOf */.X1)('model-state', 'name-rules', rule.reason) : [])
            ]);
        }
        if (rule)
            return this.once(`rule:${rule.reason}`, () => (0,classify/* evidenceOf */.X1)('model-state', 'name-rules', rule.reason));
        return this.once('by-name', () => (0,classify/* evidenceOf */.X1)('parameter', 'name-rules', 'a model state_dict entry that no buffer name marks'));
    }
    once(key, make) {
        let evidence = this.shared.get(key);
        if (!evidence) {
            evidence = Object.freeze([...make()]);
            this.shared.set(key, evidence);
        }
        return evidence;
    }
}
/** The state dict's top-level key of an FQN and what the PyTorch section table says it holds. */
function sectionOf(fqn) {
    const dot = fqn.indexOf('.');
    if (dot <= 0)
        return undefined;
    const key = fqn.slice(0, dot);
    const rule = pytorch/* PYTORCH_SECTION_RULES */.au.find((candidate) => candidate.pattern.test(key));
    return rule && { key, kind: rule.section };
}
/** `optim.state.net.0.weight.exp_avg` → parameter `net.0.weight`, key `exp_avg`. */
function optimizerStateKey(fqn) {
    const section = sectionOf(fqn);
    if (section?.kind !== 'optimizer')
        return undefined;
    const rest = fqn.slice(section.key.length + 1);
    if (!rest.startsWith('state.'))
        return undefined;
    const last = rest.lastIndexOf('.');
    if (last <= 'state.'.length)
        return undefined;
    return { parameter: rest.slice('state.'.length, last), key: rest.slice(last + 1) };
}

// EXTERNAL MODULE: ./src/formats/pickle/unpickler.ts + 1 modules
var unpickler = __webpack_require__(4430);
// EXTERNAL MODULE: ./src/formats/pickle/values.ts
var values = __webpack_require__(6281);
;// CONCATENATED MODULE: ./src/formats/dcp/metadata.ts




/** The globals a DCP metadata pickle names: its own dataclasses, torch dtypes/layouts, the checkpoint's `pathlib` id. */
const ADMITTED_MODULES = ['torch.', 'pathlib.'];
function parseDcpMetadata(bytes, file) {
    if (bytes.length > limits/* MAX_PICKLE_BYTES */.mq)
        throw new errors/* LimitExceededError */.lo(file, 'the size of the DCP metadata pickle', bytes.length, limits/* MAX_PICKLE_BYTES */.mq);
    const root = (0,unpickler/* unpickle */.K)(bytes, { file, globals: new Map(), allowedModulePrefixes: ADMITTED_MODULES }).value;
    const fail = (what) => new errors/* FormatError */.IF(file, `not a torch.distributed.checkpoint metadata file: ${what}`, {
        fix: 'The .metadata file is written by torch.distributed.checkpoint.save; re-save the checkpoint if it was damaged.'
    });
    const fields = stateOf(root, 'Metadata');
    if (!fields)
        throw fail('the pickle is not a Metadata object');
    const stateDict = fields.get('state_dict_metadata');
    const storage = fields.get('storage_data');
    if (!(stateDict instanceof Map))
        throw fail('no state_dict_metadata');
    if (!(storage instanceof Map))
        throw fail('no storage_data (written by a storage writer other than the file system one?)');
    if (storage.size > limits/* MAX_TENSORS */.am)
        throw new errors/* LimitExceededError */.lo(file, 'the number of stored items', storage.size, limits/* MAX_TENSORS */.am);
    const tensors = new Map();
    for (const [fqn, entry] of stateDict) {
        const tensor = stateOf(entry, 'TensorStorageMetadata');
        if (typeof fqn !== 'string' || !tensor)
            continue;
        const dtype = dtypeOf(tensor.get('properties'));
        const shape = sizeOf(tensor.get('size'));
        if (!shape)
            throw fail(`tensor '${fqn}' has no size`);
        const chunks = new Map();
        for (const chunk of Array.isArray(tensor.get('chunks')) ? tensor.get('chunks') : []) {
            const chunkFields = stateOf(chunk, 'ChunkStorageMetadata');
            chunks.set(offsetsKey(sizeOf(chunkFields?.get('offsets')) ?? []), sizeOf(chunkFields?.get('sizes')) ?? shape);
        }
        tensors.set(fqn, { dtype: dtype ?? 'unknown', shape, chunks });
    }
    const items = [];
    for (const [key, value] of storage) {
        const index = stateOf(key, 'MetadataIndex');
        const info = stateOf(value, '_StorageInfo');
        const fqn = index?.get('fqn');
        const path = info?.get('relative_path');
        const offset = info?.get('offset');
        const length = info?.get('length');
        if (typeof fqn !== 'string' || typeof path !== 'string' || !isCount(offset) || !isCount(length))
            throw fail('a storage_data entry without fqn, relative_path, offset and length');
        if (path.includes('/') || path.includes('\\') || path.startsWith('.'))
            throw fail(`storage file '${path}' is not a file of the folder`);
        const transforms = info?.get('transform_descriptors');
        items.push({
            fqn,
            ...(tensors.has(fqn) ? { chunkOffsets: sizeOf(index?.get('offset')) ?? [] } : {}),
            file: path,
            offset,
            length,
            transformed: Array.isArray(transforms) && transforms.length > 0
        });
    }
    return { tensors, items };
}
/** The key of a chunk in `DcpTensor.chunks`. */
function offsetsKey(offsets) {
    return offsets.join(',');
}
/** The field dict a dataclass of `name` was built with (BUILD state), or undefined. */
function stateOf(value, name) {
    if (!(value instanceof values/* PickleObject */.Y) || value.callable.name !== name)
        return undefined;
    return value.state instanceof Map ? value.state : undefined;
}
/** `torch.Size((2, 3))` pickles as REDUCE of `torch.Size` with the tuple; a plain tuple also counts. */
function sizeOf(value) {
    const dims = value instanceof values/* PickleObject */.Y && value.callable.qualifiedName === 'torch.Size' ? value.args[0] : value;
    return Array.isArray(dims) && dims.every(isCount) ? dims : undefined;
}
/**
 * The dtype of a `TensorProperties`: its state is the tuple `(dtype, layout, …)` (its
 * `__getstate__`), or a field dict from versions without one; `torch.float32` → `float32`.
 */
function dtypeOf(properties) {
    if (!(properties instanceof values/* PickleObject */.Y))
        return undefined;
    const state = properties.state;
    const dtype = Array.isArray(state) ? state[0] : state instanceof Map ? state.get('dtype') : undefined;
    return dtype instanceof values/* PickleGlobal */.a && dtype.module === 'torch' ? dtype.name : undefined;
}
function isCount(value) {
    return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

// EXTERNAL MODULE: ./src/formats/dcp/sniff.ts
var sniff = __webpack_require__(376);
// EXTERNAL MODULE: ./src/formats/kit/open.ts
var kit_open = __webpack_require__(7247);
;// CONCATENATED MODULE: ./src/formats/dcp/index.ts












/**
 * A `torch.distributed.checkpoint` folder: `.metadata` plus one `__<rank>_<n>.distcp` data file
 * per writer (metadata.ts). The checkpoint is the folder. Only `.metadata` is read: it gives each
 * tensor chunk's dtype and sizes and the item (file, offset, length) that stores it.
 *
 * Each item is written by `torch.save` (`filesystem.py`, `_write_item`): a small zip whose one
 * storage record is the chunk's payload, `numel × element size` bytes (the writer clones a view
 * whose storage is larger, so the storage is the chunk). That many bytes of the item are the
 * tensor's, placed at the item's start (where in the item the record sits does not change any
 * count, and finding it would cost three reads per tensor); the rest of the item, its zip
 * structure and pickle, is metadata, as in any torch.save file. Only for a dtype without a known
 * size is the item's zip directory read for the record's span, and an item in another form
 * (compressed by a storage transform) counts whole. Non-tensor values (optimizer `param_groups`,
 * Python scalars) are torch.save'd objects: metadata.
 */
const dcpReader = {
    ...sniff/* dcpSniffer */.p,
    async read(path, files) {
        const dir = (0,checkpoint_files/* dirname */.pD)(path);
        const metadata = parseDcpMetadata(await readWhole(path, files), path);
        const { files: dataFiles, warnings } = await listDataFiles(path, metadata, files);
        const evidence = new DcpEvidence(metadata.tensors.keys());
        const tensors = [];
        let wholeItems = 0;
        // Tensor items by data file, in one pass: each file's items are then read in order.
        const itemsByFile = new Map();
        for (const item of metadata.items) {
            if (item.chunkOffsets === undefined)
                continue;
            const dataPath = (0,checkpoint_files/* joinPath */.uJ)(dir, item.file);
            const items = itemsByFile.get(dataPath);
            if (items)
                items.push(item);
            else
                itemsByFile.set(dataPath, [item]);
        }
        for (const file of dataFiles) {
            const items = itemsByFile.get(file.path);
            if (!items)
                continue;
            // Opened only for an item whose payload size the metadata does not give.
            const data = new kit_open/* LazySource */.M(files, file.path);
            try {
                for (const item of items) {
                    const chunk = chunkOf(item, metadata);
                    let span = payloadBySize(item, chunk);
                    if (!span && file.present)
                        span = await payloadSpan(await data.source(), item);
                    if (!span)
                        wholeItems++;
                    tensors.push(tensorOf(item, chunk, file.path, span ?? { offset: item.offset, byteLength: item.length }, evidence));
                }
            }
            finally {
                await data.close();
            }
        }
        if (wholeItems > 0) {
            warnings.push(`${wholeItems} tensor chunk(s) are not stored as plain torch.save records (compressed, or another serialization): each item's whole stored bytes are counted as its tensor's`);
        }
        return {
            format: 'torch-dcp',
            name: dir,
            files: [{ path, role: 'index', bytes: (await files.size(path)) ?? 0, present: true }, ...dataFiles],
            tensors,
            classifiedBy: 'dict-layout',
            warnings
        };
    }
};
async function readWhole(path, files) {
    return (0,kit_open/* withSource */.g)(files, path, async (source) => {
        if (source.size > limits/* MAX_PICKLE_BYTES */.mq)
            throw new errors/* LimitExceededError */.lo(path, 'the size of the DCP metadata pickle', source.size, limits/* MAX_PICKLE_BYTES */.mq);
        return await source.read(0, source.size);
    });
}
/**
 * The data files: those `.metadata` names (an absent one is sized by its items) and any other
 * `.distcp` in the folder (written by the same save, so part of it even when nothing points in).
 */
// Names were checked when .metadata was parsed (metadata.ts: plain file names of the folder).
async function listDataFiles(metadataPath, metadata, files) {
    const dir = (0,checkpoint_files/* dirname */.pD)(metadataPath);
    const named = new Map();
    for (const item of metadata.items)
        named.set(item.file, Math.max(named.get(item.file) ?? 0, item.offset + item.length));
    for (const name of await files.list(dir))
        if (name.endsWith('.distcp') && !named.has(name))
            named.set(name, 0);
    const companions = new kit_companions/* Companions */.I(files, '.metadata');
    for (const [name, extent] of [...named].sort(([a], [b]) => a.localeCompare(b))) {
        await companions.companion((0,checkpoint_files/* joinPath */.uJ)(dir, name), 'data', { describedBytes: extent });
    }
    return { files: companions.files, warnings: companions.warnings() };
}
/** The EOCD and the ZIP64 locator torch's writer puts before it: all of an item's tail worth reading first. */
const ITEM_TAIL_BYTES = 22 + 20;
/**
 * The payload span of a tensor item written by torch.save, read from its zip directory (the EOCD,
 * the directory, one local header: under a kilobyte): its one `data/<key>` record, stored.
 * Undefined for an item in any other form (compressed, another serialization), whose whole stored
 * bytes then count as the tensor's.
 */
async function payloadSpan(source, item) {
    if (item.transformed || item.offset + item.length > source.size)
        return undefined;
    const span = new bytes/* SpanSource */.sR(source, item.offset, item.length, `${source.name} (item '${item.fqn}')`);
    if (!(0,signature/* looksLikeZip */.f)(await span.read(0, Math.min(4, item.length))))
        return undefined;
    const archive = await (0,zip/* openZip */.Q)(span, { tailBytes: ITEM_TAIL_BYTES });
    const records = archive.entries.filter((entry) => /(^|\/)data\/\d+$/.test(entry.name));
    if (records.length !== 1 || records[0].method !== 0)
        return undefined;
    return { offset: item.offset + (await archive.dataStart(records[0])), byteLength: records[0].compressedSize };
}
function chunkOf(item, metadata) {
    const tensor = metadata.tensors.get(item.fqn);
    const offsets = offsetsKey(item.chunkOffsets ?? []);
    const chunked = (tensor?.chunks.size ?? 0) > 1;
    return {
        name: chunked ? `${item.fqn}[${offsets}]` : item.fqn,
        dtype: tensor?.dtype ?? 'unknown',
        shape: tensor?.chunks.get(offsets) ?? tensor?.shape ?? []
    };
}
/** The payload of a plain torch.save item from its dtype and sizes, placed at the item's start. */
function payloadBySize(item, chunk) {
    if (item.transformed)
        return undefined;
    const bytes = (0,dtypes/* denseBytes */.vQ)(chunk.dtype, chunk.shape);
    return bytes !== undefined && bytes <= item.length ? { offset: item.offset, byteLength: bytes } : undefined;
}
function tensorOf(item, chunk, file, span, evidence) {
    return { ...chunk, file, offset: span.offset, byteLength: span.byteLength, evidence: evidence.of(item.fqn) };
}


/***/ }),

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


/***/ })

};

//# sourceMappingURL=7089.index.js.map