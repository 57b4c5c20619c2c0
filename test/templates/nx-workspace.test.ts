// The generated workspace used the way its READMEs say: two APIs generated into a git repository that has
// its own package.json, nx.json and .gitignore (joined, not replaced), one `npm install` at the root, then
// Nx — an API's tests, the CDK synth, `nx affected` after a committed change to one API (that API and infra
// run, the other API does not, and a second run comes from the cache), `serve` with reload and the docs URLs
// on a port of our choosing — and `uv run fastapi dev`. Slow (npm install, uv, cdk synth with the uv
// bundling); needs the npm registry, PyPI and the runtime Python (scripts/ci/runtime-python.sh).

import { execFileSync, spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import {
  appendFileSync,
  existsSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateReal, tempWorkspace } from '../helpers.js';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const MINUTES = 60_000;

let workspace: string;
let env: NodeJS.ProcessEnv;

/** The tools' environment: the runtime Python findable by uv, Nx without daemon, cloud or TUI. */
function toolEnv(python: string): NodeJS.ProcessEnv {
  const base: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('VITEST') && !['NODE_ENV', 'TEST', 'VIRTUAL_ENV'].includes(key)) {
      base[key] = value;
    }
  }
  return {
    ...base,
    PATH: `${process.env.PATH}${delimiter}${dirname(python)}`,
    NX_DAEMON: 'false',
    NX_NO_CLOUD: 'true',
    NX_TUI: 'false',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    CI: 'true',
    UV_PYTHON_DOWNLOADS: 'never',
    AWS_EC2_METADATA_DISABLED: 'true',
    CDK_DISABLE_VERSION_CHECK: 'true',
  };
}

function run(command: string, args: string[], cwd = workspace): SpawnSyncReturns<string> {
  const started = Date.now();
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 << 20 });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`[${seconds}s] ${command} ${args.join(' ')} → exit ${result.status}`);
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(`exit ${result.status}\n${result.stdout}\n${result.stderr}`.slice(-20_000));
  }
  return result;
}

const git = (...args: string[]) => run('git', args);

/** The tasks an Nx run printed (`nx run orders:test`), each with whether it came from the cache. */
function tasks(output: string): Map<string, boolean> {
  const seen = new Map<string, boolean>();
  for (const line of output.split('\n')) {
    const match = /nx run ([\w-]+:[\w-]+)/.exec(line);
    if (match) seen.set(match[1]!, (seen.get(match[1]!) ?? false) || /cache/.test(line));
  }
  return seen;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

async function get(url: string): Promise<{ status: number; body: string } | undefined> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
    return { status: response.status, body: await response.text() };
  } catch {
    return undefined;
  }
}

async function until<T>(what: string, ms: number, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** Processes whose working directory is inside `dir`: what a server started there leaves if not stopped. */
function processesIn(dir: string): number[] {
  const root = realpathSync(dir);
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        const cwd = readlinkSync(`/proc/${pid}/cwd`);
        return cwd === root || cwd.startsWith(`${root}/`);
      } catch {
        return false;
      }
    })
    .map(Number);
}

/**
 * Runs `args` in `cwd` as its own process group while `body` runs, then stops the group and waits until no
 * process is left in the workspace (Nx runs a task in a session of its own and stops it when it is told
 * to stop); anything still there after that is killed and fails the test.
 */
