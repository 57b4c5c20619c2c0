import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parseRequest } from '../../src/request/request.js';
import type { CheckResult } from '../../src/verify/types.js';
import { checksFailed, verifyWorkspace, type VerifyTarget } from '../../src/verify/verify.js';
import { tempWorkspace } from '../helpers.js';
import { installStubs, type StubOptions } from './stubs.js';

function targetFor(name: string): VerifyTarget {
  return { apis: [parseRequest({ name })], infra: true };
}

interface Layout {
  readonly uvLock?: boolean;
  readonly npmWorkspace?: boolean;
  readonly packageLock?: boolean;
  readonly infra?: boolean;
  /** packages/tsconfig.json referencing both packages, as the templates write it. */
  readonly solution?: boolean;
  /** The constructs' bundle script (run by the stand-in node). */
  readonly bundleScript?: boolean;
}

function workspaceWith(layout: Layout = {}): string {
  const {
    uvLock = false,
    npmWorkspace = true,
    packageLock = true,
    infra = true,
    solution = true,
    bundleScript = false,
  } = layout;
  const workspace = tempWorkspace();
  const write = (path: string, content: string) => {
    mkdirSync(join(workspace, path, '..'), { recursive: true });
    writeFileSync(join(workspace, path), content);
  };
  write('packages/orders/pyproject.toml', '[project]\nname = "orders"\n');
  if (uvLock) write('packages/orders/uv.lock', 'version = 1\n');
  if (!infra) return workspace;
  if (npmWorkspace) {
    write(
      'package.json',
      '{"private":true,"workspaces":["packages/common/constructs","packages/infra"]}\n',
    );
  }
  if (npmWorkspace && packageLock) write('package-lock.json', '{}\n');
  write('packages/common/constructs/package.json', '{"scripts":{"test":"vitest run"}}\n');
  write('packages/common/constructs/tsconfig.json', '{}\n');
  if (bundleScript) write('packages/common/constructs/scripts/bundle-python.mjs', '');
  write('packages/infra/package.json', '{"scripts":{}}\n');
  write('packages/infra/tsconfig.json', '{}\n');
  if (npmWorkspace && solution) {
    write(
      'packages/tsconfig.json',
      '{"files":[],"references":[{"path":"common/constructs"},{"path":"./infra/"}]}\n',
    );
  }
  return workspace;
}

const summary = (checks: readonly CheckResult[]) =>
  checks.map((check) => `${check.name}@${check.project}:${check.status}`);

