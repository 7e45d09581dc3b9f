export const id = 7410;
export const ids = [7410];
export const modules = {

/***/ 4348:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JC: () => (/* binding */ copyEvidence),
/* harmony export */   OH: () => (/* binding */ findMirrorTrees)
/* harmony export */ });
/* unused harmony export MIN_MIRRORED_TENSORS */
/* harmony import */ var _classify_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8193);

/** A tree this small is a layer, not a model (see the module comment). */
const MIN_MIRRORED_TENSORS = 4;
/**
 * Earlier tensors of one relative name a tensor is compared with. A model and its copies are a
 * handful of trees; without a bound, 10^5 top-level layers all named `…/weight` with different
 * shapes would compare every pair.
 */
const MAX_TREES_COMPARED = 8;
/** Prefixes that name the trained model's own tree. */
const ORIGINAL_TREE = /^(params|parameters|model|models|model_state|model_state_dict|state_dict|module|net|network|weights|online|online_params)$/i;
/** Prefixes of per-parameter optimizer state and gradients: shaped like the parameters, never copies. */
const SLOT_TREE = /^(opt_state|optimizer|optimizer_state|optim|mu|nu|m|v|exp_avg|exp_avg_sq|max_exp_avg_sq|momentum|momentum_buffer|velocity|accumulators?|adam_m|adam_v|slots?|grads?|gradients?)$/i;
const NONE = { copies: new Map(), copyOf: () => undefined };
function findMirrorTrees(tensors) {
    const count = tensors.length;
    /** Tree id of each tensor, -1 when its name has no top-level prefix. */
    const treeOf = new Int32Array(count).fill(-1);
    const treeNames = [];
    const treeSizes = [];
    const treeIds = new Map();
    // Pass 1: each tensor's tree. Names come grouped by tree, so the last prefix usually answers
    // without a slice or a map lookup.
    let lastPrefix = '';
    let lastTree = -1;
    for (let i = 0; i < count; i++) {
        const name = tensors[i].name;
        if (lastTree >= 0 && name.length > lastPrefix.length + 1 && isSeparator(name.charCodeAt(lastPrefix.length)) && name.startsWith(lastPrefix)) {
            treeOf[i] = lastTree;
            treeSizes[lastTree]++;
            continue;
        }
        const cut = firstSeparator(name);
        if (cut <= 0 || cut === name.length - 1)
            continue;
        const prefix = name.slice(0, cut);
        let tree = treeIds.get(prefix);
        if (tree === undefined) {
            tree = treeNames.length;
            treeIds.set(prefix, tree);
            treeNames.push(prefix);
            treeSizes.push(0);
        }
        treeOf[i] = tree;
        treeSizes[tree]++;
        lastPrefix = prefix;
        lastTree = tree;
    }
    // A tree can mirror only one of comparable size (the smaller at least half the larger): most
    // files have one tree or none such pair, and are done here.
    const comparable = comparableTrees(treeSizes);
    if (comparable === undefined)
        return NONE;
    // Pass 2: the tensors of those trees, keyed by relative name.
    const partnerOf = new Int32Array(count).fill(-1);
    const byRelative = new Map();
    const pairMatches = new Map();
    for (let i = 0; i < count; i++) {
        const tree = treeOf[i];
        if (tree < 0 || !comparable[tree])
            continue;
        const relative = tensors[i].name.slice(treeNames[tree].length + 1);
        const earlier = byRelative.get(relative);
        if (earlier === undefined) {
            byRelative.set(relative, i);
            continue;
        }
        const list = typeof earlier === 'number' ? [earlier] : earlier;
        for (const j of list) {
            if (treeOf[j] === tree || !sameLayout(tensors[i], tensors[j]))
                continue;
            partnerOf[i] = treeOf[j];
            if (partnerOf[j] < 0)
                partnerOf[j] = tree;
            countPair(pairMatches, treeOf[j], tree);
            break;
        }
        if (list.length < MAX_TREES_COMPARED)
            list.push(i);
        if (typeof earlier === 'number')
            byRelative.set(relative, list);
    }
    if (pairMatches.size === 0)
        return NONE;
    // Trees that mirror each other, joined into groups (a model, its EMA and its target network).
    const groupOf = treeNames.map((_, tree) => tree);
    const root = (tree) => (groupOf[tree] === tree ? tree : (groupOf[tree] = root(groupOf[tree])));
    const mirrored = new Uint8Array(treeNames.length);
    for (const [a, partners] of pairMatches) {
        for (const [b, matches] of partners) {
            if (!mirrors(treeNames[a], treeNames[b], treeSizes[a], treeSizes[b], matches))
                continue;
            groupOf[root(a)] = root(b);
            mirrored[a] = mirrored[b] = 1;
        }
    }
    const originalOfGroup = new Map();
    for (let tree = 0; tree < treeNames.length; tree++) {
        if (!mirrored[tree])
            continue;
        const group = root(tree);
        const chosen = originalOfGroup.get(group);
        // Trees are numbered in file order, so the first met is the first in the file.
        if (chosen === undefined || (!ORIGINAL_TREE.test(treeNames[chosen]) && ORIGINAL_TREE.test(treeNames[tree])))
            originalOfGroup.set(group, tree);
    }
    const copyTrees = new Map();
    const copies = new Map();
    for (let tree = 0; tree < treeNames.length; tree++) {
        if (!mirrored[tree])
            continue;
        const original = originalOfGroup.get(root(tree));
        if (original === tree || SLOT_TREE.test(treeNames[tree]))
            continue;
        copyTrees.set(tree, { prefix: treeNames[tree], original: treeNames[original] });
        copies.set(treeNames[tree], treeNames[original]);
    }
    if (copies.size === 0)
        return NONE;
    return {
        copies,
        copyOf(index) {
            const tree = treeOf[index];
            const partner = partnerOf[index];
            // Only the tensors that matched one in their group: a copy's extra tensors are not copies.
            if (tree < 0 || partner < 0 || root(partner) !== root(tree))
                return undefined;
            return copyTrees.get(tree);
        }
    };
}
/**
 * Evidence for the copies `findMirrorTrees` found: one shared array per copy tree, undefined for
 * every other tensor.
 */
