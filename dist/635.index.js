export const id = 635;
export const ids = [635,193,116,940];
export const modules = {

/***/ 1193:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GitError: () => (/* binding */ GitError),
/* harmony export */   git: () => (/* binding */ git),
/* harmony export */   reason: () => (/* binding */ reason),
/* harmony export */   redactor: () => (/* binding */ redactor),
/* harmony export */   requireCheckout: () => (/* binding */ requireCheckout)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
// A thin wrapper around the git CLI. The token travels in the environment (GIT_CONFIG_*), never on a command
// line, and is scrubbed from anything git prints.


class GitError extends Error {
    result;
    constructor(message, result) {
        super(message);
        this.result = result;
    }
}
/**
 * Git's configuration for the token. `actions/checkout` persists its own token as
 * `http.<server>/.extraheader` (in v6, in a file included from .git/config); a second Authorization header
 * makes GitHub answer 400, so ours first resets that list (an empty value clears it) and then adds itself.
 */
function authEnvironment(auth) {
    const key = `http.${auth.serverUrl.replace(/\/+$/, '')}/.extraheader`;
    const basic = Buffer.from(`x-access-token:${auth.token}`).toString('base64');
    return {
        GIT_CONFIG_COUNT: '2',
        GIT_CONFIG_KEY_0: key,
        GIT_CONFIG_VALUE_0: '',
        GIT_CONFIG_KEY_1: key,
        GIT_CONFIG_VALUE_1: `AUTHORIZATION: basic ${basic}`,
    };
}
function redactor(secrets) {
    const hidden = secrets
        .filter((secret) => secret.length > 0)
        .flatMap((secret) => [secret, Buffer.from(`x-access-token:${secret}`).toString('base64')]);
    return (text) => hidden.reduce((result, secret) => result.split(secret).join('***'), text);
}
/**
 * Why git failed, from what it printed: its `fatal:` and `error:` lines (also as relayed from the server after
 * `remote:`) and a push's rejected refs (` ! [rejected] … (reason)`), in order. Hints and advice that follow
 * them are left out; when there is no such line, the last lines that are not hints.
 */
function reason(stderr) {
    const lines = stderr
        .split('\n')
        .map((line) => line.trimEnd())
        .filter((line) => line.trim() !== '');
    const telling = lines.filter((line) => /^(remote: )?(fatal|error):|^ ! \[/.test(line));
    const chosen = telling.length > 0 ? telling : lines.filter((line) => !/^hint:/.test(line)).slice(-3);
    return chosen.map((line) => line.trim()).join(' | ');
}
/**
 * Fails with what to do when `g` does not run in a git repository: the action works on the runner's checkout,
 * which only actions/checkout makes.
 */
async function requireCheckout(g, workspace) {
    const result = await g(['rev-parse', '--git-dir'], { allowFailure: true });
    if (result.code === 0)
        return;
    if (/not a git repository/i.test(result.stderr))
        throw new GitError(`${workspace} is not a git repository: run actions/checkout first (git said: ${reason(result.stderr)})`, result);
    throw new GitError(`git rev-parse failed in ${workspace} (exit ${result.code}): ${reason(result.stderr)}`, result);
}
function git(cwd, options = {}) {
    const redact = redactor(options.auth ? [options.auth.token] : []);
    // The caller's GIT_AUTHOR_*/GIT_COMMITTER_* would override the identity a commit names with `-c user.*`:
    // the generator's commits must carry the generator's identity, which later runs check.
    const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^GIT_(AUTHOR|COMMITTER)_/.test(name)));
    const env = {
        ...inherited,
        GIT_TERMINAL_PROMPT: '0',
        GIT_CONFIG_NOSYSTEM: '1',
        LC_ALL: 'C',
        ...options.env,
        ...(options.auth ? authEnvironment(options.auth) : {}),
    };
    return (args, { allowFailure = false } = {}) => new Promise((resolve, reject) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', [...args], { cwd, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
            // Git did not start; Node says ENOENT for a missing directory as for a missing git.
            if (error && (error.code === 'ENOENT' || error.code === 'EACCES')) {
                const why = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(cwd) ? error.message : 'no such directory';
                const result = { code: 127, stdout: '', stderr: why };
                reject(new GitError(`git ${args[0]} could not start in ${cwd}: ${why}`, result));
                return;
            }
            const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
            const result = { code, stdout: redact(String(stdout)), stderr: redact(String(stderr)) };
            if (code !== 0 && !allowFailure) {
                reject(new GitError(`git ${args[0]} failed (exit ${code}): ${reason(result.stderr)}`, result));
                return;
            }
            resolve(result);
        });
    });
}


/***/ }),

/***/ 6116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  errorText: () => (/* binding */ errorText),
  gitHub: () => (/* binding */ gitHub),
  octokit: () => (/* binding */ octokit),
  statusOf: () => (/* binding */ statusOf)
});

// EXTERNAL MODULE: ./node_modules/@octokit/rest/dist-src/index.js + 22 modules
var dist_src = __webpack_require__(891);
;// CONCATENATED MODULE: ./src/deliver/github-calls.ts
// How every request to GitHub is made: one deadline for the whole exchange (headers and body), retries of
// GitHub's own failures within a budget shared by the whole run, and failures that name the call, e.g.
// "GitHub answered 503 to GET /repos/acme/services/issues/1 4 times".
/**
 * What a run uses. GitHub ends a request it has worked on for 10 s with a 5xx ("Troubleshooting the REST API:
 * Timeouts"), so an answer still incomplete after 15 s is not coming. Three minutes of retries let a run wait
 * out the 60 s GitHub asks for after a secondary rate limit, while a bad day costs minutes, not an hour.
 *
 * Writes are not spaced out: a run makes a handful (status comment, pull request, labels), one after the other,
 * and GitHub's "Best practices" ask for requests in series, and a second between writes only of clients that
 * make a large number of them.
 */
const CALL_LIMITS = {
    requestMs: 15_000,
    backoffMs: [1000, 2000, 4000],
    retries: 10,
    retryMs: 180_000,
};
const SYSTEM_CLOCK = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
/**
 * A call to GitHub that failed, with a message naming it. `status` and `response` are GitHub's, when it
 * answered, so callers can still act on a 404 or read the detail of a 422.
 */
class GitHubCallError extends Error {
    call;
    status;
    response;
    constructor(message, call, status, response) {
        super(message);
        this.call = call;
        this.status = status;
        this.response = response;
    }
}
/** `GET /repos/o/r/issues/7`: the method and the path below the API's base URL, without the query. */
function callName(method, url, baseUrl) {
    const path = url.startsWith(baseUrl) ? url.slice(baseUrl.length) : new URL(url).pathname;
    return `${method} ${path.split('?')[0]}`;
}
/** An exchange that ended without a whole, readable answer. */
class IncompleteAnswer extends Error {
    kind;
    status;
    detail;
    constructor(kind, status, detail = '') {
        super(`incomplete answer (${kind}${detail ? `: ${detail}` : ''})`);
        this.kind = kind;
        this.status = status;
        this.detail = detail;
    }
}
const NULL_BODY = new Set([204, 205, 304]);
/**
 * A fetch that gives each exchange `ms` in total and reads the whole body inside that time. Octokit reads
 * bodies itself with no limit but undici's 300 s between two chunks, and takes a body it cannot read or parse
 * for an answer ("" or the raw text); here both are failures, and Octokit gets the body from memory.
 */
function fetchWithin(ms) {
    return async (input, init) => {
        const deadline = AbortSignal.timeout(ms);
        const signal = init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline;
        let response;
        try {
            response = await fetch(input, { ...init, signal });
        }
        catch (error) {
            if (deadline.aborted)
                throw new IncompleteAnswer('silent');
            throw error;
        }
        let body;
        try {
            body = await response.arrayBuffer();
        }
        catch (error) {
            const reason = error.cause ?? error;
            throw new IncompleteAnswer(deadline.aborted ? 'slow' : 'broken', response.status, reason.message);
        }
        if (response.ok && /\bjson\b/i.test(response.headers.get('content-type') ?? '')) {
            try {
                if (body.byteLength > 0)
                    JSON.parse(new TextDecoder().decode(body));
            }
            catch {
                throw new IncompleteAnswer('not-json', response.status, `${body.byteLength} bytes`);
            }
        }
        const copy = new Response(NULL_BODY.has(response.status) ? null : body, {
            status: response.status,
            statusText: response.statusText,
            headers: response.headers,
        });
        Object.defineProperty(copy, 'url', { value: response.url });
        return copy;
    };
}
const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'DELETE']);
function firstLine(text) {
    const line = text.trim().split('\n')[0] ?? '';
    return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}
/** What went wrong with one attempt, or undefined for an error that is not about GitHub (a bug). */
function classify(error, method, call, limits, now) {
    const failure = error;
    const seconds = `${limits.requestMs / 1000} s`;
    const incomplete = failure.cause instanceof IncompleteAnswer ? failure.cause : undefined;
    if (incomplete) {
        // An answer missing at the deadline is not waited for twice: GitHub has given up on it already. One that
        // broke off may belong to a write GitHub has done: only what is safe to repeat is repeated.
        const retry = IDEMPOTENT.has(method) && incomplete.kind !== 'silent' && incomplete.kind !== 'slow';
        const text = {
            silent: `GitHub sent no answer to ${call} within ${seconds}`,
            slow: `GitHub's answer (${incomplete.status}) to ${call} was still arriving after ${seconds}`,
            broken: `GitHub's answer (${incomplete.status}) to ${call} broke off: ${incomplete.detail}`,
            'not-json': `GitHub's answer (${incomplete.status}) to ${call} is not valid JSON (${incomplete.detail})`,
        }[incomplete.kind];
        return { describe: (times) => `${text}${times}`, retry };
    }
    if (failure.response && typeof failure.status === 'number') {
        const { status, response } = failure;
        const headers = response.headers;
        const detail = firstLine(failure.message);
        const describe = (times) => `GitHub answered ${status} to ${call}${times}${detail ? `: ${detail}` : ''}`;
        const retryAfter = Number(headers['retry-after']);
        const afterMs = Number.isFinite(retryAfter) && retryAfter >= 0 ? retryAfter * 1000 : undefined;
        if (status === 403 || status === 429) {
            // GitHub's guidance: wait as retry-after says, else until the limit resets, else at least a minute.
            const limit = /\bsecondary rate\b/i.test(failure.message)
                ? 'secondary rate limit'
                : headers['x-ratelimit-remaining'] === '0'
                    ? 'rate limit'
                    : status === 429
                        ? 'too many requests'
                        : undefined;
            if (limit) {
                const resetMs = limit === 'rate limit' ? Number(headers['x-ratelimit-reset']) * 1000 - now + 1000 : NaN;
                const ms = afterMs ?? (Number.isFinite(resetMs) ? Math.max(resetMs, 0) : 60_000);
                return { describe, retry: true, asked: { ms, why: limit }, status, response };
            }
        }
        const asked = afterMs !== undefined ? { ms: afterMs, why: `a ${status}` } : undefined;
        return { describe, retry: status >= 500, asked, status, response };
    }
    if (failure.request !== undefined && failure.status === 500) {
        // No answer at all (refused, reset, DNS): @octokit/request wraps fetch's error as a 500.
        const text = `could not reach GitHub for ${call}: ${firstLine(failure.message)}`;
        return { describe: (times) => `${text}${times}`, retry: true };
    }
    return undefined;
}
function worded(attempts) {
    return attempts === 1 ? '' : attempts === 2 ? ' twice' : ` ${attempts} times`;
}
const secondsOf = (ms) => `${Math.ceil(ms / 1000)} s`;
/**
 * Puts every request of `client` under `limits`: failed attempts that another may fix are retried, at most
 * `backoffMs.length` times per call, and only while the run's budget of retries and time lasts; a wait GitHub
 * asks for that the budget cannot pay ends the call at once. Each failure is thrown as a GitHubCallError.
 */
function limitCalls(client, limits, clock, log) {
    let retriesLeft = limits.retries;
    let retryMsLeft = limits.retryMs;
    client.hook.wrap('request', async (request, options) => {
        const { method, url } = client.request.endpoint.parse(options);
        const call = callName(method, url, options.baseUrl);
        for (let attempt = 1;; attempt++) {
            const started = clock.now();
            try {
                return await request(options);
            }
            catch (error) {
                const failure = classify(error, method, call, limits, clock.now());
                if (!failure)
                    throw error;
                const fail = (message) => new GitHubCallError(message, call, failure.status, failure.response);
                if (!failure.retry || attempt > limits.backoffMs.length)
                    throw fail(failure.describe(worded(attempt)));
                const wait = failure.asked?.ms ?? limits.backoffMs[attempt - 1];
                const cost = clock.now() - started + wait;
                if (failure.asked && cost > retryMsLeft) {
                    throw fail(`${failure.describe(worded(attempt))}; GitHub asked to wait ${secondsOf(failure.asked.ms)} (${failure.asked.why}) before trying again, more than the ${secondsOf(Math.max(retryMsLeft, 0))} this run can still wait. Run it again later.`);
                }
                if (retriesLeft <= 0 || cost > retryMsLeft) {
                    throw fail(`${failure.describe(worded(attempt))}; the run's retries (${limits.retries}, ${secondsOf(limits.retryMs)} in all) are spent`);
                }
                retriesLeft--;
                retryMsLeft -= cost;
                log.warn(`${failure.describe('')}; trying again in ${secondsOf(wait)}`);
                await clock.sleep(wait);
            }
        }
    });
}

;// CONCATENATED MODULE: ./src/deliver/github.ts
// A thin wrapper around the few GitHub REST calls delivery makes, each under the limits of github-calls.ts
// and each answer checked for the fields delivery uses. Everything above it deals in plain values, and tests
// can replace it with a fake.


/** The error's message and the response body, where GitHub puts the detail of a 422. */
function errorText(error) {
    const parts = [String(error?.message ?? error)];
    const data = error?.response?.data;
    if (data !== undefined)
        parts.push(JSON.stringify(data));
    return parts.join(' ');
}
/** The HTTP status GitHub answered with, if the error carries one. */
function statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
function octokit(options) {
    const limits = options.limits ?? CALL_LIMITS;
    const client = new dist_src/* Octokit */.E({
        auth: options.token,
        baseUrl: options.baseUrl,
        userAgent: 'fastapi-scaffold',
        // Octokit logs each failed request as an error; the retries warn, and the last failure is thrown.
        log: { debug: () => { }, info: () => { }, warn: options.log.warn, error: options.log.info },
        request: { fetch: fetchWithin(limits.requestMs) },
    });
    limitCalls(client, limits, options.clock ?? SYSTEM_CLOCK, options.log);
    return client;
}
/** GitHub's answer as far as delivery relies on it: an object with these fields, else a failure naming the call. */
function shaped(call, data, fields) {
    const missing = Object.entries(fields)
        .filter(([path, type]) => typeof path.split('.').reduce((v, k) => v?.[k], data) !== type)
        .map(([path, type]) => `${path} (${type})`);
    if (missing.length > 0) {
        throw new GitHubCallError(`GitHub's answer to ${call} lacks ${missing.join(', ')}; it is not the answer GitHub documents`, call);
    }
    return data;
}
function listed(call, data, fields) {
    if (!Array.isArray(data)) {
        throw new GitHubCallError(`GitHub's answer to ${call} is not a list`, call);
    }
    return data.map((item) => shaped(call, item, fields));
}
const PULL = { number: 'number', html_url: 'string', 'head.sha': 'string' };
function gitHub(client) {
    const baseUrl = client.request.endpoint.DEFAULTS.baseUrl;
    const on = (method, response) => callName(method, response.url, baseUrl);
    const pull = (call, data) => {
        const checked = shaped(call, data, PULL);
        return { number: checked.number, url: checked.html_url, headSha: checked.head.sha };
    };
    let viewer;
    return {
        viewer() {
            // REST's GET /user refuses installation tokens (GITHUB_TOKEN, App tokens); GraphQL's viewer answers
            // for every kind of token. Asked once per run.
            viewer ??= client
                .graphql('query { viewer { login } }')
                .then((data) => shaped('POST /graphql', data, { 'viewer.login': 'string' }).viewer.login);
            return viewer;
        },
        async defaultBranch(repo) {
            const response = await client.rest.repos.get({ ...repo });
            return shaped(on('GET', response), response.data, { default_branch: 'string' })
                .default_branch;
        },
        async permission(repo, login) {
            try {
                const response = await client.rest.repos.getCollaboratorPermissionLevel({
                    ...repo,
                    username: login,
                });
                const data = shaped(on('GET', response), response.data, { permission: 'string' });
                return { permission: data.permission, role: data.role_name || data.permission };
            }
            catch (error) {
                if (statusOf(error) === 404)
                    return { permission: 'none', role: 'none' };
                throw error;
            }
        },
        async issue(repo, number) {
            const response = await client.rest.issues.get({ ...repo, issue_number: number });
            const data = shaped(on('GET', response), response.data, { number: 'number' });
            return {
                number: data.number,
                body: data.body ?? '',
                isPullRequest: data.pull_request != null,
            };
        },
        async comments(repo, issue) {
            const all = [];
            const pages = client.paginate.iterator(client.rest.issues.listComments, {
                ...repo,
                issue_number: issue,
                per_page: 100,
            });
            for await (const response of pages) {
                for (const comment of listed(on('GET', response), response.data, { id: 'number' })) {
                    all.push({
                        id: comment.id,
                        body: comment.body ?? '',
                        author: comment.user?.login ?? '',
                    });
                }
            }
            return all;
        },
        async createComment(repo, issue, body) {
            const response = await client.rest.issues.createComment({
                ...repo,
                issue_number: issue,
                body,
            });
            return shaped(on('POST', response), response.data, { id: 'number' }).id;
        },
        async updateComment(repo, id, body) {
            await client.rest.issues.updateComment({ ...repo, comment_id: id, body });
        },
        async openPull(repo, head) {
            const response = await client.rest.pulls.list({
                ...repo,
                state: 'open',
                head: `${repo.owner}:${head}`,
                per_page: 10,
            });
            const call = on('GET', response);
            const [first] = listed(call, response.data, PULL);
            return first ? pull(call, first) : undefined;
        },
        async createPull(repo, request) {
            const response = await client.rest.pulls.create({ ...repo, ...request });
            return pull(on('POST', response), response.data);
        },
        async updatePull(repo, number, request) {
            const response = await client.rest.pulls.update({
                ...repo,
                pull_number: number,
                ...request,
            });
            return pull(on('PATCH', response), response.data);
        },
        async addLabels(repo, issue, labels) {
            await client.rest.issues.addLabels({ ...repo, issue_number: issue, labels: [...labels] });
        },
        async removeLabel(repo, issue, label) {
            try {
                await client.rest.issues.removeLabel({ ...repo, issue_number: issue, name: label });
            }
            catch (error) {
                if (statusOf(error) !== 404)
                    throw error;
            }
        },
    };
}


