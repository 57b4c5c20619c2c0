// A team's own repository adopts the tool: `init` writes its workflows, pinned to a release of this action, and
// the runner then does what those workflows say. The action's repository is served from a local directory
// (GITHUB_SERVER_URL=file://…) with its release tag; the runner downloads the pinned commit to a directory of
// its own (as it does for `uses: owner/repo@sha`), starts the step's `runs.main` with the step's `with:` values,
// the workflow's dispatch inputs substituted, and the action generates, verifies and opens its pull request
// through the GitHub stand-in. It runs the real checks of the generated API, so it sits in the toolchain tier.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { toolInfo, toolRepository } from '../../src/tool.js';
import { commitRepositoryAsItIs, runProcess } from '../helpers.js';
import { startFakeGitHub, type FakeGitHub } from './github-server.js';
import { readOutputs, runnerEnv, runnerFiles } from './runner.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'dist/cli.js');
const { version: VERSION } = toolInfo();
const ACTION = toolRepository();
const OWNER = 'octo-org';
const TOKEN = 'ghs_consumerE2eTokenThatMustNeverBePrinted01';

let scratch: string;
/** The stand-in for the GitHub server's git side: `<server>/<owner>/<repo>` bare repositories. */
let server: string;
let release: string;

function git(cwd: string, ...args: string[]): string {
  return execFileSync(
    'git',
    [
      '-c',
      'user.name=Dev',
      '-c',
      'user.email=dev@example.com',
      '-c',
      'init.defaultBranch=main',
      ...args,
    ],
    { cwd, encoding: 'utf8' },
  ).trim();
}

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'fastapi-scaffold-consumer-'));
  server = join(scratch, 'server');
  // This repository as released: its commit tagged v<version>, on the server where init resolves the tag.
  const source = join(scratch, 'action-source');
  release = commitRepositoryAsItIs(source);
  git(source, 'tag', '-a', `v${VERSION}`, '-m', `v${VERSION}`);
  const bare = join(server, ACTION);
  mkdirSync(bare, { recursive: true });
  git(bare, 'init', '-q', '--bare');
  git(source, 'push', '-q', bare, 'HEAD:refs/heads/main', '--tags');
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Consumer {
  /** The repository on the server. */
  readonly remote: string;
  /** A person's clone of it. */
  readonly clone: string;
}

/** A team's repository on the server, with `files` committed (none: just a first commit). */
function consumerRepository(name: string, files: Record<string, string>): Consumer {
  const remote = join(server, OWNER, name);
  mkdirSync(remote, { recursive: true });
  git(remote, 'init', '-q', '--bare');
  const clone = join(scratch, `${name}-clone`);
  git(scratch, 'clone', '-q', remote, clone);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(clone, path, '..'), { recursive: true });
    writeFileSync(join(clone, path), text);
  }
  git(clone, 'add', '-A');
  git(clone, 'commit', '-q', '--allow-empty', '-m', 'Our repository');
  git(clone, 'push', '-q', 'origin', 'main');
  return { remote, clone };
}

const initCli = (args: string[], cwd: string) =>
  runProcess('node', [CLI, 'init', ...args], {
    cwd,
    env: { ...process.env, NO_COLOR: '1', GITHUB_SERVER_URL: `file://${server}` },
  });

interface Step {
  readonly uses?: string;
  readonly with?: Record<string, string>;
}
interface Workflow {
  readonly on: { workflow_dispatch: { inputs: Record<string, { default?: unknown }> } };
  readonly jobs: Record<string, { steps: Step[] }>;
}

/** `${{ inputs.NAME }}` as GitHub evaluates it for a dispatch: the value given, else the input's default. */
function evaluate(value: string, given: Record<string, string>, workflow: Workflow): string {
  return value.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, name: string) => {
    const fallback = workflow.on.workflow_dispatch.inputs[name]?.default;
    return given[name] ?? (fallback === undefined ? '' : String(fallback));
  });
}

const stateFor = (repo: string) => ({
  owner: OWNER,
  repo,
  defaultBranch: 'main',
  roles: { 'maintainer-mia': 'maintain' },
  issues: new Map(),
  pulls: [],
  staleListings: 0,
});

