export const id = 348;
export const ids = [348];
export const modules = {

/***/ 2348:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./src/deliver/issue.ts
var deliver_issue = __webpack_require__(378);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/request/schema.ts
var schema = __webpack_require__(9378);
;// CONCATENATED MODULE: ./src/request/workspace.ts
// The workspace setting: where in the repository its service workspace is. One check for init's --workspace and
// the action's workspace input, since init writes the one into the workflows that pass the other.

/**
 * `raw` as a directory relative to the repository's top level, `/`-separated and without `.` segments (`.` for
 * the top level itself); `setting` is how the person spelled it (`--workspace`, `input workspace`). The value
 * ends up in paths, workflow path filters and YAML, so each part is a plain name.
 */
function parseWorkspace(raw, setting) {
    const value = raw.trim();
    const parts = value.split('/').filter((part) => part !== '' && part !== '.');
    const inside = `${setting} ${JSON.stringify(value)} must be a directory inside the repository, relative to its top level`;
    if (value.startsWith('/') || /^[A-Za-z]:/.test(value) || value.includes('\\'))
        throw new errors/* UserError */.yo(inside);
    if (parts.includes('..'))
        throw new errors/* UserError */.yo(`${inside}, without ".."`);
    const odd = parts.find((part) => !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(part));
    if (odd !== undefined) {
        throw new errors/* UserError */.yo(`${setting} ${JSON.stringify(value)}: each part must start with a letter or digit and contain only letters, digits, ".", "-" and "_"`);
    }
    return parts.length === 0 ? '.' : parts.join('/');
}

// EXTERNAL MODULE: ./src/tool.ts
var tool = __webpack_require__(5325);
;// CONCATENATED MODULE: ./src/action.ts
// The GitHub edge: the runner's inputs, event and environment in; outputs, the job summary and the exit status
// out. It reads, wires and reports; what happens to a request is the story's (src/scaffold.ts).









/** A boolean input written true/false (any case), or empty for the default. */
function booleanInput(name, fallback) {
    const value = core/* getInput */.V4(name).trim().toLowerCase();
    if (value === '')
        return fallback;
    if (value === 'true')
        return true;
    if (value === 'false')
        return false;
    throw new Error(`input ${name} must be true or false (got ${JSON.stringify(value)})`);
}
/** A comma- or line-separated list input. */
function listInput(name) {
    return core/* getInput */.V4(name)
        .split(/[,\n]/)
        .map((item) => item.trim())
        .filter(Boolean);
}
function readEvent() {
    const path = process.env.GITHUB_EVENT_PATH;
    if (!path)
        return {};
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch {
        return {};
    }
}
/** Where the request comes from: an issue named by `issue-number`, else the request inputs. */
function requestSource(payload) {
    const issue = core/* getInput */.V4('issue-number').trim();
    if (issue === '') {
        return {
            kind: 'inputs',
            raw: Object.fromEntries(schema/* FORM_INPUTS */.bb.map((input) => [input.id, core/* getInput */.V4(input.id)])),
            actor: process.env.GITHUB_ACTOR || payload.sender?.login,
        };
    }
    const number = Number(issue);
    if (!Number.isInteger(number) || number <= 0)
        throw new Error(`input issue-number must be a number (got ${JSON.stringify(issue)})`);
    return {
        kind: 'issue',
        number,
        event: (0,deliver_issue/* issueEvent */.eM)(process.env.GITHUB_EVENT_NAME ?? '', payload),
        formPath: core/* getInput */.V4('issue-form'),
    };
}
/**
 * The runner cancels a job with SIGINT, then SIGTERM about 7.5 s later, then kills it. Either signal aborts
 * the run: the story stops its checks' processes, reports the cancellation on the issue and removes its
 * worktree within that grace period, and the process ends on its own.
 */
function cancellation() {
    const controller = new AbortController();
    const cancel = (signal) => {
        if (!controller.signal.aborted)
            core/* warning */.$e(`Received ${signal}: cancelling the run.`);
        controller.abort();
    };
    process.on('SIGINT', cancel);
    process.on('SIGTERM', cancel);
    return controller.signal;
}
const coreLog = {
    info: (message) => core/* info */.pq(message),
    warning: (message) => core/* warning */.$e(message),
    userError: (message) => core/* error */.z3(message),
    group: (name, task) => core/* group */.Os(name, task),
};
async function writeSummary(markdown) {
    // Outside a runner (no GITHUB_STEP_SUMMARY) there is nowhere to write it.
    if (process.env.GITHUB_STEP_SUMMARY)
        await core/* summary */.z.addRaw(markdown, true).write();
}
function setOutputs(result) {
    if (result.projectName)
        core/* setOutput */.uH('project-name', result.projectName);
    if (result.branch)
        core/* setOutput */.uH('branch', result.branch);
    if (result.pull) {
        core/* setOutput */.uH('pull-request-number', String(result.pull.number));
        core/* setOutput */.uH('pull-request-url', result.pull.url);
    }
    if (result.headSha)
        core/* setOutput */.uH('head-sha', result.headSha);
    if (['created', 'updated', 'unchanged', 'dry-run'].includes(result.status)) {
        core/* setOutput */.uH('operation', result.status);
    }
}
async function run() {
    const signal = cancellation();
    try {
        const payload = readEvent();
        const source = requestSource(payload);
        const workspace = parseWorkspace(core/* getInput */.V4(schema/* WORKSPACE_INPUT */.rN.id), `input ${schema/* WORKSPACE_INPUT */.rN.id}`);
        const token = core/* getInput */.V4('github-token');
        if (!token)
            throw new Error('input github-token is empty; pass a token with contents, pull-requests and issues write');
        core/* setSecret */.Pq(token);
        const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
        if (!owner || !repo)
            throw new Error('GITHUB_REPOSITORY is not set; this action runs inside GitHub Actions');
        const serverUrl = process.env.GITHUB_SERVER_URL ?? 'https://github.com';
        const log = { info: (m) => core/* debug */.Yz(m), warn: (m) => core/* warning */.$e(m) };
        // Loaded only by a run that gets this far: Octokit, git, the engine and the checks are most of the
        // bundle, and a run that stops on its setup above has nothing to do with them.
        const [{ git }, { gitHub, octokit }, { shippedTemplates }, { scaffold }, { verifyWorkspace }] = await Promise.all([
            __webpack_require__.e(/* import() */ 193).then(__webpack_require__.bind(__webpack_require__, 1193)),
            Promise.all(/* import() */[__webpack_require__.e(891), __webpack_require__.e(116)]).then(__webpack_require__.bind(__webpack_require__, 6116)),
            Promise.all(/* import() */[__webpack_require__.e(562), __webpack_require__.e(940)]).then(__webpack_require__.bind(__webpack_require__, 2940)),
            Promise.all(/* import() */[__webpack_require__.e(891), __webpack_require__.e(562), __webpack_require__.e(815), __webpack_require__.e(635)]).then(__webpack_require__.bind(__webpack_require__, 8635)),
            __webpack_require__.e(/* import() */ 912).then(__webpack_require__.bind(__webpack_require__, 8912)),
        ]);
        const result = await scaffold({
            repo: { owner, repo },
            serverUrl,
            runUrl: process.env.GITHUB_RUN_ID
                ? `${serverUrl}/${owner}/${repo}/actions/runs/${process.env.GITHUB_RUN_ID}`
                : undefined,
            checkout: process.env.GITHUB_WORKSPACE ?? process.cwd(),
            workspace,
            tmpDir: process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(),
            source,
            baseBranch: core/* getInput */.V4('base-branch').trim() || undefined,
            defaultBranch: payload.repository?.default_branch,
            labels: listInput('labels'),
            verify: booleanInput('verify', true),
            dryRun: booleanInput('dry-run', false),
            tool: (0,tool/* toolInfo */.jG)(),
        }, {
            templates: shippedTemplates,
            gh: gitHub(octokit({ token, baseUrl: process.env.GITHUB_API_URL ?? 'https://api.github.com', log })),
            git: (cwd) => git(cwd, { auth: { serverUrl, token } }),
            log: coreLog,
            runChecks: (workspace, plan) => verifyWorkspace(workspace, { apis: [plan.request], infra: true }, {
                signal,
                onCheck: (check) => core/* info */.pq(`${check.status.padEnd(7)} ${check.name} (${check.project})`),
            }),
            signal,
        });
        setOutputs(result);
        await writeSummary(result.summary);
        // A user error is already annotated (with its own text); failing the step must not repeat it.
        if (result.exitCode === errors/* EXIT */.dc.userError)
            process.exitCode = core/* ExitCode */.yU.Failure;
        else if (result.exitCode === errors/* EXIT */.dc.failed)
            core/* setFailed */.C1(result.message ?? 'the run failed');
        else if (result.status === 'refused' || result.status === 'ignored')
            core/* notice */.lm(result.message ?? 'nothing to do');
    }
    catch (error) {
        // A broken setup or a bug, not a request problem.
        const message = (0,errors/* messageOf */.bD)(error);
        core/* setFailed */.C1(message);
        try {
            await core/* summary */.z
                .addRaw(`# fastapi-scaffold could not run\n\n${(0,markdown/* fenced */.O)(message)}\n`, true)
                .write();
        }
        catch {
            // no summary file outside a runner
        }
    }
}


/***/ }),