describe('verifyWorkspace', () => {
  it('runs both lanes in order and reports every check with counts', async () => {
    const workspace = workspaceWith();
    const stubs = installStubs();
    const seen: string[] = [];
    const checks = await verifyWorkspace(workspace, targetFor('orders'), {
      env: stubs.env,
      onCheck: (check) => seen.push(check.name),
    });

    expect(summary(checks)).toEqual([
      'uv-lock@packages/orders:passed',
      'uv-sync@packages/orders:passed',
      'ruff-check@packages/orders:passed',
      'ruff-format@packages/orders:passed',
      'pytest@packages/orders:passed',
      'npm-install@.:passed',
      'tsc@packages:passed',
      'construct-tests@packages/common/constructs:passed',
      'cdk-synth@packages/infra:passed',
    ]);
    expect(checksFailed(checks)).toBe(false);
    expect(seen.sort()).toEqual(checks.map((check) => check.name).sort());
    expect(checks.find((check) => check.name === 'pytest')!.counts).toEqual({
      passed: 3,
      failed: 1,
      skipped: 1,
    });
    expect(checks.find((check) => check.name === 'construct-tests')!.counts).toEqual({
      passed: 3,
      failed: 0,
      skipped: 1,
    });
    for (const check of checks) expect(check.durationMs).toBeGreaterThanOrEqual(0);

    const calls = stubs.calls();
    const callIn = (prefix: string) => calls.find((call) => call.startsWith(prefix));
    expect(callIn('uv lock')).toBe(`uv lock|${join(workspace, 'packages/orders')}`);
    expect(callIn('uv sync')).toMatch(/^uv sync --locked\|/);
    // One install at the repository root, the npm workspace of both packages; nothing is installed yet,
    // so only the two packages' dependencies are extracted, not the root's own tools.
    expect(callIn('npm ci')).toBe(
      `npm ci -w packages/common/constructs -w packages/infra --prefer-offline --no-audit --no-fund|${workspace}`,
    );
    expect(checks.find((check) => check.name === 'npm-install')!.command).toBe(
      'npm ci -w packages/common/constructs -w packages/infra',
    );
    // One tsc -b over the solution tsconfig type-checks both packages.
    expect(calls.filter((call) => call.startsWith('tsc'))).toEqual([
      `tsc -b|${join(workspace, 'packages')}`,
    ]);
    expect(callIn('cdk')).toBe(
      `cdk synth --quiet --no-notices|${join(workspace, 'packages/infra')}`,
    );
    expect(callIn('uv run --no-sync pytest')).toMatch(/--junitxml=\S+\.xml\|/);
  });

  it('runs the Python and infrastructure lanes at the same time', async () => {
    // The stub `uv sync` gives up unless npm has started meanwhile: a sequential run would fail it.
    const stubs = installStubs({ waitForNpm: true });
    const checks = await verifyWorkspace(workspaceWith(), targetFor('orders'), { env: stubs.env });
    expect(checks.find((check) => check.name === 'uv-sync')!.status).toBe('passed');
  });

  it('skips the rest of a lane after a failure, with the reason and the failing output', async () => {
    const stubs = installStubs({ fail: 'ruff check' });
    const checks = await verifyWorkspace(workspaceWith({ uvLock: true }), targetFor('orders'), {
      env: stubs.env,
    });
    expect(summary(checks).slice(0, 4)).toEqual([
      'uv-sync@packages/orders:passed',
      'ruff-check@packages/orders:failed',
      'ruff-format@packages/orders:skipped',
      'pytest@packages/orders:skipped',
    ]);
    const failed = checks.find((check) => check.name === 'ruff-check')!;
    expect(failed.command).toBe('uv run ruff check');
    expect(failed.detail).toBe('line one of uv\nboom from uv run --no-sync ruff check --no-cache');
    expect(checks.find((check) => check.name === 'pytest')!.detail).toBe(
      'skipped: ruff-check failed in packages/orders',
    );
    // The other lane is unaffected.
    expect(checks.find((check) => check.name === 'cdk-synth')!.status).toBe('passed');
    expect(checksFailed(checks)).toBe(true);
  });

  it('checks types, the constructs and the app independently after one install', async () => {
    const testsFail = installStubs({ fail: 'npm test' });
    const afterTests = await verifyWorkspace(workspaceWith({ uvLock: true }), targetFor('orders'), {
      env: testsFail.env,
    });
    expect(summary(afterTests).slice(-3)).toEqual([
      'tsc@packages:passed',
      'construct-tests@packages/common/constructs:failed',
      'cdk-synth@packages/infra:passed',
    ]);

    // Tests and synth do not need the type-check: a type error is reported, and they still run.
    const typesFail = installStubs({ fail: 'tsc -b' });
    const afterTypes = await verifyWorkspace(workspaceWith({ uvLock: true }), targetFor('orders'), {
      env: typesFail.env,
    });
    expect(summary(afterTypes).slice(-3)).toEqual([
      'tsc@packages:failed',
      'construct-tests@packages/common/constructs:passed',
      'cdk-synth@packages/infra:passed',
    ]);
    expect(afterTypes.find((check) => check.name === 'tsc')!.command).toBe('tsc -b');

    const installFails = installStubs({ fail: 'npm ci' });
    const afterInstall = await verifyWorkspace(
      workspaceWith({ uvLock: true }),
      targetFor('orders'),
      {
        env: installFails.env,
      },
    );
    expect(summary(afterInstall).slice(-4)).toEqual([
      'npm-install@.:failed',
      'tsc@packages:skipped',
      'construct-tests@packages/common/constructs:skipped',
      'cdk-synth@packages/infra:skipped',
    ]);
    expect(afterInstall.at(-1)!.detail).toBe('skipped: npm-install failed in .');
  });

  it('type-checks each package before its checks without a solution tsconfig', async () => {
    const stubs = installStubs({ fail: 'tsc --noEmit -p tsconfig.json' });
    const workspace = workspaceWith({ uvLock: true, solution: false });
    const checks = await verifyWorkspace(workspace, targetFor('orders'), { env: stubs.env });
    expect(summary(checks).slice(-5)).toEqual([
      'npm-install@.:passed',
      'tsc-constructs@packages/common/constructs:failed',
      'construct-tests@packages/common/constructs:skipped',
      'tsc-infra@packages/infra:failed',
      'cdk-synth@packages/infra:skipped',
    ]);
    expect(stubs.calls().filter((call) => call.startsWith('tsc'))).toEqual(
      expect.arrayContaining([
        `tsc --noEmit -p tsconfig.json|${join(workspace, 'packages/common/constructs')}`,
        `tsc --noEmit -p tsconfig.json|${join(workspace, 'packages/infra')}`,
      ]),
    );
  });

  it('type-checks per package when the solution tsconfig leaves one out', async () => {
    const stubs = installStubs();
    const workspace = workspaceWith({ uvLock: true });
    writeFileSync(
      join(workspace, 'packages/tsconfig.json'),
      '{"files":[],"references":[{"path":"infra"}]}\n',
    );
    const checks = await verifyWorkspace(workspace, targetFor('orders'), { env: stubs.env });
    expect(checks.map((check) => check.name)).toEqual(
      expect.arrayContaining(['tsc-constructs', 'tsc-infra']),
    );
    expect(checks.some((check) => check.name === 'tsc')).toBe(false);
  });

  it('installs everything where node_modules is there already, so the root keeps its tools', async () => {
    const workspace = workspaceWith({ uvLock: true });
    mkdirSync(join(workspace, 'node_modules/nx'), { recursive: true });
    const stubs = installStubs();
    const checks = await verifyWorkspace(workspace, targetFor('orders'), { env: stubs.env });
    expect(checks.find((check) => check.name === 'npm-install')!.command).toBe('npm ci');
    expect(stubs.calls().find((call) => call.startsWith('npm ci'))).toBe(
      `npm ci --prefer-offline --no-audit --no-fund|${workspace}`,
    );
  });

  it('uses npm install without a lock and per package without an npm workspace root', async () => {
    const stubs = installStubs();
    const checks = await verifyWorkspace(
      workspaceWith({ uvLock: true, npmWorkspace: false }),
      targetFor('orders'),
      { env: stubs.env },
    );
    expect(
      checks
        .filter((check) => check.name === 'npm-install')
        .map((check) => [check.project, check.command]),
    ).toEqual([
      ['packages/common/constructs', 'npm install'],
      ['packages/infra', 'npm install'],
    ]);
    expect(stubs.calls().some((call) => call.startsWith('uv lock'))).toBe(false);
  });

  it('installs in packages/ a workspace generated before the root was the npm workspace', async () => {
    const stubs = installStubs();
    const workspace = workspaceWith({ uvLock: true, npmWorkspace: false });
    writeFileSync(
      join(workspace, 'packages/package.json'),
      '{"private":true,"workspaces":["common/constructs","infra"]}\n',
    );
    writeFileSync(
      join(workspace, 'packages/tsconfig.json'),
      '{"files":[],"references":[{"path":"common/constructs"},{"path":"infra"}]}\n',
    );
    const checks = await verifyWorkspace(workspace, targetFor('orders'), { env: stubs.env });
    // The members are named relative to packages/, where npm runs.
    expect(checks.find((check) => check.name === 'npm-install')!.command).toMatch(
      /^npm (ci|install) -w common\/constructs -w infra$/,
    );
    expect(summary(checks).slice(-4)).toEqual([
      'npm-install@packages:passed',
      'tsc@packages:passed',
      'construct-tests@packages/common/constructs:passed',
      'cdk-synth@packages/infra:passed',
    ]);
  });

  it('builds the Lambda bundle as the bundle target does, beside ruff and pytest', async () => {
    const workspace = workspaceWith({ uvLock: true, bundleScript: true });
    const stubs = installStubs();
    const checks = await verifyWorkspace(
      workspace,
      { apis: [parseRequest({ name: 'orders', architecture: 'x86_64' })], infra: true },
      { env: stubs.env },
    );
    expect(summary(checks).slice(0, 5)).toEqual([
      'uv-sync@packages/orders:passed',
      'ruff-check@packages/orders:passed',
      'ruff-format@packages/orders:passed',
      'pytest@packages/orders:passed',
      'bundle@packages/orders:passed',
    ]);
    expect(checks.find((check) => check.name === 'bundle')!.command).toBe(
      'node ../../packages/common/constructs/scripts/bundle-python.mjs . x86_64 build/bundle',
    );
    const script = join(workspace, 'packages/common/constructs/scripts/bundle-python.mjs');
    expect(stubs.calls().filter((call) => call.startsWith('node'))).toEqual([
      `node ${script} . x86_64 build/bundle|${join(workspace, 'packages/orders')}`,
    ]);
  });

  it('fails where the bundle cannot be built, and still runs ruff and pytest', async () => {
    const stubs = installStubs({ fail: 'bundle-python.mjs' });
    const checks = await verifyWorkspace(
      workspaceWith({ uvLock: true, bundleScript: true }),
      targetFor('orders'),
      { env: stubs.env },
    );
    expect(summary(checks).slice(0, 5)).toEqual([
      'uv-sync@packages/orders:passed',
      'ruff-check@packages/orders:passed',
      'ruff-format@packages/orders:passed',
      'pytest@packages/orders:passed',
      'bundle@packages/orders:failed',
    ]);
    expect(checks.find((check) => check.name === 'bundle')!.detail).toMatch(
      /^line one of node\nboom from node \S+\/bundle-python\.mjs \. arm64 build\/bundle$/,
    );
    expect(checksFailed(checks)).toBe(true);
  });

  it('reports a workspace without CDK packages as a skipped lane', async () => {
    const stubs = installStubs();
    const checks = await verifyWorkspace(workspaceWith({ infra: false }), targetFor('orders'), {
      env: stubs.env,
    });
    const infra = checks.at(-1)!;
    expect(infra).toMatchObject({
      name: 'infrastructure',
      status: 'skipped',
      project: 'packages/infra',
    });
    expect(infra.detail).toMatch(/packages\/infra\/package\.json is missing/);
  });

  it('fails a check that outlives its deadline and ends its process', async () => {
    const stubs = installStubs({ sleep: 30 });
    const started = Date.now();
    const checks = await verifyWorkspace(
      workspaceWith({ uvLock: true, infra: false }),
      targetFor('orders'),
      {
        env: stubs.env,
        timeoutMs: 500,
      },
    );
    const sync = checks.find((check) => check.name === 'uv-sync')!;
    expect(sync.status).toBe('failed');
    expect(sync.detail).toMatch(/^timed out after 1 s/);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('says which program is missing', async () => {
    const checks = await verifyWorkspace(
      workspaceWith({ uvLock: true, infra: false }),
      targetFor('orders'),
      {
        env: { PATH: '/nonexistent' },
      },
    );
    expect(checks[0]).toMatchObject({
      name: 'uv-sync',
      status: 'failed',
      detail: 'uv is not installed or not on PATH',
    });
  });

  it('starts every tool with an allow-listed environment: no token, no runner secrets, no job files', async () => {
    const stubs = installStubs();
    const runner = tempWorkspace('fastapi-scaffold-runner-');
    const token = 'ghs_verifyEnvTokenThatNoToolMaySee0123456789';
    const jobFiles = Object.fromEntries(
      ['GITHUB_STEP_SUMMARY', 'GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STATE'].map(
        (name) => [name, join(runner, name.toLowerCase())],
      ),
    );
    for (const file of Object.values(jobFiles)) writeFileSync(file, '');
    // What a runner hands an action, and what a workflow may add to it.
    const forbidden = {
      'INPUT_GITHUB-TOKEN': token,
      INPUT_NAME: 'orders',
      ACTIONS_RUNTIME_TOKEN: token,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: token,
      ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.actions.example/',
      ACTIONS_CACHE_URL: 'https://artifactcache.actions.example/',
      ACTIONS_RESULTS_URL: 'https://results-receiver.actions.example/',
      GITHUB_TOKEN: token,
      GH_TOKEN: token,
      GITHUB_ACTIONS: 'true',
      GITHUB_REPOSITORY: 'octo/orders',
      ...jobFiles,
      GIT_CONFIG_COUNT: '1',
      GIT_CONFIG_KEY_0: 'http.https://github.com/.extraheader',
      GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`,
      RUNNER_TEMP: runner,
      NODE_AUTH_TOKEN: token,
      NODE_OPTIONS: '--require /elsewhere/hook.js',
      AWS_SECRET_ACCESS_KEY: token,
      VIRTUAL_ENV: '/elsewhere/.venv',
      PYTHONPATH: '/elsewhere',
    };
    // What the tools need to reach their registries and caches the way the user set them up.
    const allowed = {
      HOME: runner,
      LANG: 'C.UTF-8',
      LC_ALL: 'C.UTF-8',
      TZ: 'UTC',
      HTTPS_PROXY: 'http://proxy.example:3128',
      https_proxy: 'http://proxy.example:3128',
      NO_PROXY: '127.0.0.1,localhost',
      no_proxy: '127.0.0.1,localhost',
      SSL_CERT_FILE: '/etc/ssl/certs/ca-certificates.crt',
      NODE_EXTRA_CA_CERTS: '/etc/ssl/certs/ca-certificates.crt',
      REQUESTS_CA_BUNDLE: '/etc/ssl/certs/ca-certificates.crt',
      UV_CACHE_DIR: join(runner, 'uv-cache'),
      UV_INDEX_URL: 'https://pypi.example/simple',
      npm_config_registry: 'https://npm.example/',
      NPM_CONFIG_USERCONFIG: join(runner, 'npmrc'),
      XDG_CACHE_HOME: join(runner, 'cache'),
      LD_LIBRARY_PATH: '/opt/hostedtoolcache/Python/3.13.1/x64/lib',
    };

    const checks = await verifyWorkspace(workspaceWith(), targetFor('orders'), {
      env: { ...stubs.env, ...forbidden, ...allowed },
    });

    expect(checksFailed(checks)).toBe(false);
    const seen = stubs.seen();
    expect(new Set(seen.map((call) => call.command.split(' ')[0]))).toEqual(
      new Set(['uv', 'npm', 'tsc', 'cdk']),
    );
    for (const call of seen) {
      expect(call.raw, `${call.command} saw the token`).not.toContain(token);
      expect(
        Object.keys(call.env).filter((name) => name in forbidden),
        call.command,
      ).toEqual([]);
      expect(call.env, call.command).toMatchObject({ ...allowed, PATH: stubs.env.PATH });
    }
    // The stand-ins write to every job file they are given: none was.
    for (const file of Object.values(jobFiles)) expect(readFileSync(file, 'utf8')).toBe('');
  });

  it("leaves nothing in the caller's TMPDIR, whether the checks pass, fail or time out", async () => {
    const runs: { options: StubOptions; timeoutMs?: number; failed?: string }[] = [
      { options: {} },
      { options: { fail: 'pytest' }, failed: 'pytest' },
      { options: { sleep: 30 }, timeoutMs: 1_000, failed: 'uv-sync' },
    ];
    const prepared = runs.map((run) => ({
      ...run,
      stubs: installStubs(run.options),
      workspace: workspaceWith(),
    }));
    const callerTmp = tempWorkspace('fastapi-scaffold-caller-tmp-');
    vi.stubEnv('TMPDIR', callerTmp);
    try {
      for (const { stubs, workspace, timeoutMs, failed } of prepared) {
        const checks = await verifyWorkspace(workspace, targetFor('orders'), {
          env: { ...stubs.env, TMPDIR: callerTmp },
          ...(timeoutMs ? { timeoutMs } : {}),
        });
        const failures = checks.filter((check) => check.status === 'failed');
        expect(failures.map((check) => check.name)).toEqual(failed ? [failed] : []);
        // Every tool got the run's own temp dir (each stand-in leaves a directory there); it is gone.
        const seen = stubs.seen();
        const tmpDirs = new Set(seen.map((call) => call.env.TMPDIR));
        expect(tmpDirs.size, [...tmpDirs].join(', ')).toBe(1);
        const [runTmp] = tmpDirs;
        expect(runTmp).toBeTruthy();
        expect(existsSync(runTmp!)).toBe(false);
        expect(readdirSync(callerTmp)).toEqual([]);
      }
    } finally {
      vi.unstubAllEnvs();
      rmSync(callerTmp, { recursive: true, force: true });
    }
  });
});
