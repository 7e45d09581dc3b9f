#!/usr/bin/env node
import './sourcemap-register.cjs';import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 581:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(246);

// The entry only wires the process to main(); every decision lives below it.
process.exitCode = await (0,_cli_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .iW)(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd()
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 246:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  iW: () => (/* binding */ main)
});

// UNUSED EXPORTS: ExitCode, USAGE, parseCliArgs

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/core/errors.ts
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
/** A Git LFS pointer where a checkpoint was expected: the checkout did not fetch LFS objects. */
class LfsPointerError extends ModelSizeBudgetError {
    file;
    constructor(file, pointedBytes) {
        const size = pointedBytes === undefined ? '' : ` for a ${pointedBytes}-byte object`;
        super(`${file}: this is a Git LFS pointer${size}, not the checkpoint itself. ` +
            'Check out with `lfs: true` (actions/checkout) or run `git lfs pull` first.');
        this.file = file;
    }
}
/** A file the checkpoint needs is not there (and its size cannot be inferred). */
class MissingFileError extends ModelSizeBudgetError {
    file;
    constructor(file, neededBy, fix) {
        super(`${file}: missing, but ${neededBy} needs it.${fix ? ` ${fix}` : ''}`);
        this.file = file;
    }
}
/** A pickle asked for something outside the allow-list. Nothing was executed. */
class UnsafePickleError extends ModelSizeBudgetError {
    file;
    constructor(file, global) {
        super(`${file}: the pickle references '${global}', which is not a tensor or plain container; ` +
            'it was not executed. Save a plain state_dict (torch.save(model.state_dict())) or use safetensors.');
        this.file = file;
    }
}
/** A limit that protects the runner (memory, time) was exceeded by a file. */
class LimitExceededError extends ModelSizeBudgetError {
    file;
    constructor(file, limitName, value, limit) {
        super(`${file}: ${limitName} is ${value}, over the limit of ${limit}; the file is corrupt or hostile.`);
        this.file = file;
    }
}
/** Bad configuration: a budget line, a CLI flag, an action input, a baseline file. */
class ConfigError extends ModelSizeBudgetError {
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./src/io/byte-source.ts

/** Throws the standard "unexpected end of file" error for a span outside the source. */
function checkSpan(source, offset, length) {
    if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(length) || offset < 0 || length < 0) {
        throw new FormatError(source.name, `invalid read of ${length} bytes at offset ${offset}`);
    }
    if (offset + length > source.size) {
        throw new FormatError(source.name, `unexpected end of file: expected ${length} bytes at offset ${offset} but the file has ${source.size} bytes`, { fix: 'The file is truncated or corrupted; re-export or re-download it.' });
    }
}
/** A ByteSource over bytes already in memory: tests, and small git blobs. */
class byte_source_BufferByteSource {
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
    async close() { }
}

;// CONCATENATED MODULE: ./src/io/file-byte-source.ts


/** A ByteSource over a file on disk: `pread` at the asked offsets, nothing cached or mapped. */
class FileByteSource {
    name;
    size;
    handle;
    bytesRead = 0;
    constructor(name, size, handle) {
        this.name = name;
        this.size = size;
        this.handle = handle;
    }
    static async open(path, name = path) {
        const handle = await (0,promises_namespaceObject.open)(path, 'r');
        try {
            const { size } = await handle.stat();
            return new FileByteSource(name, size, handle);
        }
        catch (error) {
            await handle.close();
            throw error;
        }
    }
    async read(offset, length) {
        checkSpan(this, offset, length);
        const buffer = new Uint8Array(length);
        let filled = 0;
        while (filled < length) {
            const { bytesRead } = await this.handle.read(buffer, filled, length - filled, offset + filled);
            if (bytesRead === 0)
                break; // the file shrank under us; checkSpan below reports it
            filled += bytesRead;
        }
        this.bytesRead += filled;
        if (filled < length)
            checkSpan({ name: this.name, size: offset + filled }, offset, length);
        return buffer;
    }
    async close() {
        await this.handle.close();
    }
}