/***/ 378:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VA: () => (/* binding */ mayGenerate),
/* harmony export */   eM: () => (/* binding */ issueEvent),
/* harmony export */   zd: () => (/* binding */ upsertStatusComment)
/* harmony export */ });
/* unused harmony exports STATUS_MARKER, WRITE_ROLES */
/* harmony import */ var _labels_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4584);
// What delivery does on the request issue: decide whether an event asks for a run, check that its sender
// may ask, and keep one status comment up to date.

/** Hidden at the top of the status comment so that each run finds and edits it instead of adding another. */
const STATUS_MARKER = '<!-- fastapi-scaffold:status -->';
const WRITE_ROLES = ['admin', 'maintain', 'write'];
/**
 * Whether this event asks for a generation, and on whose authority. Generation needs a sender with write
 * access (checked later, through the API) who stands behind the body as the event carried it:
 *
 * - the issue's author opening, reopening or editing the body of their own issue (not only its title), or
 *   adding the request label to their own issue opened without the form;
 * - anyone adding the retry label: that is the approval of the body as it reads at that moment, the way a
 *   writer runs someone else's request.
 *
 * A writer who edits or reopens someone else's issue has not approved it: nothing runs until the retry label
 * is added. (Re-runs use a label rather than an `issue_comment` command: the comment trigger would start a
 * job for every comment anyone writes, and only people with triage access can label.)
 */
