#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 5581:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_module__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _cli_descriptor_writer_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(709);
/* harmony import */ var _cli_main_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(934);
/* harmony import */ var _io_file_byte_source_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8693);




/**
 * Milliseconds from process start until the bundle's modules were loaded. `process.uptime()`
 * rather than `performance.now()`: the latter loads nine perf_hooks modules at start-up.
 */
const loadedMs = process.uptime() * 1000;
node_module__WEBPACK_IMPORTED_MODULE_0___default().enableCompileCache?.();
// The entry only wires the process to main(); every decision lives below it.
const stderr = (0,_cli_descriptor_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .descriptorWriter */ .h)(2);
process.exitCode = await (0,_cli_main_js__WEBPACK_IMPORTED_MODULE_2__/* .main */ .iW)(process.argv.slice(2), {
    stdout: (0,_cli_descriptor_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .descriptorWriter */ .h)(1),
    stderr,
    cwd: process.cwd()
});
// MODEL_SIZE_BUDGET_STATS=1: one JSON line on stderr with what the run cost (read by `npm run bench`).
if (process.env.MODEL_SIZE_BUDGET_STATS === '1') {
    const stats = {
        bytesRead: _io_file_byte_source_js__WEBPACK_IMPORTED_MODULE_3__/* .FileByteSource */ .q.totalBytesRead,
        filesOpened: _io_file_byte_source_js__WEBPACK_IMPORTED_MODULE_3__/* .FileByteSource */ .q.totalOpened,
        loadedMs: Math.round(loadedMs),
        doneMs: Math.round(process.uptime() * 1000)
    };
    stderr(`model-size-budget stats: ${JSON.stringify(stats)}\n`);
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 709:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ descriptorWriter)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Writes the CLI's output straight to file descriptor `fd` with `writeSync`.
 *
 * Why not `process.stdout.write`: the first touch of `process.stdout` builds a stream and loads
 * Node's stream modules, about 7 ms of the 40 ms the CLI spends beyond Node's own start-up on the
 * seed example. A synchronous write is also flushed when the process exits, as a stream to a file
 * or a Linux pipe is.
 *
 * Two cases a plain `writeSync` gets wrong are handled:
 * - EAGAIN: the descriptor is a non-blocking pipe (some parents make it so) that is full. The
 *   rest, and every later write, goes through the stream, which waits for the reader; order is kept.
 * - EPIPE: the reader is gone (`model-size-budget . | head -1`). Nothing more can be delivered, so
 *   later writes are dropped instead of failing the run (the exit code still says how it went).
 */
function descriptorWriter(fd, deps = defaultDeps(fd)) {
    let mode = 'direct';
    return (text) => {
        if (mode === 'closed' || text.length === 0)
            return;
        const bytes = Buffer.from(text, 'utf8');
        if (mode === 'stream') {
            deps.stream().write(bytes);
            return;
        }
        let written = 0;
        try {
            while (written < bytes.length)
                written += deps.writeSync(fd, bytes, written);
        }
        catch (error) {
            const code = error.code;
            if (code === 'EPIPE') {
                mode = 'closed';
            }
            else if (code === 'EAGAIN') {
                mode = 'stream';
                deps.stream().write(bytes.subarray(written));
            }
            else {
                throw error;
            }
        }
    };
}
function defaultDeps(fd) {
    return {
        writeSync: (target, bytes, offset) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(target, bytes, offset),
        stream: () => (fd === 2 ? process.stderr : process.stdout)
    };
}


/***/ }),

/***/ 934:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  iW: () => (/* binding */ main)
});

// UNUSED EXPORTS: ExitCode, USAGE, parseCliArgs

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
// EXTERNAL MODULE: ./src/core/outcome.ts
var core_outcome = __nccwpck_require__(9411);
// EXTERNAL MODULE: ./src/io/disk-files.ts
var disk_files = __nccwpck_require__(3861);
// EXTERNAL MODULE: ./src/io/walk.ts + 1 modules
var walk = __nccwpck_require__(8886);
// EXTERNAL MODULE: ./src/pipeline/measure.ts + 3 modules
var measure = __nccwpck_require__(9861);
// EXTERNAL MODULE: ./src/core/budget-status.ts
var budget_status = __nccwpck_require__(8273);
// EXTERNAL MODULE: ./src/core/format-bytes.ts
var format_bytes = __nccwpck_require__(7586);
// EXTERNAL MODULE: ./src/core/types.ts
var types = __nccwpck_require__(3054);
// EXTERNAL MODULE: ./src/report/skipped.ts
var report_skipped = __nccwpck_require__(6078);
;// CONCATENATED MODULE: ./src/report/text.ts





/**
 * The CLI's terminal table: one block per checkpoint, a line per non-empty category with its
 * size, share and what is in it, then the explanation lines.
 *
 *   exports/model.ckpt   tensorflow-checkpoint   39.3 MB
 *     weights      13.1 MB  33.3%   8 tensors, 3,274,634 parameters
 *     optimizer    26.2 MB  66.6%   Adam slots (m, v) for 8 variables
 */
function renderText(report) {
    const blocks = report.checkpoints.map(renderCheckpoint);
    if (report.checkpoints.length > 1) {
        blocks.push(`total   ${(0,format_bytes/* formatBytes */.z3)(report.total.bytes.total)} in ${report.checkpoints.length} checkpoints`);
    }
    if (report.checkpoints.length === 0 && report.errors.length === 0) {
        blocks.push('No checkpoints found.');
    }
    const skipped = (0,report_skipped/* skippedNote */.d)(report, (path) => path);
    if (skipped)
        blocks.push(`note: ${terminalSafe(skipped)}`);
    return blocks.join('\n\n') + '\n';
}
function renderCheckpoint(checkpoint) {
    const title = checkpoint.latest ? `${checkpoint.id} (latest)` : checkpoint.id;
    const lines = [`${title}   ${checkpoint.format}   ${(0,format_bytes/* formatBytes */.z3)(checkpoint.bytes.total)}`];
    const rows = types/* CATEGORIES */.R.filter((category) => checkpoint.bytes[category] > 0).map((category) => {
        const bytes = checkpoint.bytes[category];
        const share = checkpoint.bytes.total > 0 ? (0,format_bytes/* formatPercent */.l9)(bytes / checkpoint.bytes.total) : '';
        return [category, (0,format_bytes/* formatBytes */.z3)(bytes), share, describeCategory(checkpoint, category)];
    });
    const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column].length), 0));
    for (const [category, size, share, note] of rows) {
        const line = `  ${category.padEnd(widths[0])}  ${size.padStart(widths[1])}  ${share.padStart(widths[2])}   ${note}`;
        lines.push(line.trimEnd());
    }
    for (const explanation of checkpoint.explanations)
        lines.push(`  → ${explanation}`);
    for (const warning of checkpoint.warnings)
        lines.push(`  ! ${warning}`);
    const scan = pickleScanLine(checkpoint);
    if (scan)
        lines.push(scan);
    if (checkpoint.unclassifiedTensors?.length) {
        const shown = checkpoint.unclassifiedTensors.slice(0, 10);
        const more = checkpoint.unclassifiedTensors.length - shown.length;
        lines.push(`  unclassified: ${shown.join(', ')}${more > 0 ? `, and ${more} more` : ''}`);
    }
    if (checkpoint.top?.length) {
        lines.push('  largest tensors:');
        for (const tensor of checkpoint.top) {
            const why = tensor.reason ? `  (${tensor.reason})` : '';
            lines.push(`    ${(0,format_bytes/* formatBytes */.z3)(tensor.bytes).padStart(9)}  ${tensor.category.padEnd(12)} ${tensor.dtype}[${tensor.shape.join(',')}]  ${tensor.name}${why}`);
        }
    }
    // Every line holds names from the checkpoint; none may carry a line break or an escape sequence.
    return lines.map(terminalSafe).join('\n');
}
function describeCategory(checkpoint, category) {
    const parts = [];
    const count = checkpoint.tensorCounts[category];
    if (count)
        parts.push(`${(0,format_bytes/* formatCount */.B4)(count)} tensor${count === 1 ? '' : 's'}`);
    if (category === 'weights' && checkpoint.parameters > 0)
        parts.push(`${(0,format_bytes/* formatCount */.B4)(checkpoint.parameters)} parameters`);
    const note = checkpoint.categoryNotes?.[category];
    if (note)
        parts.push(note);
    return parts.join(', ');
}
/**
 * The pickle security scan in one line: how many globals the pickles name, which would run code on
 * load (the warning above says how), and which classes loading would import.
 */
function pickleScanLine(checkpoint) {
    const globals = checkpoint.pickleGlobals;
    if (!globals?.length)
        return undefined;
    const named = (verdict) => globals.filter((g) => g.verdict === verdict).map((g) => `${g.module}.${g.name}`);
    const dangerous = named('dangerous');
    const unknown = named('unknown');
    const list = (names) => names.slice(0, 3).join(', ') + (names.length > 3 ? ', …' : '');
    const parts = [`${globals.length} global${globals.length === 1 ? '' : 's'}`];
    if (dangerous.length > 0)
        parts.push(`✗ ${dangerous.length} dangerous (${list(dangerous)})`);
    if (unknown.length > 0)
        parts.push(`${unknown.length} class${unknown.length === 1 ? '' : 'es'} loading would import (${list(unknown)})`);
    if (dangerous.length === 0)
        parts.push('none runs code on load');
    return `  pickle scan: ${parts.join('; ')}`;
}
/** Errors for stderr, one per line. */
function renderErrors(report) {
    return report.errors.map((error) => `error: ${terminalSafe(error.message)}`).join('\n') + (report.errors.length ? '\n' : '');
}
const RESULT_MARK = { pass: '✓', warn: '!', fail: '✗', 'no-baseline': '-' };
/**
 * The CLI's comparison and budget section, after the table: each checkpoint against the
 * baseline, then every budget result (exceeded limits first), then rules that matched nothing.
 *
 *   baseline: 1 checkpoint compared
 *     exports/model.ckpt   12.5 MB → 39.3 MB   +26.8 MB (+214%)
 *   budget: ✗ over budget (1 of 3 limits exceeded)
 *     ✗ exports/model.ckpt: optimizer is 26.2 MB, 26.2 MB over the limit of 0 B (--budget line 1: optimizer: 0 B)
 */
function renderVerdictText(verdict, outcome = (0,core_outcome/* decideOutcome */.dl)(verdict)) {
    const lines = [];
    const { diff } = verdict;
    if (diff.base) {
        lines.push(`baseline: ${diff.base.checkpoints.length} checkpoint${diff.base.checkpoints.length === 1 ? '' : 's'}`);
        const rows = diff.checkpoints.map((checkpoint) => {
            const { base, head, delta, ratio } = checkpoint.categories.total;
            const change = checkpoint.change === 'added'
                ? 'new'
                : checkpoint.change === 'removed'
                    ? 'removed'
                    : `${(0,format_bytes/* formatDeltaBytes */.js)(delta ?? 0)}${ratio === undefined ? '' : ` (${(0,format_bytes/* formatPercent */.l9)(ratio, { signed: true })})`}`;
            return [terminalSafe(checkpoint.id), `${base === undefined ? '—' : (0,format_bytes/* formatBytes */.z3)(base)} → ${head === undefined ? '—' : (0,format_bytes/* formatBytes */.z3)(head)}`, change];
        });
        const widths = [0, 1].map((column) => Math.max(...rows.map((row) => row[column].length), 0));
        for (const [id, sizes, change] of rows)
            lines.push(`  ${id.padEnd(widths[0])}   ${sizes.padEnd(widths[1])}   ${change}`);
    }
    if (verdict.rules.length > 0) {
        const exceeded = verdict.results.filter((result) => result.status === 'fail' || result.status === 'warn').length;
        const unread = outcome.failures.filter((finding) => finding.kind === 'unreadable').length;
        // The headline is the outcome (core/outcome.ts): never "within budget" while the run fails.
        const headline = verdict.status === 'fail'
            ? `✗ over budget (${exceeded} of ${verdict.results.length} limit${verdict.results.length === 1 ? '' : 's'} exceeded)`
            : outcome.status === 'fail'
                ? `✗ not passed: ${unread > 0 ? `${unread} file${unread === 1 ? '' : 's'} could not be analysed` : outcome.failures[0].message}`
                : verdict.status === 'warn'
                    ? `! within budget, with warnings`
                    : `✓ within budget (${verdict.results.length} limit${verdict.results.length === 1 ? '' : 's'} checked)`;
        lines.push(`budget: ${headline}`);
        const sorted = [...verdict.results].sort(budget_status/* byWorstStatus */.P);
        for (const result of sorted)
            lines.push(`  ${RESULT_MARK[result.status]} ${terminalSafe(result.message)}`);
        for (const rule of verdict.unmatchedRules) {
            lines.push(`  ! ${terminalSafe(`${rule.source} line ${rule.line}: ${rule.text}`)} matched no checkpoint`);
        }
    }
    return lines.length ? lines.join('\n') + '\n' : '';
}
/**
 * Names from checkpoints can hold escape sequences; shown raw they would recolour or rewrite the
 * user's terminal. Control characters are printed as `\xNN` instead.
 */
