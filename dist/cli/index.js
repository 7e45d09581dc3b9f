#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 5581:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_module__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _cli_descriptor_writer_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(709);
/* harmony import */ var _cli_main_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3703);
/* harmony import */ var _io_file_byte_source_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8693);
/* harmony import */ var _io_remote_transfer_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(4148);





/**
 * Milliseconds from process start until the bundle's modules were loaded. `process.uptime()`
 * rather than `performance.now()`: the latter loads nine perf_hooks modules at start-up.
 */
const loadedMs = process.uptime() * 1000;
node_module__WEBPACK_IMPORTED_MODULE_0___default().enableCompileCache?.();
// The entry only wires the process to main(); every decision lives below it.
const stderr = (0,_cli_descriptor_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .descriptorWriter */ .h)(2);
process.exitCode = await (0,_cli_main_js__WEBPACK_IMPORTED_MODULE_2__/* .main */ .i)(process.argv.slice(2), {
    stdout: (0,_cli_descriptor_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .descriptorWriter */ .h)(1),
    stderr,
    cwd: process.cwd()
});
// MODEL_SIZE_BUDGET_STATS=1: one JSON line on stderr with what the run cost (read by `npm run bench`).
if (process.env.MODEL_SIZE_BUDGET_STATS === '1') {
    const stats = {
        bytesRead: _io_file_byte_source_js__WEBPACK_IMPORTED_MODULE_3__/* .FileByteSource */ .q.totalBytesRead,
        filesOpened: _io_file_byte_source_js__WEBPACK_IMPORTED_MODULE_3__/* .FileByteSource */ .q.totalOpened,
        // Remote reads (s3://, hf://, LFS objects...): requests made and bytes received.
        transfer: { ..._io_remote_transfer_js__WEBPACK_IMPORTED_MODULE_4__/* .TRANSFER */ .o },
        loadedMs: Math.round(loadedMs),
        doneMs: Math.round(process.uptime() * 1000)
    };
    stderr(`model-size-budget stats: ${JSON.stringify(stats)}\n`);
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 4138:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  yU: () => (/* binding */ ExitCode),
  u_: () => (/* binding */ USAGE),
  xv: () => (/* binding */ VERSION),
  hT: () => (/* binding */ parseCliArgs)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
// EXTERNAL MODULE: ./src/core/history.ts
var core_history = __nccwpck_require__(8863);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
;// CONCATENATED MODULE: ./src/cli/args.ts




/** Exit codes: the contract scripts rely on. */
const ExitCode = {
    Success: 0,
    /** A budget was exceeded. */
    OverBudget: 1,
    /** Bad usage, or a file that could not be analysed. */
    InputError: 2
};
const USAGE = `Usage: model-size-budget [options] PATH...
       model-size-budget merge REPORT.json... [--budget RULE] [--config FILE] [--markdown | --json]

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
  --config FILE         the config file (default: .github/model-size-budget.yml
                        when it exists): budgets per glob, per-checkpoint
                        overrides, min-change, baseline; its rules apply
                        together with --budget and --budget-file
  --key KEY             the matrix leg's key: adds the config's keys.KEY section
  --baseline PATH       compare with a report JSON (from --json) or a directory of
                        base checkpoints laid out as the current directory is
                        (either may be remote: s3://, gs://, hf://, https://);
                        ref:NAME reads the checkpoints git tracks at a tag,
                        branch or commit (e.g. ref:v1.4.0)
  --history FILE        the size history (JSON Lines): --markdown shows a trend
                        chart for each changed checkpoint
  --append-history      append this run's sizes to --history FILE as the entry of
                        the current git commit (keeps the last ${core_history/* HISTORY_CAP */.u})
  --markdown            print the pull-request comment body instead of a table
  --html FILE           also write a self-contained HTML report to FILE: a treemap
                        of every tensor (and, with --baseline, of what changed)
  --allow-empty         finding no checkpoint is not an error (exit 0)
  --lfs MODE            a Git LFS pointer where a checkpoint is expected: 'error'
                        (default) or 'ranges' (read the object by range requests
                        through the repository's LFS batch API; GITHUB_TOKEN if set)
  --allow-download      read a remote file whole when its server ignores range
                        requests (default: an error naming it)
  -h, --help            show this help
  -v, --version         show the version

A PATH may be remote: s3://BUCKET/KEY-or-PREFIX, gs://BUCKET/..., hf://ORG/MODEL
[@REVISION][/PATH], or an https:// URL; only the metadata is read, by range requests.
Credentials come from the provider's usual environment (AWS default chain,
application-default credentials, HF_TOKEN).

Each rule applies to every matching checkpoint separately. CATEGORY is total,
weights, optimizer, buffers, bookkeeping, metadata or unclassified. A 'warn'
rule only warns. Growth limits (+5%, +10 MB) need --baseline; with 'since REF'
(total: +10% since v1.4.0) they compare with the checkpoints git tracks at REF.

A file named as a PATH is read whatever its name: if no reader recognises its
content, that is an error naming it.

Exit codes: 0 success, 1 a budget was exceeded, 2 usage or input error, a file
that could not be analysed, or no checkpoint found (unless --allow-empty); an
input error wins over an exceeded budget: the figures are incomplete.
`;
function parseCliArgs(argv) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
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
            config: { type: 'string' },
            key: { type: 'string' },
            history: { type: 'string' },
            'append-history': { type: 'boolean', default: false },
            baseline: { type: 'string' },
            html: { type: 'string' },
            lfs: { type: 'string', default: 'error' },
            'allow-download': { type: 'boolean', default: false },
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
    if (values['append-history'] && values.history === undefined)
        throw new errors/* ConfigError */.xL('--append-history needs --history FILE: the file to append to.');
    if (values.lfs !== 'error' && values.lfs !== 'ranges')
        throw new errors/* ConfigError */.xL(`--lfs takes 'error' or 'ranges', got '${values.lfs}'.`);
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
        ...(values.config !== undefined ? { config: values.config } : {}),
        ...(values.key !== undefined ? { key: values.key } : {}),
        ...(values.history !== undefined ? { history: values.history } : {}),
        appendHistory: values['append-history'] ?? false,
        ...(values.baseline !== undefined ? { baseline: values.baseline } : {}),
        ...(values.html !== undefined ? { html: values.html } : {}),
        lfs: values.lfs,
        allowDownload: values['allow-download'] ?? false,
        help: values.help ?? false,
        version: values.version ?? false
    };
}
/** The bundle inlines package.json, so --version is the version that was built. */
const VERSION = package_namespaceObject.rE;


/***/ }),

/***/ 6061:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ messageOf)
/* harmony export */ });
/** An error's message for stderr. */
function messageOf(error) {
    // Not `instanceof Error`: errors from another realm (node:fs under a test VM) fail that check.
    const message = error?.message;
    return typeof message === 'string' ? message : String(error);
}


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

/***/ 9921:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  s0: () => (/* binding */ noteBothRuleSources),
  mF: () => (/* binding */ readBaseline),
  H6: () => (/* binding */ readBudgetRules),
  Xg: () => (/* binding */ readConfig),
  RG: () => (/* binding */ readConfigFile),
  Lu: () => (/* binding */ readHistory),
  q: () => (/* binding */ readSinceReports)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./src/core/config-path.ts
/*
 * Apart from config-file.ts so that the CLI and the action can look for the config file without
 * loading the YAML parser and the schema validator when there is none.
 */
/** Where the action and the CLI look for the config file when none is named. */
const DEFAULT_CONFIG_PATH = '.github/model-size-budget.yml';
/** A config file larger than this is refused before it is parsed (a budget file is a few kB). */
const MAX_CONFIG_BYTES = 1024 * 1024;

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
// EXTERNAL MODULE: ./src/core/limits.ts
var limits = __nccwpck_require__(6419);
// EXTERNAL MODULE: ./src/io/remote/remote-path.ts
var remote_path = __nccwpck_require__(3245);
// EXTERNAL MODULE: ./src/cli/cli-io.ts
var cli_io = __nccwpck_require__(6061);
;// CONCATENATED MODULE: ./src/cli/inputs.ts







// What a measurement run reads besides its PATHs: the budget rules, the config file, the baseline,
// the reports that `since` rules name, and the size history. Each module they need (the budget
// engine, git, the baseline readers) is imported on first use, so a plain run loads none of them.
/**
 * The `--budget` rules, then the `--budget-file` rules. The `--budget` values are read as the
 * lines of one text, as the action's `budget` input is, so that messages name them apart
 * (`--budget line 2`) rather than calling every one `line 1`.
 */
async function readBudgetRules(options, cwd) {
    if (options.budgets.length === 0 && options.budgetFile === undefined)
        return [];
    const { parseBudgets } = await Promise.all(/* import() */[__nccwpck_require__.e(3581), __nccwpck_require__.e(8424)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8424));
    const rules = parseBudgets(options.budgets.join('\n'), { source: '--budget' });
    if (options.budgetFile !== undefined) {
        let text;
        try {
            text = (0,external_node_fs_.readFileSync)((0,external_node_path_.resolve)(cwd, options.budgetFile), 'utf8');
        }
        catch (error) {
            throw new errors/* ConfigError */.xL(`--budget-file ${options.budgetFile}: cannot be read (${error.code ?? (0,cli_io/* messageOf */.b)(error)}).`);
        }
        rules.push(...parseBudgets(text, { source: options.budgetFile }));
    }
    return rules;
}
/**
 * The config file's section for this run (the `--key` section over the top level), or undefined
 * without one. Its rules apply together with --budget and --budget-file (a note on stderr says so
 * when both are given); --baseline wins over its baseline.
 */
async function readConfig(options, io) {
    const config = await readConfigFile(options.config, io.cwd);
    if (config === undefined)
        return undefined;
    const { configFor } = await Promise.all(/* import() */[__nccwpck_require__.e(3581), __nccwpck_require__.e(8424), __nccwpck_require__.e(8120)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8120));
    const path = config.path;
    if (options.key !== undefined && !(options.key in config.keys)) {
        const known = Object.keys(config.keys);
        io.stderr(`note: ${path} has no section keys.${options.key}${known.length ? ` (it has ${known.join(', ')})` : ''}; its top level applies.\n`);
    }
    const section = configFor(config, options.key);
    if (section.rules.length > 0)
        noteBothRuleSources(config, options, io);
    if (section.baseline !== undefined && options.baseline !== undefined)
        io.stderr(`note: --baseline ${options.baseline} wins over ${path}'s baseline: ${section.baseline}.\n`);
    return section;
}
/**
 * The config file, parsed and validated: `--config FILE` (which must exist), else
 * `.github/model-size-budget.yml` when it exists; undefined without one. The one reading of the
 * file for the measurement and `merge` alike.
 */
async function readConfigFile(given, cwd) {
    const path = given ?? ((0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(cwd, DEFAULT_CONFIG_PATH)) ? DEFAULT_CONFIG_PATH : undefined);
    if (path === undefined)
        return undefined;
    const { parseConfig } = await Promise.all(/* import() */[__nccwpck_require__.e(3581), __nccwpck_require__.e(1225), __nccwpck_require__.e(8424), __nccwpck_require__.e(3790)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3790));
    const absolute = (0,external_node_path_.resolve)(cwd, path);
    const info = (0,external_node_fs_.statSync)(absolute, { throwIfNoEntry: false });
    if (!info?.isFile())
        throw new errors/* ConfigError */.xL(`--config ${path}: no such file. Give the path of a model-size-budget.yml.`);
    if (info.size > MAX_CONFIG_BYTES)
        throw new errors/* ConfigError */.xL(`--config ${path}: ${info.size} bytes is too large for a config file (at most ${MAX_CONFIG_BYTES}).`);
    return parseConfig((0,external_node_fs_.readFileSync)(absolute, 'utf8'), path);
}
/** The note that the config file's rules and those of --budget/--budget-file all apply (when both give some). */
function noteBothRuleSources(config, options, io) {
    if (options.budgets.length > 0 || options.budgetFile !== undefined) {
        io.stderr(`note: the rules of ${config.path} and of --budget/--budget-file all apply.\n`);
    }
}
/** The --baseline (or the config's baseline), measured or loaded. */
async function readBaseline(options, io, top) {
    const path = options.baseline;
    const allowDownload = options.allowDownload;
    if (path === undefined) {
        return {
            origin: {
                kind: 'none',
                description: 'pass --baseline with a report JSON (from --json) or a directory of base checkpoints to compare.'
            }
        };
    }
    if (path.startsWith('ref:')) {
        const { readRefBaseline } = await Promise.all(/* import() */[__nccwpck_require__.e(3581), __nccwpck_require__.e(2886)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2886));
        const found = await readRefBaseline(io.cwd, path.slice('ref:'.length), gitBaselineOptions(options, io, top));
        if (!found.report)
            throw new errors/* ConfigError */.xL(`--baseline ${path}: ${found.reason}`);
        return { report: found.report, origin: { kind: 'git', description: found.label } };
    }
    if ((0,remote_path/* isRemotePath */.c)(path)) {
        const { measureRemoteBaseline } = await Promise.all(/* import() */[__nccwpck_require__.e(2947), __nccwpck_require__.e(341)]).then(__nccwpck_require__.bind(__nccwpck_require__, 341));
        const report = await measureRemoteBaseline(path, { top, allowDownload, ...(io.readers ? { readers: io.readers } : {}) });
        return { report, origin: { kind: path.endsWith('.json') ? 'report' : 'directory', description: path } };
    }
    const absolute = (0,external_node_path_.resolve)(io.cwd, path);
    const info = (0,external_node_fs_.statSync)(absolute, { throwIfNoEntry: false });
    if (!info)
        throw new errors/* ConfigError */.xL(`--baseline ${path}: no such file or directory. Give a report JSON (from --json) or a directory of base checkpoints.`);
    if (info.isDirectory()) {
        const { measureBaselineDirectory } = await __nccwpck_require__.e(/* import() */ 5716).then(__nccwpck_require__.bind(__nccwpck_require__, 5716));
        const report = await measureBaselineDirectory(absolute, { top, ...(io.readers ? { readers: io.readers } : {}) });
        return { report, origin: { kind: 'directory', description: path } };
    }
    if (info.size > limits/* MAX_BASELINE_REPORT_BYTES */.CI) {
        throw new errors/* ConfigError */.xL(`--baseline ${path}: ${info.size} bytes is too large for a report JSON; give a report from --json or a directory of base checkpoints.`);
    }
    const { loadBaselineReport } = await __nccwpck_require__.e(/* import() */ 4540).then(__nccwpck_require__.bind(__nccwpck_require__, 4540));
    const report = loadBaselineReport((0,external_node_fs_.readFileSync)(absolute, 'utf8'), path);
    return { report, origin: { kind: 'report', description: path } };
}
/** The reports at the refs that `since` limits name (`total: +10% since v1.4.0`), read from git. */
async function readSinceReports(rules, options, io, top) {
    const reports = new Map();
    if (rules.length === 0)
        return reports;
    const { sinceRefs } = await Promise.all(/* import() */[__nccwpck_require__.e(3581), __nccwpck_require__.e(8424)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8424));
    const refs = sinceRefs(rules);
    if (refs.length === 0)
        return reports;
    const { readRefBaseline } = await Promise.all(/* import() */[__nccwpck_require__.e(3581), __nccwpck_require__.e(2886)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2886));
    for (const ref of refs)
        reports.set(ref, await readRefBaseline(io.cwd, ref, gitBaselineOptions(options, io, top)));
    return reports;
}
/** The CLI's PATHs select in a commit's tree as on disk (a directory covers what is below it). */
function gitBaselineOptions(options, io, top) {
    return { patterns: options.paths, measure: { top, ...(io.readers ? { readers: io.readers } : {}) } };
}
/**
 * The --history file's entries (none when it does not exist yet); with --append-history, this
 * run's entry is appended (commit and date of git's HEAD) and the file written back.
 */
async function readHistory(options, cwd, report) {
    const { appendHistory, formatHistory, historyEntry, MAX_HISTORY_BYTES, parseHistory } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 8863));
    const path = (0,external_node_path_.resolve)(cwd, options.history);
    const info = (0,external_node_fs_.statSync)(path, { throwIfNoEntry: false });
    if (info && info.size > MAX_HISTORY_BYTES)
        throw new errors/* ConfigError */.xL(`--history ${options.history}: ${info.size} bytes is too large for a history file.`);
    let entries = info ? parseHistory((0,external_node_fs_.readFileSync)(path, 'utf8'), options.history) : [];
    if (options.appendHistory) {
        const { git } = await __nccwpck_require__.e(/* import() */ 8119).then(__nccwpck_require__.bind(__nccwpck_require__, 8119));
        let commit;
        let date;
        try {
            ;
            [commit, date] = (await git(cwd, ['show', '-s', '--format=%H%n%cI', 'HEAD'])).trim().split('\n');
        }
        catch (error) {
            throw new errors/* ConfigError */.xL(`--append-history needs a git checkout to name the commit: ${(0,cli_io/* messageOf */.b)(error)}.`);
        }
        entries = appendHistory(entries, historyEntry(report, commit, date));
        (0,external_node_fs_.writeFileSync)(path, formatHistory(entries));
    }
    return entries;
}


/***/ }),

/***/ 3703:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./src/cli/args.ts + 1 modules
var args = __nccwpck_require__(4138);
// EXTERNAL MODULE: ./src/cli/cli-io.ts
var cli_io = __nccwpck_require__(6061);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
// EXTERNAL MODULE: ./src/core/outcome.ts
var core_outcome = __nccwpck_require__(9411);
;// CONCATENATED MODULE: ./src/core/top-tensors.ts
/**
 * Asks `measure` for every tensor of a checkpoint, largest first: what the HTML report draws. The
 * report JSON, the comment and the summary then keep only the largest few (keepTopTensors).
 */
