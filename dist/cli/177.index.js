export const id = 177;
export const ids = [177];
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


/***/ }),

/***/ 9177:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderMarkdown: () => (/* binding */ renderMarkdown)
});

// UNUSED EXPORTS: COMMENT_MARKER_PREFIX, GITHUB_COMMENT_MAX_LENGTH, GITHUB_SUMMARY_MAX_BYTES, commentMarker, renderSummary

// EXTERNAL MODULE: ./src/core/format-bytes.ts
var format_bytes = __webpack_require__(7586);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/types.ts
var types = __webpack_require__(3054);
// EXTERNAL MODULE: ./src/core/size-units.ts
var size_units = __webpack_require__(6048);
;// CONCATENATED MODULE: ./src/core/noise-floor.ts



const NO_NOISE_FLOOR = { bytes: 0, ratio: 0, text: '' };
/**
 * Parses `1 kB`, `0.1%`, or both separated by a comma; empty gives no floor.
 * @throws ConfigError naming `source` and the expected form.
 */
function parseNoiseFloor(text, source = 'min-change') {
    const trimmed = text.trim();
    if (trimmed === '')
        return NO_NOISE_FLOOR;
    const floor = { bytes: 0, ratio: 0, text: trimmed };
    for (const term of trimmed.split(',').map((part) => part.trim())) {
        if (term.endsWith('%')) {
            const number = term.slice(0, -1).trim();
            if (!/^(\d+(\.\d+)?|\.\d+)$/.test(number))
                throw new ConfigError(`${source}: '${term}' is not a percentage; expected e.g. '1 kB, 0.1%'.`);
            floor.ratio = Number(number) / 100;
        }
        else {
            try {
                floor.bytes = parseSize(term).bytes;
            }
            catch (error) {
                throw new ConfigError(`${source}: ${error.message} Expected e.g. '1 kB, 0.1%'.`);
            }
        }
    }
    return floor;
}
/** Whether a change of `delta` bytes from `base` reaches the floor. */
function isSignificantChange(delta, base, floor) {
    if (delta === 0)
        return false;
    if (Math.abs(delta) < floor.bytes)
        return false;
    // Growth from nothing is always significant by ratio.
    return base === 0 || Math.abs(delta) / base >= floor.ratio;
}
/**
 * Whether a checkpoint changed enough to be shown: added and removed always; a changed one when
 * some category (or the total) moved by at least the floor.
 */
function changedBeyondFloor(checkpoint, floor) {
    if (checkpoint.change === 'added' || checkpoint.change === 'removed')
        return true;
    if (checkpoint.change !== 'changed')
        return false;
    return [...types/* CATEGORIES */.R, 'total'].some((category) => {
        const { delta, base } = checkpoint.categories[category];
        return delta !== undefined && isSignificantChange(delta, base ?? 0, floor);
    });
}

// EXTERNAL MODULE: ./src/core/outcome.ts
var core_outcome = __webpack_require__(9411);
;// CONCATENATED MODULE: ./src/report/escape.ts
/**
 * Makes text taken from checkpoints and baseline reports (ids, paths, tensor names, dtypes,
 * warnings) inert inside a GitHub comment or job summary.
 *
 * Everything is escaped with HTML character references, never backslashes, because the same text
 * lands both in markdown (table cells, list items) and in raw HTML blocks (`<summary>`), where
 * backslash escapes are not processed. A character reference is always literal text, never
 * markdown syntax (CommonMark 0.31 §2.5 and §6.2), and a browser decodes it in HTML. So:
 * - `<` `>` `&` `"` `'` become references: no HTML, no `<!-- -->` comment, hence no copy of the
 *   sticky-comment marker in the raw body that the comment lookup searches;
 * - markdown punctuation (`|` `` ` `` `*` `_` `[` `]` `~` `$` `\` `!` `#`) becomes references: no cell
 *   break, code span, emphasis, link, strikethrough, math or heading; `:` too, so no `:emoji:`
 *   shortcode or `https://` autolink forms;
 * - `@`, `#` and `GH-` are followed by a zero-width space, as Renovate does for release notes: GitHub
 *   finds mentions and issue references in the rendered text, where a reference is already
 *   decoded, so only a character between `@` and the name stops the ping;
 * - line breaks, other control characters and bidi overrides are shown as `\n`, `\u202e`...;
 * - block syntax at the start (`- `, `1. `, `+`, `=`, leading spaces) is made literal;
 * - text longer than `maxLength` characters keeps its start and end around an ellipsis.
 */
function escapeMarkdown(text, maxLength) {
    const shown = visibleControls(shorten(text, maxLength));
    let out = '';
    for (const char of shown)
        out += ESCAPES[char] ?? char;
    // `GH-123` is an issue reference too.
    out = out.replace(/\b(GH)-(?=\d)/gi, `$1-${ZWSP}`);
    return escapeLineStart(out);
}
/** As escapeMarkdown, inside `<code>`: for names and paths, in table cells and HTML blocks alike. */
function escapeCode(text, maxLength) {
    return `<code>${escapeMarkdown(text, maxLength)}</code>`;
}
/** Zero-width space, between `@`/`#` and what follows (see escapeMarkdown). */
const ZWSP = '&#8203;';
const ESCAPES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
    '|': '&#124;',
    '`': '&#96;',
    '*': '&#42;',
    _: '&#95;',
    '[': '&#91;',
    ']': '&#93;',
    '~': '&#126;',
    $: '&#36;',
    '\\': '&#92;',
    '!': '&#33;',
    '#': `&#35;${ZWSP}`,
    '@': `@${ZWSP}`,
    ':': '&#58;'
};
/** Named escapes for the control characters a user might recognise. */
const CONTROL_NAMES = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/**
 * C0/C1 controls, DEL, line/paragraph separators, bidi embeddings, overrides and isolates
 * (the "Trojan Source" characters, CVE-2021-42574), zero-width and BOM characters.
 */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200b-\u200f\ufeff]/gu;
