export const id = 2947;
export const ids = [2947];
export const modules = {

/***/ 9888:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hi: () => (/* binding */ RemoteError),
/* harmony export */   Qy: () => (/* binding */ displayUrl),
/* harmony export */   fJ: () => (/* binding */ RemoteAccessError),
/* harmony export */   ln: () => (/* binding */ RangeNotSupportedError),
/* harmony export */   se: () => (/* binding */ RemoteTransferError),
/* harmony export */   x3: () => (/* binding */ RemoteFileChangedError)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

/**
 * Errors of remote reads. Each names the object by its URL without the query string: a presigned
 * or storage URL carries its credentials there, and messages end up in logs and PR comments.
 */
class RemoteError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ModelSizeBudgetError */ .cX {
    file;
    constructor(url, what, fix) {
        super(`${displayUrl(url)}: ${what}.${fix ? ` ${fix}` : ''}`);
        this.file = displayUrl(url);
    }
}
/** 401, 403 or 404: no retry helps; the message says which credentials the provider takes. */
class RemoteAccessError extends RemoteError {
    status;
    constructor(url, status, fix) {
        super(url, ACCESS_WHAT[status] ?? `HTTP ${status}`, fix ?? ACCESS_FIX[status]);
        this.status = status;
    }
}
const ACCESS_WHAT = {
    401: 'HTTP 401, the server wants credentials',
    403: 'HTTP 403, access denied',
    404: 'HTTP 404, no such object'
};
const ACCESS_FIX = {
    401: 'Set the credentials of its provider (AWS_* for s3://, application-default credentials for gs://, HF_TOKEN for hf://).',
    403: "The credentials in the environment are not allowed to read it; check them and the object's permissions.",
    404: 'Check the bucket, repository, revision and path.'
};
/** A server that answers a range request with the whole body (HTTP 200): reading it means downloading it. */
class RangeNotSupportedError extends RemoteError {
    constructor(url, size) {
        const whole = size === undefined ? 'the whole file' : `the whole file (${size} bytes)`;
        super(url, `the server ignores range requests and answered with ${whole}`, 'Pass --allow-download (input allow-download: true) to read such files whole.');
    }
}
/** The object's ETag or size changed between two range requests: the bytes read so far may not belong together. */
class RemoteFileChangedError extends RemoteError {
    constructor(url, before, after) {
        super(url, `the file changed while it was read (${before} before, ${after} after)`, 'Run again once it is no longer being written.');
    }
}
/** Retries exhausted: the last failure (a status, a reset connection, a timeout) is named. */
class RemoteTransferError extends RemoteError {
    constructor(url, attempts, last) {
        super(url, `could not be read after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${last}`, 'Check the network and the server, or raise MODEL_SIZE_BUDGET_HTTP_TIMEOUT_MS for a slow one.');
    }
}
/** The URL without its query string or fragment (presigned URLs carry their signature there), nor user info. */
function displayUrl(url) {
    const cut = url.search(/[?#]/);
    const bare = cut < 0 ? url : url.slice(0, cut);
    return bare.replace(/^([a-z0-9+.-]+:\/\/)[^/@]*@/i, '$1');
}


/***/ }),

/***/ 5997:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t1: () => (/* binding */ DEFAULT_TIMEOUT_MS),
/* harmony export */   xb: () => (/* binding */ HttpRangeSource)
/* harmony export */ });
/* unused harmony exports BLOCK_BYTES, MAX_CACHED_BLOCKS, TAIL_MIN_BLOCKS, BlockCache, mergeRuns */
/* harmony import */ var _byte_source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2940);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9888);
/* harmony import */ var _transport_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(586);



/** Bytes per cached block: one round trip costs far more than 64 KiB on any link a runner has. */
const BLOCK_BYTES = 64 * 1024;
/** Blocks kept in memory by default, across every remote file of a run (32 MiB). */
const MAX_CACHED_BLOCKS = 512;
/** One request asks for at most this many blocks (16 MiB); a longer span is split into parallel requests. */
const MAX_BLOCKS_PER_REQUEST = 256;
/** A file of at most this many blocks is read whole by its first request: its second block costs less than a round trip. */
const WHOLE_FILE_BLOCKS = 2;
/**
 * A file of at least this many blocks has its last block fetched with its first, in parallel: the
 * index of nearly every format sits at one end or the other (a zip's end record and directory, an
 * SSTable's footer and index), so a reader going to the tail finds it cached instead of paying a
 * round trip. Below it, head and tail together would be more than 1% of the file (issue 19's rule),
 * and a folder of many mid-size files (1,000 `.npy`) would pay a block per file it rarely needs.
 */