/***/ }),

/***/ 5005:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DE: () => (/* binding */ CONSTRUCTS_DIR),
/* harmony export */   lc: () => (/* binding */ INFRA_DIR),
/* harmony export */   r3: () => (/* binding */ CDK_WORKSPACE_DIR),
/* harmony export */   tY: () => (/* binding */ lockFiles),
/* harmony export */   uI: () => (/* binding */ NPM_WORKSPACE_DIR),
/* harmony export */   v7: () => (/* binding */ RECORDS_DIR),
/* harmony export */   zk: () => (/* binding */ GENERATOR_OWNED_PATHS)
/* harmony export */ });
/* unused harmony export LAYOUT */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
// The fixed places of a generated workspace, named once for every stage (request validation, planning, verify,
// delivery). test/layout.test.ts holds each against the template tree, so templates/ and this file cannot
// part. The APIs go wherever the `directory` input says (`packages/` by default); the shared CDK workspace
// does not follow them: it is always `packages/`, next to however many APIs live in `services/` or elsewhere.
// The repository root is the Nx and npm workspace: one install there brings nx and both CDK packages.

/** The npm (and pnpm) workspace root: its package.json lists the CDK packages and brings nx; one lock file. */
const NPM_WORKSPACE_DIR = '.';
/** Where the CDK packages every API shares live, with their solution tsconfig. */
const CDK_WORKSPACE_DIR = 'packages';
/** The constructs package: the FastApi core construct and one generated construct per API. */
const CONSTRUCTS_DIR = `${CDK_WORKSPACE_DIR}/common/constructs`;
/** The CDK app: the user's stack and the generated list of APIs. */
const INFRA_DIR = `${CDK_WORKSPACE_DIR}/infra`;
/** One provenance record per API: `<dir>/<project>.json`. */
const RECORDS_DIR = '.scaffold';
/** Paths the generator writes itself; no API may live at, above or inside them. */
const GENERATOR_OWNED_PATHS = [
    `${CDK_WORKSPACE_DIR}/common`,
    INFRA_DIR,
    RECORDS_DIR,
];
/**
 * The lock files the verify stage writes when a change has none yet; they belong in the change, or every
 * later install resolves afresh.
 */
function lockFiles(projectRoot) {
    return [`${projectRoot}/uv.lock`, node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(NPM_WORKSPACE_DIR, 'package-lock.json')];
}
/** The places above by the names the workflow scripts use (`fastapi-scaffold layout` prints them). */
const LAYOUT = {
    NPM_WORKSPACE_DIR,
    CDK_WORKSPACE_DIR,
    CONSTRUCTS_DIR,
    INFRA_DIR,
    RECORDS_DIR,
};


/***/ }),

/***/ 2940:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CONDITION_SEGMENT: () => (/* binding */ CONDITION_SEGMENT),
/* harmony export */   byCodeUnit: () => (/* binding */ byCodeUnit),
/* harmony export */   loadTemplates: () => (/* binding */ loadTemplates),
/* harmony export */   readTemplateFiles: () => (/* binding */ readTemplateFiles),
/* harmony export */   shippedTemplates: () => (/* binding */ shippedTemplates),
/* harmony export */   templateSet: () => (/* binding */ templateSet)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var mustache__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(562);
/* harmony import */ var _tool_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5325);
/* harmony import */ var _view_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5314);
// Loads the template tree and checks it before anything is rendered.
//
// A template's path mirrors its output path: `__projectName__` (and the other PATH_PLACEHOLDERS) stand for
// the request's names and a leading `__dot__` for `.` (so the tree can hold `.gitignore` without git obeying
// it). A folder `__if_<key>__/` (a boolean view key) is a condition, not a folder of the output: what it holds
// is written into its parent only when the key is true, so the tree shows what appears when. A template may
// start with one directive line, a mustache comment that renders as nothing:
//
//   {{! scaffold owner=generated executable }}
//
// owner    `user` (default): the person's file once written; `generated`: the generator's, with a header.
//          Both are re-rendered by later generations and 3-way merged where a person edited them.
// executable  the file is written with mode 755.
// join     `json`, `lines` or `block`: a file of the person's that was there before the generator is joined
//          with the rendering (src/plan/join.ts) instead of being left alone, e.g. a repository's own
//          package.json; `block` keeps the rendering as a marked section of their file (a README).
//
// The templates of the workspace `init` sets up (templates-workspace/) are workflows full of GitHub's
// `${{ }}`: they switch mustache to `<% %>` on their second line (`{{=<% %>=}}`), so both read as written.






const DIRECTIVE = /^\{\{!\s*scaffold\b([^}]*)\}\}\r?\n/;
const PER_API_PLACEHOLDERS = ['projectName', 'moduleName', 'className'];
// Python file names that look like placeholders but are literal (`__init__.py`, `__main__.py`).
const PYTHON_DUNDERS = new Set(['init', 'main']);
/** A path segment that makes what is under it conditional on a boolean view key. */
const CONDITION_SEGMENT = /^__if_([A-Za-z0-9]+)__$/;
function parseDirective(source, text) {
    const match = DIRECTIVE.exec(text);
    if (!match)
        return { body: text, owner: 'user', executable: false };
    let owner = 'user';
    let executable = false;
    let join;
    for (const word of match[1].trim().split(/\s+/).filter(Boolean)) {
        const [key, value] = word.split('=', 2);
        if (key === 'owner' && (value === 'generated' || value === 'user'))
            owner = value;
        else if (key === 'executable' && value === undefined)
            executable = true;
        else if (key === 'join' && (value === 'json' || value === 'lines' || value === 'block'))
            join = value;
        else
            throw new Error(`template ${source}: bad directive "${word}"`);
    }
    return { body: text.slice(match[0].length), owner, executable, ...(join ? { join } : {}) };
}
/** The conditions a template's folders spell, checked against the view's boolean keys. */
function conditions(source) {
    const keys = [];
    for (const segment of source.split('/').slice(0, -1)) {
        const condition = CONDITION_SEGMENT.exec(segment);
        if (!condition)
            continue;
        const key = condition[1];
        if (!_view_js__WEBPACK_IMPORTED_MODULE_5__/* .BOOLEAN_VIEW_KEYS */ .Wt.has(key)) {
            throw new Error(`template ${source}: __if_${key}__ names no boolean view key`);
        }
        keys.push(key);
    }
    return keys;
}
/** Every `{{name}}` must be a view key or, inside `{{#apis}}`, `.`-free field of an API. */
function checkKeys(source, tokens, keys) {
    for (const token of tokens) {
        const [type, value] = token;
        if (type === 'name' || type === '&' || type === '#' || type === '^') {
            const key = value.split('.')[0];
            if (value !== '.' && !keys.has(key)) {
                throw new Error(`template ${source} uses unknown key "${value}"`);
            }
        }
        const children = token[4];
        if (Array.isArray(children))
            checkKeys(source, children, keys);
    }
}
// By UTF-16 code unit, not localeCompare: the order (and so the digest and dist/templates.json) must not depend
// on the locale of the machine that reads or bundles the templates.
const byCodeUnit = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
function walk(root, dir = '') {
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, dir), { withFileTypes: true })
        .sort((a, b) => byCodeUnit(a.name, b.name))
        .flatMap((entry) => {
        const path = dir ? `${dir}/${entry.name}` : entry.name;
        return entry.isDirectory() ? walk(root, path) : entry.isFile() ? [path] : [];
    });
}
/** The template tree's files in the order the digest covers them. */
function readTemplateFiles(root) {
    return walk(root).map((source) => ({ source, text: (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, source), 'utf8') }));
}
/**
 * Checks and parses template files. `strict: false` is for the archived templates of an earlier version,
 * which are only ever rendered to recover what that version wrote: a key this version no longer has renders
 * empty there, and the hash check of the result catches it. `keys`: the view keys the templates may use
 * (an API's by default; the workspace's for templates-workspace/).
 */
function templateSet(files, { strict = true, keys = _view_js__WEBPACK_IMPORTED_MODULE_5__/* .VIEW_KEYS */ .vR } = {}) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    const templates = files.map(({ source, text }) => {
        hash.update(source).update('\0').update(text).update('\0');
        const parsed = parseDirective(source, text);
        const when = strict ? conditions(source) : lenientConditions(source);
        const tokens = mustache__WEBPACK_IMPORTED_MODULE_3__/* ["default"] */ .A.parse(parsed.body);
        if (strict)
            checkKeys(source, tokens, keys);
        const unconditional = source
            .split('/')
            .filter((segment) => !CONDITION_SEGMENT.test(segment))
            .join('/');
        for (const placeholder of strict ? unconditional.matchAll(/__([A-Za-z]+)__/g) : []) {
            const key = placeholder[1];
            if (key !== 'dot' &&
                !PYTHON_DUNDERS.has(key) &&
                !_view_js__WEBPACK_IMPORTED_MODULE_5__/* .PATH_PLACEHOLDERS */ .vT.includes(key)) {
                throw new Error(`template ${source} has unknown path placeholder __${key}__`);
            }
        }
        const perApi = PER_API_PLACEHOLDERS.some((key) => source.includes(`__${key}__`));
        return { source, ...parsed, tokens, when, perApi };
    });
    return { templates, digest: hash.digest('hex') };
}
function lenientConditions(source) {
    return source
        .split('/')
        .slice(0, -1)
        .flatMap((segment) => CONDITION_SEGMENT.exec(segment)?.[1] ?? []);
}
function loadTemplates(root) {
    return templateSet(readTemplateFiles(root));
}
let shipped;
/**
 * This tool's own templates. A bundle carries them checked and parsed at build time (scripts/build.mjs), so a
 * run reads one file instead of walking templates/ and parsing every template; the dist/ check of CI and
 * test/bundle.test.ts fail when that file no longer matches templates/. Run from the sources, the tree itself
 * is read. Either way once per process: the set is plain, unchanging data.
 */
function shippedTemplates() {
    if (!shipped) {
        let compiled;
        try {
            compiled = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(_tool_js__WEBPACK_IMPORTED_MODULE_4__/* .COMPILED_TEMPLATES */ .oE, 'utf8');
        }
        catch (error) {
            if (error.code !== 'ENOENT')
                throw error;
        }
        shipped = compiled ? JSON.parse(compiled) : loadTemplates(_tool_js__WEBPACK_IMPORTED_MODULE_4__/* .TEMPLATES_DIR */ .gb);
    }
    return shipped;
}


/***/ }),

/***/ 5314:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eu: () => (/* binding */ apiView),
/* harmony export */   Wt: () => (/* binding */ BOOLEAN_VIEW_KEYS),
/* harmony export */   vR: () => (/* binding */ VIEW_KEYS),
/* harmony export */   vT: () => (/* binding */ PATH_PLACEHOLDERS)
/* harmony export */ });
// The values templates may use. The template loader rejects any `{{key}}` that is not listed here,
// so a typo in a template fails the build instead of rendering as an empty string.
function apiView(request) {
    return {
        name: request.name,
        projectName: request.projectName,
        moduleName: request.moduleName,
        className: request.className,
        constantName: request.constantName,
        title: request.title,
        directory: request.directory,
        projectRoot: request.projectRoot,
        rootFromProject: request.projectRoot
            .split('/')
            .map(() => '..')
            .join('/'),
        apiType: request.apiType,
        auth: request.auth,
        architecture: request.architecture,
        httpApi: request.apiType === 'http-api',
        functionUrl: request.apiType === 'function-url',
        authIam: request.auth === 'iam',
        authCognito: request.auth === 'cognito',
        authNone: request.auth === 'none',
        arm64: request.architecture === 'arm64',
        x86_64: request.architecture === 'x86_64',
        pythonPlatform: request.architecture === 'arm64' ? 'aarch64-manylinux2014' : 'x86_64-manylinux2014',
    };
}
/** A view with placeholder values: its keys are the keys templates may use. */
const SAMPLE_VIEW = apiView({
    name: 'x',
    projectName: 'x',
    moduleName: 'x',
    className: 'X',
    constantName: 'X',
    title: 'X',
    directory: 'x',
    apiType: 'http-api',
    auth: 'iam',
    architecture: 'arm64',
    projectRoot: 'x/x',
});
const VIEW_KEYS = new Set([
    ...Object.keys(SAMPLE_VIEW),
    'apis',
    'toolName',
    'toolVersion',
]);
/** The keys a template's `__if_<key>__/` folder may name. */
const BOOLEAN_VIEW_KEYS = new Set(Object.entries(SAMPLE_VIEW)
    .filter(([, value]) => typeof value === 'boolean')
    .map(([key]) => key));
/** Path placeholders: `__projectName__` in a template path becomes the project name. */
const PATH_PLACEHOLDERS = ['directory', 'projectName', 'moduleName', 'className'];


/***/ }),

/***/ 8635:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  scaffold: () => (/* binding */ scaffold)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/deliver/branch.ts
// The generator-owned branch `scaffold/<project>`: always exactly one generator commit on top of the base.
// Each run rebuilds that commit from the current base in a separate worktree (the runner's checkout, which
// may hold this very action, is never switched), and replaces the branch only if nobody else has pushed to it.


const GENERATOR_TRAILER = 'Scaffold-Generator';
const BASE_TRAILER = 'Scaffold-Base';
/** The tree the generator committed: a commit whose tree differs was changed by someone else. */
const TREE_TRAILER = 'Scaffold-Tree';
/** The request issue the branch answers; carried over by manual runs so its pull request keeps `Closes #N`. */
const ISSUE_TRAILER = 'Scaffold-Issue';
const COMMITTER = {
    name: 'github-actions[bot]',
    email: '41898282+github-actions[bot]@users.noreply.github.com',
};
function branchName(projectName) {
    return `scaffold/${projectName}`;
}
async function isShallow(g) {
    const { stdout } = await g(['rev-parse', '--is-shallow-repository']);
    return stdout.trim() === 'true';
}
/** Fetches `branch` from origin into refs/remotes/origin/<branch>; returns its commit. */
async function fetchBranch(g, branch, depth) {
    const deepen = (await isShallow(g)) ? [`--depth=${depth}`] : [];
    await g([
        'fetch',
        '--no-tags',
        '--quiet',
        ...deepen,
        'origin',
        `+refs/heads/${branch}:refs/remotes/origin/${branch}`,
    ]);
    const { stdout } = await g(['rev-parse', '--verify', `refs/remotes/origin/${branch}^{commit}`]);
    return stdout.trim();
}
/** The commit `branch` points at on origin, or undefined when it does not exist there. */
async function remoteHead(g, branch) {
    const { stdout } = await g(['ls-remote', '--heads', 'origin', `refs/heads/${branch}`]);
    return stdout.trim().split(/\s+/)[0] || undefined;
}
/**
 * Commits on the branch that the generator did not make: those above its newest generator commit. A commit
 * is the generator's only if it is exactly what a run pushed: the generator's committer identity, the tree
 * its trailer recorded, and a single parent that is the base commit its trailer names. A person's commit,
 * merge or rebase shows up here, and so does a generator commit a person amended or squashed (the committer
 * or the tree changes with it).
 */
async function foreignCommits(g, sha) {
    const format = [
        '%H',
        '%an <%ae>',
        '%s',
        `%(trailers:key=${GENERATOR_TRAILER},valueonly,separator=%x2C)`,
        `%(trailers:key=${BASE_TRAILER},valueonly,separator=%x2C)`,
        '%P',
        '%cn <%ce>',
        '%T',
        `%(trailers:key=${TREE_TRAILER},valueonly,separator=%x2C)`,
    ].join('%x00');
    const { stdout } = await g([
        'log',
        '--first-parent',
        '--max-count=20',
        `--format=${format}%x1e`,
        sha,
    ]);
    const committer = `${COMMITTER.name} <${COMMITTER.email}>`;
    const foreign = [];
    // The base a generator commit names is where the branch left its base branch: the walk ends there even
    // when no commit above it is the generator's (an amended or squashed one), so the base's own history is
    // never listed as someone's commits on the branch.
    const namedBases = new Set();
    for (const record of stdout.split('\x1e')) {
        const [hash, author, subject, generator, base, parents, committedBy, tree, recordedTree] = record.replace(/^\n/, '').split('\x00');
        if (!hash)
            continue;
        if (namedBases.has(hash))
            return foreign;
        if ((generator ?? '').trim() !== '' && (base ?? '').trim() !== '') {
            namedBases.add((base ?? '').trim());
        }
        const parentList = (parents ?? '').trim().split(' ').filter(Boolean);
        const ours = (generator ?? '').trim() !== '' &&
            parentList.length === 1 &&
            parentList[0] === (base ?? '').trim() &&
            committedBy === committer &&
            tree !== undefined &&
            tree === (recordedTree ?? '').trim();
        if (ours)
            return foreign;
        foreign.push({ sha: hash, author: author ?? '', subject: subject ?? '' });
    }
    return foreign;
}
/** The request issue a generator commit names in its trailers, if any. */
async function branchIssue(g, sha) {
    const { stdout } = await g([
        'log',
        '-1',
        `--format=%(trailers:key=${ISSUE_TRAILER},valueonly,separator=%x2C)`,
        sha,
    ]);
    const match = /^#(\d+)$/.exec(stdout.trim());
    return match ? Number(match[1]) : undefined;
}
function commitMessage(request, origin, tool, baseSha, tree, 
/** The first line; the pull request's title says the same (`Update orders-api: auth iam → none`). */
subject = `Scaffold ${request.projectName} (${request.apiType}, auth ${request.auth}, ${request.architecture})`) {
    const trailers = [
        `Scaffold-Request: name=${request.name}; directory=${request.directory}; api-type=${request.apiType}; auth=${request.auth}; architecture=${request.architecture}`,
        `Scaffold-Source: ${origin.sourceUrl ?? origin.source}`,
        ...(origin.requestedBy ? [`Scaffold-Requested-By: @${origin.requestedBy}`] : []),
        ...(origin.runUrl ? [`Scaffold-Run: ${origin.runUrl}`] : []),
        ...(origin.issue !== undefined ? [`${ISSUE_TRAILER}: #${origin.issue}`] : []),
        `${BASE_TRAILER}: ${baseSha}`,
        `${TREE_TRAILER}: ${tree}`,
        `${GENERATOR_TRAILER}: ${tool.name} ${tool.version}`,
    ];
    return [
        subject,
        '',
        `Generated by ${tool.name} ${tool.version} from ${origin.source}. This branch belongs to the generator:`,
        'it is rebuilt on every run, and a run stops rather than overwrite commits pushed here by hand.',
        '',
        ...trailers,
        '',
    ].join('\n');
}
async function addWorktree(g, makeGit, tmpDir, baseSha) {
    const path = (0,external_node_path_.join)((0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(tmpDir, 'fastapi-scaffold-')), 'worktree');
    await g(['worktree', 'add', '--quiet', '--detach', path, baseSha]);
    return {
        path,
        git: makeGit(path),
        remove: async () => {
            await g(['worktree', 'remove', '--force', path], { allowFailure: true });
            (0,external_node_fs_.rmSync)((0,external_node_path_.join)(path, '..'), { recursive: true, force: true });
            await g(['worktree', 'prune'], { allowFailure: true });
        },
    };
}
/** Paths a generated change must never touch: a token without the `workflows` permission cannot push them. */
const FORBIDDEN_PREFIXES = ['.github/workflows/'];
/** Refuses (as a bug: the templates never write there) a plan that touches a forbidden path. */
function refuseForbidden(planned) {
    const forbidden = planned.find((path) => FORBIDDEN_PREFIXES.some((prefix) => path.startsWith(prefix)));
    if (forbidden) {
        throw new Error(`the plan writes ${forbidden}; generated changes must not touch ${FORBIDDEN_PREFIXES.join(', ')}`);
    }
}
/**
 * Stages what a generation wrote into the worktree and says whether it changes anything on the base. Refuses
 * (as a bug, it should never happen) when anything other than the planned files is staged, or anything under
 * .github/workflows/.
 */
