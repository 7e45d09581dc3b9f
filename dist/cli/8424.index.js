export const id = 8424;
export const ids = [8424,6048];
export const modules = {

/***/ 8424:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BUDGET_CATEGORIES: () => (/* binding */ BUDGET_CATEGORIES),
  BUDGET_LINE_FORM: () => (/* binding */ BUDGET_LINE_FORM),
  CHECK_PARSERS: () => (/* binding */ CHECK_PARSERS),
  DEFAULT_PICKLE_RULE: () => (/* binding */ DEFAULT_PICKLE_RULE),
  RESULT_STATUS_ORDER: () => (/* reexport */ budget_status/* RESULT_STATUS_ORDER */.O),
  byWorstStatus: () => (/* reexport */ budget_status/* byWorstStatus */.P),
  evaluateBudgets: () => (/* binding */ evaluateBudgets),
  failureMessages: () => (/* binding */ failureMessages),
  needsDtypes: () => (/* binding */ needsDtypes),
  needsDuplicates: () => (/* binding */ needsDuplicates),
  parseBudgetLine: () => (/* binding */ parseBudgetLine),
  parseBudgets: () => (/* binding */ parseBudgets),
  ruleMatches: () => (/* binding */ ruleMatches),
  ruleOrigin: () => (/* binding */ ruleOrigin),
  sinceRefs: () => (/* binding */ sinceRefs),
  withDefaultPickleRule: () => (/* binding */ withDefaultPickleRule)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/format-bytes.ts
var format_bytes = __webpack_require__(7586);
// EXTERNAL MODULE: ./src/core/size-units.ts
var size_units = __webpack_require__(6048);
// EXTERNAL MODULE: ./src/core/dtypes.ts
var dtypes = __webpack_require__(6622);
;// CONCATENATED MODULE: ./src/core/dtype-rule.ts



/*
 * `dtype: float16` (every floating-point weight is float16) and `dtype: no-float32` (no weight is
 * float32): fp32 tensors in a model meant to ship in half precision are the silent 2× users report
 * most. Only weights are judged: optimizer state and buffers are often kept in fp32 on purpose.
 * Integer and block-quantized tensors are not floating point and never count.
 */
/** The precision a forbidden dtype is assumed to be converted to, for the bytes it would save. */
const HALF_PRECISION = 'float16';
/** Parses `float16`, `float16, bfloat16` (any of them) or `no-float32, no-float64`. */
function parseDtypeLimit(text) {
    const allowed = [];
    const forbidden = [];
    for (const term of text.split(',').map((part) => part.trim().toLowerCase())) {
        const negated = term.startsWith('no-');
        const dtype = negated ? term.slice(3) : term;
        if (!isFloat(dtype)) {
            const known = Object.keys(dtypes/* DTYPES */.A1).filter(isFloat).join(', ');
            throw new errors/* ConfigError */.xL(`'${term}' is not a floating-point dtype: write e.g. 'dtype: float16' or 'dtype: no-float32' (dtypes: ${known}).`);
        }
        ;
        (negated ? forbidden : allowed).push(dtype);
    }
    if (allowed.length > 0 && forbidden.length > 0)
        throw new errors/* ConfigError */.xL(`'${text}' mixes dtypes to keep and 'no-' dtypes: give one or the other.`);
    return { judge: (checkpoint) => judge(checkpoint, allowed, forbidden) };
}
function isFloat(dtype) {
    return /^b?float/.test(dtype) && dtype in dtypes/* DTYPES */.A1;
}
function judge(checkpoint, allowed, forbidden) {
    if (!checkpoint.dtypes)
        return {
            status: 'unknown',
            head: 0,
            excess: 0,
            detail: 'the report has no bytes per dtype for this checkpoint (measured by an older version); dtype rule not checked'
        };
    const offending = checkpoint.dtypes.filter((group) => group.category === 'weights' && isFloat(group.dtype) && (allowed.length > 0 ? !allowed.includes(group.dtype) : forbidden.includes(group.dtype)));
    const wanted = allowed.length > 0 ? allowed.join(' or ') : `no ${forbidden.join(' or ')}`;
    if (offending.length === 0) {
        const detail = allowed.length > 0 ? `every floating-point weight is ${wanted}` : `no weight is ${forbidden.join(' or ')}`;
        return { status: 'pass', head: 0, excess: 0, detail };
    }
    const target = allowed[0] ?? HALF_PRECISION;
    const tensors = offending.reduce((sum, group) => sum + group.tensors, 0);
    const bytes = offending.reduce((sum, group) => sum + group.bytes, 0);
    const saved = offending.reduce((sum, group) => sum + savedBytes(group, target), 0);
    const kinds = offending.map((group) => group.dtype).join('/');
    const names = offending
        .flatMap((group) => group.largest)
        .sort((a, b) => b.bytes - a.bytes)
        .slice(0, 5)
        .map((tensor) => tensor.name);
    const more = tensors - names.length;
    const named = `${names.join(', ')}${more > 0 ? ` and ${(0,format_bytes/* formatCount */.B4)(more)} more` : ''}`;
    const saving = saved > 0 ? `; as ${target} they would take ${(0,format_bytes/* formatBytes */.z3)(bytes - saved)}, saving ${(0,format_bytes/* formatBytes */.z3)(saved)}` : '';
    return {
        status: 'exceeded',
        head: bytes,
        excess: saved,
        summary: `${(0,format_bytes/* formatCount */.B4)(tensors)} ${kinds} weight${tensors === 1 ? '' : 's'}, ${(0,format_bytes/* formatBytes */.z3)(bytes)}${saved > 0 ? ` (${(0,format_bytes/* formatBytes */.z3)(saved)} to save)` : ''}`,
        detail: `${(0,format_bytes/* formatCount */.B4)(tensors)} ${kinds} weight tensor${tensors === 1 ? '' : 's'} (${(0,format_bytes/* formatBytes */.z3)(bytes)}: ${named}) where the rule wants ${wanted}${saving}. Cast the weights before saving (e.g. model.half(), torch_dtype=torch.float16).`
    };
}
/** The bytes a group would lose if stored as `target` (none when it is not narrower). */
function savedBytes(group, target) {
    const from = dtypes/* DTYPES */.A1[group.dtype]?.bits ?? 0;
    const to = dtypes/* DTYPES */.A1[target]?.bits ?? from;
    return to < from ? Math.round(group.bytes * (1 - to / from)) : 0;
}

;// CONCATENATED MODULE: ./src/core/pickle-rule.ts

/*
 * `pickle: safe`: no pickle of the checkpoint names a global that would run code on
 * `torch.load(weights_only=False)` (the pickle security scan, formats/pickle/scan.ts). Nothing is
 * executed to find out: the scan reads the globals the pickle names.
 */
/** How many dangerous references a failing rule names; the rest are counted. */
const NAMED_REFERENCES = 3;
function parsePickleLimit(text) {
    if (text.trim().toLowerCase() !== 'safe')
        throw new errors/* ConfigError */.xL(`'pickle' takes one limit, 'safe' (no global that runs code on load), not '${text}'.`);
    return { judge: pickle_rule_judge };
}
function pickle_rule_judge(checkpoint) {
    const dangerous = (checkpoint.pickleGlobals ?? []).filter((reference) => reference.verdict === 'dangerous');
    if (dangerous.length === 0)
        return { status: 'pass', head: 0, excess: 0, detail: 'pickle references no global that runs code on load' };
    const named = dangerous
        .slice(0, NAMED_REFERENCES)
        .map((reference) => `${reference.module}.${reference.name} (${reference.file}, byte ${reference.offset})`)
        .join(', ');
    const more = dangerous.length > NAMED_REFERENCES ? `, and ${dangerous.length - NAMED_REFERENCES} more` : '';
    return {
        status: 'exceeded',
        head: dangerous.length,
        excess: dangerous.length,
        summary: `${dangerous.length} dangerous global${dangerous.length === 1 ? '' : 's'}`,
        detail: `its pickle references ${named}${more}, which would run code on torch.load(weights_only=False); nothing was executed`
    };
}

;// CONCATENATED MODULE: ./src/core/duplicates-rule.ts



/*
 * `duplicates: 0 B`: at most this many bytes of a checkpoint are second (third...) copies of a
 * tensor it already holds: tied embeddings saved untied, a copy of the model under another key.
 * A storage shared by several names is stored once and is no copy. The scan is
 * pipeline/duplicates.ts (metadata first, then a few sampled bytes per candidate).
 */
/** Groups named in a failing rule's sentence; the rest are counted. */
const NAMED_GROUPS = 3;
function parseDuplicatesLimit(text) {
    let allowed;
    try {
        allowed = (0,size_units/* parseSize */.D)(text).bytes;
    }
    catch (error) {
        throw new errors/* ConfigError */.xL(`'duplicates' takes the bytes of copies allowed, e.g. 'duplicates: 0 B': ${error.message}`);
    }
    return { judge: (checkpoint) => duplicates_rule_judge(checkpoint, allowed, text.trim()) };
}
/** Bytes beyond the first copy of each group. */
function duplicatedBytes(groups) {
    return groups.reduce((sum, group) => sum + group.bytes * (group.tensors.length - 1), 0);
}
function duplicates_rule_judge(checkpoint, allowed, limit) {
    if (!checkpoint.duplicates) {
        return {
            status: 'unknown',
            head: 0,
            excess: 0,
            detail: 'the report has no duplicate scan for this checkpoint (measured without a duplicates rule); duplicates rule not checked'
        };
    }
    const groups = checkpoint.duplicates;
    const bytes = duplicatedBytes(groups);
    if (bytes <= allowed) {
        const detail = bytes === 0 ? 'no tensor is stored twice' : `${(0,format_bytes/* formatBytes */.z3)(bytes)} of copies, within ${limit}`;
        return { status: 'pass', head: bytes, excess: 0, detail };
    }
    const copies = groups.reduce((sum, group) => sum + group.tensors.length - 1, 0);
    const named = [...groups]
        .sort((a, b) => b.bytes * (b.tensors.length - 1) - a.bytes * (a.tensors.length - 1))
        .slice(0, NAMED_GROUPS)
        .map((group) => `${group.tensors.join(' = ')} (${group.dtype}[${group.shape.join(', ')}], ${(0,format_bytes/* formatBytes */.z3)(group.bytes)} each)`)
        .join('; ');
    const more = groups.length > NAMED_GROUPS ? `; and ${(0,format_bytes/* formatCount */.B4)(groups.length - NAMED_GROUPS)} more group${groups.length - NAMED_GROUPS === 1 ? '' : 's'}` : '';
    return {
        status: 'exceeded',
        head: bytes,
        excess: bytes - allowed,
        summary: `${(0,format_bytes/* formatCount */.B4)(copies)} duplicate tensor${copies === 1 ? '' : 's'}, ${(0,format_bytes/* formatBytes */.z3)(bytes)}`,
        detail: `${(0,format_bytes/* formatBytes */.z3)(bytes)} of tensors stored twice: ${named}${more}. ` +
            'Tie the weights before saving (one storage under both names), or drop the copy (e.g. save_pretrained or safetensors save_model, which keep shared tensors once).'
    };
}

// EXTERNAL MODULE: ./src/core/types.ts
var types = __webpack_require__(3054);
// EXTERNAL MODULE: ./src/core/path-patterns.ts
var path_patterns = __webpack_require__(7530);
// EXTERNAL MODULE: ./src/core/budget-status.ts
var budget_status = __webpack_require__(8273);
;// CONCATENATED MODULE: ./src/core/budgets.ts








/** How each check subject's LIMIT is read. */
const CHECK_PARSERS = {
    dtype: parseDtypeLimit,
    pickle: parsePickleLimit,
    duplicates: parseDuplicatesLimit
};

/** Every category a rule may name, in report order. */
const BUDGET_CATEGORIES = ['total', ...types/* CATEGORIES */.R];
/** The expected form of a budget line, shown in every parse error. */
const BUDGET_LINE_FORM = '[warn] [GLOB:] CATEGORY: LIMIT, e.g. `total: 50 MB`, `optimizer: 0 B`, `weights: +5%`, `weights: >= 1 MB`, `dtype: float16`, `dtype: no-float32`, ' +
    '`exports/mobile/**: weights: 20 MB, +10 MB`, `warn buffers: +1 MiB`, `pickle: safe`, `duplicates: 0 B`';
/** The rule the action applies unless the budget has a `pickle:` line of its own. */
const DEFAULT_PICKLE_RULE = 'pickle: safe';
/**
 * The rules with `pickle: safe` added when none of them speaks of pickles: the action fails a
 * checkpoint whose pickle would run code on load unless the user says otherwise
 * (`warn pickle: safe`).
 */
function withDefaultPickleRule(rules) {
    if (rules.some((rule) => rule.category === 'pickle'))
        return rules;
    return [...rules, ...parseBudgets(DEFAULT_PICKLE_RULE, { source: 'default rule' }).map((rule) => ({ ...rule, implicit: true }))];
}
/**
 * Parses budget lines, one rule per line: `[warn] [GLOB:] CATEGORY: LIMIT`, where CATEGORY is
 * one of total, weights, optimizer, buffers, bookkeeping, metadata, unclassified; LIMIT is an
 * absolute size (`50 MB`), a floor (`>= 1 MB`), a growth limit (`+5%`, `+10 MB`), or several
 * separated by commas (`50 MB, +5%`). A check subject takes its own LIMIT: `dtype: float16`,
 * `dtype: no-float32` (see CHECK_PARSERS). `#` starts a comment; blank lines are skipped.
 * @throws ConfigError naming the source, line number and text, and showing the expected form.
 */
function parseBudgets(text, options = {}) {
    const source = options.source ?? 'budget';
    const rules = [];
    text.split(/\r?\n/).forEach((raw, index) => {
        const rule = parseBudgetLine(raw, { source, line: index + 1 });
        if (rule)
            rules.push(rule);
    });
    return rules;
}
/** How messages name a rule's place: `budget line 2`, `.github/model-size-budget.yml:7:5`. */
function ruleOrigin(rule) {
    return rule.where ?? `${rule.source} line ${rule.line}`;
}
/**
 * Parses one budget line (the grammar of parseBudgets); undefined for a blank or comment line. A
 * config file reuses it for each rule it holds, so the two sources share one grammar.
 * @throws ConfigError naming the place and the text, and showing the expected form.
 */
function parseBudgetLine(raw, place) {
    const line = stripComment(raw).trim();
    if (line === '')
        return undefined;
    try {
        return { ...parseRule(line), text: line, line: place.line, source: place.source, ...(place.where === undefined ? {} : { where: place.where }) };
    }
    catch (error) {
        if (!(error instanceof errors/* ConfigError */.xL))
            throw error;
        throw new errors/* ConfigError */.xL(`${ruleOrigin(place)}: '${line}': ${error.message} Expected ${BUDGET_LINE_FORM}.`);
    }
}
/** `#` starts a comment at the start of a line or after whitespace (a glob never needs ` #`). */
function stripComment(line) {
    const match = /(^|\s)#/.exec(line);
    return match ? line.slice(0, match.index) : line;
}
function parseRule(line) {
    let rest = line;
    let soft = false;
    const warn = /^warn\s+/i.exec(rest);
    if (warn) {
        soft = true;
        rest = rest.slice(warn[0].length);
    }
    const parts = rest.split(':');
    if (parts.length < 2)
        throw new errors/* ConfigError */.xL(`no ':' between the category and the limit.`);
    const limitText = parts.pop().trim();
    const categoryText = parts.pop().trim();
    let glob;
    if (parts.length > 0) {
        glob = parts.join(':').trim();
        if (glob === '')
            throw new errors/* ConfigError */.xL('the checkpoint glob before the category is empty.');
        if (glob.toLowerCase() === 'warn')
            throw new errors/* ConfigError */.xL(`'warn' takes no colon: write 'warn ${categoryText}: ${limitText}'.`);
    }
    const category = parseCategory(categoryText);
    if (limitText === '')
        throw new errors/* ConfigError */.xL(`no limit after '${categoryText}:'.`);
    const limits = isCheckSubject(category)
        ? [{ kind: 'check', check: CHECK_PARSERS[category](limitText), text: limitText }]
        : parseLimits(limitText);
    return { ...(glob === undefined ? {} : { glob }), category, limits, soft };
}
function isCheckSubject(subject) {
    return Object.hasOwn(CHECK_PARSERS, subject);
}
/** Every word a rule may start with: the categories and the check subjects. */
const BUDGET_SUBJECTS = [...BUDGET_CATEGORIES, ...Object.keys(CHECK_PARSERS)];
function parseCategory(text) {
    const lower = text.toLowerCase();
    const found = BUDGET_SUBJECTS.find((category) => category === lower);
    if (found)
        return found;
    if (text === '')
        throw new errors/* ConfigError */.xL('the category is missing.');
    // Typos one or two edits away (`wieghts`, `optimiser`) get a suggestion.
    const close = BUDGET_SUBJECTS.find((category) => editDistance(category, lower) <= 2);
    const looksLikeGlob = /[/*?]/.test(text);
    const hint = close ? ` Did you mean '${close}'?` : looksLikeGlob ? ' The checkpoint glob comes first: GLOB: CATEGORY: LIMIT.' : '';
    throw new errors/* ConfigError */.xL(`'${text}' is not a category (one of ${BUDGET_SUBJECTS.join(', ')}).${hint}`);
}
/** Levenshtein distance, for suggestions between short words. */
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[b.length];
}
function parseLimits(text) {
    const limits = [];
    for (const term of text.split(',').map((part) => part.trim())) {
        if (term === '')
            throw new errors/* ConfigError */.xL(`an empty limit between commas in '${text}'.`);
        const limit = parseLimit(term);
        const since = (other) => ('since' in other ? other.since : undefined);
        if (limits.some((other) => other.kind === limit.kind && since(other) === since(limit))) {
            throw new errors/* ConfigError */.xL(`two limits of the same kind ('${term}'); give at most one size, one >= size, one +size and one +percent.`);
        }
        limits.push(limit);
    }
    return limits;
}
function parseLimit(term) {
    const floor = /^>=\s*/.exec(term);
    if (floor)
        return { kind: 'floor', size: (0,size_units/* parseSize */.D)(term.slice(floor[0].length)), text: term };
    if (term.startsWith('-'))
        throw new errors/* ConfigError */.xL(`'${term}': limits cannot be negative; a growth limit starts with '+'.`);
    const sinceMatch = /^(.*?)\s+since\s+(\S*)$/i.exec(term);
    if (sinceMatch && !term.startsWith('+'))
        throw new errors/* ConfigError */.xL(`'${term}': only a growth limit takes 'since' (e.g. '+10% since v1.4.0').`);
    if (!term.startsWith('+'))
        return { kind: 'absolute', size: (0,size_units/* parseSize */.D)(term), text: term };
    const since = sinceMatch ? sinceRef(sinceMatch[2], term) : undefined;
    const growth = (sinceMatch ? sinceMatch[1] : term).slice(1).trim();
    const from = since === undefined ? {} : { since };
    if (growth.endsWith('%')) {
        const number = growth.slice(0, -1).trim();
        if (!/^(\d+(\.\d+)?|\.\d+)$/.test(number))
            throw new errors/* ConfigError */.xL(`'${term}' is not a percentage: expected e.g. '+5%'.`);
        return { kind: 'growth-percent', percent: Number(number), text: term, ...from };
    }
    return { kind: 'growth-bytes', size: (0,size_units/* parseSize */.D)(growth), text: term, ...from };
}
/** A git ref as `since` takes it: a tag, branch or commit, never an option or a range. */
function sinceRef(ref, term) {
    if (!/^[A-Za-z0-9][\w./-]*$/.test(ref) || ref.includes('..')) {
        throw new errors/* ConfigError */.xL(`'${term}': 'since' takes a tag, branch or commit, e.g. '+10% since v1.4.0'.`);
    }
    return ref;
}
/** The git refs that `since` limits compare with: each is read once, before the rules are evaluated. */
function sinceRefs(rules) {
    const refs = new Set();
    for (const rule of rules)
        for (const limit of rule.limits)
            if ('since' in limit && limit.since !== undefined)
                refs.add(limit.since);
    return [...refs];
}
/**
 * True when the rule applies to the checkpoint (by glob on its id or full name), with the `path`
 * input's glob syntax (core/path-patterns.ts): a glob naming a directory covers what is inside it.
 */
function ruleMatches(rule, checkpoint) {
    if (rule.excludes?.some((glob) => globMatches(glob, checkpoint)))
        return false;
    return rule.glob === undefined || globMatches(rule.glob, checkpoint);
}
function globMatches(glob, checkpoint) {
    const selected = (0,path_patterns/* globSelector */.qz)(glob);
    return selected(checkpoint.id) || (checkpoint.name !== undefined && checkpoint.name !== checkpoint.id && selected(checkpoint.name));
}
/**
 * Evaluates every rule against every matching head checkpoint of the diff. Removed checkpoints
 * are not evaluated. Growth limits without a base for the checkpoint give `no-baseline` and never
 * fail; absolute limits always apply.
 */
function evaluateBudgets(diff, rules, options = {}) {
    const results = [];
    const unmatchedRules = [];
    const headCheckpoints = diff.checkpoints.filter((checkpoint) => checkpoint.head !== undefined);
    const { matchId } = options;
    const matched = (checkpoint) => (matchId ? { id: matchId(checkpoint.id), name: checkpoint.head.name } : checkpoint.head);
    for (const rule of rules) {
        const matching = headCheckpoints.filter((checkpoint) => ruleMatches(rule, matched(checkpoint)));
        if (matching.length === 0 && !rule.implicit)
            unmatchedRules.push(rule);
        for (const checkpoint of matching) {
            for (const limit of rule.limits) {
                const result = evaluateLimit(rule, limit, checkpoint, options);
                if (!rule.implicit || result.status !== 'pass')
                    results.push(result);
            }
        }
    }
    const status = results.some((result) => result.status === 'fail')
        ? 'fail'
        : results.some((result) => result.status === 'warn') || unmatchedRules.length > 0
            ? 'warn'
            : 'pass';
    // `rules` are the user's: a verdict with only the default rule is still "no budget set".
    return { status, results, unmatchedRules, rules: rules.filter((rule) => !rule.implicit), diff };
}
function evaluateLimit(rule, limit, checkpoint, options) {
    if (limit.kind === 'check' || isCheckSubject(rule.category))
        return evaluateCheck(rule, limit, checkpoint);
    const category = rule.category;
    const { head = 0 } = checkpoint.categories[category];
    let { base } = checkpoint.categories[category];
    const since = 'since' in limit && limit.since !== undefined ? options.since?.get(limit.since) : undefined;
    if ('since' in limit && limit.since !== undefined) {
        base = since?.report?.checkpoints.find((candidate) => candidate.id === checkpoint.id)?.bytes[category];
    }
    const where = `${checkpoint.id}: ${category}`;
    const origin = `(${ruleOrigin(rule)}: ${rule.text})`;
    const common = { rule, limit, checkpointId: checkpoint.id, category, head, ...(base === undefined ? {} : { base }) };
    const exceeded = rule.soft ? 'warn' : 'fail';
    if (limit.kind === 'absolute' || limit.kind === 'floor') {
        // A floor (`>= 1 MB`) is the same comparison the other way round: a save that lost its weights.
        const allowed = limit.size.bytes;
        const floor = limit.kind === 'floor';
        const excess = Math.max(0, floor ? allowed - head : head - allowed);
        const message = excess > 0
            ? `${where} is ${(0,format_bytes/* formatBytes */.z3)(head)}, ${(0,format_bytes/* formatBytes */.z3)(excess)} ${floor ? 'under the floor' : 'over the limit'} of ${limit.text} ${origin}`
            : `${where} is ${(0,format_bytes/* formatBytes */.z3)(head)}, within ${limit.text}`;
        return { ...common, status: excess > 0 ? exceeded : 'pass', actual: head, allowed, excess, message };
    }
    const ref = 'since' in limit ? limit.since : undefined;
    if (base === undefined) {
        const why = ref !== undefined
            ? since?.report
                ? `not in the report at ${since.label}`
                : (since?.reason?.replace(/\.$/, '') ?? `${ref} was not read`)
            : checkpoint.change === 'added'
                ? 'a new checkpoint, not in the baseline'
                : 'no baseline';
        return { ...common, status: 'no-baseline', excess: 0, message: `${where}: ${why}; growth limit ${limit.text} not checked` };
    }
    const growth = head - base;
    // A percentage of nothing is nothing: growing from 0 B exceeds any percentage limit.
    const allowed = limit.kind === 'growth-bytes' ? limit.size.bytes : Math.floor((base * limit.percent) / 100);
    const excess = Math.max(0, growth - allowed);
    const from = ref !== undefined ? ` since ${since?.label ?? ref}` : '';
    const change = `${(0,format_bytes/* formatDeltaBytes */.js)(growth)}${base > 0 ? ` (${(0,format_bytes/* formatPercent */.l9)(growth / base, { signed: true })})` : ''}${from} from ${(0,format_bytes/* formatBytes */.z3)(base)}`;
    const message = excess > 0
        ? `${where} grew by ${change}, ${(0,format_bytes/* formatBytes */.z3)(excess)} over the limit of ${limit.text} ${origin}`
        : `${where} changed by ${change}, within ${limit.text}`;
    return { ...common, status: excess > 0 ? exceeded : 'pass', actual: growth, allowed, excess, message };
}
function evaluateCheck(rule, limit, checkpoint) {
    if (limit.kind !== 'check')
        throw new Error(`budget rule '${rule.text}': a ${rule.category} rule without its check`);
    const judgement = limit.check.judge(checkpoint.head);
    const status = judgement.status === 'exceeded' ? (rule.soft ? 'warn' : 'fail') : judgement.status === 'unknown' ? 'no-baseline' : 'pass';
    const origin = judgement.status === 'exceeded' ? ` (${ruleOrigin(rule)}: ${rule.text})` : '';
    return {
        rule,
        limit,
        checkpointId: checkpoint.id,
        category: rule.category,
        status,
        head: judgement.head,
        excess: judgement.excess,
        ...(judgement.summary === undefined ? {} : { summary: judgement.summary }),
        message: `${checkpoint.id}: ${judgement.detail}${origin}`
    };
}
/** Whether any rule needs the bytes per dtype of each checkpoint (measure with `dtypes`). */
function needsDtypes(rules) {
    return rules.some((rule) => rule.category === 'dtype');
}
/** Whether any rule needs the duplicate scan of each checkpoint (measure with `duplicates`). */
function needsDuplicates(rules) {
    return rules.some((rule) => rule.category === 'duplicates');
}
/** The messages of the exceeded hard limits, for `core.setFailed` / stderr. Empty when none. */
function failureMessages(verdict) {
    return verdict.results.filter((result) => result.status === 'fail').map((result) => result.message);
}


/***/ }),

