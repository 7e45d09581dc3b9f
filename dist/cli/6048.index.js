export const id = 6048;
export const ids = [6048];
export const modules = {

/***/ 6048:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ parseSize)
/* harmony export */ });
/* unused harmony export SIZE_FORM */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

/**
 * Bytes per unit, keyed by the lower-cased unit. SI prefixes are powers of 1000 and IEC prefixes
 * powers of 1024 (IEC 80000-13), so `1.5 GiB` and `1.5 GB` differ as users expect; `k`/`K` are
 * both kilo because `KB` is common in the wild.
 */
const UNIT_BYTES = {
    b: 1,
    kb: 1e3,
    mb: 1e6,
    gb: 1e9,
    tb: 1e12,
    kib: 2 ** 10,
    mib: 2 ** 20,
    gib: 2 ** 30,
    tib: 2 ** 40
};
const SIZE_PATTERN = /^(\d+(?:\.\d+)?|\.\d+)\s*([A-Za-z]*)$/;
/** The expected form, shown in every size error. */
const SIZE_FORM = 'a number and a unit, e.g. `50 MB`, `1.5 GiB` or `0 B` (units: B, kB, MB, GB, TB, KiB, MiB, GiB, TiB)';
/**
 * Parses a size with a unit: `0 B`, `50 MB`, `50MB`, `1.5 GiB`, `512 kB`.
 * SI units (kB, MB, GB, TB: powers of 1000) and binary units (KiB, MiB, GiB, TiB: powers of
 * 1024) are both understood; unit letters are case-insensitive (`mb` is megabytes: there are no
 * bits here). A bare `0` is accepted; any other number needs a unit.
 * @throws ConfigError naming the text and the expected form.
 */
function parseSize(text) {
    const trimmed = text.trim();
    const match = SIZE_PATTERN.exec(trimmed);
    if (!match)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`'${trimmed}' is not a size: expected ${SIZE_FORM}.`);
    const [, number, unit] = match;
    const value = Number(number);
    if (unit === '') {
        if (value === 0)
            return { bytes: 0, text: trimmed };
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`'${trimmed}' has no unit: write e.g. '${number} MB' or '${number} B'.`);
    }
    const perUnit = UNIT_BYTES[unit.toLowerCase()];
    if (perUnit === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`'${trimmed}' has an unknown unit '${unit}': expected ${SIZE_FORM}.`);
    // Fractional sizes (`1.5 GiB`) are rounded to the nearest whole byte.
    const bytes = Math.round(value * perUnit);
    if (!Number.isSafeInteger(bytes))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`'${trimmed}' is too large a size.`);
    return { bytes, text: trimmed };
}


/***/ })

};

//# sourceMappingURL=6048.index.js.map