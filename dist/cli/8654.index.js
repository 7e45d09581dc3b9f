export const id = 8654;
export const ids = [8654];
export const modules = {

/***/ 9566:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dv: () => (/* binding */ PickleGlobalScan),
/* harmony export */   cb: () => (/* binding */ scanExplanations),
/* harmony export */   vx: () => (/* binding */ scanWarnings)
/* harmony export */ });
/* unused harmony exports isDangerousGlobal, verdictOf */
/* harmony import */ var _core_limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6419);

/**
 * The pickle security scan: which globals a pickle names, and which of them would run code if the
 * file were loaded with `torch.load(weights_only=False)` or `pickle.load`. We never import or call
 * any of them (unpickler.ts); the scan is a finding for the user, who may load the file elsewhere.
 *
 * The dangerous list is picklescan's `_unsafe_globals` (`mmaitre314/picklescan:src/picklescan/
 * scanner.py`, the scanner Hugging Face runs on the Hub), plus what that list reaches through
 * other names: `builtins.__import__`/`globals`/`setattr`, `requests`, `http.client`, `torch.hub`.
 * A module marked whole (`'*'`) covers its submodules (`os.path`, `subprocess.Popen`).
 */
/** Modules every global of which is dangerous (and their submodules). */
const DANGEROUS_MODULES = new Set([
    'aiohttp',
    'asyncio',
    'bdb',
    'commands',
    'ctypes',
    'httplib',
    'http.client',
    'numpy.f2py',
    'numpy.testing._private.utils',
    'nt',
    'posix',
    'os',
    'requests',
    'runpy',
    'shutil',
    'socket',
    'ssl',
    'subprocess',
    'sys',
    'cProfile',
    'distutils.file_util',
    'pdb',
    'pickle',
    '_pickle',
    'pip',
    'pty',
    'profile',
    'pydoc',
    'test',
    'timeit',
    'urllib.request',
    'uuid',
    'venv',
    'webbrowser',
    '_osx_support',
    '_aix_support',
    '_pyrepl',
    'torch.hub',
    'marshal',
    'importlib',
    'code',
    'multiprocessing',
    'platform',
    'telnetlib',
    'ftplib',
    'smtplib',
    'tempfile',
    'glob',
    'zipimport'
]);
/** Single dangerous globals in modules that are otherwise harmless. */
const DANGEROUS_NAMES = new Set([
    // Code execution and attribute access through builtins (pickle protocols < 3 say __builtin__).
    ...[
        'eval',
        'exec',
        'compile',
        'getattr',
        'setattr',
        'delattr',
        'apply',
        'open',
        'breakpoint',
        '__import__',
        'globals',
        'locals',
        'vars',
        'input',
        'execfile'
    ].map((name) => `builtins.${name}`),
    'cloudpickle.cloudpickle._builtin_type',
    'cloudpickle.cloudpickle._make_function',
    'cloudpickle.cloudpickle._function_setstate',
    'cloudpickle.cloudpickle._make_cell',
    'cloudpickle.cloudpickle._make_empty_cell',
    'cloudpickle.cloudpickle.subimport',
    'types.CodeType',
    'types.FunctionType',
    'functools.partial',
    'logging.FileHandler',
    '_io.FileIO',
    'io.FileIO',
    'operator.attrgetter',
    'operator.itemgetter',
    'operator.methodcaller',
    '_operator.attrgetter',
    '_operator.itemgetter',
    '_operator.methodcaller',
    'code.InteractiveInterpreter.runcode',
    'doctest.debug_script',
    'ensurepip._run_pip',
    'imaplib.IMAP4_stream',
    'pkgutil.resolve_name',
    'torch._dynamo.guards.GuardBuilder.get',
    'torch._inductor.codecache.compile_file',
    'torch.fx.experimental.symbolic_shapes.ShapeEnv.evaluate_guards_expression',
    'torch.jit.unsupported_tensor_ops.execWrapper',
    'torch.serialization.load',
    'torch.load',
    'torch.utils._config_module.ConfigModule.load_config',
    'torch.utils.collect_env.run',
    'torch.utils.bottleneck.__main__.run_cprofile',
    'torch.utils.bottleneck.__main__.run_autograd_prof',
    'torch.utils.data.datapipes.utils.decoder.basichandlers',
    'trace.Trace.run',
    'trace.Trace.runctx',
    'lib2to3.pgen2.grammar.Grammar.loads',
    'lib2to3.pgen2.pgen.ParserGenerator.make_label',
    'idlelib.run.Executive.runcode',
    'idlelib.pyshell.ModifiedInterpreter.runcode',
    'idlelib.pyshell.ModifiedInterpreter.runcommand',
    'idlelib.calltip.get_entity',
    'idlelib.calltip.Calltip.fetch_tip',
    'idlelib.debugobj.ObjectTreeItem.SetText',
    'idlelib.autocomplete.AutoComplete.get_entity',
    'idlelib.autocomplete.AutoComplete.fetch_completions',
    'numpy.load',
    'numpy.lib.npyio.load'
]);
/** Whether loading a pickle that names `module.name` could run code. */
function isDangerousGlobal(module, name) {
    if (DANGEROUS_NAMES.has(`${module}.${name}`))
        return true;
    for (let end = module.length; end > 0; end = module.lastIndexOf('.', end - 1)) {
        if (DANGEROUS_MODULES.has(module.slice(0, end)))
            return true;
    }
    return false;
}
/** The verdict on one global: dangerous first (an allow-list never holds those), then safe when allowed. */
function verdictOf(module, name, allowed) {
    if (isDangerousGlobal(module, name))
        return 'dangerous';
    return allowed ? 'safe' : 'unknown';
}
/**
 * Collects a checkpoint's global references: each distinct global once, at the offset it is first
 * named, in the order met; at most MAX_PICKLE_GLOBALS_LISTED (then `truncated`).
 */
