export const id = 703;
export const ids = [703];
export const modules = {

/***/ 3703:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderMarkdown: () => (/* binding */ renderMarkdown)
});

// UNUSED EXPORTS: COMMENT_MARKER_PREFIX, GITHUB_COMMENT_MAX_LENGTH, GITHUB_SUMMARY_MAX_BYTES, commentMarker, renderSummary

// EXTERNAL MODULE: ./src/core/budget-status.ts
var budget_status = __webpack_require__(8273);
// EXTERNAL MODULE: ./src/core/format-bytes.ts
var format_bytes = __webpack_require__(7586);
// EXTERNAL MODULE: ./src/core/types.ts
var types = __webpack_require__(3054);
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
/** Exceeded limits listed above the comment's table; the rest are in the table and the summary. */
const EXCEEDED_IN_COMMENT = 20;
/** Largest tensors shown per checkpoint when the options do not say. */
const DEFAULT_TOP_TENSORS = 10;
/**
 * The PR comment body: headline verdict, one table row per checkpoint and category that matters,
 * explanation lines, a collapsed `<details>` per checkpoint (largest tensors, mermaid pie of the
 * category shares), where the baseline came from, and the hidden marker at the end. Everything
 * taken from checkpoints is escaped (see escape.ts). At most `maxLength` characters: when longer,
 * cut at a row boundary with a note that points to the job summary; the marker is always kept.
 */