;// CONCATENATED MODULE: ./src/io/disk-files.ts



/** CheckpointFiles on the local disk, with paths relative to `root` (the workspace). */
class DiskFiles {
    root;
    constructor(root) {
        this.root = root;
    }
    abs(path) {
        return (0,external_node_path_namespaceObject.resolve)(this.root, path);
    }
    async open(path) {
        return FileByteSource.open(this.abs(path), path);
    }
    async size(path) {
        try {
            const info = await (0,promises_namespaceObject.stat)(this.abs(path));
            return info.isFile() ? info.size : undefined;
        }
        catch {
            return undefined;
        }
    }
    async list(dir) {
        try {
            return (await (0,promises_namespaceObject.readdir)(this.abs(dir))).sort();
        }
        catch {
            return [];
        }
    }
}

;// CONCATENATED MODULE: ./src/io/walk.ts


/** Directories never searched: VCS internals and dependency trees hold no user checkpoints. */
const SKIPPED_DIRS = new Set(['.git', 'node_modules', '.hg', '.svn', '__pycache__']);
/** Directory entries visited at most, so that a runaway tree cannot stall a run. */
const MAX_WALKED_ENTRIES = 1_000_000;
/**
 * Lists the files under `paths` (files or directories, searched recursively) without opening
 * any of them. Symlinks are followed only when they resolve inside `root`: a checkout cannot make
 * the tool read `/etc` or a sibling directory through a link.
 */
async function walk(root, paths) {
    const rootReal = await (0,promises_namespaceObject.realpath)(root);
    const result = { files: [], skipped: [] };
    let visited = 0;
    const toPosix = (abs) => (0,external_node_path_namespaceObject.relative)(root, abs).split(external_node_path_namespaceObject.sep).join('/') || '.';
    const visit = async (abs, explicit) => {
        if (++visited > MAX_WALKED_ENTRIES) {
            if (visited === MAX_WALKED_ENTRIES + 1) {
                result.skipped.push({ path: toPosix(abs), reason: `more than ${MAX_WALKED_ENTRIES} entries; the rest was not searched` });
            }
            return;
        }
        let info;
        try {
            info = await (0,promises_namespaceObject.lstat)(abs);
        }
        catch {
            result.skipped.push({ path: toPosix(abs), reason: 'no such file or directory' });
            return;
        }
        if (info.isSymbolicLink()) {
            let target;
            try {
                target = await (0,promises_namespaceObject.realpath)(abs);
            }
            catch {
                result.skipped.push({ path: toPosix(abs), reason: 'broken symbolic link' });
                return;
            }
            if (!explicit && !isInside(rootReal, target)) {
                result.skipped.push({ path: toPosix(abs), reason: 'symbolic link to a path outside the searched root; not followed' });
                return;
            }
            info = await (0,promises_namespaceObject.stat)(target);
            if (info.isDirectory()) {
                // Following directory links could loop; a linked directory is named explicitly if wanted.
                if (!explicit)
                    return;
            }
        }
        if (info.isFile()) {
            result.files.push(toPosix(abs));
        }
        else if (info.isDirectory()) {
            const name = abs.slice(abs.lastIndexOf(external_node_path_namespaceObject.sep) + 1);
            if (!explicit && SKIPPED_DIRS.has(name))
                return;
            const entries = (await (0,promises_namespaceObject.readdir)(abs)).sort();
            for (const entry of entries)
                await visit((0,external_node_path_namespaceObject.resolve)(abs, entry), false);
        }
    };
    for (const path of paths)
        await visit((0,external_node_path_namespaceObject.resolve)(root, path), true);
    result.files = [...new Set(result.files)].sort();
    return result;
}
function isInside(root, target) {
    return target === root || target.startsWith(root.endsWith(external_node_path_namespaceObject.sep) ? root : root + external_node_path_namespaceObject.sep);
}

