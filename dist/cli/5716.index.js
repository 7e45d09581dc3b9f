export const id = 5716;
export const ids = [5716];
export const modules = {

/***/ 5716:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   measureBaselineDirectory: () => (/* binding */ measureBaselineDirectory)
/* harmony export */ });
/* harmony import */ var _io_disk_files_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3861);
/* harmony import */ var _io_walk_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5923);
/* harmony import */ var _pipeline_measure_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8685);



/**
 * Measures a directory of base checkpoints (a checkout of the base commit, or copies of the base
 * exports) into a report, with the same pipeline as the head. Symlinks out of `root` are not
 * followed; files that cannot be read become `errors` of the returned report.
 */
async function measureBaselineDirectory(root, options = {}) {
    const found = await (0,_io_walk_js__WEBPACK_IMPORTED_MODULE_1__/* .walkFinder */ .q)(root).find(options.paths ?? ['.']);
    const named = new Set(found.named ?? []);
    const report = await (0,_pipeline_measure_js__WEBPACK_IMPORTED_MODULE_2__/* .measure */ .x)(found.files, new _io_disk_files_js__WEBPACK_IMPORTED_MODULE_0__/* .DiskFiles */ .h(root), {
        ...(options.top ? { top: options.top } : {}),
        // As for the head: what the walk came across may be skipped, what was named may not.
        foundBySearch: (path) => !named.has(path),
        ...(options.readers ? { readers: options.readers } : {})
    });
    report.errors.push(...(0,_pipeline_measure_js__WEBPACK_IMPORTED_MODULE_2__/* .skippedPathErrors */ .v)(found.skipped));
    return report;
}


/***/ })

};

//# sourceMappingURL=5716.index.js.map