async function stageChange(worktree, planned) {
    refuseForbidden(planned);
    const g = worktree.git;
    await g(['add', '--all', '--', '.']);
    const { stdout } = await g(['diff', '--cached', '--name-only', '-z']);
    const staged = stdout.split('\0').filter(Boolean);
    const allowed = new Set(planned);
    const stray = staged.filter((path) => !allowed.has(path) || FORBIDDEN_PREFIXES.some((p) => path.startsWith(p)));
    if (stray.length > 0)
        throw new Error(`unexpected paths in the generated change: ${stray.slice(0, 5).join(', ')}`);
    return staged.length > 0;
}
/**
 * Lock files the verify stage wrote (`uv.lock` of the project, the workspace's `package-lock.json`: the
 * `candidates`, relative to the worktree) belong in the change: without them every later install resolves
 * afresh, and a lock left behind a changed manifest fails `npm ci` and `uv sync --locked` on the pull request.
 * Stages those that are new or changed, nothing else, and returns them with what happened to each, for the
 * pull request's file tree.
 */
async function stageLockFiles(worktree, candidates) {
    const g = worktree.git;
    const { stdout } = await g([
        'status',
        '--porcelain',
        '-z',
        '--untracked-files=all',
        '--',
        ...candidates,
    ]);
    const changed = stdout
        .split('\0')
        .filter(Boolean)
        .map((entry) => ({
        path: entry.slice(3),
        action: entry.startsWith('??') ? 'created' : 'updated',
    }));
    if (changed.length > 0)
        await g(['add', '--', ...changed.map((file) => file.path)]);
    return changed;
}
/**
 * Commits what is staged as the generator's one commit on top of the base, recording its own tree in the
 * message so that a later run can tell this exact commit from one a person amended. Returns the commit.
 */
async function commitChange(worktree, message) {
    const g = worktree.git;
    const { stdout: tree } = await g(['write-tree']);
    const identity = ['-c', `user.name=${COMMITTER.name}`, '-c', `user.email=${COMMITTER.email}`];
    await g([
        ...identity,
        'commit',
        '--quiet',
        '--no-verify',
        '--cleanup=verbatim',
        '-m',
        message(tree.trim()),
    ]);
    const { stdout: head } = await g(['rev-parse', 'HEAD']);
    return head.trim();
}
async function sameTree(g, a, b) {
    const { stdout } = await g(['rev-parse', `${a}^{tree}`, `${b}^{tree}`]);
    const [x, y] = stdout.trim().split('\n');
    return x === y;
}
/**
 * Points the branch at `commit` on origin. `expected` is what the branch held when its commits were checked
 * (undefined: it must not exist yet); if someone pushed in between, the push is refused rather than lost.
 */
async function pushBranch(g, commit, branch, expected) {
    await g([
        'push',
        '--quiet',
        '--no-verify',
        `--force-with-lease=refs/heads/${branch}:${expected ?? ''}`,
        'origin',
        `${commit}:refs/heads/${branch}`,
    ]);
}

// EXTERNAL MODULE: ./src/deliver/git.ts
var git = __webpack_require__(1193);
// EXTERNAL MODULE: ./src/deliver/github.ts + 1 modules
var github = __webpack_require__(6116);
// EXTERNAL MODULE: ./src/deliver/issue.ts
var deliver_issue = __webpack_require__(378);
;// CONCATENATED MODULE: ./src/deliver/pull-request.ts
// Opens the pull request for the generator's branch, or updates the one already open: one branch, one
// pull request, however often the request runs.

const DEFAULT_PACING = {
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    backoffMs: [1000, 2000, 4000, 8000],
};
const NOT_YET_VISIBLE = /Could not resolve to a node/i;
const ALREADY_EXISTS = /A pull request already exists/i;
/**
 * Right after a pull request is created, calls that refer to it can fail with 422 "Could not resolve to a
 * node" until GitHub's stores agree; those are retried with backoff, anything else is not.
 */
async function eventually(task, pacing) {
    for (let attempt = 0;; attempt++) {
        try {
            return await task();
        }
        catch (error) {
            const wait = pacing.backoffMs[attempt];
            if (wait === undefined || (0,github.statusOf)(error) !== 422 || !NOT_YET_VISIBLE.test((0,github.errorText)(error)))
                throw error;
            await pacing.sleep(wait);
        }
    }
}
async function upsertPullRequest(gh, repo, spec, pacing = DEFAULT_PACING) {
    const update = async (number) => eventually(() => gh.updatePull(repo, number, { base: spec.base, title: spec.title, body: spec.body }), pacing);
    const label = async (number, created) => {
        if (spec.labels.length > 0)
            await eventually(() => gh.addLabels(repo, number, spec.labels), pacing);
        if (created)
            return;
        for (const name of spec.removeLabels)
            await eventually(() => gh.removeLabel(repo, number, name), pacing);
    };
    const open = await gh.openPull(repo, spec.head);
    if (open) {
        const pull = await update(open.number);
        await label(pull.number, false);
        return { pull, operation: 'updated' };
    }
    let created;
    try {
        created = await gh.createPull(repo, {
            head: spec.head,
            base: spec.base,
            title: spec.title,
            body: spec.body,
            draft: spec.draft,
        });
    }
    catch (error) {
        // Another run (or a person) opened it between our look and our create: update that one instead.
        if ((0,github.statusOf)(error) !== 422 || !ALREADY_EXISTS.test((0,github.errorText)(error)))
            throw error;
        const existing = await eventually(async () => {
            const found = await gh.openPull(repo, spec.head);
            if (found)
                return found;
            throw Object.assign(new Error('Could not resolve to a node: the existing pull request is not listed yet'), {
                status: 422,
            });
        }, pacing);
        const pull = await update(existing.number);
        await label(pull.number, false);
        return { pull, operation: 'updated' };
    }
    await label(created.number, true);
    return { pull: created, operation: 'created' };
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/apply/apply.ts
// The only code that writes the workspace. It writes nothing outside it (symlinks are resolved, not trusted),
// and it writes all of a plan or none of it: files are staged first, then moved into place, and a failure
// part-way restores what was there before. A refusal or a failed write throws a plain Error: it is the
// workspace's or the machine's state, not something the request can change.


const WRITES = new Set([
    'created',
    'updated',
    'merged',
    'conflict',
]);
function isInside(root, path) {
    return path === root || path.startsWith(root + external_node_path_.sep);
}
/** The deepest existing ancestor of `path` (a real path), or the problem with `path`. */
function checkTarget(root, relative) {
    if (relative === '' ||
        relative.startsWith('/') ||
        relative.includes('\\') ||
        relative.split('/').some((segment) => segment === '' || segment === '.' || segment === '..')) {
        throw new Error(`refusing to write ${JSON.stringify(relative)}: not a plain relative path`);
    }
    const target = (0,external_node_path_.join)(root, ...relative.split('/'));
    let ancestor = (0,external_node_path_.dirname)(target);
    while (!(0,external_node_fs_.existsSync)(ancestor))
        ancestor = (0,external_node_path_.dirname)(ancestor);
    const real = (0,external_node_fs_.realpathSync)(ancestor);
    if (!isInside(root, real)) {
        throw new Error(`refusing to write ${relative}: ${ancestor} leads outside the workspace (${real})`);
    }
    if (!(0,external_node_fs_.statSync)(real).isDirectory()) {
        throw new Error(`cannot write ${relative}: ${ancestor} is a file, where a directory is needed`);
    }
    let symlink = false;
    try {
        symlink = (0,external_node_fs_.lstatSync)(target).isSymbolicLink();
    }
    catch {
        // absent: the usual case
    }
    if (symlink)
        throw new Error(`refusing to write ${relative}: it is a symbolic link`);
    return target;
}
function applyPlan(workspace, files) {
    let root;
    try {
        root = (0,external_node_fs_.realpathSync)(workspace);
    }
    catch {
        throw new Error(`workspace ${workspace} does not exist`);
    }
    if (!(0,external_node_fs_.statSync)(root).isDirectory())
        throw new Error(`workspace ${workspace} is not a directory`);
    // A file whose new text is what it holds (a conflict still waiting for its person) is not rewritten.
    const toWrite = files.filter((file) => WRITES.has(file.action) && file.content !== file.before);
    const toRemove = files.filter((file) => file.action === 'removed');
    const targets = toWrite.map((file) => checkTarget(root, file.path));
    const removals = toRemove.map((file) => checkTarget(root, file.path));
    const staging = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(root, '.fastapi-scaffold-staging-'));
    const placed = [];
    const backups = [];
    const createdDirs = [];
    try {
        toWrite.forEach((file, index) => {
            const staged = (0,external_node_path_.join)(staging, `${index}`);
            (0,external_node_fs_.writeFileSync)(staged, file.content, { mode: file.executable ? 0o755 : 0o644 });
            if (file.executable)
                (0,external_node_fs_.chmodSync)(staged, 0o755);
        });
        targets.forEach((target, index) => {
            const missing = [];
            for (let dir = (0,external_node_path_.dirname)(target); !(0,external_node_fs_.existsSync)(dir); dir = (0,external_node_path_.dirname)(dir))
                missing.unshift(dir);
            for (const dir of missing) {
                (0,external_node_fs_.mkdirSync)(dir);
                createdDirs.push(dir);
            }
            // Only a file is set aside; anything else where a file must go fails the rename below.
            if ((0,external_node_fs_.existsSync)(target) && (0,external_node_fs_.lstatSync)(target).isFile()) {
                const backup = (0,external_node_path_.join)(staging, `${index}.backup`);
                (0,external_node_fs_.renameSync)(target, backup);
                backups.push({ target, backup });
            }
            (0,external_node_fs_.renameSync)((0,external_node_path_.join)(staging, `${index}`), target);
            placed.push(target);
        });
        removals.forEach((target, index) => {
            if (!(0,external_node_fs_.existsSync)(target))
                return;
            const backup = (0,external_node_path_.join)(staging, `removed-${index}`);
            (0,external_node_fs_.renameSync)(target, backup);
            backups.push({ target, backup });
        });
    }
    catch (error) {
        for (const target of placed.reverse())
            (0,external_node_fs_.rmSync)(target, { force: true });
        for (const { target, backup } of backups.reverse())
            (0,external_node_fs_.renameSync)(backup, target);
        for (const dir of createdDirs.reverse()) {
            try {
                (0,external_node_fs_.rmdirSync)(dir);
            }
            catch {
                // not empty: something else lives there now
            }
        }
        (0,external_node_fs_.rmSync)(staging, { recursive: true, force: true });
        throw new Error(`could not write the workspace, nothing was changed: ${error.message}`);
    }
    (0,external_node_fs_.rmSync)(staging, { recursive: true, force: true });
    // A removed file's folders go too once nothing else is left in them.
    for (const target of removals) {
        for (let dir = (0,external_node_path_.dirname)(target); dir !== root && isInside(root, dir); dir = (0,external_node_path_.dirname)(dir)) {
            try {
                (0,external_node_fs_.rmdirSync)(dir);
            }
            catch {
                break;
            }
        }
    }
    return { written: toWrite.map((file) => file.path), removed: toRemove.map((file) => file.path) };
}

