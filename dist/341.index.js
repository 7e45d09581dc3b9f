export const id = 341;
export const ids = [341];
export const modules = {

/***/ 70341:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   measureRemoteBaseline: () => (/* binding */ measureRemoteBaseline)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _core_limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36419);
/* harmony import */ var _io_remote_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12947);
/* harmony import */ var _io_remote_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(49888);
/* harmony import */ var _pipeline_measure_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(68685);
/* harmony import */ var _report_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(34540);






/**
 * A baseline where it lives (`--baseline s3://…`, input `baseline: hf://org/model@v1`): a report
 * JSON read whole, or a folder of base checkpoints measured by ranges. Ids are relative to the
 * folder, as for a base directory on disk, so they match the head's.
 */
async function measureRemoteBaseline(path, options = {}) {
    const found = await (0,_io_remote_index_js__WEBPACK_IMPORTED_MODULE_2__/* .findRemote */ ._Y)([path], { allowDownload: options.allowDownload });
    const root = (0,_io_remote_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .displayUrl */ .Qy)(path).replace(/\/$/, '');
    const files = found.filesFor(root + '/');
    if (found.named.length === 1 && root.endsWith('.json')) {
        const source = await files.open(root);
        if (source.size > _core_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_BASELINE_REPORT_BYTES */ .CI)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${root}: ${source.size} bytes is too large for a report JSON; give a report or a folder of base checkpoints.`);
        return (0,_report_file_js__WEBPACK_IMPORTED_MODULE_5__/* .loadBaselineReport */ .g)(new TextDecoder().decode(await source.read(0, source.size)), root);
    }
    const relative = found.files.map((file) => file.slice(root.length + 1));
    return (0,_pipeline_measure_js__WEBPACK_IMPORTED_MODULE_4__/* .measure */ .x)(relative, new PrefixedFiles(files, root), options);
}
/** Files named relative to a remote folder: `model.ckpt.index` is `s3://bucket/base/model.ckpt.index`. */
class PrefixedFiles {
    inner;
    root;
    constructor(inner, root) {
        this.inner = inner;
        this.root = root;
    }
    full(path) {
        return path === '.' || path === '' ? this.root : `${this.root}/${path}`;
    }
    async open(path) {
        const source = await this.inner.open(this.full(path));
        // Readers name the file as the report does: relative to the folder.
        return Object.create(source, { name: { value: path } });
    }
    size(path) {
        return this.inner.size(this.full(path));
    }
    list(dir) {
        return this.inner.list(this.full(dir));
    }
}


/***/ })

};

//# sourceMappingURL=341.index.js.map