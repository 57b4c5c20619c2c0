export const id = 116;
export const ids = [116];
export const modules = {

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


/***/ })

};
