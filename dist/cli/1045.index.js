export const id = 1045;
export const ids = [1045];
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

/***/ 1045:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HubStore: () => (/* binding */ HubStore)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9888);
/* harmony import */ var _fetch_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5226);
/* harmony import */ var _transport_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(586);



/**
 * The Hugging Face Hub: folders are listed with the tree API (paginated by `Link: rel="next"`),
 * files read from `{endpoint}/{repo}/resolve/{revision}/{path}`, which redirects LFS files to
 * their storage. HF_ENDPOINT and HF_TOKEN are the variables huggingface_hub reads; the token goes
 * only to the hub (the transport drops it on a redirect to another origin).
 */
class HubStore {
    root;
    written;
    endpoint = (process.env.HF_ENDPOINT ?? 'https://huggingface.co').replace(/\/$/, '');
    token = process.env.HF_TOKEN ?? process.env.HUGGING_FACE_HUB_TOKEN;
    /** `root` as written: paths under it keep its form (`hf://org/model@rev/...`). */
    constructor(root, written) {
        this.root = root;
        this.written = written;
    }
    async find(path) {
        const inRepo = this.inRepo(path);
        if (inRepo !== '') {
            // Whether the path is a file shows in its folder's listing.
            const parent = inRepo.includes('/') ? inRepo.slice(0, inRepo.lastIndexOf('/')) : '';
            const entry = (await this.tree(parent, false)).find((candidate) => candidate.path === inRepo);
            if (!entry)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RemoteError */ .Hi(path, 'no such file or folder in the repository', 'Check the repository, revision and path.');
            if (entry.type === 'file')
                return [this.object(entry)];
        }
        return (await this.tree(inRepo, true)).filter((entry) => entry.type === 'file').map((entry) => this.object(entry));
    }
    async listFolder(dir) {
        let entries;
        try {
            entries = await this.tree(this.inRepo(dir), false);
        }
        catch {
            return { objects: [], folders: [] }; // a folder that is not there has no companions
        }
        return {
            objects: entries.filter((entry) => entry.type === 'file').map((entry) => this.object(entry)),
            folders: entries.filter((entry) => entry.type === 'directory').map((entry) => entry.path.slice(entry.path.lastIndexOf('/') + 1))
        };
    }
    object(entry) {
        const url = `${this.endpoint}/${this.repoUrlPart()}/resolve/${encodeURIComponent(this.root.revision)}/${entry.path.split('/').map(encodeURIComponent).join('/')}`;
        const headers = this.headers();
        return { path: this.pathOf(entry.path), size: entry.size, transport: async () => new _transport_js__WEBPACK_IMPORTED_MODULE_2__/* .HttpTransport */ .G5(url, async () => ({ url, headers })) };
    }
    async tree(inRepo, recursive) {
        const entries = [];
        const path = inRepo === '' ? '' : `/${inRepo.split('/').map(encodeURIComponent).join('/')}`;
        let url = `${this.endpoint}/api/${this.root.repoType}s/${this.root.repo}/tree/${encodeURIComponent(this.root.revision)}${path}${recursive ? '?recursive=true' : ''}`;
        while (url) {
            const page = await (0,_fetch_json_js__WEBPACK_IMPORTED_MODULE_1__/* .fetchJson */ .x)(url, {
                headers: this.headers(),
                fix: 'For a private or gated repository set HF_TOKEN; check the repository, revision and path.'
            });
            if (!Array.isArray(page.json))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RemoteError */ .Hi(url, 'the tree listing is not a JSON array');
            entries.push(...page.json.filter((entry) => typeof entry?.path === 'string'));
            url = page.next;
        }
        return entries;
    }
    headers() {
        return this.token ? { authorization: `Bearer ${this.token}` } : {};
    }
    repoUrlPart() {
        return this.root.repoType === 'model' ? this.root.repo : `${this.root.repoType}s/${this.root.repo}`;
    }
    /** The repository's root as written (`hf://org/model@rev`), without the path inside it. */
    prefix() {
        const rest = this.root.path === '' ? this.written.replace(/\/$/, '') : this.written.slice(0, this.written.replace(/\/$/, '').length - this.root.path.length - 1);
        return rest;
    }
    inRepo(path) {
        const prefix = this.prefix();
        return path === prefix ? '' : path.slice(prefix.length + 1);
    }
    pathOf(inRepo) {
        return `${this.prefix()}/${inRepo}`;
    }
}


/***/ })

};

//# sourceMappingURL=1045.index.js.map