/***/ 7530:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LO: () => (/* binding */ selectPaths),
/* harmony export */   qz: () => (/* binding */ globSelector)
/* harmony export */ });
/* unused harmony exports parsePathPatterns, pathSelector, directorySelector */
/* harmony import */ var minimatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3581);

const PARENT_REASON = "pattern contains '..', which could leave the workspace; not searched. Write it relative to the workspace root";
/** Normalises `path`-style lines (see the module comment). */
function parsePathPatterns(lines) {
    const patterns = [];
    const refused = [];
    for (const raw of lines) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            continue;
        const negate = line.startsWith('!');
        const body = negate ? line.slice(1).trim() : line;
        const pattern = normaliseGlob(body);
        if (typeof pattern === 'string')
            refused.push({ pattern: body, reason: pattern });
        else
            patterns.push({ negate, ...pattern });
    }
    return { patterns, refused };
}
/** One glob normalised, or why it selects nothing. */
function normaliseGlob(body) {
    const posix = body.replace(/\\/g, '/');
    if (posix.split('/').includes('..'))
        return PARENT_REASON;
    if (/^(\/|[A-Za-z]:\/)/.test(posix))
        return { glob: body, absolute: true };
    const relative = posix.replace(/^(\.\/)+/, '').replace(/\/+$/, '');
    return { glob: relative === '' || relative === '.' ? '**' : relative, absolute: false };
}
/**
 * A test for relative POSIX paths (files git tracks, checkpoint ids) against the normalised lines:
 * included when the last line matching the path or one of its directories is not a `!` line.
 * Absolute patterns match nothing here (there is no disk to place them on).
 */