class PickleGlobalScan {
    file;
    seen = new Set();
    references = [];
    truncated = false;
    constructor(file) {
        this.file = file;
    }
    add(module, name, allowed, offset) {
        const key = `${module}\n${name}`;
        if (this.seen.has(key))
            return;
        if (this.references.length >= _core_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_PICKLE_GLOBALS_LISTED */ .t4) {
            this.truncated = true;
            return;
        }
        this.seen.add(key);
        this.references.push({ file: this.file, module, name, verdict: verdictOf(module, name, allowed), offset });
    }
}
/** The warning a checkpoint's report carries when its pickles name globals that would run code. */
function scanWarnings(scan) {
    const dangerous = scan.references.filter((reference) => reference.verdict === 'dangerous');
    const warnings = [];
    if (dangerous.length > 0) {
        const named = dangerous.slice(0, 3).map((reference) => `${reference.module}.${reference.name} (at byte ${reference.offset})`);
        warnings.push(`the pickle references ${named.join(', ')}${dangerous.length > 3 ? ', …' : ''}, which would run code when the file is loaded with ` +
            'torch.load(weights_only=False) or pickle.load; nothing was executed here. Do not load it outside a sandbox; re-save as safetensors');
    }
    if (scan.truncated)
        warnings.push(`the pickle names more than ${scan.references.length} distinct globals; the first ${scan.references.length} are listed`);
    return warnings;
}
/**
 * What the user can do about classes loading would import: a state_dict needs none of them, and
 * `torch.load(weights_only=True)` (torch's default since 2.6) refuses a pickle that names them.
 */
function scanExplanations(scan) {
    const unknown = scan.references.filter((reference) => reference.verdict === 'unknown');
    if (unknown.length === 0)
        return [];
    const named = unknown.slice(0, 3).map((reference) => `${reference.module}.${reference.name}`);
    return [
        `the pickle names ${unknown.length} class${unknown.length === 1 ? '' : 'es'} that loading it would import (${named.join(', ')}${unknown.length > 3 ? ', …' : ''}), ` +
            'so torch.load(weights_only=True) refuses it and loading needs that code; save model.state_dict() (or safetensors) to load it without'
    ];
}


/***/ }),

/***/ 3717:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  B: () => (/* binding */ readTorchSaveEvidence),
  P: () => (/* binding */ readTorchScriptEvidence)
});

// EXTERNAL MODULE: ./src/core/classify.ts
var classify = __webpack_require__(8193);
// EXTERNAL MODULE: ./src/core/rules/pytorch.ts
var pytorch = __webpack_require__(9352);
// EXTERNAL MODULE: ./src/formats/pickle/values.ts
var values = __webpack_require__(6281);
// EXTERNAL MODULE: ./src/formats/pytorch/torch-globals.ts
var torch_globals = __webpack_require__(2219);
;// CONCATENATED MODULE: ./src/formats/pytorch/alignment.ts



/** The shape of a parameter as its optimizer state shows it (a slot's shape), if it shows it. */
function slotShape(state) {
    if (!(state instanceof Map))
        return undefined;
    for (const [key, value] of state)
        if (key !== 'step' && value instanceof torch_globals/* TensorRef */.Fc)
            return value.shape;
    return undefined;
}
function sameShape(a, b) {
    return a.length === b.length && a.every((size, i) => size === b[i]);
}
/** `param_groups[*].params` in order, or undefined when the dict is not an optimizer state_dict. */
function parameterIndexes(optimizer) {
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
        order.push(...params);
    }
    return order;
}
/**
 * Whether a state_dict entry can be the next parameter: its shape, when the optimizer shows it,
 * and not a buffer by name (a BatchNorm's statistics have the shape of the LayerNorm weight that
 * may follow them).
 */
