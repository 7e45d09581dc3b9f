export const id = 5739;
export const ids = [5739,8120];
export const modules = {

/***/ 8120:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   configFor: () => (/* binding */ configFor),
/* harmony export */   legBudget: () => (/* binding */ legBudget),
/* harmony export */   y: () => (/* binding */ markOverride)
/* harmony export */ });
/* harmony import */ var _budgets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8424);

/**
 * The section that applies to a run: the top level with the `keys.KEY` section over it (its rules
 * are added, its min-change, comment and baseline replace the top level's). A per-checkpoint
 * override replaces, for that checkpoint, every other rule on the same category.
 */
function configFor(config, key) {
    const leg = key ? config.keys[key] : undefined;
    const pick = (name) => leg?.[name] ?? config[name];
    const minChange = pick('minChange');
    const comment = pick('comment');
    const baseline = pick('baseline');
    return {
        rules: withOverrides([...config.rules, ...(leg?.rules ?? [])]),
        ...(minChange === undefined ? {} : { minChange }),
        ...(comment === undefined ? {} : { comment }),
        ...(baseline === undefined ? {} : { baseline })
    };
}
/**
 * A matrix leg's own part of the file in `mode: merge`, where the top level is evaluated once over
 * the merged report: the rules of its `keys.KEY` section as configFor gives them for that key, to
 * be matched against the leg's own checkpoint ids; and the top-level rules that give way on its
 * checkpoints (to one of its `checkpoints:` overrides on the same category, and the default
 * `pickle: safe` to a pickle rule of its own), so that each checkpoint is judged by the rules its
 * leg's own run would apply. Undefined for a key without a section.
 */
function legBudget(config, key) {
    const leg = config.keys[key];
    if (!leg)
        return undefined;
    const overrides = leg.rules.filter((rule) => OVERRIDES.has(rule));
    const ownPickleRule = leg.rules.some((rule) => rule.category === 'pickle');
    return {
        rules: withOverrides([...config.rules, ...leg.rules]).slice(config.rules.length),
        yields: (rule, checkpoint) => {
            if (rule.implicit)
                return ownPickleRule && rule.category === 'pickle';
            // Only the file's own rules give way; the `budget` input's always apply, as in configFor.
            if (rule.source !== config.path || OVERRIDES.has(rule))
                return false;
            return overrides.some((override) => override.category === rule.category && (0,_budgets_js__WEBPACK_IMPORTED_MODULE_0__.ruleMatches)(override, checkpoint));
        }
    };
}
/** The rules with each per-checkpoint override's id excluded from the other rules on its category. */
function withOverrides(rules) {
    const overrides = rules.filter((rule) => OVERRIDES.has(rule));
    return rules.map((rule) => {
        if (OVERRIDES.has(rule))
            return rule;
        const excludes = overrides.filter((override) => override.category === rule.category).map((override) => override.glob);
        return excludes.length > 0 ? { ...rule, excludes: [...(rule.excludes ?? []), ...excludes] } : rule;
    });
}
/** The rules that came from a `checkpoints:` override. */
const OVERRIDES = new WeakSet();
/** Marks a rule the parser read under `checkpoints:`: it overrides the others on its category for its checkpoint. */
function markOverride(rule) {
    OVERRIDES.add(rule);
    return rule;
}


/***/ })

};

//# sourceMappingURL=5739.index.js.map