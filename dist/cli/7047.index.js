export const id = 7047;
export const ids = [7047,7141,6292,4540];
export const modules = {

/***/ 4540:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadBaselineReport: () => (/* binding */ loadBaselineReport)
/* harmony export */ });
/* unused harmony export REPORT_SCHEMA */
/* harmony import */ var _core_analyze_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4989);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3054);



/** The report schema this version reads and writes (DESIGN.md, "Report JSON"). */
const REPORT_SCHEMA = 1;
const REGENERATE = "Regenerate it with `model-size-budget --json` or the action's `report` output of this version.";
/**
 * Reads a report JSON (the action's `report` output or the CLI's `--json`) as a baseline.
 * Validates the schema version and the shape of every checkpoint entry that the diff reads;
 * the totals are recomputed from the checkpoints, so a hand-edited file cannot disagree with itself.
 * @param text the file's content
 * @param path the file's path, named in errors
 * @throws ConfigError `<path>: <what is wrong>. <fix>` for invalid JSON, another schema version,
 *   or a malformed entry
 */
function loadBaselineReport(text, path) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${path}: the baseline report is not valid JSON (${detail}). ${REGENERATE}`);
    }
    if (!isObject(data))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${path}: the baseline report is not a JSON object. ${REGENERATE}`);
    if (data.schema !== REPORT_SCHEMA) {
        const found = data.schema === undefined ? 'no schema field' : `schema ${JSON.stringify(data.schema)}`;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${path}: the baseline report has ${found}; this version reads schema ${REPORT_SCHEMA}. ` +
            `${REGENERATE} Or use the model-size-budget version that wrote it.`);
    }
    if (!Array.isArray(data.checkpoints))
        throw malformed(path, "'checkpoints' is not a list");
    const seen = new Set();
    const checkpoints = data.checkpoints.map((entry, index) => {
        const checkpoint = readCheckpoint(entry, `checkpoints[${index}]`, path);
        if (seen.has(checkpoint.id))
            throw malformed(path, `two checkpoints have the id '${checkpoint.id}'`);
        seen.add(checkpoint.id);
        return checkpoint;
    });
    const errors = Array.isArray(data.errors)
        ? data.errors.filter(isObject).map((error) => ({
            path: String(error.path ?? ''),
            kind: String(error.kind ?? 'Error'),
            message: String(error.message ?? '')
        }))
        : [];
    return (0,_core_analyze_js__WEBPACK_IMPORTED_MODULE_0__/* .buildReport */ .FK)(checkpoints, errors);
}
function readCheckpoint(entry, where, path) {
    if (!isObject(entry))
        throw malformed(path, `${where} is not an object`);
    if (typeof entry.id !== 'string' || entry.id === '')
        throw malformed(path, `${where}.id is not a non-empty string`);
    if (typeof entry.format !== 'string')
        throw malformed(path, `${where}.format is not a string`);
    if (!isObject(entry.bytes))
        throw malformed(path, `${where}.bytes is not an object`);
    const bytes = {};
    for (const key of [..._core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .CATEGORIES */ .R, 'total']) {
        const value = entry.bytes[key];
        if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
            throw malformed(path, `${where}.bytes.${key} is ${JSON.stringify(value)}, not a whole number of bytes`);
        }
        bytes[key] = value;
    }
    const strings = (value) => (Array.isArray(value) ? value.filter((item) => typeof item === 'string') : []);
    const count = (value) => (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : 0);
    const checkpoint = {
        id: entry.id,
        format: entry.format,
        files: Array.isArray(entry.files)
            ? entry.files.filter(isObject).map((file) => ({
                path: String(file.path ?? ''),
                bytes: count(file.bytes),
                role: String(file.role ?? 'data'),
                ...(file.present === false ? { present: false } : {})
            }))
            : [],
        bytes,
        parameters: count(entry.parameters),
        tensors: count(entry.tensors),
        tensorCounts: isObject(entry.tensorCounts) ? entry.tensorCounts : {},
        classifiedBy: String(entry.classifiedBy ?? 'name-rules'),
        warnings: strings(entry.warnings),
        explanations: strings(entry.explanations)
    };
    if (typeof entry.name === 'string')
        checkpoint.name = entry.name;
    if (entry.latest === true)
        checkpoint.latest = true;
    return checkpoint;
}
function malformed(path, what) {
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${path}: the baseline report is malformed: ${what}. ${REGENERATE}`);
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ }),