function fits([key, tensor], shape) {
    if (shape && !sameShape(tensor.shape, shape))
        return false;
    return typeof key !== 'string' || (0,classify/* evidenceFromRules */.nc)(key, pytorch/* PYTORCH_BUFFER_RULES */.Hk).length === 0;
}
/**
 * Aligns a model state_dict with the optimizer state_dicts saved with it (one, or Lightning's
 * list, whose optimizers' parameters follow each other in the model's order). Undefined when
 * they do not align: the optimizer then says nothing about the state_dict.
 */
function alignWithOptimizers(stateDict, optimizers) {
    const params = [];
    let knownShapes = 0;
    for (const optimizer of optimizers) {
        const order = parameterIndexes(optimizer);
        if (!order)
            return undefined;
        const state = optimizer.get('state');
        for (const index of order) {
            const shape = state instanceof Map ? slotShape(state.get(index)) : undefined;
            if (shape)
                knownShapes++;
            params.push({ optimizer, index, shape });
        }
    }
    // Without a single slot shape (plain SGD keeps no state) the walk below would only count.
    if (knownShapes === 0)
        return undefined;
    const entries = [];
    for (const [key, value] of stateDict)
        if (value instanceof torch_globals/* TensorRef */.Fc)
            entries.push([key, value]);
    const alignment = { parameters: new Set(), names: new Map() };
    let at = 0;
    for (const param of params) {
        while (at < entries.length && !fits(entries[at], param.shape))
            at++;
        if (at >= entries.length)
            return undefined;
        const [key] = entries[at++];
        alignment.parameters.add(key);
        let names = alignment.names.get(param.optimizer);
        if (!names)
            alignment.names.set(param.optimizer, (names = new Map()));
        names.set(String(param.index), String(key));
    }
    return alignment;
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/limits.ts
var limits = __webpack_require__(6419);
;// CONCATENATED MODULE: ./src/formats/pytorch/walk.ts




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
        // Lightning < 1.5 keys callback state by the callback's class.
        if (value instanceof values/* PickleGlobal */.a)
            return write(value.qualifiedName);
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
 * Hands every tensor reachable from `root` to the visitor, with its name, in pickle order (dict
 * insertion order, list order, an object's arguments then its state). Each container is walked
 * once, so a cyclic or heavily shared structure cannot make the walk loop or explode; a tensor
 * object reached under two names (tied weights) is handed over under both. Nothing is collected:
 * a reader that classifies tensors as they come keeps no list of 10^5 names.
 */
function forEachTensor(root, file, rootScope, visitor) {
    let count = 0;
    const seen = new Set();
    // Depth-first with an explicit stack of containers, each with an iterator over its children:
    // a child costs nothing until it is reached (a state_dict of 10^5 tensors used to get 10^5
    // frames at once, all alive until the walk reached them).
    const stack = [];
    // Each found tensor has its own name: long names times many tensors is what must stay bounded.
    let totalNameLength = 0;
    const visit = (value, key, via, parent) => {
        const text = keyText(key);
        const parentName = parent.entered.name;
        const name = parentName === '' ? text : parentName + (via === 'attr' ? '.' : (parent.entered.separator ?? '/')) + text;
        const nameLength = parentName === '' ? text.length : parent.nameLength + 1 + text.length;
        if (value instanceof torch_globals/* TensorRef */.Fc) {
            if (count >= limits/* MAX_TENSORS */.am)
                throw new errors/* LimitExceededError */.lo(file, 'the number of tensors', count + 1, limits/* MAX_TENSORS */.am);
            if (nameLength > limits/* MAX_NAME_BYTES */.pg)
                throw new errors/* LimitExceededError */.lo(file, 'the length of a tensor name', nameLength, limits/* MAX_NAME_BYTES */.pg);
            totalNameLength += name.length;
            if (totalNameLength > limits/* MAX_TOTAL_NAME_BYTES */.sw) {
                throw new errors/* LimitExceededError */.lo(file, 'the length of all tensor names together', totalNameLength, limits/* MAX_TOTAL_NAME_BYTES */.sw);
            }
            count++;
            visitor.tensor(parent.entered, key, name || 'tensor', value);
            return;
        }
        if (value === null || typeof value !== 'object' || value instanceof Uint8Array)
            return;
        if (seen.has(value))
            return;
        seen.add(value);
        if (parent.depth + 1 >= limits/* MAX_PICKLE_WALK_DEPTH */.ul) {
            throw new errors/* LimitExceededError */.lo(file, 'the nesting depth of the pickled object', parent.depth + 2, limits/* MAX_PICKLE_WALK_DEPTH */.ul);
        }
        // A container's name is only the start of its tensors' names, which are checked above: capped
        // here, so that deep nesting without tensors costs no quadratic string building.
        const entered = visitor.enter(parent.entered, key, name.length > limits/* MAX_NAME_BYTES */.pg ? name.slice(0, limits/* MAX_NAME_BYTES */.pg + 1) : name, value);
        // A container that keeps its parent's name (a module's `_parameters`) keeps its length too
        // (a name cut at the limit is anyway too long for any tensor under it).
        const ownLength = entered?.name === parentName && parent.nameLength <= limits/* MAX_NAME_BYTES */.pg ? parent.nameLength : nameLength;
        if (entered)
            stack.push({ entered, depth: parent.depth + 1, nameLength: ownLength, children: childrenOf(value) });
    };
    if (root instanceof torch_globals/* TensorRef */.Fc) {
        visitor.tensor(rootScope, undefined, 'tensor', root);
        return;
    }
    if (root === null || typeof root !== 'object' || root instanceof Uint8Array)
        return;
    seen.add(root);
    stack.push({ entered: rootScope, depth: 0, nameLength: rootScope.name.length, children: childrenOf(root) });
    while (stack.length > 0) {
        const frame = stack[stack.length - 1];
        const next = frame.children.next();
        if (next.done) {
            stack.pop();
            continue;
        }
        const [value, key, via] = next.value;
        visit(value, key, via, frame);
    }
}
/** A container's children that may hold tensors (objects), in pickle order, with their keys. */
function* childrenOf(value) {
    const isObject = (v) => v !== null && typeof v === 'object';
    if (value instanceof Map) {
        for (const [k, v] of value)
            if (isObject(v))
                yield [v, k, 'item'];
    }
    else if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++)
            if (isObject(value[i]))
                yield [value[i], i, 'item'];
    }
    else if (value instanceof Set) {
        let i = 0;
        for (const v of value) {
            if (isObject(v))
                yield [v, i, 'item'];
            i++;
        }
    }
    else if (value instanceof values/* PickleObject */.Y) {
        for (let i = 0; i < value.args.length; i++)
            if (isObject(value.args[i]))
                yield [value.args[i], `[${i}]`, 'item'];
        // An object's state is its attribute dict (an nn.Module's `_parameters`, `_modules`…), or a
        // (dict, slots) pair; its attributes read as `parent.attr`.
        const state = value.state;
        if (state instanceof Map) {
            for (const [k, v] of state)
                if (isObject(v))
                    yield [v, k, 'attr'];
        }
        else if (Array.isArray(state) && state.length === 2 && (state[0] instanceof Map || state[0] === null)) {
            // `(dict, slots)`: both are attributes.
            for (const part of state)
                if (part instanceof Map)
                    for (const [k, v] of part)
                        if (isObject(v))
                            yield [v, k, 'attr'];
        }
        else if (isObject(state)) {
            yield [state, 'state', 'item'];
        }
    }
}

