#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 91:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8494);

// Ctrl-C and SIGTERM interrupt the run instead of killing this process: the checks run in process groups of
// their own, which would outlive it, and their scratch directories would stay behind.
const interrupt = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => interrupt.abort(signal));
}
try {
    process.exitCode = await (0,_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .a)(process.argv.slice(2), {
        out: (text) => process.stdout.write(`${text}\n`),
        err: (text) => process.stderr.write(`${text}\n`),
        cwd: process.cwd(),
        signal: interrupt.signal,
        ...(process.stderr.isTTY
            ? {
                terminal: {
                    write: (text) => process.stderr.write(text),
                    columns: process.stderr.columns || 80,
                },
            }
            : {}),
    });
}
catch (error) {
    // A bug, not a user error: keep the message to one line, the stack only when asked for.
    process.stderr.write(`error: internal failure: ${error.message}\n`);
    if (process.env.FASTAPI_SCAFFOLD_DEBUG)
        process.stderr.write(`${error.stack}\n`);
    process.exitCode = 1;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 8494:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./src/errors.ts
// The one channel for errors a person can fix: `UserError`, thrown by whichever stage finds the problem and
// caught once at each edge, where it becomes a one-line message (the CLI's stderr, the action's annotation and
// status comment) and an exit code. Anything else thrown is ours or the machine's (a write that failed, GitHub
// or git failing, a bug).
//
// Why one error type rather than result values: every stage stops at its first problem and the stories are
// straight sequences of steps, so an exception says "stop here" without each step re-wrapping what the step
// below returned; and bugs are exceptions anyway, so each edge has one catch that sorts the two.
/** A problem with the request or the workspace that the person who asked can fix; its message says how. */
class errors_UserError extends Error {
    name = 'UserError';
}
/** Exit codes of both edges: 0 done, 1 failed (a check, GitHub, the machine, a bug), 2 a request to fix. */
const errors_EXIT = { ok: 0, failed: 1, userError: 2 };
function errors_exitCodeFor(error) {
    return error instanceof errors_UserError ? errors_EXIT.userError : errors_EXIT.failed;
}
/** The message of anything thrown. */
function errors_messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
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
    return path === root || path.startsWith(root + external_node_path_namespaceObject.sep);
}
/** The deepest existing ancestor of `path` (a real path), or the problem with `path`. */
function checkTarget(root, relative) {
    if (relative === '' ||
        relative.startsWith('/') ||
        relative.includes('\\') ||
        relative.split('/').some((segment) => segment === '' || segment === '.' || segment === '..')) {
        throw new Error(`refusing to write ${JSON.stringify(relative)}: not a plain relative path`);
    }
    const target = (0,external_node_path_namespaceObject.join)(root, ...relative.split('/'));
    let ancestor = (0,external_node_path_namespaceObject.dirname)(target);
    while (!(0,external_node_fs_namespaceObject.existsSync)(ancestor))
        ancestor = (0,external_node_path_namespaceObject.dirname)(ancestor);
    const real = (0,external_node_fs_namespaceObject.realpathSync)(ancestor);
    if (!isInside(root, real)) {
        throw new Error(`refusing to write ${relative}: ${ancestor} leads outside the workspace (${real})`);
    }
    if (!(0,external_node_fs_namespaceObject.statSync)(real).isDirectory()) {
        throw new Error(`cannot write ${relative}: ${ancestor} is a file, where a directory is needed`);
    }
    let symlink = false;
    try {
        symlink = (0,external_node_fs_namespaceObject.lstatSync)(target).isSymbolicLink();
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
        root = (0,external_node_fs_namespaceObject.realpathSync)(workspace);
    }
    catch {
        throw new Error(`workspace ${workspace} does not exist`);
    }
    if (!(0,external_node_fs_namespaceObject.statSync)(root).isDirectory())
        throw new Error(`workspace ${workspace} is not a directory`);
    // A file whose new text is what it holds (a conflict still waiting for its person) is not rewritten.
    const toWrite = files.filter((file) => WRITES.has(file.action) && file.content !== file.before);
    const toRemove = files.filter((file) => file.action === 'removed');
    const targets = toWrite.map((file) => checkTarget(root, file.path));
    const removals = toRemove.map((file) => checkTarget(root, file.path));
    const staging = (0,external_node_fs_namespaceObject.mkdtempSync)((0,external_node_path_namespaceObject.join)(root, '.fastapi-scaffold-staging-'));
    const placed = [];
    const backups = [];
    const createdDirs = [];
    try {
        toWrite.forEach((file, index) => {
            const staged = (0,external_node_path_namespaceObject.join)(staging, `${index}`);
            (0,external_node_fs_namespaceObject.writeFileSync)(staged, file.content, { mode: file.executable ? 0o755 : 0o644 });
            if (file.executable)
                (0,external_node_fs_namespaceObject.chmodSync)(staged, 0o755);
        });
        targets.forEach((target, index) => {
            const missing = [];
            for (let dir = (0,external_node_path_namespaceObject.dirname)(target); !(0,external_node_fs_namespaceObject.existsSync)(dir); dir = (0,external_node_path_namespaceObject.dirname)(dir))
                missing.unshift(dir);
            for (const dir of missing) {
                (0,external_node_fs_namespaceObject.mkdirSync)(dir);
                createdDirs.push(dir);
            }
            // Only a file is set aside; anything else where a file must go fails the rename below.
            if ((0,external_node_fs_namespaceObject.existsSync)(target) && (0,external_node_fs_namespaceObject.lstatSync)(target).isFile()) {
                const backup = (0,external_node_path_namespaceObject.join)(staging, `${index}.backup`);
                (0,external_node_fs_namespaceObject.renameSync)(target, backup);
                backups.push({ target, backup });
            }
            (0,external_node_fs_namespaceObject.renameSync)((0,external_node_path_namespaceObject.join)(staging, `${index}`), target);
            placed.push(target);
        });
        removals.forEach((target, index) => {
            if (!(0,external_node_fs_namespaceObject.existsSync)(target))
                return;
            const backup = (0,external_node_path_namespaceObject.join)(staging, `removed-${index}`);
            (0,external_node_fs_namespaceObject.renameSync)(target, backup);
            backups.push({ target, backup });
        });
    }
    catch (error) {
        for (const target of placed.reverse())
            (0,external_node_fs_namespaceObject.rmSync)(target, { force: true });
        for (const { target, backup } of backups.reverse())
            (0,external_node_fs_namespaceObject.renameSync)(backup, target);
        for (const dir of createdDirs.reverse()) {
            try {
                (0,external_node_fs_namespaceObject.rmdirSync)(dir);
            }
            catch {
                // not empty: something else lives there now
            }
        }
        (0,external_node_fs_namespaceObject.rmSync)(staging, { recursive: true, force: true });
        throw new Error(`could not write the workspace, nothing was changed: ${error.message}`);
    }
    (0,external_node_fs_namespaceObject.rmSync)(staging, { recursive: true, force: true });
    // A removed file's folders go too once nothing else is left in them.
    for (const target of removals) {
        for (let dir = (0,external_node_path_namespaceObject.dirname)(target); dir !== root && isInside(root, dir); dir = (0,external_node_path_namespaceObject.dirname)(dir)) {
            try {
                (0,external_node_fs_namespaceObject.rmdirSync)(dir);
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

;// CONCATENATED MODULE: ./src/layout.ts
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
function layout_lockFiles(projectRoot) {
    return [`${projectRoot}/uv.lock`, posix.join(NPM_WORKSPACE_DIR, 'package-lock.json')];
}
/** The places above by the names the workflow scripts use (`fastapi-scaffold layout` prints them). */
const LAYOUT = {
    NPM_WORKSPACE_DIR,
    CDK_WORKSPACE_DIR,
    CONSTRUCTS_DIR,
    INFRA_DIR,
    RECORDS_DIR,
};

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

;// CONCATENATED MODULE: ./src/request/schema.ts
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
const schema_FORM_INPUTS = [OPERATION_INPUT, ...REQUEST_INPUTS];
function schema_inputSpec(id) {
    const spec = schema_FORM_INPUTS.find((input) => input.id === id);
    if (!spec)
        throw new Error(`unknown input ${id}`);
    return spec;
}

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
        throw new errors_UserError('name is required');
    if (name.length > 64)
        throw new errors_UserError(`name is too long (${name.length} characters, at most 64)`);
    if (!/^[A-Za-z][A-Za-z0-9 _-]*$/.test(name)) {
        throw new errors_UserError(`name ${quote(name)} must start with a letter and contain only ASCII letters, digits, spaces, "-" and "_"`);
    }
    const names = apiNames(name);
    if (names.projectName.length < 2)
        throw new errors_UserError(`name ${quote(name)} is too short`);
    if (names.projectName.length > MAX_PROJECT_NAME) {
        throw new errors_UserError(`name ${quote(name)} gives project ${names.projectName}, longer than ${MAX_PROJECT_NAME} characters`);
    }
    if (PYTHON_KEYWORDS.has(names.moduleName)) {
        throw new errors_UserError(`name ${quote(name)} gives module ${names.moduleName}, a Python keyword`);
    }
    if (PYTHON_STDLIB_MODULES.has(names.moduleName)) {
        throw new errors_UserError(`name ${quote(name)} gives module ${names.moduleName}, which would shadow the Python standard library module of that name`);
    }
    if (PYTHON_RESERVED_MODULES.has(names.moduleName)) {
        throw new errors_UserError(`name ${quote(name)} gives module ${names.moduleName}, which would shadow a package the generated project depends on`);
    }
    return { name, names };
}
function validateDirectory(raw) {
    const value = (raw ?? '').trim();
    const directory = value === '' ? schema_inputSpec('directory').default : value.replace(/\/+$/, '');
    if (directory.length > 100)
        throw new errors_UserError('directory is too long (at most 100 characters)');
    if (directory.startsWith('/') || /^[A-Za-z]:/.test(directory) || directory.includes('\\')) {
        throw new errors_UserError(`directory ${quote(directory)} must be a relative path with "/" separators`);
    }
    const segments = directory.split('/');
    if (segments.length > 4)
        throw new errors_UserError(`directory ${quote(directory)} is nested too deep (at most 4 levels)`);
    for (const segment of segments) {
        if (segment === '' || segment === '.' || segment === '..') {
            throw new errors_UserError(`directory ${quote(directory)} must not contain empty, "." or ".." segments`);
        }
        if (!/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(segment)) {
            throw new errors_UserError(`directory ${quote(directory)}: each part must start with a letter or digit and contain only letters, digits, "-" and "_"`);
        }
        if (segment === 'node_modules')
            throw new errors_UserError('directory must not be inside node_modules');
    }
    return directory;
}
function validateChoice(id, raw, choices) {
    const spec = schema_inputSpec(id);
    const value = (raw ?? '').trim().toLowerCase();
    if (value === '')
        return spec.default;
    if (!choices.includes(value)) {
        throw new errors_UserError(`${id} must be one of ${choices.join(', ')} (got ${quote(raw.trim())})`);
    }
    return value;
}
function pathsOverlap(a, b) {
    return a === b || a.startsWith(`${b}/`) || b.startsWith(`${a}/`);
}
function parseRequest(raw) {
    const name = validateName(raw.name);
    const directory = validateDirectory(raw.directory);
    const apiType = validateChoice('api-type', raw['api-type'], API_TYPES);
    const auth = validateChoice('auth', raw.auth, AUTH_MODES);
    const architecture = validateChoice('architecture', raw.architecture, ARCHITECTURES);
    if (apiType === 'function-url' && auth === 'cognito') {
        throw new errors_UserError('auth cognito needs api-type http-api: a Function URL accepts only iam or none');
    }
    const projectRoot = `${directory}/${name.names.projectName}`;
    const owned = GENERATOR_OWNED_PATHS.find((path) => pathsOverlap(projectRoot, path));
    if (owned) {
        throw new errors_UserError(`project path ${projectRoot} collides with ${owned}, which the generator owns`);
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
function request_parseAsk(raw) {
    const operation = validateChoice('operation', raw.operation, OPERATIONS);
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
                ? { apiType: validateChoice('api-type', raw['api-type'], API_TYPES) }
                : {}),
            ...(given(raw.auth) ? { auth: validateChoice('auth', raw.auth, AUTH_MODES) } : {}),
            ...(given(raw.architecture)
                ? { architecture: validateChoice('architecture', raw.architecture, ARCHITECTURES) }
                : {}),
        },
    };
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./src/plan/merge.ts
// Git's own merge and diff machinery for one file at a time: the 3-way merge that carries a template change
// into a file a person edited, and the unified diff a dry run prints. Both run `git` on scratch copies, so
// neither needs a repository or touches the workspace.




function withScratch(files, run) {
    const dir = (0,external_node_fs_namespaceObject.mkdtempSync)((0,external_node_path_namespaceObject.join)((0,external_node_os_namespaceObject.tmpdir)(), 'fastapi-scaffold-merge-'));
    try {
        for (const [name, content] of Object.entries(files))
            (0,external_node_fs_namespaceObject.writeFileSync)((0,external_node_path_namespaceObject.join)(dir, name), content);
        return run(dir);
    }
    finally {
        (0,external_node_fs_namespaceObject.rmSync)(dir, { recursive: true, force: true });
    }
}
function git(args, cwd) {
    const result = (0,external_node_child_process_namespaceObject.spawnSync)('git', args, {
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
    const { status, stdout, stderr } = git([
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
function unifiedDiff(path, before, after) {
    return withScratch({ before: before ?? '', after: after ?? '' }, (dir) => {
        const { status, stdout, stderr } = git([
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

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/plan/provenance.ts
// The records kept in `.scaffold/`: one per API (`<project>.json`: what was asked, by which tool and
// templates, and every file of that API) and one for the files all APIs share (`_shared.json`). Each file's
// entry holds what the generator wrote for it, line by line, so a later generation can tell an untouched file
// from one a person edited and 3-way merge the edit with the new rendering. The base lives in the workspace,
// not in git history: it is there in a depth-1 checkout and in a generation that was never committed.




/** 1: hashes only (tool 0.1.0); 2: the generated text too, and shared files in their own record. */
const PROVENANCE_SCHEMA = 2;
/** A project name is kebab-case words, so a leading `_` can never name an API. */
const SHARED_RECORD_PATH = `${RECORDS_DIR}/_shared.json`;
/**
 * The record of what `init` wrote (workflows, issue form, Dependabot, README section, workspace root), at the
 * repository's top level: its paths are relative to it, whichever directory the workspace is.
 */
const WORKSPACE_RECORD_PATH = `${RECORDS_DIR}/_workspace.json`;
function sha256(text) {
    return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(text).digest('hex');
}
function provenancePath(projectName) {
    return `${RECORDS_DIR}/${projectName}.json`;
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
        throw new errors_UserError(`${path} is not valid JSON; restore it from git history`);
    }
}
function checkFiles(path, files) {
    if (typeof files !== 'object' || files === null) {
        throw new errors_UserError(`${path} has no "files" map; restore it from git history`);
    }
    for (const [file, entry] of Object.entries(files)) {
        const { owner, sha256: hash, lines } = (entry ?? {});
        if ((owner !== 'generated' && owner !== 'user') ||
            typeof hash !== 'string' ||
            (lines !== undefined &&
                (!Array.isArray(lines) || lines.some((line) => typeof line !== 'string')))) {
            throw new errors_UserError(`${path}: the entry for ${file} is not a file record; restore it from git history`);
        }
    }
}
/** Reads an API record back; a record a person broke is reported (a UserError), not guessed at. */
function parseRecord(path, text) {
    const data = parseJson(path, text);
    if ((data?.schema !== 1 && data?.schema !== 2) || typeof data.request !== 'object') {
        throw new errors_UserError(`${path} is not a fastapi-scaffold record of schema 1 or ${PROVENANCE_SCHEMA}${typeof data?.schema === 'number' && data.schema > PROVENANCE_SCHEMA ? ' (a newer fastapi-scaffold wrote it: upgrade the tool)' : ''}`);
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
        throw new errors_UserError(`${path}: ${error.message}`);
    }
    if (provenancePath(request.projectName) !== path) {
        throw new errors_UserError(`${path} records project ${request.projectName}; its file name must match`);
    }
    return { record: data, request };
}
function parseSharedRecord(path, text) {
    const data = parseJson(path, text);
    if (data?.schema !== PROVENANCE_SCHEMA) {
        throw new errors_UserError(`${path} is not a fastapi-scaffold shared record of schema ${PROVENANCE_SCHEMA}`);
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
        throw new errors_UserError(`${file}: "${path}" is ${kind(ours)} here, and fastapi-scaffold needs ${kind(theirs)} there to add ${JSON.stringify(theirs)}; change it by hand, then run again`);
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
        throw new errors_UserError(`${file} (${whose}) is not valid JSON: ${error.message}`);
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
        throw new errors_UserError(`${file}: expected a JSON object, found ${kind(mine)}; change it by hand, then run again`);
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

;// CONCATENATED MODULE: ./node_modules/mustache/mustache.mjs
/*!
 * mustache.js - Logic-less {{mustache}} templates with JavaScript
 * http://github.com/janl/mustache.js
 */

var objectToString = Object.prototype.toString;
var isArray = Array.isArray || function isArrayPolyfill (object) {
  return objectToString.call(object) === '[object Array]';
};

function isFunction (object) {
  return typeof object === 'function';
}

/**
 * More correct typeof string handling array
 * which normally returns typeof 'object'
 */
function typeStr (obj) {
  return isArray(obj) ? 'array' : typeof obj;
}

function escapeRegExp (string) {
  return string.replace(/[\-\[\]{}()*+?.,\\\^$|#\s]/g, '\\$&');
}

/**
 * Null safe way of checking whether or not an object,
 * including its prototype, has a given property
 */
function hasProperty (obj, propName) {
  return obj != null && typeof obj === 'object' && (propName in obj);
}

/**
 * Safe way of detecting whether or not the given thing is a primitive and
 * whether it has the given property
 */
function primitiveHasOwnProperty (primitive, propName) {
  return (
    primitive != null
    && typeof primitive !== 'object'
    && primitive.hasOwnProperty
    && primitive.hasOwnProperty(propName)
  );
}

// Workaround for https://issues.apache.org/jira/browse/COUCHDB-577
// See https://github.com/janl/mustache.js/issues/189
var regExpTest = RegExp.prototype.test;
function testRegExp (re, string) {
  return regExpTest.call(re, string);
}

var nonSpaceRe = /\S/;
function isWhitespace (string) {
  return !testRegExp(nonSpaceRe, string);
}

var entityMap = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '/': '&#x2F;',
  '`': '&#x60;',
  '=': '&#x3D;'
};

function escapeHtml (string) {
  return String(string).replace(/[&<>"'`=\/]/g, function fromEntityMap (s) {
    return entityMap[s];
  });
}

var whiteRe = /\s*/;
var spaceRe = /\s+/;
var equalsRe = /\s*=/;
var curlyRe = /\s*\}/;
var tagRe = /#|\^|\/|>|\{|&|=|!/;

/**
 * Breaks up the given `template` string into a tree of tokens. If the `tags`
 * argument is given here it must be an array with two string values: the
 * opening and closing tags used in the template (e.g. [ "<%", "%>" ]). Of
 * course, the default is to use mustaches (i.e. mustache.tags).
 *
 * A token is an array with at least 4 elements. The first element is the
 * mustache symbol that was used inside the tag, e.g. "#" or "&". If the tag
 * did not contain a symbol (i.e. {{myValue}}) this element is "name". For
 * all text that appears outside a symbol this element is "text".
 *
 * The second element of a token is its "value". For mustache tags this is
 * whatever else was inside the tag besides the opening symbol. For text tokens
 * this is the text itself.
 *
 * The third and fourth elements of the token are the start and end indices,
 * respectively, of the token in the original template.
 *
 * Tokens that are the root node of a subtree contain two more elements: 1) an
 * array of tokens in the subtree and 2) the index in the original template at
 * which the closing tag for that section begins.
 *
 * Tokens for partials also contain two more elements: 1) a string value of
 * indendation prior to that tag and 2) the index of that tag on that line -
 * eg a value of 2 indicates the partial is the third tag on this line.
 */
function parseTemplate (template, tags) {
  if (!template)
    return [];
  var lineHasNonSpace = false;
  var sections = [];     // Stack to hold section tokens
  var tokens = [];       // Buffer to hold the tokens
  var spaces = [];       // Indices of whitespace tokens on the current line
  var hasTag = false;    // Is there a {{tag}} on the current line?
  var nonSpace = false;  // Is there a non-space char on the current line?
  var indentation = '';  // Tracks indentation for tags that use it
  var tagIndex = 0;      // Stores a count of number of tags encountered on a line

  // Strips all whitespace tokens array for the current line
  // if there was a {{#tag}} on it and otherwise only space.
  function stripSpace () {
    if (hasTag && !nonSpace) {
      while (spaces.length)
        delete tokens[spaces.pop()];
    } else {
      spaces = [];
    }

    hasTag = false;
    nonSpace = false;
  }

  var openingTagRe, closingTagRe, closingCurlyRe;
  function compileTags (tagsToCompile) {
    if (typeof tagsToCompile === 'string')
      tagsToCompile = tagsToCompile.split(spaceRe, 2);

    if (!isArray(tagsToCompile) || tagsToCompile.length !== 2)
      throw new Error('Invalid tags: ' + tagsToCompile);

    openingTagRe = new RegExp(escapeRegExp(tagsToCompile[0]) + '\\s*');
    closingTagRe = new RegExp('\\s*' + escapeRegExp(tagsToCompile[1]));
    closingCurlyRe = new RegExp('\\s*' + escapeRegExp('}' + tagsToCompile[1]));
  }

  compileTags(tags || mustache.tags);

  var scanner = new Scanner(template);

  var start, type, value, chr, token, openSection;
  while (!scanner.eos()) {
    start = scanner.pos;

    // Match any text between tags.
    value = scanner.scanUntil(openingTagRe);

    if (value) {
      for (var i = 0, valueLength = value.length; i < valueLength; ++i) {
        chr = value.charAt(i);

        if (isWhitespace(chr)) {
          spaces.push(tokens.length);
          indentation += chr;
        } else {
          nonSpace = true;
          lineHasNonSpace = true;
          indentation += ' ';
        }

        tokens.push([ 'text', chr, start, start + 1 ]);
        start += 1;

        // Check for whitespace on the current line.
        if (chr === '\n') {
          stripSpace();
          indentation = '';
          tagIndex = 0;
          lineHasNonSpace = false;
        }
      }
    }

    // Match the opening tag.
    if (!scanner.scan(openingTagRe))
      break;

    hasTag = true;

    // Get the tag type.
    type = scanner.scan(tagRe) || 'name';
    scanner.scan(whiteRe);

    // Get the tag value.
    if (type === '=') {
      value = scanner.scanUntil(equalsRe);
      scanner.scan(equalsRe);
      scanner.scanUntil(closingTagRe);
    } else if (type === '{') {
      value = scanner.scanUntil(closingCurlyRe);
      scanner.scan(curlyRe);
      scanner.scanUntil(closingTagRe);
      type = '&';
    } else {
      value = scanner.scanUntil(closingTagRe);
    }

    // Match the closing tag.
    if (!scanner.scan(closingTagRe))
      throw new Error('Unclosed tag at ' + scanner.pos);

    if (type == '>') {
      token = [ type, value, start, scanner.pos, indentation, tagIndex, lineHasNonSpace ];
    } else {
      token = [ type, value, start, scanner.pos ];
    }
    tagIndex++;
    tokens.push(token);

    if (type === '#' || type === '^') {
      sections.push(token);
    } else if (type === '/') {
      // Check section nesting.
      openSection = sections.pop();

      if (!openSection)
        throw new Error('Unopened section "' + value + '" at ' + start);

      if (openSection[1] !== value)
        throw new Error('Unclosed section "' + openSection[1] + '" at ' + start);
    } else if (type === 'name' || type === '{' || type === '&') {
      nonSpace = true;
    } else if (type === '=') {
      // Set the tags for the next time around.
      compileTags(value);
    }
  }

  stripSpace();

  // Make sure there are no open sections when we're done.
  openSection = sections.pop();

  if (openSection)
    throw new Error('Unclosed section "' + openSection[1] + '" at ' + scanner.pos);

  return nestTokens(squashTokens(tokens));
}

/**
 * Combines the values of consecutive text tokens in the given `tokens` array
 * to a single token.
 */
function squashTokens (tokens) {
  var squashedTokens = [];

  var token, lastToken;
  for (var i = 0, numTokens = tokens.length; i < numTokens; ++i) {
    token = tokens[i];

    if (token) {
      if (token[0] === 'text' && lastToken && lastToken[0] === 'text') {
        lastToken[1] += token[1];
        lastToken[3] = token[3];
      } else {
        squashedTokens.push(token);
        lastToken = token;
      }
    }
  }

  return squashedTokens;
}

/**
 * Forms the given array of `tokens` into a nested tree structure where
 * tokens that represent a section have two additional items: 1) an array of
 * all tokens that appear in that section and 2) the index in the original
 * template that represents the end of that section.
 */
function nestTokens (tokens) {
  var nestedTokens = [];
  var collector = nestedTokens;
  var sections = [];

  var token, section;
  for (var i = 0, numTokens = tokens.length; i < numTokens; ++i) {
    token = tokens[i];

    switch (token[0]) {
      case '#':
      case '^':
        collector.push(token);
        sections.push(token);
        collector = token[4] = [];
        break;
      case '/':
        section = sections.pop();
        section[5] = token[2];
        collector = sections.length > 0 ? sections[sections.length - 1][4] : nestedTokens;
        break;
      default:
        collector.push(token);
    }
  }

  return nestedTokens;
}

/**
 * A simple string scanner that is used by the template parser to find
 * tokens in template strings.
 */
function Scanner (string) {
  this.string = string;
  this.tail = string;
  this.pos = 0;
}

/**
 * Returns `true` if the tail is empty (end of string).
 */
Scanner.prototype.eos = function eos () {
  return this.tail === '';
};

/**
 * Tries to match the given regular expression at the current position.
 * Returns the matched text if it can match, the empty string otherwise.
 */
Scanner.prototype.scan = function scan (re) {
  var match = this.tail.match(re);

  if (!match || match.index !== 0)
    return '';

  var string = match[0];

  this.tail = this.tail.substring(string.length);
  this.pos += string.length;

  return string;
};

/**
 * Skips all text until the given regular expression can be matched. Returns
 * the skipped string, which is the entire tail if no match can be made.
 */
Scanner.prototype.scanUntil = function scanUntil (re) {
  var index = this.tail.search(re), match;

  switch (index) {
    case -1:
      match = this.tail;
      this.tail = '';
      break;
    case 0:
      match = '';
      break;
    default:
      match = this.tail.substring(0, index);
      this.tail = this.tail.substring(index);
  }

  this.pos += match.length;

  return match;
};

/**
 * Represents a rendering context by wrapping a view object and
 * maintaining a reference to the parent context.
 */
function Context (view, parentContext) {
  this.view = view;
  this.cache = { '.': this.view };
  this.parent = parentContext;
}

/**
 * Creates a new context using the given view with this context
 * as the parent.
 */
Context.prototype.push = function push (view) {
  return new Context(view, this);
};

/**
 * Returns the value of the given name in this context, traversing
 * up the context hierarchy if the value is absent in this context's view.
 */
Context.prototype.lookup = function lookup (name) {
  var cache = this.cache;

  var value;
  if (cache.hasOwnProperty(name)) {
    value = cache[name];
  } else {
    var context = this, intermediateValue, names, index, lookupHit = false;

    while (context) {
      if (name.indexOf('.') > 0) {
        intermediateValue = context.view;
        names = name.split('.');
        index = 0;

        /**
         * Using the dot notion path in `name`, we descend through the
         * nested objects.
         *
         * To be certain that the lookup has been successful, we have to
         * check if the last object in the path actually has the property
         * we are looking for. We store the result in `lookupHit`.
         *
         * This is specially necessary for when the value has been set to
         * `undefined` and we want to avoid looking up parent contexts.
         *
         * In the case where dot notation is used, we consider the lookup
         * to be successful even if the last "object" in the path is
         * not actually an object but a primitive (e.g., a string, or an
         * integer), because it is sometimes useful to access a property
         * of an autoboxed primitive, such as the length of a string.
         **/
        while (intermediateValue != null && index < names.length) {
          if (index === names.length - 1)
            lookupHit = (
              hasProperty(intermediateValue, names[index])
              || primitiveHasOwnProperty(intermediateValue, names[index])
            );

          intermediateValue = intermediateValue[names[index++]];
        }
      } else {
        intermediateValue = context.view[name];

        /**
         * Only checking against `hasProperty`, which always returns `false` if
         * `context.view` is not an object. Deliberately omitting the check
         * against `primitiveHasOwnProperty` if dot notation is not used.
         *
         * Consider this example:
         * ```
         * Mustache.render("The length of a football field is {{#length}}{{length}}{{/length}}.", {length: "100 yards"})
         * ```
         *
         * If we were to check also against `primitiveHasOwnProperty`, as we do
         * in the dot notation case, then render call would return:
         *
         * "The length of a football field is 9."
         *
         * rather than the expected:
         *
         * "The length of a football field is 100 yards."
         **/
        lookupHit = hasProperty(context.view, name);
      }

      if (lookupHit) {
        value = intermediateValue;
        break;
      }

      context = context.parent;
    }

    cache[name] = value;
  }

  if (isFunction(value))
    value = value.call(this.view);

  return value;
};

/**
 * A Writer knows how to take a stream of tokens and render them to a
 * string, given a context. It also maintains a cache of templates to
 * avoid the need to parse the same template twice.
 */
function Writer () {
  this.templateCache = {
    _cache: {},
    set: function set (key, value) {
      this._cache[key] = value;
    },
    get: function get (key) {
      return this._cache[key];
    },
    clear: function clear () {
      this._cache = {};
    }
  };
}

/**
 * Clears all cached templates in this writer.
 */
Writer.prototype.clearCache = function clearCache () {
  if (typeof this.templateCache !== 'undefined') {
    this.templateCache.clear();
  }
};

/**
 * Parses and caches the given `template` according to the given `tags` or
 * `mustache.tags` if `tags` is omitted,  and returns the array of tokens
 * that is generated from the parse.
 */
Writer.prototype.parse = function parse (template, tags) {
  var cache = this.templateCache;
  var cacheKey = template + ':' + (tags || mustache.tags).join(':');
  var isCacheEnabled = typeof cache !== 'undefined';
  var tokens = isCacheEnabled ? cache.get(cacheKey) : undefined;

  if (tokens == undefined) {
    tokens = parseTemplate(template, tags);
    isCacheEnabled && cache.set(cacheKey, tokens);
  }
  return tokens;
};

/**
 * High-level method that is used to render the given `template` with
 * the given `view`.
 *
 * The optional `partials` argument may be an object that contains the
 * names and templates of partials that are used in the template. It may
 * also be a function that is used to load partial templates on the fly
 * that takes a single argument: the name of the partial.
 *
 * If the optional `config` argument is given here, then it should be an
 * object with a `tags` attribute or an `escape` attribute or both.
 * If an array is passed, then it will be interpreted the same way as
 * a `tags` attribute on a `config` object.
 *
 * The `tags` attribute of a `config` object must be an array with two
 * string values: the opening and closing tags used in the template (e.g.
 * [ "<%", "%>" ]). The default is to mustache.tags.
 *
 * The `escape` attribute of a `config` object must be a function which
 * accepts a string as input and outputs a safely escaped string.
 * If an `escape` function is not provided, then an HTML-safe string
 * escaping function is used as the default.
 */
Writer.prototype.render = function render (template, view, partials, config) {
  var tags = this.getConfigTags(config);
  var tokens = this.parse(template, tags);
  var context = (view instanceof Context) ? view : new Context(view, undefined);
  return this.renderTokens(tokens, context, partials, template, config);
};

/**
 * Low-level method that renders the given array of `tokens` using
 * the given `context` and `partials`.
 *
 * Note: The `originalTemplate` is only ever used to extract the portion
 * of the original template that was contained in a higher-order section.
 * If the template doesn't use higher-order sections, this argument may
 * be omitted.
 */
Writer.prototype.renderTokens = function renderTokens (tokens, context, partials, originalTemplate, config) {
  var buffer = '';

  var token, symbol, value;
  for (var i = 0, numTokens = tokens.length; i < numTokens; ++i) {
    value = undefined;
    token = tokens[i];
    symbol = token[0];

    if (symbol === '#') value = this.renderSection(token, context, partials, originalTemplate, config);
    else if (symbol === '^') value = this.renderInverted(token, context, partials, originalTemplate, config);
    else if (symbol === '>') value = this.renderPartial(token, context, partials, config);
    else if (symbol === '&') value = this.unescapedValue(token, context);
    else if (symbol === 'name') value = this.escapedValue(token, context, config);
    else if (symbol === 'text') value = this.rawValue(token);

    if (value !== undefined)
      buffer += value;
  }

  return buffer;
};

Writer.prototype.renderSection = function renderSection (token, context, partials, originalTemplate, config) {
  var self = this;
  var buffer = '';
  var value = context.lookup(token[1]);

  // This function is used to render an arbitrary template
  // in the current context by higher-order sections.
  function subRender (template) {
    return self.render(template, context, partials, config);
  }

  if (!value) return;

  if (isArray(value)) {
    for (var j = 0, valueLength = value.length; j < valueLength; ++j) {
      buffer += this.renderTokens(token[4], context.push(value[j]), partials, originalTemplate, config);
    }
  } else if (typeof value === 'object' || typeof value === 'string' || typeof value === 'number') {
    buffer += this.renderTokens(token[4], context.push(value), partials, originalTemplate, config);
  } else if (isFunction(value)) {
    if (typeof originalTemplate !== 'string')
      throw new Error('Cannot use higher-order sections without the original template');

    // Extract the portion of the original template that the section contains.
    value = value.call(context.view, originalTemplate.slice(token[3], token[5]), subRender);

    if (value != null)
      buffer += value;
  } else {
    buffer += this.renderTokens(token[4], context, partials, originalTemplate, config);
  }
  return buffer;
};

Writer.prototype.renderInverted = function renderInverted (token, context, partials, originalTemplate, config) {
  var value = context.lookup(token[1]);

  // Use JavaScript's definition of falsy. Include empty arrays.
  // See https://github.com/janl/mustache.js/issues/186
  if (!value || (isArray(value) && value.length === 0))
    return this.renderTokens(token[4], context, partials, originalTemplate, config);
};

Writer.prototype.indentPartial = function indentPartial (partial, indentation, lineHasNonSpace) {
  var filteredIndentation = indentation.replace(/[^ \t]/g, '');
  var partialByNl = partial.split('\n');
  for (var i = 0; i < partialByNl.length; i++) {
    if (partialByNl[i].length && (i > 0 || !lineHasNonSpace)) {
      partialByNl[i] = filteredIndentation + partialByNl[i];
    }
  }
  return partialByNl.join('\n');
};

Writer.prototype.renderPartial = function renderPartial (token, context, partials, config) {
  if (!partials) return;
  var tags = this.getConfigTags(config);

  var value = isFunction(partials) ? partials(token[1]) : partials[token[1]];
  if (value != null) {
    var lineHasNonSpace = token[6];
    var tagIndex = token[5];
    var indentation = token[4];
    var indentedValue = value;
    if (tagIndex == 0 && indentation) {
      indentedValue = this.indentPartial(value, indentation, lineHasNonSpace);
    }
    var tokens = this.parse(indentedValue, tags);
    return this.renderTokens(tokens, context, partials, indentedValue, config);
  }
};

Writer.prototype.unescapedValue = function unescapedValue (token, context) {
  var value = context.lookup(token[1]);
  if (value != null)
    return value;
};

Writer.prototype.escapedValue = function escapedValue (token, context, config) {
  var escape = this.getConfigEscape(config) || mustache.escape;
  var value = context.lookup(token[1]);
  if (value != null)
    return (typeof value === 'number' && escape === mustache.escape) ? String(value) : escape(value);
};

Writer.prototype.rawValue = function rawValue (token) {
  return token[1];
};

Writer.prototype.getConfigTags = function getConfigTags (config) {
  if (isArray(config)) {
    return config;
  }
  else if (config && typeof config === 'object') {
    return config.tags;
  }
  else {
    return undefined;
  }
};

Writer.prototype.getConfigEscape = function getConfigEscape (config) {
  if (config && typeof config === 'object' && !isArray(config)) {
    return config.escape;
  }
  else {
    return undefined;
  }
};

var mustache = {
  name: 'mustache.js',
  version: '4.2.0',
  tags: [ '{{', '}}' ],
  clearCache: undefined,
  escape: undefined,
  parse: undefined,
  render: undefined,
  Scanner: undefined,
  Context: undefined,
  Writer: undefined,
  /**
   * Allows a user to override the default caching strategy, by providing an
   * object with set, get and clear methods. This can also be used to disable
   * the cache by setting it to the literal `undefined`.
   */
  set templateCache (cache) {
    defaultWriter.templateCache = cache;
  },
  /**
   * Gets the default or overridden caching object from the default writer.
   */
  get templateCache () {
    return defaultWriter.templateCache;
  }
};

// All high-level mustache.* functions use this writer.
var defaultWriter = new Writer();

/**
 * Clears all cached templates in the default writer.
 */
mustache.clearCache = function clearCache () {
  return defaultWriter.clearCache();
};

/**
 * Parses and caches the given template in the default writer and returns the
 * array of tokens it contains. Doing this ahead of time avoids the need to
 * parse templates on the fly as they are rendered.
 */
mustache.parse = function parse (template, tags) {
  return defaultWriter.parse(template, tags);
};

/**
 * Renders the `template` with the given `view`, `partials`, and `config`
 * using the default writer.
 */
mustache.render = function render (template, view, partials, config) {
  if (typeof template !== 'string') {
    throw new TypeError('Invalid template! Template should be a "string" ' +
                        'but "' + typeStr(template) + '" was given as the first ' +
                        'argument for mustache#render(template, view, partials)');
  }

  return defaultWriter.render(template, view, partials, config);
};

// Export the escaping function so that the user may override it.
// See https://github.com/janl/mustache.js/issues/244
mustache.escape = escapeHtml;

// Export these mainly for testing, but also for advanced usage.
mustache.Scanner = Scanner;
mustache.Context = Context;
mustache.Writer = Writer;

/* harmony default export */ const mustache_mustache = (mustache);

;// CONCATENATED MODULE: ./src/plan/view.ts
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

;// CONCATENATED MODULE: ./src/plan/templates.ts
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
        if (!BOOLEAN_VIEW_KEYS.has(key)) {
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
        if (token[4])
            checkKeys(source, token[4], keys);
    }
}
function walk(root, dir = '') {
    return (0,external_node_fs_namespaceObject.readdirSync)((0,external_node_path_namespaceObject.join)(root, dir), { withFileTypes: true })
        .sort((a, b) => a.name.localeCompare(b.name))
        .flatMap((entry) => {
        const path = dir ? `${dir}/${entry.name}` : entry.name;
        return entry.isDirectory() ? walk(root, path) : entry.isFile() ? [path] : [];
    });
}
/** The template tree's files in the order the digest covers them. */
function readTemplateFiles(root) {
    return walk(root).map((source) => ({ source, text: (0,external_node_fs_namespaceObject.readFileSync)((0,external_node_path_namespaceObject.join)(root, source), 'utf8') }));
}
/**
 * Checks and parses template files. `strict: false` is for the archived templates of an earlier version,
 * which are only ever rendered to recover what that version wrote: a key this version no longer has renders
 * empty there, and the hash check of the result catches it. `keys`: the view keys the templates may use
 * (an API's by default; the workspace's for templates-workspace/).
 */
function templateSet(files, { strict = true, keys = VIEW_KEYS } = {}) {
    const hash = (0,external_node_crypto_namespaceObject.createHash)('sha256');
    const templates = files.map(({ source, text }) => {
        hash.update(source).update('\0').update(text).update('\0');
        const parsed = parseDirective(source, text);
        const when = strict ? conditions(source) : lenientConditions(source);
        if (strict)
            checkKeys(source, mustache_mustache.parse(parsed.body), keys);
        const unconditional = source
            .split('/')
            .filter((segment) => !CONDITION_SEGMENT.test(segment))
            .join('/');
        for (const placeholder of strict ? unconditional.matchAll(/__([A-Za-z]+)__/g) : []) {
            const key = placeholder[1];
            if (key !== 'dot' &&
                !PYTHON_DUNDERS.has(key) &&
                !PATH_PLACEHOLDERS.includes(key)) {
                throw new Error(`template ${source} has unknown path placeholder __${key}__`);
            }
        }
        const perApi = PER_API_PLACEHOLDERS.some((key) => source.includes(`__${key}__`));
        return { source, ...parsed, when, perApi };
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

;// CONCATENATED MODULE: ./src/plan/render.ts
// Renders one template: its output path and its text. Code is never HTML-escaped.



function renderPath(template, view) {
    let path = template.source
        .split('/')
        .filter((segment) => !CONDITION_SEGMENT.test(segment))
        .join('/');
    for (const key of PATH_PLACEHOLDERS)
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
function renderBody(template, view, path, header = HEADER) {
    const text = mustache_mustache.render(template.body, view, {}, { escape: (value) => value });
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
        throw new errors_UserError(`${path} is not a regular file`);
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
    return [...apis].sort((a, b) => a.projectName.localeCompare(b.projectName));
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
function plan_recordedVersions(workspace) {
    return [...readRecords(workspace).apis.values()]
        .map(({ record, request }) => ({
        request,
        tool: record.tool,
        digest: record.templates.digest,
        schema: record.schema,
    }))
        .sort((a, b) => a.request.projectName.localeCompare(b.request.projectName));
}
function render(templateSet, request, apis, tool, header = HEADER) {
    const view = {
        ...apiView(request),
        apis: apis.map(apiView),
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
        throw new errors_UserError(`${file.path} exists as a ${state.kind}, where a file would be written`);
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
        throw new errors_UserError(`API ${request.projectName} already exists (${existing.projectRoot}, recorded in ${provenancePath(request.projectName)}); change or upgrade it with: fastapi-scaffold update --name ${request.projectName}`);
    }
    if (workspace.file(request.projectRoot).kind !== 'absent') {
        throw new errors_UserError(`${request.projectRoot} already exists; choose another name or directory`);
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
    throw new errors_UserError(apis.length === 0
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
function plan_conflictsOf(plan) {
    return plan.files.filter((file) => file.action === 'conflict').map((file) => file.path);
}

;// CONCATENATED MODULE: ./src/plan/history.ts
// The template sets of the versions whose records hold hashes only (schema 1), kept with the tool so their
// workspaces still get a true 3-way merge on upgrade: rendered with the answers a record names, they give back
// what that version wrote, and only a rendering whose hash the record lists is trusted as the base.
// Records of schema 2 carry their base themselves and need none of this.



function archivedTemplates(archive) {
    const set = templateSet(archive.files, { strict: false });
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
                names = (0,external_node_fs_namespaceObject.readdirSync)(dir).filter((name) => name.endsWith('.json'));
            }
            catch {
                // no archive shipped: schema 1 files fall back to their hashes
            }
            for (const name of names) {
                const archive = JSON.parse((0,external_node_fs_namespaceObject.readFileSync)((0,external_node_path_namespaceObject.join)(dir, name), 'utf8'));
                byDigest.set(archive.digest, archive);
            }
        }
        const archive = byDigest.get(digest);
        return archive && archivedTemplates(archive);
    };
}

;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ./src/tool.ts
// Where the tool finds its own files. Works from `src/` (tests) and from the bundles in `dist/`, which both
// sit one level below the repository root.


// Plain string work on purpose: ncc statically rewrites path.resolve/join and `new URL(…, import.meta.url)`
// calls it can evaluate into asset copies, which would point inside dist/.
function rootDir() {
    const parts = (0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url).split(/[\\/]/);
    return parts.slice(0, -2).join('/') || '/';
}
const ROOT = rootDir();
const TEMPLATES_DIR = `${ROOT}/templates`;
/** What `init` writes into a repository (and this repository's own workflows are rendered from). */
const WORKSPACE_TEMPLATES_DIR = `${ROOT}/templates-workspace`;
/** Earlier versions' templates, for upgrading workspaces whose records predate stored bases. */
const HISTORY_DIR = `${ROOT}/templates-history`;
function packageJson() {
    return JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(`${ROOT}/package.json`, 'utf8'));
}
function toolInfo() {
    const pkg = packageJson();
    return { name: pkg.name, version: pkg.version };
}
/**
 * The tool's GitHub repository, `owner/repo`, from package.json's `repository` (`github:owner/repo`,
 * `owner/repo` or a github.com URL): where the workflows `init` writes take this action from.
 */
function toolRepository() {
    const { repository } = packageJson();
    const text = typeof repository === 'string' ? repository : (repository?.url ?? '');
    const match = /^(?:github:|(?:git\+)?https:\/\/github\.com\/)?([\w.-]+\/[\w.-]+?)(?:\.git)?$/.exec(text);
    if (!match)
        throw new Error(`package.json names no GitHub repository (repository: ${text})`);
    return match[1];
}

;// CONCATENATED MODULE: ./src/plan/workspace.ts
// Read-only view of the workspace a plan is made against.



function workspace_diskWorkspace(root) {
    return {
        file(path) {
            const full = (0,external_node_path_namespaceObject.join)(root, path);
            let stat;
            try {
                stat = (0,external_node_fs_namespaceObject.lstatSync)(full);
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
            return { kind: 'file', content: (0,external_node_fs_namespaceObject.readFileSync)(full, 'utf8') };
        },
        recordPaths() {
            let names;
            try {
                names = (0,external_node_fs_namespaceObject.readdirSync)((0,external_node_path_namespaceObject.join)(root, RECORDS_DIR));
            }
            catch {
                return [];
            }
            return names
                .filter((name) => name.endsWith('.json') && !name.startsWith('_'))
                .sort()
                .map((name) => `${RECORDS_DIR}/${name}`);
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
const shippedHistory = templateHistory(HISTORY_DIR);
function workspaceOf(options) {
    if (!isDirectory(options.workspace)) {
        throw new errors_UserError(`workspace ${options.workspace} is not a directory`);
    }
    return workspace_diskWorkspace(options.workspace);
}
function generate_generate(request, options) {
    const workspace = workspaceOf(options);
    return applied(planGeneration(request, options.templates, workspace, options.tool, planOptions(options)), options);
}
function generate_update(request, options) {
    const workspace = workspaceOf(options);
    const plan = planUpdate(request.name, request.changes, options.templates, workspace, options.tool, planOptions(options));
    return applied(plan, options);
}
function isDirectory(path) {
    try {
        return (0,external_node_fs_namespaceObject.statSync)(path).isDirectory();
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/deliver/git.ts
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
async function git_requireCheckout(g, workspace) {
    const result = await g(['rev-parse', '--git-dir'], { allowFailure: true });
    if (result.code === 0)
        return;
    if (/not a git repository/i.test(result.stderr))
        throw new GitError(`${workspace} is not a git repository: run actions/checkout first (git said: ${reason(result.stderr)})`, result);
    throw new GitError(`git rev-parse failed in ${workspace} (exit ${result.code}): ${reason(result.stderr)}`, result);
}
function git_git(cwd, options = {}) {
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
        (0,external_node_child_process_namespaceObject.execFile)('git', [...args], { cwd, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
            // Git did not start; Node says ENOENT for a missing directory as for a missing git.
            if (error && (error.code === 'ENOENT' || error.code === 'EACCES')) {
                const why = (0,external_node_fs_namespaceObject.existsSync)(cwd) ? error.message : 'no such directory';
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

;// CONCATENATED MODULE: ./src/action-ref.ts
// Which commit of this action the workflows `init` writes pin: `OWNER/REPO@<sha>` as given, or a tag or branch
// resolved to its commit with `git ls-remote` against the GitHub server (GITHUB_SERVER_URL, as on a runner).
// A pin is a full commit SHA because a tag can be moved; the tag it came from is said in a comment after it,
// which is what Dependabot reads and rewrites when it bumps the pin.


const SHA = /^[0-9a-f]{40}$/;
/** `OWNER/REPO@REF`, as `--action-ref` takes it. */
function parseActionRef(text) {
    const match = /^([A-Za-z0-9][\w.-]*\/[\w.-]+)@([\w./-]+)$/.exec(text.trim());
    if (!match || match[2].split('/').some((part) => part === '..' || part === '')) {
        throw new errors_UserError(`--action-ref must be OWNER/REPO@REF (a commit SHA, tag or branch), e.g. fastapi-scaffold/fastapi-scaffold@v0.2.0 (got ${JSON.stringify(text)})`);
    }
    return { repository: match[1], ref: match[2] };
}
/** The server's address of a repository, for git. */
function repositoryUrl(serverUrl, repository) {
    return `${serverUrl.replace(/\/+$/, '')}/${repository}`;
}
/**
 * The commit `request` names. A full SHA is used as is, with no comment: nothing here can tell which release it
 * is, and a comment naming the wrong one would mislead every reader and Dependabot. A tag's commit (the peeled
 * one for an annotated tag) is said as the tag; a branch's as no tag, since the branch moves on.
 */
async function resolveActionRef(request, serverUrl, git) {
    const { repository, ref } = request;
    if (SHA.test(ref))
        return { repository, sha: ref };
    const url = repositoryUrl(serverUrl, repository);
    const fail = (why) => {
        throw new errors_UserError(`cannot resolve ${repository}@${ref} at ${url} (${why}); pin a commit with --action-ref ${repository}@<sha>`);
    };
    const tag = `refs/tags/${ref}`;
    const branch = `refs/heads/${ref}`;
    const listed = await git(['ls-remote', '--', url, tag, `${tag}^{}`, branch], {
        allowFailure: true,
    });
    if (listed.code !== 0)
        fail(`git ls-remote: ${reason(listed.stderr) || `exit ${listed.code}`}`);
    const refs = new Map(listed.stdout
        .split('\n')
        .filter(Boolean)
        .map((line) => {
        const [sha, name] = line.split('\t');
        return [name, sha];
    }));
    const tagged = refs.get(`${tag}^{}`) ?? refs.get(tag);
    if (tagged)
        return { repository, sha: tagged, tag: ref };
    const head = refs.get(branch);
    if (head)
        return { repository, sha: head };
    return fail(`no tag or branch ${ref}`);
}

;// CONCATENATED MODULE: ./src/deliver/issue.ts
// What delivery does on the request issue: decide whether an event asks for a run, check that its sender
// may ask, and keep one status comment up to date.
/** Hidden at the top of the status comment so that each run finds and edits it instead of adding another. */
const STATUS_MARKER = '<!-- fastapi-scaffold:status -->';
const WRITE_ROLES = (/* unused pure expression or super */ null && (['admin', 'maintain', 'write']));
/** The label the issue form applies: the issue workflow only looks at issues carrying it. */
const REQUEST_LABEL = 'scaffold-request';
/** Adding this label runs the request again; the run takes it off so that it can be added again. */
const issue_RETRY_LABEL = 'scaffold-retry';
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
    const approve = `add the label ${issue_RETRY_LABEL} to approve it`;
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
            if (payload.label?.name === issue_RETRY_LABEL) {
                return {
                    run: true,
                    sender,
                    why: `label ${issue_RETRY_LABEL} added`,
                    consumesLabel: issue_RETRY_LABEL,
                    ...(body !== undefined ? { body } : {}),
                };
            }
            if (payload.label?.name === REQUEST_LABEL) {
                return ownEvent(`label ${REQUEST_LABEL} added`, `added the label ${REQUEST_LABEL} to`);
            }
            break;
    }
    return { run: false, why: `issue ${payload.action ?? 'event'} does not change the request` };
}
/** Only people who could push the branch themselves may have the generator push it. */
async function issue_mayGenerate(gh, repo, login) {
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
async function issue_upsertStatusComment(gh, repo, issue, body) {
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

;// CONCATENATED MODULE: ./src/plan/init.ts
// Decides what `init` writes to set a repository up as a service workspace: the workflows, issue form and
// Dependabot configuration of templates-workspace/ (rendered with the reference of this action they use), a
// README section, and the workspace root files of templates/. Each file is decided like a generation's
// (src/plan/plan.ts): created, replaced while untouched, 3-way merged once edited, joined or kept when the
// person's file was there first. Writes nothing.






/** The composite actions beside action.yml that the workflows use (`owner/repo/checks@sha`). */
const SUB_ACTIONS = ['setup', 'checks', 'deploy', 'outdated'];
/** The keys templates-workspace/ may use. */
const WORKSPACE_VIEW_KEYS = new Set([
    'toolName',
    'toolVersion',
    'local',
    'subdirectory',
    'workspace',
    'workspacePrefix',
    'actionRepository',
    'actionUrl',
    'actionLabel',
    'uses',
    'labels',
]);
/** A shell word for `gh label create`: single-quoted unless plain. */
function shellWord(text) {
    return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replaceAll("'", "'\\''")}'`;
}
/** The command that creates (or, with --force, updates) a label. */
function labelCommand(label) {
    return `gh label create ${shellWord(label.name)} --color ${label.color} --description ${shellWord(label.description)} --force`;
}
function usesOf(action, sub) {
    if (action.kind === 'local') {
        // zizmor would have `$/`, which actionlint cannot parse yet; both name this checkout.
        return `./${sub === 'scaffold' ? '' : sub} # zizmor: ignore[self-repository]`;
    }
    const { repository, sha, tag } = action.ref;
    return `${repository}${sub === 'scaffold' ? '' : `/${sub}`}@${sha}${tag ? ` # ${tag}` : ''}`;
}
function workspaceView(setup, tool) {
    const { action, workspace } = setup;
    const atTop = workspace === '.';
    const repository = action.kind === 'local' ? action.repository : action.ref.repository;
    const serverUrl = action.kind === 'local' ? 'https://github.com' : action.serverUrl;
    return {
        toolName: tool.name,
        toolVersion: tool.version,
        local: action.kind === 'local',
        subdirectory: !atTop,
        workspace,
        workspacePrefix: atTop ? '' : `${workspace}/`,
        actionRepository: repository,
        actionUrl: `${serverUrl.replace(/\/+$/, '')}/${repository}`,
        actionLabel: action.kind === 'local'
            ? 'this repository'
            : (action.ref.tag ?? `commit ${action.ref.sha.slice(0, 7)}`),
        uses: Object.fromEntries(['scaffold', ...SUB_ACTIONS].map((sub) => [sub, usesOf(action, sub)])),
        labels: setup.labels.map(labelCommand),
    };
}
/** templates-workspace/, checked against the keys of its view. */
function workspaceTemplateSet(dir) {
    return templateSet(readTemplateFiles(dir), { keys: WORKSPACE_VIEW_KEYS });
}
function loadWorkspaceTemplates(dir, apiTemplates) {
    return {
        workspace: workspaceTemplateSet(dir),
        root: apiTemplates.templates.filter((template) => !template.source.includes('/')),
    };
}
/** The header of a file `init` generated. */
const INIT_HEADER = (view) => [
    `Generated by ${view.toolName} ${view.toolVersion} (fastapi-scaffold init). An edit here is merged into`,
    'the next init, and a clash is marked for you to resolve.',
];
/** The header of this repository's own renderings, which no init writes. */
const LOCAL_HEADER = () => [
    'Rendered from templates-workspace/ (what `fastapi-scaffold init` writes) for this repository:',
    'edit the template, then run `npm run workflows`.',
];
function outputPath(source) {
    return source.replace(/(^|\/)__dot__/g, '$1.');
}
function renderTemplates(templates, view, header, prefix = '') {
    return templates.map((template) => {
        const path = prefix + outputPath(template.source);
        return {
            path,
            owner: template.owner,
            content: renderBody(template, view, path, header),
            executable: template.executable,
            ...(template.join ? { join: template.join } : {}),
        };
    });
}
/** The files of templates-workspace/ this repository keeps as its own workflows and issue form. */
function isLocalRendering(path) {
    return path.startsWith('.github/workflows/') || path.startsWith('.github/ISSUE_TEMPLATE/');
}
/**
 * This repository's workflows and issue form: templates-workspace/ rendered with the action of the checkout
 * they run in (`uses: ./`), path by path.
 */
function renderLocalWorkflows(templates, tool, repository) {
    const view = workspaceView({ action: { kind: 'local', repository }, workspace: '.', labels: [] }, tool);
    return renderTemplates(templates.templates.filter((template) => isLocalRendering(outputPath(template.source))), view, LOCAL_HEADER);
}
/** The workspace directory as a plain relative path (`.` for the top level), or a UserError. */
function normaliseWorkspace(workspace) {
    const parts = workspace.split('/').filter((part) => part !== '' && part !== '.');
    if (workspace.startsWith('/') || parts.some((part) => part === '..')) {
        throw new errors_UserError(`--workspace ${workspace} must be a directory inside the repository, relative to its top level`);
    }
    return parts.length === 0 ? '.' : parts.join('/');
}
/**
 * Every file `init` writes, decided against `repository` (read at the git top level) and what the last init
 * recorded in .scaffold/_workspace.json.
 */
function planInit(setup, templates, repository, tool, merge = gitMerge) {
    const view = workspaceView(setup, tool);
    const rendered = [
        ...renderTemplates(templates.workspace.templates, view, INIT_HEADER),
        ...renderTemplates(templates.root, view, INIT_HEADER, view.workspacePrefix),
    ];
    const recordState = repository.file(WORKSPACE_RECORD_PATH);
    if (recordState.kind !== 'absent' && recordState.kind !== 'file') {
        throw new errors_UserError(`${WORKSPACE_RECORD_PATH} is not a regular file`);
    }
    const record = recordState.kind === 'file'
        ? parseSharedRecord(WORKSPACE_RECORD_PATH, recordState.content)
        : undefined;
    const entries = new Map(Object.entries(record?.files ?? {}));
    const knownHashes = new Map([...entries].map(([path, entry]) => [path, new Set([entry.sha256])]));
    // A file of the person's where one would go is theirs, whatever the template says: init keeps it (a
    // generation merges into a generated file it finds edited; init never wrote this one).
    const decided = rendered.map((file) => entries.has(file.path) || repository.file(file.path).kind === 'absent'
        ? file
        : { ...file, owner: 'user' });
    const { files, unrecorded } = decideFiles(decided, repository, {
        entryOf: (file) => entries.get(file.path),
        knownHashes,
        merge,
        labels: {
            base: `${tool.name} ${record?.tool.version ?? 'unknown version'}`,
            theirs: `${tool.name} ${tool.version}`,
        },
    });
    files.push(...droppedFiles(entries, new Set(rendered.map((file) => file.path)), repository));
    const next = {
        schema: PROVENANCE_SCHEMA,
        tool: { name: tool.name, version: tool.version },
        templates: { digest: templates.workspace.digest },
        files: Object.fromEntries(rendered
            .filter((file) => !unrecorded.has(file.path))
            .map((file) => [file.path, fileEntry(file.owner, file.content)])),
    };
    files.push(recordPlan(WORKSPACE_RECORD_PATH, renderRecord(next), repository));
    return { files };
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
            return aDir === bDir ? a.localeCompare(b) : aDir ? -1 : 1;
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
        lines.push(`update: ${plan_answerChanges(plan) || 'same options, templates of this version'}`);
    return lines;
}
/** `api-type http-api → function-url, auth iam → none`, or '' when no option changed. */
function plan_answerChanges(plan) {
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
function plan_formatPlanMarkdown(plan) {
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
        fenced(planTree(plan)),
        `${legend}. _generated_ files belong to the generator and _user_ files to you; an edit to either is merged into later generations.`,
        ...(table ? [table] : []),
    ].join('\n\n');
}

;// CONCATENATED MODULE: ./src/report/pull-request.ts
// The pull request's title and body: what was asked, what will be deployed, the files, the checks and what
// to do next. Pure functions from plain data to Markdown; the job summary reuses the body.






/** On a pull request that holds conflict markers, so a reviewer sees it in any list. */
const pull_request_CONFLICTS_LABEL = 'scaffold-conflicts';
function optionText(id, value) {
    const option = inputSpec(id).options?.find((candidate) => candidate.value === value);
    return option ? `\`${value}\` — ${option.description}` : `\`${value}\``;
}
/** The request, option by option; for an update each option that changes reads `before` → after. */
function requestTable(request, previous) {
    const option = (id, key) => {
        const after = optionText(id, request[key]);
        const before = previous?.[key];
        return `| ${inputSpec(id).label} | ${before !== undefined && before !== request[key] ? `\`${before}\` → ${after}` : after} |`;
    };
    return [
        '| | |',
        '|---|---|',
        `| ${inputSpec('name').label} | \`${request.name}\` |`,
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
        `⚠️ ${files} your edits and the update's changes to the same lines, between conflict markers. Until they are resolved this pull request is a draft labelled \`${pull_request_CONFLICTS_LABEL}\`, and the generated project's checks were not run (they would fail on the markers).`,
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
    return fenced(lines.join('\n'), 'mermaid');
}
function nextSteps(request, context) {
    const change = context.issueNumber
        ? `To change the request, edit issue #${context.issueNumber} (its author's edit runs it again; anyone else's waits for the label \`${RETRY_LABEL}\`); this pull request is updated in place.`
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
function pull_request_pullRequestTitle(plan, tool) {
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
function pull_request_renderPullRequestBody(input) {
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
function branch_branchName(projectName) {
    return `scaffold/${projectName}`;
}
async function isShallow(g) {
    const { stdout } = await g(['rev-parse', '--is-shallow-repository']);
    return stdout.trim() === 'true';
}
/** Fetches `branch` from origin into refs/remotes/origin/<branch>; returns its commit. */
async function branch_fetchBranch(g, branch, depth) {
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
async function branch_remoteHead(g, branch) {
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
async function branch_foreignCommits(g, sha) {
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
async function branch_branchIssue(g, sha) {
    const { stdout } = await g([
        'log',
        '-1',
        `--format=%(trailers:key=${ISSUE_TRAILER},valueonly,separator=%x2C)`,
        sha,
    ]);
    const match = /^#(\d+)$/.exec(stdout.trim());
    return match ? Number(match[1]) : undefined;
}
function branch_commitMessage(request, origin, tool, baseSha, tree, 
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
async function branch_addWorktree(g, makeGit, tmpDir, baseSha) {
    const path = join(mkdtempSync(join(tmpDir, 'fastapi-scaffold-')), 'worktree');
    await g(['worktree', 'add', '--quiet', '--detach', path, baseSha]);
    return {
        path,
        git: makeGit(path),
        remove: async () => {
            await g(['worktree', 'remove', '--force', path], { allowFailure: true });
            rmSync(join(path, '..'), { recursive: true, force: true });
            await g(['worktree', 'prune'], { allowFailure: true });
        },
    };
}
/** Paths a generated change must never touch: a token without the `workflows` permission cannot push them. */
const FORBIDDEN_PREFIXES = (/* unused pure expression or super */ null && (['.github/workflows/']));
/** Refuses (as a bug: the templates never write there) a plan that touches a forbidden path. */
function branch_refuseForbidden(planned) {
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
async function branch_stageChange(worktree, planned) {
    branch_refuseForbidden(planned);
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
 * Lock files the verify stage wrote (`uv.lock` of the project, the root `package-lock.json`) belong in the
 * change: without them every later install resolves afresh, and a lock left behind a changed manifest fails
 * `npm ci` and `uv sync --locked` on the pull request. Stages those that are new or changed, nothing else, and
 * returns them with what happened to each, for the pull request's file tree.
 */
async function branch_stageLockFiles(worktree, plan) {
    const g = worktree.git;
    const candidates = lockFiles(plan.request.projectRoot);
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
async function branch_commitChange(worktree, message) {
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
async function branch_sameTree(g, a, b) {
    const { stdout } = await g(['rev-parse', `${a}^{tree}`, `${b}^{tree}`]);
    const [x, y] = stdout.trim().split('\n');
    return x === y;
}
/**
 * Points the branch at `commit` on origin. `expected` is what the branch held when its commits were checked
 * (undefined: it must not exist yet); if someone pushed in between, the push is refused rather than lost.
 */
async function branch_pushBranch(g, commit, branch, expected) {
    await g([
        'push',
        '--quiet',
        '--no-verify',
        `--force-with-lease=refs/heads/${branch}:${expected ?? ''}`,
        'origin',
        `${commit}:refs/heads/${branch}`,
    ]);
}

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
const github_calls_CALL_LIMITS = {
    requestMs: 15_000,
    backoffMs: [1000, 2000, 4000],
    retries: 10,
    retryMs: 180_000,
};
const github_calls_SYSTEM_CLOCK = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
/**
 * A call to GitHub that failed, with a message naming it. `status` and `response` are GitHub's, when it
 * answered, so callers can still act on a 404 or read the detail of a 422.
 */
class github_calls_GitHubCallError extends Error {
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
function github_calls_callName(method, url, baseUrl) {
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
function github_calls_fetchWithin(ms) {
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
function github_calls_limitCalls(client, limits, clock, log) {
    let retriesLeft = limits.retries;
    let retryMsLeft = limits.retryMs;
    client.hook.wrap('request', async (request, options) => {
        const { method, url } = client.request.endpoint.parse(options);
        const call = github_calls_callName(method, url, options.baseUrl);
        for (let attempt = 1;; attempt++) {
            const started = clock.now();
            try {
                return await request(options);
            }
            catch (error) {
                const failure = classify(error, method, call, limits, clock.now());
                if (!failure)
                    throw error;
                const fail = (message) => new github_calls_GitHubCallError(message, call, failure.status, failure.response);
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
function github_errorText(error) {
    const parts = [String(error?.message ?? error)];
    const data = error?.response?.data;
    if (data !== undefined)
        parts.push(JSON.stringify(data));
    return parts.join(' ');
}
/** The HTTP status GitHub answered with, if the error carries one. */
function github_statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
function octokit(options) {
    const limits = options.limits ?? CALL_LIMITS;
    const client = new Octokit({
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
                if (github_statusOf(error) === 404)
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
                if (github_statusOf(error) !== 404)
                    throw error;
            }
        },
    };
}

;// CONCATENATED MODULE: ./src/deliver/pull-request.ts
// Opens the pull request for the generator's branch, or updates the one already open: one branch, one
// pull request, however often the request runs.

const pull_request_DEFAULT_PACING = {
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
            if (wait === undefined || statusOf(error) !== 422 || !NOT_YET_VISIBLE.test(errorText(error)))
                throw error;
            await pacing.sleep(wait);
        }
    }
}
async function pull_request_upsertPullRequest(gh, repo, spec, pacing = pull_request_DEFAULT_PACING) {
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
        if (statusOf(error) !== 422 || !ALREADY_EXISTS.test(errorText(error)))
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

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
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
function issue_form_readIssueForm(yamlText) {
    let data;
    try {
        data = parseYaml(yamlText);
    }
    catch (error) {
        throw new Error(`the issue form is not valid YAML: ${error.message.split('\n')[0]}`);
    }
    if (!data || typeof data !== 'object' || !Array.isArray(data.body)) {
        throw new Error('the issue form has no body');
    }
    const known = new Set(FORM_INPUTS.map((input) => input.id));
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
            throw new UserError(`the issue body has a heading "${looksLike(heading[1])}" with invisible or unusual characters in it; retype the heading (or open the issue again with the form)`);
        }
        if (heading && labels.has(heading[1].trim())) {
            const label = heading[1].trim();
            if (found.has(label)) {
                throw new UserError(`the issue body has the field "${label}" twice; edit the issue so that it appears once`);
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
    throw new UserError(`"${field.label}" must be one of ${options.map((option) => option.value).join(', ')} (got ${JSON.stringify(shown)})`);
}
/**
 * The request an issue body asks for. Values are raw (validation is parseRequest's job), except that
 * "no answer" becomes an empty string so the schema default applies.
 */
function issue_form_parseIssueBody(body, form) {
    if (body.length > MAX_ISSUE_BODY) {
        throw new UserError(`the issue body is ${body.length} characters long; an issue form answer is far shorter`);
    }
    const text = withoutComments(body.replace(/\r\n?/g, '\n'));
    const labels = new Set(form.fields.map((field) => field.label));
    const split = sections(text, labels);
    if (split.size === 0) {
        throw new UserError(`the issue body has none of the form's fields (### ${form.fields.find((field) => field.id === 'name')?.label ?? 'API name'}, …); open the issue with the "${form.name}" form`);
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
            throw new UserError(`"${field.label}" must be a single line; the issue body has ${given.split('\n').length} lines under it (a stray heading or code block?)`);
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
















/** On a pull request whose generated project failed a check, so a reviewer sees it in any list. */
const CHECKS_FAILED_LABEL = 'checks-failed';
/** The run was asked to stop (the runner cancels with SIGINT, then SIGTERM). */
class Cancelled extends (/* unused pure expression or super */ null && (Error)) {
}
/** The form the issue was opened from, as the checkout holds it; a broken form is the repository's setup. */
function issueForm(path, workspace) {
    let text;
    try {
        text = readFileSync(join(workspace, path), 'utf8');
    }
    catch {
        throw new Error(`the issue form ${path} is not in the checkout; check out the repository before this action`);
    }
    try {
        return readIssueForm(text);
    }
    catch (error) {
        throw new Error(`${path}: ${messageOf(error)}`);
    }
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
        if (statusOf(error) === 403 &&
            /not permitted to create or approve pull requests/i.test(errorText(error))) {
            throw new UserError('the token may not open pull requests in this repository: turn on Settings → Actions → General → "Allow GitHub Actions to create and approve pull requests", or pass a GitHub App token as github-token');
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
            await upsertStatusComment(gh, repo, issueNumber, renderStatus(status));
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
                    exitCode: EXIT.ok,
                    message: event.why,
                    summary: `Nothing to do: ${event.why}.`,
                };
            }
            const access = await log.group('Authorize', () => mayGenerate(gh, repo, event.sender));
            if (!access.allowed) {
                const message = `@${event.sender} has ${access.role === 'none' ? 'no' : access.role} access to ${repo.owner}/${repo.repo}; generation needs write, maintain or admin`;
                log.info(`Not generating: ${message}.`);
                await report({ kind: 'refused', login: event.sender, role: access.role });
                return {
                    status: 'refused',
                    exitCode: EXIT.ok,
                    message,
                    summary: `Not generating: ${message}.`,
                };
            }
            await report({ kind: 'working', runUrl: request.runUrl });
            const issue = await gh.issue(repo, number);
            if (issue.isPullRequest)
                throw new UserError(`#${number} is a pull request, not a request issue`);
            // The approval covers the body the event carried. If it was edited since, generating the body as it
            // reads now would build something nobody with write access has seen.
            if (event.body !== undefined && !sameText(issue.body, event.body)) {
                const message = `the body of #${number} changed after ${event.why} (by @${event.sender}); nothing was generated`;
                log.warning(`Not generating: ${message}.`);
                await report({ kind: 'stale', sender: event.sender, why: event.why });
                return {
                    status: 'refused',
                    exitCode: EXIT.ok,
                    message,
                    summary: `Not generating: ${message}.`,
                };
            }
            ask = parseAsk(parseIssueBody(event.body ?? issue.body, issueForm(formPath, request.workspace)));
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
        const g = deps.git(request.workspace);
        checkCancelled();
        await requireCheckout(g, request.workspace);
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
                throw new UserError(`branch ${branch} has ${foreign.length} commit(s) not made by the generator (${list}). The generator will not overwrite them. Merge or close the pull request and delete the branch, or move those commits elsewhere, then run again.`);
            }
            const answers = await branchIssue(g, head);
            if (answers !== undefined && issueNumber !== undefined && answers !== issueNumber) {
                const open = await gh.openPull(repo, branch);
                if (open) {
                    throw new UserError(`${ask.projectName} is already requested in #${answers}, pull request #${open.number}. Change the request there, or close pull request #${open.number} and run this one again.`);
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
        const { generated, changed, baseSha, previousTool } = await log.group(`${ask.operation === 'generate' ? 'Generate' : 'Update'} ${ask.projectName} on ${base}`, async () => {
            const baseSha = await fetchBranch(g, base, 1);
            worktree = await addWorktree(g, deps.git, request.tmpDir, baseSha);
            const options = {
                workspace: worktree.path,
                templates: deps.templates(),
                tool: request.tool,
                dryRun: request.dryRun,
            };
            let generated;
            let previousTool;
            if (ask.operation === 'generate')
                generated = generate(ask.request, options);
            else {
                previousTool = recordedVersions(diskWorkspace(worktree.path)).find((api) => api.request.projectName === ask.projectName)?.tool;
                generated = update({ name: ask.name, changes: ask.changes }, options);
                const where = generated.plan.request.directory;
                if (ask.directory !== undefined && ask.directory !== where) {
                    throw new UserError(`${ask.projectName} is in ${generated.plan.request.projectRoot}, not in ${ask.directory}: an update keeps an API where it was generated (leave directory empty, or give ${where})`);
                }
            }
            const planned = generated.plan.files.map((file) => file.path);
            refuseForbidden(planned);
            const changed = !request.dryRun && (await stageChange(worktree, planned));
            log.info(`${planned.length} files planned; ${changed ? 'changes staged' : 'nothing changed'}`);
            return { generated, changed, baseSha, previousTool };
        });
        const plan = generated.plan;
        const apiRequest = plan.request;
        const conflicts = conflictsOf(plan);
        checkCancelled();
        if (!request.dryRun && !changed) {
            await report({ kind: 'unchanged', base });
            return {
                status: 'unchanged',
                exitCode: EXIT.ok,
                projectName: apiRequest.projectName,
                branch,
                summary: `# Nothing to change\n\n\`${base}\` already holds ${apiRequest.projectRoot} exactly as ${plan.kind === 'update' ? `${request.tool.name} ${request.tool.version} renders it with these options` : 'requested'}.`,
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
            checks = await log.group('Verify', () => deps.runChecks(worktree.path, plan));
        checkCancelled();
        const failedChecks = checks.filter((check) => check.status === 'failed').length;
        // The pull request's file tree lists every file of the commit, the lock files the checks wrote too.
        let committed = plan;
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
                exitCode: EXIT.ok,
                projectName: apiRequest.projectName,
                branch,
                summary: `# Dry run: nothing was pushed\n\n${body(false)}`,
            };
        }
        // 5. One commit: the generated files and the lock files verify wrote.
        if (checks.length > 0) {
            const locks = await stageLockFiles(worktree, plan);
            committed = {
                ...plan,
                files: [
                    ...plan.files,
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
            ...(failedChecks > 0 ? [CHECKS_FAILED_LABEL] : []),
            ...(conflicts.length > 0 ? [CONFLICTS_LABEL] : []),
        ];
        const { pull, operation } = await log.group('Pull request', () => explainSettings(upsertPullRequest(gh, repo, {
            head: branch,
            base,
            title: pullRequestTitle(plan, request.tool),
            body: body(closesIssue),
            labels: [...request.labels, ...needs],
            removeLabels: [CHECKS_FAILED_LABEL, CONFLICTS_LABEL].filter((label) => !needs.includes(label)),
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
            exitCode: problem ? EXIT.failed : EXIT.ok,
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
                exitCode: EXIT.failed,
                message,
                summary: `# Cancelled\n\nThe run was cancelled before it finished. Run it again to complete it.`,
            };
        }
        const yours = error instanceof UserError;
        const message = messageOf(error);
        if (yours)
            log.userError(message);
        await report({ kind: 'failed', reason: message, yours, runUrl: request.runUrl });
        return {
            status: 'failed',
            exitCode: exitCodeFor(error),
            message,
            summary: `# ${yours ? 'The request cannot be generated' : 'Generation failed'}\n\n${fenced(message)}`,
        };
    }
}

;// CONCATENATED MODULE: ./src/init.ts
// The story of `fastapi-scaffold init`: set up a repository of one's own as a service workspace. Find the
// repository's top level, pin this action's commit, plan every file (src/plan/init.ts), then write the plan
// all or nothing, or on a dry run nothing. Running it again changes nothing; running a newer version moves the
// pins and merges what a person edited.












/** Every label the action reads or sets, as `init` asks for them to be created. */
const LABELS = [
    {
        name: REQUEST_LABEL,
        color: '1D76DB',
        description: 'Asks fastapi-scaffold for a FastAPI service (the New FastAPI service form sets it)',
    },
    {
        name: issue_RETRY_LABEL,
        color: 'FBCA04',
        description: 'Approves the scaffold request as it reads now and runs it again',
    },
    {
        name: CHECKS_FAILED_LABEL,
        color: 'D93F0B',
        description: 'The checks of the generated service failed: see the pull request',
    },
    {
        name: pull_request_CONFLICTS_LABEL,
        color: 'B60205',
        description: 'An upgrade left conflict markers to resolve',
    },
    { name: 'fastapi-scaffold', color: '0E8A16', description: 'Opened by fastapi-scaffold' },
];
async function topLevel(cwd, env) {
    const result = await git_git(cwd, env ? { env } : {})(['rev-parse', '--show-toplevel'], {
        allowFailure: true,
    });
    if (result.code !== 0) {
        throw new errors_UserError(`${cwd} is not in a git repository (${reason(result.stderr)}); run init inside the repository to set up, or \`git init\` first`);
    }
    return result.stdout.trim();
}
async function init(options) {
    const root = await topLevel(options.cwd, options.env);
    const within = (0,external_node_path_namespaceObject.relative)(root, (0,external_node_path_namespaceObject.resolve)(options.cwd, options.workspace));
    if (within === '..' || within.startsWith(`..${external_node_path_namespaceObject.sep}`) || (0,external_node_path_namespaceObject.resolve)(within) === within) {
        throw new errors_UserError(`--workspace ${options.workspace} is outside the repository ${root}`);
    }
    const workspace = normaliseWorkspace(within.split(external_node_path_namespaceObject.sep).join('/'));
    const request = parseActionRef(options.actionRef ?? `${options.repository}@v${options.tool.version}`);
    const action = await resolveActionRef(request, options.serverUrl, git_git(root, options.env ? { env: options.env } : {}));
    const plan = planInit({
        action: { kind: 'pinned', ref: action, serverUrl: options.serverUrl },
        workspace,
        labels: LABELS,
    }, loadWorkspaceTemplates(WORKSPACE_TEMPLATES_DIR, loadTemplates(TEMPLATES_DIR)), workspace_diskWorkspace(root), options.tool);
    const dryRun = options.dryRun === true;
    const written = dryRun ? [] : applyPlan(root, plan.files).written;
    return { root, workspace, action, plan, written, labels: LABELS, dryRun };
}

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
function checks_formatChecksMarkdown(checks, note) {
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
        .map((check) => `<details><summary>${check.name} output</summary>\n\n${fenced(check.detail)}\n\n</details>`);
    return [
        '| Check | Project | Result | Time |',
        '|---|---|---|---|',
        ...rows,
        ...(failures.length ? ['', ...failures] : []),
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/report/init.ts
// What `init` tells the person: the action it pinned, each file and what happened to it (with what to do about
// a file of theirs it left alone), and the labels to create once.

const WORDS = {
    created: 'created',
    updated: 'updated',
    merged: 'merged',
    conflict: 'CONFLICT',
    unchanged: 'unchanged',
    kept: 'kept',
    removed: 'removed',
};
/** Actions that write or remove a file. */
const INIT_WRITES = new Set([
    'created',
    'updated',
    'merged',
    'conflict',
    'removed',
]);
/** A file of the person's that init did not touch, and how to take the generated one instead. */
function advice(file) {
    if (file.action !== 'kept' || file.note !== 'a file of yours was here first')
        return undefined;
    return `yours is kept as it is; to use fastapi-scaffold's instead, move yours aside (git mv ${file.path} ${file.path.replace(/(\.[^./]+)?$/, '.own$1')}) and run init again, or bring what it needs into yours by hand`;
}
function fileLine(file) {
    const why = advice(file) ?? file.note;
    return `  ${WORDS[file.action].padEnd(9)} ${file.path}${why ? `: ${why}` : ''}`;
}
function describeInit(result) {
    const { action } = result;
    const pin = `${action.repository}@${action.sha}${action.tag ? ` # ${action.tag}` : ''}`;
    const changes = result.plan.files.filter((file) => INIT_WRITES.has(file.action));
    const lines = [
        `${result.dryRun ? 'Would set up' : 'Set up'} ${result.root} (workspace ${result.workspace}) with ${pin}`,
        '',
        ...result.plan.files.map(fileLine),
        '',
        changes.length === 0
            ? 'Nothing to change: the repository is set up with this version.'
            : result.dryRun
                ? `Dry run: ${changes.length} file(s) would change; nothing was written.`
                : `${changes.length} file(s) written. Commit them (a push of .github/workflows/ needs a token with the workflows permission).`,
        ...(result.workspace === '.'
            ? []
            : [
                '',
                `Note: the checks, deploy and upgrade workflows look in ${result.workspace}/, but the scaffold action itself generates at the repository's top level (it has no workspace input yet): generate into ${result.workspace}/ with \`fastapi-scaffold generate --workspace ${result.workspace}\` until it does.`,
            ]),
        '',
        'Labels the workflows use; create them once (GitHub CLI, in the repository):',
        ...result.labels.map((label) => `  ${labelCommand(label)}`),
        'and allow Actions to open pull requests: Settings → Actions → General → "Allow GitHub Actions to create and approve pull requests".',
    ];
    return lines.join('\n');
}

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
// The Python lane checks the API just generated; the infrastructure lane installs the CDK packages every
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
    const root = (0,external_node_path_namespaceObject.join)(context.workspace, project);
    const check = context.timeoutMs ?? DEFAULT_TIMEOUTS.check;
    const install = context.timeoutMs ?? DEFAULT_TIMEOUTS.install;
    const junit = (0,external_node_path_namespaceObject.join)(context.scratch, `pytest-${request.projectName}.xml`);
    const steps = [];
    if (!(0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(root, 'uv.lock'))) {
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
    }, {
        name: 'ruff-check',
        project,
        command: 'uv run ruff check',
        argv: () => ['uv', 'run', '--no-sync', 'ruff', 'check', '--no-cache'],
        timeoutMs: check,
    }, {
        name: 'ruff-format',
        project,
        command: 'uv run ruff format --check',
        argv: () => ['uv', 'run', '--no-sync', 'ruff', 'format', '--check', '--no-cache'],
        timeoutMs: check,
    }, {
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
        counts: () => ((0,external_node_fs_namespaceObject.existsSync)(junit) ? junitCounts((0,external_node_fs_namespaceObject.readFileSync)(junit, 'utf8')) : undefined),
    });
    return { name: 'python', steps };
}
function readJson(path) {
    try {
        return JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(path, 'utf8'));
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
    const config = readJson((0,external_node_path_namespaceObject.join)(workspace, CDK_WORKSPACE_DIR, 'tsconfig.json'));
    const referenced = new Set((config?.references ?? []).map((reference) => typeof reference.path === 'string'
        ? (0,external_node_path_namespaceObject.join)(CDK_WORKSPACE_DIR, reference.path).replace(/\/$/, '')
        : ''));
    return packages.every((dir) => !(0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(workspace, dir, 'tsconfig.json')) || referenced.has(dir));
}
/**
 * The npm workspace that installs both CDK packages at once: the repository root, or `packages/` in a
 * workspace generated before the root became one and not updated since; none where each package installs
 * on its own.
 */
function sharedInstallDir(workspace) {
    return [NPM_WORKSPACE_DIR, CDK_WORKSPACE_DIR].find((dir) => readJson((0,external_node_path_namespaceObject.join)(workspace, dir, 'package.json'))?.workspaces);
}
/** A package binary installed for `dir` or any npm workspace above it, up to `workspace`. */
function localBin(name, dir, workspace) {
    for (let current = dir;; current = (0,external_node_path_namespaceObject.dirname)(current)) {
        const candidate = (0,external_node_path_namespaceObject.join)(current, 'node_modules', '.bin', name);
        if ((0,external_node_fs_namespaceObject.existsSync)(candidate))
            return candidate;
        if (current === workspace || (0,external_node_path_namespaceObject.dirname)(current) === current)
            return name;
    }
}
function npmInstall(project, root, timeoutMs) {
    const verb = (0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(root, 'package-lock.json')) ? 'ci' : 'install';
    return {
        name: 'npm-install',
        project,
        command: `npm ${verb}`,
        // --prefer-offline: a warm npm cache answers without asking the registry.
        argv: () => ['npm', verb, '--prefer-offline', '--no-audit', '--no-fund'],
        timeoutMs,
    };
}
function infraLane(context) {
    const { workspace } = context;
    const check = context.timeoutMs ?? DEFAULT_TIMEOUTS.check;
    const install = context.timeoutMs ?? DEFAULT_TIMEOUTS.install;
    const packages = [CONSTRUCTS_DIR, INFRA_DIR].filter((dir) => (0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(workspace, dir, 'package.json')));
    if (packages.length === 0) {
        return {
            name: 'infrastructure',
            steps: [],
            absent: {
                project: INFRA_DIR,
                reason: `no CDK packages in the workspace (${INFRA_DIR}/package.json is missing)`,
            },
        };
    }
    const installs = [];
    const shared = sharedInstallDir(workspace);
    if (shared !== undefined) {
        installs.push(npmInstall(shared, (0,external_node_path_namespaceObject.join)(workspace, shared), install));
    }
    else {
        for (const dir of packages)
            installs.push(npmInstall(dir, (0,external_node_path_namespaceObject.join)(workspace, dir), install));
    }
    // One `tsc -b` for both packages: its projects share what they both load (all of aws-cdk-lib's
    // declarations), where two `tsc` processes would each parse them.
    const cdkPackages = (0,external_node_path_namespaceObject.join)(workspace, CDK_WORKSPACE_DIR);
    const solution = shared !== undefined && solutionCovers(workspace, packages);
    const typeCheck = solution
        ? {
            name: 'types',
            steps: [
                {
                    name: 'tsc',
                    project: CDK_WORKSPACE_DIR,
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
        const root = (0,external_node_path_namespaceObject.join)(workspace, dir);
        const label = dir === INFRA_DIR ? 'infra' : 'constructs';
        const steps = [];
        if (!solution && (0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(root, 'tsconfig.json'))) {
            steps.push({
                name: `tsc-${label}`,
                project: dir,
                command: 'tsc --noEmit',
                argv: () => [localBin('tsc', root, workspace), '--noEmit', '-p', 'tsconfig.json'],
                timeoutMs: check,
            });
        }
        if (readPackageJson((0,external_node_path_namespaceObject.join)(root, 'package.json'))?.scripts?.test) {
            steps.push({
                name: dir === INFRA_DIR ? 'infra-tests' : 'construct-tests',
                project: dir,
                command: 'npm test',
                argv: () => ['npm', 'test'],
                timeoutMs: check,
                counts: (outcome) => runnerCounts(outcome.output),
            });
        }
        if (dir === INFRA_DIR) {
            steps.push({
                name: 'cdk-synth',
                project: INFRA_DIR,
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
            child = (0,external_node_child_process_namespaceObject.spawn)(program, args, {
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
        cwd: (0,external_node_path_namespaceObject.join)(workspace, step.project),
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
    const root = (0,external_node_path_namespaceObject.resolve)(workspace);
    const scratch = (0,external_node_fs_namespaceObject.mkdtempSync)((0,external_node_path_namespaceObject.join)((0,external_node_os_namespaceObject.tmpdir)(), 'fastapi-scaffold-verify-'));
    const report = (result) => {
        options.onCheck?.(result);
        return result;
    };
    try {
        // The checks' TMPDIR lives in the scratch dir, so what they leave there (the generated tests' cdk.out*,
        // tsx's cache, uv's locks) goes with it, whether they passed, failed or timed out.
        const tmpDir = (0,external_node_path_namespaceObject.join)(scratch, 'tmp');
        (0,external_node_fs_namespaceObject.mkdirSync)(tmpDir);
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
        (0,external_node_fs_namespaceObject.rmSync)(scratch, { recursive: true, force: true });
    }
}
function checksFailed(checks) {
    return checks.some((check) => check.status === 'failed');
}

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/cli/args.ts
// Command-line flags as data, and reading them: the one description each flag has serves the parser, the
// help text and the "did you mean" of a misspelt flag. Every problem is a UserError of one line.



const PLACEHOLDERS = {
    name: 'NAME',
    directory: 'DIR',
    'api-type': 'TYPE',
    auth: 'MODE',
    architecture: 'ARCH',
};
/** The flag of a request input, described by the schema; `changes` adapts it to one command. */
function requestOption(id, changes = {}) {
    const spec = REQUEST_INPUTS.find((input) => input.id === id);
    return {
        name: id,
        type: 'string',
        placeholder: PLACEHOLDERS[id],
        summary: spec.label,
        description: spec.description,
        required: spec.required,
        input: id,
        ...(spec.default !== undefined ? { default: spec.default } : {}),
        ...(spec.options ? { choices: spec.options } : {}),
        ...changes,
    };
}
/** Optimal string alignment distance: edits, with a swap of two neighbours counted as one (nmae → name). */
function editDistance(a, b) {
    const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i += 1) {
        for (let j = 1; j <= b.length; j += 1) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
            }
        }
    }
    return d[a.length][b.length];
}
/** The candidate `typed` most likely meant: a close spelling, or the one name it begins. */
function closest(typed, candidates) {
    const prefixed = candidates.filter((candidate) => typed.length >= 3 && candidate.startsWith(typed));
    if (prefixed.length === 1)
        return prefixed[0];
    const limit = Math.max(1, Math.floor(typed.length / 3));
    let best;
    for (const candidate of candidates) {
        const distance = editDistance(typed, candidate);
        if (distance <= limit && (!best || distance < best.distance))
            best = { name: candidate, distance };
    }
    return best?.name;
}
/** `; did you mean X?`, or nothing when no candidate is close. */
function didYouMean(typed, candidates, prefix = '') {
    const match = closest(typed, candidates);
    return match === undefined ? '' : `; did you mean ${prefix}${match}?`;
}
/**
 * Splits `args` into option tokens and positionals. `known` says which flags take a value, so that the
 * value of `--workspace W` is not taken for a command.
 */
function tokenize(args, known) {
    const options = Object.fromEntries(known.map((option) => [
        option.name,
        { type: option.type, ...(option.short ? { short: option.short } : {}) },
    ]));
    return (0,external_node_util_namespaceObject.parseArgs)({
        args: [...args],
        options,
        strict: false,
        allowPositionals: true,
        tokens: true,
    }).tokens;
}
/**
 * Reads the option tokens against `options`: an unknown, misspelt or repeated flag, a flag without its value
 * or a value for a switch is a UserError; so is a value outside the choices of a flag that is not a request
 * input (those are parseRequest's to judge).
 */
function readFlags(tokens, options, foreign = () => undefined) {
    const values = {};
    const positionals = [];
    for (const token of tokens) {
        if (token.kind === 'positional')
            positionals.push(token.value);
        if (token.kind !== 'option')
            continue;
        const option = options.find((candidate) => candidate.name === token.name || candidate.short === token.name);
        if (!option) {
            const flag = token.rawName.startsWith('--') ? token.rawName : `-${token.name}`;
            const elsewhere = foreign(token.name);
            if (elsewhere)
                throw new errors_UserError(elsewhere);
            const names = options.map((candidate) => candidate.name);
            throw new errors_UserError(`unknown option ${flag}${didYouMean(token.name, names, '--')}`);
        }
        const flag = `--${option.name}`;
        if (option.type === 'boolean') {
            if (token.inlineValue)
                throw new errors_UserError(`${flag} takes no value (got ${token.rawName}=${token.value})`);
            values[option.name] = true;
            continue;
        }
        const value = token.value;
        if (value === undefined || (!token.inlineValue && value.startsWith('-'))) {
            throw new errors_UserError(`${flag} needs a value${option.placeholder ? ` (${flag} ${option.placeholder})` : ''}`);
        }
        if (option.choices &&
            !option.input &&
            !option.choices.some((choice) => choice.value === value)) {
            throw new errors_UserError(`${option.name} must be one of ${option.choices.map((choice) => choice.value).join(', ')} (got ${JSON.stringify(value)})`);
        }
        const previous = values[option.name];
        if (option.multiple)
            values[option.name] = [...(previous ?? []), value];
        else if (previous !== undefined)
            throw new errors_UserError(`${flag} is given twice`);
        else
            values[option.name] = value;
    }
    return { values, positionals };
}
/** The flags of `args` against `options`, for a program with no commands. */
function parseFlags(args, options) {
    return readFlags(tokenize(args, options), options);
}
/** The value of a flag that takes one. */
function stringFlag(values, name) {
    const value = values[name];
    return typeof value === 'string' ? value : undefined;
}
/** The values of a flag that may be repeated, in order. */
function listFlag(values, name) {
    const value = values[name];
    return Array.isArray(value) ? value : [];
}
/** Whether a switch was given. */
function switchFlag(values, name) {
    return values[name] === true;
}

;// CONCATENATED MODULE: ./src/cli/help.ts
// The help texts, written from the same flag descriptions the parser reads (and, for the request's flags,
// from the one input schema), so help cannot say something the parser does not do.

/** Text is wrapped to this width: help is read in terminals and pasted into issues. */
const WIDTH = 100;
const EXIT_MEANINGS = {
    ok: 'done',
    failed: 'a check of the generated project failed (its files stay written), or anything else went wrong',
    userError: 'a request to fix: a flag, a value or the workspace; nothing was written',
};
/** How an interrupted run ends: 128 + the signal's number, as shells report it. */
const INTERRUPTED = { SIGINT: 130, SIGTERM: 143 };
function wrap(text, width) {
    const lines = [];
    let line = '';
    for (const word of text.split(/\s+/).filter(Boolean)) {
        if (line && line.length + 1 + word.length > width) {
            lines.push(line);
            line = word;
        }
        else
            line = line ? `${line} ${word}` : word;
    }
    return line ? [...lines, line] : lines;
}
/** `text` wrapped to the width, its first line after `lead` and the others aligned under it. */
function hang(lead, text) {
    const width = Math.max(40, WIDTH - lead.length);
    return wrap(text, width).map((line, index) => `${index === 0 ? lead : ' '.repeat(lead.length)}${line}`);
}
/** Rows of a left cell and a text, the texts aligned after the widest left cell. */
function table(rows, indent) {
    const column = Math.max(...rows.map(([left]) => left.length)) + 2;
    return rows.flatMap(([left, text]) => hang(`${indent}${left.padEnd(column)}`, text));
}
function flag(option) {
    const long = `--${option.name}${option.placeholder ? ` ${option.placeholder}` : ''}`;
    return option.short ? `-${option.short}, ${long}` : long;
}
/**
 * Each flag with its summary, allowed values and default on its line; below it its description and what each
 * allowed value means.
 */
function formatOptions(options, indent = '  ') {
    const column = Math.max(...options.map((option) => flag(option).length)) + 2;
    const under = ' '.repeat(indent.length + column);
    return options
        .flatMap((option) => {
        const facts = [
            option.summary,
            option.choices ? `(${option.choices.map((choice) => choice.value).join(' | ')})` : '',
            option.required ? '(required)' : '',
            option.default !== undefined ? `[default: ${option.default}]` : '',
            option.multiple ? '(repeatable)' : '',
        ];
        const choices = option.choices ?? [];
        const valueColumn = Math.max(0, ...choices.map((choice) => choice.value.length)) + 2;
        return [
            ...hang(`${indent}${flag(option).padEnd(column)}`, facts.filter(Boolean).join(' ')),
            ...(option.description ? hang(under, option.description) : []),
            ...choices.flatMap((choice) => hang(`${under}  ${choice.value.padEnd(valueColumn)}`, choice.description)),
        ];
    })
        .join('\n');
}
function exitCodes() {
    const rows = Object.keys(errors_EXIT).map((key) => [String(errors_EXIT[key]), EXIT_MEANINGS[key]]);
    rows.push([
        `${INTERRUPTED.SIGINT}, ${INTERRUPTED.SIGTERM}`,
        'interrupted by Ctrl-C (SIGINT) or SIGTERM: the checks were stopped, the files written so far stay',
    ]);
    return ['Exit codes:', ...table(rows, '  ')].join('\n');
}
function section(program, command) {
    return [
        `${program} ${command.name} ${command.usage}`,
        '',
        ...wrap(command.summary, WIDTH - 2).map((line) => `  ${line}`),
        '',
        formatOptions(command.options),
        '',
        `  ${command.examples.length > 1 ? 'Examples' : 'Example'}:`,
        ...command.examples.map((example) => `    ${example}`),
    ].join('\n');
}
/** `<program> help <command>` and `<program> <command> --help`. */
function commandHelp(program, command) {
    return [`Usage: ${section(program, command)}`, exitCodes()].join('\n\n');
}
/** `<program> --help`: what the program does, then every command in full, then the exit codes. */
function programHelp(program, about, commands, globals) {
    const names = table(commands.map((command) => [command.name, command.summary.split(/(?<=\.)\s/)[0]]), '  ');
    return [
        ...wrap(about, WIDTH),
        '',
        `Usage: ${program} <command> [options]`,
        '',
        'Commands:',
        ...names,
        '',
        'Options:',
        formatOptions(globals),
        '',
        `${program} help <command> (or ${program} <command> --help) shows one command.`,
        ...commands.map((command) => `\n${section(program, command)}`),
        '',
        exitCodes(),
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/cli/preflight.ts
// Before a command writes anything: the programs it will need are on PATH and new enough, or it stops at once
// with one line saying how to install them, instead of failing minutes later in the middle of the checks.







const REQUIREMENTS = {
    // The oldest git with every command delivery uses (`worktree remove`), so a workspace made here can be
    // delivered by the same tool.
    git: () => ({
        range: '>=2.17',
        install: 'install git from https://git-scm.com/downloads or your system packages',
    }),
    // The node on PATH is the one the generated workspace's npm scripts (nx, tsc, tests, cdk synth) run on, so
    // its engines range (the root package.json's) is the one that matters, not that of the node running this CLI.
    node: () => ({
        range: JSON.parse(loadTemplates(TEMPLATES_DIR).templates.find((template) => template.source === (0,external_node_path_namespaceObject.join)(NPM_WORKSPACE_DIR, 'package.json')).body).engines.node,
        install: 'install a supported Node.js from https://nodejs.org',
    }),
    // The generated projects build with uv_build 0.13 and lock with the uv.lock format of that line.
    uv: () => ({
        range: '>=0.13',
        install: 'install it with the official installer (curl -LsSf https://astral.sh/uv/install.sh | sh) or `pipx install uv`',
    }),
};
function parseVersion(text) {
    const match = /(\d+)\.(\d+)(?:\.(\d+))?/.exec(text);
    return match ? [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)] : undefined;
}
function compare(a, b) {
    return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}
/** Whether `version` satisfies an npm-style range of `||` alternatives of `>=`, `>`, `<`, `<=`, `^` and `=`. */
function satisfies(version, range) {
    return range.split('||').some((alternative) => alternative
        .trim()
        .split(/\s+/)
        .every((comparator) => {
        const match = /^(>=|<=|>|<|\^|=)?v?(.+)$/.exec(comparator);
        const bound = parseVersion(match[2]);
        if (!bound)
            return false;
        const order = compare(version, bound);
        switch (match[1]) {
            case '>=':
                return order >= 0;
            case '>':
                return order > 0;
            case '<':
                return order < 0;
            case '<=':
                return order <= 0;
            case '^':
                return order >= 0 && version[0] === bound[0];
            default:
                return order === 0;
        }
    }));
}
/** The first executable `name` on `path`, as the checks' spawn will find it. */
function findOnPath(name, path) {
    for (const dir of path.split(external_node_path_namespaceObject.delimiter)) {
        if (!dir)
            continue;
        const candidate = (0,external_node_path_namespaceObject.join)(dir, name);
        try {
            (0,external_node_fs_namespaceObject.accessSync)(candidate, external_node_fs_namespaceObject.constants.X_OK);
            if ((0,external_node_fs_namespaceObject.statSync)(candidate).isFile())
                return candidate;
        }
        catch {
            // not here
        }
    }
    return undefined;
}
function versionOf(program, env) {
    // The node on PATH is usually the one running this CLI: its version is known without starting another.
    if ((0,external_node_fs_namespaceObject.realpathSync)(program) === (0,external_node_fs_namespaceObject.realpathSync)(process.execPath))
        return Promise.resolve(process.version);
    return new Promise((resolve) => {
        (0,external_node_child_process_namespaceObject.execFile)(program, ['--version'], { env, timeout: 10_000 }, (error, stdout) => resolve(error ? '' : stdout));
    });
}
/**
 * Checks that each of `tools` is on the PATH of `env` and new enough; throws a UserError for the first that is
 * not. A version that cannot be read is let through: only a version known to be too old stops the run.
 * `skip` says how to go on without the tool, where there is a way.
 */
async function preflight(tools, env) {
    const found = await Promise.all(tools.map(async ({ tool, skip }) => {
        const requirement = REQUIREMENTS[tool]();
        const program = findOnPath(tool, env.PATH ?? '');
        const version = program ? parseVersion(await versionOf(program, env)) : undefined;
        return { tool, skip, requirement, program, version };
    }));
    for (const { tool, skip, requirement, program, version } of found) {
        const orElse = skip ? `, or ${skip}` : '';
        if (!program) {
            throw new errors_UserError(`${tool} (${requirement.range}) is not on PATH; ${requirement.install}${orElse}`);
        }
        if (version && !satisfies(version, requirement.range)) {
            throw new errors_UserError(`${tool} ${version.join('.')} (${program}) is not supported (${requirement.range} is); ${requirement.install}${orElse}`);
        }
    }
}

;// CONCATENATED MODULE: ./src/cli/progress.ts
// What the CLI says on stderr while the checks run: a line as each check starts and one as it ends, with its
// duration; on a terminal also a status line of the checks still running, redrawn in place, and colour
// (unless NO_COLOR is set). Stdout stays for the result, so `--json` output is one document.

const CLEAR_LINE = '\r\x1b[2K';
const REDRAW_MS = 250;
const SPINNER = '⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏';
const COLOURS = {
    passed: '\x1b[32m',
    failed: '\x1b[31m',
    skipped: '\x1b[33m',
    started: '\x1b[2m',
};
const RESET = '\x1b[0m';
/** Whether to colour what goes to `terminal`: https://no-color.org says any non-empty NO_COLOR turns it off. */
function useColour(terminal, env) {
    return terminal !== undefined && !env.NO_COLOR;
}
function line(status, check, colour, ms) {
    const word = status.padEnd(7);
    const time = ms === undefined ? '' : ` (${formatDuration(ms)})`;
    return `  ${colour ? `${COLOURS[status]}${word}${RESET}` : word} ${check.name} in ${check.project}${time}`;
}
/**
 * Progress for one verify run. `say` prints a whole line to stderr; with a terminal the status line is drawn
 * below the printed lines and redrawn as time passes.
 */
function checkProgress(say, terminal, colour) {
    const running = new Map();
    const key = (check) => `${check.project}\0${check.name}`;
    let frame = 0;
    const status = () => {
        if (running.size === 0)
            return '';
        const list = [...running.values()]
            .map(({ check, since }) => `${check.name} (${formatDuration(Math.round(performance.now() - since))})`)
            .join(', ');
        const text = `${SPINNER[frame % SPINNER.length]} running ${list}`;
        const fitted = text.length >= terminal.columns ? `${text.slice(0, terminal.columns - 2)}…` : text;
        return colour ? `\x1b[36m${fitted}${RESET}` : fitted;
    };
    const print = (text) => {
        if (!terminal)
            return say(text);
        terminal.write(`${CLEAR_LINE}${text}\n${status()}`);
    };
    const timer = terminal
        ? setInterval(() => {
            frame += 1;
            terminal.write(`${CLEAR_LINE}${status()}`);
        }, REDRAW_MS)
        : undefined;
    timer?.unref();
    return {
        onCheckStart: (check) => {
            running.set(key(check), { check, since: performance.now() });
            print(line('started', check, colour));
        },
        onCheck: (result) => {
            running.delete(key(result));
            print(line(result.status, result, colour, result.status === 'skipped' ? undefined : result.durationMs));
        },
        stop: () => {
            clearInterval(timer);
            terminal?.write(CLEAR_LINE);
        },
    };
}

;// CONCATENATED MODULE: ./src/cli.ts
// The local edge: CLI flags in, a report and an exit code out (src/errors.ts: 0 success, 2 a request the user
// must fix, 1 anything else, including a failed check of the generated project: its files stay written;
// 130/143 when interrupted). The commands are one table: each entry is its flags, its help, the programs it
// needs and its handler; parsing, help, the pre-flight and errors are the same for all of them.






















const PROGRAM = 'fastapi-scaffold';
const WORKSPACE = {
    name: 'workspace',
    type: 'string',
    placeholder: 'W',
    summary: 'Root of the workspace',
    default: 'the current directory',
};
const DRY_RUN = {
    name: 'dry-run',
    type: 'boolean',
    summary: 'Show the plan as a tree; write nothing, run nothing',
};
const NO_VERIFY = {
    name: 'no-verify',
    type: 'boolean',
    summary: "Do not run the generated project's checks (nor look for uv)",
};
const JSON_FLAG = {
    name: 'json',
    type: 'boolean',
    summary: 'Print the result as one JSON document on stdout',
};
const HELP = { name: 'help', short: 'h', type: 'boolean', summary: 'Show this help' };
const VERSION = { name: 'version', type: 'boolean', summary: 'Show the version' };
const GLOBALS = [HELP, VERSION];
/** What a command that renders a request and then checks it runs: nothing on a dry run, no uv unverified. */
function renderTools(values) {
    if (switchFlag(values, 'dry-run'))
        return [];
    return [
        { tool: 'git' },
        { tool: 'node' },
        ...(switchFlag(values, 'no-verify')
            ? []
            : [{ tool: 'uv', skip: 'skip the checks with --no-verify' }]),
    ];
}
const COMMANDS = [
    {
        name: 'init',
        usage: '[--workspace W] [--action-ref OWNER/REPO@REF] [--dry-run] [--json]',
        summary: "Set up this git repository as a service workspace: the issue form, the scaffold workflows (dispatch and issue), pull-request checks, deploy and upgrade workflows using this action pinned to a commit, a Dependabot configuration, a README section and the workspace root files. A file of yours already there is kept (and named) or joined, never overwritten; running it again changes nothing, and a newer version's init merges your edits. Prints the labels to create.",
        options: [
            {
                ...WORKSPACE,
                summary: 'Where the workspace root files go (.github/ is always at the repository top level)',
            },
            {
                name: 'action-ref',
                type: 'string',
                placeholder: 'OWNER/REPO@REF',
                summary: 'The action the workflows use: a commit SHA (used as is), a tag or a branch',
                description: 'A tag or branch is resolved to its commit with git ls-remote at GITHUB_SERVER_URL (else https://github.com); the workflows pin the commit, followed by the tag as a comment.',
                default: "this tool's repository at v<its version>",
            },
            { ...DRY_RUN, summary: 'Print the plan; write nothing' },
            JSON_FLAG,
            HELP,
        ],
        examples: [
            `${PROGRAM} init`,
            `${PROGRAM} init --workspace services --action-ref fastapi-scaffold/fastapi-scaffold@v0.2.0 --dry-run`,
        ],
        elsewhere: 'init sets up the repository; generate adds an API to it',
        tools: () => [{ tool: 'git' }],
        run: initCommand,
    },
    {
        name: 'generate',
        usage: '--name NAME [options]',
        summary: 'Render a new FastAPI service for AWS Lambda, with its CDK constructs, into the workspace, then run its checks. The plan is printed first, then each check as it starts and ends (on stderr, so that --json output stays one document).',
        options: [
            ...REQUEST_INPUTS.map((input) => requestOption(input.id)),
            WORKSPACE,
            DRY_RUN,
            NO_VERIFY,
            JSON_FLAG,
            HELP,
        ],
        examples: [
            `${PROGRAM} generate --name "Orders API"`,
            `${PROGRAM} generate --name billing --api-type function-url --auth none --dry-run`,
        ],
        tools: renderTools,
        run: renderCommand,
    },
    {
        name: 'update',
        usage: '--name NAME [--api-type T] [--auth A] [--architecture X] [options]',
        summary: "Change an existing API's options, or upgrade it to the templates of this version (no option given), then run its checks. Files you edited are 3-way merged with the new rendering; a clash is left between conflict markers, exit 1, and the checks wait until you resolve it. --dry-run prints the unified diff of every change.",
        options: [
            requestOption('name', {
                summary: 'The API to update, in any spelling of its name',
                description: 'It must be recorded in the workspace (.scaffold/<project>.json).',
            }),
            ...['api-type', 'auth', 'architecture'].map((id) => requestOption(id, { default: 'as recorded' })),
            WORKSPACE,
            { ...DRY_RUN, summary: 'Print the unified diff of every change; write nothing, run nothing' },
            NO_VERIFY,
            JSON_FLAG,
            HELP,
        ],
        examples: [
            `${PROGRAM} update --name orders-api --api-type function-url`,
            `${PROGRAM} update --name orders-api --dry-run`,
        ],
        elsewhere: 'an API keeps the name and directory it was generated with',
        tools: renderTools,
        run: renderCommand,
    },
    {
        name: 'verify',
        usage: '[--name NAME ...] [--only python|infra] [options]',
        summary: 'Run the checks of APIs already generated in the workspace (after an interrupted run, or on a pull request): every API unless --name says which, and the shared CDK packages.',
        options: [
            requestOption('name', {
                multiple: true,
                required: false,
                summary: 'An API to check, in any spelling of its name',
                description: 'Every API in the workspace when none is given.',
            }),
            {
                name: 'only',
                type: 'string',
                placeholder: 'PART',
                summary: 'Check one part only',
                choices: [
                    { value: 'python', description: "the APIs' Python projects" },
                    { value: 'infra', description: 'the shared CDK packages' },
                ],
            },
            WORKSPACE,
            JSON_FLAG,
            HELP,
        ],
        examples: [`${PROGRAM} verify`, `${PROGRAM} verify --name orders-api --only python --json`],
        elsewhere: 'change an API with its request',
        // uv for the Python projects, node for the CDK packages.
        tools: (values) => [
            ...(stringFlag(values, 'only') === 'infra'
                ? []
                : [{ tool: 'uv', skip: 'check only the CDK packages with --only infra' }]),
            ...(stringFlag(values, 'only') === 'python' ? [] : [{ tool: 'node' }]),
        ],
        run: verifyCommand,
    },
    {
        name: 'outdated',
        usage: '[--json]',
        summary: "List the APIs whose record is older than this version's templates (another tool version, templates digest or record schema): those `update --name` would upgrade. The scheduled upgrade workflow opens one pull request per API listed. Lists nothing, and succeeds, when every API is current.",
        options: [WORKSPACE, JSON_FLAG, HELP],
        examples: [
            `${PROGRAM} outdated`,
            `${PROGRAM} outdated --json | jq -r '.outdated[].projectName'`,
        ],
        run: outdatedCommand,
    },
    {
        name: 'layout',
        usage: '[--json]',
        summary: 'Print the fixed places of a generated workspace as shell assignments (or JSON), so that scripts name them from one source.',
        options: [JSON_FLAG, HELP],
        examples: [`${PROGRAM} layout --json`, `eval "$(${PROGRAM} layout)" && echo "$INFRA_DIR"`],
        run: async ({ io, values }) => {
            io.out(switchFlag(values, 'json')
                ? JSON.stringify(LAYOUT, null, 2)
                : Object.entries(LAYOUT)
                    .map(([key, value]) => `${key}=${value}`)
                    .join('\n'));
            return errors_EXIT.ok;
        },
    },
];
const ABOUT = 'fastapi-scaffold renders a FastAPI service for AWS Lambda with its AWS CDK constructs into a workspace, and runs its checks (uv, ruff, pytest, tsc, the construct tests, cdk synth with cdk-nag).';
const EVERY_OPTION = [...GLOBALS, ...COMMANDS.flatMap((command) => command.options)];
/** What the CLI says about anything thrown (one line; with --json also a JSON object), and its exit code. */
function reportError(io, error, json) {
    const code = errors_exitCodeFor(error);
    if (json) {
        io.out(JSON.stringify({ ok: false, userError: code === errors_EXIT.userError, error: errors_messageOf(error) }, null, 2));
    }
    io.err(`error: ${errors_messageOf(error)}`);
    return code;
}
function findCommand(name) {
    const command = COMMANDS.find((candidate) => candidate.name === name);
    if (command)
        return command;
    const names = COMMANDS.map((candidate) => candidate.name);
    const hint = didYouMean(name, [...names, 'help']) || `; the commands are ${names.join(', ')}`;
    throw new errors_UserError(`unknown command ${name}${hint}`);
}
function listFlags(command) {
    const flags = command.options
        .filter((option) => option !== HELP)
        .map((option) => `--${option.name}`);
    return `${flags.slice(0, -1).join(', ')} and ${flags.at(-1)}`;
}
/** The message for a flag `command` does not take but another command does. */
function foreignFlag(command) {
    return (name) => {
        const owner = COMMANDS.find((other) => other !== command && other.options.some((option) => option.name === name));
        if (!owner)
            return undefined;
        return command.elsewhere
            ? `${command.name} takes ${listFlags(command)} (not --${name}: ${command.elsewhere})`
            : `${command.name} does not take --${name}; it is an option of ${owner.name}`;
    };
}
/**
 * Runs one command line. Help and flag errors are answered before the first await, so a caller that does not
 * wait still sees them.
 */
function runCli(argv, io) {
    let json = false;
    try {
        const tokens = tokenize(argv, EVERY_OPTION);
        const flagged = (name) => tokens.some((token) => token.kind === 'option' && token.name === name && !token.inlineValue);
        json = flagged('json');
        const [first, ...rest] = tokens.flatMap((token) => token.kind === 'positional' ? [token.value] : []);
        if (first === 'help' || (first === undefined && flagged('help'))) {
            const named = first === 'help' ? rest[0] : undefined;
            io.out(named === undefined
                ? programHelp(PROGRAM, ABOUT, COMMANDS, GLOBALS)
                : commandHelp(PROGRAM, findCommand(named)));
            return Promise.resolve(errors_EXIT.ok);
        }
        if (first === undefined && flagged('version')) {
            io.out(toolInfo().version);
            return Promise.resolve(errors_EXIT.ok);
        }
        if (first === undefined) {
            throw new errors_UserError(`a command is needed: ${COMMANDS.map((command) => command.name).join(', ')} (see ${PROGRAM} --help)`);
        }
        const command = findCommand(first);
        if (flagged('help')) {
            io.out(commandHelp(PROGRAM, command));
            return Promise.resolve(errors_EXIT.ok);
        }
        const { values, positionals } = readFlags(tokens, command.options, foreignFlag(command));
        if (positionals.length > 1) {
            throw new errors_UserError(`${command.name} takes no argument ${JSON.stringify(positionals[1])}; flags start with -- (see ${PROGRAM} ${command.name} --help)`);
        }
        return runCommand(command, values, io);
    }
    catch (error) {
        return Promise.resolve(reportError(io, error, json));
    }
}
async function runCommand(command, values, io) {
    const env = io.env ?? process.env;
    try {
        await preflight(command.tools?.(values) ?? [], env);
        const workspace = (0,external_node_path_namespaceObject.resolve)(io.cwd, stringFlag(values, 'workspace') ?? '.');
        return await command.run({ command, io, values, workspace, env });
    }
    catch (error) {
        return reportError(io, error, switchFlag(values, 'json'));
    }
}
/** The exit code of an interrupted run, or undefined when it was not interrupted. */
function interruption(io) {
    if (!io.signal?.aborted)
        return undefined;
    return io.signal.reason === 'SIGTERM' ? INTERRUPTED.SIGTERM : INTERRUPTED.SIGINT;
}
/** The one line an interrupted run ends with: what stays, and the command that finishes the job. */
function interrupted(io, code, workspace, names, wrote) {
    const finish = [
        `${PROGRAM} verify`,
        ...names.map((name) => `--name ${name}`),
        ...(workspace === (0,external_node_path_namespaceObject.resolve)(io.cwd) ? [] : [`--workspace ${workspace}`]),
    ].join(' ');
    io.err(wrote
        ? `interrupted: the checks were stopped and the files stay written; finish with \`${finish}\``
        : 'interrupted before anything was written');
    return code;
}
function verifyStatus(checks) {
    if (checks === null)
        return 'skipped';
    return checksFailed(checks) ? 'failed' : 'passed';
}
/** The verify stage with progress on stderr, stopped by the CLI's signal. */
async function runChecks(context, target, heading) {
    const { io, env } = context;
    io.err(heading);
    const progress = checkProgress(io.err, io.terminal, useColour(io.terminal, env));
    try {
        return await verifyWorkspace(context.workspace, target, {
            env,
            onCheckStart: progress.onCheckStart,
            onCheck: progress.onCheck,
            ...(io.signal ? { signal: io.signal } : {}),
        });
    }
    finally {
        progress.stop();
    }
}
function requestFrom(values, options) {
    return Object.fromEntries(options.flatMap((option) => option.input ? [[option.input, stringFlag(values, option.name)]] : []));
}
/** generate and update: render, print the plan, run the checks unless conflicts are left to resolve. */
async function renderCommand(context) {
    const { io, values, workspace } = context;
    const json = switchFlag(values, 'json');
    const raw = requestFrom(values, context.command.options);
    // The request's own rules, as the action applies them: an update checks only the options given, its name
    // and directory being the recorded ones (an API named `infra` may live in `apis/`).
    const ask = request_parseAsk({ ...raw, operation: context.command.name });
    const early = interruption(io);
    if (early !== undefined)
        return interrupted(io, early, workspace, [], false);
    const options = {
        workspace,
        templates: loadTemplates(TEMPLATES_DIR),
        tool: toolInfo(),
        dryRun: switchFlag(values, 'dry-run'),
    };
    const generated = ask.operation === 'update'
        ? generate_update({ name: ask.name, changes: ask.changes }, options)
        : generate_generate(ask.request, options);
    const { plan } = generated;
    const conflicts = plan_conflictsOf(plan);
    // The plan first: a person sees what was written while the checks run.
    if (!json)
        io.out(describePlan(plan, generated));
    const verify = !generated.dryRun && !switchFlag(values, 'no-verify') && conflicts.length === 0;
    const checks = verify
        ? await runChecks(context, { apis: [plan.request], infra: true }, 'Checking the generated project (--no-verify skips this):')
        : null;
    const code = interruption(io);
    if (code !== undefined)
        return interrupted(io, code, workspace, [plan.request.projectName], !generated.dryRun);
    if (json) {
        io.out(JSON.stringify({
            ok: true,
            dryRun: generated.dryRun,
            request: plan.request,
            ...(plan.previous ? { previous: plan.previous } : {}),
            files: plan.files.map((file) => ({
                path: file.path,
                owner: file.owner,
                action: file.action,
                executable: file.executable,
                ...(file.note ? { note: file.note } : {}),
            })),
            written: generated.written,
            removed: generated.removed,
            conflicts,
            apis: plan.apis.map((api) => api.projectName),
            verify: verifyStatus(checks),
            checks,
        }, null, 2));
    }
    else if (!generated.dryRun) {
        io.out(checks !== null
            ? `\nChecks of the generated project:\n\n${formatChecksTable(checks)}`
            : conflicts.length > 0
                ? '\nChecks not run: resolve the conflicts first.'
                : '\nChecks skipped (--no-verify).');
    }
    if (conflicts.length > 0 && !generated.dryRun) {
        io.err(`error: ${conflicts.length === 1 ? 'a file has' : `${conflicts.length} files have`} conflicting changes to resolve (${conflicts.join(', ')}): edit out the <<<<<<< ======= >>>>>>> markers, keeping what you want, then run ${PROGRAM} verify --name ${plan.request.projectName}.`);
        return errors_EXIT.failed;
    }
    if (checks && checksFailed(checks)) {
        const failed = checks.filter((check) => check.status === 'failed').map((check) => check.name);
        io.err(`error: ${failed.length === 1 ? 'a check' : `${failed.length} checks`} of the generated project failed (${failed.join(', ')}); the files stay written in ${workspace}. Fix the cause and re-run the failing command in its project directory.`);
        return errors_EXIT.failed;
    }
    return errors_EXIT.ok;
}
/** The APIs `verify` checks: those named (any spelling of their name), else every API in the workspace. */
function apisToVerify(workspace, names) {
    const recorded = recordedApis(workspace_diskWorkspace(workspace));
    if (recorded.length === 0) {
        throw new errors_UserError(`${workspace} holds no generated API (no records in ${RECORDS_DIR}/); run ${PROGRAM} generate first`);
    }
    if (names.length === 0)
        return recorded;
    return names.map((name) => {
        const projectName = apiNames(name.trim()).projectName;
        const found = recorded.find((api) => api.projectName === projectName);
        if (!found) {
            throw new errors_UserError(`no API ${projectName} in ${workspace}; it holds ${recorded.map((api) => api.projectName).join(', ')}`);
        }
        return found;
    });
}
async function verifyCommand(context) {
    const { io, values, workspace } = context;
    const json = switchFlag(values, 'json');
    const only = stringFlag(values, 'only');
    const apis = apisToVerify(workspace, listFlag(values, 'name'));
    const target = { apis: only === 'infra' ? [] : apis, infra: only !== 'python' };
    const checks = await runChecks(context, target, `Checking ${[...target.apis.map((api) => api.projectRoot), ...(target.infra ? ['the CDK packages'] : [])].join(', ')}:`);
    const code = interruption(io);
    if (code !== undefined) {
        const named = listFlag(values, 'name').length > 0 ? apis.map((api) => api.projectName) : [];
        return interrupted(io, code, workspace, named, true);
    }
    const failed = checksFailed(checks);
    if (json) {
        io.out(JSON.stringify({
            ok: !failed,
            apis: target.apis.map((api) => api.projectName),
            verify: verifyStatus(checks),
            checks,
        }, null, 2));
    }
    else {
        io.out(`Checks:\n\n${formatChecksTable(checks)}`);
    }
    if (!failed)
        return errors_EXIT.ok;
    io.err(`error: ${checks
        .filter((check) => check.status === 'failed')
        .map((check) => `${check.name} (${check.project})`)
        .join(', ')} failed`);
    return errors_EXIT.failed;
}
async function outdatedCommand({ io, values, workspace }) {
    const apis = plan_recordedVersions(workspace_diskWorkspace(workspace));
    const current = {
        tool: toolInfo(),
        digest: loadTemplates(TEMPLATES_DIR).digest,
        schema: PROVENANCE_SCHEMA,
    };
    const outdated = apis
        .filter((api) => api.tool.version !== current.tool.version ||
        api.digest !== current.digest ||
        api.schema !== current.schema)
        .map((api) => ({
        projectName: api.request.projectName,
        projectRoot: api.request.projectRoot,
        tool: api.tool,
        digest: api.digest,
        schema: api.schema,
    }));
    const version = (api) => `${api.tool.version}, templates ${api.digest.slice(0, 12)}, record schema ${api.schema}`;
    if (switchFlag(values, 'json'))
        io.out(JSON.stringify({ ok: true, ...current, outdated }, null, 2));
    else if (outdated.length === 0) {
        io.err(`Every API in ${workspace} is current (${current.tool.name} ${version(current)}).`);
    }
    else {
        io.out(outdated
            .map((api) => `${api.projectName}\t${api.projectRoot}\t${api.tool.name} ${version(api)} (now ${version(current)})`)
            .join('\n'));
    }
    return errors_EXIT.ok;
}
async function initCommand({ io, values, workspace, env }) {
    const actionRef = stringFlag(values, 'action-ref');
    const result = await init({
        cwd: io.cwd,
        workspace,
        ...(actionRef !== undefined ? { actionRef } : {}),
        repository: toolRepository(),
        tool: toolInfo(),
        serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
        dryRun: switchFlag(values, 'dry-run'),
        env: Object.fromEntries(Object.entries(env).filter((entry) => entry[1] !== undefined)),
    });
    const conflicts = result.plan.files.filter((file) => file.action === 'conflict');
    if (switchFlag(values, 'json')) {
        io.out(JSON.stringify({
            ok: true,
            dryRun: result.dryRun,
            root: result.root,
            workspace: result.workspace,
            action: result.action,
            files: result.plan.files.map((file) => ({
                path: file.path,
                owner: file.owner,
                action: file.action,
                ...(file.note ? { note: file.note } : {}),
            })),
            written: result.written,
            labels: result.labels.map(labelCommand),
        }, null, 2));
    }
    else {
        io.out(describeInit(result));
    }
    if (conflicts.length === 0 || result.dryRun)
        return errors_EXIT.ok;
    io.err(`error: conflicting changes to resolve in ${conflicts.map((file) => file.path).join(', ')}: edit out the <<<<<<< ======= >>>>>>> markers, keeping what you want, then commit.`);
    return errors_EXIT.failed;
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
__webpack_unused_export__ = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
__webpack_unused_export__ = identity.isScalar;
__webpack_unused_export__ = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
__webpack_unused_export__ = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
__webpack_unused_export__ = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


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
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
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
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(91);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
