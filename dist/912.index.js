export const id = 912;
export const ids = [912];
export const modules = {

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

/***/ 8912:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checksFailed: () => (/* binding */ checksFailed),
  verifyWorkspace: () => (/* binding */ verifyWorkspace)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/layout.ts
var layout = __webpack_require__(5005);
;// CONCATENATED MODULE: ./src/verify/output.ts
// Turns what a tool printed into report material: the trimmed tail a person reads to see why a check
// failed, and test counts from JUnit XML or a test runner's closing summary.
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]/g;
/** The last `maxLines` non-blank-trailing lines of `output`, colour codes removed, at most `maxChars` long. */
function outputTail(output, maxLines = 40, maxChars = 4000) {
    const lines = output.replace(ANSI, '').replace(/\r\n?/g, '\n').trimEnd().split('\n');
    let tail = lines.slice(-maxLines).join('\n');
    if (tail.length > maxChars)
        tail = `…${tail.slice(tail.length - maxChars + 1)}`;
    return tail;
}
function attribute(tag, name) {
    const match = new RegExp(`\\s${name}="(\\d+)"`).exec(tag);
    return match ? Number(match[1]) : 0;
}
/**
 * Counts from a JUnit XML report (pytest's `--junitxml`). Sums the `<testsuite>` elements; errors count as
 * failures. Undefined when the text holds no suite.
 */
function junitCounts(xml) {
    const suites = xml.match(/<testsuite\s[^>]*>/g);
    if (!suites)
        return undefined;
    let tests = 0;
    let failed = 0;
    let skipped = 0;
    for (const tag of suites) {
        tests += attribute(tag, 'tests');
        failed += attribute(tag, 'failures') + attribute(tag, 'errors');
        skipped += attribute(tag, 'skipped');
    }
    return { passed: tests - failed - skipped, failed, skipped };
}
/**
 * Counts from the closing summary of the JavaScript test runners a constructs package may use: vitest
 * (`Tests  1 failed | 2 passed (3)`), jest (`Tests:       1 failed, 2 passed, 3 total`) and node's test
 * runner (`# pass 2` / `# fail 1` / `# skipped 0`). Undefined when none is found.
 */
function runnerCounts(output) {
    const text = output.replace(ANSI, '');
    const summary = [...text.matchAll(/^\s*Tests:?\s+(.*\d+\s+(?:passed|failed|skipped).*)$/gm)].at(-1);
    if (summary) {
        const count = (word) => {
            const match = new RegExp(`(\\d+)\\s+${word}`).exec(summary[1]);
            return match ? Number(match[1]) : 0;
        };
        return {
            passed: count('passed'),
            failed: count('failed'),
            skipped: count('skipped') + count('todo'),
        };
    }
    const tap = (word) => {
        const match = [...text.matchAll(new RegExp(`^[#ℹ]\\s*${word}\\s+(\\d+)\\s*$`, 'gm'))].at(-1);
        return match ? Number(match[1]) : undefined;
    };
    const passed = tap('pass');
    if (passed === undefined)
        return undefined;
    return {
        passed,
        failed: tap('fail') ?? 0,
        skipped: (tap('skipped') ?? 0) + (tap('todo') ?? 0),
    };
}

;// CONCATENATED MODULE: ./src/verify/checks.ts
// What the verify stage runs, as data: lanes of checks, each a command with its directory and deadline.
// The Python lane checks the API just generated and, beside its lint and tests, builds its Lambda bundle,
// which the synth then reuses; the infrastructure lane installs the CDK packages every
// API shares (once, at the repository root, as a person would), then runs its checks side by side: the
// type-check of both packages (one `tsc -b` over the workspace's solution tsconfig), the constructs' tests,
// the app's tests and its synth. None of these needs another's result, so none waits for another (a type
// error does not skip the tests, it is reported next to their results), and on two CPUs the type-check,
// which parses all of aws-cdk-lib's declarations, runs while the tests and the synth use the other. Which infrastructure steps exist is read from the
// workspace, so the lanes follow the templates rather than guess them; a workspace without the solution
// tsconfig type-checks each package before its tests and synth, one package beside the other.