;// CONCATENATED MODULE: ./src/formats/pytorch/evidence.ts






/** Sections whose presence makes the top level a training checkpoint's rather than a state_dict with extras. */
const HOLDS_A_MODEL = new Set(['model', 'ema', 'optimizer']);
/** Elements up to which a float tensor under an unknown key beside a model is taken for loop state (a normaliser's mean/std, a loss scale). */
const SMALL_LOOP_TENSOR = 4096;
/** `torch.get_rng_state()`: the CPU generator's state, a uint8 tensor of this many bytes (mt19937 + seed + normal cache). */
const CPU_GENERATOR_STATE_BYTES = 5056;
/** Keys of a dict of generator states: HF Trainer's `rng_state.pth`, accelerate's `random_states_N.pkl`, Lightning's. */
const RNG_DICT_KEYS = new Set([
    'python',
    'numpy',
    'cpu',
    'cuda',
    'mps',
    'xpu',
    'npu',
    'hpu',
    'mlu',
    'musa',
    'xla',
    'torch',
    'random_state',
    'numpy_random_seed',
    'torch_manual_seed',
    'torch_cuda_manual_seed',
    'torch_xpu_manual_seed',
    'xm_seed',
    'step',
    'seed'
]);
const RNG_CORE_KEYS = ['cpu', 'torch_manual_seed', 'python', 'random_state', 'numpy', 'numpy_random_seed'];
function stateOf(value) {
    if (!(value instanceof values/* PickleObject */.Y))
        return undefined;
    const state = value.state;
    if (state instanceof Map)
        return state;
    if (Array.isArray(state) && state[0] instanceof Map)
        return state[0];
    return undefined;
}
/** An `nn.Module`, by the attributes `Module.__init__` gives every module. */
function isModule(value) {
    const state = stateOf(value);
    return state !== undefined && state.has('_parameters') && (state.has('_modules') || state.has('_buffers'));
}
/** An optimizer: `torch.optim.Optimizer`'s attributes, or its state_dict. */
function isOptimizer(value) {
    const map = value instanceof Map ? value : stateOf(value);
    return map !== undefined && map.has('state') && map.has('param_groups');
}
function isRngDict(value) {
    if (!(value instanceof Map) || value.size === 0)
        return false;
    for (const key of value.keys())
        if (typeof key !== 'string' || !RNG_DICT_KEYS.has(key))
            return false;
    return RNG_CORE_KEYS.filter((key) => value.has(key)).length >= 2;
}
/**
 * A module state_dict nested under a key nobody knows: a dict whose values are all tensors, named
 * as a module names them (`conv.weight`, `bias`); `{'mean': …, 'std': …}` is not one.
 */
