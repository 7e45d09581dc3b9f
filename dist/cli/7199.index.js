export const id = 7199;
export const ids = [7199];
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

/***/ 7199:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  npyReader: () => (/* binding */ npyReader),
  npzReader: () => (/* binding */ npzReader)
});

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/format-bytes.ts
var format_bytes = __webpack_require__(7586);
// EXTERNAL MODULE: ./src/core/limits.ts
var limits = __webpack_require__(6419);
// EXTERNAL MODULE: ./src/io/bytes/index.ts + 8 modules
var io_bytes = __webpack_require__(3031);
// EXTERNAL MODULE: ./src/io/checkpoint-files.ts
var checkpoint_files = __webpack_require__(9366);
// EXTERNAL MODULE: ./src/formats/zip/index.ts + 4 modules
var formats_zip = __webpack_require__(7331);
// EXTERNAL MODULE: ./src/core/classify.ts
var classify = __webpack_require__(8193);
// EXTERNAL MODULE: ./src/core/mirror-trees.ts
var mirror_trees = __webpack_require__(4348);
;// CONCATENATED MODULE: ./src/formats/numpy/evidence.ts


/**
 * What a NumPy array's name and its archive's structure say about it. An `.npz`/`.npy` carries
 * keys, dtypes and shapes and nothing else (`np.savez(path, **arrays)`), so:
 * - structure: a second tree that mirrors another (`target_params.*` beside `params.*`) is a copy
 *   (core/mirror-trees.ts);
 * - names: optimizer state, counters and training history are recognised by the table below;
 * - otherwise an array is a weight, by the format's use: `np.savez(path, **params)` is how NumPy
 *   and JAX code saves model parameters; reporting them `unclassified` would flag every plain
 *   weight file. This convention is given only where no name rule speaks, since a rule (names)
 *   ranks below the format in core's precedence.
 */
/** Names of arrays in NumPy/JAX checkpoints (first match wins). */
const NUMPY_RULES = [
    {
        pattern: /^(opt_state|optimizer|optimizer_state|optim|opt)([./_]|$)/i,
        role: 'optimizer-slot',
        reason: 'under an optimizer prefix'
    },
    {
        pattern: /(^|[./_])(adam_m|adam_v|exp_avg|exp_avg_sq|momentum_buffer|accumulator)([./]|$)/,
        role: 'optimizer-slot',
        reason: 'optimizer slot name (Adam m/v, momentum buffer, accumulator)'
    },
    {
        pattern: /^(global_step|step|steps|epoch|epochs|iteration|iterations|count)$/i,
        role: 'loop-state',
        reason: 'training-loop counter'
    },
    {
        // Per-epoch losses, accuracies and other curves saved beside the weights (`np.save('losses.npy', …)`).
        pattern: /(^|[./_])(loss|losses|train_loss|val_loss|history|metrics?|accuracy|accuracies|rewards?|returns)([./_]|$)/i,
        role: 'loop-state',
        reason: 'training history (losses, metrics)'
    },
    {
        pattern: /(^|[./_])(rng|rng_state|random_state|key|prng_key)$/i,
        role: 'rng-state',
        reason: 'random-number-generator state'
    },
    {
        pattern: /(^|[./])(running_mean|running_var|moving_mean|moving_variance|num_batches_tracked|batch_stats)([./]|$)/,
        role: 'model-state',
        reason: 'batch-norm statistics'
    }
];
const WEIGHT_BY_CONVENTION = (0,classify/* evidenceOf */.X1)('parameter', 'format', 'NumPy array: np.savez/np.save of model parameters; no name rule marks it as optimizer state, a counter or a buffer');
/** An object-dtype array is a pickle of Python objects: configuration, never numbers to compute with. */
const OBJECT_ARRAY = (0,classify/* evidenceOf */.X1)('config', 'format', 'object array: a pickle of Python objects (not executed)');
/** The evidence of each array of a checkpoint, in the order given: a copy's mirror structure first, then its own. */
function numpyEvidence(leaves) {
    const copyOf = (0,mirror_trees/* copyEvidence */.JC)((0,mirror_trees/* findMirrorTrees */.OH)(leaves));
    // Shared arrays: one combination per (copy tree, own evidence).
    const combined = new Map();
    return leaves.map((leaf, i) => {
        const named = (0,classify/* evidenceFromRules */.nc)(leaf.name, NUMPY_RULES);
        const own = named.length > 0 ? named : WEIGHT_BY_CONVENTION;
        const copy = copyOf(i);
        if (!copy)
            return own;
        let byOwn = combined.get(copy);
        if (!byOwn)
            combined.set(copy, (byOwn = new Map()));
        let both = byOwn.get(own);
        if (!both)
            byOwn.set(own, (both = Object.freeze([...copy, ...own])));
        return both;
    });
}