const TAIL_MIN_BLOCKS = 200;
/** Missing blocks this close together are fetched in one request: a round trip costs more than the gap. */
const MERGE_GAP_BLOCKS = 2;
/** Per attempt, headers and body; MODEL_SIZE_BUDGET_HTTP_TIMEOUT_MS overrides it. */
const DEFAULT_TIMEOUT_MS = 30_000;
/** Attempts per request: the first and three retries. */
const DEFAULT_ATTEMPTS = 4;
/** First backoff; doubled each retry, with jitter; a server's Retry-After wins, up to MAX_BACKOFF_MS. */
const BASE_BACKOFF_MS = 250;
const MAX_BACKOFF_MS = 10_000;
/** Least recently used blocks of every remote file, bounded in count. */
class BlockCache {
    maxBlocks;
    blocks = new Map();
    constructor(maxBlocks = MAX_CACHED_BLOCKS) {
        this.maxBlocks = maxBlocks;
    }
    get(key) {
        const block = this.blocks.get(key);
        if (block) {
            this.blocks.delete(key);
            this.blocks.set(key, block);
        }
        return block;
    }
    set(key, block) {
        this.blocks.delete(key);
        this.blocks.set(key, block);
        while (this.blocks.size > this.maxBlocks)
            this.blocks.delete(this.blocks.keys().next().value);
    }
    get size() {
        return this.blocks.size;
    }
}
const SHARED_CACHE = new BlockCache();
let nextSourceId = 0;
/**
 * A ByteSource over ranged GETs: reads go through 64 KiB blocks in a bounded cache; the blocks a
 * read misses are fetched in as few requests as possible (adjacent blocks in one), and several
 * requests at once in parallel. Every response's size and version must match the first one's: a
 * file that changes between two reads is an error naming it, never a mix of two versions.
 */