function copyEvidence(mirrors) {
    if (mirrors.copies.size === 0)
        return () => undefined;
    const byCopy = new Map();
    for (const [copy, original] of mirrors.copies) {
        const detail = `'${copy}' mirrors the '${original}' tree (same names, shapes and dtypes): a copy such as an EMA or a target network`;
        byCopy.set(copy, (0,_classify_js__WEBPACK_IMPORTED_MODULE_0__/* .evidenceOf */ .X1)('copy', 'mirror-structure', detail));
    }
    return (index) => {
        const copy = mirrors.copyOf(index);
        return copy === undefined ? undefined : byCopy.get(copy.prefix);
    };
}
function firstSeparator(name) {
    for (let i = 0; i < name.length; i++)
        if (isSeparator(name.charCodeAt(i)))
            return i;
    return -1;
}
function isSeparator(code) {
    return code === 0x2e || code === 0x2f;
}
/**
 * Per tree, whether another tree is of comparable size (both at least MIN_MIRRORED_TENSORS, the
 * smaller at least half the larger); undefined when no tree is. Sorting the sizes makes it one
 * pass: a tree's best partner is a neighbour in size order.
 */
function comparableTrees(sizes) {
    const order = sizes.map((_, tree) => tree).filter((tree) => sizes[tree] >= MIN_MIRRORED_TENSORS);
    if (order.length < 2)
        return undefined;
    order.sort((a, b) => sizes[a] - sizes[b]);
    const comparable = new Uint8Array(sizes.length);
    let any = false;
    for (let k = 1; k < order.length; k++) {
        if (sizes[order[k - 1]] * 2 >= sizes[order[k]]) {
            comparable[order[k - 1]] = comparable[order[k]] = 1;
            any = true;
        }
    }
    return any ? comparable : undefined;
}
function sameLayout(a, b) {
    if (a.dtype !== b.dtype || a.shape.length !== b.shape.length)
        return false;
    for (let i = 0; i < a.shape.length; i++)
        if (a.shape[i] !== b.shape[i])
            return false;
    return true;
}
function countPair(pairs, a, b) {
    let partners = pairs.get(a);
    if (!partners)
        pairs.set(a, (partners = new Map()));
    partners.set(b, (partners.get(b) ?? 0) + 1);
}
function mirrors(a, b, sizeA, sizeB, matches) {
    const smaller = Math.min(sizeA, sizeB);
    const larger = Math.max(sizeA, sizeB);
    if (matches < MIN_MIRRORED_TENSORS || matches < smaller || matches * 2 < larger)
        return false;
    return a.replace(/\d+/g, '#') !== b.replace(/\d+/g, '#');
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

/***/ 7410:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  safetensorsIndexReader: () => (/* binding */ safetensorsIndexReader),
  safetensorsReader: () => (/* binding */ safetensorsReader)
});