const EVERY_TENSOR = Number.MAX_SAFE_INTEGER;
/** Keeps the `top` largest tensors of each checkpoint of `report` (none when `top` is 0), in place. */
function keepTopTensors(report, top) {
    for (const checkpoint of report?.checkpoints ?? []) {
        if (!checkpoint.top)
            continue;
        if (top > 0)
            checkpoint.top = checkpoint.top.slice(0, top);
        else
            delete checkpoint.top;
    }
}

// EXTERNAL MODULE: ./src/pipeline/measure.ts + 2 modules
var measure = __nccwpck_require__(8685);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __nccwpck_require__(5655);
// EXTERNAL MODULE: ./src/io/disk-files.ts
var disk_files = __nccwpck_require__(3861);
// EXTERNAL MODULE: ./src/io/remote/remote-path.ts
var remote_path = __nccwpck_require__(3245);
// EXTERNAL MODULE: ./src/io/walk.ts
var walk = __nccwpck_require__(5923);
;// CONCATENATED MODULE: ./src/cli/find-paths.ts



/**
 * The CLI's PATHs, local and remote: local ones are walked under `cwd`, remote ones (`s3://`,
 * `gs://`, `hf://`, `https://`) listed by their provider. The remote modules and the providers'
 * clients are loaded only when a path or `--lfs ranges` needs them.
 */
async function findPaths(cwd, options) {
    const remotePaths = options.paths.filter(remote_path/* isRemotePath */.c);
    const local = await (0,walk/* walk */.G)(cwd, options.paths.filter((path) => !(0,remote_path/* isRemotePath */.c)(path)));
    const checkpointFiles = new disk_files/* DiskFiles */.h(cwd);
    if (remotePaths.length === 0 && options.lfs === 'error')
        return { ...local, checkpointFiles };
    const { withRemote } = await Promise.all(/* import() */[__nccwpck_require__.e(2947), __nccwpck_require__.e(7158)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7158));
    const remote = await withRemote({ ...local, checkpointFiles }, remotePaths, { ...options, cwd, token: process.env.GITHUB_TOKEN });
    return { ...local, ...remote };
}

// EXTERNAL MODULE: ./src/cli/inputs.ts + 1 modules
var inputs = __nccwpck_require__(9921);
;// CONCATENATED MODULE: ./src/cli/measure-and-compare.ts











/**
 * The measurement of the PATHs: reads the rules, the config and the baseline, measures, evaluates
 * the budgets when there is anything to compare, prints the report (table, --json or --markdown)
 * and returns the exit code. Every failure is a message on stderr and `InputError`, never a throw.
 */
async function measureAndCompare(options, io) {
    let rules;
    let config;
    try {
        config = await (0,inputs/* readConfig */.Xg)(options, io);
        rules = [...(await (0,inputs/* readBudgetRules */.H6)(options, io.cwd)), ...(config?.rules ?? [])];
        // --baseline on the command line wins over the config file's baseline.
        if (options.baseline === undefined && config?.baseline !== undefined)
            options.baseline = config.baseline;
    }
    catch (error) {
        // The message already shows the expected form of a rule; the whole usage would bury it.
        io.stderr(`error: ${(0,cli_io/* messageOf */.b)(error)}\n`);
        return args/* ExitCode */.yU.InputError;
    }
    // The comment's <details> list the largest tensors, so --markdown asks for them.
    const top = options.top || (options.markdown ? DEFAULT_MARKDOWN_TOP : 0);
    // The HTML report draws every tensor; the other outputs then list only the `top` asked for.
    const measuredTop = options.html !== undefined ? EVERY_TENSOR : top;
    let baseline;
    try {
        baseline = await (0,inputs/* readBaseline */.mF)(options, io, measuredTop);
    }
    catch (error) {
        io.stderr(`error: ${(0,cli_io/* messageOf */.b)(error)}\n`);
        return args/* ExitCode */.yU.InputError;
    }
    let report;
    try {
        report = await measureHead(options, io, rules, baseline, { measured: measuredTop, listed: top });
    }
    catch (error) {
        // A directory that cannot be listed (EACCES) or a working directory that is gone: without
        // this, the rejection would escape to the entry, print a stack trace and exit 1, the code
        // that means "over budget".
        io.stderr(`error: ${(0,cli_io/* messageOf */.b)(error)}\n`);
        return args/* ExitCode */.yU.InputError;
    }
    const comparing = rules.length > 0 || baseline.report !== undefined;
    // The budget engine (with minimatch) and the comment renderer are loaded only when a run uses
    // them: a plain `model-size-budget PATH` needs neither, and start-up is part of the product.
    let verdict;
    let history;
    // A since rule whose ref cannot be read warns, as in the action and `merge`: not checked is not passed.
    let unchecked = [];
    try {
        if (comparing || options.markdown) {
            const since = await (0,inputs/* readSinceReports */.q)(rules, options, io, top);
            verdict = await evaluate(baseline.report, report, rules, since);
            if (since.size > 0)
                unchecked = (await Promise.all(/* import() */[__nccwpck_require__.e(3581), __nccwpck_require__.e(8424), __nccwpck_require__.e(7141)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7141))).uncheckedRules(rules, since);
        }
        history = options.history === undefined ? undefined : await (0,inputs/* readHistory */.Lu)(options, io.cwd, report);
    }
    catch (error) {
        io.stderr(`error: ${(0,cli_io/* messageOf */.b)(error)}\n`);
        return args/* ExitCode */.yU.InputError;
    }
    const policy = { failOn: 'budget', ifNoCheckpoints: options.allowEmpty ? 'ignore' : 'error', searched: options.paths };
    const outcome = verdict ? (0,core_outcome/* decideOutcome */.dl)(verdict, policy, unchecked) : undefined;
    if (options.json) {
        io.stdout(JSON.stringify(report, null, 2) + '\n');
        if (verdict && comparing)
            io.stderr((0,report_text/* renderVerdictText */.rP)(verdict, outcome));
    }
    else if (verdict && options.markdown) {
        const { renderMarkdown } = await Promise.all(/* import() */[__nccwpck_require__.e(4397), __nccwpck_require__.e(6048)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4397));
        const minChange = config?.minChange ? { minChange: config.minChange } : {};
        io.stdout(renderMarkdown(verdict, { baseline: baseline.origin, topTensors: top, outcome, ...minChange, ...(history ? { history } : {}) }) + '\n');
    }
    else {
        io.stdout((0,report_text/* renderText */.S5)(report) + (verdict && comparing ? '\n' + (0,report_text/* renderVerdictText */.rP)(verdict, outcome) : ''));
    }
    if (report.errors.length > 0 || baseline.report?.errors.length) {
        io.stderr((0,report_text/* renderErrors */.a$)(report));
        if (baseline.report?.errors.length)
            io.stderr((0,report_text/* renderErrors */.a$)(baseline.report).replace(/^error: /gm, 'error: baseline: '));
        return args/* ExitCode */.yU.InputError;
    }
    if (report.checkpoints.length === 0 && !options.allowEmpty) {
        io.stderr(`error: ${(0,core_outcome/* nothingFoundMessage */.D7)(options.paths)} Pass --allow-empty if finding none is fine.\n`);
        return args/* ExitCode */.yU.InputError;
    }
    return verdict?.status === 'fail' ? args/* ExitCode */.yU.OverBudget : args/* ExitCode */.yU.Success;
}
/**
 * The head's report: the PATHs found (local and remote) and measured, with the files skipped and
 * what the remote reads cost; with --html, the HTML report is written from every tensor and the
 * reports then keep only the `listed` largest.
 */
async function measureHead(options, io, rules, baseline, top) {
    const found = await findPaths(io.cwd, options);
    // `model-size-budget . --baseline base/`: the base checkpoints are not head checkpoints too.
    const headFiles = baseline.origin.kind === 'directory' ? withoutDirectory(found.files, io.cwd, (0,external_node_path_.resolve)(io.cwd, options.baseline)) : found.files;
    // needsDtypes() without loading the budget engine: a plain run does not load it.
    const dtypes = rules.some((rule) => rule.category === 'dtype');
    const duplicates = rules.some((rule) => rule.category === 'duplicates');
    // A file given as PATH is read whatever its name, and is an error when it is no checkpoint; a
    // file inside a directory given as PATH was found by the walk: when it is plainly no
    // checkpoint (a `train.bin` of tokens), it is skipped with a note.
    const named = new Set(found.named);
    const report = await (0,measure/* measure */.x)(headFiles, found.checkpointFiles, {
        top: top.measured,
        named: found.named,
        dtypes,
        duplicates,
        foundBySearch: (path) => !named.has(path),
        ...(io.readers ? { readers: io.readers } : {})
    });
    report.errors.push(...(0,measure/* skippedPathErrors */.v)(found.skipped));
    if (found.transfer)
        report.transfer = found.transfer();
    if (options.html !== undefined) {
        await writeHtmlReport((0,external_node_path_.resolve)(io.cwd, options.html), report, baseline.report);
        for (const measured of [report, baseline.report])
            keepTopTensors(measured, top.listed);
    }
    return report;
}
async function writeHtmlReport(path, head, base) {
    const { renderHtml } = await __nccwpck_require__.e(/* import() */ 7065).then(__nccwpck_require__.bind(__nccwpck_require__, 7065));
    try {
        (0,external_node_fs_.writeFileSync)(path, renderHtml(head, base));
    }
    catch (error) {
        throw new errors/* ConfigError */.xL(`--html ${path}: cannot be written (${error.code ?? (0,cli_io/* messageOf */.b)(error)}).`);
    }
}
async function evaluate(base, head, rules, since) {
    const [{ evaluateBudgets }, { diffReports }] = await Promise.all([Promise.all(/* import() */[__nccwpck_require__.e(3581), __nccwpck_require__.e(8424)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8424)), __nccwpck_require__.e(/* import() */ 6292).then(__nccwpck_require__.bind(__nccwpck_require__, 6292))]);
    return evaluateBudgets(diffReports(base, head), rules, { since });
}
/** The files (POSIX, relative to `cwd`) that are not inside `directory`. */
function withoutDirectory(files, cwd, directory) {
    const inside = (0,external_node_path_.relative)(cwd, directory).split(external_node_path_.sep).join('/');
    if (inside === '' || inside.startsWith('..') || (0,external_node_path_.isAbsolute)(inside))
        return files;
    return files.filter((file) => !file.startsWith(`${inside}/`));
}
/** Largest tensors listed per checkpoint in --markdown output when --top is not given. */
const DEFAULT_MARKDOWN_TOP = 10;

;// CONCATENATED MODULE: ./src/cli/main.ts



/**
 * The CLI's modes: `merge REPORT.json...`, --help, --version, and the measurement of PATHs (with
 * its comparisons). Returns the exit code; never throws for bad input.
 */
async function main(argv, io) {
    if (argv[0] === 'merge') {
        const { mergeMain } = await Promise.all(/* import() */[__nccwpck_require__.e(3581), __nccwpck_require__.e(8424), __nccwpck_require__.e(4397), __nccwpck_require__.e(7047)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7047));
        return mergeMain(argv.slice(1), io);
    }
    let options;
    try {
        options = (0,args/* parseCliArgs */.hT)(argv);
        if (options.help) {
            io.stdout(args/* USAGE */.u_);
            return args/* ExitCode */.yU.Success;
        }
        if (options.version) {
            io.stdout(`${args/* VERSION */.xv}\n`);
            return args/* ExitCode */.yU.Success;
        }
    }
    catch (error) {
        io.stderr(`error: ${(0,cli_io/* messageOf */.b)(error)}\n\n${args/* USAGE */.u_}`);
        return args/* ExitCode */.yU.InputError;
    }
    return measureAndCompare(options, io);
}


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
    return `${(0,format_bytes/* formatBytes */.z3)(single)} of weights are float32 in a mostly half-precision checkpoint; ` + `casting them would save about ${(0,format_bytes/* formatBytes */.z3)(single / 2)}`;
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
            throw new errors/* FormatError */.IF(file.path, `its tensors claim ${payload} bytes, more than the file's ${file.bytes}`, {
                fix: 'Overlapping tensor spans: the checkpoint is corrupt.'
            });
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
/* harmony export */   Hb: () => (/* binding */ MissingFileError),
/* harmony export */   IF: () => (/* binding */ FormatError),
/* harmony export */   K2: () => (/* binding */ looksLikeLfsPointer),
/* harmony export */   N$: () => (/* binding */ UnsupportedFormatError),
/* harmony export */   VE: () => (/* binding */ LfsPointerError),
/* harmony export */   cX: () => (/* binding */ ModelSizeBudgetError),
/* harmony export */   lo: () => (/* binding */ LimitExceededError),
/* harmony export */   rd: () => (/* binding */ LFS_POINTER_HEAD),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
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
        super(`${file}: this is a Git LFS pointer${size}, not the checkpoint itself. ` + 'Check out with `lfs: true` (actions/checkout) or run `git lfs pull` first.');
        this.file = file;
    }
}
/**
 * A file that was opened is not there: thrown by the CheckpointFiles adapters (memory, git tree,
 * workspace) and made by the pipeline of Node's own ENOENT. An absent companion file is never this
 * error: readers list it with the size the checkpoint describes (formats/kit/companions.ts).
 */