function isStateDict(value) {
    if (!(value instanceof Map) || value.size === 0)
        return false;
    let moduleNames = false;
    for (const [key, item] of value) {
        if (typeof key !== 'string' || !(item instanceof torch_globals/* TensorRef */.Fc))
            return false;
        moduleNames ||= MODULE_ENTRY_NAME.test(key);
    }
    return moduleNames;
}
/** A name only a module's state_dict gives: a dotted path, or a parameter's usual name. */
const MODULE_ENTRY_NAME = /\.|^(weight|bias)$/;
function isGeneratorState(tensor) {
    return tensor.dtype === 'uint8' && tensor.shape.length === 1 && tensor.shape[0] === CPU_GENERATOR_STATE_BYTES;
}
/** The class a pickled object was made from (protocol 2 NEWOBJ, or `copyreg._reconstructor(cls, …)`). */
function className(value) {
    if (!(value instanceof values/* PickleObject */.Y))
        return 'object';
    const first = value.args[0];
    return value.callable.qualifiedName === 'copyreg._reconstructor' && first instanceof values/* PickleGlobal */.a ? first.qualifiedName : value.callable.qualifiedName;
}
/** Reads one torch.save pickle's tensors with their evidence, handing each to `emit` as it is found. */
function readTorchSaveEvidence(root, file, emit) {
    const reading = new TorchSaveReading(root, emit);
    forEachTensor(root, file, reading.rootScope(), reading);
    return reading.notes.notes();
}
/** One checkpoint's reading: the evidence arrays it shares between tensors, and what it learnt on the way. */
class TorchSaveReading {
    root;
    emit;
    notes = new CategoryNotes();
    shared = new Map();
    /** Names of module parameters met so far, for the slots of an optimizer object keyed by the parameters themselves. */
    parameterNames = new Map();
    alignment;
    alignedStateDict;
    constructor(root, emit) {
        this.root = root;
        this.emit = emit;
        const aligned = this.findAlignment();
        this.alignment = aligned?.alignment;
        this.alignedStateDict = aligned?.stateDict;
    }
    /** The top-level model state_dict and optimizer state_dicts, aligned (alignment.ts). */
    findAlignment() {
        if (!(this.root instanceof Map))
            return undefined;
        let stateDict;
        const optimizers = [];
        for (const [key, value] of this.root) {
            const section = typeof key === 'string' ? (0,pytorch/* sectionOfKey */.ED)(key) : undefined;
            if (section === 'model' && value instanceof Map && !isOptimizer(value)) {
                if (stateDict)
                    return undefined; // two models: which optimizer trains which is not known
                stateDict = value;
            }
            else if (isOptimizer(value))
                optimizers.push(value);
            else if (section === 'optimizer' && Array.isArray(value) && value.every(isOptimizer))
                optimizers.push(...value);
        }
        if (!stateDict || optimizers.length === 0)
            return undefined;
        const alignment = alignWithOptimizers(stateDict, optimizers);
        return alignment ? { alignment, stateDict } : undefined;
    }
    /** The same statement about many tensors, one frozen array for all. */
    evidence(role, source, detail) {
        const key = `${role}\n${source}\n${detail}`;
        let evidence = this.shared.get(key);
        if (!evidence)
            this.shared.set(key, (evidence = Object.freeze([{ role, source, detail }])));
        return evidence;
    }
    rootScope() {
        const root = this.root;
        if (isModule(root))
            return { scope: { kind: 'module', module: className(root) }, name: '' };
        if (isOptimizer(root))
            return { scope: { kind: 'optimizer', optimizer: root }, name: '' };
        if (isRngDict(root))
            return { scope: { kind: 'section', section: 'rng' }, name: '' };
        if (root instanceof Map) {
            let tensors = false;
            let layout = false;
            for (const [key, value] of root) {
                if (value instanceof torch_globals/* TensorRef */.Fc)
                    tensors = true;
                else if (isModule(value) ||
                    isOptimizer(value) ||
                    (typeof key === 'string' && HOLDS_A_MODEL.has((0,pytorch/* sectionOfKey */.ED)(key)) && value !== null && typeof value === 'object')) {
                    layout = true;
                }
            }
            // A bare state_dict (`torch.save(model.state_dict())`, `pytorch_model.bin`), perhaps with a
            // `config` or `epoch` beside its entries: the tensors are the model's.
            if (tensors && !layout)
                return { scope: { kind: 'state-dict' }, name: '' };
        }
        return { scope: { kind: 'sections' }, name: '' };
    }
    enter(parent, key, name, value) {
        const from = parent.scope;
        // An optimizer's param_groups only refer to the parameters (objects, or their indexes).
        if (from.kind === 'optimizer' && key === 'param_groups')
            return undefined;
        const top = from.kind === 'sections' ? keyText(key) : from.top;
        const copy = from.copy ?? (from.kind === 'sections' || from.kind === 'module' || from.kind === 'other' ? this.copyKey(key) : undefined);
        const scope = (kind, extra = {}) => ({
            kind,
            copy,
            top,
            section: from.section,
            optimizer: from.optimizer,
            module: from.module,
            ...extra
        });
        if (isModule(value))
            return { scope: scope('module', { module: className(value) }), name };
        if (isOptimizer(value))
            return { scope: scope('optimizer', { optimizer: value }), name };
        if (from.kind !== 'state-dict' && isRngDict(value))
            return { scope: scope('section', { section: 'rng' }), name };
        switch (from.kind) {
            case 'module':
                if (key === '_parameters')
                    return { scope: scope('module-parameters'), name: parent.name, separator: '.' };
                if (key === '_buffers')
                    return { scope: scope('module-buffers'), name: parent.name, separator: '.' };
                if (key === '_modules')
                    return { scope: scope('module-children'), name: parent.name, separator: '.' };
                return { scope: scope('module-attribute'), name };
            case 'optimizer':
                return { scope: scope(key === 'state' ? 'optimizer-state' : 'section', { section: 'optimizer' }), name };
            case 'optimizer-state': {
                // State keyed by the parameter object itself (a pickled optimizer) is named after it.
                const parameter = this.parameterOf(from.optimizer, key);
                return { scope: scope('optimizer-slots', { parameter }), name: key instanceof torch_globals/* TensorRef */.Fc ? `${parent.name}/${parameter}` : name };
            }
            case 'sections': {
                const section = typeof key === 'string' ? (0,pytorch/* sectionOfKey */.ED)(key) : undefined;
                if (section === 'model' || section === 'ema' || (section === undefined && isStateDict(value))) {
                    return { scope: scope('state-dict', { section, aligned: value === this.alignedStateDict }), name };
                }
                return { scope: scope(section ? 'section' : 'other', { section }), name };
            }
            case 'state-dict':
            case 'section':
            case 'other':
            case 'module-attribute':
            case 'module-parameters':
            case 'module-buffers':
            case 'module-children':
            case 'optimizer-slots':
                return { scope: scope(from.kind), name };
        }
    }
    /** An EMA key starts a copy (`ema`, `model_ema`: the object or state_dict under it mirrors the model). */
    copyKey(key) {
        return typeof key === 'string' && (0,pytorch/* sectionOfKey */.ED)(key) === 'ema' ? key : undefined;
    }
    parameterOf(optimizer, key) {
        if (key instanceof torch_globals/* TensorRef */.Fc)
            return this.parameterNames.get(key) ?? 'a parameter';
        const text = keyText(key);
        return this.alignment?.names.get(optimizer)?.get(text) ?? `parameter ${text}`;
    }
    tensor(parent, key, name, tensor) {
        const evidence = this.evidenceOf(parent, key, name, tensor);
        this.notes.add(evidence[0]?.role, evidence[0]?.role === 'optimizer-slot' ? keyText(key) : name);
        this.emit({ tensor, name, evidence });
    }
    evidenceOf(parent, key, name, tensor) {
        const scope = parent.scope;
        if (scope.copy !== undefined)
            return this.evidence('copy', 'dict-layout', `a copy of the model's weights under '${scope.copy}' (EMA, not trained)`);
        switch (scope.kind) {
            case 'module-parameters':
                this.parameterNames.set(tensor, name);
                return this.evidence('parameter', 'module', `nn.Parameter in the _parameters of a ${scope.module}`);
            case 'module-buffers':
                return this.evidence('model-state', 'module', `registered buffer in the _buffers of a ${scope.module}`);
            case 'module':
            case 'module-attribute':
            case 'module-children':
                return this.evidence('model-state', 'module', `tensor attribute of a ${scope.module}, outside its _parameters (not trained)`);
            case 'optimizer-slots': {
                const slot = keyText(key);
                const what = pytorch/* PYTORCH_OPTIMIZER_SLOTS */.qJ[slot] ?? `optimizer state '${slot}'`;
                return [{ role: 'optimizer-slot', source: 'optimizer-state', detail: `${what} of ${scope.parameter ?? 'a parameter'}` }];
            }
            case 'optimizer':
            case 'optimizer-state':
                return this.evidence('optimizer-state', 'optimizer-state', "the optimizer's own state");
            case 'state-dict':
                return this.stateDictEvidence(parent, key, tensor);
            case 'section':
                return this.sectionEvidence(scope.section, scope.top ?? name, tensor);
            case 'sections':
                return this.topLevelEvidence(key, name, tensor);
            case 'other':
                return this.unknownKeyEvidence(name, tensor);
        }
    }
    stateDictEvidence(parent, key, tensor) {
        if (parent.scope.aligned && this.alignment) {
            return this.alignment.parameters.has(key)
                ? this.evidence('parameter', 'optimizer-state', 'a parameter: the optimizer keeps state for it (same order and shape)')
                : this.evidence('model-state', 'optimizer-state', "not among the optimizer's parameters: a registered buffer");
        }
        if (tensor.parameter)
            return this.evidence('parameter', 'dict-layout', 'saved as an nn.Parameter in a model state_dict');
        const local = keyText(key);
        const byName = (0,classify/* evidenceFromRules */.nc)(local, pytorch/* PYTORCH_BUFFER_RULES */.Hk);
        if (byName.length > 0)
            return byName;
        // A state_dict holds parameters and buffers only, and buffers that no name rule knows are
        // found by the optimizer (above); what remains is taken for a parameter.
        const scope = parent.scope;
        return (scope.common ??= this.evidence('parameter', 'dict-layout', `in a model state_dict${scope.top ? ` ('${scope.top}')` : ''}; no buffer rule names it`));
    }
    sectionEvidence(section, top, tensor) {
        switch (section) {
            case 'rng':
                return this.evidence('rng-state', 'value-structure', 'random-number-generator state (a dict of python/numpy/cpu/cuda generator states)');
            case 'optimizer':
                return this.evidence('optimizer-state', 'optimizer-state', "the optimizer's own state");
            case 'config':
                return this.evidence('config', 'dict-layout', `configuration under '${top}'`);
            case 'loop':
                return isGeneratorState(tensor) ? this.generatorState() : this.evidence('loop-state', 'dict-layout', `training-loop state under '${top}'`);
            default:
                return this.valueEvidence(top, tensor);
        }
    }
    generatorState() {
        return this.evidence('rng-state', 'value-structure', "a 5056-byte ByteTensor: the CPU generator's state (torch.get_rng_state())");
    }
    /** A tensor right under a top-level key: what the key names, else what the value is. */
    topLevelEvidence(key, name, tensor) {
        const section = typeof key === 'string' ? (0,pytorch/* sectionOfKey */.ED)(key) : undefined;
        if (section === 'model')
            return this.evidence('parameter', 'dict-layout', `a tensor under '${name}'`);
        if (section !== undefined)
            return this.sectionEvidence(section, name, tensor);
        return this.unknownKeyEvidence(name, tensor);
    }
    /**
     * A tensor under a key no rule knows, outside any model: what its value is, else a small float
     * tensor is the training loop's (a target normaliser's mean, a loss scale), named in the reason;
     * anything else stays unclassified.
     */
    unknownKeyEvidence(name, tensor) {
        const byValue = this.valueEvidence(name, tensor);
        if (byValue.length > 0)
            return byValue;
        if (tensor.dtype.startsWith('float') || tensor.dtype === 'bfloat16') {
            const elements = tensor.shape.reduce((product, size) => product * size, 1);
            if (elements <= SMALL_LOOP_TENSOR) {
                return [
                    { role: 'loop-state', source: 'dict-layout', detail: `'${name}': a small tensor beside the model, outside its state_dict (training-loop state)` }
                ];
            }
        }
        return byValue;
    }
    /** What a tensor nothing else explains is, by its value and its name. */
    valueEvidence(name, tensor) {
        if (isGeneratorState(tensor))
            return this.generatorState();
        if (tensor.parameter)
            return this.evidence('parameter', 'dict-layout', 'saved as an nn.Parameter');
        return (0,classify/* evidenceFromRules */.nc)(name, pytorch/* PYTORCH_BUFFER_RULES */.Hk);
    }
}
/**
 * TorchScript archives: the module tree's attributes do not say parameter or buffer (the code
 * does), so buffers go by name and every other tensor is the format's: a weight. The module
 * tree's tensors come first, then those of `constants.pkl`, under `constants/`.
 */
