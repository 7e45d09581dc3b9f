export const id = 1159;
export const ids = [1159];
export const modules = {

/***/ 9352:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ED: () => (/* binding */ sectionOfKey),
/* harmony export */   Hk: () => (/* binding */ PYTORCH_BUFFER_RULES),
/* harmony export */   au: () => (/* binding */ PYTORCH_SECTION_RULES),
/* harmony export */   qJ: () => (/* binding */ PYTORCH_OPTIMIZER_SLOTS)
/* harmony export */ });
/**
 * PyTorch name tables: the last word, after what the file's structure says (a pickled module's
 * `_parameters`/`_buffers`, the optimizer's per-parameter state, the checkpoint's dict layout).
 */
/**
 * `nn.Module` buffers by name, for a state_dict that nothing else explains: registered with
 * `register_buffer`, saved next to the parameters, never trained; a state_dict does not mark them
 * (`torch/nn/modules/batchnorm.py`: running_mean, running_var, num_batches_tracked; transformers'
 * position ids, rotary frequencies, causal masks; diffusers' noise schedules).
 */
const PYTORCH_BUFFER_RULES = [
    { pattern: /(^|[./])running_(mean|var)$/, role: 'model-state', reason: 'BatchNorm running statistic (nn.Module buffer)' },
    { pattern: /(^|[./])num_batches_tracked$/, role: 'model-state', reason: 'BatchNorm batch counter (nn.Module buffer)' },
    { pattern: /(^|[./])position_ids$/, role: 'model-state', reason: 'position-id buffer (HF transformers)' },
    { pattern: /(^|[./])attn\.(masked_)?bias$/, role: 'model-state', reason: 'causal attention mask buffer (GPT-2 style)' },
    { pattern: /(^|[./])masked_bias$/, role: 'model-state', reason: 'causal attention mask buffer' },
    { pattern: /(^|[./])inv_freq$/, role: 'model-state', reason: 'rotary embedding frequencies (buffer)' },
    { pattern: /(^|[./])relative_position_index$/, role: 'model-state', reason: 'relative position index (buffer)' },
    {
        // diffusers/DDPM-style noise schedules registered as buffers.
        pattern: /(^|[./])(betas|alphas|alphas_cumprod|alphas_cumprod_prev|sqrt_alphas_cumprod|sqrt_one_minus_alphas_cumprod|log_one_minus_alphas_cumprod|sqrt_recip_alphas_cumprod|sqrt_recipm1_alphas_cumprod|posterior_variance|posterior_log_variance_clipped|posterior_mean_coef[12])$/,
        role: 'model-state',
        reason: 'diffusion noise schedule (buffer)'
    }
];
/**
 * Per-parameter optimizer state (`torch/optim/*.py`, the keys of `self.state[p]`), for the
 * reason text; every tensor of an optimizer's `state` is optimizer state, known slot or not.
 */
const PYTORCH_OPTIMIZER_SLOTS = {
    exp_avg: 'Adam first moment (m)',
    exp_avg_sq: 'Adam second moment (v)',
    max_exp_avg_sq: 'AMSGrad max second moment',
    momentum_buffer: 'SGD/RMSprop momentum buffer',
    square_avg: 'RMSprop/Adadelta squared-gradient average',
    grad_avg: 'RMSprop centered gradient average',
    acc_delta: 'Adadelta accumulated update',
    sum: 'Adagrad accumulator',
    exp_inf: 'Adamax infinity norm',
    mu_product: 'NAdam momentum product',
    ax: 'ASGD average',
    eta: 'ASGD step size',
    mu: 'ASGD momentum',
    prev: 'Rprop previous gradient',
    step_size: 'Rprop step sizes',
    step: 'per-parameter step counter'
};
/**
 * Top-level keys of training checkpoints (FORMATS.md §4.4: torch tutorials, Lightning's
 * `state_dict`/`optimizer_states`/`loops`/`callbacks`, HF Trainer's `optimizer.pt` and
 * `rng_state.pth`, accelerate's `random_states_N.pkl`, timm's `state_dict_ema`). First match
 * wins. What the value holds decides before these (a module object, an optimizer state_dict, a
 * generator state are recognised wherever they sit).
 */