function terminalSafe(text) {
    return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (char) => `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

// EXTERNAL MODULE: ./src/core/limits.ts
var limits = __nccwpck_require__(6419);
;// CONCATENATED MODULE: ./src/cli/main.ts











/** Exit codes: the contract scripts rely on. */
const ExitCode = {
    Success: 0,
    /** A budget was exceeded. */
    OverBudget: 1,
    /** Bad usage, or a file that could not be analysed. */
    InputError: 2
};
const USAGE = `Usage: model-size-budget [options] PATH...

Finds the ML checkpoints under each PATH (files or directories, searched recursively)
and attributes every byte of each one to weights, optimizer state, buffers,
bookkeeping or metadata. Directories named .git, .hg, .svn, node_modules, .venv and
__pycache__ are entered only when given as a PATH. A file found inside a directory
whose content is no checkpoint format (a train.bin of tokens) is skipped with a note;
a file given as PATH must be a checkpoint.

Options:
  --json                print the report as JSON (schema 1) instead of a table;
                        the file it makes is a valid --baseline
  --top N               list the N largest tensors of each checkpoint
  --budget RULE         a budget rule, repeatable: [warn] [GLOB:] CATEGORY: LIMIT,
                        e.g. 'total: 50 MB', 'optimizer: 0 B', 'weights: +5%',
                        'exports/mobile/**: weights: 20 MB, +10 MB', 'warn buffers: +1 MiB'
  --budget-file PATH    budget rules, one per line (# comments allowed)
  --baseline PATH       compare with a report JSON (from --json) or a directory of
                        base checkpoints laid out as the current directory is
  --markdown            print the pull-request comment body instead of a table
  --html FILE           also write a self-contained HTML report to FILE: a treemap
                        of every tensor (and, with --baseline, of what changed)
  --allow-empty         finding no checkpoint is not an error (exit 0)
  -h, --help            show this help
  -v, --version         show the version

Each rule applies to every matching checkpoint separately. CATEGORY is total,
weights, optimizer, buffers, bookkeeping, metadata or unclassified. A 'warn'
rule only warns. Growth limits (+5%, +10 MB) need --baseline.

A file named as a PATH is read whatever its name: if no reader recognises its
content, that is an error naming it.

Exit codes: 0 success, 1 a budget was exceeded, 2 usage or input error, a file
that could not be analysed, or no checkpoint found (unless --allow-empty); an
input error wins over an exceeded budget: the figures are incomplete.
`;
/** Runs the CLI and returns its exit code; never throws for bad input. */
async function main(argv, io) {
    let options;
    let rules;
    try {
        options = parseCliArgs(argv);
        if (options.help) {
            io.stdout(USAGE);
            return ExitCode.Success;
        }
        if (options.version) {
            io.stdout(`${VERSION}\n`);
            return ExitCode.Success;
        }
    }
    catch (error) {
        io.stderr(`error: ${messageOf(error)}\n\n${USAGE}`);
        return ExitCode.InputError;
    }
    try {
        rules = await readBudgetRules(options, io.cwd);
    }
    catch (error) {
        // The message already shows the expected form of a rule; the whole usage would bury it.
        io.stderr(`error: ${messageOf(error)}\n`);
        return ExitCode.InputError;
    }
    // The comment's <details> list the largest tensors, so --markdown asks for them.
    const top = options.top || (options.markdown ? DEFAULT_MARKDOWN_TOP : 0);
    // The HTML report draws every tensor; the other outputs then list only the `top` asked for.
    const measuredTop = options.html !== undefined ? EVERY_TENSOR : top;
    let baseline;
    try {
        baseline = await readBaseline(options.baseline, io, measuredTop);
    }
    catch (error) {
        io.stderr(`error: ${messageOf(error)}\n`);
        return ExitCode.InputError;
    }
    let report;
    try {
        const found = await (0,walk/* walk */.G)(io.cwd, options.paths);
        // `model-size-budget . --baseline base/`: the base checkpoints are not head checkpoints too.
        const headFiles = baseline.origin.kind === 'directory' ? withoutDirectory(found.files, io.cwd, (0,external_node_path_.resolve)(io.cwd, options.baseline)) : found.files;
        // needsDtypes() without loading the budget engine: a plain run does not load it.
        const dtypes = rules.some((rule) => rule.category === 'dtype');
        // A file given as PATH is read whatever its name, and is an error when it is no checkpoint; a
        // file inside a directory given as PATH was found by the walk: when it is plainly no
        // checkpoint (a `train.bin` of tokens), it is skipped with a note.
        const named = new Set(found.named);
        report = await (0,measure/* measure */.x)(headFiles, new disk_files/* DiskFiles */.h(io.cwd), {
            top: measuredTop,
            named: found.named,
            dtypes,
            foundBySearch: (path) => !named.has(path),
            ...(io.readers ? { readers: io.readers } : {})
        });
        report.errors.push(...(0,measure/* skippedPathErrors */.v)(found.skipped));
        if (options.html !== undefined) {
            await writeHtmlReport((0,external_node_path_.resolve)(io.cwd, options.html), report, baseline.report);
            for (const measured of [report, baseline.report])
                measured?.checkpoints.forEach((checkpoint) => keepTop(checkpoint, top));
        }
    }
    catch (error) {
        // A directory that cannot be listed (EACCES) or a working directory that is gone: without
        // this, the rejection would escape to the entry, print a stack trace and exit 1, the code
        // that means "over budget".
        io.stderr(`error: ${messageOf(error)}\n`);
        return ExitCode.InputError;
    }
    const comparing = rules.length > 0 || baseline.report !== undefined;
    // The budget engine (with minimatch) and the comment renderer are loaded only when a run uses
    // them: a plain `model-size-budget PATH` needs neither, and start-up is part of the product.
    const verdict = comparing || options.markdown ? await evaluate(baseline.report, report, rules) : undefined;
    const policy = { failOn: 'budget', ifNoCheckpoints: options.allowEmpty ? 'ignore' : 'error', searched: options.paths };
    const outcome = verdict ? (0,core_outcome/* decideOutcome */.dl)(verdict, policy) : undefined;
    if (options.json) {
        io.stdout(JSON.stringify(report, null, 2) + '\n');
        if (verdict && comparing)
            io.stderr(renderVerdictText(verdict, outcome));
    }
    else if (verdict && options.markdown) {
        const { renderMarkdown } = await __nccwpck_require__.e(/* import() */ 177).then(__nccwpck_require__.bind(__nccwpck_require__, 9177));
        io.stdout(renderMarkdown(verdict, { baseline: baseline.origin, topTensors: top, outcome }) + '\n');
    }
    else {
        io.stdout(renderText(report) + (verdict && comparing ? '\n' + renderVerdictText(verdict, outcome) : ''));
    }
    if (report.errors.length > 0 || baseline.report?.errors.length) {
        io.stderr(renderErrors(report));
        if (baseline.report?.errors.length)
            io.stderr(renderErrors(baseline.report).replace(/^error: /gm, 'error: baseline: '));
        return ExitCode.InputError;
    }
    if (report.checkpoints.length === 0 && !options.allowEmpty) {
        io.stderr(`error: ${(0,core_outcome/* nothingFoundMessage */.D7)(options.paths)} Pass --allow-empty if finding none is fine.\n`);
        return ExitCode.InputError;
    }
    return verdict?.status === 'fail' ? ExitCode.OverBudget : ExitCode.Success;
}
/** Asks `measure` for every tensor of a checkpoint, largest first. */
const EVERY_TENSOR = Number.MAX_SAFE_INTEGER;
async function writeHtmlReport(path, head, base) {
    const { renderHtml } = await __nccwpck_require__.e(/* import() */ 65).then(__nccwpck_require__.bind(__nccwpck_require__, 7065));
    try {
        (0,external_node_fs_.writeFileSync)(path, renderHtml(head, base));
    }
    catch (error) {
        throw new errors/* ConfigError */.xL(`--html ${path}: cannot be written (${error.code ?? messageOf(error)}).`);
    }
}
function keepTop(checkpoint, top) {
    if (!checkpoint.top)
        return;
    if (top > 0)
        checkpoint.top = checkpoint.top.slice(0, top);
    else
        delete checkpoint.top;
}
async function evaluate(base, head, rules) {
    const [{ evaluateBudgets }, { diffReports }] = await Promise.all([Promise.all(/* import() */[__nccwpck_require__.e(581), __nccwpck_require__.e(88)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3088)), __nccwpck_require__.e(/* import() */ 292).then(__nccwpck_require__.bind(__nccwpck_require__, 6292))]);
    return evaluateBudgets(diffReports(base, head), rules);
}
function parseCliArgs(argv) {
    const { values, positionals } = (0,external_node_util_namespaceObject.parseArgs)({
        args: [...argv],
        allowPositionals: true,
        strict: true,
        options: {
            json: { type: 'boolean', default: false },
            markdown: { type: 'boolean', default: false },
            'allow-empty': { type: 'boolean', default: false },
            top: { type: 'string' },
            budget: { type: 'string', multiple: true },
            'budget-file': { type: 'string' },
            baseline: { type: 'string' },
            html: { type: 'string' },
            help: { type: 'boolean', short: 'h', default: false },
            version: { type: 'boolean', short: 'v', default: false }
        }
    });
    let top = 0;
    if (values.top !== undefined) {
        top = Number(values.top);
        if (!Number.isInteger(top) || top < 1)
            throw new errors/* ConfigError */.xL(`--top takes a whole number of at least 1, got '${values.top}'.`);
    }
    if (values.json && values.markdown)
        throw new errors/* ConfigError */.xL('--json and --markdown both choose the output: give one of them.');
    if (!values.help && !values.version && positionals.length === 0) {
        throw new errors/* ConfigError */.xL('no PATH given: name the checkpoint files or directories to analyse.');
    }
    return {
        paths: positionals,
        json: values.json ?? false,
        markdown: values.markdown ?? false,
        allowEmpty: values['allow-empty'] ?? false,
        top,
        budgets: values.budget ?? [],
        ...(values['budget-file'] !== undefined ? { budgetFile: values['budget-file'] } : {}),
        ...(values.baseline !== undefined ? { baseline: values.baseline } : {}),
        ...(values.html !== undefined ? { html: values.html } : {}),
        help: values.help ?? false,
        version: values.version ?? false
    };
}
/**
 * The `--budget` rules, then the `--budget-file` rules. The `--budget` values are read as the
 * lines of one text, as the action's `budget` input is, so that messages name them apart
 * (`--budget line 2`) rather than calling every one `line 1`.
 */
async function readBudgetRules(options, cwd) {
    if (options.budgets.length === 0 && options.budgetFile === undefined)
        return [];
    const { parseBudgets } = await Promise.all(/* import() */[__nccwpck_require__.e(581), __nccwpck_require__.e(88)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3088));
    const rules = parseBudgets(options.budgets.join('\n'), { source: '--budget' });
    if (options.budgetFile !== undefined) {
        let text;
        try {
            text = (0,external_node_fs_.readFileSync)((0,external_node_path_.resolve)(cwd, options.budgetFile), 'utf8');
        }
        catch (error) {
            throw new errors/* ConfigError */.xL(`--budget-file ${options.budgetFile}: cannot be read (${error.code ?? messageOf(error)}).`);
        }
        rules.push(...parseBudgets(text, { source: options.budgetFile }));
    }
    return rules;
}
async function readBaseline(path, io, top) {
    if (path === undefined) {
        return {
            origin: {
                kind: 'none',
                description: 'pass --baseline with a report JSON (from --json) or a directory of base checkpoints to compare.'
            }
        };
    }
    const absolute = (0,external_node_path_.resolve)(io.cwd, path);
    const info = (0,external_node_fs_.statSync)(absolute, { throwIfNoEntry: false });
    if (!info)
        throw new errors/* ConfigError */.xL(`--baseline ${path}: no such file or directory. Give a report JSON (from --json) or a directory of base checkpoints.`);
    if (info.isDirectory()) {
        const { measureBaselineDirectory } = await __nccwpck_require__.e(/* import() */ 716).then(__nccwpck_require__.bind(__nccwpck_require__, 5716));
        const report = await measureBaselineDirectory(absolute, { top, ...(io.readers ? { readers: io.readers } : {}) });
        return { report, origin: { kind: 'directory', description: path } };
    }
    if (info.size > limits/* MAX_BASELINE_REPORT_BYTES */.CI) {
        throw new errors/* ConfigError */.xL(`--baseline ${path}: ${info.size} bytes is too large for a report JSON; give a report from --json or a directory of base checkpoints.`);
    }
    const { loadBaselineReport } = await __nccwpck_require__.e(/* import() */ 540).then(__nccwpck_require__.bind(__nccwpck_require__, 4540));
    const report = loadBaselineReport((0,external_node_fs_.readFileSync)(absolute, 'utf8'), path);
    return { report, origin: { kind: 'report', description: path } };
}
/** The files (POSIX, relative to `cwd`) that are not inside `directory`. */
function withoutDirectory(files, cwd, directory) {
    const inside = (0,external_node_path_.relative)(cwd, directory).split(external_node_path_.sep).join('/');
    if (inside === '' || inside.startsWith('..') || (0,external_node_path_.isAbsolute)(inside))
        return files;
    return files.filter((file) => !file.startsWith(`${inside}/`));
}
function messageOf(error) {
    // Not `instanceof Error`: errors from another realm (node:fs under a test VM) fail that check.
    const message = error?.message;
    return typeof message === 'string' ? message : String(error);
}
/** Largest tensors listed per checkpoint in --markdown output when --top is not given. */
const DEFAULT_MARKDOWN_TOP = 10;
/** The bundle inlines package.json, so --version is the version that was built. */
const VERSION = package_namespaceObject.rE;


/***/ }),

/***/ 4989:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Bm: () => (/* binding */ analyzeCheckpoint),
  FK: () => (/* binding */ buildReport)
});

// UNUSED EXPORTS: emptyCategoryBytes

// EXTERNAL MODULE: ./src/core/classify.ts
var classify = __nccwpck_require__(8193);
// EXTERNAL MODULE: ./src/core/dtypes.ts
var core_dtypes = __nccwpck_require__(6622);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
// EXTERNAL MODULE: ./src/core/format-bytes.ts
var format_bytes = __nccwpck_require__(7586);
;// CONCATENATED MODULE: ./src/core/explain.ts

/** Optimizer state above this share of a checkpoint gets an explanation line. */
const OPTIMIZER_SHARE_WORTH_EXPLAINING = 0.1;
/** fp32 weights are called out when at least this share of the other float weights is 16-bit. */
const HALF_PRECISION_MAJORITY = 0.5;
/**
 * One-line explanations of the common surprises, in the words a user would search for. They are
 * what turns "39.3 MB" into "two thirds of it is Adam's m and v".
 */
function explain(report, result) {
    const lines = [];
    const { bytes } = report;
    if (bytes.total > 0 && bytes.optimizer / bytes.total >= OPTIMIZER_SHARE_WORTH_EXPLAINING) {
        const weightsOnly = bytes.total - bytes.optimizer;
        lines.push(`optimizer state is ${(0,format_bytes/* formatPercent */.l9)(bytes.optimizer / bytes.total)} of this checkpoint; ` +
            `a weights-only export would be about ${(0,format_bytes/* formatBytes */.z3)(weightsOnly)} ` +
            `(${optimizerFix(report.format)})`);
    }
    const fp32 = fp32AmongHalf(result);
    if (fp32)
        lines.push(fp32);
    if (report.unclassifiedTensors?.length) {
        lines.push(`${report.unclassifiedTensors.length} tensor(s) (${(0,format_bytes/* formatBytes */.z3)(bytes.unclassified)}) matched no rule ` +
            'and are reported as unclassified, not counted as weights');
    }
    return lines;
}
function optimizerFix(format) {
    switch (format) {
        case 'tensorflow-checkpoint':
        case 'tensorflow-savedmodel':
            return 'save only the model, e.g. tf.train.Checkpoint(model=model) or model.save_weights()';
        case 'keras':
        case 'hdf5':
            return 'save with include_optimizer=False or model.save_weights()';
        case 'pytorch':
        case 'pytorch-legacy':
            return 'save model.state_dict() without the optimizer';
        default:
            return 'export the weights without the optimizer';
    }
}
/** "fp32 where fp16 was intended": a minority of fp32 weights in a mostly half-precision model. */
function fp32AmongHalf(result) {
    let half = 0;
    let single = 0;
    for (const tensor of result.tensors) {
        if (tensor.category !== 'weights')
            continue;
        if (tensor.dtype === 'float16' || tensor.dtype === 'bfloat16')
            half += tensor.byteLength;
        else if (tensor.dtype === 'float32')
            single += tensor.byteLength;
    }
    if (single === 0 || half === 0)
        return undefined;
    if (half / (half + single) < HALF_PRECISION_MAJORITY)
        return undefined;
    return (`${(0,format_bytes/* formatBytes */.z3)(single)} of weights are float32 in a mostly half-precision checkpoint; ` +
        `casting them would save about ${(0,format_bytes/* formatBytes */.z3)(single / 2)}`);
}

// EXTERNAL MODULE: ./src/core/types.ts
var types = __nccwpck_require__(3054);
;// CONCATENATED MODULE: ./src/core/analyze.ts





function emptyCategoryBytes() {
    return { total: 0, weights: 0, optimizer: 0, buffers: 0, bookkeeping: 0, metadata: 0, unclassified: 0 };
}
/** Tensors named per category and dtype in `CheckpointReport.dtypes`. */
const DTYPE_TENSORS_NAMED = 5;
/**
 * Attributes every byte of one checkpoint to a category.
 *
 * The accounting is by construction exact: `total` is the sum of the files' sizes; each tensor
 * payload span (each storage once) goes to its tensor's category; whatever bytes of the files no
 * payload covers (indexes, headers, pickles, zip structure, padding) are `metadata`. A span that
 * lies outside its file is a corrupt checkpoint, and is reported as such rather than allowed to
 * make the categories add up to more than the disk holds.
 */
function analyzeCheckpoint(result, options) {
    const bytes = emptyCategoryBytes();
    const fileSizes = new Map(result.files.map((file) => [file.path, file.bytes]));
    const payloadPerFile = new Map();
    const seenStorages = new Set();
    let parameters = 0;
    const unclassified = [];
    const tensorCounts = {};
    const decidedBy = new Set();
    const dtypes = options.dtypes ? new Map() : undefined;
    for (const tensor of result.tensors) {
        const category = decideCategory(tensor, decidedBy);
        tensorCounts[category] = (tensorCounts[category] ?? 0) + 1;
        const fileSize = fileSizes.get(tensor.file);
        if (fileSize === undefined) {
            throw new errors/* FormatError */.IF(result.name, `tensor '${tensor.name}' points into '${tensor.file}', which is not a file of this checkpoint`);
        }
        // A NaN or fractional span would pass the bounds check below and leave the categories not
        // adding up to the bytes on disk.
        const wholeSpan = Number.isSafeInteger(tensor.offset) && Number.isSafeInteger(tensor.byteLength);
        if (!wholeSpan) {
            throw new errors/* FormatError */.IF(tensor.file, `tensor '${tensor.name}' has a span of ${tensor.byteLength} bytes at ${tensor.offset}, not a whole number of bytes`);
        }
        if (tensor.offset < 0 || tensor.byteLength < 0 || tensor.offset + tensor.byteLength > fileSize) {
            throw new errors/* FormatError */.IF(tensor.file, `tensor '${tensor.name}' claims bytes ${tensor.offset}..${tensor.offset + tensor.byteLength}, beyond the file's ${fileSize} bytes`, { fix: 'The checkpoint is truncated or its index does not match its data.' });
        }
        if (tensor.storageKey !== undefined) {
            if (seenStorages.has(tensor.storageKey))
                continue;
            seenStorages.add(tensor.storageKey);
        }
        bytes[category] += tensor.byteLength;
        if (dtypes)
            addDtypeBytes(dtypes, category, tensor);
        payloadPerFile.set(tensor.file, (payloadPerFile.get(tensor.file) ?? 0) + tensor.byteLength);
        if (category === 'weights')
            parameters += (0,core_dtypes/* elementCount */.KX)(tensor.shape);
        if (category === 'unclassified')
            unclassified.push(tensor.name);
    }
    for (const file of result.files) {
        const payload = payloadPerFile.get(file.path) ?? 0;
        if (payload > file.bytes) {
            throw new errors/* FormatError */.IF(file.path, `its tensors claim ${payload} bytes, more than the file's ${file.bytes}`, { fix: 'Overlapping tensor spans: the checkpoint is corrupt.' });
        }
        bytes.metadata += file.bytes - payload;
        bytes.total += file.bytes;
    }
    const report = {
        id: options.id,
        format: result.format,
        files: result.files.map((file) => ({
            path: file.path,
            bytes: file.bytes,
            role: file.role,
            ...(file.present ? {} : { present: false })
        })),
        bytes,
        parameters,
        tensors: result.tensors.length,
        tensorCounts,
        ...(result.categoryNotes ? { categoryNotes: { ...result.categoryNotes } } : {}),
        classifiedBy: (0,classify/* summarizeClassifiedBy */.ag)(decidedBy) ?? result.classifiedBy,
        warnings: [...result.warnings],
        explanations: []
    };
    if (unclassified.length > 0)
        report.unclassifiedTensors = unclassified;
    if (result.pickleGlobals)
        report.pickleGlobals = result.pickleGlobals;
    report.explanations = [...explain(report, result), ...(result.explanations ?? [])];
    if (options.top && options.top > 0)
        report.top = largestTensors(result, options.top);
    if (dtypes)
        report.dtypes = [...dtypes.values()];
    return report;
}
function addDtypeBytes(groups, category, tensor) {
    const key = `${category}\u0000${tensor.dtype}`;
    let group = groups.get(key);
    if (!group)
        groups.set(key, (group = { category, dtype: tensor.dtype, tensors: 0, bytes: 0, largest: [] }));
    group.tensors++;
    group.bytes += tensor.byteLength;
    const { largest } = group;
    if (largest.length === DTYPE_TENSORS_NAMED && tensor.byteLength <= largest[DTYPE_TENSORS_NAMED - 1].bytes)
        return;
    let at = largest.length;
    while (at > 0 && tensor.byteLength > largest[at - 1].bytes)
        at--;
    largest.splice(at, 0, { name: tensor.name, bytes: tensor.byteLength });
    if (largest.length > DTYPE_TENSORS_NAMED)
        largest.pop();
}
/**
 * The tensor's category from its evidence (core/classify.ts), written onto the tensor with its
 * reason so that the explanations and `--top` see the decision. Readers never set a category
 * (__tests__/formats/evidence-only.test.ts); a tensor without evidence keeps one set by hand (the
 * tests' hand-made checkpoints), else is unclassified.
 */
function decideCategory(tensor, decidedBy) {
    if (tensor.evidence) {
        const decision = (0,classify/* classifyTensor */.S5)(tensor.evidence);
        tensor.category = decision.category;
        tensor.reason = decision.reason;
        if (decision.by)
            decidedBy.add(decision.by);
        return decision.category;
    }
    return (tensor.category ??= 'unclassified');
}
/** Largest first; ties by name. */
function byLargest(a, b) {
    return b.byteLength - a.byteLength || a.name.localeCompare(b.name);
}
/**
 * The first `count` tensors of the list stably sorted by `byLargest`. For the usual few (`--top
 * 10`, the comment's default) one pass keeps the best `count` in order instead of sorting a copy
 * of the whole list: at 100,000 tensors the sort cost about 2 µs per tensor (n log n comparisons,
 * most of them `localeCompare` between tensors of one size), the pass one comparison per tensor.
 * A tensor goes after every kept tensor that compares equal to it, as in the stable sort, so both
 * paths give the same list; a long list (`--top 5000`) is sorted, as insertion would be quadratic.
 */
function largestTensors(result, count) {
    let best;
    if (count > MAX_TOP_BY_INSERTION) {
        best = [...result.tensors].sort(byLargest).slice(0, count);
    }
    else {
        best = [];
        for (const tensor of result.tensors) {
            if (best.length === count && byLargest(tensor, best[count - 1]) >= 0)
                continue;
            let at = best.length;
            while (at > 0 && byLargest(tensor, best[at - 1]) < 0)
                at--;
            best.splice(at, 0, tensor);
            if (best.length > count)
                best.pop();
        }
    }
    return best.map((tensor) => {
        const reason = tensor.reason;
        return {
            name: tensor.name,
            dtype: tensor.dtype,
            shape: tensor.shape,
            bytes: tensor.byteLength,
            category: tensor.category ?? 'unclassified',
            ...(reason ? { reason } : {})
        };
    });
}
/** Above this `--top`, insertion into the kept list would cost more than sorting. */
const MAX_TOP_BY_INSERTION = 64;
/** Sums checkpoints into a report. Errors ride along so that one bad file never hides the rest. */
function buildReport(checkpoints, errors = []) {
    const total = emptyCategoryBytes();
    for (const checkpoint of checkpoints) {
        for (const key of [...types/* CATEGORIES */.R, 'total'])
            total[key] += checkpoint.bytes[key];
    }
    return { schema: 1, checkpoints, errors, total: { bytes: total } };
}


/***/ }),

/***/ 8273:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ RESULT_STATUS_ORDER),
/* harmony export */   P: () => (/* binding */ byWorstStatus)
/* harmony export */ });
/*
 * Apart from budgets.ts so that the text renderer, which every CLI run loads, does not load the
 * budget engine and its glob library (minimatch): the CLI loads those only when it evaluates budgets.
 */
/** Result statuses, worst first: the order renderers list results in, and how a row's status is picked. */
const RESULT_STATUS_ORDER = ['fail', 'warn', 'no-baseline', 'pass'];
/** Orders results worst first (a stable sort keeps rule order within a status). */
function byWorstStatus(a, b) {
    return RESULT_STATUS_ORDER.indexOf(a.status) - RESULT_STATUS_ORDER.indexOf(b.status);
}


/***/ }),