async function withServer(
  command: string,
  args: string[],
  cwd: string,
  port: number,
  body: (base: string) => Promise<void>,
): Promise<void> {
  const child = spawn(command, args, {
    cwd,
    env: { ...env, PORT: String(port) },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    await body(`http://127.0.0.1:${port}`);
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${output.slice(-10_000)}`);
  } finally {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // Already gone.
    }
    await exited;
    const left = await until('the server to stop', 60_000, async () => {
      const pids = processesIn(workspace);
      return pids.length === 0 ? [] : undefined;
    }).catch(() => processesIn(workspace));
    for (const pid of left) process.kill(pid, 'SIGKILL');
    expect(left, 'processes left running in the workspace').toEqual([]);
  }
}

beforeAll(() => {
  const python = execFileSync('bash', [join(REPO, 'scripts/ci/runtime-python.sh')], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  }).trim();
  env = toolEnv(python);
  workspace = tempWorkspace('fastapi-scaffold-nx-');
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'test@example.com');
  git('config', 'user.name', 'Test');
  // A repository with its own root files, which the generator joins rather than replaces.
  writeFileSync(
    join(workspace, 'package.json'),
    `${JSON.stringify({ name: 'shop', private: true, description: 'Our services' }, null, 2)}\n`,
  );
  writeFileSync(
    join(workspace, 'nx.json'),
    `${JSON.stringify({ defaultBase: 'main', namedInputs: { sharedGlobals: [] } }, null, 2)}\n`,
  );
  writeFileSync(join(workspace, '.gitignore'), '*.log\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'Our repository');
  generateReal({ name: 'Orders' }, workspace);
  generateReal({ name: 'Billing', 'api-type': 'function-url' }, workspace);
  // The documented install: once, at the root.
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund']);
}, 20 * MINUTES);

afterAll(() => {
  if (workspace) rmSync(workspace, { recursive: true, force: true });
});

describe('the generated Nx workspace', () => {
  it('installs nx and both CDK packages at the root, with one aws-cdk-lib', () => {
    expect(JSON.parse(readFileSync(join(workspace, 'package.json'), 'utf8')).name).toBe('shop');
    expect(JSON.parse(readFileSync(join(workspace, 'nx.json'), 'utf8')).defaultBase).toBe('main');
    expect(existsSync(join(workspace, 'package-lock.json'))).toBe(true);
    expect(existsSync(join(workspace, 'node_modules/aws-cdk-lib/package.json'))).toBe(true);
    expect(existsSync(join(workspace, 'packages/node_modules'))).toBe(false);
    expect(existsSync(join(workspace, 'packages/infra/node_modules/aws-cdk-lib'))).toBe(false);
    const projects = JSON.parse(run('npx', ['nx', 'show', 'projects', '--json']).stdout);
    expect([...projects].sort()).toEqual(['billing', 'common-constructs', 'infra', 'orders']);
    // Neither what npm nor what Nx writes ends up in a commit.
    git('add', '-A');
    const staged = git('diff', '--cached', '--name-only').stdout.split('\n');
    expect(staged).toContain('package-lock.json');
    expect(staged.filter((path) => /(^|\/)(node_modules|\.nx)\//.test(path))).toEqual([]);
  });

  it("runs an API's tests: npx nx run orders:test", () => {
    const result = run('npx', ['nx', 'run', 'orders:test']);
    expect(result.stdout).toMatch(/\d+ passed/);
  }, 10 * MINUTES);

  it('synthesizes after building the constructs: npx nx run infra:synth', () => {
    const result = run('npx', ['nx', 'run', 'infra:synth']);
    expect([...tasks(result.stdout).keys()]).toEqual(
      expect.arrayContaining(['common-constructs:build', 'infra:synth']),
    );
    expect(readdirSync(join(workspace, 'packages/infra/cdk.out'))).toEqual(
      expect.arrayContaining([expect.stringMatching(/\.template\.json$/)]),
    );
  }, 15 * MINUTES);

  it('runs only what a change to one API affects, and the second time from the cache', () => {
    git('add', '-A');
    git('commit', '-q', '-m', 'Two APIs');
    appendFileSync(
      join(workspace, 'packages/orders/orders/main.py'),
      '\n\n@app.get("/ping")\nasync def ping() -> dict[str, str]:\n    return {"status": "ok"}\n',
    );
    git('commit', '-q', '-am', 'Orders: /ping');

    const args = ['nx', 'affected', '-t', 'lint', 'test', 'synth', '--base=HEAD~1'];
    const first = tasks(run('npx', args).stdout);
    expect([...first.keys()]).toEqual(
      expect.arrayContaining(['orders:lint', 'orders:test', 'infra:test', 'infra:synth']),
    );
    expect([...first.keys()].filter((task) => task.startsWith('billing:'))).toEqual([]);
    expect(first.get('orders:test')).toBe(false);

    const second = tasks(run('npx', args).stdout);
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    expect([...second.values()].every(Boolean), JSON.stringify([...second])).toBe(true);
  }, 20 * MINUTES);

  it('serves an API with reload and its docs: PORT=… npx nx run orders:serve', async () => {
    const port = await freePort();
    await withServer('npx', ['nx', 'run', 'orders:serve'], workspace, port, async (base) => {
      const openapi = await until('the server', 3 * MINUTES, async () => {
        const response = await get(`${base}/openapi.json`);
        return response?.status === 200 ? JSON.parse(response.body) : undefined;
      });
      expect(Object.keys(openapi.paths)).toContain('/ping');
      expect((await get(`${base}/docs`))?.body).toContain('swagger-ui');
      expect((await get(`${base}/redoc`))?.body).toContain('redoc');

      appendFileSync(
        join(workspace, 'packages/orders/orders/main.py'),
        '\n\n@app.get("/reloaded")\nasync def reloaded() -> dict[str, str]:\n    return {}\n',
      );
      await until('the reload', 2 * MINUTES, async () => {
        const response = await get(`${base}/openapi.json`);
        const paths = response?.status === 200 ? JSON.parse(response.body).paths : {};
        return '/reloaded' in paths ? true : undefined;
      });
    });
    git('checkout', '--', 'packages/orders/orders/main.py');
  }, 10 * MINUTES);

  it('serves an API the way FastAPI teaches: uv run fastapi dev, from the dev group only', async () => {
    const billing = join(workspace, 'packages/billing');
    const lock = readFileSync(join(billing, 'uv.lock'), 'utf8');
    const cli = /\[\[package\]\]\nname = "fastapi-cli"\nversion = "(\d+)\.(\d+)\.(\d+)"/.exec(lock);
    expect(cli, 'fastapi-cli in uv.lock').not.toBeNull();
    // [tool.fastapi] entrypoint is read from fastapi-cli 0.0.15 on.
    const [, major, minor, patch] = cli!.map(Number);
    expect(major! > 0 || minor! > 0 || patch! >= 15).toBe(true);

    const port = await freePort();
    await withServer(
      'uv',
      ['run', 'fastapi', 'dev', '--port', String(port)],
      billing,
      port,
      async (base) => {
        const openapi = await until('fastapi dev', 3 * MINUTES, async () => {
          const response = await get(`${base}/openapi.json`);
          return response?.status === 200 ? JSON.parse(response.body) : undefined;
        });
        expect(openapi.info.title).toBe('Billing');
      },
    );

    // The Lambda bundles cdk synth built hold the app, not the development server.
    const assembly = join(workspace, 'packages/infra/cdk.out');
    const bundles = readdirSync(assembly)
      .filter((name) => existsSync(join(assembly, name, 'billing')))
      .map((name) => readdirSync(join(assembly, name)));
    expect(bundles.length).toBeGreaterThan(0);
    for (const bundle of bundles) {
      expect(bundle).toContain('fastapi');
      expect(bundle).not.toContain('fastapi_cli');
    }
  }, 10 * MINUTES);
});
