export const id = 1645;
export const ids = [1645];
export const modules = {

/***/ 8213:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ stateTreeEvidence)
/* harmony export */ });
/* harmony import */ var _core_classify_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8193);

const group = (role, detail) => (0,_core_classify_js__WEBPACK_IMPORTED_MODULE_0__/* .evidenceOf */ .X1)(role, 'group', detail);
/** The top-level groups of a train state and variables dict (other than `opt_state`, handled by structure). */
const GROUPS = {
    params: group('parameter', "under 'params': the model's trained parameters"),
    batch_stats: group('model-state', "under 'batch_stats': batch-norm statistics (a Flax variable collection, not trained)"),
    step: group('loop-state', "the train state's step counter"),
    metrics: group('loop-state', "under 'metrics': metric accumulators of the training loop"),
    rng: group('rng-state', 'random-number-generator key'),
    dropout_rng: group('rng-state', 'random-number-generator key'),
    key: group('rng-state', 'random-number-generator key'),
    ema_params: group('copy', "under 'ema_params': an exponential moving average of the parameters"),
    params_ema: group('copy', "under 'params_ema': an exponential moving average of the parameters"),
    target_params: group('copy', "under 'target_params': a target network (a lagged copy of the parameters)")
};
const OPTIMIZER_STATE = group('optimizer-state', "under 'opt_state', shaped like no parameter: the optimizer's own state (optax count, schedule state)");
const PARAMETER_TREE = (0,_core_classify_js__WEBPACK_IMPORTED_MODULE_0__/* .evidenceOf */ .X1)('parameter', 'format', 'a Flax parameter tree (no train-state groups): model parameters');
const TRAIN_STATE_GROUPS = new Set([...Object.keys(GROUPS), 'opt_state']);
/** The evidence of each leaf, in order; arrays shared between leaves that the tree describes alike. */
function stateTreeEvidence(leaves) {
    const tops = leaves.map((leaf) => topOf(leaf.path));
    if (!tops.some((top) => TRAIN_STATE_GROUPS.has(top)))
        return leaves.map(() => PARAMETER_TREE);
    const params = new Map();
    for (const leaf of leaves)
        if (leaf.path.startsWith('params/'))
            params.set(leaf.path.slice('params/'.length), signature(leaf));
    const slotEvidence = new Map();
    return leaves.map((leaf, i) => {
        const top = tops[i];
        if (top !== 'opt_state')
            return GROUPS[top] ?? NOTHING;
        const slot = slotOf(leaf, params);
        if (!slot)
            return OPTIMIZER_STATE;
        let evidence = slotEvidence.get(slot);
        if (!evidence) {
            evidence = group('optimizer-slot', `optimizer slot '${slot}' under 'opt_state': one per parameter, with its shape and dtype`);
            slotEvidence.set(slot, evidence);
        }
        return evidence;
    });
}
const NOTHING = Object.freeze([]);
function topOf(path) {
    const slash = path.indexOf('/');
    return slash < 0 ? path : path.slice(0, slash);
}
function signature(leaf) {
    return `${leaf.dtype}:${leaf.shape.join(',')}`;
}
/**
 * The slot name (`mu`, `trace`) of an optimizer leaf whose path ends with a parameter's path and
 * matches its shape and dtype: `opt_state/0/mu/Dense_0/kernel` is `mu` of `Dense_0/kernel`.
 */
function slotOf(leaf, params) {
    const own = signature(leaf);
    // Suffixes after the second level (`opt_state/0/…`), from the longest; no arrays built per leaf.
    let slotStart = leaf.path.indexOf('/', leaf.path.indexOf('/') + 1) + 1;
    if (slotStart === 0)
        return undefined;
    for (let cut = leaf.path.indexOf('/', slotStart); cut >= 0; slotStart = cut + 1, cut = leaf.path.indexOf('/', slotStart)) {
        if (params.get(leaf.path.slice(cut + 1)) === own)
            return leaf.path.slice(slotStart, cut);
    }
    return undefined;
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


/***/ }),

/***/ 1645:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  orbaxReader: () => (/* binding */ orbaxReader)
});