let github: FakeGitHub | undefined;
afterEach(async () => {
  await github?.close();
  expect(github?.violations ?? [], "requests or answers outside GitHub's published API").toEqual(
    [],
  );
  github = undefined;
});

/**
 * Runs the scaffold-dispatch workflow of `consumer`'s default branch for `given` the way the runner does: a
 * shallow checkout without credentials, the pinned action downloaded at its commit, its step started with the
 * evaluated `with:` values. Returns the run and the steps' pins.
 */
async function dispatch(consumer: Consumer, repo: string, given: Record<string, string>) {
  const runDir = join(scratch, `${repo}-run`);
  mkdirSync(runDir);
  const workspace = join(runDir, 'workspace');
  git(runDir, 'clone', '-q', '--depth=1', `file://${consumer.remote}`, workspace);
  const workflow = parse(
    readFileSync(join(workspace, '.github/workflows/scaffold-dispatch.yml'), 'utf8'),
  ) as Workflow;
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
  const pins = steps.flatMap((step) => (step.uses?.startsWith(`${ACTION}`) ? [step.uses] : []));
  const step = steps.find((candidate) => candidate.uses?.startsWith(`${ACTION}@`));
  if (!step?.uses) throw new Error(`no step uses ${ACTION}@…`);
  const sha = step.uses.slice(ACTION.length + 1);

  // The runner's copy of the action: the repository at that commit, beside the workspace, not in it.
  const actionDir = join(runDir, '_actions', ACTION, sha);
  git(runDir, 'clone', '-q', `file://${join(server, ACTION)}`, actionDir);
  git(actionDir, 'checkout', '-q', '--detach', sha);
  const metadata = parse(readFileSync(join(actionDir, 'action.yml'), 'utf8')) as {
    runs: { using: string; main: string };
  };

  const inputs = Object.fromEntries(
    Object.entries(step.with ?? {}).map(([name, value]) => [
      name,
      evaluate(value, given, workflow),
    ]),
  );
  github = await startFakeGitHub(stateFor(repo), TOKEN);
  const files = runnerFiles(runDir, {
    inputs: given,
    ref: 'refs/heads/main',
    repository: { name: repo, full_name: `${OWNER}/${repo}`, default_branch: 'main' },
    sender: { login: 'maintainer-mia', type: 'User' },
    workflow: '.github/workflows/scaffold-dispatch.yml',
  });
  const env = runnerEnv({
    base: process.env,
    files,
    eventName: 'workflow_dispatch',
    repository: `${OWNER}/${repo}`,
    apiUrl: github.url,
    workspace,
    runnerTemp: runDir,
    runId: '7',
    actor: 'maintainer-mia',
    inputs,
    token: TOKEN,
    actionYml: join(actionDir, 'action.yml'),
  });
  const run = await runProcess('node', [join(actionDir, metadata.runs.main)], {
    cwd: workspace,
    env,
  });
  // `::add-mask::` is how the runner learns the secret (it never shows that line); nothing else may hold it.
  const shown = { ...run, stdout: run.stdout.replace(/^::add-mask::.*$/m, '') };
  expect(JSON.stringify(shown), 'the token leaked').not.toContain(TOKEN);
  return { run, outputs: readOutputs(files.output), pins, sha, using: metadata.runs.using };
}

const SLOW = { timeout: 900_000 };

