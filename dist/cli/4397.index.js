export const id = 4397;
export const ids = [4397];
export const modules = {

/***/ 5498:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ko: () => (/* binding */ NO_NOISE_FLOOR),
/* harmony export */   sf: () => (/* binding */ parseNoiseFloor),
/* harmony export */   u9: () => (/* binding */ changedBeyondFloor)
/* harmony export */ });
/* unused harmony export isSignificantChange */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3054);
/* harmony import */ var _size_units_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6048);



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
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${source}: '${term}' is not a percentage; expected e.g. '1 kB, 0.1%'.`);
            floor.ratio = Number(number) / 100;
        }
        else {
            try {
                floor.bytes = (0,_size_units_js__WEBPACK_IMPORTED_MODULE_1__/* .parseSize */ .D)(term).bytes;
            }
            catch (error) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${source}: ${error.message} Expected e.g. '1 kB, 0.1%'.`);
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
    return [..._types_js__WEBPACK_IMPORTED_MODULE_2__/* .CATEGORIES */ .R, 'total'].some((category) => {
        const { delta, base } = checkpoint.categories[category];
        return delta !== undefined && isSignificantChange(delta, base ?? 0, floor);
    });
}


/***/ }),

/***/ 571:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D_: () => (/* binding */ unbroken),
/* harmony export */   Ej: () => (/* binding */ size),
/* harmony export */   MK: () => (/* binding */ NBSP),
/* harmony export */   S8: () => (/* binding */ sizeChange),
/* harmony export */   SL: () => (/* binding */ deltaPercent),
/* harmony export */   _1: () => (/* binding */ shortPath),
/* harmony export */   _c: () => (/* binding */ deltaSize),
/* harmony export */   pl: () => (/* binding */ unbrokenSizes)
/* harmony export */ });
/* unused harmony export CELL_PATH_LENGTH */
/* harmony import */ var _core_format_bytes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7586);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4031);


/*
 * Table cells that keep their shape in a comment about 900 px wide: a size never breaks between
 * its number and its unit, and a long path gives up its start, not its file name.
 */
/** No-break space: `12.5 MB` stays on one line in a narrow cell. */
const NBSP = '\u00a0';
/** `formatBytes` with a no-break space before the unit. */
function size(bytes) {
    return bytes === undefined ? '—' : unbroken((0,_core_format_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(bytes));
}
/** `formatDeltaBytes` with a no-break space before the unit. */
function deltaSize(delta) {
    return unbroken((0,_core_format_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDeltaBytes */ .js)(delta));
}
/** A signed percentage of the base; `∞` for growth from nothing, empty when there is no change. */
function deltaPercent(delta, base) {
    if (delta === undefined || base === undefined)
        return '';
    if (base > 0)
        return (0,_core_format_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPercent */ .l9)(delta / base, { signed: true });
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
        return (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCode */ .tn)(path);
    const segments = path.split('/');
    let kept = segments.pop();
    while (segments.length > 0 && Array.from(`…/${segments.at(-1)}/${kept}`).length <= max)
        kept = `${segments.pop()}/${kept}`;
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCode */ .tn)(Array.from(kept).length + 2 <= max ? `…/${kept}` : kept, max);
}


/***/ }),

/***/ 4031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   tn: () => (/* binding */ escapeCode)
/* harmony export */ });
/* unused harmony exports LONGEST_UNBROKEN_WORD, WORD_BREAK */
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
 * - text longer than `maxLength` characters keeps its start and end around an ellipsis;
 * - a word too long for a table column (a tensor name without spaces) gets `<wbr>` break
 *   opportunities (see breakLongWords).
 */
