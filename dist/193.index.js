export const id = 193;
export const ids = [193];
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


/***/ })

};