/***/ 7047:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mergeMain: () => (/* binding */ mergeMain)
});

// UNUSED EXPORTS: MERGE_USAGE

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/baseline/report-file.ts
var report_file = __webpack_require__(4540);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/limits.ts
var limits = __webpack_require__(6419);
// EXTERNAL MODULE: ./src/core/analyze.ts + 1 modules
var analyze = __webpack_require__(4989);
// EXTERNAL MODULE: ./src/core/budgets.ts + 3 modules
var budgets = __webpack_require__(8424);
// EXTERNAL MODULE: ./src/core/diff.ts
var core_diff = __webpack_require__(6292);
;// CONCATENATED MODULE: ./src/core/merge.ts



/**
 * Merges the legs' reports. A checkpoint id keeps its name unless two legs have it (two platforms
 * exporting `model.onnx`): then each leg's copy becomes `<key>/<id>`, on the head and the base
 * alike, so base and head still match. Errors' paths follow the same rule; totals are re-summed.
 */
function mergeLegReports(legs) {
    const legsOfId = new Map();
    for (const leg of legs) {
        for (const report of [leg.head, leg.base]) {
            for (const name of [...(report?.checkpoints ?? []).map((checkpoint) => checkpoint.id), ...(report?.errors ?? []).map((error) => error.path)]) {
                legsOfId.set(name, (legsOfId.get(name) ?? new Set()).add(leg.key));
            }
        }
    }
    const rename = (key, id) => ((legsOfId.get(id)?.size ?? 0) > 1 ? `${key}/${id}` : id);
    const keyOf = new Map();
    const legIdOf = new Map();
    const merge = (key, own) => {
        const id = rename(key, own);
        keyOf.set(id, key);
        legIdOf.set(id, own);
        return id;
    };
    const side = (pick) => {
        const checkpoints = legs.flatMap((leg) => (pick(leg)?.checkpoints ?? []).map((checkpoint) => ({ ...checkpoint, id: merge(leg.key, checkpoint.id) })));
        const errors = legs.flatMap((leg) => (pick(leg)?.errors ?? []).map((error) => ({ ...error, path: merge(leg.key, error.path) })));
        const report = (0,analyze/* buildReport */.FK)(checkpoints, errors);
        const skipped = legs.flatMap((leg) => pick(leg)?.skipped ?? []);
        return skipped.length > 0 ? { ...report, skipped } : report;
    };
    const head = side((leg) => leg.head);
    const base = legs.some((leg) => leg.base) ? side((leg) => leg.base) : undefined;
    const withBase = new Set(legs.filter((leg) => leg.base).map((leg) => leg.key));
    return { head, ...(base ? { base } : {}), keyOf, legIdOf, keys: legs.map((leg) => leg.key), withBase };
}
/**
 * Evaluates the merged reports: `rules` once over the whole, by the merged ids, then each leg's
 * own rules over its checkpoints, by the ids of its own report (`model.onnx`, which the merge may
 * have made `ios/model.onnx`). The results carry the merged ids, so legVerdict gives each leg its
 * share of both and the step fails exactly when a section does. A `since` report (read from git,
 * where ids are workspace paths) is matched by the merged id, else by the leg's own.
 */