const MINUTE = 60_000;
/** Installs fetch from registries on a cold cache; everything else runs locally. */
const DEFAULT_TIMEOUTS = { install: 10 * MINUTE, check: 5 * MINUTE };
function pythonLane(request, context) {
    // The generated project pins the one Python it runs on (requires-python = "==3.X.*", the version of its
    // Lambda runtime), so uv lock and uv sync take that interpreter or none: where it is missing, the first
    // of them fails saying so and ruff and pytest are reported skipped. Failed rather than skipped on purpose:
    // a pull request whose tests never ran on the runtime's Python must not look as if its checks passed.
    const project = request.projectRoot;
    const root = (0,external_node_path_.join)(context.workspace, project);
    const check = context.timeoutMs ?? DEFAULT_TIMEOUTS.check;
    const install = context.timeoutMs ?? DEFAULT_TIMEOUTS.install;
    const junit = (0,external_node_path_.join)(context.scratch, `pytest-${request.projectName}.xml`);
    const steps = [];
    if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, 'uv.lock'))) {
        steps.push({
            name: 'uv-lock',
            project,
            command: 'uv lock',
            argv: () => ['uv', 'lock'],
            timeoutMs: install,
        });
    }
    steps.push({
        name: 'uv-sync',
        project,
        command: 'uv sync --locked',
        argv: () => ['uv', 'sync', '--locked'],
        timeoutMs: install,
    });
    const checks = [
        {
            name: 'ruff-check',
            project,
            command: 'uv run ruff check',
            argv: () => ['uv', 'run', '--no-sync', 'ruff', 'check', '--no-cache'],
            timeoutMs: check,
        },
        {
            name: 'ruff-format',
            project,
            command: 'uv run ruff format --check',
            argv: () => ['uv', 'run', '--no-sync', 'ruff', 'format', '--check', '--no-cache'],
            timeoutMs: check,
        },
        {
            name: 'pytest',
            project,
            command: 'uv run pytest',
            argv: () => [
                'uv',
                'run',
                '--no-sync',
                'pytest',
                '-p',
                'no:cacheprovider',
                `--junitxml=${junit}`,
            ],
            timeoutMs: check,
            counts: () => ((0,external_node_fs_.existsSync)(junit) ? junitCounts((0,external_node_fs_.readFileSync)(junit, 'utf8')) : undefined),
        },
    ];
    const bundle = bundleStep(request, context.workspace, install);
    return {
        name: 'python',
        steps,
        then: [
            { name: 'python checks', steps: checks },
            ...(bundle ? [{ name: 'python bundle', steps: [bundle] }] : []),
        ],
    };
}
/**
 * The API's Lambda bundle, built as its `bundle` target builds it, by the constructs' script: a check of
 * its own (dependencies without a wheel for Lambda's platform fail here, naming the project), and built
 * ahead of `cdk synth`, which finds it in the project's bundle cache and links it instead of building it
 * again. It needs only the locked environment, so it runs beside ruff and pytest, while the
 * infrastructure lane is still installing; a workspace without the script (none of the CDK packages)
 * has no bundle to check.
 */
function bundleStep(request, workspace, timeoutMs) {
    const script = external_node_path_.posix.join(layout/* CONSTRUCTS_DIR */.DE, 'scripts', 'bundle-python.mjs');
    if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(workspace, script)))
        return undefined;
    const fromProject = external_node_path_.posix.join(external_node_path_.posix.relative(request.projectRoot, '.'), script);
    const args = ['.', request.architecture, 'build/bundle'];
    return {
        name: 'bundle',
        project: request.projectRoot,
        command: `node ${fromProject} ${args.join(' ')}`,
        argv: () => ['node', (0,external_node_path_.join)(workspace, script), ...args],
        timeoutMs,
    };
}
function readJson(path) {
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch {
        return undefined;
    }
}
function readPackageJson(path) {
    return readJson(path);
}
/**
 * Whether the npm workspace root's tsconfig.json is a solution over every package in `packages`
 * (project references, checked together by `tsc -b`).
 */
function solutionCovers(workspace, packages) {
    const config = readJson((0,external_node_path_.join)(workspace, layout/* CDK_WORKSPACE_DIR */.r3, 'tsconfig.json'));
    const referenced = new Set((config?.references ?? []).map((reference) => typeof reference.path === 'string'
        ? (0,external_node_path_.join)(layout/* CDK_WORKSPACE_DIR */.r3, reference.path).replace(/\/$/, '')
        : ''));
    return packages.every((dir) => !(0,external_node_fs_.existsSync)((0,external_node_path_.join)(workspace, dir, 'tsconfig.json')) || referenced.has(dir));
}
/**
 * The npm workspace that installs both CDK packages at once: the repository root, or `packages/` in a
 * workspace generated before the root became one and not updated since; none where each package installs
 * on its own.
 */
