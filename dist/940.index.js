export const id = 940;
export const ids = [940];
export const modules = {

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


/***/ })

};
