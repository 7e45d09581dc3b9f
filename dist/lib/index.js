import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 8193:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S5: () => (/* binding */ classifyTensor),
/* harmony export */   X1: () => (/* binding */ evidenceOf),
/* harmony export */   YB: () => (/* binding */ categoryOfRole),
/* harmony export */   ag: () => (/* binding */ summarizeClassifiedBy),
/* harmony export */   nc: () => (/* binding */ evidenceFromRules)
/* harmony export */ });
/* unused harmony export NO_EVIDENCE_REASON */
/** Precedence ranks (lower decides). Written once here; the module comment says why. */
const FRAMEWORK_METADATA = 1;
const STRUCTURE = 2;
const NOT_TRAINED = 3;
const FORMAT = 4;
const NAME_RULES = 5;
const SOURCE_RANK = {
    'object-graph': FRAMEWORK_METADATA,
    'meta-graph': FRAMEWORK_METADATA,
    module: FRAMEWORK_METADATA,
    'optimizer-state': FRAMEWORK_METADATA,
    'dict-layout': FRAMEWORK_METADATA,
    group: FRAMEWORK_METADATA,
    'slot-structure': STRUCTURE,
    'mirror-structure': STRUCTURE,
    'value-structure': STRUCTURE,
    format: FORMAT,
    'name-rules': NAME_RULES
};
const ROLE_CATEGORY = {
    parameter: 'weights',
    'model-state': 'buffers',
    copy: 'buffers',
    'not-trained': 'buffers',
    'optimizer-slot': 'optimizer',
    'optimizer-state': 'optimizer',
    'loop-state': 'bookkeeping',
    'rng-state': 'bookkeeping',
    config: 'metadata'
};
/** The rank a piece of evidence has: its source's, except that "not trained" is always weak. */
function rankOf(evidence) {
    return evidence.role === 'not-trained' ? Math.max(NOT_TRAINED, SOURCE_RANK[evidence.source]) : SOURCE_RANK[evidence.source];
}
const NO_EVIDENCE_REASON = 'nothing in the file says what this tensor is';
/**
 * The category of a tensor from everything its file says about it. The common case, one piece of
 * evidence, takes no loop; readers share evidence arrays between tensors, so nothing is built per
 * tensor here either.
 */
function classifyTensor(evidence) {
    let best;
    let bestRank = Infinity;
    for (const item of evidence) {
        const rank = rankOf(item);
        if (rank < bestRank) {
            best = item;
            bestRank = rank;
        }
    }
    if (!best)
        return { category: 'unclassified', reason: NO_EVIDENCE_REASON };
    return { category: ROLE_CATEGORY[best.role], reason: best.detail, by: best.source };
}
/** The category a role maps to (for notes and tests that speak in roles). */
function categoryOfRole(role) {
    return ROLE_CATEGORY[role];
}
/**
 * The report's one-word summary of how a checkpoint was classified: the most authoritative source
 * that decided any of its tensors, in the report schema's words.
 */
function summarizeClassifiedBy(sources) {
    let best;
    for (const source of sources)
        if (!best || SOURCE_RANK[source] < SOURCE_RANK[best])
            best = source;
    return best === undefined ? undefined : CLASSIFIED_BY[best];
}
const CLASSIFIED_BY = {
    'object-graph': 'object-graph',
    'meta-graph': 'meta-graph',
    module: 'dict-layout',
    'optimizer-state': 'dict-layout',
    'dict-layout': 'dict-layout',
    group: 'dict-layout',
    'slot-structure': 'slot-structure',
    'mirror-structure': 'slot-structure',
    'value-structure': 'slot-structure',
    format: 'format',
    'name-rules': 'name-rules'
};
/** One evidence array per rule, shared by every tensor the rule matches. */
const ruleEvidence = new WeakMap();
/** The evidence of the first rule matching `name` (shared, frozen), or an empty list. */
function evidenceFromRules(name, rules) {
    const rule = rules.find((candidate) => candidate.pattern.test(name));
    if (!rule)
        return NONE;
    let evidence = ruleEvidence.get(rule);
    if (!evidence) {
        evidence = Object.freeze([{ role: rule.role, source: 'name-rules', detail: rule.reason }]);
        ruleEvidence.set(rule, evidence);
    }
    return evidence;
}
const NONE = Object.freeze([]);
/** A shared one-item evidence list, for readers that say the same thing about many tensors. */
function evidenceOf(role, source, detail) {
    return Object.freeze([{ role, source, detail }]);
}


/***/ }),

/***/ 6622:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A1: () => (/* binding */ DTYPES),
/* harmony export */   KX: () => (/* binding */ elementCount),
/* harmony export */   vQ: () => (/* binding */ denseBytes)
/* harmony export */ });
const plain = (bits) => ({ bits, blockSize: 1 });
/** A block-quantized type: `blockSize` elements stored in `blockBytes` bytes. */
const quantized = (blockSize, blockBytes) => ({ bits: blockBytes * 8, blockSize });
const DTYPES = {
    bool: plain(8),
    int2: plain(2),
    int4: plain(4),
    uint4: plain(4),
    int8: plain(8),
    uint8: plain(8),
    int16: plain(16),
    uint16: plain(16),
    int32: plain(32),
    uint32: plain(32),
    int64: plain(64),
    uint64: plain(64),
    float4_e2m1: plain(4),
    float8_e4m3fn: plain(8),
    float8_e4m3fnuz: plain(8),
    float8_e5m2: plain(8),
    float8_e5m2fnuz: plain(8),
    float8_e8m0: plain(8),
    float16: plain(16),
    bfloat16: plain(16),
    float32: plain(32),
    float64: plain(64),
    complex64: plain(64),
    complex128: plain(128),
    qint8: plain(8),
    quint8: plain(8),
    qint16: plain(16),
    quint16: plain(16),
    qint32: plain(32),
    string: { bits: 0, blockSize: 1, variable: true },
    resource: { bits: 0, blockSize: 1, variable: true },
    variant: { bits: 0, blockSize: 1, variable: true },
    // safetensors' 6-bit floats (`huggingface/safetensors:safetensors/src/tensor.rs`, Dtype::bitsize)
    float6_e2m3: plain(6),
    float6_e3m2: plain(6),
    // --- GGUF block-quantized types ---
    // (elements per block, bytes per block) from the ggml type traits
    // (`ggml-org/llama.cpp:ggml/src/ggml.c`, type_traits: blck_size, type_size); ggml ids in
    // src/formats/gguf/ggml-types.ts. K-quants use super-blocks of QK_K = 256.
    q4_0: quantized(32, 18),
    q4_1: quantized(32, 20),
    q5_0: quantized(32, 22),
    q5_1: quantized(32, 24),
    q8_0: quantized(32, 34),
    q8_1: quantized(32, 40),
    q2_k: quantized(256, 84),
    q3_k: quantized(256, 110),
    q4_k: quantized(256, 144),
    q5_k: quantized(256, 176),
    q6_k: quantized(256, 210),
    q8_k: quantized(256, 292),
    iq2_xxs: quantized(256, 66),
    iq2_xs: quantized(256, 74),
    iq3_xxs: quantized(256, 98),
    iq1_s: quantized(256, 50),
    iq4_nl: quantized(32, 18),
    iq3_s: quantized(256, 110),
    iq2_s: quantized(256, 82),
    iq4_xs: quantized(256, 136),
    iq1_m: quantized(256, 56),
    tq1_0: quantized(256, 54),
    tq2_0: quantized(256, 66),
    mxfp4: quantized(32, 17),
    nvfp4: quantized(64, 36),
    q1_0: quantized(128, 18),
    q2_0: quantized(64, 18)
};
/** Number of elements of a shape (1 for a scalar). */
function elementCount(shape) {
    let count = 1;
    for (const dim of shape)
        count *= dim;
    return count;
}
/**
 * Bytes a dense tensor of this dtype and shape needs, or undefined for unknown and
 * variable-length dtypes. Sub-byte types round up to whole bytes (FORMATS.md trap 18).
 */
function denseBytes(dtype, shape) {
    const info = DTYPES[dtype];
    if (!info || info.variable)
        return undefined;
    const blocks = Math.ceil(elementCount(shape) / info.blockSize);
    return Math.ceil((blocks * info.bits) / 8);
}


/***/ }),

/***/ 4296:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Hb: () => (/* binding */ MissingFileError),
/* harmony export */   IF: () => (/* binding */ FormatError),
/* harmony export */   K2: () => (/* binding */ looksLikeLfsPointer),
/* harmony export */   N$: () => (/* binding */ UnsupportedFormatError),
/* harmony export */   VE: () => (/* binding */ LfsPointerError),
/* harmony export */   cX: () => (/* binding */ ModelSizeBudgetError),
/* harmony export */   lo: () => (/* binding */ LimitExceededError),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/* unused harmony export LFS_POINTER_HEAD */
/**
 * Domain errors. Each has one sentence shape, so a user can read any of them the same way:
 *
 *   `<file>: <what is wrong> (<where>). <fix, when there is one>`
 *
 * The pipeline catches them per file and puts them in the report; the CLI and the action then
 * go on with the other checkpoints.
 */
/** Base of every error a user is meant to read. */
class ModelSizeBudgetError extends Error {
    constructor(message) {
        super(message);
        this.name = new.target.name;
    }
}
/** A checkpoint file is malformed: truncated, corrupt, or not what its header claims. */
class FormatError extends ModelSizeBudgetError {
    file;
    offset;
    constructor(file, what, options = {}) {
        const where = options.offset === undefined ? '' : ` (at byte ${options.offset})`;
        const fix = options.fix ? ` ${options.fix}` : '';
        super(`${file}: ${what}${where}.${fix}`);
        this.file = file;
        this.offset = options.offset;
    }
}
/** A file looks like a checkpoint but is in a format (or version) that is not read. */
class UnsupportedFormatError extends ModelSizeBudgetError {
    file;
    constructor(file, what, fix) {
        super(`${file}: unsupported format: ${what}.${fix ? ` ${fix}` : ''}`);
        this.file = file;
    }
}
/** First line of every Git LFS pointer file (`git-lfs/git-lfs:docs/spec.md`). */
const LFS_POINTER_HEAD = 'version https://git-lfs.github.com/spec/v1';
/** Whether a file's first bytes are a Git LFS pointer's (its first line is ASCII). */
function looksLikeLfsPointer(head) {
    return head.length >= LFS_POINTER_HEAD.length && [...LFS_POINTER_HEAD].every((char, i) => head[i] === char.charCodeAt(0));
}
/** A Git LFS pointer where a checkpoint was expected: the checkout did not fetch LFS objects. */
class LfsPointerError extends ModelSizeBudgetError {
    file;
    constructor(file, pointedBytes) {
        const size = pointedBytes === undefined ? '' : ` for a ${pointedBytes}-byte object`;
        super(`${file}: this is a Git LFS pointer${size}, not the checkpoint itself. ` + 'Check out with `lfs: true` (actions/checkout) or run `git lfs pull` first.');
        this.file = file;
    }
}
/**
 * A file that was opened is not there: thrown by the CheckpointFiles adapters (memory, git tree,
 * workspace) and made by the pipeline of Node's own ENOENT. An absent companion file is never this
 * error: readers list it with the size the checkpoint describes (formats/kit/companions.ts).
 */
class MissingFileError extends ModelSizeBudgetError {
    file;
    /** As Node's file-system errors carry it, so that callers testing `code` treat both alike. */
    code = 'ENOENT';
    constructor(file, detail) {
        super(`${file}: no such file${detail ? ` (${detail})` : ''}.`);
        this.file = file;
    }
}
/** A limit that protects the runner (memory, time) was exceeded by a file. */
class LimitExceededError extends ModelSizeBudgetError {
    file;
    constructor(file, limitName, value, limit) {
        super(`${file}: ${limitName} is ${value}, over the limit of ${limit}. ` +
            'The file is corrupt or hostile and was not read further. If it is a real checkpoint, please report it ' +
            '(the limits and their reasons are in src/core/limits.ts).');
        this.file = file;
    }
}
/** Bad configuration: a budget line, a CLI flag, an action input, a baseline file. */
class ConfigError extends ModelSizeBudgetError {
}


/***/ }),

/***/ 7586:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B4: () => (/* binding */ formatCount),
/* harmony export */   js: () => (/* binding */ formatDeltaBytes),
/* harmony export */   l9: () => (/* binding */ formatPercent),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/**
 * Byte formatting shared by every renderer. SI units (kB, MB, GB), as pretty-bytes and
 * compressed-size-action print sizes: they match what `ls -lh --si` and most dashboards show.
 */
const SI_UNITS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB'];
/** `39312345` → `39.3 MB`; `8` → `8 B`. Three significant digits, never scientific notation. */
function formatBytes(bytes) {
    const sign = bytes < 0 ? '-' : '';
    let value = Math.abs(bytes);
    let unit = 0;
    while (value >= 1000 && unit < SI_UNITS.length - 1) {
        value /= 1000;
        unit++;
    }
    if (unit === 0)
        return `${sign}${value} B`;
    const digits = value >= 100 ? 0 : value >= 10 ? 1 : 2;
    let text = value.toFixed(digits);
    // Rounding can cross into the next band: keep three significant digits there too.
    const rounded = Number(text);
    if (rounded >= 1000 && unit < SI_UNITS.length - 1) {
        text = (value / 1000).toFixed(2); // 999.96 kB -> 1.00 MB, not 1000 kB
        unit++;
    }
    else if (rounded >= 100 && digits > 0) {
        text = rounded.toFixed(0); // 99.95 kB -> 100 kB, not 100.0 kB
    }
    else if (rounded >= 10 && digits > 1) {
        text = rounded.toFixed(1); // 9.996 kB -> 10.0 kB, not 10.00 kB
    }
    return `${sign}${text} ${SI_UNITS[unit]}`;
}
/** A signed size change: `+4.80 MB`, `-512 B`, `0 B`. */
function formatDeltaBytes(delta) {
    if (delta === 0)
        return '0 B';
    return (delta > 0 ? '+' : '') + formatBytes(delta);
}
/** A share or change in percent: `66.6%`, `+4.8%`, `<0.1%`. */
function formatPercent(ratio, options = {}) {
    const percent = ratio * 100;
    const sign = options.signed && percent > 0 ? '+' : '';
    if (percent !== 0 && Math.abs(percent) < 0.1)
        return `${sign}${percent < 0 ? '>-' : '<'}0.1%`;
    const digits = Math.abs(percent) >= 100 ? 0 : 1;
    return `${sign}${percent.toFixed(digits)}%`;
}
/** `3274634` → `3,274,634` (locale-independent, so tests and CI agree). */
function formatCount(count) {
    return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}


/***/ }),

/***/ 6419:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $5: () => (/* binding */ MAX_TF_STATE_FILE_BYTES),
/* harmony export */   A: () => (/* binding */ MAX_TF_OBJECT_GRAPH_ITEMS),
/* harmony export */   BE: () => (/* binding */ MAX_DUPLICATE_GROUPS_SAMPLED),
/* harmony export */   BX: () => (/* binding */ MAX_TF_PROTO_FIELDS),
/* harmony export */   Ch: () => (/* binding */ MAX_PICKLE_MARK_DEPTH),
/* harmony export */   D1: () => (/* binding */ MAX_SAVEDMODEL_ASSET_FILES),
/* harmony export */   Fu: () => (/* binding */ MAX_TF_COLLECTION_BYTES),
/* harmony export */   Hq: () => (/* binding */ MAX_ONNX_STRING_BYTES),
/* harmony export */   ID: () => (/* binding */ MAX_TF_OBJECT_GRAPH_BYTES),
/* harmony export */   J8: () => (/* binding */ MAX_SHARD_INDEX_BYTES),
/* harmony export */   JU: () => (/* binding */ MAX_HDF5_HEADER_BYTES),
/* harmony export */   KV: () => (/* binding */ MAX_HDF5_ATTRIBUTE_VALUE_BYTES),
/* harmony export */   LW: () => (/* binding */ MAX_PICKLE_LONG_BYTES),
/* harmony export */   M2: () => (/* binding */ MAX_PICKLE_KEY_DEPTH),
/* harmony export */   Mj: () => (/* binding */ MAX_ONNX_GRAPH_DEPTH),
/* harmony export */   N0: () => (/* binding */ MAX_WALKED_ENTRIES),
/* harmony export */   NR: () => (/* binding */ MAX_PICKLE_MEMO),
/* harmony export */   Nm: () => (/* binding */ MAX_XML_TOKEN_BYTES),
/* harmony export */   OJ: () => (/* binding */ MAX_COREML_DEPTH),
/* harmony export */   SG: () => (/* binding */ MAX_PICKLE_STRING_BYTES),
/* harmony export */   Ug: () => (/* binding */ MAX_TF_BLOCK_BYTES),
/* harmony export */   VW: () => (/* binding */ MAX_DIMS),
/* harmony export */   WY: () => (/* binding */ MAX_HDF5_OBJECTS),
/* harmony export */   Wj: () => (/* binding */ MAX_HDF5_CHUNKS),
/* harmony export */   X: () => (/* binding */ MAX_TF_INDEX_BYTES),
/* harmony export */   X9: () => (/* binding */ MAX_SAFETENSORS_HEADER_BYTES),
/* harmony export */   Xe: () => (/* binding */ MAX_LFS_POINTER_BYTES),
/* harmony export */   Z1: () => (/* binding */ MAX_DUPLICATE_TENSORS_SAMPLED),
/* harmony export */   _H: () => (/* binding */ MAX_HDF5_INDEX_BLOCK_BYTES),
/* harmony export */   _r: () => (/* binding */ MAX_TORCH_EXPORT_CONFIG_BYTES),
/* harmony export */   _u: () => (/* binding */ MAX_TF_SHARDS),
/* harmony export */   am: () => (/* binding */ MAX_TENSORS),
/* harmony export */   bP: () => (/* binding */ MAX_HDF5_DEPTH),
/* harmony export */   dC: () => (/* binding */ MAX_ZIP_DIRECTORY_BYTES),
/* harmony export */   dD: () => (/* binding */ SNIFF_BYTES),
/* harmony export */   dN: () => (/* binding */ MAX_PICKLE_CONTAINER_ITEMS),
/* harmony export */   ib: () => (/* binding */ MAX_ZIP_ENTRIES),
/* harmony export */   kT: () => (/* binding */ MAX_COREML_STRING_BYTES),
/* harmony export */   kh: () => (/* binding */ MAX_HDF5_BTREE_NODES),
/* harmony export */   mq: () => (/* binding */ MAX_PICKLE_BYTES),
/* harmony export */   n2: () => (/* binding */ MAX_GGUF_ARRAY_DEPTH),
/* harmony export */   nk: () => (/* binding */ MAX_GGUF_DIMS),
/* harmony export */   pD: () => (/* binding */ MIN_DUPLICATE_TENSOR_BYTES),
/* harmony export */   pg: () => (/* binding */ MAX_NAME_BYTES),
/* harmony export */   r6: () => (/* binding */ MAX_MLPACKAGE_MANIFEST_BYTES),
/* harmony export */   rX: () => (/* binding */ MAX_MLPACKAGE_FILES),
/* harmony export */   s4: () => (/* binding */ MAX_HDF5_HEAP_BYTES),
/* harmony export */   sw: () => (/* binding */ MAX_TOTAL_NAME_BYTES),
/* harmony export */   t4: () => (/* binding */ MAX_PICKLE_GLOBALS_LISTED),
/* harmony export */   td: () => (/* binding */ MAX_GGUF_KEY_BYTES),
/* harmony export */   tu: () => (/* binding */ DUPLICATE_SAMPLE_BYTES),
/* harmony export */   ul: () => (/* binding */ MAX_PICKLE_WALK_DEPTH),
/* harmony export */   xb: () => (/* binding */ MAX_PICKLE_STACK),
/* harmony export */   zH: () => (/* binding */ MAX_XML_DEPTH),
/* harmony export */   zW: () => (/* binding */ MAX_KERAS_CONFIG_BYTES)
/* harmony export */ });
/* unused harmony exports MAX_FOUND_FILES, MAX_BASELINE_REPORT_BYTES, MAX_COMMENT_PAGES */
/**
 * Every limit that protects the runner from a corrupt or hostile checkpoint, in one place,
 * each with its reason. Readers check these *before* allocating or looping.
 *
 * A limit is generous for real files (the largest real value we know of is noted) and small
 * enough that a file cannot make us allocate more than a few hundred MB or loop for minutes.
 */
// --- General ---------------------------------------------------------------------------------
/**
 * Tensors in one checkpoint. The largest real ones we know have ~10^5 (a 110,900-tensor TF index;
 * DeepSeek-V3's safetensors index lists ~91,000). A reader spends 3-10 µs a tensor (measured by the
 * fuzzer on ONNX, safetensors and TF indexes), so 10^6 keeps a hostile file under ~10 s a read,
 * where 10^7 would allow minutes.
 */
const MAX_TENSORS = 1_000_000;
/** Dimensions of one tensor. TF allows 254 (kMaxDims); nothing real comes close. */
const MAX_DIMS = 64;
/** Bytes of one tensor name. The longest real TF2 keys are a few hundred bytes. */
const MAX_NAME_BYTES = 64 * 1024;
/**
 * Characters of all tensor names of one checkpoint together. The largest real checkpoints have
 * ~10^5 tensors with names of ~50-100 characters (5-10 MB); names (and the paths they are made of)
 * are held in memory and written to the report, so a file with many tensors at the end of a very
 * deep path must not make us build gigabytes of them (a 1.5 MB pickle did; reaching this limit
 * costs about a second).
 */
const MAX_TOTAL_NAME_BYTES = 16 * 1024 * 1024;
/**
 * Bytes of a file read whole to check whether it is a Git LFS pointer. Pointers are ~130 bytes
 * (git-lfs docs/spec.md: "less than 200 bytes"); git-lfs itself looks no further than 1024.
 */
const MAX_LFS_POINTER_BYTES = 1024;
/** The first bytes read from every candidate file to sniff its format. */
const SNIFF_BYTES = 64;
// --- Files searched and reports read (CLI, action, baselines) ----------------------------------
/** Directory entries visited at most by a walk (the CLI's, the action's), so that a runaway tree cannot stall a run. */
const MAX_WALKED_ENTRIES = 1_000_000;
/**
 * Files matched at most by the action's globs: bounds what we keep and sniff when a pattern like
 * `**` meets a checkout with a huge generated tree.
 */
const MAX_FOUND_FILES = 100_000;
/**
 * Bytes of a baseline report JSON (a file, a committed report, an artifact), read whole. Reports
 * are a few KB per checkpoint; anything far larger is not one we wrote and is not downloaded.
 */
const MAX_BASELINE_REPORT_BYTES = (/* unused pure expression or super */ null && (64 * 1024 * 1024));
/**
 * Pages of PR comments searched for our marker (100 per page: 10,000 comments). A PR past that
 * is pathological; we then create a new comment rather than page on for minutes.
 */
const MAX_COMMENT_PAGES = 100;
// --- TensorFlow --------------------------------------------------------------------------------
/**
 * Bytes of a TF `.index` file, which is read whole. Real ones are KBs to a few MB (a 110,900-tensor
 * index is about 10 MB); 256 MiB of index would describe tens of millions of tensors.
 */
const MAX_TF_INDEX_BYTES = 256 * 1024 * 1024;
/**
 * Uncompressed bytes of one SSTable block after snappy. TF cuts blocks at 256 KiB
 * (table_options.h, block_size); one entry can make a block larger, but a BundleEntryProto is tiny.
 */
const MAX_TF_BLOCK_BYTES = 64 * 1024 * 1024;
/** Data shards of one bundle. The file names use %05d, so TF itself cannot name more than 99,999. */
const MAX_TF_SHARDS = 99_999;
/**
 * Bytes of the `_CHECKPOINTABLE_OBJECT_GRAPH` string tensor read from a data shard. The largest
 * real one we know (an Object Detection API export with 684 tensors) is 331 kB.
 */
const MAX_TF_OBJECT_GRAPH_BYTES = 256 * 1024 * 1024;
/**
 * Nodes plus items (children, attributes, slot references) of the object graph, counted before
 * its arrays are allocated (4-8 bytes per item). A model has a few objects per variable: 10^5
 * variables make ~5 * 10^5; empty nodes of 2 bytes each could otherwise claim 10^8 from the
 * largest graph allowed.
 */
const MAX_TF_OBJECT_GRAPH_ITEMS = 10 * MAX_TENSORS;
/**
 * Bytes of the collections read from a `.meta` / `saved_model.pb` (the graph itself is skipped,
 * not read). Collections list names; a few MB is already a very large model.
 */
const MAX_TF_COLLECTION_BYTES = 64 * 1024 * 1024;
/** Top-level fields scanned in a `.meta` / `saved_model.pb` (each is a tag and a length). */
const MAX_TF_PROTO_FIELDS = 1_000_000;
/**
 * Bytes of a `checkpoint` state file, which is read whole. It lists one line per kept checkpoint
 * (`max_to_keep`, 5 by default); a larger file is not a state file and is left alone.
 */
const MAX_TF_STATE_FILE_BYTES = 64 * 1024;
/** Files under a SavedModel's `assets/` and `assets.extra/` (vocabularies, a few files in practice). */
const MAX_SAVEDMODEL_ASSET_FILES = 100_000;
// --- PyTorch / pickle / zip ---------------------------------------------------------------------
/** Central-directory entries of one zip archive. A PyTorch archive has one per storage (~10^4 for an LLM). */
const MAX_ZIP_ENTRIES = 1_000_000;
/** Bytes of a zip central directory, read in one piece: 46 bytes + name (+ extras) per entry, ~100 MB at the entry limit. */
const MAX_ZIP_DIRECTORY_BYTES = 256 * 1024 * 1024;
/**
 * Bytes of one pickle (`data.pkl`, `constants.pkl`, a legacy stream's object pickle). It is
 * metadata: ~100 bytes per tensor (a 70B-parameter `pytorch_model.bin` has a few hundred KB);
 * Lightning checkpoints add hyper-parameters and RNG state (a few KB).
 */
const MAX_PICKLE_BYTES = 256 * 1024 * 1024;
/** Memo entries (BINPUT/MEMOIZE) of one pickle. Real pickles memoize ~3 objects per tensor. */
const MAX_PICKLE_MEMO = 10_000_000;
/** Values on the unpickler's stack at once (a MARKed tuple/list/dict lives there before it is built). */
const MAX_PICKLE_STACK = 10_000_000;
/** Open MARKs at once: the nesting depth. Python's own pickler recurses, so real pickles stay < 1000. */
const MAX_PICKLE_MARK_DEPTH = 10_000;
/** Items of one list, dict or set built by APPEND(S)/SETITEM(S)/ADDITEMS. */
const MAX_PICKLE_CONTAINER_ITEMS = 10_000_000;
/** Bytes of one pickled string or bytes object. RNG state arrays are a few KB; hparams rarely more. */
const MAX_PICKLE_STRING_BYTES = 64 * 1024 * 1024;
/** Bytes of one LONG1/LONG4 integer. Storage sizes and counters fit in 8; Python's own ints rarely exceed 64. */
const MAX_PICKLE_LONG_BYTES = 1024;
/** Nesting of a tuple used as a dict key, written out in tensor names. Real keys are strings or ints. */
const MAX_PICKLE_KEY_DEPTH = 16;
/** Nesting depth walked when collecting the tensors of an unpickled value (cycles are cut separately). */
const MAX_PICKLE_WALK_DEPTH = 10_000;
/**
 * Distinct globals one checkpoint's scan lists. A real pickle names a few dozen (torch rebuilders,
 * storage classes, a model's classes); a hostile one could name millions, which the list must not copy.
 */
const MAX_PICKLE_GLOBALS_LISTED = 1000;
// --- safetensors -------------------------------------------------------------------------------
/**
 * Bytes of a safetensors JSON header, checked before the header is read. The reference reader
 * refuses headers over 100 MB (`huggingface/safetensors:safetensors/src/tensor.rs`, MAX_HEADER_SIZE);
 * a header with 10^5 tensors is about 10 MB.
 */
const MAX_SAFETENSORS_HEADER_BYTES = 100_000_000;
/**
 * Bytes of a shard index (`*.safetensors.index.json`, `pytorch_model.bin.index.json`). Its
 * `weight_map` has one short line per tensor: a 10^5-tensor model's index is a few MB.
 */
const MAX_SHARD_INDEX_BYTES = 64 * 1024 * 1024;
// --- ONNX --------------------------------------------------------------------------------------
/**
 * Nesting of ONNX graphs (If/Loop/Scan bodies inside bodies). Real models nest a few levels; the
 * limit stops a crafted file from recursing without bound.
 */
const MAX_ONNX_GRAPH_DEPTH = 32;
/**
 * Bytes of one ONNX string field that is read (a tensor name, an `external_data` key or value).
 * Names are short; an `external_data` location is a relative path.
 */
const MAX_ONNX_STRING_BYTES = 64 * 1024;
// --- torch.export ------------------------------------------------------------------------------
/**
 * Bytes of one `.pt2` weights or constants config (`data/weights/<model>_weights_config.json`),
 * read whole. It has ~400 bytes of JSON per tensor: a 10^5-tensor model's is ~40 MB.
 */
const MAX_TORCH_EXPORT_CONFIG_BYTES = 256 * 1024 * 1024;
// --- Keras / HDF5 ------------------------------------------------------------------------------
/** Groups and datasets walked in one HDF5 file. A Keras model has a few per layer; 10^6 layers is absurd. */
const MAX_HDF5_OBJECTS = 1_000_000;
/** v1 B-tree nodes read in one file (group and chunk indexes); bounds a hostile tree, cycles are caught separately. */
const MAX_HDF5_BTREE_NODES = 1_000_000;
/** Chunks listed for one dataset by a fixed-array index (read in one block). */
const MAX_HDF5_CHUNKS = 10_000_000;
/**
 * One index block read whole: a v2 B-tree node (h5py: 512 bytes), a fixed-array data block
 * (10^6 chunks × 16 bytes), a fractal-heap object (a link message: under 64 KiB).
 */
const MAX_HDF5_INDEX_BLOCK_BYTES = 64 * 1024 * 1024;
/** Group nesting depth. Keras nests a few levels per sub-model; deeper means a cyclic or hostile file. */
const MAX_HDF5_DEPTH = 256;
/** Bytes of one object header, all continuation blocks together. Keras keeps attributes under 64 KiB each (HDF5_OBJECT_HEADER_LIMIT). */
const MAX_HDF5_HEADER_BYTES = 16 * 1024 * 1024;
/** A group's local heap (its link names). Real heaps hold a few KB of names. */
const MAX_HDF5_HEAP_BYTES = 64 * 1024 * 1024;
/** One attribute value decoded (layer_names, weight_names are chunked by Keras below 64 KiB). */
const MAX_HDF5_ATTRIBUTE_VALUE_BYTES = 1024 * 1024;
/** `config.json` / `metadata.json` read from a `.keras` archive. Real configs are a few KB to a few MB. */
const MAX_KERAS_CONFIG_BYTES = 64 * 1024 * 1024;
// --- GGUF --------------------------------------------------------------------------------------
/** Dimensions of a GGUF tensor: GGML_MAX_DIMS (`ggml-org/llama.cpp:ggml/include/ggml.h`). */
const MAX_GGUF_DIMS = 4;
/**
 * Bytes of a GGUF string that is read rather than skipped (KV keys, tensor names, and the
 * `general.alignment` key's neighbours). llama.cpp limits tensor names to 64 bytes
 * (GGML_MAX_NAME); KV keys are dotted identifiers.
 */
const MAX_GGUF_KEY_BYTES = 64 * 1024;
/**
 * Nesting of GGUF arrays (an array of arrays...). Real files use flat arrays; the limit stops a
 * crafted file from recursing without bound.
 */
const MAX_GGUF_ARRAY_DEPTH = 8;
// --- OpenVINO IR -------------------------------------------------------------------------------
/**
 * Bytes of one XML tag, comment or CDATA section, held whole while it is tokenized (text between
 * tags is stepped over, never held). An IR's tags are under 1 KB; its longest comment-like blocks
 * (`<quantization_parameters>` configs) are text, a few KB.
 */
const MAX_XML_TOKEN_BYTES = 16 * 1024 * 1024;
/**
 * Nesting of XML elements. An IR nests 3 elements per body (`layer/body/layers`): 512 allows
 * over 100 levels of Loop / TensorIterator bodies, where real models have a few.
 */
const MAX_XML_DEPTH = 512;
// --- Core ML -----------------------------------------------------------------------------------
/**
 * Nesting of Core ML models and networks: pipelines of models, branch and loop layers holding
 * networks, MIL blocks inside operations. Real models nest a few levels.
 */
const MAX_COREML_DEPTH = 64;
/** Bytes of one Core ML string that is read (a layer or op name, a blob file name). */
const MAX_COREML_STRING_BYTES = 64 * 1024;
/** Bytes of an `.mlpackage`'s `Manifest.json`, read whole. Real ones list 2-3 items in under 1 KB. */
const MAX_MLPACKAGE_MANIFEST_BYTES = 1024 * 1024;
/** Files in one `.mlpackage` folder (a manifest, a spec, a weight file or a few in practice). */
const MAX_MLPACKAGE_FILES = 10_000;
// --- The duplicates rule (pipeline/duplicates.ts) ---------------------------------------------
/**
 * Tensors smaller than this are never candidates: biases and norms of one shape are many, often
 * equal by initialisation, and their copies would cost a reviewer more reading than bytes.
 */
const MIN_DUPLICATE_TENSOR_BYTES = 4096;
/**
 * Candidate groups (same dtype, shape and size) whose content is sampled, largest first: the scan
 * stays a few hundred small reads per checkpoint whatever its size (metadata-only discipline).
 */
const MAX_DUPLICATE_GROUPS_SAMPLED = 64;
/** Tensors sampled per candidate group (a model has at most a handful of copies of one tensor). */
const MAX_DUPLICATE_TENSORS_SAMPLED = 8;
/** Bytes read per sample; three samples (start, middle, end) per tensor. */
const DUPLICATE_SAMPLE_BYTES = 64;


/***/ }),

/***/ 3719:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ coremlModelSniffer),
/* harmony export */   e: () => (/* binding */ coremlPackageSniffer)
/* harmony export */ });
const MLMODEL_NAME = /\.mlmodel$/i;
const PACKAGE_MANIFEST = /(^|\/)[^/]+\.mlpackage\/Manifest\.json$/i;
/** Highest `specificationVersion` accepted (10 is current: iOS 26; leave room). */
const MAX_PLAUSIBLE_SPEC_VERSION = 32;
/**
 * A Core ML `.mlmodel`: a protobuf `Model` without a magic number. Every writer starts it with
 * `specificationVersion` (field 1, varint), or, when that is 0, with the description (field 2).
 */
const coremlModelSniffer = {
    format: 'coreml',
    namePatterns: ['*.mlmodel'],
    matchesName: (path) => MLMODEL_NAME.test(path),
    sniff(candidate) {
        const head = candidate.head;
        if (head.length < 2)
            return false;
        if (head[0] === 0x08)
            return head[1] > 0 && head[1] <= MAX_PLAUSIBLE_SPEC_VERSION;
        return head[0] === 0x12;
    }
};
/** A Core ML `.mlpackage` folder, found by its `Manifest.json` (a JSON object). */
const coremlPackageSniffer = {
    format: 'coreml',
    namePatterns: ['*.mlpackage'],
    matchesName: (path) => PACKAGE_MANIFEST.test(path),
    sniff: (candidate) => /^\s*\{/.test(new TextDecoder('latin1').decode(candidate.head))
};


/***/ }),

/***/ 376:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ dcpSniffer)
/* harmony export */ });
/* harmony import */ var _io_checkpoint_files_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9366);

/**
 * A `torch.distributed.checkpoint` folder, by its `.metadata` file: a pickle (protocol 2+, so it
 * starts with the PROTO opcode) of the checkpoint's `Metadata` (dcp/index.ts).
 */
const dcpSniffer = {
    format: 'torch-dcp',
    namePatterns: ['.metadata'],
    matchesName: (path) => (0,_io_checkpoint_files_js__WEBPACK_IMPORTED_MODULE_0__/* .basename */ .P8)(path) === '.metadata',
    sniff: (candidate) => (0,_io_checkpoint_files_js__WEBPACK_IMPORTED_MODULE_0__/* .basename */ .P8)(candidate.path) === '.metadata' && candidate.head[0] === 0x80
};


/***/ }),

/***/ 9419:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ executorchProgramSniffer),
/* harmony export */   e: () => (/* binding */ executorchDataSniffer)
/* harmony export */ });
/* harmony import */ var _kit_flatbuffer_identifier_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5252);

/**
 * ExecuTorch programs (`.pte`): a flatbuffer of `pytorch/executorch:schema/program.fbs` whose file
 * identifier is `ET` and two version characters (`ET12` today; the serializer checks
 * /ET[0-9a-zA-Z][0-9a-zA-Z]/, `exir/_serialize/_program.py`).
 */
const executorchProgramSniffer = {
    format: 'executorch',
    namePatterns: ['*.pte'],
    matchesName: (path) => /\.pte$/i.test(path),
    sniff: (candidate) => (0,_kit_flatbuffer_identifier_js__WEBPACK_IMPORTED_MODULE_0__/* .hasFileIdentifier */ .Q)(candidate.head, 'ET??')
};
/** ExecuTorch external tensor data (`.ptd`): a FlatTensor flatbuffer, identifier `FT01` (`extension/flat_tensor/serialize/flat_tensor.fbs`). */
const executorchDataSniffer = {
    format: 'executorch',
    namePatterns: ['*.ptd'],
    matchesName: (path) => /\.ptd$/i.test(path),
    sniff: (candidate) => (0,_kit_flatbuffer_identifier_js__WEBPACK_IMPORTED_MODULE_0__/* .hasFileIdentifier */ .Q)(candidate.head, 'FT??')
};


/***/ }),

/***/ 6985:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ flaxMsgpackSniffer)
/* harmony export */ });
/* harmony import */ var _io_bytes_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3031);

/**
 * Flax msgpack files: `flax.serialization.to_bytes` output saved as `*.msgpack` (Hugging Face's
 * `flax_model.msgpack`), and the files of `flax.training.checkpoints.save_checkpoint`, which
 * have no extension: `checkpoint_<step>` (its default prefix), `ckpt_<step>`.
 */
const MSGPACK_NAME = /\.msgpack$/i;
const FLAX_CHECKPOINT_NAME = /(^|\/)(checkpoint|ckpt)_\d+$/i;
/** Keys of a train state or variables dict (`TrainState`, `{'params', 'batch_stats'}`). */
const TRAIN_STATE_KEYS = ['params', 'opt_state', 'step', 'batch_stats', 'target', 'state', 'model'];
/** A msgpack map: fixmap, map16, map32. */
function isMsgpackMap(byte) {
    return (byte >= 0x81 && byte <= 0x8f) || byte === 0xde || byte === 0xdf;
}
/** The first key of the root map, when it is a short string the head shows. */
function firstKey(head) {
    const at = head[0] === 0xde ? 3 : head[0] === 0xdf ? 5 : 1;
    const tag = head[at];
    if (tag === undefined || tag < 0xa0 || tag > 0xbf)
        return undefined;
    const length = tag & 0x1f;
    if (at + 1 + length > head.length)
        return undefined;
    return (0,_io_bytes_index_js__WEBPACK_IMPORTED_MODULE_0__/* .utf8 */ .As)(head.subarray(at + 1, at + 1 + length));
}
const flaxMsgpackSniffer = {
    format: 'flax',
    namePatterns: ['*.msgpack', 'checkpoint_*', 'ckpt_*'],
    matchesName: (path) => MSGPACK_NAME.test(path) || FLAX_CHECKPOINT_NAME.test(path),
    sniff(candidate) {
        if (candidate.head.length === 0 || !isMsgpackMap(candidate.head[0]))
            return false;
        // A `.msgpack` name says what the file is; an extension-less `checkpoint_N` must show a train state's key.
        if (MSGPACK_NAME.test(candidate.path))
            return true;
        const key = firstKey(candidate.head);
        return key !== undefined && TRAIN_STATE_KEYS.includes(key);
    }
};


/***/ }),

/***/ 8448:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ GGUF_MAGIC),
/* harmony export */   V: () => (/* binding */ ggufSniffer)
/* harmony export */ });
const GGUF_MAGIC = [0x47, 0x47, 0x55, 0x46]; // "GGUF"
const ggufSniffer = {
    format: 'gguf',
    namePatterns: ['*.gguf'],
    matchesName: (path) => /\.gguf$/i.test(path),
    sniff: (candidate) => GGUF_MAGIC.every((byte, i) => candidate.head[i] === byte)
};


/***/ }),

/***/ 6530:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Aj: () => (/* binding */ hasHdf5Signature),
/* harmony export */   vG: () => (/* binding */ USER_BLOCK_MIN),
/* harmony export */   vl: () => (/* binding */ HDF5_SIGNATURE)
/* harmony export */ });
/** The 8-byte HDF5 signature (`\x89HDF\r\n\x1a\n`). */
const HDF5_SIGNATURE = [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a];
function hasHdf5Signature(bytes, at = 0) {
    if (bytes.length < at + 8)
        return false;
    return HDF5_SIGNATURE.every((byte, i) => bytes[at + i] === byte);
}
/** The smallest user block (spec II.A): a file with one has its signature at 512, 1024, 2048, … */
const USER_BLOCK_MIN = 512;


/***/ }),

/***/ 1557:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ hdf5Sniffer),
/* harmony export */   k: () => (/* binding */ kerasArchiveSniffer)
/* harmony export */ });
/* harmony import */ var _zip_signature_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8922);
/* harmony import */ var _hdf5_signature_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6530);


/** Keras 3 `.keras` zip archives (see keras-archive-reader.ts). */
const kerasArchiveSniffer = {
    format: 'keras',
    namePatterns: ['*.keras'],
    matchesName(path) {
        return /\.keras$/i.test(path);
    },
    sniff(candidate) {
        // Other zip formats (PyTorch) share the magic; the name decides between them.
        return (0,_zip_signature_js__WEBPACK_IMPORTED_MODULE_0__/* .looksLikeZip */ .f)(candidate.head) && /\.keras$/i.test(candidate.path);
    }
};
/** Names only HDF5 files carry (not `.keras`, which is a zip in Keras 3). */
const HDF5_NAME = /\.(h5|hdf5|he5)$/i;
/**
 * HDF5 files (Keras `.h5`, `.weights.h5`), recognised by the signature whatever the name (see
 * hdf5-reader.ts). A file with a user block has its signature at 512, 1024, 2048, … — beyond the
 * bytes sniffed — so an HDF5 name on a file long enough for one is claimed too: the reader then
 * searches the signature and says plainly when there is none.
 */
const hdf5Sniffer = {
    format: 'hdf5',
    namePatterns: ['*.h5', '*.hdf5', '*.he5', '*.keras'],
    matchesName(path) {
        return /\.(h5|hdf5|he5|keras)$/i.test(path);
    },
    sniff(candidate) {
        if ((0,_hdf5_signature_js__WEBPACK_IMPORTED_MODULE_1__/* .hasHdf5Signature */ .Aj)(candidate.head))
            return true;
        return HDF5_NAME.test(candidate.path) && candidate.size >= _hdf5_signature_js__WEBPACK_IMPORTED_MODULE_1__/* .USER_BLOCK_MIN */ .vG + _hdf5_signature_js__WEBPACK_IMPORTED_MODULE_1__/* .HDF5_SIGNATURE */ .vl.length;
    }
};


/***/ }),

/***/ 4368:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ readCandidate),
/* harmony export */   P: () => (/* binding */ chooseReader)
/* harmony export */ });
/* harmony import */ var _core_limits_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6419);

/** The first bytes of a file, for sniffing. */
async function readCandidate(path, files) {
    const source = await files.open(path);
    try {
        const head = await source.read(0, Math.min(_core_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .SNIFF_BYTES */ .dD, source.size));
        return { path, size: source.size, head };
    }
    finally {
        await source.close();
    }
}
/**
 * The reader for a file: the first whose name filter and content check both accept it, else the
 * first whose content check does (a `.bin` that is an ONNX model's external data, a renamed file).
 */
function chooseReader(candidate, readers) {
    return readers.find((reader) => reader.matchesName(candidate.path) && reader.sniff(candidate)) ?? readers.find((reader) => reader.sniff(candidate));
}


/***/ }),

/***/ 5252:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ hasFileIdentifier)
/* harmony export */ });
/**
 * A FlatBuffer's file identifier: 4 bytes after the root table offset (TFLite `TFL3`, ExecuTorch
 * `ET12`, its flat tensor file `FT01`). `?` matches any byte (a version digit). Apart from the
 * FlatBuffer decoder so that sniffing does not load it.
 */
function hasFileIdentifier(head, identifier) {
    return head.length >= 8 && [...identifier].every((char, i) => char === '?' || head[4 + i] === char.charCodeAt(0));
}


/***/ }),

/***/ 1391:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ shardIndexSniffer)
/* harmony export */ });
/**
 * The sniffer of a shard index (shard-index.ts) named by `name`: `*.safetensors.index.json`,
 * `pytorch_model.bin.index.json`. A JSON file is recognised by its name and its opening `{`; the
 * reader says what is wrong with one that is not an index. Kept apart from shard-index.ts, which
 * the CLI loads only when it reads one.
 */
function shardIndexSniffer(format, name, namePatterns) {
    return {
        format,
        namePatterns,
        matchesName: (path) => name.test(path),
        sniff: (candidate) => name.test(candidate.path) && new TextDecoder().decode(candidate.head).trimStart().startsWith('{')
    };
}


/***/ }),

/***/ 5727:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  $V: () => (/* binding */ MAX_NPY_HEADER_BYTES),
  mH: () => (/* binding */ NPY_MAGIC),
  PQ: () => (/* binding */ dtypeOfDescr),
  Vv: () => (/* binding */ npyHeaderLength),
  yw: () => (/* binding */ parseNpyHeader)
});

// UNUSED EXPORTS: npyPreambleBytes

// EXTERNAL MODULE: ./src/core/dtypes.ts
var dtypes = __nccwpck_require__(6622);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
// EXTERNAL MODULE: ./src/core/limits.ts
var limits = __nccwpck_require__(6419);
// EXTERNAL MODULE: ./src/io/bytes/index.ts + 8 modules
var io_bytes = __nccwpck_require__(3031);
;// CONCATENATED MODULE: ./src/formats/numpy/python-literal.ts
/**
 * The Python literals a `.npy` header is written in (`numpy/lib/format.py` writes
 * `repr(dict(descr=..., fortran_order=..., shape=...))`, and reads it back with
 * `ast.literal_eval`): dicts, lists, tuples, strings, integers, True/False/None. Parsed here by a
 * small recursive-descent parser, never evaluated. Anything else (a call, a name, an expression)
 * is refused, as `literal_eval` refuses it.
 */
function isPyDict(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** Nesting of a literal: a structured dtype's fields nest a few levels; nothing real needs more. */
const MAX_LITERAL_DEPTH = 32;
const ESCAPES = { n: '\n', t: '\t', r: '\r', '0': '\0', '\\': '\\', "'": "'", '"': '"' };
/** Parses `text` as one Python literal; throws an Error naming what was wrong and where. */
function parsePythonLiteral(text) {
    let at = 0;
    const fail = (what) => {
        throw new Error(`${what} at character ${at} of the header`);
    };
    const skipSpace = () => {
        while (at < text.length && ' \t\n\r'.includes(text[at]))
            at++;
    };
    const string = () => {
        const quote = text[at++];
        let out = '';
        while (at < text.length && text[at] !== quote) {
            if (text[at] === '\\') {
                const next = text[at + 1];
                if (next === 'x' || next === 'u') {
                    const digits = next === 'x' ? 2 : 4;
                    const code = Number.parseInt(text.slice(at + 2, at + 2 + digits), 16);
                    if (!Number.isFinite(code))
                        fail('a bad escape in a string');
                    out += String.fromCharCode(code);
                    at += 2 + digits;
                }
                else {
                    out += ESCAPES[next] ?? fail('an unknown escape in a string');
                    at += 2;
                }
            }
            else {
                out += text[at++];
            }
        }
        if (at >= text.length)
            fail('an unterminated string');
        at++;
        return out;
    };
    const integer = () => {
        const match = /^-?\d+L?/.exec(text.slice(at, at + 32));
        if (!match)
            return fail('a number expected');
        at += match[0].length;
        // Python 2's numpy wrote long dims as `10L`.
        const value = Number(match[0].replace(/L$/, ''));
        if (!Number.isSafeInteger(value))
            fail(`the integer ${match[0]} is too large`);
        return value;
    };
    const sequence = (close, depth) => {
        const items = [];
        at++;
        skipSpace();
        while (text[at] !== close) {
            items.push(value(depth + 1));
            skipSpace();
            if (text[at] === ',') {
                at++;
                skipSpace();
            }
            else if (text[at] !== close) {
                fail(`'${close}' or ',' expected`);
            }
        }
        at++;
        return items;
    };
    const dict = (depth) => {
        const entries = new Map();
        at++;
        skipSpace();
        while (text[at] !== '}') {
            const key = value(depth + 1);
            skipSpace();
            if (text[at] !== ':')
                fail("':' expected");
            at++;
            const item = value(depth + 1);
            if (typeof key === 'string')
                entries.set(key, item);
            skipSpace();
            if (text[at] === ',') {
                at++;
                skipSpace();
            }
            else if (text[at] !== '}') {
                fail("'}' or ',' expected");
            }
        }
        at++;
        return { dict: entries };
    };
    const WORDS = { True: true, False: false, None: null };
    const value = (depth) => {
        if (depth > MAX_LITERAL_DEPTH)
            fail(`nesting deeper than ${MAX_LITERAL_DEPTH}`);
        skipSpace();
        const char = text[at];
        if (char === '{')
            return dict(depth);
        if (char === '(')
            return sequence(')', depth);
        if (char === '[')
            return sequence(']', depth);
        if (char === "'" || char === '"')
            return string();
        if (char === '-' || (char >= '0' && char <= '9'))
            return integer();
        for (const [word, literal] of Object.entries(WORDS)) {
            if (text.startsWith(word, at)) {
                at += word.length;
                return literal;
            }
        }
        return fail(char === undefined ? 'the header ends early' : `'${char}' is not part of a Python literal`);
    };
    const result = value(0);
    skipSpace();
    if (at < text.length)
        fail('text after the literal');
    return result;
}

;// CONCATENATED MODULE: ./src/formats/numpy/npy-header.ts





/**
 * The `.npy` header (`numpy/lib/format.py`, NEP 1): the magic `\x93NUMPY`, a major and minor
 * version byte, the header length (u16 LE in v1.0, u32 LE in v2.0 and v3.0), then the header: a
 * Python dict literal `{'descr': '<f4', 'fortran_order': False, 'shape': (4, 8), }` padded with
 * spaces and a newline (latin-1 in v1/v2, UTF-8 in v3). The array's raw bytes follow.
 */
const NPY_MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]; // \x93NUMPY
/**
 * Bytes of a header. numpy's own `np.load` refuses headers over 10,000 characters by default
 * (`max_header_size`, numpy 1.24); 64 KiB is v1's whole range and keeps a v2 length of 4 GB from
 * being read.
 */
const MAX_NPY_HEADER_BYTES = 64 * 1024;
/** Bytes before the header text: magic, version, and the length field. */
function npyPreambleBytes(major) {
    return major === 1 ? 10 : 12;
}
/** The bytes of the preamble and header that must be read: `length` once the first 12 are known. */
function npyHeaderLength(head, file) {
    checkMagic(head, file);
    const major = head[6];
    if (major < 1 || major > 3)
        throw new errors/* FormatError */.IF(file, `.npy format version ${major}.${head[7]} is not one numpy writes (1.0, 2.0, 3.0)`, { offset: 6 });
    const lengthField = io_bytes/* Cursor */.bs.over(head, file);
    lengthField.seek(8);
    const length = major === 1 ? lengthField.u16() : lengthField.u32();
    if (length > MAX_NPY_HEADER_BYTES) {
        throw new errors/* FormatError */.IF(file, `the .npy header claims ${length} bytes, over the ${MAX_NPY_HEADER_BYTES}-byte limit`, {
            offset: 8,
            fix: 'numpy itself refuses headers this long; the file is corrupt or hostile.'
        });
    }
    return npyPreambleBytes(major) + length;
}
function checkMagic(head, file) {
    if (head.length < 12 || !NPY_MAGIC.every((byte, i) => head[i] === byte)) {
        throw new errors/* FormatError */.IF(file, 'not a .npy array: it does not start with "\\x93NUMPY"', { offset: 0 });
    }
}
/** Parses the preamble and header in `bytes` (at least `npyHeaderLength` of them). */
function parseNpyHeader(bytes, file) {
    const dataStart = npyHeaderLength(bytes, file);
    if (bytes.length < dataStart)
        throw new errors/* FormatError */.IF(file, `the .npy header is cut short: ${bytes.length} of ${dataStart} bytes`, { offset: 0 });
    const major = bytes[6];
    const text = (major === 3 ? io_bytes/* UTF8 */.az : io_bytes/* LATIN1 */.w$).decode(bytes.subarray(npyPreambleBytes(major), dataStart));
    let header;
    try {
        header = parsePythonLiteral(text);
    }
    catch (error) {
        throw new errors/* FormatError */.IF(file, `the .npy header is not a Python literal: ${error.message}`, { offset: npyPreambleBytes(major) });
    }
    const bad = (what) => new errors/* FormatError */.IF(file, `the .npy header ${what}`, { offset: npyPreambleBytes(major) });
    if (!isPyDict(header))
        throw bad('is not a dict');
    const descr = header.dict.get('descr');
    const shape = header.dict.get('shape');
    if (descr === undefined || !Array.isArray(shape))
        throw bad("lacks 'descr' or 'shape'");
    if (shape.length > limits/* MAX_DIMS */.VW)
        throw bad(`has ${shape.length} dimensions, over the limit of ${limits/* MAX_DIMS */.VW}`);
    if (!shape.every((dim) => typeof dim === 'number' && dim >= 0))
        throw bad('has a shape that is not a tuple of sizes');
    const type = describeDtype(descr, 0);
    if (!type)
        throw bad(`has a descr numpy does not define: ${JSON.stringify(descr)}`);
    const dataBytes = (0,dtypes/* elementCount */.KX)(shape) * type.itemSize;
    if (!Number.isSafeInteger(dataBytes))
        throw bad(`describes ${dataBytes} bytes, more than any file holds`);
    return { dtype: type.name, shape, itemSize: type.itemSize, hasObjects: type.hasObjects, dataStart, dataBytes };
}
/** numpy kind + size → our dtype names (core/dtypes.ts); others keep numpy's spelling. */
const NAMED = {
    b1: 'bool',
    i1: 'int8',
    i2: 'int16',
    i4: 'int32',
    i8: 'int64',
    u1: 'uint8',
    u2: 'uint16',
    u4: 'uint32',
    u8: 'uint64',
    f2: 'float16',
    f4: 'float32',
    f8: 'float64',
    c8: 'complex64',
    c16: 'complex128'
};
/** Bytes per character of a `U` (UCS-4) string; other kinds' sizes are in bytes. */
const UNICODE_CHAR_BYTES = 4;
/**
 * A descr: a simple type string (`'<f4'`, `'|O'`, `'<U5'`, `'<M8[ns]'`) or a structured one, a
 * list of `(name, descr)` / `(name, descr, shape)` fields (`numpy.lib.format.descr_to_dtype`).
 */
function describeDtype(descr, depth) {
    if (typeof descr === 'string')
        return describeSimple(descr);
    if (!Array.isArray(descr) || depth > 8)
        return undefined;
    let itemSize = 0;
    let hasObjects = false;
    for (const field of descr) {
        if (!Array.isArray(field) || field.length < 2)
            return undefined;
        const inner = describeDtype(field[1], depth + 1);
        const subShape = field[2] === undefined ? [] : Array.isArray(field[2]) ? field[2] : [field[2]];
        if (!inner || !subShape.every((dim) => typeof dim === 'number' && dim >= 0))
            return undefined;
        itemSize += inner.itemSize * (0,dtypes/* elementCount */.KX)(subShape);
        hasObjects ||= inner.hasObjects;
    }
    return { name: 'structured', itemSize, hasObjects };
}
/** A numpy type string (`'<f4'`) as our dtype name (`float32`), or undefined when numpy does not define it. */
function dtypeOfDescr(descr) {
    return describeSimple(descr)?.name;
}
function describeSimple(descr) {
    const match = /^([<>|=]?)([biufcOSUVMma])(\d*)(\[\w+\])?$/.exec(descr);
    if (!match)
        return undefined;
    const [, , kind, digits] = match;
    const size = digits === '' ? undefined : Number(digits);
    if (kind === 'O')
        return { name: 'object', itemSize: 8, hasObjects: true };
    if (size === undefined)
        return kind === 'b' ? { name: 'bool', itemSize: 1, hasObjects: false } : undefined;
    const itemSize = kind === 'U' ? size * UNICODE_CHAR_BYTES : size;
    return { name: NAMED[`${kind}${size}`] ?? descr.replace(/^[<>|=]/, ''), itemSize, hasObjects: false };
}


/***/ }),

/***/ 5312:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ npzSniffer),
/* harmony export */   b: () => (/* binding */ npySniffer)
/* harmony export */ });
/* harmony import */ var _zip_signature_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8922);
/* harmony import */ var _npy_header_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5727);


/** One array saved with `np.save` (see index.ts). */
const npySniffer = {
    format: 'numpy',
    namePatterns: ['*.npy'],
    matchesName: (path) => /\.npy$/i.test(path),
    sniff: (candidate) => _npy_header_js__WEBPACK_IMPORTED_MODULE_0__/* .NPY_MAGIC */ .mH.every((byte, i) => candidate.head[i] === byte)
};
/** A zip of `.npy` members (`np.savez`, `np.savez_compressed`, `jnp.savez`, dfdx, ndarray-npy). */
const npzSniffer = {
    format: 'numpy',
    namePatterns: ['*.npz'],
    matchesName: (path) => /\.npz$/i.test(path),
    sniff: (candidate) => /\.npz$/i.test(candidate.path) && (0,_zip_signature_js__WEBPACK_IMPORTED_MODULE_1__/* .looksLikeZip */ .f)(candidate.head)
};


/***/ }),

/***/ 6878:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ onnxSniffer)
/* harmony export */ });
/* harmony import */ var _io_bytes_protobuf_wire_type_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9944);

const { VARINT, LEN } = _io_bytes_protobuf_wire_type_js__WEBPACK_IMPORTED_MODULE_0__/* .WireType */ .O;
/** ModelProto fields a file can start with, and the wire type each must have. */
const MODEL_FIELD_WIRE_TYPES = new Map([
    [1, VARINT], // ir_version
    [2, LEN], // producer_name
    [3, LEN], // producer_version
    [4, LEN], // domain
    [5, VARINT], // model_version
    [6, LEN], // doc_string
    [7, LEN], // graph
    [8, LEN], // opset_import
    [14, LEN], // metadata_props
    [20, LEN], // training_info
    [25, LEN] // functions
]);
/** Highest `ir_version` accepted by the content-only sniff (IR 11 is current; leave room). */
const MAX_PLAUSIBLE_IR_VERSION = 32;
const onnxSniffer = {
    format: 'onnx',
    namePatterns: ['*.onnx'],
    matchesName: (path) => /\.onnx$/i.test(path),
    /**
     * ONNX has no magic number. A `.onnx` file is accepted when its first byte is a ModelProto tag;
     * any other name only when it starts the way every exporter writes it: `ir_version` (field 1)
     * with a small value, then another ModelProto field.
     */
    sniff(candidate) {
        const head = candidate.head;
        // Every field a model starts with in practice has a number below 16: a one-byte tag.
        if (head.length < 2 || (head[0] & 0x80) !== 0)
            return false;
        const firstField = head[0] >> 3;
        if (MODEL_FIELD_WIRE_TYPES.get(firstField) !== (head[0] & 7))
            return false;
        if (/\.onnx$/i.test(candidate.path))
            return true;
        if (head[0] !== 0x08 || head[1] === 0 || head[1] > MAX_PLAUSIBLE_IR_VERSION || head.length < 3)
            return false;
        return MODEL_FIELD_WIRE_TYPES.get(head[2] >> 3) === (head[2] & 7);
    }
};


/***/ }),

/***/ 4003:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ openvinoSniffer)
/* harmony export */ });
const XML_NAME = /\.xml$/i;
const ASCII = new TextDecoder('latin1');
/**
 * An OpenVINO IR's `.xml` (the graph; its `.bin` beside it holds the constants). `.xml` names
 * much else (build files, configs), so the name is generic: an XML whose first bytes are not an
 * IR's `<net` root is left alone, not reported as an unreadable checkpoint.
 */
const openvinoSniffer = {
    format: 'openvino',
    namePatterns: ['*.xml'],
    matchesName: (path) => XML_NAME.test(path),
    genericName: true,
    /**
     * The root element `<net`, after an optional BOM, XML declaration and white space; or a
     * document type declaration for `net`, so that the reader refuses it by name instead of the
     * file passing as some other XML.
     */
    sniff(candidate) {
        const text = ASCII.decode(candidate.head).replace(/^\u00ef\u00bb\u00bf/, '');
        return /^\s*(<\?xml[^>]*\?>\s*)?(<net[\s>]|<!DOCTYPE\s+net[\s[>])/.test(text);
    }
};


/***/ }),

/***/ 2431:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   nn: () => (/* binding */ ORBAX_ITEM_METADATA),
/* harmony export */   q1: () => (/* binding */ orbaxSniffer),
/* harmony export */   sk: () => (/* binding */ ORBAX_CHECKPOINT_METADATA)
/* harmony export */ });
/**
 * An Orbax checkpoint folder, found by its JSON metadata files: `_CHECKPOINT_METADATA` (one per
 * saved step, orbax ≥ 0.5) and `_METADATA` (one per item: `default/`, `state/`, or the step
 * folder itself). Either claims the whole step folder (see index.ts).
 */
const ORBAX_CHECKPOINT_METADATA = '_CHECKPOINT_METADATA';
const ORBAX_ITEM_METADATA = '_METADATA';
const METADATA_NAME = /(^|\/)_(CHECKPOINT_)?METADATA$/;
const orbaxSniffer = {
    format: 'orbax',
    namePatterns: ['_CHECKPOINT_METADATA', '_METADATA'],
    matchesName: (path) => METADATA_NAME.test(path),
    sniff: (candidate) => METADATA_NAME.test(candidate.path) && firstNonSpace(candidate.head) === 0x7b // '{'
};
function firstNonSpace(head) {
    return head.find((byte) => byte !== 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09);
}


/***/ }),

/***/ 8136:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Vj: () => (/* binding */ looksLikeLegacyTorch),
  XP: () => (/* binding */ looksLikeTorchTar),
  _Z: () => (/* binding */ pytorchLegacySniffer),
  xj: () => (/* binding */ pytorchShardIndexSniffer),
  mx: () => (/* binding */ pytorchZipSniffer)
});

// EXTERNAL MODULE: ./src/formats/kit/shard-index-sniff.ts
var shard_index_sniff = __nccwpck_require__(1391);
// EXTERNAL MODULE: ./src/formats/zip/signature.ts
var signature = __nccwpck_require__(8922);
// EXTERNAL MODULE: ./src/io/checkpoint-files.ts
var checkpoint_files = __nccwpck_require__(9366);
;// CONCATENATED MODULE: ./src/formats/pytorch/names.ts

/**
 * Names `torch.save` files go by: `.pt`, `.pth`, `.bin` (HF `pytorch_model.bin`), `.ckpt`
 * (Lightning), accelerate's `random_states_N.pkl` and `custom_checkpoint_N.pkl` (torch.save
 * archives under a pickle's name; other `.pkl` files are scikit-learn or pandas pickles, not
 * admitted), and the old `model_best.pth.tar` habit. `.bin` and `.ckpt` are shared with other
 * formats, so the name only admits a file; its content decides (sniff).
 */
function hasPytorchExtension(path) {
    const name = (0,checkpoint_files/* basename */.P8)(path);
    return /\.(pt|pth|bin|ckpt)$|\.(pt|pth)\.tar$/i.test(name) || /^(random_states|custom_checkpoint)_\d+\.pkl$/.test(name);
}
/** The names hasPytorchExtension admits, as `path` globs. */
const PYTORCH_NAME_PATTERNS = [
    '*.pt',
    '*.pth',
    '*.bin',
    '*.ckpt',
    '*.pt.tar',
    '*.pth.tar',
    'random_states_*.pkl',
    'custom_checkpoint_*.pkl'
];

;// CONCATENATED MODULE: ./src/formats/pytorch/sniff.ts



/**
 * Records a torch archive may start with (`<folder>/<record>`): the first local header's name is
 * in the sniff bytes, cut short when the folder name is long.
 */
const TORCH_RECORDS = [
    'data.pkl',
    'data/',
    '.data/',
    'version',
    'byteorder',
    '.format_version',
    '.storage_alignment',
    'code/',
    'constants.pkl',
    'constants/',
    'extra/'
];
/** The first local header's file name as far as the sniff window shows it; `truncated` when cut off. */
function firstRecordName(head) {
    if (head.length < 30 || !(head[2] === 3 && head[3] === 4))
        return undefined;
    const length = head[26] | (head[27] << 8);
    const visible = head.subarray(30, Math.min(head.length, 30 + length));
    return { name: new TextDecoder().decode(visible), truncated: visible.length < length };
}
function looksLikeTorchRecord(name, truncated) {
    const slash = name.indexOf('/');
    if (slash <= 0)
        return false;
    const record = name.slice(slash + 1);
    return TORCH_RECORDS.some((known) => (known.endsWith('/') ? record.startsWith(known) : record === known) || (truncated && known.startsWith(record)));
}
/** `torch.save` zip archives and TorchScript archives (see zip-reader.ts). */
const pytorchZipSniffer = {
    format: 'pytorch',
    namePatterns: PYTORCH_NAME_PATTERNS,
    matchesName: hasPytorchExtension,
    sniff(candidate) {
        if (!(0,signature/* looksLikeZip */.f)(candidate.head))
            return false;
        const first = firstRecordName(candidate.head);
        if (!first)
            return false;
        if (looksLikeTorchRecord(first.name, first.truncated))
            return true;
        // A long archive folder name can push even the slash past the sniff window: claimed for the
        // names only torch uses; read() then checks for data.pkl and says clearly what else it is.
        return first.truncated && !first.name.includes('/') && /\.(pt|pth)$/i.test(candidate.path);
    }
};
/** The legacy magic as the first pickle spells it: PROTO n, LONG1 10, the magic's 10 bytes LE. */
const LEGACY_MAGIC_BYTES = [0x8a, 0x0a, 0x6c, 0xfc, 0x9c, 0x46, 0xf9, 0x20, 0x6a, 0xa8, 0x50, 0x19];
function looksLikeLegacyTorch(head) {
    return head.length >= 14 && head[0] === 0x80 && LEGACY_MAGIC_BYTES.every((byte, i) => head[2 + i] === byte);
}
/**
 * The oldest torch.save format (early PyTorch, 0.1.x) is a tar archive of `sys_info`, `pickle`,
 * `storages` and `tensors` members (netron's `legacy_load`, `lutzroeder/netron:source/python.js`);
 * a tar header starts with the first member's NUL-terminated name.
 */
const TAR_MEMBERS = ['sys_info', 'pickle', 'storages', 'tensors'];
function looksLikeTorchTar(head) {
    return TAR_MEMBERS.some((name) => head.length > name.length && head[name.length] === 0 && new TextDecoder().decode(head.subarray(0, name.length)) === name);
}
/** The legacy (pre-1.6) `torch.save` stream, and the tar format before it (refused by read). */
const pytorchLegacySniffer = {
    format: 'pytorch-legacy',
    namePatterns: PYTORCH_NAME_PATTERNS,
    matchesName: hasPytorchExtension,
    sniff: (candidate) => looksLikeLegacyTorch(candidate.head) || looksLikeTorchTar(candidate.head)
};
const SHARD_INDEX_NAME = /\.(bin|pt|pth)\.index\.json$/i;
/** A sharded PyTorch checkpoint's index, as transformers writes it: `pytorch_model.bin.index.json`. */
const pytorchShardIndexSniffer = (0,shard_index_sniff/* shardIndexSniffer */.y)('pytorch', SHARD_INDEX_NAME, [
    '*.bin.index.json',
    '*.pt.index.json',
    '*.pth.index.json'
]);


/***/ }),

/***/ 3762:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ safetensorsSniffer),
/* harmony export */   f: () => (/* binding */ safetensorsIndexSniffer)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);
/* harmony import */ var _io_bytes_int64_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3707);
/* harmony import */ var _core_limits_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6419);
/* harmony import */ var _kit_shard_index_sniff_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(1391);




const SAFETENSORS_NAME = /\.safetensors$/i;
const INDEX_NAME = /\.safetensors\.index\.json$/i;
/** A single `.safetensors` file. */
const safetensorsSniffer = {
    format: 'safetensors',
    namePatterns: ['*.safetensors'],
    matchesName: (path) => SAFETENSORS_NAME.test(path),
    /**
     * By content: a u64 header length that fits the limit, then `{` (as netron's
     * `safetensors.js`). A `.safetensors` name is enough on its own, so that a broken file (empty,
     * or a header claiming 2^63 bytes) gets the reader's precise error instead of "unrecognised".
     */
    sniff(candidate) {
        const head = candidate.head;
        // A Git LFS pointer is left to the pipeline, which reports it as one.
        if ((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .looksLikeLfsPointer */ .K2)(head))
            return false;
        if (SAFETENSORS_NAME.test(candidate.path))
            return true;
        if (head.length < 9 || head[8] !== 0x7b)
            return false;
        let length;
        try {
            length = (0,_io_bytes_int64_js__WEBPACK_IMPORTED_MODULE_1__/* .uint64At */ .A8)(head, 0, candidate.path, 'the header length');
        }
        catch {
            return false; // past 2^53: not a header length
        }
        return length <= _core_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_SAFETENSORS_HEADER_BYTES */ .X9 && 8 + length <= candidate.size;
    }
};
/** A sharded checkpoint's `*.safetensors.index.json`. */
const safetensorsIndexSniffer = (0,_kit_shard_index_sniff_js__WEBPACK_IMPORTED_MODULE_3__/* .shardIndexSniffer */ .y)('safetensors', INDEX_NAME, ['*.safetensors.index.json']);


/***/ }),

/***/ 5096:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fm: () => (/* binding */ VARIABLES_INDEX),
/* harmony export */   X0: () => (/* binding */ tensorflowSavedModelSniffer),
/* harmony export */   Ze: () => (/* binding */ tensorflowCheckpointSniffer),
/* harmony export */   aH: () => (/* binding */ SAVED_MODEL_FILES)
/* harmony export */ });
/* unused harmony export firstHeaderValueByte */
/* harmony import */ var _io_checkpoint_files_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9366);

/** Where V1 names end: `model.ckpt`, `model.ckpt-1000`, `export-00000-of-00001` (sharded V1), never a V2 `.data-` shard. */
const V1_NAME = /(\.ckpt(-\d+)?|-\d{5}-of-\d{5})$/;
const V2_DATA_SHARD = /\.data-\d{5}-of-\d{5}$/;
/**
 * The value of the first entry of an SSTable from its first bytes, when that entry has the empty
 * key (a bundle header, or a V1 table's SavedTensorSliceMeta). Handles a snappy-compressed first
 * block, whose first element is a literal holding the same bytes.
 */
function firstHeaderValueByte(head) {
    const rawHeader = (at) => head[at] === 0 && head[at + 1] === 0 && head[at + 2] !== undefined && head[at + 2] > 0 && head[at + 2] < 0x80 ? head[at + 3] : undefined;
    const raw = rawHeader(0);
    if (raw !== undefined)
        return raw;
    // Snappy: varint32 uncompressed length, then a literal tag (low bits 00).
    let p = 0;
    while (p < 5 && head[p] !== undefined && head[p] >= 0x80)
        p++;
    p++;
    const tag = head[p];
    if (tag === undefined || (tag & 3) !== 0)
        return undefined;
    const extra = tag >> 2 >= 60 ? (tag >> 2) - 59 : 0;
    return rawHeader(p + 1 + extra);
}
/** BundleHeaderProto starts with num_shards (08), endianness (10) or version (1a). */
const looksLikeBundleIndex = (head) => [0x08, 0x10, 0x1a].includes(firstHeaderValueByte(head) ?? -1);
/** SavedTensorSlices starts with its meta (0a). */
const looksLikeV1 = (head) => firstHeaderValueByte(head) === 0x0a;
/** V2 checkpoints (`P.index`) and V1 checkpoints (one SSTable, recognised to be refused). */
const tensorflowCheckpointSniffer = {
    format: 'tensorflow-checkpoint',
    namePatterns: ['*.index', '*.ckpt', '*.ckpt-*', '*-?????-of-?????'],
    matchesName: (path) => path.endsWith('.index') || (V1_NAME.test((0,_io_checkpoint_files_js__WEBPACK_IMPORTED_MODULE_0__/* .basename */ .P8)(path)) && !V2_DATA_SHARD.test(path)),
    sniff: (candidate) => (candidate.path.endsWith('.index') ? looksLikeBundleIndex(candidate.head) : looksLikeV1(candidate.head))
};
const SAVED_MODEL_FILES = ['saved_model.pb', 'saved_model.pbtxt'];
const VARIABLES_INDEX = /(^|\/)variables\/variables\.index$/;
/** SavedModel directories, by their graph file or their `variables/variables.index`. */
const tensorflowSavedModelSniffer = {
    format: 'tensorflow-savedmodel',
    namePatterns: ['saved_model.pb', 'saved_model.pbtxt', 'variables/variables.index'],
    matchesName: (path) => SAVED_MODEL_FILES.includes((0,_io_checkpoint_files_js__WEBPACK_IMPORTED_MODULE_0__/* .basename */ .P8)(path)) || VARIABLES_INDEX.test(path),
    sniff(candidate) {
        const name = (0,_io_checkpoint_files_js__WEBPACK_IMPORTED_MODULE_0__/* .basename */ .P8)(candidate.path);
        if (name === 'saved_model.pb')
            return candidate.head[0] === 0x08 || candidate.head[0] === 0x12;
        if (name === 'saved_model.pbtxt')
            return /^\s*(saved_model_schema_version|meta_graphs)\b/.test(new TextDecoder().decode(candidate.head));
        return looksLikeBundleIndex(candidate.head);
    }
};


/***/ }),

/***/ 8755:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ TFLITE_IDENTIFIER),
/* harmony export */   Q: () => (/* binding */ tfliteSniffer)
/* harmony export */ });
/* harmony import */ var _kit_flatbuffer_identifier_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5252);

/** `file_identifier "TFL3"` of `tensorflow/compiler/mlir/lite/schema/schema.fbs`: bytes 4..8, after the root offset. */
const TFLITE_IDENTIFIER = 'TFL3';
const tfliteSniffer = {
    format: 'tflite',
    namePatterns: ['*.tflite'],
    matchesName: (path) => /\.tflite$/i.test(path),
    sniff: (candidate) => (0,_kit_flatbuffer_identifier_js__WEBPACK_IMPORTED_MODULE_0__/* .hasFileIdentifier */ .Q)(candidate.head, TFLITE_IDENTIFIER)
};


/***/ }),

/***/ 8138:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ torchExportSniffer)
/* harmony export */ });
/* harmony import */ var _zip_signature_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8922);

/**
 * torch.export archives (`torch.export.save`, `torch/export/pt2_archive/`): a zip named `.pt2`.
 * The name decides between it and other zips (a torch.save archive is never named `.pt2`).
 */
const torchExportSniffer = {
    format: 'torch-export',
    namePatterns: ['*.pt2'],
    matchesName: (path) => /\.pt2$/i.test(path),
    sniff: (candidate) => (0,_zip_signature_js__WEBPACK_IMPORTED_MODULE_0__/* .looksLikeZip */ .f)(candidate.head) && /\.pt2$/i.test(candidate.path)
};


/***/ }),

/***/ 3001:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FOLDER_LAYOUTS: () => (/* binding */ FOLDER_LAYOUTS),
/* harmony export */   roleOf: () => (/* binding */ roleOf)
/* harmony export */ });
/** FSDP sharded state dicts, as transformers' Trainer and accelerate save them (`accelerate/utils/fsdp_utils.py`). */
const FSDP_FOLDERS = [
    { pattern: /^pytorch_model_fsdp_\d+$/, role: 'model' },
    { pattern: /^optimizer_\d+$/, role: 'optimizer' }
];
/** Model weights as `save_pretrained` and accelerate write them, sharded or not. */
const WEIGHTS = [
    { pattern: /^(model|adapter_model|pytorch_model)(_\d+)?\.safetensors$/, role: 'model' },
    { pattern: /^(model|pytorch_model)-\d{5}-of-\d{5}\.(safetensors|bin)$/, role: 'model' },
    { pattern: /^(model\.safetensors|pytorch_model\.bin)\.index\.json$/, role: 'model' },
    { pattern: /^(pytorch_model|adapter_model)(_\d+)?\.bin$/, role: 'model' }
];
/** Configuration and tokenizer files `save_pretrained` writes beside the weights (metadata). */
const CONFIG_FILES = [
    {
        pattern: /^(config|generation_config|adapter_config|preprocessor_config|processor_config|tokenizer|tokenizer_config|special_tokens_map|added_tokens|vocab)\.json$/,
        role: 'config'
    },
    { pattern: /^(merges\.txt|vocab\.txt|tokenizer\.model|spiece\.model|sentencepiece\.bpe\.model|chat_template\.(jinja|json))$/, role: 'config' }
];
const DEEPSPEED = {
    format: 'deepspeed-checkpoint',
    label: 'DeepSpeed checkpoint',
    primary: /^(zero_pp_rank_\d+_)?mp_rank_\d+_model_states\.pt$/,
    primaryNames: ['mp_rank_*_model_states.pt', 'zero_pp_rank_*_mp_rank_*_model_states.pt'],
    members: [
        { pattern: /^(zero_pp_rank_\d+_)?mp_rank_\d+_model_states\.pt$/, role: 'model' },
        { pattern: /^(bf16_)?(zero_pp_rank_\d+_)?(expp_rank_\d+_)?mp_rank_\d+_optim_states\.pt$/, role: 'optimizer' },
        { pattern: /^(layer_\d+-model_\d+-model_states|expp_rank_\d+_mp_rank_\d+_model_states)\.pt$/, role: 'model' }
    ]
};
const HF_TRAINER = {
    format: 'hf-trainer-checkpoint',
    label: 'Hugging Face Trainer checkpoint',
    primary: /^trainer_state\.json$/,
    primaryNames: ['trainer_state.json'],
    members: [
        ...WEIGHTS,
        { pattern: /^optimizer\.(pt|bin)$/, role: 'optimizer' },
        { pattern: /^(scheduler|scaler)\.pt$/, role: 'loop-state' },
        { pattern: /^trainer_state\.json$/, role: 'loop-state' },
        { pattern: /^rng_state(_\d+)?\.pth$/, role: 'rng-state' },
        { pattern: /^training_args\.bin$/, role: 'config' },
        ...CONFIG_FILES
    ],
    subfolders: [{ pattern: /^global_step\d+$/, layout: () => DEEPSPEED }],
    dcpFolders: FSDP_FOLDERS
};
const ACCELERATE = {
    format: 'accelerate-state',
    label: 'accelerate save_state folder',
    // save_state always writes the RNG states; a registered object's pickle, named alone, brings its folder too.
    primary: /^(random_states|custom_checkpoint)_\d+\.pkl$/,
    primaryNames: ['random_states_*.pkl', 'custom_checkpoint_*.pkl'],
    members: [
        ...WEIGHTS,
        { pattern: /^optimizer(_\d+)?\.bin$/, role: 'optimizer' },
        { pattern: /^(scheduler|sampler)(_\d+)?\.bin$/, role: 'loop-state' },
        { pattern: /^dl_state_dict(_\d+)?\.bin$/, role: 'loop-state' },
        { pattern: /^scaler\.pt$/, role: 'loop-state' },
        { pattern: /^random_states_\d+\.pkl$/, role: 'rng-state' },
        { pattern: /^custom_checkpoint_\d+\.pkl$/, role: 'object' },
        ...CONFIG_FILES
    ],
    dcpFolders: FSDP_FOLDERS
};
/** The layouts, in the order the registry tries them: a Trainer folder claims its `global_stepN/` first. */
const FOLDER_LAYOUTS = { hfTrainer: HF_TRAINER, accelerate: ACCELERATE, deepspeed: DEEPSPEED };
/** The role of a file in a folder of `layout`, or undefined for a file the framework does not write there. */
function roleOf(layout, name) {
    return layout.members.find((rule) => rule.pattern.test(name))?.role;
}


/***/ }),

/***/ 8922:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ looksLikeZip)
/* harmony export */ });
/**
 * A zip starts with a local file header (`PK\x03\x04`); an empty zip starts with its EOCD.
 * Apart from the rest of zip/ so that sniffing (PyTorch, Keras) does not load the archive reader and zlib.
 */
function looksLikeZip(head) {
    return head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && ((head[2] === 3 && head[3] === 4) || (head[2] === 5 && head[3] === 6));
}


/***/ }),

/***/ 2940:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $U: () => (/* reexport safe */ _bytes_errors_js__WEBPACK_IMPORTED_MODULE_0__.$U),
/* harmony export */   Pq: () => (/* binding */ readInto)
/* harmony export */ });
/* unused harmony export BufferByteSource */
/* harmony import */ var _bytes_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2533);

/** `source.readInto(offset, target)`, or for a source without it, its `read` copied into `target`. */
async function readInto(source, offset, target) {
    if (source.readInto)
        return source.readInto(offset, target);
    target.set(await source.read(offset, target.length));
}
/** The one truncation check (src/io/bytes/errors.ts), re-exported for the sources that implement this port. */

/** A ByteSource over bytes already in memory: tests, and small git blobs. */
class BufferByteSource {
    name;
    bytes;
    size;
    bytesRead = 0;
    constructor(name, bytes) {
        this.name = name;
        this.bytes = bytes;
        this.size = bytes.length;
    }
    async read(offset, length) {
        checkSpan(this, offset, length);
        this.bytesRead += length;
        return this.bytes.subarray(offset, offset + length);
    }
    async readInto(offset, target) {
        checkSpan(this, offset, target.length);
        this.bytesRead += target.length;
        target.set(this.bytes.subarray(offset, offset + target.length));
    }
    async close() { }
}


/***/ }),

/***/ 2533:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $U: () => (/* binding */ checkSpan),
/* harmony export */   Jw: () => (/* binding */ truncatedError),
/* harmony export */   SH: () => (/* binding */ tooLargeError)
/* harmony export */ });
/* unused harmony export TRUNCATED_FIX */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);

/** The fix every truncation error carries. */
const TRUNCATED_FIX = 'The file is truncated or corrupted; re-export or re-download it.';
/**
 * The one truncation error: `length` bytes were needed at file offset `offset`, but the data ends
 * at `end`. `region` names what ended: the file itself (its size is `end`), or a part of it read
 * whole or bounded by its own length (a header, a protobuf message), which ends at byte `end`.
 */
function truncatedError(file, offset, length, end, region = 'file') {
    const ends = region === 'file' ? `the file has ${end} bytes` : `the ${region} ends at byte ${end}`;
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FormatError */ .IF(file, `unexpected end of ${region}: expected ${length} bytes at offset ${offset} but ${ends}`, {
        fix: TRUNCATED_FIX
    });
}
/** Throws the truncation error for a span outside a source of `size` bytes (or an invalid span). */
function checkSpan(source, offset, length) {
    if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(length) || offset < 0 || length < 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FormatError */ .IF(source.name, `invalid read of ${length} bytes at offset ${offset}`);
    }
    if (offset + length > source.size)
        throw truncatedError(source.name, offset, length, source.size);
}
/**
 * The one error for a 64-bit field past 2^53: no size, offset, count or dimension of a real file
 * is, and a number past it is no longer exact. Formats whose values may legitimately be larger
 * (a pickled int, a protobuf int64 that is not a size) read them with the bigint accessors.
 */
function tooLargeError(file, what, value, offset) {
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FormatError */ .IF(file, `${what} is ${value}, larger than any file (over 2^53)`, {
        offset,
        fix: 'The file is corrupt or hostile.'
    });
}


/***/ }),

/***/ 3031:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  bs: () => (/* reexport */ Cursor),
  w$: () => (/* reexport */ utf8/* LATIN1 */.w$),
  cJ: () => (/* reexport */ MAX_VARINT_BYTES),
  SJ: () => (/* reexport */ NameIndex),
  iP: () => (/* reexport */ ProtoReader),
  R0: () => (/* reexport */ ShapeInterner),
  sR: () => (/* reexport */ SpanSource),
  az: () => (/* reexport */ utf8/* UTF8 */.az),
  p8: () => (/* reexport */ Window),
  O0: () => (/* reexport */ protobuf_wire_type/* WireType */.O),
  nu: () => (/* reexport */ int64/* bigintNumber */.nu),
  e1: () => (/* reexport */ hashUtf8),
  ER: () => (/* reexport */ isAscii),
  $t: () => (/* reexport */ releaseArrayBuffer),
  NR: () => (/* reexport */ utf8/* strictUtf8 */.NR),
  Jw: () => (/* reexport */ bytes_errors/* truncatedError */.Jw),
  A8: () => (/* reexport */ int64/* uint64At */.A8),
  eZ: () => (/* reexport */ int64/* uint64Number */.eZ),
  As: () => (/* reexport */ utf8/* utf8 */.As)
});

// UNUSED EXPORTS: BlockCache, MAX_WINDOW_BYTES, MIN_WINDOW_BYTES, NOT_IN_WINDOW, STRICT_UTF8, TRUNCATED_FIX, checkSpan, int64Number, tooLargeError

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
// EXTERNAL MODULE: ./src/io/bytes/errors.ts
var bytes_errors = __nccwpck_require__(2533);
// EXTERNAL MODULE: ./src/io/bytes/int64.ts
var int64 = __nccwpck_require__(3707);
// EXTERNAL MODULE: ./src/io/bytes/utf8.ts
var utf8 = __nccwpck_require__(1217);
// EXTERNAL MODULE: ./src/io/byte-source.ts
var byte_source = __nccwpck_require__(2940);
;// CONCATENATED MODULE: ./src/io/bytes/block-cache.ts
/** Page size of the metadata read cache (a typical object header is 200-600 bytes). */
const HDF5_PAGE_BYTES = 4096;
/**
 * Longest read-ahead (64 KiB), reached after a run of sequential misses. Blocks this size leave
 * the cache before the GC promotes them, so a walk through 200 MB of metadata does not pile up
 * dead 256 KiB buffers for the old generation (peak RSS 274 → 213 MiB at 10^5 datasets).
 */
const HDF5_MAX_READ_AHEAD_PAGES = 16;
/** Bytes of blocks kept (1 MiB): room for a group's header, heap and B-tree nodes while its children are read. */
const HDF5_CACHED_BYTES = 1024 * 1024;
/** The size of a recycled block buffer: the longest read-ahead. */
const POOLED_BLOCK_BYTES = HDF5_MAX_READ_AHEAD_PAGES * HDF5_PAGE_BYTES;
/** Evicted block buffers kept for reuse: a run of read-ahead needs one at a time, a few absorb a burst. */
const MAX_FREE_BLOCKS = 4;
/**
 * Small reads through a bounded cache of recently read blocks, with adaptive read-ahead. h5py
 * interleaves metadata and payloads (a dataset's header, then its data, then the next header), so
 * a miss reads one 4 KiB page and a large payload next to it is never touched. Where the walker
 * misses page after page in order (a run of headers, heaps and B-tree nodes), each further miss
 * reads twice as many pages, up to HDF5_MAX_READ_AHEAD_PAGES: fewer, larger reads through
 * metadata-dense regions, while bytes read stay bounded by the metadata, not the weights. Reads
 * larger than a page go to the source.
 *
 * Shaped for a walk over 10^5 objects: blocks are kept whole (no per-page views or map entries),
 * a hit is answered synchronously (no promise per header field read), and the blocks kept are
 * bounded by HDF5_CACHED_BYTES, so memory does not grow with the metadata's size.
 *
 * Read-ahead blocks are recycled when the source can fill a buffer (`ByteSource.readInto`): a walk
 * through 200 MB of metadata otherwise leaves ~3,000 dead 64 KiB buffers to the GC, ~15 MB of
 * them uncollected at any time. A block evicted from the cache may still be read through a view
 * the walker holds (a header's messages, a heap being read across an await), so its buffer is
 * only reused after `recycleEvicted()`, which the walker calls between objects, when it holds no
 * view into the cache (everything it keeps across objects is decoded into strings and numbers).
 */
class BlockCache {
    source;
    /** Most recently read first; `pooled` is the whole recyclable buffer `bytes` is a view of. */
    blocks = [];
    cachedBytes = 0;
    run = 1;
    /** Buffers of blocks evicted since the last recycleEvicted(): views into them may still be live. */
    evicted = [];
    /** Buffers no view reaches any more, ready for the next read-ahead block. */
    free = [];
    constructor(source) {
        this.source = source;
    }
    /** Called when nothing read so far is referenced: the buffers evicted until now may be refilled. */
    recycleEvicted() {
        if (this.evicted.length === 0)
            return; // nearly every call: a block is evicted once per 64 KiB walked
        for (const buffer of this.evicted)
            if (this.free.length < MAX_FREE_BLOCKS)
                this.free.push(buffer);
        this.evicted = [];
    }
    /** Where the last `locate` found its request in the block it returned. */
    foundAt = 0;
    /**
     * The cached block holding all of [offset, offset + length), whole: the byte at `offset` is
     * `bytes[this.foundAt]`. For the per-object reads, which index the block in place rather than
     * cut a view out of it (a view is an allocation; 10^6 of them at 10^5 datasets).
     */
    locate(offset, length) {
        const blocks = this.blocks;
        for (let i = 0; i < blocks.length; i++) {
            const block = blocks[i];
            if (offset >= block.start && offset + length <= block.end) {
                this.foundAt = offset - block.start;
                return block.bytes;
            }
        }
        return undefined;
    }
    /** The bytes at [offset, offset + length) if a cached block holds them all. */
    cached(offset, length) {
        const bytes = this.locate(offset, length);
        return bytes?.subarray(this.foundAt, this.foundAt + length);
    }
    async read(offset, length) {
        if (length === 0)
            return this.source.read(offset, length);
        const joined = this.joined(offset, length);
        if (joined)
            return joined;
        if (length > HDF5_PAGE_BYTES)
            return this.readLarge(offset, length);
        const last = this.blocks[0];
        // A miss that straddles the newest block's end or lies within a page after it continues a run.
        const continues = last !== undefined && offset >= last.start && offset < last.end + HDF5_PAGE_BYTES;
        this.run = continues ? Math.min(this.run * 2, HDF5_MAX_READ_AHEAD_PAGES) : 1;
        // A run's blocks tile the metadata: each starts where the block holding the request's head,
        // or else the newest one, ends, so no byte is read twice. Otherwise the request's whole page
        // is read, for the structures just before it (a group's heap precedes its header).
        const head = this.blocks.find((block) => offset >= block.start && offset < block.end);
        let start = head ? head.end : continues ? last.end : Math.floor(offset / HDF5_PAGE_BYTES) * HDF5_PAGE_BYTES;
        let end = Math.min(this.source.size, start + this.run * HDF5_PAGE_BYTES);
        // Nor are bytes around the request that another cached block holds.
        for (const block of this.blocks) {
            if (block.end <= offset && block.end > start)
                start = block.end;
            if (block.start >= offset + length && block.start < end)
                end = block.start;
        }
        end = Math.max(end, offset + length);
        const bytes = await this.readBlock(start, end - start);
        if (start <= offset)
            return bytes.subarray(offset - start, offset - start + length);
        return this.joined(offset, length) ?? this.source.read(offset, length);
    }
    /**
     * A structure over a page (a big group's heap, a header holding layer_names): read as asked,
     * less the ends cached blocks hold, and kept unless it would crowd out the rest, so the pages
     * around it are not read again either.
     */
    async readLarge(offset, length) {
        const last = offset + length - 1;
        const head = this.blocks.find((block) => offset >= block.start && offset < block.end);
        const tail = this.blocks.find((block) => last >= block.start && last < block.end);
        const start = head ? head.end : offset;
        const end = tail && tail.start > start ? tail.start : offset + length;
        if (end - start > HDF5_CACHED_BYTES / 4)
            return this.source.read(offset, length);
        this.keep(start, await this.source.read(start, end - start));
        return this.joined(offset, length) ?? this.source.read(offset, length);
    }
    /**
     * Reads [start, start + length) into a new cached block: a recycled buffer for a read-ahead
     * block (over half the longest read-ahead), a buffer of its own otherwise.
     */
    async readBlock(start, length) {
        const source = this.source;
        // A source without readInto would fill a pooled buffer by copying a new one: no gain.
        if (length <= POOLED_BLOCK_BYTES / 2 || length > POOLED_BLOCK_BYTES || !source.readInto) {
            const bytes = await source.read(start, length);
            this.keep(start, bytes);
            return bytes;
        }
        const pooled = this.free.pop() ?? new Uint8Array(POOLED_BLOCK_BYTES);
        const bytes = pooled.subarray(0, length);
        await source.readInto(start, bytes);
        this.keep(start, bytes, pooled);
        return bytes;
    }
    keep(start, bytes, pooled) {
        this.blocks.unshift({ start, end: start + bytes.length, bytes, pooled });
        this.cachedBytes += bytes.length;
        while (this.cachedBytes > HDF5_CACHED_BYTES && this.blocks.length > 1) {
            const evicted = this.blocks.pop();
            this.cachedBytes -= evicted.bytes.length;
            if (evicted.pooled)
                this.evicted.push(evicted.pooled);
        }
    }
    /** A request across the end of a cached block, copied from the cached blocks that hold it all, if they do. */
    joined(offset, length) {
        const out = new Uint8Array(length);
        for (let at = offset; at < offset + length;) {
            const block = this.blocks.find((b) => at >= b.start && at < b.end);
            if (!block)
                return undefined;
            const count = Math.min(block.end, offset + length) - at;
            out.set(block.bytes.subarray(at - block.start, at - block.start + count), at - offset);
            at += count;
        }
        return out;
    }
}

;// CONCATENATED MODULE: ./src/io/bytes/window.ts



/**
 * Smallest window read after a jump: skipping a payload costs at most this much reading. What
 * follows a payload is the next tensor's few header fields (tens of bytes).
 */
const MIN_WINDOW_BYTES = 128;
/** Largest read-ahead window: sequential metadata (a GGUF vocabulary, an ONNX node list) is read in these. */
const MAX_WINDOW_BYTES = 1024 * 1024;
/** Default least read of a `reuse` window. */
const REUSE_READ_BYTES = 64 * 1024;
const EMPTY = new Uint8Array(0);
/**
 * The one window over a ByteSource: the bytes loaded last (`buffer`, at file offset `bufferStart`),
 * which decoders (Cursor, the protobuf reader) index synchronously, and an explicit async `load`
 * that refills it according to the policy. Bytes read follow the metadata a reader uses, never
 * the payloads it skips.
 */
class Window {
    source;
    /** The bytes loaded last, starting at file offset `bufferStart`; decoders may index them directly. */
    buffer = EMPTY;
    bufferStart = 0;
    /** A DataView of `buffer`, for multi-byte reads. */
    data = new DataView(EMPTY.buffer);
    readAhead;
    blocks;
    reuseBytes = 0;
    pool = EMPTY;
    end;
    isFixed;
    constructor(source, policy = { kind: 'read-ahead' }, 
    /** Bytes already in memory at file offset `start` (`Window.of`): the window never loads. */
    fixed) {
        this.source = source;
        this.end = source.size;
        this.isFixed = fixed !== undefined;
        if (fixed) {
            this.setBuffer(fixed.bytes, fixed.start);
            this.end = fixed.start + fixed.bytes.length;
            this.region = fixed.region;
        }
        else if (policy.kind === 'read-ahead')
            this.readAhead = new ReadAhead();
        else if (policy.kind === 'blocks')
            this.blocks = new BlockCache(source);
        else
            this.reuseBytes = policy.readBytes ?? REUSE_READ_BYTES;
    }
    /** What ends at `size` in truncation errors: the file, or the part of it a fixed window holds. */
    region = 'file';
    /**
     * A window over `bytes` already read from file `name` at offset `start` (a header read whole, a
     * decompressed block): it never loads, and asking past its end is the truncation error for `region`.
     */
    static of(bytes, name, start = 0, region = 'data') {
        const source = {
            name,
            size: start + bytes.length,
            bytesRead: 0,
            read: async () => EMPTY,
            close: async () => { }
        };
        return new Window(source, { kind: 'read-ahead' }, { bytes, start, region });
    }
    get name() {
        return this.source.name;
    }
    /** Where the readable bytes end: the file's size, or the end of a fixed window's bytes. */
    get size() {
        return this.end;
    }
    /** Whether `length` bytes at `offset` are in `buffer` (a `blocks` window switches to the block holding them). */
    has(offset, length) {
        if (offset >= this.bufferStart && offset + length <= this.bufferStart + this.buffer.length)
            return true;
        if (this.blocks === undefined)
            return false;
        const block = this.blocks.locate(offset, length);
        if (block === undefined)
            return false;
        this.setBuffer(block, offset - this.blocks.foundAt);
        return true;
    }
    /** Makes `length` bytes at `offset` available in `buffer`; past the end, the truncation error. */
    async load(offset, length) {
        if (this.has(offset, length))
            return;
        if (this.isFixed) {
            throw (0,bytes_errors/* truncatedError */.Jw)(this.name, offset, length, this.end, this.region);
        }
        (0,bytes_errors/* checkSpan */.$U)(this.source, offset, length);
        if (this.readAhead) {
            const readLength = this.readAhead.next(this, offset, length);
            this.setBuffer(await this.source.read(offset, readLength), offset);
        }
        else if (this.blocks) {
            const bytes = await this.blocks.read(offset, length);
            if (!this.has(offset, length))
                this.setBuffer(bytes, offset);
        }
        else {
            await this.refill(offset, length);
        }
    }
    /** `reuse`: keeps what the buffer holds from `offset` on, and reads the rest into the same memory. */
    async refill(offset, length) {
        const total = Math.max(length, Math.min(this.reuseBytes, this.source.size - offset));
        const heldEnd = this.bufferStart + this.buffer.length;
        const kept = offset >= this.bufferStart && offset < heldEnd ? heldEnd - offset : 0;
        if (total > this.pool.length) {
            const grown = new Uint8Array(Math.max(total, this.pool.length * 2));
            if (kept > 0)
                grown.set(this.buffer.subarray(offset - this.bufferStart));
            this.pool = grown;
        }
        else if (kept > 0) {
            this.pool.copyWithin(0, offset - this.bufferStart, heldEnd - this.bufferStart);
        }
        await (0,byte_source/* readInto */.Pq)(this.source, offset + kept, this.pool.subarray(kept, total));
        this.setBuffer(this.pool.subarray(0, total), offset);
    }
    setBuffer(bytes, start) {
        const data = this.data;
        if (bytes.buffer !== data.buffer || bytes.byteOffset !== data.byteOffset || bytes.byteLength !== data.byteLength) {
            this.data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        }
        this.buffer = bytes;
        this.bufferStart = start;
    }
    /** Records that a reader decoded the bytes before `end` (read from `buffer` directly): read-ahead sizing. */
    markUsed(end) {
        this.readAhead?.markUsed(end);
    }
    /** A view (not a copy) of `length` bytes at `offset`. */
    async view(offset, length) {
        if (!this.has(offset, length))
            await this.load(offset, length);
        return this.slice(offset, length);
    }
    /** `view()` without an await when the window holds the bytes; undefined when they must be loaded. */
    viewInWindow(offset, length) {
        return this.has(offset, length) ? this.slice(offset, length) : undefined;
    }
    /** Up to `length` bytes at `offset`, fewer at the end (for varints near the end). */
    async viewUpTo(offset, length) {
        return this.view(offset, Math.max(0, Math.min(length, this.end - offset)));
    }
    /** `blocks`: the caller holds no view into the window any more, so evicted block buffers may be reused. */
    recycle() {
        this.blocks?.recycleEvicted();
    }
    slice(offset, length) {
        this.markUsed(offset + length);
        const at = offset - this.bufferStart;
        return this.buffer.subarray(at, at + length);
    }
}
/**
 * Adaptive read-ahead. While the reader moves sequentially through metadata, each new window
 * doubles (up to MAX_WINDOW_BYTES); after a jump over a payload the window is sized to the longer
 * of the last two runs of metadata used between jumps (at most MIN_WINDOW_BYTES): tensors in one
 * file look alike, so that reads the next tensor's header up to its payload and not into it.
 */
class ReadAhead {
    nextWindowBytes = MIN_WINDOW_BYTES;
    /** Where the current run (the window loaded after the last jump, and what followed) started. */
    runStart = 0;
    /** End of the furthest byte a reader used. */
    usedEnd = 0;
    lastRun = 0;
    runBefore = 0;
    markUsed(end) {
        if (end > this.usedEnd)
            this.usedEnd = end;
    }
    /** The length to read for a load of `length` bytes at `offset`. */
    next(window, offset, length) {
        const end = window.bufferStart + window.buffer.length;
        const sequential = offset >= window.bufferStart && offset <= end && window.buffer.length > 0;
        if (sequential) {
            this.nextWindowBytes = Math.min(this.nextWindowBytes * 2, MAX_WINDOW_BYTES);
        }
        else {
            this.runBefore = this.lastRun;
            this.lastRun = Math.max(0, this.usedEnd - this.runStart);
            this.runStart = offset;
            const expected = Math.max(this.lastRun, this.runBefore);
            this.nextWindowBytes = expected > 0 ? Math.min(expected, MIN_WINDOW_BYTES) : MIN_WINDOW_BYTES;
        }
        return Math.max(length, Math.min(this.nextWindowBytes, window.size - offset));
    }
}

;// CONCATENATED MODULE: ./src/io/bytes/cursor.ts





/** Longest varint: 10 bytes carry 64 bits. */
const MAX_VARINT_BYTES = 10;
/** What `tryVarint` returns when the window does not hold the whole varint (varints are never negative). */
const NOT_IN_WINDOW = -1;
/**
 * The one way readers decode bytes: a position in a file (`position` is a file offset) read
 * through a Window, bounded by `end` (the file's size, or the end of a message or header).
 *
 * Reads are synchronous over the window's current bytes, the fast path; refilling is explicit and
 * async: `await cursor.ensure(n)` makes the next `n` bytes available (or throws the truncation
 * error), after which `u32()`, `varint()`, `bytes()` and the rest read them without an await. A
 * hot loop checks `has(n)` first and awaits only on a miss. A read of bytes the window does not
 * hold is a programming error (ensure first); a read past `end` is the truncation error.
 *
 * Integers are little-endian unless `littleEndian` is false. 64-bit values come back as exact
 * numbers or the error naming the field (int64.ts); `u64big`/`i64big` give bigints for formats
 * whose 64-bit values are not sizes.
 */
class Cursor {
    window;
    end;
    region;
    position;
    littleEndian = true;
    constructor(window, start = 0, 
    /** File offset one past the last byte this cursor may read (moved only by `restart`). */
    end = window.size, 
    /** What ends at `end`, for the truncation error ('file', 'header', 'message'). */
    region = end === window.size ? window.region : 'data') {
        this.window = window;
        this.end = end;
        this.region = region;
        this.position = start;
    }
    /** A cursor over bytes already in memory, read from file `file` at offset `start`. */
    static over(bytes, file, start = 0, region = 'data') {
        return new Cursor(Window.of(bytes, file, start, region), start);
    }
    /** Points the cursor at `[start, end)` of the same window (a reader reused for many small messages). */
    restart(start, end, region = this.region) {
        this.position = start;
        this.end = end;
        this.region = region;
    }
    get file() {
        return this.window.name;
    }
    get remaining() {
        return this.end - this.position;
    }
    /** Whether the next `n` bytes are in the window (and before `end`): the sync fast path may read them. */
    has(n) {
        return this.position + n <= this.end && this.window.has(this.position, n);
    }
    /** Makes the next `n` bytes available to the synchronous reads; past `end`, the truncation error. */
    async ensure(n) {
        this.need(n);
        if (!this.window.has(this.position, n))
            await this.window.load(this.position, n);
    }
    /** `ensure` of up to `n` bytes, fewer before `end` (for a varint near the end). */
    async ensureUpTo(n) {
        await this.ensure(Math.max(0, Math.min(n, this.end - this.position)));
    }
    /** Throws the truncation error unless `n` more bytes lie before `end`. */
    need(n) {
        if (n < 0 || this.position + n > this.end)
            throw (0,bytes_errors/* truncatedError */.Jw)(this.file, this.position, n, this.end, this.region);
    }
    seek(position) {
        if (!(position >= 0 && position <= this.end)) {
            throw new errors/* FormatError */.IF(this.file, `seek outside the ${this.region} to ${position}`, { offset: this.position });
        }
        this.position = position;
    }
    /** Moves past `n` bytes without reading them (a payload). */
    skip(n) {
        this.need(n);
        this.position += n;
    }
    /** The index in `window.buffer` of the next `n` bytes, which the cursor moves past. */
    take(n) {
        const window = this.window;
        const at = this.position;
        let index = at - window.bufferStart;
        if (index < 0 || index + n > window.buffer.length || at + n > this.end) {
            this.need(n);
            if (!window.has(at, n))
                throw new Error(`Cursor over ${this.file}: ${n} bytes at offset ${at} were not loaded (ensure() first)`);
            index = at - window.bufferStart;
        }
        this.position = at + n;
        return index;
    }
    u8() {
        const index = this.take(1);
        return this.window.buffer[index];
    }
    i8() {
        return this.window.data.getInt8(this.take(1));
    }
    u16() {
        return this.window.data.getUint16(this.take(2), this.littleEndian);
    }
    i16() {
        return this.window.data.getInt16(this.take(2), this.littleEndian);
    }
    u32() {
        return this.window.data.getUint32(this.take(4), this.littleEndian);
    }
    i32() {
        return this.window.data.getInt32(this.take(4), this.littleEndian);
    }
    f32() {
        return this.window.data.getFloat32(this.take(4), this.littleEndian);
    }
    f64() {
        return this.window.data.getFloat64(this.take(8), this.littleEndian);
    }
    /** An unsigned 64-bit size, offset or count as an exact number; past 2^53 the error naming `what`. */
    u64(what) {
        const at = this.position;
        const index = this.take(8);
        const data = this.window.data;
        const low = data.getUint32(index + (this.littleEndian ? 0 : 4), this.littleEndian);
        const high = data.getUint32(index + (this.littleEndian ? 4 : 0), this.littleEndian);
        return (0,int64/* uint64Number */.eZ)(low, high, this.file, what, at);
    }
    /** A signed 64-bit value as an exact number; past ±2^53 the error naming `what`. */
    i64(what) {
        const at = this.position;
        const index = this.take(8);
        const data = this.window.data;
        const low = data.getUint32(index + (this.littleEndian ? 0 : 4), this.littleEndian);
        const high = data.getInt32(index + (this.littleEndian ? 4 : 0), this.littleEndian);
        return (0,int64/* int64Number */.b9)(low, high, this.file, what, at);
    }
    /** An unsigned 64-bit value as a bigint, for values that may legitimately pass 2^53. */
    u64big() {
        return this.window.data.getBigUint64(this.take(8), this.littleEndian);
    }
    /** A signed 64-bit value as a bigint. */
    i64big() {
        return this.window.data.getBigInt64(this.take(8), this.littleEndian);
    }
    /** An unsigned integer of `width` bytes (1, 2, 4 or 8; 8 as u64). */
    uint(width, what) {
        switch (width) {
            case 1:
                return this.u8();
            case 2:
                return this.u16();
            case 4:
                return this.u32();
            case 8:
                return this.u64(what);
            default:
                throw new errors/* FormatError */.IF(this.file, `${what} has a width of ${width} bytes`, { offset: this.position });
        }
    }
    /** `n` raw bytes: a view into the window, valid as long as the window's policy keeps it. */
    bytes(n) {
        const index = this.take(n);
        this.window.markUsed(this.position);
        return this.window.buffer.subarray(index, index + n);
    }
    /** `n` bytes as UTF-8, invalid sequences replaced. */
    utf8(n) {
        return utf8/* UTF8 */.az.decode(this.bytes(n));
    }
    /** `n` bytes as UTF-8, or a FormatError naming `what` when they are not valid UTF-8. */
    strictUtf8(n, what) {
        const at = this.position;
        return (0,utf8/* strictUtf8 */.NR)(this.bytes(n), this.file, what, at);
    }
    /** An unsigned LEB128 varint (protobuf, snappy, SSTable) as an exact number; past 2^53 the error naming `what`. */
    varint(what) {
        const value = this.decodeVarint(what, true);
        if (value === NOT_IN_WINDOW)
            throw new Error(`Cursor over ${this.file}: the varint at ${this.position} was not loaded (ensure() first)`);
        return value;
    }
    /** A zigzag-encoded signed varint (protobuf sint32/sint64). */
    svarint(what) {
        const value = this.varint(what);
        return value % 2 === 0 ? value / 2 : -(value + 1) / 2;
    }
    /**
     * A protobuf `int64` varint as an exact number: two's complement in 64 bits, so a negative value
     * (an unknown dimension, -1) is a 10-byte varint; past ±2^53 the error naming `what`.
     */
    i64Varint(what) {
        const at = this.position;
        const value = this.decodeVarint(what, false);
        if (value === NOT_IN_WINDOW)
            throw new Error(`Cursor over ${this.file}: the varint at ${at} was not loaded (ensure() first)`);
        // Up to 7 bytes (49 bits) the number is exact and positive; longer ones are rare (negatives, huge values).
        const last = this.position - at - 1;
        if (last < 7)
            return value;
        const bits = exactVarint(this.window.buffer, at - this.window.bufferStart, last);
        return (0,int64/* bigintNumber */.nu)(BigInt.asIntN(64, bits), this.file, what, at);
    }
    /** A protobuf `int32` varint: the low 32 bits, signed (a negative int32 is a 10-byte varint, sign-extended). */
    i32Varint(what) {
        const at = this.position;
        const value = this.decodeVarint(what, false);
        if (value === NOT_IN_WINDOW)
            throw new Error(`Cursor over ${this.file}: the varint at ${at} was not loaded (ensure() first)`);
        const last = this.position - at - 1;
        // Below 2^53 `| 0` is exactly the low 32 bits, signed; past it the double is no longer exact.
        if (last < 7)
            return value | 0;
        return Number(BigInt.asIntN(32, exactVarint(this.window.buffer, at - this.window.bufferStart, last)));
    }
    /** `varint()` if the window holds all of it, else NOT_IN_WINDOW (the cursor has not moved: `await ensureUpTo(MAX_VARINT_BYTES)`). */
    tryVarint(what) {
        return this.decodeVarint(what, true);
    }
    /**
     * A protobuf field's varint, whatever it holds: past 2^53 (a negative int64 is a 10-byte varint)
     * the value is approximate, and readers that use it as a size check `Number.isSafeInteger`, naming
     * the field. NOT_IN_WINDOW as `tryVarint`.
     */
    tryFieldVarint(what) {
        return this.decodeVarint(what, false);
    }
    /** The one varint loop. Multiplication, not shifts: JS shifts are 32-bit. */
    decodeVarint(what, exact) {
        const window = this.window;
        const at = this.position;
        // One byte (a tag, a short length): nearly every varint of a metadata walk.
        const first = window.buffer[at - window.bufferStart];
        if (first < 0x80 && at < this.end) {
            this.position = at + 1;
            window.markUsed(at + 1);
            return first;
        }
        const available = Math.min(MAX_VARINT_BYTES, this.end - at);
        if (!window.has(at, Math.min(1, available)))
            return NOT_IN_WINDOW;
        const buffer = window.buffer;
        const base = at - window.bufferStart;
        const inWindow = buffer.length - base;
        let value = 0;
        let scale = 1;
        for (let i = 0; i < available; i++) {
            if (i >= inWindow)
                return NOT_IN_WINDOW;
            const byte = buffer[base + i];
            value += (byte & 0x7f) * scale;
            if (byte < 0x80) {
                if (exact && i >= 7 && value > Number.MAX_SAFE_INTEGER) {
                    throw (0,bytes_errors/* tooLargeError */.SH)(this.file, what, exactVarint(buffer, base, i), at);
                }
                this.position = at + i + 1;
                window.markUsed(this.position);
                return value;
            }
            scale *= 128;
        }
        if (available === MAX_VARINT_BYTES) {
            throw new errors/* FormatError */.IF(this.file, `${what} is a varint longer than ${MAX_VARINT_BYTES} bytes`, {
                offset: at,
                fix: 'The file is corrupt.'
            });
        }
        throw (0,bytes_errors/* truncatedError */.Jw)(this.file, at, available + 1, this.end, this.region);
    }
}
/** The exact value of the varint whose last byte is `buffer[base + last]`, for the error past 2^53. */
function exactVarint(buffer, base, last) {
    let value = 0n;
    for (let i = last; i >= 0; i--)
        value = (value << 7n) | BigInt(buffer[base + i] & 0x7f);
    return value;
}

;// CONCATENATED MODULE: ./src/io/bytes/span-source.ts


/**
 * A ByteSource over a span of another one, e.g. a stored (uncompressed) zip entry read in place:
 * the HDF5 walker sees a `.keras` archive's `model.weights.h5` as a file of its own without it
 * being copied out. Offsets are relative to the span; `bytesRead` is the outer source's count.
 */
class SpanSource {
    outer;
    start;
    size;
    name;
    constructor(outer, start, size, name) {
        this.outer = outer;
        this.start = start;
        this.size = size;
        this.name = name;
        (0,bytes_errors/* checkSpan */.$U)(outer, start, size);
    }
    get bytesRead() {
        return this.outer.bytesRead;
    }
    async read(offset, length) {
        (0,bytes_errors/* checkSpan */.$U)(this, offset, length);
        return this.outer.read(this.start + offset, length);
    }
    async readInto(offset, target) {
        (0,bytes_errors/* checkSpan */.$U)(this, offset, target.length);
        await (0,byte_source/* readInto */.Pq)(this.outer, this.start + offset, target);
    }
    /** The outer source belongs to whoever opened it. */
    async close() { }
}

// EXTERNAL MODULE: ./src/io/bytes/protobuf-wire-type.ts
var protobuf_wire_type = __nccwpck_require__(9944);
;// CONCATENATED MODULE: ./src/io/bytes/protobuf.ts




/**
 * A protobuf wire-format reader over positioned reads, for messages too large to decode whole
 * (an ONNX model with embedded weights is up to 2 GiB of `raw_data`). It walks one message field
 * by field; a length-delimited field is returned as a span (offset, length) that the caller may
 * open as a sub-message, read as a short string, or simply leave: the reader then moves past it
 * without reading its bytes. A whole-message decoder would copy every payload.
 *
 * Wire format (https://protobuf.dev/programming-guides/encoding/): a field is a varint tag
 * `(field_number << 3) | wire_type`, then a value: 0 varint, 1 fixed64, 2 varint length + bytes,
 * 5 fixed32 (3 and 4, the deprecated groups, do not occur in the messages read here).
 */

/**
 * What a field's varint is, in the error for an overlong one: constants, since a name built per
 * field (`length of field ${n}`) was a string conversion and a concatenation for each of millions
 * of fields, for an error that almost never comes.
 */
const FIELD_LENGTH = 'a field length';
const FIELD_VALUE = 'a field value';
class ProtoReader {
    window;
    start;
    end;
    what;
    cursor;
    constructor(window, start, 
    /** File offset one past the message's last byte. */
    end, 
    /** What the message is, for errors (`ModelProto`, `TensorProto 'fc.weight'`). */
    what) {
        this.window = window;
        this.start = start;
        this.end = end;
        this.what = what;
        this.cursor = new Cursor(window, start, end, what);
    }
    /** A ProtoField to be filled by `nextInto` (one per nesting level of a walk, reused for every field). */
    static field() {
        return { field: 0, wireType: 0, offset: 0, length: 0, value: 0 };
    }
    /**
     * Makes this reader walk the length-delimited `field`'s content instead (of a message whose
     * bytes the window holds), so that a walk over many small sub-messages reuses one reader per
     * nesting level rather than allocating one each (bench/README.md, "Sync fast path").
     */
    enter(parent, field, what) {
        parent.expectLen(field, what);
        return this.reset(field.offset, field.offset + field.length, what);
    }
    /** Makes this reader walk the message at `[start, end)` of its window instead, named `what`. */
    reset(start, end, what) {
        this.start = start;
        this.end = end;
        this.what = what;
        this.cursor.restart(start, end, what);
        return this;
    }
    /** File offset of the next field. */
    get position() {
        return this.cursor.position;
    }
    get file() {
        return this.window.name;
    }
    /** Whether the reader has passed the message's last field. */
    get done() {
        return this.cursor.position >= this.end;
    }
    /** The next field, or undefined at the end of the message. The reader has moved past its value. */
    async next() {
        const inWindow = this.nextInWindow();
        if (inWindow !== undefined || this.done)
            return inWindow;
        const cursor = this.cursor;
        const tagAt = cursor.position;
        const tag = await this.varint('tag');
        const field = this.fieldNumber(tag, tagAt);
        const wireType = tag % 8;
        const offset = cursor.position;
        switch (wireType) {
            case protobuf_wire_type/* WireType */.O.VARINT: {
                const value = await this.varint(`field ${field}`);
                return { field, wireType, offset, length: cursor.position - offset, value };
            }
            case protobuf_wire_type/* WireType */.O.LEN:
                return this.lengthDelimited(field, await this.varint(`length of field ${field}`), tagAt);
            default:
                return this.fixed(field, wireType, tagAt);
        }
    }
    /**
     * The next field when the window already holds its tag and varint (nearly always), decoded
     * without an await; undefined at the end of the message or when bytes must be loaded first
     * (the reader has then not moved: call `next()`). Hot loops use
     * `reader.nextInWindow() ?? (await reader.next())`: no await per field (bench/README.md, "Sync fast path").
     */
    nextInWindow() {
        const field = ProtoReader.field();
        return this.nextInWindowInto(field) ? field : undefined;
    }
    /**
     * `nextLoaded()` into `field` (ProtoReader.field()), allocating nothing: false at the end of the
     * message. For walks over millions of fields (an object graph of 10^5 variables).
     */
    nextInto(field) {
        if (this.nextInWindowInto(field))
            return true;
        if (!this.done)
            throw new Error(`ProtoReader over ${this.file}: the field at ${this.position} was not loaded (loadRest() first)`);
        return false;
    }
    /**
     * `nextInWindow()` into `target`: false at the end, or when bytes must be loaded (the reader has
     * not moved: `done` tells which).
     */
    nextInWindowInto(target) {
        const cursor = this.cursor;
        const tagAt = cursor.position;
        if (tagAt >= this.end)
            return false;
        const tag = cursor.tryFieldVarint('tag');
        if (tag === NOT_IN_WINDOW)
            return false;
        // Valid tags are below 2^32 (field numbers below 2^29): 32-bit operations there, exact division past it.
        const field = tag < 8 || tag >= 0x100000000 ? this.fieldNumber(tag, tagAt) : tag >>> 3;
        const wireType = tag % 8;
        const offset = cursor.position;
        target.field = field;
        target.wireType = wireType;
        target.value = 0;
        switch (wireType) {
            case protobuf_wire_type/* WireType */.O.VARINT: {
                const value = cursor.tryFieldVarint(FIELD_VALUE);
                if (value === NOT_IN_WINDOW)
                    break;
                target.offset = offset;
                target.length = cursor.position - offset;
                target.value = value;
                return true;
            }
            case protobuf_wire_type/* WireType */.O.LEN: {
                const length = cursor.tryFieldVarint(FIELD_LENGTH);
                if (length === NOT_IN_WINDOW)
                    break;
                target.offset = cursor.position;
                target.length = length;
                if (length <= this.end - cursor.position)
                    cursor.position += length;
                else
                    this.skipContent(field, length, tagAt);
                return true;
            }
            default:
                target.offset = offset;
                target.length = this.fixed(field, wireType, tagAt).length;
                return true;
        }
        cursor.position = tagAt;
        return false;
    }
    /**
     * The next field of a message whose bytes are all in the window (a `Window.of`, or after
     * `loadRest`), synchronously; undefined at its end.
     */
    nextLoaded() {
        const field = this.nextInWindow();
        if (field === undefined && !this.done) {
            throw new Error(`ProtoReader over ${this.file}: the field at ${this.position} was not loaded (loadRest() first)`);
        }
        return field;
    }
    /** A varint, loading the window first when it does not hold all of it. */
    async varint(what) {
        const value = this.cursor.tryFieldVarint(what);
        if (value !== NOT_IN_WINDOW)
            return value;
        await this.cursor.ensureUpTo(MAX_VARINT_BYTES);
        // The window now holds every byte the varint may use: it decodes, or throws as malformed.
        return this.cursor.tryFieldVarint(what);
    }
    fieldNumber(tag, tagAt) {
        const field = Math.floor(tag / 8);
        if (field === 0)
            throw this.error('field number 0', tagAt);
        return field;
    }
    lengthDelimited(field, length, tagAt) {
        const contentAt = this.cursor.position;
        this.skipContent(field, length, tagAt);
        return { field, wireType: protobuf_wire_type/* WireType */.O.LEN, offset: contentAt, length, value: 0 };
    }
    skipContent(field, length, tagAt) {
        if (!Number.isSafeInteger(length))
            throw this.error(`field ${field} has a length over 2^53`, tagAt);
        this.advance(length, field, tagAt);
    }
    fixed(field, wireType, tagAt) {
        const offset = this.cursor.position;
        if (wireType === protobuf_wire_type/* WireType */.O.FIXED64)
            this.advance(8, field, tagAt);
        else if (wireType === protobuf_wire_type/* WireType */.O.FIXED32)
            this.advance(4, field, tagAt);
        else
            throw this.error(`field ${field} has wire type ${wireType}, which this message never uses`, tagAt);
        return { field, wireType, offset, length: this.cursor.position - offset, value: 0 };
    }
    /**
     * Loads the rest of the message into the window when it is at most `maxBytes`, so that a small
     * message can then be walked with the `*InWindow` calls alone, without an await per field
     * (bench/README.md, "Sync fast path"). False when larger.
     */
    async loadRest(maxBytes) {
        const length = this.end - this.cursor.position;
        if (length > maxBytes)
            return false;
        await this.window.load(this.cursor.position, length);
        return true;
    }
    /**
     * A VARINT field's value as a protobuf `int64`: exact, negatives included (-1, a 10-byte
     * varint), or the error past ±2^53 naming `what`. Read it before the window is loaded again
     * (a longer varint is decoded again from the window's bytes).
     */
    int64(field, what) {
        this.expectVarint(field, what);
        if (field.length < 8)
            return field.value;
        return this.cursorOver(field).i64Varint(`${what} in ${this.what}`);
    }
    /** A VARINT field's value as a protobuf `int32` (or enum): its low 32 bits, signed. As `int64` for the window. */
    int32(field, what) {
        this.expectVarint(field, what);
        if (field.length < 8)
            return field.value | 0;
        return this.cursorOver(field).i32Varint(`${what} in ${this.what}`);
    }
    cursorOver(field) {
        return new Cursor(this.window, field.offset, field.offset + field.length, this.what);
    }
    expectVarint(field, what) {
        if (field.wireType !== protobuf_wire_type/* WireType */.O.VARINT) {
            throw new errors/* FormatError */.IF(this.file, `${what} in ${this.what} has wire type ${field.wireType}, expected a varint`, {
                offset: field.offset,
                fix: 'The file is not a valid protobuf of this kind, or is corrupt.'
            });
        }
    }
    /** A reader over a length-delimited field's content. */
    message(field, what) {
        this.expectLen(field, what);
        return new ProtoReader(this.window, field.offset, field.offset + field.length, what);
    }
    /** A length-delimited field's content as UTF-8, refusing strings over `maxBytes` before reading them. */
    async string(field, maxBytes, what) {
        return utf8/* UTF8 */.az.decode(await this.bytes(field, maxBytes, what));
    }
    /** `string()` without an await when the window holds the bytes; undefined when they must be loaded. */
    stringInWindow(field, maxBytes, what) {
        const bytes = this.bytesInWindow(field, maxBytes, what);
        return bytes && utf8/* UTF8 */.az.decode(bytes);
    }
    /** `stringInWindow()` refusing invalid UTF-8 (proto3 `string` fields) with the error naming `what`. */
    strictStringInWindow(field, maxBytes, what) {
        const bytes = this.bytesInWindow(field, maxBytes, what);
        return bytes && (0,utf8/* strictUtf8 */.NR)(bytes, this.file, `${what} in ${this.what}`, field.offset);
    }
    /** A length-delimited field's content (a view into the read window), up to `maxBytes`. */
    async bytes(field, maxBytes, what) {
        this.checkBytes(field, maxBytes, what);
        return this.window.view(field.offset, field.length);
    }
    /** `bytes()` without an await when the window holds them; undefined when they must be loaded. */
    bytesInWindow(field, maxBytes, what) {
        this.checkBytes(field, maxBytes, what);
        return this.window.viewInWindow(field.offset, field.length);
    }
    checkBytes(field, maxBytes, what) {
        this.expectLen(field, what);
        if (field.length > maxBytes) {
            throw new errors/* FormatError */.IF(this.file, `${what} in ${this.what} is ${field.length} bytes, over the ${maxBytes}-byte limit`, {
                offset: field.offset,
                fix: 'The file is corrupt or hostile.'
            });
        }
    }
    /** Packed repeated varints (e.g. `TensorProto.dims`), at most `maxCount` of them. */
    async packedVarints(field, maxCount, what) {
        await this.bytes(field, maxCount * MAX_VARINT_BYTES, what);
        return this.decodePackedVarints(field, maxCount, what);
    }
    /** `packedVarints()` without an await when the window holds them; undefined when they must be loaded. */
    packedVarintsInWindow(field, maxCount, what) {
        const bytes = this.bytesInWindow(field, maxCount * MAX_VARINT_BYTES, what);
        return bytes && this.decodePackedVarints(field, maxCount, what);
    }
    /** The packed varints of a field the window holds, approximate past 2^53 like a VARINT field's value. */
    decodePackedVarints(field, maxCount, what) {
        const values = [];
        const cursor = new Cursor(this.window, field.offset, field.offset + field.length, `${what} in ${this.what}`);
        while (cursor.position < cursor.end) {
            if (values.length >= maxCount) {
                throw new errors/* FormatError */.IF(this.file, `${what} in ${this.what} has more than ${maxCount} values`, { offset: field.offset });
            }
            values.push(cursor.tryFieldVarint(what));
        }
        return values;
    }
    expectLen(field, what) {
        if (field.wireType !== protobuf_wire_type/* WireType */.O.LEN) {
            throw new errors/* FormatError */.IF(this.file, `${what} in ${this.what} has wire type ${field.wireType}, expected length-delimited`, {
                offset: field.offset,
                fix: 'The file is not a valid protobuf of this kind, or is corrupt.'
            });
        }
    }
    advance(length, field, tagAt) {
        const cursor = this.cursor;
        if (cursor.position + length > this.end) {
            throw this.error(`field ${field} claims ${length} bytes, beyond the end of the message at byte ${this.end}`, tagAt);
        }
        cursor.position += length;
    }
    error(what, offset) {
        return new errors/* FormatError */.IF(this.file, `invalid protobuf in ${this.what}: ${what}`, {
            offset,
            fix: 'The file is truncated or corrupt; re-export it.'
        });
    }
}

;// CONCATENATED MODULE: ./src/io/bytes/release-buffer.ts
/**
 * Frees an ArrayBuffer's memory now rather than at the next full collection. A buffer that lived
 * through a long parse (a 10 MB pickle or safetensors header, a zip directory's columns) is in the
 * old generation by the end of it, and V8 runs no full collection before a short process exits:
 * merely dropped, it stayed in memory to the end, beside what the reader built next. Transferring it
 * (structuredClone's `transfer`) detaches it, and moves its memory to a clone that is dropped at
 * once and freed by the next young-generation collection. Every view of the buffer becomes empty,
 * so only a buffer nothing reads any more may be released. Small buffers are left to the
 * collector (not worth the call); buffers that cannot be transferred (a SharedArrayBuffer, a
 * Node Buffer's pool) are left alone.
 */
function releaseArrayBuffer(buffer) {
    if (!(buffer instanceof ArrayBuffer) || buffer.byteLength < RELEASE_MIN_BYTES)
        return;
    try {
        structuredClone(buffer, { transfer: [buffer] });
    }
    catch {
        // Not transferable (detached already, or not detachable): the collector frees it.
    }
}
/** Buffers smaller than this are left to the garbage collector (young, or not worth the call). */
const RELEASE_MIN_BYTES = 64 * 1024;

;// CONCATENATED MODULE: ./src/io/bytes/name-index.ts


/** Probe steps before the index gives up its table for a Map (a half-full table averages ~1.5). */
const MAX_NAME_PROBES = 64;
/** Fewer names than this are indexed by a Map from the start (bench/README.md, "Name index"). */
const MIN_TABLE_NAMES = 4096;
/**
 * Positions by name, as a Map would find them (a name given twice is its later position), for the
 * large name lookups of a read: a zip archive's entries, a TF bundle's variables (looked up by
 * checkpoint keys straight from their UTF-8 bytes, and by slot prefixes as strings).
 *
 * An open-addressing table of positions (one Int32Array, at most half full), hashed with FNV-1a
 * over a name's UTF-8 bytes, a candidate confirmed by comparing its name; do not replace it with a
 * Map of decoded names (bench/README.md, "Name index"). Names crafted to collide (the hash is not
 * keyed) could make every probe long: past MAX_NAME_PROBES steps the index gives up the table for
 * a Map, whose hash V8 seeds.
 */
class NameIndex {
    count;
    nameAt;
    slots;
    mask;
    fallback;
    constructor(count, 
    /** The name at a position (0 ≤ position < count). */
    nameAt) {
        this.count = count;
        this.nameAt = nameAt;
        let size = 16;
        while (size < count * 2)
            size *= 2;
        this.mask = size - 1;
        // A small set gets the Map (bench/README.md, "Name index").
        if (count < MIN_TABLE_NAMES) {
            this.slots = new Int32Array(0);
            this.fallback = this.mapOfAll();
            return;
        }
        this.slots = new Int32Array(size);
        for (let i = 0; i < count; i++) {
            const slot = this.slotOf(nameAt(i));
            if (slot < 0) {
                this.slots = new Int32Array(0);
                this.fallback = this.mapOfAll();
                return;
            }
            this.slots[slot] = i + 1;
        }
    }
    /** An index of `names` by their own position. */
    static of(names) {
        return new NameIndex(names.length, (i) => names[i]);
    }
    /** Whether crafted (or unlucky) names made the index fall back to a Map. */
    get usesMap() {
        return this.fallback !== undefined;
    }
    /** The position of (the last) `name`, or undefined. */
    get(name) {
        if (this.fallback)
            return this.fallback.get(name);
        const slot = this.slotOf(name);
        const found = slot < 0 ? 0 : this.slots[slot];
        return found === 0 ? undefined : found - 1;
    }
    /** `get`, with -1 for none. */
    position(name) {
        return this.get(name) ?? -1;
    }
    /** The position of the name whose UTF-8 encoding is `bytes[start..end)`, -1 if none; no string is built for the table. */
    positionOfUtf8(bytes, start, end) {
        if (this.fallback) {
            let name;
            try {
                name = utf8/* STRICT_UTF8 */.Op.decode(bytes.subarray(start, end));
            }
            catch {
                return -1; // not UTF-8: no name is encoded by these bytes
            }
            return this.fallback.get(name) ?? -1;
        }
        let slot = hashBytes(FNV_OFFSET, bytes, start, end) & this.mask;
        for (let probe = 0; probe < MAX_NAME_PROBES; probe++) {
            const found = this.slots[slot];
            if (found === 0)
                return -1;
            if (encodes(bytes, start, end, this.nameAt(found - 1)))
                return found - 1;
            slot = (slot + 1) & this.mask;
        }
        return -1; // every name sits within MAX_NAME_PROBES of its hash (the constructor checked)
    }
    /**
     * A lookup of `folder + key` for many keys under one folder, without building the joined names
     * (a torch archive looks up one `archive/data/<key>` per storage): the folder's hash is computed once.
     */
    inFolder(folder) {
        const fallback = this.fallback;
        if (fallback)
            return (key) => fallback.get(folder + key);
        const folderHash = hashString(FNV_OFFSET, folder);
        return (key) => {
            const length = folder.length + key.length;
            let slot = hashString(folderHash, key) & this.mask;
            for (let probe = 0; probe < MAX_NAME_PROBES; probe++) {
                const found = this.slots[slot];
                if (found === 0)
                    return undefined;
                // The key first: names in one folder differ there.
                const name = this.nameAt(found - 1);
                if (name.length === length && name.endsWith(key) && name.startsWith(folder))
                    return found - 1;
                slot = (slot + 1) & this.mask;
            }
            return undefined;
        };
    }
    /** Frees the table now (a large archive's, once its lookups are done); the index finds nothing afterwards. */
    release() {
        releaseArrayBuffer(this.slots.buffer);
        this.slots = new Int32Array(0);
        this.fallback = new Map();
    }
    /** The slot holding `name`, or the empty slot where it would go; -1 after too many steps. */
    slotOf(name) {
        let slot = hashString(FNV_OFFSET, name) & this.mask;
        for (let probe = 0; probe < MAX_NAME_PROBES; probe++) {
            const found = this.slots[slot];
            if (found === 0 || this.nameAt(found - 1) === name)
                return slot;
            slot = (slot + 1) & this.mask;
        }
        return -1;
    }
    mapOfAll() {
        const map = new Map();
        for (let i = 0; i < this.count; i++)
            map.set(this.nameAt(i), i);
        return map;
    }
}
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
const UTF8_ENCODER = new TextEncoder();
/** FNV-1a (https://datatracker.ietf.org/doc/html/draft-eastlake-fnv) of `bytes[start..end)`, continuing `hash`. */
function hashBytes(hash, bytes, start, end) {
    for (let i = start; i < end; i++)
        hash = Math.imul(hash ^ bytes[i], FNV_PRIME);
    return hash;
}
/** FNV-1a of the UTF-8 bytes `bytes[start..end)` from the start: what SharedNames-like caches key on. */
function hashUtf8(bytes, start, end) {
    return hashBytes(FNV_OFFSET, bytes, start, end);
}
/**
 * `hashBytes` of the UTF-8 encoding of `text`, continuing `hash`: its char codes when they are
 * all ASCII (names nearly always are). The loop tests for other characters once, at its end: a
 * test per character made it twice as slow over every character of 10^5 names.
 */
function hashString(hash, text) {
    const start = hash;
    let bits = 0;
    const length = text.length;
    for (let i = 0; i < length; i++) {
        const code = text.charCodeAt(i);
        bits |= code;
        hash = Math.imul(hash ^ code, FNV_PRIME);
    }
    if (bits < 0x80)
        return hash;
    const encoded = UTF8_ENCODER.encode(text);
    return hashBytes(start, encoded, 0, encoded.length);
}
/** Whether `bytes[start..end)` is the ASCII encoding of `text` (false for any other character). */
function isAscii(text, bytes, start, end) {
    const length = text.length;
    if (length !== end - start)
        return false;
    let bits = 0;
    for (let i = 0; i < length; i++) {
        const byte = bytes[start + i];
        if (text.charCodeAt(i) !== byte)
            return false;
        bits |= byte;
    }
    return bits < 0x80;
}
/** Whether `bytes[start..end)` is the UTF-8 encoding of `text`. */
function encodes(bytes, start, end, text) {
    if (isAscii(text, bytes, start, end))
        return true;
    // Only names with other characters go further (rare): compared as encoded bytes.
    if (!/[^\x00-\x7f]/.test(text))
        return false;
    const encoded = UTF8_ENCODER.encode(text);
    if (encoded.length !== end - start)
        return false;
    for (let i = 0; i < encoded.length; i++)
        if (encoded[i] !== bytes[start + i])
            return false;
    return true;
}

;// CONCATENATED MODULE: ./src/io/bytes/shape-interner.ts
/**
 * One array per distinct tensor shape, for readers that keep a shape per tensor (a checkpoint's
 * tensors repeat a few shapes, and each is kept to the end of the analysis). Nothing mutates a
 * shape once a reader has listed it. Measured in bench/README.md, "Shape interning".
 *
 * Shapes are found by a trie on their sizes, dimension by dimension. `internFrom` walks
 * the trie from sizes still in the file's bytes, so a known shape costs no array at all (HDF5's
 * dataspaces). Bounded: past `maxNodes` nodes, new shapes are returned unshared.
 */
class ShapeInterner {
    maxNodes;
    root = new ShapeNode();
    nodes = 0;
    constructor(maxNodes = MAX_SHAPE_NODES) {
        this.maxNodes = maxNodes;
    }
    /** The shared array equal to `shape` (`shape` itself the first time it is seen). */
    intern(shape) {
        const node = this.find(shape.length, shape, dimOfArray);
        if (node === undefined)
            return shape;
        return (node.shape ??= shape);
    }
    /**
     * The shared shape whose `rank` sizes `dimAt(source, i)` gives, built (from the same calls) only
     * when it is new. `dimAt` may throw (a size past 2^53): nothing is then interned.
     */
    internFrom(rank, source, dimAt) {
        const node = this.find(rank, source, dimAt);
        if (node?.shape !== undefined)
            return node.shape;
        const shape = new Array(rank);
        for (let i = 0; i < rank; i++)
            shape[i] = dimAt(source, i);
        if (node !== undefined)
            node.shape = shape;
        return shape;
    }
    /** The trie node of the sizes, created as needed; undefined past the bound. */
    find(rank, source, dimAt) {
        let node = this.root;
        for (let i = 0; i < rank; i++) {
            const size = dimAt(source, i);
            let next = node.next.get(size);
            if (next === undefined) {
                if (this.nodes >= this.maxNodes)
                    return undefined;
                next = new ShapeNode();
                node.next.set(size, next);
                this.nodes++;
            }
            node = next;
        }
        return node;
    }
}
class ShapeNode {
    /** The shared array of the shape whose sizes lead here. */
    shape = undefined;
    /** Longer shapes, by their next size. */
    next = new Map();
}
/** Trie nodes per interner: 10,000 distinct sizes on the paths of the shapes seen. */
const MAX_SHAPE_NODES = 10_000;
function dimOfArray(shape, i) {
    return shape[i];
}

;// CONCATENATED MODULE: ./src/io/bytes/index.ts
/**
 * The byte layer: the one way readers touch bytes (issue 17). A ByteSource (io/byte-source.ts) is
 * read through a Window (one type; its policy says how it refills), decoded by a Cursor
 * (synchronous reads over the window, explicit async `ensure`), with one truncation error, one
 * policy for 64-bit values past 2^53, one varint loop and one pair of UTF-8 decoders.
 */













/***/ }),

/***/ 3707:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A8: () => (/* binding */ uint64At),
/* harmony export */   b9: () => (/* binding */ int64Number),
/* harmony export */   eZ: () => (/* binding */ uint64Number),
/* harmony export */   nu: () => (/* binding */ bigintNumber)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2533);

/**
 * The one conversion of 64-bit values to numbers. Every reader goes through these (directly, or
 * through Cursor and the varint decoder), so a value past 2^53 is the same error everywhere.
 */
const TWO_POW_32 = 2 ** 32;
/** A high half at or past this (2^21) puts an unsigned value past 2^53. */
const HIGH_LIMIT = 2 ** 21;
/** An unsigned 64-bit value from its 32-bit halves, as an exact number; past 2^53 the error naming `what`. */
function uint64Number(low, high, file, what, offset) {
    if (high >= HIGH_LIMIT)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .tooLargeError */ .SH)(file, what, (BigInt(high) << 32n) | BigInt(low), offset);
    return high * TWO_POW_32 + low;
}
/** A signed 64-bit value from its halves (`high` signed, `low` unsigned), exact, or the error past ±2^53. */
function int64Number(low, high, file, what, offset) {
    const value = high * TWO_POW_32 + low;
    if (high >= HIGH_LIMIT || high < -HIGH_LIMIT || !Number.isSafeInteger(value)) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .tooLargeError */ .SH)(file, what, BigInt.asIntN(64, (BigInt(high >>> 0) << 32n) | BigInt(low)), offset);
    }
    return value;
}
/** A bigint as an exact number, or the error naming `what` when it is past ±2^53. */
function bigintNumber(value, file, what, offset) {
    if (value > MAX_SAFE || value < -MAX_SAFE)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .tooLargeError */ .SH)(file, what, value, offset);
    return Number(value);
}
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
/** The unsigned 64-bit value at `bytes[at]` as an exact number (see uint64Number), for code that holds bytes, not a Cursor. */
function uint64At(bytes, at, file, what, littleEndian = true) {
    const view = new DataView(bytes.buffer, bytes.byteOffset + at, 8);
    const low = view.getUint32(littleEndian ? 0 : 4, littleEndian);
    const high = view.getUint32(littleEndian ? 4 : 0, littleEndian);
    return uint64Number(low, high, file, what, at);
}


/***/ }),

/***/ 9944:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ WireType)
/* harmony export */ });
/**
 * Protobuf wire types (https://protobuf.dev/programming-guides/encoding/), the low three bits of
 * a field's tag. A module of their own so that the ONNX sniffer, which the CLI always loads, can
 * name them without loading the wire reader (protobuf.ts), which only readers need.
 */
const WireType = { VARINT: 0, FIXED64: 1, LEN: 2, FIXED32: 5 };


/***/ }),

/***/ 1217:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   As: () => (/* binding */ utf8),
/* harmony export */   NR: () => (/* binding */ strictUtf8),
/* harmony export */   Op: () => (/* binding */ STRICT_UTF8),
/* harmony export */   az: () => (/* binding */ UTF8),
/* harmony export */   w$: () => (/* binding */ LATIN1)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);

/**
 * The two UTF-8 decoders every reader shares. Lenient replaces invalid sequences (names shown in
 * a report); strict refuses them, for formats whose strings must be valid (JSON headers, proto3
 * strings), so that a corrupt name is an error rather than a silently different key.
 */
const UTF8 = new TextDecoder('utf-8');
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });
/** Latin-1 (each byte one character): .npy v1/v2 headers, pickle protocol-0/1 strings, zip names without the UTF-8 flag. */
const LATIN1 = new TextDecoder('latin1');
/** `bytes` as UTF-8, invalid sequences replaced. */
function utf8(bytes) {
    return UTF8.decode(bytes);
}
/** `bytes` as UTF-8, or a FormatError naming `what` when they are not valid UTF-8. */
function strictUtf8(bytes, file, what, offset) {
    try {
        return STRICT_UTF8.decode(bytes);
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FormatError */ .IF(file, `${what} is not valid UTF-8`, { offset, fix: 'The file is corrupt.' });
    }
}


/***/ }),

/***/ 9366:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P8: () => (/* binding */ basename),
/* harmony export */   pD: () => (/* binding */ dirname),
/* harmony export */   uJ: () => (/* binding */ joinPath)
/* harmony export */ });
/* unused harmony export MemoryFiles */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);
/* harmony import */ var _byte_source_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2940);


/** POSIX helpers so that readers never need node:path (which would differ on Windows). */
function dirname(path) {
    const slash = path.lastIndexOf('/');
    return slash < 0 ? '.' : slash === 0 ? '/' : path.slice(0, slash);
}
function basename(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}
function joinPath(dir, name) {
    if (dir === '' || dir === '.')
        return name;
    return dir.endsWith('/') ? dir + name : `${dir}/${name}`;
}
/**
 * The memory adapter of the port, beside the disk (DiskFiles) and a git commit (GitTreeFiles):
 * checkpoint files held as bytes by path. The fuzzer (fuzz/) and the tests read crafted bytes
 * through it exactly as the CLI reads a disk, and a caller that already holds a file's bytes can
 * measure them without writing them out.
 */
class MemoryFiles {
    files;
    sources = [];
    constructor(files) {
        this.files = files;
    }
    /** Bytes read so far through every file this opened (as DiskFiles.bytesRead). */
    get bytesRead() {
        return this.sources.reduce((sum, source) => sum + source.bytesRead, 0);
    }
    async open(path) {
        const bytes = this.files.get(path);
        if (!bytes)
            throw new MissingFileError(path);
        const source = new BufferByteSource(path, bytes);
        this.sources.push(source);
        return source;
    }
    async size(path) {
        return this.files.get(path)?.length;
    }
    async list(dir) {
        const prefix = dir === '.' || dir === '' ? '' : dir.replace(/\/$/, '') + '/';
        const names = new Set();
        for (const path of this.files.keys()) {
            if (!path.startsWith(prefix))
                continue;
            names.add(path.slice(prefix.length).split('/')[0]);
        }
        return [...names].sort();
    }
}


/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ns: () => (/* binding */ analyze),
  FK: () => (/* reexport */ buildReport),
  fH: () => (/* reexport */ diffReports),
  A1: () => (/* reexport */ evaluateBudgets),
  C3: () => (/* reexport */ parseBudgets)
});

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
// EXTERNAL MODULE: ./src/core/classify.ts
var classify = __nccwpck_require__(8193);
// EXTERNAL MODULE: ./src/core/dtypes.ts
var core_dtypes = __nccwpck_require__(6622);
// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __nccwpck_require__(4296);
// EXTERNAL MODULE: ./src/core/format-bytes.ts
var format_bytes = __nccwpck_require__(7586);
;// CONCATENATED MODULE: ./src/core/explain.ts

/** Optimizer state above this share of a checkpoint gets an explanation line. */
const OPTIMIZER_SHARE_WORTH_EXPLAINING = 0.1;
/** fp32 weights are called out when at least this share of the other float weights is 16-bit. */
const HALF_PRECISION_MAJORITY = 0.5;
/**
 * One-line explanations of the common surprises, in the words a user would search for. They are
 * what turns "39.3 MB" into "two thirds of it is Adam's m and v".
 */
function explain(report, result) {
    const lines = [];
    const { bytes } = report;
    if (bytes.total > 0 && bytes.optimizer / bytes.total >= OPTIMIZER_SHARE_WORTH_EXPLAINING) {
        const weightsOnly = bytes.total - bytes.optimizer;
        lines.push(`optimizer state is ${(0,format_bytes/* formatPercent */.l9)(bytes.optimizer / bytes.total)} of this checkpoint; ` +
            `a weights-only export would be about ${(0,format_bytes/* formatBytes */.z3)(weightsOnly)} ` +
            `(${optimizerFix(report.format)})`);
    }
    const fp32 = fp32AmongHalf(result);
    if (fp32)
        lines.push(fp32);
    if (report.unclassifiedTensors?.length) {
        lines.push(`${report.unclassifiedTensors.length} tensor(s) (${(0,format_bytes/* formatBytes */.z3)(bytes.unclassified)}) matched no rule ` +
            'and are reported as unclassified, not counted as weights');
    }
    return lines;
}
function optimizerFix(format) {
    switch (format) {
        case 'tensorflow-checkpoint':
        case 'tensorflow-savedmodel':
            return 'save only the model, e.g. tf.train.Checkpoint(model=model) or model.save_weights()';
        case 'keras':
        case 'hdf5':
            return 'save with include_optimizer=False or model.save_weights()';
        case 'pytorch':
        case 'pytorch-legacy':
            return 'save model.state_dict() without the optimizer';
        default:
            return 'export the weights without the optimizer';
    }
}
/** "fp32 where fp16 was intended": a minority of fp32 weights in a mostly half-precision model. */
function fp32AmongHalf(result) {
    let half = 0;
    let single = 0;
    for (const tensor of result.tensors) {
        if (tensor.category !== 'weights')
            continue;
        if (tensor.dtype === 'float16' || tensor.dtype === 'bfloat16')
            half += tensor.byteLength;
        else if (tensor.dtype === 'float32')
            single += tensor.byteLength;
    }
    if (single === 0 || half === 0)
        return undefined;
    if (half / (half + single) < HALF_PRECISION_MAJORITY)
        return undefined;
    return `${(0,format_bytes/* formatBytes */.z3)(single)} of weights are float32 in a mostly half-precision checkpoint; ` + `casting them would save about ${(0,format_bytes/* formatBytes */.z3)(single / 2)}`;
}

;// CONCATENATED MODULE: ./src/core/types.ts
/**
 * The plain data that flows through model-size-budget: what a reader finds in a checkpoint,
 * and the report that the analyzer builds from it. Pure types, no I/O.
 */
/** The categories in the order they are reported. */
const CATEGORIES = ['weights', 'optimizer', 'buffers', 'bookkeeping', 'metadata', 'unclassified'];

;// CONCATENATED MODULE: ./src/core/analyze.ts





function emptyCategoryBytes() {
    return { total: 0, weights: 0, optimizer: 0, buffers: 0, bookkeeping: 0, metadata: 0, unclassified: 0 };
}
/** Tensors named per category and dtype in `CheckpointReport.dtypes`. */
const DTYPE_TENSORS_NAMED = 5;
/**
 * Attributes every byte of one checkpoint to a category.
 *
 * The accounting is by construction exact: `total` is the sum of the files' sizes; each tensor
 * payload span (each storage once) goes to its tensor's category; whatever bytes of the files no
 * payload covers (indexes, headers, pickles, zip structure, padding) are `metadata`. A span that
 * lies outside its file is a corrupt checkpoint, and is reported as such rather than allowed to
 * make the categories add up to more than the disk holds.
 */
function analyzeCheckpoint(result, options) {
    const bytes = emptyCategoryBytes();
    const fileSizes = new Map(result.files.map((file) => [file.path, file.bytes]));
    const payloadPerFile = new Map();
    const seenStorages = new Set();
    let parameters = 0;
    const unclassified = [];
    const tensorCounts = {};
    const decidedBy = new Set();
    const dtypes = options.dtypes ? new Map() : undefined;
    for (const tensor of result.tensors) {
        const category = decideCategory(tensor, decidedBy);
        tensorCounts[category] = (tensorCounts[category] ?? 0) + 1;
        const fileSize = fileSizes.get(tensor.file);
        if (fileSize === undefined) {
            throw new core_errors/* FormatError */.IF(result.name, `tensor '${tensor.name}' points into '${tensor.file}', which is not a file of this checkpoint`);
        }
        // A NaN or fractional span would pass the bounds check below and leave the categories not
        // adding up to the bytes on disk.
        const wholeSpan = Number.isSafeInteger(tensor.offset) && Number.isSafeInteger(tensor.byteLength);
        if (!wholeSpan) {
            throw new core_errors/* FormatError */.IF(tensor.file, `tensor '${tensor.name}' has a span of ${tensor.byteLength} bytes at ${tensor.offset}, not a whole number of bytes`);
        }
        if (tensor.offset < 0 || tensor.byteLength < 0 || tensor.offset + tensor.byteLength > fileSize) {
            throw new core_errors/* FormatError */.IF(tensor.file, `tensor '${tensor.name}' claims bytes ${tensor.offset}..${tensor.offset + tensor.byteLength}, beyond the file's ${fileSize} bytes`, { fix: 'The checkpoint is truncated or its index does not match its data.' });
        }
        if (tensor.storageKey !== undefined) {
            if (seenStorages.has(tensor.storageKey))
                continue;
            seenStorages.add(tensor.storageKey);
        }
        bytes[category] += tensor.byteLength;
        if (dtypes)
            addDtypeBytes(dtypes, category, tensor);
        payloadPerFile.set(tensor.file, (payloadPerFile.get(tensor.file) ?? 0) + tensor.byteLength);
        if (category === 'weights')
            parameters += (0,core_dtypes/* elementCount */.KX)(tensor.shape);
        if (category === 'unclassified')
            unclassified.push(tensor.name);
    }
    for (const file of result.files) {
        const payload = payloadPerFile.get(file.path) ?? 0;
        if (payload > file.bytes) {
            throw new core_errors/* FormatError */.IF(file.path, `its tensors claim ${payload} bytes, more than the file's ${file.bytes}`, {
                fix: 'Overlapping tensor spans: the checkpoint is corrupt.'
            });
        }
        bytes.metadata += file.bytes - payload;
        bytes.total += file.bytes;
    }
    const report = {
        id: options.id,
        format: result.format,
        files: result.files.map((file) => ({
            path: file.path,
            bytes: file.bytes,
            role: file.role,
            ...(file.present ? {} : { present: false })
        })),
        bytes,
        parameters,
        tensors: result.tensors.length,
        tensorCounts,
        ...(result.categoryNotes ? { categoryNotes: { ...result.categoryNotes } } : {}),
        classifiedBy: (0,classify/* summarizeClassifiedBy */.ag)(decidedBy) ?? result.classifiedBy,
        warnings: [...result.warnings],
        explanations: []
    };
    if (unclassified.length > 0)
        report.unclassifiedTensors = unclassified;
    if (result.pickleGlobals)
        report.pickleGlobals = result.pickleGlobals;
    report.explanations = [...explain(report, result), ...(result.explanations ?? [])];
    if (options.top && options.top > 0)
        report.top = largestTensors(result, options.top);
    if (dtypes)
        report.dtypes = [...dtypes.values()];
    return report;
}
function addDtypeBytes(groups, category, tensor) {
    const key = `${category}\u0000${tensor.dtype}`;
    let group = groups.get(key);
    if (!group)
        groups.set(key, (group = { category, dtype: tensor.dtype, tensors: 0, bytes: 0, largest: [] }));
    group.tensors++;
    group.bytes += tensor.byteLength;
    const { largest } = group;
    if (largest.length === DTYPE_TENSORS_NAMED && tensor.byteLength <= largest[DTYPE_TENSORS_NAMED - 1].bytes)
        return;
    let at = largest.length;
    while (at > 0 && tensor.byteLength > largest[at - 1].bytes)
        at--;
    largest.splice(at, 0, { name: tensor.name, bytes: tensor.byteLength });
    if (largest.length > DTYPE_TENSORS_NAMED)
        largest.pop();
}
/**
 * The tensor's category from its evidence (core/classify.ts), written onto the tensor with its
 * reason so that the explanations and `--top` see the decision. Readers never set a category
 * (__tests__/formats/evidence-only.test.ts); a tensor without evidence keeps one set by hand (the
 * tests' hand-made checkpoints), else is unclassified.
 */
function decideCategory(tensor, decidedBy) {
    if (tensor.evidence) {
        const decision = (0,classify/* classifyTensor */.S5)(tensor.evidence);
        tensor.category = decision.category;
        tensor.reason = decision.reason;
        if (decision.by)
            decidedBy.add(decision.by);
        return decision.category;
    }
    return (tensor.category ??= 'unclassified');
}
/** Largest first; ties by name. */
function byLargest(a, b) {
    return b.byteLength - a.byteLength || a.name.localeCompare(b.name);
}
/**
 * The first `count` tensors of the list stably sorted by `byLargest`. For the usual few (`--top
 * 10`, the comment's default) one pass keeps the best `count` in order instead of sorting a copy
 * of the whole list: at 100,000 tensors the sort cost about 2 µs per tensor (n log n comparisons,
 * most of them `localeCompare` between tensors of one size), the pass one comparison per tensor.
 * A tensor goes after every kept tensor that compares equal to it, as in the stable sort, so both
 * paths give the same list; a long list (`--top 5000`) is sorted, as insertion would be quadratic.
 */
function largestTensors(result, count) {
    let best;
    if (count > MAX_TOP_BY_INSERTION) {
        best = [...result.tensors].sort(byLargest).slice(0, count);
    }
    else {
        best = [];
        for (const tensor of result.tensors) {
            if (best.length === count && byLargest(tensor, best[count - 1]) >= 0)
                continue;
            let at = best.length;
            while (at > 0 && byLargest(tensor, best[at - 1]) < 0)
                at--;
            best.splice(at, 0, tensor);
            if (best.length > count)
                best.pop();
        }
    }
    return best.map((tensor) => {
        const reason = tensor.reason;
        return {
            name: tensor.name,
            dtype: tensor.dtype,
            shape: tensor.shape,
            bytes: tensor.byteLength,
            category: tensor.category ?? 'unclassified',
            ...(reason ? { reason } : {})
        };
    });
}
/** Above this `--top`, insertion into the kept list would cost more than sorting. */
const MAX_TOP_BY_INSERTION = 64;
/** Sums checkpoints into a report. Errors ride along so that one bad file never hides the rest. */
function buildReport(checkpoints, errors = []) {
    const total = emptyCategoryBytes();
    for (const checkpoint of checkpoints) {
        for (const key of [...CATEGORIES, 'total'])
            total[key] += checkpoint.bytes[key];
    }
    return { schema: 1, checkpoints, errors, total: { bytes: total } };
}

;// CONCATENATED MODULE: ./src/core/size-units.ts

/**
 * Bytes per unit, keyed by the lower-cased unit. SI prefixes are powers of 1000 and IEC prefixes
 * powers of 1024 (IEC 80000-13), so `1.5 GiB` and `1.5 GB` differ as users expect; `k`/`K` are
 * both kilo because `KB` is common in the wild.
 */
const UNIT_BYTES = {
    b: 1,
    kb: 1e3,
    mb: 1e6,
    gb: 1e9,
    tb: 1e12,
    kib: 2 ** 10,
    mib: 2 ** 20,
    gib: 2 ** 30,
    tib: 2 ** 40
};
const SIZE_PATTERN = /^(\d+(?:\.\d+)?|\.\d+)\s*([A-Za-z]*)$/;
/** The expected form, shown in every size error. */
const SIZE_FORM = 'a number and a unit, e.g. `50 MB`, `1.5 GiB` or `0 B` (units: B, kB, MB, GB, TB, KiB, MiB, GiB, TiB)';
/**
 * Parses a size with a unit: `0 B`, `50 MB`, `50MB`, `1.5 GiB`, `512 kB`.
 * SI units (kB, MB, GB, TB: powers of 1000) and binary units (KiB, MiB, GiB, TiB: powers of
 * 1024) are both understood; unit letters are case-insensitive (`mb` is megabytes: there are no
 * bits here). A bare `0` is accepted; any other number needs a unit.
 * @throws ConfigError naming the text and the expected form.
 */
function parseSize(text) {
    const trimmed = text.trim();
    const match = SIZE_PATTERN.exec(trimmed);
    if (!match)
        throw new core_errors/* ConfigError */.xL(`'${trimmed}' is not a size: expected ${SIZE_FORM}.`);
    const [, number, unit] = match;
    const value = Number(number);
    if (unit === '') {
        if (value === 0)
            return { bytes: 0, text: trimmed };
        throw new core_errors/* ConfigError */.xL(`'${trimmed}' has no unit: write e.g. '${number} MB' or '${number} B'.`);
    }
    const perUnit = UNIT_BYTES[unit.toLowerCase()];
    if (perUnit === undefined)
        throw new core_errors/* ConfigError */.xL(`'${trimmed}' has an unknown unit '${unit}': expected ${SIZE_FORM}.`);
    // Fractional sizes (`1.5 GiB`) are rounded to the nearest whole byte.
    const bytes = Math.round(value * perUnit);
    if (!Number.isSafeInteger(bytes))
        throw new core_errors/* ConfigError */.xL(`'${trimmed}' is too large a size.`);
    return { bytes, text: trimmed };
}

;// CONCATENATED MODULE: ./src/core/dtype-rule.ts



/*
 * `dtype: float16` (every floating-point weight is float16) and `dtype: no-float32` (no weight is
 * float32): fp32 tensors in a model meant to ship in half precision are the silent 2× users report
 * most. Only weights are judged: optimizer state and buffers are often kept in fp32 on purpose.
 * Integer and block-quantized tensors are not floating point and never count.
 */
/** The precision a forbidden dtype is assumed to be converted to, for the bytes it would save. */
const HALF_PRECISION = 'float16';
/** Parses `float16`, `float16, bfloat16` (any of them) or `no-float32, no-float64`. */
function parseDtypeLimit(text) {
    const allowed = [];
    const forbidden = [];
    for (const term of text.split(',').map((part) => part.trim().toLowerCase())) {
        const negated = term.startsWith('no-');
        const dtype = negated ? term.slice(3) : term;
        if (!isFloat(dtype)) {
            const known = Object.keys(core_dtypes/* DTYPES */.A1).filter(isFloat).join(', ');
            throw new core_errors/* ConfigError */.xL(`'${term}' is not a floating-point dtype: write e.g. 'dtype: float16' or 'dtype: no-float32' (dtypes: ${known}).`);
        }
        ;
        (negated ? forbidden : allowed).push(dtype);
    }
    if (allowed.length > 0 && forbidden.length > 0)
        throw new core_errors/* ConfigError */.xL(`'${text}' mixes dtypes to keep and 'no-' dtypes: give one or the other.`);
    return { judge: (checkpoint) => judge(checkpoint, allowed, forbidden) };
}
function isFloat(dtype) {
    return /^b?float/.test(dtype) && dtype in core_dtypes/* DTYPES */.A1;
}
function judge(checkpoint, allowed, forbidden) {
    if (!checkpoint.dtypes)
        return {
            status: 'unknown',
            head: 0,
            excess: 0,
            detail: 'the report has no bytes per dtype for this checkpoint (measured by an older version); dtype rule not checked'
        };
    const offending = checkpoint.dtypes.filter((group) => group.category === 'weights' && isFloat(group.dtype) && (allowed.length > 0 ? !allowed.includes(group.dtype) : forbidden.includes(group.dtype)));
    const wanted = allowed.length > 0 ? allowed.join(' or ') : `no ${forbidden.join(' or ')}`;
    if (offending.length === 0) {
        const detail = allowed.length > 0 ? `every floating-point weight is ${wanted}` : `no weight is ${forbidden.join(' or ')}`;
        return { status: 'pass', head: 0, excess: 0, detail };
    }
    const target = allowed[0] ?? HALF_PRECISION;
    const tensors = offending.reduce((sum, group) => sum + group.tensors, 0);
    const bytes = offending.reduce((sum, group) => sum + group.bytes, 0);
    const saved = offending.reduce((sum, group) => sum + savedBytes(group, target), 0);
    const kinds = offending.map((group) => group.dtype).join('/');
    const names = offending
        .flatMap((group) => group.largest)
        .sort((a, b) => b.bytes - a.bytes)
        .slice(0, 5)
        .map((tensor) => tensor.name);
    const more = tensors - names.length;
    const named = `${names.join(', ')}${more > 0 ? ` and ${(0,format_bytes/* formatCount */.B4)(more)} more` : ''}`;
    const saving = saved > 0 ? `; as ${target} they would take ${(0,format_bytes/* formatBytes */.z3)(bytes - saved)}, saving ${(0,format_bytes/* formatBytes */.z3)(saved)}` : '';
    return {
        status: 'exceeded',
        head: bytes,
        excess: saved,
        summary: `${(0,format_bytes/* formatCount */.B4)(tensors)} ${kinds} weight${tensors === 1 ? '' : 's'}, ${(0,format_bytes/* formatBytes */.z3)(bytes)}${saved > 0 ? ` (${(0,format_bytes/* formatBytes */.z3)(saved)} to save)` : ''}`,
        detail: `${(0,format_bytes/* formatCount */.B4)(tensors)} ${kinds} weight tensor${tensors === 1 ? '' : 's'} (${(0,format_bytes/* formatBytes */.z3)(bytes)}: ${named}) where the rule wants ${wanted}${saving}. Cast the weights before saving (e.g. model.half(), torch_dtype=torch.float16).`
    };
}
/** The bytes a group would lose if stored as `target` (none when it is not narrower). */
function savedBytes(group, target) {
    const from = core_dtypes/* DTYPES */.A1[group.dtype]?.bits ?? 0;
    const to = core_dtypes/* DTYPES */.A1[target]?.bits ?? from;
    return to < from ? Math.round(group.bytes * (1 - to / from)) : 0;
}

;// CONCATENATED MODULE: ./src/core/pickle-rule.ts

/*
 * `pickle: safe`: no pickle of the checkpoint names a global that would run code on
 * `torch.load(weights_only=False)` (the pickle security scan, formats/pickle/scan.ts). Nothing is
 * executed to find out: the scan reads the globals the pickle names.
 */
/** How many dangerous references a failing rule names; the rest are counted. */
const NAMED_REFERENCES = 3;
function parsePickleLimit(text) {
    if (text.trim().toLowerCase() !== 'safe')
        throw new core_errors/* ConfigError */.xL(`'pickle' takes one limit, 'safe' (no global that runs code on load), not '${text}'.`);
    return { judge: pickle_rule_judge };
}
function pickle_rule_judge(checkpoint) {
    const dangerous = (checkpoint.pickleGlobals ?? []).filter((reference) => reference.verdict === 'dangerous');
    if (dangerous.length === 0)
        return { status: 'pass', head: 0, excess: 0, detail: 'pickle references no global that runs code on load' };
    const named = dangerous
        .slice(0, NAMED_REFERENCES)
        .map((reference) => `${reference.module}.${reference.name} (${reference.file}, byte ${reference.offset})`)
        .join(', ');
    const more = dangerous.length > NAMED_REFERENCES ? `, and ${dangerous.length - NAMED_REFERENCES} more` : '';
    return {
        status: 'exceeded',
        head: dangerous.length,
        excess: dangerous.length,
        summary: `${dangerous.length} dangerous global${dangerous.length === 1 ? '' : 's'}`,
        detail: `its pickle references ${named}${more}, which would run code on torch.load(weights_only=False); nothing was executed`
    };
}

;// CONCATENATED MODULE: ./src/core/duplicates-rule.ts



/*
 * `duplicates: 0 B`: at most this many bytes of a checkpoint are second (third...) copies of a
 * tensor it already holds: tied embeddings saved untied, a copy of the model under another key.
 * A storage shared by several names is stored once and is no copy. The scan is
 * pipeline/duplicates.ts (metadata first, then a few sampled bytes per candidate).
 */
/** Groups named in a failing rule's sentence; the rest are counted. */
const NAMED_GROUPS = 3;
function parseDuplicatesLimit(text) {
    let allowed;
    try {
        allowed = parseSize(text).bytes;
    }
    catch (error) {
        throw new core_errors/* ConfigError */.xL(`'duplicates' takes the bytes of copies allowed, e.g. 'duplicates: 0 B': ${error.message}`);
    }
    return { judge: (checkpoint) => duplicates_rule_judge(checkpoint, allowed, text.trim()) };
}
/** Bytes beyond the first copy of each group. */
function duplicatedBytes(groups) {
    return groups.reduce((sum, group) => sum + group.bytes * (group.tensors.length - 1), 0);
}
function duplicates_rule_judge(checkpoint, allowed, limit) {
    if (!checkpoint.duplicates) {
        return {
            status: 'unknown',
            head: 0,
            excess: 0,
            detail: 'the report has no duplicate scan for this checkpoint (measured without a duplicates rule); duplicates rule not checked'
        };
    }
    const groups = checkpoint.duplicates;
    const bytes = duplicatedBytes(groups);
    if (bytes <= allowed) {
        const detail = bytes === 0 ? 'no tensor is stored twice' : `${(0,format_bytes/* formatBytes */.z3)(bytes)} of copies, within ${limit}`;
        return { status: 'pass', head: bytes, excess: 0, detail };
    }
    const copies = groups.reduce((sum, group) => sum + group.tensors.length - 1, 0);
    const named = [...groups]
        .sort((a, b) => b.bytes * (b.tensors.length - 1) - a.bytes * (a.tensors.length - 1))
        .slice(0, NAMED_GROUPS)
        .map((group) => `${group.tensors.join(' = ')} (${group.dtype}[${group.shape.join(', ')}], ${(0,format_bytes/* formatBytes */.z3)(group.bytes)} each)`)
        .join('; ');
    const more = groups.length > NAMED_GROUPS ? `; and ${(0,format_bytes/* formatCount */.B4)(groups.length - NAMED_GROUPS)} more group${groups.length - NAMED_GROUPS === 1 ? '' : 's'}` : '';
    return {
        status: 'exceeded',
        head: bytes,
        excess: bytes - allowed,
        summary: `${(0,format_bytes/* formatCount */.B4)(copies)} duplicate tensor${copies === 1 ? '' : 's'}, ${(0,format_bytes/* formatBytes */.z3)(bytes)}`,
        detail: `${(0,format_bytes/* formatBytes */.z3)(bytes)} of tensors stored twice: ${named}${more}. ` +
            'Tie the weights before saving (one storage under both names), or drop the copy (e.g. save_pretrained or safetensors save_model, which keep shared tensors once).'
    };
}

;// CONCATENATED MODULE: ./node_modules/balanced-match/dist/esm/index.js
const balanced = (a, b, str) => {
    const ma = a instanceof RegExp ? maybeMatch(a, str) : a;
    const mb = b instanceof RegExp ? maybeMatch(b, str) : b;
    const r = ma !== null && mb != null && range(ma, mb, str);
    return (r && {
        start: r[0],
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + ma.length, r[1]),
        post: str.slice(r[1] + mb.length),
    });
};
const maybeMatch = (reg, str) => {
    const m = str.match(reg);
    return m ? m[0] : null;
};
const range = (a, b, str) => {
    let begs, beg, left, right = undefined, result;
    let ai = str.indexOf(a);
    let bi = str.indexOf(b, ai + 1);
    let i = ai;
    if (ai >= 0 && bi > 0) {
        if (a === b) {
            return [ai, bi];
        }
        begs = [];
        left = str.length;
        while (i >= 0 && !result) {
            if (i === ai) {
                begs.push(i);
                ai = str.indexOf(a, i + 1);
            }
            else if (begs.length === 1) {
                const r = begs.pop();
                if (r !== undefined)
                    result = [r, bi];
            }
            else {
                beg = begs.pop();
                if (beg !== undefined && beg < left) {
                    left = beg;
                    right = bi;
                }
                bi = str.indexOf(b, i + 1);
            }
            i = ai < bi && ai >= 0 ? ai : bi;
        }
        if (begs.length && right !== undefined) {
            result = [left, right];
        }
    }
    return result;
};
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/brace-expansion/dist/esm/index.js

const escSlash = '\0SLASH' + Math.random().toFixed(16) + '\0';
const escOpen = '\0OPEN' + Math.random().toFixed(16) + '\0';
const escClose = '\0CLOSE' + Math.random().toFixed(16) + '\0';
const escComma = '\0COMMA' + Math.random().toFixed(16) + '\0';
const escPeriod = '\0PERIOD' + Math.random().toFixed(16) + '\0';
const escSlashPattern = new RegExp(escSlash, 'g');
const escOpenPattern = new RegExp(escOpen, 'g');
const escClosePattern = new RegExp(escClose, 'g');
const escCommaPattern = new RegExp(escComma, 'g');
const escPeriodPattern = new RegExp(escPeriod, 'g');
const slashPattern = /\\\\/g;
const openPattern = /\\{/g;
const closePattern = /\\}/g;
const commaPattern = /\\,/g;
const periodPattern = /\\\./g;
const EXPANSION_MAX = 100_000;
// `EXPANSION_MAX` caps the *number* of expansions, but not their length. An
// input like `'{a,b}'.repeat(1500)` stays under that count - its output is
// truncated to 100k results - while making every result ~1500 characters
// long. The result set, and the intermediate arrays built while combining
// brace sets, then grow large enough to exhaust memory and crash the process
// (CVE-2026-14257). `EXPANSION_MAX_LENGTH` bounds the total number of
// characters the accumulator may hold at any point, so memory stays flat no
// matter how many brace groups are chained. The limit sits well above any
// realistic expansion (100k results hitting `EXPANSION_MAX` measure ~1M
// characters) so legitimate input is unaffected.
const EXPANSION_MAX_LENGTH = 4_000_000;
// `expand_` recurses once per level of brace *nesting* - both when expanding a
// set's comma members and when re-wrapping a set whose body is a single part.
// The CVE-2026-14257 fix made the *tail* iterative (recursion on `m.post`, one
// level per chained group), which left nesting depth unbounded: about 3,100
// levels of `{{{...a,b...}}}` - only ~6KB of input - exhausted the native stack
// and crashed the process. `EXPANSION_MAX_DEPTH` bounds how deep the parser
// will follow nesting. It sits far above any realistic pattern and well below
// the depth at which the stack runs out.
const EXPANSION_MAX_DEPTH = 1_000;
// Bash keeps a quirk where a brace group followed by a comma set still expands
// (`{a},b}`). The parser implements it by rewriting the string and restarting
// the scan, absorbing one `}` per pass. `n` trailing braces therefore cost `n`
// full passes over a string that itself grows by one `escClose` sentinel each
// time - quadratic in `n`, with a ~26x constant from the sentinel's length.
// 128KB of `'{a}' + '}'.repeat(n) + ',z}'` blocked the event loop for 27
// seconds to produce two results. `EXPANSION_MAX_REWRITES` bounds how many
// times the scan may restart. Real `{a},b}` input needs a handful.
const EXPANSION_MAX_REWRITES = 1_000;
// `EXPANSION_MAX_STEPS` bounds the work one `expand` call does, which `max`,
// `maxLength` and `maxDepth` don't: nested sets are rescanned at every level
// and chained groups each rebuild up to `max` results, so 2KB of input could
// block the event loop for over 30 seconds. Each character scanned, result
// built and sequence value generated is a step, and each `expand_` call costs
// `CALL_STEPS` more. Past the budget, the set being expanded and everything
// after it stay literal. A glob needs a few hundred steps, and nesting all the
// way to `EXPANSION_MAX_DEPTH` about 4M.
const EXPANSION_MAX_STEPS = 20_000_000;
// What one `expand_` call costs on top of what it scans and builds. Setting
// one up takes about as long as scanning 16 characters, and a set whose
// results are wrapped to be expanded again makes one call per result, each
// scanning and building next to nothing: 64KB of
// `('{{' + ','.repeat(316) + '}{' + ','.repeat(316) + '}}').repeat(n)` made
// 4M such calls, which spent the budget three times as slowly as anything
// else.
const CALL_STEPS = 16;
function numeric(str) {
    return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}
function escapeBraces(str) {
    return str
        .replace(slashPattern, escSlash)
        .replace(openPattern, escOpen)
        .replace(closePattern, escClose)
        .replace(commaPattern, escComma)
        .replace(periodPattern, escPeriod);
}
function unescapeBraces(str) {
    return str
        .replace(escSlashPattern, '\\')
        .replace(escOpenPattern, '{')
        .replace(escClosePattern, '}')
        .replace(escCommaPattern, ',')
        .replace(escPeriodPattern, '.');
}
// Like `target.push(...items)` but doesn't overflow the stack
function pushAll(target, items) {
    for (let i = 0; i < items.length; i++) {
        target.push(items[i]);
    }
}
// `balanced`, run on `masked` (see `maskUnmatchedOpens`), sliced from `str`
// and charged for the characters it walks: up to the group's `}`, or the
// whole string when there is no match or unmatched `{` come first, which
// `unmatched` then flags for masking. Once a call overdraws the budget, it
// and every later one return undefined, so the rest stays literal.
function balancedWithBudget(str, masked, budget) {
    if (budget.remaining < 0) {
        return undefined;
    }
    const r = range('{', '}', masked);
    const unmatched = r !== undefined && masked.indexOf('{') < r[0];
    budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
    if (!r || budget.remaining < 0) {
        return undefined;
    }
    return {
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + 1, r[1]),
        post: str.slice(r[1] + 1),
        unmatched,
    };
}
// `masked` with every `{` that has no matching `}` swapped for a `\0`, which
// keeps the length, so a scan of it still lines up with the string it was
// made from. Such a `{` is literal either way, but `balanced` only learns that
// one is unmatched by reading to the end of the string, so with one at the
// head of every group (`'{a,{b,c}'.repeat(n)`) each scan read the rest of the
// input. That was quadratic, and once the step budget charged for it, it ran
// out partway through and left the rest literal. A scan of the masked copy
// stops at the group's `}`. It is one pass, charged as such.
function maskUnmatchedOpens(masked, budget) {
    budget.remaining -= masked.length;
    const open = [];
    for (let i = 0; i < masked.length; i++) {
        const c = masked.charCodeAt(i);
        if (c === 0x7b) {
            open.push(i);
        }
        else if (c === 0x7d && open.length) {
            open.pop();
        }
    }
    let out = '';
    let last = 0;
    for (let i = 0; i < open.length; i++) {
        const at = open[i];
        out += masked.slice(last, at) + '\0';
        last = at + 1;
    }
    return out + masked.slice(last);
}
// Whether `str` has a `,` not followed by another `,`, with a `}` after it on
// the same line - what `/,(?!,).*\}/.test(str)` asks, answered in one pass from
// the end. The regex tries every `,` and backtracks through the rest of its
// line from each, which is quadratic, and the `{a},b}` rewrite asks again on
// every pass. Like a scan, it is charged for the whole string and refused if
// that overdraws the budget.
function commaSetFollows(str, budget) {
    budget.remaining -= str.length;
    if (budget.remaining < 0) {
        return false;
    }
    // Whether a `}` follows the current position before the line ends
    let close = false;
    for (let i = str.length - 1; i >= 0; i--) {
        const c = str.charCodeAt(i);
        if (c === 0x7d) {
            close = true;
        }
        else if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) {
            // A line terminator, which `.` does not match
            close = false;
        }
        else if (c === 0x2c && close && str.charCodeAt(i + 1) !== 0x2c) {
            return true;
        }
    }
    return false;
}
/**
 * Basically just str.split(","), but handling cases
 * where we have nested braced sections, which should be
 * treated as individual members, like {a,{b,c},d}
 *
 * Returns `undefined` if the step budget runs out before the whole set is
 * split, since splitting what is left on every comma would tear apart the
 * nested sets it still holds.
 */
function parseCommaParts(str, budget) {
    const parts = [];
    // Walk the brace groups iteratively. Recursing on `post` once per group let a
    // chain of them exhaust the stack - the parsing-side counterpart to
    // the `expand_` overflow fixed for CVE-2026-14257, and not something `max` or
    // `maxLength` can bound, since it happens before expansion.
    //
    // The part the next chunk continues
    let carry = '';
    for (;;) {
        // A set's body holds no unmatched `{`, so there is nothing to mask.
        const m = balancedWithBudget(str, str, budget);
        if (budget.remaining < 0) {
            return undefined;
        }
        if (!m) {
            const tail = str.split(',');
            tail[0] = carry + tail[0];
            pushAll(parts, tail);
            return parts;
        }
        const { pre, body, post } = m;
        const p = pre.split(',');
        p[0] = carry + p[0];
        p[p.length - 1] += '{' + body + '}';
        if (!post.length) {
            pushAll(parts, p);
            return parts;
        }
        carry = p.pop();
        pushAll(parts, p);
        str = post;
    }
}
// An option that is left out, or that is NaN, gets its default. Every
// comparison against NaN is false, so a NaN bound would never be reached:
// `{ maxSteps: NaN }` let 15KB of input block the event loop for 16 seconds,
// and `{ maxDepth: NaN }` overflowed the stack again (CVE-2026-102278). Pass
// `Infinity` to lift a bound.
function bound(value, fallback) {
    return value === undefined || isNaN(value) ? fallback : value;
}
function expand(str, options = {}) {
    if (!str) {
        return [];
    }
    const max = bound(options.max, EXPANSION_MAX);
    const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
    const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
    const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
    const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
    // I don't know why Bash 4.3 does this, but it does.
    // Anything starting with {} will have the first two bytes preserved
    // but *only* at the top level, so {},a}b will not expand to anything,
    // but a{},b}c will be expanded to [a}c,abc].
    // One could argue that this is a bug in Bash, but since the goal of
    // this module is to match Bash's rules, we escape a leading {}
    if (str.slice(0, 2) === '{}') {
        str = '\\{\\}' + str.slice(2);
    }
    return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str) {
    return '{' + str + '}';
}
function isPadded(el) {
    return /^-?0\d/.test(el);
}
function lte(i, y) {
    return i <= y;
}
function gte(i, y) {
    return i >= y;
}
// Build `{ acc[a] + pre + values[v] }` for every combination, capping the
// number of results at `max` and the total number of characters at `maxLength`.
// This is the one place output grows, so bounding it here keeps the single
// accumulator - and therefore memory - flat regardless of how many brace groups
// are combined (CVE-2026-14257). Each result built is a step, since `max` and
// `maxLength` bound one combination, not how many brace groups are combined.
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
    const out = [];
    let length = 0;
    // Bash drops empty results at the top level, and they don't count against
    // `max`, so `max` bounds the number of *kept* results. Only an empty
    // `acc[a] + pre` can make one, so for those the empty values are skipped
    // without being visited. Visiting them one at a time let a set of empties
    // cost `acc.length * values.length` while keeping nothing.
    let nonEmpty;
    outer: for (let a = 0; a < acc.length; a++) {
        const prefix = acc[a] + pre;
        let vs = values;
        if (dropEmpties && !prefix) {
            if (!nonEmpty)
                nonEmpty = values.filter(v => v);
            vs = nonEmpty;
        }
        for (let v = 0; v < vs.length; v++) {
            if (out.length >= max)
                break outer;
            const expansion = prefix + vs[v];
            if (length + expansion.length > maxLength)
                break outer;
            out.push(expansion);
            length += expansion.length;
        }
    }
    budget.remaining -= out.length;
    return out;
}
// The expansion values of a single numeric (`1..5`) or alphabetic (`a..e..2`)
// sequence body, or `undefined` if the step budget runs out generating them.
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
    const n = body.split(/\.\./);
    const N = [];
    // A sequence body always splits into two or three parts, but the compiler
    // can't know that.
    /* c8 ignore start */
    if (n[0] === undefined || n[1] === undefined) {
        return N;
    }
    /* c8 ignore stop */
    const x = numeric(n[0]);
    const y = numeric(n[1]);
    const width = Math.max(n[0].length, n[1].length);
    let incr = n.length === 3 && n[2] !== undefined ?
        Math.max(Math.abs(numeric(n[2])), 1)
        : 1;
    let test = lte;
    const reverse = y < x;
    if (reverse) {
        incr *= -1;
        test = gte;
    }
    const pad = n.some(isPadded);
    // A padded value is built a character at a time to `width`, which the input
    // sets, so it costs one step per character: 64KB of
    // `('{' + '0'.repeat(100) + '..99999}').repeat(n)` took 7 seconds charged
    // one step per value.
    const cost = pad ? width : 1;
    let length = 0;
    for (let i = x; test(i, y) && N.length < max; i += incr) {
        // Each value is a step. `max` and `maxLength` bound one sequence, but a
        // chain of them still generated up to `max` values each, however few
        // combining could keep.
        budget.remaining -= cost;
        if (budget.remaining < 0) {
            return undefined;
        }
        let c;
        if (isAlphaSequence) {
            c = String.fromCharCode(i);
            if (c === '\\') {
                c = '';
            }
        }
        else {
            c = String(i);
            if (pad) {
                const need = width - c.length;
                if (need > 0) {
                    const z = new Array(need + 1).join('0');
                    if (i < 0) {
                        c = '-' + z + c.slice(1);
                    }
                    else {
                        c = z + c;
                    }
                }
            }
        }
        if (length + c.length > maxLength)
            break;
        N.push(c);
        length += c.length;
    }
    return N;
}
function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
    // An overdraft here makes the first scan refuse, so `str` stays literal.
    budget.remaining -= CALL_STEPS;
    // Too deeply nested to keep following: treat the rest as literal, the same
    // way a group that cannot expand is already handled. Truncating rather than
    // throwing keeps `expand` total, matching `max` and `maxLength`.
    if (depth > maxDepth) {
        return [str];
    }
    // Consume the string's top-level brace groups left to right, threading a
    // running set of combined prefixes (`acc`). Expanding the tail iteratively -
    // rather than recursing on `m.post` once per group - keeps the native stack
    // depth constant, so deeply chained input (`'{a,b}'.repeat(3000)`) can no
    // longer overflow the stack, and leaves a single accumulator whose size
    // `maxLength` bounds directly (CVE-2026-14257).
    let acc = [''];
    // Bash drops empty results, but only when the *first* top-level group is a
    // comma set - a sequence like `{a..\}` may legitimately yield ''. The drop
    // is on the final strings, so it is applied to whichever `combine` produces
    // them (the one with no brace set left in the tail).
    // How many times the `{a},b}` rewrite below has restarted the scan. Each pass
    // re-reads the whole string, so leaving this unbounded is quadratic.
    let rewrites = 0;
    let dropEmpties = false;
    let firstGroup = true;
    // `str` with its unmatched `{` masked, once a scan has run into them
    let masked = str;
    for (;;) {
        const m = balancedWithBudget(str, masked, budget);
        // No brace set left, or no step budget left to look for one: the rest of
        // the string is literal.
        if (!m) {
            return combine(acc, str, [''], max, maxLength, dropEmpties, budget);
        }
        if (m.unmatched) {
            masked = maskUnmatchedOpens(masked, budget);
        }
        // no need to expand pre, since it is guaranteed to be free of brace-sets
        const pre = m.pre;
        // This set and the rest of the string, literal: for a set that cannot
        // expand, and for one the step budget runs out on. Once it is overdrawn,
        // every set still being expanded, at every level, stays literal like this -
        // otherwise each level above would go on combining, and wrapping and
        // expanding again, results the budget was too small for.
        const literal = () => combine(acc, pre + '{' + m.body + '}' + m.post, [''], max, maxLength, dropEmpties, budget);
        if (/\$$/.test(pre)) {
            acc = combine(acc, pre + '{' + m.body + '}', [''], max, maxLength, dropEmpties && !m.post.length, budget);
            firstGroup = false;
            if (!m.post.length)
                break;
            str = m.post;
            masked = masked.slice(m.end + 1);
            continue;
        }
        const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
        const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
        const isSequence = isNumericSequence || isAlphaSequence;
        const isOptions = m.body.indexOf(',') >= 0;
        if (!isSequence && !isOptions) {
            // {a},b}
            if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
                rewrites++;
                str = m.pre + '{' + m.body + escClose + m.post;
                // Taking a `}` away never gives an unmatched `{` a partner, so what
                // is masked stays unmatched. The `{` it closed can be left without
                // one, and the next scan masks it.
                masked =
                    masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
                isTop = true;
                continue;
            }
            // Nothing here expands, so the whole remaining string is literal.
            return literal();
        }
        if (firstGroup) {
            dropEmpties = isTop && !isSequence;
            firstGroup = false;
        }
        let values;
        if (isSequence) {
            values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
            if (!values) {
                return literal();
            }
        }
        else {
            let n = parseCommaParts(m.body, budget);
            // The step budget ran out partway through the set.
            if (!n) {
                return literal();
            }
            if (n.length === 1 && n[0] !== undefined) {
                // x{{a,b}}y ==> x{a}y x{b}y
                n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
                // The step budget ran out expanding the set's only part.
                if (budget.remaining < 0) {
                    return literal();
                }
                //XXX is this necessary? Can't seem to hit it in tests.
                /* c8 ignore start */
                if (n.length === 1) {
                    const next = combine(acc, pre + n[0], [''], max, maxLength, dropEmpties && !m.post.length, budget);
                    if (budget.remaining < 0) {
                        return literal();
                    }
                    acc = next;
                    if (!m.post.length)
                        break;
                    str = m.post;
                    masked = masked.slice(m.end + 1);
                    continue;
                }
                /* c8 ignore stop */
            }
            // Values that `combine` is going to drop as empty produce no result, so
            // they must not count against `max` - otherwise `{a,,b}` with `max: 2`
            // would stop at `['a', '']` and yield one result instead of two. Skipping
            // them outright keeps `values` bounded while leaving `max` a bound on
            // *kept* results.
            let dropsEmpties = dropEmpties && !m.post.length && !pre;
            for (let d = 0; dropsEmpties && d < acc.length; d++) {
                if (acc[d]) {
                    dropsEmpties = false;
                }
            }
            values = [];
            let valuesLength = 0;
            outer: for (let j = 0; j < n.length; j++) {
                const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
                // The step budget ran out expanding a member.
                if (budget.remaining < 0) {
                    return literal();
                }
                for (let k = 0; k < expanded.length; k++) {
                    const v = expanded[k];
                    if (dropsEmpties && !v)
                        continue;
                    if (values.length >= max ||
                        valuesLength + v.length > maxLength) {
                        break outer;
                    }
                    values.push(v);
                    valuesLength += v.length;
                }
            }
        }
        const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
        // The step budget ran out combining the set's values in.
        if (budget.remaining < 0) {
            return literal();
        }
        acc = next;
        if (!m.post.length)
            break;
        str = m.post;
        masked = masked.slice(m.end + 1);
    }
    return acc;
}

//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/assert-valid-pattern.js
const MAX_PATTERN_LENGTH = 1024 * 64;
const assertValidPattern = (pattern) => {
    if (typeof pattern !== 'string') {
        throw new TypeError('invalid pattern');
    }
    if (pattern.length > MAX_PATTERN_LENGTH) {
        throw new TypeError('pattern is too long');
    }
};
//# sourceMappingURL=assert-valid-pattern.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/brace-expressions.js
// translate the various posix character classes into unicode properties
// this works across all unicode locales
// { <posix class>: [<translation>, /u flag required, negated]
const posixClasses = {
    '[:alnum:]': ['\\p{L}\\p{Nl}\\p{Nd}', true],
    '[:alpha:]': ['\\p{L}\\p{Nl}', true],
    '[:ascii:]': ['\\x' + '00-\\x' + '7f', false],
    '[:blank:]': ['\\p{Zs}\\t', true],
    '[:cntrl:]': ['\\p{Cc}', true],
    '[:digit:]': ['\\p{Nd}', true],
    '[:graph:]': ['\\p{Z}\\p{C}', true, true],
    '[:lower:]': ['\\p{Ll}', true],
    '[:print:]': ['\\p{C}', true],
    '[:punct:]': ['\\p{P}', true],
    '[:space:]': ['\\p{Z}\\t\\r\\n\\v\\f', true],
    '[:upper:]': ['\\p{Lu}', true],
    '[:word:]': ['\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}', true],
    '[:xdigit:]': ['A-Fa-f0-9', false],
};
// only need to escape a few things inside of brace expressions
// escapes: [ \ ] -
const braceEscape = (s) => s.replace(/[[\]\\-]/g, '\\$&');
// escape all regexp magic characters
const regexpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
// everything has already been escaped, we just have to join
const rangesToString = (ranges) => ranges.join('');
// takes a glob string at a posix brace expression, and returns
// an equivalent regular expression source, and boolean indicating
// whether the /u flag needs to be applied, and the number of chars
// consumed to parse the character class.
// This also removes out of order ranges, and returns ($.) if the
// entire class just no good.
const parseClass = (glob, position) => {
    const pos = position;
    /* c8 ignore start */
    if (glob.charAt(pos) !== '[') {
        throw new Error('not in a brace expression');
    }
    /* c8 ignore stop */
    const ranges = [];
    const negs = [];
    let i = pos + 1;
    let sawStart = false;
    let uflag = false;
    let escaping = false;
    let negate = false;
    let endPos = pos;
    let rangeStart = '';
    WHILE: while (i < glob.length) {
        const c = glob.charAt(i);
        if ((c === '!' || c === '^') && i === pos + 1) {
            negate = true;
            i++;
            continue;
        }
        if (c === ']' && sawStart && !escaping) {
            endPos = i + 1;
            break;
        }
        sawStart = true;
        if (c === '\\') {
            if (!escaping) {
                escaping = true;
                i++;
                continue;
            }
            // escaped \ char, fall through and treat like normal char
        }
        if (c === '[' && !escaping) {
            // either a posix class, a collation equivalent, or just a [
            for (const [cls, [unip, u, neg]] of Object.entries(posixClasses)) {
                if (glob.startsWith(cls, i)) {
                    // invalid, [a-[] is fine, but not [a-[:alpha]]
                    if (rangeStart) {
                        return ['$.', false, glob.length - pos, true];
                    }
                    i += cls.length;
                    if (neg)
                        negs.push(unip);
                    else
                        ranges.push(unip);
                    uflag = uflag || u;
                    continue WHILE;
                }
            }
        }
        // now it's just a normal character, effectively
        escaping = false;
        if (rangeStart) {
            // throw this range away if it's not valid, but others
            // can still match.
            if (c > rangeStart) {
                ranges.push(braceEscape(rangeStart) + '-' + braceEscape(c));
            }
            else if (c === rangeStart) {
                ranges.push(braceEscape(c));
            }
            rangeStart = '';
            i++;
            continue;
        }
        // now might be the start of a range.
        // can be either c-d or c-] or c<more...>] or c] at this point
        if (glob.startsWith('-]', i + 1)) {
            ranges.push(braceEscape(c + '-'));
            i += 2;
            continue;
        }
        if (glob.startsWith('-', i + 1)) {
            rangeStart = c;
            i += 2;
            continue;
        }
        // not the start of a range, just a single character
        ranges.push(braceEscape(c));
        i++;
    }
    if (endPos < i) {
        // didn't see the end of the class, not a valid class,
        // but might still be valid as a literal match.
        return ['', false, 0, false];
    }
    // if we got no ranges and no negates, then we have a range that
    // cannot possibly match anything, and that poisons the whole glob
    if (!ranges.length && !negs.length) {
        return ['$.', false, glob.length - pos, true];
    }
    // if we got one positive range, and it's a single character, then that's
    // not actually a magic pattern, it's just that one literal character.
    // we should not treat that as "magic", we should just return the literal
    // character. [_] is a perfectly valid way to escape glob magic chars.
    if (negs.length === 0 &&
        ranges.length === 1 &&
        /^\\?.$/.test(ranges[0]) &&
        !negate) {
        const r = ranges[0].length === 2 ? ranges[0].slice(-1) : ranges[0];
        return [regexpEscape(r), false, endPos - pos, false];
    }
    const sranges = '[' + (negate ? '^' : '') + rangesToString(ranges) + ']';
    const snegs = '[' + (negate ? '' : '^') + rangesToString(negs) + ']';
    const comb = ranges.length && negs.length ? '(' + sranges + '|' + snegs + ')'
        : ranges.length ? sranges
            : snegs;
    return [comb, uflag, endPos - pos, true];
};
//# sourceMappingURL=brace-expressions.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/unescape.js
/**
 * Un-escape a string that has been escaped with {@link escape}.
 *
 * If the {@link MinimatchOptions.windowsPathsNoEscape} option is used, then
 * square-bracket escapes are removed, but not backslash escapes.
 *
 * For example, it will turn the string `'[*]'` into `*`, but it will not
 * turn `'\\*'` into `'*'`, because `\` is a path separator in
 * `windowsPathsNoEscape` mode.
 *
 * When `windowsPathsNoEscape` is not set, then both square-bracket escapes and
 * backslash escapes are removed.
 *
 * Slashes (and backslashes in `windowsPathsNoEscape` mode) cannot be escaped
 * or unescaped.
 *
 * When `magicalBraces` is not set, escapes of braces (`{` and `}`) will not be
 * unescaped.
 */
const unescape_unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true, } = {}) => {
    if (magicalBraces) {
        return windowsPathsNoEscape ?
            s.replace(/\[([^/\\])\]/g, '$1')
            : s
                .replace(/((?!\\).|^)\[([^/\\])\]/g, '$1$2')
                .replace(/\\([^/])/g, '$1');
    }
    return windowsPathsNoEscape ?
        s.replace(/\[([^/\\{}])\]/g, '$1')
        : s
            .replace(/((?!\\).|^)\[([^/\\{}])\]/g, '$1$2')
            .replace(/\\([^/{}])/g, '$1');
};
//# sourceMappingURL=unescape.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/ast.js
// parse a single path portion
var _a;


const types = new Set(['!', '?', '+', '*', '@']);
const isExtglobType = (c) => types.has(c);
const isExtglobAST = (c) => isExtglobType(c.type);
// Map of which extglob types can adopt the children of a nested extglob
//
// anything but ! can adopt a matching type:
// +(a|+(b|c)|d) => +(a|b|c|d)
// *(a|*(b|c)|d) => *(a|b|c|d)
// @(a|@(b|c)|d) => @(a|b|c|d)
// ?(a|?(b|c)|d) => ?(a|b|c|d)
//
// * can adopt anything, because 0 or repetition is allowed
// *(a|?(b|c)|d) => *(a|b|c|d)
// *(a|+(b|c)|d) => *(a|b|c|d)
// *(a|@(b|c)|d) => *(a|b|c|d)
//
// + can adopt @, because 1 or repetition is allowed
// +(a|@(b|c)|d) => +(a|b|c|d)
//
// + and @ CANNOT adopt *, because 0 would be allowed
// +(a|*(b|c)|d) => would match "", on *(b|c)
// @(a|*(b|c)|d) => would match "", on *(b|c)
//
// + and @ CANNOT adopt ?, because 0 would be allowed
// +(a|?(b|c)|d) => would match "", on ?(b|c)
// @(a|?(b|c)|d) => would match "", on ?(b|c)
//
// ? can adopt @, because 0 or 1 is allowed
// ?(a|@(b|c)|d) => ?(a|b|c|d)
//
// ? and @ CANNOT adopt * or +, because >1 would be allowed
// ?(a|*(b|c)|d) => would match bbb on *(b|c)
// @(a|*(b|c)|d) => would match bbb on *(b|c)
// ?(a|+(b|c)|d) => would match bbb on +(b|c)
// @(a|+(b|c)|d) => would match bbb on +(b|c)
//
// ! CANNOT adopt ! (nothing else can either)
// !(a|!(b|c)|d) => !(a|b|c|d) would fail to match on b (not not b|c)
//
// ! can adopt @
// !(a|@(b|c)|d) => !(a|b|c|d)
//
// ! CANNOT adopt *
// !(a|*(b|c)|d) => !(a|b|c|d) would match on bbb, not allowed
//
// ! CANNOT adopt +
// !(a|+(b|c)|d) => !(a|b|c|d) would match on bbb, not allowed
//
// ! CANNOT adopt ?
// x!(a|?(b|c)|d) => x!(a|b|c|d) would fail to match "x"
const adoptionMap = new Map([
    ['!', ['@']],
    ['?', ['?', '@']],
    ['@', ['@']],
    ['*', ['*', '+', '?', '@']],
    ['+', ['+', '@']],
]);
// nested extglobs that can be adopted in, but with the addition of
// a blank '' element.
const adoptionWithSpaceMap = new Map([
    ['!', ['?']],
    ['@', ['?']],
    ['+', ['?', '*']],
]);
// union of the previous two maps
const adoptionAnyMap = new Map([
    ['!', ['?', '@']],
    ['?', ['?', '@']],
    ['@', ['?', '@']],
    ['*', ['*', '+', '?', '@']],
    ['+', ['+', '@', '?', '*']],
]);
// Extglobs that can take over their parent if they are the only child
// the key is parent, value maps child to resulting extglob parent type
// '@' is omitted because it's a special case. An `@` extglob with a single
// member can always be usurped by that subpattern.
const usurpMap = new Map([
    ['!', new Map([['!', '@']])],
    [
        '?',
        new Map([
            ['*', '*'],
            ['+', '*'],
        ]),
    ],
    [
        '@',
        new Map([
            ['!', '!'],
            ['?', '?'],
            ['@', '@'],
            ['*', '*'],
            ['+', '+'],
        ]),
    ],
    [
        '+',
        new Map([
            ['?', '*'],
            ['*', '*'],
        ]),
    ],
]);
// Patterns that get prepended to bind to the start of either the
// entire string, or just a single path portion, to prevent dots
// and/or traversal patterns, when needed.
// Exts don't need the ^ or / bit, because the root binds that already.
const startNoTraversal = '(?!(?:^|/)\\.\\.?(?:$|/))';
const startNoDot = '(?!\\.)';
// characters that indicate a start of pattern needs the "no dots" bit,
// because a dot *might* be matched. ( is not in the list, because in
// the case of a child extglob, it will handle the prevention itself.
const addPatternStart = new Set(['[', '.']);
// cases where traversal is A-OK, no dot prevention needed
const justDots = new Set(['..', '.']);
const reSpecials = new Set('().*{}+?[]^$\\!');
const regExpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
// any single thing other than /
const qmark = '[^/]';
// * => any number of characters
const star = qmark + '*?';
// use + when we need to ensure that *something* matches, because the * is
// the only thing in the path portion.
const starNoEmpty = qmark + '+?';
// remove the \ chars that we added if we end up doing a nonmagic compare
// const deslash = (s: string) => s.replace(/\\(.)/g, '$1')
let ID = 0;
class AST {
    type;
    #root;
    #hasMagic;
    #uflag = false;
    #parts = [];
    #parent;
    #parentIndex;
    #negs;
    #filledNegs = false;
    #options;
    #toString;
    // set to true if it's an extglob with no children
    // (which really means one child of '')
    #emptyExt = false;
    id = ++ID;
    get depth() {
        return (this.#parent?.depth ?? -1) + 1;
    }
    [Symbol.for('nodejs.util.inspect.custom')]() {
        return {
            '@@type': 'AST',
            id: this.id,
            type: this.type,
            root: this.#root.id,
            parent: this.#parent?.id,
            depth: this.depth,
            partsLength: this.#parts.length,
            parts: this.#parts,
        };
    }
    constructor(type, parent, options = {}) {
        this.type = type;
        // extglobs are inherently magical
        if (type)
            this.#hasMagic = true;
        this.#parent = parent;
        this.#root = this.#parent ? this.#parent.#root : this;
        this.#options = this.#root === this ? options : this.#root.#options;
        this.#negs = this.#root === this ? [] : this.#root.#negs;
        if (type === '!' && !this.#root.#filledNegs)
            this.#negs.push(this);
        this.#parentIndex = this.#parent ? this.#parent.#parts.length : 0;
    }
    get hasMagic() {
        /* c8 ignore start */
        if (this.#hasMagic !== undefined)
            return this.#hasMagic;
        /* c8 ignore stop */
        for (const p of this.#parts) {
            if (typeof p === 'string')
                continue;
            if (p.type || p.hasMagic)
                return (this.#hasMagic = true);
        }
        // note: will be undefined until we generate the regexp src and find out
        return this.#hasMagic;
    }
    // reconstructs the pattern
    toString() {
        return (this.#toString !== undefined ? this.#toString
            : !this.type ?
                (this.#toString = this.#parts.map(p => String(p)).join(''))
                : (this.#toString =
                    this.type +
                        '(' +
                        this.#parts.map(p => String(p)).join('|') +
                        ')'));
    }
    #fillNegs() {
        /* c8 ignore start */
        if (this !== this.#root)
            throw new Error('should only call on root');
        if (this.#filledNegs)
            return this;
        /* c8 ignore stop */
        // call toString() once to fill this out
        this.toString();
        this.#filledNegs = true;
        let n;
        while ((n = this.#negs.pop())) {
            if (n.type !== '!')
                continue;
            // walk up the tree, appending everthing that comes AFTER parentIndex
            let p = n;
            let pp = p.#parent;
            while (pp) {
                for (let i = p.#parentIndex + 1; !pp.type && i < pp.#parts.length; i++) {
                    for (const part of n.#parts) {
                        /* c8 ignore start */
                        if (typeof part === 'string') {
                            throw new Error('string part in extglob AST??');
                        }
                        /* c8 ignore stop */
                        part.copyIn(pp.#parts[i]);
                    }
                }
                p = pp;
                pp = p.#parent;
            }
        }
        return this;
    }
    push(...parts) {
        for (const p of parts) {
            if (p === '')
                continue;
            /* c8 ignore start */
            if (typeof p !== 'string' &&
                !(p instanceof _a && p.#parent === this)) {
                throw new Error('invalid part: ' + p);
            }
            /* c8 ignore stop */
            this.#parts.push(p);
        }
    }
    toJSON() {
        const ret = this.type === null ?
            this.#parts
                .slice()
                .map(p => (typeof p === 'string' ? p : p.toJSON()))
            : [this.type, ...this.#parts.map(p => p.toJSON())];
        if (this.isStart() && !this.type)
            ret.unshift([]);
        if (this.isEnd() &&
            (this === this.#root ||
                (this.#root.#filledNegs && this.#parent?.type === '!'))) {
            ret.push({});
        }
        return ret;
    }
    isStart() {
        if (this.#root === this)
            return true;
        // if (this.type) return !!this.#parent?.isStart()
        if (!this.#parent?.isStart())
            return false;
        if (this.#parentIndex === 0)
            return true;
        // if everything AHEAD of this is a negation, then it's still the "start"
        const p = this.#parent;
        for (let i = 0; i < this.#parentIndex; i++) {
            const pp = p.#parts[i];
            if (!(pp instanceof _a && pp.type === '!')) {
                return false;
            }
        }
        return true;
    }
    isEnd() {
        if (this.#root === this)
            return true;
        if (this.#parent?.type === '!')
            return true;
        if (!this.#parent?.isEnd())
            return false;
        if (!this.type)
            return this.#parent?.isEnd();
        // if not root, it'll always have a parent
        /* c8 ignore start */
        const pl = this.#parent ? this.#parent.#parts.length : 0;
        /* c8 ignore stop */
        return this.#parentIndex === pl - 1;
    }
    copyIn(part) {
        if (typeof part === 'string')
            this.push(part);
        else
            this.push(part.clone(this));
    }
    clone(parent) {
        const c = new _a(this.type, parent);
        for (const p of this.#parts) {
            c.copyIn(p);
        }
        return c;
    }
    static #parseAST(str, ast, pos, opt, extDepth) {
        const maxDepth = opt.maxExtglobRecursion ?? 2;
        let escaping = false;
        let inBrace = false;
        let braceStart = -1;
        let braceNeg = false;
        if (ast.type === null) {
            // outside of a extglob, append until we find a start
            let i = pos;
            let acc = '';
            while (i < str.length) {
                const c = str.charAt(i++);
                // still accumulate escapes at this point, but we do ignore
                // starts that are escaped
                if (escaping || c === '\\') {
                    escaping = !escaping;
                    acc += c;
                    continue;
                }
                if (inBrace) {
                    if (i === braceStart + 1) {
                        if (c === '^' || c === '!') {
                            braceNeg = true;
                        }
                    }
                    else if (c === ']' && !(i === braceStart + 2 && braceNeg)) {
                        inBrace = false;
                    }
                    acc += c;
                    continue;
                }
                else if (c === '[') {
                    inBrace = true;
                    braceStart = i;
                    braceNeg = false;
                    acc += c;
                    continue;
                }
                // we don't have to check for adoption here, because that's
                // done at the other recursion point.
                const doRecurse = !opt.noext &&
                    isExtglobType(c) &&
                    str.charAt(i) === '(' &&
                    extDepth <= maxDepth;
                if (doRecurse) {
                    ast.push(acc);
                    acc = '';
                    const ext = new _a(c, ast);
                    i = _a.#parseAST(str, ext, i, opt, extDepth + 1);
                    ast.push(ext);
                    continue;
                }
                acc += c;
            }
            ast.push(acc);
            return i;
        }
        // some kind of extglob, pos is at the (
        // find the next | or )
        let i = pos + 1;
        let part = new _a(null, ast);
        const parts = [];
        let acc = '';
        while (i < str.length) {
            const c = str.charAt(i++);
            // still accumulate escapes at this point, but we do ignore
            // starts that are escaped
            if (escaping || c === '\\') {
                escaping = !escaping;
                acc += c;
                continue;
            }
            if (inBrace) {
                if (i === braceStart + 1) {
                    if (c === '^' || c === '!') {
                        braceNeg = true;
                    }
                }
                else if (c === ']' && !(i === braceStart + 2 && braceNeg)) {
                    inBrace = false;
                }
                acc += c;
                continue;
            }
            else if (c === '[') {
                inBrace = true;
                braceStart = i;
                braceNeg = false;
                acc += c;
                continue;
            }
            const doRecurse = !opt.noext &&
                isExtglobType(c) &&
                str.charAt(i) === '(' &&
                /* c8 ignore start - the maxDepth is sufficient here */
                (extDepth <= maxDepth || (ast && ast.#canAdoptType(c)));
            /* c8 ignore stop */
            if (doRecurse) {
                const depthAdd = ast && ast.#canAdoptType(c) ? 0 : 1;
                part.push(acc);
                acc = '';
                const ext = new _a(c, part);
                part.push(ext);
                i = _a.#parseAST(str, ext, i, opt, extDepth + depthAdd);
                continue;
            }
            if (c === '|') {
                part.push(acc);
                acc = '';
                parts.push(part);
                part = new _a(null, ast);
                continue;
            }
            if (c === ')') {
                if (acc === '' && ast.#parts.length === 0) {
                    ast.#emptyExt = true;
                }
                part.push(acc);
                acc = '';
                ast.push(...parts, part);
                return i;
            }
            acc += c;
        }
        // unfinished extglob
        // if we got here, it was a malformed extglob! not an extglob, but
        // maybe something else in there.
        ast.type = null;
        ast.#hasMagic = undefined;
        ast.#parts = [str.substring(pos - 1)];
        return i;
    }
    #canAdoptWithSpace(child) {
        return this.#canAdopt(child, adoptionWithSpaceMap);
    }
    #canAdopt(child, map = adoptionMap) {
        if (!child ||
            typeof child !== 'object' ||
            child.type !== null ||
            child.#parts.length !== 1 ||
            this.type === null) {
            return false;
        }
        const gc = child.#parts[0];
        if (!gc || typeof gc !== 'object' || gc.type === null) {
            return false;
        }
        return this.#canAdoptType(gc.type, map);
    }
    #canAdoptType(c, map = adoptionAnyMap) {
        return !!map.get(this.type)?.includes(c);
    }
    #adoptWithSpace(child, index) {
        const gc = child.#parts[0];
        const blank = new _a(null, gc, this.options);
        blank.#parts.push('');
        gc.push(blank);
        this.#adopt(child, index);
    }
    #adopt(child, index) {
        const gc = child.#parts[0];
        this.#parts.splice(index, 1, ...gc.#parts);
        for (const p of gc.#parts) {
            if (typeof p === 'object')
                p.#parent = this;
        }
        this.#toString = undefined;
    }
    #canUsurpType(c) {
        const m = usurpMap.get(this.type);
        return !!m?.has(c);
    }
    #canUsurp(child) {
        if (!child ||
            typeof child !== 'object' ||
            child.type !== null ||
            child.#parts.length !== 1 ||
            this.type === null ||
            this.#parts.length !== 1) {
            return false;
        }
        const gc = child.#parts[0];
        if (!gc || typeof gc !== 'object' || gc.type === null) {
            return false;
        }
        return this.#canUsurpType(gc.type);
    }
    #usurp(child) {
        const m = usurpMap.get(this.type);
        const gc = child.#parts[0];
        const nt = m?.get(gc.type);
        /* c8 ignore start - impossible */
        if (!nt)
            return false;
        /* c8 ignore stop */
        this.#parts = gc.#parts;
        for (const p of this.#parts) {
            if (typeof p === 'object') {
                p.#parent = this;
            }
        }
        this.type = nt;
        this.#toString = undefined;
        this.#emptyExt = false;
    }
    static fromGlob(pattern, options = {}) {
        const ast = new _a(null, undefined, options);
        _a.#parseAST(pattern, ast, 0, options, 0);
        return ast;
    }
    // returns the regular expression if there's magic, or the unescaped
    // string if not.
    toMMPattern() {
        // should only be called on root
        /* c8 ignore start */
        if (this !== this.#root)
            return this.#root.toMMPattern();
        /* c8 ignore stop */
        const glob = this.toString();
        const [re, body, hasMagic, uflag] = this.toRegExpSource();
        // if we're in nocase mode, and not nocaseMagicOnly, then we do
        // still need a regular expression if we have to case-insensitively
        // match capital/lowercase characters.
        const anyMagic = hasMagic ||
            this.#hasMagic ||
            (this.#options.nocase &&
                !this.#options.nocaseMagicOnly &&
                glob.toUpperCase() !== glob.toLowerCase());
        if (!anyMagic) {
            return body;
        }
        const flags = (this.#options.nocase ? 'i' : '') + (uflag ? 'u' : '');
        return Object.assign(new RegExp(`^${re}$`, flags), {
            _src: re,
            _glob: glob,
        });
    }
    get options() {
        return this.#options;
    }
    // returns the string match, the regexp source, whether there's magic
    // in the regexp (so a regular expression is required) and whether or
    // not the uflag is needed for the regular expression (for posix classes)
    // TODO: instead of injecting the start/end at this point, just return
    // the BODY of the regexp, along with the start/end portions suitable
    // for binding the start/end in either a joined full-path makeRe context
    // (where we bind to (^|/), or a standalone matchPart context (where
    // we bind to ^, and not /).  Otherwise slashes get duped!
    //
    // In part-matching mode, the start is:
    // - if not isStart: nothing
    // - if traversal possible, but not allowed: ^(?!\.\.?$)
    // - if dots allowed or not possible: ^
    // - if dots possible and not allowed: ^(?!\.)
    // end is:
    // - if not isEnd(): nothing
    // - else: $
    //
    // In full-path matching mode, we put the slash at the START of the
    // pattern, so start is:
    // - if first pattern: same as part-matching mode
    // - if not isStart(): nothing
    // - if traversal possible, but not allowed: /(?!\.\.?(?:$|/))
    // - if dots allowed or not possible: /
    // - if dots possible and not allowed: /(?!\.)
    // end is:
    // - if last pattern, same as part-matching mode
    // - else nothing
    //
    // Always put the (?:$|/) on negated tails, though, because that has to be
    // there to bind the end of the negated pattern portion, and it's easier to
    // just stick it in now rather than try to inject it later in the middle of
    // the pattern.
    //
    // We can just always return the same end, and leave it up to the caller
    // to know whether it's going to be used joined or in parts.
    // And, if the start is adjusted slightly, can do the same there:
    // - if not isStart: nothing
    // - if traversal possible, but not allowed: (?:/|^)(?!\.\.?$)
    // - if dots allowed or not possible: (?:/|^)
    // - if dots possible and not allowed: (?:/|^)(?!\.)
    //
    // But it's better to have a simpler binding without a conditional, for
    // performance, so probably better to return both start options.
    //
    // Then the caller just ignores the end if it's not the first pattern,
    // and the start always gets applied.
    //
    // But that's always going to be $ if it's the ending pattern, or nothing,
    // so the caller can just attach $ at the end of the pattern when building.
    //
    // So the todo is:
    // - better detect what kind of start is needed
    // - return both flavors of starting pattern
    // - attach $ at the end of the pattern when creating the actual RegExp
    //
    // Ah, but wait, no, that all only applies to the root when the first pattern
    // is not an extglob. If the first pattern IS an extglob, then we need all
    // that dot prevention biz to live in the extglob portions, because eg
    // +(*|.x*) can match .xy but not .yx.
    //
    // So, return the two flavors if it's #root and the first child is not an
    // AST, otherwise leave it to the child AST to handle it, and there,
    // use the (?:^|/) style of start binding.
    //
    // Even simplified further:
    // - Since the start for a join is eg /(?!\.) and the start for a part
    // is ^(?!\.), we can just prepend (?!\.) to the pattern (either root
    // or start or whatever) and prepend ^ or / at the Regexp construction.
    toRegExpSource(allowDot) {
        const dot = allowDot ?? !!this.#options.dot;
        if (this.#root === this) {
            this.#flatten();
            this.#fillNegs();
        }
        if (!isExtglobAST(this)) {
            const noEmpty = this.isStart() &&
                this.isEnd() &&
                !this.#parts.some(s => typeof s !== 'string');
            const src = this.#parts
                .map(p => {
                const [re, _, hasMagic, uflag] = typeof p === 'string' ?
                    _a.#parseGlob(p, this.#hasMagic, noEmpty)
                    : p.toRegExpSource(allowDot);
                this.#hasMagic = this.#hasMagic || hasMagic;
                this.#uflag = this.#uflag || uflag;
                return re;
            })
                .join('');
            let start = '';
            if (this.isStart()) {
                if (typeof this.#parts[0] === 'string') {
                    // this is the string that will match the start of the pattern,
                    // so we need to protect against dots and such.
                    // '.' and '..' cannot match unless the pattern is that exactly,
                    // even if it starts with . or dot:true is set.
                    const dotTravAllowed = this.#parts.length === 1 && justDots.has(this.#parts[0]);
                    if (!dotTravAllowed) {
                        const aps = addPatternStart;
                        // check if we have a possibility of matching . or ..,
                        // and prevent that.
                        const needNoTrav = 
                        // dots are allowed, and the pattern starts with [ or .
                        (dot && aps.has(src.charAt(0))) ||
                            // the pattern starts with \., and then [ or .
                            (src.startsWith('\\.') && aps.has(src.charAt(2))) ||
                            // the pattern starts with \.\., and then [ or .
                            (src.startsWith('\\.\\.') && aps.has(src.charAt(4)));
                        // no need to prevent dots if it can't match a dot, or if a
                        // sub-pattern will be preventing it anyway.
                        const needNoDot = !dot && !allowDot && aps.has(src.charAt(0));
                        start =
                            needNoTrav ? startNoTraversal
                                : needNoDot ? startNoDot
                                    : '';
                    }
                }
            }
            // append the "end of path portion" pattern to negation tails
            let end = '';
            if (this.isEnd() &&
                this.#root.#filledNegs &&
                this.#parent?.type === '!') {
                end = '(?:$|\\/)';
            }
            const final = start + src + end;
            return [
                final,
                unescape_unescape(src),
                (this.#hasMagic = !!this.#hasMagic),
                this.#uflag,
            ];
        }
        // We need to calculate the body *twice* if it's a repeat pattern
        // at the start, once in nodot mode, then again in dot mode, so a
        // pattern like *(?) can match 'x.y'
        const repeated = this.type === '*' || this.type === '+';
        // some kind of extglob
        const start = this.type === '!' ? '(?:(?!(?:' : '(?:';
        let body = this.#partsToRegExp(dot);
        if (this.isStart() && this.isEnd() && !body && this.type !== '!') {
            // invalid extglob, has to at least be *something* present, if it's
            // the entire path portion.
            const s = this.toString();
            const me = this;
            me.#parts = [s];
            me.type = null;
            me.#hasMagic = undefined;
            return [s, unescape_unescape(this.toString()), false, false];
        }
        let bodyDotAllowed = !repeated || allowDot || dot || !startNoDot ?
            ''
            : this.#partsToRegExp(true);
        if (bodyDotAllowed === body) {
            bodyDotAllowed = '';
        }
        if (bodyDotAllowed) {
            body = `(?:${body})(?:${bodyDotAllowed})*?`;
        }
        // an empty !() is exactly equivalent to a starNoEmpty
        let final = '';
        if (this.type === '!' && this.#emptyExt) {
            final = (this.isStart() && !dot ? startNoDot : '') + starNoEmpty;
        }
        else {
            const close = this.type === '!' ?
                // !() must match something,but !(x) can match ''
                '))' +
                    (this.isStart() && !dot && !allowDot ? startNoDot : '') +
                    star +
                    ')'
                : this.type === '@' ? ')'
                    : this.type === '?' ? ')?'
                        : this.type === '+' && bodyDotAllowed ? ')'
                            : this.type === '*' && bodyDotAllowed ? `)?`
                                : `)${this.type}`;
            final = start + body + close;
        }
        return [
            final,
            unescape_unescape(body),
            (this.#hasMagic = !!this.#hasMagic),
            this.#uflag,
        ];
    }
    #flatten() {
        if (!isExtglobAST(this)) {
            for (const p of this.#parts) {
                if (typeof p === 'object') {
                    p.#flatten();
                }
            }
        }
        else {
            // do up to 10 passes to flatten as much as possible
            let iterations = 0;
            let done = false;
            do {
                done = true;
                for (let i = 0; i < this.#parts.length; i++) {
                    const c = this.#parts[i];
                    if (typeof c === 'object') {
                        c.#flatten();
                        if (this.#canAdopt(c)) {
                            done = false;
                            this.#adopt(c, i);
                        }
                        else if (this.#canAdoptWithSpace(c)) {
                            done = false;
                            this.#adoptWithSpace(c, i);
                        }
                        else if (this.#canUsurp(c)) {
                            done = false;
                            this.#usurp(c);
                        }
                    }
                }
            } while (!done && ++iterations < 10);
        }
        this.#toString = undefined;
    }
    #partsToRegExp(dot) {
        return this.#parts
            .map(p => {
            // extglob ASTs should only contain parent ASTs
            /* c8 ignore start */
            if (typeof p === 'string') {
                throw new Error('string type in extglob ast??');
            }
            /* c8 ignore stop */
            // can ignore hasMagic, because extglobs are already always magic
            const [re, _, _hasMagic, uflag] = p.toRegExpSource(dot);
            this.#uflag = this.#uflag || uflag;
            return re;
        })
            .filter(p => !(this.isStart() && this.isEnd()) || !!p)
            .join('|');
    }
    static #parseGlob(glob, hasMagic, noEmpty = false) {
        let escaping = false;
        let re = '';
        let uflag = false;
        // multiple stars that aren't globstars coalesce into one *
        let inStar = false;
        for (let i = 0; i < glob.length; i++) {
            const c = glob.charAt(i);
            if (escaping) {
                escaping = false;
                re += (reSpecials.has(c) ? '\\' : '') + c;
                continue;
            }
            if (c === '*') {
                if (inStar)
                    continue;
                inStar = true;
                re += noEmpty && /^[*]+$/.test(glob) ? starNoEmpty : star;
                hasMagic = true;
                continue;
            }
            else {
                inStar = false;
            }
            if (c === '\\') {
                if (i === glob.length - 1) {
                    re += '\\\\';
                }
                else {
                    escaping = true;
                }
                continue;
            }
            if (c === '[') {
                const [src, needUflag, consumed, magic] = parseClass(glob, i);
                if (consumed) {
                    re += src;
                    uflag = uflag || needUflag;
                    i += consumed - 1;
                    hasMagic = hasMagic || magic;
                    continue;
                }
            }
            if (c === '?') {
                re += qmark;
                hasMagic = true;
                continue;
            }
            re += regExpEscape(c);
        }
        return [re, unescape_unescape(glob), !!hasMagic, uflag];
    }
}
_a = AST;
//# sourceMappingURL=ast.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/escape.js
/**
 * Escape all magic characters in a glob pattern.
 *
 * If the {@link MinimatchOptions.windowsPathsNoEscape}
 * option is used, then characters are escaped by wrapping in `[]`, because
 * a magic character wrapped in a character class can only be satisfied by
 * that exact character.  In this mode, `\` is _not_ escaped, because it is
 * not interpreted as a magic character, but instead as a path separator.
 *
 * If the {@link MinimatchOptions.magicalBraces} option is used,
 * then braces (`{` and `}`) will be escaped.
 */
const escape_escape = (s, { windowsPathsNoEscape = false, magicalBraces = false, } = {}) => {
    // don't need to escape +@! because we escape the parens
    // that make those magic, and escaping ! as [!] isn't valid,
    // because [!]] is a valid glob class meaning not ']'.
    if (magicalBraces) {
        return windowsPathsNoEscape ?
            s.replace(/[?*()[\]{}]/g, '[$&]')
            : s.replace(/[?*()[\]\\{}]/g, '\\$&');
    }
    return windowsPathsNoEscape ?
        s.replace(/[?*()[\]]/g, '[$&]')
        : s.replace(/[?*()[\]\\]/g, '\\$&');
};
//# sourceMappingURL=escape.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/index.js





const minimatch = (p, pattern, options = {}) => {
    assertValidPattern(pattern);
    // shortcut: comments match nothing.
    if (!options.nocomment && pattern.charAt(0) === '#') {
        return false;
    }
    return new Minimatch(pattern, options).match(p);
};
// Optimized checking for the most common glob patterns.
const starDotExtRE = /^\*+([^+@!?*[(]*)$/;
const starDotExtTest = (ext) => (f) => !f.startsWith('.') && f.endsWith(ext);
const starDotExtTestDot = (ext) => (f) => f.endsWith(ext);
const starDotExtTestNocase = (ext) => {
    ext = ext.toLowerCase();
    return (f) => !f.startsWith('.') && f.toLowerCase().endsWith(ext);
};
const starDotExtTestNocaseDot = (ext) => {
    ext = ext.toLowerCase();
    return (f) => f.toLowerCase().endsWith(ext);
};
const starDotStarRE = /^\*+\.\*+$/;
const starDotStarTest = (f) => !f.startsWith('.') && f.includes('.');
const starDotStarTestDot = (f) => f !== '.' && f !== '..' && f.includes('.');
const dotStarRE = /^\.\*+$/;
const dotStarTest = (f) => f !== '.' && f !== '..' && f.startsWith('.');
const starRE = /^\*+$/;
const starTest = (f) => f.length !== 0 && !f.startsWith('.');
const starTestDot = (f) => f.length !== 0 && f !== '.' && f !== '..';
const qmarksRE = /^\?+([^+@!?*[(]*)?$/;
const qmarksTestNocase = ([$0, ext = '']) => {
    const noext = qmarksTestNoExt([$0]);
    if (!ext)
        return noext;
    ext = ext.toLowerCase();
    return (f) => noext(f) && f.toLowerCase().endsWith(ext);
};
const qmarksTestNocaseDot = ([$0, ext = '']) => {
    const noext = qmarksTestNoExtDot([$0]);
    if (!ext)
        return noext;
    ext = ext.toLowerCase();
    return (f) => noext(f) && f.toLowerCase().endsWith(ext);
};
const qmarksTestDot = ([$0, ext = '']) => {
    const noext = qmarksTestNoExtDot([$0]);
    return !ext ? noext : (f) => noext(f) && f.endsWith(ext);
};
const qmarksTest = ([$0, ext = '']) => {
    const noext = qmarksTestNoExt([$0]);
    return !ext ? noext : (f) => noext(f) && f.endsWith(ext);
};
const qmarksTestNoExt = ([$0]) => {
    const len = $0.length;
    return (f) => f.length === len && !f.startsWith('.');
};
const qmarksTestNoExtDot = ([$0]) => {
    const len = $0.length;
    return (f) => f.length === len && f !== '.' && f !== '..';
};
/* c8 ignore start */
const defaultPlatform = (typeof process === 'object' && process ?
    (typeof process.env === 'object' &&
        process.env &&
        process.env.__MINIMATCH_TESTING_PLATFORM__) ||
        process.platform
    : 'posix');
const path = {
    win32: { sep: '\\' },
    posix: { sep: '/' },
};
/* c8 ignore stop */
const sep = defaultPlatform === 'win32' ? path.win32.sep : path.posix.sep;
minimatch.sep = sep;
const GLOBSTAR = Symbol('globstar **');
minimatch.GLOBSTAR = GLOBSTAR;
// any single thing other than /
// don't need to escape / when using new RegExp()
const esm_qmark = '[^/]';
// * => any number of characters
const esm_star = esm_qmark + '*?';
// ** when dots are allowed.  Anything goes, except .. and .
// not (^ or / followed by one or two dots followed by $ or /),
// followed by anything, any number of times.
const twoStarDot = '(?:(?!(?:\\/|^)(?:\\.{1,2})($|\\/)).)*?';
// not a ^ or / followed by a dot,
// followed by anything, any number of times.
const twoStarNoDot = '(?:(?!(?:\\/|^)\\.).)*?';
const filter = (pattern, options = {}) => (p) => minimatch(p, pattern, options);
minimatch.filter = filter;
const ext = (a, b = {}) => Object.assign({}, a, b);
const defaults = (def) => {
    if (!def || typeof def !== 'object' || !Object.keys(def).length) {
        return minimatch;
    }
    const orig = minimatch;
    const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
    return Object.assign(m, {
        Minimatch: class Minimatch extends orig.Minimatch {
            constructor(pattern, options = {}) {
                super(pattern, ext(def, options));
            }
            static defaults(options) {
                return orig.defaults(ext(def, options)).Minimatch;
            }
        },
        AST: class AST extends orig.AST {
            /* c8 ignore start */
            constructor(type, parent, options = {}) {
                super(type, parent, ext(def, options));
            }
            /* c8 ignore stop */
            static fromGlob(pattern, options = {}) {
                return orig.AST.fromGlob(pattern, ext(def, options));
            }
        },
        unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
        escape: (s, options = {}) => orig.escape(s, ext(def, options)),
        filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
        defaults: (options) => orig.defaults(ext(def, options)),
        makeRe: (pattern, options = {}) => orig.makeRe(pattern, ext(def, options)),
        braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
        match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
        sep: orig.sep,
        GLOBSTAR: GLOBSTAR,
    });
};
minimatch.defaults = defaults;
// Brace expansion:
// a{b,c}d -> abd acd
// a{b,}c -> abc ac
// a{0..3}d -> a0d a1d a2d a3d
// a{b,c{d,e}f}g -> abg acdfg acefg
// a{b,c}d{e,f}g -> abdeg acdeg abdeg abdfg
//
// Invalid sets are not expanded.
// a{2..}b -> a{2..}b
// a{b}c -> a{b}c
const braceExpand = (pattern, options = {}) => {
    assertValidPattern(pattern);
    // Thanks to Yeting Li <https://github.com/yetingli> for
    // improving this regexp to avoid a ReDOS vulnerability.
    if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
        // shortcut. no need to expand.
        return [pattern];
    }
    return expand(pattern, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
// parse a component of the expanded set.
// At this point, no pattern may contain "/" in it
// so we're going to return a 2d array, where each entry is the full
// pattern, split on '/', and then turned into a regular expression.
// A regexp is made at the end which joins each array with an
// escaped /, and another full one which joins each regexp with |.
//
// Following the lead of Bash 4.1, note that "**" only has special meaning
// when it is the *only* thing in a path portion.  Otherwise, any series
// of * is equivalent to a single *.  Globstar behavior is enabled by
// default, and can be disabled by setting options.noglobstar.
const makeRe = (pattern, options = {}) => new Minimatch(pattern, options).makeRe();
minimatch.makeRe = makeRe;
const match = (list, pattern, options = {}) => {
    const mm = new Minimatch(pattern, options);
    list = list.filter(f => mm.match(f));
    if (mm.options.nonull && !list.length) {
        list.push(pattern);
    }
    return list;
};
minimatch.match = match;
// replace stuff like \* with *
const globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
const esm_regExpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
class Minimatch {
    options;
    set;
    pattern;
    windowsPathsNoEscape;
    nonegate;
    negate;
    comment;
    empty;
    preserveMultipleSlashes;
    partial;
    globSet;
    globParts;
    nocase;
    isWindows;
    platform;
    windowsNoMagicRoot;
    maxGlobstarRecursion;
    regexp;
    constructor(pattern, options = {}) {
        assertValidPattern(pattern);
        options = options || {};
        this.options = options;
        this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? 200;
        this.pattern = pattern;
        this.platform = options.platform || defaultPlatform;
        this.isWindows = this.platform === 'win32';
        // avoid the annoying deprecation flag lol
        const awe = ('allowWindow' + 'sEscape');
        this.windowsPathsNoEscape =
            !!options.windowsPathsNoEscape || options[awe] === false;
        if (this.windowsPathsNoEscape) {
            this.pattern = this.pattern.replace(/\\/g, '/');
        }
        this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
        this.regexp = null;
        this.negate = false;
        this.nonegate = !!options.nonegate;
        this.comment = false;
        this.empty = false;
        this.partial = !!options.partial;
        this.nocase = !!this.options.nocase;
        this.windowsNoMagicRoot =
            options.windowsNoMagicRoot !== undefined ?
                options.windowsNoMagicRoot
                : !!(this.isWindows && this.nocase);
        this.globSet = [];
        this.globParts = [];
        this.set = [];
        // make the set of regexps etc.
        this.make();
    }
    hasMagic() {
        if (this.options.magicalBraces && this.set.length > 1) {
            return true;
        }
        for (const pattern of this.set) {
            for (const part of pattern) {
                if (typeof part !== 'string')
                    return true;
            }
        }
        return false;
    }
    debug(..._) { }
    make() {
        const pattern = this.pattern;
        const options = this.options;
        // empty patterns and comments match nothing.
        if (!options.nocomment && pattern.charAt(0) === '#') {
            this.comment = true;
            return;
        }
        if (!pattern) {
            this.empty = true;
            return;
        }
        // step 1: figure out negation, etc.
        this.parseNegate();
        // step 2: expand braces
        this.globSet = [...new Set(this.braceExpand())];
        if (options.debug) {
            //oxlint-disable-next-line no-console
            this.debug = (...args) => console.error(...args);
        }
        this.debug(this.pattern, this.globSet);
        // step 3: now we have a set, so turn each one into a series of
        // path-portion matching patterns.
        // These will be regexps, except in the case of "**", which is
        // set to the GLOBSTAR object for globstar behavior,
        // and will not contain any / characters
        //
        // First, we preprocess to make the glob pattern sets a bit simpler
        // and deduped.  There are some perf-killing patterns that can cause
        // problems with a glob walk, but we can simplify them down a bit.
        const rawGlobParts = this.globSet.map(s => this.slashSplit(s));
        this.globParts = this.preprocess(rawGlobParts);
        this.debug(this.pattern, this.globParts);
        // glob --> regexps
        let set = this.globParts.map((s, _, __) => {
            if (this.isWindows && this.windowsNoMagicRoot) {
                // check if it's a drive or unc path.
                const isUNC = s[0] === '' &&
                    s[1] === '' &&
                    (s[2] === '?' || !globMagic.test(s[2])) &&
                    !globMagic.test(s[3]);
                const isDrive = /^[a-z]:/i.test(s[0]);
                if (isUNC) {
                    return [
                        ...s.slice(0, 4),
                        ...s.slice(4).map(ss => this.parse(ss)),
                    ];
                }
                else if (isDrive) {
                    return [s[0], ...s.slice(1).map(ss => this.parse(ss))];
                }
            }
            return s.map(ss => this.parse(ss));
        });
        this.debug(this.pattern, set);
        // filter out everything that didn't compile properly.
        this.set = set.filter(s => s.indexOf(false) === -1);
        // do not treat the ? in UNC paths as magic
        if (this.isWindows) {
            for (let i = 0; i < this.set.length; i++) {
                const p = this.set[i];
                if (p[0] === '' &&
                    p[1] === '' &&
                    this.globParts[i][2] === '?' &&
                    typeof p[3] === 'string' &&
                    /^[a-z]:$/i.test(p[3])) {
                    p[2] = '?';
                }
            }
        }
        this.debug(this.pattern, this.set);
    }
    // various transforms to equivalent pattern sets that are
    // faster to process in a filesystem walk.  The goal is to
    // eliminate what we can, and push all ** patterns as far
    // to the right as possible, even if it increases the number
    // of patterns that we have to process.
    preprocess(globParts) {
        // if we're not in globstar mode, then turn ** into *
        if (this.options.noglobstar) {
            for (const partset of globParts) {
                for (let j = 0; j < partset.length; j++) {
                    if (partset[j] === '**') {
                        partset[j] = '*';
                    }
                }
            }
        }
        const { optimizationLevel = 1 } = this.options;
        if (optimizationLevel >= 2) {
            // aggressive optimization for the purpose of fs walking
            globParts = this.firstPhasePreProcess(globParts);
            globParts = this.secondPhasePreProcess(globParts);
        }
        else if (optimizationLevel >= 1) {
            // just basic optimizations to remove some .. parts
            globParts = this.levelOneOptimize(globParts);
        }
        else {
            // just collapse multiple ** portions into one
            globParts = this.adjascentGlobstarOptimize(globParts);
        }
        return globParts;
    }
    // just get rid of adjascent ** portions
    adjascentGlobstarOptimize(globParts) {
        return globParts.map(parts => {
            let gs = -1;
            while (-1 !== (gs = parts.indexOf('**', gs + 1))) {
                let i = gs;
                while (parts[i + 1] === '**') {
                    i++;
                }
                if (i !== gs) {
                    parts.splice(gs, i - gs);
                }
            }
            return parts;
        });
    }
    // get rid of adjascent ** and resolve .. portions
    levelOneOptimize(globParts) {
        return globParts.map(parts => {
            parts = parts.reduce((set, part) => {
                const prev = set[set.length - 1];
                if (part === '**' && prev === '**') {
                    return set;
                }
                if (part === '..') {
                    if (prev && prev !== '..' && prev !== '.' && prev !== '**') {
                        set.pop();
                        return set;
                    }
                }
                set.push(part);
                return set;
            }, []);
            return parts.length === 0 ? [''] : parts;
        });
    }
    levelTwoFileOptimize(parts) {
        if (!Array.isArray(parts)) {
            parts = this.slashSplit(parts);
        }
        let didSomething = false;
        do {
            didSomething = false;
            // <pre>/<e>/<rest> -> <pre>/<rest>
            if (!this.preserveMultipleSlashes) {
                for (let i = 1; i < parts.length - 1; i++) {
                    const p = parts[i];
                    // don't squeeze out UNC patterns
                    if (i === 1 && p === '' && parts[0] === '')
                        continue;
                    if (p === '.' || p === '') {
                        didSomething = true;
                        parts.splice(i, 1);
                        i--;
                    }
                }
                if (parts[0] === '.' &&
                    parts.length === 2 &&
                    (parts[1] === '.' || parts[1] === '')) {
                    didSomething = true;
                    parts.pop();
                }
            }
            // <pre>/<p>/../<rest> -> <pre>/<rest>
            let dd = 0;
            while (-1 !== (dd = parts.indexOf('..', dd + 1))) {
                const p = parts[dd - 1];
                if (p &&
                    p !== '.' &&
                    p !== '..' &&
                    p !== '**' &&
                    !(this.isWindows && /^[a-z]:$/i.test(p))) {
                    didSomething = true;
                    parts.splice(dd - 1, 2);
                    dd -= 2;
                }
            }
        } while (didSomething);
        return parts.length === 0 ? [''] : parts;
    }
    // First phase: single-pattern processing
    // <pre> is 1 or more portions
    // <rest> is 1 or more portions
    // <p> is any portion other than ., .., '', or **
    // <e> is . or ''
    //
    // **/.. is *brutal* for filesystem walking performance, because
    // it effectively resets the recursive walk each time it occurs,
    // and ** cannot be reduced out by a .. pattern part like a regexp
    // or most strings (other than .., ., and '') can be.
    //
    // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
    // <pre>/<e>/<rest> -> <pre>/<rest>
    // <pre>/<p>/../<rest> -> <pre>/<rest>
    // **/**/<rest> -> **/<rest>
    //
    // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
    // this WOULD be allowed if ** did follow symlinks, or * didn't
    firstPhasePreProcess(globParts) {
        let didSomething = false;
        do {
            didSomething = false;
            // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
            for (let parts of globParts) {
                let gs = -1;
                while (-1 !== (gs = parts.indexOf('**', gs + 1))) {
                    let gss = gs;
                    while (parts[gss + 1] === '**') {
                        // <pre>/**/**/<rest> -> <pre>/**/<rest>
                        gss++;
                    }
                    // eg, if gs is 2 and gss is 4, that means we have 3 **
                    // parts, and can remove 2 of them.
                    if (gss > gs) {
                        parts.splice(gs + 1, gss - gs);
                    }
                    let next = parts[gs + 1];
                    const p = parts[gs + 2];
                    const p2 = parts[gs + 3];
                    if (next !== '..')
                        continue;
                    if (!p ||
                        p === '.' ||
                        p === '..' ||
                        !p2 ||
                        p2 === '.' ||
                        p2 === '..') {
                        continue;
                    }
                    didSomething = true;
                    // edit parts in place, and push the new one
                    parts.splice(gs, 1);
                    const other = parts.slice(0);
                    other[gs] = '**';
                    globParts.push(other);
                    gs--;
                }
                // <pre>/<e>/<rest> -> <pre>/<rest>
                if (!this.preserveMultipleSlashes) {
                    for (let i = 1; i < parts.length - 1; i++) {
                        const p = parts[i];
                        // don't squeeze out UNC patterns
                        if (i === 1 && p === '' && parts[0] === '')
                            continue;
                        if (p === '.' || p === '') {
                            didSomething = true;
                            parts.splice(i, 1);
                            i--;
                        }
                    }
                    if (parts[0] === '.' &&
                        parts.length === 2 &&
                        (parts[1] === '.' || parts[1] === '')) {
                        didSomething = true;
                        parts.pop();
                    }
                }
                // <pre>/<p>/../<rest> -> <pre>/<rest>
                let dd = 0;
                while (-1 !== (dd = parts.indexOf('..', dd + 1))) {
                    const p = parts[dd - 1];
                    if (p && p !== '.' && p !== '..' && p !== '**') {
                        didSomething = true;
                        const needDot = dd === 1 && parts[dd + 1] === '**';
                        const splin = needDot ? ['.'] : [];
                        parts.splice(dd - 1, 2, ...splin);
                        if (parts.length === 0)
                            parts.push('');
                        dd -= 2;
                    }
                }
            }
        } while (didSomething);
        return globParts;
    }
    // second phase: multi-pattern dedupes
    // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
    // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
    // {<pre>/**/<rest>,<pre>/<rest>} -> <pre>/**/<rest>
    //
    // {<pre>/**/<rest>,<pre>/**/<p>/<rest>} -> <pre>/**/<rest>
    // ^-- not valid because ** doens't follow symlinks
    secondPhasePreProcess(globParts) {
        for (let i = 0; i < globParts.length - 1; i++) {
            for (let j = i + 1; j < globParts.length; j++) {
                const matched = this.partsMatch(globParts[i], globParts[j], !this.preserveMultipleSlashes);
                if (matched) {
                    globParts[i] = [];
                    globParts[j] = matched;
                    break;
                }
            }
        }
        return globParts.filter(gs => gs.length);
    }
    partsMatch(a, b, emptyGSMatch = false) {
        let ai = 0;
        let bi = 0;
        let result = [];
        let which = '';
        while (ai < a.length && bi < b.length) {
            if (a[ai] === b[bi]) {
                result.push(which === 'b' ? b[bi] : a[ai]);
                ai++;
                bi++;
            }
            else if (emptyGSMatch && a[ai] === '**' && b[bi] === a[ai + 1]) {
                result.push(a[ai]);
                ai++;
            }
            else if (emptyGSMatch && b[bi] === '**' && a[ai] === b[bi + 1]) {
                result.push(b[bi]);
                bi++;
            }
            else if (a[ai] === '*' &&
                b[bi] &&
                (this.options.dot || !b[bi].startsWith('.')) &&
                b[bi] !== '**') {
                if (which === 'b')
                    return false;
                which = 'a';
                result.push(a[ai]);
                ai++;
                bi++;
            }
            else if (b[bi] === '*' &&
                a[ai] &&
                (this.options.dot || !a[ai].startsWith('.')) &&
                a[ai] !== '**') {
                if (which === 'a')
                    return false;
                which = 'b';
                result.push(b[bi]);
                ai++;
                bi++;
            }
            else {
                return false;
            }
        }
        // if we fall out of the loop, it means they two are identical
        // as long as their lengths match
        return a.length === b.length && result;
    }
    parseNegate() {
        if (this.nonegate)
            return;
        const pattern = this.pattern;
        let negate = false;
        let negateOffset = 0;
        for (let i = 0; i < pattern.length && pattern.charAt(i) === '!'; i++) {
            negate = !negate;
            negateOffset++;
        }
        if (negateOffset)
            this.pattern = pattern.slice(negateOffset);
        this.negate = negate;
    }
    // set partial to true to test if, for example,
    // "/a/b" matches the start of "/*/b/*/d"
    // Partial means, if you run out of file before you run
    // out of pattern, then that's fine, as long as all
    // the parts match.
    matchOne(file, pattern, partial = false) {
        let fileStartIndex = 0;
        let patternStartIndex = 0;
        // UNC paths like //?/X:/... can match X:/... and vice versa
        // Drive letters in absolute drive or unc paths are always compared
        // case-insensitively.
        if (this.isWindows) {
            const fileDrive = typeof file[0] === 'string' && /^[a-z]:$/i.test(file[0]);
            const fileUNC = !fileDrive &&
                file[0] === '' &&
                file[1] === '' &&
                file[2] === '?' &&
                /^[a-z]:$/i.test(file[3]);
            const patternDrive = typeof pattern[0] === 'string' && /^[a-z]:$/i.test(pattern[0]);
            const patternUNC = !patternDrive &&
                pattern[0] === '' &&
                pattern[1] === '' &&
                pattern[2] === '?' &&
                typeof pattern[3] === 'string' &&
                /^[a-z]:$/i.test(pattern[3]);
            const fdi = fileUNC ? 3
                : fileDrive ? 0
                    : undefined;
            const pdi = patternUNC ? 3
                : patternDrive ? 0
                    : undefined;
            if (typeof fdi === 'number' && typeof pdi === 'number') {
                const [fd, pd] = [
                    file[fdi],
                    pattern[pdi],
                ];
                // start matching at the drive letter index of each
                if (fd.toLowerCase() === pd.toLowerCase()) {
                    pattern[pdi] = fd;
                    patternStartIndex = pdi;
                    fileStartIndex = fdi;
                }
            }
        }
        // resolve and reduce . and .. portions in the file as well.
        // don't need to do the second phase, because it's only one string[]
        const { optimizationLevel = 1 } = this.options;
        if (optimizationLevel >= 2) {
            file = this.levelTwoFileOptimize(file);
        }
        if (pattern.includes(GLOBSTAR)) {
            return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
        }
        return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
        // split the pattern into head, tail, and middle of ** delimited parts
        const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
        const lastgs = pattern.lastIndexOf(GLOBSTAR);
        // split the pattern up into globstar-delimited sections
        // the tail has to be at the end, and the others just have
        // to be found in order from the head.
        const [head, body, tail] = partial ?
            [
                pattern.slice(patternIndex, firstgs),
                pattern.slice(firstgs + 1),
                [],
            ]
            : [
                pattern.slice(patternIndex, firstgs),
                pattern.slice(firstgs + 1, lastgs),
                pattern.slice(lastgs + 1),
            ];
        // check the head, from the current file/pattern index.
        if (head.length) {
            const fileHead = file.slice(fileIndex, fileIndex + head.length);
            if (!this.#matchOne(fileHead, head, partial, 0, 0)) {
                return false;
            }
            fileIndex += head.length;
            patternIndex += head.length;
        }
        // now we know the head matches!
        // if the last portion is not empty, it MUST match the end
        // check the tail
        let fileTailMatch = 0;
        if (tail.length) {
            // if head + tail > file, then we cannot possibly match
            if (tail.length + fileIndex > file.length)
                return false;
            // try to match the tail
            let tailStart = file.length - tail.length;
            if (this.#matchOne(file, tail, partial, tailStart, 0)) {
                fileTailMatch = tail.length;
            }
            else {
                // affordance for stuff like a/**/* matching a/b/
                // if the last file portion is '', and there's more to the pattern
                // then try without the '' bit.
                if (file[file.length - 1] !== '' ||
                    fileIndex + tail.length === file.length) {
                    return false;
                }
                tailStart--;
                if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
                    return false;
                }
                fileTailMatch = tail.length + 1;
            }
        }
        // now we know the tail matches!
        // the middle is zero or more portions wrapped in **, possibly
        // containing more ** sections.
        // so a/**/b/**/c/**/d has become **/b/**/c/**
        // if it's empty, it means a/**/b, just verify we have no bad dots
        // if there's no tail, so it ends on /**, then we must have *something*
        // after the head, or it's not a matc
        if (!body.length) {
            let sawSome = !!fileTailMatch;
            for (let i = fileIndex; i < file.length - fileTailMatch; i++) {
                const f = String(file[i]);
                sawSome = true;
                if (f === '.' ||
                    f === '..' ||
                    (!this.options.dot && f.startsWith('.'))) {
                    return false;
                }
            }
            // in partial mode, we just need to get past all file parts
            return partial || sawSome;
        }
        // now we know that there's one or more body sections, which can
        // be matched anywhere from the 0 index (because the head was pruned)
        // through to the length-fileTailMatch index.
        // split the body up into sections, and note the minimum index it can
        // be found at (start with the length of all previous segments)
        // [section, before, after]
        const bodySegments = [[[], 0]];
        let currentBody = bodySegments[0];
        let nonGsParts = 0;
        const nonGsPartsSums = [0];
        for (const b of body) {
            if (b === GLOBSTAR) {
                nonGsPartsSums.push(nonGsParts);
                currentBody = [[], 0];
                bodySegments.push(currentBody);
            }
            else {
                currentBody[0].push(b);
                nonGsParts++;
            }
        }
        let i = bodySegments.length - 1;
        const fileLength = file.length - fileTailMatch;
        for (const b of bodySegments) {
            b[1] = fileLength - (nonGsPartsSums[i--] + b[0].length);
        }
        return !!this.#matchGlobStarBodySections(file, bodySegments, fileIndex, 0, partial, 0, !!fileTailMatch);
    }
    // return false for "nope, not matching"
    // return null for "not matching, cannot keep trying"
    #matchGlobStarBodySections(file, 
    // pattern section, last possible position for it
    bodySegments, fileIndex, bodyIndex, partial, globStarDepth, sawTail) {
        // take the first body segment, and walk from fileIndex to its "after"
        // value at the end
        // If it doesn't match at that position, we increment, until we hit
        // that final possible position, and give up.
        // If it does match, then advance and try to rest.
        // If any of them fail we keep walking forward.
        // this is still a bit recursively painful, but it's more constrained
        // than previous implementations, because we never test something that
        // can't possibly be a valid matching condition.
        const bs = bodySegments[bodyIndex];
        if (!bs) {
            // just make sure that there's no bad dots
            for (let i = fileIndex; i < file.length; i++) {
                sawTail = true;
                const f = file[i];
                if (f === '.' ||
                    f === '..' ||
                    (!this.options.dot && f.startsWith('.'))) {
                    return false;
                }
            }
            return sawTail;
        }
        // have a non-globstar body section to test
        const [body, after] = bs;
        while (fileIndex <= after) {
            const m = this.#matchOne(file.slice(0, fileIndex + body.length), body, partial, fileIndex, 0);
            // if limit exceeded, no match. intentional false negative,
            // acceptable break in correctness for security.
            if (m && globStarDepth < this.maxGlobstarRecursion) {
                // match! see if the rest match. if so, we're done!
                const sub = this.#matchGlobStarBodySections(file, bodySegments, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail);
                if (sub !== false) {
                    return sub;
                }
            }
            const f = file[fileIndex];
            if (f === '.' ||
                f === '..' ||
                (!this.options.dot && f.startsWith('.'))) {
                return false;
            }
            fileIndex++;
        }
        // walked off. no point continuing
        return partial || null;
    }
    #matchOne(file, pattern, partial, fileIndex, patternIndex) {
        let fi;
        let pi;
        let pl;
        let fl;
        for (fi = fileIndex,
            pi = patternIndex,
            fl = file.length,
            pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
            this.debug('matchOne loop');
            let p = pattern[pi];
            let f = file[fi];
            this.debug(pattern, p, f);
            // should be impossible.
            // some invalid regexp stuff in the set.
            /* c8 ignore start */
            if (p === false || p === GLOBSTAR) {
                return false;
            }
            /* c8 ignore stop */
            // something other than **
            // non-magic patterns just have to match exactly
            // patterns with magic have been turned into regexps.
            let hit;
            if (typeof p === 'string') {
                hit = f === p;
                this.debug('string match', p, f, hit);
            }
            else {
                hit = p.test(f);
                this.debug('pattern match', p, f, hit);
            }
            if (!hit)
                return false;
        }
        // Note: ending in / means that we'll get a final ""
        // at the end of the pattern.  This can only match a
        // corresponding "" at the end of the file.
        // If the file ends in /, then it can only match a
        // a pattern that ends in /, unless the pattern just
        // doesn't have any more for it. But, a/b/ should *not*
        // match "a/b/*", even though "" matches against the
        // [^/]*? pattern, except in partial mode, where it might
        // simply not be reached yet.
        // However, a/b/ should still satisfy a/*
        // now either we fell off the end of the pattern, or we're done.
        if (fi === fl && pi === pl) {
            // ran out of pattern and filename at the same time.
            // an exact hit!
            return true;
        }
        else if (fi === fl) {
            // ran out of file, but still had pattern left.
            // this is ok if we're doing the match as part of
            // a glob fs traversal.
            return partial;
        }
        else if (pi === pl) {
            // ran out of pattern, still have file left.
            // this is only acceptable if we're on the very last
            // empty segment of a file with a trailing slash.
            // a/* should match a/b/
            return fi === fl - 1 && file[fi] === '';
            /* c8 ignore start */
        }
        else {
            // should be unreachable.
            throw new Error('wtf?');
        }
        /* c8 ignore stop */
    }
    braceExpand() {
        return braceExpand(this.pattern, this.options);
    }
    parse(pattern) {
        assertValidPattern(pattern);
        const options = this.options;
        // shortcuts
        if (pattern === '**')
            return GLOBSTAR;
        if (pattern === '')
            return '';
        // far and away, the most common glob pattern parts are
        // *, *.*, and *.<ext>  Add a fast check method for those.
        let m;
        let fastTest = null;
        if ((m = pattern.match(starRE))) {
            fastTest = options.dot ? starTestDot : starTest;
        }
        else if ((m = pattern.match(starDotExtRE))) {
            fastTest = (options.nocase ?
                options.dot ?
                    starDotExtTestNocaseDot
                    : starDotExtTestNocase
                : options.dot ? starDotExtTestDot
                    : starDotExtTest)(m[1]);
        }
        else if ((m = pattern.match(qmarksRE))) {
            fastTest = (options.nocase ?
                options.dot ?
                    qmarksTestNocaseDot
                    : qmarksTestNocase
                : options.dot ? qmarksTestDot
                    : qmarksTest)(m);
        }
        else if ((m = pattern.match(starDotStarRE))) {
            fastTest = options.dot ? starDotStarTestDot : starDotStarTest;
        }
        else if ((m = pattern.match(dotStarRE))) {
            fastTest = dotStarTest;
        }
        const re = AST.fromGlob(pattern, this.options).toMMPattern();
        if (fastTest && typeof re === 'object') {
            // Avoids overriding in frozen environments
            Reflect.defineProperty(re, 'test', { value: fastTest });
        }
        return re;
    }
    makeRe() {
        if (this.regexp || this.regexp === false)
            return this.regexp;
        // at this point, this.set is a 2d array of partial
        // pattern strings, or "**".
        //
        // It's better to use .match().  This function shouldn't
        // be used, really, but it's pretty convenient sometimes,
        // when you just want to work with a regex.
        const set = this.set;
        if (!set.length) {
            this.regexp = false;
            return this.regexp;
        }
        const options = this.options;
        const twoStar = options.noglobstar ? esm_star
            : options.dot ? twoStarDot
                : twoStarNoDot;
        const flags = new Set(options.nocase ? ['i'] : []);
        // regexpify non-globstar patterns
        // if ** is only item, then we just do one twoStar
        // if ** is first, and there are more, prepend (\/|twoStar\/)? to next
        // if ** is last, append (\/twoStar|) to previous
        // if ** is in the middle, append (\/|\/twoStar\/) to previous
        // then filter out GLOBSTAR symbols
        let re = set
            .map(pattern => {
            const pp = pattern.map(p => {
                if (p instanceof RegExp) {
                    for (const f of p.flags.split(''))
                        flags.add(f);
                }
                return (typeof p === 'string' ? esm_regExpEscape(p)
                    : p === GLOBSTAR ? GLOBSTAR
                        : p._src);
            });
            pp.forEach((p, i) => {
                const next = pp[i + 1];
                const prev = pp[i - 1];
                if (p !== GLOBSTAR || prev === GLOBSTAR) {
                    return;
                }
                if (prev === undefined) {
                    if (next !== undefined && next !== GLOBSTAR) {
                        pp[i + 1] = '(?:\\/|' + twoStar + '\\/)?' + next;
                    }
                    else {
                        pp[i] = twoStar;
                    }
                }
                else if (next === undefined) {
                    pp[i - 1] = prev + '(?:\\/|\\/' + twoStar + ')?';
                }
                else if (next !== GLOBSTAR) {
                    pp[i - 1] = prev + '(?:\\/|\\/' + twoStar + '\\/)' + next;
                    pp[i + 1] = GLOBSTAR;
                }
            });
            const filtered = pp.filter(p => p !== GLOBSTAR);
            // For partial matches, we need to make the pattern match
            // any prefix of the full path. We do this by generating
            // alternative patterns that match progressively longer prefixes.
            if (this.partial && filtered.length >= 1) {
                const prefixes = [];
                for (let i = 1; i <= filtered.length; i++) {
                    prefixes.push(filtered.slice(0, i).join('/'));
                }
                return '(?:' + prefixes.join('|') + ')';
            }
            return filtered.join('/');
        })
            .join('|');
        // need to wrap in parens if we had more than one thing with |,
        // otherwise only the first will be anchored to ^ and the last to $
        const [open, close] = set.length > 1 ? ['(?:', ')'] : ['', ''];
        // must match entire pattern
        // ending in a * or ** will make it less strict.
        re = '^' + open + re + close + '$';
        // In partial mode, '/' should always match as it's a valid prefix for any pattern
        if (this.partial) {
            re = '^(?:\\/|' + open + re.slice(1, -1) + close + ')$';
        }
        // can match anything, as long as it's not this.
        if (this.negate)
            re = '^(?!' + re + ').+$';
        try {
            this.regexp = new RegExp(re, [...flags].join(''));
            /* c8 ignore start */
        }
        catch {
            // should be impossible
            this.regexp = false;
        }
        /* c8 ignore stop */
        return this.regexp;
    }
    slashSplit(p) {
        // if p starts with // on windows, we preserve that
        // so that UNC paths aren't broken.  Otherwise, any number of
        // / characters are coalesced into one, unless
        // preserveMultipleSlashes is set to true.
        if (this.preserveMultipleSlashes) {
            return p.split('/');
        }
        else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
            // add an extra '' for the one we lose
            return ['', ...p.split(/\/+/)];
        }
        else {
            return p.split(/\/+/);
        }
    }
    match(f, partial = this.partial) {
        this.debug('match', f, this.pattern);
        // short-circuit in the case of busted things.
        // comments, etc.
        if (this.comment) {
            return false;
        }
        if (this.empty) {
            return f === '';
        }
        if (f === '/' && partial) {
            return true;
        }
        const options = this.options;
        // windows: need to use /, not \
        if (this.isWindows) {
            f = f.split('\\').join('/');
        }
        // treat the test path as a set of pathparts.
        const ff = this.slashSplit(f);
        this.debug(this.pattern, 'split', ff);
        // just ONE of the pattern sets in this.set needs to match
        // in order for it to be valid.  If negating, then just one
        // match means that we have failed.
        // Either way, return on the first hit.
        const set = this.set;
        this.debug(this.pattern, 'set', set);
        // Find the basename of the path by looking for the last non-empty segment
        let filename = ff[ff.length - 1];
        if (!filename) {
            for (let i = ff.length - 2; !filename && i >= 0; i--) {
                filename = ff[i];
            }
        }
        for (const pattern of set) {
            let file = ff;
            if (options.matchBase && pattern.length === 1) {
                file = [filename];
            }
            const hit = this.matchOne(file, pattern, partial);
            if (hit) {
                if (options.flipNegate) {
                    return true;
                }
                return !this.negate;
            }
        }
        // didn't get any hits.  this is success if it's a negative
        // pattern, failure otherwise.
        if (options.flipNegate) {
            return false;
        }
        return this.negate;
    }
    static defaults(def) {
        return minimatch.defaults(def).Minimatch;
    }
}
/* c8 ignore start */



/* c8 ignore stop */
minimatch.AST = AST;
minimatch.Minimatch = Minimatch;
minimatch.escape = escape_escape;
minimatch.unescape = unescape_unescape;
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./src/core/path-patterns.ts

const PARENT_REASON = "pattern contains '..', which could leave the workspace; not searched. Write it relative to the workspace root";
/** Normalises `path`-style lines (see the module comment). */
function parsePathPatterns(lines) {
    const patterns = [];
    const refused = [];
    for (const raw of lines) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            continue;
        const negate = line.startsWith('!');
        const body = negate ? line.slice(1).trim() : line;
        const pattern = normaliseGlob(body);
        if (typeof pattern === 'string')
            refused.push({ pattern: body, reason: pattern });
        else
            patterns.push({ negate, ...pattern });
    }
    return { patterns, refused };
}
/** One glob normalised, or why it selects nothing. */
function normaliseGlob(body) {
    const posix = body.replace(/\\/g, '/');
    if (posix.split('/').includes('..'))
        return PARENT_REASON;
    if (/^(\/|[A-Za-z]:\/)/.test(posix))
        return { glob: body, absolute: true };
    const relative = posix.replace(/^(\.\/)+/, '').replace(/\/+$/, '');
    return { glob: relative === '' || relative === '.' ? '**' : relative, absolute: false };
}
/**
 * A test for relative POSIX paths (files git tracks, checkpoint ids) against the normalised lines:
 * included when the last line matching the path or one of its directories is not a `!` line.
 * Absolute patterns match nothing here (there is no disk to place them on).
 */
function pathSelector(patterns) {
    const compiled = compiledLines(patterns);
    return (path) => {
        const last = lastMatchingLine(compiled, path);
        return last >= 0 && !compiled[last].negate;
    };
}
/**
 * A test for directories, for a walk that prunes: false when no path below the directory can be
 * selected, so the walk need not enter it (`node_modules` under the default path lines, which
 * exclude it; `src/` under `exports/**`). True when unsure. Below a directory, a path is selected
 * by the last line matching it or one of its directories (pathSelector); the lines matching the
 * directory itself or its ancestors match every path below it too, so only a later positive line
 * that can match somewhere below (minimatch's partial match) can still select one.
 */
function directorySelector(patterns) {
    const compiled = compiledLines(patterns);
    return (dir) => {
        const last = lastMatchingLine(compiled, dir);
        if (last >= 0 && !compiled[last].negate)
            return true;
        return compiled.slice(last + 1).some(({ negate, matcher }) => !negate && matcher.match(dir, true));
    };
}
/** The index of the last line that matches `path` or one of its directories; -1 when none does. */
function lastMatchingLine(compiled, path) {
    const candidates = pathAndAncestors(path);
    for (let index = compiled.length - 1; index >= 0; index--)
        if (candidates.some(compiled[index].test))
            return index;
    return -1;
}
function compiledLines(patterns) {
    return patterns
        .filter((pattern) => !pattern.absolute)
        .map((pattern) => {
        const matcher = compiledGlob(pattern.glob);
        const regex = matcher.makeRe();
        return { negate: pattern.negate, matcher, test: regex ? (path) => regex.test(path) : (path) => matcher.match(path) };
    });
}
/** The paths among `paths` that the `path` lines select, in their order. */
function selectPaths(paths, lines) {
    const selected = pathSelector(parsePathPatterns(lines).patterns);
    return paths.filter(selected);
}
/**
 * A test for one glob (a budget rule's), read as one `path` line: a glob naming a directory covers
 * what is inside it; a `..` glob matches nothing.
 */
function globSelector(glob) {
    let selector = GLOB_SELECTORS.get(glob);
    if (!selector) {
        selector = pathSelector(parsePathPatterns([glob]).patterns.filter((pattern) => !pattern.negate));
        GLOB_SELECTORS.set(glob, selector);
    }
    return selector;
}
const GLOB_SELECTORS = new Map();
/**
 * The options @actions/glob's internal Pattern gives minimatch
 * (actions/toolkit:packages/glob/src/internal-pattern.ts), compiled once per glob: a rule is
 * matched against every checkpoint of a report, a line against every tracked file.
 */
const COMPILED_GLOBS = new Map();
function compiledGlob(glob) {
    let matcher = COMPILED_GLOBS.get(glob);
    if (!matcher) {
        matcher = new Minimatch(glob, { dot: true, nobrace: true, nocomment: true, noext: true, nonegate: true });
        COMPILED_GLOBS.set(glob, matcher);
    }
    return matcher;
}
/** `a/b/c` → `a`, `a/b`, `a/b/c`: a pattern that matches a directory matches its descendants. */
function pathAndAncestors(path) {
    const segments = path.split('/');
    return segments.map((_, index) => segments.slice(0, index + 1).join('/')).filter((prefix) => prefix !== '');
}

;// CONCATENATED MODULE: ./src/core/budgets.ts








/** How each check subject's LIMIT is read. */
const CHECK_PARSERS = {
    dtype: parseDtypeLimit,
    pickle: parsePickleLimit,
    duplicates: parseDuplicatesLimit
};

/** Every category a rule may name, in report order. */
const BUDGET_CATEGORIES = ['total', ...CATEGORIES];
/** The expected form of a budget line, shown in every parse error. */
const BUDGET_LINE_FORM = '[warn] [GLOB:] CATEGORY: LIMIT, e.g. `total: 50 MB`, `optimizer: 0 B`, `weights: +5%`, `weights: >= 1 MB`, `dtype: float16`, `dtype: no-float32`, ' +
    '`exports/mobile/**: weights: 20 MB, +10 MB`, `warn buffers: +1 MiB`, `pickle: safe`, `duplicates: 0 B`';
/** The rule the action applies unless the budget has a `pickle:` line of its own. */
const DEFAULT_PICKLE_RULE = 'pickle: safe';
/**
 * The rules with `pickle: safe` added when none of them speaks of pickles: the action fails a
 * checkpoint whose pickle would run code on load unless the user says otherwise
 * (`warn pickle: safe`).
 */
function withDefaultPickleRule(rules) {
    if (rules.some((rule) => rule.category === 'pickle'))
        return rules;
    return [...rules, ...parseBudgets(DEFAULT_PICKLE_RULE, { source: 'default rule' }).map((rule) => ({ ...rule, implicit: true }))];
}
/**
 * Parses budget lines, one rule per line: `[warn] [GLOB:] CATEGORY: LIMIT`, where CATEGORY is
 * one of total, weights, optimizer, buffers, bookkeeping, metadata, unclassified; LIMIT is an
 * absolute size (`50 MB`), a floor (`>= 1 MB`), a growth limit (`+5%`, `+10 MB`), or several
 * separated by commas (`50 MB, +5%`). A check subject takes its own LIMIT: `dtype: float16`,
 * `dtype: no-float32` (see CHECK_PARSERS). `#` starts a comment; blank lines are skipped.
 * @throws ConfigError naming the source, line number and text, and showing the expected form.
 */
function parseBudgets(text, options = {}) {
    const source = options.source ?? 'budget';
    const rules = [];
    text.split(/\r?\n/).forEach((raw, index) => {
        const rule = parseBudgetLine(raw, { source, line: index + 1 });
        if (rule)
            rules.push(rule);
    });
    return rules;
}
/** How messages name a rule's place: `budget line 2`, `.github/model-size-budget.yml:7:5`. */
function ruleOrigin(rule) {
    return rule.where ?? `${rule.source} line ${rule.line}`;
}
/**
 * Parses one budget line (the grammar of parseBudgets); undefined for a blank or comment line. A
 * config file reuses it for each rule it holds, so the two sources share one grammar.
 * @throws ConfigError naming the place and the text, and showing the expected form.
 */
function parseBudgetLine(raw, place) {
    const line = stripComment(raw).trim();
    if (line === '')
        return undefined;
    try {
        return { ...parseRule(line), text: line, line: place.line, source: place.source, ...(place.where === undefined ? {} : { where: place.where }) };
    }
    catch (error) {
        if (!(error instanceof core_errors/* ConfigError */.xL))
            throw error;
        throw new core_errors/* ConfigError */.xL(`${ruleOrigin(place)}: '${line}': ${error.message} Expected ${BUDGET_LINE_FORM}.`);
    }
}
/** `#` starts a comment at the start of a line or after whitespace (a glob never needs ` #`). */
function stripComment(line) {
    const match = /(^|\s)#/.exec(line);
    return match ? line.slice(0, match.index) : line;
}
function parseRule(line) {
    let rest = line;
    let soft = false;
    const warn = /^warn\s+/i.exec(rest);
    if (warn) {
        soft = true;
        rest = rest.slice(warn[0].length);
    }
    const parts = rest.split(':');
    if (parts.length < 2)
        throw new core_errors/* ConfigError */.xL(`no ':' between the category and the limit.`);
    const limitText = parts.pop().trim();
    const categoryText = parts.pop().trim();
    let glob;
    if (parts.length > 0) {
        glob = parts.join(':').trim();
        if (glob === '')
            throw new core_errors/* ConfigError */.xL('the checkpoint glob before the category is empty.');
        if (glob.toLowerCase() === 'warn')
            throw new core_errors/* ConfigError */.xL(`'warn' takes no colon: write 'warn ${categoryText}: ${limitText}'.`);
    }
    const category = parseCategory(categoryText);
    if (limitText === '')
        throw new core_errors/* ConfigError */.xL(`no limit after '${categoryText}:'.`);
    const limits = isCheckSubject(category)
        ? [{ kind: 'check', check: CHECK_PARSERS[category](limitText), text: limitText }]
        : parseLimits(limitText);
    return { ...(glob === undefined ? {} : { glob }), category, limits, soft };
}
function isCheckSubject(subject) {
    return Object.hasOwn(CHECK_PARSERS, subject);
}
/** Every word a rule may start with: the categories and the check subjects. */
const BUDGET_SUBJECTS = [...BUDGET_CATEGORIES, ...Object.keys(CHECK_PARSERS)];
function parseCategory(text) {
    const lower = text.toLowerCase();
    const found = BUDGET_SUBJECTS.find((category) => category === lower);
    if (found)
        return found;
    if (text === '')
        throw new core_errors/* ConfigError */.xL('the category is missing.');
    // Typos one or two edits away (`wieghts`, `optimiser`) get a suggestion.
    const close = BUDGET_SUBJECTS.find((category) => editDistance(category, lower) <= 2);
    const looksLikeGlob = /[/*?]/.test(text);
    const hint = close ? ` Did you mean '${close}'?` : looksLikeGlob ? ' The checkpoint glob comes first: GLOB: CATEGORY: LIMIT.' : '';
    throw new core_errors/* ConfigError */.xL(`'${text}' is not a category (one of ${BUDGET_SUBJECTS.join(', ')}).${hint}`);
}
/** Levenshtein distance, for suggestions between short words. */
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[b.length];
}
function parseLimits(text) {
    const limits = [];
    for (const term of text.split(',').map((part) => part.trim())) {
        if (term === '')
            throw new core_errors/* ConfigError */.xL(`an empty limit between commas in '${text}'.`);
        const limit = parseLimit(term);
        const since = (other) => ('since' in other ? other.since : undefined);
        if (limits.some((other) => other.kind === limit.kind && since(other) === since(limit))) {
            throw new core_errors/* ConfigError */.xL(`two limits of the same kind ('${term}'); give at most one size, one >= size, one +size and one +percent.`);
        }
        limits.push(limit);
    }
    return limits;
}
function parseLimit(term) {
    const floor = /^>=\s*/.exec(term);
    if (floor)
        return { kind: 'floor', size: parseSize(term.slice(floor[0].length)), text: term };
    if (term.startsWith('-'))
        throw new core_errors/* ConfigError */.xL(`'${term}': limits cannot be negative; a growth limit starts with '+'.`);
    const sinceMatch = /^(.*?)\s+since\s+(\S*)$/i.exec(term);
    if (sinceMatch && !term.startsWith('+'))
        throw new core_errors/* ConfigError */.xL(`'${term}': only a growth limit takes 'since' (e.g. '+10% since v1.4.0').`);
    if (!term.startsWith('+'))
        return { kind: 'absolute', size: parseSize(term), text: term };
    const since = sinceMatch ? sinceRef(sinceMatch[2], term) : undefined;
    const growth = (sinceMatch ? sinceMatch[1] : term).slice(1).trim();
    const from = since === undefined ? {} : { since };
    if (growth.endsWith('%')) {
        const number = growth.slice(0, -1).trim();
        if (!/^(\d+(\.\d+)?|\.\d+)$/.test(number))
            throw new core_errors/* ConfigError */.xL(`'${term}' is not a percentage: expected e.g. '+5%'.`);
        return { kind: 'growth-percent', percent: Number(number), text: term, ...from };
    }
    return { kind: 'growth-bytes', size: parseSize(growth), text: term, ...from };
}
/** A git ref as `since` takes it: a tag, branch or commit, never an option or a range. */
function sinceRef(ref, term) {
    if (!/^[A-Za-z0-9][\w./-]*$/.test(ref) || ref.includes('..')) {
        throw new core_errors/* ConfigError */.xL(`'${term}': 'since' takes a tag, branch or commit, e.g. '+10% since v1.4.0'.`);
    }
    return ref;
}
/** The git refs that `since` limits compare with: each is read once, before the rules are evaluated. */
function sinceRefs(rules) {
    const refs = new Set();
    for (const rule of rules)
        for (const limit of rule.limits)
            if ('since' in limit && limit.since !== undefined)
                refs.add(limit.since);
    return [...refs];
}
/**
 * True when the rule applies to the checkpoint (by glob on its id or full name), with the `path`
 * input's glob syntax (core/path-patterns.ts): a glob naming a directory covers what is inside it.
 */
function ruleMatches(rule, checkpoint) {
    if (rule.excludes?.some((glob) => globMatches(glob, checkpoint)))
        return false;
    return rule.glob === undefined || globMatches(rule.glob, checkpoint);
}
function globMatches(glob, checkpoint) {
    const selected = globSelector(glob);
    return selected(checkpoint.id) || (checkpoint.name !== undefined && checkpoint.name !== checkpoint.id && selected(checkpoint.name));
}
/**
 * Evaluates every rule against every matching head checkpoint of the diff. Removed checkpoints
 * are not evaluated. Growth limits without a base for the checkpoint give `no-baseline` and never
 * fail; absolute limits always apply.
 */
function evaluateBudgets(diff, rules, options = {}) {
    const results = [];
    const unmatchedRules = [];
    const headCheckpoints = diff.checkpoints.filter((checkpoint) => checkpoint.head !== undefined);
    const { matchId } = options;
    const matched = (checkpoint) => (matchId ? { id: matchId(checkpoint.id), name: checkpoint.head.name } : checkpoint.head);
    for (const rule of rules) {
        const matching = headCheckpoints.filter((checkpoint) => ruleMatches(rule, matched(checkpoint)));
        if (matching.length === 0 && !rule.implicit)
            unmatchedRules.push(rule);
        for (const checkpoint of matching) {
            for (const limit of rule.limits) {
                const result = evaluateLimit(rule, limit, checkpoint, options);
                if (!rule.implicit || result.status !== 'pass')
                    results.push(result);
            }
        }
    }
    const status = results.some((result) => result.status === 'fail')
        ? 'fail'
        : results.some((result) => result.status === 'warn') || unmatchedRules.length > 0
            ? 'warn'
            : 'pass';
    // `rules` are the user's: a verdict with only the default rule is still "no budget set".
    return { status, results, unmatchedRules, rules: rules.filter((rule) => !rule.implicit), diff };
}
function evaluateLimit(rule, limit, checkpoint, options) {
    if (limit.kind === 'check' || isCheckSubject(rule.category))
        return evaluateCheck(rule, limit, checkpoint);
    const category = rule.category;
    const { head = 0 } = checkpoint.categories[category];
    let { base } = checkpoint.categories[category];
    const since = 'since' in limit && limit.since !== undefined ? options.since?.get(limit.since) : undefined;
    if ('since' in limit && limit.since !== undefined) {
        base = since?.report?.checkpoints.find((candidate) => candidate.id === checkpoint.id)?.bytes[category];
    }
    const where = `${checkpoint.id}: ${category}`;
    const origin = `(${ruleOrigin(rule)}: ${rule.text})`;
    const common = { rule, limit, checkpointId: checkpoint.id, category, head, ...(base === undefined ? {} : { base }) };
    const exceeded = rule.soft ? 'warn' : 'fail';
    if (limit.kind === 'absolute' || limit.kind === 'floor') {
        // A floor (`>= 1 MB`) is the same comparison the other way round: a save that lost its weights.
        const allowed = limit.size.bytes;
        const floor = limit.kind === 'floor';
        const excess = Math.max(0, floor ? allowed - head : head - allowed);
        const message = excess > 0
            ? `${where} is ${(0,format_bytes/* formatBytes */.z3)(head)}, ${(0,format_bytes/* formatBytes */.z3)(excess)} ${floor ? 'under the floor' : 'over the limit'} of ${limit.text} ${origin}`
            : `${where} is ${(0,format_bytes/* formatBytes */.z3)(head)}, within ${limit.text}`;
        return { ...common, status: excess > 0 ? exceeded : 'pass', actual: head, allowed, excess, message };
    }
    const ref = 'since' in limit ? limit.since : undefined;
    if (base === undefined) {
        const why = ref !== undefined
            ? since?.report
                ? `not in the report at ${since.label}`
                : (since?.reason?.replace(/\.$/, '') ?? `${ref} was not read`)
            : checkpoint.change === 'added'
                ? 'a new checkpoint, not in the baseline'
                : 'no baseline';
        return { ...common, status: 'no-baseline', excess: 0, message: `${where}: ${why}; growth limit ${limit.text} not checked` };
    }
    const growth = head - base;
    // A percentage of nothing is nothing: growing from 0 B exceeds any percentage limit.
    const allowed = limit.kind === 'growth-bytes' ? limit.size.bytes : Math.floor((base * limit.percent) / 100);
    const excess = Math.max(0, growth - allowed);
    const from = ref !== undefined ? ` since ${since?.label ?? ref}` : '';
    const change = `${(0,format_bytes/* formatDeltaBytes */.js)(growth)}${base > 0 ? ` (${(0,format_bytes/* formatPercent */.l9)(growth / base, { signed: true })})` : ''}${from} from ${(0,format_bytes/* formatBytes */.z3)(base)}`;
    const message = excess > 0
        ? `${where} grew by ${change}, ${(0,format_bytes/* formatBytes */.z3)(excess)} over the limit of ${limit.text} ${origin}`
        : `${where} changed by ${change}, within ${limit.text}`;
    return { ...common, status: excess > 0 ? exceeded : 'pass', actual: growth, allowed, excess, message };
}
function evaluateCheck(rule, limit, checkpoint) {
    if (limit.kind !== 'check')
        throw new Error(`budget rule '${rule.text}': a ${rule.category} rule without its check`);
    const judgement = limit.check.judge(checkpoint.head);
    const status = judgement.status === 'exceeded' ? (rule.soft ? 'warn' : 'fail') : judgement.status === 'unknown' ? 'no-baseline' : 'pass';
    const origin = judgement.status === 'exceeded' ? ` (${ruleOrigin(rule)}: ${rule.text})` : '';
    return {
        rule,
        limit,
        checkpointId: checkpoint.id,
        category: rule.category,
        status,
        head: judgement.head,
        excess: judgement.excess,
        ...(judgement.summary === undefined ? {} : { summary: judgement.summary }),
        message: `${checkpoint.id}: ${judgement.detail}${origin}`
    };
}
/** Whether any rule needs the bytes per dtype of each checkpoint (measure with `dtypes`). */
function needsDtypes(rules) {
    return rules.some((rule) => rule.category === 'dtype');
}
/** Whether any rule needs the duplicate scan of each checkpoint (measure with `duplicates`). */
function needsDuplicates(rules) {
    return rules.some((rule) => rule.category === 'duplicates');
}
/** The messages of the exceeded hard limits, for `core.setFailed` / stderr. Empty when none. */
function failureMessages(verdict) {
    return verdict.results.filter((result) => result.status === 'fail').map((result) => result.message);
}

;// CONCATENATED MODULE: ./src/core/diff.ts

/**
 * Matches checkpoints of base and head by `id` and computes per category base, head, Δ and Δ%.
 * Without a baseline every checkpoint is `no-baseline` and only head figures are set.
 */
function diffReports(base, head) {
    const baseById = new Map((base?.checkpoints ?? []).map((checkpoint) => [checkpoint.id, checkpoint]));
    const headIds = new Set(head.checkpoints.map((checkpoint) => checkpoint.id));
    const checkpoints = head.checkpoints.map((headCheckpoint) => {
        const baseCheckpoint = baseById.get(headCheckpoint.id);
        const categories = deltas(baseCheckpoint?.bytes, headCheckpoint.bytes);
        const change = base === undefined
            ? 'no-baseline'
            : baseCheckpoint === undefined
                ? 'added'
                : Object.values(categories).some((delta) => delta.delta !== 0)
                    ? 'changed'
                    : 'unchanged';
        return { id: headCheckpoint.id, change, ...(baseCheckpoint ? { base: baseCheckpoint } : {}), head: headCheckpoint, categories };
    });
    for (const baseCheckpoint of base?.checkpoints ?? []) {
        if (headIds.has(baseCheckpoint.id))
            continue;
        checkpoints.push({ id: baseCheckpoint.id, change: 'removed', base: baseCheckpoint, categories: deltas(baseCheckpoint.bytes, undefined) });
    }
    return {
        ...(base ? { base } : {}),
        head,
        checkpoints,
        total: deltas(base?.total.bytes, head.total.bytes),
        changed: checkpoints.some((checkpoint) => checkpoint.change !== 'unchanged' && checkpoint.change !== 'no-baseline')
    };
}
/** Every category and the total, base against head; a side that is absent leaves its figures unset. */
function deltas(base, head) {
    const entries = [...CATEGORIES, 'total'].map((category) => {
        const delta = { category };
        if (base)
            delta.base = base[category];
        if (head)
            delta.head = head[category];
        if (base && head) {
            delta.delta = head[category] - base[category];
            if (base[category] > 0)
                delta.ratio = delta.delta / base[category];
        }
        return [category, delta];
    });
    return Object.fromEntries(entries);
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
// EXTERNAL MODULE: ./src/io/byte-source.ts
var byte_source = __nccwpck_require__(2940);
;// CONCATENATED MODULE: ./src/io/file-byte-source.ts


/**
 * A ByteSource over a file on disk: `pread` at the asked offsets, nothing cached or mapped.
 *
 * Every call is synchronous behind the async port. Readers ask for many small spans (a local
 * header per storage, a header per HDF5 object), and a round trip through libuv's thread pool
 * costs far more than the read itself; the CLI and the action have nothing else to do while they
 * wait. Not importing `node:fs/promises` also keeps it (and the stream and readline modules it
 * loads) out of the CLI's start-up.
 */
class FileByteSource {
    name;
    size;
    /** Bytes read from disk by every FileByteSource of this process (the CLI's stats for the bench). */
    static totalBytesRead = 0;
    /** Files opened by every FileByteSource of this process. */
    static totalOpened = 0;
    bytesRead = 0;
    fd;
    constructor(name, size, fd) {
        this.name = name;
        this.size = size;
        this.fd = fd;
    }
    static async open(path, name = path) {
        const fd = (0,external_node_fs_namespaceObject.openSync)(path, 'r');
        try {
            const { size } = (0,external_node_fs_namespaceObject.fstatSync)(fd);
            FileByteSource.totalOpened++;
            return new FileByteSource(name, size, fd);
        }
        catch (error) {
            (0,external_node_fs_namespaceObject.closeSync)(fd);
            throw error;
        }
    }
    async read(offset, length) {
        const buffer = new Uint8Array(length);
        this.fill(offset, buffer);
        return buffer;
    }
    async readInto(offset, target) {
        this.fill(offset, target);
    }
    fill(offset, target) {
        const length = target.length;
        (0,byte_source/* checkSpan */.$U)(this, offset, length);
        const fd = this.openFd();
        let filled = 0;
        while (filled < length) {
            const bytesRead = (0,external_node_fs_namespaceObject.readSync)(fd, target, filled, length - filled, offset + filled);
            if (bytesRead === 0)
                break; // the file shrank under us; checkSpan below reports it
            filled += bytesRead;
        }
        this.bytesRead += filled;
        FileByteSource.totalBytesRead += filled;
        if (filled < length)
            (0,byte_source/* checkSpan */.$U)({ name: this.name, size: offset + filled }, offset, length);
    }
    async close() {
        if (this.fd === undefined)
            return;
        const fd = this.fd;
        this.fd = undefined;
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
    openFd() {
        if (this.fd === undefined)
            throw new Error(`${this.name}: read after close`);
        return this.fd;
    }
}

;// CONCATENATED MODULE: ./src/io/disk-files.ts



/**
 * CheckpointFiles on the local disk, with paths relative to `root` (the workspace). Synchronous
 * calls behind the async port, for the reason FileByteSource gives.
 */
class DiskFiles {
    root;
    opened = [];
    constructor(root) {
        this.root = root;
    }
    /** Bytes read so far through every file this opened: the reading discipline, measured. */
    get bytesRead() {
        return this.opened.reduce((sum, source) => sum + source.bytesRead, 0);
    }
    abs(path) {
        return (0,external_node_path_namespaceObject.resolve)(this.root, path);
    }
    async open(path) {
        const source = await FileByteSource.open(this.abs(path), path);
        this.opened.push(source);
        return source;
    }
    async size(path) {
        try {
            const info = (0,external_node_fs_namespaceObject.statSync)(this.abs(path));
            return info.isFile() ? info.size : undefined;
        }
        catch {
            return undefined;
        }
    }
    async list(dir) {
        try {
            return (0,external_node_fs_namespaceObject.readdirSync)(this.abs(dir)).sort();
        }
        catch {
            return [];
        }
    }
}

// EXTERNAL MODULE: ./src/core/limits.ts
var limits = __nccwpck_require__(6419);
;// CONCATENATED MODULE: ./src/io/paths.ts

/**
 * True when `path` is `root` or below it (both absolute and normalised). The one check behind
 * every "does not leave the workspace" rule: the CLI's walk, the action's globbing, baselines.
 */
function isInside(root, path) {
    return path === root || path.startsWith(root.endsWith(external_node_path_namespaceObject.sep) ? root : root + external_node_path_namespaceObject.sep);
}
/**
 * Directories that hold version-control internals, dependencies or caches, never a user's own
 * checkpoint, though they can be full of files named like one (`*.bin` in `node_modules`, test
 * models in a `.venv`'s site-packages). The CLI's walk does not enter them unless named; the
 * action's default `path` globs exclude them (action.yml; a test keeps the two in step).
 */
const NOT_SEARCHED_DIRS = ['.git', '.hg', '.svn', 'node_modules', '.venv', '__pycache__'];

;// CONCATENATED MODULE: ./src/io/walk.ts




/** Entered only when named as a path: VCS internals, dependency trees and caches (see paths.ts). */
const SKIPPED_DIRS = new Set(NOT_SEARCHED_DIRS);
/** The FileFinder adapter of the CLI and library: named paths under `root`, walked. */
function walkFinder(root) {
    return { find: (paths) => walk(root, paths) };
}
/**
 * Lists the files under `paths` (files or directories, searched recursively) without opening
 * any of them. Symlinks are followed only when they resolve inside `root`: a checkout cannot make
 * the tool read `/etc` or a sibling directory through a link.
 *
 * The file system calls are synchronous (see FileByteSource): the walk is the only thing the
 * process does, and each call through the thread pool would cost a round trip.
 */
async function walk(root, paths) {
    const rootReal = external_node_fs_namespaceObject.realpathSync.native(root);
    const result = { files: [], named: [], skipped: [] };
    let visited = 0;
    const toPosix = (abs) => (0,external_node_path_namespaceObject.relative)(root, abs).split(external_node_path_namespaceObject.sep).join('/') || '.';
    const visit = (abs, explicit) => {
        if (++visited > limits/* MAX_WALKED_ENTRIES */.N0) {
            if (visited === limits/* MAX_WALKED_ENTRIES */.N0 + 1) {
                result.skipped.push({ path: toPosix(abs), reason: `more than ${limits/* MAX_WALKED_ENTRIES */.N0} entries; the rest was not searched` });
            }
            return;
        }
        let info;
        try {
            info = (0,external_node_fs_namespaceObject.lstatSync)(abs);
        }
        catch {
            result.skipped.push({ path: toPosix(abs), reason: 'no such file or directory' });
            return;
        }
        if (info.isSymbolicLink()) {
            let target;
            try {
                target = external_node_fs_namespaceObject.realpathSync.native(abs);
            }
            catch {
                result.skipped.push({ path: toPosix(abs), reason: 'broken symbolic link' });
                return;
            }
            if (!explicit && !isInside(rootReal, target)) {
                result.skipped.push({ path: toPosix(abs), reason: 'symbolic link to a path outside the searched root; not followed' });
                return;
            }
            info = (0,external_node_fs_namespaceObject.statSync)(target);
            if (info.isDirectory()) {
                // Following directory links could loop; a linked directory is named explicitly if wanted.
                if (!explicit)
                    return;
            }
        }
        if (info.isFile()) {
            result.files.push(toPosix(abs));
            if (explicit)
                result.named.push(toPosix(abs));
        }
        else if (info.isDirectory()) {
            const name = abs.slice(abs.lastIndexOf(external_node_path_namespaceObject.sep) + 1);
            if (!explicit && SKIPPED_DIRS.has(name))
                return;
            const entries = (0,external_node_fs_namespaceObject.readdirSync)(abs).sort();
            for (const entry of entries)
                visit((0,external_node_path_namespaceObject.resolve)(abs, entry), false);
        }
    };
    for (const path of paths)
        visit((0,external_node_path_namespaceObject.resolve)(root, path), true);
    result.files = [...new Set(result.files)].sort();
    result.named = [...new Set(result.named)].sort();
    return result;
}

// EXTERNAL MODULE: ./src/formats/kit/choose-reader.ts
var choose_reader = __nccwpck_require__(4368);
// EXTERNAL MODULE: ./src/formats/coreml/sniff.ts
var sniff = __nccwpck_require__(3719);
// EXTERNAL MODULE: ./src/formats/dcp/sniff.ts
var dcp_sniff = __nccwpck_require__(376);
// EXTERNAL MODULE: ./src/formats/flax/sniff.ts
var flax_sniff = __nccwpck_require__(6985);
// EXTERNAL MODULE: ./src/formats/gguf/sniff.ts
var gguf_sniff = __nccwpck_require__(8448);
// EXTERNAL MODULE: ./src/formats/keras/sniff.ts
var keras_sniff = __nccwpck_require__(1557);
// EXTERNAL MODULE: ./src/formats/numpy/sniff.ts
var numpy_sniff = __nccwpck_require__(5312);
// EXTERNAL MODULE: ./src/formats/onnx/sniff.ts
var onnx_sniff = __nccwpck_require__(6878);
// EXTERNAL MODULE: ./src/formats/openvino/sniff.ts
var openvino_sniff = __nccwpck_require__(4003);
// EXTERNAL MODULE: ./src/formats/orbax/sniff.ts
var orbax_sniff = __nccwpck_require__(2431);
// EXTERNAL MODULE: ./src/formats/pytorch/sniff.ts + 1 modules
var pytorch_sniff = __nccwpck_require__(8136);
// EXTERNAL MODULE: ./src/formats/safetensors/sniff.ts
var safetensors_sniff = __nccwpck_require__(3762);
// EXTERNAL MODULE: ./src/formats/executorch/sniff.ts
var executorch_sniff = __nccwpck_require__(9419);
// EXTERNAL MODULE: ./src/formats/tflite/sniff.ts
var tflite_sniff = __nccwpck_require__(8755);
// EXTERNAL MODULE: ./src/formats/torch-export/sniff.ts
var torch_export_sniff = __nccwpck_require__(8138);
// EXTERNAL MODULE: ./src/formats/tensorflow/sniff.ts
var tensorflow_sniff = __nccwpck_require__(5096);
// EXTERNAL MODULE: ./src/io/bytes/index.ts + 8 modules
var bytes = __nccwpck_require__(3031);
// EXTERNAL MODULE: ./src/io/checkpoint-files.ts
var checkpoint_files = __nccwpck_require__(9366);
// EXTERNAL MODULE: ./src/formats/zip/signature.ts
var signature = __nccwpck_require__(8922);
// EXTERNAL MODULE: ./src/formats/training-folder/layouts.ts
var layouts = __nccwpck_require__(3001);
;// CONCATENATED MODULE: ./src/formats/training-folder/sniff.ts




/**
 * A folder is handed to its reader through its primary file (`trainer_state.json`,
 * `random_states_0.pkl`, `mp_rank_00_model_states.pt`): the pipeline works on files, and the
 * reader lists the primary file's directory for the rest. The content check is the primary file's
 * own format, so that a stray file of that name is not taken for a folder.
 */
function folderSniffer(layout, looksRight) {
    return {
        format: layout.format,
        namePatterns: layout.primaryNames,
        matchesName: (path) => layout.primary.test((0,checkpoint_files/* basename */.P8)(path)),
        sniff: (candidate) => layout.primary.test((0,checkpoint_files/* basename */.P8)(candidate.path)) && looksRight(candidate.head)
    };
}
/** JSON: an object, after optional whitespace. */
const looksLikeJsonObject = (head) => /^\s*\{/.test((0,bytes/* utf8 */.As)(head));
/** A pickle (PROTO opcode) or a torch.save zip. */
const looksLikePickleOrZip = (head) => head[0] === 0x80 || (0,signature/* looksLikeZip */.f)(head);
const hfTrainerSniffer = folderSniffer(layouts.FOLDER_LAYOUTS.hfTrainer, looksLikeJsonObject);
const accelerateSniffer = folderSniffer(layouts.FOLDER_LAYOUTS.accelerate, looksLikePickleOrZip);
const deepspeedSniffer = folderSniffer(layouts.FOLDER_LAYOUTS.deepspeed, looksLikePickleOrZip);

;// CONCATENATED MODULE: ./src/formats/index.ts
















/**
 * A reader whose reading code is loaded on its first `read`: the sniffers are all the pipeline
 * needs to choose a reader, and the reading code of every format together is most of the bundle.
 * Behind each `import()` the bundler (ncc/webpack) makes a separate chunk, so the CLI compiles
 * only the formats it meets (issue 5: start-up is part of the product). Under tsx and Jest the
 * `import()` is an ordinary module load.
 */
function lazyReader(sniffer, load) {
    return {
        format: sniffer.format,
        matchesName: sniffer.matchesName,
        genericName: sniffer.genericName,
        namePatterns: sniffer.namePatterns,
        sniff: sniffer.sniff,
        read: async (path, files) => (await load()).read(path, files)
    };
}
/**
 * The readers of single checkpoints (a file and the companions it names), in the order the
 * pipeline tries them. Order matters where one checkpoint's companion file could be read as a
 * checkpoint of its own: a SavedModel claims its `variables/variables.index` before the TF
 * checkpoint reader sees it; a safetensors or PyTorch shard index claims its shards before they
 * are read one by one; an ONNX model claims its external data files (often `*.bin`) before they
 * could be taken for PyTorch files, as an OpenVINO IR's `.xml` claims its `.bin` and a Core ML
 * package its `weight.bin`.
 */
const FILE_READERS = [
    lazyReader(tensorflow_sniff/* tensorflowSavedModelSniffer */.X0, async () => (await __nccwpck_require__.e(/* import() */ 825).then(__nccwpck_require__.bind(__nccwpck_require__, 825))).tensorflowSavedModelReader),
    lazyReader(tensorflow_sniff/* tensorflowCheckpointSniffer */.Ze, async () => (await __nccwpck_require__.e(/* import() */ 825).then(__nccwpck_require__.bind(__nccwpck_require__, 825))).tensorflowCheckpointReader),
    lazyReader(safetensors_sniff/* safetensorsIndexSniffer */.f, async () => (await __nccwpck_require__.e(/* import() */ 410).then(__nccwpck_require__.bind(__nccwpck_require__, 7410))).safetensorsIndexReader),
    lazyReader(safetensors_sniff/* safetensorsSniffer */.R, async () => (await __nccwpck_require__.e(/* import() */ 410).then(__nccwpck_require__.bind(__nccwpck_require__, 7410))).safetensorsReader),
    // pytorch_model.bin.index.json claims its .bin shards before they are read one by one
    lazyReader(pytorch_sniff/* pytorchShardIndexSniffer */.xj, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(331), __nccwpck_require__.e(159), __nccwpck_require__.e(654), __nccwpck_require__.e(73)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8073))).pytorchShardIndexReader),
    lazyReader(onnx_sniff/* onnxSniffer */.L, async () => (await __nccwpck_require__.e(/* import() */ 500).then(__nccwpck_require__.bind(__nccwpck_require__, 3500))).onnxReader),
    // an OpenVINO IR's .xml claims its .bin, which holds no magic a reader could recognise
    lazyReader(openvino_sniff/* openvinoSniffer */.A, async () => (await __nccwpck_require__.e(/* import() */ 638).then(__nccwpck_require__.bind(__nccwpck_require__, 3638))).openvinoReader),
    // an .mlpackage claims its spec (a .mlmodel) and its weights/weight.bin before either is read alone
    lazyReader(sniff/* coremlPackageSniffer */.e, async () => (await __nccwpck_require__.e(/* import() */ 313).then(__nccwpck_require__.bind(__nccwpck_require__, 2313))).coremlPackageReader),
    lazyReader(sniff/* coremlModelSniffer */.b, async () => (await __nccwpck_require__.e(/* import() */ 313).then(__nccwpck_require__.bind(__nccwpck_require__, 2313))).coremlModelReader),
    // .npz zips (name-matched) before the zip sniffers below could see them; .npy by its magic
    lazyReader(numpy_sniff/* npzSniffer */._, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(331), __nccwpck_require__.e(199)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7199))).npzReader),
    lazyReader(numpy_sniff/* npySniffer */.b, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(331), __nccwpck_require__.e(199)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7199))).npyReader),
    // torch.export archives (.pt2 zips; read before other zips by their name)
    lazyReader(torch_export_sniff/* torchExportSniffer */.O, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(331), __nccwpck_require__.e(566)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4566))).torchExportReader),
    // torch.save zips and TorchScript archives
    lazyReader(pytorch_sniff/* pytorchZipSniffer */.mx, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(331), __nccwpck_require__.e(159), __nccwpck_require__.e(654), __nccwpck_require__.e(355)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1355))).pytorchZipReader),
    // pre-1.6 pickle streams
    lazyReader(pytorch_sniff/* pytorchLegacySniffer */._Z, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(159), __nccwpck_require__.e(654), __nccwpck_require__.e(233)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4233))).pytorchLegacyReader),
    // .keras zip (name-matched: other zips are PyTorch's)
    lazyReader(keras_sniff/* kerasArchiveSniffer */.k, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(331), __nccwpck_require__.e(430), __nccwpck_require__.e(362)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5362))).kerasArchiveReader),
    // .h5 / .hdf5 / .weights.h5, recognised by the HDF5 signature
    lazyReader(keras_sniff/* hdf5Sniffer */.H, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(430), __nccwpck_require__.e(402)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4402))).hdf5Reader),
    lazyReader(gguf_sniff/* ggufSniffer */.V, async () => (await __nccwpck_require__.e(/* import() */ 865).then(__nccwpck_require__.bind(__nccwpck_require__, 2865))).ggufReader),
    // `*.msgpack` and extension-less `checkpoint_N` files whose content is a msgpack map
    lazyReader(flax_sniff/* flaxMsgpackSniffer */.X, async () => (await __nccwpck_require__.e(/* import() */ 154).then(__nccwpck_require__.bind(__nccwpck_require__, 2154))).flaxMsgpackReader),
    // an Orbax step folder, from its _CHECKPOINT_METADATA or an item's _METADATA
    lazyReader(orbax_sniff/* orbaxSniffer */.q1, async () => (await __nccwpck_require__.e(/* import() */ 645).then(__nccwpck_require__.bind(__nccwpck_require__, 1645))).orbaxReader),
    // flatbuffers recognised by their file identifiers (TFL3, ETnn, FTnn)
    lazyReader(tflite_sniff/* tfliteSniffer */.Q, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(331), __nccwpck_require__.e(875)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1875))).tfliteReader),
    lazyReader(executorch_sniff/* executorchProgramSniffer */.W, async () => (await __nccwpck_require__.e(/* import() */ 49).then(__nccwpck_require__.bind(__nccwpck_require__, 9430))).executorchProgramReader),
    lazyReader(executorch_sniff/* executorchDataSniffer */.e, async () => (await __nccwpck_require__.e(/* import() */ 49).then(__nccwpck_require__.bind(__nccwpck_require__, 9430))).executorchDataReader)
];
/** A training-folder reader, loaded on first use, reading each file of a folder with the file readers. */
function folderReader(sniffer, layout) {
    return lazyReader(sniffer, async () => {
        const [{ trainingFolderReader }, { FOLDER_LAYOUTS }] = await Promise.all([Promise.all(/* import() */[__nccwpck_require__.e(331), __nccwpck_require__.e(534)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6534)), Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 3001))]);
        return trainingFolderReader(FOLDER_LAYOUTS[layout], [DCP_READER, ...FILE_READERS]);
    });
}
/** A `torch.distributed.checkpoint` folder, by its `.metadata`: on its own, or inside a training folder (FSDP). */
const DCP_READER = lazyReader(dcp_sniff/* dcpSniffer */.p, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(331), __nccwpck_require__.e(159), __nccwpck_require__.e(89)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7089))).dcpReader);
/**
 * Every reader, in the order the pipeline tries them: whole training-output folders first, so
 * that a folder claims its weights, optimizer and RNG files before any is read as a checkpoint of
 * its own (and a Trainer folder its DeepSpeed `global_stepN/`); then the single checkpoints.
 */
const READERS = [
    folderReader(hfTrainerSniffer, 'hfTrainer'),
    folderReader(accelerateSniffer, 'accelerate'),
    folderReader(deepspeedSniffer, 'deepspeed'),
    DCP_READER,
    ...FILE_READERS
];
/**
 * The file names of every format, as `path` globs in any directory, in reader order without
 * repeats: the action's default `path` is made of them (action/constants.ts).
 */
const NAME_PATTERNS = [...new Set(READERS.flatMap((reader) => reader.namePatterns ?? []))];

;// CONCATENATED MODULE: ./src/pipeline/ids.ts

/**
 * A checkpoint's stable id: its name with what changes from run to run removed, so that base and
 * head match up. `exports/ckpt-1000` and `exports/ckpt-2000` are one checkpoint; so are
 * `model-00001-of-00003.safetensors` shards and their set, and `out/checkpoint-500/model.safetensors`
 * and `out/checkpoint-1000/model.safetensors`.
 */
function checkpointId(name) {
    // A directory per save (Hugging Face Trainer's `output/checkpoint-500/`, `runs/epoch-3/`).
    const dir = (0,checkpoint_files/* dirname */.pD)(name).split('/').map(withoutStepDirectory).join('/');
    let base = withoutDeepSpeedStep((0,checkpoint_files/* basename */.P8)(name));
    // A SavedModel exported into a numbered version directory (TF Serving's `export/1567058744`,
    // `models/00000123`): the number changes with every export, the directory above it does not.
    if (/^\d+$/.test(base) && dir !== '.')
        return dir;
    base = base
        .replace(/-\d{5}-of-\d{5}(?=\.|$)/, '') // shard suffix: model-00001-of-00003.safetensors
        .replace(/\b(epoch|step|iter)=\d+/gi, '$1=N') // Lightning: epoch=3-step=1000.ckpt
        .replace(/^(checkpoint|ckpt)_\d+$/i, '$1'); // Flax save_checkpoint: checkpoint_1000
    base = withoutStepNumber(base);
    if (base === '' || base === '.')
        base = (0,checkpoint_files/* basename */.P8)(name);
    return dir === '.' ? base : (0,checkpoint_files/* joinPath */.uJ)(dir, base);
}
/**
 * `checkpoint-500` → `checkpoint`: a directory named by a step word and a number; others stay.
 * DeepSpeed names its directory per save `global_step<N>` (`deepspeed/runtime/engine.py`), without a dash.
 */
function withoutStepDirectory(segment) {
    const deepspeed = withoutDeepSpeedStep(segment);
    if (deepspeed !== segment)
        return deepspeed;
    const numbered = /^(.+)-\d+$/.exec(segment);
    return numbered && SAVE_DIRECTORY.test(numbered[1]) ? numbered[1] : segment;
}
/** A DeepSpeed folder per save, `global_step500` → `global_step`, as the last segment of a name too. */
function withoutDeepSpeedStep(segment) {
    return /^global_step\d+$/.test(segment) ? 'global_step' : segment;
}
/** Words that name a save, a step or an epoch: in a file name or a directory name, a `-N` after them counts saves. */
const SAVE_WORDS = ['ckpt', 'checkpoint', 'snapshot', 'step', 'epoch', 'iter'];
/**
 * Words after which `-N` before a file extension counts a step or an epoch (`weights-20.pt`,
 * `checkpoint-500.pt`), rather than naming the model (`resnet-50.onnx`, `yolov5-6.pt` stay whole).
 */
const STEP_WORDS = new RegExp(`(?:^|[._-])(?:${[...SAVE_WORDS, 'weights', 'model'].join('|')})$`, 'i');
/** A directory named only by a save word, before its `-N` (`checkpoint-500/`, `epoch-3/`), is a directory per save. */
const SAVE_DIRECTORY = new RegExp(`^(?:${SAVE_WORDS.join('|')})$`, 'i');
/**
 * `ckpt-1000`, `model.ckpt-5` (a TF prefix: no extension, and TF's savers append `-<step>`) and
 * `weights-20.pt` lose their number; `resnet-50.onnx` keeps it.
 */
function withoutStepNumber(base) {
    const numbered = /^(.+)-\d+(\.[A-Za-z]+)?$/.exec(base);
    if (!numbered)
        return base;
    const [, stem, extension] = numbered;
    if (extension === undefined || STEP_WORDS.test(stem))
        return stem + (extension ?? '');
    return base;
}
/**
 * Makes ids unique: when several checkpoints of one run normalise to the same id (a checkpoint
 * manager keeping its last N steps in one directory), each keeps its full name instead, and the
 * one named `latest` (by the directory's `checkpoint` state file) is marked.
 */
function assignIds(checkpoints, latestNames) {
    const counts = new Map();
    for (const checkpoint of checkpoints) {
        const id = checkpointId(checkpoint.name);
        counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return checkpoints.map((checkpoint) => {
        const id = checkpointId(checkpoint.name);
        if ((counts.get(id) ?? 0) <= 1)
            return { ...checkpoint, id };
        return { ...checkpoint, id: checkpoint.name, ...(latestNames.has(checkpoint.name) ? { latest: true } : {}) };
    });
}

;// CONCATENATED MODULE: ./src/pipeline/duplicates.ts

/*
 * The `duplicates:` rule's scan (issue 14): tensors stored twice, such as tied embeddings saved
 * untied or a second copy of the model under another key. Candidates come from metadata alone
 * (same dtype, shape and stored size; a storage shared by several tensors is one tensor, not a
 * copy); only then is content read, and only a little: three samples of 64 bytes per tensor, for
 * at most MAX_DUPLICATE_GROUPS_SAMPLED groups of MAX_DUPLICATE_TENSORS_SAMPLED tensors. So the
 * cost never grows with the payload. Sampling can call two tensors equal that differ between the
 * samples; two copies of one tensor always match, and a real model's distinct weights of one
 * shape differ at their first bytes.
 */
/** Groups of tensors of one checkpoint whose samples are equal; largest copies first. */
async function findDuplicates(result, files) {
    const present = new Set(result.files.filter((file) => file.present).map((file) => file.path));
    const candidates = new Map();
    const seenStorages = new Set();
    const seenSpans = new Set();
    for (const tensor of result.tensors) {
        if (tensor.byteLength < limits/* MIN_DUPLICATE_TENSOR_BYTES */.pD || !present.has(tensor.file))
            continue;
        // One storage seen through several names (PyTorch tied weights) is stored once: no copy.
        if (tensor.storageKey !== undefined) {
            if (seenStorages.has(tensor.storageKey))
                continue;
            seenStorages.add(tensor.storageKey);
        }
        const span = `${tensor.file}\u0000${tensor.offset}`;
        if (seenSpans.has(span))
            continue;
        seenSpans.add(span);
        const key = `${tensor.dtype}\u0000${tensor.shape.join(',')}\u0000${tensor.byteLength}`;
        const group = candidates.get(key);
        if (group)
            group.push(tensor);
        else
            candidates.set(key, [tensor]);
    }
    const groups = [...candidates.values()]
        .filter((group) => group.length > 1)
        .sort((a, b) => b[0].byteLength - a[0].byteLength)
        .slice(0, limits/* MAX_DUPLICATE_GROUPS_SAMPLED */.BE);
    if (groups.length === 0)
        return [];
    const sources = new Map();
    const open = async (path) => {
        let source = sources.get(path);
        if (!source)
            sources.set(path, (source = await files.open(path)));
        return source;
    };
    const found = [];
    try {
        for (const group of groups) {
            const bySample = new Map();
            for (const tensor of group.slice(0, limits/* MAX_DUPLICATE_TENSORS_SAMPLED */.Z1)) {
                const sample = await sampleOf(await open(tensor.file), tensor);
                if (sample === undefined)
                    continue;
                const same = bySample.get(sample);
                if (same)
                    same.push(tensor);
                else
                    bySample.set(sample, [tensor]);
            }
            for (const copies of bySample.values()) {
                if (copies.length < 2)
                    continue;
                const [first] = copies;
                found.push({ dtype: first.dtype, shape: [...first.shape], bytes: first.byteLength, tensors: copies.map((tensor) => tensor.name) });
            }
        }
    }
    finally {
        await Promise.all([...sources.values()].map((source) => source.close()));
    }
    return found;
}
/**
 * The tensor's start, middle and end bytes as one string; undefined when they are one byte value
 * repeated (zeros, ones of a fresh norm, a LoRA B matrix before training): equal by
 * initialisation, not copies anyone saved twice.
 */
async function sampleOf(source, tensor) {
    const length = limits/* DUPLICATE_SAMPLE_BYTES */.tu;
    const last = tensor.byteLength - length;
    const offsets = [0, Math.floor(last / 2), last];
    let text = '';
    let constant = true;
    let first;
    for (const offset of offsets) {
        const bytes = await source.read(tensor.offset + offset, length);
        for (const byte of bytes) {
            first ??= byte;
            if (byte !== first)
                constant = false;
            text += String.fromCharCode(byte);
        }
    }
    return constant ? undefined : text;
}

;// CONCATENATED MODULE: ./src/pipeline/measure.ts







/**
 * The pipeline shared by the CLI, the action and the baselines: from a list of files to a report.
 * Files no reader's name filter accepts are never opened. Each checkpoint that cannot be read
 * becomes an entry in `report.errors`, and the others are still reported.
 */
async function measure(paths, files, options = {}) {
    const readers = options.readers ?? READERS;
    const errors = [];
    const claimed = [];
    const unrecognised = [];
    const namedPaths = new Set(options.named);
    let handled = 0;
    for (const path of [...new Set(paths)].sort()) {
        const nameMatches = readers.filter((reader) => reader.matchesName(path));
        if (nameMatches.length === 0 && !namedPaths.has(path))
            continue;
        if (++handled % FILES_PER_TURN === 0)
            await nextTurn();
        try {
            const candidate = await (0,choose_reader/* readCandidate */.G)(path, files);
            const reader = (0,choose_reader/* chooseReader */.P)(candidate, readers);
            if (reader)
                claimed.push({ reader, candidate });
            // A name as common as `.xml` says nothing: such a file no reader claims is not reported at
            // all, unless the user named it.
            else if (namedPaths.has(path) || !nameMatches.every((match) => match.genericName))
                unrecognised.push(candidate);
        }
        catch (error) {
            errors.push(toReportError(path, error));
        }
    }
    // Read in reader order, so a checkpoint claims its companions before they are read alone.
    claimed.sort((a, b) => readers.indexOf(a.reader) - readers.indexOf(b.reader) || a.candidate.path.localeCompare(b.candidate.path));
    const consumed = new Set();
    // Each checkpoint is analysed as soon as it is read, so that one tensor list at a time is alive:
    // a directory of several large checkpoints peaks at the largest, not at their sum. Ids depend on
    // every name (pipeline/ids.ts), so they are set once all are read.
    const analysed = [];
    for (const { reader, candidate } of claimed) {
        if (consumed.has(candidate.path))
            continue;
        if (++handled % FILES_PER_TURN === 0)
            await nextTurn();
        try {
            analysed.push(await readAndAnalyse(reader, candidate.path, files, consumed, options));
        }
        catch (error) {
            errors.push(toReportError(candidate.path, await lfsPointerInstead(error, files)));
        }
    }
    // A file no reader recognised on its own may still be a companion of a checkpoint (an ONNX
    // model's external `weights.bin`): it is an error only if no checkpoint claimed it.
    const skipped = [];
    for (const candidate of unrecognised) {
        if (consumed.has(candidate.path))
            continue;
        const named = namedPaths.has(candidate.path);
        const error = await lfsPointerInstead(notRecognised(candidate, named), files, candidate.path);
        if (error instanceof core_errors/* UnsupportedFormatError */.N$ && !named && options.foundBySearch?.(candidate.path))
            skipped.push({ path: candidate.path, reason: NOT_A_CHECKPOINT });
        else
            errors.push(toReportError(candidate.path, error));
    }
    const latest = new Set(analysed.filter((checkpoint) => checkpoint.markedLatest).map((checkpoint) => checkpoint.name));
    const checkpoints = [];
    for (const { id, name, latest: isLatest, report, error } of assignIds(analysed, latest)) {
        if (!report) {
            errors.push(toReportError(name, await lfsPointerInstead(error, files)));
            continue;
        }
        report.id = id;
        if (id !== name)
            report.name = name;
        if (isLatest)
            report.latest = true;
        checkpoints.push(report);
    }
    checkpoints.sort((a, b) => a.id.localeCompare(b.id));
    errors.sort((a, b) => a.path.localeCompare(b.path));
    const report = buildReport(checkpoints, errors);
    if (skipped.length > 0)
        report.skipped = skipped;
    return report;
}
/**
 * Files sniffed or read between two turns of the event loop. Reads from the disk are synchronous
 * (see FileByteSource), so a measure of 1,000 files would otherwise hold the process for its whole
 * length: the action reads the base commit from git and calls the API beside the head's measure
 * (action/measure-mode.ts), and those answers wait for a turn.
 */
const FILES_PER_TURN = 16;
function nextTurn() {
    return new Promise((resolve) => setImmediate(resolve));
}
/** Why a file found by a search was skipped. */
const NOT_A_CHECKPOINT = 'not a checkpoint format: its name looks like a checkpoint but its content matches no supported format';
/**
 * Reads one checkpoint (a read error is thrown) and analyses it at once. The tensor list lives
 * only in this call, so it is garbage by the time the next checkpoint is read.
 */
async function readAndAnalyse(reader, path, files, consumed, options) {
    const result = await reader.read(path, files);
    for (const file of result.files)
        consumed.add(file.path);
    const latest = result.latest ? { markedLatest: true } : {};
    let report;
    try {
        report = analyzeCheckpoint(result, { id: result.name, top: options.top, dtypes: options.dtypes });
    }
    catch (error) {
        return { name: result.name, ...latest, error };
    }
    // After the analysis, which checked every span against its file.
    if (options.duplicates)
        report.duplicates = await findDuplicates(result, files);
    return { name: result.name, ...latest, report };
}
/**
 * Report entries for paths a file search did not follow (a symlink out of the root, `..`, a
 * missing path): the CLI's walk, the action's globbing and a baseline directory all report them
 * the same way.
 */
function skippedPathErrors(skipped) {
    return skipped.map(({ path, reason }) => ({ path, kind: 'PathError', message: `${path}: ${reason}.` }));
}
function notRecognised(candidate, named) {
    if ((0,core_errors/* looksLikeLfsPointer */.K2)(candidate.head))
        return new core_errors/* LfsPointerError */.VE(candidate.path);
    return new core_errors/* UnsupportedFormatError */.N$(candidate.path, named
        ? 'it was named as a checkpoint, but its content matches no supported format'
        : 'its name looks like a checkpoint but its content matches no supported format', 'See the README for the supported formats.');
}
/**
 * A checkpoint that fails on a file that is a Git LFS pointer (a data shard or a shard of an index
 * checked out without LFS: the index is fine, its tensors lie beyond the pointer's ~130 bytes)
 * gets the LFS error, which says how to fetch the file, instead of a "truncated" one.
 */
async function lfsPointerInstead(error, files, path) {
    const file = path ?? (error instanceof core_errors/* FormatError */.IF ? error.file : undefined);
    if (file === undefined)
        return error;
    const pointer = await readLfsPointer(file, files);
    return pointer ? new core_errors/* LfsPointerError */.VE(file, pointer.size) : error;
}
/** The object size a Git LFS pointer names, when `path` is one (docs/spec.md of git-lfs/git-lfs). */
async function readLfsPointer(path, files) {
    try {
        const size = await files.size(path);
        if (size === undefined || size > limits/* MAX_LFS_POINTER_BYTES */.Xe)
            return undefined;
        const source = await files.open(path);
        let bytes;
        try {
            bytes = await source.read(0, size);
        }
        finally {
            await source.close();
        }
        if (!(0,core_errors/* looksLikeLfsPointer */.K2)(bytes))
            return undefined;
        const text = new TextDecoder().decode(bytes);
        const objectSize = /^size (\d+)$/m.exec(text);
        return { size: objectSize ? Number(objectSize[1]) : undefined };
    }
    catch {
        return undefined;
    }
}
function toReportError(path, error) {
    if (error instanceof core_errors/* ModelSizeBudgetError */.cX)
        return { path, kind: error.name, message: error.message };
    const code = error?.code;
    if (code === 'ENOENT')
        return toReportError(path, new core_errors/* MissingFileError */.Hb(path));
    if (code === 'EACCES')
        return { path, kind: 'PermissionError', message: `${path}: permission denied.` };
    const detail = error instanceof Error ? error.message : String(error);
    return {
        path,
        kind: 'InternalError',
        message: `${path}: could not be analysed (${detail}). This is a bug in model-size-budget; please report it with the file's format.`
    };
}

;// CONCATENATED MODULE: ./src/lib.ts
/**
 * model-size-budget as a library: `import { analyze } from 'model-size-budget'`. The same walk,
 * readers and classifier as the CLI, returning the report (schema 1) instead of printing it; the
 * budget and diff engine for callers that gate on it themselves.
 */







/**
 * Finds the checkpoints under `paths` (files or directories, searched as the CLI searches them),
 * reads their metadata and attributes every byte to a category, as `model-size-budget PATH` does.
 * Files that cannot be read are in `report.errors`; the others are still reported.
 */
async function analyze(paths, options = {}) {
    const cwd = (0,external_node_path_namespaceObject.resolve)(options.cwd ?? process.cwd());
    const found = await walk(cwd, typeof paths === 'string' ? [paths] : paths);
    // As the CLI: a file named in `paths` is read whatever its name; one found inside a named
    // directory that is plainly no checkpoint is skipped (`report.skipped`), not an error.
    const named = new Set(found.named);
    const report = await measure(found.files, new DiskFiles(cwd), { top: options.top ?? 0, named: found.named, foundBySearch: (path) => !named.has(path) });
    report.errors.push(...skippedPathErrors(found.skipped));
    return report;
}


var __webpack_exports__analyze = __webpack_exports__.ns;
var __webpack_exports__buildReport = __webpack_exports__.FK;
var __webpack_exports__diffReports = __webpack_exports__.fH;
var __webpack_exports__evaluateBudgets = __webpack_exports__.A1;
var __webpack_exports__parseBudgets = __webpack_exports__.C3;
export { __webpack_exports__analyze as analyze, __webpack_exports__buildReport as buildReport, __webpack_exports__diffReports as diffReports, __webpack_exports__evaluateBudgets as evaluateBudgets, __webpack_exports__parseBudgets as parseBudgets };

//# sourceMappingURL=index.js.map