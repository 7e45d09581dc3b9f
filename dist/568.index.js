export const id = 568;
export const ids = [568];
export const modules = {

/***/ 21568:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runForkComment: () => (/* binding */ runForkComment)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3894);
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61351);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_budgets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(98424);
/* harmony import */ var _core_diff_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(36292);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74296);
/* harmony import */ var _core_noise_floor_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5498);
/* harmony import */ var _core_outcome_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(29411);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(38024);
/* harmony import */ var _artifacts_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(18089);
/* harmony import */ var _comment_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(51151);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(90915);
/* harmony import */ var _publish_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(74001);
/* harmony import */ var _report_bundle_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(33131);
/* harmony import */ var _since_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(39372);















/** Largest tensors listed per checkpoint, as in one job's comment. */
const TOP_TENSORS = 10;
/**
 * `mode: comment`, in a workflow triggered `on: workflow_run` by the pull-request workflow that ran
 * `mode: report` on a fork's code. That run had a read-only token; this one has the base
 * repository's token and runs the base branch's workflow, and it never checks out or runs the
 * fork's code: it downloads the triggering run's report artifact, checks that the artifact was
 * made by that run for that head commit and pull request (which it learns from GitHub, not from
 * the artifact), renders the comment itself from the reports (never posting markdown the fork
 * wrote), and creates or updates the sticky comment. The budget is the fork run's check; here it
 * only sets the comment's icon. A drift rule's ref (`since v1.4.0`) is read from the git objects
 * of this job's checkout, when it has one: the base repository's own tags and branches, never the
 * fork's code; without a checkout the rule is a finding that says so.
 */
