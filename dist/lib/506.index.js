export const id = 506;
export const ids = [506];
export const modules = {

/***/ 5306:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ matchNameRule)
/* harmony export */ });
/** The first rule matching `name`, or undefined when none does (the tensor is `unclassified`). */
function matchNameRule(name, rules) {
    return rules.find((rule) => rule.pattern.test(name));
}


/***/ }),

/***/ 9352:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hk: () => (/* binding */ PYTORCH_BUFFER_RULES),
/* harmony export */   au: () => (/* binding */ PYTORCH_SECTION_RULES),
/* harmony export */   qJ: () => (/* binding */ PYTORCH_OPTIMIZER_SLOTS)
/* harmony export */ });
/**
 * PyTorch name tables. The checkpoint's own dict layout (`{model, optimizer, epoch}`) decides
 * first; these tables decide within a section, and for top-level keys.
 */
/**
 * `nn.Module` buffers: registered with `register_buffer`, saved in the state_dict next to the
 * parameters, never trained. A state_dict does not mark them, so their names do
 * (`torch/nn/modules/batchnorm.py`: running_mean, running_var, num_batches_tracked).
 */
const PYTORCH_BUFFER_RULES = [
    { pattern: /(^|[./])running_(mean|var)$/, category: 'buffers', reason: 'BatchNorm running statistic (nn.Module buffer)' },
    { pattern: /(^|[./])num_batches_tracked$/, category: 'buffers', reason: 'BatchNorm batch counter (nn.Module buffer)' },
    { pattern: /(^|[./])position_ids$/, category: 'buffers', reason: 'position-id buffer (HF transformers)' },
    { pattern: /(^|[./])attn\.(masked_)?bias$/, category: 'buffers', reason: 'causal attention mask buffer (GPT-2 style)' },
    { pattern: /(^|[./])masked_bias$/, category: 'buffers', reason: 'causal attention mask buffer' },
    { pattern: /(^|[./])inv_freq$/, category: 'buffers', reason: 'rotary embedding frequencies (buffer)' },
    { pattern: /(^|[./])relative_position_index$/, category: 'buffers', reason: 'relative position index (buffer)' }
];
/**
 * Per-parameter optimizer state (`torch/optim/*.py`, the keys of `self.state[p]`), for the
 * reason text; every tensor of an optimizer state_dict is optimizer state, known slot or not.
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
    step_size: 'Rprop step sizes'
};
/**
 * Top-level keys of training checkpoints (FORMATS.md §4.4: torch tutorials, Lightning's
 * `state_dict`/`optimizer_states`/`loops`/`callbacks`, HF Trainer's `optimizer.pt` and
 * `rng_state.pth`, timm's `state_dict_ema`). First match wins.
 */
const PYTORCH_SECTION_RULES = [
    { pattern: /^(ema|model_ema|ema_model|ema_state_dict|state_dict_ema|shadow|averaged_model|swa_model|ema_weights)$/i, section: 'ema', reason: 'EMA shadow weights (not trained)' },
    { pattern: /^(optimizer|optimizers|optimizer_state_dict|optimizer_states|optimizer_state|optim|optim_state|opt|opt_state)$|_optimizer$|^optimizer_/i, section: 'optimizer', reason: 'optimizer state_dict' },
    { pattern: /^(model|models|state_dict|model_state_dict|model_state|module|net|network|params|weights|generator|discriminator|encoder|decoder|backbone|student|teacher|netG|netD)$/i, section: 'model', reason: 'model state_dict' },
    {
        pattern: /^(epoch|epochs|global_step|step|steps|iteration|iter|iters|best_\w+|rng_state|rng_states|rng|random_state|torch_rng_state|cuda_rng_state|numpy_rng_state|python_rng_state|python|numpy|cpu|cuda|loops|callbacks|lr_scheduler|lr_schedulers|scheduler|schedulers|scheduler_state_dict|scaler|grad_scaler|amp|metrics|hyper_parameters|hparams|args|config|pytorch-lightning_version|version)$/i,
        section: 'bookkeeping',
        reason: 'training-loop state (counters, RNG, schedulers, callbacks)'
    }
];


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
    0x28, 0x30, 0x31, 0x32, 0x4e, 0x88, 0x89, 0x29, 0x74, 0x85, 0x86, 0x87, 0x5d, 0x6c, 0x61, 0x65, 0x7d, 0x64, 0x73, 0x75, 0x8f, 0x90, 0x91, 0x94,
    0x93, 0x6f, 0x52, 0x81, 0x92, 0x62, 0x51, 0x97, 0x98, 0x2e
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
                const length = size === 1 ? bytes[at] : size === 4 ? view.getInt32(at, true) : Number(view.getBigUint64(at, true));
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
    position = 0;
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
    view;
    base;
    file;
    constructor(bytes, options, 
    /** Memo indexes worth keeping (`memo-scan.ts`); undefined: keep every entry. */
    kept) {
        this.bytes = bytes;
        this.options = options;
        this.kept = kept;
        this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        this.base = options.baseOffset ?? 0;
        this.file = options.file;
    }
    fail(what, at = this.position) {
        return new errors/* FormatError */.IF(this.file, `invalid pickle: ${what}`, {
            offset: this.base + at,
            fix: 'The file is truncated or corrupted; re-export it.'
        });
    }
    need(n) {
        if (this.position + n > this.bytes.length) {
            throw new PickleTruncatedError(this.file, 'pickle ends before its STOP opcode', {
                offset: this.base + this.bytes.length,
                fix: 'The file is truncated; re-export it.'
            });
        }
    }
    u8() {
        this.need(1);
        return this.bytes[this.position++];
    }
    u16() {
        this.need(2);
        const v = this.view.getUint16(this.position, true);
        this.position += 2;
        return v;
    }
    u32() {
        this.need(4);
        const v = this.view.getUint32(this.position, true);
        this.position += 4;
        return v;
    }
    i32() {
        this.need(4);
        const v = this.view.getInt32(this.position, true);
        this.position += 4;
        return v;
    }
    /** An 8-byte length (BINUNICODE8, BINBYTES8, BYTEARRAY8), checked as a bigint so the error gives its real value. */
    u64Length(what) {
        this.need(8);
        const v = this.view.getBigUint64(this.position, true);
        this.position += 8;
        if (v > BigInt(limits/* MAX_PICKLE_STRING_BYTES */.SG))
            throw new errors/* LimitExceededError */.lo(this.file, `a pickled ${what} length`, v, limits/* MAX_PICKLE_STRING_BYTES */.SG);
        return Number(v);
    }
    take(n, limit, what) {
        if (n > limit)
            throw new errors/* LimitExceededError */.lo(this.file, `a pickled ${what} length`, n, limit);
        this.need(n);
        const out = this.bytes.subarray(this.position, this.position + n);
        this.position += n;
        return out;
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
        const text = decodeLatin1(this.bytes.subarray(this.position, end));
        this.position = end + 1;
        return text;
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
    /** Resolves a global against the allow-list; anything else stops here (nothing after it is read). */
    global(rawModule, name) {
        // A pickle names the same few globals once per tensor (unless memoized): resolve each once.
        const raw = `${rawModule}\n${name}`;
        if (this.resolved.has(raw))
            return this.resolved.get(raw);
        const module = PY2_MODULES[rawModule] ?? rawModule;
        const qualified = `${module}.${name}`;
        const allowed = this.options.globals.get(qualified);
        let value;
        if (allowed)
            value = allowed.value !== undefined ? allowed.value : new values/* PickleGlobal */.a(module, name);
        else if (this.options.allowedModulePrefixes?.some((prefix) => module.startsWith(prefix) || `${module}.` === prefix)) {
            value = new values/* PickleGlobal */.a(module, name);
        }
        else
            throw new errors/* UnsafePickleError */.z$(this.file, qualified);
        this.resolved.set(raw, value);
        return value;
    }
    /** REDUCE / NEWOBJ: a pure builder when the allow-list has one, else a record of the call. */
    call(callable, args, at) {
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
                    this.position += 8;
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
                    this.push(this.view.getFloat64(this.position, false));
                    this.position += 8;
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
                    this.push(latin1.decode(this.take(n, limits/* MAX_PICKLE_STRING_BYTES */.SG, 'string')));
                    break;
                }
                case 0x55: // SHORT_BINSTRING
                    this.push(latin1.decode(this.take(this.u8(), limits/* MAX_PICKLE_STRING_BYTES */.SG, 'string')));
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
                    this.push(this.global(module, name));
                    break;
                }
                case 0x93: {
                    // STACK_GLOBAL
                    const name = this.pop();
                    const module = this.pop();
                    if (typeof module !== 'string' || typeof name !== 'string')
                        throw this.fail('STACK_GLOBAL of non-strings', at);
                    this.push(this.global(module, name));
                    break;
                }
                case 0x69: {
                    // INST "module\nname\n" with MARKed args
                    const module = this.line();
                    const name = this.line();
                    const cls = this.global(module, name);
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
                    // EXT4: the copyreg extension registry is process state we do not have
                    const code = op === 0x82 ? this.u8() : op === 0x83 ? this.u16() : this.u32();
                    throw new errors/* UnsafePickleError */.z$(this.file, `copyreg extension code ${code}`);
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
            if (error instanceof errors/* FormatError */.IF || error instanceof errors/* LimitExceededError */.lo || error instanceof errors/* UnsafePickleError */.z$)
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
        let value = 0n;
        for (let i = n - 1; i >= 0; i--)
            value = (value << 8n) | BigInt(this.bytes[this.position + i]);
        if (this.bytes[this.position + n - 1] & 0x80)
            value -= 1n << BigInt(8 * n);
        this.position += n;
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
const utf8 = new TextDecoder('utf-8');
const latin1 = new TextDecoder('latin1');
/** Pickles are mostly short ASCII keys; decoding those without TextDecoder's per-call cost halves the parse. */
function decodeUtf8(bytes) {
    if (bytes.length > 64)
        return utf8.decode(bytes);
    for (let i = 0; i < bytes.length; i++)
        if (bytes[i] >= 0x80)
            return utf8.decode(bytes);
    return String.fromCharCode.apply(null, bytes);
}
function decodeLatin1(bytes) {
    return bytes.length > 64 ? latin1.decode(bytes) : String.fromCharCode.apply(null, bytes);
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


/***/ }),