function sharedInstallDir(workspace) {
    return [layout/* NPM_WORKSPACE_DIR */.uI, layout/* CDK_WORKSPACE_DIR */.r3].find((dir) => readJson((0,external_node_path_.join)(workspace, dir, 'package.json'))?.workspaces);
}
/** A package binary installed for `dir` or any npm workspace above it, up to `workspace`. */
function localBin(name, dir, workspace) {
    for (let current = dir;; current = (0,external_node_path_.dirname)(current)) {
        const candidate = (0,external_node_path_.join)(current, 'node_modules', '.bin', name);
        if ((0,external_node_fs_.existsSync)(candidate))
            return candidate;
        if (current === workspace || (0,external_node_path_.dirname)(current) === current)
            return name;
    }
}
/**
 * The install of `project`, an npm workspace root when `workspaces` names its packages. Where nothing is
 * installed yet (a fresh checkout: the action, a pull request's checks) only those packages' dependencies
 * are extracted (`-w` each): the root's own devDependencies, such as nx, are tools no check runs. npm
 * still resolves the whole workspace, so the lock it writes is the one a plain install writes. Where
 * node_modules is there (a person's workspace) everything is installed as before, so `npm ci` does not
 * leave it without the root's tools.
 */
function npmInstall(project, root, timeoutMs, workspaces = []) {
    const verb = (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, 'package-lock.json')) ? 'ci' : 'install';
    const only = (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, 'node_modules'))
        ? []
        : workspaces.flatMap((dir) => ['-w', dir]);
    const typed = ['npm', verb, ...only];
    return {
        name: 'npm-install',
        project,
        command: typed.join(' '),
        // --prefer-offline: a warm npm cache answers without asking the registry.
        argv: () => [...typed, '--prefer-offline', '--no-audit', '--no-fund'],
        timeoutMs,
    };
}
function infraLane(context) {
    const { workspace } = context;
    const check = context.timeoutMs ?? DEFAULT_TIMEOUTS.check;
    const install = context.timeoutMs ?? DEFAULT_TIMEOUTS.install;
    const packages = [layout/* CONSTRUCTS_DIR */.DE, layout/* INFRA_DIR */.lc].filter((dir) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(workspace, dir, 'package.json')));
    if (packages.length === 0) {
        return {
            name: 'infrastructure',
            steps: [],
            absent: {
                project: layout/* INFRA_DIR */.lc,
                reason: `no CDK packages in the workspace (${layout/* INFRA_DIR */.lc}/package.json is missing)`,
            },
        };
    }
    const installs = [];
    const shared = sharedInstallDir(workspace);
    if (shared !== undefined) {
        const members = packages.map((dir) => external_node_path_.posix.relative(shared, dir));
        installs.push(npmInstall(shared, (0,external_node_path_.join)(workspace, shared), install, members));
    }
    else {
        for (const dir of packages)
            installs.push(npmInstall(dir, (0,external_node_path_.join)(workspace, dir), install));
    }
    // One `tsc -b` for both packages: its projects share what they both load (all of aws-cdk-lib's
    // declarations), where two `tsc` processes would each parse them.
    const cdkPackages = (0,external_node_path_.join)(workspace, layout/* CDK_WORKSPACE_DIR */.r3);
    const solution = shared !== undefined && solutionCovers(workspace, packages);
    const typeCheck = solution
        ? {
            name: 'types',
            steps: [
                {
                    name: 'tsc',
                    project: layout/* CDK_WORKSPACE_DIR */.r3,
                    command: 'tsc -b',
                    argv: () => [localBin('tsc', cdkPackages, workspace), '-b'],
                    timeoutMs: check,
                },
            ],
        }
        : undefined;
    // After the install each package is checked on its own: type-check (unless done above), tests, and for
    // the app the synth.
    const packageLane = (dir) => {
        const root = (0,external_node_path_.join)(workspace, dir);
        const label = dir === layout/* INFRA_DIR */.lc ? 'infra' : 'constructs';
        const steps = [];
        if (!solution && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, 'tsconfig.json'))) {
            steps.push({
                name: `tsc-${label}`,
                project: dir,
                command: 'tsc --noEmit',
                argv: () => [localBin('tsc', root, workspace), '--noEmit', '-p', 'tsconfig.json'],
                timeoutMs: check,
            });
        }
        if (readPackageJson((0,external_node_path_.join)(root, 'package.json'))?.scripts?.test) {
            steps.push({
                name: dir === layout/* INFRA_DIR */.lc ? 'infra-tests' : 'construct-tests',
                project: dir,
                command: 'npm test',
                argv: () => ['npm', 'test'],
                timeoutMs: check,
                counts: (outcome) => runnerCounts(outcome.output),
            });
        }
        if (dir === layout/* INFRA_DIR */.lc) {
            steps.push({
                name: 'cdk-synth',
                project: layout/* INFRA_DIR */.lc,
                command: 'cdk synth --quiet --no-notices',
                argv: () => [localBin('cdk', root, workspace), 'synth', '--quiet', '--no-notices'],
                timeoutMs: check,
            });
        }
        return { name: label, steps };
    };
    const lanes = packages.map(packageLane);
    if (!typeCheck)
        return { name: 'infrastructure', steps: installs, then: lanes };
    // With the type-check on its own, every remaining step gets a lane of its own too, synth included.
    const separate = lanes.flatMap((lane) => lane.steps.map((step) => ({ name: `${lane.name} ${step.name}`, steps: [step] })));
    return { name: 'infrastructure', steps: installs, then: [typeCheck, ...separate] };
}
/**
 * What a check inherits from the caller's environment, by family: nothing else reaches the tools, their
 * install scripts or the generated tests. Left out on purpose: INPUT_* (the action's inputs, its token
 * among them), ACTIONS_* (the runtime token, the cache and results URLs), GITHUB_* and GH_TOKEN (tokens, and
 * the file commands through which any tool could write the job summary, outputs and environment), RUNNER_*,
 * GIT_* (GIT_CONFIG_* carries credentials; no check runs git), AWS_* (synth needs no account), CDK_* (synth
 * stays environment-agnostic), NODE_AUTH_TOKEN and other registry secrets (every dependency comes from the
 * public registries), NODE_OPTIONS (the caller's flags and loaders would be applied to every Node tool),
 * PIP_* (uv reads none of them and no check runs pip), and VIRTUAL_ENV and PYTHON* (the caller's environment
 * would be used instead of the project's own). TMPDIR is replaced, see `checkEnvironment`.
 */