// EXTERNAL MODULE: ./src/formats/numpy/npy-header.ts + 1 modules
var npy_header = __webpack_require__(5727);
// EXTERNAL MODULE: ./src/formats/numpy/sniff.ts
var sniff = __webpack_require__(5312);
// EXTERNAL MODULE: ./src/formats/kit/open.ts
var kit_open = __webpack_require__(7247);
;// CONCATENATED MODULE: ./src/formats/numpy/index.ts











/**
 * NumPy arrays: a `.npy` file (one array, `np.save`) and an `.npz` archive (a zip of `.npy`
 * members, one per key: `np.savez`, `np.savez_compressed`, `jnp.savez`, and writers outside numpy
 * such as Rust's dfdx). Metadata only: the zip's central directory and each member's `.npy`
 * header (its first ~128 bytes; for a deflated member, the few compressed bytes that inflate to
 * it). FORMATS.md, NumPy.
 *
 * Bytes: a stored member's array is its data span, exactly (elements × item size); its `.npy`
 * header and the zip's headers and directory are metadata. A deflated member's bytes on disk are
 * compressed, header and data together, so the array is counted at its share of them
 * (compressed × data / uncompressed), the rest of the member as metadata; an explanation gives
 * the uncompressed size. An object array (`descr '|O'`) holds a pickle, which is not unpickled:
 * its bytes are metadata, with a warning.
 */
/** Bytes read first from a stored member or `.npy` file: numpy pads its headers to 128 (64-byte aligned data). */
const FIRST_HEADER_READ = 128;
/**
 * Compressed bytes read first from a deflated member: a 128-byte header deflates to ~60-90.
 * Inflating a prefix gives at most ~1032× its length (deflate's ratio limit), so outputs stay small.
 */
const FIRST_COMPRESSED_READ = 512;
/**
 * Compressed bytes that always hold the deflated header: deflate spends at most 15 bits a literal
 * (and stored blocks 5 bytes per 64 KiB), so 2× the longest header plus a block header suffices.
 */
const MAX_COMPRESSED_HEADER_READ = 2 * npy_header/* MAX_NPY_HEADER_BYTES */.$V + 1024;
/** Output cap for inflating a header prefix: the data that follows the header may be all zeros (1032:1). */
const MAX_INFLATED_PREFIX = 2 * 1024 * 1024;
function toTensors(arrays, file) {
    const evidence = numpyEvidence(arrays.map(({ name, header }) => ({ name, dtype: header.dtype, shape: header.shape })));
    return arrays.map(({ name, header, offset, byteLength }, i) => ({
        name,
        dtype: header.dtype,
        shape: header.shape,
        file,
        offset,
        byteLength,
        evidence: header.hasObjects ? OBJECT_ARRAY : evidence[i]
    }));
}
function objectWarning(arrays) {
    const objects = arrays.filter((array) => array.header.hasObjects).map((array) => `'${array.name}'`);
    if (objects.length === 0)
        return [];
    return [
        `${objects.length === 1 ? 'array' : 'arrays'} ${objects.slice(0, 5).join(', ')}${objects.length > 5 ? ', …' : ''} ${objects.length === 1 ? 'holds' : 'hold'} Python objects (a pickle, dtype object): counted as metadata, not unpickled`
    ];
}
/** The data span of an array whose `.npy` bytes (header + data) are `available` long, checked. */
function dataSpan(header, available, file, what) {
    if (header.hasObjects)
        return Math.max(0, available - header.dataStart);
    if (header.dataStart + header.dataBytes > available) {
        throw new errors/* FormatError */.IF(file, `${what} (${header.dtype}[${header.shape.join(', ')}]) needs ${header.dataBytes} bytes of data after its ${header.dataStart}-byte header, but only ${available - header.dataStart} are there`, { fix: 'The file is truncated or corrupt; save it again.' });
    }
    return header.dataBytes;
}
/**
 * The `.npy` headers of one file, read through one reused buffer and parsed once per distinct
 * header: the members of an `.npz` share a handful of dtype/shape headers, and at 10^5 members a
 * fresh buffer and a fresh parse each were most of the time (a third of it garbage collection).
 */