function evaluateMergedBudgets(merged, rules, legs = new Map(), options = {}) {
    const since = options.since ? sinceByMergedId(options.since, merged) : undefined;
    const evaluate = since ? { since } : {};
    const diff = (0,core_diff.diffReports)(merged.base, merged.head);
    const whole = (0,budgets.evaluateBudgets)(diff, rules, evaluate);
    const nameOf = new Map(merged.head.checkpoints.map((checkpoint) => [checkpoint.id, checkpoint.name]));
    const own = (id) => {
        const name = nameOf.get(id);
        return { id: merged.legIdOf.get(id) ?? id, ...(name === undefined ? {} : { name }) };
    };
    const yields = (result) => legs.get(merged.keyOf.get(result.checkpointId) ?? '')?.yields?.(result.rule, own(result.checkpointId)) ?? false;
    const results = whole.results.filter((result) => !yields(result));
    const unmatchedRules = [...whole.unmatchedRules];
    const legRules = new Map();
    for (const key of merged.keys) {
        const leg = legs.get(key);
        if (!leg || leg.rules.length === 0)
            continue;
        const part = { ...diff, checkpoints: diff.checkpoints.filter((checkpoint) => merged.keyOf.get(checkpoint.id) === key) };
        const verdict = (0,budgets.evaluateBudgets)(part, leg.rules, { ...evaluate, matchId: (id) => merged.legIdOf.get(id) ?? id });
        results.push(...verdict.results);
        unmatchedRules.push(...verdict.unmatchedRules);
        legRules.set(key, verdict.rules);
    }
    const status = worstStatus(results);
    return {
        status: status === 'pass' && unmatchedRules.length > 0 ? 'warn' : status,
        results,
        unmatchedRules,
        rules: [...whole.rules, ...[...legRules.values()].flat()],
        diff,
        legRules
    };
}
/** The `since` reports keyed by merged id: each merged checkpoint finds its copy under its merged id, else its leg's own. */
function sinceByMergedId(since, merged) {
    const rekeyed = new Map();
    for (const [ref, at] of since) {
        if (!at.report) {
            rekeyed.set(ref, at);
            continue;
        }
        const byId = new Map(at.report.checkpoints.map((checkpoint) => [checkpoint.id, checkpoint]));
        const checkpoints = merged.head.checkpoints.flatMap((checkpoint) => {
            const found = byId.get(checkpoint.id) ?? byId.get(merged.legIdOf.get(checkpoint.id) ?? checkpoint.id);
            return found ? [{ ...found, id: checkpoint.id }] : [];
        });
        rekeyed.set(ref, { ...at, report: { ...at.report, checkpoints } });
    }
    return rekeyed;
}
/**
 * The part of a verdict (evaluated once over the merged reports) that is about one leg: its
 * checkpoints, their results, its errors; for one section of the comment. Unmatched rules belong
 * to the whole and are left to the caller.
 */
function legVerdict(verdict, merged, key) {
    const ofLeg = (id) => merged.keyOf.get(id) === key;
    const pick = (report) => {
        const part = (0,analyze/* buildReport */.FK)(report.checkpoints.filter((checkpoint) => ofLeg(checkpoint.id)), report.errors.filter((error) => ofLeg(error.path)));
        return part;
    };
    const base = verdict.diff.base && merged.withBase.has(key) ? pick(verdict.diff.base) : undefined;
    const results = verdict.results.filter((result) => ofLeg(result.checkpointId));
    // The section lists the whole's rules and the leg's own, not another leg's.
    const others = new Set('legRules' in verdict ? [...verdict.legRules].flatMap(([leg, rules]) => (leg === key ? [] : rules)) : []);
    const rules = verdict.rules.filter((rule) => !others.has(rule));
    return { status: worstStatus(results), results, unmatchedRules: [], rules, diff: (0,core_diff.diffReports)(base, pick(verdict.diff.head)) };
}
function worstStatus(results) {
    if (results.some((result) => result.status === 'fail'))
        return 'fail';
    return results.some((result) => result.status === 'warn') ? 'warn' : 'pass';
}
/**
 * Which legs are missing. The expected keys are `expectKeys` when given; else they are read from
 * the run's jobs: a matrix job is named `<job> (<value>, <value>…)`, and the value position that
 * holds the keys of the legs that did report (`size (ios)` for `comment-key: ios`) gives the key
 * of every other leg of that job. Legs found but not expected are kept (they did report).
 */
function legCoverage(found, expectKeys, jobs = []) {
    const legJobs = matrixLegs(jobs, found);
    const expected = expectKeys.length > 0 ? [...expectKeys] : [...new Set([...found, ...legJobs.keys()])];
    const missing = expected
        .filter((key) => !found.includes(key))
        .map((key) => {
        const job = legJobs.get(key) ?? jobs.find((candidate) => matrixValues(candidate.name)?.values.includes(key));
        if (!job)
            return { key };
        const state = job.conclusion ?? job.status;
        return {
            key,
            why: `job "${job.name}" ${state === 'success' ? 'succeeded without uploading its report (upload-report: true?)' : state === 'failure' ? 'failed' : state}`
        };
    });
    return { expected, found: [...found], missing };
}
/** `size (ios, 3.11)` → `size` and `['ios', '3.11']`; undefined for a job that is no matrix leg. */
function matrixValues(name) {
    const match = /^(.*) \((.+)\)$/.exec(name);
    return match ? { job: match[1], values: match[2].split(', ') } : undefined;
}
function matrixLegs(jobs, found) {
    const legs = new Map();
    const groups = new Map();
    for (const job of jobs) {
        const parsed = matrixValues(job.name);
        if (parsed)
            groups.set(parsed.job, [...(groups.get(parsed.job) ?? []), { job, values: parsed.values }]);
    }
    for (const members of groups.values()) {
        const width = Math.max(...members.map((member) => member.values.length));
        const position = [...Array(width).keys()].find((index) => members.some((member) => found.includes(member.values[index])));
        if (position === undefined)
            continue;
        for (const member of members)
            if (member.values[position] !== undefined)
                legs.set(member.values[position], member.job);
    }
    return legs;
}