// EXTERNAL MODULE: ./src/core/dtypes.ts
var dtypes = __webpack_require__(6622);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/format-bytes.ts
var format_bytes = __webpack_require__(7586);
// EXTERNAL MODULE: ./src/io/checkpoint-files.ts
var checkpoint_files = __webpack_require__(9366);
// EXTERNAL MODULE: ./src/formats/flax/evidence.ts
var flax_evidence = __webpack_require__(8213);
// EXTERNAL MODULE: ./src/formats/orbax/sniff.ts
var sniff = __webpack_require__(2431);
// EXTERNAL MODULE: ./src/core/limits.ts
var limits = __webpack_require__(6419);
// EXTERNAL MODULE: ./src/io/bytes/index.ts + 8 modules
var bytes = __webpack_require__(3031);
// EXTERNAL MODULE: ./src/formats/kit/open.ts
var kit_open = __webpack_require__(7247);
;// CONCATENATED MODULE: ./src/formats/orbax/tree-metadata.ts




const ARRAY_VALUE_TYPES = new Set(['jax.Array', 'np.ndarray', 'scalar']);
function parseTreeMetadata(text, file) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* FormatError */.IF(file, `Orbax metadata is not valid JSON (${error.message})`);
    }
    const tree = json?.tree_metadata;
    if (typeof tree !== 'object' || tree === null || Array.isArray(tree)) {
        throw new errors/* FormatError */.IF(file, 'Orbax _METADATA has no "tree_metadata" object', {
            fix: 'It is written by orbax-checkpoint 0.5 or newer; an older checkpoint folder is read from its per-array zarr folders.'
        });
    }
    const leaves = [];
    for (const [tupleKey, entry] of Object.entries(tree)) {
        const { key_metadata: keys, value_metadata: value } = (entry ?? {});
        if (!Array.isArray(keys) || typeof value !== 'object' || value === null) {
            throw new errors/* FormatError */.IF(file, `Orbax tree entry ${tupleKey} lacks key_metadata or value_metadata`);
        }
        const valueType = String(value.value_type);
        if (!ARRAY_VALUE_TYPES.has(valueType) || value.skip_deserialize === true)
            continue;
        const names = keys.map((key) => String(key?.key));
        const shape = value.write_shape ?? [];
        if (!Array.isArray(shape) || shape.length > limits/* MAX_DIMS */.VW || !shape.every((dim) => Number.isSafeInteger(dim) && dim >= 0)) {
            throw new errors/* FormatError */.IF(file, `Orbax tree entry ${tupleKey} has a write_shape that is not a list of sizes`);
        }
        leaves.push({ path: names.join('/'), paramName: names.join('.'), shape: shape, valueType });
    }
    const flags = json;
    return { leaves, useOcdbt: flags.use_ocdbt === true, useZarr3: flags.use_zarr3 === true };
}
/** The `_METADATA` JSON (and zarr metadata) is read whole: ~300 bytes a leaf, so 256 MiB is ~10^6 leaves. */
const MAX_ORBAX_METADATA_BYTES = 256 * 1024 * 1024;
/** A JSON metadata file of the checkpoint, as text. */
async function readText(path, files) {
    return (0,kit_open/* withSource */.g)(files, path, async (source) => {
        if (source.size > MAX_ORBAX_METADATA_BYTES)
            throw new errors/* LimitExceededError */.lo(path, 'the size of Orbax metadata', source.size, MAX_ORBAX_METADATA_BYTES);
        return (0,bytes/* utf8 */.As)(await source.read(0, source.size));
    });
}

// EXTERNAL MODULE: ./src/core/classify.ts
var classify = __webpack_require__(8193);
// EXTERNAL MODULE: ./src/formats/numpy/npy-header.ts + 1 modules
var npy_header = __webpack_require__(5727);
;// CONCATENATED MODULE: ./src/formats/orbax/zarr.ts





/**
 * An Orbax item stored without OCDBT: one tensorstore zarr folder per array, named by its keys
 * joined with '.' (`params.Dense_0.kernel/`), holding the zarr metadata (`.zarray` for zarr v2,
 * `zarr.json` for v3) and one file per chunk (`0`, `0.0`, `c/0/0`). The chunk files are the
 * array's bytes on disk (compressed as the metadata's compressor says), counted exactly; an array
 * of several chunks is one tensor per chunk (`name[0.1]`).
 */
