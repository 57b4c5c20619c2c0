#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 91:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(448);

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

/***/ 448:
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
function lockFiles(projectRoot) {
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
/**
 * The operation and its request. A generate is a whole request, empty options taking their defaults; an
 * update names an API and changes only the options given, each checked as a request's would be.
 */
function parseAsk(raw) {
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
        throw new UserError(`${path} is not valid JSON; restore it from git history`);
    }
}
function checkFiles(path, files) {
    if (typeof files !== 'object' || files === null) {
        throw new UserError(`${path} has no "files" map; restore it from git history`);
    }
    for (const [file, entry] of Object.entries(files)) {
        const { owner, sha256: hash, lines } = (entry ?? {});
        if ((owner !== 'generated' && owner !== 'user') ||
            typeof hash !== 'string' ||
            (lines !== undefined &&
                (!Array.isArray(lines) || lines.some((line) => typeof line !== 'string')))) {
            throw new UserError(`${path}: the entry for ${file} is not a file record; restore it from git history`);
        }
    }
}
/** Reads an API record back; a record a person broke is reported (a UserError), not guessed at. */
function parseRecord(path, text) {
    const data = parseJson(path, text);
    if ((data?.schema !== 1 && data?.schema !== 2) || typeof data.request !== 'object') {
        throw new UserError(`${path} is not a fastapi-scaffold record of schema 1 or ${PROVENANCE_SCHEMA}${typeof data?.schema === 'number' && data.schema > PROVENANCE_SCHEMA ? ' (a newer fastapi-scaffold wrote it: upgrade the tool)' : ''}`);
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
        throw new UserError(`${path}: ${error.message}`);
    }
    if (provenancePath(request.projectName) !== path) {
        throw new UserError(`${path} records project ${request.projectName}; its file name must match`);
    }
    return { record: data, request };
}
function parseSharedRecord(path, text) {
    const data = parseJson(path, text);
    if (data?.schema !== PROVENANCE_SCHEMA) {
        throw new UserError(`${path} is not a fastapi-scaffold shared record of schema ${PROVENANCE_SCHEMA}`);
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
        throw new UserError(`${file}: "${path}" is ${kind(ours)} here, and fastapi-scaffold needs ${kind(theirs)} there to add ${JSON.stringify(theirs)}; change it by hand, then run again`);
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
        throw new UserError(`${file} (${whose}) is not valid JSON: ${error.message}`);
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
        throw new UserError(`${file}: expected a JSON object, found ${kind(mine)}; change it by hand, then run again`);
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

;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ./src/tool.ts
// Where the tool finds its own files. Works from `src/` (tests) and from the bundles in `dist/`, which both
// sit one level below the repository root.


// Plain string work on purpose: ncc statically rewrites path.resolve/join and `new URL(…, import.meta.url)`
// calls it can evaluate into asset copies, which would point inside dist/.
const PARTS = (0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url).split(/[\\/]/);
const ROOT = PARTS.slice(0, -2).join('/') || '/';
/**
 * The template set a bundle carries beside itself, checked and parsed when it was built (scripts/build.mjs).
 * The sources have none: beside them, this names no file.
 */
const COMPILED_TEMPLATES = `${PARTS.slice(0, -1).join('/')}/templates.json`;
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
        const children = token[4];
        if (Array.isArray(children))
            checkKeys(source, children, keys);
    }
}
// By UTF-16 code unit, not localeCompare: the order (and so the digest and dist/templates.json) must not depend
// on the locale of the machine that reads or bundles the templates.
const byCodeUnit = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
function walk(root, dir = '') {
    return (0,external_node_fs_namespaceObject.readdirSync)((0,external_node_path_namespaceObject.join)(root, dir), { withFileTypes: true })
        .sort((a, b) => byCodeUnit(a.name, b.name))
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
        const tokens = mustache_mustache.parse(parsed.body);
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
                !PATH_PLACEHOLDERS.includes(key)) {
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
            compiled = (0,external_node_fs_namespaceObject.readFileSync)(COMPILED_TEMPLATES, 'utf8');
        }
        catch (error) {
            if (error.code !== 'ENOENT')
                throw error;
        }
        shipped = compiled ? JSON.parse(compiled) : loadTemplates(TEMPLATES_DIR);
    }
    return shipped;
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
// Renders the tokens each template was parsed into when it was loaded (or built), not its text: the
// high-level Mustache.render would parse the text again.
const writer = new mustache_mustache.Writer();
function renderBody(template, view, path, header = HEADER) {
    const text = writer.renderTokens(template.tokens, new mustache_mustache.Context(view), {}, template.body, { escape: (value) => value });
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
        throw new UserError(`${path} is not a regular file`);
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
    return [...apis].sort((a, b) => byCodeUnit(a.projectName, b.projectName));
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
        .sort((a, b) => byCodeUnit(a.request.projectName, b.request.projectName));
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
        throw new UserError(`${file.path} exists as a ${state.kind}, where a file would be written`);
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
        throw new UserError(`API ${request.projectName} already exists (${existing.projectRoot}, recorded in ${provenancePath(request.projectName)}); change or upgrade it with: fastapi-scaffold update --name ${request.projectName}`);
    }
    if (workspace.file(request.projectRoot).kind !== 'absent') {
        throw new UserError(`${request.projectRoot} already exists; choose another name or directory`);
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
    throw new UserError(apis.length === 0
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
        throw new UserError(`workspace ${options.workspace} is not a directory`);
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
async function requireCheckout(g, workspace) {
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
        throw new UserError(`--action-ref must be OWNER/REPO@REF (a commit SHA, tag or branch), e.g. fastapi-scaffold/fastapi-scaffold@v0.2.0 (got ${JSON.stringify(text)})`);
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
        throw new UserError(`cannot resolve ${repository}@${ref} at ${url} (${why}); pin a commit with --action-ref ${repository}@<sha>`);
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

;// CONCATENATED MODULE: ./src/labels.ts
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
        throw new UserError(`${WORKSPACE_RECORD_PATH} is not a regular file`);
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
        throw new UserError(inside);
    if (parts.includes('..'))
        throw new UserError(`${inside}, without ".."`);
    const odd = parts.find((part) => !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(part));
    if (odd !== undefined) {
        throw new UserError(`${setting} ${JSON.stringify(value)}: each part must start with a letter or digit and contain only letters, digits, ".", "-" and "_"`);
    }
    return parts.length === 0 ? '.' : parts.join('/');
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
        name: RETRY_LABEL,
        color: 'FBCA04',
        description: 'Approves the scaffold request as it reads now and runs it again',
    },
    {
        name: CHECKS_FAILED_LABEL,
        color: 'D93F0B',
        description: 'The checks of the generated service failed: see the pull request',
    },
    {
        name: CONFLICTS_LABEL,
        color: 'B60205',
        description: 'An upgrade left conflict markers to resolve',
    },
    { name: PULL_REQUEST_LABEL, color: '0E8A16', description: 'Opened by fastapi-scaffold' },
];
async function topLevel(cwd, env) {
    const result = await git_git(cwd, env ? { env } : {})(['rev-parse', '--show-toplevel'], {
        allowFailure: true,
    });
    if (result.code !== 0) {
        throw new UserError(`${cwd} is not in a git repository (${reason(result.stderr)}); run init inside the repository to set up, or \`git init\` first`);
    }
    return result.stdout.trim();
}
async function init(options) {
    const root = await topLevel(options.cwd, options.env);
    const within = (0,external_node_path_namespaceObject.relative)(root, (0,external_node_path_namespaceObject.resolve)(options.cwd, options.workspace));
    if (within === '..' || within.startsWith(`..${external_node_path_namespaceObject.sep}`) || (0,external_node_path_namespaceObject.resolve)(within) === within) {
        throw new UserError(`--workspace ${options.workspace} is outside the repository ${root}`);
    }
    const workspace = parseWorkspace(within.split(external_node_path_namespaceObject.sep).join('/'), '--workspace');
    const request = parseActionRef(options.actionRef ?? `${options.repository}@v${options.tool.version}`);
    const action = await resolveActionRef(request, options.serverUrl, git_git(root, options.env ? { env: options.env } : {}));
    const plan = planInit({
        action: { kind: 'pinned', ref: action, serverUrl: options.serverUrl },
        workspace,
        labels: LABELS,
    }, loadWorkspaceTemplates(WORKSPACE_TEMPLATES_DIR, shippedTemplates()), diskWorkspace(root), options.tool);
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
        '',
        'Labels the workflows use; create them once (GitHub CLI, in the repository):',
        ...result.labels.map((label) => `  ${labelCommand(label)}`),
        'and allow Actions to open pull requests: Settings → Actions → General → "Allow GitHub Actions to create and approve pull requests".',
    ];
    return lines.join('\n');
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
    return x !== y ? byCodeUnit(x, y) : byCodeUnit(a, b);
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
        fenced(planTree(plan)),
        `${legend}. _generated_ files belong to the generator and _user_ files to you; an edit to either is merged into later generations.`,
        ...(table ? [table] : []),
    ].join('\n\n');
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
            counts: () => ((0,external_node_fs_namespaceObject.existsSync)(junit) ? junitCounts((0,external_node_fs_namespaceObject.readFileSync)(junit, 'utf8')) : undefined),
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
    const script = external_node_path_namespaceObject.posix.join(CONSTRUCTS_DIR, 'scripts', 'bundle-python.mjs');
    if (!(0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(workspace, script)))
        return undefined;
    const fromProject = external_node_path_namespaceObject.posix.join(external_node_path_namespaceObject.posix.relative(request.projectRoot, '.'), script);
    const args = ['.', request.architecture, 'build/bundle'];
    return {
        name: 'bundle',
        project: request.projectRoot,
        command: `node ${fromProject} ${args.join(' ')}`,
        argv: () => ['node', (0,external_node_path_namespaceObject.join)(workspace, script), ...args],
        timeoutMs,
    };
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
/**
 * The install of `project`, an npm workspace root when `workspaces` names its packages. Where nothing is
 * installed yet (a fresh checkout: the action, a pull request's checks) only those packages' dependencies
 * are extracted (`-w` each): the root's own devDependencies, such as nx, are tools no check runs. npm
 * still resolves the whole workspace, so the lock it writes is the one a plain install writes. Where
 * node_modules is there (a person's workspace) everything is installed as before, so `npm ci` does not
 * leave it without the root's tools.
 */