class MissingFileError extends ModelSizeBudgetError {
    file;
    /** As Node's file-system errors carry it, so that callers testing `code` treat both alike. */
    code = 'ENOENT';
    constructor(file, detail) {
        super(`${file}: no such file${detail ? ` (${detail})` : ''}.`);
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

/***/ 8863:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   MAX_HISTORY_BYTES: () => (/* binding */ MAX_HISTORY_BYTES),
/* harmony export */   appendHistory: () => (/* binding */ appendHistory),
/* harmony export */   formatHistory: () => (/* binding */ formatHistory),
/* harmony export */   historyEntry: () => (/* binding */ historyEntry),
/* harmony export */   parseHistory: () => (/* binding */ parseHistory),
/* harmony export */   u: () => (/* binding */ HISTORY_CAP)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3054);


/** Entries kept: about a year of daily pushes; the chart shows the last few of them. */
const HISTORY_CAP = 400;
/** A history file larger than this is refused (400 entries of a few hundred checkpoints fit easily). */
const MAX_HISTORY_BYTES = 64 * 1024 * 1024;
/** The entry for one commit: every checkpoint's total and its categories that hold bytes. */
function historyEntry(report, commit, date) {
    const checkpoints = {};
    for (const checkpoint of report.checkpoints) {
        const bytes = { total: checkpoint.bytes.total };
        for (const category of _types_js__WEBPACK_IMPORTED_MODULE_1__/* .CATEGORIES */ .R)
            if (checkpoint.bytes[category] > 0)
                bytes[category] = checkpoint.bytes[category];
        checkpoints[checkpoint.id] = bytes;
    }
    return { commit, date, checkpoints };
}
/** The history with `entry` last; an entry of the same commit (a re-run) is replaced; at most `cap` entries. */
function appendHistory(entries, entry, cap = HISTORY_CAP) {
    const kept = entries.filter((other) => other.commit !== entry.commit);
    return [...kept, entry].slice(-cap);
}
/** JSON Lines, oldest first. */
function formatHistory(entries) {
    return entries.map((entry) => JSON.stringify(entry)).join('\n') + (entries.length > 0 ? '\n' : '');
}
/**
 * Reads JSON Lines written by formatHistory; blank lines are skipped.
 * @throws ConfigError naming `source`, the line and the expected form.
 */
function parseHistory(text, source) {
    const entries = [];
    text.split('\n').forEach((line, index) => {
        if (line.trim() === '')
            return;
        const fail = (why) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${source} line ${index + 1}: ${why}; expected {"commit": SHA, "date": ISO date, "checkpoints": {"<id>": {"total": bytes, …}}} per line.`);
        let value;
        try {
            value = JSON.parse(line);
        }
        catch {
            throw fail('not JSON');
        }
        const entry = value;
        if (typeof entry?.commit !== 'string' || !/^[0-9a-f]{7,64}$/.test(entry.commit))
            throw fail('no commit SHA');
        if (typeof entry.date !== 'string' || Number.isNaN(Date.parse(entry.date)))
            throw fail('no date');
        if (typeof entry.checkpoints !== 'object' || entry.checkpoints === null || Array.isArray(entry.checkpoints))
            throw fail('no checkpoints');
        for (const bytes of Object.values(entry.checkpoints)) {
            const valid = typeof bytes === 'object' && bytes !== null && Object.values(bytes).every((value) => Number.isSafeInteger(value) && value >= 0);
            if (!valid)
                throw fail('a checkpoint whose bytes are not whole numbers');
        }
        entries.push({ commit: entry.commit, date: entry.date, checkpoints: entry.checkpoints });
    });
    return entries;
}


/***/ }),

/***/ 6419:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $5: () => (/* binding */ MAX_TF_STATE_FILE_BYTES),
/* harmony export */   A: () => (/* binding */ MAX_TF_OBJECT_GRAPH_ITEMS),
/* harmony export */   BE: () => (/* binding */ MAX_DUPLICATE_GROUPS_SAMPLED),
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
/* harmony export */   Z1: () => (/* binding */ MAX_DUPLICATE_TENSORS_SAMPLED),
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
/* harmony export */   pD: () => (/* binding */ MIN_DUPLICATE_TENSOR_BYTES),
/* harmony export */   pg: () => (/* binding */ MAX_NAME_BYTES),
/* harmony export */   r6: () => (/* binding */ MAX_MLPACKAGE_MANIFEST_BYTES),
/* harmony export */   rX: () => (/* binding */ MAX_MLPACKAGE_FILES),
/* harmony export */   s4: () => (/* binding */ MAX_HDF5_HEAP_BYTES),
/* harmony export */   sw: () => (/* binding */ MAX_TOTAL_NAME_BYTES),
/* harmony export */   t4: () => (/* binding */ MAX_PICKLE_GLOBALS_LISTED),
/* harmony export */   td: () => (/* binding */ MAX_GGUF_KEY_BYTES),
/* harmony export */   tu: () => (/* binding */ DUPLICATE_SAMPLE_BYTES),
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
/** Directory entries visited at most by a walk (the CLI's, the action's), so that a runaway tree cannot stall a run. */
const MAX_WALKED_ENTRIES = 1_000_000;
/**
 * Files matched at most by the action's globs: bounds what we keep and sniff when a pattern like
 * `**` meets a checkout with a huge generated tree.
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
// --- The duplicates rule (pipeline/duplicates.ts) ---------------------------------------------
/**
 * Tensors smaller than this are never candidates: biases and norms of one shape are many, often
 * equal by initialisation, and their copies would cost a reviewer more reading than bytes.
 */
const MIN_DUPLICATE_TENSOR_BYTES = 4096;
/**
 * Candidate groups (same dtype, shape and size) whose content is sampled, largest first: the scan
 * stays a few hundred small reads per checkpoint whatever its size (metadata-only discipline).
 */
const MAX_DUPLICATE_GROUPS_SAMPLED = 64;
/** Tensors sampled per candidate group (a model has at most a handful of copies of one tensor). */
const MAX_DUPLICATE_TENSORS_SAMPLED = 8;
/** Bytes read per sample; three samples (start, middle, end) per tensor. */
const DUPLICATE_SAMPLE_BYTES = 64;


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
        const origin = rule.where ?? `${rule.source} line ${rule.line}`;
        const source = origin.charAt(0).toUpperCase() + origin.slice(1);
        findings.push({ kind: 'unmatched-rule', severity: 'warning', message: `${source} ("${rule.text}") matches no checkpoint; check its glob.` });
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
const CATEGORIES = ['weights', 'optimizer', 'buffers', 'bookkeeping', 'metadata', 'unclassified'];


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
    namePatterns: ['*.mlmodel'],
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
    namePatterns: ['*.mlpackage'],
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
    namePatterns: ['.metadata'],
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
/* harmony import */ var _kit_flatbuffer_identifier_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5252);

/**
 * ExecuTorch programs (`.pte`): a flatbuffer of `pytorch/executorch:schema/program.fbs` whose file
 * identifier is `ET` and two version characters (`ET12` today; the serializer checks
 * /ET[0-9a-zA-Z][0-9a-zA-Z]/, `exir/_serialize/_program.py`).
 */
const executorchProgramSniffer = {
    format: 'executorch',
    namePatterns: ['*.pte'],
    matchesName: (path) => /\.pte$/i.test(path),
    sniff: (candidate) => (0,_kit_flatbuffer_identifier_js__WEBPACK_IMPORTED_MODULE_0__/* .hasFileIdentifier */ .Q)(candidate.head, 'ET??')
};
/** ExecuTorch external tensor data (`.ptd`): a FlatTensor flatbuffer, identifier `FT01` (`extension/flat_tensor/serialize/flat_tensor.fbs`). */
const executorchDataSniffer = {
    format: 'executorch',
    namePatterns: ['*.ptd'],
    matchesName: (path) => /\.ptd$/i.test(path),
    sniff: (candidate) => (0,_kit_flatbuffer_identifier_js__WEBPACK_IMPORTED_MODULE_0__/* .hasFileIdentifier */ .Q)(candidate.head, 'FT??')
};


/***/ }),

/***/ 6985:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ flaxMsgpackSniffer)
/* harmony export */ });
/* harmony import */ var _io_bytes_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3031);

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
    return (0,_io_bytes_index_js__WEBPACK_IMPORTED_MODULE_0__/* .utf8 */ .As)(head.subarray(at + 1, at + 1 + length));
}
const flaxMsgpackSniffer = {
    format: 'flax',
    namePatterns: ['*.msgpack', 'checkpoint_*', 'ckpt_*'],
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
    namePatterns: ['*.gguf'],
    matchesName: (path) => /\.gguf$/i.test(path),
    sniff: (candidate) => GGUF_MAGIC.every((byte, i) => candidate.head[i] === byte)
};


/***/ }),

/***/ 6530:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Aj: () => (/* binding */ hasHdf5Signature),
/* harmony export */   vG: () => (/* binding */ USER_BLOCK_MIN),
/* harmony export */   vl: () => (/* binding */ HDF5_SIGNATURE)
/* harmony export */ });
/** The 8-byte HDF5 signature (`\x89HDF\r\n\x1a\n`). */
const HDF5_SIGNATURE = [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a];
function hasHdf5Signature(bytes, at = 0) {
    if (bytes.length < at + 8)
        return false;
    return HDF5_SIGNATURE.every((byte, i) => bytes[at + i] === byte);
}
/** The smallest user block (spec II.A): a file with one has its signature at 512, 1024, 2048, … */
const USER_BLOCK_MIN = 512;


/***/ }),

/***/ 6955:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Hk: () => (/* binding */ READERS)
});

// UNUSED EXPORTS: FILE_READERS, NAME_PATTERNS

// EXTERNAL MODULE: ./src/formats/coreml/sniff.ts
var sniff = __nccwpck_require__(3719);
// EXTERNAL MODULE: ./src/formats/dcp/sniff.ts
var dcp_sniff = __nccwpck_require__(376);
// EXTERNAL MODULE: ./src/formats/flax/sniff.ts
var flax_sniff = __nccwpck_require__(6985);
// EXTERNAL MODULE: ./src/formats/gguf/sniff.ts
var gguf_sniff = __nccwpck_require__(8448);
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
// EXTERNAL MODULE: ./src/io/bytes/index.ts + 8 modules
var bytes = __nccwpck_require__(3031);
// EXTERNAL MODULE: ./src/io/checkpoint-files.ts
var checkpoint_files = __nccwpck_require__(9366);
// EXTERNAL MODULE: ./src/formats/zip/signature.ts
var signature = __nccwpck_require__(8922);
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
        namePatterns: layout.primaryNames,
        matchesName: (path) => layout.primary.test((0,checkpoint_files/* basename */.P8)(path)),
        sniff: (candidate) => layout.primary.test((0,checkpoint_files/* basename */.P8)(candidate.path)) && looksRight(candidate.head)
    };
}
/** JSON: an object, after optional whitespace. */
const looksLikeJsonObject = (head) => /^\s*\{/.test((0,bytes/* utf8 */.As)(head));
/** A pickle (PROTO opcode) or a torch.save zip. */
const looksLikePickleOrZip = (head) => head[0] === 0x80 || (0,signature/* looksLikeZip */.f)(head);
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
        namePatterns: sniffer.namePatterns,
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
    lazyReader(tensorflow_sniff/* tensorflowSavedModelSniffer */.X0, async () => (await __nccwpck_require__.e(/* import() */ 825).then(__nccwpck_require__.bind(__nccwpck_require__, 825))).tensorflowSavedModelReader),
    lazyReader(tensorflow_sniff/* tensorflowCheckpointSniffer */.Ze, async () => (await __nccwpck_require__.e(/* import() */ 825).then(__nccwpck_require__.bind(__nccwpck_require__, 825))).tensorflowCheckpointReader),
    lazyReader(safetensors_sniff/* safetensorsIndexSniffer */.f, async () => (await __nccwpck_require__.e(/* import() */ 7410).then(__nccwpck_require__.bind(__nccwpck_require__, 7410))).safetensorsIndexReader),
    lazyReader(safetensors_sniff/* safetensorsSniffer */.R, async () => (await __nccwpck_require__.e(/* import() */ 7410).then(__nccwpck_require__.bind(__nccwpck_require__, 7410))).safetensorsReader),
    // pytorch_model.bin.index.json claims its .bin shards before they are read one by one
    lazyReader(pytorch_sniff/* pytorchShardIndexSniffer */.xj, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(7331), __nccwpck_require__.e(1159), __nccwpck_require__.e(8654), __nccwpck_require__.e(8073)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8073))).pytorchShardIndexReader),
    lazyReader(onnx_sniff/* onnxSniffer */.L, async () => (await __nccwpck_require__.e(/* import() */ 3500).then(__nccwpck_require__.bind(__nccwpck_require__, 3500))).onnxReader),
    // an OpenVINO IR's .xml claims its .bin, which holds no magic a reader could recognise
    lazyReader(openvino_sniff/* openvinoSniffer */.A, async () => (await __nccwpck_require__.e(/* import() */ 3638).then(__nccwpck_require__.bind(__nccwpck_require__, 3638))).openvinoReader),
    // an .mlpackage claims its spec (a .mlmodel) and its weights/weight.bin before either is read alone
    lazyReader(sniff/* coremlPackageSniffer */.e, async () => (await __nccwpck_require__.e(/* import() */ 2313).then(__nccwpck_require__.bind(__nccwpck_require__, 2313))).coremlPackageReader),
    lazyReader(sniff/* coremlModelSniffer */.b, async () => (await __nccwpck_require__.e(/* import() */ 2313).then(__nccwpck_require__.bind(__nccwpck_require__, 2313))).coremlModelReader),
    // .npz zips (name-matched) before the zip sniffers below could see them; .npy by its magic
    lazyReader(numpy_sniff/* npzSniffer */._, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(7331), __nccwpck_require__.e(7199)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7199))).npzReader),
    lazyReader(numpy_sniff/* npySniffer */.b, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(7331), __nccwpck_require__.e(7199)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7199))).npyReader),
    // torch.export archives (.pt2 zips; read before other zips by their name)
    lazyReader(torch_export_sniff/* torchExportSniffer */.O, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(7331), __nccwpck_require__.e(4566)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4566))).torchExportReader),
    // torch.save zips and TorchScript archives
    lazyReader(pytorch_sniff/* pytorchZipSniffer */.mx, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(7331), __nccwpck_require__.e(1159), __nccwpck_require__.e(8654), __nccwpck_require__.e(1355)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1355))).pytorchZipReader),
    // pre-1.6 pickle streams
    lazyReader(pytorch_sniff/* pytorchLegacySniffer */._Z, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(1159), __nccwpck_require__.e(8654), __nccwpck_require__.e(4233)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4233))).pytorchLegacyReader),
    // .keras zip (name-matched: other zips are PyTorch's)
    lazyReader(keras_sniff/* kerasArchiveSniffer */.k, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(7331), __nccwpck_require__.e(1430), __nccwpck_require__.e(5362)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5362))).kerasArchiveReader),
    // .h5 / .hdf5 / .weights.h5, recognised by the HDF5 signature
    lazyReader(keras_sniff/* hdf5Sniffer */.H, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(1430), __nccwpck_require__.e(4402)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4402))).hdf5Reader),
    lazyReader(gguf_sniff/* ggufSniffer */.V, async () => (await __nccwpck_require__.e(/* import() */ 2865).then(__nccwpck_require__.bind(__nccwpck_require__, 2865))).ggufReader),
    // `*.msgpack` and extension-less `checkpoint_N` files whose content is a msgpack map
    lazyReader(flax_sniff/* flaxMsgpackSniffer */.X, async () => (await __nccwpck_require__.e(/* import() */ 2154).then(__nccwpck_require__.bind(__nccwpck_require__, 2154))).flaxMsgpackReader),
    // an Orbax step folder, from its _CHECKPOINT_METADATA or an item's _METADATA
    lazyReader(orbax_sniff/* orbaxSniffer */.q1, async () => (await __nccwpck_require__.e(/* import() */ 1645).then(__nccwpck_require__.bind(__nccwpck_require__, 1645))).orbaxReader),
    // flatbuffers recognised by their file identifiers (TFL3, ETnn, FTnn)
    lazyReader(tflite_sniff/* tfliteSniffer */.Q, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(7331), __nccwpck_require__.e(1875)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1875))).tfliteReader),
    lazyReader(executorch_sniff/* executorchProgramSniffer */.W, async () => (await __nccwpck_require__.e(/* import() */ 9430).then(__nccwpck_require__.bind(__nccwpck_require__, 9430))).executorchProgramReader),
    lazyReader(executorch_sniff/* executorchDataSniffer */.e, async () => (await __nccwpck_require__.e(/* import() */ 9430).then(__nccwpck_require__.bind(__nccwpck_require__, 9430))).executorchDataReader)
];
/** A training-folder reader, loaded on first use, reading each file of a folder with the file readers. */
function folderReader(sniffer, layout) {
    return lazyReader(sniffer, async () => {
        const [{ trainingFolderReader }, { FOLDER_LAYOUTS }] = await Promise.all([Promise.all(/* import() */[__nccwpck_require__.e(7331), __nccwpck_require__.e(6534)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6534)), Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 3001))]);
        return trainingFolderReader(FOLDER_LAYOUTS[layout], [DCP_READER, ...FILE_READERS]);
    });
}
/** A `torch.distributed.checkpoint` folder, by its `.metadata`: on its own, or inside a training folder (FSDP). */
const DCP_READER = lazyReader(dcp_sniff/* dcpSniffer */.p, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(7331), __nccwpck_require__.e(1159), __nccwpck_require__.e(7089)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7089))).dcpReader);
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
/**
 * The file names of every format, as `path` globs in any directory, in reader order without
 * repeats: the action's default `path` is made of them (action/constants.ts).
 */
const NAME_PATTERNS = [...new Set(READERS.flatMap((reader) => reader.namePatterns ?? []))];


/***/ }),

/***/ 1557:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ hdf5Sniffer),
/* harmony export */   k: () => (/* binding */ kerasArchiveSniffer)
/* harmony export */ });
/* harmony import */ var _zip_signature_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8922);
/* harmony import */ var _hdf5_signature_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6530);


/** Keras 3 `.keras` zip archives (see keras-archive-reader.ts). */
const kerasArchiveSniffer = {
    format: 'keras',
    namePatterns: ['*.keras'],
    matchesName(path) {
        return /\.keras$/i.test(path);
    },
    sniff(candidate) {
        // Other zip formats (PyTorch) share the magic; the name decides between them.
        return (0,_zip_signature_js__WEBPACK_IMPORTED_MODULE_0__/* .looksLikeZip */ .f)(candidate.head) && /\.keras$/i.test(candidate.path);
    }
};
/** Names only HDF5 files carry (not `.keras`, which is a zip in Keras 3). */
const HDF5_NAME = /\.(h5|hdf5|he5)$/i;
/**
 * HDF5 files (Keras `.h5`, `.weights.h5`), recognised by the signature whatever the name (see
 * hdf5-reader.ts). A file with a user block has its signature at 512, 1024, 2048, … — beyond the
 * bytes sniffed — so an HDF5 name on a file long enough for one is claimed too: the reader then
 * searches the signature and says plainly when there is none.
 */
const hdf5Sniffer = {
    format: 'hdf5',
    namePatterns: ['*.h5', '*.hdf5', '*.he5', '*.keras'],
    matchesName(path) {
        return /\.(h5|hdf5|he5|keras)$/i.test(path);
    },
    sniff(candidate) {
        if ((0,_hdf5_signature_js__WEBPACK_IMPORTED_MODULE_1__/* .hasHdf5Signature */ .Aj)(candidate.head))
            return true;
        return HDF5_NAME.test(candidate.path) && candidate.size >= _hdf5_signature_js__WEBPACK_IMPORTED_MODULE_1__/* .USER_BLOCK_MIN */ .vG + _hdf5_signature_js__WEBPACK_IMPORTED_MODULE_1__/* .HDF5_SIGNATURE */ .vl.length;
    }
};


/***/ }),

/***/ 4368:
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

/***/ 5252:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ hasFileIdentifier)
/* harmony export */ });
/**
 * A FlatBuffer's file identifier: 4 bytes after the root table offset (TFLite `TFL3`, ExecuTorch
 * `ET12`, its flat tensor file `FT01`). `?` matches any byte (a version digit). Apart from the
 * FlatBuffer decoder so that sniffing does not load it.
 */
function hasFileIdentifier(head, identifier) {
    return head.length >= 8 && [...identifier].every((char, i) => char === '?' || head[4 + i] === char.charCodeAt(0));
}


/***/ }),

/***/ 1391:
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
function shardIndexSniffer(format, name, namePatterns) {
    return {
        format,
        namePatterns,
        matchesName: (path) => name.test(path),
        sniff: (candidate) => name.test(candidate.path) && new TextDecoder().decode(candidate.head).trimStart().startsWith('{')
    };
}


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
// EXTERNAL MODULE: ./src/io/bytes/index.ts + 8 modules
var io_bytes = __nccwpck_require__(3031);
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
    const lengthField = io_bytes/* Cursor */.bs.over(head, file);
    lengthField.seek(8);
    const length = major === 1 ? lengthField.u16() : lengthField.u32();
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
/** Parses the preamble and header in `bytes` (at least `npyHeaderLength` of them). */
function parseNpyHeader(bytes, file) {
    const dataStart = npyHeaderLength(bytes, file);
    if (bytes.length < dataStart)
        throw new errors/* FormatError */.IF(file, `the .npy header is cut short: ${bytes.length} of ${dataStart} bytes`, { offset: 0 });
    const major = bytes[6];
    const text = (major === 3 ? io_bytes/* UTF8 */.az : io_bytes/* LATIN1 */.w$).decode(bytes.subarray(npyPreambleBytes(major), dataStart));
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
/* harmony import */ var _zip_signature_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8922);
/* harmony import */ var _npy_header_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5727);


/** One array saved with `np.save` (see index.ts). */
const npySniffer = {
    format: 'numpy',
    namePatterns: ['*.npy'],
    matchesName: (path) => /\.npy$/i.test(path),
    sniff: (candidate) => _npy_header_js__WEBPACK_IMPORTED_MODULE_0__/* .NPY_MAGIC */ .mH.every((byte, i) => candidate.head[i] === byte)
};
/** A zip of `.npy` members (`np.savez`, `np.savez_compressed`, `jnp.savez`, dfdx, ndarray-npy). */
const npzSniffer = {
    format: 'numpy',
    namePatterns: ['*.npz'],
    matchesName: (path) => /\.npz$/i.test(path),
    sniff: (candidate) => /\.npz$/i.test(candidate.path) && (0,_zip_signature_js__WEBPACK_IMPORTED_MODULE_1__/* .looksLikeZip */ .f)(candidate.head)
};


/***/ }),

/***/ 6878:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ onnxSniffer)
/* harmony export */ });
/* harmony import */ var _io_bytes_protobuf_wire_type_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9944);

const { VARINT, LEN } = _io_bytes_protobuf_wire_type_js__WEBPACK_IMPORTED_MODULE_0__/* .WireType */ .O;
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
    namePatterns: ['*.onnx'],
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
    namePatterns: ['*.xml'],
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
    namePatterns: ['_CHECKPOINT_METADATA', '_METADATA'],
    matchesName: (path) => METADATA_NAME.test(path),
    sniff: (candidate) => METADATA_NAME.test(candidate.path) && firstNonSpace(candidate.head) === 0x7b // '{'
};
function firstNonSpace(head) {
    return head.find((byte) => byte !== 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09);
}


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

// EXTERNAL MODULE: ./src/formats/kit/shard-index-sniff.ts
var shard_index_sniff = __nccwpck_require__(1391);
// EXTERNAL MODULE: ./src/formats/zip/signature.ts
var signature = __nccwpck_require__(8922);
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
/** The names hasPytorchExtension admits, as `path` globs. */
const PYTORCH_NAME_PATTERNS = [
    '*.pt',
    '*.pth',
    '*.bin',
    '*.ckpt',
    '*.pt.tar',
    '*.pth.tar',
    'random_states_*.pkl',
    'custom_checkpoint_*.pkl'
];

;// CONCATENATED MODULE: ./src/formats/pytorch/sniff.ts



/**
 * Records a torch archive may start with (`<folder>/<record>`): the first local header's name is
 * in the sniff bytes, cut short when the folder name is long.
 */
const TORCH_RECORDS = [
    'data.pkl',
    'data/',
    '.data/',
    'version',
    'byteorder',
    '.format_version',
    '.storage_alignment',
    'code/',
    'constants.pkl',
    'constants/',
    'extra/'
];
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
    namePatterns: PYTORCH_NAME_PATTERNS,
    matchesName: hasPytorchExtension,
    sniff(candidate) {
        if (!(0,signature/* looksLikeZip */.f)(candidate.head))
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
    namePatterns: PYTORCH_NAME_PATTERNS,
    matchesName: hasPytorchExtension,
    sniff: (candidate) => looksLikeLegacyTorch(candidate.head) || looksLikeTorchTar(candidate.head)
};
const SHARD_INDEX_NAME = /\.(bin|pt|pth)\.index\.json$/i;
/** A sharded PyTorch checkpoint's index, as transformers writes it: `pytorch_model.bin.index.json`. */
const pytorchShardIndexSniffer = (0,shard_index_sniff/* shardIndexSniffer */.y)('pytorch', SHARD_INDEX_NAME, [
    '*.bin.index.json',
    '*.pt.index.json',
    '*.pth.index.json'
]);


/***/ }),

/***/ 3762:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ safetensorsSniffer),
/* harmony export */   f: () => (/* binding */ safetensorsIndexSniffer)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);
/* harmony import */ var _io_bytes_int64_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3707);
/* harmony import */ var _core_limits_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6419);
/* harmony import */ var _kit_shard_index_sniff_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(1391);




const SAFETENSORS_NAME = /\.safetensors$/i;
const INDEX_NAME = /\.safetensors\.index\.json$/i;
/** A single `.safetensors` file. */
const safetensorsSniffer = {
    format: 'safetensors',
    namePatterns: ['*.safetensors'],
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
        let length;
        try {
            length = (0,_io_bytes_int64_js__WEBPACK_IMPORTED_MODULE_1__/* .uint64At */ .A8)(head, 0, candidate.path, 'the header length');
        }
        catch {
            return false; // past 2^53: not a header length
        }
        return length <= _core_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_SAFETENSORS_HEADER_BYTES */ .X9 && 8 + length <= candidate.size;
    }
};
/** A sharded checkpoint's `*.safetensors.index.json`. */
const safetensorsIndexSniffer = (0,_kit_shard_index_sniff_js__WEBPACK_IMPORTED_MODULE_3__/* .shardIndexSniffer */ .y)('safetensors', INDEX_NAME, ['*.safetensors.index.json']);


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
    const rawHeader = (at) => head[at] === 0 && head[at + 1] === 0 && head[at + 2] !== undefined && head[at + 2] > 0 && head[at + 2] < 0x80 ? head[at + 3] : undefined;
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
    const extra = tag >> 2 >= 60 ? (tag >> 2) - 59 : 0;
    return rawHeader(p + 1 + extra);
}
/** BundleHeaderProto starts with num_shards (08), endianness (10) or version (1a). */
const looksLikeBundleIndex = (head) => [0x08, 0x10, 0x1a].includes(firstHeaderValueByte(head) ?? -1);
/** SavedTensorSlices starts with its meta (0a). */
const looksLikeV1 = (head) => firstHeaderValueByte(head) === 0x0a;
/** V2 checkpoints (`P.index`) and V1 checkpoints (one SSTable, recognised to be refused). */
const tensorflowCheckpointSniffer = {
    format: 'tensorflow-checkpoint',
    namePatterns: ['*.index', '*.ckpt', '*.ckpt-*', '*-?????-of-?????'],
    matchesName: (path) => path.endsWith('.index') || (V1_NAME.test((0,_io_checkpoint_files_js__WEBPACK_IMPORTED_MODULE_0__/* .basename */ .P8)(path)) && !V2_DATA_SHARD.test(path)),
    sniff: (candidate) => (candidate.path.endsWith('.index') ? looksLikeBundleIndex(candidate.head) : looksLikeV1(candidate.head))
};
const SAVED_MODEL_FILES = ['saved_model.pb', 'saved_model.pbtxt'];
const VARIABLES_INDEX = /(^|\/)variables\/variables\.index$/;
/** SavedModel directories, by their graph file or their `variables/variables.index`. */
const tensorflowSavedModelSniffer = {
    format: 'tensorflow-savedmodel',
    namePatterns: ['saved_model.pb', 'saved_model.pbtxt', 'variables/variables.index'],
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

/***/ 8755:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ TFLITE_IDENTIFIER),
/* harmony export */   Q: () => (/* binding */ tfliteSniffer)
/* harmony export */ });
/* harmony import */ var _kit_flatbuffer_identifier_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5252);

/** `file_identifier "TFL3"` of `tensorflow/compiler/mlir/lite/schema/schema.fbs`: bytes 4..8, after the root offset. */
const TFLITE_IDENTIFIER = 'TFL3';
const tfliteSniffer = {
    format: 'tflite',
    namePatterns: ['*.tflite'],
    matchesName: (path) => /\.tflite$/i.test(path),
    sniff: (candidate) => (0,_kit_flatbuffer_identifier_js__WEBPACK_IMPORTED_MODULE_0__/* .hasFileIdentifier */ .Q)(candidate.head, TFLITE_IDENTIFIER)
};


/***/ }),

/***/ 8138:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ torchExportSniffer)
/* harmony export */ });
/* harmony import */ var _zip_signature_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8922);

/**
 * torch.export archives (`torch.export.save`, `torch/export/pt2_archive/`): a zip named `.pt2`.
 * The name decides between it and other zips (a torch.save archive is never named `.pt2`).
 */
const torchExportSniffer = {
    format: 'torch-export',
    namePatterns: ['*.pt2'],
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
    primaryNames: ['mp_rank_*_model_states.pt', 'zero_pp_rank_*_mp_rank_*_model_states.pt'],
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
    primaryNames: ['trainer_state.json'],
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
    primaryNames: ['random_states_*.pkl', 'custom_checkpoint_*.pkl'],
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

/***/ 8922:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ looksLikeZip)
/* harmony export */ });
/**
 * A zip starts with a local file header (`PK\x03\x04`); an empty zip starts with its EOCD.
 * Apart from the rest of zip/ so that sniffing (PyTorch, Keras) does not load the archive reader and zlib.
 */
function looksLikeZip(head) {
    return head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && ((head[2] === 3 && head[3] === 4) || (head[2] === 5 && head[3] === 6));
}


/***/ }),

/***/ 2940:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $U: () => (/* reexport safe */ _bytes_errors_js__WEBPACK_IMPORTED_MODULE_0__.$U),
/* harmony export */   Pq: () => (/* binding */ readInto),
/* harmony export */   wb: () => (/* binding */ BufferByteSource)
/* harmony export */ });
/* harmony import */ var _bytes_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2533);

/** `source.readInto(offset, target)`, or for a source without it, its `read` copied into `target`. */
async function readInto(source, offset, target) {
    if (source.readInto)
        return source.readInto(offset, target);
    target.set(await source.read(offset, target.length));
}
/** The one truncation check (src/io/bytes/errors.ts), re-exported for the sources that implement this port. */

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
        (0,_bytes_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .checkSpan */ .$U)(this, offset, length);
        this.bytesRead += length;
        return this.bytes.subarray(offset, offset + length);
    }
    async readInto(offset, target) {
        (0,_bytes_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .checkSpan */ .$U)(this, offset, target.length);
        this.bytesRead += target.length;
        target.set(this.bytes.subarray(offset, offset + target.length));
    }
    async close() { }
}


/***/ }),

/***/ 2533:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $U: () => (/* binding */ checkSpan),
/* harmony export */   Jw: () => (/* binding */ truncatedError),
/* harmony export */   SH: () => (/* binding */ tooLargeError)
/* harmony export */ });
/* unused harmony export TRUNCATED_FIX */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);

/** The fix every truncation error carries. */
const TRUNCATED_FIX = 'The file is truncated or corrupted; re-export or re-download it.';
/**
 * The one truncation error: `length` bytes were needed at file offset `offset`, but the data ends
 * at `end`. `region` names what ended: the file itself (its size is `end`), or a part of it read
 * whole or bounded by its own length (a header, a protobuf message), which ends at byte `end`.
 */
function truncatedError(file, offset, length, end, region = 'file') {
    const ends = region === 'file' ? `the file has ${end} bytes` : `the ${region} ends at byte ${end}`;
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FormatError */ .IF(file, `unexpected end of ${region}: expected ${length} bytes at offset ${offset} but ${ends}`, {
        fix: TRUNCATED_FIX
    });
}
/** Throws the truncation error for a span outside a source of `size` bytes (or an invalid span). */
function checkSpan(source, offset, length) {
    if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(length) || offset < 0 || length < 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FormatError */ .IF(source.name, `invalid read of ${length} bytes at offset ${offset}`);
    }
    if (offset + length > source.size)
        throw truncatedError(source.name, offset, length, source.size);
}
/**
 * The one error for a 64-bit field past 2^53: no size, offset, count or dimension of a real file
 * is, and a number past it is no longer exact. Formats whose values may legitimately be larger
 * (a pickled int, a protobuf int64 that is not a size) read them with the bigint accessors.
 */
function tooLargeError(file, what, value, offset) {
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FormatError */ .IF(file, `${what} is ${value}, larger than any file (over 2^53)`, {
        offset,
        fix: 'The file is corrupt or hostile.'
    });
}


/***/ }),

/***/ 3031:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  bs: () => (/* reexport */ Cursor),
  w$: () => (/* reexport */ utf8/* LATIN1 */.w$),
  cJ: () => (/* reexport */ MAX_VARINT_BYTES),
  SJ: () => (/* reexport */ NameIndex),
  iP: () => (/* reexport */ ProtoReader),
  R0: () => (/* reexport */ ShapeInterner),
  sR: () => (/* reexport */ SpanSource),
  az: () => (/* reexport */ utf8/* UTF8 */.az),
  p8: () => (/* reexport */ Window),
  O0: () => (/* reexport */ protobuf_wire_type/* WireType */.O),
  nu: () => (/* reexport */ int64/* bigintNumber */.nu),
  e1: () => (/* reexport */ hashUtf8),
  ER: () => (/* reexport */ isAscii),
  $t: () => (/* reexport */ releaseArrayBuffer),
  NR: () => (/* reexport */ utf8/* strictUtf8 */.NR),
  Jw: () => (/* reexport */ bytes_errors/* truncatedError */.Jw),
  A8: () => (/* reexport */ int64/* uint64At */.A8),
  eZ: () => (/* reexport */ int64/* uint64Number */.eZ),
  As: () => (/* reexport */ utf8/* utf8 */.As)
});

// UNUSED EXPORTS: BlockCache, MAX_WINDOW_BYTES, MIN_WINDOW_BYTES, NOT_IN_WINDOW, STRICT_UTF8, TRUNCATED_FIX, checkSpan, int64Number, tooLargeError

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
// EXTERNAL MODULE: ./src/io/bytes/errors.ts
var bytes_errors = __nccwpck_require__(2533);
// EXTERNAL MODULE: ./src/io/bytes/int64.ts
var int64 = __nccwpck_require__(3707);
// EXTERNAL MODULE: ./src/io/bytes/utf8.ts
var utf8 = __nccwpck_require__(1217);
// EXTERNAL MODULE: ./src/io/byte-source.ts
var byte_source = __nccwpck_require__(2940);
;// CONCATENATED MODULE: ./src/io/bytes/block-cache.ts
/** Page size of the metadata read cache (a typical object header is 200-600 bytes). */
const HDF5_PAGE_BYTES = 4096;
/**
 * Longest read-ahead (64 KiB), reached after a run of sequential misses. Blocks this size leave
 * the cache before the GC promotes them, so a walk through 200 MB of metadata does not pile up
 * dead 256 KiB buffers for the old generation (peak RSS 274 → 213 MiB at 10^5 datasets).
 */
const HDF5_MAX_READ_AHEAD_PAGES = 16;
/** Bytes of blocks kept (1 MiB): room for a group's header, heap and B-tree nodes while its children are read. */
const HDF5_CACHED_BYTES = 1024 * 1024;
/** The size of a recycled block buffer: the longest read-ahead. */
const POOLED_BLOCK_BYTES = HDF5_MAX_READ_AHEAD_PAGES * HDF5_PAGE_BYTES;
/** Evicted block buffers kept for reuse: a run of read-ahead needs one at a time, a few absorb a burst. */
const MAX_FREE_BLOCKS = 4;
/**
 * Small reads through a bounded cache of recently read blocks, with adaptive read-ahead. h5py
 * interleaves metadata and payloads (a dataset's header, then its data, then the next header), so
 * a miss reads one 4 KiB page and a large payload next to it is never touched. Where the walker
 * misses page after page in order (a run of headers, heaps and B-tree nodes), each further miss
 * reads twice as many pages, up to HDF5_MAX_READ_AHEAD_PAGES: fewer, larger reads through
 * metadata-dense regions, while bytes read stay bounded by the metadata, not the weights. Reads
 * larger than a page go to the source.
 *
 * Shaped for a walk over 10^5 objects: blocks are kept whole (no per-page views or map entries),
 * a hit is answered synchronously (no promise per header field read), and the blocks kept are
 * bounded by HDF5_CACHED_BYTES, so memory does not grow with the metadata's size.
 *
 * Read-ahead blocks are recycled when the source can fill a buffer (`ByteSource.readInto`): a walk
 * through 200 MB of metadata otherwise leaves ~3,000 dead 64 KiB buffers to the GC, ~15 MB of
 * them uncollected at any time. A block evicted from the cache may still be read through a view
 * the walker holds (a header's messages, a heap being read across an await), so its buffer is
 * only reused after `recycleEvicted()`, which the walker calls between objects, when it holds no
 * view into the cache (everything it keeps across objects is decoded into strings and numbers).
 */
class BlockCache {
    source;
    /** Most recently read first; `pooled` is the whole recyclable buffer `bytes` is a view of. */
    blocks = [];
    cachedBytes = 0;
    run = 1;
    /** Buffers of blocks evicted since the last recycleEvicted(): views into them may still be live. */
    evicted = [];
    /** Buffers no view reaches any more, ready for the next read-ahead block. */
    free = [];
    constructor(source) {
        this.source = source;
    }
    /** Called when nothing read so far is referenced: the buffers evicted until now may be refilled. */
    recycleEvicted() {
        if (this.evicted.length === 0)
            return; // nearly every call: a block is evicted once per 64 KiB walked
        for (const buffer of this.evicted)
            if (this.free.length < MAX_FREE_BLOCKS)
                this.free.push(buffer);
        this.evicted = [];
    }
    /** Where the last `locate` found its request in the block it returned. */
    foundAt = 0;
    /**
     * The cached block holding all of [offset, offset + length), whole: the byte at `offset` is
     * `bytes[this.foundAt]`. For the per-object reads, which index the block in place rather than
     * cut a view out of it (a view is an allocation; 10^6 of them at 10^5 datasets).
     */
    locate(offset, length) {
        const blocks = this.blocks;
        for (let i = 0; i < blocks.length; i++) {
            const block = blocks[i];
            if (offset >= block.start && offset + length <= block.end) {
                this.foundAt = offset - block.start;
                return block.bytes;
            }
        }
        return undefined;
    }
    /** The bytes at [offset, offset + length) if a cached block holds them all. */
    cached(offset, length) {
        const bytes = this.locate(offset, length);
        return bytes?.subarray(this.foundAt, this.foundAt + length);
    }
    async read(offset, length) {
        if (length === 0)
            return this.source.read(offset, length);
        const joined = this.joined(offset, length);
        if (joined)
            return joined;
        if (length > HDF5_PAGE_BYTES)
            return this.readLarge(offset, length);
        const last = this.blocks[0];
        // A miss that straddles the newest block's end or lies within a page after it continues a run.
        const continues = last !== undefined && offset >= last.start && offset < last.end + HDF5_PAGE_BYTES;
        this.run = continues ? Math.min(this.run * 2, HDF5_MAX_READ_AHEAD_PAGES) : 1;
        // A run's blocks tile the metadata: each starts where the block holding the request's head,
        // or else the newest one, ends, so no byte is read twice. Otherwise the request's whole page
        // is read, for the structures just before it (a group's heap precedes its header).
        const head = this.blocks.find((block) => offset >= block.start && offset < block.end);
        let start = head ? head.end : continues ? last.end : Math.floor(offset / HDF5_PAGE_BYTES) * HDF5_PAGE_BYTES;
        let end = Math.min(this.source.size, start + this.run * HDF5_PAGE_BYTES);
        // Nor are bytes around the request that another cached block holds.
        for (const block of this.blocks) {
            if (block.end <= offset && block.end > start)
                start = block.end;
            if (block.start >= offset + length && block.start < end)
                end = block.start;
        }
        end = Math.max(end, offset + length);
        const bytes = await this.readBlock(start, end - start);
        if (start <= offset)
            return bytes.subarray(offset - start, offset - start + length);
        return this.joined(offset, length) ?? this.source.read(offset, length);
    }
    /**
     * A structure over a page (a big group's heap, a header holding layer_names): read as asked,
     * less the ends cached blocks hold, and kept unless it would crowd out the rest, so the pages
     * around it are not read again either.
     */
    async readLarge(offset, length) {
        const last = offset + length - 1;
        const head = this.blocks.find((block) => offset >= block.start && offset < block.end);
        const tail = this.blocks.find((block) => last >= block.start && last < block.end);
        const start = head ? head.end : offset;
        const end = tail && tail.start > start ? tail.start : offset + length;
        if (end - start > HDF5_CACHED_BYTES / 4)
            return this.source.read(offset, length);
        this.keep(start, await this.source.read(start, end - start));
        return this.joined(offset, length) ?? this.source.read(offset, length);
    }
    /**
     * Reads [start, start + length) into a new cached block: a recycled buffer for a read-ahead
     * block (over half the longest read-ahead), a buffer of its own otherwise.
     */
    async readBlock(start, length) {
        const source = this.source;
        // A source without readInto would fill a pooled buffer by copying a new one: no gain.
        if (length <= POOLED_BLOCK_BYTES / 2 || length > POOLED_BLOCK_BYTES || !source.readInto) {
            const bytes = await source.read(start, length);
            this.keep(start, bytes);
            return bytes;
        }
        const pooled = this.free.pop() ?? new Uint8Array(POOLED_BLOCK_BYTES);
        const bytes = pooled.subarray(0, length);
        await source.readInto(start, bytes);
        this.keep(start, bytes, pooled);
        return bytes;
    }
    keep(start, bytes, pooled) {
        this.blocks.unshift({ start, end: start + bytes.length, bytes, pooled });
        this.cachedBytes += bytes.length;
        while (this.cachedBytes > HDF5_CACHED_BYTES && this.blocks.length > 1) {
            const evicted = this.blocks.pop();
            this.cachedBytes -= evicted.bytes.length;
            if (evicted.pooled)
                this.evicted.push(evicted.pooled);
        }
    }
    /** A request across the end of a cached block, copied from the cached blocks that hold it all, if they do. */
    joined(offset, length) {
        const out = new Uint8Array(length);
        for (let at = offset; at < offset + length;) {
            const block = this.blocks.find((b) => at >= b.start && at < b.end);
            if (!block)
                return undefined;
            const count = Math.min(block.end, offset + length) - at;
            out.set(block.bytes.subarray(at - block.start, at - block.start + count), at - offset);
            at += count;
        }
        return out;
    }
}

;// CONCATENATED MODULE: ./src/io/bytes/window.ts



/**
 * Smallest window read after a jump: skipping a payload costs at most this much reading. What
 * follows a payload is the next tensor's few header fields (tens of bytes).
 */
const MIN_WINDOW_BYTES = 128;
/** Largest read-ahead window: sequential metadata (a GGUF vocabulary, an ONNX node list) is read in these. */
const MAX_WINDOW_BYTES = 1024 * 1024;
/** Default least read of a `reuse` window. */
const REUSE_READ_BYTES = 64 * 1024;
const EMPTY = new Uint8Array(0);
/**
 * The one window over a ByteSource: the bytes loaded last (`buffer`, at file offset `bufferStart`),
 * which decoders (Cursor, the protobuf reader) index synchronously, and an explicit async `load`
 * that refills it according to the policy. Bytes read follow the metadata a reader uses, never
 * the payloads it skips.
 */
class Window {
    source;
    /** The bytes loaded last, starting at file offset `bufferStart`; decoders may index them directly. */
    buffer = EMPTY;
    bufferStart = 0;
    /** A DataView of `buffer`, for multi-byte reads. */
    data = new DataView(EMPTY.buffer);
    readAhead;
    blocks;
    reuseBytes = 0;
    pool = EMPTY;
    end;
    isFixed;
    constructor(source, policy = { kind: 'read-ahead' }, 
    /** Bytes already in memory at file offset `start` (`Window.of`): the window never loads. */
    fixed) {
        this.source = source;
        this.end = source.size;
        this.isFixed = fixed !== undefined;
        if (fixed) {
            this.setBuffer(fixed.bytes, fixed.start);
            this.end = fixed.start + fixed.bytes.length;
            this.region = fixed.region;
        }
        else if (policy.kind === 'read-ahead')
            this.readAhead = new ReadAhead();
        else if (policy.kind === 'blocks')
            this.blocks = new BlockCache(source);
        else
            this.reuseBytes = policy.readBytes ?? REUSE_READ_BYTES;
    }
    /** What ends at `size` in truncation errors: the file, or the part of it a fixed window holds. */
    region = 'file';
    /**
     * A window over `bytes` already read from file `name` at offset `start` (a header read whole, a
     * decompressed block): it never loads, and asking past its end is the truncation error for `region`.
     */
    static of(bytes, name, start = 0, region = 'data') {
        const source = {
            name,
            size: start + bytes.length,
            bytesRead: 0,
            read: async () => EMPTY,
            close: async () => { }
        };
        return new Window(source, { kind: 'read-ahead' }, { bytes, start, region });
    }
    get name() {
        return this.source.name;
    }
    /** Where the readable bytes end: the file's size, or the end of a fixed window's bytes. */
    get size() {
        return this.end;
    }
    /** Whether `length` bytes at `offset` are in `buffer` (a `blocks` window switches to the block holding them). */
    has(offset, length) {
        if (offset >= this.bufferStart && offset + length <= this.bufferStart + this.buffer.length)
            return true;
        if (this.blocks === undefined)
            return false;
        const block = this.blocks.locate(offset, length);
        if (block === undefined)
            return false;
        this.setBuffer(block, offset - this.blocks.foundAt);
        return true;
    }
    /** Makes `length` bytes at `offset` available in `buffer`; past the end, the truncation error. */
    async load(offset, length) {
        if (this.has(offset, length))
            return;
        if (this.isFixed) {
            throw (0,bytes_errors/* truncatedError */.Jw)(this.name, offset, length, this.end, this.region);
        }
        (0,bytes_errors/* checkSpan */.$U)(this.source, offset, length);
        if (this.readAhead) {
            const readLength = this.readAhead.next(this, offset, length);
            this.setBuffer(await this.source.read(offset, readLength), offset);
        }
        else if (this.blocks) {
            const bytes = await this.blocks.read(offset, length);
            if (!this.has(offset, length))
                this.setBuffer(bytes, offset);
        }
        else {
            await this.refill(offset, length);
        }
    }
    /** `reuse`: keeps what the buffer holds from `offset` on, and reads the rest into the same memory. */
    async refill(offset, length) {
        const total = Math.max(length, Math.min(this.reuseBytes, this.source.size - offset));
        const heldEnd = this.bufferStart + this.buffer.length;
        const kept = offset >= this.bufferStart && offset < heldEnd ? heldEnd - offset : 0;
        if (total > this.pool.length) {
            const grown = new Uint8Array(Math.max(total, this.pool.length * 2));
            if (kept > 0)
                grown.set(this.buffer.subarray(offset - this.bufferStart));
            this.pool = grown;
        }
        else if (kept > 0) {
            this.pool.copyWithin(0, offset - this.bufferStart, heldEnd - this.bufferStart);
        }
        await (0,byte_source/* readInto */.Pq)(this.source, offset + kept, this.pool.subarray(kept, total));
        this.setBuffer(this.pool.subarray(0, total), offset);
    }
    setBuffer(bytes, start) {
        const data = this.data;
        if (bytes.buffer !== data.buffer || bytes.byteOffset !== data.byteOffset || bytes.byteLength !== data.byteLength) {
            this.data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        }
        this.buffer = bytes;
        this.bufferStart = start;
    }
    /** Records that a reader decoded the bytes before `end` (read from `buffer` directly): read-ahead sizing. */
    markUsed(end) {
        this.readAhead?.markUsed(end);
    }
    /** A view (not a copy) of `length` bytes at `offset`. */
    async view(offset, length) {
        if (!this.has(offset, length))
            await this.load(offset, length);
        return this.slice(offset, length);
    }
    /** `view()` without an await when the window holds the bytes; undefined when they must be loaded. */
    viewInWindow(offset, length) {
        return this.has(offset, length) ? this.slice(offset, length) : undefined;
    }
    /** Up to `length` bytes at `offset`, fewer at the end (for varints near the end). */
    async viewUpTo(offset, length) {
        return this.view(offset, Math.max(0, Math.min(length, this.end - offset)));
    }
    /** `blocks`: the caller holds no view into the window any more, so evicted block buffers may be reused. */
    recycle() {
        this.blocks?.recycleEvicted();
    }
    slice(offset, length) {
        this.markUsed(offset + length);
        const at = offset - this.bufferStart;
        return this.buffer.subarray(at, at + length);
    }
}
/**
 * Adaptive read-ahead. While the reader moves sequentially through metadata, each new window
 * doubles (up to MAX_WINDOW_BYTES); after a jump over a payload the window is sized to the longer
 * of the last two runs of metadata used between jumps (at most MIN_WINDOW_BYTES): tensors in one
 * file look alike, so that reads the next tensor's header up to its payload and not into it.
 */
class ReadAhead {
    nextWindowBytes = MIN_WINDOW_BYTES;
    /** Where the current run (the window loaded after the last jump, and what followed) started. */
    runStart = 0;
    /** End of the furthest byte a reader used. */
    usedEnd = 0;
    lastRun = 0;
    runBefore = 0;
    markUsed(end) {
        if (end > this.usedEnd)
            this.usedEnd = end;
    }
    /** The length to read for a load of `length` bytes at `offset`. */
    next(window, offset, length) {
        const end = window.bufferStart + window.buffer.length;
        const sequential = offset >= window.bufferStart && offset <= end && window.buffer.length > 0;
        if (sequential) {
            this.nextWindowBytes = Math.min(this.nextWindowBytes * 2, MAX_WINDOW_BYTES);
        }
        else {
            this.runBefore = this.lastRun;
            this.lastRun = Math.max(0, this.usedEnd - this.runStart);
            this.runStart = offset;
            const expected = Math.max(this.lastRun, this.runBefore);
            this.nextWindowBytes = expected > 0 ? Math.min(expected, MIN_WINDOW_BYTES) : MIN_WINDOW_BYTES;
        }
        return Math.max(length, Math.min(this.nextWindowBytes, window.size - offset));
    }
}

;// CONCATENATED MODULE: ./src/io/bytes/cursor.ts





/** Longest varint: 10 bytes carry 64 bits. */
const MAX_VARINT_BYTES = 10;
/** What `tryVarint` returns when the window does not hold the whole varint (varints are never negative). */
const NOT_IN_WINDOW = -1;
/**
 * The one way readers decode bytes: a position in a file (`position` is a file offset) read
 * through a Window, bounded by `end` (the file's size, or the end of a message or header).
 *
 * Reads are synchronous over the window's current bytes, the fast path; refilling is explicit and
 * async: `await cursor.ensure(n)` makes the next `n` bytes available (or throws the truncation
 * error), after which `u32()`, `varint()`, `bytes()` and the rest read them without an await. A
 * hot loop checks `has(n)` first and awaits only on a miss. A read of bytes the window does not
 * hold is a programming error (ensure first); a read past `end` is the truncation error.
 *
 * Integers are little-endian unless `littleEndian` is false. 64-bit values come back as exact
 * numbers or the error naming the field (int64.ts); `u64big`/`i64big` give bigints for formats
 * whose 64-bit values are not sizes.
 */
class Cursor {
    window;
    end;
    region;
    position;
    littleEndian = true;
    constructor(window, start = 0, 
    /** File offset one past the last byte this cursor may read (moved only by `restart`). */
    end = window.size, 
    /** What ends at `end`, for the truncation error ('file', 'header', 'message'). */
    region = end === window.size ? window.region : 'data') {
        this.window = window;
        this.end = end;
        this.region = region;
        this.position = start;
    }
    /** A cursor over bytes already in memory, read from file `file` at offset `start`. */
    static over(bytes, file, start = 0, region = 'data') {
        return new Cursor(Window.of(bytes, file, start, region), start);
    }
    /** Points the cursor at `[start, end)` of the same window (a reader reused for many small messages). */
    restart(start, end, region = this.region) {
        this.position = start;
        this.end = end;
        this.region = region;
    }
    get file() {
        return this.window.name;
    }
    get remaining() {
        return this.end - this.position;
    }
    /** Whether the next `n` bytes are in the window (and before `end`): the sync fast path may read them. */
    has(n) {
        return this.position + n <= this.end && this.window.has(this.position, n);
    }
    /** Makes the next `n` bytes available to the synchronous reads; past `end`, the truncation error. */
    async ensure(n) {
        this.need(n);
        if (!this.window.has(this.position, n))
            await this.window.load(this.position, n);
    }
    /** `ensure` of up to `n` bytes, fewer before `end` (for a varint near the end). */
    async ensureUpTo(n) {
        await this.ensure(Math.max(0, Math.min(n, this.end - this.position)));
    }
    /** Throws the truncation error unless `n` more bytes lie before `end`. */
    need(n) {
        if (n < 0 || this.position + n > this.end)
            throw (0,bytes_errors/* truncatedError */.Jw)(this.file, this.position, n, this.end, this.region);
    }
    seek(position) {
        if (!(position >= 0 && position <= this.end)) {
            throw new errors/* FormatError */.IF(this.file, `seek outside the ${this.region} to ${position}`, { offset: this.position });
        }
        this.position = position;
    }
    /** Moves past `n` bytes without reading them (a payload). */
    skip(n) {
        this.need(n);
        this.position += n;
    }
    /** The index in `window.buffer` of the next `n` bytes, which the cursor moves past. */
    take(n) {
        const window = this.window;
        const at = this.position;
        let index = at - window.bufferStart;
        if (index < 0 || index + n > window.buffer.length || at + n > this.end) {
            this.need(n);
            if (!window.has(at, n))
                throw new Error(`Cursor over ${this.file}: ${n} bytes at offset ${at} were not loaded (ensure() first)`);
            index = at - window.bufferStart;
        }
        this.position = at + n;
        return index;
    }
    u8() {
        const index = this.take(1);
        return this.window.buffer[index];
    }
    i8() {
        return this.window.data.getInt8(this.take(1));
    }
    u16() {
        return this.window.data.getUint16(this.take(2), this.littleEndian);
    }
    i16() {
        return this.window.data.getInt16(this.take(2), this.littleEndian);
    }
    u32() {
        return this.window.data.getUint32(this.take(4), this.littleEndian);
    }
    i32() {
        return this.window.data.getInt32(this.take(4), this.littleEndian);
    }
    f32() {
        return this.window.data.getFloat32(this.take(4), this.littleEndian);
    }
    f64() {
        return this.window.data.getFloat64(this.take(8), this.littleEndian);
    }
    /** An unsigned 64-bit size, offset or count as an exact number; past 2^53 the error naming `what`. */
    u64(what) {
        const at = this.position;
        const index = this.take(8);
        const data = this.window.data;
        const low = data.getUint32(index + (this.littleEndian ? 0 : 4), this.littleEndian);
        const high = data.getUint32(index + (this.littleEndian ? 4 : 0), this.littleEndian);
        return (0,int64/* uint64Number */.eZ)(low, high, this.file, what, at);
    }
    /** A signed 64-bit value as an exact number; past ±2^53 the error naming `what`. */
    i64(what) {
        const at = this.position;
        const index = this.take(8);
        const data = this.window.data;
        const low = data.getUint32(index + (this.littleEndian ? 0 : 4), this.littleEndian);
        const high = data.getInt32(index + (this.littleEndian ? 4 : 0), this.littleEndian);
        return (0,int64/* int64Number */.b9)(low, high, this.file, what, at);
    }
    /** An unsigned 64-bit value as a bigint, for values that may legitimately pass 2^53. */
    u64big() {
        return this.window.data.getBigUint64(this.take(8), this.littleEndian);
    }
    /** A signed 64-bit value as a bigint. */
    i64big() {
        return this.window.data.getBigInt64(this.take(8), this.littleEndian);
    }
    /** An unsigned integer of `width` bytes (1, 2, 4 or 8; 8 as u64). */
    uint(width, what) {
        switch (width) {
            case 1:
                return this.u8();
            case 2:
                return this.u16();
            case 4:
                return this.u32();
            case 8:
                return this.u64(what);
            default:
                throw new errors/* FormatError */.IF(this.file, `${what} has a width of ${width} bytes`, { offset: this.position });
        }
    }
    /** `n` raw bytes: a view into the window, valid as long as the window's policy keeps it. */
    bytes(n) {
        const index = this.take(n);
        this.window.markUsed(this.position);
        return this.window.buffer.subarray(index, index + n);
    }
    /** `n` bytes as UTF-8, invalid sequences replaced. */
    utf8(n) {
        return utf8/* UTF8 */.az.decode(this.bytes(n));
    }
    /** `n` bytes as UTF-8, or a FormatError naming `what` when they are not valid UTF-8. */
    strictUtf8(n, what) {
        const at = this.position;
        return (0,utf8/* strictUtf8 */.NR)(this.bytes(n), this.file, what, at);
    }
    /** An unsigned LEB128 varint (protobuf, snappy, SSTable) as an exact number; past 2^53 the error naming `what`. */
    varint(what) {
        const value = this.decodeVarint(what, true);
        if (value === NOT_IN_WINDOW)
            throw new Error(`Cursor over ${this.file}: the varint at ${this.position} was not loaded (ensure() first)`);
        return value;
    }
    /** A zigzag-encoded signed varint (protobuf sint32/sint64). */
    svarint(what) {
        const value = this.varint(what);
        return value % 2 === 0 ? value / 2 : -(value + 1) / 2;
    }
    /**
     * A protobuf `int64` varint as an exact number: two's complement in 64 bits, so a negative value
     * (an unknown dimension, -1) is a 10-byte varint; past ±2^53 the error naming `what`.
     */
    i64Varint(what) {
        const at = this.position;
        const value = this.decodeVarint(what, false);
        if (value === NOT_IN_WINDOW)
            throw new Error(`Cursor over ${this.file}: the varint at ${at} was not loaded (ensure() first)`);
        // Up to 7 bytes (49 bits) the number is exact and positive; longer ones are rare (negatives, huge values).
        const last = this.position - at - 1;
        if (last < 7)
            return value;
        const bits = exactVarint(this.window.buffer, at - this.window.bufferStart, last);
        return (0,int64/* bigintNumber */.nu)(BigInt.asIntN(64, bits), this.file, what, at);
    }
    /** A protobuf `int32` varint: the low 32 bits, signed (a negative int32 is a 10-byte varint, sign-extended). */
    i32Varint(what) {
        const at = this.position;
        const value = this.decodeVarint(what, false);
        if (value === NOT_IN_WINDOW)
            throw new Error(`Cursor over ${this.file}: the varint at ${at} was not loaded (ensure() first)`);
        const last = this.position - at - 1;
        // Below 2^53 `| 0` is exactly the low 32 bits, signed; past it the double is no longer exact.
        if (last < 7)
            return value | 0;
        return Number(BigInt.asIntN(32, exactVarint(this.window.buffer, at - this.window.bufferStart, last)));
    }
    /** `varint()` if the window holds all of it, else NOT_IN_WINDOW (the cursor has not moved: `await ensureUpTo(MAX_VARINT_BYTES)`). */
    tryVarint(what) {
        return this.decodeVarint(what, true);
    }
    /**
     * A protobuf field's varint, whatever it holds: past 2^53 (a negative int64 is a 10-byte varint)
     * the value is approximate, and readers that use it as a size check `Number.isSafeInteger`, naming
     * the field. NOT_IN_WINDOW as `tryVarint`.
     */
    tryFieldVarint(what) {
        return this.decodeVarint(what, false);
    }
    /** The one varint loop. Multiplication, not shifts: JS shifts are 32-bit. */
    decodeVarint(what, exact) {
        const window = this.window;
        const at = this.position;
        // One byte (a tag, a short length): nearly every varint of a metadata walk.
        const first = window.buffer[at - window.bufferStart];
        if (first < 0x80 && at < this.end) {
            this.position = at + 1;
            window.markUsed(at + 1);
            return first;
        }
        const available = Math.min(MAX_VARINT_BYTES, this.end - at);
        if (!window.has(at, Math.min(1, available)))
            return NOT_IN_WINDOW;
        const buffer = window.buffer;
        const base = at - window.bufferStart;
        const inWindow = buffer.length - base;
        let value = 0;
        let scale = 1;
        for (let i = 0; i < available; i++) {
            if (i >= inWindow)
                return NOT_IN_WINDOW;
            const byte = buffer[base + i];
            value += (byte & 0x7f) * scale;
            if (byte < 0x80) {
                if (exact && i >= 7 && value > Number.MAX_SAFE_INTEGER) {
                    throw (0,bytes_errors/* tooLargeError */.SH)(this.file, what, exactVarint(buffer, base, i), at);
                }
                this.position = at + i + 1;
                window.markUsed(this.position);
                return value;
            }
            scale *= 128;
        }
        if (available === MAX_VARINT_BYTES) {
            throw new errors/* FormatError */.IF(this.file, `${what} is a varint longer than ${MAX_VARINT_BYTES} bytes`, {
                offset: at,
                fix: 'The file is corrupt.'
            });
        }
        throw (0,bytes_errors/* truncatedError */.Jw)(this.file, at, available + 1, this.end, this.region);
    }
}
/** The exact value of the varint whose last byte is `buffer[base + last]`, for the error past 2^53. */
function exactVarint(buffer, base, last) {
    let value = 0n;
    for (let i = last; i >= 0; i--)
        value = (value << 7n) | BigInt(buffer[base + i] & 0x7f);
    return value;
}

;// CONCATENATED MODULE: ./src/io/bytes/span-source.ts


/**
 * A ByteSource over a span of another one, e.g. a stored (uncompressed) zip entry read in place:
 * the HDF5 walker sees a `.keras` archive's `model.weights.h5` as a file of its own without it
 * being copied out. Offsets are relative to the span; `bytesRead` is the outer source's count.
 */
class SpanSource {
    outer;
    start;
    size;
    name;
    constructor(outer, start, size, name) {
        this.outer = outer;
        this.start = start;
        this.size = size;
        this.name = name;
        (0,bytes_errors/* checkSpan */.$U)(outer, start, size);
    }
    get bytesRead() {
        return this.outer.bytesRead;
    }
    async read(offset, length) {
        (0,bytes_errors/* checkSpan */.$U)(this, offset, length);
        return this.outer.read(this.start + offset, length);
    }
    async readInto(offset, target) {
        (0,bytes_errors/* checkSpan */.$U)(this, offset, target.length);
        await (0,byte_source/* readInto */.Pq)(this.outer, this.start + offset, target);
    }
    /** The outer source belongs to whoever opened it. */
    async close() { }
}

// EXTERNAL MODULE: ./src/io/bytes/protobuf-wire-type.ts
var protobuf_wire_type = __nccwpck_require__(9944);
;// CONCATENATED MODULE: ./src/io/bytes/protobuf.ts




/**
 * A protobuf wire-format reader over positioned reads, for messages too large to decode whole
 * (an ONNX model with embedded weights is up to 2 GiB of `raw_data`). It walks one message field
 * by field; a length-delimited field is returned as a span (offset, length) that the caller may
 * open as a sub-message, read as a short string, or simply leave: the reader then moves past it
 * without reading its bytes. A whole-message decoder would copy every payload.
 *
 * Wire format (https://protobuf.dev/programming-guides/encoding/): a field is a varint tag
 * `(field_number << 3) | wire_type`, then a value: 0 varint, 1 fixed64, 2 varint length + bytes,
 * 5 fixed32 (3 and 4, the deprecated groups, do not occur in the messages read here).
 */

/**
 * What a field's varint is, in the error for an overlong one: constants, since a name built per
 * field (`length of field ${n}`) was a string conversion and a concatenation for each of millions
 * of fields, for an error that almost never comes.
 */
const FIELD_LENGTH = 'a field length';
const FIELD_VALUE = 'a field value';
class ProtoReader {
    window;
    start;
    end;
    what;
    cursor;
    constructor(window, start, 
    /** File offset one past the message's last byte. */
    end, 
    /** What the message is, for errors (`ModelProto`, `TensorProto 'fc.weight'`). */
    what) {
        this.window = window;
        this.start = start;
        this.end = end;
        this.what = what;
        this.cursor = new Cursor(window, start, end, what);
    }
    /** A ProtoField to be filled by `nextInto` (one per nesting level of a walk, reused for every field). */
    static field() {
        return { field: 0, wireType: 0, offset: 0, length: 0, value: 0 };
    }
    /**
     * Makes this reader walk the length-delimited `field`'s content instead (of a message whose
     * bytes the window holds), so that a walk over many small sub-messages reuses one reader per
     * nesting level rather than allocating one each (bench/README.md, "Sync fast path").
     */
    enter(parent, field, what) {
        parent.expectLen(field, what);
        return this.reset(field.offset, field.offset + field.length, what);
    }
    /** Makes this reader walk the message at `[start, end)` of its window instead, named `what`. */
    reset(start, end, what) {
        this.start = start;
        this.end = end;
        this.what = what;
        this.cursor.restart(start, end, what);
        return this;
    }
    /** File offset of the next field. */
    get position() {
        return this.cursor.position;
    }
    get file() {
        return this.window.name;
    }
    /** Whether the reader has passed the message's last field. */
    get done() {
        return this.cursor.position >= this.end;
    }
    /** The next field, or undefined at the end of the message. The reader has moved past its value. */
    async next() {
        const inWindow = this.nextInWindow();
        if (inWindow !== undefined || this.done)
            return inWindow;
        const cursor = this.cursor;
        const tagAt = cursor.position;
        const tag = await this.varint('tag');
        const field = this.fieldNumber(tag, tagAt);
        const wireType = tag % 8;
        const offset = cursor.position;
        switch (wireType) {
            case protobuf_wire_type/* WireType */.O.VARINT: {
                const value = await this.varint(`field ${field}`);
                return { field, wireType, offset, length: cursor.position - offset, value };
            }
            case protobuf_wire_type/* WireType */.O.LEN:
                return this.lengthDelimited(field, await this.varint(`length of field ${field}`), tagAt);
            default:
                return this.fixed(field, wireType, tagAt);
        }
    }
    /**
     * The next field when the window already holds its tag and varint (nearly always), decoded
     * without an await; undefined at the end of the message or when bytes must be loaded first
     * (the reader has then not moved: call `next()`). Hot loops use
     * `reader.nextInWindow() ?? (await reader.next())`: no await per field (bench/README.md, "Sync fast path").
     */
    nextInWindow() {
        const field = ProtoReader.field();
        return this.nextInWindowInto(field) ? field : undefined;
    }
    /**
     * `nextLoaded()` into `field` (ProtoReader.field()), allocating nothing: false at the end of the
     * message. For walks over millions of fields (an object graph of 10^5 variables).
     */
    nextInto(field) {
        if (this.nextInWindowInto(field))
            return true;
        if (!this.done)
            throw new Error(`ProtoReader over ${this.file}: the field at ${this.position} was not loaded (loadRest() first)`);
        return false;
    }
    /**
     * `nextInWindow()` into `target`: false at the end, or when bytes must be loaded (the reader has
     * not moved: `done` tells which).
     */
    nextInWindowInto(target) {
        const cursor = this.cursor;
        const tagAt = cursor.position;
        if (tagAt >= this.end)
            return false;
        const tag = cursor.tryFieldVarint('tag');
        if (tag === NOT_IN_WINDOW)
            return false;
        // Valid tags are below 2^32 (field numbers below 2^29): 32-bit operations there, exact division past it.
        const field = tag < 8 || tag >= 0x100000000 ? this.fieldNumber(tag, tagAt) : tag >>> 3;
        const wireType = tag % 8;
        const offset = cursor.position;
        target.field = field;
        target.wireType = wireType;
        target.value = 0;
        switch (wireType) {
            case protobuf_wire_type/* WireType */.O.VARINT: {
                const value = cursor.tryFieldVarint(FIELD_VALUE);
                if (value === NOT_IN_WINDOW)
                    break;
                target.offset = offset;
                target.length = cursor.position - offset;
                target.value = value;
                return true;
            }
            case protobuf_wire_type/* WireType */.O.LEN: {
                const length = cursor.tryFieldVarint(FIELD_LENGTH);
                if (length === NOT_IN_WINDOW)
                    break;
                target.offset = cursor.position;
                target.length = length;
                if (length <= this.end - cursor.position)
                    cursor.position += length;
                else
                    this.skipContent(field, length, tagAt);
                return true;
            }
            default:
                target.offset = offset;
                target.length = this.fixed(field, wireType, tagAt).length;
                return true;
        }
        cursor.position = tagAt;
        return false;
    }
    /**
     * The next field of a message whose bytes are all in the window (a `Window.of`, or after
     * `loadRest`), synchronously; undefined at its end.
     */
    nextLoaded() {
        const field = this.nextInWindow();
        if (field === undefined && !this.done) {
            throw new Error(`ProtoReader over ${this.file}: the field at ${this.position} was not loaded (loadRest() first)`);
        }
        return field;
    }
    /** A varint, loading the window first when it does not hold all of it. */
    async varint(what) {
        const value = this.cursor.tryFieldVarint(what);
        if (value !== NOT_IN_WINDOW)
            return value;
        await this.cursor.ensureUpTo(MAX_VARINT_BYTES);
        // The window now holds every byte the varint may use: it decodes, or throws as malformed.
        return this.cursor.tryFieldVarint(what);
    }
    fieldNumber(tag, tagAt) {
        const field = Math.floor(tag / 8);
        if (field === 0)
            throw this.error('field number 0', tagAt);
        return field;
    }
    lengthDelimited(field, length, tagAt) {
        const contentAt = this.cursor.position;
        this.skipContent(field, length, tagAt);
        return { field, wireType: protobuf_wire_type/* WireType */.O.LEN, offset: contentAt, length, value: 0 };
    }
    skipContent(field, length, tagAt) {
        if (!Number.isSafeInteger(length))
            throw this.error(`field ${field} has a length over 2^53`, tagAt);
        this.advance(length, field, tagAt);
    }
    fixed(field, wireType, tagAt) {
        const offset = this.cursor.position;
        if (wireType === protobuf_wire_type/* WireType */.O.FIXED64)
            this.advance(8, field, tagAt);
        else if (wireType === protobuf_wire_type/* WireType */.O.FIXED32)
            this.advance(4, field, tagAt);
        else
            throw this.error(`field ${field} has wire type ${wireType}, which this message never uses`, tagAt);
        return { field, wireType, offset, length: this.cursor.position - offset, value: 0 };
    }
    /**
     * Loads the rest of the message into the window when it is at most `maxBytes`, so that a small
     * message can then be walked with the `*InWindow` calls alone, without an await per field
     * (bench/README.md, "Sync fast path"). False when larger.
     */
    async loadRest(maxBytes) {
        const length = this.end - this.cursor.position;
        if (length > maxBytes)
            return false;
        await this.window.load(this.cursor.position, length);
        return true;
    }
    /**
     * A VARINT field's value as a protobuf `int64`: exact, negatives included (-1, a 10-byte
     * varint), or the error past ±2^53 naming `what`. Read it before the window is loaded again
     * (a longer varint is decoded again from the window's bytes).
     */
    int64(field, what) {
        this.expectVarint(field, what);
        if (field.length < 8)
            return field.value;
        return this.cursorOver(field).i64Varint(`${what} in ${this.what}`);
    }
    /** A VARINT field's value as a protobuf `int32` (or enum): its low 32 bits, signed. As `int64` for the window. */
    int32(field, what) {
        this.expectVarint(field, what);
        if (field.length < 8)
            return field.value | 0;
        return this.cursorOver(field).i32Varint(`${what} in ${this.what}`);
    }
    cursorOver(field) {
        return new Cursor(this.window, field.offset, field.offset + field.length, this.what);
    }
    expectVarint(field, what) {
        if (field.wireType !== protobuf_wire_type/* WireType */.O.VARINT) {
            throw new errors/* FormatError */.IF(this.file, `${what} in ${this.what} has wire type ${field.wireType}, expected a varint`, {
                offset: field.offset,
                fix: 'The file is not a valid protobuf of this kind, or is corrupt.'
            });
        }
    }
    /** A reader over a length-delimited field's content. */
    message(field, what) {
        this.expectLen(field, what);
        return new ProtoReader(this.window, field.offset, field.offset + field.length, what);
    }
    /** A length-delimited field's content as UTF-8, refusing strings over `maxBytes` before reading them. */
    async string(field, maxBytes, what) {
        return utf8/* UTF8 */.az.decode(await this.bytes(field, maxBytes, what));
    }
    /** `string()` without an await when the window holds the bytes; undefined when they must be loaded. */
    stringInWindow(field, maxBytes, what) {
        const bytes = this.bytesInWindow(field, maxBytes, what);
        return bytes && utf8/* UTF8 */.az.decode(bytes);
    }
    /** `stringInWindow()` refusing invalid UTF-8 (proto3 `string` fields) with the error naming `what`. */
    strictStringInWindow(field, maxBytes, what) {
        const bytes = this.bytesInWindow(field, maxBytes, what);
        return bytes && (0,utf8/* strictUtf8 */.NR)(bytes, this.file, `${what} in ${this.what}`, field.offset);
    }
    /** A length-delimited field's content (a view into the read window), up to `maxBytes`. */
    async bytes(field, maxBytes, what) {
        this.checkBytes(field, maxBytes, what);
        return this.window.view(field.offset, field.length);
    }
    /** `bytes()` without an await when the window holds them; undefined when they must be loaded. */
    bytesInWindow(field, maxBytes, what) {
        this.checkBytes(field, maxBytes, what);
        return this.window.viewInWindow(field.offset, field.length);
    }
    checkBytes(field, maxBytes, what) {
        this.expectLen(field, what);
        if (field.length > maxBytes) {
            throw new errors/* FormatError */.IF(this.file, `${what} in ${this.what} is ${field.length} bytes, over the ${maxBytes}-byte limit`, {
                offset: field.offset,
                fix: 'The file is corrupt or hostile.'
            });
        }
    }
    /** Packed repeated varints (e.g. `TensorProto.dims`), at most `maxCount` of them. */
    async packedVarints(field, maxCount, what) {
        await this.bytes(field, maxCount * MAX_VARINT_BYTES, what);
        return this.decodePackedVarints(field, maxCount, what);
    }
    /** `packedVarints()` without an await when the window holds them; undefined when they must be loaded. */
    packedVarintsInWindow(field, maxCount, what) {
        const bytes = this.bytesInWindow(field, maxCount * MAX_VARINT_BYTES, what);
        return bytes && this.decodePackedVarints(field, maxCount, what);
    }
    /** The packed varints of a field the window holds, approximate past 2^53 like a VARINT field's value. */
    decodePackedVarints(field, maxCount, what) {
        const values = [];
        const cursor = new Cursor(this.window, field.offset, field.offset + field.length, `${what} in ${this.what}`);
        while (cursor.position < cursor.end) {
            if (values.length >= maxCount) {
                throw new errors/* FormatError */.IF(this.file, `${what} in ${this.what} has more than ${maxCount} values`, { offset: field.offset });
            }
            values.push(cursor.tryFieldVarint(what));
        }
        return values;
    }
    expectLen(field, what) {
        if (field.wireType !== protobuf_wire_type/* WireType */.O.LEN) {
            throw new errors/* FormatError */.IF(this.file, `${what} in ${this.what} has wire type ${field.wireType}, expected length-delimited`, {
                offset: field.offset,
                fix: 'The file is not a valid protobuf of this kind, or is corrupt.'
            });
        }
    }
    advance(length, field, tagAt) {
        const cursor = this.cursor;
        if (cursor.position + length > this.end) {
            throw this.error(`field ${field} claims ${length} bytes, beyond the end of the message at byte ${this.end}`, tagAt);
        }
        cursor.position += length;
    }
    error(what, offset) {
        return new errors/* FormatError */.IF(this.file, `invalid protobuf in ${this.what}: ${what}`, {
            offset,
            fix: 'The file is truncated or corrupt; re-export it.'
        });
    }
}

;// CONCATENATED MODULE: ./src/io/bytes/release-buffer.ts
/**
 * Frees an ArrayBuffer's memory now rather than at the next full collection. A buffer that lived
 * through a long parse (a 10 MB pickle or safetensors header, a zip directory's columns) is in the
 * old generation by the end of it, and V8 runs no full collection before a short process exits:
 * merely dropped, it stayed in memory to the end, beside what the reader built next. Transferring it
 * (structuredClone's `transfer`) detaches it, and moves its memory to a clone that is dropped at
 * once and freed by the next young-generation collection. Every view of the buffer becomes empty,
 * so only a buffer nothing reads any more may be released. Small buffers are left to the
 * collector (not worth the call); buffers that cannot be transferred (a SharedArrayBuffer, a
 * Node Buffer's pool) are left alone.
 */
function releaseArrayBuffer(buffer) {
    if (!(buffer instanceof ArrayBuffer) || buffer.byteLength < RELEASE_MIN_BYTES)
        return;
    try {
        structuredClone(buffer, { transfer: [buffer] });
    }
    catch {
        // Not transferable (detached already, or not detachable): the collector frees it.
    }
}
/** Buffers smaller than this are left to the garbage collector (young, or not worth the call). */
const RELEASE_MIN_BYTES = 64 * 1024;

;// CONCATENATED MODULE: ./src/io/bytes/name-index.ts


/** Probe steps before the index gives up its table for a Map (a half-full table averages ~1.5). */
const MAX_NAME_PROBES = 64;
/** Fewer names than this are indexed by a Map from the start (bench/README.md, "Name index"). */
const MIN_TABLE_NAMES = 4096;
/**
 * Positions by name, as a Map would find them (a name given twice is its later position), for the
 * large name lookups of a read: a zip archive's entries, a TF bundle's variables (looked up by
 * checkpoint keys straight from their UTF-8 bytes, and by slot prefixes as strings).
 *
 * An open-addressing table of positions (one Int32Array, at most half full), hashed with FNV-1a
 * over a name's UTF-8 bytes, a candidate confirmed by comparing its name; do not replace it with a
 * Map of decoded names (bench/README.md, "Name index"). Names crafted to collide (the hash is not
 * keyed) could make every probe long: past MAX_NAME_PROBES steps the index gives up the table for
 * a Map, whose hash V8 seeds.
 */
class NameIndex {
    count;
    nameAt;
    slots;
    mask;
    fallback;
    constructor(count, 
    /** The name at a position (0 ≤ position < count). */
    nameAt) {
        this.count = count;
        this.nameAt = nameAt;
        let size = 16;
        while (size < count * 2)
            size *= 2;
        this.mask = size - 1;
        // A small set gets the Map (bench/README.md, "Name index").
        if (count < MIN_TABLE_NAMES) {
            this.slots = new Int32Array(0);
            this.fallback = this.mapOfAll();
            return;
        }
        this.slots = new Int32Array(size);
        for (let i = 0; i < count; i++) {
            const slot = this.slotOf(nameAt(i));
            if (slot < 0) {
                this.slots = new Int32Array(0);
                this.fallback = this.mapOfAll();
                return;
            }
            this.slots[slot] = i + 1;
        }
    }
    /** An index of `names` by their own position. */
    static of(names) {
        return new NameIndex(names.length, (i) => names[i]);
    }
    /** Whether crafted (or unlucky) names made the index fall back to a Map. */
    get usesMap() {
        return this.fallback !== undefined;
    }
    /** The position of (the last) `name`, or undefined. */
    get(name) {
        if (this.fallback)
            return this.fallback.get(name);
        const slot = this.slotOf(name);
        const found = slot < 0 ? 0 : this.slots[slot];
        return found === 0 ? undefined : found - 1;
    }
    /** `get`, with -1 for none. */
    position(name) {
        return this.get(name) ?? -1;
    }
    /** The position of the name whose UTF-8 encoding is `bytes[start..end)`, -1 if none; no string is built for the table. */
    positionOfUtf8(bytes, start, end) {
        if (this.fallback) {
            let name;
            try {
                name = utf8/* STRICT_UTF8 */.Op.decode(bytes.subarray(start, end));
            }
            catch {
                return -1; // not UTF-8: no name is encoded by these bytes
            }
            return this.fallback.get(name) ?? -1;
        }
        let slot = hashBytes(FNV_OFFSET, bytes, start, end) & this.mask;
        for (let probe = 0; probe < MAX_NAME_PROBES; probe++) {
            const found = this.slots[slot];
            if (found === 0)
                return -1;
            if (encodes(bytes, start, end, this.nameAt(found - 1)))
                return found - 1;
            slot = (slot + 1) & this.mask;
        }
        return -1; // every name sits within MAX_NAME_PROBES of its hash (the constructor checked)
    }
    /**
     * A lookup of `folder + key` for many keys under one folder, without building the joined names
     * (a torch archive looks up one `archive/data/<key>` per storage): the folder's hash is computed once.
     */
    inFolder(folder) {
        const fallback = this.fallback;
        if (fallback)
            return (key) => fallback.get(folder + key);
        const folderHash = hashString(FNV_OFFSET, folder);
        return (key) => {
            const length = folder.length + key.length;
            let slot = hashString(folderHash, key) & this.mask;
            for (let probe = 0; probe < MAX_NAME_PROBES; probe++) {
                const found = this.slots[slot];
                if (found === 0)
                    return undefined;
                // The key first: names in one folder differ there.
                const name = this.nameAt(found - 1);
                if (name.length === length && name.endsWith(key) && name.startsWith(folder))
                    return found - 1;
                slot = (slot + 1) & this.mask;
            }
            return undefined;
        };
    }
    /** Frees the table now (a large archive's, once its lookups are done); the index finds nothing afterwards. */
    release() {
        releaseArrayBuffer(this.slots.buffer);
        this.slots = new Int32Array(0);
        this.fallback = new Map();
    }
    /** The slot holding `name`, or the empty slot where it would go; -1 after too many steps. */
    slotOf(name) {
        let slot = hashString(FNV_OFFSET, name) & this.mask;
        for (let probe = 0; probe < MAX_NAME_PROBES; probe++) {
            const found = this.slots[slot];
            if (found === 0 || this.nameAt(found - 1) === name)
                return slot;
            slot = (slot + 1) & this.mask;
        }
        return -1;
    }
    mapOfAll() {
        const map = new Map();
        for (let i = 0; i < this.count; i++)
            map.set(this.nameAt(i), i);
        return map;
    }
}
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
const UTF8_ENCODER = new TextEncoder();
/** FNV-1a (https://datatracker.ietf.org/doc/html/draft-eastlake-fnv) of `bytes[start..end)`, continuing `hash`. */
function hashBytes(hash, bytes, start, end) {
    for (let i = start; i < end; i++)
        hash = Math.imul(hash ^ bytes[i], FNV_PRIME);
    return hash;
}
/** FNV-1a of the UTF-8 bytes `bytes[start..end)` from the start: what SharedNames-like caches key on. */
function hashUtf8(bytes, start, end) {
    return hashBytes(FNV_OFFSET, bytes, start, end);
}
/**
 * `hashBytes` of the UTF-8 encoding of `text`, continuing `hash`: its char codes when they are
 * all ASCII (names nearly always are). The loop tests for other characters once, at its end: a
 * test per character made it twice as slow over every character of 10^5 names.
 */
function hashString(hash, text) {
    const start = hash;
    let bits = 0;
    const length = text.length;
    for (let i = 0; i < length; i++) {
        const code = text.charCodeAt(i);
        bits |= code;
        hash = Math.imul(hash ^ code, FNV_PRIME);
    }
    if (bits < 0x80)
        return hash;
    const encoded = UTF8_ENCODER.encode(text);
    return hashBytes(start, encoded, 0, encoded.length);
}
/** Whether `bytes[start..end)` is the ASCII encoding of `text` (false for any other character). */
function isAscii(text, bytes, start, end) {
    const length = text.length;
    if (length !== end - start)
        return false;
    let bits = 0;
    for (let i = 0; i < length; i++) {
        const byte = bytes[start + i];
        if (text.charCodeAt(i) !== byte)
            return false;
        bits |= byte;
    }
    return bits < 0x80;
}
/** Whether `bytes[start..end)` is the UTF-8 encoding of `text`. */
function encodes(bytes, start, end, text) {
    if (isAscii(text, bytes, start, end))
        return true;
    // Only names with other characters go further (rare): compared as encoded bytes.
    if (!/[^\x00-\x7f]/.test(text))
        return false;
    const encoded = UTF8_ENCODER.encode(text);
    if (encoded.length !== end - start)
        return false;
    for (let i = 0; i < encoded.length; i++)
        if (encoded[i] !== bytes[start + i])
            return false;
    return true;
}

;// CONCATENATED MODULE: ./src/io/bytes/shape-interner.ts
/**
 * One array per distinct tensor shape, for readers that keep a shape per tensor (a checkpoint's
 * tensors repeat a few shapes, and each is kept to the end of the analysis). Nothing mutates a
 * shape once a reader has listed it. Measured in bench/README.md, "Shape interning".
 *
 * Shapes are found by a trie on their sizes, dimension by dimension. `internFrom` walks
 * the trie from sizes still in the file's bytes, so a known shape costs no array at all (HDF5's
 * dataspaces). Bounded: past `maxNodes` nodes, new shapes are returned unshared.
 */
class ShapeInterner {
    maxNodes;
    root = new ShapeNode();
    nodes = 0;
    constructor(maxNodes = MAX_SHAPE_NODES) {
        this.maxNodes = maxNodes;
    }
    /** The shared array equal to `shape` (`shape` itself the first time it is seen). */
    intern(shape) {
        const node = this.find(shape.length, shape, dimOfArray);
        if (node === undefined)
            return shape;
        return (node.shape ??= shape);
    }
    /**
     * The shared shape whose `rank` sizes `dimAt(source, i)` gives, built (from the same calls) only
     * when it is new. `dimAt` may throw (a size past 2^53): nothing is then interned.
     */
    internFrom(rank, source, dimAt) {
        const node = this.find(rank, source, dimAt);
        if (node?.shape !== undefined)
            return node.shape;
        const shape = new Array(rank);
        for (let i = 0; i < rank; i++)
            shape[i] = dimAt(source, i);
        if (node !== undefined)
            node.shape = shape;
        return shape;
    }
    /** The trie node of the sizes, created as needed; undefined past the bound. */
    find(rank, source, dimAt) {
        let node = this.root;
        for (let i = 0; i < rank; i++) {
            const size = dimAt(source, i);
            let next = node.next.get(size);
            if (next === undefined) {
                if (this.nodes >= this.maxNodes)
                    return undefined;
                next = new ShapeNode();
                node.next.set(size, next);
                this.nodes++;
            }
            node = next;
        }
        return node;
    }
}
class ShapeNode {
    /** The shared array of the shape whose sizes lead here. */
    shape = undefined;
    /** Longer shapes, by their next size. */
    next = new Map();
}
/** Trie nodes per interner: 10,000 distinct sizes on the paths of the shapes seen. */
const MAX_SHAPE_NODES = 10_000;
function dimOfArray(shape, i) {
    return shape[i];
}

;// CONCATENATED MODULE: ./src/io/bytes/index.ts
/**
 * The byte layer: the one way readers touch bytes (issue 17). A ByteSource (io/byte-source.ts) is
 * read through a Window (one type; its policy says how it refills), decoded by a Cursor
 * (synchronous reads over the window, explicit async `ensure`), with one truncation error, one
 * policy for 64-bit values past 2^53, one varint loop and one pair of UTF-8 decoders.
 */













/***/ }),

/***/ 3707:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A8: () => (/* binding */ uint64At),
/* harmony export */   b9: () => (/* binding */ int64Number),
/* harmony export */   eZ: () => (/* binding */ uint64Number),
/* harmony export */   nu: () => (/* binding */ bigintNumber)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2533);

/**
 * The one conversion of 64-bit values to numbers. Every reader goes through these (directly, or
 * through Cursor and the varint decoder), so a value past 2^53 is the same error everywhere.
 */
const TWO_POW_32 = 2 ** 32;
/** A high half at or past this (2^21) puts an unsigned value past 2^53. */
const HIGH_LIMIT = 2 ** 21;
/** An unsigned 64-bit value from its 32-bit halves, as an exact number; past 2^53 the error naming `what`. */
function uint64Number(low, high, file, what, offset) {
    if (high >= HIGH_LIMIT)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .tooLargeError */ .SH)(file, what, (BigInt(high) << 32n) | BigInt(low), offset);
    return high * TWO_POW_32 + low;
}
/** A signed 64-bit value from its halves (`high` signed, `low` unsigned), exact, or the error past ±2^53. */
function int64Number(low, high, file, what, offset) {
    const value = high * TWO_POW_32 + low;
    if (high >= HIGH_LIMIT || high < -HIGH_LIMIT || !Number.isSafeInteger(value)) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .tooLargeError */ .SH)(file, what, BigInt.asIntN(64, (BigInt(high >>> 0) << 32n) | BigInt(low)), offset);
    }
    return value;
}
/** A bigint as an exact number, or the error naming `what` when it is past ±2^53. */
function bigintNumber(value, file, what, offset) {
    if (value > MAX_SAFE || value < -MAX_SAFE)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .tooLargeError */ .SH)(file, what, value, offset);
    return Number(value);
}
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
/** The unsigned 64-bit value at `bytes[at]` as an exact number (see uint64Number), for code that holds bytes, not a Cursor. */
function uint64At(bytes, at, file, what, littleEndian = true) {
    const view = new DataView(bytes.buffer, bytes.byteOffset + at, 8);
    const low = view.getUint32(littleEndian ? 0 : 4, littleEndian);
    const high = view.getUint32(littleEndian ? 4 : 0, littleEndian);
    return uint64Number(low, high, file, what, at);
}


/***/ }),

/***/ 9944:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ WireType)
/* harmony export */ });
/**
 * Protobuf wire types (https://protobuf.dev/programming-guides/encoding/), the low three bits of
 * a field's tag. A module of their own so that the ONNX sniffer, which the CLI always loads, can
 * name them without loading the wire reader (protobuf.ts), which only readers need.
 */
const WireType = { VARINT: 0, FIXED64: 1, LEN: 2, FIXED32: 5 };


/***/ }),

/***/ 1217:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   As: () => (/* binding */ utf8),
/* harmony export */   NR: () => (/* binding */ strictUtf8),
/* harmony export */   Op: () => (/* binding */ STRICT_UTF8),
/* harmony export */   az: () => (/* binding */ UTF8),
/* harmony export */   w$: () => (/* binding */ LATIN1)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);

/**
 * The two UTF-8 decoders every reader shares. Lenient replaces invalid sequences (names shown in
 * a report); strict refuses them, for formats whose strings must be valid (JSON headers, proto3
 * strings), so that a corrupt name is an error rather than a silently different key.
 */
const UTF8 = new TextDecoder('utf-8');
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });
/** Latin-1 (each byte one character): .npy v1/v2 headers, pickle protocol-0/1 strings, zip names without the UTF-8 flag. */
const LATIN1 = new TextDecoder('latin1');
/** `bytes` as UTF-8, invalid sequences replaced. */
function utf8(bytes) {
    return UTF8.decode(bytes);
}
/** `bytes` as UTF-8, or a FormatError naming `what` when they are not valid UTF-8. */
function strictUtf8(bytes, file, what, offset) {
    try {
        return STRICT_UTF8.decode(bytes);
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FormatError */ .IF(file, `${what} is not valid UTF-8`, { offset, fix: 'The file is corrupt.' });
    }
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
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);
/* harmony import */ var _byte_source_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2940);


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
/**
 * The memory adapter of the port, beside the disk (DiskFiles) and a git commit (GitTreeFiles):
 * checkpoint files held as bytes by path. The fuzzer (fuzz/) and the tests read crafted bytes
 * through it exactly as the CLI reads a disk, and a caller that already holds a file's bytes can
 * measure them without writing them out.
 */
class MemoryFiles {
    files;
    sources = [];
    constructor(files) {
        this.files = files;
    }
    /** Bytes read so far through every file this opened (as DiskFiles.bytesRead). */
    get bytesRead() {
        return this.sources.reduce((sum, source) => sum + source.bytesRead, 0);
    }
    async open(path) {
        const bytes = this.files.get(path);
        if (!bytes)
            throw new MissingFileError(path);
        const source = new BufferByteSource(path, bytes);
        this.sources.push(source);
        return source;
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

/***/ 7336:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ isInside),
/* harmony export */   t: () => (/* binding */ NOT_SEARCHED_DIRS)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/**
 * True when `path` is `root` or below it (both absolute and normalised). The one check behind
 * every "does not leave the workspace" rule: the CLI's walk, the action's globbing, baselines.
 */
function isInside(root, path) {
    return path === root || path.startsWith(root.endsWith(node_path__WEBPACK_IMPORTED_MODULE_0__.sep) ? root : root + node_path__WEBPACK_IMPORTED_MODULE_0__.sep);
}
/**
 * Directories that hold version-control internals, dependencies or caches, never a user's own
 * checkpoint, though they can be full of files named like one (`*.bin` in `node_modules`, test
 * models in a `.venv`'s site-packages). The CLI's walk does not enter them unless named; the
 * action's default `path` globs exclude them (action.yml; a test keeps the two in step).
 */
const NOT_SEARCHED_DIRS = ['.git', '.hg', '.svn', 'node_modules', '.venv', '__pycache__'];


/***/ }),

/***/ 3245:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ isRemotePath),
/* harmony export */   d: () => (/* binding */ parseRemotePath)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);

const REMOTE = /^(s3|gs|hf|https?):\/\//i;
/** Whether a path names a remote location (anything else is a workspace path). */
function isRemotePath(path) {
    return REMOTE.test(path);
}
/** Parses a remote path; throws a ConfigError saying the expected form. */
function parseRemotePath(text) {
    const scheme = REMOTE.exec(text)?.[1].toLowerCase();
    const rest = text.replace(REMOTE, '');
    if (scheme === 'http' || scheme === 'https')
        return { scheme: 'https', url: text };
    if (scheme === 's3' || scheme === 'gs') {
        const slash = rest.indexOf('/');
        const bucket = slash < 0 ? rest : rest.slice(0, slash);
        if (bucket === '')
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`'${text}' names no bucket: write ${scheme}://BUCKET/KEY or ${scheme}://BUCKET/PREFIX/.`);
        return { scheme, bucket, key: slash < 0 ? '' : rest.slice(slash + 1) };
    }
    if (scheme === 'hf')
        return parseHubPath(text, rest);
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`'${text}' is not a remote path: use s3://, gs://, hf:// or https://.`);
}
/** `hf://org/model@rev/dir/file`, `hf://datasets/org/data/file` (huggingface_hub's HfFileSystem form). */
function parseHubPath(text, rest) {
    const segments = rest.split('/');
    let repoType = 'model';
    if (segments[0] === 'datasets' || segments[0] === 'spaces')
        repoType = segments.shift() === 'datasets' ? 'dataset' : 'space';
    if (segments.length < 2 || segments[0] === '' || segments[1] === '') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`'${text}' names no repository: write hf://ORG/MODEL[@REVISION][/PATH] (e.g. hf://openai-community/gpt2@main/model.safetensors).`);
    }
    const [name, revision] = splitRevision(segments[1]);
    return {
        scheme: 'hf',
        repoType,
        repo: `${segments[0]}/${name}`,
        revision: revision ?? 'main',
        revisionGiven: revision !== undefined,
        path: segments.slice(2).join('/').replace(/\/$/, '')
    };
}
/** `gpt2@refs%2Fpr%2F1` → gpt2 and `refs/pr/1`. */
function splitRevision(segment) {
    const at = segment.indexOf('@');
    return at < 0 ? [segment, undefined] : [segment.slice(0, at), decodeURIComponent(segment.slice(at + 1))];
}


