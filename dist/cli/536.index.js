export const id = 536;
export const ids = [536];
export const modules = {

/***/ 5226:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ fetchJson)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9888);
/* harmony import */ var _http_range_source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5997);
/* harmony import */ var _transfer_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4148);



/** Listing answers larger than this are refused (a hostile server must not fill the runner's memory). */
const MAX_LISTING_BYTES = 64 * 1024 * 1024;
/**
 * A GET or POST of JSON for listings and the LFS batch API, counted in TRANSFER; 401/403/404 are
 * RemoteAccessErrors naming the URL, other failures RemoteErrors. Returns the body and the
 * `Link` header's next page, if any.
 */
async function fetchJson(url, init = {}) {
    let response;
    try {
        _transfer_js__WEBPACK_IMPORTED_MODULE_2__/* .TRANSFER */ .o.requests++;
        response = await fetch(url, {
            method: init.body === undefined ? 'GET' : 'POST',
            headers: init.headers,
            body: init.body === undefined ? undefined : JSON.stringify(init.body),
            signal: AbortSignal.timeout(_http_range_source_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_TIMEOUT_MS */ .t1)
        });
    }
    catch (error) {
        const cause = error.cause?.code;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RemoteError */ .Hi(url, `the request failed (${cause ?? error.message})`);
    }
    if (response.status === 401 || response.status === 403 || response.status === 404) {
        await response.body?.cancel();
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RemoteAccessError */ .fJ(url, response.status, init.fix);
    }
    const text = await response.text();
    _transfer_js__WEBPACK_IMPORTED_MODULE_2__/* .TRANSFER */ .o.bytes += text.length;
    if (!response.ok)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RemoteError */ .Hi(url, `HTTP ${response.status}${text ? `: ${text.slice(0, 200)}` : ''}`);
    if (text.length > MAX_LISTING_BYTES)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RemoteError */ .Hi(url, `the answer is over ${MAX_LISTING_BYTES} bytes`);
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RemoteError */ .Hi(url, 'the answer is not JSON');
    }
    const next = /<([^>]+)>;\s*rel="next"/.exec(response.headers.get('link') ?? '')?.[1];
    return { json, ...(next ? { next: new URL(next, url).href } : {}) };
}


/***/ }),

/***/ 536:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LfsBatchClient: () => (/* binding */ LfsBatchClient),
/* harmony export */   LfsFiles: () => (/* binding */ LfsFiles),
/* harmony export */   findLfsEndpoint: () => (/* binding */ findLfsEndpoint)
/* harmony export */ });
/* unused harmony exports parseLfsPointer, httpsRemote */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _core_limits_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6419);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9888);
/* harmony import */ var _fetch_json_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5226);
/* harmony import */ var _http_range_source_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5997);
/* harmony import */ var _transport_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(586);








/** Parses a pointer file; undefined when the bytes are no pointer. */
function parseLfsPointer(bytes) {
    if (!(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .looksLikeLfsPointer */ .K2)(bytes))
        return undefined;
    const text = new TextDecoder().decode(bytes);
    const oid = /^oid sha256:([0-9a-f]{64})$/m.exec(text)?.[1];
    const size = /^size (\d+)$/m.exec(text)?.[1];
    return oid && size ? { oid, size: Number(size) } : undefined;
}
/**
 * The Git LFS batch API of one repository (git-lfs docs/api/batch.md): `POST {lfs}/objects/batch`
 * with `operation: download` and the `basic` transfer answers, per object, an `href` with the
 * headers to send and when it expires. The href is then read by ranges; nothing is downloaded.
 */
class LfsBatchClient {
    endpoint;
    token;
    constructor(
    /** The LFS endpoint, `https://github.com/OWNER/REPO.git/info/lfs`. */
    endpoint, token) {
        this.endpoint = endpoint;
        this.token = token;
    }
    /** Where to read an object; called again by the transport when the href has expired. */
    async download(object, file) {
        const url = `${this.endpoint}/objects/batch`;
        const headers = { accept: LFS_MEDIA_TYPE, 'content-type': LFS_MEDIA_TYPE };
        if (this.token)
            headers.authorization = `Basic ${Buffer.from(`x-access-token:${this.token}`).toString('base64')}`;
        const { json } = await (0,_fetch_json_js__WEBPACK_IMPORTED_MODULE_5__/* .fetchJson */ .x)(url, {
            headers,
            body: { operation: 'download', transfers: ['basic'], objects: [{ oid: object.oid, size: object.size }], hash_algo: 'sha256' },
            fix: 'The LFS batch API needs a token that may read the repository (the github-token input, or GITHUB_TOKEN for the CLI).'
        });
        const answer = json.objects?.find((candidate) => candidate.oid === object.oid);
        if (answer?.error)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RemoteError */ .Hi(file, `the Git LFS server has no object ${object.oid.slice(0, 12)} (${answer.error.code}: ${answer.error.message})`, 'Push the LFS objects (git lfs push --all origin), or check out with lfs: true.');
        const download = answer?.actions?.download;
        if (!download?.href)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RemoteError */ .Hi(url, `the batch answer has no download action for ${file}`);
        const expiresAt = download.expires_in !== undefined ? Date.now() + download.expires_in * 1000 : download.expires_at ? Date.parse(download.expires_at) : undefined;
        return { url: download.href, headers: download.header ?? {}, ...(expiresAt !== undefined && !Number.isNaN(expiresAt) ? { expiresAt } : {}) };
    }
}
const LFS_MEDIA_TYPE = 'application/vnd.git-lfs+json';
/**
 * CheckpointFiles that read a Git LFS pointer as the object it points to (`lfs: ranges`): its
 * size is the pointer's `size`, its bytes come by ranges from the LFS server. Other files pass
 * through. Wraps the workspace as well as a base commit's tree, so both sides of a diff come
 * from pointers and neither needs `lfs: true`.
 */
