export const id = 302;
export const ids = [302];
export const modules = {

/***/ 20302:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HttpsStore: () => (/* binding */ HttpsStore)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49888);
/* harmony import */ var _transport_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50586);


/**
 * A plain HTTPS server: a URL names one file (no listing exists). Companions (a checkpoint's data
 * shard next to its `.index`) are tried at their URL beside it; one that answers 404 is missing.
 * A query string (a presigned URL's signature) is kept for requests and cut from the path shown.
 */
class HttpsStore {
    queries = new Map();
    async find(url) {
        const path = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .displayUrl */ .Qy)(url);
        this.queries.set(path, url.slice(path.length));
        return [this.objectAt(path)];
    }
    async listFolder() {
        return { objects: [], folders: [] };
    }
    objectAt(path) {
        const url = path + (this.queries.get(path) ?? '');
        return { path, transport: async () => new _transport_js__WEBPACK_IMPORTED_MODULE_1__/* .HttpTransport */ .G5(url) };
    }
}


/***/ })

};

//# sourceMappingURL=302.index.js.map