/***/ }),

/***/ 4148:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ transferSince),
/* harmony export */   o: () => (/* binding */ TRANSFER)
/* harmony export */ });
/**
 * Requests made and body bytes received by every remote read of this process (redirect hops and
 * retries included): the report's `transfer` and the CLI's MODEL_SIZE_BUDGET_STATS line.
 */
const TRANSFER = { requests: 0, bytes: 0 };
/** What was transferred since `before` (a copy of TRANSFER taken earlier). */
function transferSince(before) {
    return { requests: TRANSFER.requests - before.requests, bytes: TRANSFER.bytes - before.bytes };
}


/***/ }),

/***/ 5923:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ walk),
/* harmony export */   q: () => (/* binding */ walkFinder)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_limits_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6419);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7336);




/** Entered only when named as a path: VCS internals, dependency trees and caches (see paths.ts). */
const SKIPPED_DIRS = new Set(_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .NOT_SEARCHED_DIRS */ .t);
/** The FileFinder adapter of the CLI and library: named paths under `root`, walked. */
function walkFinder(root) {
    return { find: (paths) => walk(root, paths) };
}
/**
 * Lists the files under `paths` (files or directories, searched recursively) without opening
 * any of them. Symlinks are followed only when they resolve inside `root`: a checkout cannot make
 * the tool read `/etc` or a sibling directory through a link.
 *
 * The file system calls are synchronous (see FileByteSource): the walk is the only thing the
 * process does, and each call through the thread pool would cost a round trip.
 */