class HttpRangeSource {
    transport;
    size;
    version;
    name;
    bytesRead = 0;
    /** Set when the server ignored `Range` and `allowDownload` let the whole body be kept. */
    whole;
    inflight = new Map();
    /** The last block fetched, and how many blocks the sequential walk ending there has fetched (read-ahead). */
    walkEnd = 0;
    walkLength = 1;
    id = `${nextSourceId++}`;
    cache;
    timeoutMs;
    attempts;
    backoffMs;
    constructor(transport, size, version, options) {
        this.transport = transport;
        this.size = size;
        this.version = version;
        this.name = options.name ?? transport.url;
        this.cache = options.cache ?? SHARED_CACHE;
        this.timeoutMs = options.timeoutMs ?? timeoutFromEnvironment();
        this.attempts = options.attempts ?? DEFAULT_ATTEMPTS;
        this.backoffMs = options.backoffMs ?? BASE_BACKOFF_MS;
    }
    /**
     * Opens an object with its first request, which asks for the first block: that answers the
     * size, the version and whether ranges work, and holds the head every reader sniffs. When the
     * listing said the size, a small file is asked whole, and a large one's last block goes out in
     * parallel (same round trip); the tail is kept only if its reply agrees with the head's.
     */
    static async open(transport, options = {}) {
        const probe = new HttpRangeSource(transport, 0, undefined, options);
        const listed = options.size ?? 0;
        const headEnd = listed > 0 && listed <= WHOLE_FILE_BLOCKS * BLOCK_BYTES ? listed - 1 : BLOCK_BYTES - 1;
        const tailBlock = listed >= TAIL_MIN_BLOCKS * BLOCK_BYTES ? Math.ceil(listed / BLOCK_BYTES) - 1 : undefined;
        const tail = tailBlock === undefined ? undefined : probe.fetchTail(tailBlock * BLOCK_BYTES, listed - 1);
        let first;
        try {
            first = await probe.attempt(0, headEnd, async (reply) => {
                if (reply.status === 200 && !options.allowDownload) {
                    await reply.discard();
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RangeNotSupportedError */ .ln(transport.url, reply.size);
                }
                return { reply, bytes: await reply.bytes() };
            });
        }
        catch (error) {
            // A range of an empty object is unsatisfiable: 416 with `bytes */0`.
            if (error instanceof _transport_js__WEBPACK_IMPORTED_MODULE_2__/* .HttpStatusError */ .F9 && error.status === 416 && error.size === 0)
                first = 'empty';
            else
                throw error;
        }
        if (first === 'empty')
            return new HttpRangeSource(transport, 0, undefined, options);
        const { reply, bytes } = first;
        const size = reply.status === 200 ? bytes.length : reply.size;
        if (size === undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RemoteError */ .Hi(transport.url, 'the server did not say the size of the file (no total in Content-Range)');
        const source = new HttpRangeSource(transport, size, reply.version, options);
        if (reply.status === 200)
            source.whole = bytes;
        else
            source.keep(0, bytes);
        const tailReply = await tail;
        if (tailReply && !source.whole) {
            source.checkUnchanged(tailReply.reply);
            // A stale listing asked for the wrong span: drop it, a read asks again.
            if (size === listed)
                source.keep(tailBlock, tailReply.bytes);
        }
        return source;
    }
    /**
     * The tail asked with the head. Never fails: a tail that cannot be had (an error, a server
     * ignoring Range, whose whole body is not downloaded twice) is asked again by the read that needs it.
     */
    async fetchTail(start, end) {
        try {
            const tail = await this.attempt(start, end, async (reply) => {
                if (reply.status === 206)
                    return { reply, bytes: await reply.bytes() };
                await reply.discard();
                return { reply, bytes: new Uint8Array(0) };
            });
            return tail.reply.status === 206 ? tail : undefined;
        }
        catch {
            return undefined;
        }
    }
    async read(offset, length) {
        const target = new Uint8Array(length);
        await this.readInto(offset, target);
        return target;
    }
    async readInto(offset, target) {
        (0,_byte_source_js__WEBPACK_IMPORTED_MODULE_0__/* .checkSpan */ .$U)(this, offset, target.length);
        this.bytesRead += target.length;
        if (target.length === 0)
            return;
        if (this.whole)
            return target.set(this.whole.subarray(offset, offset + target.length));
        const first = Math.floor(offset / BLOCK_BYTES);
        const last = Math.floor((offset + target.length - 1) / BLOCK_BYTES);
        const blocks = await this.blocks([[first, last]]);
        for (let index = first; index <= last; index++) {
            const block = blocks.get(index);
            const blockStart = index * BLOCK_BYTES;
            const from = Math.max(offset, blockStart);
            const to = Math.min(offset + target.length, blockStart + block.length);
            target.set(block.subarray(from - blockStart, to - blockStart), from - offset);
        }
    }
    /**
     * Reads several spans at once: the blocks all of them miss are fetched together, neighbours in
     * one request and the rest in parallel, so a reader that knows its next spans (the local
     * headers of a zip's entries) pays one round trip for all of them.
     */
    async readSpans(spans) {
        for (const span of spans)
            (0,_byte_source_js__WEBPACK_IMPORTED_MODULE_0__/* .checkSpan */ .$U)(this, span.offset, span.length);
        const ranges = spans
            .filter((span) => span.length > 0)
            .map((span) => [Math.floor(span.offset / BLOCK_BYTES), Math.floor((span.offset + span.length - 1) / BLOCK_BYTES)]);
        if (!this.whole)
            await this.blocks(ranges);
        return Promise.all(spans.map((span) => this.read(span.offset, span.length)));
    }
    async close() { }
    key(index) {
        return `${this.id}:${index}`;
    }
    /** The blocks of the given block ranges, from the cache, from requests in flight, or fetched now. */
    async blocks(ranges) {
        const found = new Map();
        const waiting = [];
        const missing = new Set();
        for (const [first, last] of ranges) {
            for (let index = first; index <= last; index++) {
                const cached = this.cache.get(this.key(index));
                if (cached)
                    found.set(index, cached);
                else if (this.inflight.has(index))
                    waiting.push(this.inflight.get(index).then((block) => void found.set(index, block)));
                else
                    missing.add(index);
            }
        }
        for (const [first, run] of mergeRuns([...missing].sort((a, b) => a - b))) {
            const last = this.readAhead(first, run);
            const request = this.fetchBlocks(first, last);
            for (let index = first; index <= last; index++) {
                const block = request.then((blocks) => blocks[index - first]);
                block.catch(() => undefined); // observed through `waiting`; an unobserved copy must not crash the process
                this.inflight.set(index, block);
                waiting.push(block.then((value) => void found.set(index, value)));
            }
            void request
                .finally(() => {
                for (let index = first; index <= last; index++)
                    this.inflight.delete(index);
            })
                .catch(() => undefined);
        }
        await Promise.all(waiting);
        return found;
    }
    /**
     * The last block to fetch for a run of misses: a run that continues where the previous one
     * ended is a reader walking the file (a GGUF header, an index's blocks, an object graph), so it
     * asks for twice what the walk has fetched so far, up to one request's limit: a walk of N bytes
     * costs log2(N / 64 KiB) requests instead of N / 64 KiB, and at most doubles what it reads.
     */
    readAhead(first, last) {
        const lastBlock = Math.max(0, Math.ceil(this.size / BLOCK_BYTES) - 1);
        const sequential = first === this.walkEnd + 1;
        const length = sequential ? Math.max(last - first + 1, Math.min(2 * this.walkLength, MAX_BLOCKS_PER_REQUEST)) : last - first + 1;
        const end = Math.min(lastBlock, first + length - 1);
        this.walkLength = sequential ? this.walkLength + end - first + 1 : end - first + 1;
        this.walkEnd = end;
        return end;
    }
    /** Blocks `first..last` in one request (gap blocks included), cut into blocks and cached. */
    async fetchBlocks(first, last) {
        const start = first * BLOCK_BYTES;
        const end = Math.min((last + 1) * BLOCK_BYTES, this.size) - 1;
        const bytes = await this.attempt(start, end, async (reply) => {
            if (reply.status === 200) {
                await reply.discard();
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RangeNotSupportedError */ .ln(this.transport.url, reply.size);
            }
            this.checkUnchanged(reply);
            return reply.bytes();
        });
        const blocks = [];
        for (let index = first; index <= last; index++) {
            const block = bytes.subarray((index - first) * BLOCK_BYTES, Math.min((index - first + 1) * BLOCK_BYTES, bytes.length));
            this.cache.set(this.key(index), block);
            blocks.push(block);
        }
        return blocks;
    }
    /** Caches the blocks of `bytes`, which start at block `first`; a short block only when it ends the file. */
    keep(first, bytes) {
        for (let at = 0; at < bytes.length; at += BLOCK_BYTES) {
            const block = bytes.subarray(at, at + BLOCK_BYTES);
            if (block.length === BLOCK_BYTES || first * BLOCK_BYTES + at + block.length === this.size)
                this.cache.set(this.key(first + at / BLOCK_BYTES), block);
        }
    }
    checkUnchanged(reply) {
        if (reply.size !== this.size)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RemoteFileChangedError */ .x3(this.transport.url, `${this.size} bytes`, `${reply.size ?? 'an unknown number of'} bytes`);
        if (this.version !== undefined && reply.version !== undefined && reply.version !== this.version) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RemoteFileChangedError */ .x3(this.transport.url, `version ${this.version}`, `version ${reply.version}`);
        }
    }
    /**
     * One request with retries: 429, 5xx, a reset or cut connection, a body shorter than asked and
     * a timeout are retried with exponential backoff; 401/403/404 and a changed file are not.
     */
    async attempt(start, end, take) {
        for (let attempt = 1;; attempt++) {
            const signal = AbortSignal.timeout(this.timeoutMs);
            let retryAfterMs;
            let failure;
            try {
                const reply = await this.transport.get(start, end, signal);
                const result = await take(reply);
                const got = result instanceof Uint8Array ? result.length : result.bytes.length;
                const expected = reply.status === 206 && reply.size !== undefined ? Math.min(end, reply.size - 1) - start + 1 : got;
                if (got === expected)
                    return result;
                failure = `the connection closed after ${got} of ${expected} bytes`;
            }
            catch (error) {
                if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RemoteError */ .Hi)
                    throw error;
                if (error instanceof _transport_js__WEBPACK_IMPORTED_MODULE_2__/* .HttpStatusError */ .F9) {
                    if (error.status === 401 || error.status === 403 || error.status === 404)
                        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RemoteAccessError */ .fJ(this.transport.url, error.status);
                    if (error.status === 412)
                        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RemoteFileChangedError */ .x3(this.transport.url, `version ${this.version}`, 'another version');
                    if (error.status !== 429 && error.status < 500)
                        throw error.status === 416 && start === 0 ? error : new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RemoteError */ .Hi(this.transport.url, `HTTP ${error.status} to a range request`);
                    retryAfterMs = error.retryAfterMs;
                }
                failure = describeFailure(error, this.timeoutMs);
            }
            if (attempt >= this.attempts)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RemoteTransferError */ .se(this.transport.url, attempt, failure);
            const backoff = Math.min(MAX_BACKOFF_MS, retryAfterMs ?? this.backoffMs * 2 ** (attempt - 1) * (0.5 + Math.random()));
            await new Promise((resolve) => setTimeout(resolve, backoff));
        }
    }
}
/** Runs of block indexes, neighbours within MERGE_GAP_BLOCKS joined, none longer than MAX_BLOCKS_PER_REQUEST. */
function mergeRuns(sorted) {
    const runs = [];
    for (const index of sorted) {
        const run = runs[runs.length - 1];
        if (run && index - run[1] <= MERGE_GAP_BLOCKS + 1 && index - run[0] < MAX_BLOCKS_PER_REQUEST)
            run[1] = index;
        else
            runs.push([index, index]);
    }
    return runs;
}
function describeFailure(error, timeoutMs) {
    if (error instanceof _transport_js__WEBPACK_IMPORTED_MODULE_2__/* .HttpStatusError */ .F9)
        return `HTTP ${error.status}`;
    const name = error?.name;
    if (name === 'TimeoutError' || name === 'AbortError')
        return `no complete answer within ${timeoutMs} ms`;
    const cause = error?.cause;
    if (cause?.code)
        return `connection failed (${cause.code})`;
    const message = error instanceof Error ? error.message : String(error);
    return message === 'terminated' ? 'the connection was cut' : message;
}
function timeoutFromEnvironment() {
    const value = Number(process.env.MODEL_SIZE_BUDGET_HTTP_TIMEOUT_MS);
    return Number.isFinite(value) && value > 0 ? value : DEFAULT_TIMEOUT_MS;
}