/***/ 3321:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  i: () => (/* binding */ classifyTorchSave),
  a: () => (/* binding */ classifyTorchScript)
});

// EXTERNAL MODULE: ./src/core/categorize.ts
var categorize = __webpack_require__(5306);
// EXTERNAL MODULE: ./src/core/rules/pytorch.ts
var pytorch = __webpack_require__(9352);
// EXTERNAL MODULE: ./src/formats/pytorch/torch-globals.ts
var torch_globals = __webpack_require__(2219);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/limits.ts
var limits = __webpack_require__(6419);
// EXTERNAL MODULE: ./src/formats/pickle/values.ts
var values = __webpack_require__(6281);
;// CONCATENATED MODULE: ./src/formats/pytorch/walk.ts




/** `model/wc1.weight`, `optimizer/state/0/exp_avg`, `conv_block_1.conv_1.weight` (TorchScript). */
function pathName(path) {
    let name = '';
    for (const [i, step] of path.entries()) {
        if (i > 0)
            name += step.via === 'attr' ? '.' : '/';
        name += step.key;
    }
    return name;
}
/**
 * A dict key as it appears in a name. Tuple keys are written out to MAX_PICKLE_KEY_DEPTH levels and
 * at most MAX_NAME_BYTES + 1 characters: a hostile key (a tuple nested 100k deep, or one that shares
 * a huge tuple many times) can neither recurse without bound nor make a huge string.
 */
function keyText(key) {
    // Nearly every key is a string of a sane length: itself, without the writer below.
    if (typeof key === 'string' && key.length <= limits/* MAX_NAME_BYTES */.pg)
        return key;
    let text = '';
    const write = (part) => {
        text += part.length + text.length > limits/* MAX_NAME_BYTES */.pg ? part.slice(0, limits/* MAX_NAME_BYTES */.pg + 1 - text.length) : part;
        return text.length <= limits/* MAX_NAME_BYTES */.pg;
    };
    const visit = (value, depth) => {
        if (typeof value === 'string')
            return write(value);
        if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean')
            return write(String(value));
        if (value === null)
            return write('None');
        if (!Array.isArray(value))
            return write('?');
        if (depth >= limits/* MAX_PICKLE_KEY_DEPTH */.M2)
            return write('(…)');
        if (!write('('))
            return false;
        for (let i = 0; i < value.length; i++) {
            if (i > 0 && !write(', '))
                return false;
            if (!visit(value[i], depth + 1))
                return false;
        }
        return write(')');
    };
    visit(key, 0);
    return text;
}
/**
 * Hands every tensor reachable from `root` to `onTensor` with the path of keys that leads to it
 * (its own array), in pickle order (dict insertion order, list order, an object's arguments then
 * its state). Each container is walked once, so a cyclic or heavily shared structure cannot make
 * the walk loop or explode; a tensor object reached under two names (tied weights in a
 * state_dict) is handed over under both. Nothing is collected: a reader that classifies tensors
 * as they come keeps no list of 10^5 paths (~15 MB the garbage collector would copy to the old
 * generation before it could free it).
 */