// EXTERNAL MODULE: ./src/core/classify.ts
var classify = __webpack_require__(8193);
// EXTERNAL MODULE: ./src/core/format-bytes.ts
var format_bytes = __webpack_require__(7586);
// EXTERNAL MODULE: ./src/core/mirror-trees.ts
var mirror_trees = __webpack_require__(4348);
;// CONCATENATED MODULE: ./src/core/rules/generic.ts
/**
 * Name rules for checkpoints that carry nothing but tensor names (safetensors, and any format
 * whose structure says nothing about the role of a tensor). Names follow PyTorch's state-dict
 * conventions (`layer.0.attention.weight`, `bn.running_mean`), which nearly every safetensors
 * writer (transformers, diffusers, timm, accelerate, tinygrad) reuses.
 *
 * Only names that say something are listed; the first match wins, so optimizer prefixes come
 * before the buffer and counter suffixes they may contain (`optimizer.state.0.step` is optimizer
 * state, not a training-loop counter).
 */
const GENERIC_RULES = [
    // --- optimizer state ---
    {
        pattern: /^(optimizer|optim|optimizers|optimizer_states?|opt_state)([./]|$)/,
        role: 'optimizer-state',
        reason: 'under an optimizer prefix'
    },
    {
        // torch.optim state keys: Adam/AdamW m and v (and AMSGrad's max), SGD momentum, RMSprop,
        // Adadelta, Adamax.
        pattern: /(^|[./])(exp_avg|exp_avg_sq|max_exp_avg_sq|momentum_buffer|square_avg|acc_delta|exp_inf)$/,
        role: 'optimizer-slot',
        reason: 'torch.optim state (Adam m/v, momentum, RMSprop averages)'
    },
    {
        // TF/JAX-style slot names carried over by converted checkpoints (BERT's adam_m / adam_v).
        pattern: /(^|[./_])(adam_m|adam_v|momentum|accumulator|ftrl_linear)$/,
        role: 'optimizer-slot',
        reason: 'optimizer slot (adam_m/adam_v, momentum, accumulator)'
    },
    // --- training-loop bookkeeping ---
    {
        pattern: /^(global_step|step|steps|epoch|epochs|iteration|iterations|num_updates|samples_seen)$/,
        role: 'loop-state',
        reason: 'training-loop counter'
    },
    {
        pattern: /(^|[./])(rng_state|random_state|torch_rng_state|cuda_rng_state)$/,
        role: 'rng-state',
        reason: 'random-number-generator state'
    },
    // --- buffers: non-trainable model state ---
    {
        pattern: /(^|[./])(running_mean|running_var|num_batches_tracked)$/,
        role: 'model-state',
        reason: 'batch-norm running statistics (nn.Module buffer)'
    },
    {
        // transformers registers these as buffers: position and token-type id ranges, rotary
        // frequencies, GPT-2's causal-mask scalar.
        pattern: /(^|[./])(position_ids|token_type_ids|inv_freq|masked_bias)$/,
        role: 'model-state',
        reason: 'registered buffer (position ids, rotary frequencies)'
    },
    {
        pattern: /(^|[./])(ema|ema_model|model_ema|ema_state_dict|shadow_params)([./]|$)/,
        role: 'copy',
        reason: 'exponential moving average (EMA) shadow of the weights'
    }
];

// EXTERNAL MODULE: ./src/io/checkpoint-files.ts
var checkpoint_files = __webpack_require__(9366);
// EXTERNAL MODULE: ./src/formats/kit/shard-index.ts
var shard_index = __webpack_require__(7122);
// EXTERNAL MODULE: ./src/core/dtypes.ts
var dtypes = __webpack_require__(6622);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/limits.ts
var limits = __webpack_require__(6419);
// EXTERNAL MODULE: ./src/io/bytes/index.ts + 8 modules
var io_bytes = __webpack_require__(3031);
// EXTERNAL MODULE: ./src/io/bytes/utf8.ts
var utf8 = __webpack_require__(1217);
;// CONCATENATED MODULE: ./src/formats/safetensors/header-scan.ts


/** Thrown inside the scanner when the header is not in the plain shape; never escapes scanHeader. */
class NotPlain {
}
const NOT_PLAIN = new NotPlain();
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const ZERO = 0x30;
const NINE = 0x39;
const KEYS = new TextEncoder();
const DTYPE = KEYS.encode('dtype');
const SHAPE = KEYS.encode('shape');
const DATA_OFFSETS = KEYS.encode('data_offsets');
/** Names JSON objects list first, in numeric order, whatever their place in the text. */
const ARRAY_INDEX = /^(?:0|[1-9]\d{0,9})$/;
/** Only names starting with a digit go through the regex: it is tested on every name. */
function isArrayIndex(name) {
    const first = name.charCodeAt(0);
    return first >= ZERO && first <= NINE && ARRAY_INDEX.test(name);
}
/**
 * Calls `onEntry` for each tensor entry in document order. Returns whether the header has a
 * `__metadata__` map, or undefined when the header must be parsed with JSON.parse instead
 * (`onEntry` may have been called for some entries before: the caller then discards them).
 */