async function walk(root, paths) {
    const rootReal = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(root);
    const result = { files: [], named: [], skipped: [] };
    let visited = 0;
    const toPosix = (abs) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, abs).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/') || '.';
    const visit = (abs, explicit) => {
        if (++visited > _core_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_WALKED_ENTRIES */ .N0) {
            if (visited === _core_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_WALKED_ENTRIES */ .N0 + 1) {
                result.skipped.push({ path: toPosix(abs), reason: `more than ${_core_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_WALKED_ENTRIES */ .N0} entries; the rest was not searched` });
            }
            return;
        }
        let info;
        try {
            info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(abs);
        }
        catch {
            result.skipped.push({ path: toPosix(abs), reason: 'no such file or directory' });
            return;
        }
        if (info.isSymbolicLink()) {
            let target;
            try {
                target = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(abs);
            }
            catch {
                result.skipped.push({ path: toPosix(abs), reason: 'broken symbolic link' });
                return;
            }
            if (!explicit && !(0,_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .isInside */ .F)(rootReal, target)) {
                result.skipped.push({ path: toPosix(abs), reason: 'symbolic link to a path outside the searched root; not followed' });
                return;
            }
            info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(target);
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
            const name = abs.slice(abs.lastIndexOf(node_path__WEBPACK_IMPORTED_MODULE_1__.sep) + 1);
            if (!explicit && SKIPPED_DIRS.has(name))
                return;
            const entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(abs).sort();
            for (const entry of entries)
                visit((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(abs, entry), false);
        }
    };
    for (const path of paths)
        visit((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, path), true);
    result.files = [...new Set(result.files)].sort();
    result.named = [...new Set(result.named)].sort();
    return result;
}