function forEachTensor(root, file, onTensor) {
    let count = 0;
    const seen = new Set();
    // Depth-first with an explicit stack of containers, each with an iterator over its children:
    // a child costs nothing until it is reached (a state_dict of 10^5 tensors used to get 10^5
    // frames at once, all alive until the walk reached them).
    const stack = [];
    // Each found tensor copies its path: deep paths times many tensors is what must stay bounded.
    let totalNameLength = 0;
    const visit = (value, step, parent, depth, nameLength) => {
        if (value instanceof torch_globals/* TensorRef */.Fc) {
            if (count >= limits/* MAX_TENSORS */.am)
                throw new errors/* LimitExceededError */.lo(file, 'the number of tensors', count + 1, limits/* MAX_TENSORS */.am);
            if (nameLength > limits/* MAX_NAME_BYTES */.pg)
                throw new errors/* LimitExceededError */.lo(file, 'the length of a tensor name', nameLength, limits/* MAX_NAME_BYTES */.pg);
            totalNameLength += nameLength;
            if (totalNameLength > limits/* MAX_TOTAL_NAME_BYTES */.sw) {
                throw new errors/* LimitExceededError */.lo(file, 'the length of all tensor names together', totalNameLength, limits/* MAX_TOTAL_NAME_BYTES */.sw);
            }
            count++;
            onTensor(pathOf(step, parent, depth), value);
            return;
        }
        if (value === null || typeof value !== 'object' || value instanceof Uint8Array)
            return;
        if (seen.has(value))
            return;
        seen.add(value);
        if (depth >= limits/* MAX_PICKLE_WALK_DEPTH */.ul) {
            throw new errors/* LimitExceededError */.lo(file, 'the nesting depth of the pickled object', depth + 1, limits/* MAX_PICKLE_WALK_DEPTH */.ul);
        }
        stack.push({ step, parent, depth, nameLength, children: childrenOf(value) });
    };
    visit(root, undefined, undefined, 0, 0);
    while (stack.length > 0) {
        const frame = stack[stack.length - 1];
        const next = frame.children.next();
        if (next.done) {
            stack.pop();
            continue;
        }
        const [value, key, via] = next.value;
        visit(value, { key, via }, frame, frame.depth + 1, frame.nameLength + (frame.step ? 1 : 0) + key.length);
    }
}
/** A container's children that may hold tensors (objects), in pickle order, with their keys. */
function* childrenOf(value) {
    const isObject = (v) => v !== null && typeof v === 'object';
    if (value instanceof Map) {
        for (const [k, v] of value)
            if (isObject(v))
                yield [v, keyText(k), 'item'];
    }
    else if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++)
            if (isObject(value[i]))
                yield [value[i], String(i), 'item'];
    }
    else if (value instanceof Set) {
        let i = 0;
        for (const v of value) {
            if (isObject(v))
                yield [v, String(i), 'item'];
            i++;
        }
    }
    else if (value instanceof values/* PickleObject */.Y) {
        for (let i = 0; i < value.args.length; i++)
            if (isObject(value.args[i]))
                yield [value.args[i], `[${i}]`, 'item'];
        // An object's state is its attribute dict (TorchScript modules, argparse.Namespace), or a
        // (dict, slots) pair; its attributes read as `parent.attr`.
        const state = value.state;
        if (state instanceof Map) {
            for (const [k, v] of state)
                if (isObject(v))
                    yield [v, keyText(k), 'attr'];
        }
        else if (isObject(state)) {
            yield [state, 'state', 'item'];
        }
    }
}
/** The path of a child `step` of `parent`, `depth` steps long. */
function pathOf(step, parent, depth) {
    // Filled from the end into an array of its final length: one allocation per tensor.
    const path = new Array(depth);
    let i = depth;
    if (step)
        path[--i] = step;
    for (let f = parent; f?.step; f = f.parent)
        path[--i] = f.step;
    return i === 0 ? path : path.slice(i);
}

;// CONCATENATED MODULE: ./src/formats/pytorch/classify.ts




/**
 * Categories from the checkpoint's own layout (DESIGN.md: `dict-layout`):
 * - a bare state_dict (`torch.save(model.state_dict())`, HF `pytorch_model.bin`): weights,
 *   except `nn.Module` buffers by name;
 * - a training checkpoint `{model|state_dict: …, optimizer|optimizer_states: …, epoch: …}`:
 *   each top-level key is a section (rules/pytorch.ts); everything in an optimizer state_dict is
 *   optimizer state, per-parameter slots under `state/<param index>/<slot>` named after their parameter;
 * - a bare optimizer state_dict (`{state, param_groups}`, HF `optimizer.pt`) is all optimizer.
 * Tensors under keys no rule knows are `nn.Parameter`s → weights, buffer names → buffers, else
 * unclassified.
 */
