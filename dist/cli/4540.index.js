export const id = 4540;
export const ids = [4540];
export const modules = {

/***/ 4540:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadBaselineReport: () => (/* binding */ loadBaselineReport)
/* harmony export */ });
/* unused harmony export REPORT_SCHEMA */
/* harmony import */ var _core_analyze_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4989);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3054);



/** The report schema this version reads and writes (DESIGN.md, "Report JSON"). */
const REPORT_SCHEMA = 1;
const REGENERATE = "Regenerate it with `model-size-budget --json` or the action's `report` output of this version.";
/**
 * Reads a report JSON (the action's `report` output or the CLI's `--json`) as a baseline.
 * Validates the schema version and the shape of every checkpoint entry that the diff reads;
 * the totals are recomputed from the checkpoints, so a hand-edited file cannot disagree with itself.
 * @param text the file's content
 * @param path the file's path, named in errors
 * @throws ConfigError `<path>: <what is wrong>. <fix>` for invalid JSON, another schema version,
 *   or a malformed entry
 */
function loadBaselineReport(text, path) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${path}: the baseline report is not valid JSON (${detail}). ${REGENERATE}`);
    }
    if (!isObject(data))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${path}: the baseline report is not a JSON object. ${REGENERATE}`);
    if (data.schema !== REPORT_SCHEMA) {
        const found = data.schema === undefined ? 'no schema field' : `schema ${JSON.stringify(data.schema)}`;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${path}: the baseline report has ${found}; this version reads schema ${REPORT_SCHEMA}. ` +
            `${REGENERATE} Or use the model-size-budget version that wrote it.`);
    }
    if (!Array.isArray(data.checkpoints))
        throw malformed(path, "'checkpoints' is not a list");
    const seen = new Set();
    const checkpoints = data.checkpoints.map((entry, index) => {
        const checkpoint = readCheckpoint(entry, `checkpoints[${index}]`, path);
        if (seen.has(checkpoint.id))
            throw malformed(path, `two checkpoints have the id '${checkpoint.id}'`);
        seen.add(checkpoint.id);
        return checkpoint;
    });
    const errors = Array.isArray(data.errors)
        ? data.errors.filter(isObject).map((error) => ({
            path: String(error.path ?? ''),
            kind: String(error.kind ?? 'Error'),
            message: String(error.message ?? '')
        }))
        : [];
    return (0,_core_analyze_js__WEBPACK_IMPORTED_MODULE_0__/* .buildReport */ .FK)(checkpoints, errors);
}
function readCheckpoint(entry, where, path) {
    if (!isObject(entry))
        throw malformed(path, `${where} is not an object`);
    if (typeof entry.id !== 'string' || entry.id === '')
        throw malformed(path, `${where}.id is not a non-empty string`);
    if (typeof entry.format !== 'string')
        throw malformed(path, `${where}.format is not a string`);
    if (!isObject(entry.bytes))
        throw malformed(path, `${where}.bytes is not an object`);
    const bytes = {};
    for (const key of [..._core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .CATEGORIES */ .R, 'total']) {
        const value = entry.bytes[key];
        if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
            throw malformed(path, `${where}.bytes.${key} is ${JSON.stringify(value)}, not a whole number of bytes`);
        }
        bytes[key] = value;
    }
    const strings = (value) => (Array.isArray(value) ? value.filter((item) => typeof item === 'string') : []);
    const count = (value) => (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : 0);
    const checkpoint = {
        id: entry.id,
        format: entry.format,
        files: Array.isArray(entry.files)
            ? entry.files.filter(isObject).map((file) => ({
                path: String(file.path ?? ''),
                bytes: count(file.bytes),
                role: String(file.role ?? 'data'),
                ...(file.present === false ? { present: false } : {})
            }))
            : [],
        bytes,
        parameters: count(entry.parameters),
        tensors: count(entry.tensors),
        tensorCounts: isObject(entry.tensorCounts) ? entry.tensorCounts : {},
        classifiedBy: String(entry.classifiedBy ?? 'name-rules'),
        warnings: strings(entry.warnings),
        explanations: strings(entry.explanations)
    };
    if (typeof entry.name === 'string')
        checkpoint.name = entry.name;
    if (entry.latest === true)
        checkpoint.latest = true;
    return checkpoint;
}
function malformed(path, what) {
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${path}: the baseline report is malformed: ${what}. ${REGENERATE}`);
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ })

};

//# sourceMappingURL=4540.index.js.map