;// CONCATENATED MODULE: ./src/request/names.ts
// Turns a free-form API name into the spellings each language wants, the way Nx generators do:
// "MyApi", "my_api", "My API" and "my-api" are the same name.
/** The words as typed, split on separators and on case changes: `HTTPServer2go` → `HTTP`, `Server2go`. */
function typedWords(name) {
    return name
        .split(/[\s_\-.]+/)
        .flatMap((part) => part.split(/(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/))
        .filter((word) => word.length > 0);
}
/** Splits on separators and on case changes, lower-cased: `HTTPServer2go` → `http`, `server2go`. */
function words(name) {
    return typedWords(name).map((word) => word.toLowerCase());
}
function apiNames(name) {
    const parts = words(name);
    const capitalised = parts.map((word) => word[0].toUpperCase() + word.slice(1));
    // An acronym typed in capitals ("Orders API", "HTTPServer") keeps them for people to read; a name typed all
    // in capitals (MY_API) is a style, not acronyms.
    const typed = typedWords(name);
    const isAcronym = (word) => word.length > 1 && word === word.toUpperCase() && /[A-Z]/.test(word);
    const styled = typed.every(isAcronym);
    const title = typed.map((word) => isAcronym(word) && !styled ? word : word[0].toUpperCase() + word.slice(1).toLowerCase());
    return {
        projectName: parts.join('-'),
        moduleName: parts.join('_'),
        className: capitalised.join(''),
        constantName: parts.join('_').toUpperCase(),
        title: title.join(' '),
    };
}

// EXTERNAL MODULE: ./src/layout.ts
var layout = __webpack_require__(5005);
;// CONCATENATED MODULE: ./src/request/python-stdlib.ts
// Top-level module names of the Python standard library (CPython 3.11 `sys.stdlib_module_names`, plus those
// added up to 3.14). A generated module with one of these names would shadow the standard library.
// test/request/python-names.test.ts checks the running interpreter's list is covered.
const PYTHON_STDLIB_MODULES = new Set([
    '__future__',
    '_abc',
    '_aix_support',
    '_ast',
    '_asyncio',
    '_bisect',
    '_blake2',
    '_bootsubprocess',
    '_bz2',
    '_codecs',
    '_codecs_cn',
    '_codecs_hk',
    '_codecs_iso2022',
    '_codecs_jp',
    '_codecs_kr',
    '_codecs_tw',
    '_collections',
    '_collections_abc',
    '_colorize',
    '_compat_pickle',
    '_compression',
    '_contextvars',
    '_crypt',
    '_csv',
    '_ctypes',
    '_curses',
    '_curses_panel',
    '_datetime',
    '_dbm',
    '_decimal',
    '_elementtree',
    '_frozen_importlib',
    '_frozen_importlib_external',
    '_functools',
    '_gdbm',
    '_hashlib',
    '_heapq',
    '_imp',
    '_interpchannels',
    '_interpqueues',
    '_interpreters',
    '_io',
    '_json',
    '_locale',
    '_lsprof',
    '_lzma',
    '_markupbase',
    '_md5',
    '_msi',
    '_multibytecodec',
    '_multiprocessing',
    '_opcode',
    '_opcode_metadata',
    '_operator',
    '_osx_support',
    '_overlapped',
    '_pickle',
    '_posixshmem',
    '_posixsubprocess',
    '_py_abc',
    '_pydecimal',
    '_pyio',
    '_pyrepl',
    '_queue',
    '_random',
    '_remote_debugging',
    '_scproxy',
    '_sha1',
    '_sha256',
    '_sha3',
    '_sha512',
    '_signal',
    '_sitebuiltins',
    '_socket',
    '_sqlite3',
    '_sre',
    '_ssl',
    '_stat',
    '_statistics',
    '_string',
    '_strptime',
    '_struct',
    '_suggestions',
    '_symtable',
    '_sysconfig',
    '_thread',
    '_threading_local',
    '_tkinter',
    '_tokenize',
    '_tracemalloc',
    '_typing',
    '_uuid',
    '_warnings',
    '_weakref',
    '_weakrefset',
    '_winapi',
    '_zoneinfo',
    '_zstd',
    'abc',
    'aifc',
    'annotationlib',
    'antigravity',
    'argparse',
    'array',
    'ast',
    'asynchat',
    'asyncio',
    'asyncore',
    'atexit',
    'audioop',
    'base64',
    'bdb',
    'binascii',
    'bisect',
    'builtins',
    'bz2',
    'cProfile',
    'calendar',
    'cgi',
    'cgitb',
    'chunk',
    'cmath',
    'cmd',
    'code',
    'codecs',
    'codeop',
    'collections',
    'colorsys',
    'compileall',
    'compression',
    'concurrent',
    'configparser',
    'contextlib',
    'contextvars',
    'copy',
    'copyreg',
    'crypt',
    'csv',
    'ctypes',
    'curses',
    'dataclasses',
    'datetime',
    'dbm',
    'decimal',
    'difflib',
    'dis',
    'distutils',
    'doctest',
    'email',
    'encodings',
    'ensurepip',
    'enum',
    'errno',
    'faulthandler',
    'fcntl',
    'filecmp',
    'fileinput',
    'fnmatch',
    'fractions',
    'ftplib',
    'functools',
    'gc',
    'genericpath',
    'getopt',
    'getpass',
    'gettext',
    'glob',
    'graphlib',
    'grp',
    'gzip',
    'hashlib',
    'heapq',
    'hmac',
    'html',
    'http',
    'idlelib',
    'imaplib',
    'imghdr',
    'imp',
    'importlib',
    'inspect',
    'io',
    'ipaddress',
    'itertools',
    'json',
    'keyword',
    'lib2to3',
    'linecache',
    'locale',
    'logging',
    'lzma',
    'mailbox',
    'mailcap',
    'marshal',
    'math',
    'mimetypes',
    'mmap',
    'modulefinder',
    'msilib',
    'msvcrt',
    'multiprocessing',
    'netrc',
    'nis',
    'nntplib',
    'nt',
    'ntpath',
    'nturl2path',
    'numbers',
    'opcode',
    'operator',
    'optparse',
    'os',
    'ossaudiodev',
    'pathlib',
    'pdb',
    'pickle',
    'pickletools',
    'pipes',
    'pkgutil',
    'platform',
    'plistlib',
    'poplib',
    'posix',
    'posixpath',
    'pprint',
    'profile',
    'pstats',
    'pty',
    'pwd',
    'py_compile',
    'pyclbr',
    'pydoc',
    'pydoc_data',
    'pyexpat',
    'queue',
    'quopri',
    'random',
    're',
    'readline',
    'reprlib',
    'resource',
    'rlcompleter',
    'runpy',
    'sched',
    'secrets',
    'select',
    'selectors',
    'shelve',
    'shlex',
    'shutil',
    'signal',
    'site',
    'smtpd',
    'smtplib',
    'sndhdr',
    'socket',
    'socketserver',
    'spwd',
    'sqlite3',
    'sre_compile',
    'sre_constants',
    'sre_parse',
    'ssl',
    'stat',
    'statistics',
    'string',
    'stringprep',
    'struct',
    'subprocess',
    'sunau',
    'symtable',
    'sys',
    'sysconfig',
    'syslog',
    'tabnanny',
    'tarfile',
    'telnetlib',
    'tempfile',
    'termios',
    'textwrap',
    'this',
    'threading',
    'time',
    'timeit',
    'tkinter',
    'token',
    'tokenize',
    'tomllib',
    'trace',
    'traceback',
    'tracemalloc',
    'tty',
    'turtle',
    'turtledemo',
    'types',
    'typing',
    'unicodedata',
    'unittest',
    'urllib',
    'uu',
    'uuid',
    'venv',
    'warnings',
    'wave',
    'weakref',
    'webbrowser',
    'winreg',
    'winsound',
    'wsgiref',
    'xdrlib',
    'xml',
    'xmlrpc',
    'zipapp',
    'zipfile',
    'zipimport',
    'zlib',
    'zoneinfo',
]);

// EXTERNAL MODULE: ./src/request/schema.ts
var schema = __webpack_require__(9378);
;// CONCATENATED MODULE: ./src/request/request.ts
// Validates raw inputs (from a form, an issue body or CLI flags) into an ApiRequest, or throws a UserError
// saying in one line what is wrong. Everything later trusts an ApiRequest: its names are safe as paths,
// Python identifiers, CDK ids, shell words and template values.





const MAX_PROJECT_NAME = 40;
// Python keywords: a module named after one cannot be imported.
const PYTHON_KEYWORDS = new Set('false none true and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield'.split(' '));
// Modules the generated project imports or that pytest and packaging tools treat specially.
const PYTHON_RESERVED_MODULES = new Set([
    'anyio',
    'aws_lambda_powertools',
    'aws_xray_sdk',
    'boto3',
    'botocore',
    'conftest',
    'fastapi',
    'h11',
    'httpx',
    'jmespath',
    'mangum',
    'pydantic',
    'pydantic_core',
    'pytest',
    'ruff',
    'setup',
    'site',
    'starlette',
    'test',
    'tests',
    'typing_extensions',
    'uvicorn',
]);
function quote(value) {
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
}
function validateName(raw) {
    const name = (raw ?? '').trim();
    if (name === '')
        throw new errors/* UserError */.yo('name is required');
    if (name.length > 64)
        throw new errors/* UserError */.yo(`name is too long (${name.length} characters, at most 64)`);
    if (!/^[A-Za-z][A-Za-z0-9 _-]*$/.test(name)) {
        throw new errors/* UserError */.yo(`name ${quote(name)} must start with a letter and contain only ASCII letters, digits, spaces, "-" and "_"`);
    }
    const names = apiNames(name);
    if (names.projectName.length < 2)
        throw new errors/* UserError */.yo(`name ${quote(name)} is too short`);
    if (names.projectName.length > MAX_PROJECT_NAME) {
        throw new errors/* UserError */.yo(`name ${quote(name)} gives project ${names.projectName}, longer than ${MAX_PROJECT_NAME} characters`);
    }
    if (PYTHON_KEYWORDS.has(names.moduleName)) {
        throw new errors/* UserError */.yo(`name ${quote(name)} gives module ${names.moduleName}, a Python keyword`);
    }
    if (PYTHON_STDLIB_MODULES.has(names.moduleName)) {
        throw new errors/* UserError */.yo(`name ${quote(name)} gives module ${names.moduleName}, which would shadow the Python standard library module of that name`);
    }
    if (PYTHON_RESERVED_MODULES.has(names.moduleName)) {
        throw new errors/* UserError */.yo(`name ${quote(name)} gives module ${names.moduleName}, which would shadow a package the generated project depends on`);
    }
    return { name, names };
}
function validateDirectory(raw) {
    const value = (raw ?? '').trim();
    const directory = value === '' ? (0,schema/* inputSpec */.mm)('directory').default : value.replace(/\/+$/, '');
    if (directory.length > 100)
        throw new errors/* UserError */.yo('directory is too long (at most 100 characters)');
    if (directory.startsWith('/') || /^[A-Za-z]:/.test(directory) || directory.includes('\\')) {
        throw new errors/* UserError */.yo(`directory ${quote(directory)} must be a relative path with "/" separators`);
    }
    const segments = directory.split('/');
    if (segments.length > 4)
        throw new errors/* UserError */.yo(`directory ${quote(directory)} is nested too deep (at most 4 levels)`);
    for (const segment of segments) {
        if (segment === '' || segment === '.' || segment === '..') {
            throw new errors/* UserError */.yo(`directory ${quote(directory)} must not contain empty, "." or ".." segments`);
        }
        if (!/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(segment)) {
            throw new errors/* UserError */.yo(`directory ${quote(directory)}: each part must start with a letter or digit and contain only letters, digits, "-" and "_"`);
        }
        if (segment === 'node_modules')
            throw new errors/* UserError */.yo('directory must not be inside node_modules');
    }
    return directory;
}
function validateChoice(id, raw, choices) {
    const spec = (0,schema/* inputSpec */.mm)(id);
    const value = (raw ?? '').trim().toLowerCase();
    if (value === '')
        return spec.default;
    if (!choices.includes(value)) {
        throw new errors/* UserError */.yo(`${id} must be one of ${choices.join(', ')} (got ${quote(raw.trim())})`);
    }
    return value;
}
function pathsOverlap(a, b) {
    return a === b || a.startsWith(`${b}/`) || b.startsWith(`${a}/`);
}
function parseRequest(raw) {
    const name = validateName(raw.name);
    const directory = validateDirectory(raw.directory);
    const apiType = validateChoice('api-type', raw['api-type'], schema/* API_TYPES */.Dn);
    const auth = validateChoice('auth', raw.auth, schema/* AUTH_MODES */.W4);
    const architecture = validateChoice('architecture', raw.architecture, schema/* ARCHITECTURES */.Xe);
    if (apiType === 'function-url' && auth === 'cognito') {
        throw new errors/* UserError */.yo('auth cognito needs api-type http-api: a Function URL accepts only iam or none');
    }
    const projectRoot = `${directory}/${name.names.projectName}`;
    const owned = layout/* GENERATOR_OWNED_PATHS */.zk.find((path) => pathsOverlap(projectRoot, path));
    if (owned) {
        throw new errors/* UserError */.yo(`project path ${projectRoot} collides with ${owned}, which the generator owns`);
    }
    return {
        name: name.name,
        ...name.names,
        directory,
        apiType,
        auth,
        architecture,
        projectRoot,
    };
}
/**
 * The operation and its request. A generate is a whole request, empty options taking their defaults; an
 * update names an API and changes only the options given, each checked as a request's would be.
 */
function parseAsk(raw) {
    const operation = validateChoice('operation', raw.operation, schema/* OPERATIONS */.xb);
    if (operation === 'generate') {
        const request = parseRequest(raw);
        return { operation, projectName: request.projectName, request };
    }
    const { name, names } = validateName(raw.name);
    const given = (value) => (value ?? '').trim() !== '';
    return {
        operation,
        projectName: names.projectName,
        name,
        ...(given(raw.directory) ? { directory: validateDirectory(raw.directory) } : {}),
        changes: {
            ...(given(raw['api-type'])
                ? { apiType: validateChoice('api-type', raw['api-type'], schema/* API_TYPES */.Dn) }
                : {}),
            ...(given(raw.auth) ? { auth: validateChoice('auth', raw.auth, schema/* AUTH_MODES */.W4) } : {}),
            ...(given(raw.architecture)
                ? { architecture: validateChoice('architecture', raw.architecture, schema/* ARCHITECTURES */.Xe) }
                : {}),
        },
    };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/plan/merge.ts
// Git's own merge and diff machinery for one file at a time: the 3-way merge that carries a template change
// into a file a person edited, and the unified diff a dry run prints. Both run `git` on scratch copies, so
// neither needs a repository or touches the workspace.




function withScratch(files, run) {
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'fastapi-scaffold-merge-'));
    try {
        for (const [name, content] of Object.entries(files))
            (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, name), content);
        return run(dir);
    }
    finally {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
}
function merge_git(args, cwd) {
    const result = (0,external_node_child_process_.spawnSync)('git', args, {
        cwd,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
        // The merge must not depend on anyone's git configuration (conflict style, diff drivers, colour): no
        // system or global file, and no GIT_DIR or GIT_CONFIG_* of the caller's to bring a repository's in.
        env: {
            ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('GIT_'))),
            GIT_CONFIG_NOSYSTEM: '1',
            GIT_CONFIG_GLOBAL: '/dev/null',
        },
    });
    if (result.error) {
        const code = result.error.code;
        throw new Error(code === 'ENOENT'
            ? 'git is needed to merge an edited file with the new templates and was not found on PATH'
            : `git ${args[0]} could not run: ${result.error.message}`);
    }
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
/** `git merge-file`: exit 0 is a clean merge, a positive exit the number of conflicts, a negative an error. */
const gitMerge = (ours, base, theirs, labels) => withScratch({ ours, base, theirs }, (dir) => {
    const { status, stdout, stderr } = merge_git([
        'merge-file',
        '-p',
        '-L',
        labels.ours,
        '-L',
        labels.base,
        '-L',
        labels.theirs,
        'ours',
        'base',
        'theirs',
    ], dir);
    if (status === null || status < 0 || status > 127) {
        throw new Error(`git merge-file failed: ${stderr.trim() || `exit ${status}`}`);
    }
    return { content: stdout, conflicts: status };
});
/** A unified diff from `before` to `after` for `path`; `null` stands for a file that does not exist. */
function merge_unifiedDiff(path, before, after) {
    return withScratch({ before: before ?? '', after: after ?? '' }, (dir) => {
        const { status, stdout, stderr } = merge_git([
            'diff',
            '--no-index',
            '--no-color',
            '--no-ext-diff',
            before === null ? '/dev/null' : 'before',
            after === null ? '/dev/null' : 'after',
        ], dir);
        if (status !== 0 && status !== 1) {
            throw new Error(`git diff failed: ${stderr.trim() || `exit ${status}`}`);
        }
        // git names the scratch copies; a reader wants the workspace path.
        const lines = stdout.split('\n');
        const body = lines.findIndex((line) => line.startsWith('@@') || line.startsWith('Binary'));
        if (body < 0)
            return '';
        return [
            `--- ${before === null ? '/dev/null' : `a/${path}`}`,
            `+++ ${after === null ? '/dev/null' : `b/${path}`}`,
            ...lines.slice(body),
        ].join('\n');
    });
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/plan/provenance.ts
// The records kept in `.scaffold/`: one per API (`<project>.json`: what was asked, by which tool and
// templates, and every file of that API) and one for the files all APIs share (`_shared.json`). Each file's
// entry holds what the generator wrote for it, line by line, so a later generation can tell an untouched file
// from one a person edited and 3-way merge the edit with the new rendering. The base lives in the workspace,
// not in git history: it is there in a depth-1 checkout and in a generation that was never committed.




/** 1: hashes only (tool 0.1.0); 2: the generated text too, and shared files in their own record. */
const PROVENANCE_SCHEMA = 2;
/** A project name is kebab-case words, so a leading `_` can never name an API. */
const SHARED_RECORD_PATH = `${layout/* RECORDS_DIR */.v7}/_shared.json`;
/**
 * The record of what `init` wrote (workflows, issue form, Dependabot, README section, workspace root), at the
 * repository's top level: its paths are relative to it, whichever directory the workspace is.
 */
const WORKSPACE_RECORD_PATH = (/* unused pure expression or super */ null && (`${RECORDS_DIR}/_workspace.json`));
function sha256(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
}
function provenancePath(projectName) {
    return `${layout/* RECORDS_DIR */.v7}/${projectName}.json`;
}
function fileEntry(owner, content) {
    return { owner, sha256: sha256(content), lines: content.split('\n') };
}
/** The generated text an entry records, when the record holds it and it still matches its hash. */
function entryText(entry) {
    if (!entry?.lines)
        return undefined;
    const text = entry.lines.join('\n');
    return sha256(text) === entry.sha256 ? text : undefined;
}
function renderRecord(record) {
    return `${JSON.stringify(record, null, 2)}\n`;
}
function parseJson(path, text) {
    try {
        return JSON.parse(text);
    }
    catch {
        throw new errors/* UserError */.yo(`${path} is not valid JSON; restore it from git history`);
    }
}
function checkFiles(path, files) {
    if (typeof files !== 'object' || files === null) {
        throw new errors/* UserError */.yo(`${path} has no "files" map; restore it from git history`);
    }
    for (const [file, entry] of Object.entries(files)) {
        const { owner, sha256: hash, lines } = (entry ?? {});
        if ((owner !== 'generated' && owner !== 'user') ||
            typeof hash !== 'string' ||
            (lines !== undefined &&
                (!Array.isArray(lines) || lines.some((line) => typeof line !== 'string')))) {
            throw new errors/* UserError */.yo(`${path}: the entry for ${file} is not a file record; restore it from git history`);
        }
    }
}
/** Reads an API record back; a record a person broke is reported (a UserError), not guessed at. */
function parseRecord(path, text) {
    const data = parseJson(path, text);
    if ((data?.schema !== 1 && data?.schema !== 2) || typeof data.request !== 'object') {
        throw new errors/* UserError */.yo(`${path} is not a fastapi-scaffold record of schema 1 or ${PROVENANCE_SCHEMA}${typeof data?.schema === 'number' && data.schema > PROVENANCE_SCHEMA ? ' (a newer fastapi-scaffold wrote it: upgrade the tool)' : ''}`);
    }
    checkFiles(path, data.files);
    let request;
    try {
        request = parseRequest({
            name: data.request.name,
            directory: data.request.directory,
            'api-type': data.request.apiType,
            auth: data.request.auth,
            architecture: data.request.architecture,
        });
    }
    catch (error) {
        throw new errors/* UserError */.yo(`${path}: ${error.message}`);
    }
    if (provenancePath(request.projectName) !== path) {
        throw new errors/* UserError */.yo(`${path} records project ${request.projectName}; its file name must match`);
    }
    return { record: data, request };
}
function parseSharedRecord(path, text) {
    const data = parseJson(path, text);
    if (data?.schema !== PROVENANCE_SCHEMA) {
        throw new errors/* UserError */.yo(`${path} is not a fastapi-scaffold shared record of schema ${PROVENANCE_SCHEMA}`);
    }
    checkFiles(path, data.files);
    return data;
}

;// CONCATENATED MODULE: ./src/plan/join.ts
// Joins what the generator needs into a file a person had before the generator ever wrote it (a repository's
// own package.json, .gitignore or README), the way they would by hand: what is theirs stays, what is missing
// is added, and a clash that cannot be settled without choosing for them is refused with the reason.

function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function kind(value) {
    return Array.isArray(value)
        ? 'a list'
        : value === null
            ? 'null'
            : isObject(value)
                ? 'an object'
                : `a ${typeof value}`;
}
/**
 * ours ⊕ theirs for one value. With `base` (what the generator wrote last time) it is a 3-way merge: a value
 * the person left as generated follows the template, and a key the template dropped goes if left as generated.
 */
function joinValue(path, file, ours, theirs, base, added, kept, removed) {
    const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
    if (isObject(ours) && isObject(theirs)) {
        const baseObject = isObject(base) ? base : undefined;
        const result = {};
        for (const [key, value] of Object.entries(ours)) {
            const dropped = baseObject && key in baseObject && !(key in theirs) && same(value, baseObject[key]);
            if (dropped)
                removed.push(path ? `${path}.${key}` : key);
            else
                result[key] = value;
        }
        for (const [key, value] of Object.entries(theirs)) {
            const at = path ? `${path}.${key}` : key;
            if (!(key in ours)) {
                // Left out on purpose if the person removed what the generator wrote before.
                if (baseObject && key in baseObject)
                    continue;
                result[key] = value;
                added.push(at);
            }
            else {
                result[key] = joinValue(at, file, ours[key], value, baseObject?.[key], added, kept, removed);
            }
        }
        return result;
    }
    if (Array.isArray(ours) && Array.isArray(theirs)) {
        const seen = new Set(ours.map((item) => JSON.stringify(item)));
        const before = new Set(Array.isArray(base) ? base.map((item) => JSON.stringify(item)) : []);
        const missing = theirs.filter((item) => !seen.has(JSON.stringify(item)) && !before.has(JSON.stringify(item)));
        for (const item of missing)
            added.push(`${path}[${JSON.stringify(item)}]`);
        return [...ours, ...missing];
    }
    if (kind(ours) !== kind(theirs) && (isObject(theirs) || Array.isArray(theirs))) {
        throw new errors/* UserError */.yo(`${file}: "${path}" is ${kind(ours)} here, and fastapi-scaffold needs ${kind(theirs)} there to add ${JSON.stringify(theirs)}; change it by hand, then run again`);
    }
    if (same(ours, theirs))
        return ours;
    if (base !== undefined && same(ours, base)) {
        added.push(path);
        return theirs;
    }
    kept.push(path);
    return ours;
}
function parse(file, text, whose) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new errors/* UserError */.yo(`${file} (${whose}) is not valid JSON: ${error.message}`);
    }
}
/** The indentation a JSON text uses, so the joined file looks like the person's. */
function indentOf(text) {
    const match = /^[{[]\r?\n([ \t]+)\S/.exec(text);
    return match ? match[1] : 2;
}
function joinJson(file, ours, theirs, base) {
    const mine = parse(file, ours, 'yours');
    const wanted = parse(file, theirs, 'the template');
    const before = base === undefined ? undefined : parse(file, base, 'as generated');
    if (!isObject(mine) || !isObject(wanted)) {
        throw new errors/* UserError */.yo(`${file}: expected a JSON object, found ${kind(mine)}; change it by hand, then run again`);
    }
    const added = [];
    const keptTheirs = [];
    const removed = [];
    const joined = joinValue('', file, mine, wanted, before, added, keptTheirs, removed);
    if (JSON.stringify(joined) === JSON.stringify(mine))
        return { content: ours, added: [], keptTheirs, removed: [] };
    const newline = ours.endsWith('\n') ? '\n' : '';
    return {
        content: `${JSON.stringify(joined, null, indentOf(ours))}${newline}`,
        added,
        keptTheirs,
        removed,
    };
}
/** Lines of theirs missing from ours (comments and blank lines aside) are appended, under their comment. */
function joinLines(ours, theirs) {
    const present = new Set(ours.split('\n').map((line) => line.trim()));
    const missing = theirs
        .split('\n')
        .filter((line) => line.trim() !== '' && !line.startsWith('#') && !present.has(line.trim()));
    if (missing.length === 0)
        return { content: ours, added: [], keptTheirs: [], removed: [] };
    const separator = ours === '' || ours.endsWith('\n') ? '' : '\n';
    return {
        content: `${ours}${separator}${ours === '' ? '' : '\n'}# Added by fastapi-scaffold\n${missing.join('\n')}\n`,
        added: missing,
        keptTheirs: [],
        removed: [],
    };
}
const BLOCK_BEGIN = '<!-- fastapi-scaffold:begin';
const BLOCK_END = '<!-- fastapi-scaffold:end -->';
/** The marked section of a text: where it starts and ends (after its end marker's line), if it has one. */
function markedBlock(text) {
    const start = text.search(/^<!-- fastapi-scaffold:begin/m);
    if (start < 0)
        return undefined;
    const close = text.indexOf(BLOCK_END, start);
    if (close < 0)
        return undefined;
    const after = close + BLOCK_END.length;
    return { start, end: text[after] === '\n' ? after + 1 : after };
}
/**
 * The rendering (theirs, one marked section) as a section of the person's text: appended where the text has
 * none, put in place of one they left as generated (`base`), and left alone where they edited it.
 */
function joinBlock(file, ours, theirs, base) {
    if (!theirs.startsWith(BLOCK_BEGIN)) {
        throw new Error(`${file}: a join=block template must be one section, from ${BLOCK_BEGIN}`);
    }
    const section = markedBlock(ours);
    const unchanged = { content: ours, added: [], keptTheirs: [], removed: [] };
    if (!section) {
        const separator = ours === '' ? '' : ours.endsWith('\n') ? '\n' : '\n\n';
        return { ...unchanged, content: `${ours}${separator}${theirs}`, added: ['its section'] };
    }
    const current = ours.slice(section.start, section.end);
    if (current === theirs)
        return unchanged;
    if (base !== undefined && current !== base)
        return { ...unchanged, keptTheirs: ['section'] };
    return {
        ...unchanged,
        content: ours.slice(0, section.start) + theirs + ours.slice(section.end),
        added: ['its section'],
    };
}
/**
 * `base`: what the generator wrote last time, when known (JSON merges 3-way with it; a block is replaced
 * only if it still reads as generated; lines only append).
 */
function joinFile(kindOf, file, ours, theirs, base) {
    if (kindOf === 'json')
        return joinJson(file, ours, theirs, base);
    if (kindOf === 'block')
        return joinBlock(file, ours, theirs, base);
    return joinLines(ours, theirs);
}

// EXTERNAL MODULE: ./node_modules/mustache/mustache.mjs
var mustache = __webpack_require__(562);
// EXTERNAL MODULE: ./src/plan/templates.ts
var templates = __webpack_require__(2940);
// EXTERNAL MODULE: ./src/plan/view.ts
var plan_view = __webpack_require__(5314);
;// CONCATENATED MODULE: ./src/plan/render.ts
// Renders one template: its output path and its text. Code is never HTML-escaped.



function renderPath(template, view) {
    let path = template.source
        .split('/')
        .filter((segment) => !templates.CONDITION_SEGMENT.test(segment))
        .join('/');
    for (const key of plan_view/* PATH_PLACEHOLDERS */.vT)
        path = path.replaceAll(`__${key}__`, view[key]);
    return path.replace(/(^|\/)__dot__/g, '$1.');
}
const COMMENT_STYLES = {
    py: ['# ', ''],
    toml: ['# ', ''],
    sh: ['# ', ''],
    cfg: ['# ', ''],
    ini: ['# ', ''],
    txt: ['# ', ''],
    yaml: ['# ', ''],
    yml: ['# ', ''],
    gitignore: ['# ', ''],
    ts: ['// ', ''],
    js: ['// ', ''],
    mjs: ['// ', ''],
    md: ['<!-- ', ' -->'],
};
const HEADER = (view) => [
    `Generated by ${view.toolName} ${view.toolVersion}. Prefer changing what the props offer; an edit`,
    'here is merged into the next generation, and a clash is marked for you to resolve.',
];
/** The header that marks a generated file; `undefined` for formats without comments (JSON). */
function generatedHeader(path, view, text = HEADER) {
    const extension = path.slice(path.lastIndexOf('.') + 1);
    const style = COMMENT_STYLES[extension];
    if (!style)
        return undefined;
    const [open, close] = style;
    return text(view)
        .map((line) => `${open}${line}${close}\n`)
        .join('');
}
// Renders the tokens each template was parsed into when it was loaded (or built), not its text: the
// high-level Mustache.render would parse the text again.
const writer = new mustache/* default */.A.Writer();
function renderBody(template, view, path, header = HEADER) {
    const text = writer.renderTokens(template.tokens, new mustache/* default */.A.Context(view), {}, template.body, { escape: (value) => value });
    if (template.owner !== 'generated')
        return text;
    const lines = generatedHeader(path, view, header);
    if (!lines)
        return text;
    // Keep a shebang on the first line, where the kernel looks for it.
    if (text.startsWith('#!')) {
        const end = text.indexOf('\n') + 1;
        return text.slice(0, end) + lines + text.slice(end);
    }
    return lines + text;
}

;// CONCATENATED MODULE: ./src/plan/plan.ts
// Decides what a generation writes: every file with its owner, new content and action, or throws a UserError
// with the one reason it cannot go ahead. Reads the templates and the workspace, and merges with git on
// scratch copies; writes nothing.
//
// Each file is decided against three texts: ours (the file now), base (what the generator wrote for it last
// time, from the records) and theirs (the new rendering). Untouched since it was written: theirs replaces it.
// Edited: git merges base → theirs into ours; a clash stays in the file between conflict markers for its
// owner to resolve. Files the new rendering no longer has go only if untouched.









function regularFile(workspace, path) {
    const state = workspace.file(path);
    if (state.kind === 'absent')
        return undefined;
    if (state.kind !== 'file')
        throw new errors/* UserError */.yo(`${path} is not a regular file`);
    return state.content;
}
function readRecords(workspace) {
    const apis = new Map();
    const knownHashes = new Map();
    const know = (files) => {
        for (const [path, entry] of Object.entries(files)) {
            const hashes = knownHashes.get(path) ?? new Set();
            hashes.add(entry.sha256);
            knownHashes.set(path, hashes);
        }
    };
    for (const path of workspace.recordPaths()) {
        const parsed = parseRecord(path, regularFile(workspace, path) ?? '');
        apis.set(parsed.request.projectName, parsed);
        know(parsed.record.files);
    }
    const sharedText = regularFile(workspace, SHARED_RECORD_PATH);
    const shared = sharedText === undefined ? undefined : parseSharedRecord(SHARED_RECORD_PATH, sharedText);
    if (shared)
        know(shared.files);
    return { apis, shared, knownHashes };
}
function byProjectName(apis) {
    return [...apis].sort((a, b) => (0,templates.byCodeUnit)(a.projectName, b.projectName));
}
/** Every API generated into the workspace, as its provenance record asked for it, sorted by project name. */
function recordedApis(workspace) {
    return requestsOf(readRecords(workspace));
}
/** The recorded APIs' requests, sorted by project name. */
function requestsOf(recorded) {
    return byProjectName([...recorded.apis.values()].map((api) => api.request));
}
/** The recorded APIs with the tool version and template digest that last generated each. */
function recordedVersions(workspace) {
    return [...readRecords(workspace).apis.values()]
        .map(({ record, request }) => ({
        request,
        tool: record.tool,
        digest: record.templates.digest,
        schema: record.schema,
    }))
        .sort((a, b) => (0,templates.byCodeUnit)(a.request.projectName, b.request.projectName));
}
function render(templateSet, request, apis, tool, header = HEADER) {
    const view = {
        ...(0,plan_view/* apiView */.Eu)(request),
        apis: apis.map(plan_view/* apiView */.Eu),
        toolName: tool.name,
        toolVersion: tool.version,
    };
    return templateSet.templates
        .filter((template) => template.when.every((key) => view[key] === true))
        .map((template) => {
        const path = renderPath(template, view);
        return {
            path,
            owner: template.owner,
            content: renderBody(template, view, path, header),
            executable: template.executable,
            perApi: template.perApi,
            ...(template.join ? { join: template.join } : {}),
        };
    });
}
/**
 * What the generator wrote for files whose record predates stored bases (schema 1): the templates of the
 * version that wrote them (from the archive, by the record's digest) or else the current ones, rendered with
 * what the records say was asked, and kept only where the text hashes to what was recorded. A file no
 * rendering reproduces has no recoverable base; an untouched one is still known by its hash.
 */
function recoverBases(templateSet, recorded, previous, history) {
    const records = [...recorded.apis.values()].filter(({ record }) => record.schema === 1);
    if (records.length === 0)
        return new Map();
    const apis = requestsOf(recorded);
    const subject = previous ?? apis[0];
    const bases = new Map();
    const tried = new Set();
    for (const { record } of records) {
        const key = `${record.tool.name}\0${record.tool.version}\0${record.templates.digest}`;
        if (tried.has(key))
            continue;
        tried.add(key);
        const earlier = history?.(record.templates.digest);
        const renderings = [
            ...(earlier ? [render(earlier.set, subject, apis, record.tool, earlier.header)] : []),
            render(templateSet, subject, apis, record.tool),
        ];
        for (const file of renderings.flat()) {
            if (bases.has(file.path))
                continue;
            if (recorded.knownHashes.get(file.path)?.has(sha256(file.content))) {
                bases.set(file.path, file.content);
            }
        }
    }
    return bases;
}
/** Conflict markers a person has not resolved yet (ours are labelled `yours`). */
const UNRESOLVED = /^<{7} yours\r?$[\s\S]*^>{7} /m;
function decide(file, state, entry, recoveredBase, knownHashes, merge, labels) {
    if (state.kind === 'absent') {
        if (entry && file.owner === 'user') {
            return {
                action: 'kept',
                content: '',
                note: 'deleted since it was generated; not written again',
            };
        }
        return { action: 'created', content: file.content };
    }
    if (state.kind !== 'file') {
        throw new errors/* UserError */.yo(`${file.path} exists as a ${state.kind}, where a file would be written`);
    }
    const ours = state.content;
    if (ours === file.content)
        return { action: 'unchanged', content: ours };
    // An earlier update's clash still waiting: the record moved on, so it would pass for an edit otherwise.
    if (UNRESOLVED.test(ours)) {
        return {
            action: 'conflict',
            content: ours,
            note: 'still holds the conflict markers of an earlier update; resolve them first',
        };
    }
    let base = entryText(entry) ?? recoveredBase;
    if (base === undefined && knownHashes?.has(sha256(ours)))
        base = ours;
    // A joined file is joined again rather than text-merged: it holds the person's text beside what was added
    // (JSON is joined key by key, 3-way once the base is known; lines are appended where missing).
    if (file.join) {
        if (base === ours)
            return { action: 'updated', content: file.content };
        const joined = joinFile(file.join, file.path, ours, file.content, base);
        const notes = [
            ...(joined.added.length ? [`joined with yours: added ${joined.added.join(', ')}`] : []),
            ...(joined.removed.length
                ? [`removed ${joined.removed.join(', ')}, no longer generated`]
                : []),
            ...(joined.keptTheirs.length ? [`kept your ${joined.keptTheirs.join(', ')}`] : []),
        ];
        return {
            action: joined.content === ours ? 'kept' : 'merged',
            content: joined.content,
            ...(notes.length ? { note: notes.join('; ') } : {}),
        };
    }
    if (base === undefined) {
        if (file.owner === 'user') {
            return entry
                ? {
                    action: 'kept',
                    content: ours,
                    note: 'edited, and its record holds no copy of what was generated to merge with; compare it with the new templates by hand',
                }
                : {
                    action: 'kept',
                    content: ours,
                    note: 'a file of yours was here first',
                    unrecorded: true,
                };
        }
        const merged = merge(ours, '', file.content, { ours: 'yours', ...labels });
        return {
            action: merged.conflicts > 0 ? 'conflict' : 'merged',
            content: merged.content,
            note: 'differs from what was generated, with no record of the original to merge against: every difference is marked',
        };
    }
    if (ours === base)
        return { action: 'updated', content: file.content };
    if (file.content === base) {
        return {
            action: 'kept',
            content: ours,
            ...(file.owner === 'generated'
                ? { note: 'edited by hand; the templates did not change it' }
                : {}),
        };
    }
    const merged = merge(ours, base, file.content, { ours: 'yours', ...labels });
    if (merged.conflicts === 0)
        return { action: 'merged', content: merged.content };
    return {
        action: 'conflict',
        content: merged.content,
        note: `${merged.conflicts} conflicting ${merged.conflicts === 1 ? 'change' : 'changes'} marked with <<<<<<< and >>>>>>>`,
    };
}
/** The plan of a record the generation rewrites. */
function recordPlan(path, content, workspace) {
    const before = regularFile(workspace, path) ?? null;
    return {
        path,
        owner: 'generated',
        action: before === null ? 'created' : before === content ? 'unchanged' : 'updated',
        content,
        before,
        executable: false,
    };
}
/**
 * Each rendered file decided against the workspace (see the top of this file), and the paths of files of the
 * person's found there first, which the records keep no base for.
 */
function decideFiles(rendered, workspace, context) {
    const unrecorded = new Set();
    const files = rendered.map((file) => {
        const state = workspace.file(file.path);
        const decision = decide(file, state, context.entryOf(file), context.recovered?.get(file.path), context.knownHashes.get(file.path), context.merge, context.labels);
        if (decision.unrecorded)
            unrecorded.add(file.path);
        return {
            path: file.path,
            owner: file.owner,
            action: decision.action,
            content: decision.content,
            before: state.kind === 'file' ? state.content : null,
            executable: file.executable,
            ...(decision.note ? { note: decision.note } : {}),
        };
    });
    return { files, unrecorded };
}
/** Files an earlier generation wrote (`earlier`) that the new rendering no longer has: removed if untouched. */
function droppedFiles(earlier, renderedPaths, workspace) {
    const files = [];
    for (const [path, entry] of earlier) {
        if (renderedPaths.has(path))
            continue;
        const state = workspace.file(path);
        if (state.kind === 'absent')
            continue;
        const untouched = state.kind === 'file' && sha256(state.content) === entry.sha256;
        files.push({
            path,
            owner: entry.owner,
            action: untouched ? 'removed' : 'kept',
            content: untouched || state.kind !== 'file' ? '' : state.content,
            before: state.kind === 'file' ? state.content : null,
            executable: false,
            ...(untouched
                ? {}
                : {
                    note: 'no longer generated, but edited since, so kept: delete it when you are done with it',
                }),
        });
        // npm's lock of a package.json that goes is of no use without it. npm wrote it, so no record lists it.
        const lock = path.replace(/(^|\/)package\.json$/, '$1package-lock.json');
        if (!untouched || lock === path || renderedPaths.has(lock) || earlier.has(lock))
            continue;
        const lockState = workspace.file(lock);
        if (lockState.kind === 'file') {
            files.push({
                path: lock,
                owner: entry.owner,
                action: 'removed',
                content: '',
                before: lockState.content,
                executable: false,
                note: `npm's lock of the ${path} removed beside it`,
            });
        }
    }
    return files;
}
function planFiles(request, previous, templateSet, workspace, tool, recorded, apis, options) {
    const merge = options.merge ?? gitMerge;
    const rendered = render(templateSet, request, apis, tool);
    const own = recorded.apis.get(request.projectName)?.record;
    const shared = recorded.shared;
    const recovered = recoverBases(templateSet, recorded, previous, options.history);
    const baseVersion = own?.tool.version ?? shared?.tool.version;
    const labels = {
        base: `${tool.name} ${baseVersion ?? 'unknown version'}`,
        theirs: `${tool.name} ${tool.version}`,
    };
    // Schema 1 records list the shared files in every API's record.
    const entryOf = (path, perApi) => perApi || !shared ? own?.files[path] : shared.files[path];
    const { files, unrecorded } = decideFiles(rendered, workspace, {
        entryOf: (file) => entryOf(file.path, file.perApi),
        recovered,
        knownHashes: recorded.knownHashes,
        merge,
        labels,
    });
    files.push(...droppedFiles(new Map([
        ...Object.entries(own?.files ?? {}),
        ...Object.entries(shared?.files ?? {}),
    ]), new Set(rendered.map((file) => file.path)), workspace));
    const record = {
        schema: PROVENANCE_SCHEMA,
        tool: { name: tool.name, version: tool.version },
        templates: { digest: templateSet.digest },
        request: {
            name: request.name,
            directory: request.directory,
            apiType: request.apiType,
            auth: request.auth,
            architecture: request.architecture,
        },
        project: {
            projectName: request.projectName,
            moduleName: request.moduleName,
            className: request.className,
            projectRoot: request.projectRoot,
        },
        files: Object.fromEntries(rendered
            .filter((file) => file.perApi && !unrecorded.has(file.path))
            .map((file) => [file.path, fileEntry(file.owner, file.content)])),
    };
    const sharedRecord = {
        schema: PROVENANCE_SCHEMA,
        tool: { name: tool.name, version: tool.version },
        templates: { digest: templateSet.digest },
        files: Object.fromEntries(rendered
            .filter((file) => !file.perApi && !unrecorded.has(file.path))
            .map((file) => [file.path, fileEntry(file.owner, file.content)])),
    };
    files.push(recordPlan(provenancePath(request.projectName), renderRecord(record), workspace));
    files.push(recordPlan(SHARED_RECORD_PATH, renderRecord(sharedRecord), workspace));
    return files;
}
/** Every API of the workspace once `request` is generated: the recorded ones, `request` in place of its own. */
function apisAfter(recorded, request) {
    return byProjectName([
        ...requestsOf(recorded).filter((api) => api.projectName !== request.projectName),
        request,
    ]);
}
/** A new API: refused when the workspace already has it (update changes an existing one). */
function planGeneration(request, templateSet, workspace, tool, options = {}) {
    const recorded = readRecords(workspace);
    if (recorded.apis.has(request.projectName)) {
        const existing = recorded.apis.get(request.projectName).request;
        throw new errors/* UserError */.yo(`API ${request.projectName} already exists (${existing.projectRoot}, recorded in ${provenancePath(request.projectName)}); change or upgrade it with: fastapi-scaffold update --name ${request.projectName}`);
    }
    if (workspace.file(request.projectRoot).kind !== 'absent') {
        throw new errors/* UserError */.yo(`${request.projectRoot} already exists; choose another name or directory`);
    }
    const apis = apisAfter(recorded, request);
    const files = planFiles(request, undefined, templateSet, workspace, tool, recorded, apis, options);
    return { kind: 'generate', request, files, apis };
}
/** The recorded API a name (in any spelling) stands for. */
function findRecordedApi(recorded, name) {
    const apis = requestsOf(recorded);
    const projectName = apiNames(name.trim()).projectName;
    const found = apis.find((api) => api.projectName === projectName);
    if (found)
        return found;
    throw new errors/* UserError */.yo(apis.length === 0
        ? `the workspace holds no generated API yet; create ${projectName} with: fastapi-scaffold generate --name ${projectName}`
        : `no API ${projectName} in the workspace (it holds ${apis.map((api) => api.projectName).join(', ')}); create it with: fastapi-scaffold generate --name ${projectName}`);
}
/**
 * An existing API, re-rendered with its recorded answers and the `changes` given, by the templates of this
 * version: an option change and an upgrade are the same operation.
 */
function planUpdate(name, changes, templateSet, workspace, tool, options = {}) {
    const recorded = readRecords(workspace);
    const previous = findRecordedApi(recorded, name);
    const request = parseRequest({
        name: previous.name,
        directory: previous.directory,
        'api-type': changes.apiType ?? previous.apiType,
        auth: changes.auth ?? previous.auth,
        architecture: changes.architecture ?? previous.architecture,
    });
    const apis = apisAfter(recorded, request);
    const files = planFiles(request, previous, templateSet, workspace, tool, recorded, apis, options);
    return { kind: 'update', request, previous, files, apis };
}
/** The files a plan leaves with conflict markers, for the report and the exit code. */
function conflictsOf(plan) {
    return plan.files.filter((file) => file.action === 'conflict').map((file) => file.path);
}

;// CONCATENATED MODULE: ./src/plan/history.ts
// The template sets of the versions whose records hold hashes only (schema 1), kept with the tool so their
// workspaces still get a true 3-way merge on upgrade: rendered with the answers a record names, they give back
// what that version wrote, and only a rendering whose hash the record lists is trusted as the base.
// Records of schema 2 carry their base themselves and need none of this.



function archivedTemplates(archive) {
    const set = (0,templates.templateSet)(archive.files, { strict: false });
    if (set.digest !== archive.digest) {
        throw new Error(`archived templates of ${archive.version} do not hash to their digest`);
    }
    return {
        set,
        header: (view) => archive.header.map((line) => line.replaceAll('{name}', view.toolName).replaceAll('{version}', view.toolVersion)),
    };
}
/** The archive in `dir`, read on first use (only an upgrade of a schema 1 workspace needs it). */
function templateHistory(dir) {
    let byDigest;
    return (digest) => {
        if (!byDigest) {
            byDigest = new Map();
            let names = [];
            try {
                names = (0,external_node_fs_.readdirSync)(dir).filter((name) => name.endsWith('.json'));
            }
            catch {
                // no archive shipped: schema 1 files fall back to their hashes
            }
            for (const name of names) {
                const archive = JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, name), 'utf8'));
                byDigest.set(archive.digest, archive);
            }
        }
        const archive = byDigest.get(digest);
        return archive && archivedTemplates(archive);
    };
}