const INHERITED = [
    {
        names: /^(PATH|HOME)$/,
        reason: 'where the tools are, and the config and caches under HOME (~/.npmrc, ~/.cache/uv)',
    },
    {
        names: /^(LANG|LANGUAGE|LC_[A-Z]+|TZ)$/,
        reason: 'locale and time zone: how the tools decode files and print messages and dates',
    },
    { names: /^(http|https|all|no)_proxy$/i, reason: 'registries reached through a proxy' },
    {
        names: /^(SSL_CERT_FILE|SSL_CERT_DIR|NODE_EXTRA_CA_CERTS|NODE_USE_SYSTEM_CA|REQUESTS_CA_BUNDLE|CURL_CA_BUNDLE)$/,
        reason: "a proxy's or company's certificate authority, for uv, Node (npm) and Python",
    },
    {
        names: /^UV_/,
        reason: "uv's settings: index URLs and their credentials, cache, which Python (setup-uv sets them)",
    },
    {
        names: /^npm_config_/i,
        reason: "npm's settings: registry, cache, user config (setup-node sets NPM_CONFIG_USERCONFIG)",
    },
    { names: /^XDG_[A-Z_]+$/, reason: "uv's cache, config and Pythons, where the user moved them" },
    {
        names: /^LD_LIBRARY_PATH$/,
        reason: 'a Python from actions/setup-python loads its libpython through it on Linux',
    },
];
/**
 * The environment every check runs in: the caller's allow-listed variables, a temp dir of the run's own
 * (`tmpDir`, removed afterwards with whatever the tools and the generated tests leave there), made quiet,
 * colourless and offline where it can be.
 */
