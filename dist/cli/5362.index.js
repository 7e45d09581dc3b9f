export const id = 5362;
export const ids = [5362];
export const modules = {

/***/ 5362:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kerasArchiveReader: () => (/* binding */ kerasArchiveReader)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6419);
/* harmony import */ var _hdf5_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(861);
/* harmony import */ var _zip_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7331);
/* harmony import */ var _keras_layout_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3670);
/* harmony import */ var _io_bytes_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3031);
/* harmony import */ var _keras3_layout_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9661);
/* harmony import */ var _sniff_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1557);
/* harmony import */ var _kit_open_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7247);









/**
 * Keras 3 `.keras` archives (`keras-team/keras:keras/src/saving/saving_lib.py`): a zip holding
 * `metadata.json`, `config.json` and `model.weights.h5`. Keras writes the entries stored
 * (uncompressed), so the weights file is walked in place through a window on the archive and each
 * dataset's span is a span of the `.keras` file. The zip structure, the two JSON files and the
 * weights file's own HDF5 metadata are metadata.
 */
const kerasArchiveReader = {
    ..._sniff_js__WEBPACK_IMPORTED_MODULE_7__/* .kerasArchiveSniffer */ .k,
    async read(path, files) {
        return (0,_kit_open_js__WEBPACK_IMPORTED_MODULE_8__/* .withSource */ .g)(files, path, async (source) => {
            const archive = await (0,_zip_index_js__WEBPACK_IMPORTED_MODULE_3__/* .openZip */ .Q)(source);
            const byName = new Map(archive.entries.map((entry) => [entry.name, entry]));
            const weights = byName.get('model.weights.h5');
            const config = await readConfig(path, archive, byName.get('config.json'));
            const result = {
                format: 'keras',
                name: path,
                files: [{ path, role: 'data', bytes: source.size, present: true }],
                tensors: [],
                classifiedBy: 'dict-layout',
                warnings: []
            };
            if (!weights) {
                const other = archive.entries.find((entry) => /^model\.weights\./.test(entry.name));
                if (!other) {
                    result.warnings.push('the archive has no model.weights.h5: it holds no weights');
                    return result;
                }
                result.tensors.push(await wholeEntry(path, archive, other));
                result.warnings.push(`${other.name} is not an HDF5 weights file; its ${other.compressedSize} bytes are reported as unclassified`);
                return result;
            }
            const start = await archive.dataStart(weights);
            if (weights.method !== 0) {
                // A deflated entry's datasets have no span in the archive; inflating it would read every
                // payload byte. Keras never writes it so (saving_lib uses ZIP_STORED); a re-zipped file might.
                result.tensors.push(await wholeEntry(path, archive, weights));
                result.warnings.push('model.weights.h5 is compressed inside the archive, so its tensors cannot be located without inflating every weight; ' +
                    'its bytes are reported as unclassified. Save with model.save("x.keras") (entries stored uncompressed).');
                return result;
            }
            const window = new _io_bytes_index_js__WEBPACK_IMPORTED_MODULE_5__/* .SpanSource */ .sR(source, start, weights.compressedSize, `${path}:model.weights.h5`);
            // Classified as the walk finds them: the tree of a 10^5-layer file is never held whole.
            const classifier = new _keras_layout_js__WEBPACK_IMPORTED_MODULE_4__/* .KerasClassifier */ .A7(path, start, config);
            const tree = await (0,_hdf5_index_js__WEBPACK_IMPORTED_MODULE_2__/* .readHdf5Tree */ .EB)(window, {
                decodeAttribute: _keras_layout_js__WEBPACK_IMPORTED_MODULE_4__/* .isLayoutAttribute */ .vh,
                onGroup: (group, linkNames) => classifier.group(group, linkNames),
                onDataset: (dataset) => classifier.dataset(dataset)
            });
            const keras = classifier.finish();
            result.tensors = keras.tensors;
            result.classifiedBy = keras.classifiedBy;
            result.warnings.push(...tree.warnings, ...keras.warnings);
            result.categoryNotes = keras.categoryNotes;
            return result;
        });
    }
};
async function readConfig(path, archive, entry) {
    if (!entry)
        return undefined;
    const bytes = await archive.readEntry(entry, _core_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_KERAS_CONFIG_BYTES */ .zW);
    try {
        return (0,_keras3_layout_js__WEBPACK_IMPORTED_MODULE_6__/* .configLayers */ .NQ)(JSON.parse(_io_bytes_index_js__WEBPACK_IMPORTED_MODULE_5__/* .UTF8 */ .az.decode(bytes)));
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FormatError */ .IF(path, `config.json is not valid JSON (${error instanceof Error ? error.message : String(error)})`, {
            fix: 'Re-save the model with model.save("x.keras").'
        });
    }
}
/**
 * One pseudo-tensor for a whole entry whose content cannot be walked in place. Nothing can be
 * said about what it holds, so it has no evidence: unclassified, listed by name.
 */
async function wholeEntry(path, archive, entry) {
    return {
        name: entry.name,
        dtype: 'bytes',
        shape: [entry.compressedSize],
        file: path,
        offset: await archive.dataStart(entry),
        byteLength: entry.compressedSize,
        evidence: []
    };
}


/***/ })

};

//# sourceMappingURL=5362.index.js.map