function classifyTorchSave(root, file, emit) {
    const rootMap = root instanceof Map ? root : undefined;
    const sectionOf = new Map();
    let bareOptimizer = false;
    let bareStateDict = false;
    if (rootMap) {
        // Sections holding a model or an optimizer are containers; a key whose value is a tensor is a
        // state_dict entry or a counter. Testing containers first keeps a 10^5-key state_dict cheap.
        const sectionRule = (key) => typeof key === 'string' ? pytorch/* PYTORCH_SECTION_RULES */.au.find((r) => r.pattern.test(key))?.section : undefined;
        let directTensors = false;
        for (const [key, value] of rootMap) {
            if (value instanceof torch_globals/* TensorRef */.Fc)
                directTensors = true;
            else {
                const section = sectionRule(key);
                if (section)
                    sectionOf.set(key, section);
            }
        }
        bareOptimizer = rootMap.has('state') && rootMap.has('param_groups');
        const knowsLayout = [...sectionOf.values()].some((s) => s === 'model' || s === 'optimizer' || s === 'ema');
        bareStateDict = !bareOptimizer && !knowsLayout && directTensors;
        if (!bareStateDict && directTensors) {
            for (const [key, value] of rootMap) {
                const section = value instanceof torch_globals/* TensorRef */.Fc ? sectionRule(key) : undefined;
                if (section)
                    sectionOf.set(key, section);
            }
        }
    }
    const parameterNames = optimizerParameterNames(rootMap, sectionOf, bareOptimizer, file);
    const notes = new CategoryNotes();
    let layoutUsed = bareOptimizer || bareStateDict;
    // Every reason but an optimizer slot's (which names its parameter) is one of a few sentences per
    // section: each is kept once and shared, not copied per tensor (10^5 copies were ~7 MB).
    const sentences = new Map();
    const shared = (sentence) => {
        const known = sentences.get(sentence);
        if (known !== undefined)
            return known;
        sentences.set(sentence, sentence);
        return sentence;
    };
    forEachTensor(root, file, (path, tensor) => {
        const name = pathName(path) || 'tensor';
        let decided;
        let section;
        if (bareOptimizer) {
            decided = optimizerTensor(path, parameterNames.get(root));
        }
        else if (bareStateDict) {
            decided = modelTensor(name, tensor, 'state_dict');
        }
        else {
            const top = path[0]?.key;
            section = top === undefined ? undefined : sectionOf.get(top);
            const inner = path.slice(1);
            const innerName = pathName(inner) || name;
            if (section)
                layoutUsed = true;
            switch (section) {
                case 'model':
                    decided = modelTensor(innerName, tensor, `'${top}' model state_dict`);
                    break;
                case 'ema':
                    decided = { category: 'buffers', reason: `EMA shadow copy under '${top}' (not trained)` };
                    break;
                case 'optimizer':
                    decided = optimizerTensor(inner, parameterNames.get(rootMap?.get(top)));
                    break;
                case 'bookkeeping':
                    decided = { category: 'bookkeeping', reason: `training-loop state under '${top}'` };
                    break;
                default:
                    decided = unknownTensor(name, tensor);
            }
        }
        const reason = bareOptimizer || section === 'optimizer' ? decided.reason : shared(decided.reason);
        // Spelled out: an object spread here cost 10× the rest of the classification on 10^5 tensors.
        const classified = { tensor, name, category: decided.category, reason };
        notes.add(classified, path);
        emit(classified);
    });
    return { classifiedBy: layoutUsed ? 'dict-layout' : 'name-rules', categoryNotes: notes.notes() };
}
/**
 * TorchScript archives: every tensor of the module tree is model state; buffers by name. The
 * module tree's tensors come first, then those of `constants.pkl`, under `constants/`.
 */
function classifyTorchScript(root, constants, file, emit) {
    const notes = new CategoryNotes();
    const classify = (path, tensor) => {
        const name = pathName(path) || 'tensor';
        const buffer = (0,categorize/* matchNameRule */.T)(name, pytorch/* PYTORCH_BUFFER_RULES */.Hk);
        const classified = {
            tensor,
            name,
            category: buffer ? buffer.category : 'weights',
            reason: buffer ? buffer.reason : 'tensor of the TorchScript module'
        };
        notes.add(classified, path);
        emit(classified);
    };
    forEachTensor(root, file, classify);
    forEachTensor(constants, file, (path, tensor) => classify([{ key: 'constants', via: 'item' }, ...path], tensor));
    return { classifiedBy: 'format', categoryNotes: notes.notes() };
}
function modelTensor(name, tensor, where) {
    const buffer = (0,categorize/* matchNameRule */.T)(name, pytorch/* PYTORCH_BUFFER_RULES */.Hk);
    if (buffer)
        return { category: buffer.category, reason: buffer.reason };
    return { category: 'weights', reason: tensor.parameter ? `nn.Parameter in the ${where}` : `parameter in the ${where}` };
}
function unknownTensor(name, tensor) {
    const buffer = (0,categorize/* matchNameRule */.T)(name, pytorch/* PYTORCH_BUFFER_RULES */.Hk);
    if (buffer)
        return { category: buffer.category, reason: buffer.reason };
    if (tensor.parameter)
        return { category: 'weights', reason: 'saved as an nn.Parameter' };
    return { category: 'unclassified', reason: 'under a key no PyTorch layout rule knows' };
}
/** `…/state/<param index>/<slot>` inside an optimizer state_dict (`torch/optim/optimizer.py` `state_dict`). */
function optimizerTensor(inner, names) {
    const at = inner.findIndex((step) => step.key === 'state');
    if (at >= 0 && inner.length === at + 3) {
        const index = inner[at + 1].key;
        const slot = inner[at + 2].key;
        const of = names?.get(index) ?? `parameter ${index}`;
        // Scalars such as Adam's per-parameter `step` tensor are optimizer state too: torch saves and
        // restores them with the slots (and truth.json, computed by torch, counts them there).
        if (slot === 'step')
            return { category: 'optimizer', reason: `optimizer step counter of ${of}` };
        return { category: 'optimizer', reason: `${pytorch/* PYTORCH_OPTIMIZER_SLOTS */.qJ[slot] ?? `optimizer state '${slot}'`} of ${of}` };
    }
    return { category: 'optimizer', reason: 'optimizer state' };
}
/**
 * Optimizer state is keyed by parameter index, in the order of `param_groups[*].params`, which is
 * the order of `model.parameters()`: the state_dict's tensors minus its buffers. When a checkpoint
 * holds one model and one optimizer whose counts agree, indexes get their parameter's name.
 */
function optimizerParameterNames(rootMap, sectionOf, bareOptimizer, file) {
    const result = new Map();
    if (!rootMap || bareOptimizer)
        return result;
    const modelKeys = [...sectionOf].filter(([, s]) => s === 'model').map(([k]) => k);
    const optimizerKeys = [...sectionOf].filter(([, s]) => s === 'optimizer').map(([k]) => k);
    if (modelKeys.length !== 1 || optimizerKeys.length !== 1)
        return result;
    const optimizer = rootMap.get(optimizerKeys[0]);
    // Lightning keeps a list of optimizer state_dicts (`optimizer_states`); one optimizer maps.
    const order = parameterOrder(Array.isArray(optimizer) && optimizer.length === 1 ? optimizer[0] : optimizer);
    if (!order)
        return result;
    // The names come from a walk of their own, ahead of the classification, which may meet the
    // optimizer before the model. It is the same walk (the same containers seen first elsewhere are
    // skipped), keeping only names: a training checkpoint's model tensors, not its 10^5 paths.
    const parameters = [];
    forEachTensor(rootMap, file, (path) => {
        if (path[0]?.key !== modelKeys[0])
            return;
        const name = pathName(path.slice(1));
        if (!(0,categorize/* matchNameRule */.T)(name, pytorch/* PYTORCH_BUFFER_RULES */.Hk))
            parameters.push(name);
    });
    if (parameters.length !== order.length)
        return result;
    result.set(optimizer, new Map(order.map((index, i) => [index, parameters[i]])));
    return result;
}
function parameterOrder(optimizer) {
    if (!(optimizer instanceof Map))
        return undefined;
    const groups = optimizer.get('param_groups');
    if (!Array.isArray(groups))
        return undefined;
    const order = [];
    for (const group of groups) {
        const params = group instanceof Map ? group.get('params') : undefined;
        if (!Array.isArray(params))
            return undefined;
        for (const index of params)
            order.push(String(index));
    }
    return order;
}
/**
 * What the table shows beside a category: which kinds of tensors are in it (the counts are already
 * there), collected as the tensors go by: optimizer slots by their last path key, buffers by the
 * last part of their name, in the order first met.
 */