const ZARR_METADATA = new Set(['.zarray', '.zattrs', '.zgroup', 'zarr.json']);
async function readZarrItem(item, leaves, sizes, files) {
    const chunksByFolder = new Map();
    for (const path of sizes.keys()) {
        const rest = path.startsWith(`${item}/`) ? path.slice(item.length + 1) : undefined;
        const slash = rest?.indexOf('/') ?? -1;
        if (rest === undefined || slash < 0)
            continue;
        const folder = rest.slice(0, slash);
        const chunk = rest.slice(slash + 1);
        if (ZARR_METADATA.has(chunk))
            continue;
        const list = chunksByFolder.get(folder);
        if (list)
            list.push(chunk);
        else
            chunksByFolder.set(folder, [chunk]);
    }
    const result = { tensors: [], files: [], warnings: [] };
    const dtypes = [];
    for (const leaf of leaves)
        dtypes.push(await zarrDtype((0,checkpoint_files/* joinPath */.uJ)(item, leaf.paramName), sizes, files));
    const evidence = (0,flax_evidence/* stateTreeEvidence */.X)(leaves.map((leaf, i) => ({ path: leaf.path, shape: leaf.shape, dtype: dtypes[i] ?? 'unknown' })));
    for (let i = 0; i < leaves.length; i++) {
        const leaf = leaves[i];
        const folder = (0,checkpoint_files/* joinPath */.uJ)(item, leaf.paramName);
        const chunks = chunksByFolder.get(leaf.paramName) ?? [];
        const dtype = dtypes[i];
        if (dtype === undefined && chunks.length === 0) {
            result.warnings.push(`array '${leaf.path}' has no zarr folder '${leaf.paramName}/' (not saved, or saved elsewhere): counted as 0 bytes`);
            continue;
        }
        for (const chunk of chunks) {
            const file = (0,checkpoint_files/* joinPath */.uJ)(folder, chunk);
            result.files.push(file);
            result.tensors.push({
                name: chunks.length === 1 ? leaf.path : `${leaf.path}[${chunk.replace(/^c\//, '').replace(/\//g, '.')}]`,
                dtype: dtype ?? 'unknown',
                shape: leaf.shape,
                file,
                offset: 0,
                byteLength: sizes.get(file),
                evidence: evidence[i].length > 0 ? evidence[i] : UNKNOWN_LEAF
            });
        }
    }
    return result;
}
const UNKNOWN_LEAF = (0,classify/* evidenceOf */.X1)('parameter', 'format', 'an Orbax array outside the train-state groups: model parameters');
/** The array's dtype from its zarr metadata: v2 `"dtype": "<f4"`, v3 `"data_type": "float32"`. */
async function zarrDtype(folder, sizes, files) {
    for (const name of ['.zarray', 'zarr.json']) {
        const path = (0,checkpoint_files/* joinPath */.uJ)(folder, name);
        if (!sizes.has(path))
            continue;
        let json;
        try {
            json = JSON.parse(await readText(path, files));
        }
        catch {
            return undefined;
        }
        if (typeof json.dtype === 'string')
            return (0,npy_header/* dtypeOfDescr */.PQ)(json.dtype) ?? json.dtype;
        if (typeof json.data_type === 'string')
            return json.data_type;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/formats/orbax/index.ts








/**
 * An Orbax checkpoint: one step folder (`<dir>/3/`, written by `CheckpointManager.save(3, …)`)
 * with `_CHECKPOINT_METADATA`, and one folder per item (`default/`, or the step folder itself)
 * with the tree's `_METADATA`. The arrays are stored either in an OCDBT key-value store
 * (`manifest.ocdbt`, data files under `d/` and `ocdbt.process_N/d/`; orbax's default since 0.5)
 * or, in older checkpoints, as one zarr folder per array (`params.Dense_0.kernel/.zarray` and
 * its chunk files; zarr.ts).
 *
 * OCDBT: the b-tree that says which bytes of which data file hold which array is itself
 * zstd-compressed, as is each array chunk, so only what the JSON metadata says is used: each
 * array's element count (its `write_shape`) times an item size, laid into the data files; the
 * rest of the data files (b-tree nodes, compression) and every other file are metadata. The item
 * size is not in the JSON either (it is in each array's zarr metadata, inside the compressed
 * store): it is the largest of 8, 4, 2, 1 bytes at which all arrays fit the data files, a warning
 * says so, and where even 1 byte does not fit (well-compressed arrays) the data files' bytes are
 * shared in proportion to element counts.
 *
 * One checkpoint per step folder; its name is the folder, whose step number the report id drops
 * (`run/3` and `run/4` are one checkpoint, pipeline/ids.ts).
 */
/** Files of one checkpoint folder: far more than any real one (a 100,000-array zarr checkpoint has ~2 per array). */
const MAX_FOLDER_FILES = 1_000_000;
/** Folder levels below the step folder: item / ocdbt.process_N / d / file. */
const MAX_FOLDER_DEPTH = 8;
const ITEM_SIZES = [8, 4, 2, 1];
const orbaxReader = {
    ...sniff/* orbaxSniffer */.q1,
    async read(path, files) {
        const root = await checkpointFolder(path, files);
        const sizes = await listFolder(root, files);
        const items = [...sizes.keys()].filter((file) => (0,checkpoint_files/* basename */.P8)(file) === sniff/* ORBAX_ITEM_METADATA */.nn).map(checkpoint_files/* dirname */.pD);
        const tensors = [];
        const warnings = [];
        const attributed = new Set();
        for (const item of items) {
            const metadataPath = (0,checkpoint_files/* joinPath */.uJ)(item, sniff/* ORBAX_ITEM_METADATA */.nn);
            const tree = parseTreeMetadata(await readText(metadataPath, files), metadataPath);
            // Item names (`default/`) only where there are several items to tell apart.
            const prefix = items.length === 1 ? '' : `${(0,checkpoint_files/* basename */.P8)(item)}/`;
            const itemFiles = [...sizes.keys()].filter((file) => file.startsWith(`${item}/`) && file !== metadataPath);
            if (sizes.has((0,checkpoint_files/* joinPath */.uJ)(item, 'manifest.ocdbt'))) {
                const dataFiles = itemFiles.filter((file) => /(^|\/)d\/[^/]+$/.test(file.slice(item.length + 1)));
                for (const file of dataFiles)
                    attributed.add(file);
                const placed = placeInDataFiles(tree.leaves, dataFiles, sizes);
                if (tree.leaves.length > 0)
                    warnings.push(placed.warning);
                tensors.push(...withEvidence(tree.leaves, placed.spans, prefix, placed.dtype));
            }
            else {
                const zarr = await readZarrItem(item, tree.leaves, sizes, files);
                for (const file of zarr.files)
                    attributed.add(file);
                tensors.push(...zarr.tensors.map((tensor) => ({ ...tensor, name: prefix + tensor.name })));
                warnings.push(...zarr.warnings);
            }
        }
        const checkpointFiles = [...sizes].map(([file, bytes]) => ({ path: file, role: roleOf(file, attributed), bytes, present: true }));
        const dataBytes = checkpointFiles.filter((file) => file.role === 'data').reduce((sum, file) => sum + file.bytes, 0);
        return {
            format: 'orbax',
            name: root,
            files: checkpointFiles,
            tensors,
            classifiedBy: 'dict-layout',
            warnings,
            categoryNotes: {
                metadata: `${(0,format_bytes/* formatCount */.B4)(items.length)} item${items.length === 1 ? '' : 's'}: JSON metadata, store index and the data files' bytes beyond the arrays (${(0,format_bytes/* formatBytes */.z3)(dataBytes)} of data files)`
            }
        };
    }
};
/** The step folder: the one holding `_CHECKPOINT_METADATA`, else the item folder itself. */
async function checkpointFolder(path, files) {
    const dir = (0,checkpoint_files/* dirname */.pD)(path);
    if ((0,checkpoint_files/* basename */.P8)(path) === sniff/* ORBAX_CHECKPOINT_METADATA */.sk)
        return dir;
    const parent = (0,checkpoint_files/* dirname */.pD)(dir);
    if (dir !== parent && (await files.size((0,checkpoint_files/* joinPath */.uJ)(parent, sniff/* ORBAX_CHECKPOINT_METADATA */.sk))) !== undefined)
        return parent;
    return dir;
}
/** Every regular file under `root`, with its size. */
async function listFolder(root, files) {
    const sizes = new Map();
    const visit = async (dir, depth) => {
        for (const name of await files.list(dir)) {
            const path = (0,checkpoint_files/* joinPath */.uJ)(dir, name);
            const size = await files.size(path);
            if (size !== undefined) {
                sizes.set(path, size);
                if (sizes.size > MAX_FOLDER_FILES)
                    throw new errors/* LimitExceededError */.lo(root, 'the number of files in an Orbax checkpoint', sizes.size, MAX_FOLDER_FILES);
            }
            else if (depth < MAX_FOLDER_DEPTH) {
                await visit(path, depth + 1);
            }
        }
    };
    await visit(root, 0);
    return sizes;
}
function roleOf(file, attributed) {
    if (attributed.has(file))
        return 'data';
    const name = (0,checkpoint_files/* basename */.P8)(file);
    if (name === sniff/* ORBAX_CHECKPOINT_METADATA */.sk || name === sniff/* ORBAX_ITEM_METADATA */.nn || name.endsWith('.ocdbt') || name === '.zarray')
        return 'index';
    return 'asset';
}
/**
 * Lays the arrays into the OCDBT data files, largest file first: each array's bytes at the
 * estimated item size (or its proportional share), placed in the first file with room.
 */
function placeInDataFiles(leaves, dataFiles, sizes) {
    const counts = leaves.map((leaf) => (0,dtypes/* elementCount */.KX)(leaf.shape));
    const elements = counts.reduce((sum, count) => sum + count, 0);
    const ordered = [...dataFiles].sort((a, b) => sizes.get(b) - sizes.get(a) || a.localeCompare(b));
    const room = ordered.map((file) => sizes.get(file));
    const available = room.reduce((sum, bytes) => sum + bytes, 0);
    const itemSize = ITEM_SIZES.find((size) => size * elements <= available &&
        fitsFirst(counts.map((count) => count * size), room));
    const lengths = counts.map((count) => (itemSize !== undefined ? count * itemSize : elements === 0 ? 0 : Math.floor((available * count) / elements)));
    const used = room.map(() => 0);
    const spans = lengths.map((length) => {
        let at = room.findIndex((bytes, i) => bytes - used[i] >= length);
        if (at < 0)
            at = 0;
        const byteLength = Math.min(length, room[at] - used[at]);
        const span = { file: ordered[at] ?? '', offset: used[at], byteLength };
        used[at] += byteLength;
        return span;
    });
    const warning = itemSize !== undefined
        ? `Orbax keeps array dtypes only inside its compressed OCDBT store: each array is counted at ${itemSize} bytes an element, the largest item size at which all ${(0,format_bytes/* formatCount */.B4)(leaves.length)} arrays fit the ${(0,format_bytes/* formatBytes */.z3)(available)} of data files`
        : `the ${(0,format_bytes/* formatBytes */.z3)(available)} of OCDBT data files are smaller than the arrays at 1 byte an element (compressed): shared among the arrays in proportion to their element counts`;
    return { spans, dtype: itemSize !== undefined ? `${itemSize}-byte elements` : 'compressed', warning };
}
/** Whether first-fit places every length (all at most the largest file) into the files. */
function fitsFirst(lengths, room) {
    const used = room.map(() => 0);
    return lengths.every((length) => {
        const at = room.findIndex((bytes, i) => bytes - used[i] >= length);
        if (at < 0)
            return false;
        used[at] += length;
        return true;
    });
}
function withEvidence(leaves, spans, prefix, dtype) {
    const evidence = (0,flax_evidence/* stateTreeEvidence */.X)(leaves.map((leaf) => ({ path: leaf.path, dtype, shape: leaf.shape })));
    return leaves.map((leaf, i) => ({
        name: prefix + leaf.path,
        dtype,
        shape: leaf.shape,
        file: spans[i].file,
        offset: spans[i].offset,
        byteLength: spans[i].byteLength,
        evidence: evidence[i]
    }));
}


/***/ })

};

//# sourceMappingURL=1645.index.js.map