export const id = 7141;
export const ids = [7141];
export const modules = {

/***/ 7141:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   uncheckedRules: () => (/* binding */ uncheckedRules)
/* harmony export */ });
/* harmony import */ var _budgets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8424);

/*
 * A drift rule (`total: +10% since v1.4.0`) whose ref could not be read is not passed unseen: each
 * is a warning naming the rule, why and the fix, in the action's modes and the CLI's merge alike.
 */
/** A warning for each of the rules whose `since` ref has no report: the rule, why, and the fix. */
function uncheckedRules(rules, since) {
    const findings = [];
    for (const rule of rules) {
        const unread = new Set(rule.limits.flatMap((limit) => ('since' in limit && limit.since !== undefined && !since.get(limit.since)?.report ? [limit.since] : [])));
        for (const ref of unread) {
            const origin = (0,_budgets_js__WEBPACK_IMPORTED_MODULE_0__.ruleOrigin)(rule);
            const reason = since.get(ref)?.reason ?? `${ref} was not read.`;
            findings.push({
                kind: 'unchecked-rule',
                severity: 'warning',
                message: `${origin.charAt(0).toUpperCase()}${origin.slice(1)} ("${rule.text}") was not checked. ${reason}`
            });
        }
    }
    return findings;
}


/***/ })

};

//# sourceMappingURL=7141.index.js.map