/***/ }),

/***/ 2947:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _Y: () => (/* binding */ findRemote)
/* harmony export */ });
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7336);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9888);
/* harmony import */ var _remote_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6619);
/* harmony import */ var _remote_path_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3245);
/* harmony import */ var _transfer_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4148);







/**
 * Lists what remote paths name (`s3://`, `gs://`, `hf://`, `https://`): a file, or every object
 * under a folder, to be grouped into checkpoints by the pipeline as files on disk are. The
 * providers' clients are loaded here, on first use, never at start-up.
 */
async function findRemote(paths, options = {}) {
    const roots = new Map();
    const found = new Set();
    const named = [];
    for (const written of paths) {
        const { root, store } = await storeFor(written);
        let files = roots.get(root);
        if (!files) {
            files = new _remote_files_js__WEBPACK_IMPORTED_MODULE_2__/* .RemoteFiles */ .A(await store(), options);
            roots.set(root, files);
        }
        const base = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .displayUrl */ .Qy)(written).replace(/\/$/, '');
        // As the walk does on disk: VCS internals, dependencies and caches are not searched.
        const objects = (await files.find(written)).filter((path) => !path
            .slice(base.length)
            .split('/')
            .some((segment) => SKIPPED_DIRS.has(segment)));
        for (const path of objects)
            found.add(path);
        if (objects.length === 1 && objects[0] === base)
            named.push(objects[0]);
    }
    const ordered = [...roots.keys()].sort((a, b) => b.length - a.length);
    return {
        files: [...found].sort(),
        named,
        filesFor: (path) => {
            const root = ordered.find((prefix) => path.startsWith(prefix));
            return root === undefined ? undefined : roots.get(root);
        }
    };
}
const SKIPPED_DIRS = new Set(_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .NOT_SEARCHED_DIRS */ .t);
/** The root every path of one store starts with, and how to make the store (lazily loaded). */
async function storeFor(written) {
    const remote = (0,_remote_path_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRemotePath */ .d)(written);
    switch (remote.scheme) {
        case 's3':
            return { root: `s3://${remote.bucket}/`, store: async () => new (await __webpack_require__.e(/* import() */ 6437).then(__webpack_require__.bind(__webpack_require__, 6437))).S3Store(remote.bucket) };
        case 'gs':
            return { root: `gs://${remote.bucket}/`, store: async () => new (await __webpack_require__.e(/* import() */ 6416).then(__webpack_require__.bind(__webpack_require__, 6416))).GcsStore(remote.bucket) };
        case 'hf': {
            const trimmed = written.replace(/\/$/, '');
            const root = remote.path === '' ? trimmed : trimmed.slice(0, trimmed.length - remote.path.length - 1);
            return { root: `${root}/`, store: async () => new (await __webpack_require__.e(/* import() */ 1045).then(__webpack_require__.bind(__webpack_require__, 1045))).HubStore(remote, written) };
        }
        case 'https':
            return { root: `${new URL(written).origin}/`, store: async () => new (await __webpack_require__.e(/* import() */ 302).then(__webpack_require__.bind(__webpack_require__, 302))).HttpsStore() };
    }
}