// EXTERNAL MODULE: ./src/tool.ts
var tool = __webpack_require__(5325);
;// CONCATENATED MODULE: ./src/plan/workspace.ts
// Read-only view of the workspace a plan is made against.



function diskWorkspace(root) {
    return {
        file(path) {
            const full = (0,external_node_path_.join)(root, path);
            let stat;
            try {
                stat = (0,external_node_fs_.lstatSync)(full);
            }
            catch (error) {
                const code = error.code;
                if (code === 'ENOENT' || code === 'ENOTDIR')
                    return { kind: 'absent' };
                throw error;
            }
            if (stat.isSymbolicLink())
                return { kind: 'symlink' };
            if (stat.isDirectory())
                return { kind: 'directory' };
            if (!stat.isFile())
                return { kind: 'other' };
            return { kind: 'file', content: (0,external_node_fs_.readFileSync)(full, 'utf8') };
        },
        recordPaths() {
            let names;
            try {
                names = (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(root, layout/* RECORDS_DIR */.v7));
            }
            catch {
                return [];
            }
            return names
                .filter((name) => name.endsWith('.json') && !name.startsWith('_'))
                .sort()
                .map((name) => `${layout/* RECORDS_DIR */.v7}/${name}`);
        },
    };
}

;// CONCATENATED MODULE: ./src/generate.ts
// The local story, shared by the CLI and the action's worktree: plan → apply, for a new API
// (generate) or an existing one (update: an option change, an upgrade to these templates, or both).
// A request or workspace problem throws a UserError; a failed write throws a plain Error and leaves the
// workspace as it was.