/***/ }),

/***/ 8685:
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
// EXTERNAL MODULE: ./src/formats/kit/choose-reader.ts
var choose_reader = __nccwpck_require__(4368);
// EXTERNAL MODULE: ./src/formats/index.ts + 1 modules
var formats = __nccwpck_require__(6955);
// EXTERNAL MODULE: ./src/io/checkpoint-files.ts
var checkpoint_files = __nccwpck_require__(9366);
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

;// CONCATENATED MODULE: ./src/pipeline/duplicates.ts

/*
 * The `duplicates:` rule's scan (issue 14): tensors stored twice, such as tied embeddings saved
 * untied or a second copy of the model under another key. Candidates come from metadata alone
 * (same dtype, shape and stored size; a storage shared by several tensors is one tensor, not a
 * copy); only then is content read, and only a little: three samples of 64 bytes per tensor, for
 * at most MAX_DUPLICATE_GROUPS_SAMPLED groups of MAX_DUPLICATE_TENSORS_SAMPLED tensors. So the
 * cost never grows with the payload. Sampling can call two tensors equal that differ between the
 * samples; two copies of one tensor always match, and a real model's distinct weights of one
 * shape differ at their first bytes.
 */
/** Groups of tensors of one checkpoint whose samples are equal; largest copies first. */
async function findDuplicates(result, files) {
    const present = new Set(result.files.filter((file) => file.present).map((file) => file.path));
    const candidates = new Map();
    const seenStorages = new Set();
    const seenSpans = new Set();
    for (const tensor of result.tensors) {
        if (tensor.byteLength < limits/* MIN_DUPLICATE_TENSOR_BYTES */.pD || !present.has(tensor.file))
            continue;
        // One storage seen through several names (PyTorch tied weights) is stored once: no copy.
        if (tensor.storageKey !== undefined) {
            if (seenStorages.has(tensor.storageKey))
                continue;
            seenStorages.add(tensor.storageKey);
        }
        const span = `${tensor.file}\u0000${tensor.offset}`;
        if (seenSpans.has(span))
            continue;
        seenSpans.add(span);
        const key = `${tensor.dtype}\u0000${tensor.shape.join(',')}\u0000${tensor.byteLength}`;
        const group = candidates.get(key);
        if (group)
            group.push(tensor);
        else
            candidates.set(key, [tensor]);
    }
    const groups = [...candidates.values()]
        .filter((group) => group.length > 1)
        .sort((a, b) => b[0].byteLength - a[0].byteLength)
        .slice(0, limits/* MAX_DUPLICATE_GROUPS_SAMPLED */.BE);
    if (groups.length === 0)
        return [];
    const sources = new Map();
    const open = async (path) => {
        let source = sources.get(path);
        if (!source)
            sources.set(path, (source = await files.open(path)));
        return source;
    };
    const found = [];
    try {
        for (const group of groups) {
            const bySample = new Map();
            for (const tensor of group.slice(0, limits/* MAX_DUPLICATE_TENSORS_SAMPLED */.Z1)) {
                const sample = await sampleOf(await open(tensor.file), tensor);
                if (sample === undefined)
                    continue;
                const same = bySample.get(sample);
                if (same)
                    same.push(tensor);
                else
                    bySample.set(sample, [tensor]);
            }
            for (const copies of bySample.values()) {
                if (copies.length < 2)
                    continue;
                const [first] = copies;
                found.push({ dtype: first.dtype, shape: [...first.shape], bytes: first.byteLength, tensors: copies.map((tensor) => tensor.name) });
            }
        }
    }
    finally {
        await Promise.all([...sources.values()].map((source) => source.close()));
    }
    return found;
}
/**
 * The tensor's start, middle and end bytes as one string; undefined when they are one byte value
 * repeated (zeros, ones of a fresh norm, a LoRA B matrix before training): equal by
 * initialisation, not copies anyone saved twice.
 */