/***/ }),

/***/ 6619:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ RemoteFiles),
/* harmony export */   T: () => (/* binding */ RoutedFiles)
/* harmony export */ });
/* harmony import */ var _checkpoint_files_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9366);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9888);
/* harmony import */ var _http_range_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5997);



/**
 * CheckpointFiles over remote objects: readers find companions (a checkpoint's `.index` and data
 * shards, a shard index's safetensors) by listing the folder, as on disk. One range source is
 * kept per object, so the sniff's first block serves the reader that follows it.
 */
class RemoteFiles {
    store;
    options;
    objects = new Map();
    folders = new Map();
    sources = new Map();
    /** Folders listed recursively by `find`: everything below them is known without another request. */
    complete = [];
    constructor(store, options = {}) {
        this.store = store;
        this.options = options;
    }
    /** The paths of the objects a path names (one file, or everything under a folder). */
    async find(path) {
        const root = path.replace(/\/$/, '');
        const found = await this.store.find(root);
        for (const object of found)
            this.objects.set(object.path, object);
        if (!(found.length === 1 && found[0].path === root))
            this.complete.push(root);
        return found.map((object) => object.path).sort();
    }
    async open(path) {
        let source = this.sources.get(path);
        if (!source) {
            source = this.objectOf(path).then(async (object) => {
                if (!object)
                    throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
                return _http_range_source_js__WEBPACK_IMPORTED_MODULE_2__/* .HttpRangeSource */ .xb.open(await object.transport(), { ...this.options, name: path, size: object.size });
            });
            this.sources.set(path, source);
        }
        return source;
    }
    async size(path) {
        const object = await this.objectOf(path);
        if (!object)
            return undefined;
        if (object.size !== undefined)
            return object.size;
        try {
            return (await this.open(path)).size;
        }
        catch (error) {
            if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RemoteAccessError */ .fJ && error.status === 404)
                return undefined;
            throw error;
        }
    }
    async list(dir) {
        return this.folder(dir);
    }
    async objectOf(path) {
        if (!this.objects.has(path))
            await this.folder((0,_checkpoint_files_js__WEBPACK_IMPORTED_MODULE_0__/* .dirname */ .pD)(path));
        return this.objects.get(path) ?? this.store.objectAt?.(path);
    }
    folder(dir) {
        let names = this.folders.get(dir);
        if (!names) {
            const known = this.complete.some((root) => dir === root || dir.startsWith(`${root}/`));
            names = known
                ? Promise.resolve(this.namesBelow(dir, []))
                : this.store.listFolder(dir).then(({ objects, folders }) => {
                    for (const object of objects)
                        if (!this.objects.has(object.path))
                            this.objects.set(object.path, object);
                    return this.namesBelow(dir, folders);
                });
            this.folders.set(dir, names);
        }
        return names;
    }
    /** The entries of `dir` among the objects known: files, and the first segment of deeper paths. */
    namesBelow(dir, folders) {
        const entries = new Set(folders);
        const prefix = `${dir}/`;
        for (const path of this.objects.keys())
            if (path.startsWith(prefix))
                entries.add(path.slice(prefix.length).split('/')[0]);
        return [...entries].sort();
    }
}
/** Routes remote paths to their RemoteFiles and every other path to the workspace's files. */
class RoutedFiles {
    local;
    remote;
    constructor(local, remote) {
        this.local = local;
        this.remote = remote;
    }
    open(path) {
        return (this.remote(path) ?? this.local).open(path);
    }
    size(path) {
        return (this.remote(path) ?? this.local).size(path);
    }
    list(dir) {
        return (this.remote(dir) ?? this.local).list(dir);
    }
}