describe('a repository set up by init', SLOW, () => {
  it('empty: init pins the release, and its dispatch workflow runs the released action, which opens a verified pull request', async () => {
    const consumer = consumerRepository('empty', {});
    const setup = await initCli([], consumer.clone);
    expect(setup.code, setup.stderr).toBe(0);
    expect(setup.stdout).toContain(`with ${ACTION}@${release} # v${VERSION}`);
    git(consumer.clone, 'add', '-A');
    git(consumer.clone, 'commit', '-q', '-m', 'Set up fastapi-scaffold');
    git(consumer.clone, 'push', '-q', 'origin', 'main');
    const again = await initCli([], consumer.clone);
    expect(again.code, again.stderr).toBe(0);
    expect(git(consumer.clone, 'status', '--porcelain')).toBe('');

    const { run, outputs, pins, sha, using } = await dispatch(consumer, 'empty', {
      name: 'Orders API',
    });
    expect(sha).toBe(release);
    expect(using).toBe('node24');
    // Every step of the tool's is pinned to the release's commit, the action and its setup alike.
    expect(pins.length).toBeGreaterThan(1);
    for (const pin of pins) expect(pin).toMatch(new RegExp(`@${release}$`));
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(outputs).toMatchObject({
      'project-name': 'orders-api',
      branch: 'scaffold/orders-api',
      operation: 'created',
    });
    const [pull] = github!.state.pulls;
    expect(pull).toMatchObject({ head: 'scaffold/orders-api', base: 'main', draft: false });
    // Verified before it was pushed: every check of the generated API ran and passed.
    expect(pull!.body).toContain('| `cdk-synth` | `packages/infra` | ✅ passed');
    expect(pull!.body).toContain('| `pytest` | `packages/orders-api` | ✅ passed');
    expect(pull!.body).not.toContain('❌');
    expect(pull!.labels).not.toContain('checks-failed');

    // The branch adds the API to the team's repository and nothing of the tool's own sources.
    const added = git(consumer.remote, 'diff', '--name-only', 'main', 'scaffold/orders-api').split(
      '\n',
    );
    expect(added).toContain('packages/orders-api/orders_api/main.py');
    expect(added).toContain('packages/infra/src/stack.ts');
    const tree = git(consumer.remote, 'ls-tree', '-r', '--name-only', 'scaffold/orders-api').split(
      '\n',
    );
    for (const path of tree) expect(path).not.toMatch(/^(src|test|dist|templates)\//);
  });

  it('with its own files and workflows: init keeps every one of them, and the pinned action generates beside them', async () => {
    const theirs = {
      'README.md': '# Payments platform\n\nOur services.\n',
      'package.json': `${JSON.stringify({ name: 'payments', private: true, scripts: { lint: 'eslint .' } }, null, 2)}\n`,
      '.github/workflows/deploy.yml':
        'name: Our deploy\non: push\njobs:\n  d:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ours\n',
      '.github/workflows/ci.yml': 'name: Our CI\non: push\njobs: {}\n',
    };
    const consumer = consumerRepository('payments', theirs);
    const setup = await initCli(['--action-ref', `${ACTION}@v${VERSION}`], consumer.clone);
    expect(setup.code, setup.stderr).toBe(0);
    expect(setup.stdout).toMatch(/kept\s+\.github\/workflows\/deploy\.yml/);
    for (const path of ['.github/workflows/deploy.yml', '.github/workflows/ci.yml']) {
      expect(readFileSync(join(consumer.clone, path), 'utf8')).toBe(
        theirs[path as keyof typeof theirs],
      );
    }
    expect(readFileSync(join(consumer.clone, 'README.md'), 'utf8')).toMatch(
      /^# Payments platform\n\nOur services\.\n[\s\S]*fastapi-scaffold/,
    );
    const joined = JSON.parse(readFileSync(join(consumer.clone, 'package.json'), 'utf8'));
    expect(joined).toMatchObject({ name: 'payments', scripts: { lint: 'eslint .' } });
    git(consumer.clone, 'add', '-A');
    git(consumer.clone, 'commit', '-q', '-m', 'Set up fastapi-scaffold');
    git(consumer.clone, 'push', '-q', 'origin', 'main');

    const { run, outputs } = await dispatch(consumer, 'payments', {
      name: 'Refunds',
      'api-type': 'function-url',
      auth: 'none',
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(outputs).toMatchObject({ 'project-name': 'refunds', operation: 'created' });
    expect(github!.state.pulls).toHaveLength(1);
    expect(github!.state.pulls[0]!.body).not.toContain('❌');
    const changed = git(consumer.remote, 'diff', '--name-only', 'main', 'scaffold/refunds').split(
      '\n',
    );
    expect(changed).toContain('packages/refunds/run.sh');
    // Their README, workflows and package.json stay as init left them.
    expect(changed.filter((path) => path.startsWith('.github/'))).toEqual([]);
    expect(changed).not.toContain('README.md');
  });
});