function issueEvent(eventName, payload) {
    const sender = payload.sender?.login ?? '';
    if (sender === '')
        return { run: false, why: 'the event names no sender' };
    if (eventName !== 'issues') {
        // workflow_dispatch or a custom workflow naming the issue: whoever started the run asks for the issue as
        // it reads now.
        return { run: true, sender, why: eventName };
    }
    const body = payload.issue ? (payload.issue.body ?? '') : undefined;
    const author = payload.issue?.user?.login ?? 'unknown';
    const byAuthor = author === sender;
    const approve = `add the label ${_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .RETRY_LABEL */ .We} to approve it`;
    const ownEvent = (why, byOther) => byAuthor
        ? { run: true, sender, why, ...(body !== undefined ? { body } : {}) }
        : { run: false, why: `@${sender} ${byOther} @${author}'s request; ${approve}` };
    switch (payload.action) {
        case 'opened':
        case 'reopened':
            return ownEvent(`issue ${payload.action}`, payload.action);
        case 'edited':
            if (payload.changes?.body === undefined)
                break;
            return ownEvent('issue body edited', 'edited');
        case 'labeled':
            if (payload.label?.name === _labels_js__WEBPACK_IMPORTED_MODULE_0__/* .RETRY_LABEL */ .We) {
                return {
                    run: true,
                    sender,
                    why: `label ${_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .RETRY_LABEL */ .We} added`,
                    consumesLabel: _labels_js__WEBPACK_IMPORTED_MODULE_0__/* .RETRY_LABEL */ .We,
                    ...(body !== undefined ? { body } : {}),
                };
            }
            if (payload.label?.name === _labels_js__WEBPACK_IMPORTED_MODULE_0__/* .REQUEST_LABEL */ .dF) {
                return ownEvent(`label ${_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .REQUEST_LABEL */ .dF} added`, `added the label ${_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .REQUEST_LABEL */ .dF} to`);
            }
            break;
    }
    return { run: false, why: `issue ${payload.action ?? 'event'} does not change the request` };
}
/** Only people who could push the branch themselves may have the generator push it. */
async function mayGenerate(gh, repo, login) {
    const { permission, role } = await gh.permission(repo, login);
    // A custom role reports its own name; its base permission says whether it can push.
    const allowed = permission === 'admin' ||
        permission === 'write' ||
        WRITE_ROLES.includes(role);
    return { allowed, role };
}
/**
 * Creates the status comment, or edits the one an earlier run left: the newest comment starting with the
 * marker among those the token's own identity wrote, so that nobody else's comment (a person's, another
 * bot's) that copies the marker can take the status over.
 */