class StoredHeaders {
    source;
    /** Reads exactly what is asked (readBytes 0): a header's bytes, never into the array after it. */
    window;
    parsed = new Map();
    constructor(source) {
        this.source = source;
        this.window = new io_bytes/* Window */.p8(source, { kind: 'reuse', readBytes: 0 });
    }
    /** The header at `start`, whose `.npy` bytes are `available` long. */
    async at(start, available) {
        const head = await this.window.view(start, Math.min(available, FIRST_HEADER_READ));
        if (available < FIRST_HEADER_READ)
            return (0,npy_header/* parseNpyHeader */.yw)(head, this.source.name);
        const length = (0,npy_header/* npyHeaderLength */.Vv)(head, this.source.name);
        const bytes = length > FIRST_HEADER_READ ? await this.window.view(start, Math.min(length, available)) : head.subarray(0, length);
        const key = io_bytes/* LATIN1 */.w$.decode(bytes);
        let header = this.parsed.get(key);
        if (!header) {
            header = (0,npy_header/* parseNpyHeader */.yw)(bytes, this.source.name);
            this.parsed.set(key, header);
        }
        return header;
    }
}
/**
 * The `.npy` header of a deflated member: a prefix of its compressed bytes, inflated with a sync
 * flush (which yields what the prefix decodes to without needing the rest), grown until it covers
 * the header.
 */