async function sampleOf(source, tensor) {
    const length = limits/* DUPLICATE_SAMPLE_BYTES */.tu;
    const last = tensor.byteLength - length;
    const offsets = [0, Math.floor(last / 2), last];
    let text = '';
    let constant = true;
    let first;
    for (const offset of offsets) {
        const bytes = await source.read(tensor.offset + offset, length);
        for (const byte of bytes) {
            first ??= byte;
            if (byte !== first)
                constant = false;
            text += String.fromCharCode(byte);
        }
    }
    return constant ? undefined : text;
}

;// CONCATENATED MODULE: ./src/pipeline/measure.ts







/**
 * The pipeline shared by the CLI, the action and the baselines: from a list of files to a report.
 * Files no reader's name filter accepts are never opened. Each checkpoint that cannot be read
 * becomes an entry in `report.errors`, and the others are still reported.
 */
async function measure(paths, files, options = {}) {
    const readers = options.readers ?? formats/* READERS */.Hk;
    const errors = [];
    const claimed = [];
    const unrecognised = [];
    const namedPaths = new Set(options.named);
    let handled = 0;
    for (const path of [...new Set(paths)].sort()) {
        const nameMatches = readers.filter((reader) => reader.matchesName(path));
        if (nameMatches.length === 0 && !namedPaths.has(path))
            continue;
        if (++handled % FILES_PER_TURN === 0)
            await nextTurn();
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
        if (++handled % FILES_PER_TURN === 0)
            await nextTurn();
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
    const latest = new Set(analysed.filter((checkpoint) => checkpoint.markedLatest).map((checkpoint) => checkpoint.name));
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
/**
 * Files sniffed or read between two turns of the event loop. Reads from the disk are synchronous
 * (see FileByteSource), so a measure of 1,000 files would otherwise hold the process for its whole
 * length: the action reads the base commit from git and calls the API beside the head's measure
 * (action/measure-mode.ts), and those answers wait for a turn.
 */
const FILES_PER_TURN = 16;
function nextTurn() {
    return new Promise((resolve) => setImmediate(resolve));
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
    const latest = result.latest ? { markedLatest: true } : {};
    let report;
    try {
        report = (0,analyze/* analyzeCheckpoint */.Bm)(result, { id: result.name, top: options.top, dtypes: options.dtypes });
    }
    catch (error) {
        return { name: result.name, ...latest, error };
    }
    // After the analysis, which checked every span against its file.
    if (options.duplicates)
        report.duplicates = await findDuplicates(result, files);
    return { name: result.name, ...latest, report };
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
function toReportError(path, error) {
    if (error instanceof core_errors/* ModelSizeBudgetError */.cX)
        return { path, kind: error.name, message: error.message };
    const code = error?.code;
    if (code === 'ENOENT')
        return toReportError(path, new core_errors/* MissingFileError */.Hb(path));
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

/***/ 5655:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S5: () => (/* binding */ renderText),
/* harmony export */   a$: () => (/* binding */ renderErrors),
/* harmony export */   rP: () => (/* binding */ renderVerdictText)
/* harmony export */ });
/* unused harmony export terminalSafe */
/* harmony import */ var _core_budget_status_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(8273);
/* harmony import */ var _core_outcome_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9411);
/* harmony import */ var _core_format_bytes_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7586);
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3054);
/* harmony import */ var _skipped_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6078);





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
        blocks.push(`total   ${(0,_core_format_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(report.total.bytes.total)} in ${report.checkpoints.length} checkpoints`);
    }
    if (report.checkpoints.length === 0 && report.errors.length === 0) {
        blocks.push('No checkpoints found.');
    }
    const skipped = (0,_skipped_js__WEBPACK_IMPORTED_MODULE_2__/* .skippedNote */ .d)(report, (path) => path);
    if (skipped)
        blocks.push(`note: ${terminalSafe(skipped)}`);
    return blocks.join('\n\n') + '\n';
}
function renderCheckpoint(checkpoint) {
    const title = checkpoint.latest ? `${checkpoint.id} (latest)` : checkpoint.id;
    const lines = [`${title}   ${checkpoint.format}   ${(0,_core_format_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(checkpoint.bytes.total)}`];
    const rows = _core_types_js__WEBPACK_IMPORTED_MODULE_3__/* .CATEGORIES */ .R.filter((category) => checkpoint.bytes[category] > 0).map((category) => {
        const bytes = checkpoint.bytes[category];
        const share = checkpoint.bytes.total > 0 ? (0,_core_format_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPercent */ .l9)(bytes / checkpoint.bytes.total) : '';
        return [category, (0,_core_format_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(bytes), share, describeCategory(checkpoint, category)];
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
            lines.push(`    ${(0,_core_format_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(tensor.bytes).padStart(9)}  ${tensor.category.padEnd(12)} ${tensor.dtype}[${tensor.shape.join(',')}]  ${tensor.name}${why}`);
        }
    }
    // Every line holds names from the checkpoint; none may carry a line break or an escape sequence.
    return lines.map(terminalSafe).join('\n');
}
function describeCategory(checkpoint, category) {
    const parts = [];
    const count = checkpoint.tensorCounts[category];
    if (count)
        parts.push(`${(0,_core_format_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(count)} tensor${count === 1 ? '' : 's'}`);
    if (category === 'weights' && checkpoint.parameters > 0)
        parts.push(`${(0,_core_format_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(checkpoint.parameters)} parameters`);
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
function renderVerdictText(verdict, outcome = (0,_core_outcome_js__WEBPACK_IMPORTED_MODULE_0__/* .decideOutcome */ .dl)(verdict)) {
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
                    : `${(0,_core_format_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDeltaBytes */ .js)(delta ?? 0)}${ratio === undefined ? '' : ` (${(0,_core_format_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPercent */ .l9)(ratio, { signed: true })})`}`;
            return [terminalSafe(checkpoint.id), `${base === undefined ? '—' : (0,_core_format_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(base)} → ${head === undefined ? '—' : (0,_core_format_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(head)}`, change];
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
                : verdict.status === 'warn' || outcome.warnings.some((finding) => finding.kind === 'unchecked-rule')
                    ? `! within budget, with warnings`
                    : `✓ within budget (${verdict.results.length} limit${verdict.results.length === 1 ? '' : 's'} checked)`;
        lines.push(`budget: ${headline}`);
        const sorted = [...verdict.results].sort(_core_budget_status_js__WEBPACK_IMPORTED_MODULE_4__/* .byWorstStatus */ .P);
        for (const result of sorted)
            lines.push(`  ${RESULT_MARK[result.status]} ${terminalSafe(result.message)}`);
        for (const rule of verdict.unmatchedRules) {
            lines.push(`  ! ${terminalSafe(`${rule.where ?? `${rule.source} line ${rule.line}`}: ${rule.text}`)} matched no checkpoint`);
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


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 7830:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/web");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3480:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("querystring");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 8167:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("worker_threads");

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
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
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
/******/ 		8792: 0
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