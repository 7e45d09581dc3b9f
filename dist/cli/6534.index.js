export const id = 6534;
export const ids = [6534];
export const modules = {

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

/***/ 6534:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  trainingFolderReader: () => (/* binding */ trainingFolderReader)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/io/checkpoint-files.ts
var checkpoint_files = __webpack_require__(9366);
// EXTERNAL MODULE: ./src/formats/kit/choose-reader.ts
var choose_reader = __webpack_require__(4368);
// EXTERNAL MODULE: ./src/formats/zip/index.ts + 4 modules
var zip = __webpack_require__(7331);
// EXTERNAL MODULE: ./src/formats/zip/signature.ts
var signature = __webpack_require__(8922);
// EXTERNAL MODULE: ./src/formats/training-folder/layouts.ts
var layouts = __webpack_require__(3001);
// EXTERNAL MODULE: ./src/core/classify.ts
var classify = __webpack_require__(8193);
;// CONCATENATED MODULE: ./src/formats/training-folder/member-evidence.ts

/**
 * What a folder's layout says about the tensors of one of its files, as evidence for core's
 * classifier. The layout is the framework's own metadata (it wrote `optimizer.pt` for the
 * optimizer and `rng_state.pth` for the generators), so it speaks with the rank of a dict key
 * inside one `torch.save`, and it goes first: everything in the optimizer's file is optimizer
 * state, whatever its names look like to the name rules. What the file's reader found stays
 * after it, so nothing the file says is dropped.
 */
/** Roles whose file holds one kind of state throughout; model and config files are left to their readers. */
const ROLE_EVIDENCE = {
    optimizer: { role: 'optimizer-state', what: "the optimizer's state" },
    'loop-state': { role: 'loop-state', what: "the training loop's state" },
    'rng-state': { role: 'rng-state', what: 'the random-number generator states' }
};
/** The evidence a file's role gives all of its tensors, or undefined when the role leaves them to the reader. */
function memberEvidence(role, file, label) {
    const said = ROLE_EVIDENCE[role];
    return said && (0,classify/* evidenceOf */.X1)(said.role, 'dict-layout', `in ${file}, ${said.what} (${label})`);
}
/**
 * Puts `first` before each tensor's own evidence, sharing one combined array per distinct array
 * the reader gave (readers share theirs between tensors alike, so this builds a handful).
 */
function prependEvidence(tensors, first) {
    const combined = new Map();
    for (const tensor of tensors) {
        const own = tensor.evidence;
        if (!own) {
            tensor.evidence = first;
            continue;
        }
        let both = combined.get(own);
        if (!both) {
            both = Object.freeze([...first, ...own]);
            combined.set(own, both);
        }
        tensor.evidence = both;
    }
}
/**
 * Tensors of a registered object's file (accelerate `custom_checkpoint_N.pkl`) that mirror a model
 * tensor: same name after a prefix (`shadow.0.weight` for `0.weight`), same shape and dtype. The
 * layout puts the model's parameters in the model file, so a second tree shaped like it in
 * another object's state is a copy (an EMA shadow, a target network): buffers, not weights.
 * Tensors that mirror nothing keep their reader's evidence.
 */
function markMirroredCopies(tensors, model, file, label) {
    let marked = 0;
    for (const tensor of tensors) {
        const original = mirroredName(tensor, model);
        if (original === undefined)
            continue;
        const copy = (0,classify/* evidenceOf */.X1)('copy', 'dict-layout', `in ${file}, a registered object's copy of model tensor '${original}' (same shape and dtype; ${label})`);
        tensor.evidence = tensor.evidence ? [...copy, ...tensor.evidence] : copy;
        marked++;
    }
    return marked;
}
/** The name of the model tensor that ends `tensor`'s name at a separator, with its shape and dtype. */
function mirroredName(tensor, model) {
    const name = tensor.name;
    for (let at = 0; at < name.length; at++) {
        if (at > 0 && name[at - 1] !== '.' && name[at - 1] !== '/')
            continue;
        const original = model.get(name.slice(at));
        if (original && original.dtype === tensor.dtype && sameShape(original.shape, tensor.shape))
            return name.slice(at);
    }
    return undefined;
}
function sameShape(a, b) {
    return a.length === b.length && a.every((size, i) => size === b[i]);
}

// EXTERNAL MODULE: ./src/formats/kit/open.ts
var kit_open = __webpack_require__(7247);
;// CONCATENATED MODULE: ./src/formats/training-folder/index.ts








/**
 * A training-output folder (HF Trainer `checkpoint-500/`, accelerate `save_state`, DeepSpeed
 * `global_step500/`) read as one checkpoint: the layout (layouts.ts) gives each file its role,
 * each file is read by the reader of its own format (safetensors, torch.save...), and the
 * folder's result is their tensors, with the role's evidence first, and every file listed.
 *
 * The checkpoint is named after the folder (`out/checkpoint-500`), whose id drops the step
 * (`out/checkpoint`), so the folder of the next save matches it as a baseline.
 *
 * A file that holds state but no tensors (`scheduler.pt`, `trainer_state.json`) gives its content
 * (the pickle record of a torch.save zip, or the whole JSON) as one span of that state; the zip
 * structure around it stays metadata, as in every torch.save file. A file that cannot be read
 * (a pickle naming a class the pickle reader does not know yet) is listed with its bytes as
 * metadata and a warning; once its reader reads it, its tensors count.
 */
function trainingFolderReader(layout, fileReaders) {
    return {
        format: layout.format,
        matchesName: (path) => layout.primary.test((0,checkpoint_files/* basename */.P8)(path)),
        sniff: () => true,
        read: (path, files) => readFolder((0,checkpoint_files/* dirname */.pD)(path), layout, fileReaders, files)
    };
}
/** Folder roles as file roles in the report. */
const FILE_ROLE = {
    model: 'model',
    optimizer: 'optimizer',
    'loop-state': 'loop-state',
    'rng-state': 'rng-state',
    config: 'config',
    object: 'object'
};
/** Files that hold text or JSON, never tensors: their reader is not asked. */
const TEXT_FILE = /\.(json|txt|model|jinja)$/;
async function readFolder(dir, layout, readers, files) {
    const members = await listMembers(dir, '', layout, files);
    const listed = new Map();
    const tensors = [];
    /** The model files' tensors by their own names, for the registered objects' copies. */
    const modelTensors = new Map();
    const warnings = [];
    const explanations = new Set();
    for (const member of members) {
        if (listed.has(member.path))
            continue; // a shard its index already read
        const read = await readMember(member, readers, files);
        if (read instanceof Error)
            warnings.push(`${member.label} was not read (${read.message}); its bytes are counted as metadata`);
        const result = read instanceof Error ? undefined : read;
        for (const file of result?.files ?? []) {
            listed.set(file.path, { ...file, role: file.role === 'index' ? 'index' : FILE_ROLE[member.role] });
        }
        if (!listed.has(member.path))
            listed.set(member.path, { path: member.path, role: FILE_ROLE[member.role], bytes: (await files.size(member.path)) ?? 0, present: true });
        for (const warning of result?.warnings ?? [])
            warnings.push(`${member.label}: ${warning}`);
        for (const explanation of result?.explanations ?? [])
            explanations.add(explanation);
        const found = result?.tensors ?? [];
        const roleEvidence = memberEvidence(member.role, member.label, member.layout.label);
        if (roleEvidence && found.length > 0)
            prependEvidence(found, roleEvidence);
        if (member.role === 'object')
            markMirroredCopies(found, modelTensors, member.label, member.layout.label);
        if (roleEvidence && found.length === 0) {
            const content = await contentSpan(member, files);
            if (content)
                found.push({ ...content, evidence: roleEvidence });
        }
        for (const tensor of found) {
            if (member.role === 'model')
                modelTensors.set(tensor.name, tensor);
            tensor.name = `${member.label}:${tensor.name}`;
            // Storage keys are unique within a file; two files of a folder may use the same (`archive/data/0`).
            if (tensor.storageKey !== undefined)
                tensor.storageKey = `${tensor.file}\0${tensor.storageKey}`;
            tensors.push(tensor);
        }
    }
    if (!members.some((member) => member.role === 'model'))
        warnings.push(`no model weights file in this folder (${layout.label})`);
    return {
        format: layout.format,
        name: dir,
        files: [...listed.values()],
        tensors,
        classifiedBy: 'dict-layout',
        warnings,
        explanations: [...explanations]
    };
}
/**
 * The folder's files that its layout names, models first (a shard index before its shards, so
 * that the index claims them), the rest in name order; subfolders of the layout recursively.
 */
async function listMembers(dir, prefix, layout, files) {
    const members = [];
    for (const name of await files.list(dir)) {
        const path = (0,checkpoint_files/* joinPath */.uJ)(dir, name);
        const role = (0,layouts.roleOf)(layout, name);
        if (role && (await files.size(path)) !== undefined) {
            members.push({ path, label: prefix + name, role, layout });
            continue;
        }
        const subfolder = layout.subfolders?.find((candidate) => candidate.pattern.test(name));
        if (subfolder)
            members.push(...(await listMembers(path, `${prefix}${name}/`, subfolder.layout(), files)));
        const dcp = layout.dcpFolders?.find((candidate) => candidate.pattern.test(name));
        const metadata = (0,checkpoint_files/* joinPath */.uJ)(path, '.metadata');
        if (dcp && (await files.size(metadata)) !== undefined)
            members.push({ path: metadata, label: `${prefix}${name}/.metadata`, role: dcp.role, layout });
    }
    const rank = (member) => (member.role === 'model' ? (member.path.endsWith('.index.json') ? 0 : 1) : 2);
    return members.sort((a, b) => rank(a) - rank(b) || a.path.localeCompare(b.path));
}
/**
 * One file read by the reader of its format; an Error (returned, not thrown) for a file whose
 * loss costs only its own categories. The model's and the optimizer's files are what the
 * checkpoint is about: their errors are the checkpoint's.
 */
async function readMember(member, readers, files) {
    if (TEXT_FILE.test(member.path) && !member.path.endsWith('.index.json'))
        return undefined;
    try {
        const reader = (0,choose_reader/* chooseReader */.P)(await (0,choose_reader/* readCandidate */.G)(member.path, files), readers);
        if (!reader) {
            if (member.role === 'model' || member.role === 'optimizer')
                return new Error('its content matches no supported format');
            return undefined;
        }
        return await reader.read(member.path, files);
    }
    catch (error) {
        if (member.role === 'model' || member.role === 'optimizer' || !(error instanceof errors/* ModelSizeBudgetError */.cX))
            throw error;
        return error;
    }
}
/**
 * The bytes of a tensor-less state file that hold the state: a torch.save zip's pickle record
 * (`<archive>/data.pkl`), else the whole file (JSON, a bare pickle).
 */
async function contentSpan(member, files) {
    try {
        return await (0,kit_open/* withSource */.g)(files, member.path, (source) => spanOfState(member, source));
    }
    catch {
        return undefined;
    }
}
/** The state's span in an open file: the record of a torch.save zip, else all of it. */
async function spanOfState(member, source) {
    const whole = {
        name: 'state',
        dtype: TEXT_FILE.test(member.path) ? 'json' : 'pickle',
        shape: [],
        file: member.path,
        offset: 0,
        byteLength: source.size
    };
    if (!(0,signature/* looksLikeZip */.f)(await source.read(0, Math.min(4, source.size))))
        return whole;
    const archive = await (0,zip/* openZip */.Q)(source);
    const record = archive.entries.find((entry) => entry.name === 'data.pkl' || entry.name.endsWith('/data.pkl'));
    if (!record || record.method !== 0)
        return whole;
    return { ...whole, offset: await archive.dataStart(record), byteLength: record.compressedSize };
}


/***/ })

};

//# sourceMappingURL=6534.index.js.map