/***/ 8193:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S5: () => (/* binding */ classifyTensor),
/* harmony export */   X1: () => (/* binding */ evidenceOf),
/* harmony export */   YB: () => (/* binding */ categoryOfRole),
/* harmony export */   ag: () => (/* binding */ summarizeClassifiedBy),
/* harmony export */   nc: () => (/* binding */ evidenceFromRules)
/* harmony export */ });
/* unused harmony export NO_EVIDENCE_REASON */
/** Precedence ranks (lower decides). Written once here; the module comment says why. */
const FRAMEWORK_METADATA = 1;
const STRUCTURE = 2;
const NOT_TRAINED = 3;
const FORMAT = 4;
const NAME_RULES = 5;
const SOURCE_RANK = {
    'object-graph': FRAMEWORK_METADATA,
    'meta-graph': FRAMEWORK_METADATA,
    module: FRAMEWORK_METADATA,
    'optimizer-state': FRAMEWORK_METADATA,
    'dict-layout': FRAMEWORK_METADATA,
    group: FRAMEWORK_METADATA,
    'slot-structure': STRUCTURE,
    'mirror-structure': STRUCTURE,
    'value-structure': STRUCTURE,
    format: FORMAT,
    'name-rules': NAME_RULES
};
const ROLE_CATEGORY = {
    parameter: 'weights',
    'model-state': 'buffers',
    copy: 'buffers',
    'not-trained': 'buffers',
    'optimizer-slot': 'optimizer',
    'optimizer-state': 'optimizer',
    'loop-state': 'bookkeeping',
    'rng-state': 'bookkeeping',
    config: 'metadata'
};
/** The rank a piece of evidence has: its source's, except that "not trained" is always weak. */
function rankOf(evidence) {
    return evidence.role === 'not-trained' ? Math.max(NOT_TRAINED, SOURCE_RANK[evidence.source]) : SOURCE_RANK[evidence.source];
}
const NO_EVIDENCE_REASON = 'nothing in the file says what this tensor is';
/**
 * The category of a tensor from everything its file says about it. The common case, one piece of
 * evidence, takes no loop; readers share evidence arrays between tensors, so nothing is built per
 * tensor here either.
 */
function classifyTensor(evidence) {
    let best;
    let bestRank = Infinity;
    for (const item of evidence) {
        const rank = rankOf(item);
        if (rank < bestRank) {
            best = item;
            bestRank = rank;
        }
    }
    if (!best)
        return { category: 'unclassified', reason: NO_EVIDENCE_REASON };
    return { category: ROLE_CATEGORY[best.role], reason: best.detail, by: best.source };
}
/** The category a role maps to (for notes and tests that speak in roles). */
function categoryOfRole(role) {
    return ROLE_CATEGORY[role];
}
/**
 * The report's one-word summary of how a checkpoint was classified: the most authoritative source
 * that decided any of its tensors, in the report schema's words.
 */
function summarizeClassifiedBy(sources) {
    let best;
    for (const source of sources)
        if (!best || SOURCE_RANK[source] < SOURCE_RANK[best])
            best = source;
    return best === undefined ? undefined : CLASSIFIED_BY[best];
}
const CLASSIFIED_BY = {
    'object-graph': 'object-graph',
    'meta-graph': 'meta-graph',
    module: 'dict-layout',
    'optimizer-state': 'dict-layout',
    'dict-layout': 'dict-layout',
    group: 'dict-layout',
    'slot-structure': 'slot-structure',
    'mirror-structure': 'slot-structure',
    'value-structure': 'slot-structure',
    format: 'format',
    'name-rules': 'name-rules'
};
/** One evidence array per rule, shared by every tensor the rule matches. */
const ruleEvidence = new WeakMap();
/** The evidence of the first rule matching `name` (shared, frozen), or an empty list. */
function evidenceFromRules(name, rules) {
    const rule = rules.find((candidate) => candidate.pattern.test(name));
    if (!rule)
        return NONE;
    let evidence = ruleEvidence.get(rule);
    if (!evidence) {
        evidence = Object.freeze([{ role: rule.role, source: 'name-rules', detail: rule.reason }]);
        ruleEvidence.set(rule, evidence);
    }
    return evidence;
}
const NONE = Object.freeze([]);
/** A shared one-item evidence list, for readers that say the same thing about many tensors. */
function evidenceOf(role, source, detail) {
    return Object.freeze([{ role, source, detail }]);
}


/***/ }),

/***/ 6622:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A1: () => (/* binding */ DTYPES),
/* harmony export */   KX: () => (/* binding */ elementCount),
/* harmony export */   vQ: () => (/* binding */ denseBytes)
/* harmony export */ });
const plain = (bits) => ({ bits, blockSize: 1 });
/** A block-quantized type: `blockSize` elements stored in `blockBytes` bytes. */
const quantized = (blockSize, blockBytes) => ({ bits: blockBytes * 8, blockSize });
const DTYPES = {
    bool: plain(8),
    int2: plain(2),
    int4: plain(4),
    uint4: plain(4),
    int8: plain(8),
    uint8: plain(8),
    int16: plain(16),
    uint16: plain(16),
    int32: plain(32),
    uint32: plain(32),
    int64: plain(64),
    uint64: plain(64),
    float4_e2m1: plain(4),
    float8_e4m3fn: plain(8),
    float8_e4m3fnuz: plain(8),
    float8_e5m2: plain(8),
    float8_e5m2fnuz: plain(8),
    float8_e8m0: plain(8),
    float16: plain(16),
    bfloat16: plain(16),
    float32: plain(32),
    float64: plain(64),
    complex64: plain(64),
    complex128: plain(128),
    qint8: plain(8),
    quint8: plain(8),
    qint16: plain(16),
    quint16: plain(16),
    qint32: plain(32),
    string: { bits: 0, blockSize: 1, variable: true },
    resource: { bits: 0, blockSize: 1, variable: true },
    variant: { bits: 0, blockSize: 1, variable: true },
    // safetensors' 6-bit floats (`huggingface/safetensors:safetensors/src/tensor.rs`, Dtype::bitsize)
    float6_e2m3: plain(6),
    float6_e3m2: plain(6),
    // --- GGUF block-quantized types ---
    // (elements per block, bytes per block) from the ggml type traits
    // (`ggml-org/llama.cpp:ggml/src/ggml.c`, type_traits: blck_size, type_size); ggml ids in
    // src/formats/gguf/ggml-types.ts. K-quants use super-blocks of QK_K = 256.
    q4_0: quantized(32, 18),
    q4_1: quantized(32, 20),
    q5_0: quantized(32, 22),
    q5_1: quantized(32, 24),
    q8_0: quantized(32, 34),
    q8_1: quantized(32, 40),
    q2_k: quantized(256, 84),
    q3_k: quantized(256, 110),
    q4_k: quantized(256, 144),
    q5_k: quantized(256, 176),
    q6_k: quantized(256, 210),
    q8_k: quantized(256, 292),
    iq2_xxs: quantized(256, 66),
    iq2_xs: quantized(256, 74),
    iq3_xxs: quantized(256, 98),
    iq1_s: quantized(256, 50),
    iq4_nl: quantized(32, 18),
    iq3_s: quantized(256, 110),
    iq2_s: quantized(256, 82),
    iq4_xs: quantized(256, 136),
    iq1_m: quantized(256, 56),
    tq1_0: quantized(256, 54),
    tq2_0: quantized(256, 66),
    mxfp4: quantized(32, 17),
    nvfp4: quantized(64, 36),
    q1_0: quantized(128, 18),
    q2_0: quantized(64, 18)
};
/** Number of elements of a shape (1 for a scalar). */
function elementCount(shape) {
    let count = 1;
    for (const dim of shape)
        count *= dim;
    return count;
}
/**
 * Bytes a dense tensor of this dtype and shape needs, or undefined for unknown and
 * variable-length dtypes. Sub-byte types round up to whole bytes (FORMATS.md trap 18).
 */
function denseBytes(dtype, shape) {
    const info = DTYPES[dtype];
    if (!info || info.variable)
        return undefined;
    const blocks = Math.ceil(elementCount(shape) / info.blockSize);
    return Math.ceil((blocks * info.bits) / 8);
}


/***/ }),

/***/ 4296:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   IF: () => (/* binding */ FormatError),
/* harmony export */   K2: () => (/* binding */ looksLikeLfsPointer),
/* harmony export */   N$: () => (/* binding */ UnsupportedFormatError),
/* harmony export */   VE: () => (/* binding */ LfsPointerError),
/* harmony export */   cX: () => (/* binding */ ModelSizeBudgetError),
/* harmony export */   lo: () => (/* binding */ LimitExceededError),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/* unused harmony exports LFS_POINTER_HEAD, MissingFileError */
/**
 * Domain errors. Each has one sentence shape, so a user can read any of them the same way:
 *
 *   `<file>: <what is wrong> (<where>). <fix, when there is one>`
 *
 * The pipeline catches them per file and puts them in the report; the CLI and the action then
 * go on with the other checkpoints.
 */
/** Base of every error a user is meant to read. */
class ModelSizeBudgetError extends Error {
    constructor(message) {
        super(message);
        this.name = new.target.name;
    }
}
/** A checkpoint file is malformed: truncated, corrupt, or not what its header claims. */
class FormatError extends ModelSizeBudgetError {
    file;
    offset;
    constructor(file, what, options = {}) {
        const where = options.offset === undefined ? '' : ` (at byte ${options.offset})`;
        const fix = options.fix ? ` ${options.fix}` : '';
        super(`${file}: ${what}${where}.${fix}`);
        this.file = file;
        this.offset = options.offset;
    }
}
/** A file looks like a checkpoint but is in a format (or version) that is not read. */
class UnsupportedFormatError extends ModelSizeBudgetError {
    file;
    constructor(file, what, fix) {
        super(`${file}: unsupported format: ${what}.${fix ? ` ${fix}` : ''}`);
        this.file = file;
    }
}
/** First line of every Git LFS pointer file (`git-lfs/git-lfs:docs/spec.md`). */
const LFS_POINTER_HEAD = 'version https://git-lfs.github.com/spec/v1';
/** Whether a file's first bytes are a Git LFS pointer's (its first line is ASCII). */
function looksLikeLfsPointer(head) {
    return head.length >= LFS_POINTER_HEAD.length && [...LFS_POINTER_HEAD].every((char, i) => head[i] === char.charCodeAt(0));
}
/** A Git LFS pointer where a checkpoint was expected: the checkout did not fetch LFS objects. */
class LfsPointerError extends ModelSizeBudgetError {
    file;
    constructor(file, pointedBytes) {
        const size = pointedBytes === undefined ? '' : ` for a ${pointedBytes}-byte object`;
        super(`${file}: this is a Git LFS pointer${size}, not the checkpoint itself. ` +
            'Check out with `lfs: true` (actions/checkout) or run `git lfs pull` first.');
        this.file = file;
    }
}
/** A file the checkpoint needs is not there (and its size cannot be inferred). */
class MissingFileError extends ModelSizeBudgetError {
    file;
    constructor(file, neededBy, fix) {
        super(`${file}: missing, but ${neededBy} needs it.${fix ? ` ${fix}` : ''}`);
        this.file = file;
    }
}
/** A limit that protects the runner (memory, time) was exceeded by a file. */
class LimitExceededError extends ModelSizeBudgetError {
    file;
    constructor(file, limitName, value, limit) {
        super(`${file}: ${limitName} is ${value}, over the limit of ${limit}. ` +
            'The file is corrupt or hostile and was not read further. If it is a real checkpoint, please report it ' +
            '(the limits and their reasons are in src/core/limits.ts).');
        this.file = file;
    }
}
/** Bad configuration: a budget line, a CLI flag, an action input, a baseline file. */
class ConfigError extends ModelSizeBudgetError {
}


/***/ }),

/***/ 7586:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B4: () => (/* binding */ formatCount),
/* harmony export */   js: () => (/* binding */ formatDeltaBytes),
/* harmony export */   l9: () => (/* binding */ formatPercent),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/**
 * Byte formatting shared by every renderer. SI units (kB, MB, GB), as pretty-bytes and
 * compressed-size-action print sizes: they match what `ls -lh --si` and most dashboards show.
 */
const SI_UNITS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB'];
/** `39312345` → `39.3 MB`; `8` → `8 B`. Three significant digits, never scientific notation. */
function formatBytes(bytes) {
    const sign = bytes < 0 ? '-' : '';
    let value = Math.abs(bytes);
    let unit = 0;
    while (value >= 1000 && unit < SI_UNITS.length - 1) {
        value /= 1000;
        unit++;
    }
    if (unit === 0)
        return `${sign}${value} B`;
    const digits = value >= 100 ? 0 : value >= 10 ? 1 : 2;
    let text = value.toFixed(digits);
    // Rounding can cross into the next band: keep three significant digits there too.
    const rounded = Number(text);
    if (rounded >= 1000 && unit < SI_UNITS.length - 1) {
        text = (value / 1000).toFixed(2); // 999.96 kB -> 1.00 MB, not 1000 kB
        unit++;
    }
    else if (rounded >= 100 && digits > 0) {
        text = rounded.toFixed(0); // 99.95 kB -> 100 kB, not 100.0 kB
    }
    else if (rounded >= 10 && digits > 1) {
        text = rounded.toFixed(1); // 9.996 kB -> 10.0 kB, not 10.00 kB
    }
    return `${sign}${text} ${SI_UNITS[unit]}`;
}
/** A signed size change: `+4.80 MB`, `-512 B`, `0 B`. */
function formatDeltaBytes(delta) {
    if (delta === 0)
        return '0 B';
    return (delta > 0 ? '+' : '') + formatBytes(delta);
}
/** A share or change in percent: `66.6%`, `+4.8%`, `<0.1%`. */
function formatPercent(ratio, options = {}) {
    const percent = ratio * 100;
    const sign = options.signed && percent > 0 ? '+' : '';
    if (percent !== 0 && Math.abs(percent) < 0.1)
        return `${sign}${percent < 0 ? '>-' : '<'}0.1%`;
    const digits = Math.abs(percent) >= 100 ? 0 : 1;
    return `${sign}${percent.toFixed(digits)}%`;
}
/** `3274634` → `3,274,634` (locale-independent, so tests and CI agree). */
function formatCount(count) {
    return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}


/***/ }),

/***/ 6419:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $5: () => (/* binding */ MAX_TF_STATE_FILE_BYTES),
/* harmony export */   A: () => (/* binding */ MAX_TF_OBJECT_GRAPH_ITEMS),
/* harmony export */   BX: () => (/* binding */ MAX_TF_PROTO_FIELDS),
/* harmony export */   CI: () => (/* binding */ MAX_BASELINE_REPORT_BYTES),
/* harmony export */   Ch: () => (/* binding */ MAX_PICKLE_MARK_DEPTH),
/* harmony export */   D1: () => (/* binding */ MAX_SAVEDMODEL_ASSET_FILES),
/* harmony export */   Fu: () => (/* binding */ MAX_TF_COLLECTION_BYTES),
/* harmony export */   Hq: () => (/* binding */ MAX_ONNX_STRING_BYTES),
/* harmony export */   ID: () => (/* binding */ MAX_TF_OBJECT_GRAPH_BYTES),
/* harmony export */   J8: () => (/* binding */ MAX_SHARD_INDEX_BYTES),
/* harmony export */   JU: () => (/* binding */ MAX_HDF5_HEADER_BYTES),
/* harmony export */   KV: () => (/* binding */ MAX_HDF5_ATTRIBUTE_VALUE_BYTES),
/* harmony export */   LW: () => (/* binding */ MAX_PICKLE_LONG_BYTES),
/* harmony export */   M2: () => (/* binding */ MAX_PICKLE_KEY_DEPTH),
/* harmony export */   Mj: () => (/* binding */ MAX_ONNX_GRAPH_DEPTH),
/* harmony export */   N0: () => (/* binding */ MAX_WALKED_ENTRIES),
/* harmony export */   NR: () => (/* binding */ MAX_PICKLE_MEMO),
/* harmony export */   Nm: () => (/* binding */ MAX_XML_TOKEN_BYTES),
/* harmony export */   OJ: () => (/* binding */ MAX_COREML_DEPTH),
/* harmony export */   SG: () => (/* binding */ MAX_PICKLE_STRING_BYTES),
/* harmony export */   Ug: () => (/* binding */ MAX_TF_BLOCK_BYTES),
/* harmony export */   VW: () => (/* binding */ MAX_DIMS),
/* harmony export */   WY: () => (/* binding */ MAX_HDF5_OBJECTS),
/* harmony export */   Wj: () => (/* binding */ MAX_HDF5_CHUNKS),
/* harmony export */   X: () => (/* binding */ MAX_TF_INDEX_BYTES),
/* harmony export */   X9: () => (/* binding */ MAX_SAFETENSORS_HEADER_BYTES),
/* harmony export */   Xe: () => (/* binding */ MAX_LFS_POINTER_BYTES),
/* harmony export */   _H: () => (/* binding */ MAX_HDF5_INDEX_BLOCK_BYTES),
/* harmony export */   _r: () => (/* binding */ MAX_TORCH_EXPORT_CONFIG_BYTES),
/* harmony export */   _u: () => (/* binding */ MAX_TF_SHARDS),
/* harmony export */   am: () => (/* binding */ MAX_TENSORS),
/* harmony export */   bP: () => (/* binding */ MAX_HDF5_DEPTH),
/* harmony export */   dC: () => (/* binding */ MAX_ZIP_DIRECTORY_BYTES),
/* harmony export */   dD: () => (/* binding */ SNIFF_BYTES),
/* harmony export */   dN: () => (/* binding */ MAX_PICKLE_CONTAINER_ITEMS),
/* harmony export */   ib: () => (/* binding */ MAX_ZIP_ENTRIES),
/* harmony export */   kT: () => (/* binding */ MAX_COREML_STRING_BYTES),
/* harmony export */   kh: () => (/* binding */ MAX_HDF5_BTREE_NODES),
/* harmony export */   mq: () => (/* binding */ MAX_PICKLE_BYTES),
/* harmony export */   n2: () => (/* binding */ MAX_GGUF_ARRAY_DEPTH),
/* harmony export */   nk: () => (/* binding */ MAX_GGUF_DIMS),
/* harmony export */   pg: () => (/* binding */ MAX_NAME_BYTES),
/* harmony export */   r6: () => (/* binding */ MAX_MLPACKAGE_MANIFEST_BYTES),
/* harmony export */   rX: () => (/* binding */ MAX_MLPACKAGE_FILES),
/* harmony export */   s4: () => (/* binding */ MAX_HDF5_HEAP_BYTES),
/* harmony export */   sw: () => (/* binding */ MAX_TOTAL_NAME_BYTES),
/* harmony export */   t4: () => (/* binding */ MAX_PICKLE_GLOBALS_LISTED),
/* harmony export */   td: () => (/* binding */ MAX_GGUF_KEY_BYTES),
/* harmony export */   ul: () => (/* binding */ MAX_PICKLE_WALK_DEPTH),
/* harmony export */   xb: () => (/* binding */ MAX_PICKLE_STACK),
/* harmony export */   zH: () => (/* binding */ MAX_XML_DEPTH),
/* harmony export */   zW: () => (/* binding */ MAX_KERAS_CONFIG_BYTES)
/* harmony export */ });
/* unused harmony exports MAX_FOUND_FILES, MAX_COMMENT_PAGES */
/**
 * Every limit that protects the runner from a corrupt or hostile checkpoint, in one place,
 * each with its reason. Readers check these *before* allocating or looping.
 *
 * A limit is generous for real files (the largest real value we know of is noted) and small
 * enough that a file cannot make us allocate more than a few hundred MB or loop for minutes.
 */
// --- General ---------------------------------------------------------------------------------
/**
 * Tensors in one checkpoint. The largest real ones we know have ~10^5 (a 110,900-tensor TF index;
 * DeepSeek-V3's safetensors index lists ~91,000). A reader spends 3-10 µs a tensor (measured by the
 * fuzzer on ONNX, safetensors and TF indexes), so 10^6 keeps a hostile file under ~10 s a read,
 * where 10^7 would allow minutes.
 */