class CategoryNotes {
    optimizer = new Set();
    buffers = new Set();
    add(tensor, path) {
        if (tensor.category === 'optimizer')
            this.optimizer.add(path[path.length - 1]?.key ?? 'state');
        else if (tensor.category === 'buffers')
            this.buffers.add(tensor.name.slice(tensor.name.lastIndexOf('.') + 1));
    }
    notes() {
        const out = {};
        const list = (kinds) => {
            const all = [...kinds];
            return all.slice(0, NOTE_KINDS).join(', ') + (all.length > NOTE_KINDS ? ', …' : '');
        };
        if (this.optimizer.size > 0)
            out.optimizer = `per-parameter ${list(this.optimizer)}`;
        if (this.buffers.size > 0)
            out.buffers = list(this.buffers);
        return out;
    }
}
/** Kinds listed in a category note before the rest are elided. */
const NOTE_KINDS = 4;


/***/ }),

/***/ 7639:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ TensorList)
/* harmony export */ });
/* unused harmony export PartialViews */
/* harmony import */ var _core_format_bytes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7586);
/* harmony import */ var _torch_globals_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2219);


/**
 * Turns classified tensors, as the classification hands them over, into the common tensor list.
 * Every tensor that views a storage gets the whole storage's span; the tensors of a storage that
 * several tensors view also get its key, so the analyzer counts a shared storage once (under the
 * first tensor that names it); the explanation says which were shared.
 *
 * Per-storage bookkeeping lives on the StorageRef object itself (the unpickler hands out one per
 * storage): with 10^5 storages, string-keyed maps were a tenth of the read, and Maps keyed by the
 * object grew by copies into the large-object space that stayed to the end.
 */
class TensorList {
    file;
    spanOf;
    keyOf;
    /**
     * Allocated at the expected count (`expected`, the number of storages) and trimmed by
     * `finish`: pushes to 10^5 left growth copies in the large-object space.
     */
    tensors;
    count = 0;
    /** The storages whose views, so far, do not cover them whole (rare: slices saved alone). */
    partial = [];
    /** The storages a second tensor viewed (rare: tied weights), their bytes added to the shared total once. */
    sharedStorages = new Set();
    shared = [];
    sharedBytes = 0;
    constructor(file, spanOf, 
    /**
     * Stable key of a storage for the analyzer's once-per-storage accounting (`archive/data/3`),
     * asked only for the storages that several tensors view.
     */
    keyOf, expected = 0) {
        this.file = file;
        this.spanOf = spanOf;
        this.keyOf = keyOf;
        this.tensors = new Array(expected);
    }
    /** An arrow property, so that `list.add` can be handed to the classification as it is. */
    add = (item) => {
        const { tensor } = item;
        const storage = tensor.storage;
        if (!storage) {
            // A meta tensor has a shape but no data on disk.
            this.tensors[this.count++] = { name: item.name, dtype: tensor.dtype, shape: tensor.shape, file: this.file, offset: 0, byteLength: 0, category: item.category, reason: `${item.reason} (no data: meta tensor)` };
            return;
        }
        const span = this.spanOf(storage);
        const view = [tensor.storageOffset, tensor.storageOffset + tensor.extent];
        const seen = storage.views;
        const info = {
            name: item.name,
            dtype: tensor.dtype,
            shape: tensor.shape,
            file: this.file,
            offset: span.offset,
            byteLength: span.byteLength,
            category: item.category,
            reason: item.reason
            // No storageKey: only the tensors of a storage that several tensors view get one (below). A
            // storage viewed once is counted once without a key, and the analyzer's set of seen keys
            // stays empty (for 10^5 storages it grew by copies into the large-object space, ~5 MB at
            // the peak); the field itself, on each of 10^5 tensors, was 0.8 MB more.
        };
        if (seen === undefined) {
            if (coversStorage(storage, span, view))
                storage.views = info;
            else {
                storage.views = new PartialViews(info, [view]);
                this.partial.push(storage);
            }
        }
        else {
            const first = seen instanceof PartialViews ? seen.first : seen;
            if (seen instanceof PartialViews)
                seen.views.push(view);
            info.reason = `${item.reason}; shares its storage with '${first.name}' (counted once)`;
            // The first tensor's info was listed before anyone knew: it gets the key now.
            first.storageKey ??= this.keyOf(storage);
            info.storageKey = first.storageKey;
            if (!this.sharedStorages.has(storage)) {
                this.sharedStorages.add(storage);
                this.sharedBytes += span.byteLength;
            }
            this.shared.push(item.name);
        }
        this.tensors[this.count++] = info;
    };
    finish() {
        const explanations = [];
        const unviewed = unviewedStorageBytes(this.partial, this.spanOf);
        if (unviewed.bytes > 0) {
            explanations.push(`${(0,_core_format_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(unviewed.bytes)} of saved storage is not visible through any tensor ('${unviewed.example}' is a view of a larger storage); ` +
                'torch.save writes whole storages, so save a .clone() of a slice to drop the rest');
        }
        if (this.shared.length > 0) {
            const names = this.shared.slice(0, 3).map((n) => `'${n}'`).join(', ');
            explanations.push(`${this.shared.length} tensor(s) share storage with another tensor (tied weights or views: ${names}${this.shared.length > 3 ? ', …' : ''}); ` +
                `the shared storage (${(0,_core_format_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(this.sharedBytes)}) is on disk once and counted once`);
        }
        this.tensors.length = this.count;
        return { tensors: this.tensors, explanations };
    }
}
/** The element ranges `[from, to)` that a storage's tensors view, while they do not cover it all. */
class PartialViews {
    first;
    views;
    constructor(
    /** The first tensor that names the storage: its bytes are counted under this one. */
    first, views) {
        this.first = first;
        this.views = views;
    }
}
/** Bytes per element of a storage, when its dtype has a size (else nothing is checked). */
function elementBytesOf(storage) {
    return _torch_globals_js__WEBPACK_IMPORTED_MODULE_0__/* .STORAGE_ELEMENT_BYTES */ .Fu[storage.dtype];
}
/** Whether one view reaches every byte of its storage's record. */
function coversStorage(storage, span, [from, to]) {
    const elementBytes = elementBytesOf(storage);
    return elementBytes === undefined || Math.max(0, to - Math.max(from, 0)) * elementBytes >= span.byteLength;
}
/**
 * Storage bytes that no saved tensor views (FORMATS.md §4.3): `torch.save(big[:10])` writes all
 * of `big`'s storage. Each view reaches `[offset, offset + extent)` elements of its storage; the
 * union of those, per storage, against the storage record's size. Storages whose first view
 * covered them are known to be whole.
 */