async function readDeflatedHeader(source, start, compressedSize, member) {
    let prefix = Math.min(FIRST_COMPRESSED_READ, compressedSize);
    for (;;) {
        const compressed = await source.read(start, prefix);
        let inflated;
        try {
            inflated = (0,external_node_zlib_.inflateRawSync)(compressed, { finishFlush: external_node_zlib_.constants.Z_SYNC_FLUSH, maxOutputLength: MAX_INFLATED_PREFIX });
        }
        catch (error) {
            throw new errors/* FormatError */.IF(source.name, `member '${member}' does not inflate (${error.message})`, { offset: start });
        }
        const needed = inflated.length >= 12 ? (0,npy_header/* npyHeaderLength */.Vv)(inflated, `${source.name}: ${member}`) : 12;
        if (inflated.length >= needed)
            return (0,npy_header/* parseNpyHeader */.yw)(inflated.subarray(0, needed), `${source.name}: ${member}`);
        if (prefix >= compressedSize || prefix >= MAX_COMPRESSED_HEADER_READ) {
            throw new errors/* FormatError */.IF(source.name, `member '${member}' inflates to ${inflated.length} bytes, fewer than its .npy header`, { offset: start });
        }
        prefix = Math.min(compressedSize, MAX_COMPRESSED_HEADER_READ, prefix * 4);
    }
}
const npyReader = {
    ...sniff/* npySniffer */.b,
    async read(path, files) {
        return (0,kit_open/* withSource */.g)(files, path, async (source) => {
            const header = await new StoredHeaders(source).at(0, source.size);
            const name = (0,checkpoint_files/* basename */.P8)(path).replace(/\.npy$/i, '');
            const array = { name, header, offset: header.dataStart, byteLength: dataSpan(header, source.size, path, `array '${name}'`) };
            return {
                format: 'numpy',
                name: path,
                files: [{ path, role: 'data', bytes: source.size, present: true }],
                tensors: toTensors([array], path),
                classifiedBy: 'format',
                warnings: objectWarning([array]),
                categoryNotes: { metadata: `.npy header (${(0,format_bytes/* formatBytes */.z3)(header.dataStart)})` }
            };
        });
    }
};
const npzReader = {
    ...sniff/* npzSniffer */._,
    async read(path, files) {
        return (0,kit_open/* withSource */.g)(files, path, async (source) => {
            const zip = await (0,formats_zip/* openZip */.Q)(source);
            const { names, compressedSizes, uncompressedSizes } = zip.directory;
            const members = [];
            for (let i = 0; i < names.length; i++)
                if (/\.npy$/i.test(names[i]))
                    members.push(i);
            if (members.length > limits/* MAX_TENSORS */.am)
                throw new errors/* LimitExceededError */.lo(path, 'the number of arrays', members.length, limits/* MAX_TENSORS */.am);
            const starts = await zip.dataStarts(members);
            const arrays = [];
            const warnings = [];
            let deflated = 0;
            let deflatedOnDisk = 0;
            let deflatedInflated = 0;
            const headers = new StoredHeaders(source);
            for (let m = 0; m < members.length; m++) {
                const index = members[m];
                const entry = zip.directory.entry(index);
                const name = entry.name.replace(/\.npy$/i, '');
                if (entry.method === 0) {
                    const header = await headers.at(starts[m], entry.compressedSize);
                    const byteLength = dataSpan(header, entry.compressedSize, path, `array '${name}'`);
                    arrays.push({ name, header, offset: starts[m] + header.dataStart, byteLength });
                }
                else if (entry.method === 8) {
                    const header = await readDeflatedHeader(source, starts[m], compressedSizes[index], entry.name);
                    const dataBytes = dataSpan(header, uncompressedSizes[index], path, `array '${name}'`);
                    // The array's share of the member's compressed bytes, placed at the member's end.
                    const share = uncompressedSizes[index] === 0 ? 0 : Math.round((compressedSizes[index] * dataBytes) / uncompressedSizes[index]);
                    arrays.push({ name, header, offset: starts[m] + compressedSizes[index] - share, byteLength: share });
                    deflated++;
                    deflatedOnDisk += compressedSizes[index];
                    deflatedInflated += uncompressedSizes[index];
                }
                else {
                    warnings.push(`member '${entry.name}' uses zip compression method ${entry.method}, which numpy does not write: counted as metadata`);
                }
            }
            const others = names.length - members.length;
            zip.release();
            const explanations = deflated === 0
                ? []
                : [
                    `${(0,format_bytes/* formatCount */.B4)(deflated)} of ${(0,format_bytes/* formatCount */.B4)(members.length)} arrays are deflate-compressed: ${(0,format_bytes/* formatBytes */.z3)(deflatedOnDisk)} on disk for ${(0,format_bytes/* formatBytes */.z3)(deflatedInflated)} uncompressed; each array counts its share of its member's compressed bytes`
                ];
            return {
                format: 'numpy',
                name: path,
                files: [{ path, role: 'data', bytes: source.size, present: true }],
                tensors: toTensors(arrays, path),
                classifiedBy: 'format',
                warnings: [...warnings, ...objectWarning(arrays)],
                explanations,
                categoryNotes: {
                    metadata: `zip headers and directory, ${(0,format_bytes/* formatCount */.B4)(members.length)} .npy headers${others > 0 ? `, ${(0,format_bytes/* formatCount */.B4)(others)} other members` : ''}`
                }
            };
        });
    }
};


/***/ })

};

//# sourceMappingURL=7199.index.js.map