// EXTERNAL MODULE: ./src/core/outcome.ts
var core_outcome = __webpack_require__(9411);
// EXTERNAL MODULE: ./src/core/unchecked-rules.ts
var unchecked_rules = __webpack_require__(7141);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/report/markdown.ts + 5 modules
var markdown = __webpack_require__(4397);
// EXTERNAL MODULE: ./src/report/cells.ts
var cells = __webpack_require__(571);
;// CONCATENATED MODULE: ./src/report/markdown-merged.ts



/**
 * The comment of a merged matrix: one title for the whole (the outcome's icon, the total and how
 * many legs reported, naming the missing ones), then one section per leg as the single-job
 * comment renders it, each given an equal share of the room; one footer and marker at the end.
 */
function renderMergedMarkdown(sections, options) {
    const maxLength = options.maxLength ?? markdown/* GITHUB_COMMENT_MAX_LENGTH */.C1;
    const total = sections.reduce((sum, section) => sum + section.verdict.diff.head.total.bytes.total, 0);
    const checkpoints = sections.reduce((sum, section) => sum + section.verdict.diff.head.checkpoints.length, 0);
    const failing = sections.filter((section) => section.outcome.status === 'fail').map((section) => (0,report_escape/* escapeCode */.tn)(section.key, 64));
    const lead = failing.length > 0 ? `${failing.join(', ')} failed` : `${(0,cells/* size */.Ej)(total)} in ${checkpoints} checkpoint${checkpoints === 1 ? '' : 's'}`;
    const title = `### ${options.outcome.icon} Model size${options.commentKey ? ` (${(0,report_escape/* escapeMarkdown */.FV)(options.commentKey, 64)})` : ''}: ${lead}; ${coverageLine(options.coverage)}`;
    // A finding that a section shows (a leg's own rule not checked) is not repeated at the top.
    const inSections = new Set(sections.flatMap((section) => [...section.outcome.failures, ...section.outcome.warnings]));
    const rowless = [...options.outcome.failures, ...options.outcome.warnings].filter((finding) => finding.checkpointId === undefined && (finding.kind === 'unmatched-rule' || finding.kind === 'unchecked-rule') && !inSections.has(finding));
    const notes = rowless.map((finding) => `- ⚠️ ${(0,report_escape/* escapeMarkdown */.FV)(finding.message)}`);
    const footer = options.summary ? '' : `\n\n${(0,markdown/* renderFooter */.up)(options.summaryUrl, options.htmlReportUrl)}\n${(0,markdown/* commentMarker */.Ql)(options.commentKey)}`;
    const head = [title, ...(notes.length ? [notes.join('\n')] : [])].join('\n\n');
    const room = Math.floor((maxLength - head.length - footer.length) / Math.max(1, sections.length)) - 4;
    const bodies = sections.map((section) => (0,markdown.renderMarkdown)(section.verdict, {
        commentKey: section.key,
        baseline: section.baseline,
        outcome: section.outcome,
        section: true,
        maxLength: room - 1,
        ...(options.summaryUrl ? { summaryUrl: options.summaryUrl } : {}),
        ...(section.htmlReportUrl ? { htmlReportUrl: section.htmlReportUrl } : {}),
        ...((section.minChange ?? options.minChange) ? { minChange: section.minChange ?? options.minChange } : {}),
        ...(options.topTensors ? { topTensors: options.topTensors } : {})
    }));
    return [head, ...bodies].join('\n\n') + footer;
}
/** "3 of 3 reports" or "2 of 3 reports: `ios` missing (job "size (ios)" failed)". */
function coverageLine(coverage) {
    const extra = coverage.found.filter((key) => !coverage.expected.includes(key)).length;
    const total = coverage.expected.length + extra;
    const line = `${total - coverage.missing.length} of ${total} report${total === 1 ? '' : 's'}`;
    if (coverage.missing.length === 0)
        return line;
    const missing = coverage.missing.map((leg) => `${(0,report_escape/* escapeCode */.tn)(leg.key, 64)} missing${leg.why ? ` (${(0,report_escape/* escapeMarkdown */.FV)(leg.why, 200)})` : ''}`);
    return `${line}: ${missing.join(', ')}`;
}

// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(5655);
// EXTERNAL MODULE: ./src/cli/args.ts + 1 modules
var args = __webpack_require__(4138);
// EXTERNAL MODULE: ./src/cli/cli-io.ts
var cli_io = __webpack_require__(6061);
// EXTERNAL MODULE: ./src/cli/inputs.ts + 1 modules
var inputs = __webpack_require__(9921);
;// CONCATENATED MODULE: ./src/cli/merge.ts














const MERGE_USAGE = `Usage: model-size-budget merge REPORT.json... [options]

Merges report JSON files (from --json, or the action's report artifacts of a matrix)
into one report, evaluates the budget once over it, and prints it. Each file's key is
its name without '.json' and without a 'model-size-report-' prefix; a checkpoint id
that two files share is prefixed with the key ('ios/exports/model.onnx'). A file
'NAME.base.json' beside 'NAME.json' (as the action's artifact has it) is its baseline.

Options:
  --budget RULE         a budget rule, repeatable (as for a measurement)
  --budget-file PATH    budget rules, one per line
  --config FILE         the config file (default: .github/model-size-budget.yml
                        when it exists): its top level and the --budget rules judge
                        every checkpoint; its keys.KEY section judges only the
                        checkpoints of the file whose key is KEY, by their ids in
                        that file, as the action's mode: merge does
  --json                print the merged report as JSON
  --markdown            print the merged comment body, one section per key
  -h, --help            show this help

A 'since REF' rule reads REF's checkpoints from the git repository of the current
directory (every checkpoint it tracks there).

Exit codes: 0 success, 1 a budget was exceeded, 2 usage or input error.
`;
/** `model-size-budget merge …`: returns the exit code; never throws for bad input. */
async function mergeMain(argv, io) {
    let values;
    let files;
    try {
        const parsed = (0,external_node_util_.parseArgs)({
            args: [...argv],
            allowPositionals: true,
            strict: true,
            options: {
                budget: { type: 'string', multiple: true },
                'budget-file': { type: 'string' },
                config: { type: 'string' },
                json: { type: 'boolean', default: false },
                markdown: { type: 'boolean', default: false },
                help: { type: 'boolean', short: 'h', default: false }
            }
        });
        values = parsed.values;
        files = parsed.positionals;
        if (values.help) {
            io.stdout(MERGE_USAGE);
            return args/* ExitCode */.yU.Success;
        }
        if (files.length === 0)
            throw new errors/* ConfigError */.xL('merge: no REPORT.json given: name the report files to merge.');
        if (values.json && values.markdown)
            throw new errors/* ConfigError */.xL('--json and --markdown both choose the output: give one of them.');
    }
    catch (error) {
        io.stderr(`error: ${error.message}\n\n${MERGE_USAGE}`);
        return args/* ExitCode */.yU.InputError;
    }
    let legs;
    let budget;
    let since;
    try {
        legs = files.map((file) => readLeg((0,external_node_path_.resolve)(io.cwd, file), file));
        const keys = legs.map((leg) => leg.key);
        const twice = keys.find((key, index) => keys.indexOf(key) !== index);
        if (twice !== undefined)
            throw new errors/* ConfigError */.xL(`merge: two files have the key '${twice}': rename one (the key is the file name without '.json').`);
        budget = await readMergeBudget({ budgets: values.budget ?? [], ...(values['budget-file'] ? { budgetFile: values['budget-file'] } : {}) }, values.config, keys, io);
        // As in the measurement: the refs come from the current directory's git, here every checkpoint it tracks.
        since = await (0,inputs/* readSinceReports */.q)([...budget.rules, ...[...budget.legs.values()].flatMap((leg) => leg.rules)], { paths: ['.'] }, io, 0);
    }
    catch (error) {
        io.stderr(`error: ${(0,cli_io/* messageOf */.b)(error)}\n`);
        return args/* ExitCode */.yU.InputError;
    }
    const merged = mergeLegReports(legs);
    const verdict = evaluateMergedBudgets(merged, budget.rules, budget.legs, { since });
    const policy = { failOn: 'budget', ifNoCheckpoints: 'error', searched: files };
    // As the action's merge: a leg's drift rule that could not be checked is said in its section, the whole's at the top.
    const uncheckedOf = new Map(legs.map((leg) => [leg.key, (0,unchecked_rules.uncheckedRules)(budget.legs.get(leg.key)?.rules ?? [], since)]));
    const outcome = (0,core_outcome/* decideOutcome */.dl)(verdict, policy, [...(0,unchecked_rules.uncheckedRules)(budget.rules, since), ...[...uncheckedOf.values()].flat()]);
    if (values.json) {
        io.stdout(JSON.stringify(merged.head, null, 2) + '\n');
    }
    else if (values.markdown) {
        const sections = legs.map((leg) => {
            const part = legVerdict(verdict, merged, leg.key);
            const minChange = budget.legs.get(leg.key)?.minChange;
            return {
                key: leg.key,
                verdict: part,
                outcome: (0,core_outcome/* decideOutcome */.dl)(part, { ...policy, ifNoCheckpoints: 'ignore' }, uncheckedOf.get(leg.key)),
                baseline: { kind: 'none', description: 'the report files given to merge.' },
                ...(minChange ? { minChange } : {})
            };
        });
        const minChange = budget.minChange ? { minChange: budget.minChange } : {};
        io.stdout(renderMergedMarkdown(sections, { outcome, coverage: legCoverage(merged.keys, []), ...minChange }) + '\n');
    }
    else {
        io.stdout((0,report_text/* renderText */.S5)(merged.head) + (verdict.rules.length > 0 || merged.base ? '\n' + (0,report_text/* renderVerdictText */.rP)(verdict, outcome) : ''));
    }
    if (merged.head.errors.length > 0) {
        io.stderr((0,report_text/* renderErrors */.a$)(merged.head));
        return args/* ExitCode */.yU.InputError;
    }
    return verdict.status === 'fail' ? args/* ExitCode */.yU.OverBudget : args/* ExitCode */.yU.Success;
}
async function readMergeBudget(flags, configPath, keys, io) {
    const rules = await (0,inputs/* readBudgetRules */.H6)(flags, io.cwd);
    const config = await (0,inputs/* readConfigFile */.RG)(configPath, io.cwd);
    if (config === undefined)
        return { rules, legs: new Map() };
    const { configFor, legBudget } = await __webpack_require__.e(/* import() */ 5739).then(__webpack_require__.bind(__webpack_require__, 8120));
    const top = configFor(config, undefined);
    if (top.rules.length > 0)
        (0,inputs/* noteBothRuleSources */.s0)(config, flags, io);
    // A section no file is keyed by would judge nothing, silently: the key comes from a file's name.
    const unused = Object.keys(config.keys).filter((key) => !keys.includes(key));
    if (unused.length > 0) {
        io.stderr(`note: ${config.path} has ${unused.map((key) => `keys.${key}`).join(', ')}, but no report file has that key (the files' keys: ${keys.join(', ')}); ` +
            "a file's key is its name without '.json' and 'model-size-report-'.\n");
    }
    const legs = new Map();
    for (const key of keys) {
        const leg = legBudget(config, key);
        const minChange = config.keys[key]?.minChange ?? top.minChange;
        if (leg)
            legs.set(key, { ...leg, ...(minChange ? { minChange } : {}) });
    }
    return { rules: [...rules, ...top.rules], legs, ...(top.minChange ? { minChange: top.minChange } : {}) };
}
/** One file as a leg: its key from the name, its baseline from a `.base.json` beside it. */
function readLeg(path, asGiven) {
    const stem = (0,external_node_path_.basename)(path).replace(/\.json$/i, '');
    const key = stem.replace(/^model-size-report-/, '') || stem;
    const head = readReport(path, asGiven);
    const basePath = path.replace(/\.json$/i, '') + '.base.json';
    return { key, head, ...((0,external_node_fs_.existsSync)(basePath) && basePath !== path ? { base: readReport(basePath, `${asGiven} (its .base.json)`) } : {}) };
}
function readReport(path, label) {
    const info = (0,external_node_fs_.statSync)(path, { throwIfNoEntry: false });
    if (!info?.isFile())
        throw new errors/* ConfigError */.xL(`merge: ${label}: no such file. Give report JSON files (from --json or the action's report artifact).`);
    if (info.size > limits/* MAX_BASELINE_REPORT_BYTES */.CI)
        throw new errors/* ConfigError */.xL(`merge: ${label}: ${info.size} bytes is too large for a report JSON.`);
    return (0,report_file.loadBaselineReport)((0,external_node_fs_.readFileSync)(path, 'utf8'), label);
}


/***/ }),

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


/***/ }),

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

//# sourceMappingURL=7047.index.js.map