;// CONCATENATED MODULE: ./src/core/dtypes.ts
const plain = (bits) => ({ bits, blockSize: 1 });
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
    variant: { bits: 0, blockSize: 1, variable: true }
    // --- GGUF block-quantized types (added by the GGUF reader's table) ---
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

;// CONCATENATED MODULE: ./src/core/format-bytes.ts
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
    // 999.96 kB rounds to "1000 kB": step up a unit instead.
    if (Number(text) >= 1000 && unit < SI_UNITS.length - 1) {
        text = (value / 1000).toFixed(2);
        unit++;
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
        lines.push(`optimizer state is ${formatPercent(bytes.optimizer / bytes.total)} of this checkpoint; ` +
            `a weights-only export would be about ${formatBytes(weightsOnly)} ` +
            `(${optimizerFix(report.format)})`);
    }
    const fp32 = fp32AmongHalf(result);
    if (fp32)
        lines.push(fp32);
    if (report.unclassifiedTensors?.length) {
        lines.push(`${report.unclassifiedTensors.length} tensor(s) (${formatBytes(bytes.unclassified)}) matched no rule ` +
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
    return (`${formatBytes(single)} of weights are float32 in a mostly half-precision checkpoint; ` +
        `casting them would save about ${formatBytes(single / 2)}`);
}

;// CONCATENATED MODULE: ./src/core/types.ts
/**
 * The plain data that flows through model-size-budget: what a reader finds in a checkpoint,
 * and the report that the analyzer builds from it. Pure types, no I/O.
 */
/** The categories in the order they are reported. */
const CATEGORIES = [
    'weights',
    'optimizer',
    'buffers',
    'bookkeeping',
    'metadata',
    'unclassified'
];

;// CONCATENATED MODULE: ./src/core/analyze.ts




function emptyCategoryBytes() {
    return { total: 0, weights: 0, optimizer: 0, buffers: 0, bookkeeping: 0, metadata: 0, unclassified: 0 };
}
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
    for (const tensor of result.tensors) {
        tensorCounts[tensor.category] = (tensorCounts[tensor.category] ?? 0) + 1;
        const fileSize = fileSizes.get(tensor.file);
        if (fileSize === undefined) {
            throw new FormatError(result.name, `tensor '${tensor.name}' points into '${tensor.file}', which is not a file of this checkpoint`);
        }
        if (tensor.offset < 0 || tensor.byteLength < 0 || tensor.offset + tensor.byteLength > fileSize) {
            throw new FormatError(tensor.file, `tensor '${tensor.name}' claims bytes ${tensor.offset}..${tensor.offset + tensor.byteLength}, beyond the file's ${fileSize} bytes`, { fix: 'The checkpoint is truncated or its index does not match its data.' });
        }
        if (tensor.storageKey !== undefined) {
            if (seenStorages.has(tensor.storageKey))
                continue;
            seenStorages.add(tensor.storageKey);
        }
        bytes[tensor.category] += tensor.byteLength;
        payloadPerFile.set(tensor.file, (payloadPerFile.get(tensor.file) ?? 0) + tensor.byteLength);
        if (tensor.category === 'weights')
            parameters += elementCount(tensor.shape);
        if (tensor.category === 'unclassified')
            unclassified.push(tensor.name);
    }
    for (const file of result.files) {
        const payload = payloadPerFile.get(file.path) ?? 0;
        if (payload > file.bytes) {
            throw new FormatError(file.path, `its tensors claim ${payload} bytes, more than the file's ${file.bytes}`, { fix: 'Overlapping tensor spans: the checkpoint is corrupt.' });
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
        classifiedBy: result.classifiedBy,
        warnings: [...result.warnings],
        explanations: []
    };
    if (unclassified.length > 0)
        report.unclassifiedTensors = unclassified;
    report.explanations = [...explain(report, result), ...(result.explanations ?? [])];
    if (options.top && options.top > 0)
        report.top = largestTensors(result, options.top);
    return report;
}
function largestTensors(result, count) {
    return [...result.tensors]
        .sort((a, b) => b.byteLength - a.byteLength || a.name.localeCompare(b.name))
        .slice(0, count)
        .map((tensor) => ({
        name: tensor.name,
        dtype: tensor.dtype,
        shape: tensor.shape,
        bytes: tensor.byteLength,
        category: tensor.category
    }));
}
/** Sums checkpoints into a report. Errors ride along so that one bad file never hides the rest. */
function buildReport(checkpoints, errors = []) {
    const total = emptyCategoryBytes();
    for (const checkpoint of checkpoints) {
        for (const key of [...CATEGORIES, 'total'])
            total[key] += checkpoint.bytes[key];
    }
    return { schema: 1, checkpoints, errors, total: { bytes: total } };
}

;// CONCATENATED MODULE: ./src/core/limits.ts
/**
 * Every limit that protects the runner from a corrupt or hostile checkpoint, in one place,
 * each with its reason. Readers check these *before* allocating or looping.
 *
 * A limit is generous for real files (the largest real value we know of is noted) and small
 * enough that a file cannot make us allocate more than a few hundred MB or loop for minutes.
 */
// --- General ---------------------------------------------------------------------------------
/** Tensors in one checkpoint. Large LLM checkpoints have ~10^4; 10^7 entries of metadata would already be GBs. */
const MAX_TENSORS = 10_000_000;
/** Dimensions of one tensor. TF allows 254 (kMaxDims); nothing real comes close. */
const MAX_DIMS = 64;
/** Bytes of one tensor name. The longest real TF2 keys are a few hundred bytes. */
const MAX_NAME_BYTES = (/* unused pure expression or super */ null && (64 * 1024));
/** The first bytes read from every candidate file to sniff its format. */
const SNIFF_BYTES = 64;
// --- TensorFlow --------------------------------------------------------------------------------
// --- PyTorch / pickle / zip ---------------------------------------------------------------------
// --- safetensors -------------------------------------------------------------------------------
// --- ONNX --------------------------------------------------------------------------------------
// --- Keras / HDF5 ------------------------------------------------------------------------------
// --- GGUF --------------------------------------------------------------------------------------

;// CONCATENATED MODULE: ./src/formats/index.ts
/**
 * The readers, in the order the pipeline tries them. Order matters where one checkpoint's
 * companion file could be read as a checkpoint of its own: a SavedModel claims its
 * `variables/variables.index` before the TF checkpoint reader sees it; a safetensors shard index
 * claims its shards before they are read one by one.
 */
const READERS = [
// tensorflow-savedmodel, tensorflow-checkpoint
// pytorch (zip, legacy, torchscript)
// safetensors index, safetensors
// onnx
// keras, hdf5
// gguf
];

;// CONCATENATED MODULE: ./src/io/checkpoint-files.ts

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
/** In-memory files, for tests and for building checkpoints inside a test. */
class MemoryFiles {
    files;
    constructor(files) {
        this.files = files;
    }
    async open(path) {
        const bytes = this.files.get(path);
        if (!bytes)
            throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
        return new BufferByteSource(path, bytes);
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

;// CONCATENATED MODULE: ./src/pipeline/ids.ts

/**
 * A checkpoint's stable id: its name with what changes from run to run removed, so that base and
 * head match up. `exports/ckpt-1000` and `exports/ckpt-2000` are one checkpoint; so are
 * `model-00001-of-00003.safetensors` shards and their set.
 */
function checkpointId(name) {
    const dir = dirname(name);
    let base = basename(name);
    base = base
        .replace(/-\d{5}-of-\d{5}(?=\.|$)/, '') // shard suffix: model-00001-of-00003.safetensors
        .replace(/\b(epoch|step|iter)=\d+/gi, '$1=N') // Lightning: epoch=3-step=1000.ckpt
        .replace(/-\d+(?=\.[A-Za-z]+$|$)/, ''); // ckpt-1000, model.ckpt-5, weights-20.pt
    if (base === '' || base === '.')
        base = basename(name);
    return dir === '.' ? base : joinPath(dir, base);
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
/**
 * The checkpoint a TF `checkpoint` state file names as latest, as a path next to it.
 * The file is a text proto: `model_checkpoint_path: "ckpt-1000"` (FORMATS.md §1.1).
 */
function latestFromStateFile(statePath, text) {
    const match = /^model_checkpoint_path:\s*"((?:[^"\\]|\\.)*)"/m.exec(text);
    if (!match)
        return undefined;
    const target = match[1].replace(/\\(.)/g, '$1');
    if (target.startsWith('/'))
        return target;
    return joinPath(dirname(statePath), target);
}

;// CONCATENATED MODULE: ./src/pipeline/measure.ts






const LFS_POINTER_HEAD = 'version https://git-lfs.github.com/spec/v1';
/**
 * The pipeline shared by the CLI, the action and the baselines: from a list of files to a report.
 * Files no reader's name filter accepts are never opened. Each checkpoint that cannot be read
 * becomes an entry in `report.errors`, and the others are still reported.
 */
async function measure(paths, files, options = {}) {
    const readers = options.readers ?? READERS;
    const errors = [];
    const claimed = [];
    for (const path of [...new Set(paths)].sort()) {
        const nameMatches = readers.filter((reader) => reader.matchesName(path));
        if (nameMatches.length === 0)
            continue;
        try {
            const candidate = await sniffCandidate(path, files);
            const reader = nameMatches.find((r) => r.sniff(candidate)) ?? readers.find((r) => r.sniff(candidate));
            if (reader)
                claimed.push({ reader, candidate });
            else
                throw notRecognised(candidate);
        }
        catch (error) {
            errors.push(toReportError(path, error));
        }
    }
    // Read in reader order, so a checkpoint claims its companions before they are read alone.
    claimed.sort((a, b) => readers.indexOf(a.reader) - readers.indexOf(b.reader) || a.candidate.path.localeCompare(b.candidate.path));
    const consumed = new Set();
    const results = [];
    for (const { reader, candidate } of claimed) {
        if (consumed.has(candidate.path))
            continue;
        try {
            const result = await reader.read(candidate.path, files);
            for (const file of result.files)
                consumed.add(file.path);
            results.push(result);
        }
        catch (error) {
            errors.push(toReportError(candidate.path, error));
        }
    }
    const latest = await latestCheckpoints(results, files);
    const checkpoints = [];
    for (const result of assignIds(results, latest)) {
        try {
            const report = analyzeCheckpoint(result, { id: result.id, top: options.top });
            if (result.id !== result.name)
                report.name = result.name;
            if (result.latest)
                report.latest = true;
            checkpoints.push(report);
        }
        catch (error) {
            errors.push(toReportError(result.name, error));
        }
    }
    checkpoints.sort((a, b) => a.id.localeCompare(b.id));
    errors.sort((a, b) => a.path.localeCompare(b.path));
    return buildReport(checkpoints, errors);
}
async function sniffCandidate(path, files) {
    const source = await files.open(path);
    try {
        const head = await source.read(0, Math.min(SNIFF_BYTES, source.size));
        return { path, size: source.size, head };
    }
    finally {
        await source.close();
    }
}
function notRecognised(candidate) {
    const text = new TextDecoder().decode(candidate.head);
    if (text.startsWith(LFS_POINTER_HEAD))
        return new LfsPointerError(candidate.path);
    return new UnsupportedFormatError(candidate.path, 'its name looks like a checkpoint but its content matches no supported format', 'See the README for the supported formats.');
}
/** The checkpoints named as latest by TF `checkpoint` state files in their directories. */
async function latestCheckpoints(results, files) {
    const latest = new Set();
    const dirs = new Set(results.map((result) => dirname(result.name)));
    for (const dir of dirs) {
        if (!(await files.list(dir)).includes('checkpoint'))
            continue;
        const statePath = joinPath(dir, 'checkpoint');
        try {
            const source = await files.open(statePath);
            const text = new TextDecoder().decode(await source.read(0, Math.min(source.size, 64 * 1024)));
            await source.close();
            const target = latestFromStateFile(statePath, text);
            if (target)
                latest.add(target);
        }
        catch {
            // A missing or unreadable state file only means no checkpoint is marked latest.
        }
    }
    return latest;
}
function toReportError(path, error) {
    if (error instanceof ModelSizeBudgetError)
        return { path, kind: error.name, message: error.message };
    const code = error?.code;
    if (code === 'ENOENT')
        return { path, kind: 'MissingFileError', message: `${path}: no such file.` };
    if (code === 'EACCES')
        return { path, kind: 'PermissionError', message: `${path}: permission denied.` };
    const detail = error instanceof Error ? error.message : String(error);
    return {
        path,
        kind: 'InternalError',
        message: `${path}: could not be analysed (${detail}). This is a bug in model-size-budget; please report it with the file's format.`
    };
}

;// CONCATENATED MODULE: ./src/report/text.ts


/**
 * The CLI's terminal table: one block per checkpoint, a line per non-empty category with its
 * size, share and what is in it, then the explanation lines.
 *
 *   exports/model.ckpt   tensorflow-checkpoint   39.3 MB
 *     weights      13.1 MB  33.3%   8 tensors, 3,274,634 parameters
 *     optimizer    26.2 MB  66.6%   Adam slots (m, v) for 8 variables
 */
function renderText(report) {
    const blocks = report.checkpoints.map(renderCheckpoint);
    if (report.checkpoints.length > 1) {
        blocks.push(`total   ${formatBytes(report.total.bytes.total)} in ${report.checkpoints.length} checkpoints`);
    }
    if (report.checkpoints.length === 0 && report.errors.length === 0) {
        blocks.push('No checkpoints found.');
    }
    return blocks.join('\n\n') + '\n';
}
function renderCheckpoint(checkpoint) {
    const title = checkpoint.latest ? `${checkpoint.id} (latest)` : checkpoint.id;
    const lines = [`${title}   ${checkpoint.format}   ${formatBytes(checkpoint.bytes.total)}`];
    const rows = CATEGORIES.filter((category) => checkpoint.bytes[category] > 0).map((category) => {
        const bytes = checkpoint.bytes[category];
        const share = checkpoint.bytes.total > 0 ? formatPercent(bytes / checkpoint.bytes.total) : '';
        return [category, formatBytes(bytes), share, describeCategory(checkpoint, category)];
    });
    const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column].length), 0));
    for (const [category, size, share, note] of rows) {
        const line = `  ${category.padEnd(widths[0])}  ${size.padStart(widths[1])}  ${share.padStart(widths[2])}   ${note}`;
        lines.push(line.trimEnd());
    }
    for (const explanation of checkpoint.explanations)
        lines.push(`  → ${explanation}`);
    for (const warning of checkpoint.warnings)
        lines.push(`  ! ${warning}`);
    if (checkpoint.unclassifiedTensors?.length) {
        const shown = checkpoint.unclassifiedTensors.slice(0, 10);
        const more = checkpoint.unclassifiedTensors.length - shown.length;
        lines.push(`  unclassified: ${shown.join(', ')}${more > 0 ? `, and ${more} more` : ''}`);
    }
    if (checkpoint.top?.length) {
        lines.push('  largest tensors:');
        for (const tensor of checkpoint.top) {
            lines.push(`    ${formatBytes(tensor.bytes).padStart(9)}  ${tensor.category.padEnd(12)} ${tensor.dtype}[${tensor.shape.join(',')}]  ${tensor.name}`);
        }
    }
    return lines.join('\n');
}
function describeCategory(checkpoint, category) {
    const parts = [];
    const count = checkpoint.tensorCounts[category];
    if (count)
        parts.push(`${formatCount(count)} tensor${count === 1 ? '' : 's'}`);
    if (category === 'weights' && checkpoint.parameters > 0)
        parts.push(`${formatCount(checkpoint.parameters)} parameters`);
    const note = checkpoint.categoryNotes?.[category];
    if (note)
        parts.push(note);
    return parts.join(', ');
}
/** Errors for stderr, one per line. */
function renderErrors(report) {
    return report.errors.map((error) => `error: ${error.message}`).join('\n') + (report.errors.length ? '\n' : '');
}