function unviewedStorageBytes(partial, spanOf) {
    let bytes = 0;
    let example = '';
    for (const storage of partial) {
        const seen = storage.views;
        const elementBytes = elementBytesOf(storage);
        const intervals = seen.views.sort((a, b) => a[0] - b[0]);
        let covered = 0;
        let end = 0;
        for (const [start0, stop] of intervals) {
            const start = Math.max(start0, end);
            if (stop > start)
                covered += stop - start;
            end = Math.max(end, stop);
        }
        const missing = spanOf(storage).byteLength - covered * elementBytes;
        if (missing > 0) {
            bytes += missing;
            example ||= seen.first.name;
        }
    }
    return { bytes, example };
}


/***/ }),

/***/ 2219:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fc: () => (/* binding */ TensorRef),
/* harmony export */   Fu: () => (/* binding */ STORAGE_ELEMENT_BYTES),
/* harmony export */   GC: () => (/* binding */ TORCHSCRIPT_MODULE_PREFIXES),
/* harmony export */   LI: () => (/* binding */ torchGlobals),
/* harmony export */   kZ: () => (/* binding */ persistentStorageId),
/* harmony export */   vG: () => (/* binding */ StorageRef)
/* harmony export */ });
/* unused harmony exports viewExtent, STORAGE_DTYPES, storageDtype */
/* harmony import */ var _core_limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6419);
/* harmony import */ var _pickle_values_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6281);
/* harmony import */ var _shared_shapes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8606);



/**
 * What a `torch.save` pickle may name, and the pure builders that turn torch's rebuild calls into
 * tensor references. The list follows what torch itself lets `torch.load(weights_only=True)`
 * through (`pytorch/pytorch:torch/_weights_only_unpickler.py`) plus the plain data types that
 * Lightning and HF checkpoints carry in their bookkeeping (numpy RNG state, argparse/omegaconf
 * hyper-parameters). Nothing on it is ever called: "allowed" only means "understood as data".
 */
/**
 * A storage as a persistent id names it: `("storage", storage_type, key, location, numel)`. Only
 * what the tensor list needs stays on it; the reader checks the id's record key and element count
 * as it meets it (`persistentStorageId`) and keeps them itself if it needs them later: 10^5
 * storages live through the whole read, and two fields more on each were 1.6 MB at the peak.
 */
class StorageRef {
    dtype;
    /**
     * The storage's position in its reader's list of storages, by which the reader finds its span
     * and record (typed arrays in the zip reader); -1 until listed. Not the span itself: an offset
     * past 2^30 held by an object is a heap number of its own, and 10^5 of them, promoted with the
     * storages, stayed to exit (~1.2 MB).
     */
    index = -1;
    /**
     * The TensorList's bookkeeping for this storage (`result.ts`), kept here for the same reason:
     * a Map from 10^5 storages grew by copies into the large-object space (~7 MB never freed).
     * Undefined until a tensor views it; then the first tensor's entry in the list when that view
     * covers the whole storage, else that entry and the views so far.
     */
    views = undefined;
    constructor(
    /** Element dtype from the storage class (`torch.FloatStorage` → float32); uint8 for untyped. */
    dtype) {
        this.dtype = dtype;
    }
}
/** A tensor that `_rebuild_tensor_v2` & co. would have built: a view of a storage. */
class TensorRef {
    storage;
    dtype;
    shape;
    extent;
    storageOffset;
    parameter;
    constructor(
    /** Undefined for tensors without data (meta tensors). */
    storage, dtype, shape, 
    /**
     * Storage elements the view reaches from its offset (`viewExtent`). Kept instead of the
     * strides, which nothing else needs: one array less per tensor for 10^5 tensors.
     */
    extent, storageOffset, 
    /** Rebuilt through `_rebuild_parameter*`: an `nn.Parameter`, so a trainable weight. */
    parameter) {
        this.storage = storage;
        this.dtype = dtype;
        this.shape = shape;
        this.extent = extent;
        this.storageOffset = storageOffset;
        this.parameter = parameter;
    }
    asParameter() {
        return new TensorRef(this.storage, this.dtype, this.shape, this.extent, this.storageOffset, true);
    }
}
/**
 * Storage elements a view of `shape` with `stride` (elements between neighbours along each
 * dimension; row-major: `[cols, 1]`) reaches: `Σ (size_i − 1) · stride_i + 1`, 0 when empty.
 */
function viewExtent(shape, stride) {
    let last = 0;
    for (let i = 0; i < shape.length; i++) {
        if (shape[i] === 0)
            return 0;
        last += (shape[i] - 1) * (stride[i] ?? 0);
    }
    return last + 1;
}
/**
 * Storage class → dtype (`torch/storage.py` `_LegacyStorage` subclasses; netron's
 * `lutzroeder/netron:source/python.js` `torch.*Storage.dtype`).
 */
