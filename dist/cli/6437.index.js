export const id = 6437;
export const ids = [6437];
export const modules = {

/***/ 6437:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S3Store: () => (/* binding */ S3Store)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9888);
/* harmony import */ var _transfer_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4148);
/* harmony import */ var _transport_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(586);



let sdk;
const loadSdk = () => (sdk ??= __webpack_require__.e(/* import() */ 3711).then(__webpack_require__.t.bind(__webpack_require__, 3711, 19)));
/**
 * S3 through the AWS SDK with its default credential chain (environment, profile, SSO, web
 * identity, instance role). The range source does the retrying, so the client makes one attempt
 * per request. AWS_ENDPOINT_URL_S3 / AWS_ENDPOINT_URL point it at an S3-compatible server
 * (MinIO, R2, a local test server), which is then addressed path-style.
 */
class S3Store {
    bucket;
    client;
    constructor(bucket) {
        this.bucket = bucket;
    }
    async find(path) {
        const key = keyOf(path, this.bucket);
        const objects = await this.listObjects(key, undefined);
        const exact = objects.find((object) => object.path === path);
        if (exact)
            return [exact];
        const prefix = key === '' ? '' : `${key}/`;
        const below = objects.filter((object) => object.path.startsWith(`s3://${this.bucket}/${prefix}`));
        if (below.length === 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RemoteError */ .Hi(path, 'no object and no folder at this key', 'Check the bucket and the key.');
        return below;
    }
    async listFolder(dir) {
        const key = keyOf(dir, this.bucket);
        const folders = [];
        const objects = await this.listObjects(key === '' ? '' : `${key}/`, '/', folders);
        return { objects, folders };
    }
    /** Objects under `prefix`; with a delimiter, only its own, and the names of its subfolders go to `folders`. */
    async listObjects(prefix, delimiter, folders = []) {
        const { ListObjectsV2Command } = await loadSdk();
        const client = await this.s3();
        const objects = [];
        let token;
        do {
            _transfer_js__WEBPACK_IMPORTED_MODULE_1__/* .TRANSFER */ .o.requests++;
            const page = await sendOrThrow(`s3://${this.bucket}/${prefix}`, () => client.send(new ListObjectsV2Command({ Bucket: this.bucket, Prefix: prefix, Delimiter: delimiter, ContinuationToken: token })));
            for (const entry of page.Contents ?? []) {
                if (!entry.Key || entry.Key.endsWith('/'))
                    continue;
                objects.push(this.object(entry.Key, entry.Size));
            }
            for (const common of page.CommonPrefixes ?? [])
                if (common.Prefix)
                    folders.push(common.Prefix.slice(prefix.length).replace(/\/$/, ''));
            token = page.IsTruncated ? page.NextContinuationToken : undefined;
        } while (token);
        return objects;
    }
    object(key, size) {
        return { path: `s3://${this.bucket}/${key}`, size, transport: async () => new S3Transport(await this.s3(), this.bucket, key) };
    }
    s3() {
        return (this.client ??= loadSdk().then(({ S3Client }) => {
            const endpoint = process.env.AWS_ENDPOINT_URL_S3 ?? process.env.AWS_ENDPOINT_URL;
            return new S3Client({
                maxAttempts: 1,
                followRegionRedirects: true,
                region: process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1',
                ...(endpoint ? { endpoint, forcePathStyle: true } : {})
            });
        }));
    }
}
/** Ranged GetObject calls as range replies. */
class S3Transport {
    client;
    bucket;
    key;
    url;
    constructor(client, bucket, key) {
        this.client = client;
        this.bucket = bucket;
        this.key = key;
        this.url = `s3://${bucket}/${key}`;
    }
    async get(start, end, signal) {
        const { GetObjectCommand } = await loadSdk();
        _transfer_js__WEBPACK_IMPORTED_MODULE_1__/* .TRANSFER */ .o.requests++;
        const output = await sendOrStatus(() => this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: this.key, Range: `bytes=${start}-${end}` }), { abortSignal: signal }));
        const partial = output.ContentRange !== undefined;
        return {
            status: partial ? 206 : 200,
            size: partial ? (0,_transport_js__WEBPACK_IMPORTED_MODULE_2__/* .parseContentRange */ .C5)(output.ContentRange ?? null)?.size : output.ContentLength,
            version: output.ETag,
            bytes: async () => {
                const bytes = (await output.Body?.transformToByteArray()) ?? new Uint8Array(0);
                _transfer_js__WEBPACK_IMPORTED_MODULE_1__/* .TRANSFER */ .o.bytes += bytes.length;
                return bytes;
            },
            discard: async () => {
                const body = output.Body;
                body?.destroy?.();
            }
        };
    }
}
/** An SDK error's HTTP status as the range source's HttpStatusError; network errors pass as they are. */
async function sendOrStatus(send) {
    try {
        return await send();
    }
    catch (error) {
        const status = error.$metadata?.httpStatusCode;
        if (status !== undefined)
            throw new _transport_js__WEBPACK_IMPORTED_MODULE_2__/* .HttpStatusError */ .F9(status, undefined, status === 416 ? 0 : undefined);
        throw error;
    }
}
async function sendOrThrow(url, send) {
    try {
        return await sendOrStatus(send);
    }
    catch (error) {
        if (error instanceof _transport_js__WEBPACK_IMPORTED_MODULE_2__/* .HttpStatusError */ .F9) {
            if (error.status === 401 || error.status === 403 || error.status === 404)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RemoteAccessError */ .fJ(url, error.status, S3_FIX[error.status]);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RemoteError */ .Hi(url, `HTTP ${error.status} to the listing`);
        }
        const name = error.name ?? 'error';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RemoteError */ .Hi(url, `the listing failed (${name}: ${error.message})`, 'Check the AWS credentials, region and endpoint in the environment.');
    }
}
const S3_FIX = {
    401: 'Set AWS credentials in the environment (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, a profile, or a role).',
    403: 'The AWS credentials in the environment may not list or read this bucket (s3:ListBucket, s3:GetObject).',
    404: 'No such bucket: check its name and AWS_REGION.'
};
function keyOf(path, bucket) {
    return path.slice(`s3://${bucket}/`.length);
}


/***/ })

};

//# sourceMappingURL=6437.index.js.map