/***/ }),

/***/ 586:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C5: () => (/* binding */ parseContentRange),
/* harmony export */   F9: () => (/* binding */ HttpStatusError),
/* harmony export */   G5: () => (/* binding */ HttpTransport)
/* harmony export */ });
/* harmony import */ var _transfer_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4148);

/** A status a transport does not handle itself; `size` is Content-Range's total on a 416. */
class HttpStatusError extends Error {
    status;
    retryAfterMs;
    size;
    constructor(status, retryAfterMs, size) {
        super(`HTTP ${status}`);
        this.status = status;
        this.retryAfterMs = retryAfterMs;
        this.size = size;
    }
}
/** Redirects followed per request (a hub's `resolve` URL to its storage, and perhaps one more). */
const MAX_REDIRECTS = 5;
/** An expiring link is renewed this long before it expires, so that no request races the expiry. */
const EXPIRY_MARGIN_MS = 30_000;
/**
 * Range GETs with Node's fetch (undici). Redirects are followed here, not by fetch: each hop is
 * a request to count, `Authorization` must not follow a redirect to another origin (the storage
 * a hub redirects to rejects a token it did not issue), and the final URL is kept so that the
 * next range goes there directly. `endpoint` is called again when its link has expired.
 */
class HttpTransport {
    url;
    endpoint;
    current;
    /** Where the last request ended up after redirects; asked directly next time. */
    redirected;
    constructor(url, endpoint = async () => ({ url })) {
        this.url = url;
        this.endpoint = endpoint;
    }
    async get(start, end, signal) {
        const endpoint = await this.fresh();
        let url = this.redirected ?? endpoint.url;
        let headers = { ...(this.redirected ? {} : endpoint.headers), range: `bytes=${start}-${end}`, 'accept-encoding': 'identity' };
        for (let hop = 0;; hop++) {
            _transfer_js__WEBPACK_IMPORTED_MODULE_0__/* .TRANSFER */ .o.requests++;
            const response = await fetch(url, { headers, redirect: 'manual', signal });
            const location = response.headers.get('location');
            if (response.status >= 300 && response.status < 400 && location) {
                await response.body?.cancel();
                if (hop >= MAX_REDIRECTS)
                    throw new HttpStatusError(response.status);
                const next = new URL(location, url);
                if (next.origin !== new URL(url).origin)
                    headers = withoutAuthorization(headers);
                url = next.href;
                this.redirected = url;
                continue;
            }
            return reply(response);
        }
    }
    async fresh() {
        if (!this.current || (this.current.expiresAt !== undefined && this.current.expiresAt - EXPIRY_MARGIN_MS < Date.now())) {
            this.current = await this.endpoint();
            this.redirected = undefined;
        }
        return this.current;
    }
}
function withoutAuthorization(headers) {
    return Object.fromEntries(Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'authorization'));
}
function reply(response) {
    const status = response.status;
    const range = parseContentRange(response.headers.get('content-range'));
    if (status !== 200 && status !== 206) {
        void response.body?.cancel();
        throw new HttpStatusError(status, retryAfterMs(response.headers.get('retry-after')), range?.size);
    }
    const length = response.headers.get('content-length');
    return {
        status,
        size: status === 206 ? range?.size : length === null ? undefined : Number(length),
        version: response.headers.get('etag') ?? response.headers.get('x-goog-generation') ?? undefined,
        bytes: async () => {
            const bytes = new Uint8Array(await response.arrayBuffer());
            _transfer_js__WEBPACK_IMPORTED_MODULE_0__/* .TRANSFER */ .o.bytes += bytes.length;
            return bytes;
        },
        discard: async () => {
            await response.body?.cancel().catch(() => undefined);
        }
    };
}
/** `bytes 0-99/1234` → size 1234; an unsatisfied range (a 416) as `bytes *` + `/1234` → 1234; a total of `*` → undefined. */
function parseContentRange(value) {
    const match = value === null ? null : /^bytes (?:\d+-\d+|\*)\/(\d+|\*)$/.exec(value.trim());
    if (!match)
        return undefined;
    return { size: match[1] === '*' ? undefined : Number(match[1]) };
}
/** Retry-After in seconds or as an HTTP date. */
function retryAfterMs(value) {
    if (value === null)
        return undefined;
    const seconds = Number(value);
    if (Number.isFinite(seconds))
        return Math.max(0, seconds * 1000);
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}


/***/ })

};

//# sourceMappingURL=2947.index.js.map