function applied(plan, options) {
    if (options.dryRun)
        return { plan, written: [], removed: [], dryRun: true };
    const { written, removed } = applyPlan(options.workspace, plan.files);
    return { plan, written, removed, dryRun: false };
}
function planOptions(options) {
    return { history: options.history ?? shippedHistory };
}
const shippedHistory = templateHistory(tool/* HISTORY_DIR */.rE);
function workspaceOf(options) {
    if (!isDirectory(options.workspace)) {
        throw new errors/* UserError */.yo(`workspace ${options.workspace} is not a directory`);
    }
    return diskWorkspace(options.workspace);
}
function generate(request, options) {
    const workspace = workspaceOf(options);
    return applied(planGeneration(request, options.templates, workspace, options.tool, planOptions(options)), options);
}
function update(request, options) {
    const workspace = workspaceOf(options);
    const plan = planUpdate(request.name, request.changes, options.templates, workspace, options.tool, planOptions(options));
    return applied(plan, options);
}
function isDirectory(path) {
    try {
        return (0,external_node_fs_.statSync)(path).isDirectory();
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/labels.ts
var labels = __webpack_require__(4584);
;// CONCATENATED MODULE: ./src/report/checks.ts
// The generated project's check results as people read them: a plain-text table for the terminal and a
// Markdown table for the pull request. Failing output follows the table, one block per failed check.

/** `80 ms`, `1.5 s`, `15 s`: as precise as a reader comparing runs needs. */
function formatDuration(ms) {
    if (ms < 1000)
        return `${ms} ms`;
    return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
}
function formatCounts(check) {
    if (!check.counts)
        return '';
    const { passed, failed, skipped } = check.counts;
    return [`${passed} passed`, failed ? `${failed} failed` : '', skipped ? `${skipped} skipped` : '']
        .filter(Boolean)
        .join(', ');
}
function note(check) {
    if (check.status === 'skipped')
        return check.detail ?? '';
    return formatCounts(check);
}
function summarizeChecks(checks) {
    const count = (status) => checks.filter((check) => check.status === status).length;
    return `${count('passed')} passed, ${count('failed')} failed, ${count('skipped')} skipped`;
}
function formatChecksTable(checks) {
    const rows = checks.map((check) => [
        check.name,
        check.project,
        check.status,
        check.status === 'skipped' ? '' : formatDuration(check.durationMs),
        note(check),
    ]);
    const header = ['check', 'project', 'status', 'time', 'notes'];
    const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
    const line = (cells) => cells
        .map((cell, column) => column === 3 ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))
        .join('  ')
        .trimEnd();
    const failures = checks
        .filter((check) => check.status === 'failed')
        .map((check) => `--- ${check.name} (${check.project}: ${check.command}) ---\n${check.detail ?? ''}`);
    return [
        line(header),
        ...rows.map(line),
        '',
        summarizeChecks(checks),
        ...failures.flatMap((f) => ['', f]),
    ].join('\n');
}
/** The pull request's checks section; `note` says why no checks ran, when none did. */
function formatChecksMarkdown(checks, note) {
    const ran = checks.filter((check) => check.status !== 'skipped');
    if (ran.length === 0) {
        const why = note ?? checks.find((check) => check.detail)?.detail ?? 'the verify stage did not run';
        return `**Not run** — ${why}. Run them yourself before merging (see _Next steps_).`;
    }
    const icon = { passed: '✅ passed', failed: '❌ failed', skipped: '⏭️ skipped' };
    const rows = checks.map((check) => {
        const counts = check.counts
            ? ` (${check.counts.passed} passed, ${check.counts.failed} failed, ${check.counts.skipped} skipped)`
            : '';
        return `| \`${check.name}\` | \`${check.project}\` | ${icon[check.status]}${counts} | ${formatDuration(check.durationMs)} |`;
    });
    const failures = checks
        .filter((check) => check.status === 'failed' && check.detail)
        .map((check) => `<details><summary>${check.name} output</summary>\n\n${(0,markdown/* fenced */.O)(check.detail)}\n\n</details>`);
    return [
        '| Check | Project | Result | Time |',
        '|---|---|---|---|',
        ...rows,
        ...(failures.length ? ['', ...failures] : []),
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/report/tree.ts
// Draws a list of file paths as an indented tree, the way a reviewer reads a new project.

function insert(root, entry) {
    let node = root;
    for (const part of entry.path.split('/')) {
        let child = node.children.get(part);
        if (!child) {
            child = { children: new Map(), isFile: false };
            node.children.set(part, child);
        }
        node = child;
    }
    node.isFile = true;
    node.note = entry.note;
}
// Case-insensitive, then by code unit: the same order on every machine (localeCompare follows the locale, and
// its first call sets up ICU's collator, a good part of a short CLI run).
function byName(a, b) {
    const [x, y] = [a.toLowerCase(), b.toLowerCase()];
    return x !== y ? (0,templates.byCodeUnit)(x, y) : (0,templates.byCodeUnit)(a, b);
}
function renderTree(entries) {
    const root = { children: new Map(), isFile: false };
    for (const entry of entries)
        insert(root, entry);
    const lines = [];
    const width = Math.max(0, ...entries.map((entry) => entry.path.length)) + 4;
    const visit = (node, prefix, depth) => {
        const names = [...node.children.keys()].sort((a, b) => {
            const aDir = !node.children.get(a).isFile;
            const bDir = !node.children.get(b).isFile;
            return aDir === bDir ? byName(a, b) : aDir ? -1 : 1;
        });
        names.forEach((name, index) => {
            const child = node.children.get(name);
            const last = index === names.length - 1;
            const label = `${prefix}${last ? '└── ' : '├── '}${name}${child.isFile ? '' : '/'}`;
            lines.push(child.note ? `${label.padEnd(width)} ${child.note}` : label);
            visit(child, `${prefix}${last ? '    ' : '│   '}`, depth + 1);
        });
    };
    visit(root, '', 0);
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/report/plan.ts
// What a plan does to each file, drawn as the project's tree with one symbol per action, plus a line for
// each file that needs a person (a clash, a file kept): the text the CLI prints and the Files section of the
// pull request. A dry run of an update also shows the unified diff of every file it would change.



/** Each action's symbol in the tree and its words in the legend. */
const ACTIONS = {
    created: { symbol: '+', text: 'created' },
    updated: { symbol: '~', text: 'updated' },
    merged: { symbol: 'M', text: 'merged with your edits' },
    conflict: { symbol: '!', text: 'conflict to resolve' },
    removed: { symbol: '-', text: 'removed' },
    kept: { symbol: '·', text: 'kept as you have it' },
    unchanged: { symbol: '=', text: 'unchanged' },
};
const ORDER = Object.keys(ACTIONS);
/** Actions that change the workspace, the ones a dry run diffs. */
const CHANGES = new Set([
    'created',
    'updated',
    'merged',
    'conflict',
    'removed',
]);
function planTree(plan) {
    return renderTree(plan.files.map((file) => ({
        path: file.path,
        note: `${ACTIONS[file.action].symbol} ${file.owner}`,
    })));
}
function counts(plan) {
    return ORDER.map((action) => [action, plan.files.filter((file) => file.action === action).length]).filter(([, count]) => count > 0);
}
/** The files a person should look at, with why. */
function attention(plan) {
    return plan.files.filter((file) => file.action === 'conflict' || file.note !== undefined);
}
function headline(plan) {
    const { request, previous } = plan;
    const lines = [
        `${request.projectName}: module ${request.moduleName}, class ${request.className}, in ${request.projectRoot}`,
        `api-type ${request.apiType} · auth ${request.auth} · architecture ${request.architecture}`,
    ];
    if (plan.kind === 'update' && previous)
        lines.push(`update: ${answerChanges(plan) || 'same options, templates of this version'}`);
    return lines;
}
/** `api-type http-api → function-url, auth iam → none`, or '' when no option changed. */
function answerChanges(plan) {
    const { request, previous } = plan;
    if (!previous)
        return '';
    return [
        ['api-type', previous.apiType, request.apiType],
        ['auth', previous.auth, request.auth],
        ['architecture', previous.architecture, request.architecture],
    ]
        .filter(([, before, after]) => before !== after)
        .map(([key, before, after]) => `${key} ${before} → ${after}`)
        .join(', ');
}
/** Every change a dry run would make, as unified diffs. */
function planDiff(plan) {
    return plan.files
        .filter((file) => CHANGES.has(file.action))
        .map((file) => unifiedDiff(file.path, file.before, file.action === 'removed' ? null : file.content))
        .filter(Boolean)
        .join('\n');
}
/** What the CLI prints after generating, or after planning on a dry run. */
function describePlan(plan, outcome) {
    const tally = counts(plan)
        .map(([action, count]) => `${count} ${ACTIONS[action].text}`)
        .join(', ');
    const summary = outcome.dryRun
        ? `Dry run (${tally}); nothing written.`
        : `${outcome.written.length} files written, ${outcome.removed.length} removed (${tally}).`;
    const needs = attention(plan).map((file) => `${ACTIONS[file.action].symbol} ${file.path}: ${file.note ?? ACTIONS[file.action].text}`);
    const diff = outcome.dryRun && plan.kind === 'update' ? planDiff(plan) : '';
    return [
        ...headline(plan),
        '',
        planTree(plan),
        '',
        counts(plan)
            .map(([action]) => `${ACTIONS[action].symbol} ${ACTIONS[action].text}`)
            .join('  '),
        summary,
        ...(needs.length ? ['', 'Look at:', ...needs.map((line) => `  ${line}`)] : []),
        ...(diff ? ['', diff] : []),
        ...(outcome.dryRun || plan.kind === 'update'
            ? []
            : ['', `Next: cd ${plan.request.projectRoot} && uv sync && uv run pytest`]),
    ].join('\n');
}
function cell(text) {
    return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}
/** The pull request's Files section: the tree, the legend counted, and one row per file that changed. */
function formatPlanMarkdown(plan) {
    const legend = counts(plan)
        .map(([action, count]) => `\`${ACTIONS[action].symbol}\` ${ACTIONS[action].text} (${count})`)
        .join(' · ');
    const changed = plan.files.filter((file) => file.action !== 'unchanged' && !(plan.kind === 'generate' && file.action === 'created'));
    const table = changed.length
        ? [
            '| File | What happened | |',
            '|---|---|---|',
            ...changed.map((file) => `| \`${cell(file.path)}\` | ${ACTIONS[file.action].symbol} ${ACTIONS[file.action].text} | ${cell(file.note ?? '')} |`),
        ].join('\n')
        : '';
    return [
        (0,markdown/* fenced */.O)(planTree(plan)),
        `${legend}. _generated_ files belong to the generator and _user_ files to you; an edit to either is merged into later generations.`,
        ...(table ? [table] : []),
    ].join('\n\n');
}

;// CONCATENATED MODULE: ./src/report/pull-request.ts
// The pull request's title and body: what was asked, what will be deployed, the files, the checks and what
// to do next. Pure functions from plain data to Markdown; the job summary reuses the body.






function optionText(id, value) {
    const option = (0,schema/* inputSpec */.mm)(id).options?.find((candidate) => candidate.value === value);
    return option ? `\`${value}\` — ${option.description}` : `\`${value}\``;
}
/** The request, option by option; for an update each option that changes reads `before` → after. */
function requestTable(request, previous) {
    const option = (id, key) => {
        const after = optionText(id, request[key]);
        const before = previous?.[key];
        return `| ${(0,schema/* inputSpec */.mm)(id).label} | ${before !== undefined && before !== request[key] ? `\`${before}\` → ${after}` : after} |`;
    };
    return [
        '| | |',
        '|---|---|',
        `| ${(0,schema/* inputSpec */.mm)('name').label} | \`${request.name}\` |`,
        `| Project | \`${request.projectRoot}\` (module \`${request.moduleName}\`, class \`${request.className}\`) |`,
        option('api-type', 'apiType'),
        option('auth', 'auth'),
        option('architecture', 'architecture'),
    ].join('\n');
}
/** What an update asked: the options that change, and the templates it moves from and to. */
function updateLine(plan, tool, previousTool) {
    const changes = answerChanges(plan);
    const from = previousTool ? `${previousTool.name} ${previousTool.version}` : 'an earlier version';
    return `An update of an existing API: ${changes ? `${changes}, ` : 'the same options, '}re-rendered with the templates of ${tool.name} ${tool.version} (it was generated by ${from}); your edits are merged in.`;
}
/**
 * What a person does about files left with conflict markers. The branch becomes theirs once they push:
 * the generator's commit check then refuses to replace it, which is what keeps their resolution.
 */
function conflictSection(plan, branch, tool) {
    const conflicts = plan.files.filter((file) => file.action === 'conflict');
    const files = conflicts.length === 1 ? '1 file holds' : `${conflicts.length} files hold`;
    return [
        `⚠️ ${files} your edits and the update's changes to the same lines, between conflict markers. Until they are resolved this pull request is a draft labelled \`${labels/* CONFLICTS_LABEL */.$r}\`, and the generated project's checks were not run (they would fail on the markers).`,
        conflicts.map((file) => `- \`${file.path}\`${file.note ? ` — ${file.note}` : ''}`).join('\n'),
        [
            'To resolve them:',
            '',
            `1. Check out the branch: \`git fetch origin ${branch} && git switch ${branch}\`.`,
            `2. In each file, keep what you want of both sides between \`<<<<<<< yours\`, \`=======\` and \`>>>>>>> ${tool.name} ${tool.version}\`, and delete the markers.`,
            `3. Commit and push to \`${branch}\`; the pull request's checks run on your push. Then mark the pull request ready for review.`,
        ].join('\n'),
        `Pushing makes \`${branch}\` yours: from then on the generator refuses to force-push over it (a later run for this API stops and says so), which is what keeps your resolution. Once this pull request is merged or closed and the branch deleted, the generator can use it again.`,
    ].join('\n\n');
}
/** What will run in AWS once the change is deployed. */
function deploymentDiagram(request) {
    const caller = request.auth === 'iam'
        ? 'SigV4-signed request'
        : request.auth === 'cognito'
            ? 'JWT from Cognito'
            : 'anyone';
    const fn = `fn["Lambda ${request.projectName}<br/>Python · ${request.architecture}"]`;
    const lines = ['flowchart LR', '  client(["Client"])'];
    if (request.apiType === 'http-api') {
        const authorizer = {
            iam: 'IAM authorization',
            cognito: 'JWT authorizer',
            none: 'no authorization',
        }[request.auth];
        lines.push(`  api["API Gateway HTTP API<br/>${authorizer}"]`, `  ${fn}`, `  client -->|"HTTPS · ${caller}"| api`);
        lines.push('  api -->|"Mangum"| fn');
        if (request.auth === 'cognito')
            lines.push('  pool[("Cognito user pool")]', '  api -.->|"verifies tokens"| pool');
    }
    else {
        const authType = request.auth === 'iam' ? 'AWS_IAM' : 'NONE';
        lines.push(`  url["Function URL<br/>auth ${authType} · response streaming"]`, `  ${fn}`, `  client -->|"HTTPS · ${caller}"| url`, '  url -->|"Lambda Web Adapter"| fn');
    }
    lines.push('  logs[("CloudWatch Logs")]', '  fn -.-> logs');
    return (0,markdown/* fenced */.O)(lines.join('\n'), 'mermaid');
}
function nextSteps(request, context) {
    const change = context.issueNumber
        ? `To change the request, edit issue #${context.issueNumber} (its author's edit runs it again; anyone else's waits for the label \`${labels/* RETRY_LABEL */.We}\`); this pull request is updated in place.`
        : 'To change the request, run the workflow again with new values; this pull request is updated in place.';
    return [
        `1. Review the generated project under \`${request.projectRoot}\`; the files marked _user_ are yours to edit.`,
        `2. Try it locally: \`cd ${request.projectRoot} && uv sync && uv run pytest\`.`,
        '3. Merge: the Deploy workflow deploys every API on the default branch (`cdk deploy`), once its AWS role is configured.',
        `4. ${change} Push your own commits only after merging: the generator refuses to overwrite commits pushed to its branch.`,
    ].join('\n');
}
function originLine(context) {
    const who = context.requestedBy ? ` by @${context.requestedBy}` : '';
    const run = context.runUrl ? ` · [workflow run](${context.runUrl})` : '';
    return `Requested in ${context.source}${who} · generated by ${context.tool.name} ${context.tool.version}${run}`;
}
function pullRequestTitle(plan, tool) {
    const { request } = plan;
    if (plan.kind === 'generate') {
        return `Scaffold ${request.projectName}: FastAPI on Lambda (${request.apiType}, auth ${request.auth})`;
    }
    const changes = answerChanges(plan);
    return changes
        ? `Update ${request.projectName}: ${changes}`
        : `Upgrade ${request.projectName} to ${tool.name} ${tool.version}`;
}
/** GitHub refuses a pull request body longer than this. */
const MAX_BODY = 65_536;
function renderPullRequestBody(input) {
    const { plan } = input;
    const { request } = plan;
    const tool = input.context.tool;
    const update = plan.kind === 'update';
    const conflicted = conflictsOf(plan).length > 0;
    const render = (files, checks) => [
        `## ${request.projectName} — FastAPI on AWS Lambda`,
        originLine(input.context),
        ...(conflicted
            ? ['### Conflicts to resolve', conflictSection(plan, input.branch, tool)]
            : []),
        '### What was asked',
        ...(update ? [updateLine(plan, tool, input.previousTool)] : []),
        requestTable(request, plan.previous),
        '### What will be deployed',
        deploymentDiagram(request),
        '### Files',
        files,
        '### Checks',
        checks,
        '### Next steps',
        nextSteps(request, input.context),
        `<sub>Branch \`${input.branch}\` belongs to the generator.</sub>`,
        ...(input.closesIssue && input.context.closes !== undefined
            ? [`Closes #${input.context.closes}`]
            : []),
    ].join('\n\n');
    const full = render(formatPlanMarkdown(input.plan), formatChecksMarkdown(input.checks, input.checksNote));
    if (full.length <= MAX_BODY)
        return full;
    // Too long for GitHub (a huge workspace, long failure output): keep the summary, point to the details.
    const short = render(`${input.plan.files.length} files; the tree is too long to show here, see _Files changed_.`, formatChecksMarkdown(input.checks.map(({ detail: _detail, ...check }) => check), input.checksNote));
    return short.length <= MAX_BODY
        ? short
        : `${short.slice(0, MAX_BODY - 40)}\n\n_(cut to fit GitHub's limit)_`;
}

;// CONCATENATED MODULE: ./src/report/status.ts
// The status comment on the request issue: one comment per issue, rewritten as the run goes on.


/** The status comment on the request issue. Text a person typed only ever appears inside a fence. */
function renderStatus(status) {
    switch (status.kind) {
        case 'working':
            return `⏳ Generating the project${status.runUrl ? ` ([follow the run](${status.runUrl}))` : ''}. This comment is updated when the pull request is ready.`;
        case 'ready': {
            // ✅ only for a pull request whose checks passed; one that needs fixing says so first.
            const opened = `Pull request #${status.number} is ${status.operation === 'created' ? 'ready' : 'updated'}: ${status.url}.`;
            const headline = status.conflicts > 0
                ? `⚠️ ${opened} ${status.conflicts === 1 ? '1 file has' : `${status.conflicts} files have`} conflicting changes (your edits and the update change the same lines) to resolve before its checks can run; the pull request says how.`
                : status.failedChecks > 0
                    ? `⚠️ ${opened} ${status.failedChecks} check(s) of the generated project failed; see the pull request.`
                    : `✅ ${opened}`;
            return `${headline}\n\nTo change the request, edit this issue (its author's edit runs it again), or add the label \`${labels/* RETRY_LABEL */.We}\` to run it as it reads.`;
        }
        case 'unchanged':
            return `✅ \`${status.base}\` already holds this project exactly as requested; there is nothing to change.`;
        case 'refused':
            return `👋 Thanks for the request! Generating a project pushes a branch to this repository, so it can only be started by someone with write access (@${status.login} has ${status.role === 'none' ? 'no' : `\`${status.role}\``} access). A maintainer can start it by adding the label \`${labels/* RETRY_LABEL */.We}\` to this issue.`;
        case 'stale':
            return `⏸️ The issue body changed after this run was started (${status.why}, by @${status.sender}), so nothing was generated: a run only builds the request as the person who started it saw it. Review the body as it reads now, then add the label \`${labels/* RETRY_LABEL */.We}\` to run it.`;
        case 'cancelled':
            return `🛑 The run was cancelled before it finished${status.runUrl ? ` ([workflow run](${status.runUrl}))` : ''}. Add the label \`${labels/* RETRY_LABEL */.We}\` to run it again; it picks up where this run stopped.`;
        case 'failed':
            return [
                status.yours
                    ? '⚠️ The request cannot be generated as it stands:'
                    : '❌ Generation failed; running it again picks up where this run stopped:',
                (0,markdown/* fenced */.O)(status.reason),
                status.yours
                    ? 'Edit the issue to fix it; the run starts again on its own.'
                    : `Add the label \`${labels/* RETRY_LABEL */.We}\` to try again${status.runUrl ? `, or see the [workflow run](${status.runUrl}) for details` : ''}.`,
            ].join('\n\n');
    }
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/request/issue-form.ts
// Reads an issue opened from the "New FastAPI service" form back into a RawRequest, guided by the form's
// YAML: its `### <label>` headings say where each field starts, its dropdown options say which values exist.
//
// Why not @github/issue-parser: it treats `###` inside a fenced code block as a new field and splits dropdown
// answers on commas. Here a heading counts only outside fences and only when its text is one of the form's
// labels, so a stray or injected heading stays inside the field it was typed in (where validation rejects it),
// and a dropdown answer is matched whole against the option labels.
//
// What is parsed is what a reviewer sees on GitHub, never more: HTML comments (closed or not) are dropped as
// GitHub's renderer hides them, and a heading that only matches a label once invisible characters are taken
// out is refused, so a body cannot show one request and hide another.



/** GitHub caps an issue body at 65,536 characters; anything longer did not come from the form. */
const MAX_ISSUE_BODY = 65_536;
const NO_RESPONSE = '_No response_';
/** What GitHub writes for a dropdown left empty. Our `auth` option `none` is labelled `none — …`, never `None`. */
const EMPTY_DROPDOWN = 'None';
/** The schema value an option label stands for: the label's first word (`none — Public: …` → `none`). */
function optionValue(label) {
    return label.trim().split(/\s+/, 1)[0] ?? '';
}
/**
 * Reads the form definition. Fields whose id is not a schema input are an error: the form and the schema
 * must name the same things (test/request/schema-drift.test.ts checks the rest). A broken form is the
 * repository's setup, not the requester's to fix: it throws a plain Error.
 */
function readIssueForm(yamlText) {
    let data;
    try {
        data = (0,dist/* parse */.qg)(yamlText);
    }
    catch (error) {
        throw new Error(`the issue form is not valid YAML: ${error.message.split('\n')[0]}`);
    }
    if (!data || typeof data !== 'object' || !Array.isArray(data.body)) {
        throw new Error('the issue form has no body');
    }
    const known = new Set(schema/* FORM_INPUTS */.bb.map((input) => input.id));
    const fields = [];
    for (const element of data.body) {
        if (element.type === 'markdown')
            continue;
        const id = String(element.id ?? '');
        if (!known.has(id))
            throw new Error(`the issue form field "${id}" is not an input of fastapi-scaffold`);
        if (element.type !== 'input' && element.type !== 'dropdown') {
            throw new Error(`the issue form field "${id}" must be an input or a dropdown`);
        }
        const attributes = element.attributes ?? {};
        const label = String(attributes.label ?? '').trim();
        if (label === '')
            throw new Error(`the issue form field "${id}" has no label`);
        const required = element.validations?.required === true;
        if (element.type === 'input') {
            const value = attributes.value === undefined ? undefined : String(attributes.value);
            fields.push({ id: id, type: 'input', label, required, default: value });
            continue;
        }
        if (!Array.isArray(attributes.options) || attributes.options.length === 0) {
            throw new Error(`the issue form dropdown "${id}" has no options`);
        }
        const options = attributes.options.map((option) => {
            const optionLabel = String(option).trim();
            return { label: optionLabel, value: optionValue(optionLabel) };
        });
        const index = typeof attributes.default === 'number' ? attributes.default : undefined;
        fields.push({
            id: id,
            type: 'dropdown',
            label,
            required,
            default: index === undefined ? undefined : options[index]?.value,
            options,
        });
    }
    const labels = Array.isArray(data.labels) ? data.labels.map(String) : [];
    return { name: String(data.name ?? ''), labels, fields };
}
// CommonMark: up to three spaces of indentation, then three or more backticks or tildes.
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const HEADING = /^ {0,3}###[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
function fenceStart(line) {
    const match = FENCE.exec(line);
    if (!match)
        return undefined;
    const marks = match[1];
    // A backtick fence's info string may not contain a backtick.
    if (marks[0] === '`' && match[2].includes('`'))
        return undefined;
    return { char: marks[0], length: marks.length };
}
function closesFence(line, fence) {
    const match = FENCE.exec(line);
    if (!match)
        return false;
    const marks = match[1];
    return marks[0] === fence.char && marks.length >= fence.length && match[2].trim() === '';
}
/**
 * The body with its HTML comments removed, as GitHub's renderer hides them: `<!--` outside a code fence
 * hides everything up to the next `-->`, or to the end of the body when there is none. (GitHub shows an
 * unclosed `<!--` in the middle of a paragraph as text; hiding it here too can only lose a visible field,
 * never reveal a hidden one.)
 */
function withoutComments(body) {
    const lines = [];
    let fence;
    let inComment = false;
    for (const line of body.split('\n')) {
        if (fence) {
            if (closesFence(line, fence))
                fence = undefined;
            lines.push(line);
            continue;
        }
        const startsInComment = inComment;
        let visible = '';
        let rest = line;
        while (rest !== '') {
            if (inComment) {
                const end = rest.indexOf('-->');
                if (end < 0)
                    break;
                rest = rest.slice(end + 3);
                inComment = false;
                continue;
            }
            const start = rest.indexOf('<!--');
            if (start < 0) {
                visible += rest;
                break;
            }
            visible += rest.slice(0, start);
            rest = rest.slice(start + 4);
            inComment = true;
        }
        if (!startsInComment)
            fence = fenceStart(visible);
        lines.push(visible);
    }
    return lines.join('\n');
}
// Characters that render as nothing (zero-width, joiners, bidi controls, BOM, soft hyphen) and spaces that
// render like a plain one.
const INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
function looksLike(text) {
    return text.replace(INVISIBLE, '').replace(ODD_SPACES, ' ').replace(/ +/g, ' ').trim();
}
/** Splits the body into the form's sections: label → the lines under its heading. */
function sections(body, labels) {
    const found = new Map();
    let current;
    let fence;
    for (const line of body.split('\n')) {
        if (fence) {
            if (closesFence(line, fence))
                fence = undefined;
            current?.push(line);
            continue;
        }
        const opened = fenceStart(line);
        if (opened) {
            fence = opened;
            current?.push(line);
            continue;
        }
        const heading = HEADING.exec(line);
        if (heading && !labels.has(heading[1].trim()) && labels.has(looksLike(heading[1]))) {
            throw new errors/* UserError */.yo(`the issue body has a heading "${looksLike(heading[1])}" with invisible or unusual characters in it; retype the heading (or open the issue again with the form)`);
        }
        if (heading && labels.has(heading[1].trim())) {
            const label = heading[1].trim();
            if (found.has(label)) {
                throw new errors/* UserError */.yo(`the issue body has the field "${label}" twice; edit the issue so that it appears once`);
            }
            current = [];
            found.set(label, current);
            continue;
        }
        current?.push(line);
    }
    return found;
}
function answer(lines) {
    return lines.join('\n').trim();
}
function readDropdown(field, text) {
    // `None` is what an empty dropdown renders as; no option label is `None`, and a hand-typed `none` is
    // also taken as "no answer" so that an ambiguous body falls back to the default (iam), never to a public API.
    if (text === '' || text.toLowerCase() === EMPTY_DROPDOWN.toLowerCase())
        return '';
    const options = field.options ?? [];
    const byLabel = options.find((option) => option.label === text);
    if (byLabel)
        return byLabel.value;
    const byValue = options.find((option) => option.value.toLowerCase() === text.toLowerCase());
    if (byValue)
        return byValue.value;
    const shown = text.length > 60 ? `${text.slice(0, 57)}...` : text;
    throw new errors/* UserError */.yo(`"${field.label}" must be one of ${options.map((option) => option.value).join(', ')} (got ${JSON.stringify(shown)})`);
}
/**
 * The request an issue body asks for. Values are raw (validation is parseRequest's job), except that
 * "no answer" becomes an empty string so the schema default applies.
 */
function parseIssueBody(body, form) {
    if (body.length > MAX_ISSUE_BODY) {
        throw new errors/* UserError */.yo(`the issue body is ${body.length} characters long; an issue form answer is far shorter`);
    }
    const text = withoutComments(body.replace(/\r\n?/g, '\n'));
    const labels = new Set(form.fields.map((field) => field.label));
    const split = sections(text, labels);
    if (split.size === 0) {
        throw new errors/* UserError */.yo(`the issue body has none of the form's fields (### ${form.fields.find((field) => field.id === 'name')?.label ?? 'API name'}, …); open the issue with the "${form.name}" form`);
    }
    const raw = {};
    for (const field of form.fields) {
        const value = answer(split.get(field.label) ?? []);
        const given = value === NO_RESPONSE ? '' : value;
        if (field.type === 'dropdown') {
            raw[field.id] = readDropdown(field, given);
            continue;
        }
        if (given.includes('\n')) {
            throw new errors/* UserError */.yo(`"${field.label}" must be a single line; the issue body has ${given.split('\n').length} lines under it (a stray heading or code block?)`);
        }
        raw[field.id] = given;
    }
    return raw;
}

;// CONCATENATED MODULE: ./src/scaffold.ts
// The GitHub story: one run from a request (dispatch inputs or an issue) to a pull request, in the pipeline's
// order — parse the request once, check who asks, check the branch, generate or update (plan, apply) in a
// worktree of the base, verify, commit, push, upsert the pull request and report back. Every step before the
// push leaves GitHub untouched; every step after it can be repeated by a re-run. Delivery (src/deliver/) is
// called, it never calls back into the engine.


















/** The run was asked to stop (the runner cancels with SIGINT, then SIGTERM). */
class Cancelled extends Error {
}
/** The form the issue was opened from, as the checkout holds it; a broken form is the repository's setup. */
function issueForm(path, checkout) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(checkout, path), 'utf8');
    }
    catch {
        throw new Error(`the issue form ${path} is not in the checkout; check out the repository before this action`);
    }
    try {
        return readIssueForm(text);
    }
    catch (error) {
        throw new Error(`${path}: ${(0,errors/* messageOf */.bD)(error)}`);
    }
}
/**
 * The workspace's directory in the worktree of the base. Missing, or a link out of the repository, it is the
 * repository's setup that is wrong, not the request: a plain Error, like a broken issue form.
 */