function npmInstall(project, root, timeoutMs, workspaces = []) {
    const verb = (0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(root, 'package-lock.json')) ? 'ci' : 'install';
    const only = (0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(root, 'node_modules'))
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
        const members = packages.map((dir) => external_node_path_namespaceObject.posix.relative(shared, dir));
        installs.push(npmInstall(shared, (0,external_node_path_namespaceObject.join)(workspace, shared), install, members));
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
                throw new UserError(elsewhere);
            const names = options.map((candidate) => candidate.name);
            throw new UserError(`unknown option ${flag}${didYouMean(token.name, names, '--')}`);
        }
        const flag = `--${option.name}`;
        if (option.type === 'boolean') {
            if (token.inlineValue)
                throw new UserError(`${flag} takes no value (got ${token.rawName}=${token.value})`);
            values[option.name] = true;
            continue;
        }
        const value = token.value;
        if (value === undefined || (!token.inlineValue && value.startsWith('-'))) {
            throw new UserError(`${flag} needs a value${option.placeholder ? ` (${flag} ${option.placeholder})` : ''}`);
        }
        if (option.choices &&
            !option.input &&
            !option.choices.some((choice) => choice.value === value)) {
            throw new UserError(`${option.name} must be one of ${option.choices.map((choice) => choice.value).join(', ')} (got ${JSON.stringify(value)})`);
        }
        const previous = values[option.name];
        if (option.multiple)
            values[option.name] = [...(previous ?? []), value];
        else if (previous !== undefined)
            throw new UserError(`${flag} is given twice`);
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
    const rows = Object.keys(EXIT).map((key) => [String(EXIT[key]), EXIT_MEANINGS[key]]);
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
        range: JSON.parse(shippedTemplates().templates.find((template) => template.source === (0,external_node_path_namespaceObject.join)(NPM_WORKSPACE_DIR, 'package.json')).body).engines.node,
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
        const match = /^(>=|<=|>|<|\^|=)?v?(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(comparator);
        if (!match)
            return false;
        // A bound may name its major only (`>=24`), or its major and minor (`>=20.12`).
        const bound = [Number(match[2]), Number(match[3] ?? 0), Number(match[4] ?? 0)];
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
            throw new UserError(`${tool} (${requirement.range}) is not on PATH; ${requirement.install}${orElse}`);
        }
        if (version && !satisfies(version, requirement.range)) {
            throw new UserError(`${tool} ${version.join('.')} (${program}) is not supported (${requirement.range} is); ${requirement.install}${orElse}`);
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
            return EXIT.ok;
        },
    },
];
const ABOUT = 'fastapi-scaffold renders a FastAPI service for AWS Lambda with its AWS CDK constructs into a workspace, and runs its checks (uv, ruff, pytest, tsc, the construct tests, cdk synth with cdk-nag).';
const EVERY_OPTION = [...GLOBALS, ...COMMANDS.flatMap((command) => command.options)];
/** What the CLI says about anything thrown (one line; with --json also a JSON object), and its exit code. */
function reportError(io, error, json) {
    const code = exitCodeFor(error);
    if (json) {
        io.out(JSON.stringify({ ok: false, userError: code === EXIT.userError, error: messageOf(error) }, null, 2));
    }
    io.err(`error: ${messageOf(error)}`);
    return code;
}
function findCommand(name) {
    const command = COMMANDS.find((candidate) => candidate.name === name);
    if (command)
        return command;
    const names = COMMANDS.map((candidate) => candidate.name);
    const hint = didYouMean(name, [...names, 'help']) || `; the commands are ${names.join(', ')}`;
    throw new UserError(`unknown command ${name}${hint}`);
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
            return Promise.resolve(EXIT.ok);
        }
        if (first === undefined && flagged('version')) {
            io.out(toolInfo().version);
            return Promise.resolve(EXIT.ok);
        }
        if (first === undefined) {
            throw new UserError(`a command is needed: ${COMMANDS.map((command) => command.name).join(', ')} (see ${PROGRAM} --help)`);
        }
        const command = findCommand(first);
        if (flagged('help')) {
            io.out(commandHelp(PROGRAM, command));
            return Promise.resolve(EXIT.ok);
        }
        const { values, positionals } = readFlags(tokens, command.options, foreignFlag(command));
        if (positionals.length > 1) {
            throw new UserError(`${command.name} takes no argument ${JSON.stringify(positionals[1])}; flags start with -- (see ${PROGRAM} ${command.name} --help)`);
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
    const ask = parseAsk({ ...raw, operation: context.command.name });
    const early = interruption(io);
    if (early !== undefined)
        return interrupted(io, early, workspace, [], false);
    const options = {
        workspace,
        templates: shippedTemplates(),
        tool: toolInfo(),
        dryRun: switchFlag(values, 'dry-run'),
    };
    const generated = ask.operation === 'update'
        ? update({ name: ask.name, changes: ask.changes }, options)
        : generate(ask.request, options);
    const { plan } = generated;
    const conflicts = conflictsOf(plan);
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
        return EXIT.failed;
    }
    if (checks && checksFailed(checks)) {
        const failed = checks.filter((check) => check.status === 'failed').map((check) => check.name);
        io.err(`error: ${failed.length === 1 ? 'a check' : `${failed.length} checks`} of the generated project failed (${failed.join(', ')}); the files stay written in ${workspace}. Fix the cause and re-run the failing command in its project directory.`);
        return EXIT.failed;
    }
    return EXIT.ok;
}
/** The APIs `verify` checks: those named (any spelling of their name), else every API in the workspace. */
function apisToVerify(workspace, names) {
    const recorded = recordedApis(diskWorkspace(workspace));
    if (recorded.length === 0) {
        throw new UserError(`${workspace} holds no generated API (no records in ${RECORDS_DIR}/); run ${PROGRAM} generate first`);
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
        return EXIT.ok;
    io.err(`error: ${checks
        .filter((check) => check.status === 'failed')
        .map((check) => `${check.name} (${check.project})`)
        .join(', ')} failed`);
    return EXIT.failed;
}
async function outdatedCommand({ io, values, workspace }) {
    const apis = recordedVersions(diskWorkspace(workspace));
    const current = {
        tool: toolInfo(),
        digest: shippedTemplates().digest,
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
    return EXIT.ok;
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
        return EXIT.ok;
    io.err(`error: conflicting changes to resolve in ${conflicts.map((file) => file.path).join(', ')}: edit out the <<<<<<< ======= >>>>>>> markers, keeping what you want, then commit.`);
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
