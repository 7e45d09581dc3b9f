export const id = 2886;
export const ids = [2886,4540,8119];
export const modules = {

/***/ 2886:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readRefBaseline: () => (/* binding */ readRefBaseline)
});

// UNUSED EXPORTS: REF_PREFIX, resolveRef

// EXTERNAL MODULE: ./src/formats/index.ts + 1 modules
var formats = __webpack_require__(6955);
// EXTERNAL MODULE: ./src/core/path-patterns.ts
var path_patterns = __webpack_require__(7530);
// EXTERNAL MODULE: ./src/pipeline/measure.ts + 2 modules
var measure = __webpack_require__(8685);
// EXTERNAL MODULE: ./src/baseline/report-file.ts
var report_file = __webpack_require__(4540);
// EXTERNAL MODULE: ./src/baseline/git.ts
var git = __webpack_require__(8119);
// EXTERNAL MODULE: ./src/core/limits.ts
var limits = __webpack_require__(6419);
;// CONCATENATED MODULE: ./src/baseline/git-baseline.ts






/**
 * The baseline at a commit (the PR's base), read from git without checking it out: a committed
 * report JSON at `reportPath` if there is one, else the checkpoint files the `path` globs select
 * among the files tracked at the commit, measured by the same pipeline as the head. A miss, with
 * the reason, when the commit tracks none (checkpoints made by the workflow are not in git; the
 * caller then tries the next source) or none of them could be read (checkpoints stored in Git LFS:
 * the base has only their pointers). Throws when git or the fetch fails.
 */
async function readGitBaseline(cwd, commit, options) {
    const fetched = (await (0,git/* ensureCommit */.q$)(cwd, commit)) === 'fetched';
    const short = commit.slice(0, 7);
    const tree = await git/* GitTreeFiles */.Ay.at(cwd, commit);
    try {
        return await readTree(tree, short, fetched, options);
    }
    finally {
        await tree.close();
    }
}
async function readTree(tree, short, fetched, options) {
    if (options.reportPath) {
        const text = await tree.readText(options.reportPath, limits/* MAX_BASELINE_REPORT_BYTES */.CI);
        if (text !== undefined) {
            return { found: true, report: (0,report_file.loadBaselineReport)(text, `${options.reportPath} at ${short}`), source: 'report', fetched };
        }
    }
    const { files: paths } = await gitTreeFinder(tree, options.measure?.readers ?? formats/* READERS */.Hk).find(options.patterns);
    if (paths.length === 0) {
        return { found: false, reason: `Commit ${short} tracks no checkpoint file that the path input selects (checkpoints the workflow writes are not in git).` };
    }
    const report = await (0,measure/* measure */.x)(paths, options.files ? await options.files(tree) : tree, options.measure);
    if (report.checkpoints.length === 0) {
        // Categories need the checkpoint's own header, which an LFS pointer does not have; rather
        // than a baseline of totals only, let the next source (the report artifact) try.
        const lfs = report.errors.filter((error) => error.kind === 'LfsPointerError').length;
        const first = (report.errors[0]?.message ?? 'no reader recognised them').replace(/\.?$/, '.');
        const reason = lfs > 0
            ? `The checkpoints at ${short} are in Git LFS (${lfs} pointer file${lfs === 1 ? '' : 's'}): git holds only the pointers, which give sizes but no categories, so committing them again would not help; compare with the base branch's report artifact instead.`
            : `None of the ${paths.length} checkpoint files at ${short} could be read; the first: ${first}`;
        return { found: false, reason };
    }
    return { found: true, report, source: 'checkpoints', fetched };
}
/**
 * The FileFinder adapter over the files git tracks at a commit: the `path` lines read as on disk
 * (core/path-patterns.ts). Only names some reader could open are matched against the globs
 * (measure would skip the rest anyway): a repository tracks far more sources than checkpoints.
 */