function renderMarkdown(verdict, options) {
    const maxLength = options.maxLength ?? GITHUB_COMMENT_MAX_LENGTH;
    const context = { verdict, options, nameLength: COMMENT_NAME_LENGTH, full: false };
    const footer = [renderFooter(options.summaryUrl), commentMarker(options.commentKey)].join('\n');
    const link = safeUrl(options.summaryUrl);
    const note = `> [!NOTE]\n> This comment was cut to stay under GitHub's ${(0,format_bytes/* formatCount */.B4)(maxLength)}-character limit; ` +
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
    const context = { verdict, options, nameLength: SUMMARY_NAME_LENGTH, full: true };
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
function joinUnits(units) {
    return units.map((unit, index) => (index === 0 ? unit.text : unit.separator + unit.text)).join('');
}
function section(lines) {
    return lines.map((text, index) => ({ text, separator: index === 0 ? '\n\n' : '\n' }));
}
function renderUnits(context) {
    return [
        ...renderHeadline(context).map((text) => ({ text, separator: '\n\n' })),
        ...section(renderExceeded(context)),
        ...renderTable(context),
        ...section(renderNotes(context)),
        ...section(renderErrors(context, 'head')),
        ...section(renderErrors(context, 'base')),
        ...(context.full ? section(renderAllResults(context)) : []),
        ...renderDetails(context).map((text) => ({ text, separator: '\n\n' })),
        ...section(renderBaseline(context))
    ];
}
// --- headline ----------------------------------------------------------------------------------
function renderHeadline({ verdict }) {
    const { diff } = verdict;
    const unreadable = diff.head.errors.length;
    // "Within budget" cannot be said of files that were not measured (the step fails for them with
    // fail-on: budget, the CLI exits 2): the headline says so, and the error list follows.
    let title;
    if (verdict.status === 'fail')
        title = '### ❌ Model size: over budget';
    else if (unreadable > 0)
        title = `### ⚠️ Model size: ${unreadable} file${unreadable === 1 ? '' : 's'} could not be analysed`;
    else if (verdict.status === 'warn')
        title = '### ⚠️ Model size: within budget, with warnings';
    else if (verdict.rules.length === 0)
        title = '### 📦 Model size (no budget set)';
    else
        title = '### ✅ Model size: within budget';
    const count = diff.head.checkpoints.length;
    const size = `**${(0,format_bytes/* formatBytes */.z3)(diff.total.total.head ?? 0)}** in ${count} checkpoint${count === 1 ? '' : 's'}`;
    const { delta, ratio } = diff.total.total;
    let change;
    if (!diff.base)
        change = '; no baseline to compare with.';
    else if (delta === undefined || delta === 0)
        change = ', unchanged against the baseline.';
    else
        change = `, **${(0,format_bytes/* formatDeltaBytes */.js)(delta)}**${ratio === undefined ? '' : ` (${(0,format_bytes/* formatPercent */.l9)(ratio, { signed: true })})`} against the baseline.`;
    return [title, size + change];
}
/** The exceeded limits first, so that "which rule and by how much" survives any cut. */
function renderExceeded(context) {
    const { verdict } = context;
    const exceeded = verdict.results
        .filter((result) => result.status === 'fail' || result.status === 'warn')
        .sort(budget_status/* byWorstStatus */.P);
    const shown = context.full ? exceeded : exceeded.slice(0, EXCEEDED_IN_COMMENT);
    const lines = shown.map((result) => `- ${STATUS_ICON[result.status]} ${describeResult(result, context)}`);
    if (shown.length < exceeded.length)
        lines.push(`- … and ${exceeded.length - shown.length} more exceeded limits (see the table and the job summary)`);
    for (const rule of verdict.unmatchedRules) {
        lines.push(`- ⚠️ ${ruleLabel(rule, context)} matched no checkpoint`);
    }
    return lines;
}
function describeResult(result, context) {
    const subject = `${escapeCode(result.checkpointId, context.nameLength)} ${result.category}`;
    const limit = escapeCode(result.limit.text);
    const over = `**${(0,format_bytes/* formatBytes */.z3)(result.excess)} over** ${limit}`;
    const rule = ruleLabel(result.rule, context);
    if (result.limit.kind === 'absolute')
        return `${subject} is ${(0,format_bytes/* formatBytes */.z3)(result.head)}, ${over} (${rule})`;
    return `${subject} grew by ${(0,format_bytes/* formatDeltaBytes */.js)(result.actual ?? 0)}, ${over} (${rule})`;
}
function ruleLabel(rule, context) {
    return `${escapeMarkdown(rule.source, context.nameLength)} line ${rule.line}: ${escapeCode(rule.text, context.nameLength)}`;
}
// --- the table -----------------------------------------------------------------------------------
const STATUS_ICON = { pass: '✅', warn: '⚠️', fail: '❌', 'no-baseline': '➖' };
function renderTable(context) {
    const { diff } = context.verdict;
    if (diff.checkpoints.length === 0) {
        // Files were found but none could be read: the error list says which, not "none found".
        return diff.head.errors.length > 0 ? [] : section(['No checkpoints found.']);
    }
    // One pass over the results: thousands of checkpoints × rules must not be quadratic.
    const resultsByRow = new Map();
    for (const result of context.verdict.results) {
        const key = rowKey(result.checkpointId, result.category);
        resultsByRow.set(key, [...(resultsByRow.get(key) ?? []), result]);
    }
    const withBase = diff.base !== undefined;
    const header = withBase
        ? ['| Checkpoint | Category | Base | Head | Δ | Δ% | Limit | Status |', '|---|---|---:|---:|---:|---:|---|---|']
        : ['| Checkpoint | Category | Head | Share | Limit | Status |', '|---|---|---:|---:|---|---|'];
    // A checkpoint's rows stay together: the length cut keeps or drops them as one.
    const blocks = diff.checkpoints.map((checkpoint) => categoriesThatMatter(checkpoint, resultsByRow)
        .map((category, index) => {
        const label = index === 0 ? checkpointLabel(checkpoint, context) : '';
        const results = resultsByRow.get(rowKey(checkpoint.id, category)) ?? [];
        const limit = results.map((result) => `${result.rule.soft ? 'warn ' : ''}${escapeCode(result.limit.text)}`).join(', ');
        const status = rowStatus(checkpoint, results);
        const delta = checkpoint.categories[category];
        const cells = withBase
            ? [label, category, size(delta.base), size(delta.head), deltaCell(checkpoint, delta), ratioCell(checkpoint, delta), limit, status]
            : [label, category, size(delta.head), shareCell(checkpoint, category), limit, status];
        return `| ${cells.join(' | ')} |`;
    })
        .join('\n'));
    return [
        { text: header.join('\n'), separator: '\n\n', heading: true },
        ...blocks.map((text) => ({ text, separator: '\n' }))
    ];
}
function rowKey(checkpointId, category) {
    return `${category}\u0000${checkpointId}`;
}
/** Total always; a category when it has bytes on either side, or a rule about it. */
function categoriesThatMatter(checkpoint, resultsByRow) {
    const shown = types/* CATEGORIES */.R.filter((category) => {
        const delta = checkpoint.categories[category];
        return (delta.base ?? 0) > 0 || (delta.head ?? 0) > 0 || resultsByRow.has(rowKey(checkpoint.id, category));
    });
    return [...shown, 'total'];
}
function checkpointLabel(checkpoint, context) {
    const tags = [];
    if (checkpoint.change === 'added')
        tags.push('*new*');
    if (checkpoint.change === 'removed')
        tags.push('*removed*');
    if (checkpoint.head?.latest)
        tags.push('*latest*');
    const name = escapeCode(checkpoint.id, context.nameLength);
    return tags.length ? `${name} ${tags.join(' ')}` : name;
}
function rowStatus(checkpoint, results) {
    if (checkpoint.change === 'removed')
        return 'removed';
    if (results.length === 0)
        return '';
    const worst = budget_status/* RESULT_STATUS_ORDER */.O.find((status) => results.some((result) => result.status === status));
    const excess = Math.max(...results.map((result) => result.excess));
    if (worst === 'fail' || worst === 'warn')
        return `${STATUS_ICON[worst]} ${(0,format_bytes/* formatBytes */.z3)(excess)} over`;
    if (worst === 'no-baseline')
        return `${STATUS_ICON[worst]} no baseline`;
    return STATUS_ICON.pass;
}
function size(bytes) {
    return bytes === undefined ? '—' : (0,format_bytes/* formatBytes */.z3)(bytes);
}
function deltaCell(checkpoint, delta) {
    if (checkpoint.change === 'added')
        return 'new';
    if (checkpoint.change === 'removed')
        return (0,format_bytes/* formatDeltaBytes */.js)(-(delta.base ?? 0));
    return delta.delta === undefined ? '—' : (0,format_bytes/* formatDeltaBytes */.js)(delta.delta);
}
function ratioCell(checkpoint, delta) {
    if (checkpoint.change === 'removed')
        return delta.base ? '-100%' : '';
    if (delta.ratio !== undefined)
        return (0,format_bytes/* formatPercent */.l9)(delta.ratio, { signed: true });
    // Growth from 0 B has no percentage.
    return delta.delta ? '∞' : '';
}
function shareCell(checkpoint, category) {
    const total = checkpoint.categories.total.head ?? 0;
    if (category === 'total' || total === 0)
        return '';
    return (0,format_bytes/* formatPercent */.l9)((checkpoint.categories[category].head ?? 0) / total);
}
// --- notes, errors, details, baseline ----------------------------------------------------------
/** The analyzer's explanation lines and the readers' warnings, per head checkpoint. */
function renderNotes(context) {
    const lines = [];
    for (const checkpoint of context.verdict.diff.head.checkpoints) {
        const name = escapeCode(checkpoint.id, context.nameLength);
        for (const explanation of checkpoint.explanations)
            lines.push(`- 💡 ${name}: ${escapeMarkdown(explanation, context.full ? undefined : 400)}`);
        for (const warning of checkpoint.warnings)
            lines.push(`- ⚠️ ${name}: ${escapeMarkdown(warning, context.full ? undefined : 400)}`);
    }
    return lines;
}
function renderErrors(context, side) {
    const errors = context.verdict.diff[side]?.errors ?? [];
    if (errors.length === 0)
        return [];
    const where = side === 'base' ? ' in the baseline' : '';
    return [
        `**${errors.length} file${errors.length === 1 ? '' : 's'}${where} could not be analysed:**`,
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
        `**All ${results.length} budget check${results.length === 1 ? '' : 's'}:**`,
        ...results.map((result) => `- ${STATUS_ICON[result.status]} ${escapeMarkdown(result.message)}`)
    ];
}
function renderDetails(context) {
    return context.verdict.diff.head.checkpoints.map((checkpoint) => renderCheckpointDetails(checkpoint, context));
}
function renderCheckpointDetails(checkpoint, context) {
    const facts = [
        (0,format_bytes/* formatBytes */.z3)(checkpoint.bytes.total),
        `${(0,format_bytes/* formatCount */.B4)(checkpoint.tensors)} tensor${checkpoint.tensors === 1 ? '' : 's'}`,
        ...(checkpoint.parameters > 0 ? [`${(0,format_bytes/* formatCount */.B4)(checkpoint.parameters)} parameters`] : []),
        `${escapeMarkdown(checkpoint.format)}, classified by ${escapeMarkdown(checkpoint.classifiedBy)}`
    ];
    const lines = [
        '<details>',
        `<summary>${escapeCode(checkpoint.id, context.nameLength)}: ${facts.join(' · ')}</summary>`,
        ''
    ];
    const notes = types/* CATEGORIES */.R.filter((category) => checkpoint.categoryNotes?.[category]);
    for (const category of notes)
        lines.push(`- ${category}: ${escapeMarkdown(checkpoint.categoryNotes[category], context.nameLength)}`);
    if (notes.length)
        lines.push('');
    const limit = context.full ? Number.POSITIVE_INFINITY : (context.options.topTensors ?? DEFAULT_TOP_TENSORS);
    const top = (checkpoint.top ?? []).slice(0, limit);
    if (top.length) {
        // "Why" (the reader's reason for the category) only when the reader gave reasons.
        const withWhy = top.some((tensor) => tensor.reason);
        lines.push(withWhy ? '| Largest tensors | Category | Why | Type | Size |' : '| Largest tensors | Category | Type | Size |');
        lines.push(withWhy ? '|---|---|---|---|---:|' : '|---|---|---|---:|');
        for (const tensor of top) {
            const type = `${escapeMarkdown(tensor.dtype, 40)}[${tensor.shape.join(', ')}]`;
            // The reason names tensors of the checkpoint: escaped like them.
            const why = withWhy ? ` ${escapeMarkdown(tensor.reason ?? '', context.nameLength)} |` : '';
            lines.push(`| ${escapeCode(tensor.name, context.nameLength)} | ${tensor.category} |${why} ${type} | ${(0,format_bytes/* formatBytes */.z3)(tensor.bytes)} |`);
        }
        lines.push('');
    }
    const slices = types/* CATEGORIES */.R.filter((category) => checkpoint.bytes[category] > 0);
    if (slices.length) {
        // Labels are our own category names and byte figures: nothing from the checkpoint reaches mermaid.
        lines.push('```mermaid', 'pie title Bytes by category');
        for (const category of slices)
            lines.push(`    "${category} ${(0,format_bytes/* formatBytes */.z3)(checkpoint.bytes[category])}" : ${checkpoint.bytes[category]}`);
        lines.push('```', '');
    }
    if (context.full) {
        if (checkpoint.unclassifiedTensors?.length) {
            lines.push(`Unclassified tensors: ${checkpoint.unclassifiedTensors.map((name) => escapeCode(name, context.nameLength)).join(', ')}`, '');
        }
        lines.push('| File | Role | Size |', '|---|---|---:|');
        for (const file of checkpoint.files) {
            const absent = file.present === false ? ' (absent)' : '';
            lines.push(`| ${escapeCode(file.path, context.nameLength)}${absent} | ${escapeMarkdown(file.role)} | ${(0,format_bytes/* formatBytes */.z3)(file.bytes)} |`);
        }
        lines.push('');
    }
    lines.push('</details>');
    return lines.join('\n');
}
function renderBaseline({ options }) {
    const { baseline } = options;
    const link = safeUrl(baseline.url);
    const description = escapeMarkdown(baseline.description, 300);
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

//# sourceMappingURL=703.index.js.map