class LfsFiles {
    inner;
    client;
    options;
    pointers = new Map();
    sources = new Map();
    constructor(inner, client, options = {}) {
        this.inner = inner;
        this.client = client;
        this.options = options;
    }
    async open(path) {
        const object = await this.pointer(path);
        if (!object)
            return this.inner.open(path);
        // One source per object, so that the sniff's first block serves the reader that follows it.
        let source = this.sources.get(path);
        if (!source) {
            source = this.openObject(path, object);
            this.sources.set(path, source);
        }
        return source;
    }
    async openObject(path, object) {
        const transport = new _transport_js__WEBPACK_IMPORTED_MODULE_7__/* .HttpTransport */ .G5(`${this.client.endpoint} object ${object.oid.slice(0, 12)} (${path})`, () => this.client.download(object, path));
        const source = await _http_range_source_js__WEBPACK_IMPORTED_MODULE_6__/* .HttpRangeSource */ .xb.open(transport, { ...this.options, name: path, size: object.size });
        if (source.size !== object.size)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RemoteError */ .Hi(path, `the LFS object has ${source.size} bytes but its pointer says ${object.size}`);
        return source;
    }
    async size(path) {
        const size = await this.inner.size(path);
        if (size === undefined)
            return size;
        return (await this.pointer(path))?.size ?? size;
    }
    list(dir) {
        return this.inner.list(dir);
    }
    pointer(path) {
        let pointer = this.pointers.get(path);
        if (!pointer) {
            pointer = this.readPointer(path);
            this.pointers.set(path, pointer);
        }
        return pointer;
    }
    async readPointer(path) {
        // The source's size, not `inner.size`: a git tree already answers a pointer's object size there.
        if ((await this.inner.size(path)) === undefined)
            return undefined;
        const source = await this.inner.open(path);
        try {
            return source.size > _core_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_LFS_POINTER_BYTES */ .Xe ? undefined : parseLfsPointer(await source.read(0, source.size));
        }
        finally {
            await source.close();
        }
    }
}
/**
 * The repository's LFS endpoint as git-lfs finds it: `lfs.url` if set, else the `origin` remote
 * (+ `.git/info/lfs`; an SSH remote as its HTTPS form), else GITHUB_SERVER_URL/GITHUB_REPOSITORY.
 */
async function findLfsEndpoint(cwd, env = process.env) {
    const configured = await gitOutput(cwd, ['config', '--get', 'lfs.url']);
    if (configured)
        return configured.replace(/\/$/, '');
    const origin = await gitOutput(cwd, ['remote', 'get-url', 'origin']);
    const remote = origin ? httpsRemote(origin) : env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}` : undefined;
    if (!remote)
        return undefined;
    return remote.endsWith('.git') ? `${remote}/info/lfs` : `${remote}.git/info/lfs`;
}
/** `git@github.com:o/r.git` and `ssh://git@github.com/o/r` → `https://github.com/o/r…`; credentials in a URL are dropped. */
function httpsRemote(remote) {
    const scp = /^[^@/]+@([^:/]+):(.+)$/.exec(remote);
    if (scp)
        return `https://${scp[1]}/${scp[2]}`.replace(/\/$/, '');
    try {
        const url = new URL(remote);
        if (url.protocol === 'ssh:')
            return `https://${url.hostname}${url.pathname}`.replace(/\/$/, '');
        if (url.protocol !== 'https:' && url.protocol !== 'http:')
            return undefined;
        url.username = '';
        url.password = '';
        return url.href.replace(/\/$/, '');
    }
    catch {
        return undefined;
    }
}
async function gitOutput(cwd, args) {
    try {
        const { stdout } = await (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', args, { cwd, encoding: 'utf8', timeout: 10_000 });
        return stdout.trim() || undefined;
    }
    catch {
        return undefined;
    }
}


/***/ })

};

//# sourceMappingURL=536.index.js.map