function pathSelector(patterns) {
    const compiled = compiledLines(patterns);
    return (path) => {
        const last = lastMatchingLine(compiled, path);
        return last >= 0 && !compiled[last].negate;
    };
}
/**
 * A test for directories, for a walk that prunes: false when no path below the directory can be
 * selected, so the walk need not enter it (`node_modules` under the default path lines, which
 * exclude it; `src/` under `exports/**`). True when unsure. Below a directory, a path is selected
 * by the last line matching it or one of its directories (pathSelector); the lines matching the
 * directory itself or its ancestors match every path below it too, so only a later positive line
 * that can match somewhere below (minimatch's partial match) can still select one.
 */
function directorySelector(patterns) {
    const compiled = compiledLines(patterns);
    return (dir) => {
        const last = lastMatchingLine(compiled, dir);
        if (last >= 0 && !compiled[last].negate)
            return true;
        return compiled.slice(last + 1).some(({ negate, matcher }) => !negate && matcher.match(dir, true));
    };
}
/** The index of the last line that matches `path` or one of its directories; -1 when none does. */
function lastMatchingLine(compiled, path) {
    const candidates = pathAndAncestors(path);
    for (let index = compiled.length - 1; index >= 0; index--)
        if (candidates.some(compiled[index].test))
            return index;
    return -1;
}
function compiledLines(patterns) {
    return patterns
        .filter((pattern) => !pattern.absolute)
        .map((pattern) => {
        const matcher = compiledGlob(pattern.glob);
        const regex = matcher.makeRe();
        return { negate: pattern.negate, matcher, test: regex ? (path) => regex.test(path) : (path) => matcher.match(path) };
    });
}
/** The paths among `paths` that the `path` lines select, in their order. */
function selectPaths(paths, lines) {
    const selected = pathSelector(parsePathPatterns(lines).patterns);
    return paths.filter(selected);
}
/**
 * A test for one glob (a budget rule's), read as one `path` line: a glob naming a directory covers
 * what is inside it; a `..` glob matches nothing.
 */
