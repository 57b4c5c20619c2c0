// The generated API on the Python its Lambda function runs: the version its pyproject.toml pins, taken from
// scripts/ci/runtime-python.sh (which makes one from Debian's packages when this machine has none). The
// constructs' bundling script builds the bundle for this machine's CPU; that Python imports the handler
// from it as Lambda would, writing no bytecode; the project's own tests pass on it; and the verify stage
// runs none of the Python checks on another version when it is missing. Slow: PyPI, and Debian's archive
// the first time.

import { execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { delimiter, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../src/plan/plan.js';
import type { RawRequest } from '../../src/request/request.js';
import { verifyWorkspace } from '../../src/verify/verify.js';
import { generateReal, snapshotTree, tempWorkspace } from '../helpers.js';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const MINUTES = 60_000;
const ARCHITECTURE = process.arch === 'arm64' ? 'arm64' : 'x86_64';
const PROJECT = 'packages/orders-api';
const MODULE = 'orders_api';

const workspaces: string[] = [];
let workspace: string;
let project: string;
let bundle: string;
/** The runtime's interpreter, its version (`3.15`) and its bytecode tag (`cpython-315`). */
let python: string;
let version: string;
let tag: string;
/** This process's environment, with the runtime's Python findable by uv (at the end of PATH). */
let env: NodeJS.ProcessEnv;

function temp(prefix: string): string {
  const dir = tempWorkspace(prefix);
  workspaces.push(dir);
  return dir;
}

function generated(raw: RawRequest): { root: string; plan: Plan } {
  const root = temp('fastapi-scaffold-bundle-');
  return { root, plan: generateReal(raw, root).plan };
}

/** The constructs' bundle script on the generated API, as the `bundle` target (or with --link, the synth) runs it. */
function bundleInto(out: string, flags: string[] = []) {
  const script = join(workspace, 'packages/common/constructs/scripts/bundle-python.mjs');
  return run(process.execPath, [script, ...flags, PROJECT, ARCHITECTURE, out], workspace);
}

function run(command: string, args: string[], cwd: string, extra: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(command, args, {
    cwd,
    env: { ...env, ...extra },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return result;
}

function expectSuccess(result: SpawnSyncReturns<string>): void {
  if (result.status !== 0) {
    throw new Error(`exit ${result.status}\n${result.stdout}\n${result.stderr}`.slice(-20_000));
  }
}

/** Every file under `root`, relative to it. */
function files(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

/** Every file under `root` with its mode and a hash of its bytes: what a zip of it would hold. */
function contents(root: string): Record<string, string> {
  return Object.fromEntries(
    files(root).map((file) => {
      const path = join(root, file);
      const bytes = createHash('sha256').update(readFileSync(path)).digest('hex');
      return [file, `${(statSync(path).mode & 0o777).toString(8)} ${bytes}`];
    }),
  );
}

/** The flags word of a .pyc header (PEP 552): 0b01 hash-based, 0b10 checked against the source. */
function pycFlags(path: string): number {
  const header = Buffer.alloc(8);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, header, 0, 8, 0);
  } finally {
    closeSync(fd);
  }
  return header.readUInt32LE(4);
}

beforeAll(() => {
  python = execFileSync('bash', [join(REPO, 'scripts/ci/runtime-python.sh')], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  }).trim();
  env = {
    ...process.env,
    PATH: `${process.env.PATH}${delimiter}${dirname(python)}`,
    VIRTUAL_ENV: undefined,
    NO_COLOR: '1',
    UV_PYTHON_DOWNLOADS: 'never',
  };
  workspace = generated({
    name: 'Orders API',
    'api-type': 'function-url',
    architecture: ARCHITECTURE,
  }).root;
  project = join(workspace, PROJECT);
  const pin = /^requires-python = "==(\d+\.\d+)\.\*"$/m.exec(
    readFileSync(join(project, 'pyproject.toml'), 'utf8'),
  );
  expect(pin, 'the project pins one Python version').not.toBeNull();
  version = pin![1]!;
  tag = `cpython-${version.replace('.', '')}`;
  expect(run(python, ['-c', 'import sys; print("%d.%d" % sys.version_info[:2])'], REPO).stdout.trim()).toBe(
    version,
  );

  expectSuccess(run('uv', ['lock'], project));
  bundle = join(workspace, 'bundle');
  const built = bundleInto(bundle);
  expectSuccess(built);
  console.log(built.stdout.trim());
}, 20 * MINUTES);

afterAll(() => {
  for (const root of workspaces) rmSync(root, { recursive: true, force: true });
});

describe(`the Lambda bundle of a generated API, on the runtime's Python`, () => {
  it("holds the runtime's bytecode for the app and every dependency, and no console scripts", () => {
    const shipped = files(bundle);
    const sources = shipped.filter((file) => file.endsWith('.py'));
    const pycs = shipped.filter((file) => file.endsWith('.pyc'));
    // The app, the web framework and a compiled dependency, at least.
    for (const source of [`${MODULE}/main.py`, 'fastapi/applications.py', 'pydantic_core/__init__.py']) {
      expect(sources, source).toContain(source);
    }
    const missing = sources.filter((source) => {
      const stem = source.slice(source.lastIndexOf('/') + 1, -'.py'.length);
      return !shipped.includes(join(dirname(source), '__pycache__', `${stem}.${tag}.pyc`));
    });
    expect(missing).toEqual([]);
    // Bytecode of no other Python, and none that compares itself with the read-only source at import.
    expect(pycs.filter((file) => !file.endsWith(`.${tag}.pyc`))).toEqual([]);
    expect(new Set(pycs.map((file) => pycFlags(join(bundle, file))))).toEqual(new Set([0b01]));
    // Console scripts whose first line names this machine's interpreter.
    expect(existsSync(join(bundle, 'bin'))).toBe(false);
    expect(existsSync(join(bundle, 'run.sh'))).toBe(true);
  });

  it('ships nothing Lambda never reads: install records, type stubs, C sources, Powertools’ Swagger UI', () => {
    const shipped = files(bundle);
    const unread = shipped.filter(
      (file) =>
        file.endsWith('.dist-info/RECORD') ||
        file.endsWith('.pyi') ||
        /\.[ch]$/.test(file) ||
        file.startsWith('aws_lambda_powertools/event_handler/openapi/swagger_ui/swagger-ui'),
    );
    expect(unread).toEqual([]);
    // What a distribution must carry stays: its metadata and its licenses.
    expect(shipped.some((file) => /^fastapi-[^/]+\.dist-info\/METADATA$/.test(file))).toBe(true);
    expect(shipped.some((file) => /^fastapi-[^/]+\.dist-info\/licenses\//.test(file))).toBe(true);
  });

  it('imports the handler as shipped: every bundled module from its bytecode, nothing written', () => {
    const before = snapshotTree(bundle);
    const imported = run(python, ['-v', '-c', `import ${MODULE}.main; ${MODULE}.main.handler`], bundle, {
      // As on Lambda: the task directory on the path, and no bytecode can be written there.
      PYTHONPATH: bundle,
      PYTHONDONTWRITEBYTECODE: '1',
      POWERTOOLS_SERVICE_NAME: 'OrdersApi',
      POWERTOOLS_METRICS_NAMESPACE: 'OrdersApi',
    });
    expectSuccess(imported);
    // `python -v` names where each module's code object came from: its .pyc, or its source when compiled.
    const loaded = [...imported.stderr.matchAll(/^# code object from '?([^'\n]+)'?$/gm)]
      .map((match) => match[1]!)
      .filter((path) => path.startsWith(`${bundle}/`));
    expect(loaded.length).toBeGreaterThan(100);
    expect(loaded.filter((path) => !path.endsWith(`.${tag}.pyc`))).toEqual([]);
    expect(snapshotTree(bundle)).toEqual(before);
  });

  it("passes its own tests on the runtime's Python", () => {
    expectSuccess(run('uv', ['sync', '--locked'], project));
    const interpreter = run('uv', ['run', '--no-sync', 'python', '-c', 'import sys; print(sys.version)'], project);
    expectSuccess(interpreter);
    expect(interpreter.stdout).toMatch(new RegExp(`^${version.replace('.', '\\.')}\\.`));
    const tests = run('uv', ['run', '--no-sync', 'pytest', '-q', '-p', 'no:cacheprovider'], project);
    expectSuccess(tests);
    expect(tests.stdout).toMatch(/\d+ passed/);
  }, 10 * MINUTES);

  it('fails the Python checks, and runs none of them on another Python, where the pinned version is missing', async () => {
    const { root, plan } = generated({ name: 'Orders API' });
    // The Python lane only: without the CDK packages the infrastructure lane has nothing to run.
    for (const dir of ['packages/common', 'packages/infra']) rmSync(join(root, dir), { recursive: true });
    // Every other Python stays findable (this machine's own python3 among them).
    const path = (process.env.PATH ?? '')
      .split(delimiter)
      .filter((dir) => dir && !existsSync(join(dir, `python${version}`)))
      .join(delimiter);
    const checks = await verifyWorkspace(root, { apis: [plan.request], infra: true }, {
      // No uv-managed Pythons either.
      env: { ...process.env, PATH: path, UV_PYTHON_INSTALL_DIR: temp('fastapi-scaffold-no-python-') },
    });
    const lane = checks.filter((check) => check.project === PROJECT);
    expect(lane.map((check) => `${check.name}:${check.status}`)).toEqual([
      'uv-lock:failed',
      'uv-sync:skipped',
      'ruff-check:skipped',
      'ruff-format:skipped',
      'pytest:skipped',
    ]);
    expect(lane[0]!.detail).toContain(`No interpreter found for Python ==${version}.*`);
    expect(lane[1]!.detail).toBe(`skipped: uv-lock failed in ${PROJECT}`);
    expect(existsSync(join(root, PROJECT, '.venv'))).toBe(false);
  }, 5 * MINUTES);
});

describe('the bundle cache of a generated API', () => {
  const REUSED = /is unchanged since build\/bundle-cache\/\S+ was built; reusing it/;
  /** What `module` of the bundle in `out` says its NAME is, imported from the bundle's bytecode. */
  const importedName = (out: string) => {
    const imported = run(python, ['-c', `from ${MODULE}.release import NAME; print(NAME)`], out, {
      PYTHONPATH: out,
      PYTHONDONTWRITEBYTECODE: '1',
    });
    expectSuccess(imported);
    return imported.stdout.trim();
  };

  it('gives an unchanged project the bundle a fresh build writes, byte for byte', () => {
    const reused = join(workspace, 'reused');
    const hit = bundleInto(reused, ['--link']);
    expectSuccess(hit);
    expect(hit.stdout).toMatch(REUSED);
    expect(contents(reused)).toEqual(contents(bundle));

    // Without the cache: built from nothing, in another directory, it is the same bundle.
    rmSync(join(project, 'build/bundle-cache'), { recursive: true });
    const fresh = join(workspace, 'fresh');
    const rebuilt = bundleInto(fresh);
    expectSuccess(rebuilt);
    expect(rebuilt.stdout).not.toMatch(REUSED);
    expect(contents(fresh)).toEqual(contents(bundle));
  }, 10 * MINUTES);

  it('builds again, with the change, when a module file or uv.lock changes', () => {
    const release = join(project, MODULE, 'release.py');
    const lock = join(project, 'uv.lock');
    const locked = readFileSync(lock, 'utf8');
    try {
      writeFileSync(release, 'NAME = "first"\n');
      const first = join(workspace, 'first');
      expectSuccess(bundleInto(first, ['--link']));
      expect(importedName(first)).toBe('first');

      // Bytecode that is never checked against its source (unchecked-hash): a stale bundle would say "first".
      writeFileSync(release, 'NAME = "second"\n');
      const second = join(workspace, 'second');
      const edited = bundleInto(second, ['--link']);
      expectSuccess(edited);
      expect(edited.stdout).not.toMatch(REUSED);
      expect(importedName(second)).toBe('second');
      expect(importedName(first)).toBe('first');

      writeFileSync(lock, `${locked}\n# edited\n`);
      const relocked = bundleInto(join(workspace, 'relocked'), ['--link']);
      expectSuccess(relocked);
      expect(relocked.stdout).not.toMatch(REUSED);
    } finally {
      rmSync(release, { force: true });
      writeFileSync(lock, locked);
    }
  }, 10 * MINUTES);

  it('fails a bundle that cannot be built, and leaves no partial bundle in the cache', () => {
    const lock = join(project, 'uv.lock');
    const locked = readFileSync(lock, 'utf8');
    const cache = join(project, 'build/bundle-cache');
    expectSuccess(bundleInto(join(workspace, 'before')));
    const entries = readdirSync(cache);
    try {
      writeFileSync(lock, 'this is not a lock file\n');
      const broken = join(workspace, 'broken');
      const failed = bundleInto(broken, ['--link']);
      expect(failed.status).toBe(1);
      expect(failed.stderr).toMatch(/bundle-python: uv export .* failed with exit code/);
      expect(existsSync(broken)).toBe(false);
      expect(readdirSync(cache)).toEqual(entries);
    } finally {
      writeFileSync(lock, locked);
    }
  }, 10 * MINUTES);
});