;// CONCATENATED MODULE: ./src/cli/main.ts






/** Exit codes: the contract scripts rely on. */
const ExitCode = {
    Success: 0,
    /** A budget was exceeded. */
    OverBudget: 1,
    /** Bad usage, or a file that could not be analysed. */
    InputError: 2
};
const USAGE = `Usage: model-size-budget [options] PATH...

Finds the ML checkpoints under each PATH (files or directories, searched recursively)
and attributes every byte of each one to weights, optimizer state, buffers,
bookkeeping or metadata.

Options:
  --json          print the report as JSON (schema 1) instead of a table
  --top N         list the N largest tensors of each checkpoint
  -h, --help      show this help
  -v, --version   show the version

Exit codes: 0 success, 1 a budget was exceeded, 2 usage or input error.
`;
/** Runs the CLI and returns its exit code; never throws for bad input. */
async function main(argv, io) {
    let options;
    try {
        options = parseCliArgs(argv);
    }
    catch (error) {
        io.stderr(`error: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
        return ExitCode.InputError;
    }
    if (options.help) {
        io.stdout(USAGE);
        return ExitCode.Success;
    }
    if (options.version) {
        io.stdout(`${VERSION}\n`);
        return ExitCode.Success;
    }
    const found = await walk(io.cwd, options.paths);
    const report = await measure(found.files, new DiskFiles(io.cwd), { top: options.top });
    for (const skipped of found.skipped) {
        report.errors.push({ path: skipped.path, kind: 'PathError', message: `${skipped.path}: ${skipped.reason}.` });
    }
    io.stdout(options.json ? JSON.stringify(report, null, 2) + '\n' : renderText(report));
    if (report.errors.length > 0) {
        io.stderr(renderErrors(report));
        return ExitCode.InputError;
    }
    return ExitCode.Success;
}
function parseCliArgs(argv) {
    const { values, positionals } = (0,external_node_util_namespaceObject.parseArgs)({
        args: [...argv],
        allowPositionals: true,
        strict: true,
        options: {
            json: { type: 'boolean', default: false },
            top: { type: 'string' },
            help: { type: 'boolean', short: 'h', default: false },
            version: { type: 'boolean', short: 'v', default: false }
        }
    });
    let top = 0;
    if (values.top !== undefined) {
        top = Number(values.top);
        if (!Number.isInteger(top) || top < 1)
            throw new ConfigError(`--top takes a whole number of at least 1, got '${values.top}'.`);
    }
    if (!values.help && !values.version && positionals.length === 0) {
        throw new ConfigError('no PATH given: name the checkpoint files or directories to analyse.');
    }
    return { paths: positionals, json: values.json ?? false, top, help: values.help ?? false, version: values.version ?? false };
}
// Replaced at build time would need a bundler plugin; the package version is stable enough here.
const VERSION = '0.1.0';


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
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
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
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

//# sourceMappingURL=index.js.map