// scripts/workflows/pr-checks.sh python: which projects it checks and with what, against a stub uv.
import { spawnSync } from 'node:child_process';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { tempWorkspace } from '../helpers.js';
import { installStubs } from '../verify/stubs.js';
import { workspaceWithApis } from './fixtures.js';

const PR_CHECKS = fileURLToPath(new URL('../../scripts/workflows/pr-checks.sh', import.meta.url));

function git(cwd: string, ...args: string[]) {
  const result = spawnSync(
    'git',
    ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args],
    {
      cwd,
      encoding: 'utf8',
    },
  );
  expect(result.status, result.stderr).toBe(0);
}

function prChecks(workspace: string, args: string[], env: NodeJS.ProcessEnv) {
  const result = spawnSync('bash', [PR_CHECKS, '--workspace', workspace, ...args], {
    encoding: 'utf8',
    env: { ...env, PATH: `${env.PATH}:${process.env.PATH}` },
  });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

describe('pr-checks.sh python', () => {
  it('lints and tests only the projects changed since the base, locking where no uv.lock exists', () => {
    const workspace = workspaceWithApis([
      ['orders', 'Orders', 'iam'],
      ['payments', 'Payments', 'iam'],
    ]);
    writeFileSync(join(workspace, 'packages/payments/uv.lock'), 'version = 1\n');
    git(workspace, 'init', '-q');
    git(workspace, 'add', '-A');
    git(workspace, 'commit', '-qm', 'base');
    writeFileSync(join(workspace, 'packages/orders/main.py'), 'x = 1\n');
    git(workspace, 'add', '-A');
    git(workspace, 'commit', '-qm', 'change orders');

    const stubs = installStubs();
    const { code, out } = prChecks(workspace, ['python', '--changed-from', 'HEAD~1'], stubs.env);
    expect(code, out).toBe(0);
    // The checks are the verify stage's (fastapi-scaffold verify), run for the changed project only.
    const orders = join(workspace, 'packages/orders');
    expect(stubs.calls().map((call) => call.replace(/--junitxml=[^|]+/, '--junitxml=…'))).toEqual([
      `uv lock|${orders}`,
      `uv sync --locked|${orders}`,
      `uv run --no-sync ruff check --no-cache|${orders}`,
      `uv run --no-sync ruff format --check --no-cache|${orders}`,
      `uv run --no-sync pytest -p no:cacheprovider --junitxml=…|${orders}`,
    ]);
    expect(out).toMatch(/verify --workspace \S+ --only python --name orders\n/);

    const none = installStubs();
    const unchanged = prChecks(workspace, ['python', '--changed-from', 'HEAD'], none.env);
    expect(unchanged.code).toBe(0);
    expect(unchanged.out).toContain('No API project changed');
    expect(none.calls()).toEqual([]);
  });

  it('stops at the first failing check and fails, showing its output', () => {
    const workspace = workspaceWithApis([['orders', 'Orders', 'iam']]);
    writeFileSync(join(workspace, 'packages/orders/uv.lock'), 'version = 1\n');
    const stubs = installStubs({ fail: 'ruff format' });
    const { code, out } = prChecks(workspace, ['python'], stubs.env);
    expect(code).toBe(1);
    expect(out).toContain('boom from uv run --no-sync ruff format --check --no-cache');
    expect(out).toContain('error: ruff-format (packages/orders) failed');
    expect(stubs.calls().map((call) => call.split('|')[0])).toEqual([
      'uv sync --locked',
      'uv run --no-sync ruff check --no-cache',
      'uv run --no-sync ruff format --check --no-cache',
    ]);
  });
});

describe('the changed-API detection of pr-checks.sh (scripts/workflows/apis.mjs)', () => {
  const apis = fileURLToPath(new URL('../../scripts/workflows/apis.mjs', import.meta.url));
  const changed = (workspace: string) =>
    spawnSync(process.execPath, [apis, '--workspace', workspace, '--changed-from', 'HEAD~1'], {
      encoding: 'utf8',
    }).stdout;
  const base = () => {
    const workspace = workspaceWithApis([
      ['orders', 'Orders', 'iam'],
      ['payments', 'Payments', 'iam'],
    ]);
    writeFileSync(join(workspace, 'packages/orders/uv.lock'), 'version = 1\n');
    writeFileSync(join(workspace, 'package-lock.json'), '{}\n');
    git(workspace, 'init', '-q');
    git(workspace, 'add', '-A');
    git(workspace, 'commit', '-qm', 'base');
    return workspace;
  };

  it('finds the changed API of a workspace that init set up in a subdirectory of the repository', () => {
    const repository = tempWorkspace();
    const workspace = join(repository, 'services');
    renameSync(
      workspaceWithApis([
        ['orders', 'Orders', 'iam'],
        ['payments', 'Payments', 'iam'],
      ]),
      workspace,
    );
    writeFileSync(join(repository, 'README.md'), '# Services\n');
    git(repository, 'init', '-q');
    git(repository, 'add', '-A');
    git(repository, 'commit', '-qm', 'base');
    writeFileSync(join(workspace, 'packages/orders/main.py'), 'x = 1\n');
    writeFileSync(join(repository, 'README.md'), '# Services, changed\n');
    git(repository, 'add', '-A');
    git(repository, 'commit', '-qm', 'change orders');
    expect(changed(workspace)).toBe('packages/orders\n');
  });

  it("checks an API whose pull request only bumps its uv.lock (Dependabot's uv update)", () => {
    const workspace = base();
    writeFileSync(join(workspace, 'packages/orders/uv.lock'), 'version = 1\n# bumped\n');
    git(workspace, 'commit', '-qam', 'Bump fastapi in /packages/orders');
    expect(changed(workspace)).toBe('packages/orders\n');
  });

  it('leaves a pull request that only bumps the root lock to the infrastructure checks', () => {
    const workspace = base();
    writeFileSync(join(workspace, 'package-lock.json'), '{"bumped": true}\n');
    git(workspace, 'commit', '-qam', 'Bump aws-cdk-lib');
    expect(changed(workspace)).toBe('');
    // ...which the workflow runs for it: the root lock is one of its paths.
    const workflow = parse(
      readFileSync(
        fileURLToPath(new URL('../../.github/workflows/pr-checks.yml', import.meta.url)),
        'utf8',
      ),
    );
    expect(workflow.on.pull_request.paths).toEqual(
      expect.arrayContaining(['package-lock.json', '**/uv.lock']),
    );
  });
});

describe('the checks action (checks/action.yml), as a repository of its own runs it', () => {
  it("runs the action's own copy of pr-checks.sh on the checkout it is called in", () => {
    const ROOT = fileURLToPath(new URL('../../', import.meta.url));
    const action = parse(readFileSync(join(ROOT, 'checks/action.yml'), 'utf8'));
    const step = action.runs.steps.find(
      (candidate: { if?: string }) => candidate.if === "inputs.part == 'python'",
    );
    const workspace = workspaceWithApis([['orders', 'Orders', 'iam']]);
    git(workspace, 'init', '-q');
    git(workspace, 'add', '-A');
    git(workspace, 'commit', '-qm', 'base');
    writeFileSync(join(workspace, 'packages/orders/uv.lock'), 'version = 1\n');
    git(workspace, 'add', '-A');
    git(workspace, 'commit', '-qm', 'Bump in /packages/orders');
    const stubs = installStubs();
    // The runner's view: the step's env (github.action_path is the action's folder), in the checkout.
    const result = spawnSync('bash', ['-e', '-c', step.run], {
      cwd: workspace,
      encoding: 'utf8',
      env: {
        ...stubs.env,
        PATH: `${stubs.env.PATH}:${process.env.PATH}`,
        ACTION_PATH: join(ROOT, 'checks'),
        WORKSPACE_DIR: '.',
        BASE_SHA: 'HEAD~1',
      },
    });
    expect(result.status, `${result.stdout}${result.stderr}`).toBe(0);
    expect(stubs.calls()).toContain(`uv sync --locked|${join(workspace, 'packages/orders')}`);
  });
});