const STORAGE_DTYPES = {
    ByteStorage: 'uint8',
    CharStorage: 'int8',
    ShortStorage: 'int16',
    IntStorage: 'int32',
    LongStorage: 'int64',
    HalfStorage: 'float16',
    FloatStorage: 'float32',
    DoubleStorage: 'float64',
    ComplexHalfStorage: 'complex32',
    ComplexFloatStorage: 'complex64',
    ComplexDoubleStorage: 'complex128',
    BoolStorage: 'bool',
    BFloat16Storage: 'bfloat16',
    QInt8Storage: 'qint8',
    QUInt8Storage: 'quint8',
    QInt32Storage: 'qint32',
    QUInt4x2Storage: 'quint4x2',
    QUInt2x4Storage: 'quint2x4',
    UInt16Storage: 'uint16',
    UInt32Storage: 'uint32',
    UInt64Storage: 'uint64',
    UntypedStorage: 'uint8',
    TypedStorage: 'uint8'
};
/** torch dtype objects (`torch.float32`…) as they appear in `_rebuild_tensor_v3` and meta tensors. */
const TORCH_DTYPES = {
    uint8: 'uint8',
    int8: 'int8',
    int16: 'int16',
    short: 'int16',
    int32: 'int32',
    int: 'int32',
    int64: 'int64',
    long: 'int64',
    uint16: 'uint16',
    uint32: 'uint32',
    uint64: 'uint64',
    float16: 'float16',
    half: 'float16',
    float32: 'float32',
    float: 'float32',
    float64: 'float64',
    double: 'float64',
    bfloat16: 'bfloat16',
    complex32: 'complex32',
    complex64: 'complex64',
    complex128: 'complex128',
    bool: 'bool',
    qint8: 'qint8',
    quint8: 'quint8',
    qint32: 'qint32',
    quint4x2: 'quint4x2',
    float8_e4m3fn: 'float8_e4m3fn',
    float8_e4m3fnuz: 'float8_e4m3fnuz',
    float8_e5m2: 'float8_e5m2',
    float8_e5m2fnuz: 'float8_e5m2fnuz',
    float8_e8m0fnu: 'float8_e8m0',
    float4_e2m1fn_x2: 'float4_e2m1'
};
/** Bytes per element of the dtypes storages can have (sub-byte packed types count whole bytes). */
const STORAGE_ELEMENT_BYTES = {
    uint8: 1,
    int8: 1,
    int16: 2,
    int32: 4,
    int64: 8,
    uint16: 2,
    uint32: 4,
    uint64: 8,
    float16: 2,
    float32: 4,
    float64: 8,
    bfloat16: 2,
    complex32: 4,
    complex64: 8,
    complex128: 16,
    bool: 1,
    qint8: 1,
    quint8: 1,
    qint32: 4,
    quint4x2: 1,
    quint2x4: 1,
    float8_e4m3fn: 1,
    float8_e4m3fnuz: 1,
    float8_e5m2: 1,
    float8_e5m2fnuz: 1,
    float8_e8m0: 1,
    float4_e2m1: 1
};
/** The storage class a persistent id names, as a dtype; undefined when it is not a storage class. */
function storageDtype(storageType) {
    if (!(storageType instanceof _pickle_values_js__WEBPACK_IMPORTED_MODULE_2__/* .PickleGlobal */ .a))
        return undefined;
    if (storageType.module !== 'torch' && storageType.module !== 'torch.cuda' && storageType.module !== 'torch.storage')
        return undefined;
    return STORAGE_DTYPES[storageType.name];
}
/**
 * The storage a torch.save persistent id names, in a zip archive and a legacy stream alike:
 * `("storage", storage_type, key, location, numel[, view_metadata])`
 * (`pytorch/pytorch:torch/serialization.py`, persistent_id). The errors are plain: the unpickler
 * reports them as an invalid persistent id at its offset.
 */