function visibleControls(text) {
    return text.replace(INVISIBLE, (char) => CONTROL_NAMES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/** Keeps the start and the end (where a path has its file name) of an over-long text. */
function shorten(text, maxLength) {
    if (maxLength === undefined)
        return text;
    const chars = Array.from(text); // code points: never split a surrogate pair
    if (chars.length <= maxLength)
        return text;
    const keep = Math.max(maxLength - 1, 2);
    const head = Math.ceil(keep * 0.6);
    return `${chars.slice(0, head).join('')}…${chars.slice(chars.length - (keep - head)).join('')}`;
}
/**
 * Makes the first characters literal when they would start a block inside a list item or a
 * paragraph: `- ` / `+ ` (list), `=` (setext underline), `1. ` / `1) ` (ordered list), and
 * leading spaces (indented code). Character references are never block syntax (CommonMark §2.5).
 */
function escapeLineStart(text) {
    let out = text.replace(/^ +/, (spaces) => '&#32;'.repeat(spaces.length));
    out = out.replace(/^([-+=])/, (char) => `&#${char.charCodeAt(0)};`);
    out = out.replace(/^(\d+)([.)])/, (_, digits, mark) => `${digits}&#${mark.charCodeAt(0)};`);
    return out;
}

;// CONCATENATED MODULE: ./src/report/cells.ts


/*
 * Table cells that keep their shape in a comment about 900 px wide: a size never breaks between
 * its number and its unit, and a long path gives up its start, not its file name.
 */
/** No-break space: `12.5 MB` stays on one line in a narrow cell. */
const NBSP = '\u00a0';
/** `formatBytes` with a no-break space before the unit. */
function size(bytes) {
    return bytes === undefined ? '—' : unbroken((0,format_bytes/* formatBytes */.z3)(bytes));
}
/** `formatDeltaBytes` with a no-break space before the unit. */
function deltaSize(delta) {
    return unbroken((0,format_bytes/* formatDeltaBytes */.js)(delta));
}
/** A signed percentage of the base; `∞` for growth from nothing, empty when there is no change. */
function deltaPercent(delta, base) {
    if (delta === undefined || base === undefined)
        return '';
    if (base > 0)
        return (0,format_bytes/* formatPercent */.l9)(delta / base, { signed: true });
    return delta ? '∞' : '';
}
/** `12.5 MB → 39.3 MB`, unbreakable: the arrow belongs to both. */
function sizeChange(base, head) {
    return `${size(base)}${NBSP}→${NBSP}${size(head)}`;
}
function unbroken(text) {
    return text.replace(/ /g, NBSP);
}
/** Free text (a rule's summary) with every size in it kept on one line: `8.00 MB`, not `8.00⏎MB`. */
function unbrokenSizes(text) {
    return text.replace(/(\d) (B|kB|MB|GB|TB|KiB|MiB|GiB)\b/g, `$1${NBSP}$2`);
}
/** Longest checkpoint path shown in a table cell; the details show it whole. */
const CELL_PATH_LENGTH = 48;
/**
 * A path shortened from the left at a `/`, so the file name and its nearest directories stay:
 * `examples/very/long/tree/mnist-cnn-adam/model.ckpt` → `…/mnist-cnn-adam/model.ckpt`. A last
 * segment longer than `max` keeps its start and end (escapeMarkdown's own shortening).
 */
function shortPath(path, max = CELL_PATH_LENGTH) {
    const chars = Array.from(path);
    if (chars.length <= max)
        return escapeCode(path);
    const segments = path.split('/');
    let kept = segments.pop();
    while (segments.length > 0 && Array.from(`…/${segments.at(-1)}/${kept}`).length <= max)
        kept = `${segments.pop()}/${kept}`;
    return escapeCode(Array.from(kept).length + 2 <= max ? `…/${kept}` : kept, max);
}

// EXTERNAL MODULE: ./src/core/budget-status.ts
var budget_status = __webpack_require__(8273);
;// CONCATENATED MODULE: ./src/report/markdown-details.ts





/**
 * The third layer: a collapsed section per checkpoint row with its full path, the per-category
 * table, every rule's result in full (which tensors a dtype rule names, what it would save), the
 * explanations and warnings, the largest tensors with the reasons for their categories, and the
 * pie of the category shares.
 */
function renderRowDetails(row, context) {
    const checkpoint = row.diff?.head ?? row.diff?.base;
    if (!row.diff || !checkpoint)
        return undefined;
    const total = row.diff.categories.total;
    const change = context.withBase && total.delta !== undefined ? ` (${deltaSize(total.delta)})` : '';
    const facts = [
        `${size(total.head ?? total.base)}${change}`,
        `${(0,format_bytes/* formatCount */.B4)(checkpoint.tensors)} tensor${checkpoint.tensors === 1 ? '' : 's'}`,
        ...(checkpoint.parameters > 0 ? [`${(0,format_bytes/* formatCount */.B4)(checkpoint.parameters)} parameters`] : []),
        `${escapeMarkdown(checkpoint.format)}, classified by ${escapeMarkdown(checkpoint.classifiedBy)}`
    ];
    const lines = ['<details>', `<summary>${escapeCode(row.id, context.nameLength)}: ${facts.join(' · ')}</summary>`, ''];
    lines.push(...categoryTable(row, context), '');
    const notes = [];
    // Byte limits are in the table above; rules on other things (a dtype rule names its tensors) say more.
    for (const result of [...row.results].sort(byStatus)) {
        if (result.summary === undefined || result.status === 'pass')
            continue;
        notes.push(`- ${result.status === 'fail' ? '❌' : '⚠️'} ${escapeMarkdown(result.message, context.full ? undefined : 600)}`);
    }
    for (const finding of [...row.failures, ...row.warnings]) {
        if (finding.kind === 'over-budget' || finding.kind === 'soft-limit')
            continue;
        notes.push(`- ${row.failures.includes(finding) ? '❌' : '⚠️'} ${escapeMarkdown(finding.message, context.full ? undefined : 600)}`);
    }
    for (const explanation of checkpoint.explanations)
        notes.push(`- 💡 ${escapeMarkdown(explanation, context.full ? undefined : 400)}`);
    for (const warning of checkpoint.warnings)
        notes.push(`- ⚠️ ${escapeMarkdown(warning, context.full ? undefined : 400)}`);
    const categoryNotes = types/* CATEGORIES */.R.filter((category) => checkpoint.categoryNotes?.[category]);
    for (const category of categoryNotes)
        notes.push(`- ${category}: ${escapeMarkdown(checkpoint.categoryNotes[category], context.nameLength)}`);
    if (notes.length)
        lines.push(...notes, '');
    lines.push(...largestTensors(checkpoint, context), ...pie(checkpoint));
    if (context.full)
        lines.push(...filesAndUnclassified(checkpoint, context));
    lines.push('</details>');
    return lines.join('\n');
}
function byStatus(a, b) {
    return budget_status/* RESULT_STATUS_ORDER */.O.indexOf(a.status) - budget_status/* RESULT_STATUS_ORDER */.O.indexOf(b.status);
}
/** One row per category with bytes on either side or a rule about it, then the total. */
function categoryTable(row, context) {
    const diff = row.diff;
    const byCategory = new Map();
    for (const result of row.results)
        byCategory.set(result.category, [...(byCategory.get(result.category) ?? []), result]);
    const shown = types/* CATEGORIES */.R.filter((category) => {
        const delta = diff.categories[category];
        return (delta.base ?? 0) > 0 || (delta.head ?? 0) > 0 || byCategory.has(category);
    });
    const lines = context.withBase
        ? ['| Category | Base | Head | Δ | Δ% | Limit | Status |', '|---|--:|--:|--:|--:|---|---|']
        : ['| Category | Size | Share | Limit | Status |', '|---|--:|--:|---|---|'];
    for (const category of [...shown, 'total']) {
        const results = byCategory.get(category) ?? [];
        const limit = results.map((result) => `${result.rule.soft ? 'warn ' : ''}${escapeCode(unbroken(result.limit.text))}`).join(', ');
        const status = categoryStatus(results);
        const delta = diff.categories[category];
        const label = category === 'total' ? '**total**' : category;
        const cells = context.withBase
            ? [label, size(delta.base), size(delta.head), delta.delta === undefined ? '—' : deltaSize(delta.delta), deltaPercent(delta.delta, delta.base), limit, status]
            : [label, size(delta.head), shareOf(diff, category), limit, status];
        lines.push(`| ${cells.join(' | ')} |`);
    }
    // Rules on other things than a category's bytes (dtype, pickle...) get rows of their own.
    for (const [subject, results] of byCategory) {
        if (subject === 'total' || types/* CATEGORIES */.R.includes(subject))
            continue;
        const limit = results.map((result) => escapeCode(unbroken(result.limit.text))).join(', ');
        const blanks = context.withBase ? ['', '', '', ''] : ['', ''];
        lines.push(`| ${escapeMarkdown(subject)} | ${blanks.join(' | ')} | ${limit} | ${categoryStatus(results)} |`);
    }
    return lines;
}
/** The worst result, a pass outranking "no baseline". */
function categoryStatus(results) {
    const has = (status) => results.some((result) => result.status === status);
    if (has('fail'))
        return '❌';
    if (has('warn'))
        return '⚠️';
    if (has('pass'))
        return '✅';
    if (has('no-baseline'))
        return '➖ no baseline';
    return '';
}
function shareOf(diff, category) {
    const total = diff.categories.total.head ?? 0;
    if (category === 'total' || total === 0)
        return '';
    return (0,format_bytes/* formatPercent */.l9)((diff.categories[category].head ?? 0) / total);
}
function largestTensors(checkpoint, context) {
    const top = (checkpoint.top ?? []).slice(0, context.full ? undefined : context.topTensors);
    if (top.length === 0)
        return [];
    // "Why" (the reason for the category) only when the reader gave reasons.
    const withWhy = top.some((tensor) => tensor.reason);
    const lines = withWhy
        ? ['| Largest tensors | Category | Why | Type | Size |', '|---|---|---|---|--:|']
        : ['| Largest tensors | Category | Type | Size |', '|---|---|---|--:|'];
    for (const tensor of top) {
        const type = `${escapeMarkdown(tensor.dtype, 40)}[${tensor.shape.join(', ')}]`;
        // The reason names tensors of the checkpoint: escaped like them.
        const why = withWhy ? ` ${escapeMarkdown(tensor.reason ?? '', context.nameLength)} |` : '';
        lines.push(`| ${escapeCode(tensor.name, context.nameLength)} | ${tensor.category} |${why} ${type} | ${size(tensor.bytes)} |`);
    }
    return [...lines, ''];
}
function pie(checkpoint) {
    const slices = types/* CATEGORIES */.R.filter((category) => checkpoint.bytes[category] > 0);
    if (slices.length === 0)
        return [];
    // Labels are our own category names and byte figures: nothing from the checkpoint reaches mermaid.
    const lines = ['```mermaid', 'pie title Bytes by category'];
    for (const category of slices)
        lines.push(`    "${category} ${(0,format_bytes/* formatBytes */.z3)(checkpoint.bytes[category])}" : ${checkpoint.bytes[category]}`);
    return [...lines, '```', ''];
}
function filesAndUnclassified(checkpoint, context) {
    const lines = [];
    if (checkpoint.unclassifiedTensors?.length) {
        lines.push(`Unclassified tensors: ${checkpoint.unclassifiedTensors.map((name) => escapeCode(name, context.nameLength)).join(', ')}`, '');
    }
    lines.push('| File | Role | Size |', '|---|---|--:|');
    for (const file of checkpoint.files) {
        const absent = file.present === false ? ' (absent)' : '';
        lines.push(`| ${escapeCode(file.path, context.nameLength)}${absent} | ${escapeMarkdown(file.role)} | ${size(file.bytes)} |`);
    }
    return [...lines, ''];
}

;// CONCATENATED MODULE: ./src/report/rows.ts


/** The category (not the total) that moved most, with its change; undefined when none moved. */
function movedMost(diff) {
    let best;
    for (const category of types/* CATEGORIES */.R) {
        const { delta } = diff.categories[category];
        if (delta !== undefined && delta !== 0 && (!best || Math.abs(delta) > Math.abs(best.delta)))
            best = { category, delta };
    }
    return best;
}
/** The largest category of a checkpoint side, for rows without a change (new, or no baseline). */
function largestCategory(diff, side) {
    let best;
    for (const category of types/* CATEGORIES */.R) {
        const bytes = diff.categories[category][side] ?? 0;
        if (bytes > 0 && (!best || bytes > best.bytes))
            best = { category, bytes };
    }
    return best;
}
const RANK_ORDER = ['fail', 'warn', 'changed', 'quiet'];
/**
 * Every checkpoint and unreadable file as a row, sorted by impact: failures first, then warnings,
 * then changes by |Δ| (largest first), then the quiet ones; ties by id.
 */
function buildRows(verdict, outcome, floor = NO_NOISE_FLOOR) {
    // One pass over results and findings: thousands of checkpoints × rules must not be quadratic.
    const resultsById = groupBy(verdict.results, (result) => result.checkpointId);
    const failuresById = groupBy(outcome.failures, (finding) => finding.checkpointId);
    const warningsById = groupBy(outcome.warnings, (finding) => finding.checkpointId);
    const { diff } = verdict;
    const row = (id, rest, changed) => {
        const failures = failuresById.get(id) ?? [];
        const warnings = warningsById.get(id) ?? [];
        const rank = failures.length ? 'fail' : warnings.length ? 'warn' : changed ? 'changed' : 'quiet';
        return { id, results: resultsById.get(id) ?? [], failures, warnings, changed, rank, ...rest };
    };
    const rows = diff.checkpoints.map((checkpoint) => {
        const total = checkpoint.categories.total;
        const impact = diff.base ? Math.abs(total.delta ?? (total.head ?? 0) - (total.base ?? 0)) : (total.head ?? 0);
        return row(checkpoint.id, { diff: checkpoint, impact }, changedBeyondFloor(checkpoint, floor));
    });
    for (const error of diff.head.errors)
        rows.push(row(error.path, { error, impact: 0 }, false));
    return rows.sort((a, b) => RANK_ORDER.indexOf(a.rank) - RANK_ORDER.indexOf(b.rank) || b.impact - a.impact || a.id.localeCompare(b.id));
}
function groupBy(items, key) {
    const groups = new Map();
    for (const item of items) {
        const id = key(item);
        if (id === undefined)
            continue;
        const group = groups.get(id);
        if (group)
            group.push(item);
        else
            groups.set(id, [item]);
    }
    return groups;
}

;// CONCATENATED MODULE: ./src/report/markdown-table.ts




/** What a finding that is not a budget result says in a status cell. */
const FINDING_LABEL = {
    'over-budget': 'over budget',
    'soft-limit': 'over a soft limit',
    'unmatched-rule': 'rule matches nothing',
    unreadable: 'could not be read',
    'nothing-found': 'nothing found',
    'dangerous-pickle': 'dangerous pickle'
};
/** Results and findings shown in one status cell; the details list them all. */
const STATUS_LINES = 3;
/**
 * The comment's table: one row per checkpoint that fails, warns or changed (the rows given), with
 * base → head, Δ, Δ%, the category that moved most, and the status with the rule. Without a
 * baseline: size and largest category instead of the change.
 */
function renderRowsTable(rows, withBase) {
    if (rows.length === 0)
        return [];
    const header = withBase
        ? ['| Checkpoint | Base → Head | Δ | Δ% | Moved most | Status |', '|---|--:|--:|--:|---|---|']
        : ['| Checkpoint | Size | Largest category | Status |', '|---|--:|---|---|'];
    return [header.join('\n'), ...rows.map((row) => `| ${rowCells(row, withBase).join(' | ')} |`)];
}
function rowCells(row, withBase) {
    const name = checkpointCell(row);
    const status = statusCell(row);
    const diff = row.diff;
    if (!diff)
        return withBase ? [name, '—', '—', '', '', status] : [name, '—', '', status];
    const total = diff.categories.total;
    if (!withBase) {
        const largest = largestCategory(diff, 'head');
        return [name, size(total.head), largest ? `${largest.category} ${size(largest.bytes)}` : '', status];
    }
    if (diff.change === 'added') {
        const largest = largestCategory(diff, 'head');
        return [name, sizeChange(undefined, total.head), 'new', '', largest ? `${largest.category} ${size(largest.bytes)}` : '', status];
    }
    if (diff.change === 'removed') {
        return [name, sizeChange(total.base, undefined), deltaSize(-(total.base ?? 0)), total.base ? '-100%' : '', 'removed', status];
    }
    const moved = movedMost(diff);
    return [
        name,
        sizeChange(total.base, total.head),
        deltaSize(total.delta ?? 0),
        deltaPercent(total.delta, total.base),
        moved ? `${moved.category} ${deltaSize(moved.delta)}` : '',
        status
    ];
}
function checkpointCell(row) {
    const tags = [];
    if (row.diff?.change === 'added')
        tags.push('*new*');
    if (row.diff?.change === 'removed')
        tags.push('*removed*');
    if (row.diff?.head?.latest)
        tags.push('*latest*');
    const name = shortPath(row.id);
    return tags.length ? `${name} ${tags.join(' ')}` : name;
}
const RESULT_ICON = { pass: '✅', warn: '⚠️', fail: '❌', 'no-baseline': '➖' };
/**
 * What happened, worst first: each exceeded limit with its rule and by how much, each other
 * finding by name. With none, a passed limit outranks "no baseline": an absolute limit that was
 * checked says more than a growth limit that could not be.
 */
function statusCell(row) {
    // Under `fail-on: never` an exceeded hard limit only warns: the icon follows the step.
    const hardFails = row.failures.some((finding) => finding.kind === 'over-budget');
    const exceeded = row.results.filter((result) => result.status === 'fail' || result.status === 'warn').sort(budget_status/* byWorstStatus */.P);
    const lines = exceeded.map((result) => `${result.status === 'fail' && hardFails ? '❌' : '⚠️'} ${describeExceeded(result)}`);
    const failing = new Set(row.failures);
    for (const finding of [...row.failures, ...row.warnings]) {
        if (finding.kind === 'over-budget' || finding.kind === 'soft-limit')
            continue;
        lines.push(`${failing.has(finding) ? '❌' : '⚠️'} ${FINDING_LABEL[finding.kind]}`);
    }
    if (lines.length > 0) {
        const more = lines.length - STATUS_LINES;
        return lines.slice(0, STATUS_LINES).join('<br>') + (more > 0 ? `<br>and ${more} more` : '');
    }
    if (row.diff?.change === 'removed')
        return 'removed';
    const passed = row.results.filter((result) => result.status === 'pass');
    if (passed.length > 0)
        return `${RESULT_ICON.pass} ${limitList(passed)}`;
    const unchecked = row.results.filter((result) => result.status === 'no-baseline');
    if (unchecked.length > 0)
        return `${RESULT_ICON['no-baseline']} no baseline for ${limitList(unchecked)}`;
    return '—';
}
/** `26.2 MB over <code>optimizer: 0 B</code>`, or the rule's own summary for rules on other things than bytes. */
function describeExceeded(result) {
    const label = limitLabel(result);
    if (result.summary !== undefined)
        return `${label}: ${escapeMarkdown(unbrokenSizes(result.summary), 80)}`;
    return `${size(result.excess)}${NBSP}${result.limit.kind === 'floor' ? 'under' : 'over'} ${label}`;
}
/** `<code>optimizer: 0 B</code>`: the category and the one limit term the result is about. */
function limitLabel(result) {
    return escapeCode(unbroken(`${result.rule.soft ? 'warn ' : ''}${result.category}: ${result.limit.text}`));
}
/** Up to two limits by label, then a count. */
function limitList(results) {
    const labels = [...new Set(results.map(limitLabel))];
    return labels.slice(0, 2).join(', ') + (labels.length > 2 ? ` and ${labels.length - 2} more` : '');
}

;// CONCATENATED MODULE: ./src/report/markdown-verdict.ts





/**
 * `### ❌ Model size (mobile): optimizer +26.2 MB in <code>exports/model.ckpt</code>, 26.2 MB over
 * <code>optimizer: 0 B</code>; 1 of 3 checkpoints changed`: the outcome's icon, the comment key,
 * the one thing a reviewer must know, and how much changed.
 */
function renderTitle(context) {
    const key = context.commentKey ? ` (${escapeMarkdown(context.commentKey, 64)})` : '';
    const parts = [leadPhrase(context), countPhrase(context)].filter((part) => part !== '');
    return `### ${context.outcome.icon} Model size${key}: ${parts.join('; ')}`;
}
function leadPhrase(context) {
    const { outcome, rows, verdict } = context;
    const troubled = rows.filter((row) => row.rank === 'fail' || row.rank === 'warn');
    const rowless = [...outcome.failures, ...outcome.warnings].filter((finding) => finding.checkpointId === undefined);
    // Failures before warnings: a row that fails outranks a rule typo, which outranks a row that warns.
    const failingRowless = rowless.filter((finding) => outcome.failures.includes(finding));
    let lead;
    if (troubled[0]?.rank === 'fail' || (troubled[0] && failingRowless.length === 0))
        lead = describeTrouble(troubled[0]);
    else if (rowless[0])
        lead = ROWLESS_LEAD[rowless[0].kind] ?? escapeMarkdown(rowless[0].message, 200);
    else
        return describeChange(context) + (verdict.rules.length > 0 ? ', within budget' : '');
    const others = troubled.length + rowless.length - 1;
    return others > 0 ? `${lead} (and ${others} more)` : lead;
}
const ROWLESS_LEAD = {
    'nothing-found': 'no checkpoint found',
    'unmatched-rule': 'a budget rule matches no checkpoint'
};
/** The worst thing about a row: its largest exceeded limit, else its first other finding. */
function describeTrouble(row) {
    const path = shortPath(row.id);
    const exceeded = row.results
        .filter((result) => result.status === 'fail' || result.status === 'warn')
        .sort((a, b) => (a.status === b.status ? b.excess - a.excess : a.status === 'fail' ? -1 : 1))[0];
    if (exceeded) {
        if (exceeded.summary !== undefined)
            return `${describeExceeded(exceeded)} in ${path}`;
        const { base, head } = exceeded;
        const amount = base !== undefined && head !== base ? unbroken((0,format_bytes/* formatDeltaBytes */.js)(head - base)) : size(head);
        return `${exceeded.category} ${amount} in ${path}, ${describeExceeded(exceeded)}`;
    }
    const finding = row.failures[0] ?? row.warnings[0];
    return `${FINDING_LABEL[finding.kind]}: ${path}`;
}
/** The change that moved most, or the size when there is nothing to compare with. */
function describeChange(context) {
    const lead = context.rows.find((row) => row.changed);
    const checkpoints = context.verdict.diff.head.checkpoints.length;
    if (!context.withBase || !lead?.diff)
        return `${size(context.verdict.diff.total.total.head ?? 0)} in ${plural(checkpoints, 'checkpoint')}`;
    const path = shortPath(lead.id);
    if (lead.diff.change === 'added')
        return `new ${path}, ${size(lead.diff.categories.total.head)}`;
    if (lead.diff.change === 'removed')
        return `${path} removed, ${size(lead.diff.categories.total.base)}`;
    const moved = movedMost(lead.diff);
    return `${moved.category} ${unbroken((0,format_bytes/* formatDeltaBytes */.js)(moved.delta))} in ${path}`;
}
function countPhrase(context) {
    const checkpoints = context.verdict.diff.checkpoints.length;
    if (checkpoints === 0)
        return '';
    if (!context.withBase)
        return 'no baseline';
    const changed = context.rows.filter((row) => row.changed).length;
    if (changed === 0)
        return `${plural(checkpoints, 'checkpoint')} unchanged`;
    return `${changed} of ${plural(checkpoints, 'checkpoint')} changed`;
}
function plural(count, noun) {
    return `${(0,format_bytes/* formatCount */.B4)(count)} ${noun}${count === 1 ? '' : 's'}`;
}
/** `**39.3 MB** in 3 checkpoints, **+26.8 MB** (+214%) against the baseline.` */
function renderTotals({ verdict }) {
    const { diff } = verdict;
    if (diff.checkpoints.length === 0)
        return undefined;
    const sizeText = `**${size(diff.total.total.head ?? 0)}** in ${plural(diff.head.checkpoints.length, 'checkpoint')}`;
    const { delta, ratio } = diff.total.total;
    if (!diff.base)
        return `${sizeText}; no baseline to compare with.`;
    if (delta === undefined || delta === 0)
        return `${sizeText}, unchanged against the baseline.`;
    return `${sizeText}, **${unbroken((0,format_bytes/* formatDeltaBytes */.js)(delta))}**${ratio === undefined ? '' : ` (${(0,format_bytes/* formatPercent */.l9)(ratio, { signed: true })})`} against the baseline.`;
}

// EXTERNAL MODULE: ./src/report/skipped.ts
var report_skipped = __webpack_require__(6078);
;// CONCATENATED MODULE: ./src/report/markdown.ts










/** GitHub rejects issue comments longer than this many characters. */
const GITHUB_COMMENT_MAX_LENGTH = 65_536;
/** Prefix of the hidden marker that identifies our sticky comment. */
const COMMENT_MARKER_PREFIX = 'model-size-budget';
/**
 * The hidden marker `<!-- model-size-budget:KEY -->` (KEY empty without a comment key) that the
 * action looks for among a PR's comments. The key is percent-encoded except for `[A-Za-z0-9._/-]`
 * (and a `-` after a `-`), so it can never close the HTML comment, and two different keys never
 * give the same marker.
 */
function commentMarker(commentKey = '') {
    let key = '';
    for (const char of commentKey.trim()) {
        const plain = /^[A-Za-z0-9._/]$/.test(char) || (char === '-' && !key.endsWith('-'));
        key += plain ? char : [...new TextEncoder().encode(char)].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('');
    }
    return `<!-- ${COMMENT_MARKER_PREFIX}:${key} -->`;
}
/** Longest checkpoint-supplied text shown in the comment; the summary allows more. */
const COMMENT_NAME_LENGTH = 120;
const SUMMARY_NAME_LENGTH = 1000;
/** Largest tensors shown per checkpoint when the options do not say. */
const DEFAULT_TOP_TENSORS = 10;
/** Rows of the comment's table; the job summary has the others. */
const ROWS_IN_COMMENT = 100;
/** Collapsed per-checkpoint sections in the comment, for its first rows. */
const DETAILS_IN_COMMENT = 20;
/** Without a baseline nothing changed: the table shows the largest checkpoints, up to this many. */
const ROWS_WITHOUT_BASELINE = 20;
/** Checkpoints named inside the comment's folded section. */
const FOLDED_IN_COMMENT = 100;
/**
 * The PR comment body, in three layers: (a) the verdict line, whose icon is the step's outcome,
 * with the number that matters and the comment key; (b) one table row per checkpoint that fails,
 * warns or changed, sorted by impact, the unchanged ones folded into one collapsed line; (c) a
 * collapsed section per row with the per-category table, every rule's result, the explanations,
 * the largest tensors and the pie. Then the files that could not be read, where the baseline came
 * from, and the hidden marker at the end. Everything taken from checkpoints is escaped (see
 * escape.ts). At most `maxLength` characters: when longer, cut between whole units (a row, a
 * section) with a note that points to the job summary; the marker is always kept.
 */
function renderMarkdown(verdict, options) {
    const maxLength = options.maxLength ?? GITHUB_COMMENT_MAX_LENGTH;
    const context = renderContext(verdict, options, false);
    const footer = [renderFooter(options.summaryUrl), commentMarker(options.commentKey)].join('\n');
    const link = safeUrl(options.summaryUrl);
    // GitHub's own limit, whatever room the caller keeps for the digest line.
    const note = `> [!NOTE]\n> This comment was cut to stay under GitHub's ${(0,format_bytes/* formatCount */.B4)(GITHUB_COMMENT_MAX_LENGTH)}-character limit; ` +
        (link ? `the [job summary](${link}) has the full report.` : "the run's job summary has the full report.");
    // GitHub counts characters; UTF-16 code units are never fewer, so the cut is on the safe side.
    return fitUnits(renderUnits(context), footer, note, maxLength, (text) => text.length);
}
/** GitHub's limit on one step's job summary (`$GITHUB_STEP_SUMMARY`), in bytes. */
const GITHUB_SUMMARY_MAX_BYTES = (/* unused pure expression or super */ null && (1024 * 1024));
/**
 * The job summary (`core.summary.addRaw`): the same content as the comment with every budget
 * check, file list and unclassified tensor, and longer names; no marker. Cut at a row boundary
 * only beyond `maxBytes`, with a note that points to the report JSON.
 */
function renderSummary(verdict, options) {
    const context = renderContext(verdict, options, true);
    const maxBytes = options.maxBytes ?? GITHUB_SUMMARY_MAX_BYTES;
    const note = `> [!NOTE]\n> This summary was cut to stay under GitHub's ${formatCount(maxBytes)}-byte limit for a job summary; ` +
        'the report JSON (the `report` output) has every figure.';
    return fitUnits(renderUnits(context), renderFooter(undefined), note, maxBytes - 1, (text) => Buffer.byteLength(text)) + '\n';
}
/**
 * Joins the units with the footer; when that is longer than `max` (as `measure` counts), keeps
 * the leading units that fit with the note, so the cut always falls between whole units.
 */
function fitUnits(units, footer, note, max, measure) {
    const whole = joinUnits(units) + '\n\n' + footer;
    if (measure(whole) <= max)
        return whole;
    const budget = max - measure(footer) - measure(note) - 4;
    const kept = [];
    let length = 0;
    for (const unit of units) {
        const added = (kept.length === 0 ? 0 : unit.separator.length) + measure(unit.text);
        if (length + added > budget)
            break;
        kept.push(unit);
        length += added;
    }
    while (kept.at(-1)?.heading)
        kept.pop();
    return joinUnits(kept) + '\n\n' + note + '\n\n' + footer;
}
function renderContext(verdict, options, full) {
    const outcome = options.outcome ?? (0,core_outcome/* decideOutcome */.dl)(verdict);
    const rows = buildRows(verdict, outcome, options.minChange ?? NO_NOISE_FLOOR);
    const withBase = verdict.diff.base !== undefined;
    // Without a baseline nothing changed: the largest checkpoints stand in for the changes.
    const quietShown = withBase ? 0 : ROWS_WITHOUT_BASELINE;
    const shown = [];
    const folded = [];
    let quiet = 0;
    for (const row of rows) {
        if (row.rank !== 'quiet' || quiet++ < quietShown)
            shown.push(row);
        else
            folded.push(row);
    }
    const nameLength = full ? SUMMARY_NAME_LENGTH : COMMENT_NAME_LENGTH;
    return { verdict, options, outcome, rows, shown, folded, nameLength, full, withBase, ...(options.commentKey ? { commentKey: options.commentKey } : {}) };
}
function joinUnits(units) {
    return units.map((unit, index) => (index === 0 ? unit.text : unit.separator + unit.text)).join('');
}
function section(lines) {
    return lines.map((text, index) => ({ text, separator: index === 0 ? '\n\n' : '\n' }));
}
function paragraphs(texts) {
    return texts.filter((text) => text !== undefined).map((text) => ({ text, separator: '\n\n' }));
}
function renderUnits(context) {
    const { shown } = context;
    const inTable = context.full ? shown : shown.slice(0, ROWS_IN_COMMENT);
    const [header, ...rows] = renderRowsTable(inTable, context.withBase);
    const withDetails = context.full ? context.rows : inTable.slice(0, DETAILS_IN_COMMENT);
    const detailsContext = {
        nameLength: context.nameLength,
        full: context.full,
        topTensors: context.options.topTensors ?? DEFAULT_TOP_TENSORS,
        withBase: context.withBase
    };
    return [
        ...paragraphs([renderTitle(context), renderTotals(context)]),
        ...section(renderOtherFindings(context)),
        ...(header ? [{ text: header, separator: '\n\n', heading: true }, ...rows.map((text) => ({ text, separator: '\n' }))] : []),
        ...paragraphs([renderMoreRows(context, shown.length - inTable.length), renderFolded(context)]),
        ...section(renderErrors(context, 'head')),
        ...section(renderErrors(context, 'base')),
        ...(context.full ? section(renderAllResults(context)) : []),
        ...paragraphs(withDetails.map((row) => renderRowDetails(row, detailsContext))),
        ...section(renderBaseline(context))
    ];
}
/** Findings about no row (nothing found, a rule that matches nothing), with their full message. */
function renderOtherFindings(context) {
    const { outcome } = context;
    const lines = [];
    for (const finding of outcome.failures)
        if (finding.checkpointId === undefined)
            lines.push(`- ❌ ${escapeMarkdown(finding.message)}`);
    for (const finding of outcome.warnings)
        if (finding.checkpointId === undefined)
            lines.push(`- ⚠️ ${escapeMarkdown(finding.message)}`);
    const skipped = (0,report_skipped/* skippedNote */.d)(context.verdict.diff.head, (path) => escapeCode(path, context.nameLength));
    if (skipped)
        lines.push(`- ℹ️ ${skipped}`);
    return lines;
}
// --- (b) the table's overflow and the folded checkpoints ----------------------------------------
function renderMoreRows(context, more) {
    if (more <= 0)
        return undefined;
    const link = safeUrl(context.options.summaryUrl);
    const where = link ? `the [job summary](${link})` : "the run's job summary";
    return `… and ${plural(more, 'more checkpoint')} that changed or failed: ${where} lists every one.`;
}
/** `<details>` with the quiet checkpoints: "12 checkpoints unchanged, 1.2 GB". */
function renderFolded(context) {
    const { folded } = context;
    if (folded.length === 0)
        return undefined;
    const bytes = folded.reduce((sum, row) => sum + (row.diff?.categories.total.head ?? 0), 0);
    const floor = context.options.minChange?.text ? ` (changes under ${escapeMarkdown(context.options.minChange.text)} ignored)` : '';
    const title = context.withBase ? `${plural(folded.length, 'checkpoint')} unchanged${floor}, ${size(bytes)}` : `${plural(folded.length, 'more checkpoint')}, ${size(bytes)}`;
    const listed = context.full ? folded : folded.slice(0, FOLDED_IN_COMMENT);
    const lines = listed.map((row) => `- ${shortPath(row.id, context.nameLength)} ${size(row.diff?.categories.total.head)}`);
    if (listed.length < folded.length)
        lines.push(`- … and ${(0,format_bytes/* formatCount */.B4)(folded.length - listed.length)} more: the job summary lists every one.`);
    return ['<details>', `<summary>${title}</summary>`, '', ...lines, '', '</details>'].join('\n');
}
// --- errors, results, baseline, footer -------------------------------------------------------------
function renderErrors(context, side) {
    const errors = context.verdict.diff[side]?.errors ?? [];
    if (errors.length === 0)
        return [];
    const where = side === 'base' ? ' in the baseline' : '';
    return [
        `**${plural(errors.length, 'file')}${where} could not be analysed:**`,
        ...errors.map((error) => {
            // Messages start with the file (`<file>: <what is wrong>`), which the line already shows.
            const message = error.message.startsWith(`${error.path}: `) ? error.message.slice(error.path.length + 2) : error.message;
            return `- ${escapeCode(error.path, context.nameLength)}: ${escapeMarkdown(message, context.full ? undefined : 400)}`;
        })
    ];
}
/** The job summary lists every result, passes included: the comment only has room for the exceeded ones. */
function renderAllResults(context) {
    const { results } = context.verdict;
    if (results.length === 0)
        return [];
    return [
        `**All ${plural(results.length, 'budget check')}:**`,
        ...results.map((result) => `- ${markdown_RESULT_ICON[result.status]} ${escapeMarkdown(result.message)}`)
    ];
}
const markdown_RESULT_ICON = { pass: '✅', warn: '⚠️', fail: '❌', 'no-baseline': '➖' };
/** Where the baseline came from; a missing one says why in whole sentences, never cut. */
function renderBaseline({ options }) {
    const { baseline } = options;
    const link = safeUrl(baseline.url);
    const description = escapeMarkdown(baseline.description);
    const text = link ? `[${description}](${link})` : description;
    if (baseline.kind === 'none')
        return [`**Baseline:** none. ${text}`];
    return [`**Baseline:** ${BASELINE_KIND[baseline.kind]}: ${text}`];
}
const BASELINE_KIND = {
    report: 'report file',
    directory: 'base checkpoints on disk',
    git: 'checkpoint files in git',
    artifact: 'report artifact of the base branch'
};
function renderFooter(summaryUrl) {
    const link = safeUrl(summaryUrl);
    const summary = link ? ` · [full report in the job summary](${link})` : '';
    return `<sub>model-size-budget${summary}</sub>`;
}
/**
 * An http(s) URL made safe for a markdown link target, or undefined: parentheses, spaces and
 * angle brackets are percent-encoded so the URL cannot end the link or open HTML.
 */
function safeUrl(url) {
    if (!url)
        return undefined;
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return undefined;
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
        return undefined;
    return parsed.href.replace(/[()<>\s"'`\\|[\]]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}


/***/ })

};

//# sourceMappingURL=177.index.js.map