function checkEnvironment(base, tmpDir) {
    const env = {};
    for (const [name, value] of Object.entries(base)) {
        if (value !== undefined && INHERITED.some((family) => family.names.test(name)))
            env[name] = value;
    }
    return {
        ...env,
        TMPDIR: tmpDir,
        CI: 'true',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
        // uv: use the Python that is installed; never download one in the middle of a check.
        UV_PYTHON_DOWNLOADS: 'never',
        UV_NO_PROGRESS: '1',
        npm_config_update_notifier: 'false',
        npm_config_fund: 'false',
        npm_config_audit: 'false',
        // cdk synth needs no AWS account: no version check, no telemetry, no instance-metadata lookups.
        CDK_DISABLE_VERSION_CHECK: 'true',
        CDK_DISABLE_CLI_TELEMETRY: 'true',
        AWS_EC2_METADATA_DISABLED: 'true',
    };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/verify/process.ts
// Runs one check's command as a real child process: an argv array (never a shell string), a deadline, and
// the output kept for the report. The child gets its own process group so a timeout ends everything it
// started (uv's Python, npm's scripts), not just the top process.

/** Output beyond this is dropped from the front: reports only ever show the tail. */
const KEEP_BYTES = 256 * 1024;
/** After a timeout, how long a process group gets between SIGTERM and SIGKILL. */
const KILL_GRACE_MS = 2_000;
function runProcess(spec) {
    const started = performance.now();
    const [program, ...args] = spec.argv;
    return new Promise((resolve) => {
        let kept = [];
        let keptBytes = 0;
        const keep = (chunk) => {
            kept.push(chunk);
            keptBytes += chunk.length;
            if (keptBytes > 2 * KEEP_BYTES) {
                const joined = Buffer.concat(kept);
                kept = [joined.subarray(joined.length - KEEP_BYTES)];
                keptBytes = KEEP_BYTES;
            }
        };
        let child;
        try {
            child = (0,external_node_child_process_.spawn)(program, args, {
                cwd: spec.cwd,
                env: spec.env,
                shell: false,
                detached: true,
                stdio: ['ignore', 'pipe', 'pipe'],
            });
        }
        catch (error) {
            resolve({
                code: null,
                timedOut: false,
                spawnError: error.message,
                output: '',
                durationMs: Math.round(performance.now() - started),
            });
            return;
        }
        child.stdout.on('data', keep);
        child.stderr.on('data', keep);
        let timedOut = false;
        let cancelled = false;
        let killTimer;
        const signalGroup = (signal) => {
            try {
                if (child.pid !== undefined)
                    process.kill(-child.pid, signal);
            }
            catch {
                // already gone
            }
        };
        const stop = () => {
            signalGroup('SIGTERM');
            killTimer ??= setTimeout(() => signalGroup('SIGKILL'), KILL_GRACE_MS);
        };
        const deadline = setTimeout(() => {
            timedOut = true;
            stop();
        }, spec.timeoutMs);
        const onAbort = () => {
            cancelled = true;
            stop();
        };
        if (spec.signal?.aborted)
            onAbort();
        else
            spec.signal?.addEventListener('abort', onAbort, { once: true });
        let settled = false;
        const finish = (code, spawnError) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(deadline);
            if (killTimer)
                clearTimeout(killTimer);
            spec.signal?.removeEventListener('abort', onAbort);
            // Grandchildren of a stopped process may outlive it: end the whole group.
            if (timedOut || cancelled)
                signalGroup('SIGKILL');
            resolve({
                code: timedOut || cancelled ? null : code,
                timedOut,
                ...(cancelled ? { cancelled } : {}),
                ...(spawnError !== undefined ? { spawnError } : {}),
                output: Buffer.concat(kept).toString('utf8'),
                durationMs: Math.round(performance.now() - started),
            });
        };
        child.on('error', (error) => {
            // Only a failure to start ends the check here; otherwise 'close' follows with the exit code.
            if (child.pid !== undefined)
                return;
            finish(null, error.code === 'ENOENT' ? `${program} is not installed or not on PATH` : error.message);
        });
        child.on('close', (code) => finish(code));
    });
}

;// CONCATENATED MODULE: ./src/verify/verify.ts
// The verify stage: after apply, run the generated project's own checks and return what they found as
// data. The Python and infrastructure lanes run at the same time (and, after the install, the
// infrastructure checks that do not depend on each other); inside a lane the steps run in order and the
// first failure skips the rest, saying why.