function scanHeader(bytes, onEntry) {
    try {
        return new HeaderScanner(bytes).header(onEntry);
    }
    catch (error) {
        if (error === NOT_PLAIN)
            return undefined;
        throw error;
    }
}
class HeaderScanner {
    bytes;
    position = 0;
    constructor(bytes) {
        this.bytes = bytes;
    }
    header(onEntry) {
        const names = new Set();
        let hasMetadata = false;
        this.expect(OPEN_BRACE);
        if (this.peek() === CLOSE_BRACE)
            this.position++;
        else {
            for (;;) {
                const name = this.string();
                if (names.has(name) || names.size >= limits/* MAX_TENSORS */.am || isArrayIndex(name))
                    throw NOT_PLAIN;
                names.add(name);
                this.expect(COLON);
                if (name === '__metadata__') {
                    this.metadata();
                    hasMetadata = true;
                }
                else
                    onEntry(name, this.entry());
                const next = this.next();
                if (next === CLOSE_BRACE)
                    break;
                if (next !== COMMA)
                    throw NOT_PLAIN;
            }
        }
        if (this.peek() !== undefined)
            throw NOT_PLAIN;
        return { hasMetadata };
    }
    entry() {
        const entry = { dtype: undefined, shape: undefined, data_offsets: undefined };
        this.expect(OPEN_BRACE);
        for (;;) {
            // Keys are compared as bytes and dtypes decoded once per distinct value: a TextDecoder call
            // for each of the 500,000 keys and dtypes of a large header cost more than JSON.parse.
            const keyStart = this.stringSpan();
            const keyEnd = this.position - 1;
            this.expect(COLON);
            if (this.equals(keyStart, keyEnd, DTYPE) && entry.dtype === undefined)
                entry.dtype = this.dtype();
            else if (this.equals(keyStart, keyEnd, SHAPE) && entry.shape === undefined)
                entry.shape = this.integers();
            else if (this.equals(keyStart, keyEnd, DATA_OFFSETS) && entry.data_offsets === undefined)
                entry.data_offsets = this.integers();
            else
                throw NOT_PLAIN;
            const next = this.next();
            if (next === CLOSE_BRACE)
                return entry;
            if (next !== COMMA)
                throw NOT_PLAIN;
        }
    }
    lastDtypeStart = -1;
    lastDtypeEnd = -1;
    lastDtype = '';
    dtype() {
        const start = this.stringSpan();
        const end = this.position - 1;
        const last = this.bytes.subarray(this.lastDtypeStart, this.lastDtypeEnd);
        if (this.lastDtypeStart < 0 || !this.equals(start, end, last))
            this.lastDtype = this.decode(start, end);
        this.lastDtypeStart = start;
        this.lastDtypeEnd = end;
        return this.lastDtype;
    }
    equals(start, end, expected) {
        if (end - start !== expected.length)
            return false;
        for (let i = 0; i < expected.length; i++)
            if (this.bytes[start + i] !== expected[i])
                return false;
        return true;
    }
    /** `[1, 2, 3]`: non-negative integers written plainly (no sign, fraction, exponent or leading zero). */
    integers() {
        const values = this.scratch;
        values.length = 0;
        this.expect(OPEN_BRACKET);
        if (this.peek() === CLOSE_BRACKET)
            this.position++;
        else {
            for (;;) {
                values.push(this.integer());
                const next = this.next();
                if (next === CLOSE_BRACKET)
                    break;
                if (next !== COMMA)
                    throw NOT_PLAIN;
            }
        }
        // A copy of exactly its length: a pushed-to array keeps room for 17, and shapes are kept.
        return values.slice();
    }
    scratch = [];
    integer() {
        this.skipWhitespace();
        const bytes = this.bytes;
        const start = this.position;
        let value = 0;
        while (this.position < bytes.length && bytes[this.position] >= ZERO && bytes[this.position] <= NINE) {
            value = value * 10 + (bytes[this.position] - ZERO);
            this.position++;
        }
        const digits = this.position - start;
        if (digits === 0 || (digits > 1 && bytes[start] === ZERO) || !Number.isSafeInteger(value))
            throw NOT_PLAIN;
        return value;
    }
    /** A string without escapes or control characters, decoded as strict UTF-8. */
    string() {
        const start = this.stringSpan();
        return this.decode(start, this.position - 1);
    }
    /** Steps over a string without escapes or control characters; returns where its content starts. */
    stringSpan() {
        this.expect(QUOTE);
        const bytes = this.bytes;
        const start = this.position;
        while (this.position < bytes.length) {
            const byte = bytes[this.position];
            if (byte === QUOTE)
                break;
            if (byte === BACKSLASH || byte < 0x20)
                throw NOT_PLAIN;
            this.position++;
        }
        if (this.position >= bytes.length)
            throw NOT_PLAIN;
        this.position++;
        return start;
    }
    decode(start, end) {
        try {
            return utf8/* STRICT_UTF8 */.Op.decode(this.bytes.subarray(start, end));
        }
        catch {
            throw NOT_PLAIN;
        }
    }
    /**
     * `__metadata__`: skipped to its end (strings may hold escaped JSON, as configs do), then checked
     * by JSON.parse, which is cheap on a few KB and exact about what JSON is.
     */
    metadata() {
        this.skipWhitespace();
        const bytes = this.bytes;
        const start = this.position;
        let depth = 0;
        do {
            const byte = bytes[this.position];
            if (byte === undefined)
                throw NOT_PLAIN;
            if (byte === QUOTE) {
                this.position++;
                while (this.position < bytes.length && bytes[this.position] !== QUOTE) {
                    this.position += bytes[this.position] === BACKSLASH ? 2 : 1;
                }
            }
            else if (byte === OPEN_BRACE || byte === OPEN_BRACKET)
                depth++;
            else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET)
                depth--;
            this.position++;
        } while (depth > 0);
        try {
            JSON.parse(utf8/* STRICT_UTF8 */.Op.decode(bytes.subarray(start, this.position)));
        }
        catch {
            throw NOT_PLAIN;
        }
    }
    expect(byte) {
        if (this.next() !== byte)
            throw NOT_PLAIN;
    }
    /** The next byte that is not JSON whitespace, consumed. */
    next() {
        this.skipWhitespace();
        return this.bytes[this.position++];
    }
    /** The next byte that is not JSON whitespace, not consumed (undefined at the end). */
    peek() {
        this.skipWhitespace();
        return this.bytes[this.position];
    }
    skipWhitespace() {
        const bytes = this.bytes;
        while (this.position < bytes.length) {
            const byte = bytes[this.position];
            if (byte !== 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09)
                return;
            this.position++;
        }
    }
}

