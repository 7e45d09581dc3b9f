export const id = 6416;
export const ids = [6416];
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

/***/ 6416:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GcsStore: () => (/* binding */ GcsStore)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9888);
/* harmony import */ var _fetch_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5226);
/* harmony import */ var _transport_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(586);



const READ_ONLY_SCOPE = 'https://www.googleapis.com/auth/devstorage.read_only';
/**
 * Google Cloud Storage through its JSON API: objects.list for folders, `alt=media` for ranges.
 * Credentials are the application-default ones (google-auth-library, loaded on first use); with
 * none, requests go unauthenticated, which public buckets allow. STORAGE_EMULATOR_HOST (the
 * variable Google's clients read) points it at an emulator, without credentials.
 */
class GcsStore {
    bucket;
    emulator = process.env.STORAGE_EMULATOR_HOST;
    base = this.emulator
        ? (/^https?:\/\//.test(this.emulator) ? this.emulator : `http://${this.emulator}`).replace(/\/$/, '')
        : 'https://storage.googleapis.com';
    auth;
    constructor(bucket) {
        this.bucket = bucket;
    }
    async find(path) {
        const name = path.slice(`gs://${this.bucket}/`.length);
        const objects = await this.listObjects(name, false);
        const exact = objects.find((object) => object.path === path);
        if (exact)
            return [exact];
        const below = objects.filter((object) => name === '' || object.path.startsWith(`${path}/`));
        if (below.length === 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RemoteError */ .Hi(path, 'no object and no folder at this name', 'Check the bucket and the name.');
        return below;
    }
    async listFolder(dir) {
        const name = dir.slice(`gs://${this.bucket}/`.length);
        const folders = [];
        const objects = await this.listObjects(name === '' ? '' : `${name}/`, true, folders);
        return { objects, folders };
    }
    /** Objects under `prefix`; with `folderOnly`, only its own, and the names of its subfolders go to `folders`. */
    async listObjects(prefix, folderOnly, folders = []) {
        const objects = [];
        let pageToken;
        do {
            const query = new URLSearchParams({
                prefix,
                fields: 'items(name,size),prefixes,nextPageToken',
                ...(folderOnly ? { delimiter: '/' } : {}),
                ...(pageToken ? { pageToken } : {})
            });
            const url = `${this.base}/storage/v1/b/${encodeURIComponent(this.bucket)}/o?${query}`;
            const { json } = await (0,_fetch_json_js__WEBPACK_IMPORTED_MODULE_1__/* .fetchJson */ .x)(url, { headers: await this.headers(), fix: GCS_FIX });
            const page = json;
            for (const item of page.items ?? []) {
                if (item.name.endsWith('/'))
                    continue;
                objects.push(this.object(item.name, item.size === undefined ? undefined : Number(item.size)));
            }
            for (const folder of page.prefixes ?? [])
                folders.push(folder.slice(prefix.length).replace(/\/$/, ''));
            pageToken = page.nextPageToken;
        } while (pageToken);
        return objects;
    }
    object(name, size) {
        const url = `${this.base}/storage/v1/b/${encodeURIComponent(this.bucket)}/o/${encodeURIComponent(name)}?alt=media`;
        return {
            path: `gs://${this.bucket}/${name}`,
            size,
            transport: async () => new _transport_js__WEBPACK_IMPORTED_MODULE_2__/* .HttpTransport */ .G5(`gs://${this.bucket}/${name}`, async () => ({ url, headers: await this.headers() }))
        };
    }
    async headers() {
        if (this.emulator)
            return {};
        this.auth ??= (async () => {
            try {
                const { GoogleAuth } = await __webpack_require__.e(/* import() */ 492).then(__webpack_require__.t.bind(__webpack_require__, 492, 23));
                const client = await new GoogleAuth({ scopes: READ_ONLY_SCOPE }).getClient();
                return async () => Object.fromEntries((await client.getRequestHeaders()).entries());
            }
            catch {
                return async () => ({}); // no application-default credentials: public buckets still read
            }
        })();
        return (await this.auth)();
    }
}
const GCS_FIX = 'Set application-default credentials (GOOGLE_APPLICATION_CREDENTIALS, or google-github-actions/auth in a workflow) that may read the bucket.';


/***/ })

};

//# sourceMappingURL=6416.index.js.map