function persistentStorageId(pid) {
    if (!Array.isArray(pid) || pid[0] !== 'storage' || pid.length < 5)
        throw new Error('not a ("storage", type, key, location, numel) tuple');
    const dtype = storageDtype(pid[1]);
    if (!dtype)
        throw new Error('unknown storage type');
    const key = pid[2];
    const numel = pid[4];
    if (typeof key !== 'string')
        throw new Error('storage key is not a string');
    if (typeof numel !== 'number' || !Number.isSafeInteger(numel) || numel < 0)
        throw new Error('storage size is not a count');
    return { key, dtype, numel };
}
function int(value, what) {
    if (typeof value === 'number' && Number.isSafeInteger(value))
        return value;
    if (typeof value === 'boolean')
        return value ? 1 : 0;
    throw new Error(`${what} is not an integer`);
}
function intList(value, what) {
    if (!Array.isArray(value))
        throw new Error(`${what} is not a tuple`);
    // A shape or stride with more entries than any tensor has dimensions (limits.ts MAX_DIMS).
    if (value.length > _core_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_DIMS */ .VW)
        throw new Error(`${what} has ${value.length} dimensions, over the limit of ${_core_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_DIMS */ .VW}`);
    return value.map((item) => {
        const n = int(item, what);
        if (n < 0)
            throw new Error(`${what} has a negative entry`);
        return n;
    });
}
function rebuildTensor(storage, offset, size, stride, dtype) {
    if (!(storage instanceof StorageRef))
        throw new Error('the storage argument is not a storage');
    const shape = (0,_shared_shapes_js__WEBPACK_IMPORTED_MODULE_1__/* .sharedShape */ .j)(intList(size, 'size'));
    // Old pickles may omit the stride; a dense row-major layout is what they then had.
    const strides = Array.isArray(stride) && stride.length === shape.length ? intList(stride, 'stride') : rowMajor(shape);
    return new TensorRef(storage, dtype ?? storage.dtype, shape, viewExtent(shape, strides), int(offset, 'storage offset'), false);
}
function rowMajor(shape) {
    const stride = new Array(shape.length);
    let step = 1;
    for (let i = shape.length - 1; i >= 0; i--) {
        stride[i] = step;
        step *= shape[i];
    }
    return stride;
}
function asParameter(data) {
    return data instanceof TensorRef ? data.asParameter() : data;
}
function pairsToMap(args) {
    const map = new Map();
    const items = args[0];
    if (Array.isArray(items)) {
        for (const pair of items)
            if (Array.isArray(pair) && pair.length === 2)
                map.set(pair[0], pair[1]);
    }
    return map;
}
/** Builds the allow-list. TorchScript archives additionally allow their own `__torch__.` classes. */
function torchGlobals() {
    const globals = new Map();
    const opaque = (...names) => {
        for (const name of names)
            globals.set(name, {});
    };
    const build = (name, fn) => {
        globals.set(name, { build: fn });
    };
    // torch._utils: tensor and parameter rebuilders (`pytorch/pytorch:torch/_utils.py`).
    build('torch._utils._rebuild_tensor', (a) => rebuildTensor(a[0], a[1], a[2], a[3]));
    build('torch._utils._rebuild_tensor_v2', (a) => rebuildTensor(a[0], a[1], a[2], a[3]));
    build('torch._utils._rebuild_tensor_v3', (a) => rebuildTensor(a[0], a[1], a[2], a[3], typeof a[6] === 'string' ? a[6] : undefined));
    // A quantized tensor's quantizer parameters (its args 4..) do not change where its bytes are.
    build('torch._utils._rebuild_qtensor', (a) => rebuildTensor(a[0], a[1], a[2], a[3]));
    build('torch._utils._rebuild_parameter', (a) => asParameter(a[0]));
    build('torch._utils._rebuild_parameter_with_state', (a) => asParameter(a[0]));
    build('torch._utils._rebuild_parameter_v2', (a) => asParameter(a[0]));
    build('torch._utils._rebuild_meta_tensor_no_storage', (a) => {
        const shape = intList(a[1], 'size');
        return new TensorRef(undefined, typeof a[0] === 'string' ? a[0] : 'float32', shape, viewExtent(shape, intList(a[2] ?? [], 'stride')), 0, false);
    });
    // Tensor subclasses: `_rebuild_from_type_v2(func, type, args, state)` rebuilds through `func`.
    const fromType = (a) => {
        const func = a[0];
        const args = a[2];
        const inner = func instanceof _pickle_values_js__WEBPACK_IMPORTED_MODULE_2__/* .PickleGlobal */ .a ? globals.get(func.qualifiedName)?.build : undefined;
        return inner && Array.isArray(args) ? inner(args, func) : args;
    };
    build('torch._tensor._rebuild_from_type_v2', fromType);
    build('torch._tensor._rebuild_from_type', fromType);
    // Kept opaque: the walk still finds the tensors nested in their arguments.
    opaque('torch._utils._rebuild_sparse_tensor', 'torch._utils._rebuild_sparse_csr_tensor', 'torch._utils._rebuild_nested_tensor', 'torch._utils._rebuild_wrapper_subclass', 'torch._utils._rebuild_device_tensor_from_numpy', 'torch._utils._rebuild_xla_tensor', 'torch._utils._rebuild_mlc_tensor', 'torch.serialization._get_layout', 'torch.nn.parameter.Parameter', 'torch.torch_version.TorchVersion');
    build('torch.Size', (a) => (Array.isArray(a[0]) ? a[0] : []));
    build('torch.device', (a) => a.map(String).join(':'));
    // Storage classes, named by persistent ids; `torch.cuda.*` in legacy streams.
    for (const storage of Object.keys(STORAGE_DTYPES)) {
        opaque(`torch.${storage}`, `torch.cuda.${storage}`, `torch.storage.${storage}`);
    }
    // dtype objects stand for their name.
    for (const [name, dtype] of Object.entries(TORCH_DTYPES))
        globals.set(`torch.${name}`, { value: dtype });
    for (const layout of ['strided', 'sparse_coo', 'sparse_csr', 'sparse_csc', 'sparse_bsr', 'sparse_bsc']) {
        globals.set(`torch.${layout}`, { value: layout });
    }
    for (const format of ['contiguous_format', 'channels_last', 'preserve_format'])
        globals.set(`torch.${format}`, { value: format });
    // Quantization schemes in `_rebuild_qtensor` quantizer params.
    for (const scheme of ['per_tensor_affine', 'per_channel_affine', 'per_channel_affine_float_qparams']) {
        globals.set(`torch.${scheme}`, { value: scheme });
    }
    // Python containers and scalars.
    build('collections.OrderedDict', pairsToMap);
    build('collections.defaultdict', () => new Map());
    build('builtins.set', (a) => new Set(Array.isArray(a[0]) ? a[0] : []));
    build('builtins.frozenset', (a) => new Set(Array.isArray(a[0]) ? a[0] : []));
    build('builtins.bytearray', (a) => (a[0] instanceof Uint8Array ? a[0] : new Uint8Array()));
    // Protocol-2 pickles spell bytes as `_codecs.encode(text, 'latin1')`.
    build('_codecs.encode', (a) => (typeof a[0] === 'string' ? Uint8Array.from(a[0], (c) => c.charCodeAt(0) & 0xff) : new Uint8Array()));
    opaque('builtins.complex', 'builtins.slice', 'builtins.range', 'builtins.object', 'builtins.dict', 'builtins.list', 'builtins.tuple', 'builtins.int', 'builtins.float', 'builtins.str', 'builtins.bool', 'builtins.bytes', 'copyreg._reconstructor', 'argparse.Namespace', 'pathlib.Path', 'pathlib.PosixPath', 'pathlib.WindowsPath', 'pathlib.PurePosixPath', 'pathlib.PureWindowsPath', 'datetime.datetime', 'datetime.date', 'datetime.time', 'datetime.timedelta', 'datetime.timezone', 'typing.Any', 
    // numpy scalars and arrays (Lightning/HF RNG state: `np.random.get_state()`), numpy 1 and 2.
    'numpy.core.multiarray._reconstruct', 'numpy.core.multiarray.scalar', 'numpy._core.multiarray._reconstruct', 'numpy._core.multiarray.scalar', 'numpy.core.numeric._frombuffer', 'numpy._core.numeric._frombuffer', 'numpy.ndarray', 'numpy.dtype', 'numpy.dtypes.Float64DType', 'numpy.dtypes.Float32DType', 'numpy.dtypes.Int64DType', 'numpy.dtypes.UInt32DType', 
    // Lightning / Hydra hyper-parameters: dict subclasses holding plain values.
    'pytorch_lightning.utilities.parsing.AttributeDict', 'lightning.pytorch.utilities.parsing.AttributeDict', 'lightning.fabric.utilities.data.AttributeDict', 'lightning_fabric.utilities.data.AttributeDict', 'omegaconf.dictconfig.DictConfig', 'omegaconf.listconfig.ListConfig', 'omegaconf.base.ContainerMetadata', 'omegaconf.base.Metadata', 'omegaconf.nodes.AnyNode', 'omegaconf.nodes.StringNode', 'omegaconf.nodes.IntegerNode', 'omegaconf.nodes.FloatNode', 'omegaconf.nodes.BooleanNode', 'omegaconf.nodes.ValueNode');
    return globals;
}
/** TorchScript's pickles name the archive's own compiled classes (`__torch__.mnist.Net`), never Python code. */
const TORCHSCRIPT_MODULE_PREFIXES = ['__torch__.'];


/***/ }),

/***/ 8606:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ sharedShape)
/* harmony export */ });
/**
 * One array per distinct tensor shape, for readers that keep a shape per tensor. A checkpoint's
 * tensors repeat a few shapes (every layer of a stack has the same ones), and each tensor's shape
 * is kept to the end of the analysis (TensorInfo.shape): 10^5 copies of one 2-D shape were ~6 MB
 * (PyTorch), ~7 MB (safetensors). Nothing mutates a shape once a reader has listed it: the
 * analyzer and the report only read them.
 *
 * Shapes are found by a trie on their sizes, dimension by dimension: a string key per tensor
 * (`join(',')`) and its hash cost a tenth of a 10^5-tensor PyTorch unpickle. Bounded: past
 * MAX_SHARED_SHAPE_NODES nodes, new shapes are returned unshared.
 */
class ShapeNode {
    /** The shared array of the shape whose sizes lead here. */
    shape = undefined;
    /** Longer shapes, by their next size. */
    next = new Map();
}
const root = new ShapeNode();
let nodes = 0;
const MAX_SHARED_SHAPE_NODES = 10_000;
/** The shared array equal to `shape` (`shape` itself the first time it is seen). */
function sharedShape(shape) {
    let node = root;
    for (let i = 0; i < shape.length; i++) {
        let next = node.next.get(shape[i]);
        if (next === undefined) {
            if (nodes >= MAX_SHARED_SHAPE_NODES)
                return shape;
            next = new ShapeNode();
            node.next.set(shape[i], next);
            nodes++;
        }
        node = next;
    }
    return (node.shape ??= shape);
}


/***/ })

};

//# sourceMappingURL=506.index.js.map