;// CONCATENATED MODULE: ./src/formats/safetensors/header.ts






/**
 * The safetensors layout (`huggingface/safetensors:safetensors/src/tensor.rs`, FORMATS.md §5):
 *
 *   u64 LE  N         header length
 *   byte[N] header    UTF-8 JSON; writers pad it with spaces to a multiple of 8
 *   byte[]  data      tensor bytes; `data_offsets` are relative to byte 8 + N
 *
 * Only the 8 bytes and the header are read.
 */
/** safetensors dtype strings (`Dtype` in tensor.rs) to canonical dtype names. */
const SAFETENSORS_DTYPES = {
    BOOL: 'bool',
    F4: 'float4_e2m1',
    F6_E2M3: 'float6_e2m3',
    F6_E3M2: 'float6_e3m2',
    U8: 'uint8',
    I8: 'int8',
    F8_E5M2: 'float8_e5m2',
    F8_E4M3: 'float8_e4m3fn',
    F8_E8M0: 'float8_e8m0',
    F8_E4M3FNUZ: 'float8_e4m3fnuz',
    F8_E5M2FNUZ: 'float8_e5m2fnuz',
    I16: 'int16',
    U16: 'uint16',
    F16: 'float16',
    BF16: 'bfloat16',
    I32: 'int32',
    U32: 'uint32',
    F32: 'float32',
    C64: 'complex64',
    F64: 'float64',
    I64: 'int64',
    U64: 'uint64'
};
const LENGTH_BYTES = 8;
/** Reads and validates the header of one safetensors file: every span inside the file, sized by dtype × shape. */
async function readSafetensorsHeader(source) {
    const file = source.name;
    if (source.size < LENGTH_BYTES) {
        throw new errors/* FormatError */.IF(file, `a safetensors file starts with an 8-byte header length, but the file has ${source.size} bytes`, {
            fix: 'The file is truncated or empty.'
        });
    }
    const headerLength = io_bytes/* Cursor */.bs.over(await source.read(0, LENGTH_BYTES), file).u64big();
    // The limit is checked before anything is allocated: a header claiming 2^63 bytes is refused here.
    if (headerLength > BigInt(limits/* MAX_SAFETENSORS_HEADER_BYTES */.X9)) {
        throw new errors/* LimitExceededError */.lo(file, 'the safetensors header length', headerLength, limits/* MAX_SAFETENSORS_HEADER_BYTES */.X9);
    }
    const n = (0,io_bytes/* bigintNumber */.nu)(headerLength, file, 'the safetensors header length');
    const dataStart = LENGTH_BYTES + n;
    if (dataStart > source.size) {
        throw new errors/* FormatError */.IF(file, `the header claims ${n} bytes but the file has only ${source.size - LENGTH_BYTES} after the length`, {
            offset: 0,
            fix: 'The file is truncated (an interrupted download or a Git LFS pointer?).'
        });
    }
    const bytes = await source.read(LENGTH_BYTES, n);
    // One array per distinct shape (ShapeInterner): do not copy shapes after this.
    const shapes = new io_bytes/* ShapeInterner */.R0();
    const parsed = scanEntries(file, bytes, dataStart, source.size, shapes) ?? entriesFromJson(file, decodeHeader(file, bytes), dataStart, source.size, shapes);
    // The entries are copies (names and dtypes decoded, shapes and offsets parsed): the header's
    // bytes (10 MB at 10^5 tensors) are done with. Only a buffer read for the header alone is freed;
    // a view into memory the caller owns (a BufferByteSource) starts past the length field.
    if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength)
        (0,io_bytes/* releaseArrayBuffer */.$t)(bytes.buffer);
    const { entries, warnings } = parsed;
    checkNoOverlap(file, entries, dataStart);
    const lastEnd = entries.reduce((end, entry) => Math.max(end, entry.offset + entry.byteLength), dataStart);
    if (lastEnd < source.size) {
        // The reference reader refuses this (MetadataIncompleteBuffer); the bytes are still counted, as metadata.
        warnings.push(`${source.size - lastEnd} bytes after the last tensor are not described by the header`);
    }
    return { dataStart, hasMetadata: parsed.hasMetadata, entries, warnings };
}
/**
 * The entries of a header in the plain shape writers produce, checked as they are scanned
 * (header-scan.ts: no 10 MB string, no JSON tree); undefined when the header needs JSON.parse.
 * The first invalid entry is reported only once the whole header has scanned as plain JSON, so
 * a header that is also malformed further on gets the same error as through JSON.parse.
 */