async function upsertStatusComment(gh, repo, issue, body) {
    const text = `${STATUS_MARKER}\n${body}`;
    const self = await gh.viewer();
    const existing = (await gh.comments(repo, issue)).filter((comment) => comment.author === self && comment.body.startsWith(STATUS_MARKER));
    const latest = existing[existing.length - 1];
    if (latest) {
        await gh.updateComment(repo, latest.id, text);
        return latest.id;
    }
    return gh.createComment(repo, issue, text);
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rr: () => (/* binding */ exitCodeFor),
/* harmony export */   bD: () => (/* binding */ messageOf),
/* harmony export */   dc: () => (/* binding */ EXIT),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
// The one channel for errors a person can fix: `UserError`, thrown by whichever stage finds the problem and
// caught once at each edge, where it becomes a one-line message (the CLI's stderr, the action's annotation and
// status comment) and an exit code. Anything else thrown is ours or the machine's (a write that failed, GitHub
// or git failing, a bug).
//
// Why one error type rather than result values: every stage stops at its first problem and the stories are
// straight sequences of steps, so an exception says "stop here" without each step re-wrapping what the step
// below returned; and bugs are exceptions anyway, so each edge has one catch that sorts the two.
/** A problem with the request or the workspace that the person who asked can fix; its message says how. */
class UserError extends Error {
    name = 'UserError';
}
/** Exit codes of both edges: 0 done, 1 failed (a check, GitHub, the machine, a bug), 2 a request to fix. */
const EXIT = { ok: 0, failed: 1, userError: 2 };
function exitCodeFor(error) {
    return error instanceof UserError ? EXIT.userError : EXIT.failed;
}
/** The message of anything thrown. */
function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 4584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $r: () => (/* binding */ CONFLICTS_LABEL),
/* harmony export */   We: () => (/* binding */ RETRY_LABEL),
/* harmony export */   dF: () => (/* binding */ REQUEST_LABEL),
/* harmony export */   nV: () => (/* binding */ CHECKS_FAILED_LABEL)
/* harmony export */ });
/* unused harmony export PULL_REQUEST_LABEL */
// The names of the labels the tool reads or sets, in one place: the action sets them, init asks for them to be
// created, and the issue form and workflows name them.
/** The label the issue form applies: the issue workflow only looks at issues carrying it. */
const REQUEST_LABEL = 'scaffold-request';
/** Adding this label runs the request again; the run takes it off so that it can be added again. */
const RETRY_LABEL = 'scaffold-retry';
/** On a pull request whose generated project failed a check, so a reviewer sees it in any list. */
const CHECKS_FAILED_LABEL = 'checks-failed';
/** On a pull request that holds conflict markers, so a reviewer sees it in any list. */
const CONFLICTS_LABEL = 'scaffold-conflicts';
/** On every pull request the action opens: action.yml's default `labels`. */
const PULL_REQUEST_LABEL = 'fastapi-scaffold';


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ fenced)
/* harmony export */ });
// Markdown pieces every report sent to GitHub shares.
/** A fence longer than any run of backticks in `text`, so quoted text cannot close it. */
function fenced(text, info = 'text') {
    const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}${info}\n${text}\n${fence}`;
}


/***/ }),

/***/ 9378:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dn: () => (/* binding */ API_TYPES),
/* harmony export */   W4: () => (/* binding */ AUTH_MODES),
/* harmony export */   Xe: () => (/* binding */ ARCHITECTURES),
/* harmony export */   bb: () => (/* binding */ FORM_INPUTS),
/* harmony export */   mm: () => (/* binding */ inputSpec),
/* harmony export */   rN: () => (/* binding */ WORKSPACE_INPUT),
/* harmony export */   xb: () => (/* binding */ OPERATIONS)
/* harmony export */ });
/* unused harmony exports REQUEST_INPUTS, OPERATION_INPUT, SETTING_INPUTS */
// The one definition of what a person can ask for. action.yml, the workflow_dispatch form, the issue form
// and the CLI flags are all checked against these lists by test/request/schema-drift.test.ts.
const OPERATIONS = ['generate', 'update'];
const API_TYPES = ['http-api', 'function-url'];
const AUTH_MODES = ['iam', 'cognito', 'none'];
const ARCHITECTURES = ['arm64', 'x86_64'];
const REQUEST_INPUTS = [
    {
        id: 'name',
        label: 'API name',
        description: 'Name of the API, in any case style: "orders-api", "OrdersApi", "orders_api" and "Orders API" all give the project orders-api, module orders_api and class OrdersApi.',
        required: true,
    },
    {
        id: 'directory',
        label: 'Directory',
        description: 'Directory of the workspace, relative to its root, that holds the API project.',
        required: false,
        default: 'packages',
    },
    {
        id: 'api-type',
        label: 'API type',
        description: 'How the API is exposed.',
        required: false,
        default: 'http-api',
        options: [
            {
                value: 'http-api',
                description: 'API Gateway HTTP API in front of the function (Mangum handler)',
            },
            {
                value: 'function-url',
                description: 'Lambda Function URL with response streaming (Lambda Web Adapter)',
            },
        ],
    },
    {
        id: 'auth',
        label: 'Authentication',
        description: 'Who may call the API.',
        required: false,
        default: 'iam',
        options: [
            { value: 'iam', description: 'AWS IAM (SigV4-signed requests)' },
            { value: 'cognito', description: 'Amazon Cognito user pool (JWT); HTTP API only' },
            { value: 'none', description: 'Public: anyone on the internet can call it' },
        ],
    },
    {
        id: 'architecture',
        label: 'Lambda architecture',
        description: 'Instruction set of the Lambda function.',
        required: false,
        default: 'arm64',
        options: [
            { value: 'arm64', description: 'AWS Graviton (cheaper per GB-second)' },
            { value: 'x86_64', description: 'Intel/AMD x86_64' },
        ],
    },
];
/**
 * Generate a new API or update one the workspace has. The CLI spells it as its command word
 * (`fastapi-scaffold update`), so it is not among the request's flags.
 */
const OPERATION_INPUT = {
    id: 'operation',
    label: 'Operation',
    description: 'Generate a new API, or update one this repository already has. An update keeps the API where it is, re-renders it with the templates of this version and the options given, and merges your edits; an option left empty keeps its recorded value.',
    required: false,
    default: 'generate',
    options: [
        { value: 'generate', description: 'Create a new API' },
        {
            value: 'update',
            description: 'Change or upgrade an API this repository has; the options are its settings after the update',
        },
    ],
};
/** action.yml, the workflow_dispatch form and the issue form ask these, in this order. */
const FORM_INPUTS = [OPERATION_INPUT, ...REQUEST_INPUTS];
/**
 * Where the repository keeps its service workspace (package.json, packages/, .scaffold/): a setting of the
 * repository, not of a request. `fastapi-scaffold init --workspace W` writes it into the workflows it sets up,
 * so the forms never ask it; the CLI's own `--workspace` is a path on the machine instead.
 */
const WORKSPACE_INPUT = {
    id: 'workspace',
    label: 'Workspace',
    description: 'Directory of the repository, relative to its top level, that holds the service workspace (its package.json, packages/ and .scaffold/). fastapi-scaffold init writes it into the workflows when the workspace is not the top level.',
    required: false,
    default: '.',
};
/** action.yml takes these besides FORM_INPUTS; the workflows set them, the forms do not ask them. */
const SETTING_INPUTS = [WORKSPACE_INPUT];
function inputSpec(id) {
    const spec = FORM_INPUTS.find((input) => input.id === id);
    if (!spec)
        throw new Error(`unknown input ${id}`);
    return spec;
}


/***/ })

};
