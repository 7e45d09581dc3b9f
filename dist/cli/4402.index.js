export const id = 4402;
export const ids = [4402];
export const modules = {

/***/ 4402:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hdf5Reader: () => (/* binding */ hdf5Reader)
/* harmony export */ });
/* harmony import */ var _hdf5_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(861);
/* harmony import */ var _keras_layout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3670);
/* harmony import */ var _sniff_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1557);
/* harmony import */ var _kit_open_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7247);




/**
 * HDF5 files: Keras legacy `.h5` (`model.save('x.h5')`), `save_weights('x.h5')`, Keras 3
 * `.weights.h5`. Recognised by the HDF5 signature, whatever the name (`.h5`, `.hdf5`, `.keras`
 * saved by old tf.keras in HDF5 form). Only object headers, group nodes and heaps are read.
 *
 * An HDF5 file without a Keras layout is still reported (format `hdf5`, its datasets
 * `unclassified` with a warning) rather than rejected: the user pointed the action at it, its
 * bytes are real, and "unclassified" keeps them visible without guessing; a data file that should
 * not be measured is excluded by the `path` glob.
 */
const hdf5Reader = {
    ..._sniff_js__WEBPACK_IMPORTED_MODULE_2__/* .hdf5Sniffer */ .H,
    async read(path, files) {
        return (0,_kit_open_js__WEBPACK_IMPORTED_MODULE_3__/* .withSource */ .g)(files, path, async (source) => {
            // Classified as the walk finds them: the tree of a 10^5-layer file is never held whole.
            const classifier = new _keras_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .KerasClassifier */ .A7(path, 0);
            const tree = await (0,_hdf5_index_js__WEBPACK_IMPORTED_MODULE_0__/* .readHdf5Tree */ .EB)(source, {
                decodeAttribute: _keras_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .isLayoutAttribute */ .vh,
                onGroup: (group, linkNames) => classifier.group(group, linkNames),
                onDataset: (dataset) => classifier.dataset(dataset)
            });
            const keras = classifier.finish();
            return {
                format: keras.layout === 'plain-hdf5' ? 'hdf5' : 'keras',
                name: path,
                files: [{ path, role: 'data', bytes: source.size, present: true }],
                tensors: keras.tensors,
                classifiedBy: keras.classifiedBy,
                warnings: [...tree.warnings, ...keras.warnings],
                categoryNotes: keras.categoryNotes
            };
        });
    }
};


/***/ })

};

//# sourceMappingURL=4402.index.js.map