const MAX_TENSORS = 1_000_000;
/** Dimensions of one tensor. TF allows 254 (kMaxDims); nothing real comes close. */
const MAX_DIMS = 64;
/** Bytes of one tensor name. The longest real TF2 keys are a few hundred bytes. */
const MAX_NAME_BYTES = 64 * 1024;
/**
 * Characters of all tensor names of one checkpoint together. The largest real checkpoints have
 * ~10^5 tensors with names of ~50-100 characters (5-10 MB); names (and the paths they are made of)
 * are held in memory and written to the report, so a file with many tensors at the end of a very
 * deep path must not make us build gigabytes of them (a 1.5 MB pickle did; reaching this limit
 * costs about a second).
 */
const MAX_TOTAL_NAME_BYTES = 16 * 1024 * 1024;
/**
 * Bytes of a file read whole to check whether it is a Git LFS pointer. Pointers are ~130 bytes
 * (git-lfs docs/spec.md: "less than 200 bytes"); git-lfs itself looks no further than 1024.
 */
const MAX_LFS_POINTER_BYTES = 1024;
/** The first bytes read from every candidate file to sniff its format. */
const SNIFF_BYTES = 64;
// --- Files searched and reports read (CLI, action, baselines) ----------------------------------
/** Directory entries visited at most by the CLI's walk, so that a runaway tree cannot stall a run. */
const MAX_WALKED_ENTRIES = 1_000_000;
/**
 * Files matched at most by the action's globs. @actions/glob walks the whole tree either way; this
 * bounds what we keep and sniff when a pattern like `**` meets a checkout with a huge generated tree.
 */
const MAX_FOUND_FILES = 100_000;
/**
 * Bytes of a baseline report JSON (a file, a committed report, an artifact), read whole. Reports
 * are a few KB per checkpoint; anything far larger is not one we wrote and is not downloaded.
 */
const MAX_BASELINE_REPORT_BYTES = 64 * 1024 * 1024;
/**
 * Pages of PR comments searched for our marker (100 per page: 10,000 comments). A PR past that
 * is pathological; we then create a new comment rather than page on for minutes.
 */
const MAX_COMMENT_PAGES = 100;
// --- TensorFlow --------------------------------------------------------------------------------
/**
 * Bytes of a TF `.index` file, which is read whole. Real ones are KBs to a few MB (a 110,900-tensor
 * index is about 10 MB); 256 MiB of index would describe tens of millions of tensors.
 */
const MAX_TF_INDEX_BYTES = 256 * 1024 * 1024;
/**
 * Uncompressed bytes of one SSTable block after snappy. TF cuts blocks at 256 KiB
 * (table_options.h, block_size); one entry can make a block larger, but a BundleEntryProto is tiny.
 */
const MAX_TF_BLOCK_BYTES = 64 * 1024 * 1024;
/** Data shards of one bundle. The file names use %05d, so TF itself cannot name more than 99,999. */
const MAX_TF_SHARDS = 99_999;
/**
 * Bytes of the `_CHECKPOINTABLE_OBJECT_GRAPH` string tensor read from a data shard. The largest
 * real one we know (an Object Detection API export with 684 tensors) is 331 kB.
 */
const MAX_TF_OBJECT_GRAPH_BYTES = 256 * 1024 * 1024;
/**
 * Nodes plus items (children, attributes, slot references) of the object graph, counted before
 * its arrays are allocated (4-8 bytes per item). A model has a few objects per variable: 10^5
 * variables make ~5 * 10^5; empty nodes of 2 bytes each could otherwise claim 10^8 from the
 * largest graph allowed.
 */
const MAX_TF_OBJECT_GRAPH_ITEMS = 10 * MAX_TENSORS;
/**
 * Bytes of the collections read from a `.meta` / `saved_model.pb` (the graph itself is skipped,
 * not read). Collections list names; a few MB is already a very large model.
 */
const MAX_TF_COLLECTION_BYTES = 64 * 1024 * 1024;
/** Top-level fields scanned in a `.meta` / `saved_model.pb` (each is a tag and a length). */
const MAX_TF_PROTO_FIELDS = 1_000_000;
/**
 * Bytes of a `checkpoint` state file, which is read whole. It lists one line per kept checkpoint
 * (`max_to_keep`, 5 by default); a larger file is not a state file and is left alone.
 */
const MAX_TF_STATE_FILE_BYTES = 64 * 1024;
/** Files under a SavedModel's `assets/` and `assets.extra/` (vocabularies, a few files in practice). */
const MAX_SAVEDMODEL_ASSET_FILES = 100_000;
// --- PyTorch / pickle / zip ---------------------------------------------------------------------
/** Central-directory entries of one zip archive. A PyTorch archive has one per storage (~10^4 for an LLM). */
const MAX_ZIP_ENTRIES = 1_000_000;
/** Bytes of a zip central directory, read in one piece: 46 bytes + name (+ extras) per entry, ~100 MB at the entry limit. */
const MAX_ZIP_DIRECTORY_BYTES = 256 * 1024 * 1024;
/**
 * Bytes of one pickle (`data.pkl`, `constants.pkl`, a legacy stream's object pickle). It is
 * metadata: ~100 bytes per tensor (a 70B-parameter `pytorch_model.bin` has a few hundred KB);
 * Lightning checkpoints add hyper-parameters and RNG state (a few KB).
 */
const MAX_PICKLE_BYTES = 256 * 1024 * 1024;
/** Memo entries (BINPUT/MEMOIZE) of one pickle. Real pickles memoize ~3 objects per tensor. */
const MAX_PICKLE_MEMO = 10_000_000;
/** Values on the unpickler's stack at once (a MARKed tuple/list/dict lives there before it is built). */
const MAX_PICKLE_STACK = 10_000_000;
/** Open MARKs at once: the nesting depth. Python's own pickler recurses, so real pickles stay < 1000. */
const MAX_PICKLE_MARK_DEPTH = 10_000;
/** Items of one list, dict or set built by APPEND(S)/SETITEM(S)/ADDITEMS. */
const MAX_PICKLE_CONTAINER_ITEMS = 10_000_000;
/** Bytes of one pickled string or bytes object. RNG state arrays are a few KB; hparams rarely more. */
const MAX_PICKLE_STRING_BYTES = 64 * 1024 * 1024;
/** Bytes of one LONG1/LONG4 integer. Storage sizes and counters fit in 8; Python's own ints rarely exceed 64. */
const MAX_PICKLE_LONG_BYTES = 1024;
/** Nesting of a tuple used as a dict key, written out in tensor names. Real keys are strings or ints. */
const MAX_PICKLE_KEY_DEPTH = 16;
/** Nesting depth walked when collecting the tensors of an unpickled value (cycles are cut separately). */
const MAX_PICKLE_WALK_DEPTH = 10_000;
/**
 * Distinct globals one checkpoint's scan lists. A real pickle names a few dozen (torch rebuilders,
 * storage classes, a model's classes); a hostile one could name millions, which the list must not copy.
 */
const MAX_PICKLE_GLOBALS_LISTED = 1000;
// --- safetensors -------------------------------------------------------------------------------
/**
 * Bytes of a safetensors JSON header, checked before the header is read. The reference reader
 * refuses headers over 100 MB (`huggingface/safetensors:safetensors/src/tensor.rs`, MAX_HEADER_SIZE);
 * a header with 10^5 tensors is about 10 MB.
 */
const MAX_SAFETENSORS_HEADER_BYTES = 100_000_000;
/**
 * Bytes of a shard index (`*.safetensors.index.json`, `pytorch_model.bin.index.json`). Its
 * `weight_map` has one short line per tensor: a 10^5-tensor model's index is a few MB.
 */
const MAX_SHARD_INDEX_BYTES = 64 * 1024 * 1024;
// --- ONNX --------------------------------------------------------------------------------------
/**
 * Nesting of ONNX graphs (If/Loop/Scan bodies inside bodies). Real models nest a few levels; the
 * limit stops a crafted file from recursing without bound.
 */
const MAX_ONNX_GRAPH_DEPTH = 32;
/**
 * Bytes of one ONNX string field that is read (a tensor name, an `external_data` key or value).
 * Names are short; an `external_data` location is a relative path.
 */
const MAX_ONNX_STRING_BYTES = 64 * 1024;
// --- torch.export ------------------------------------------------------------------------------
/**
 * Bytes of one `.pt2` weights or constants config (`data/weights/<model>_weights_config.json`),
 * read whole. It has ~400 bytes of JSON per tensor: a 10^5-tensor model's is ~40 MB.
 */
const MAX_TORCH_EXPORT_CONFIG_BYTES = 256 * 1024 * 1024;
// --- Keras / HDF5 ------------------------------------------------------------------------------
/** Groups and datasets walked in one HDF5 file. A Keras model has a few per layer; 10^6 layers is absurd. */
const MAX_HDF5_OBJECTS = 1_000_000;
/** v1 B-tree nodes read in one file (group and chunk indexes); bounds a hostile tree, cycles are caught separately. */
const MAX_HDF5_BTREE_NODES = 1_000_000;
/** Chunks listed for one dataset by a fixed-array index (read in one block). */
const MAX_HDF5_CHUNKS = 10_000_000;
/**
 * One index block read whole: a v2 B-tree node (h5py: 512 bytes), a fixed-array data block
 * (10^6 chunks × 16 bytes), a fractal-heap object (a link message: under 64 KiB).
 */
const MAX_HDF5_INDEX_BLOCK_BYTES = 64 * 1024 * 1024;
/** Group nesting depth. Keras nests a few levels per sub-model; deeper means a cyclic or hostile file. */
const MAX_HDF5_DEPTH = 256;
/** Bytes of one object header, all continuation blocks together. Keras keeps attributes under 64 KiB each (HDF5_OBJECT_HEADER_LIMIT). */
const MAX_HDF5_HEADER_BYTES = 16 * 1024 * 1024;
/** A group's local heap (its link names). Real heaps hold a few KB of names. */
const MAX_HDF5_HEAP_BYTES = 64 * 1024 * 1024;
/** One attribute value decoded (layer_names, weight_names are chunked by Keras below 64 KiB). */
const MAX_HDF5_ATTRIBUTE_VALUE_BYTES = 1024 * 1024;
/** `config.json` / `metadata.json` read from a `.keras` archive. Real configs are a few KB to a few MB. */
const MAX_KERAS_CONFIG_BYTES = 64 * 1024 * 1024;
// --- GGUF --------------------------------------------------------------------------------------
/** Dimensions of a GGUF tensor: GGML_MAX_DIMS (`ggml-org/llama.cpp:ggml/include/ggml.h`). */
const MAX_GGUF_DIMS = 4;
/**
 * Bytes of a GGUF string that is read rather than skipped (KV keys, tensor names, and the
 * `general.alignment` key's neighbours). llama.cpp limits tensor names to 64 bytes
 * (GGML_MAX_NAME); KV keys are dotted identifiers.
 */
const MAX_GGUF_KEY_BYTES = 64 * 1024;
/**
 * Nesting of GGUF arrays (an array of arrays...). Real files use flat arrays; the limit stops a
 * crafted file from recursing without bound.
 */
const MAX_GGUF_ARRAY_DEPTH = 8;
// --- OpenVINO IR -------------------------------------------------------------------------------
/**
 * Bytes of one XML tag, comment or CDATA section, held whole while it is tokenized (text between
 * tags is stepped over, never held). An IR's tags are under 1 KB; its longest comment-like blocks
 * (`<quantization_parameters>` configs) are text, a few KB.
 */
const MAX_XML_TOKEN_BYTES = 16 * 1024 * 1024;
/**
 * Nesting of XML elements. An IR nests 3 elements per body (`layer/body/layers`): 512 allows
 * over 100 levels of Loop / TensorIterator bodies, where real models have a few.
 */
const MAX_XML_DEPTH = 512;
// --- Core ML -----------------------------------------------------------------------------------
/**
 * Nesting of Core ML models and networks: pipelines of models, branch and loop layers holding
 * networks, MIL blocks inside operations. Real models nest a few levels.
 */
const MAX_COREML_DEPTH = 64;
/** Bytes of one Core ML string that is read (a layer or op name, a blob file name). */
const MAX_COREML_STRING_BYTES = 64 * 1024;
/** Bytes of an `.mlpackage`'s `Manifest.json`, read whole. Real ones list 2-3 items in under 1 KB. */
const MAX_MLPACKAGE_MANIFEST_BYTES = 1024 * 1024;
/** Files in one `.mlpackage` folder (a manifest, a spec, a weight file or a few in practice). */
const MAX_MLPACKAGE_FILES = 10_000;


/***/ }),

/***/ 9411:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D7: () => (/* binding */ nothingFoundMessage),
/* harmony export */   dl: () => (/* binding */ decideOutcome)
/* harmony export */ });
/* unused harmony exports DEFAULT_POLICY, OUTCOME_ICON */
const DEFAULT_POLICY = { failOn: 'budget', ifNoCheckpoints: 'error' };
const OUTCOME_ICON = { fail: '❌', warn: '⚠️', pass: '✅' };
/**
 * Collects the findings of a verdict (budget results, unmatched rules, unreadable files, nothing
 * found) plus `extra` findings of other checks, and decides the outcome under the policy.
 */
function decideOutcome(verdict, policy = DEFAULT_POLICY, extra = []) {
    const findings = [...verdictFindings(verdict, policy), ...extra];
    const failures = [];
    const warnings = [];
    for (const finding of findings) {
        const fails = finding.severity === 'error' && (finding.kind === 'nothing-found' || policy.failOn !== 'never');
        (fails ? failures : warnings).push(finding);
    }
    const status = failures.length > 0 ? 'fail' : warnings.length > 0 ? 'warn' : 'pass';
    return { status, icon: OUTCOME_ICON[status], failures, warnings };
}
function verdictFindings(verdict, policy) {
    const findings = [];
    for (const result of verdict.results) {
        if (result.status === 'fail')
            findings.push({ kind: 'over-budget', severity: 'error', message: result.message, checkpointId: result.checkpointId });
        if (result.status === 'warn')
            findings.push({ kind: 'soft-limit', severity: 'warning', message: result.message, checkpointId: result.checkpointId });
    }
    const head = verdict.diff.head;
    const nothingFound = head.checkpoints.length === 0 && head.errors.length === 0;
    for (const rule of verdict.unmatchedRules) {
        // A rule without a glob matches every checkpoint: it matches none only when none was read,
        // which the unreadable or nothing-found findings say already.
        if (rule.glob === undefined)
            continue;
        const source = rule.source.charAt(0).toUpperCase() + rule.source.slice(1);
        findings.push({ kind: 'unmatched-rule', severity: 'warning', message: `${source} line ${rule.line} ("${rule.text}") matches no checkpoint; check its glob.` });
    }
    for (const error of head.errors)
        findings.push({ kind: 'unreadable', severity: 'error', message: error.message, checkpointId: error.path });
    if (nothingFound && policy.ifNoCheckpoints !== 'ignore') {
        findings.push({ kind: 'nothing-found', severity: policy.ifNoCheckpoints === 'error' ? 'error' : 'warning', message: nothingFoundMessage(policy.searched) });
    }
    return findings;
}
/** "No checkpoint found for path: a/**, b/*.pt." naming what was searched. */
function nothingFoundMessage(searched) {
    const included = (searched ?? []).filter((pattern) => !pattern.startsWith('!'));
    const what = included.length > 0 ? ` matching ${included.map((pattern) => `'${pattern}'`).join(', ')}` : '';
    return `No checkpoint found${what}: check the paths, or that the step that writes the checkpoints ran before this one.`;
}


/***/ }),

/***/ 3054:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ CATEGORIES)
/* harmony export */ });
/**
 * The plain data that flows through model-size-budget: what a reader finds in a checkpoint,
 * and the report that the analyzer builds from it. Pure types, no I/O.
 */
/** The categories in the order they are reported. */
const CATEGORIES = [
    'weights',
    'optimizer',
    'buffers',
    'bookkeeping',
    'metadata',
    'unclassified'
];


/***/ }),

/***/ 795:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ readCandidate),
/* harmony export */   P: () => (/* binding */ chooseReader)
/* harmony export */ });
/* harmony import */ var _core_limits_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6419);

/** The first bytes of a file, for sniffing. */
async function readCandidate(path, files) {
    const source = await files.open(path);
    try {
        const head = await source.read(0, Math.min(_core_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .SNIFF_BYTES */ .dD, source.size));
        return { path, size: source.size, head };
    }
    finally {
        await source.close();
    }
}
/**
 * The reader for a file: the first whose name filter and content check both accept it, else the
 * first whose content check does (a `.bin` that is an ONNX model's external data, a renamed file).
 */
function chooseReader(candidate, readers) {
    return readers.find((reader) => reader.matchesName(candidate.path) && reader.sniff(candidate)) ?? readers.find((reader) => reader.sniff(candidate));
}


/***/ }),

/***/ 3719:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ coremlModelSniffer),
/* harmony export */   e: () => (/* binding */ coremlPackageSniffer)
/* harmony export */ });
const MLMODEL_NAME = /\.mlmodel$/i;
const PACKAGE_MANIFEST = /(^|\/)[^/]+\.mlpackage\/Manifest\.json$/i;
/** Highest `specificationVersion` accepted (10 is current: iOS 26; leave room). */
const MAX_PLAUSIBLE_SPEC_VERSION = 32;
/**
 * A Core ML `.mlmodel`: a protobuf `Model` without a magic number. Every writer starts it with
 * `specificationVersion` (field 1, varint), or, when that is 0, with the description (field 2).
 */
const coremlModelSniffer = {
    format: 'coreml',
    matchesName: (path) => MLMODEL_NAME.test(path),
    sniff(candidate) {
        const head = candidate.head;
        if (head.length < 2)
            return false;
        if (head[0] === 0x08)
            return head[1] > 0 && head[1] <= MAX_PLAUSIBLE_SPEC_VERSION;
        return head[0] === 0x12;
    }
};
/** A Core ML `.mlpackage` folder, found by its `Manifest.json` (a JSON object). */
const coremlPackageSniffer = {
    format: 'coreml',
    matchesName: (path) => PACKAGE_MANIFEST.test(path),
    sniff: (candidate) => /^\s*\{/.test(new TextDecoder('latin1').decode(candidate.head))
};


/***/ }),

/***/ 376:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ dcpSniffer)
/* harmony export */ });
/* harmony import */ var _io_checkpoint_files_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9366);

/**
 * A `torch.distributed.checkpoint` folder, by its `.metadata` file: a pickle (protocol 2+, so it
 * starts with the PROTO opcode) of the checkpoint's `Metadata` (dcp/index.ts).
 */
const dcpSniffer = {
    format: 'torch-dcp',
    matchesName: (path) => (0,_io_checkpoint_files_js__WEBPACK_IMPORTED_MODULE_0__/* .basename */ .P8)(path) === '.metadata',
    sniff: (candidate) => (0,_io_checkpoint_files_js__WEBPACK_IMPORTED_MODULE_0__/* .basename */ .P8)(candidate.path) === '.metadata' && candidate.head[0] === 0x80
};


/***/ }),

/***/ 9419:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ executorchProgramSniffer),
/* harmony export */   e: () => (/* binding */ executorchDataSniffer)
/* harmony export */ });
/* harmony import */ var _tflite_sniff_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8755);

/**
 * ExecuTorch programs (`.pte`): a flatbuffer of `pytorch/executorch:schema/program.fbs` whose file
 * identifier is `ET` and two version characters (`ET12` today; the serializer checks
 * /ET[0-9a-zA-Z][0-9a-zA-Z]/, `exir/_serialize/_program.py`).
 */