function scanEntries(file, bytes, dataStart, fileSize, shapes) {
    const entries = [];
    const warnings = [];
    let firstError;
    const scanned = scanHeader(bytes, (name, value) => {
        if (firstError !== undefined)
            return;
        try {
            entries.push(checkedEntry(file, name, value, dataStart, fileSize, warnings, shapes));
        }
        catch (error) {
            firstError = error;
        }
    });
    if (scanned === undefined)
        return undefined;
    if (firstError !== undefined)
        throw firstError;
    return { hasMetadata: scanned.hasMetadata, entries, warnings };
}
/** Any header JSON.parse accepts: the reference path for everything the scanner does not take. */
function entriesFromJson(file, text, dataStart, fileSize, shapes) {
    let json;
    try {
        // Trailing spaces (the writers' padding to a multiple of 8) are JSON whitespace.
        json = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* FormatError */.IF(file, `the header is not valid JSON (${error.message})`, { offset: LENGTH_BYTES });
    }
    if (!isObject(json))
        throw new errors/* FormatError */.IF(file, 'the header is not a JSON object', { offset: LENGTH_BYTES });
    const entries = [];
    const warnings = [];
    const names = Object.keys(json);
    if (names.length > limits/* MAX_TENSORS */.am)
        throw new errors/* LimitExceededError */.lo(file, 'the number of safetensors entries', names.length, limits/* MAX_TENSORS */.am);
    for (const name of names) {
        // `__metadata__` is a free-form string map, not a tensor; its bytes are header (metadata).
        if (name === '__metadata__')
            continue;
        entries.push(checkedEntry(file, name, json[name], dataStart, fileSize, warnings, shapes));
    }
    return { hasMetadata: '__metadata__' in json, entries, warnings };
}
function checkedEntry(file, name, value, dataStart, fileSize, warnings, shapes) {
    if (name.length > limits/* MAX_NAME_BYTES */.pg)
        throw new errors/* LimitExceededError */.lo(file, 'the length of a tensor name', name.length, limits/* MAX_NAME_BYTES */.pg);
    return parseEntry(file, name, value, dataStart, fileSize, warnings, shapes);
}
function parseEntry(file, name, value, dataStart, fileSize, warnings, shapes) {
    const invalid = (what, fix) => new errors/* FormatError */.IF(file, `tensor '${name}' ${what}`, { fix: fix ?? 'The header is malformed; re-save the file.' });
    if (!isObject(value))
        throw invalid('is not a JSON object with dtype, shape and data_offsets');
    const { dtype, shape, data_offsets: offsets } = value;
    if (typeof dtype !== 'string')
        throw invalid('has no dtype string');
    if (!Array.isArray(shape) || shape.length > limits/* MAX_DIMS */.VW || !shape.every(isSize)) {
        throw invalid(`has an invalid shape ${JSON.stringify(shape)?.slice(0, 100)} (at most ${limits/* MAX_DIMS */.VW} non-negative integers)`);
    }
    if (!Array.isArray(offsets) || offsets.length !== 2 || !offsets.every(isSize) || offsets[0] > offsets[1]) {
        throw invalid(`has invalid data_offsets ${JSON.stringify(offsets)?.slice(0, 100)} (expected [begin, end] with begin <= end)`);
    }
    const [begin, end] = offsets;
    if (dataStart + end > fileSize) {
        throw invalid(`declares data_offsets [${begin}, ${end}], ending at byte ${dataStart + end} of the file, beyond its ${fileSize} bytes`, 'The file is truncated (an interrupted download?) or its header does not match its data.');
    }
    const canonical = SAFETENSORS_DTYPES[dtype];
    const byteLength = end - begin;
    if (canonical === undefined) {
        warnings.push(`tensor '${name}' has dtype '${dtype}', unknown to this version; its size is taken from data_offsets`);
    }
    else {
        const expected = (0,dtypes/* denseBytes */.vQ)(canonical, shape);
        if (expected !== undefined && expected !== byteLength) {
            throw invalid(`declares ${byteLength} bytes (data_offsets [${begin}, ${end}]) but ${dtype}[${shape.join(', ')}] needs ${expected}`);
        }
    }
    return { name, dtype: canonical ?? dtype.toLowerCase(), shape: shapes.intern(shape), offset: dataStart + begin, byteLength };
}
/** Overlapping payloads would count bytes twice: the reference reader requires contiguous entries. */
function checkNoOverlap(file, entries, dataStart) {
    // Writers list tensors in payload order: then one pass shows that none overlaps, without a
    // sorted copy of the list (10^5 entries: a large-object array and ~1.7 million comparisons).
    let inOrder = true;
    for (let i = 1; i < entries.length && inOrder; i++)
        inOrder = entries[i].offset >= entries[i - 1].offset + entries[i - 1].byteLength;
    if (inOrder)
        return;
    const sorted = [...entries].sort((a, b) => a.offset - b.offset || a.byteLength - b.byteLength);
    for (let i = 1; i < sorted.length; i++) {
        const previous = sorted[i - 1];
        const current = sorted[i];
        if (current.offset < previous.offset + previous.byteLength) {
            throw new errors/* FormatError */.IF(file, `tensors '${previous.name}' and '${current.name}' overlap (data_offsets ${previous.offset - dataStart}..${previous.offset - dataStart + previous.byteLength} and ${current.offset - dataStart}..${current.offset - dataStart + current.byteLength})`, { fix: 'The header is malformed; re-save the file.' });
        }
    }
}
function decodeHeader(file, bytes) {
    return (0,io_bytes/* strictUtf8 */.NR)(bytes, file, 'the header', LENGTH_BYTES);
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function isSize(value) {
    return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

// EXTERNAL MODULE: ./src/formats/safetensors/sniff.ts
var sniff = __webpack_require__(3762);
// EXTERNAL MODULE: ./src/formats/kit/open.ts
var kit_open = __webpack_require__(7247);
;// CONCATENATED MODULE: ./src/formats/safetensors/index.ts









/**
 * safetensors, single file (`model.safetensors`) and sharded (`model.safetensors.index.json` +
 * `model-0000K-of-0000N.safetensors`). FORMATS.md §5.
 *
 * Evidence (core/classify.ts decides): a safetensors file carries names, dtypes and shapes and
 * nothing else, so the reader has two things to say about a tensor:
 * - structure: a second tree that mirrors the model's (`ema.…` next to `model.…`, same names,
 *   shapes and dtypes) is a copy (core/mirror-trees.ts), found over every shard at once;
 * - names: the generic name table (src/core/rules/generic.ts) recognises optimizer state, counters
 *   and buffers; after it, the format's convention that a tensor no rule marks is a parameter —
 *   safetensors exists to ship model parameters (`save_file(model.state_dict())`, `save_model`),
 *   and HF/accelerate write optimizer state to separate `optimizer.pt`/`.bin` files. Reporting
 *   those as `unclassified` would flag every ordinary model. The convention is given as the last
 *   name rule (a catch-all after the table), so that any rule that does match speaks first.
 */
const WEIGHT_BY_CONVENTION = 'safetensors holds model parameters; no name rule marks this tensor as optimizer state, a buffer or a counter';
/** The generic table, then the format's convention as the last name rule (so it never outranks a name). */
const SAFETENSORS_RULES = [...GENERIC_RULES, { pattern: /(?:)/, role: 'parameter', reason: WEIGHT_BY_CONVENTION }];
/** What the names say: the first matching generic rule, else the convention. Shared per rule. */
function nameEvidence(name) {
    return (0,classify/* evidenceFromRules */.nc)(name, SAFETENSORS_RULES);
}
/**
 * Gives every tensor of a checkpoint (all shards together) its evidence: the mirror structure
 * first when the tensor is a copy, then the names. Arrays are shared per (copy tree, name rule).
 */
function attachEvidence(tensors) {
    const copyOf = (0,mirror_trees/* copyEvidence */.JC)((0,mirror_trees/* findMirrorTrees */.OH)(tensors));
    const combined = new Map();
    for (let i = 0; i < tensors.length; i++) {
        const names = nameEvidence(tensors[i].name);
        const copy = copyOf(i);
        if (!copy) {
            tensors[i].evidence = names;
            continue;
        }
        let byNames = combined.get(copy);
        if (!byNames)
            combined.set(copy, (byNames = new Map()));
        let evidence = byNames.get(names);
        if (!evidence)
            byNames.set(names, (evidence = Object.freeze([...copy, ...names])));
        tensors[i].evidence = evidence;
    }
}
function toTensor(entry, file) {
    // Spelled out: with a spread, V8 kept the last fields of each of 10^5 tensors in a separate
    // property array (~40 bytes a tensor, 4 MB at the peak).
    return { name: entry.name, dtype: entry.dtype, shape: entry.shape, file, offset: entry.offset, byteLength: entry.byteLength, evidence: undefined };
}
async function readShard(path, files) {
    return (0,kit_open/* withSource */.g)(files, path, async (source) => {
        const header = await readSafetensorsHeader(source);
        return {
            tensors: header.entries.map((entry) => toTensor(entry, path)),
            bytes: source.size,
            headerBytes: header.dataStart,
            hasMetadata: header.hasMetadata,
            warnings: header.warnings.map((warning) => `${(0,checkpoint_files/* basename */.P8)(path)}: ${warning}`)
        };
    });
}
/** A single `.safetensors` file (a shard claimed by its index is read through the index instead). */
const safetensorsReader = {
    ...sniff/* safetensorsSniffer */.R,
    async read(path, files) {
        const shard = await readShard(path, files);
        attachEvidence(shard.tensors);
        return {
            format: 'safetensors',
            name: path,
            files: [{ path, role: 'data', bytes: shard.bytes, present: true }],
            tensors: shard.tensors,
            classifiedBy: 'name-rules',
            warnings: shard.warnings,
            categoryNotes: {
                metadata: `8-byte length and JSON header${shard.hasMetadata ? ' with __metadata__' : ''} (${(0,format_bytes/* formatBytes */.z3)(shard.headerBytes)})`
            }
        };
    }
};
/**
 * A sharded checkpoint, read from its `*.safetensors.index.json` (shard-index.ts). The index
 * claims every shard it names, so shards are not reported again one by one, and the checkpoint is
 * named after the index without `.index.json`: the same id as an unsharded `model.safetensors`,
 * so a model that grows past the shard size still matches its baseline.
 */
const safetensorsIndexReader = {
    ...sniff/* safetensorsIndexSniffer */.f,
    async read(path, files) {
        const index = await (0,shard_index/* readShardIndex */.n)(path, files, 'model-00001-of-00002.safetensors');
        // An absent shard's placeholder says what its names say (shard-index.ts).
        const shards = await (0,shard_index/* readShards */.O)(path, index, files, (shardPath) => readShard(shardPath, files), (name) => nameEvidence(name)[0].role);
        attachEvidence(shards.tensors.filter((tensor) => tensor.evidence === undefined));
        const headerBytes = shards.read.reduce((sum, shard) => sum + shard.headerBytes, 0);
        const shardsRead = shards.read.length;
        return {
            format: 'safetensors',
            name: path.replace(/\.index\.json$/i, ''),
            files: shards.files,
            tensors: shards.tensors,
            classifiedBy: 'name-rules',
            warnings: shards.warnings,
            categoryNotes: {
                metadata: `shard index JSON (${(0,format_bytes/* formatBytes */.z3)(index.bytes)}) and ${shardsRead} shard header${shardsRead === 1 ? '' : 's'} (${(0,format_bytes/* formatBytes */.z3)(headerBytes)})`
            }
        };
    }
};


/***/ })

};

//# sourceMappingURL=7410.index.js.map