function readTorchScriptEvidence(root, constants, file, emit) {
    const notes = new CategoryNotes();
    const visitor = (prefix) => ({
        enter: (_parent, _key, name) => ({ scope: null, name }),
        tensor: (_parent, _key, name, tensor) => {
            const full = prefix + name;
            const byName = (0,classify/* evidenceFromRules */.nc)(full, pytorch/* PYTORCH_BUFFER_RULES */.Hk);
            const evidence = byName.length > 0 ? byName : TORCHSCRIPT_TENSOR;
            notes.add(evidence[0].role, full);
            emit({ tensor, name: full, evidence });
        }
    });
    forEachTensor(root, file, { scope: null, name: '' }, visitor(''));
    forEachTensor(constants, file, { scope: null, name: '' }, visitor('constants/'));
    return notes.notes();
}
const TORCHSCRIPT_TENSOR = Object.freeze([{ role: 'parameter', source: 'format', detail: 'tensor of the TorchScript module' }]);
/**
 * What the table shows beside a category: which kinds of tensors are in it (the counts are already
 * there), collected as the tensors go by: optimizer slots by their key, model state by the last
 * part of its name, in the order first met. The category is the one the first evidence's role
 * maps to: a note, not a decision.
 */
class CategoryNotes {
    optimizer = new Set();
    buffers = new Set();
    add(role, name) {
        if (role === undefined)
            return;
        const category = (0,classify/* categoryOfRole */.YB)(role);
        if (role === 'optimizer-slot')
            this.optimizer.add(name);
        else if (category === 'buffers' && role !== 'copy')
            this.buffers.add(name.slice(name.lastIndexOf('.') + 1));
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
            this.tensors[this.count++] = {
                name: item.name,
                dtype: tensor.dtype,
                shape: tensor.shape,
                file: this.file,
                offset: 0,
                byteLength: 0,
                evidence: withNote(item.evidence, 'no data: meta tensor')
            };
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
            evidence: item.evidence
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
            info.evidence = withNote(item.evidence, `shares its storage with '${first.name}' (counted once)`);
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
            const names = this.shared
                .slice(0, 3)
                .map((n) => `'${n}'`)
                .join(', ');
            explanations.push(`${this.shared.length} tensor(s) share storage with another tensor (tied weights or views: ${names}${this.shared.length > 3 ? ', …' : ''}); ` +
                `the shared storage (${(0,_core_format_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(this.sharedBytes)}) is on disk once and counted once`);
        }
        this.tensors.length = this.count;
        return { tensors: this.tensors, explanations };
    }
}
/** The same evidence, each detail followed by a note (rare tensors only: it copies the array). */
function withNote(evidence, note) {
    return evidence.map((item) => ({ ...item, detail: `${item.detail}; ${note}` }));
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
/* harmony import */ var _io_bytes_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3031);



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
function rebuildTensor(shapes, storage, offset, size, stride, dtype) {
    if (!(storage instanceof StorageRef))
        throw new Error('the storage argument is not a storage');
    // One array per distinct shape: nothing modifies a tensor's shape after this.
    const shape = shapes.intern(intList(size, 'size'));
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
/**
 * Builds the allow-list, for one read (its rebuilders share the read's shapes). TorchScript
 * archives additionally allow their own `__torch__.` classes.
 */
function torchGlobals(shapes = new _io_bytes_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ShapeInterner */ .R0()) {
    const globals = new Map();
    const opaque = (...names) => {
        for (const name of names)
            globals.set(name, {});
    };
    const build = (name, fn) => {
        globals.set(name, { build: fn });
    };
    // torch._utils: tensor and parameter rebuilders (`pytorch/pytorch:torch/_utils.py`).
    build('torch._utils._rebuild_tensor', (a) => rebuildTensor(shapes, a[0], a[1], a[2], a[3]));
    build('torch._utils._rebuild_tensor_v2', (a) => rebuildTensor(shapes, a[0], a[1], a[2], a[3]));
    build('torch._utils._rebuild_tensor_v3', (a) => rebuildTensor(shapes, a[0], a[1], a[2], a[3], typeof a[6] === 'string' ? a[6] : undefined));
    // A quantized tensor's quantizer parameters (its args 4..) do not change where its bytes are.
    build('torch._utils._rebuild_qtensor', (a) => rebuildTensor(shapes, a[0], a[1], a[2], a[3]));
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


/***/ })

};

//# sourceMappingURL=8654.index.js.map