const executorchProgramSniffer = {
    format: 'executorch',
    matchesName: (path) => /\.pte$/i.test(path),
    sniff: (candidate) => (0,_tflite_sniff_js__WEBPACK_IMPORTED_MODULE_0__/* .hasFileIdentifier */ .Q8)(candidate.head, 'ET??')
};
/** ExecuTorch external tensor data (`.ptd`): a FlatTensor flatbuffer, identifier `FT01` (`extension/flat_tensor/serialize/flat_tensor.fbs`). */
const executorchDataSniffer = {
    format: 'executorch',
    matchesName: (path) => /\.ptd$/i.test(path),
    sniff: (candidate) => (0,_tflite_sniff_js__WEBPACK_IMPORTED_MODULE_0__/* .hasFileIdentifier */ .Q8)(candidate.head, 'FT??')
};


/***/ }),

/***/ 6985:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ flaxMsgpackSniffer)
/* harmony export */ });
/**
 * Flax msgpack files: `flax.serialization.to_bytes` output saved as `*.msgpack` (Hugging Face's
 * `flax_model.msgpack`), and the files of `flax.training.checkpoints.save_checkpoint`, which
 * have no extension: `checkpoint_<step>` (its default prefix), `ckpt_<step>`.
 */
const MSGPACK_NAME = /\.msgpack$/i;
const FLAX_CHECKPOINT_NAME = /(^|\/)(checkpoint|ckpt)_\d+$/i;
/** Keys of a train state or variables dict (`TrainState`, `{'params', 'batch_stats'}`). */
const TRAIN_STATE_KEYS = ['params', 'opt_state', 'step', 'batch_stats', 'target', 'state', 'model'];
/** A msgpack map: fixmap, map16, map32. */
function isMsgpackMap(byte) {
    return (byte >= 0x81 && byte <= 0x8f) || byte === 0xde || byte === 0xdf;
}
/** The first key of the root map, when it is a short string the head shows. */
function firstKey(head) {
    const at = head[0] === 0xde ? 3 : head[0] === 0xdf ? 5 : 1;
    const tag = head[at];
    if (tag === undefined || tag < 0xa0 || tag > 0xbf)
        return undefined;
    const length = tag & 0x1f;
    if (at + 1 + length > head.length)
        return undefined;
    return new TextDecoder().decode(head.subarray(at + 1, at + 1 + length));
}
const flaxMsgpackSniffer = {
    format: 'flax',
    matchesName: (path) => MSGPACK_NAME.test(path) || FLAX_CHECKPOINT_NAME.test(path),
    sniff(candidate) {
        if (candidate.head.length === 0 || !isMsgpackMap(candidate.head[0]))
            return false;
        // A `.msgpack` name says what the file is; an extension-less `checkpoint_N` must show a train state's key.
        if (MSGPACK_NAME.test(candidate.path))
            return true;
        const key = firstKey(candidate.head);
        return key !== undefined && TRAIN_STATE_KEYS.includes(key);
    }
};


/***/ }),

/***/ 8448:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ GGUF_MAGIC),
/* harmony export */   V: () => (/* binding */ ggufSniffer)
/* harmony export */ });
const GGUF_MAGIC = [0x47, 0x47, 0x55, 0x46]; // "GGUF"
const ggufSniffer = {
    format: 'gguf',
    matchesName: (path) => /\.gguf$/i.test(path),
    sniff: (candidate) => GGUF_MAGIC.every((byte, i) => candidate.head[i] === byte)
};


/***/ }),

/***/ 9500:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Aj: () => (/* binding */ hasHdf5Signature),
/* harmony export */   HQ: () => (/* binding */ hdf5Sniffer)
/* harmony export */ });
/* unused harmony export HDF5_SIGNATURE */
/** The 8-byte HDF5 signature (`\x89HDF\r\n\x1a\n`). */
const HDF5_SIGNATURE = [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a];
function hasHdf5Signature(bytes, at = 0) {
    if (bytes.length < at + 8)
        return false;
    return HDF5_SIGNATURE.every((byte, i) => bytes[at + i] === byte);
}
/** Names only HDF5 files carry (not `.keras`, which is a zip in Keras 3). */
const HDF5_NAME = /\.(h5|hdf5|he5)$/i;
/** The smallest user block (spec II.A): a file with one has at least this much before its signature. */
const USER_BLOCK_MIN = 512;
/**
 * HDF5 files (Keras `.h5`, `.weights.h5`), recognised by the signature whatever the name (see
 * hdf5-reader.ts). A file with a user block has its signature at 512, 1024, 2048, … — beyond the
 * bytes sniffed — so an HDF5 name on a file long enough for one is claimed too: the reader then
 * searches the signature and says plainly when there is none.
 */
const hdf5Sniffer = {
    format: 'hdf5',
    matchesName(path) {
        return /\.(h5|hdf5|he5|keras)$/i.test(path);
    },
    sniff(candidate) {
        if (hasHdf5Signature(candidate.head))
            return true;
        return HDF5_NAME.test(candidate.path) && candidate.size >= USER_BLOCK_MIN + HDF5_SIGNATURE.length;
    }
};


/***/ }),

/***/ 1557:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ kerasArchiveSniffer)
/* harmony export */ });
/* harmony import */ var _zip_signature_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9300);

/** Keras 3 `.keras` zip archives (see keras-archive-reader.ts). */
const kerasArchiveSniffer = {
    format: 'keras',
    matchesName(path) {
        return /\.keras$/i.test(path);
    },
    sniff(candidate) {
        // Other zip formats (PyTorch) share the magic; the name decides between them.
        return (0,_zip_signature_js__WEBPACK_IMPORTED_MODULE_0__/* .looksLikeZip */ .f)(candidate.head) && /\.keras$/i.test(candidate.path);
    }
};


/***/ }),

/***/ 5727:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  $V: () => (/* binding */ MAX_NPY_HEADER_BYTES),
  mH: () => (/* binding */ NPY_MAGIC),
  PQ: () => (/* binding */ dtypeOfDescr),
  Vv: () => (/* binding */ npyHeaderLength),
  yw: () => (/* binding */ parseNpyHeader)
});

// UNUSED EXPORTS: npyPreambleBytes

// EXTERNAL MODULE: ./src/core/dtypes.ts
var dtypes = __nccwpck_require__(6622);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
// EXTERNAL MODULE: ./src/core/limits.ts
var limits = __nccwpck_require__(6419);
;// CONCATENATED MODULE: ./src/formats/numpy/python-literal.ts
/**
 * The Python literals a `.npy` header is written in (`numpy/lib/format.py` writes
 * `repr(dict(descr=..., fortran_order=..., shape=...))`, and reads it back with
 * `ast.literal_eval`): dicts, lists, tuples, strings, integers, True/False/None. Parsed here by a
 * small recursive-descent parser, never evaluated. Anything else (a call, a name, an expression)
 * is refused, as `literal_eval` refuses it.
 */
function isPyDict(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** Nesting of a literal: a structured dtype's fields nest a few levels; nothing real needs more. */
const MAX_LITERAL_DEPTH = 32;
const ESCAPES = { n: '\n', t: '\t', r: '\r', '0': '\0', '\\': '\\', "'": "'", '"': '"' };
/** Parses `text` as one Python literal; throws an Error naming what was wrong and where. */
function parsePythonLiteral(text) {
    let at = 0;
    const fail = (what) => {
        throw new Error(`${what} at character ${at} of the header`);
    };
    const skipSpace = () => {
        while (at < text.length && ' \t\n\r'.includes(text[at]))
            at++;
    };
    const string = () => {
        const quote = text[at++];
        let out = '';
        while (at < text.length && text[at] !== quote) {
            if (text[at] === '\\') {
                const next = text[at + 1];
                if (next === 'x' || next === 'u') {
                    const digits = next === 'x' ? 2 : 4;
                    const code = Number.parseInt(text.slice(at + 2, at + 2 + digits), 16);
                    if (!Number.isFinite(code))
                        fail('a bad escape in a string');
                    out += String.fromCharCode(code);
                    at += 2 + digits;
                }
                else {
                    out += ESCAPES[next] ?? fail('an unknown escape in a string');
                    at += 2;
                }
            }
            else {
                out += text[at++];
            }
        }
        if (at >= text.length)
            fail('an unterminated string');
        at++;
        return out;
    };
    const integer = () => {
        const match = /^-?\d+L?/.exec(text.slice(at, at + 32));
        if (!match)
            return fail('a number expected');
        at += match[0].length;
        // Python 2's numpy wrote long dims as `10L`.
        const value = Number(match[0].replace(/L$/, ''));
        if (!Number.isSafeInteger(value))
            fail(`the integer ${match[0]} is too large`);
        return value;
    };
    const sequence = (close, depth) => {
        const items = [];
        at++;
        skipSpace();
        while (text[at] !== close) {
            items.push(value(depth + 1));
            skipSpace();
            if (text[at] === ',') {
                at++;
                skipSpace();
            }
            else if (text[at] !== close) {
                fail(`'${close}' or ',' expected`);
            }
        }
        at++;
        return items;
    };
    const dict = (depth) => {
        const entries = new Map();
        at++;
        skipSpace();
        while (text[at] !== '}') {
            const key = value(depth + 1);
            skipSpace();
            if (text[at] !== ':')
                fail("':' expected");
            at++;
            const item = value(depth + 1);
            if (typeof key === 'string')
                entries.set(key, item);
            skipSpace();
            if (text[at] === ',') {
                at++;
                skipSpace();
            }
            else if (text[at] !== '}') {
                fail("'}' or ',' expected");
            }
        }
        at++;
        return { dict: entries };
    };
    const WORDS = { True: true, False: false, None: null };
    const value = (depth) => {
        if (depth > MAX_LITERAL_DEPTH)
            fail(`nesting deeper than ${MAX_LITERAL_DEPTH}`);
        skipSpace();
        const char = text[at];
        if (char === '{')
            return dict(depth);
        if (char === '(')
            return sequence(')', depth);
        if (char === '[')
            return sequence(']', depth);
        if (char === "'" || char === '"')
            return string();
        if (char === '-' || (char >= '0' && char <= '9'))
            return integer();
        for (const [word, literal] of Object.entries(WORDS)) {
            if (text.startsWith(word, at)) {
                at += word.length;
                return literal;
            }
        }
        return fail(char === undefined ? 'the header ends early' : `'${char}' is not part of a Python literal`);
    };
    const result = value(0);
    skipSpace();
    if (at < text.length)
        fail('text after the literal');
    return result;
}

;// CONCATENATED MODULE: ./src/formats/numpy/npy-header.ts




/**
 * The `.npy` header (`numpy/lib/format.py`, NEP 1): the magic `\x93NUMPY`, a major and minor
 * version byte, the header length (u16 LE in v1.0, u32 LE in v2.0 and v3.0), then the header: a
 * Python dict literal `{'descr': '<f4', 'fortran_order': False, 'shape': (4, 8), }` padded with
 * spaces and a newline (latin-1 in v1/v2, UTF-8 in v3). The array's raw bytes follow.
 */
const NPY_MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]; // \x93NUMPY
/**
 * Bytes of a header. numpy's own `np.load` refuses headers over 10,000 characters by default
 * (`max_header_size`, numpy 1.24); 64 KiB is v1's whole range and keeps a v2 length of 4 GB from
 * being read.
 */
const MAX_NPY_HEADER_BYTES = 64 * 1024;
/** Bytes before the header text: magic, version, and the length field. */
function npyPreambleBytes(major) {
    return major === 1 ? 10 : 12;
}
/** The bytes of the preamble and header that must be read: `length` once the first 12 are known. */
function npyHeaderLength(head, file) {
    checkMagic(head, file);
    const major = head[6];
    if (major < 1 || major > 3)
        throw new errors/* FormatError */.IF(file, `.npy format version ${major}.${head[7]} is not one numpy writes (1.0, 2.0, 3.0)`, { offset: 6 });
    const length = major === 1 ? head[8] | (head[9] << 8) : (head[8] | (head[9] << 8) | (head[10] << 16)) + head[11] * 2 ** 24;
    if (length > MAX_NPY_HEADER_BYTES) {
        throw new errors/* FormatError */.IF(file, `the .npy header claims ${length} bytes, over the ${MAX_NPY_HEADER_BYTES}-byte limit`, {
            offset: 8,
            fix: 'numpy itself refuses headers this long; the file is corrupt or hostile.'
        });
    }
    return npyPreambleBytes(major) + length;
}
function checkMagic(head, file) {
    if (head.length < 12 || !NPY_MAGIC.every((byte, i) => head[i] === byte)) {
        throw new errors/* FormatError */.IF(file, 'not a .npy array: it does not start with "\\x93NUMPY"', { offset: 0 });
    }
}
const LATIN1 = new TextDecoder('latin1');
const UTF8 = new TextDecoder('utf-8');
/** Parses the preamble and header in `bytes` (at least `npyHeaderLength` of them). */
function parseNpyHeader(bytes, file) {
    const dataStart = npyHeaderLength(bytes, file);
    if (bytes.length < dataStart)
        throw new errors/* FormatError */.IF(file, `the .npy header is cut short: ${bytes.length} of ${dataStart} bytes`, { offset: 0 });
    const major = bytes[6];
    const text = (major === 3 ? UTF8 : LATIN1).decode(bytes.subarray(npyPreambleBytes(major), dataStart));
    let header;
    try {
        header = parsePythonLiteral(text);
    }
    catch (error) {
        throw new errors/* FormatError */.IF(file, `the .npy header is not a Python literal: ${error.message}`, { offset: npyPreambleBytes(major) });
    }
    const bad = (what) => new errors/* FormatError */.IF(file, `the .npy header ${what}`, { offset: npyPreambleBytes(major) });
    if (!isPyDict(header))
        throw bad('is not a dict');
    const descr = header.dict.get('descr');
    const shape = header.dict.get('shape');
    if (descr === undefined || !Array.isArray(shape))
        throw bad("lacks 'descr' or 'shape'");
    if (shape.length > limits/* MAX_DIMS */.VW)
        throw bad(`has ${shape.length} dimensions, over the limit of ${limits/* MAX_DIMS */.VW}`);
    if (!shape.every((dim) => typeof dim === 'number' && dim >= 0))
        throw bad('has a shape that is not a tuple of sizes');
    const type = describeDtype(descr, 0);
    if (!type)
        throw bad(`has a descr numpy does not define: ${JSON.stringify(descr)}`);
    const dataBytes = (0,dtypes/* elementCount */.KX)(shape) * type.itemSize;
    if (!Number.isSafeInteger(dataBytes))
        throw bad(`describes ${dataBytes} bytes, more than any file holds`);
    return { dtype: type.name, shape, itemSize: type.itemSize, hasObjects: type.hasObjects, dataStart, dataBytes };
}
/** numpy kind + size → our dtype names (core/dtypes.ts); others keep numpy's spelling. */
const NAMED = {
    b1: 'bool',
    i1: 'int8',
    i2: 'int16',
    i4: 'int32',
    i8: 'int64',
    u1: 'uint8',
    u2: 'uint16',
    u4: 'uint32',
    u8: 'uint64',
    f2: 'float16',
    f4: 'float32',
    f8: 'float64',
    c8: 'complex64',
    c16: 'complex128'
};
/** Bytes per character of a `U` (UCS-4) string; other kinds' sizes are in bytes. */
const UNICODE_CHAR_BYTES = 4;
/**
 * A descr: a simple type string (`'<f4'`, `'|O'`, `'<U5'`, `'<M8[ns]'`) or a structured one, a
 * list of `(name, descr)` / `(name, descr, shape)` fields (`numpy.lib.format.descr_to_dtype`).
 */
function describeDtype(descr, depth) {
    if (typeof descr === 'string')
        return describeSimple(descr);
    if (!Array.isArray(descr) || depth > 8)
        return undefined;
    let itemSize = 0;
    let hasObjects = false;
    for (const field of descr) {
        if (!Array.isArray(field) || field.length < 2)
            return undefined;
        const inner = describeDtype(field[1], depth + 1);
        const subShape = field[2] === undefined ? [] : Array.isArray(field[2]) ? field[2] : [field[2]];
        if (!inner || !subShape.every((dim) => typeof dim === 'number' && dim >= 0))
            return undefined;
        itemSize += inner.itemSize * (0,dtypes/* elementCount */.KX)(subShape);
        hasObjects ||= inner.hasObjects;
    }
    return { name: 'structured', itemSize, hasObjects };
}
/** A numpy type string (`'<f4'`) as our dtype name (`float32`), or undefined when numpy does not define it. */
function dtypeOfDescr(descr) {
    return describeSimple(descr)?.name;
}
function describeSimple(descr) {
    const match = /^([<>|=]?)([biufcOSUVMma])(\d*)(\[\w+\])?$/.exec(descr);
    if (!match)
        return undefined;
    const [, , kind, digits] = match;
    const size = digits === '' ? undefined : Number(digits);
    if (kind === 'O')
        return { name: 'object', itemSize: 8, hasObjects: true };
    if (size === undefined)
        return kind === 'b' ? { name: 'bool', itemSize: 1, hasObjects: false } : undefined;
    const itemSize = kind === 'U' ? size * UNICODE_CHAR_BYTES : size;
    return { name: NAMED[`${kind}${size}`] ?? descr.replace(/^[<>|=]/, ''), itemSize, hasObjects: false };
}


/***/ }),

/***/ 5312:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ npzSniffer),
/* harmony export */   b: () => (/* binding */ npySniffer)
/* harmony export */ });
/* harmony import */ var _zip_signature_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9300);
/* harmony import */ var _npy_header_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5727);


/** One array saved with `np.save` (see index.ts). */
const npySniffer = {
    format: 'numpy',
    matchesName: (path) => /\.npy$/i.test(path),
    sniff: (candidate) => _npy_header_js__WEBPACK_IMPORTED_MODULE_0__/* .NPY_MAGIC */ .mH.every((byte, i) => candidate.head[i] === byte)
};
/** A zip of `.npy` members (`np.savez`, `np.savez_compressed`, `jnp.savez`, dfdx, ndarray-npy). */
const npzSniffer = {
    format: 'numpy',
    matchesName: (path) => /\.npz$/i.test(path),
    sniff: (candidate) => /\.npz$/i.test(candidate.path) && (0,_zip_signature_js__WEBPACK_IMPORTED_MODULE_1__/* .looksLikeZip */ .f)(candidate.head)
};


/***/ }),

/***/ 6878:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ onnxSniffer)
/* harmony export */ });
/* harmony import */ var _protobuf_wire_type_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5804);

const { VARINT, LEN } = _protobuf_wire_type_js__WEBPACK_IMPORTED_MODULE_0__/* .WireType */ .O;
/** ModelProto fields a file can start with, and the wire type each must have. */
const MODEL_FIELD_WIRE_TYPES = new Map([
    [1, VARINT], // ir_version
    [2, LEN], // producer_name
    [3, LEN], // producer_version
    [4, LEN], // domain
    [5, VARINT], // model_version
    [6, LEN], // doc_string
    [7, LEN], // graph
    [8, LEN], // opset_import
    [14, LEN], // metadata_props
    [20, LEN], // training_info
    [25, LEN] // functions
]);
/** Highest `ir_version` accepted by the content-only sniff (IR 11 is current; leave room). */
const MAX_PLAUSIBLE_IR_VERSION = 32;
const onnxSniffer = {
    format: 'onnx',
    matchesName: (path) => /\.onnx$/i.test(path),
    /**
     * ONNX has no magic number. A `.onnx` file is accepted when its first byte is a ModelProto tag;
     * any other name only when it starts the way every exporter writes it: `ir_version` (field 1)
     * with a small value, then another ModelProto field.
     */
    sniff(candidate) {
        const head = candidate.head;
        // Every field a model starts with in practice has a number below 16: a one-byte tag.
        if (head.length < 2 || (head[0] & 0x80) !== 0)
            return false;
        const firstField = head[0] >> 3;
        if (MODEL_FIELD_WIRE_TYPES.get(firstField) !== (head[0] & 7))
            return false;
        if (/\.onnx$/i.test(candidate.path))
            return true;
        if (head[0] !== 0x08 || head[1] === 0 || head[1] > MAX_PLAUSIBLE_IR_VERSION || head.length < 3)
            return false;
        return MODEL_FIELD_WIRE_TYPES.get(head[2] >> 3) === (head[2] & 7);
    }
};