/** Runs tasks one after another. */
async function inSequence(tasks) {
    const results = [];
    for (const task of tasks)
        results.push(await task());
    return results;
}
async function runStep(step, workspace, env, signal) {
    const outcome = await runProcess({
        argv: step.argv(),
        cwd: (0,external_node_path_.join)(workspace, step.project),
        env,
        timeoutMs: step.timeoutMs,
        ...(signal ? { signal } : {}),
    });
    const counts = step.counts?.(outcome);
    const base = {
        name: step.name,
        project: step.project,
        command: step.command,
        durationMs: outcome.durationMs,
        ...(counts ? { counts } : {}),
    };
    if (outcome.spawnError !== undefined) {
        return { ...base, status: 'failed', detail: outcome.spawnError };
    }
    if (outcome.cancelled)
        return { ...base, status: 'failed', detail: 'stopped: the run was cancelled' };
    if (outcome.timedOut) {
        const tail = outputTail(outcome.output);
        const limit = `timed out after ${Math.round(step.timeoutMs / 1000)} s`;
        return { ...base, status: 'failed', detail: tail ? `${limit}; last output:\n${tail}` : limit };
    }
    if (outcome.code !== 0) {
        const tail = outputTail(outcome.output);
        return {
            ...base,
            status: 'failed',
            detail: tail || `exited with code ${outcome.code} and printed nothing`,
        };
    }
    return { ...base, status: 'passed' };
}
/** A lane's steps as skipped, with its follow-on lanes, because `failed` failed before them. */
function skipLane(lane, failed, report) {
    const reason = `skipped: ${failed.name} failed in ${failed.project}`;
    return [
        ...lane.steps.map((step) => report({
            name: step.name,
            project: step.project,
            command: step.command,
            status: 'skipped',
            durationMs: 0,
            detail: reason,
        })),
        ...(lane.then ?? []).flatMap((next) => skipLane(next, failed, report)),
    ];
}
async function runLane(lane, workspace, env, report, started, signal) {
    if (lane.absent) {
        return [
            report({
                name: lane.name,
                project: lane.absent.project,
                command: '',
                status: 'skipped',
                durationMs: 0,
                detail: lane.absent.reason,
            }),
        ];
    }
    const results = [];
    for (const [index, step] of lane.steps.entries()) {
        started({ name: step.name, project: step.project, command: step.command });
        const result = report(await runStep(step, workspace, env, signal));
        results.push(result);
        if (result.status === 'failed') {
            const rest = { ...lane, steps: lane.steps.slice(index + 1) };
            return [...results, ...skipLane(rest, result, report)];
        }
    }
    const following = await Promise.all((lane.then ?? []).map((next) => runLane(next, workspace, env, report, started, signal)));
    return [...results, ...following.flat()];
}
/**
 * Runs the checks of `target` in `workspace`. Checks may add lock files (`uv.lock`, `package-lock.json`)
 * and leave build directories (`.venv`, `node_modules`, `cdk.out`) that the templates' .gitignore files
 * cover. The Python projects are checked one after another, beside the infrastructure: on two CPUs, several
 * installs at once would only slow each other down.
 */
async function verifyWorkspace(workspace, target, options = {}) {
    const root = (0,external_node_path_.resolve)(workspace);
    const scratch = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'fastapi-scaffold-verify-'));
    const report = (result) => {
        options.onCheck?.(result);
        return result;
    };
    try {
        // The checks' TMPDIR lives in the scratch dir, so what they leave there (the generated tests' cdk.out*,
        // tsx's cache, uv's locks) goes with it, whether they passed, failed or timed out.
        const tmpDir = (0,external_node_path_.join)(scratch, 'tmp');
        (0,external_node_fs_.mkdirSync)(tmpDir);
        const env = checkEnvironment(options.env ?? process.env, tmpDir);
        const context = {
            workspace: root,
            scratch,
            ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
        };
        const started = (check) => options.onCheckStart?.(check);
        const run = (lane) => () => runLane(lane, root, env, report, started, options.signal);
        const python = target.apis.map((api) => run(pythonLane(api, context)));
        const lanes = [
            (async () => (await inSequence(python)).flat())(),
            ...(target.infra ? [run(infraLane(context))()] : []),
        ];
        const results = await Promise.all(lanes);
        return results.flat();
    }
    finally {
        (0,external_node_fs_.rmSync)(scratch, { recursive: true, force: true });
    }
}
function checksFailed(checks) {
    return checks.some((check) => check.status === 'failed');
}


/***/ })

};