function gitTreeFinder(tree, readers) {
    return {
        find: async (patterns) => {
            const candidates = tree.paths().filter((path) => readers.some((reader) => reader.matchesName(path)));
            return { files: (0,path_patterns/* selectPaths */.LO)(candidates, patterns).sort(), skipped: [] };
        }
    };
}

;// CONCATENATED MODULE: ./src/baseline/git-ref.ts


/*
 * A baseline at a named git ref (`baseline: ref:v1.4.0`, `--baseline ref:v1.4.0`, and the `since`
 * of a drift rule: `total: +10% since v1.4.0`): a tag, branch or commit, read from git objects as
 * the PR's base commit is, without a checkout.
 */
/** The prefix of a baseline that names a git ref. */
const REF_PREFIX = 'ref:';
/**
 * The report at `ref`: the commit it names (fetched from `origin` when the clone lacks it, as a
 * shallow actions/checkout does), then the committed report or the checkpoints the globs select.
 * Never throws: a ref that cannot be read gives a reason instead.
 */
async function readRefBaseline(cwd, ref, options) {
    let sha;
    try {
        sha = await resolveRef(cwd, ref);
    }
    catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        return {
            label: ref,
            reason: `The git ref ${ref} could not be read (${why}). Check its name, and fetch tags (actions/checkout with fetch-depth: 0, or fetch-tags: true).`
        };
    }
    const label = `${ref} (${sha.slice(0, 7)})`;
    try {
        const found = await readGitBaseline(cwd, sha, options);
        if (found.found)
            return { report: found.report, label };
        return { label, reason: found.reason };
    }
    catch (error) {
        return { label, reason: `${label} could not be read from git (${error instanceof Error ? error.message : String(error)}).` };
    }
}
/** The full commit SHA a tag, branch or commit names; fetches it (depth 1) when the clone lacks it. */
async function resolveRef(cwd, ref) {
    // A leading '-' would be an option to git.
    if (ref.startsWith('-') || ref.includes('..') || ref === '')
        throw new Error(`'${ref}' is not a tag, branch or commit`);
    const local = await revParse(cwd, ref);
    if (local)
        return local;
    for (const remote of [`refs/tags/${ref}:refs/tags/${ref}`, ref]) {
        try {
            await (0,git.git)(cwd, ['fetch', '--no-recurse-submodules', '--depth=1', 'origin', remote]);
        }
        catch {
            continue;
        }
        const fetched = (await revParse(cwd, ref)) ?? (await revParse(cwd, 'FETCH_HEAD'));
        if (fetched && (await (0,git/* hasCommit */.QE)(cwd, fetched)))
            return fetched;
    }
    throw new Error(`no tag, branch or commit named ${ref} here or at origin`);
}
async function revParse(cwd, ref) {
    for (const candidate of [ref, `origin/${ref}`]) {
        try {
            return (await (0,git.git)(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${candidate}^{commit}`])).trim();
        }
        catch {
            // try the next form
        }
    }
    return undefined;
}


/***/ }),

/***/ 8119:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ay: () => (/* binding */ GitTreeFiles),
/* harmony export */   QE: () => (/* binding */ hasCommit),
/* harmony export */   git: () => (/* binding */ git),
/* harmony export */   q$: () => (/* binding */ ensureCommit)
/* harmony export */ });
/* unused harmony exports GIT_BLOB_INLINE_BYTES, GIT_TIMEOUT_MS, GitBlobBatch, lfsPointerSize, GitBlobSource */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _io_byte_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2940);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);
/* harmony import */ var _core_limits_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6419);





const execFileAsync = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
/**
 * Blobs read whole into memory on first use. Index files, JSON headers and LFS pointers are far
 * below this; larger blobs (checkpoints committed without LFS) are streamed per read instead.
 */
const GIT_BLOB_INLINE_BYTES = 4 * 1024 * 1024;
/** `git ls-tree` output read at most (about 10^6 tracked files). */
const LS_TREE_MAX_BUFFER = 256 * 1024 * 1024;
/** A git command that takes longer (a fetch over a slow network) is abandoned; the baseline is then skipped. */
const GIT_TIMEOUT_MS = 120_000;
/**
 * Never ask for credentials on a terminal: without persisted checkout credentials a fetch must
 * fail at once, not wait for input until the job times out.
 */
const GIT_ENV = { ...process.env, GIT_TERMINAL_PROMPT: '0', GCM_INTERACTIVE: 'never' };
/** Runs git in `cwd` and returns stdout; throws with git's stderr in the message. */
async function git(cwd, args, maxBuffer = 16 * 1024 * 1024) {
    try {
        const { stdout } = await execFileAsync('git', [...args], { cwd, maxBuffer, encoding: 'utf8', env: GIT_ENV, timeout: GIT_TIMEOUT_MS });
        return stdout;
    }
    catch (error) {
        const stderr = String(error.stderr ?? '').trim();
        throw new Error(`git ${args.join(' ')} failed${stderr ? `: ${stderr.split('\n')[0]}` : ''}`, { cause: error });
    }
}
/** True when the repository has the commit's objects. */
async function hasCommit(cwd, sha) {
    try {
        await git(cwd, ['cat-file', '-e', `${sha}^{commit}`]);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * Makes the commit available: actions/checkout makes a shallow clone of one commit by default,
 * which lacks the PR's base. Fetches that one commit (depth 1, no tags), with the credentials
 * checkout persisted. Throws when it cannot.
 */
async function ensureCommit(cwd, sha) {
    if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha))
        throw new Error(`'${sha}' is not a full commit SHA`);
    if (await hasCommit(cwd, sha))
        return 'present';
    try {
        await git(cwd, ['rev-parse', '--is-inside-work-tree']);
    }
    catch {
        throw new Error('the workspace is not a git checkout');
    }
    await git(cwd, ['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', sha]);
    if (!(await hasCommit(cwd, sha)))
        throw new Error(`git fetch did not bring commit ${sha}`);
    return 'fetched';
}
/**
 * The files git tracks at one commit, as CheckpointFiles: the readers run on a base commit as on
 * the disk, without checking it out. Small files (a TF `.index`, a JSON header, an LFS pointer)
 * are read as blobs; a data shard's size comes from the tree listing (`git ls-tree -l`), or from
 * the `size` line of its Git LFS pointer, so a checkpoint whose shards live in LFS is measured
 * without downloading them. Symbolic links and submodules read as absent.
 */
class GitTreeFiles {
    cwd;
    commit;
    entries;
    dirs;
    lfsSizes = new Map();
    blobs;
    /**
     * The blobs read last, by object id: the pipeline reads a file's head to sniff it, then its
     * reader opens it again, and its size() reads it for an LFS pointer; each is one git read.
     */
    recent = new Map();
    recentBytes = 0;
    constructor(cwd, commit, entries, dirs) {
        this.cwd = cwd;
        this.commit = commit;
        this.entries = entries;
        this.dirs = dirs;
        this.blobs = new GitBlobBatch(cwd);
    }
    /** Lists the tree at `commit`, with paths relative to `cwd` (the workspace may be a subdirectory of the repository). */
    static async at(cwd, commit) {
        const listing = await git(cwd, ['ls-tree', '-r', '-l', '-z', commit], LS_TREE_MAX_BUFFER);
        const entries = new Map();
        const dirs = new Map();
        for (const record of listing.split('\0')) {
            // `<mode> SP <type> SP <object> SP+ <size> TAB <path>` (git-ls-tree(1), --long)
            const match = /^(\d{6}) (\w+) ([0-9a-f]+) +(-|\d+)\t(.+)$/s.exec(record);
            if (!match)
                continue;
            const [, mode, type, oid, size, path] = match;
            if (type !== 'blob' || mode === '120000')
                continue; // submodules, symbolic links
            entries.set(path, { mode, oid, size: Number(size) });
            const segments = path.split('/');
            for (let depth = 0; depth < segments.length; depth++) {
                const dir = depth === 0 ? '.' : segments.slice(0, depth).join('/');
                let names = dirs.get(dir);
                if (!names)
                    dirs.set(dir, (names = new Set()));
                names.add(segments[depth]);
            }
        }
        return new GitTreeFiles(cwd, commit, entries, dirs);
    }
    /** Every tracked path (regular files), sorted. */
    paths() {
        return [...this.entries.keys()].sort();
    }
    async open(path) {
        const entry = this.entries.get(normalise(path));
        if (!entry)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .MissingFileError */ .Hb(path, `not tracked at ${this.commit}`);
        if (entry.size <= GIT_BLOB_INLINE_BYTES)
            return new _io_byte_source_js__WEBPACK_IMPORTED_MODULE_2__/* .BufferByteSource */ .wb(path, await this.readBlob(entry));
        return new GitBlobSource(this.cwd, entry.oid, path, entry.size);
    }
    /** The file's size; for a Git LFS pointer, the size of the object it points to. */
    async size(path) {
        const key = normalise(path);
        const entry = this.entries.get(key);
        if (!entry)
            return undefined;
        if (entry.size > _core_limits_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_LFS_POINTER_BYTES */ .Xe)
            return entry.size;
        if (!this.lfsSizes.has(key))
            this.lfsSizes.set(key, lfsPointerSize(await this.readBlob(entry)) ?? null);
        return this.lfsSizes.get(key) ?? entry.size;
    }
    async list(dir) {
        const key = normalise(dir).replace(/\/+$/, '') || '.';
        return [...(this.dirs.get(key) ?? [])].sort();
    }
    /** The text of a tracked file, or undefined when it is not tracked (small files only). */
    async readText(path, maxBytes) {
        const entry = this.entries.get(normalise(path));
        if (!entry || entry.size > maxBytes)
            return undefined;
        return new TextDecoder().decode(await this.readBlob(entry));
    }
    /** Ends the git process that reads the blobs (a later read starts another). */
    async close() {
        this.blobs.close();
        this.recent.clear();
        this.recentBytes = 0;
    }
    readBlob(entry) {
        const cached = this.recent.get(entry.oid);
        if (cached) {
            // Most recently used last (a Map keeps insertion order), so the oldest go first.
            this.recent.delete(entry.oid);
            this.recent.set(entry.oid, cached);
            return cached.bytes;
        }
        const bytes = this.blobs.read(entry.oid);
        bytes.catch(() => this.forget(entry.oid));
        this.recent.set(entry.oid, { bytes, size: entry.size });
        this.recentBytes += entry.size;
        for (const oid of this.recent.keys()) {
            if (this.recentBytes <= RECENT_BLOB_BYTES || this.recent.size <= 1)
                break;
            this.forget(oid);
        }
        return bytes;
    }
    forget(oid) {
        const cached = this.recent.get(oid);
        if (!cached)
            return;
        this.recent.delete(oid);
        this.recentBytes -= cached.size;
    }
}
/** Bytes of recently read blobs kept (a few checkpoints' headers and indexes; see GitTreeFiles.recent). */
const RECENT_BLOB_BYTES = 8 * 1024 * 1024;
/**
 * One `git cat-file --batch` process for every blob read at a commit: a request is the object id
 * on a line, the answer `<oid> blob <size>` and the bytes (git-cat-file(1), BATCH OUTPUT), in
 * order. A baseline of 1,000 checkpoints costs one process instead of one per blob read (about
 * 5 ms each; see bench/README.md, action at scale). Requests are pipelined: every read waiting is
 * already written to git's stdin. The pipes are unreferenced while nothing is waiting, so an idle
 * process never keeps the action alive; close() ends it.
 */
class GitBlobBatch {
    cwd;
    child;
    waiting = [];
    chunks = [];
    buffered = 0;
    /** The answer being read: its size once its header line is in. */
    bodySize = -1;
    stderr = '';
    timer;
    constructor(cwd) {
        this.cwd = cwd;
    }
    read(oid) {
        if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(oid))
            return Promise.reject(new Error(`'${oid}' is not an object id`));
        return new Promise((resolve, reject) => {
            const child = this.process();
            this.waiting.push({ oid, resolve, reject });
            this.hold(true);
            child.stdin.write(`${oid}\n`);
        });
    }
    close() {
        const child = this.child;
        this.child = undefined;
        if (child) {
            child.stdin.end();
            child.kill();
        }
        this.fail(new Error('git cat-file --batch was closed'));
    }
    process() {
        if (this.child)
            return this.child;
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', ['cat-file', '--batch'], { cwd: this.cwd, env: GIT_ENV, stdio: ['pipe', 'pipe', 'pipe'] });
        this.child = child;
        this.chunks = [];
        this.buffered = 0;
        this.bodySize = -1;
        this.stderr = '';
        // A failed spawn (git gone, cwd removed) is an 'error' event: without a listener it would be
        // an uncaught exception past run()'s catch; here it rejects the reads waiting.
        child.on('error', (error) => this.ended(child, error.message));
        child.stdin.on('error', () => { }); // EPIPE after git exited: reported by 'close'
        child.stderr.on('data', (chunk) => (this.stderr = (this.stderr + chunk.toString()).slice(-2000)));
        child.stdout.on('data', (chunk) => this.receive(chunk));
        child.on('close', () => this.ended(child, this.stderr.trim().split('\n')[0] || 'git cat-file --batch exited'));
        return child;
    }
    ended(child, reason) {
        if (this.child !== child)
            return;
        this.child = undefined;
        this.fail(new Error(`git cat-file --batch failed: ${reason}`));
    }
    fail(error) {
        for (const request of this.waiting.splice(0))
            request.reject(error);
        this.hold(false);
    }
    receive(chunk) {
        this.chunks.push(chunk);
        this.buffered += chunk.length;
        for (;;) {
            const request = this.waiting[0];
            if (!request)
                return;
            if (this.bodySize < 0) {
                const bytes = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks);
                const newline = bytes.indexOf(0x0a);
                if (newline < 0)
                    return;
                const header = bytes.subarray(0, newline).toString('latin1');
                this.keep(bytes.subarray(newline + 1));
                const match = /^([0-9a-f]+) (\w+) (\d+)$/.exec(header);
                if (!match || match[1] !== request.oid) {
                    this.waiting.shift();
                    request.reject(Object.assign(new Error(`${request.oid}: ${header.endsWith('missing') ? 'no such object' : `git answered '${header}'`}`), { code: 'ENOENT' }));
                    continue;
                }
                this.bodySize = Number(match[3]);
            }
            // The body and its closing newline.
            if (this.buffered < this.bodySize + 1)
                return;
            const bytes = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks);
            const body = new Uint8Array(bytes.buffer, bytes.byteOffset, this.bodySize).slice();
            this.keep(bytes.subarray(this.bodySize + 1));
            this.bodySize = -1;
            this.waiting.shift();
            request.resolve(body);
            this.hold(this.waiting.length > 0);
        }
    }
    keep(rest) {
        this.chunks = rest.length > 0 ? [rest] : [];
        this.buffered = rest.length;
    }
    /** While reads wait: keep the process referenced, and give up after GIT_TIMEOUT_MS without an answer. */
    hold(waiting) {
        clearTimeout(this.timer);
        const child = this.child;
        if (!child)
            return;
        const pipes = [child.stdin, child.stdout, child.stderr];
        if (waiting) {
            child.ref();
            for (const pipe of pipes)
                pipe.ref?.();
            this.timer = setTimeout(() => this.ended(child, `no answer in ${GIT_TIMEOUT_MS / 1000} s`), GIT_TIMEOUT_MS);
            this.timer.unref();
        }
        else {
            child.unref();
            for (const pipe of pipes)
                pipe.unref?.();
        }
    }
}
function normalise(path) {
    return path.replace(/^(\.\/)+/, '');
}
/**
 * The object size a Git LFS pointer names (`size 12345` line; git-lfs/git-lfs:docs/spec.md), or
 * undefined when the bytes are not a pointer.
 */
function lfsPointerSize(bytes) {
    if (bytes.length > _core_limits_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_LFS_POINTER_BYTES */ .Xe)
        return undefined;
    const text = new TextDecoder().decode(bytes);
    if (!text.startsWith(_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LFS_POINTER_HEAD */ .rd))
        return undefined;
    const match = /^size (\d+)$/m.exec(text);
    if (!match)
        return undefined;
    const size = Number(match[1]);
    return Number.isSafeInteger(size) ? size : undefined;
}
/**
 * A large blob, read by streaming `git cat-file blob` up to the span asked for. Git stores blobs
 * compressed (and packed as deltas), so there is no positioned read: a read at offset N costs N
 * bytes of decompression, but only `length` bytes are kept. Readers ask for headers near the start
 * (safetensors, GGUF) or a central directory near the end (zip), a few reads per file.
 */
class GitBlobSource {
    cwd;
    oid;
    name;
    size;
    bytesRead = 0;
    constructor(cwd, oid, name, size) {
        this.cwd = cwd;
        this.oid = oid;
        this.name = name;
        this.size = size;
    }
    async read(offset, length) {
        (0,_io_byte_source_js__WEBPACK_IMPORTED_MODULE_2__/* .checkSpan */ .$U)(this, offset, length);
        const out = new Uint8Array(length);
        if (length === 0)
            return out;
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', ['cat-file', 'blob', this.oid], { cwd: this.cwd, env: GIT_ENV, stdio: ['ignore', 'pipe', 'ignore'] });
        // A failed spawn (git gone, cwd removed) is an 'error' event: without a listener it is an
        // uncaught exception that ends the action past run()'s catch; as a stream error it rejects
        // this read instead.
        child.once('error', (error) => child.stdout.destroy(error));
        let position = 0;
        let filled = 0;
        try {
            for await (const chunk of child.stdout) {
                const start = Math.max(offset - position, 0);
                const end = Math.min(chunk.length, offset + length - position);
                if (start < end) {
                    out.set(chunk.subarray(start, end), filled);
                    filled += end - start;
                }
                position += chunk.length;
                if (filled === length)
                    break;
            }
        }
        finally {
            child.kill();
        }
        this.bytesRead += filled;
        if (filled < length)
            (0,_io_byte_source_js__WEBPACK_IMPORTED_MODULE_2__/* .checkSpan */ .$U)({ name: this.name, size: offset + filled }, offset, length);
        return out;
    }
    async close() { }
}


/***/ }),

/***/ 4540:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadBaselineReport: () => (/* binding */ loadBaselineReport)
/* harmony export */ });
/* unused harmony export REPORT_SCHEMA */
/* harmony import */ var _core_analyze_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4989);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3054);



/** The report schema this version reads and writes (DESIGN.md, "Report JSON"). */
const REPORT_SCHEMA = 1;
const REGENERATE = "Regenerate it with `model-size-budget --json` or the action's `report` output of this version.";
/**
 * Reads a report JSON (the action's `report` output or the CLI's `--json`) as a baseline.
 * Validates the schema version and the shape of every checkpoint entry that the diff reads;
 * the totals are recomputed from the checkpoints, so a hand-edited file cannot disagree with itself.
 * @param text the file's content
 * @param path the file's path, named in errors
 * @throws ConfigError `<path>: <what is wrong>. <fix>` for invalid JSON, another schema version,
 *   or a malformed entry
 */
function loadBaselineReport(text, path) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${path}: the baseline report is not valid JSON (${detail}). ${REGENERATE}`);
    }
    if (!isObject(data))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${path}: the baseline report is not a JSON object. ${REGENERATE}`);
    if (data.schema !== REPORT_SCHEMA) {
        const found = data.schema === undefined ? 'no schema field' : `schema ${JSON.stringify(data.schema)}`;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${path}: the baseline report has ${found}; this version reads schema ${REPORT_SCHEMA}. ` +
            `${REGENERATE} Or use the model-size-budget version that wrote it.`);
    }
    if (!Array.isArray(data.checkpoints))
        throw malformed(path, "'checkpoints' is not a list");
    const seen = new Set();
    const checkpoints = data.checkpoints.map((entry, index) => {
        const checkpoint = readCheckpoint(entry, `checkpoints[${index}]`, path);
        if (seen.has(checkpoint.id))
            throw malformed(path, `two checkpoints have the id '${checkpoint.id}'`);
        seen.add(checkpoint.id);
        return checkpoint;
    });
    const errors = Array.isArray(data.errors)
        ? data.errors.filter(isObject).map((error) => ({
            path: String(error.path ?? ''),
            kind: String(error.kind ?? 'Error'),
            message: String(error.message ?? '')
        }))
        : [];
    return (0,_core_analyze_js__WEBPACK_IMPORTED_MODULE_0__/* .buildReport */ .FK)(checkpoints, errors);
}
function readCheckpoint(entry, where, path) {
    if (!isObject(entry))
        throw malformed(path, `${where} is not an object`);
    if (typeof entry.id !== 'string' || entry.id === '')
        throw malformed(path, `${where}.id is not a non-empty string`);
    if (typeof entry.format !== 'string')
        throw malformed(path, `${where}.format is not a string`);
    if (!isObject(entry.bytes))
        throw malformed(path, `${where}.bytes is not an object`);
    const bytes = {};
    for (const key of [..._core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .CATEGORIES */ .R, 'total']) {
        const value = entry.bytes[key];
        if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
            throw malformed(path, `${where}.bytes.${key} is ${JSON.stringify(value)}, not a whole number of bytes`);
        }
        bytes[key] = value;
    }
    const strings = (value) => (Array.isArray(value) ? value.filter((item) => typeof item === 'string') : []);
    const count = (value) => (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : 0);
    const checkpoint = {
        id: entry.id,
        format: entry.format,
        files: Array.isArray(entry.files)
            ? entry.files.filter(isObject).map((file) => ({
                path: String(file.path ?? ''),
                bytes: count(file.bytes),
                role: String(file.role ?? 'data'),
                ...(file.present === false ? { present: false } : {})
            }))
            : [],
        bytes,
        parameters: count(entry.parameters),
        tensors: count(entry.tensors),
        tensorCounts: isObject(entry.tensorCounts) ? entry.tensorCounts : {},
        classifiedBy: String(entry.classifiedBy ?? 'name-rules'),
        warnings: strings(entry.warnings),
        explanations: strings(entry.explanations)
    };
    if (typeof entry.name === 'string')
        checkpoint.name = entry.name;
    if (entry.latest === true)
        checkpoint.latest = true;
    return checkpoint;
}
function malformed(path, what) {
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${path}: the baseline report is malformed: ${what}. ${REGENERATE}`);
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ }),

/***/ 7530:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LO: () => (/* binding */ selectPaths),
/* harmony export */   qz: () => (/* binding */ globSelector)
/* harmony export */ });
/* unused harmony exports parsePathPatterns, pathSelector, directorySelector */
/* harmony import */ var minimatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3581);

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
        matcher = new minimatch__WEBPACK_IMPORTED_MODULE_0__/* .Minimatch */ .VR(glob, { dot: true, nobrace: true, nocomment: true, noext: true, nonegate: true });
        COMPILED_GLOBS.set(glob, matcher);
    }
    return matcher;
}
/** `a/b/c` → `a`, `a/b`, `a/b/c`: a pattern that matches a directory matches its descendants. */
function pathAndAncestors(path) {
    const segments = path.split('/');
    return segments.map((_, index) => segments.slice(0, index + 1).join('/')).filter((prefix) => prefix !== '');
}


/***/ })

};

//# sourceMappingURL=2886.index.js.map