/***/ }),

/***/ 4003:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ openvinoSniffer)
/* harmony export */ });
const XML_NAME = /\.xml$/i;
const ASCII = new TextDecoder('latin1');
/**
 * An OpenVINO IR's `.xml` (the graph; its `.bin` beside it holds the constants). `.xml` names
 * much else (build files, configs), so the name is generic: an XML whose first bytes are not an
 * IR's `<net` root is left alone, not reported as an unreadable checkpoint.
 */
const openvinoSniffer = {
    format: 'openvino',
    matchesName: (path) => XML_NAME.test(path),
    genericName: true,
    /**
     * The root element `<net`, after an optional BOM, XML declaration and white space; or a
     * document type declaration for `net`, so that the reader refuses it by name instead of the
     * file passing as some other XML.
     */
    sniff(candidate) {
        const text = ASCII.decode(candidate.head).replace(/^\u00ef\u00bb\u00bf/, '');
        return /^\s*(<\?xml[^>]*\?>\s*)?(<net[\s>]|<!DOCTYPE\s+net[\s[>])/.test(text);
    }
};


/***/ }),

/***/ 2431:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   nn: () => (/* binding */ ORBAX_ITEM_METADATA),
/* harmony export */   q1: () => (/* binding */ orbaxSniffer),
/* harmony export */   sk: () => (/* binding */ ORBAX_CHECKPOINT_METADATA)
/* harmony export */ });
/**
 * An Orbax checkpoint folder, found by its JSON metadata files: `_CHECKPOINT_METADATA` (one per
 * saved step, orbax ≥ 0.5) and `_METADATA` (one per item: `default/`, `state/`, or the step
 * folder itself). Either claims the whole step folder (see index.ts).
 */
const ORBAX_CHECKPOINT_METADATA = '_CHECKPOINT_METADATA';
const ORBAX_ITEM_METADATA = '_METADATA';
const METADATA_NAME = /(^|\/)_(CHECKPOINT_)?METADATA$/;
const orbaxSniffer = {
    format: 'orbax',
    matchesName: (path) => METADATA_NAME.test(path),
    sniff: (candidate) => METADATA_NAME.test(candidate.path) && firstNonSpace(candidate.head) === 0x7b // '{'
};
function firstNonSpace(head) {
    return head.find((byte) => byte !== 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09);
}


/***/ }),

/***/ 5804:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ WireType)
/* harmony export */ });
/**
 * Protobuf wire types (https://protobuf.dev/programming-guides/encoding/), the low three bits of
 * a field's tag. A module of their own so that the ONNX sniffer, which the CLI always loads, can
 * name them without loading the wire reader (protobuf-wire.ts), which only readers need.
 */
const WireType = { VARINT: 0, FIXED64: 1, LEN: 2, FIXED32: 5 };


/***/ }),

/***/ 8136:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Vj: () => (/* binding */ looksLikeLegacyTorch),
  XP: () => (/* binding */ looksLikeTorchTar),
  _Z: () => (/* binding */ pytorchLegacySniffer),
  xj: () => (/* binding */ pytorchShardIndexSniffer),
  mx: () => (/* binding */ pytorchZipSniffer)
});

// EXTERNAL MODULE: ./src/formats/shard-index-sniff.ts
var shard_index_sniff = __nccwpck_require__(5280);
// EXTERNAL MODULE: ./src/formats/zip-signature.ts
var zip_signature = __nccwpck_require__(9300);
// EXTERNAL MODULE: ./src/io/checkpoint-files.ts
var checkpoint_files = __nccwpck_require__(9366);
;// CONCATENATED MODULE: ./src/formats/pytorch/names.ts

/**
 * Names `torch.save` files go by: `.pt`, `.pth`, `.bin` (HF `pytorch_model.bin`), `.ckpt`
 * (Lightning), accelerate's `random_states_N.pkl` and `custom_checkpoint_N.pkl` (torch.save
 * archives under a pickle's name; other `.pkl` files are scikit-learn or pandas pickles, not
 * admitted), and the old `model_best.pth.tar` habit. `.bin` and `.ckpt` are shared with other
 * formats, so the name only admits a file; its content decides (sniff).
 */
function hasPytorchExtension(path) {
    const name = (0,checkpoint_files/* basename */.P8)(path);
    return /\.(pt|pth|bin|ckpt)$|\.(pt|pth)\.tar$/i.test(name) || /^(random_states|custom_checkpoint)_\d+\.pkl$/.test(name);
}

;// CONCATENATED MODULE: ./src/formats/pytorch/sniff.ts



/**
 * Records a torch archive may start with (`<folder>/<record>`): the first local header's name is
 * in the sniff bytes, cut short when the folder name is long.
 */
const TORCH_RECORDS = ['data.pkl', 'data/', '.data/', 'version', 'byteorder', '.format_version', '.storage_alignment', 'code/', 'constants.pkl', 'constants/', 'extra/'];
/** The first local header's file name as far as the sniff window shows it; `truncated` when cut off. */
function firstRecordName(head) {
    if (head.length < 30 || !(head[2] === 3 && head[3] === 4))
        return undefined;
    const length = head[26] | (head[27] << 8);
    const visible = head.subarray(30, Math.min(head.length, 30 + length));
    return { name: new TextDecoder().decode(visible), truncated: visible.length < length };
}
function looksLikeTorchRecord(name, truncated) {
    const slash = name.indexOf('/');
    if (slash <= 0)
        return false;
    const record = name.slice(slash + 1);
    return TORCH_RECORDS.some((known) => (known.endsWith('/') ? record.startsWith(known) : record === known) || (truncated && known.startsWith(record)));
}
/** `torch.save` zip archives and TorchScript archives (see zip-reader.ts). */
const pytorchZipSniffer = {
    format: 'pytorch',
    matchesName: hasPytorchExtension,
    sniff(candidate) {
        if (!(0,zip_signature/* looksLikeZip */.f)(candidate.head))
            return false;
        const first = firstRecordName(candidate.head);
        if (!first)
            return false;
        if (looksLikeTorchRecord(first.name, first.truncated))
            return true;
        // A long archive folder name can push even the slash past the sniff window: claimed for the
        // names only torch uses; read() then checks for data.pkl and says clearly what else it is.
        return first.truncated && !first.name.includes('/') && /\.(pt|pth)$/i.test(candidate.path);
    }
};
/** The legacy magic as the first pickle spells it: PROTO n, LONG1 10, the magic's 10 bytes LE. */
const LEGACY_MAGIC_BYTES = [0x8a, 0x0a, 0x6c, 0xfc, 0x9c, 0x46, 0xf9, 0x20, 0x6a, 0xa8, 0x50, 0x19];
function looksLikeLegacyTorch(head) {
    return head.length >= 14 && head[0] === 0x80 && LEGACY_MAGIC_BYTES.every((byte, i) => head[2 + i] === byte);
}
/**
 * The oldest torch.save format (early PyTorch, 0.1.x) is a tar archive of `sys_info`, `pickle`,
 * `storages` and `tensors` members (netron's `legacy_load`, `lutzroeder/netron:source/python.js`);
 * a tar header starts with the first member's NUL-terminated name.
 */
const TAR_MEMBERS = ['sys_info', 'pickle', 'storages', 'tensors'];
function looksLikeTorchTar(head) {
    return TAR_MEMBERS.some((name) => head.length > name.length && head[name.length] === 0 && new TextDecoder().decode(head.subarray(0, name.length)) === name);
}
/** The legacy (pre-1.6) `torch.save` stream, and the tar format before it (refused by read). */
const pytorchLegacySniffer = {
    format: 'pytorch-legacy',
    matchesName: hasPytorchExtension,
    sniff: (candidate) => looksLikeLegacyTorch(candidate.head) || looksLikeTorchTar(candidate.head)
};
const SHARD_INDEX_NAME = /\.(bin|pt|pth)\.index\.json$/i;
/** A sharded PyTorch checkpoint's index, as transformers writes it: `pytorch_model.bin.index.json`. */
const pytorchShardIndexSniffer = (0,shard_index_sniff/* shardIndexSniffer */.y)('pytorch', SHARD_INDEX_NAME);


/***/ }),

/***/ 3762:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ safetensorsSniffer),
/* harmony export */   f: () => (/* binding */ safetensorsIndexSniffer)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);
/* harmony import */ var _core_limits_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6419);
/* harmony import */ var _shard_index_sniff_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5280);



const SAFETENSORS_NAME = /\.safetensors$/i;
const INDEX_NAME = /\.safetensors\.index\.json$/i;
/** A single `.safetensors` file. */
const safetensorsSniffer = {
    format: 'safetensors',
    matchesName: (path) => SAFETENSORS_NAME.test(path),
    /**
     * By content: a u64 header length that fits the limit, then `{` (as netron's
     * `safetensors.js`). A `.safetensors` name is enough on its own, so that a broken file (empty,
     * or a header claiming 2^63 bytes) gets the reader's precise error instead of "unrecognised".
     */
    sniff(candidate) {
        const head = candidate.head;
        // A Git LFS pointer is left to the pipeline, which reports it as one.
        if ((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .looksLikeLfsPointer */ .K2)(head))
            return false;
        if (SAFETENSORS_NAME.test(candidate.path))
            return true;
        if (head.length < 9 || head[8] !== 0x7b)
            return false;
        const length = new DataView(head.buffer, head.byteOffset, 8).getBigUint64(0, true);
        return length <= BigInt(_core_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_SAFETENSORS_HEADER_BYTES */ .X9) && 8 + Number(length) <= candidate.size;
    }
};
/** A sharded checkpoint's `*.safetensors.index.json`. */
const safetensorsIndexSniffer = (0,_shard_index_sniff_js__WEBPACK_IMPORTED_MODULE_2__/* .shardIndexSniffer */ .y)('safetensors', INDEX_NAME);


/***/ }),

/***/ 5280:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ shardIndexSniffer)
/* harmony export */ });
/**
 * The sniffer of a shard index (shard-index.ts) named by `name`: `*.safetensors.index.json`,
 * `pytorch_model.bin.index.json`. A JSON file is recognised by its name and its opening `{`; the
 * reader says what is wrong with one that is not an index. Kept apart from shard-index.ts, which
 * the CLI loads only when it reads one.
 */
function shardIndexSniffer(format, name) {
    return {
        format,
        matchesName: (path) => name.test(path),
        sniff: (candidate) => name.test(candidate.path) && new TextDecoder().decode(candidate.head).trimStart().startsWith('{')
    };
}


/***/ }),

/***/ 5096:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fm: () => (/* binding */ VARIABLES_INDEX),
/* harmony export */   X0: () => (/* binding */ tensorflowSavedModelSniffer),
/* harmony export */   Ze: () => (/* binding */ tensorflowCheckpointSniffer),
/* harmony export */   aH: () => (/* binding */ SAVED_MODEL_FILES)
/* harmony export */ });
/* unused harmony export firstHeaderValueByte */
/* harmony import */ var _io_checkpoint_files_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9366);

/** Where V1 names end: `model.ckpt`, `model.ckpt-1000`, `export-00000-of-00001` (sharded V1), never a V2 `.data-` shard. */
const V1_NAME = /(\.ckpt(-\d+)?|-\d{5}-of-\d{5})$/;
const V2_DATA_SHARD = /\.data-\d{5}-of-\d{5}$/;
/**
 * The value of the first entry of an SSTable from its first bytes, when that entry has the empty
 * key (a bundle header, or a V1 table's SavedTensorSliceMeta). Handles a snappy-compressed first
 * block, whose first element is a literal holding the same bytes.
 */
function firstHeaderValueByte(head) {
    const rawHeader = (at) => head[at] === 0 && head[at + 1] === 0 && head[at + 2] !== undefined && head[at + 2] > 0 && head[at + 2] < 0x80
        ? head[at + 3]
        : undefined;
    const raw = rawHeader(0);
    if (raw !== undefined)
        return raw;
    // Snappy: varint32 uncompressed length, then a literal tag (low bits 00).
    let p = 0;
    while (p < 5 && head[p] !== undefined && head[p] >= 0x80)
        p++;
    p++;
    const tag = head[p];
    if (tag === undefined || (tag & 3) !== 0)
        return undefined;
    const extra = (tag >> 2) >= 60 ? (tag >> 2) - 59 : 0;
    return rawHeader(p + 1 + extra);
}
/** BundleHeaderProto starts with num_shards (08), endianness (10) or version (1a). */
const looksLikeBundleIndex = (head) => [0x08, 0x10, 0x1a].includes(firstHeaderValueByte(head) ?? -1);
/** SavedTensorSlices starts with its meta (0a). */
const looksLikeV1 = (head) => firstHeaderValueByte(head) === 0x0a;
/** V2 checkpoints (`P.index`) and V1 checkpoints (one SSTable, recognised to be refused). */
const tensorflowCheckpointSniffer = {
    format: 'tensorflow-checkpoint',
    matchesName: (path) => path.endsWith('.index') || (V1_NAME.test((0,_io_checkpoint_files_js__WEBPACK_IMPORTED_MODULE_0__/* .basename */ .P8)(path)) && !V2_DATA_SHARD.test(path)),
    sniff: (candidate) => candidate.path.endsWith('.index') ? looksLikeBundleIndex(candidate.head) : looksLikeV1(candidate.head)
};
const SAVED_MODEL_FILES = ['saved_model.pb', 'saved_model.pbtxt'];
const VARIABLES_INDEX = /(^|\/)variables\/variables\.index$/;
/** SavedModel directories, by their graph file or their `variables/variables.index`. */
const tensorflowSavedModelSniffer = {
    format: 'tensorflow-savedmodel',
    matchesName: (path) => SAVED_MODEL_FILES.includes((0,_io_checkpoint_files_js__WEBPACK_IMPORTED_MODULE_0__/* .basename */ .P8)(path)) || VARIABLES_INDEX.test(path),
    sniff(candidate) {
        const name = (0,_io_checkpoint_files_js__WEBPACK_IMPORTED_MODULE_0__/* .basename */ .P8)(candidate.path);
        if (name === 'saved_model.pb')
            return candidate.head[0] === 0x08 || candidate.head[0] === 0x12;
        if (name === 'saved_model.pbtxt')
            return /^\s*(saved_model_schema_version|meta_graphs)\b/.test(new TextDecoder().decode(candidate.head));
        return looksLikeBundleIndex(candidate.head);
    }
};


/***/ }),

/***/ 5164:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   qy: () => (/* binding */ readStateFile)
/* harmony export */ });
/* unused harmony exports STATE_FILE, latestFromStateFile */
/* harmony import */ var _core_limits_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6419);
/* harmony import */ var _io_checkpoint_files_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9366);


/** The state file TF's checkpoint managers keep next to their checkpoints. */
const STATE_FILE = 'checkpoint';
/**
 * The checkpoint a TF `checkpoint` state file names as latest, as a path next to the state file.
 * The file is a text proto, `model_checkpoint_path: "ckpt-1000"` (FORMATS.md §1.1), relative to
 * its directory or absolute where it was saved. An absolute path is read as its last component in
 * this directory: the path of the machine that trained it means nothing in a checkout.
 */
function latestFromStateFile(statePath, text) {
    const match = /^model_checkpoint_path:\s*"((?:[^"\\]|\\.)*)"/m.exec(text);
    if (!match)
        return undefined;
    const target = match[1].replace(/\\(.)/g, '$1');
    return (0,_io_checkpoint_files_js__WEBPACK_IMPORTED_MODULE_1__/* .joinPath */ .uJ)((0,_io_checkpoint_files_js__WEBPACK_IMPORTED_MODULE_1__/* .dirname */ .pD)(statePath), target.startsWith('/') ? (0,_io_checkpoint_files_js__WEBPACK_IMPORTED_MODULE_1__/* .basename */ .P8)(target) : target);
}
/**
 * The state file in `dir`, if there is one, read up to MAX_TF_STATE_FILE_BYTES. For the pipeline,
 * which marks the latest checkpoint, and the TF reader, which lists the file with the checkpoint it
 * names; errors opening or reading it are the caller's to handle.
 */
async function readStateFile(dir, files) {
    if (!(await files.list(dir)).includes(STATE_FILE))
        return undefined;
    const path = (0,_io_checkpoint_files_js__WEBPACK_IMPORTED_MODULE_1__/* .joinPath */ .uJ)(dir, STATE_FILE);
    const source = await files.open(path);
    try {
        const text = new TextDecoder().decode(await source.read(0, Math.min(source.size, _core_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_TF_STATE_FILE_BYTES */ .$5)));
        return { path, bytes: source.size, latest: latestFromStateFile(path, text) };
    }
    finally {
        await source.close();
    }
}


/***/ }),

/***/ 8755:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DW: () => (/* binding */ TFLITE_IDENTIFIER),
/* harmony export */   Q8: () => (/* binding */ hasFileIdentifier),
/* harmony export */   Qc: () => (/* binding */ tfliteSniffer)
/* harmony export */ });
/** `file_identifier "TFL3"` of `tensorflow/compiler/mlir/lite/schema/schema.fbs`: bytes 4..8, after the root offset. */
const TFLITE_IDENTIFIER = 'TFL3';
/** Whether bytes 4..8 of a file are a flatbuffer file identifier matching `identifier` (`?` matches any character). */
function hasFileIdentifier(head, identifier) {
    return head.length >= 8 && [...identifier].every((char, i) => char === '?' || head[4 + i] === char.charCodeAt(0));
}
const tfliteSniffer = {
    format: 'tflite',
    matchesName: (path) => /\.tflite$/i.test(path),
    sniff: (candidate) => hasFileIdentifier(candidate.head, TFLITE_IDENTIFIER)
};


/***/ }),

/***/ 8138:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ torchExportSniffer)
/* harmony export */ });
/* harmony import */ var _zip_signature_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9300);

/**
 * torch.export archives (`torch.export.save`, `torch/export/pt2_archive/`): a zip named `.pt2`.
 * The name decides between it and other zips (a torch.save archive is never named `.pt2`).
 */
const torchExportSniffer = {
    format: 'torch-export',
    matchesName: (path) => /\.pt2$/i.test(path),
    sniff: (candidate) => (0,_zip_signature_js__WEBPACK_IMPORTED_MODULE_0__/* .looksLikeZip */ .f)(candidate.head) && /\.pt2$/i.test(candidate.path)
};


/***/ }),

