export const id = 785;
export const ids = [785];
export const modules = {

/***/ 2785:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kerasArchiveReader: () => (/* binding */ kerasArchiveReader)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/limits.ts
var limits = __webpack_require__(6419);
// EXTERNAL MODULE: ./src/formats/binary-reader.ts
var binary_reader = __webpack_require__(8627);
// EXTERNAL MODULE: ./src/formats/hdf5/hdf5-file.ts + 2 modules
var hdf5_file = __webpack_require__(6427);
// EXTERNAL MODULE: ./src/io/byte-source.ts
var byte_source = __webpack_require__(2940);
;// CONCATENATED MODULE: ./src/formats/hdf5/window-source.ts

/**
 * A ByteSource over a span of another one: a stored (uncompressed) zip entry read in place, so
 * the HDF5 walker sees `model.weights.h5` as a file of its own without it being copied out of the
 * `.keras` archive. Offsets are relative to the window; `bytesRead` is the outer source's count.
 */
class WindowByteSource {
    outer;
    start;
    size;
    name;
    constructor(outer, start, size, name) {
        this.outer = outer;
        this.start = start;
        this.size = size;
        this.name = name;
        (0,byte_source/* checkSpan */.$U)(outer, start, size);
    }
    get bytesRead() {
        return this.outer.bytesRead;
    }
    async read(offset, length) {
        (0,byte_source/* checkSpan */.$U)(this, offset, length);
        return this.outer.read(this.start + offset, length);
    }
    async readInto(offset, target) {
        (0,byte_source/* checkSpan */.$U)(this, offset, target.length);
        await (0,byte_source/* readInto */.Pq)(this.outer, this.start + offset, target);
    }
    /** The outer source belongs to whoever opened it. */
    async close() { }
}

// EXTERNAL MODULE: ./src/formats/zip.ts
var zip = __webpack_require__(7475);
// EXTERNAL MODULE: ./src/formats/keras/keras-layout.ts + 1 modules
var keras_layout = __webpack_require__(4550);
// EXTERNAL MODULE: ./src/formats/keras/sniff.ts
var sniff = __webpack_require__(1557);
;// CONCATENATED MODULE: ./src/formats/keras/keras-archive-reader.ts








/**
 * Keras 3 `.keras` archives (`keras-team/keras:keras/src/saving/saving_lib.py`): a zip holding
 * `metadata.json`, `config.json` and `model.weights.h5`. Keras writes the entries stored
 * (uncompressed), so the weights file is walked in place through a window on the archive and each
 * dataset's span is a span of the `.keras` file. The zip structure, the two JSON files and the
 * weights file's own HDF5 metadata are metadata.
 */
const kerasArchiveReader = {
    ...sniff/* kerasArchiveSniffer */.k,
    async read(path, files) {
        const source = await files.open(path);
        try {
            const archive = await (0,zip/* openZip */.QH)(source);
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
                result.tensors.push(await wholeEntry(path, archive, other, 'unclassified'));
                result.warnings.push(`${other.name} is not an HDF5 weights file; its ${other.compressedSize} bytes are reported as unclassified`);
                return result;
            }
            const start = await archive.dataStart(weights);
            if (weights.method !== 0) {
                // A deflated entry's datasets have no span in the archive; inflating it would read every
                // payload byte. Keras never writes it so (saving_lib uses ZIP_STORED); a re-zipped file might.
                result.tensors.push(await wholeEntry(path, archive, weights, 'unclassified'));
                result.warnings.push('model.weights.h5 is compressed inside the archive, so its tensors cannot be located without inflating every weight; ' +
                    'its bytes are reported as unclassified. Save with model.save("x.keras") (entries stored uncompressed).');
                return result;
            }
            const window = new WindowByteSource(source, start, weights.compressedSize, `${path}:model.weights.h5`);
            // Classified as the walk finds them: the tree of a 10^5-layer file is never held whole.
            const classifier = new keras_layout/* KerasClassifier */.A7(path, start, config);
            const tree = await (0,hdf5_file/* readHdf5Tree */.E)(window, { onGroup: (group, linkNames) => classifier.group(group, linkNames), onDataset: (dataset) => classifier.dataset(dataset) });
            const keras = classifier.finish();
            result.tensors = keras.tensors;
            result.classifiedBy = keras.classifiedBy;
            result.warnings.push(...tree.warnings, ...keras.warnings);
            result.categoryNotes = keras.categoryNotes;
            return result;
        }
        finally {
            await source.close();
        }
    }
};
async function readConfig(path, archive, entry) {
    if (!entry)
        return undefined;
    const bytes = await archive.readEntry(entry, limits/* MAX_KERAS_CONFIG_BYTES */.zW);
    try {
        return (0,keras_layout/* configLayers */.NQ)(JSON.parse(binary_reader/* UTF8 */.az.decode(bytes)));
    }
    catch (error) {
        throw new errors/* FormatError */.IF(path, `config.json is not valid JSON (${error instanceof Error ? error.message : String(error)})`, {
            fix: 'Re-save the model with model.save("x.keras").'
        });
    }
}
/** One pseudo-tensor for a whole entry whose content cannot be walked in place. */
async function wholeEntry(path, archive, entry, category) {
    return {
        name: entry.name,
        dtype: 'bytes',
        shape: [entry.compressedSize],
        file: path,
        offset: await archive.dataStart(entry),
        byteLength: entry.compressedSize,
        category,
        reason: 'archive entry that cannot be read in place'
    };
}


/***/ })

};

//# sourceMappingURL=785.index.js.map