function escapeMarkdown(text, maxLength) {
    const shown = visibleControls(shorten(text, maxLength));
    // One scan in the regular expression engine: a job summary escapes some 10^5 names.
    let out = shown.replace(ESCAPED, (char) => ESCAPES[char]);
    // `GH-123` is an issue reference too.
    out = out.replace(/\b(GH)-(?=\d)/gi, `$1-${ZWSP}`);
    return breakLongWords(escapeLineStart(out));
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
/** Every character ESCAPES replaces. */
const ESCAPED = new RegExp(`[${Object.keys(ESCAPES)
    .map((char) => `\\${char}`)
    .join('')}]`, 'g');
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
/**
 * Words (runs without whitespace) up to this many characters are left whole: every path a table
 * cell shows (cells.ts shortens them to 48) and every ordinary name fits a column as it is.
 */
const LONGEST_UNBROKEN_WORD = 48;
/** In a longer word, a break opportunity at least this often, separators or not... */
const BREAK_EVERY = 24;
/** ...and after a separator once this many characters have gone by since the last one (few tags, short lines). */
const BREAK_AFTER_SEPARATOR = 12;
/** Where a name breaks best: after a path, module or word separator. */
const SEPARATORS = new Set(['/', '.', '-', '&#95;', '&#58;']);
/**
 * The break opportunity: GitHub's sanitizer keeps `<wbr>` (html-pipeline's allowlist, which
 * github.com has used for comments since 2013), and unlike a zero-width space it adds no character
 * to text copied from the comment: a tensor name copied from a cell is the name.
 */
const WORD_BREAK = '<wbr>';
/**
 * Inserts WORD_BREAK into words longer than LONGEST_UNBROKEN_WORD visible characters (a character
 * reference counts as one): after a separator that ends a run of BREAK_AFTER_SEPARATOR characters,
 * and after BREAK_EVERY characters without one. A
 * browser breaks a table cell only at a break opportunity, so without these a 120-character tensor
 * name widens its table past the comment (issue 14). Runs on escaped text, so it never splits a
 * character reference, and the only tag in escaped text is this one.
 */
function breakLongWords(escaped) {
    return escaped.replace(/\S+/g, (word) => {
        // No more tokens than characters: most words end here, untouched and untokenised.
        if (word.length <= LONGEST_UNBROKEN_WORD)
            return word;
        const tokens = word.match(/&#?\w+;|[\s\S]/gu) ?? [];
        if (tokens.length <= LONGEST_UNBROKEN_WORD)
            return word;
        let out = '';
        let run = 0;
        tokens.forEach((token, index) => {
            out += token;
            run++;
            const last = index === tokens.length - 1;
            if (!last && ((SEPARATORS.has(token) && run >= BREAK_AFTER_SEPARATOR) || run >= BREAK_EVERY)) {
                out += WORD_BREAK;
                run = 0;
            }
        });
        return out;
    });
}


/***/ }),

/***/ 4397:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  C1: () => (/* binding */ GITHUB_COMMENT_MAX_LENGTH),
  Ql: () => (/* binding */ commentMarker),
  up: () => (/* binding */ renderFooter),
  renderMarkdown: () => (/* binding */ renderMarkdown)
});

// UNUSED EXPORTS: COMMENT_MARKER_PREFIX, GITHUB_SUMMARY_MAX_BYTES, renderSummary

// EXTERNAL MODULE: ./src/core/format-bytes.ts
var format_bytes = __webpack_require__(7586);
// EXTERNAL MODULE: ./src/core/noise-floor.ts
var noise_floor = __webpack_require__(5498);
// EXTERNAL MODULE: ./src/core/outcome.ts
var core_outcome = __webpack_require__(9411);
// EXTERNAL MODULE: ./src/report/cells.ts
var report_cells = __webpack_require__(571);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/core/budget-status.ts
var budget_status = __webpack_require__(8273);
// EXTERNAL MODULE: ./src/core/types.ts
var types = __webpack_require__(3054);
;// CONCATENATED MODULE: ./src/report/trend-chart.ts
/*
 * A checkpoint's size over the default branch's last commits, plus this PR, as a Mermaid
 * `xychart-beta` line, which GitHub renders in comments. Everything in the block is ours: short
 * commit SHAs (hex, checked when the history is read), numbers, and fixed words; no name from a
 * checkpoint reaches Mermaid.
 */
/** Points of history shown before this PR's. */
const TREND_POINTS = 20;
const UNITS = [
    ['GB', 1e9],
    ['MB', 1e6],
    ['kB', 1e3],
    ['B', 1]
];
/**
 * The chart's lines for checkpoint `id` (its total bytes), or none when the history has fewer than
 * two points for it (one point is no trend). `head`: the PR's total, the last point.
 */