/***/ 3001:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FOLDER_LAYOUTS: () => (/* binding */ FOLDER_LAYOUTS),
/* harmony export */   roleOf: () => (/* binding */ roleOf)
/* harmony export */ });
/** FSDP sharded state dicts, as transformers' Trainer and accelerate save them (`accelerate/utils/fsdp_utils.py`). */
const FSDP_FOLDERS = [
    { pattern: /^pytorch_model_fsdp_\d+$/, role: 'model' },
    { pattern: /^optimizer_\d+$/, role: 'optimizer' }
];
/** Model weights as `save_pretrained` and accelerate write them, sharded or not. */
const WEIGHTS = [
    { pattern: /^(model|adapter_model|pytorch_model)(_\d+)?\.safetensors$/, role: 'model' },
    { pattern: /^(model|pytorch_model)-\d{5}-of-\d{5}\.(safetensors|bin)$/, role: 'model' },
    { pattern: /^(model\.safetensors|pytorch_model\.bin)\.index\.json$/, role: 'model' },
    { pattern: /^(pytorch_model|adapter_model)(_\d+)?\.bin$/, role: 'model' }
];
/** Configuration and tokenizer files `save_pretrained` writes beside the weights (metadata). */
const CONFIG_FILES = [
    {
        pattern: /^(config|generation_config|adapter_config|preprocessor_config|processor_config|tokenizer|tokenizer_config|special_tokens_map|added_tokens|vocab)\.json$/,
        role: 'config'
    },
    { pattern: /^(merges\.txt|vocab\.txt|tokenizer\.model|spiece\.model|sentencepiece\.bpe\.model|chat_template\.(jinja|json))$/, role: 'config' }
];
const DEEPSPEED = {
    format: 'deepspeed-checkpoint',
    label: 'DeepSpeed checkpoint',
    primary: /^(zero_pp_rank_\d+_)?mp_rank_\d+_model_states\.pt$/,
    members: [
        { pattern: /^(zero_pp_rank_\d+_)?mp_rank_\d+_model_states\.pt$/, role: 'model' },
        { pattern: /^(bf16_)?(zero_pp_rank_\d+_)?(expp_rank_\d+_)?mp_rank_\d+_optim_states\.pt$/, role: 'optimizer' },
        { pattern: /^(layer_\d+-model_\d+-model_states|expp_rank_\d+_mp_rank_\d+_model_states)\.pt$/, role: 'model' }
    ]
};
const HF_TRAINER = {
    format: 'hf-trainer-checkpoint',
    label: 'Hugging Face Trainer checkpoint',
    primary: /^trainer_state\.json$/,
    members: [
        ...WEIGHTS,
        { pattern: /^optimizer\.(pt|bin)$/, role: 'optimizer' },
        { pattern: /^(scheduler|scaler)\.pt$/, role: 'loop-state' },
        { pattern: /^trainer_state\.json$/, role: 'loop-state' },
        { pattern: /^rng_state(_\d+)?\.pth$/, role: 'rng-state' },
        { pattern: /^training_args\.bin$/, role: 'config' },
        ...CONFIG_FILES
    ],
    subfolders: [{ pattern: /^global_step\d+$/, layout: () => DEEPSPEED }],
    dcpFolders: FSDP_FOLDERS
};
const ACCELERATE = {
    format: 'accelerate-state',
    label: 'accelerate save_state folder',
    // save_state always writes the RNG states; a registered object's pickle, named alone, brings its folder too.
    primary: /^(random_states|custom_checkpoint)_\d+\.pkl$/,
    members: [
        ...WEIGHTS,
        { pattern: /^optimizer(_\d+)?\.bin$/, role: 'optimizer' },
        { pattern: /^(scheduler|sampler)(_\d+)?\.bin$/, role: 'loop-state' },
        { pattern: /^dl_state_dict(_\d+)?\.bin$/, role: 'loop-state' },
        { pattern: /^scaler\.pt$/, role: 'loop-state' },
        { pattern: /^random_states_\d+\.pkl$/, role: 'rng-state' },
        { pattern: /^custom_checkpoint_\d+\.pkl$/, role: 'object' },
        ...CONFIG_FILES
    ],
    dcpFolders: FSDP_FOLDERS
};
/** The layouts, in the order the registry tries them: a Trainer folder claims its `global_stepN/` first. */
const FOLDER_LAYOUTS = { hfTrainer: HF_TRAINER, accelerate: ACCELERATE, deepspeed: DEEPSPEED };
/** The role of a file in a folder of `layout`, or undefined for a file the framework does not write there. */
function roleOf(layout, name) {
    return layout.members.find((rule) => rule.pattern.test(name))?.role;
}


/***/ }),

/***/ 9300:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ looksLikeZip)
/* harmony export */ });
/**
 * A zip starts with a local file header (`PK\x03\x04`); an empty zip starts with its EOCD.
 * Apart from zip.ts so that sniffing (PyTorch, Keras) does not load the archive reader and zlib.
 */
function looksLikeZip(head) {
    return head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && ((head[2] === 3 && head[3] === 4) || (head[2] === 5 && head[3] === 6));
}


/***/ }),

/***/ 2940:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $U: () => (/* binding */ checkSpan),
/* harmony export */   Pq: () => (/* binding */ readInto)
/* harmony export */ });
/* unused harmony export BufferByteSource */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);

/** `source.readInto(offset, target)`, or for a source without it, its `read` copied into `target`. */
async function readInto(source, offset, target) {
    if (source.readInto)
        return source.readInto(offset, target);
    target.set(await source.read(offset, target.length));
}
/** Throws the standard "unexpected end of file" error for a span outside the source. */
function checkSpan(source, offset, length) {
    if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(length) || offset < 0 || length < 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FormatError */ .IF(source.name, `invalid read of ${length} bytes at offset ${offset}`);
    }
    if (offset + length > source.size) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FormatError */ .IF(source.name, `unexpected end of file: expected ${length} bytes at offset ${offset} but the file has ${source.size} bytes`, { fix: 'The file is truncated or corrupted; re-export or re-download it.' });
    }
}
/** A ByteSource over bytes already in memory: tests, and small git blobs. */
class BufferByteSource {
    name;
    bytes;
    size;
    bytesRead = 0;
    constructor(name, bytes) {
        this.name = name;
        this.bytes = bytes;
        this.size = bytes.length;
    }
    async read(offset, length) {
        checkSpan(this, offset, length);
        this.bytesRead += length;
        return this.bytes.subarray(offset, offset + length);
    }
    async readInto(offset, target) {
        checkSpan(this, offset, target.length);
        this.bytesRead += target.length;
        target.set(this.bytes.subarray(offset, offset + target.length));
    }
    async close() { }
}


/***/ }),

/***/ 9366:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P8: () => (/* binding */ basename),
/* harmony export */   pD: () => (/* binding */ dirname),
/* harmony export */   uJ: () => (/* binding */ joinPath)
/* harmony export */ });
/* unused harmony export MemoryFiles */
/* harmony import */ var _byte_source_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2940);

/** POSIX helpers so that readers never need node:path (which would differ on Windows). */
function dirname(path) {
    const slash = path.lastIndexOf('/');
    return slash < 0 ? '.' : slash === 0 ? '/' : path.slice(0, slash);
}
function basename(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}
function joinPath(dir, name) {
    if (dir === '' || dir === '.')
        return name;
    return dir.endsWith('/') ? dir + name : `${dir}/${name}`;
}
/** In-memory files, for tests and for building checkpoints inside a test. */
class MemoryFiles {
    files;
    constructor(files) {
        this.files = files;
    }
    async open(path) {
        const bytes = this.files.get(path);
        if (!bytes)
            throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
        return new BufferByteSource(path, bytes);
    }
    async size(path) {
        return this.files.get(path)?.length;
    }
    async list(dir) {
        const prefix = dir === '.' || dir === '' ? '' : dir.replace(/\/$/, '') + '/';
        const names = new Set();
        for (const path of this.files.keys()) {
            if (!path.startsWith(prefix))
                continue;
            names.add(path.slice(prefix.length).split('/')[0]);
        }
        return [...names].sort();
    }
}


/***/ }),

/***/ 3861:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ DiskFiles)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _file_byte_source_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8693);



/**
 * CheckpointFiles on the local disk, with paths relative to `root` (the workspace). Synchronous
 * calls behind the async port, for the reason FileByteSource gives.
 */
class DiskFiles {
    root;
    opened = [];
    constructor(root) {
        this.root = root;
    }
    /** Bytes read so far through every file this opened: the reading discipline, measured. */
    get bytesRead() {
        return this.opened.reduce((sum, source) => sum + source.bytesRead, 0);
    }
    abs(path) {
        return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(this.root, path);
    }
    async open(path) {
        const source = await _file_byte_source_js__WEBPACK_IMPORTED_MODULE_2__/* .FileByteSource */ .q.open(this.abs(path), path);
        this.opened.push(source);
        return source;
    }
    async size(path) {
        try {
            const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(this.abs(path));
            return info.isFile() ? info.size : undefined;
        }
        catch {
            return undefined;
        }
    }
    async list(dir) {
        try {
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(this.abs(dir)).sort();
        }
        catch {
            return [];
        }
    }
}


/***/ }),

/***/ 8693:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ FileByteSource)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _byte_source_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2940);


/**
 * A ByteSource over a file on disk: `pread` at the asked offsets, nothing cached or mapped.
 *
 * Every call is synchronous behind the async port. Readers ask for many small spans (a local
 * header per storage, a header per HDF5 object), and a round trip through libuv's thread pool
 * costs far more than the read itself; the CLI and the action have nothing else to do while they
 * wait. Not importing `node:fs/promises` also keeps it (and the stream and readline modules it
 * loads) out of the CLI's start-up.
 */
class FileByteSource {
    name;
    size;
    /** Bytes read from disk by every FileByteSource of this process (the CLI's stats for the bench). */
    static totalBytesRead = 0;
    /** Files opened by every FileByteSource of this process. */
    static totalOpened = 0;
    bytesRead = 0;
    fd;
    constructor(name, size, fd) {
        this.name = name;
        this.size = size;
        this.fd = fd;
    }
    static async open(path, name = path) {
        const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'r');
        try {
            const { size } = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
            FileByteSource.totalOpened++;
            return new FileByteSource(name, size, fd);
        }
        catch (error) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
            throw error;
        }
    }
    async read(offset, length) {
        const buffer = new Uint8Array(length);
        this.fill(offset, buffer);
        return buffer;
    }
    async readInto(offset, target) {
        this.fill(offset, target);
    }
    fill(offset, target) {
        const length = target.length;
        (0,_byte_source_js__WEBPACK_IMPORTED_MODULE_1__/* .checkSpan */ .$U)(this, offset, length);
        const fd = this.openFd();
        let filled = 0;
        while (filled < length) {
            const bytesRead = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, target, filled, length - filled, offset + filled);
            if (bytesRead === 0)
                break; // the file shrank under us; checkSpan below reports it
            filled += bytesRead;
        }
        this.bytesRead += filled;
        FileByteSource.totalBytesRead += filled;
        if (filled < length)
            (0,_byte_source_js__WEBPACK_IMPORTED_MODULE_1__/* .checkSpan */ .$U)({ name: this.name, size: offset + filled }, offset, length);
    }
    async close() {
        if (this.fd === undefined)
            return;
        const fd = this.fd;
        this.fd = undefined;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
    openFd() {
        if (this.fd === undefined)
            throw new Error(`${this.name}: read after close`);
        return this.fd;
    }
}


/***/ }),

/***/ 8886:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  G: () => (/* binding */ walk)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/core/limits.ts
var limits = __nccwpck_require__(6419);
;// CONCATENATED MODULE: ./src/io/paths.ts

/**
 * True when `path` is `root` or below it (both absolute and normalised). The one check behind
 * every "does not leave the workspace" rule: the CLI's walk, the action's globbing, baselines.
 */
function isInside(root, path) {
    return path === root || path.startsWith(root.endsWith(external_node_path_.sep) ? root : root + external_node_path_.sep);
}
/**
 * Directories that hold version-control internals, dependencies or caches, never a user's own
 * checkpoint, though they can be full of files named like one (`*.bin` in `node_modules`, test
 * models in a `.venv`'s site-packages). The CLI's walk does not enter them unless named; the
 * action's default `path` globs exclude them (action.yml; a test keeps the two in step).
 */
const NOT_SEARCHED_DIRS = ['.git', '.hg', '.svn', 'node_modules', '.venv', '__pycache__'];

;// CONCATENATED MODULE: ./src/io/walk.ts




/** Entered only when named as a path: VCS internals, dependency trees and caches (see paths.ts). */
const SKIPPED_DIRS = new Set(NOT_SEARCHED_DIRS);
/**
 * Lists the files under `paths` (files or directories, searched recursively) without opening
 * any of them. Symlinks are followed only when they resolve inside `root`: a checkout cannot make
 * the tool read `/etc` or a sibling directory through a link.
 *
 * The file system calls are synchronous (see FileByteSource): the walk is the only thing the
 * process does, and each call through the thread pool would cost a round trip.
 */
async function walk(root, paths) {
    const rootReal = external_node_fs_.realpathSync.native(root);
    const result = { files: [], named: [], skipped: [] };
    let visited = 0;
    const toPosix = (abs) => (0,external_node_path_.relative)(root, abs).split(external_node_path_.sep).join('/') || '.';
    const visit = (abs, explicit) => {
        if (++visited > limits/* MAX_WALKED_ENTRIES */.N0) {
            if (visited === limits/* MAX_WALKED_ENTRIES */.N0 + 1) {
                result.skipped.push({ path: toPosix(abs), reason: `more than ${limits/* MAX_WALKED_ENTRIES */.N0} entries; the rest was not searched` });
            }
            return;
        }
        let info;
        try {
            info = (0,external_node_fs_.lstatSync)(abs);
        }
        catch {
            result.skipped.push({ path: toPosix(abs), reason: 'no such file or directory' });
            return;
        }
        if (info.isSymbolicLink()) {
            let target;
            try {
                target = external_node_fs_.realpathSync.native(abs);
            }
            catch {
                result.skipped.push({ path: toPosix(abs), reason: 'broken symbolic link' });
                return;
            }
            if (!explicit && !isInside(rootReal, target)) {
                result.skipped.push({ path: toPosix(abs), reason: 'symbolic link to a path outside the searched root; not followed' });
                return;
            }
            info = (0,external_node_fs_.statSync)(target);
            if (info.isDirectory()) {
                // Following directory links could loop; a linked directory is named explicitly if wanted.
                if (!explicit)
                    return;
            }
        }
        if (info.isFile()) {
            result.files.push(toPosix(abs));
            if (explicit)
                result.named.push(toPosix(abs));
        }
        else if (info.isDirectory()) {
            const name = abs.slice(abs.lastIndexOf(external_node_path_.sep) + 1);
            if (!explicit && SKIPPED_DIRS.has(name))
                return;
            const entries = (0,external_node_fs_.readdirSync)(abs).sort();
            for (const entry of entries)
                visit((0,external_node_path_.resolve)(abs, entry), false);
        }
    };
    for (const path of paths)
        visit((0,external_node_path_.resolve)(root, path), true);
    result.files = [...new Set(result.files)].sort();
    result.named = [...new Set(result.named)].sort();
    return result;
}


/***/ }),

/***/ 9861:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  x: () => (/* binding */ measure),
  v: () => (/* binding */ skippedPathErrors)
});

// EXTERNAL MODULE: ./src/core/analyze.ts + 1 modules
var analyze = __nccwpck_require__(4989);
// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __nccwpck_require__(4296);
// EXTERNAL MODULE: ./src/core/limits.ts
var limits = __nccwpck_require__(6419);
// EXTERNAL MODULE: ./src/formats/choose-reader.ts
var choose_reader = __nccwpck_require__(795);
// EXTERNAL MODULE: ./src/formats/coreml/sniff.ts
var sniff = __nccwpck_require__(3719);
// EXTERNAL MODULE: ./src/formats/dcp/sniff.ts
var dcp_sniff = __nccwpck_require__(376);
// EXTERNAL MODULE: ./src/formats/flax/sniff.ts
var flax_sniff = __nccwpck_require__(6985);
// EXTERNAL MODULE: ./src/formats/gguf/sniff.ts
var gguf_sniff = __nccwpck_require__(8448);
// EXTERNAL MODULE: ./src/formats/hdf5/sniff.ts
var hdf5_sniff = __nccwpck_require__(9500);
// EXTERNAL MODULE: ./src/formats/keras/sniff.ts
var keras_sniff = __nccwpck_require__(1557);
// EXTERNAL MODULE: ./src/formats/numpy/sniff.ts
var numpy_sniff = __nccwpck_require__(5312);
// EXTERNAL MODULE: ./src/formats/onnx/sniff.ts
var onnx_sniff = __nccwpck_require__(6878);
// EXTERNAL MODULE: ./src/formats/openvino/sniff.ts
var openvino_sniff = __nccwpck_require__(4003);
// EXTERNAL MODULE: ./src/formats/orbax/sniff.ts
var orbax_sniff = __nccwpck_require__(2431);
// EXTERNAL MODULE: ./src/formats/pytorch/sniff.ts + 1 modules
var pytorch_sniff = __nccwpck_require__(8136);
// EXTERNAL MODULE: ./src/formats/safetensors/sniff.ts
var safetensors_sniff = __nccwpck_require__(3762);
// EXTERNAL MODULE: ./src/formats/executorch/sniff.ts
var executorch_sniff = __nccwpck_require__(9419);
// EXTERNAL MODULE: ./src/formats/tflite/sniff.ts
var tflite_sniff = __nccwpck_require__(8755);
// EXTERNAL MODULE: ./src/formats/torch-export/sniff.ts
var torch_export_sniff = __nccwpck_require__(8138);
// EXTERNAL MODULE: ./src/formats/tensorflow/sniff.ts
var tensorflow_sniff = __nccwpck_require__(5096);
// EXTERNAL MODULE: ./src/io/checkpoint-files.ts
var checkpoint_files = __nccwpck_require__(9366);
// EXTERNAL MODULE: ./src/formats/zip-signature.ts
var zip_signature = __nccwpck_require__(9300);
// EXTERNAL MODULE: ./src/formats/training-folder/layouts.ts
var layouts = __nccwpck_require__(3001);
;// CONCATENATED MODULE: ./src/formats/training-folder/sniff.ts



/**
 * A folder is handed to its reader through its primary file (`trainer_state.json`,
 * `random_states_0.pkl`, `mp_rank_00_model_states.pt`): the pipeline works on files, and the
 * reader lists the primary file's directory for the rest. The content check is the primary file's
 * own format, so that a stray file of that name is not taken for a folder.
 */