const PYTORCH_SECTION_RULES = [
    { pattern: /^(ema|model_ema|ema_model|ema_state_dict|state_dict_ema|shadow|shadow_params|averaged_model|swa_model|ema_weights)$/i, section: 'ema' },
    {
        pattern: /^(optimizer|optimizers|optimizer_state_dict|optimizer_states|optimizer_state|optim|optim_state|opt|opt_state)$|_optimizer$|^optimizer_/i,
        section: 'optimizer'
    },
    {
        pattern: /^(model|models|state_dict|model_state_dict|model_state|module|net|network|params|weights|generator|discriminator|encoder|decoder|backbone|student|teacher|netG|netD)$/i,
        section: 'model'
    },
    {
        pattern: /^(rng_state|rng_states|rng|random_state|random_states|torch_rng_state|cuda_rng_state|numpy_rng_state|python_rng_state|torch_manual_seed|torch_cuda_manual_seed|numpy_random_seed|xm_seed|generator_state)$/i,
        section: 'rng'
    },
    { pattern: /^(hyper_parameters|hparams|hp|args|config|cfg|opt_args|training_args|datamodule_hyper_parameters)$/i, section: 'config' },
    {
        pattern: /^(epoch|epochs|global_step|step|steps|iteration|iter|iters|updates|best_\w+|loops|callbacks|lr_scheduler|lr_schedulers|scheduler|schedulers|scheduler_state_dict|scaler|grad_scaler|amp|metrics|pytorch-lightning_version|version|train_loss|val_loss|losses|history)$/i,
        section: 'loop'
    }
];
/** The section a top-level key names, if a rule knows it. */
function sectionOfKey(key) {
    return PYTORCH_SECTION_RULES.find((rule) => rule.pattern.test(key))?.section;
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

/***/ 4430:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  D: () => (/* binding */ PickleTruncatedError),
  K: () => (/* binding */ unpickle)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/io/bytes/index.ts + 8 modules
var io_bytes = __webpack_require__(3031);
// EXTERNAL MODULE: ./src/core/limits.ts
var limits = __webpack_require__(6419);
;// CONCATENATED MODULE: ./src/formats/pickle/memo-scan.ts

/**
 * The memo indexes a pickle ever fetches (GET, BINGET, LONG_BINGET), found by a pass over its
 * opcodes that builds nothing.
 *
 * Why: Python's pickler memoizes nearly every object it writes (a torch state_dict: the key, the
 * persistent-id tuple, the size and stride tuples, the hooks dict and the argument tuple of every
 * tensor), but fetches few of them again (the globals, `'storage'`, `'cpu'`, a tied weight). An
 * unpickler that keeps every memoized object keeps all of those intermediate values alive to the
 * end: for 10^5 tensors, ~40 MB that the garbage collector copies twice before it can free
 * nothing. Keeping only what is fetched lets them die young.
 *
 * The pass decodes opcode arguments exactly as the interpreter does, so both see the same opcode
 * boundaries; it stops at STOP, or where the interpreter would throw (an unknown opcode, a
 * truncated or oversized argument). If it were ever wrong, the interpreter notices the fetch of
 * an entry it did not keep and parses again keeping everything (`unpickler.ts`), so the result
 * never depends on this pass.
 *
 * Opcode arguments: `python/cpython:Lib/pickletools.py` (the `opcodes` table).
 */
/** Opcodes with a fixed-size argument, and its size. */
const FIXED_ARGUMENT = {
    0x80: 1, // PROTO
    0x95: 8, // FRAME
    0x4b: 1, // BININT1
    0x4d: 2, // BININT2
    0x4a: 4, // BININT
    0x47: 8, // BINFLOAT
    0x71: 1, // BINPUT
    0x72: 4, // LONG_BINPUT
    0x82: 1, // EXT1
    0x83: 2, // EXT2
    0x84: 4, // EXT4
    0x68: 1, // BINGET
    0x6a: 4 // LONG_BINGET
};
/** Opcodes followed by a length of 1, 4 or 8 bytes and that many bytes. */
const COUNTED_ARGUMENT = {
    0x8a: 1, // LONG1
    0x8b: 4, // LONG4 (signed)
    0x58: 4, // BINUNICODE
    0x8c: 1, // SHORT_BINUNICODE
    0x8d: 8, // BINUNICODE8
    0x54: 4, // BINSTRING (signed)
    0x55: 1, // SHORT_BINSTRING
    0x42: 4, // BINBYTES
    0x43: 1, // SHORT_BINBYTES
    0x8e: 8, // BINBYTES8
    0x96: 8 // BYTEARRAY8
};
/** Opcodes whose argument is text up to a newline, and how many lines. */
const LINE_ARGUMENTS = {
    0x49: 1, // INT
    0x4c: 1, // LONG
    0x46: 1, // FLOAT
    0x56: 1, // UNICODE
    0x53: 1, // STRING
    0x70: 1, // PUT
    0x67: 1, // GET
    0x50: 1, // PERSID
    0x63: 2, // GLOBAL
    0x69: 2 // INST
};
/** Opcodes without an argument. */
const NO_ARGUMENT = new Set([
    0x28, 0x30, 0x31, 0x32, 0x4e, 0x88, 0x89, 0x29, 0x74, 0x85, 0x86, 0x87, 0x5d, 0x6c, 0x61, 0x65, 0x7d, 0x64, 0x73, 0x75, 0x8f, 0x90, 0x91, 0x94, 0x93, 0x6f,
    0x52, 0x81, 0x92, 0x62, 0x51, 0x97, 0x98, 0x2e
]);
const STOP = 0x2e;
const GET = 0x67;
const BINGET = 0x68;
const LONG_BINGET = 0x6a;
/** The tables above as one byte per opcode, so the pass over ~10^6 opcodes is a few array reads each. */
const NONE = 1;
const FIXED = 2;
const COUNTED = 3;
const LINES = 4;
const KIND = new Uint8Array(256);
/** FIXED: the argument's bytes; COUNTED: the length field's bytes; LINES: the number of lines. */
const SIZE = new Uint8Array(256);
for (const op of NO_ARGUMENT)
    KIND[op] = NONE;
const tabulate = (kind, table) => {
    for (const [op, size] of Object.entries(table)) {
        KIND[Number(op)] = kind;
        SIZE[Number(op)] = size;
    }
};
tabulate(FIXED, FIXED_ARGUMENT);
tabulate(COUNTED, COUNTED_ARGUMENT);
tabulate(LINES, LINE_ARGUMENTS);
/** The memo indexes fetched before the pickle's STOP (or before the point where it is invalid). */
function fetchedMemoIndexes(bytes) {
    const fetched = new Set();
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let at = 0;
    while (at < bytes.length) {
        const op = bytes[at++];
        const size = SIZE[op];
        switch (KIND[op]) {
            case NONE:
                if (op === STOP)
                    return fetched;
                break;
            case FIXED:
                if (op === BINGET && at < bytes.length)
                    fetched.add(bytes[at]);
                else if (op === LONG_BINGET && at + 4 <= bytes.length)
                    fetched.add(view.getUint32(at, true));
                at += size;
                break;
            case COUNTED: {
                if (at + size > bytes.length)
                    return fetched;
                const length = size === 1 ? bytes[at] : size === 4 ? view.getInt32(at, true) : lengthOf8(bytes, at);
                // A negative or impossible length is where the interpreter throws.
                if (length < 0 || at + size + length > bytes.length)
                    return fetched;
                at += size + length;
                break;
            }
            case LINES: {
                const lineStart = at;
                for (let line = 0; line < size; line++) {
                    const end = bytes.indexOf(0x0a, at);
                    if (end < 0)
                        return fetched;
                    at = end + 1;
                }
                if (op === GET) {
                    const index = Number(String.fromCharCode.apply(null, bytes.subarray(lineStart, at - 1)));
                    if (Number.isSafeInteger(index) && index >= 0)
                        fetched.add(index);
                }
                break;
            }
            default:
                return fetched; // an unknown opcode: the interpreter stops here
        }
    }
    return fetched;
}
/** An 8-byte length, or Infinity past 2^53 (the scan stops there; the interpreter throws). */
function lengthOf8(bytes, at) {
    try {
        return (0,io_bytes/* uint64At */.A8)(bytes, at, '', 'length');
    }
    catch {
        return Infinity;
    }
}

// EXTERNAL MODULE: ./src/formats/pickle/values.ts
var values = __webpack_require__(6281);
;// CONCATENATED MODULE: ./src/formats/pickle/unpickler.ts





/** The pickle ended before its STOP opcode: a truncated file, or (legacy streams) a window too small. */
class PickleTruncatedError extends errors/* FormatError */.IF {
}
/** Python 2 module names that protocol < 3 pickles use for builtins (`fix_imports`). */
const PY2_MODULES = { __builtin__: 'builtins', copy_reg: 'copyreg' };
function unpickle(bytes, options) {
    if (options.keepWholeMemo)
        return new Unpickler(bytes, options, undefined).run();
    try {
        return new Unpickler(bytes, options, fetchedMemoIndexes(bytes)).run();
    }
    catch (error) {
        // The pre-scan missed a fetch (it should not): parse again keeping every memo entry.
        if (error instanceof MemoEntryNotKept)
            return new Unpickler(bytes, options, undefined).run();
        throw error;
    }
}
class MemoEntryNotKept extends Error {
}
/**
 * The set of memo keys stored so far. Picklers number entries 0, 1, 2…, so the keys are almost
 * always a prefix [0, denseEnd); any other key (a hostile or hand-made pickle) goes to a Set,
 * and joins the prefix once the gap before it is filled.
 */
class MemoKeys {
    denseEnd = 0;
    sparse = new Set();
    get size() {
        return this.denseEnd + this.sparse.size;
    }
    has(key) {
        return key < this.denseEnd || this.sparse.has(key);
    }
    add(key) {
        if (key !== this.denseEnd) {
            if (key > this.denseEnd)
                this.sparse.add(key);
            return;
        }
        this.denseEnd++;
        while (this.sparse.delete(this.denseEnd))
            this.denseEnd++;
    }
}
class Unpickler {
    bytes;
    options;
    kept;
    stack = [];
    marks = [];
    /**
     * The memo's values, only for the entries worth keeping (`memo-scan.ts`; every entry under
     * `keepWholeMemo`). An array indexed by memo key held one slot per memoized object, ~8 per
     * tensor of a torch pickle: for 10^5 tensors it grew past 6 MB by copies that went straight to
     * the large-object space, ~19 MB never freed before exit. Which keys were stored at all (for
     * MEMOIZE's next key, the size limit and the error for a fetch of a key never stored) is
     * tracked apart by `MemoKeys`, in constant space for the dense keys a pickler writes.
     */
    memo = new Map();
    memoKeys = new MemoKeys();
    resolved = new Map();
    /** The pickle's bytes, all in memory: every read is the cursor's synchronous path, checked by `need` first. */
    cursor;
    base;
    file;
    constructor(bytes, options, 
    /** Memo indexes worth keeping (`memo-scan.ts`); undefined: keep every entry. */
    kept) {
        this.bytes = bytes;
        this.options = options;
        this.kept = kept;
        this.cursor = io_bytes/* Cursor */.bs.over(bytes, options.file, 0, 'pickle');
        this.base = options.baseOffset ?? 0;
        this.file = options.file;
    }
    /** Offset of the next opcode or argument in the pickle. */
    get position() {
        return this.cursor.position;
    }
    fail(what, at = this.position) {
        return new errors/* FormatError */.IF(this.file, `invalid pickle: ${what}`, {
            offset: this.base + at,
            fix: 'The file is truncated or corrupted; re-export it.'
        });
    }
    /** The pickle's own truncation error (PickleTruncatedError: a legacy stream retries with a longer window). */
    need(n) {
        if (n > this.cursor.remaining) {
            throw new PickleTruncatedError(this.file, 'pickle ends before its STOP opcode', {
                offset: this.base + this.bytes.length,
                fix: 'The file is truncated; re-export it.'
            });
        }
    }
    u8() {
        this.need(1);
        return this.cursor.u8();
    }
    u16() {
        this.need(2);
        return this.cursor.u16();
    }
    u32() {
        this.need(4);
        return this.cursor.u32();
    }
    i32() {
        this.need(4);
        return this.cursor.i32();
    }
    /** An 8-byte length (BINUNICODE8, BINBYTES8, BYTEARRAY8), checked as a bigint so the error gives its real value. */
    u64Length(what) {
        this.need(8);
        const at = this.position;
        const v = this.cursor.u64big();
        if (v > BigInt(limits/* MAX_PICKLE_STRING_BYTES */.SG))
            throw new errors/* LimitExceededError */.lo(this.file, `a pickled ${what} length`, v, limits/* MAX_PICKLE_STRING_BYTES */.SG);
        return (0,io_bytes/* bigintNumber */.nu)(v, this.file, `a pickled ${what} length`, this.base + at);
    }
    take(n, limit, what) {
        if (n > limit)
            throw new errors/* LimitExceededError */.lo(this.file, `a pickled ${what} length`, n, limit);
        this.need(n);
        return this.cursor.bytes(n);
    }
    str(n) {
        return decodeUtf8(this.take(n, limits/* MAX_PICKLE_STRING_BYTES */.SG, 'string'));
    }
    /** A text-protocol argument: bytes up to the next newline. */
    line() {
        const end = this.bytes.indexOf(0x0a, this.position);
        if (end < 0) {
            this.need(this.bytes.length - this.position + 1);
        }
        return decodeLatin1(this.cursor.bytes(end + 1 - this.position).subarray(0, -1));
    }
    push(value) {
        if (this.stack.length >= limits/* MAX_PICKLE_STACK */.xb) {
            throw new errors/* LimitExceededError */.lo(this.file, 'the pickle stack depth', this.stack.length + 1, limits/* MAX_PICKLE_STACK */.xb);
        }
        this.stack.push(value);
    }
    pop() {
        if (this.stack.length === 0 || (this.marks.length > 0 && this.stack.length <= this.marks[this.marks.length - 1])) {
            throw this.fail('pop from an empty stack', this.position - 1);
        }
        return this.stack.pop();
    }
    top() {
        if (this.stack.length === 0)
            throw this.fail('empty stack', this.position - 1);
        return this.stack[this.stack.length - 1];
    }
    popMark() {
        return this.stack.splice(this.popMarkIndex());
    }
    /** Pops the last MARK, leaving the values above it on the stack: where they start. */
    popMarkIndex() {
        const mark = this.marks.pop();
        if (mark === undefined)
            throw this.fail('no MARK to pop to', this.position - 1);
        return mark;
    }
    memoPut(index, value) {
        if (!this.memoKeys.has(index)) {
            if (this.memoKeys.size >= limits/* MAX_PICKLE_MEMO */.NR)
                throw new errors/* LimitExceededError */.lo(this.file, 'the pickle memo size', this.memoKeys.size + 1, limits/* MAX_PICKLE_MEMO */.NR);
            this.memoKeys.add(index);
        }
        if (this.kept === undefined || this.kept.has(index))
            this.memo.set(index, value);
    }
    memoGet(index) {
        if (!this.memoKeys.has(index))
            throw this.fail(`memo entry ${index} was never stored`, this.position - 1);
        if (!this.memo.has(index))
            throw new MemoEntryNotKept();
        return this.memo.get(index);
    }
    /**
     * A global as data: the allow-list's value for it (a dtype's name), else its name. Never
     * imported: a global off the list is a placeholder like any other, and the scan hears of it.
     */
    global(rawModule, name, at) {
        // A pickle names the same few globals once per tensor (unless memoized): resolve each once.
        const raw = `${rawModule}\n${name}`;
        if (this.resolved.has(raw))
            return this.resolved.get(raw);
        const module = PY2_MODULES[rawModule] ?? rawModule;
        const allowed = this.options.globals.get(`${module}.${name}`);
        const value = allowed?.value !== undefined ? allowed.value : new values/* PickleGlobal */.a(module, name);
        const known = allowed !== undefined || (this.options.allowedModulePrefixes?.some((prefix) => module.startsWith(prefix) || `${module}.` === prefix) ?? false);
        this.options.scan?.add(module, name, known, this.base + at);
        this.resolved.set(raw, value);
        return value;
    }
    /** REDUCE / NEWOBJ: a pure builder when the allow-list has one, else a record of the call. */
    call(callable, args, at) {
        // Calling what a call returned (`getattr(os, 'system')(cmd)`): recorded like any call.
        if (callable instanceof values/* PickleObject */.Y)
            callable = new values/* PickleGlobal */.a(callable.callable.module, `${callable.callable.name}()`);
        if (!(callable instanceof values/* PickleGlobal */.a))
            throw this.fail('call of something that is not a global', at);
        const list = Array.isArray(args) ? args : args === null ? [] : undefined;
        if (!list)
            throw this.fail(`arguments of ${callable.qualifiedName} are not a tuple`, at);
        const builder = this.options.globals.get(callable.qualifiedName)?.build;
        if (!builder)
            return new values/* PickleObject */.Y(callable, list);
        try {
            return builder(list, callable);
        }
        catch (error) {
            if (error instanceof errors/* FormatError */.IF || error instanceof errors/* LimitExceededError */.lo)
                throw error;
            throw this.fail(`unexpected arguments to ${callable.qualifiedName} (${error.message})`, at);
        }
    }
    checkSize(size, what) {
        if (size > limits/* MAX_PICKLE_CONTAINER_ITEMS */.dN)
            throw new errors/* LimitExceededError */.lo(this.file, `the item count of a pickled ${what}`, size, limits/* MAX_PICKLE_CONTAINER_ITEMS */.dN);
    }
    /** Sets the key/value pairs `items[from..]` on a dict. */
    setItems(target, items, from, at) {
        if ((items.length - from) % 2 !== 0)
            throw this.fail('SETITEMS with an odd number of values', at);
        if (target instanceof Map) {
            this.checkSize(target.size + (items.length - from) / 2, 'dict');
            for (let i = from; i < items.length; i += 2)
                target.set(items[i], items[i + 1]);
        }
        else if (target instanceof values/* PickleObject */.Y) {
            // A dict subclass we keep opaque (e.g. an omegaconf node): keep its items as its state.
            const state = target.state instanceof Map ? target.state : new Map();
            for (let i = from; i < items.length; i += 2)
                state.set(items[i], items[i + 1]);
            target.state = state;
        }
        else {
            throw this.fail('SETITEM on something that is not a dict', at);
        }
    }
    appendItems(target, items, at) {
        if (Array.isArray(target)) {
            this.checkSize(target.length + items.length, 'list');
            for (const item of items)
                target.push(item);
        }
        else if (target instanceof values/* PickleObject */.Y) {
            const state = Array.isArray(target.state) ? target.state : [];
            state.push(...items);
            target.state = state;
        }
        else {
            throw this.fail('APPEND on something that is not a list', at);
        }
    }
    run() {
        for (;;) {
            const at = this.position;
            const op = this.u8();
            switch (op) {
                case 0x80: // PROTO
                    if (this.u8() > 5)
                        throw this.fail('pickle protocol above 5', at);
                    break;
                case 0x95: // FRAME: a length hint only
                    this.need(8);
                    this.cursor.skip(8);
                    break;
                case 0x2e: {
                    // STOP
                    const value = this.pop();
                    return { value, end: this.position };
                }
                case 0x28: // MARK
                    if (this.marks.length >= limits/* MAX_PICKLE_MARK_DEPTH */.Ch) {
                        throw new errors/* LimitExceededError */.lo(this.file, 'the pickle nesting depth', this.marks.length + 1, limits/* MAX_PICKLE_MARK_DEPTH */.Ch);
                    }
                    this.marks.push(this.stack.length);
                    break;
                case 0x30: // POP
                    if (this.marks.length > 0 && this.stack.length === this.marks[this.marks.length - 1])
                        this.marks.pop();
                    else
                        this.pop();
                    break;
                case 0x31: // POP_MARK
                    this.popMark();
                    break;
                case 0x32: // DUP
                    this.push(this.top());
                    break;
                // --- constants and numbers
                case 0x4e: // NONE
                    this.push(null);
                    break;
                case 0x88: // NEWTRUE
                    this.push(true);
                    break;
                case 0x89: // NEWFALSE
                    this.push(false);
                    break;
                case 0x4b: // BININT1
                    this.push(this.u8());
                    break;
                case 0x4d: // BININT2
                    this.push(this.u16());
                    break;
                case 0x4a: // BININT
                    this.push(this.i32());
                    break;
                case 0x49: {
                    // INT (text): "00"/"01" are False/True in protocol 0
                    const text = this.line();
                    if (text === '00')
                        this.push(false);
                    else if (text === '01')
                        this.push(true);
                    else
                        this.push(this.parseInt(text, at));
                    break;
                }
                case 0x4c: // LONG (text, trailing L)
                    this.push(this.parseInt(this.line().replace(/L$/, ''), at));
                    break;
                case 0x8a: // LONG1
                    this.push(this.long(this.u8()));
                    break;
                case 0x8b: {
                    // LONG4
                    const n = this.i32();
                    if (n < 0)
                        throw this.fail('negative LONG4 length', at);
                    this.push(this.long(n));
                    break;
                }
                case 0x46: {
                    // FLOAT (text)
                    const value = Number(this.line());
                    this.push(value);
                    break;
                }
                case 0x47: {
                    // BINFLOAT: big-endian float64
                    this.need(8);
                    this.cursor.littleEndian = false;
                    this.push(this.cursor.f64());
                    this.cursor.littleEndian = true;
                    break;
                }
                // --- strings and bytes
                case 0x58: // BINUNICODE
                    this.push(this.str(this.u32()));
                    break;
                case 0x8c: // SHORT_BINUNICODE
                    this.push(this.str(this.u8()));
                    break;
                case 0x8d: // BINUNICODE8
                    this.push(this.str(this.u64Length('string')));
                    break;
                case 0x56: // UNICODE (raw-unicode-escape text)
                    this.push(rawUnicodeEscape(this.line()));
                    break;
                case 0x54: {
                    // BINSTRING (py2 str): signed length
                    const n = this.i32();
                    if (n < 0)
                        throw this.fail('negative BINSTRING length', at);
                    this.push(io_bytes/* LATIN1 */.w$.decode(this.take(n, limits/* MAX_PICKLE_STRING_BYTES */.SG, 'string')));
                    break;
                }
                case 0x55: // SHORT_BINSTRING
                    this.push(io_bytes/* LATIN1 */.w$.decode(this.take(this.u8(), limits/* MAX_PICKLE_STRING_BYTES */.SG, 'string')));
                    break;
                case 0x53: // STRING (quoted repr)
                    this.push(quotedString(this.line()));
                    break;
                case 0x42: // BINBYTES
                    this.push(this.take(this.u32(), limits/* MAX_PICKLE_STRING_BYTES */.SG, 'bytes'));
                    break;
                case 0x43: // SHORT_BINBYTES
                    this.push(this.take(this.u8(), limits/* MAX_PICKLE_STRING_BYTES */.SG, 'bytes'));
                    break;
                case 0x8e: // BINBYTES8
                case 0x96: // BYTEARRAY8
                    this.push(this.take(this.u64Length('bytes'), limits/* MAX_PICKLE_STRING_BYTES */.SG, 'bytes'));
                    break;
                case 0x97: // NEXT_BUFFER
                case 0x98: // READONLY_BUFFER
                    throw new errors/* FormatError */.IF(this.file, 'the pickle uses out-of-band buffers (protocol 5), which a file cannot carry', {
                        offset: this.base + at
                    });
                // --- containers
                case 0x29: // EMPTY_TUPLE
                    this.push([]);
                    break;
                case 0x74: // TUPLE
                    this.push(this.popMark());
                    break;
                case 0x85: // TUPLE1
                    this.push([this.pop()]);
                    break;
                case 0x86: {
                    // TUPLE2
                    const b = this.pop();
                    const a = this.pop();
                    this.push([a, b]);
                    break;
                }
                case 0x87: {
                    // TUPLE3
                    const c = this.pop();
                    const b = this.pop();
                    const a = this.pop();
                    this.push([a, b, c]);
                    break;
                }
                case 0x5d: // EMPTY_LIST
                    this.push([]);
                    break;
                case 0x6c: // LIST
                    this.push(this.popMark());
                    break;
                case 0x61: {
                    // APPEND
                    const item = this.pop();
                    this.appendItems(this.top(), [item], at);
                    break;
                }
                case 0x65: {
                    // APPENDS
                    const items = this.popMark();
                    this.appendItems(this.top(), items, at);
                    break;
                }
                case 0x7d: // EMPTY_DICT
                    this.push(new Map());
                    break;
                case 0x64: {
                    // DICT
                    const items = this.popMark();
                    const dict = new Map();
                    this.setItems(dict, items, 0, at);
                    this.push(dict);
                    break;
                }
                case 0x73: {
                    // SETITEM
                    const value = this.pop();
                    const key = this.pop();
                    this.setItems(this.top(), [key, value], 0, at);
                    break;
                }
                case 0x75: {
                    // SETITEMS, applied from the stack in place: a state_dict written as one SETITEMS of
                    // 10^5 pairs was first copied out (a 2·10^5-slot array, straight to the large-object space).
                    const from = this.popMarkIndex();
                    if (from === 0)
                        throw this.fail('empty stack', at);
                    this.setItems(this.stack[from - 1], this.stack, from, at);
                    this.stack.length = from;
                    break;
                }
                case 0x8f: // EMPTY_SET
                    this.push(new Set());
                    break;
                case 0x90: {
                    // ADDITEMS
                    const items = this.popMark();
                    const set = this.top();
                    if (!(set instanceof Set))
                        throw this.fail('ADDITEMS on something that is not a set', at);
                    this.checkSize(set.size + items.length, 'set');
                    for (const item of items)
                        set.add(item);
                    break;
                }
                case 0x91: // FROZENSET
                    this.push(new Set(this.popMark()));
                    break;
                // --- memo
                case 0x70: // PUT (text)
                    this.memoPut(this.parseIndex(this.line(), at), this.top());
                    break;
                case 0x71: // BINPUT
                    this.memoPut(this.u8(), this.top());
                    break;
                case 0x72: // LONG_BINPUT
                    this.memoPut(this.u32(), this.top());
                    break;
                case 0x94: // MEMOIZE
                    this.memoPut(this.memoKeys.size, this.top());
                    break;
                case 0x67: // GET (text)
                    this.push(this.memoGet(this.parseIndex(this.line(), at)));
                    break;
                case 0x68: // BINGET
                    this.push(this.memoGet(this.u8()));
                    break;
                case 0x6a: // LONG_BINGET
                    this.push(this.memoGet(this.u32()));
                    break;
                // --- the points where a real unpickler runs code: resolved against the allow-list only
                case 0x63: {
                    // GLOBAL "module\nname\n"
                    const module = this.line();
                    const name = this.line();
                    this.push(this.global(module, name, at));
                    break;
                }
                case 0x93: {
                    // STACK_GLOBAL
                    const name = this.pop();
                    const module = this.pop();
                    if (typeof module !== 'string' || typeof name !== 'string')
                        throw this.fail('STACK_GLOBAL of non-strings', at);
                    this.push(this.global(module, name, at));
                    break;
                }
                case 0x69: {
                    // INST "module\nname\n" with MARKed args
                    const module = this.line();
                    const name = this.line();
                    const cls = this.global(module, name, at);
                    this.push(this.call(cls, this.popMark(), at));
                    break;
                }
                case 0x6f: {
                    // OBJ: MARK cls args...
                    const items = this.popMark();
                    if (items.length === 0)
                        throw this.fail('OBJ without a class', at);
                    this.push(this.call(items[0], items.slice(1), at));
                    break;
                }
                case 0x52: {
                    // REDUCE
                    const args = this.pop();
                    const callable = this.pop();
                    this.push(this.call(callable, args, at));
                    break;
                }
                case 0x81: {
                    // NEWOBJ
                    const args = this.pop();
                    const cls = this.pop();
                    this.push(this.call(cls, args, at));
                    break;
                }
                case 0x92: {
                    // NEWOBJ_EX (kwargs are dropped: no allowed builder takes any)
                    this.pop();
                    const args = this.pop();
                    const cls = this.pop();
                    this.push(this.call(cls, args, at));
                    break;
                }
                case 0x62: {
                    // BUILD: set the state of the object below; plain containers keep theirs
                    const state = this.pop();
                    const target = this.top();
                    if (target instanceof values/* PickleObject */.Y)
                        target.state = state;
                    break;
                }
                case 0x51: {
                    // BINPERSID
                    const pid = this.pop();
                    this.push(this.persistent(pid, at));
                    break;
                }
                case 0x50: // PERSID (text)
                    this.push(this.persistent(this.line(), at));
                    break;
                case 0x82: // EXT1
                case 0x83: // EXT2
                case 0x84: {
                    // EXT4: a global by its number in the copyreg extension registry, process state we do not
                    // have; a placeholder, and the scan lists it as unknown.
                    const code = op === 0x82 ? this.u8() : op === 0x83 ? this.u16() : this.u32();
                    this.push(this.global('copyreg', `extension ${code}`, at));
                    break;
                }
                default:
                    throw this.fail(`unknown opcode 0x${op.toString(16).padStart(2, '0')}`, at);
            }
        }
    }
    persistent(pid, at) {
        const load = this.options.persistentLoad;
        if (!load)
            throw this.fail('a persistent id, which this pickle is not expected to have', at);
        try {
            return load(pid);
        }
        catch (error) {
            if (error instanceof errors/* FormatError */.IF || error instanceof errors/* LimitExceededError */.lo)
                throw error;
            throw this.fail(`unexpected persistent id (${error.message})`, at);
        }
    }
    long(n) {
        if (n > limits/* MAX_PICKLE_LONG_BYTES */.LW)
            throw new errors/* LimitExceededError */.lo(this.file, 'a pickled integer length', n, limits/* MAX_PICKLE_LONG_BYTES */.LW);
        this.need(n);
        if (n === 0)
            return 0;
        const bytes = this.cursor.bytes(n);
        let value = 0n;
        for (let i = n - 1; i >= 0; i--)
            value = (value << 8n) | BigInt(bytes[i]);
        if (bytes[n - 1] & 0x80)
            value -= 1n << BigInt(8 * n);
        return narrow(value);
    }
    parseInt(text, at) {
        if (!/^[-+]?\d+$/.test(text.trim()))
            throw this.fail(`bad integer literal '${text.slice(0, 40)}'`, at);
        return narrow(BigInt(text.trim()));
    }
    parseIndex(text, at) {
        const value = Number(text);
        if (!Number.isSafeInteger(value) || value < 0)
            throw this.fail(`bad memo index '${text.slice(0, 40)}'`, at);
        return value;
    }
}
/** Pickles are mostly short ASCII keys; decoding those without TextDecoder's per-call cost halves the parse. */
function decodeUtf8(bytes) {
    if (bytes.length > 64)
        return io_bytes/* UTF8 */.az.decode(bytes);
    for (let i = 0; i < bytes.length; i++)
        if (bytes[i] >= 0x80)
            return io_bytes/* UTF8 */.az.decode(bytes);
    return String.fromCharCode.apply(null, bytes);
}
function decodeLatin1(bytes) {
    return bytes.length > 64 ? io_bytes/* LATIN1 */.w$.decode(bytes) : String.fromCharCode.apply(null, bytes);
}
/** A bigint as a number when that is exact. */
function narrow(value) {
    return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value;
}
function rawUnicodeEscape(text) {
    return text.replace(/\\u([0-9a-fA-F]{4})|\\U([0-9a-fA-F]{8})/g, (_, u4, u8) => String.fromCodePoint(parseInt(u4 ?? u8, 16)));
}
/** A protocol-0 STRING argument: a Python repr in single or double quotes. */
function quotedString(text) {
    const quote = text[0];
    if ((quote !== "'" && quote !== '"') || text[text.length - 1] !== quote)
        return text;
    const body = text.slice(1, -1);
    const escapes = { n: '\n', r: '\r', t: '\t', '\\': '\\', "'": "'", '"': '"', '0': '\0' };
    return body.replace(/\\(x[0-9a-fA-F]{2}|.)/g, (_, e) => e.startsWith('x') && e.length === 3 ? String.fromCharCode(parseInt(e.slice(1), 16)) : (escapes[e] ?? `\\${e}`));
}


/***/ }),

/***/ 6281:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ PickleObject),
/* harmony export */   a: () => (/* binding */ PickleGlobal)
/* harmony export */ });
/** A `module.name` the pickle refers to (GLOBAL / STACK_GLOBAL / INST / OBJ). */
class PickleGlobal {
    module;
    name;
    /** `module.name`, the allow-list's key; built once, as each REDUCE of the global looks it up. */
    qualifiedName;
    constructor(module, name) {
        this.module = module;
        this.name = name;
        this.qualifiedName = `${module}.${name}`;
    }
}
/**
 * What a REDUCE / NEWOBJ / OBJ / INST of a global without a builder would have made: the callable,
 * its arguments, and the state a later BUILD gave it. Kept so tensors nested inside (a module's
 * `_parameters`, an `argparse.Namespace`) are still found.
 */
class PickleObject {
    callable;
    args;
    state = undefined;
    constructor(callable, args) {
        this.callable = callable;
        this.args = args;
    }
}


/***/ })

};

//# sourceMappingURL=1159.index.js.map