function workspaceRoot(worktree, workspace, base) {
    const dir = (0,external_node_path_.join)(worktree, workspace);
    const real = (0,external_node_fs_.existsSync)(dir) ? (0,external_node_fs_.realpathSync)(dir) : undefined;
    if (real === undefined || !(0,external_node_fs_.statSync)(real).isDirectory()) {
        throw new Error(`the workspace ${workspace} is not a directory on ${base}: set it up with \`fastapi-scaffold init --workspace ${workspace}\` and merge that, or correct the workflow's workspace input`);
    }
    const top = (0,external_node_fs_.realpathSync)(worktree);
    if (real !== top && !real.startsWith(`${top}${external_node_path_.sep}`)) {
        throw new Error(`the workspace ${workspace} on ${base} is a link out of the repository`);
    }
    return dir;
}
/**
 * `plan` as the repository spells it: with the workspace in a subdirectory, every file and the API's project
 * root sit under it. This is what is staged and what the pull request and the job summary show.
 */
function inRepository(plan, workspace) {
    const at = (path) => external_node_path_.posix.join(workspace, path);
    const place = (api) => ({ ...api, projectRoot: at(api.projectRoot) });
    return {
        ...plan,
        request: place(plan.request),
        ...(plan.previous ? { previous: place(plan.previous) } : {}),
        files: plan.files.map((file) => ({ ...file, path: at(file.path) })),
        apis: plan.apis.map(place),
    };
}
/** Two issue bodies are the same request when they differ only in line endings and surrounding space. */
function sameText(a, b) {
    const normal = (text) => text.replace(/\r\n?/g, '\n').trim();
    return normal(a) === normal(b);
}
/** A repository setting, not a bug, stops the token from opening pull requests: say which. */
async function explainSettings(task) {
    try {
        return await task;
    }
    catch (error) {
        if ((0,github.statusOf)(error) === 403 &&
            /not permitted to create or approve pull requests/i.test((0,github.errorText)(error))) {
            throw new errors/* UserError */.yo('the token may not open pull requests in this repository: turn on Settings → Actions → General → "Allow GitHub Actions to create and approve pull requests", or pass a GitHub App token as github-token');
        }
        throw error;
    }
}
function describeSource(request) {
    const { source, serverUrl, repo, runUrl } = request;
    if (source.kind === 'issue') {
        const sourceUrl = `${serverUrl}/${repo.owner}/${repo.repo}/issues/${source.number}`;
        const requestedBy = source.event.run ? source.event.sender : undefined;
        return {
            context: { source: `#${source.number}`, issueNumber: source.number, requestedBy, runUrl },
            origin: { source: `issue #${source.number}`, sourceUrl, requestedBy, runUrl },
        };
    }
    return {
        context: { source: 'a manual run (workflow_dispatch)', requestedBy: source.actor, runUrl },
        origin: { source: 'workflow_dispatch', requestedBy: source.actor, runUrl },
    };
}
async function scaffold(request, deps) {
    const { gh, log, repo } = { ...deps, repo: request.repo };
    const pacing = deps.pacing ?? DEFAULT_PACING;
    const issueNumber = request.source.kind === 'issue' ? request.source.number : undefined;
    const { context: partialContext, origin } = describeSource(request);
    const context = { ...partialContext, tool: request.tool };
    const report = async (status) => {
        if (issueNumber === undefined || request.dryRun)
            return;
        try {
            await (0,deliver_issue/* upsertStatusComment */.zd)(gh, repo, issueNumber, renderStatus(status));
        }
        catch (error) {
            log.warning(`could not update the status comment on #${issueNumber}: ${error.message}`);
        }
        // Once the outcome is on the issue, the retry label has done its job: off it comes, ready for next time.
        const source = request.source;
        const label = source.kind === 'issue' && source.event.run ? source.event.consumesLabel : undefined;
        if (label && status.kind !== 'working') {
            try {
                await gh.removeLabel(repo, issueNumber, label);
            }
            catch (error) {
                log.warning(`could not take the label ${label} off #${issueNumber}: ${error.message}`);
            }
        }
    };
    // 1. The request, parsed once: dispatch inputs at once; an issue's body once its sender may ask.
    let ask;
    try {
        if (request.source.kind === 'inputs') {
            ask = parseAsk(request.source.raw);
        }
        else {
            const { event, number, formPath } = request.source;
            if (!event.run) {
                log.info(`Nothing to do: ${event.why}.`);
                return {
                    status: 'ignored',
                    exitCode: errors/* EXIT */.dc.ok,
                    message: event.why,
                    summary: `Nothing to do: ${event.why}.`,
                };
            }
            const access = await log.group('Authorize', () => (0,deliver_issue/* mayGenerate */.VA)(gh, repo, event.sender));
            if (!access.allowed) {
                const message = `@${event.sender} has ${access.role === 'none' ? 'no' : access.role} access to ${repo.owner}/${repo.repo}; generation needs write, maintain or admin`;
                log.info(`Not generating: ${message}.`);
                await report({ kind: 'refused', login: event.sender, role: access.role });
                return {
                    status: 'refused',
                    exitCode: errors/* EXIT */.dc.ok,
                    message,
                    summary: `Not generating: ${message}.`,
                };
            }
            await report({ kind: 'working', runUrl: request.runUrl });
            const issue = await gh.issue(repo, number);
            if (issue.isPullRequest)
                throw new errors/* UserError */.yo(`#${number} is a pull request, not a request issue`);
            // The approval covers the body the event carried. If it was edited since, generating the body as it
            // reads now would build something nobody with write access has seen.
            if (event.body !== undefined && !sameText(issue.body, event.body)) {
                const message = `the body of #${number} changed after ${event.why} (by @${event.sender}); nothing was generated`;
                log.warning(`Not generating: ${message}.`);
                await report({ kind: 'stale', sender: event.sender, why: event.why });
                return {
                    status: 'refused',
                    exitCode: errors/* EXIT */.dc.ok,
                    message,
                    summary: `Not generating: ${message}.`,
                };
            }
            ask = parseAsk(parseIssueBody(event.body ?? issue.body, issueForm(formPath, request.checkout)));
        }
    }
    catch (error) {
        return fail(error);
    }
    let worktree;
    try {
        const branch = branchName(ask.projectName);
        const base = request.baseBranch || request.defaultBranch || (await gh.defaultBranch(repo));
        const defaultBranch = request.defaultBranch ?? (request.baseBranch ? await gh.defaultBranch(repo) : base);
        const g = deps.git(request.checkout);
        checkCancelled();
        await (0,git.requireCheckout)(g, request.checkout);
        // 2. The branch must be the generator's, and must not answer another request issue: checked first, so
        //    that a run does not generate and verify for minutes only to find it may not push.
        const { remote, answersIssue } = await log.group(`Check ${branch}`, async () => {
            const head = await remoteHead(g, branch);
            if (!head)
                return { remote: undefined, answersIssue: undefined };
            await fetchBranch(g, branch, 20);
            const foreign = await foreignCommits(g, head);
            if (foreign.length > 0) {
                const list = foreign
                    .slice(0, 5)
                    .map((commit) => `${commit.sha.slice(0, 12)} "${commit.subject}" by ${commit.author}`)
                    .join('; ');
                throw new errors/* UserError */.yo(`branch ${branch} has ${foreign.length} commit(s) not made by the generator (${list}). The generator will not overwrite them. Merge or close the pull request and delete the branch, or move those commits elsewhere, then run again.`);
            }
            const answers = await branchIssue(g, head);
            if (answers !== undefined && issueNumber !== undefined && answers !== issueNumber) {
                const open = await gh.openPull(repo, branch);
                if (open) {
                    throw new errors/* UserError */.yo(`${ask.projectName} is already requested in #${answers}, pull request #${open.number}. Change the request there, or close pull request #${open.number} and run this one again.`);
                }
            }
            return { remote: head, answersIssue: answers };
        });
        // A manual run for a project an issue asked for keeps answering that issue. An update is a new request:
        // the issue that asked for the API was answered when its pull request was merged.
        const requestIssue = issueNumber ?? (ask.operation === 'generate' ? answersIssue : undefined);
        const runContext = { ...context, closes: requestIssue };
        checkCancelled();
        // 3. Generate or update (plan, apply) on top of the base, in a worktree of our own, and stage the result.
        const { generated, changed, baseSha, previousTool, root } = await log.group(`${ask.operation === 'generate' ? 'Generate' : 'Update'} ${ask.projectName} on ${base}`, async () => {
            const baseSha = await fetchBranch(g, base, 1);
            worktree = await addWorktree(g, deps.git, request.tmpDir, baseSha);
            const root = workspaceRoot(worktree.path, request.workspace, base);
            const options = {
                workspace: root,
                templates: deps.templates(),
                tool: request.tool,
                dryRun: request.dryRun,
            };
            let generated;
            let previousTool;
            if (ask.operation === 'generate')
                generated = generate(ask.request, options);
            else {
                previousTool = recordedVersions(diskWorkspace(root)).find((api) => api.request.projectName === ask.projectName)?.tool;
                generated = update({ name: ask.name, changes: ask.changes }, options);
                const where = generated.plan.request.directory;
                if (ask.directory !== undefined && ask.directory !== where) {
                    throw new errors/* UserError */.yo(`${ask.projectName} is in ${generated.plan.request.projectRoot}, not in ${ask.directory}: an update keeps an API where it was generated (leave directory empty, or give ${where})`);
                }
            }
            const planned = inRepository(generated.plan, request.workspace).files.map((file) => file.path);
            refuseForbidden(planned);
            const changed = !request.dryRun && (await stageChange(worktree, planned));
            log.info(`${planned.length} files planned; ${changed ? 'changes staged' : 'nothing changed'}`);
            return { generated, changed, baseSha, previousTool, root };
        });
        // The plan as the engine made it, relative to the workspace (what verify reads), and as the pull request
        // shows it, relative to the repository.
        const plan = generated.plan;
        const delivered = inRepository(plan, request.workspace);
        const apiRequest = plan.request;
        const conflicts = conflictsOf(delivered);
        checkCancelled();
        if (!request.dryRun && !changed) {
            await report({ kind: 'unchanged', base });
            return {
                status: 'unchanged',
                exitCode: errors/* EXIT */.dc.ok,
                projectName: apiRequest.projectName,
                branch,
                summary: `# Nothing to change\n\n\`${base}\` already holds ${delivered.request.projectRoot} exactly as ${plan.kind === 'update' ? `${request.tool.name} ${request.tool.version} renders it with these options` : 'requested'}.`,
            };
        }
        // 4. Verify what will be committed; conflict markers would fail every check, so those wait for the
        //    person's resolution (the pull request's own checks run on their push).
        let checks = [];
        let checksNote;
        if (conflicts.length > 0)
            checksNote = `${conflicts.length === 1 ? 'a file holds' : `${conflicts.length} files hold`} conflict markers, which every check would fail on; the pull request's checks run once you push the resolution`;
        else if (!request.verify)
            checksNote = 'verification was turned off for this run (`verify: false`)';
        else if (request.dryRun)
            checksNote = 'this was a dry run';
        else if (!deps.runChecks)
            checksNote = 'no verify stage was given to this run';
        else
            checks = await log.group('Verify', () => deps.runChecks(root, plan));
        checkCancelled();
        const failedChecks = checks.filter((check) => check.status === 'failed').length;
        // The pull request's file tree lists every file of the commit, the lock files the checks wrote too.
        let committed = delivered;
        const body = (closesIssue) => renderPullRequestBody({
            plan: committed,
            checks,
            checksNote,
            context: runContext,
            closesIssue,
            branch,
            ...(previousTool ? { previousTool } : {}),
        });
        if (request.dryRun) {
            return {
                status: 'dry-run',
                exitCode: errors/* EXIT */.dc.ok,
                projectName: apiRequest.projectName,
                branch,
                summary: `# Dry run: nothing was pushed\n\n${body(false)}`,
            };
        }
        // 5. One commit: the generated files and the lock files verify wrote.
        if (checks.length > 0) {
            const locks = await stageLockFiles(worktree, (0,layout/* lockFiles */.tY)(plan.request.projectRoot).map((path) => external_node_path_.posix.join(request.workspace, path)));
            committed = {
                ...delivered,
                files: [
                    ...delivered.files,
                    ...locks.map(({ path, action }) => ({
                        path,
                        owner: 'user',
                        action,
                        content: '',
                        before: null,
                        executable: false,
                        note: 'lock file written by the checks',
                    })),
                ],
            };
        }
        const commit = await commitChange(worktree, (tree) => commitMessage(plan.request, { ...origin, ...(requestIssue !== undefined ? { issue: requestIssue } : {}) }, request.tool, baseSha, tree, plan.kind === 'update' ? pullRequestTitle(plan, request.tool) : undefined));
        checkCancelled();
        // 6. Replace the branch; the lease refuses the push if someone pushed since step 2.
        const headSha = await log.group(`Push ${branch}`, async () => {
            if (remote && (await sameTree(g, remote, commit))) {
                log.info(`${branch} already holds this exact tree at ${remote}; not pushing.`);
                return remote;
            }
            await pushBranch(g, commit, branch, remote);
            log.info(`Pushed ${commit} to ${branch}.`);
            return commit;
        });
        // 7. One pull request for the branch: a draft, labelled, while it needs a person before review.
        const closesIssue = requestIssue !== undefined && base === defaultBranch;
        const needs = [
            ...(failedChecks > 0 ? [labels/* CHECKS_FAILED_LABEL */.nV] : []),
            ...(conflicts.length > 0 ? [labels/* CONFLICTS_LABEL */.$r] : []),
        ];
        const { pull, operation } = await log.group('Pull request', () => explainSettings(upsertPullRequest(gh, repo, {
            head: branch,
            base,
            title: pullRequestTitle(plan, request.tool),
            body: body(closesIssue),
            labels: [...request.labels, ...needs],
            removeLabels: [labels/* CHECKS_FAILED_LABEL */.nV, labels/* CONFLICTS_LABEL */.$r].filter((label) => !needs.includes(label)),
            draft: needs.length > 0,
        }, pacing)));
        log.info(`Pull request #${pull.number} ${operation}: ${pull.url}`);
        await report({
            kind: 'ready',
            url: pull.url,
            number: pull.number,
            operation,
            failedChecks,
            conflicts: conflicts.length,
        });
        const problem = conflicts.length > 0
            ? `${conflicts.length} file(s) left with conflict markers to resolve on ${branch}: ${conflicts.join(', ')}`
            : failedChecks > 0
                ? `${failedChecks} check(s) of the generated project failed`
                : undefined;
        return {
            status: operation,
            exitCode: problem ? errors/* EXIT */.dc.failed : errors/* EXIT */.dc.ok,
            ...(problem ? { message: problem } : {}),
            projectName: apiRequest.projectName,
            branch,
            pull,
            headSha,
            failedChecks,
            summary: `# Pull request [#${pull.number}](${pull.url}) ${operation}\n\n${conflicts.length > 0 ? `> [!WARNING]\n> ${problem}: the pull request is a draft until they are resolved.\n\n` : ''}${body(closesIssue)}`,
        };
    }
    catch (error) {
        return fail(error);
    }
    finally {
        if (worktree)
            await worktree.remove();
    }
    /** Between steps: a cancelled run stops at the next step, never half-way through a push. */
    function checkCancelled() {
        if (deps.signal?.aborted)
            throw new Cancelled();
    }
    async function fail(error) {
        if (error instanceof Cancelled || deps.signal?.aborted) {
            const message = 'The run was cancelled before it finished.';
            await report({ kind: 'cancelled', runUrl: request.runUrl });
            return {
                status: 'cancelled',
                exitCode: errors/* EXIT */.dc.failed,
                message,
                summary: `# Cancelled\n\nThe run was cancelled before it finished. Run it again to complete it.`,
            };
        }
        const yours = error instanceof errors/* UserError */.yo;
        const message = (0,errors/* messageOf */.bD)(error);
        if (yours)
            log.userError(message);
        await report({ kind: 'failed', reason: message, yours, runUrl: request.runUrl });
        return {
            status: 'failed',
            exitCode: (0,errors/* exitCodeFor */.Rr)(error),
            message,
            summary: `# ${yours ? 'The request cannot be generated' : 'Generation failed'}\n\n${(0,markdown/* fenced */.O)(message)}`,
        };
    }
}


/***/ })

};
