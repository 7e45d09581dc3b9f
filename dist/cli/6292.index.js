export const id = 6292;
export const ids = [6292];
export const modules = {

/***/ 6292:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   diffReports: () => (/* binding */ diffReports)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3054);

/**
 * Matches checkpoints of base and head by `id` and computes per category base, head, Δ and Δ%.
 * Without a baseline every checkpoint is `no-baseline` and only head figures are set.
 */
function diffReports(base, head) {
    const baseById = new Map((base?.checkpoints ?? []).map((checkpoint) => [checkpoint.id, checkpoint]));
    const headIds = new Set(head.checkpoints.map((checkpoint) => checkpoint.id));
    const checkpoints = head.checkpoints.map((headCheckpoint) => {
        const baseCheckpoint = baseById.get(headCheckpoint.id);
        const categories = deltas(baseCheckpoint?.bytes, headCheckpoint.bytes);
        const change = base === undefined
            ? 'no-baseline'
            : baseCheckpoint === undefined
                ? 'added'
                : Object.values(categories).some((delta) => delta.delta !== 0)
                    ? 'changed'
                    : 'unchanged';
        return { id: headCheckpoint.id, change, ...(baseCheckpoint ? { base: baseCheckpoint } : {}), head: headCheckpoint, categories };
    });
    for (const baseCheckpoint of base?.checkpoints ?? []) {
        if (headIds.has(baseCheckpoint.id))
            continue;
        checkpoints.push({ id: baseCheckpoint.id, change: 'removed', base: baseCheckpoint, categories: deltas(baseCheckpoint.bytes, undefined) });
    }
    return {
        ...(base ? { base } : {}),
        head,
        checkpoints,
        total: deltas(base?.total.bytes, head.total.bytes),
        changed: checkpoints.some((checkpoint) => checkpoint.change !== 'unchanged' && checkpoint.change !== 'no-baseline')
    };
}
/** Every category and the total, base against head; a side that is absent leaves its figures unset. */
function deltas(base, head) {
    const entries = [..._types_js__WEBPACK_IMPORTED_MODULE_0__/* .CATEGORIES */ .R, 'total'].map((category) => {
        const delta = { category };
        if (base)
            delta.base = base[category];
        if (head)
            delta.head = head[category];
        if (base && head) {
            delta.delta = head[category] - base[category];
            if (base[category] > 0)
                delta.ratio = delta.delta / base[category];
        }
        return [category, delta];
    });
    return Object.fromEntries(entries);
}


/***/ })

};

//# sourceMappingURL=6292.index.js.map