async function runForkComment(inputs, context) {
    const { eventName, payload } = _actions_github__WEBPACK_IMPORTED_MODULE_1__/* .context */ ._;
    const run = payload.workflow_run;
    if (eventName !== 'workflow_run' || !run) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL(`Input '${_constants_js__WEBPACK_IMPORTED_MODULE_10__/* .Inputs */ .G0.Mode}' is 'comment', which runs on a workflow_run event (this is '${eventName}'): see the README's fork workflows.`);
    }
    if (run.event !== 'pull_request') {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`The triggering run was a '${run.event}' run, not a pull request: no comment.`);
        return [];
    }
    if (!inputs.token || !context.api)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL(`Input '${_constants_js__WEBPACK_IMPORTED_MODULE_10__/* .Inputs */ .G0.GitHubToken}' is empty: mode: comment needs the token to read the triggering run's artifact and to comment.`);
    const { owner, repo } = _actions_github__WEBPACK_IMPORTED_MODULE_1__/* .context */ ._.repo;
    const other = { runId: run.id, repository: { owner, repo }, token: inputs.token };
    const name = (0,_constants_js__WEBPACK_IMPORTED_MODULE_10__/* .reportArtifactName */ .m5)(inputs.commentKey);
    const artifact = (await context.artifacts.list(other)).find((candidate) => candidate.name === name);
    if (!artifact) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Run ${run.id} has no artifact "${name}" (its mode: report step failed or did not run, or uses another comment-key): no comment.`);
        return [];
    }
    const bundle = await (0,_report_bundle_js__WEBPACK_IMPORTED_MODULE_12__/* .fetchBundle */ .L2)(context.artifacts, artifact, other);
    const number = await verifiedPullRequest(bundle.pullRequest, run, `${owner}/${repo}`, context);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Artifact "${name}" of run ${run.id} is the report of pull request #${number} at ${run.head_sha.slice(0, 7)}.`);
    const { since, findings } = await (0,_since_js__WEBPACK_IMPORTED_MODULE_13__/* .readSinceReports */ .q)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(process.env.GITHUB_WORKSPACE ?? process.cwd()), inputs.budgetRules, inputs, "Add actions/checkout with fetch-depth: 0 (or fetch-tags: true) to the comment workflow's job, before this step: it checks out this repository's default branch, never the pull request's code.");
    for (const finding of findings)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(finding.message);
    const verdict = (0,_core_budgets_js__WEBPACK_IMPORTED_MODULE_3__/* .evaluateBudgets */ .A1)((0,_core_diff_js__WEBPACK_IMPORTED_MODULE_14__/* .diffReports */ .f)(bundle.base, bundle.head), inputs.budgetRules, { since });
    const outcome = (0,_core_outcome_js__WEBPACK_IMPORTED_MODULE_6__/* .decideOutcome */ .dl)(verdict, { failOn: inputs.failOn, ifNoCheckpoints: inputs.ifNoCheckpoints }, findings);
    const summaryUrl = run.html_url;
    const htmlReportUrl = (0,_artifacts_js__WEBPACK_IMPORTED_MODULE_8__/* .artifactUrl */ .W)(artifact.id, String(run.id));
    const digest = (0,_comment_js__WEBPACK_IMPORTED_MODULE_9__/* .commentDigest */ .qx)(verdict, inputs.minChange);
    const options = {
        outcome,
        minChange: inputs.minChange,
        commentKey: inputs.commentKey,
        baseline: bundle.baseline,
        topTensors: TOP_TENSORS,
        ...(summaryUrl ? { summaryUrl } : {}),
        ...(htmlReportUrl ? { htmlReportUrl } : {})
    };
    const markdown = (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .renderMarkdown */ .Gc)(verdict, { ...options, maxLength: _report_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .GITHUB_COMMENT_MAX_LENGTH */ .C1 - (0,_comment_js__WEBPACK_IMPORTED_MODULE_9__/* .digestLine */ .lt)(digest).length - 1 });
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_10__/* .Outputs */ .tY.Markdown, markdown);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_10__/* .Outputs */ .tY.OverBudget, String(verdict.status === 'fail'));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_10__/* .Outputs */ .tY.TotalBytes, String(bundle.head.total.bytes.total));
    await (0,_publish_js__WEBPACK_IMPORTED_MODULE_11__/* .writeSummary */ .Sy)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .renderSummary */ .Br)(verdict, options));
    let commentId;
    if (inputs.comment !== 'false') {
        const changed = verdict.diff.checkpoints.some((checkpoint) => (0,_core_noise_floor_js__WEBPACK_IMPORTED_MODULE_5__/* .changedBeyondFloor */ .u9)(checkpoint, inputs.minChange));
        commentId = await (0,_publish_js__WEBPACK_IMPORTED_MODULE_11__/* .publishComment */ .p8)(context.api, { number, fork: false }, {
            markdown,
            digest,
            mode: inputs.comment,
            commentKey: inputs.commentKey,
            worthCreating: outcome.status !== 'pass' || changed || !verdict.diff.base,
            ...(context.pause ? { pause: context.pause } : {})
        });
    }
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_10__/* .Outputs */ .tY.CommentId, commentId === undefined ? '' : String(commentId));
    return [];
}
/**
 * The pull request to comment on, from GitHub's own records: the run's `pull_requests` (filled for
 * branches of this repository), else the open pull requests whose head is the run's head commit
 * (a fork's). The artifact's stamp must name that run, that commit, this repository and that pull
 * request; anything else is refused, so a fork cannot point its report at another PR.
 */
async function verifiedPullRequest(stamp, run, repository, context) {
    const refuse = (why) => {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL(`Refusing the report artifact of run ${run.id}: ${why}. It must come from a mode: report step of that run.`);
    };
    if (!stamp)
        return refuse('it has no pull request stamp');
    if (stamp.runId !== run.id)
        refuse(`it was made by run ${stamp.runId}`);
    if (stamp.headSha !== run.head_sha)
        refuse(`it was made for commit ${stamp.headSha.slice(0, 12)}, not the run's head ${run.head_sha.slice(0, 12)}`);
    if (stamp.repository.toLowerCase() !== repository.toLowerCase())
        refuse(`it names repository ${stamp.repository}`);
    let candidates = (run.pull_requests ?? []).filter((pull) => pull.head?.sha === run.head_sha).map((pull) => pull.number);
    if (candidates.length === 0) {
        const pulls = await context.api.pullRequestsOfCommit(run.head_sha);
        candidates = pulls.filter((pull) => pull.state === 'open' && pull.headSha === run.head_sha).map((pull) => pull.number);
    }
    if (candidates.length === 0)
        refuse(`no open pull request has head commit ${run.head_sha.slice(0, 12)}`);
    if (!candidates.includes(stamp.number))
        refuse(`it names pull request #${stamp.number}, but the run's head commit is the head of #${candidates.join(', #')}`);
    return stamp.number;
}


/***/ })

};

//# sourceMappingURL=568.index.js.map