function renderTrend(id, history, head) {
    const points = history
        .filter((entry) => entry.checkpoints[id]?.total !== undefined)
        .slice(-TREND_POINTS)
        .map((entry) => ({ label: entry.commit.slice(0, 7), bytes: entry.checkpoints[id].total }));
    if (head !== undefined)
        points.push({ label: 'this PR', bytes: head });
    if (points.length < 2)
        return [];
    const largest = Math.max(...points.map((point) => point.bytes));
    const [unit, scale] = UNITS.find(([, size]) => largest >= size) ?? UNITS[UNITS.length - 1];
    const values = points.map((point) => Number((point.bytes / scale).toPrecision(4)));
    const low = Math.min(...values);
    const high = Math.max(...values);
    // A little room above and below, so a flat line is not drawn on the chart's edge.
    const pad = (high - low) * 0.1 || Math.max(high * 0.01, 1);
    const range = `${Number(Math.max(0, low - pad).toPrecision(4))} --> ${Number((high + pad).toPrecision(4))}`;
    return [
        '```mermaid',
        'xychart-beta',
        `    title "Total size, last ${points.length - (head === undefined ? 0 : 1)} commits${head === undefined ? '' : ' and this PR'}"`,
        `    x-axis [${points.map((point) => `"${point.label}"`).join(', ')}]`,
        `    y-axis "${unit}" ${range}`,
        `    line [${values.join(', ')}]`,
        '```',
        ''
    ];
}

;// CONCATENATED MODULE: ./src/report/markdown-details.ts






/**
 * The third layer: a collapsed section per checkpoint row with its full path, the per-category
 * table, every rule's result in full (which tensors a dtype rule names, what it would save), the
 * explanations and warnings, the trend of its size over the default branch's history (when given),
 * the largest tensors with the reasons for their categories, and the pie of the category shares.
 */
