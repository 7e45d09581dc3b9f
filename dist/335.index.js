export const id = 335;
export const ids = [335];
export const modules = {

/***/ 10335:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runMerge: () => (/* binding */ runMerge)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 12 modules
var core = __webpack_require__(3894);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/analyze.ts + 1 modules
var analyze = __webpack_require__(14989);
// EXTERNAL MODULE: ./src/core/budgets.ts + 3 modules
var budgets = __webpack_require__(98424);
// EXTERNAL MODULE: ./src/core/diff.ts
var core_diff = __webpack_require__(36292);
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
    const diff = (0,core_diff/* diffReports */.f)(merged.base, merged.head);
    const whole = (0,budgets/* evaluateBudgets */.A1)(diff, rules, evaluate);
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
        const verdict = (0,budgets/* evaluateBudgets */.A1)(part, leg.rules, { ...evaluate, matchId: (id) => merged.legIdOf.get(id) ?? id });
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
    return { status: worstStatus(results), results, unmatchedRules: [], rules, diff: (0,core_diff/* diffReports */.f)(base, pick(verdict.diff.head)) };
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

// EXTERNAL MODULE: ./src/core/noise-floor.ts
var noise_floor = __webpack_require__(5498);
// EXTERNAL MODULE: ./src/core/outcome.ts
var core_outcome = __webpack_require__(29411);
// EXTERNAL MODULE: ./src/core/unchecked-rules.ts
var unchecked_rules = __webpack_require__(87141);
// EXTERNAL MODULE: ./src/report/markdown.ts + 6 modules
var report_markdown = __webpack_require__(38024);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(14031);
// EXTERNAL MODULE: ./src/report/cells.ts
var cells = __webpack_require__(10571);
;// CONCATENATED MODULE: ./src/report/markdown-merged.ts



/**
 * The comment of a merged matrix: one title for the whole (the outcome's icon, the total and how
 * many legs reported, naming the missing ones), then one section per leg as the single-job
 * comment renders it, each given an equal share of the room; one footer and marker at the end.
 */
function renderMergedMarkdown(sections, options) {
    const maxLength = options.maxLength ?? report_markdown/* GITHUB_COMMENT_MAX_LENGTH */.C1;
    const total = sections.reduce((sum, section) => sum + section.verdict.diff.head.total.bytes.total, 0);
    const checkpoints = sections.reduce((sum, section) => sum + section.verdict.diff.head.checkpoints.length, 0);
    const failing = sections.filter((section) => section.outcome.status === 'fail').map((section) => (0,report_escape/* escapeCode */.tn)(section.key, 64));
    const lead = failing.length > 0 ? `${failing.join(', ')} failed` : `${(0,cells/* size */.Ej)(total)} in ${checkpoints} checkpoint${checkpoints === 1 ? '' : 's'}`;
    const title = `### ${options.outcome.icon} Model size${options.commentKey ? ` (${(0,report_escape/* escapeMarkdown */.FV)(options.commentKey, 64)})` : ''}: ${lead}; ${coverageLine(options.coverage)}`;
    // A finding that a section shows (a leg's own rule not checked) is not repeated at the top.
    const inSections = new Set(sections.flatMap((section) => [...section.outcome.failures, ...section.outcome.warnings]));
    const rowless = [...options.outcome.failures, ...options.outcome.warnings].filter((finding) => finding.checkpointId === undefined && (finding.kind === 'unmatched-rule' || finding.kind === 'unchecked-rule') && !inSections.has(finding));
    const notes = rowless.map((finding) => `- ⚠️ ${(0,report_escape/* escapeMarkdown */.FV)(finding.message)}`);
    const footer = options.summary ? '' : `\n\n${(0,report_markdown/* renderFooter */.up)(options.summaryUrl, options.htmlReportUrl)}\n${(0,report_markdown/* commentMarker */.Ql)(options.commentKey)}`;
    const head = [title, ...(notes.length ? [notes.join('\n')] : [])].join('\n\n');
    const room = Math.floor((maxLength - head.length - footer.length) / Math.max(1, sections.length)) - 4;
    const bodies = sections.map((section) => (0,report_markdown/* renderMarkdown */.Gc)(section.verdict, {
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
var report_text = __webpack_require__(65655);
// EXTERNAL MODULE: ./src/action/artifacts.ts
var artifacts = __webpack_require__(18089);
// EXTERNAL MODULE: ./src/action/comment.ts
var comment = __webpack_require__(51151);
// EXTERNAL MODULE: ./src/action/constants.ts
var constants = __webpack_require__(90915);
// EXTERNAL MODULE: ./src/action/github.ts
var action_github = __webpack_require__(36339);
// EXTERNAL MODULE: ./src/action/publish.ts
var publish = __webpack_require__(74001);
// EXTERNAL MODULE: ./src/action/report-bundle.ts
var report_bundle = __webpack_require__(33131);
// EXTERNAL MODULE: ./src/action/since.ts
var action_since = __webpack_require__(39372);
;// CONCATENATED MODULE: ./src/action/merge-mode.ts



















/** The legs' artifacts are named `model-size-report-<key>`. */
const LEG_PREFIX = `${constants/* REPORT_ARTIFACT_NAME */.gh}-`;
/** Largest tensors kept per checkpoint, as in one job's comment. */
const TOP_TENSORS = 10;
/**
 * `mode: merge`, the final job of a matrix whose legs ran with `upload-report: true` and a
 * `comment-key` each: downloads every `model-size-report-<key>` artifact of this run, merges the
 * reports (ids prefixed by the key only where two legs share one), evaluates the budget once over
 * the whole and each leg's `keys.KEY` section of the config file over its own checkpoints, and
 * posts one comment with a section per key, naming the legs that did not report.
 */
async function runMerge(inputs, context) {
    const listed = (await context.artifacts.list()).filter((artifact) => artifact.name.startsWith(LEG_PREFIX));
    const legs = [];
    const unreadable = [];
    for (const artifact of listed.sort((a, b) => a.name.localeCompare(b.name))) {
        const key = artifact.name.slice(LEG_PREFIX.length);
        try {
            const bundle = await (0,report_bundle/* fetchBundle */.L2)(context.artifacts, artifact);
            legs.push({ key, head: bundle.head, ...(bundle.base ? { base: bundle.base } : {}), bundle, artifact });
        }
        catch (error) {
            unreadable.push({
                kind: 'missing-report',
                severity: 'error',
                message: `The report of leg "${key}" could not be read: ${error instanceof Error ? error.message : String(error)}`
            });
        }
    }
    core/* info */.pq(`Merging ${legs.length} report artifact(s): ${legs.map((leg) => leg.artifact.name).join(', ') || 'none'}.`);
    const coverage = legCoverage(legs.map((leg) => leg.key), inputs.expectKeys, inputs.expectKeys.length > 0 ? [] : await runJobs(context));
    const missing = coverage.missing.map((leg) => ({
        kind: 'missing-report',
        severity: 'error',
        message: `The report of leg "${leg.key}" is missing${leg.why ? `: ${leg.why}` : ''}.`
    }));
    const merged = mergeLegReports(legs);
    (0,publish/* logUntrusted */.ts)((0,report_text/* renderText */.S5)(merged.head));
    const workspace = (0,external_node_path_.resolve)(process.env.GITHUB_WORKSPACE ?? process.cwd());
    const file = (0,external_node_path_.resolve)(workspace, inputs.reportPath);
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(file), { recursive: true });
    await (0,promises_.writeFile)(file, (0,report_bundle/* reportJson */.l4)(merged.head, TOP_TENSORS));
    core/* setOutput */.uH(constants/* Outputs */.tY.Report, file);
    core/* setOutput */.uH(constants/* Outputs */.tY.TotalBytes, String(merged.head.total.bytes.total));
    // Drift rules read their ref from git objects: this job needs a checkout for them (else a finding says so).
    const legRules = legs.flatMap((leg) => inputs.legBudgets.get(leg.key)?.rules ?? []);
    const { since } = await (0,action_since/* readSinceReports */.q)(workspace, [...inputs.budgetRules, ...legRules], inputs, 'Add actions/checkout with fetch-depth: 0 (or fetch-tags: true) to the merge job, before this step.');
    const verdict = evaluateMergedBudgets(merged, inputs.budgetRules, inputs.legBudgets, { since });
    core/* setOutput */.uH(constants/* Outputs */.tY.OverBudget, String(verdict.status === 'fail'));
    const policy = { failOn: inputs.failOn, ifNoCheckpoints: inputs.ifNoCheckpoints, searched: [`${LEG_PREFIX}* artifacts of this run`] };
    // A leg's drift rule that could not be checked is said in its section, the whole's at the top.
    const uncheckedOf = new Map(legs.map((leg) => [leg.key, (0,unchecked_rules/* uncheckedRules */.W)(inputs.legBudgets.get(leg.key)?.rules ?? [], since)]));
    const unchecked = [...(0,unchecked_rules/* uncheckedRules */.W)(inputs.budgetRules, since), ...[...uncheckedOf.values()].flat()];
    const outcome = (0,core_outcome/* decideOutcome */.dl)(verdict, policy, [...unreadable, ...missing, ...unchecked]);
    for (const finding of outcome.warnings)
        core/* warning */.$e(finding.message);
    const sections = legs.map((leg) => {
        const part = legVerdict(verdict, merged, leg.key);
        const url = (0,artifacts/* artifactUrl */.W)(leg.artifact.id);
        return {
            key: leg.key,
            verdict: part,
            outcome: (0,core_outcome/* decideOutcome */.dl)(part, { ...policy, ifNoCheckpoints: 'ignore' }, uncheckedOf.get(leg.key)),
            baseline: leg.bundle.baseline,
            minChange: inputs.legBudgets.get(leg.key)?.minChange ?? inputs.minChange,
            ...(url ? { htmlReportUrl: url } : {})
        };
    });
    const summaryUrl = (0,publish/* runUrl */.Vp)();
    // A leg that goes missing (or comes back) changes the comment even when no number does.
    const digest = (0,external_node_crypto_.createHash)('sha256')
        .update(JSON.stringify([sections.map((section) => (0,comment/* commentDigest */.qx)(section.verdict, section.minChange)), coverage.missing.map((leg) => leg.key)]))
        .digest('hex')
        .slice(0, 32);
    const options = {
        outcome,
        coverage,
        commentKey: inputs.commentKey,
        minChange: inputs.minChange,
        topTensors: TOP_TENSORS,
        ...(summaryUrl ? { summaryUrl } : {})
    };
    const markdown = renderMergedMarkdown(sections, { ...options, maxLength: report_markdown/* GITHUB_COMMENT_MAX_LENGTH */.C1 - (0,comment/* digestLine */.lt)(digest).length - 1 });
    core/* setOutput */.uH(constants/* Outputs */.tY.Markdown, markdown);
    // Characters never outnumber UTF-8 bytes by more than 4 to 1.
    await (0,publish/* writeSummary */.Sy)(renderMergedMarkdown(sections, { ...options, summary: true, maxLength: Math.floor(report_markdown/* GITHUB_SUMMARY_MAX_BYTES */.Qr / 4) }) + '\n');
    const absent = coverage.missing.map((leg) => leg.key);
    core/* info */.pq(`Merged ${legs.length} report(s)${absent.length > 0 ? `; missing: ${absent.join(', ')}` : ''}.`);
    const pullRequest = github/* context */._.payload.pull_request;
    let commentId;
    if (pullRequest && inputs.comment !== 'false') {
        const changed = sections.some((section) => section.verdict.diff.checkpoints.some((checkpoint) => (0,noise_floor/* changedBeyondFloor */.u9)(checkpoint, section.minChange)));
        commentId = await (0,publish/* publishComment */.p8)(context.api, { number: pullRequest.number, fork: pullRequest.head?.repo?.full_name !== pullRequest.base?.repo?.full_name }, {
            markdown,
            digest,
            mode: inputs.comment,
            commentKey: inputs.commentKey,
            worthCreating: outcome.status !== 'pass' || changed || !verdict.diff.base,
            ...(context.pause ? { pause: context.pause } : {})
        });
    }
    core/* setOutput */.uH(constants/* Outputs */.tY.CommentId, commentId === undefined ? '' : String(commentId));
    return (0,publish/* failureReasons */.OP)(outcome);
}
/** The run's jobs, to name the legs that did not report; without `actions: read`, none (a warning). */
async function runJobs(context) {
    const runId = Number(process.env.GITHUB_RUN_ID);
    if (!context.api || !Number.isSafeInteger(runId))
        return [];
    try {
        return await context.api.listRunJobs(runId);
    }
    catch (error) {
        core/* warning */.$e(`Could not list this run's jobs (${(0,action_github/* describeRequestError */.tM)(error)}), so legs that uploaded no report cannot be named: ` +
            "grant 'actions: read' or list the keys in the expect-keys input.");
        return [];
    }
}


/***/ })

};

//# sourceMappingURL=335.index.js.map