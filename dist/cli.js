#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 91:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(307);

try {
    process.exitCode = await (0,_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .a)(process.argv.slice(2), {
        out: (text) => process.stdout.write(`${text}\n`),
        err: (text) => process.stderr.write(`${text}\n`),
        cwd: process.cwd(),
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

/***/ 307:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
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

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: ./src/apply/apply.ts
// The only code that writes the workspace. It writes nothing outside it (symlinks are resolved, not trusted),
// and it writes all of a plan or none of it: files are staged first, then moved into place, and a failure
// part-way restores what was there before. A refusal or a failed write throws a plain Error: it is the
// workspace's or the machine's state, not something the request can change.


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
    const toWrite = files.filter((file) => file.action === 'create' || file.action === 'update');
    const targets = toWrite.map((file) => checkTarget(root, file.path));
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
        toWrite.forEach((file, index) => {
            const target = targets[index];
            const missing = [];
            for (let dir = (0,external_node_path_namespaceObject.dirname)(target); !(0,external_node_fs_namespaceObject.existsSync)(dir); dir = (0,external_node_path_namespaceObject.dirname)(dir))
                missing.unshift(dir);
            for (const dir of missing) {
                (0,external_node_fs_namespaceObject.mkdirSync)(dir);
                createdDirs.push(dir);
            }
            if (file.action === 'update' && (0,external_node_fs_namespaceObject.existsSync)(target)) {
                const backup = (0,external_node_path_namespaceObject.join)(staging, `${index}.backup`);
                (0,external_node_fs_namespaceObject.renameSync)(target, backup);
                backups.push({ target, backup });
            }
            (0,external_node_fs_namespaceObject.renameSync)((0,external_node_path_namespaceObject.join)(staging, `${index}`), target);
            placed.push(target);
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
    return { written: toWrite.map((file) => file.path) };
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/layout.ts
// The fixed places of a generated workspace, named once for every stage (request validation, planning, verify,
// delivery). test/layout.test.ts holds each against the template tree, so templates/ and this file cannot
// part. The APIs go wherever the `directory` input says (`packages/` by default); the shared CDK workspace
// does not follow them: it is always `packages/`, next to however many APIs live in `services/` or elsewhere.
/** The npm workspace of the CDK packages every API shares (its package.json, solution tsconfig, lock). */
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
    return [`${projectRoot}/uv.lock`, `${CDK_WORKSPACE_DIR}/package-lock.json`];
}
/** The places above by the names the workflow scripts use (`fastapi-scaffold layout` prints them). */
const LAYOUT = {
    CDK_WORKSPACE_DIR,
    CONSTRUCTS_DIR,
    INFRA_DIR,
    RECORDS_DIR,
};

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
// and the CLI flags are all checked against this list by test/request/schema-drift.test.ts.
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
function inputSpec(id) {
    const spec = REQUEST_INPUTS.find((input) => input.id === id);
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
        throw new UserError('name is required');
    if (name.length > 64)
        throw new UserError(`name is too long (${name.length} characters, at most 64)`);
    if (!/^[A-Za-z][A-Za-z0-9 _-]*$/.test(name)) {
        throw new UserError(`name ${quote(name)} must start with a letter and contain only ASCII letters, digits, spaces, "-" and "_"`);
    }
    const names = apiNames(name);
    if (names.projectName.length < 2)
        throw new UserError(`name ${quote(name)} is too short`);
    if (names.projectName.length > MAX_PROJECT_NAME) {
        throw new UserError(`name ${quote(name)} gives project ${names.projectName}, longer than ${MAX_PROJECT_NAME} characters`);
    }
    if (PYTHON_KEYWORDS.has(names.moduleName)) {
        throw new UserError(`name ${quote(name)} gives module ${names.moduleName}, a Python keyword`);
    }
    if (PYTHON_STDLIB_MODULES.has(names.moduleName)) {
        throw new UserError(`name ${quote(name)} gives module ${names.moduleName}, which would shadow the Python standard library module of that name`);
    }
    if (PYTHON_RESERVED_MODULES.has(names.moduleName)) {
        throw new UserError(`name ${quote(name)} gives module ${names.moduleName}, which would shadow a package the generated project depends on`);
    }
    return { name, names };
}
function validateDirectory(raw) {
    const value = (raw ?? '').trim();
    const directory = value === '' ? inputSpec('directory').default : value.replace(/\/+$/, '');
    if (directory.length > 100)
        throw new UserError('directory is too long (at most 100 characters)');
    if (directory.startsWith('/') || /^[A-Za-z]:/.test(directory) || directory.includes('\\')) {
        throw new UserError(`directory ${quote(directory)} must be a relative path with "/" separators`);
    }
    const segments = directory.split('/');
    if (segments.length > 4)
        throw new UserError(`directory ${quote(directory)} is nested too deep (at most 4 levels)`);
    for (const segment of segments) {
        if (segment === '' || segment === '.' || segment === '..') {
            throw new UserError(`directory ${quote(directory)} must not contain empty, "." or ".." segments`);
        }
        if (!/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(segment)) {
            throw new UserError(`directory ${quote(directory)}: each part must start with a letter or digit and contain only letters, digits, "-" and "_"`);
        }
        if (segment === 'node_modules')
            throw new UserError('directory must not be inside node_modules');
    }
    return directory;
}
function validateChoice(id, raw, choices) {
    const spec = inputSpec(id);
    const value = (raw ?? '').trim().toLowerCase();
    if (value === '')
        return spec.default;
    if (!choices.includes(value)) {
        throw new UserError(`${id} must be one of ${choices.join(', ')} (got ${quote(raw.trim())})`);
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
        throw new UserError('auth cognito needs api-type http-api: a Function URL accepts only iam or none');
    }
    const projectRoot = `${directory}/${name.names.projectName}`;
    const owned = GENERATOR_OWNED_PATHS.find((path) => pathsOverlap(projectRoot, path));
    if (owned) {
        throw new UserError(`project path ${projectRoot} collides with ${owned}, which the generator owns`);
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

;// CONCATENATED MODULE: ./src/plan/provenance.ts
// The record kept for each API at `.scaffold/<project>.json`: what was asked, by which tool and templates,
// and the hash of every file written. It lets later generations list the workspace's APIs, tell an
// untouched generated file from one a person edited, and upgrade templates safely.




const PROVENANCE_SCHEMA = 1;
function sha256(text) {
    return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(text).digest('hex');
}
function provenancePath(projectName) {
    return `${RECORDS_DIR}/${projectName}.json`;
}
function renderRecord(record) {
    return `${JSON.stringify(record, null, 2)}\n`;
}
/** Reads a record back; a record a person broke is reported (a UserError), not guessed at. */
function parseRecord(path, text) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        throw new UserError(`${path} is not valid JSON; restore it from git history`);
    }
    if (data?.schema !== PROVENANCE_SCHEMA ||
        typeof data.request !== 'object' ||
        typeof data.files !== 'object') {
        throw new UserError(`${path} is not a fastapi-scaffold record of schema ${PROVENANCE_SCHEMA}`);
    }
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
        throw new UserError(`${path}: ${error.message}`);
    }
    if (provenancePath(request.projectName) !== path) {
        throw new UserError(`${path} records project ${request.projectName}; its file name must match`);
    }
    return { record: data, request };
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
// owner    `user` (default): written once, never overwritten; `generated`: re-rendered freely, with a header.
// executable  the file is written with mode 755.





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
    for (const word of match[1].trim().split(/\s+/).filter(Boolean)) {
        const [key, value] = word.split('=', 2);
        if (key === 'owner' && (value === 'generated' || value === 'user'))
            owner = value;
        else if (key === 'executable' && value === undefined)
            executable = true;
        else
            throw new Error(`template ${source}: bad directive "${word}"`);
    }
    return { body: text.slice(match[0].length), owner, executable };
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
function checkKeys(source, tokens) {
    for (const token of tokens) {
        const [type, value] = token;
        if (type === 'name' || type === '&' || type === '#' || type === '^') {
            const key = value.split('.')[0];
            if (value !== '.' && !VIEW_KEYS.has(key)) {
                throw new Error(`template ${source} uses unknown key "${value}"`);
            }
        }
        if (token[4])
            checkKeys(source, token[4]);
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
function loadTemplates(root) {
    const hash = (0,external_node_crypto_namespaceObject.createHash)('sha256');
    const templates = walk(root).map((source) => {
        const text = (0,external_node_fs_namespaceObject.readFileSync)((0,external_node_path_namespaceObject.join)(root, source), 'utf8');
        hash.update(source).update('\0').update(text).update('\0');
        const parsed = parseDirective(source, text);
        const when = conditions(source);
        checkKeys(source, mustache_mustache.parse(parsed.body));
        const unconditional = source
            .split('/')
            .filter((segment) => !CONDITION_SEGMENT.test(segment))
            .join('/');
        for (const placeholder of unconditional.matchAll(/__([A-Za-z]+)__/g)) {
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
/** The header that marks a generated file; `undefined` for formats without comments (JSON). */
function generatedHeader(path, view) {
    const extension = path.slice(path.lastIndexOf('.') + 1);
    const style = COMMENT_STYLES[extension];
    if (!style)
        return undefined;
    const [open, close] = style;
    return (`${open}Generated by ${view.toolName} ${view.toolVersion}. Do not edit: the next generation replaces this file${close}\n` +
        `${open}(and refuses to run while it differs from what was generated).${close}\n`);
}
function renderBody(template, view, path) {
    const text = mustache_mustache.render(template.body, view, {}, { escape: (value) => value });
    if (template.owner !== 'generated')
        return text;
    const header = generatedHeader(path, view);
    if (!header)
        return text;
    // Keep a shebang on the first line, where the kernel looks for it.
    if (text.startsWith('#!')) {
        const end = text.indexOf('\n') + 1;
        return text.slice(0, end) + header + text.slice(end);
    }
    return header + text;
}

;// CONCATENATED MODULE: ./src/plan/plan.ts
// Decides what a generation writes: every file with its owner, content and action, or throws a UserError
// with the one reason it cannot go ahead. Pure apart from reading templates and the workspace.




/** The APIs the workspace's provenance records name, with the hashes of their generated files. */
function existingApis(workspace) {
    const requests = [];
    const knownHashes = new Map();
    for (const path of workspace.recordPaths()) {
        const state = workspace.file(path);
        if (state.kind !== 'file')
            throw new UserError(`${path} is not a regular file`);
        const parsed = parseRecord(path, state.content);
        requests.push(parsed.request);
        for (const [file, entry] of Object.entries(parsed.record.files)) {
            if (entry.owner !== 'generated')
                continue;
            const hashes = knownHashes.get(file) ?? new Set();
            hashes.add(entry.sha256);
            knownHashes.set(file, hashes);
        }
    }
    return { requests, knownHashes };
}
/** Every API generated into the workspace, as its provenance record asked for it, sorted by project name. */
function recordedApis(workspace) {
    return existingApis(workspace).requests.sort((a, b) => a.projectName.localeCompare(b.projectName));
}
function decide(path, owner, content, workspace, knownHashes) {
    const state = workspace.file(path);
    switch (state.kind) {
        case 'absent':
            return 'create';
        case 'file':
            if (owner === 'user')
                return 'keep';
            if (state.content === content)
                return 'unchanged';
            if (knownHashes.get(path)?.has(sha256(state.content)))
                return 'update';
            throw new UserError(`${path} differs from what fastapi-scaffold generated (edited by hand?); move your change to a file you own, or delete the file to let it be generated again`);
        default:
            throw new UserError(`${path} exists as a ${state.kind}, where a file would be written`);
    }
}
function planGeneration(request, templateSet, workspace, tool) {
    const { requests, knownHashes } = existingApis(workspace);
    const recordPath = provenancePath(request.projectName);
    const previous = requests.find((api) => api.projectName === request.projectName);
    if (previous) {
        throw new UserError(`API ${request.projectName} already exists (${previous.projectRoot}, recorded in ${recordPath})`);
    }
    if (workspace.file(request.projectRoot).kind !== 'absent') {
        throw new UserError(`${request.projectRoot} already exists; choose another name or directory`);
    }
    const apis = [...requests, request].sort((a, b) => a.projectName.localeCompare(b.projectName));
    const view = {
        ...apiView(request),
        apis: apis.map(apiView),
        toolName: tool.name,
        toolVersion: tool.version,
    };
    const files = [];
    for (const template of templateSet.templates) {
        if (!template.when.every((key) => view[key] === true))
            continue;
        const path = renderPath(template, view);
        const content = renderBody(template, view, path);
        const action = decide(path, template.owner, content, workspace, knownHashes);
        files.push({
            path,
            owner: template.owner,
            action,
            content,
            executable: template.executable,
        });
    }
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
        files: Object.fromEntries(files
            .filter((file) => file.action !== 'keep')
            .map((file) => [file.path, { owner: file.owner, sha256: sha256(file.content) }])),
    };
    const recordContent = renderRecord(record);
    files.push({
        path: recordPath,
        owner: 'generated',
        action: decide(recordPath, 'generated', recordContent, workspace, knownHashes),
        content: recordContent,
        executable: false,
    });
    return { request, files, apis };
}

;// CONCATENATED MODULE: ./src/plan/workspace.ts
// Read-only view of the workspace a plan is made against.



function diskWorkspace(root) {
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
                .filter((name) => name.endsWith('.json'))
                .sort()
                .map((name) => `${RECORDS_DIR}/${name}`);
        },
    };
}

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
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
// API shares, then runs its checks side by side: the type-check of both packages (one `tsc -b` over the
// workspace's solution tsconfig), the constructs' tests, the app's tests and its synth. None of these needs
// another's result, so none waits for another (a type error does not skip the tests, it is reported next
// to their results), and on two CPUs the type-check, which parses all of aws-cdk-lib's declarations, runs
// while the tests and the synth use the other. Which infrastructure steps exist is read from the
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
    const workspaceRoot = (0,external_node_path_namespaceObject.join)(workspace, CDK_WORKSPACE_DIR);
    if ((0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(workspaceRoot, 'package.json'))) {
        installs.push(npmInstall(CDK_WORKSPACE_DIR, workspaceRoot, install));
    }
    else {
        for (const dir of packages)
            installs.push(npmInstall(dir, (0,external_node_path_namespaceObject.join)(workspace, dir), install));
    }
    // One `tsc -b` for both packages: its projects share what they both load (all of aws-cdk-lib's
    // declarations), where two `tsc` processes would each parse them.
    const solution = (0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(workspaceRoot, 'package.json')) && solutionCovers(workspace, packages);
    const typeCheck = solution
        ? {
            name: 'types',
            steps: [
                {
                    name: 'tsc',
                    project: CDK_WORKSPACE_DIR,
                    command: 'tsc -b',
                    argv: () => [localBin('tsc', workspaceRoot, workspace), '-b'],
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

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
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






/** Runs tasks side by side, or one after another. */
async function runAll(tasks, sequential) {
    if (!sequential)
        return Promise.all(tasks.map((task) => task()));
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
async function runLane(lane, workspace, env, report, sequential, signal) {
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
        const result = report(await runStep(step, workspace, env, signal));
        results.push(result);
        if (result.status === 'failed') {
            const rest = { ...lane, steps: lane.steps.slice(index + 1) };
            return [...results, ...skipLane(rest, result, report)];
        }
    }
    const following = await runAll((lane.then ?? []).map((next) => () => runLane(next, workspace, env, report, sequential, signal)), sequential);
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
        const sequential = options.sequential ?? false;
        const run = (lane) => () => runLane(lane, root, env, report, sequential, options.signal);
        const python = target.apis.map((api) => run(pythonLane(api, context)));
        const lanes = [
            async () => (await runAll(python, true)).flat(),
            ...(target.infra ? [run(infraLane(context))] : []),
        ];
        const results = await runAll(lanes, sequential);
        return results.flat();
    }
    finally {
        (0,external_node_fs_namespaceObject.rmSync)(scratch, { recursive: true, force: true });
    }
}
function checksFailed(checks) {
    return checks.some((check) => check.status === 'failed');
}

;// CONCATENATED MODULE: ./src/generate.ts
// The local story, shared by the CLI and the action's worktree: plan → apply → verify for a parsed request.
// A request or workspace problem throws a UserError; a failed write throws a plain Error and leaves the
// workspace as it was.






function generate(request, options) {
    if (!isDirectory(options.workspace)) {
        throw new UserError(`workspace ${options.workspace} is not a directory`);
    }
    const plan = planGeneration(request, options.templates, diskWorkspace(options.workspace), options.tool);
    if (options.dryRun)
        return { plan, written: [], dryRun: true };
    const { written } = applyPlan(options.workspace, plan.files);
    return { plan, written, dryRun: false };
}
/**
 * `generate`, then the verify stage on what it wrote. A failed check does not undo the write: the files are
 * there, and the failure is in `checks`.
 */
async function generateAndVerify(request, options) {
    const generated = generate(request, options);
    if (generated.dryRun || options.verify === false)
        return { ...generated, checks: null };
    const checks = await verifyWorkspace(options.workspace, { apis: [generated.plan.request], infra: true }, options.verify ?? {});
    return { ...generated, checks };
}
function isDirectory(path) {
    try {
        return (0,external_node_fs_namespaceObject.statSync)(path).isDirectory();
    }
    catch {
        return false;
    }
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
        .map((check) => `<details><summary>${check.name} output</summary>\n\n${fenced(check.detail)}\n\n</details>`);
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
// What a plan does to each file, drawn as the project's tree with one symbol per action: the text the CLI
// prints and the Files section of the pull request.


/** Each action's symbol in the tree, and its name in the terminal's and the pull request's legend. */
const ACTIONS = {
    create: { symbol: '+', text: 'create', markdown: 'created' },
    update: { symbol: '~', text: 'update', markdown: 'updated' },
    unchanged: { symbol: '=', text: 'unchanged', markdown: 'unchanged' },
    keep: { symbol: '·', text: 'kept (yours)', markdown: 'yours, kept' },
};
const LEGEND = Object.entries(ACTIONS);
function planTree(plan) {
    return renderTree(plan.files.map((file) => ({
        path: file.path,
        note: `${ACTIONS[file.action].symbol} ${file.owner}`,
    })));
}
function countOf(plan, action) {
    return plan.files.filter((file) => file.action === action).length;
}
/** What the CLI prints after generating, or after planning on a dry run. */
function describePlan(plan, outcome) {
    const { request } = plan;
    const count = (action) => countOf(plan, action);
    const summary = outcome.dryRun
        ? `Dry run: ${count('create')} to create, ${count('update')} to update, ${count('keep')} to keep; nothing written.`
        : `${outcome.written.length} files written (${count('create')} created, ${count('update')} updated, ${count('keep')} kept as you had them).`;
    return [
        `${request.projectName}: module ${request.moduleName}, class ${request.className}, in ${request.projectRoot}`,
        `api-type ${request.apiType} · auth ${request.auth} · architecture ${request.architecture}`,
        '',
        planTree(plan),
        '',
        LEGEND.map(([, { symbol, text }]) => `${symbol} ${text}`).join('  '),
        summary,
        ...(outcome.dryRun ? [] : ['', `Next: cd ${request.projectRoot} && uv sync && uv run pytest`]),
    ].join('\n');
}
/** The pull request's Files section. */
function formatPlanMarkdown(plan) {
    const legend = LEGEND.map(([action, { symbol, markdown }]) => `\`${symbol}\` ${markdown} (${countOf(plan, action)})`).join(' · ');
    return [
        fenced(planTree(plan)),
        `${legend}. _generated_ files are rewritten by every run; _user_ files are written once and then belong to you.`,
    ].join('\n\n');
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
function toolInfo() {
    const pkg = JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(`${ROOT}/package.json`, 'utf8'));
    return { name: pkg.name, version: pkg.version };
}

;// CONCATENATED MODULE: ./src/cli.ts
// The local edge: CLI flags in, a report and an exit code out (src/errors.ts: 0 success, 2 a request the user
// must fix, 1 anything else, including a failed check of the generated project: its files stay written).
//   generate  render a new API into the workspace, then run its checks
//   verify    run the checks of APIs already in the workspace (after an interrupted run, or on a pull request)
//   layout    print the fixed places of a generated workspace, for the workflow scripts















const USAGE = `Usage: fastapi-scaffold generate --name NAME [options]
       fastapi-scaffold verify [--name NAME ...] [--only python|infra] [--workspace W] [--json]
       fastapi-scaffold layout [--json]

generate: renders a FastAPI service for AWS Lambda, with its CDK constructs, into a workspace, then runs its
checks. verify: runs the checks of APIs already generated there (every API unless --name says which), and of
the shared CDK packages. layout: prints the fixed places of a generated workspace as shell assignments
(or JSON), so scripts name them from one source.

Options:
${REQUEST_INPUTS.map((input) => {
    const values = input.options
        ? ` (${input.options.map((option) => option.value).join(' | ')})`
        : '';
    const fallback = input.default ? ` [default: ${input.default}]` : '';
    return `  --${input.id.padEnd(14)} ${input.label}${values}${fallback}`;
}).join('\n')}
  --only L          verify only: python (the APIs' projects) or infra (the CDK packages)
  --workspace W     Workspace root [default: current directory]
  --dry-run         Show the plan as a tree; write nothing
  --no-verify       Do not run the generated project's checks
  --json            Print the result as JSON
  -h, --help        Show this help
  --version         Show the version`;
const OPTIONS = {
    ...Object.fromEntries(REQUEST_INPUTS.map((input) => [input.id, { type: 'string' }])),
    // verify takes several; generate one.
    name: { type: 'string', multiple: true },
    only: { type: 'string' },
    workspace: { type: 'string' },
    'dry-run': { type: 'boolean' },
    'no-verify': { type: 'boolean' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean' },
};
function verifyStatus(checks) {
    if (checks === null)
        return 'skipped';
    return checksFailed(checks) ? 'failed' : 'passed';
}
function describeChecks(checks, dryRun) {
    if (dryRun)
        return '';
    if (checks === null)
        return 'Checks skipped (--no-verify).';
    return `Checks of the generated project:\n\n${formatChecksTable(checks)}`;
}
/** What the CLI says about anything thrown (one line; with --json also a JSON object), and its exit code. */
function reportError(io, error, json) {
    const code = exitCodeFor(error);
    if (json) {
        io.out(JSON.stringify({ ok: false, userError: code === EXIT.userError, error: messageOf(error) }, null, 2));
    }
    io.err(`error: ${messageOf(error)}`);
    return code;
}
function progressLine(check) {
    const time = check.status === 'skipped' ? '' : ` (${formatDuration(check.durationMs)})`;
    return `  ${check.status.padEnd(7)} ${check.name} in ${check.project}${time}`;
}
function asJson(outcome) {
    const { request, files } = outcome.plan;
    return JSON.stringify({
        ok: true,
        dryRun: outcome.dryRun,
        request,
        files: files.map((file) => ({
            path: file.path,
            owner: file.owner,
            action: file.action,
            executable: file.executable,
        })),
        written: outcome.written,
        apis: outcome.plan.apis.map((api) => api.projectName),
        verify: verifyStatus(outcome.checks),
        checks: outcome.checks,
    }, null, 2);
}
async function runCli(argv, io) {
    let parsed;
    try {
        parsed = (0,external_node_util_namespaceObject.parseArgs)({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
    }
    catch (error) {
        io.err(`error: ${error.message.split('\n')[0]}. See --help.`);
        return 2;
    }
    const { values, positionals } = parsed;
    if (values.help) {
        io.out(USAGE);
        return 0;
    }
    if (values.version) {
        io.out(toolInfo().version);
        return 0;
    }
    const command = positionals.length === 1 ? positionals[0] : undefined;
    if (command === 'layout') {
        io.out(values.json
            ? JSON.stringify(LAYOUT, null, 2)
            : Object.entries(LAYOUT)
                .map(([key, value]) => `${key}=${value}`)
                .join('\n'));
        return EXIT.ok;
    }
    if (command !== 'generate' && command !== 'verify') {
        io.err(`error: expected the command "generate", "verify" or "layout"${positionals.length ? `, got "${positionals.join(' ')}"` : ''}. See --help.`);
        return EXIT.userError;
    }
    const workspace = (0,external_node_path_namespaceObject.resolve)(io.cwd, values.workspace ?? '.');
    if (command === 'verify')
        return verifyCommand(values, workspace, io);
    if ((values.name?.length ?? 0) > 1 || values.only !== undefined) {
        io.err('error: generate takes one --name and no --only. See --help.');
        return EXIT.userError;
    }
    const flags = values;
    const raw = Object.fromEntries(REQUEST_INPUTS.map((input) => [
        input.id,
        input.id === 'name' ? values.name?.[0] : flags[input.id],
    ]));
    const dryRun = values['dry-run'] ?? false;
    const verify = !values['no-verify'] && !dryRun;
    let announced = false;
    const showProgress = (check) => {
        if (!announced)
            io.err('Checking the generated project (--no-verify skips this):');
        announced = true;
        io.err(progressLine(check));
    };
    let outcome;
    try {
        outcome = await generateAndVerify(parseRequest(raw), {
            workspace,
            templates: loadTemplates(TEMPLATES_DIR),
            tool: toolInfo(),
            dryRun,
            verify: verify
                ? {
                    ...(io.env ? { env: io.env } : {}),
                    ...(values.json ? {} : { onCheck: showProgress }),
                }
                : false,
        });
    }
    catch (error) {
        return reportError(io, error, values.json ?? false);
    }
    if (values.json)
        io.out(asJson(outcome));
    else {
        io.out([describePlan(outcome.plan, outcome), describeChecks(outcome.checks, outcome.dryRun)]
            .filter(Boolean)
            .join('\n\n'));
    }
    if (outcome.checks && checksFailed(outcome.checks)) {
        const failed = outcome.checks
            .filter((check) => check.status === 'failed')
            .map((check) => check.name);
        io.err(`error: ${failed.length === 1 ? 'a check' : `${failed.length} checks`} of the generated project failed (${failed.join(', ')}); the files stay written in ${workspace}. Fix the cause and re-run the failing command in its project directory.`);
        return EXIT.failed;
    }
    return EXIT.ok;
}
/** The APIs `verify` checks: those named (any spelling of their name), else every API in the workspace. */
function apisToVerify(workspace, names) {
    const recorded = recordedApis(diskWorkspace(workspace));
    if (recorded.length === 0) {
        throw new UserError(`${workspace} holds no generated API (no records in ${RECORDS_DIR}/); run fastapi-scaffold generate first`);
    }
    if (names.length === 0)
        return recorded;
    return names.map((name) => {
        const projectName = apiNames(name.trim()).projectName;
        const found = recorded.find((api) => api.projectName === projectName);
        if (!found) {
            throw new UserError(`no API ${projectName} in ${workspace}; it holds ${recorded.map((api) => api.projectName).join(', ')}`);
        }
        return found;
    });
}
async function verifyCommand(values, workspace, io) {
    const requestOnly = REQUEST_INPUTS.filter((input) => input.id !== 'name').find((input) => values[input.id] !== undefined);
    if (requestOnly || values['dry-run'] || values['no-verify']) {
        io.err(`error: verify checks what the workspace holds; it takes --name, --only, --workspace and --json${requestOnly ? ` (not --${requestOnly.id}: change an API with its request)` : ''}. See --help.`);
        return EXIT.userError;
    }
    if (values.only !== undefined && values.only !== 'python' && values.only !== 'infra') {
        io.err(`error: --only must be python or infra (got ${JSON.stringify(values.only)})`);
        return EXIT.userError;
    }
    let apis;
    try {
        apis = apisToVerify(workspace, values.name ?? []);
    }
    catch (error) {
        return reportError(io, error, values.json ?? false);
    }
    const target = {
        apis: values.only === 'infra' ? [] : apis,
        infra: values.only !== 'python',
    };
    if (!values.json) {
        io.err(`Checking ${[...target.apis.map((api) => api.projectRoot), ...(target.infra ? ['the CDK packages'] : [])].join(', ')}:`);
    }
    const checks = await verifyWorkspace(workspace, target, {
        ...(io.env ? { env: io.env } : {}),
        ...(values.json ? {} : { onCheck: (check) => io.err(progressLine(check)) }),
    });
    const failed = checksFailed(checks);
    if (values.json) {
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
        return EXIT.ok;
    io.err(`error: ${checks
        .filter((check) => check.status === 'failed')
        .map((check) => `${check.name} (${check.project})`)
        .join(', ')} failed`);
    return EXIT.failed;
}


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