function renderRowDetails(row, context) {
    const checkpoint = row.diff?.head ?? row.diff?.base;
    if (!row.diff || !checkpoint)
        return undefined;
    const total = row.diff.categories.total;
    const change = context.withBase && total.delta !== undefined ? ` (${(0,report_cells/* deltaSize */._c)(total.delta)})` : '';
    const facts = [
        `${(0,report_cells/* size */.Ej)(total.head ?? total.base)}${change}`,
        `${(0,format_bytes/* formatCount */.B4)(checkpoint.tensors)} tensor${checkpoint.tensors === 1 ? '' : 's'}`,
        ...(checkpoint.parameters > 0 ? [`${(0,format_bytes/* formatCount */.B4)(checkpoint.parameters)} parameters`] : []),
        `${(0,report_escape/* escapeMarkdown */.FV)(checkpoint.format)}, classified by ${(0,report_escape/* escapeMarkdown */.FV)(checkpoint.classifiedBy)}`
    ];
    const lines = ['<details>', `<summary>${(0,report_escape/* escapeCode */.tn)(row.id, context.nameLength)}: ${facts.join(' · ')}</summary>`, ''];
    lines.push(...categoryTable(row, context), '');
    const notes = [];
    // Byte limits are in the table above; rules on other things (a dtype rule names its tensors) say more.
    for (const result of [...row.results].sort(byStatus)) {
        if (result.summary === undefined || result.status === 'pass')
            continue;
        notes.push(`- ${result.status === 'fail' ? '❌' : '⚠️'} ${(0,report_escape/* escapeMarkdown */.FV)(result.message, context.full ? undefined : 600)}`);
    }
    for (const finding of [...row.failures, ...row.warnings]) {
        if (finding.kind === 'over-budget' || finding.kind === 'soft-limit')
            continue;
        notes.push(`- ${row.failures.includes(finding) ? '❌' : '⚠️'} ${(0,report_escape/* escapeMarkdown */.FV)(finding.message, context.full ? undefined : 600)}`);
    }
    for (const explanation of checkpoint.explanations)
        notes.push(`- 💡 ${(0,report_escape/* escapeMarkdown */.FV)(explanation, context.full ? undefined : 400)}`);
    for (const warning of checkpoint.warnings)
        notes.push(`- ⚠️ ${(0,report_escape/* escapeMarkdown */.FV)(warning, context.full ? undefined : 400)}`);
    const categoryNotes = types/* CATEGORIES */.R.filter((category) => checkpoint.categoryNotes?.[category]);
    for (const category of categoryNotes)
        notes.push(`- ${category}: ${(0,report_escape/* escapeMarkdown */.FV)(checkpoint.categoryNotes[category], context.nameLength)}`);
    if (notes.length)
        lines.push(...notes, '');
    if (context.history && row.changed)
        lines.push(...renderTrend(row.id, context.history, row.diff.categories.total.head));
    lines.push(...largestTensors(checkpoint, context), ...pie(checkpoint));
    if (context.full)
        lines.push(...filesAndUnclassified(checkpoint, context));
    if (context.htmlReportUrl)
        lines.push(`Every tensor of it as a treemap: [the HTML report](${context.htmlReportUrl}) (artifact; open \`.html\` after unzipping).`, '');
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
        const limit = results.map((result) => `${result.rule.soft ? 'warn ' : ''}${(0,report_escape/* escapeCode */.tn)((0,report_cells/* unbroken */.D_)(result.limit.text))}`).join(', ');
        const status = categoryStatus(results);
        const delta = diff.categories[category];
        const label = category === 'total' ? '**total**' : category;
        const cells = context.withBase
            ? [
                label,
                (0,report_cells/* size */.Ej)(delta.base),
                (0,report_cells/* size */.Ej)(delta.head),
                delta.delta === undefined ? '—' : (0,report_cells/* deltaSize */._c)(delta.delta),
                (0,report_cells/* deltaPercent */.SL)(delta.delta, delta.base),
                limit,
                status
            ]
            : [label, (0,report_cells/* size */.Ej)(delta.head), shareOf(diff, category), limit, status];
        lines.push(`| ${cells.join(' | ')} |`);
    }
    // Rules on other things than a category's bytes (dtype, pickle...) get rows of their own.
    for (const [subject, results] of byCategory) {
        if (subject === 'total' || types/* CATEGORIES */.R.includes(subject))
            continue;
        const limit = results.map((result) => (0,report_escape/* escapeCode */.tn)((0,report_cells/* unbroken */.D_)(result.limit.text))).join(', ');
        const blanks = context.withBase ? ['', '', '', ''] : ['', ''];
        lines.push(`| ${(0,report_escape/* escapeMarkdown */.FV)(subject)} | ${blanks.join(' | ')} | ${limit} | ${categoryStatus(results)} |`);
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
        const type = `${(0,report_escape/* escapeMarkdown */.FV)(tensor.dtype, 40)}[${tensor.shape.join(', ')}]`;
        // The reason names tensors of the checkpoint: escaped like them.
        const why = withWhy ? ` ${(0,report_escape/* escapeMarkdown */.FV)(tensor.reason ?? '', context.nameLength)} |` : '';
        lines.push(`| ${(0,report_escape/* escapeCode */.tn)(tensor.name, context.nameLength)} | ${tensor.category} |${why} ${type} | ${(0,report_cells/* size */.Ej)(tensor.bytes)} |`);
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
        lines.push(`Unclassified tensors: ${checkpoint.unclassifiedTensors.map((name) => (0,report_escape/* escapeCode */.tn)(name, context.nameLength)).join(', ')}`, '');
    }
    lines.push('| File | Role | Size |', '|---|---|--:|');
    for (const file of checkpoint.files) {
        const absent = file.present === false ? ' (absent)' : '';
        lines.push(`| ${(0,report_escape/* escapeCode */.tn)(file.path, context.nameLength)}${absent} | ${(0,report_escape/* escapeMarkdown */.FV)(file.role)} | ${(0,report_cells/* size */.Ej)(file.bytes)} |`);
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
function buildRows(verdict, outcome, floor = noise_floor/* NO_NOISE_FLOOR */.ko) {
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
        return row(checkpoint.id, { diff: checkpoint, impact }, (0,noise_floor/* changedBeyondFloor */.u9)(checkpoint, floor));
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
    'dangerous-pickle': 'dangerous pickle',
    'missing-report': 'report missing',
    'unchecked-rule': 'rule not checked'
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
        return [name, (0,report_cells/* size */.Ej)(total.head), largest ? `${largest.category} ${(0,report_cells/* size */.Ej)(largest.bytes)}` : '', status];
    }
    if (diff.change === 'added') {
        const largest = largestCategory(diff, 'head');
        return [name, (0,report_cells/* sizeChange */.S8)(undefined, total.head), 'new', '', largest ? `${largest.category} ${(0,report_cells/* size */.Ej)(largest.bytes)}` : '', status];
    }
    if (diff.change === 'removed') {
        return [name, (0,report_cells/* sizeChange */.S8)(total.base, undefined), (0,report_cells/* deltaSize */._c)(-(total.base ?? 0)), total.base ? '-100%' : '', 'removed', status];
    }
    const moved = movedMost(diff);
    return [
        name,
        (0,report_cells/* sizeChange */.S8)(total.base, total.head),
        (0,report_cells/* deltaSize */._c)(total.delta ?? 0),
        (0,report_cells/* deltaPercent */.SL)(total.delta, total.base),
        moved ? `${moved.category} ${(0,report_cells/* deltaSize */._c)(moved.delta)}` : '',
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
    const name = (0,report_cells/* shortPath */._1)(row.id);
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
        return `${label}: ${(0,report_escape/* escapeMarkdown */.FV)((0,report_cells/* unbrokenSizes */.pl)(result.summary), 80)}`;
    return `${(0,report_cells/* size */.Ej)(result.excess)}${report_cells/* NBSP */.MK}${result.limit.kind === 'floor' ? 'under' : 'over'} ${label}`;
}
/** `<code>optimizer: 0 B</code>`: the category and the one limit term the result is about. */
function limitLabel(result) {
    return (0,report_escape/* escapeCode */.tn)((0,report_cells/* unbroken */.D_)(`${result.rule.soft ? 'warn ' : ''}${result.category}: ${result.limit.text}`));
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
    const key = context.commentKey ? ` (${(0,report_escape/* escapeMarkdown */.FV)(context.commentKey, 64)})` : '';
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
        lead = ROWLESS_LEAD[rowless[0].kind] ?? (0,report_escape/* escapeMarkdown */.FV)(rowless[0].message, 200);
    else
        return describeChange(context) + (verdict.rules.length > 0 ? ', within budget' : '');
    const others = troubled.length + rowless.length - 1;
    return others > 0 ? `${lead} (and ${others} more)` : lead;
}
const ROWLESS_LEAD = {
    'nothing-found': 'no checkpoint found',
    'unmatched-rule': 'a budget rule matches no checkpoint',
    'unchecked-rule': 'a budget rule could not be checked'
};
/** The worst thing about a row: its largest exceeded limit, else its first other finding. */
function describeTrouble(row) {
    const path = (0,report_cells/* shortPath */._1)(row.id);
    const exceeded = row.results
        .filter((result) => result.status === 'fail' || result.status === 'warn')
        .sort((a, b) => (a.status === b.status ? b.excess - a.excess : a.status === 'fail' ? -1 : 1))[0];
    if (exceeded) {
        if (exceeded.summary !== undefined)
            return `${describeExceeded(exceeded)} in ${path}`;
        const { base, head } = exceeded;
        const amount = base !== undefined && head !== base ? (0,report_cells/* unbroken */.D_)((0,format_bytes/* formatDeltaBytes */.js)(head - base)) : (0,report_cells/* size */.Ej)(head);
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
        return `${(0,report_cells/* size */.Ej)(context.verdict.diff.total.total.head ?? 0)} in ${plural(checkpoints, 'checkpoint')}`;
    const path = (0,report_cells/* shortPath */._1)(lead.id);
    if (lead.diff.change === 'added')
        return `new ${path}, ${(0,report_cells/* size */.Ej)(lead.diff.categories.total.head)}`;
    if (lead.diff.change === 'removed')
        return `${path} removed, ${(0,report_cells/* size */.Ej)(lead.diff.categories.total.base)}`;
    const moved = movedMost(lead.diff);
    return `${moved.category} ${(0,report_cells/* unbroken */.D_)((0,format_bytes/* formatDeltaBytes */.js)(moved.delta))} in ${path}`;
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
    const sizeText = `**${(0,report_cells/* size */.Ej)(diff.total.total.head ?? 0)}** in ${plural(diff.head.checkpoints.length, 'checkpoint')}`;
    const { delta, ratio } = diff.total.total;
    if (!diff.base)
        return `${sizeText}; no baseline to compare with.`;
    if (delta === undefined || delta === 0)
        return `${sizeText}, unchanged against the baseline.`;
    return `${sizeText}, **${(0,report_cells/* unbroken */.D_)((0,format_bytes/* formatDeltaBytes */.js)(delta))}**${ratio === undefined ? '' : ` (${(0,format_bytes/* formatPercent */.l9)(ratio, { signed: true })})`} against the baseline.`;
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
    const footer = options.section ? '' : [renderFooter(options.summaryUrl, options.htmlReportUrl), commentMarker(options.commentKey)].join('\n');
    const link = safeUrl(options.summaryUrl);
    // GitHub's own limit, whatever room the caller keeps for the digest line.
    const note = `> [!NOTE]\n> This comment was cut to stay under GitHub's ${(0,format_bytes/* formatCount */.B4)(GITHUB_COMMENT_MAX_LENGTH)}-character limit; ` +
        (link ? `the [job summary](${link}) has the full report.` : "the run's job summary has the full report.");
    // GitHub counts characters; UTF-16 code units are never fewer, so the cut is on the safe side.
    const body = fitUnits(renderUnits(context), footer, note, maxLength, (text) => text.length);
    return options.section ? body.replace(/^### /, '#### ').trimEnd() : body;
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
    return fitUnits(renderUnits(context), renderFooter(undefined, options.htmlReportUrl), note, maxBytes - 1, (text) => Buffer.byteLength(text)) + '\n';
}
/**
 * Joins the units with the footer; when that is longer than `max` (as `measure` counts), keeps
 * the leading units that fit with the note, so the cut always falls between whole units. The
 * units are rendered as they are taken, and none after the one that overflows: a job summary of
 * 1,000 checkpoints stops rendering details at GitHub's limit (bench/README.md, action at scale).
 */
function fitUnits(units, footer, note, max, measure) {
    const room = max - measure(footer) - 2; // '\n\n' before the footer
    const budget = max - measure(footer) - measure(note) - 4;
    const taken = [];
    let length = 0;
    // The leading units that fit the budget (with the note), should the whole not fit.
    let fitting = 0;
    for (const unit of units) {
        length += (taken.length === 0 ? 0 : unit.separator.length) + measure(unit.text);
        taken.push(unit);
        if (length <= budget)
            fitting = taken.length;
        if (length > room) {
            const kept = taken.slice(0, fitting);
            while (kept.at(-1)?.heading)
                kept.pop();
            return joinUnits(kept) + '\n\n' + note + '\n\n' + footer;
        }
    }
    return joinUnits(taken) + '\n\n' + footer;
}
function renderContext(verdict, options, full) {
    const outcome = options.outcome ?? (0,core_outcome/* decideOutcome */.dl)(verdict);
    const rows = buildRows(verdict, outcome, options.minChange ?? noise_floor/* NO_NOISE_FLOOR */.ko);
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
/** The body's units in order, each rendered when it is taken (see fitUnits). */
function* renderUnits(context) {
    const { shown } = context;
    const inTable = context.full ? shown : shown.slice(0, ROWS_IN_COMMENT);
    const [header, ...rows] = renderRowsTable(inTable, context.withBase);
    const withDetails = context.full ? context.rows : inTable.slice(0, DETAILS_IN_COMMENT);
    const detailsContext = {
        nameLength: context.nameLength,
        full: context.full,
        topTensors: context.options.topTensors ?? DEFAULT_TOP_TENSORS,
        withBase: context.withBase,
        ...(context.options.history ? { history: context.options.history } : {}),
        ...(safeUrl(context.options.htmlReportUrl) ? { htmlReportUrl: safeUrl(context.options.htmlReportUrl) } : {})
    };
    yield* paragraphs([renderTitle(context), renderTotals(context)]);
    yield* section(renderOtherFindings(context));
    if (header) {
        yield { text: header, separator: '\n\n', heading: true };
        for (const text of rows)
            yield { text, separator: '\n' };
    }
    yield* paragraphs([renderMoreRows(context, shown.length - inTable.length), renderFolded(context)]);
    yield* section(renderErrors(context, 'head'));
    yield* section(renderErrors(context, 'base'));
    if (context.full)
        yield* section(renderAllResults(context));
    for (const row of withDetails)
        yield* paragraphs([renderRowDetails(row, detailsContext)]);
    yield* section(renderBaseline(context));
}
/** Findings about no row (nothing found, a rule that matches nothing), with their full message. */
function renderOtherFindings(context) {
    const { outcome } = context;
    const lines = [];
    for (const finding of outcome.failures)
        if (finding.checkpointId === undefined)
            lines.push(`- ❌ ${(0,report_escape/* escapeMarkdown */.FV)(finding.message)}`);
    for (const finding of outcome.warnings)
        if (finding.checkpointId === undefined)
            lines.push(`- ⚠️ ${(0,report_escape/* escapeMarkdown */.FV)(finding.message)}`);
    const skipped = (0,report_skipped/* skippedNote */.d)(context.verdict.diff.head, (path) => (0,report_escape/* escapeCode */.tn)(path, context.nameLength));
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
    const floor = context.options.minChange?.text ? ` (changes under ${(0,report_escape/* escapeMarkdown */.FV)(context.options.minChange.text)} ignored)` : '';
    const title = context.withBase
        ? `${plural(folded.length, 'checkpoint')} unchanged${floor}, ${(0,report_cells/* size */.Ej)(bytes)}`
        : `${plural(folded.length, 'more checkpoint')}, ${(0,report_cells/* size */.Ej)(bytes)}`;
    const listed = context.full ? folded : folded.slice(0, FOLDED_IN_COMMENT);
    const lines = listed.map((row) => `- ${(0,report_cells/* shortPath */._1)(row.id, context.nameLength)} ${(0,report_cells/* size */.Ej)(row.diff?.categories.total.head)}`);
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
            return `- ${(0,report_escape/* escapeCode */.tn)(error.path, context.nameLength)}: ${(0,report_escape/* escapeMarkdown */.FV)(message, context.full ? undefined : 400)}`;
        })
    ];
}
/** The job summary lists every result, passes included: the comment only has room for the exceeded ones. */
function renderAllResults(context) {
    const { results } = context.verdict;
    if (results.length === 0)
        return [];
    return [`**All ${plural(results.length, 'budget check')}:**`, ...results.map((result) => `- ${markdown_RESULT_ICON[result.status]} ${(0,report_escape/* escapeMarkdown */.FV)(result.message)}`)];
}
const markdown_RESULT_ICON = { pass: '✅', warn: '⚠️', fail: '❌', 'no-baseline': '➖' };
/** Where the baseline came from; a missing one says why in whole sentences, never cut. */
function renderBaseline({ options }) {
    const { baseline } = options;
    const link = safeUrl(baseline.url);
    const description = (0,report_escape/* escapeMarkdown */.FV)(baseline.description);
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
/** The `<sub>` line under a comment: the links to the job summary and the HTML report. */
function renderFooter(summaryUrl, htmlReportUrl) {
    const link = safeUrl(summaryUrl);
    const summary = link ? ` · [full report in the job summary](${link})` : '';
    const html = safeUrl(htmlReportUrl);
    const treemap = html ? ` · [HTML report: every tensor as a treemap](${html})` : '';
    return `<sub>model-size-budget${summary}${treemap}</sub>`;
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

//# sourceMappingURL=4397.index.js.map