function folderSniffer(layout, looksRight) {
    return {
        format: layout.format,
        matchesName: (path) => layout.primary.test((0,checkpoint_files/* basename */.P8)(path)),
        sniff: (candidate) => layout.primary.test((0,checkpoint_files/* basename */.P8)(candidate.path)) && looksRight(candidate.head)
    };
}
/** JSON: an object, after optional whitespace. */
const looksLikeJsonObject = (head) => /^\s*\{/.test(new TextDecoder().decode(head));
/** A pickle (PROTO opcode) or a torch.save zip. */
const looksLikePickleOrZip = (head) => head[0] === 0x80 || (0,zip_signature/* looksLikeZip */.f)(head);
const hfTrainerSniffer = folderSniffer(layouts.FOLDER_LAYOUTS.hfTrainer, looksLikeJsonObject);
const accelerateSniffer = folderSniffer(layouts.FOLDER_LAYOUTS.accelerate, looksLikePickleOrZip);
const deepspeedSniffer = folderSniffer(layouts.FOLDER_LAYOUTS.deepspeed, looksLikePickleOrZip);

;// CONCATENATED MODULE: ./src/formats/index.ts

















/**
 * A reader whose reading code is loaded on its first `read`: the sniffers are all the pipeline
 * needs to choose a reader, and the reading code of every format together is most of the bundle.
 * Behind each `import()` the bundler (ncc/webpack) makes a separate chunk, so the CLI compiles
 * only the formats it meets (issue 5: start-up is part of the product). Under tsx and Jest the
 * `import()` is an ordinary module load.
 */
function lazyReader(sniffer, load) {
    return {
        format: sniffer.format,
        matchesName: sniffer.matchesName,
        genericName: sniffer.genericName,
        sniff: sniffer.sniff,
        read: async (path, files) => (await load()).read(path, files)
    };
}
/**
 * The readers of single checkpoints (a file and the companions it names), in the order the
 * pipeline tries them. Order matters where one checkpoint's companion file could be read as a
 * checkpoint of its own: a SavedModel claims its `variables/variables.index` before the TF
 * checkpoint reader sees it; a safetensors or PyTorch shard index claims its shards before they
 * are read one by one; an ONNX model claims its external data files (often `*.bin`) before they
 * could be taken for PyTorch files, as an OpenVINO IR's `.xml` claims its `.bin` and a Core ML
 * package its `weight.bin`.
 */
const FILE_READERS = [
    lazyReader(tensorflow_sniff/* tensorflowSavedModelSniffer */.X0, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(633), __nccwpck_require__.e(542), __nccwpck_require__.e(511)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5511))).tensorflowSavedModelReader),
    lazyReader(tensorflow_sniff/* tensorflowCheckpointSniffer */.Ze, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(633), __nccwpck_require__.e(542), __nccwpck_require__.e(511)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5511))).tensorflowCheckpointReader),
    lazyReader(safetensors_sniff/* safetensorsIndexSniffer */.f, async () => (await __nccwpck_require__.e(/* import() */ 410).then(__nccwpck_require__.bind(__nccwpck_require__, 7410))).safetensorsIndexReader),
    lazyReader(safetensors_sniff/* safetensorsSniffer */.R, async () => (await __nccwpck_require__.e(/* import() */ 410).then(__nccwpck_require__.bind(__nccwpck_require__, 7410))).safetensorsReader),
    // pytorch_model.bin.index.json claims its .bin shards before they are read one by one
    lazyReader(pytorch_sniff/* pytorchShardIndexSniffer */.xj, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(475), __nccwpck_require__.e(739), __nccwpck_require__.e(654), __nccwpck_require__.e(73)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8073))).pytorchShardIndexReader),
    lazyReader(onnx_sniff/* onnxSniffer */.L, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(542), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3500))).onnxReader),
    // an OpenVINO IR's .xml claims its .bin, which holds no magic a reader could recognise
    lazyReader(openvino_sniff/* openvinoSniffer */.A, async () => (await __nccwpck_require__.e(/* import() */ 638).then(__nccwpck_require__.bind(__nccwpck_require__, 3638))).openvinoReader),
    // an .mlpackage claims its spec (a .mlmodel) and its weights/weight.bin before either is read alone
    lazyReader(sniff/* coremlPackageSniffer */.e, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(542), __nccwpck_require__.e(313)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2313))).coremlPackageReader),
    lazyReader(sniff/* coremlModelSniffer */.b, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(542), __nccwpck_require__.e(313)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2313))).coremlModelReader),
    // .npz zips (name-matched) before the zip sniffers below could see them; .npy by its magic
    lazyReader(numpy_sniff/* npzSniffer */._, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(475), __nccwpck_require__.e(199)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7199))).npzReader),
    lazyReader(numpy_sniff/* npySniffer */.b, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(475), __nccwpck_require__.e(199)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7199))).npyReader),
    // torch.export archives (.pt2 zips; read before other zips by their name)
    lazyReader(torch_export_sniff/* torchExportSniffer */.O, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(475), __nccwpck_require__.e(566)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4566))).torchExportReader),
    // torch.save zips and TorchScript archives
    lazyReader(pytorch_sniff/* pytorchZipSniffer */.mx, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(475), __nccwpck_require__.e(739), __nccwpck_require__.e(654), __nccwpck_require__.e(355)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1355))).pytorchZipReader),
    // pre-1.6 pickle streams
    lazyReader(pytorch_sniff/* pytorchLegacySniffer */._Z, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(739), __nccwpck_require__.e(654), __nccwpck_require__.e(233)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4233))).pytorchLegacyReader),
    // .keras zip (name-matched: other zips are PyTorch's)
    lazyReader(keras_sniff/* kerasArchiveSniffer */.k, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(475), __nccwpck_require__.e(984), __nccwpck_require__.e(362)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5362))).kerasArchiveReader),
    // .h5 / .hdf5 / .weights.h5, recognised by the HDF5 signature
    lazyReader(hdf5_sniff/* hdf5Sniffer */.HQ, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(984), __nccwpck_require__.e(939)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9939))).hdf5Reader),
    lazyReader(gguf_sniff/* ggufSniffer */.V, async () => (await __nccwpck_require__.e(/* import() */ 865).then(__nccwpck_require__.bind(__nccwpck_require__, 2865))).ggufReader),
    // `*.msgpack` and extension-less `checkpoint_N` files whose content is a msgpack map
    lazyReader(flax_sniff/* flaxMsgpackSniffer */.X, async () => (await __nccwpck_require__.e(/* import() */ 154).then(__nccwpck_require__.bind(__nccwpck_require__, 2154))).flaxMsgpackReader),
    // an Orbax step folder, from its _CHECKPOINT_METADATA or an item's _METADATA
    lazyReader(orbax_sniff/* orbaxSniffer */.q1, async () => (await __nccwpck_require__.e(/* import() */ 645).then(__nccwpck_require__.bind(__nccwpck_require__, 1645))).orbaxReader),
    // flatbuffers recognised by their file identifiers (TFL3, ETnn, FTnn)
    lazyReader(tflite_sniff/* tfliteSniffer */.Qc, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(475), __nccwpck_require__.e(25), __nccwpck_require__.e(875)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1875))).tfliteReader),
    lazyReader(executorch_sniff/* executorchProgramSniffer */.W, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(25), __nccwpck_require__.e(430)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9430))).executorchProgramReader),
    lazyReader(executorch_sniff/* executorchDataSniffer */.e, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(25), __nccwpck_require__.e(430)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9430))).executorchDataReader)
];
/** A training-folder reader, loaded on first use, reading each file of a folder with the file readers. */
function folderReader(sniffer, layout) {
    return lazyReader(sniffer, async () => {
        const [{ trainingFolderReader }, { FOLDER_LAYOUTS }] = await Promise.all([Promise.all(/* import() */[__nccwpck_require__.e(475), __nccwpck_require__.e(534)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6534)), Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 3001))]);
        return trainingFolderReader(FOLDER_LAYOUTS[layout], [DCP_READER, ...FILE_READERS]);
    });
}
/** A `torch.distributed.checkpoint` folder, by its `.metadata`: on its own, or inside a training folder (FSDP). */
const DCP_READER = lazyReader(dcp_sniff/* dcpSniffer */.p, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(475), __nccwpck_require__.e(739), __nccwpck_require__.e(89)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7089))).dcpReader);
/**
 * Every reader, in the order the pipeline tries them: whole training-output folders first, so
 * that a folder claims its weights, optimizer and RNG files before any is read as a checkpoint of
 * its own (and a Trainer folder its DeepSpeed `global_stepN/`); then the single checkpoints.
 */
const READERS = [
    folderReader(hfTrainerSniffer, 'hfTrainer'),
    folderReader(accelerateSniffer, 'accelerate'),
    folderReader(deepspeedSniffer, 'deepspeed'),
    DCP_READER,
    ...FILE_READERS
];

// EXTERNAL MODULE: ./src/formats/tensorflow/state-file.ts
var state_file = __nccwpck_require__(5164);
;// CONCATENATED MODULE: ./src/pipeline/ids.ts

/**
 * A checkpoint's stable id: its name with what changes from run to run removed, so that base and
 * head match up. `exports/ckpt-1000` and `exports/ckpt-2000` are one checkpoint; so are
 * `model-00001-of-00003.safetensors` shards and their set, and `out/checkpoint-500/model.safetensors`
 * and `out/checkpoint-1000/model.safetensors`.
 */
function checkpointId(name) {
    // A directory per save (Hugging Face Trainer's `output/checkpoint-500/`, `runs/epoch-3/`).
    const dir = (0,checkpoint_files/* dirname */.pD)(name).split('/').map(withoutStepDirectory).join('/');
    let base = withoutDeepSpeedStep((0,checkpoint_files/* basename */.P8)(name));
    // A SavedModel exported into a numbered version directory (TF Serving's `export/1567058744`,
    // `models/00000123`): the number changes with every export, the directory above it does not.
    if (/^\d+$/.test(base) && dir !== '.')
        return dir;
    base = base
        .replace(/-\d{5}-of-\d{5}(?=\.|$)/, '') // shard suffix: model-00001-of-00003.safetensors
        .replace(/\b(epoch|step|iter)=\d+/gi, '$1=N') // Lightning: epoch=3-step=1000.ckpt
        .replace(/^(checkpoint|ckpt)_\d+$/i, '$1'); // Flax save_checkpoint: checkpoint_1000
    base = withoutStepNumber(base);
    if (base === '' || base === '.')
        base = (0,checkpoint_files/* basename */.P8)(name);
    return dir === '.' ? base : (0,checkpoint_files/* joinPath */.uJ)(dir, base);
}
/**
 * `checkpoint-500` → `checkpoint`: a directory named by a step word and a number; others stay.
 * DeepSpeed names its directory per save `global_step<N>` (`deepspeed/runtime/engine.py`), without a dash.
 */
function withoutStepDirectory(segment) {
    const deepspeed = withoutDeepSpeedStep(segment);
    if (deepspeed !== segment)
        return deepspeed;
    const numbered = /^(.+)-\d+$/.exec(segment);
    return numbered && SAVE_DIRECTORY.test(numbered[1]) ? numbered[1] : segment;
}
/** A DeepSpeed folder per save, `global_step500` → `global_step`, as the last segment of a name too. */
function withoutDeepSpeedStep(segment) {
    return /^global_step\d+$/.test(segment) ? 'global_step' : segment;
}
/** Words that name a save, a step or an epoch: in a file name or a directory name, a `-N` after them counts saves. */
const SAVE_WORDS = ['ckpt', 'checkpoint', 'snapshot', 'step', 'epoch', 'iter'];
/**
 * Words after which `-N` before a file extension counts a step or an epoch (`weights-20.pt`,
 * `checkpoint-500.pt`), rather than naming the model (`resnet-50.onnx`, `yolov5-6.pt` stay whole).
 */
const STEP_WORDS = new RegExp(`(?:^|[._-])(?:${[...SAVE_WORDS, 'weights', 'model'].join('|')})$`, 'i');
/** A directory named only by a save word, before its `-N` (`checkpoint-500/`, `epoch-3/`), is a directory per save. */
const SAVE_DIRECTORY = new RegExp(`^(?:${SAVE_WORDS.join('|')})$`, 'i');
/**
 * `ckpt-1000`, `model.ckpt-5` (a TF prefix: no extension, and TF's savers append `-<step>`) and
 * `weights-20.pt` lose their number; `resnet-50.onnx` keeps it.
 */
function withoutStepNumber(base) {
    const numbered = /^(.+)-\d+(\.[A-Za-z]+)?$/.exec(base);
    if (!numbered)
        return base;
    const [, stem, extension] = numbered;
    if (extension === undefined || STEP_WORDS.test(stem))
        return stem + (extension ?? '');
    return base;
}
/**
 * Makes ids unique: when several checkpoints of one run normalise to the same id (a checkpoint
 * manager keeping its last N steps in one directory), each keeps its full name instead, and the
 * one named `latest` (by the directory's `checkpoint` state file) is marked.
 */
function assignIds(checkpoints, latestNames) {
    const counts = new Map();
    for (const checkpoint of checkpoints) {
        const id = checkpointId(checkpoint.name);
        counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return checkpoints.map((checkpoint) => {
        const id = checkpointId(checkpoint.name);
        if ((counts.get(id) ?? 0) <= 1)
            return { ...checkpoint, id };
        return { ...checkpoint, id: checkpoint.name, ...(latestNames.has(checkpoint.name) ? { latest: true } : {}) };
    });
}

;// CONCATENATED MODULE: ./src/pipeline/measure.ts








/**
 * The pipeline shared by the CLI, the action and the baselines: from a list of files to a report.
 * Files no reader's name filter accepts are never opened. Each checkpoint that cannot be read
 * becomes an entry in `report.errors`, and the others are still reported.
 */
async function measure(paths, files, options = {}) {
    const readers = options.readers ?? READERS;
    const errors = [];
    const claimed = [];
    const unrecognised = [];
    const namedPaths = new Set(options.named);
    for (const path of [...new Set(paths)].sort()) {
        const nameMatches = readers.filter((reader) => reader.matchesName(path));
        if (nameMatches.length === 0 && !namedPaths.has(path))
            continue;
        try {
            const candidate = await (0,choose_reader/* readCandidate */.G)(path, files);
            const reader = (0,choose_reader/* chooseReader */.P)(candidate, readers);
            if (reader)
                claimed.push({ reader, candidate });
            // A name as common as `.xml` says nothing: such a file no reader claims is not reported at
            // all, unless the user named it.
            else if (namedPaths.has(path) || !nameMatches.every((match) => match.genericName))
                unrecognised.push(candidate);
        }
        catch (error) {
            errors.push(toReportError(path, error));
        }
    }
    // Read in reader order, so a checkpoint claims its companions before they are read alone.
    claimed.sort((a, b) => readers.indexOf(a.reader) - readers.indexOf(b.reader) || a.candidate.path.localeCompare(b.candidate.path));
    const consumed = new Set();
    // Each checkpoint is analysed as soon as it is read, so that one tensor list at a time is alive:
    // a directory of several large checkpoints peaks at the largest, not at their sum. Ids depend on
    // every name (pipeline/ids.ts), so they are set once all are read.
    const analysed = [];
    for (const { reader, candidate } of claimed) {
        if (consumed.has(candidate.path))
            continue;
        try {
            analysed.push(await readAndAnalyse(reader, candidate.path, files, consumed, options));
        }
        catch (error) {
            errors.push(toReportError(candidate.path, await lfsPointerInstead(error, files)));
        }
    }
    // A file no reader recognised on its own may still be a companion of a checkpoint (an ONNX
    // model's external `weights.bin`): it is an error only if no checkpoint claimed it.
    const skipped = [];
    for (const candidate of unrecognised) {
        if (consumed.has(candidate.path))
            continue;
        const named = namedPaths.has(candidate.path);
        const error = await lfsPointerInstead(notRecognised(candidate, named), files, candidate.path);
        if (error instanceof core_errors/* UnsupportedFormatError */.N$ && !named && options.foundBySearch?.(candidate.path))
            skipped.push({ path: candidate.path, reason: NOT_A_CHECKPOINT });
        else
            errors.push(toReportError(candidate.path, error));
    }
    const latest = await latestCheckpoints(analysed, files);
    const checkpoints = [];
    for (const { id, name, latest: isLatest, report, error } of assignIds(analysed, latest)) {
        if (!report) {
            errors.push(toReportError(name, await lfsPointerInstead(error, files)));
            continue;
        }
        report.id = id;
        if (id !== name)
            report.name = name;
        if (isLatest)
            report.latest = true;
        checkpoints.push(report);
    }
    checkpoints.sort((a, b) => a.id.localeCompare(b.id));
    errors.sort((a, b) => a.path.localeCompare(b.path));
    const report = (0,analyze/* buildReport */.FK)(checkpoints, errors);
    if (skipped.length > 0)
        report.skipped = skipped;
    return report;
}
/** Why a file found by a search was skipped. */
const NOT_A_CHECKPOINT = 'not a checkpoint format: its name looks like a checkpoint but its content matches no supported format';
/**
 * Reads one checkpoint (a read error is thrown) and analyses it at once. The tensor list lives
 * only in this call, so it is garbage by the time the next checkpoint is read.
 */
async function readAndAnalyse(reader, path, files, consumed, options) {
    const result = await reader.read(path, files);
    for (const file of result.files)
        consumed.add(file.path);
    try {
        return { name: result.name, report: (0,analyze/* analyzeCheckpoint */.Bm)(result, { id: result.name, top: options.top, dtypes: options.dtypes }) };
    }
    catch (error) {
        return { name: result.name, error };
    }
}
/**
 * Report entries for paths a file search did not follow (a symlink out of the root, `..`, a
 * missing path): the CLI's walk, the action's globbing and a baseline directory all report them
 * the same way.
 */
function skippedPathErrors(skipped) {
    return skipped.map(({ path, reason }) => ({ path, kind: 'PathError', message: `${path}: ${reason}.` }));
}
function notRecognised(candidate, named) {
    if ((0,core_errors/* looksLikeLfsPointer */.K2)(candidate.head))
        return new core_errors/* LfsPointerError */.VE(candidate.path);
    return new core_errors/* UnsupportedFormatError */.N$(candidate.path, named
        ? 'it was named as a checkpoint, but its content matches no supported format'
        : 'its name looks like a checkpoint but its content matches no supported format', 'See the README for the supported formats.');
}
/**
 * A checkpoint that fails on a file that is a Git LFS pointer (a data shard or a shard of an index
 * checked out without LFS: the index is fine, its tensors lie beyond the pointer's ~130 bytes)
 * gets the LFS error, which says how to fetch the file, instead of a "truncated" one.
 */
async function lfsPointerInstead(error, files, path) {
    const file = path ?? (error instanceof core_errors/* FormatError */.IF ? error.file : undefined);
    if (file === undefined)
        return error;
    const pointer = await readLfsPointer(file, files);
    return pointer ? new core_errors/* LfsPointerError */.VE(file, pointer.size) : error;
}
/** The object size a Git LFS pointer names, when `path` is one (docs/spec.md of git-lfs/git-lfs). */
async function readLfsPointer(path, files) {
    try {
        const size = await files.size(path);
        if (size === undefined || size > limits/* MAX_LFS_POINTER_BYTES */.Xe)
            return undefined;
        const source = await files.open(path);
        let bytes;
        try {
            bytes = await source.read(0, size);
        }
        finally {
            await source.close();
        }
        if (!(0,core_errors/* looksLikeLfsPointer */.K2)(bytes))
            return undefined;
        const text = new TextDecoder().decode(bytes);
        const objectSize = /^size (\d+)$/m.exec(text);
        return { size: objectSize ? Number(objectSize[1]) : undefined };
    }
    catch {
        return undefined;
    }
}
/** The checkpoints named as latest by TF `checkpoint` state files in their directories. */
async function latestCheckpoints(results, files) {
    const latest = new Set();
    const dirs = new Set(results.map((result) => (0,checkpoint_files/* dirname */.pD)(result.name)));
    for (const dir of dirs) {
        try {
            const target = (await (0,state_file/* readStateFile */.qy)(dir, files))?.latest;
            if (target)
                latest.add(target);
        }
        catch {
            // A missing or unreadable state file only means no checkpoint is marked latest.
        }
    }
    return latest;
}
function toReportError(path, error) {
    if (error instanceof core_errors/* ModelSizeBudgetError */.cX)
        return { path, kind: error.name, message: error.message };
    const code = error?.code;
    if (code === 'ENOENT')
        return { path, kind: 'MissingFileError', message: `${path}: no such file.` };
    if (code === 'EACCES')
        return { path, kind: 'PermissionError', message: `${path}: permission denied.` };
    const detail = error instanceof Error ? error.message : String(error);
    return {
        path,
        kind: 'InternalError',
        message: `${path}: could not be analysed (${detail}). This is a bug in model-size-budget; please report it with the file's format.`
    };
}


/***/ }),

/***/ 6078:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ skippedNote)
/* harmony export */ });
/** Paths named in the note; the report JSON lists them all. */
const SHOWN_PATHS = 3;
/**
 * The one line that says which files a search came across and skipped as no checkpoint
 * (`Report.skipped`): "3 files that look like checkpoints by name were skipped: not a checkpoint
 * format (data/shakespeare/train.bin, …)". `quote` formats a path for the output (escaping).
 */
function skippedNote(report, quote) {
    const skipped = report.skipped ?? [];
    if (skipped.length === 0)
        return undefined;
    const count = skipped.length === 1 ? '1 file that looks like a checkpoint by name was' : `${skipped.length} files that look like checkpoints by name were`;
    const shown = skipped.slice(0, SHOWN_PATHS).map((file) => quote(file.path));
    const more = skipped.length > SHOWN_PATHS ? `, and ${skipped.length - SHOWN_PATHS} more` : '';
    return `${count} skipped: not a checkpoint format (${shown.join(', ')}${more})`;
}


/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(5581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

//# sourceMappingURL=index.js.map