function globSelector(glob) {
    let selector = GLOB_SELECTORS.get(glob);
    if (!selector) {
        selector = pathSelector(parsePathPatterns([glob]).patterns.filter((pattern) => !pattern.negate));
        GLOB_SELECTORS.set(glob, selector);
    }
    return selector;
}
const GLOB_SELECTORS = new Map();
/**
 * The options @actions/glob's internal Pattern gives minimatch
 * (actions/toolkit:packages/glob/src/internal-pattern.ts), compiled once per glob: a rule is
 * matched against every checkpoint of a report, a line against every tracked file.
 */
const COMPILED_GLOBS = new Map();
function compiledGlob(glob) {
    let matcher = COMPILED_GLOBS.get(glob);
    if (!matcher) {
        matcher = new minimatch__WEBPACK_IMPORTED_MODULE_0__/* .Minimatch */ .VR(glob, { dot: true, nobrace: true, nocomment: true, noext: true, nonegate: true });
        COMPILED_GLOBS.set(glob, matcher);
    }
    return matcher;
}
/** `a/b/c` → `a`, `a/b`, `a/b/c`: a pattern that matches a directory matches its descendants. */
function pathAndAncestors(path) {
    const segments = path.split('/');
    return segments.map((_, index) => segments.slice(0, index + 1).join('/')).filter((prefix) => prefix !== '');
}


/***/ }),

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

//# sourceMappingURL=8424.index.js.map