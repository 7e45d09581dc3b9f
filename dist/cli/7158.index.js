export const id = 7158;
export const ids = [7158];
export const modules = {

/***/ 7158:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   withRemote: () => (/* binding */ withRemote)
/* harmony export */ });
/* unused harmony export withLfs */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2947);
/* harmony import */ var _remote_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6619);
/* harmony import */ var _transfer_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4148);




/**
 * Adds remote paths and LFS objects to what a search found in the workspace: the paths remote
 * PATHs / `path` lines name join the found files, and `checkpointFiles` reads them (and, under
 * `lfs: ranges`, what LFS pointers point to). Shared by the CLI and the action.
 */
async function withRemote(local, remotePaths, options) {
    const before = { ..._transfer_js__WEBPACK_IMPORTED_MODULE_3__/* .TRANSFER */ .o };
    const sourceOptions = { allowDownload: options.allowDownload };
    let checkpointFiles = local.checkpointFiles;
    if (options.lfs === 'ranges')
        checkpointFiles = await withLfs(checkpointFiles, options);
    let files = [...local.files];
    let named = [...local.named];
    if (remotePaths.length > 0) {
        const listed = await (0,_index_js__WEBPACK_IMPORTED_MODULE_1__/* .findRemote */ ._Y)(remotePaths, sourceOptions);
        files = [...files, ...listed.files].sort();
        named = [...named, ...listed.named].sort();
        checkpointFiles = new _remote_files_js__WEBPACK_IMPORTED_MODULE_2__/* .RoutedFiles */ .T(checkpointFiles, listed.filesFor);
    }
    return { files, named, checkpointFiles, transfer: () => (0,_transfer_js__WEBPACK_IMPORTED_MODULE_3__/* .transferSince */ .c)(before) };
}
/** `files` with LFS pointers read as their objects, through the checkout's LFS server. */
async function withLfs(files, options) {
    const { LfsBatchClient, LfsFiles, findLfsEndpoint } = await __webpack_require__.e(/* import() */ 536).then(__webpack_require__.bind(__webpack_require__, 536));
    const endpoint = await findLfsEndpoint(options.cwd);
    if (!endpoint) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL("lfs: ranges: no Git LFS server to ask: the checkout has no 'origin' remote (nor lfs.url) and GITHUB_SERVER_URL/GITHUB_REPOSITORY are not set.");
    }
    return new LfsFiles(files, new LfsBatchClient(endpoint, options.token), { allowDownload: options.allowDownload });
}


/***/ })

};

//# sourceMappingURL=7158.index.js.map