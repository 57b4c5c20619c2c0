// The end-to-end harness: runs the bundled action (dist/index.js) the way the runner does — INPUT_* variables
// with action.yml's defaults, a real webhook payload in GITHUB_EVENT_PATH, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY
// files — against a local bare git remote (seeded, and checked out shallow without credentials, as
// actions/checkout does) and a fake GitHub API that holds every request to GitHub's OpenAPI description.
// `useActionHarness()` registers the hooks that give each test a fresh remote, checkout and fake GitHub.

import { execFile, execFileSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { startFakeGitHub, type FakeGitHub, type FakeRepoState } from './github-server.js';
import { readOutputs, runnerEnv, runnerFiles } from './runner.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const TOKEN = 'ghs_e2eSecretTokenThatMustNeverBePrinted0123';
export const FORM = readFileSync(
  join(ROOT, '.github/ISSUE_TEMPLATE/new-fastapi-service.yml'),
  'utf8',
);

interface Example {
  name: string;
  examples: Array<Record<string, unknown> & { action?: string }>;
}
const webhooks = JSON.parse(
  readFileSync(
    join(ROOT, 'node_modules/@octokit/webhooks-examples/api.github.com/index.json'),
    'utf8',
  ),
) as Example[];
export function webhook(name: string, action?: string): Record<string, any> {
  const found = webhooks
    .find((entry) => entry.name === name)!
    .examples.find((e) => e.action === action);
  return structuredClone(found!);
}

// The repository the payloads name; the fake API and GITHUB_REPOSITORY use the same.
export const SAMPLE = webhook('issues', 'opened');
export const OWNER: string = SAMPLE.repository.owner.login;
export const REPO: string = SAMPLE.repository.name;
export const WRITER = 'maintainer-mia';
export const STRANGER = 'drive-by-dan';
export const ISSUE = 7;
/** The payloads' default branch; the remote's base branch is named the same. */
export const BASE: string = SAMPLE.repository.default_branch;

export function formBody(answers: Partial<Record<string, string>> = {}): string {
  const values = {
    'API name': 'Orders API',
    Directory: 'packages',
    'API type': 'http-api — API Gateway HTTP API in front of the function (Mangum handler)',
    Authentication: 'iam — AWS IAM (SigV4-signed requests)',
    'Lambda architecture': 'None',
    ...answers,
  };
  return Object.entries(values)
    .map(([label, value]) => `### ${label}\n\n${value}`)
    .join('\n\n');
}

const SEED_IDENTITY = {
  GIT_AUTHOR_NAME: 'Seed',
  GIT_AUTHOR_EMAIL: 'seed@example.com',
  GIT_COMMITTER_NAME: 'Seed',
  GIT_COMMITTER_EMAIL: 'seed@example.com',
};

export function sh(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...SEED_IDENTITY, ...process.env, GIT_CONFIG_NOSYSTEM: '1' },
  }).trim();
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

// Per test file (vitest isolates modules per file), set afresh before each test.
export let dir: string;
export let remote: string;
export let workspace: string;
export let github: FakeGitHub;

export function newState(): FakeRepoState {
  return {
    owner: OWNER,
    repo: REPO,
    defaultBranch: BASE,
    roles: { [WRITER]: 'maintain', [STRANGER]: 'read' },
    issues: new Map([
      [
        ISSUE,
        {
          title: 'New FastAPI service: orders',
          author: WRITER,
          body: formBody(),
          comments: [],
          labels: ['scaffold-request'],
        },
      ],
    ]),
    pulls: [],
    staleListings: 0,
  };
}

/**
 * The node the runner starts a JavaScript action with: its own (the runner ships one per `runs.using`), found
 * on the runner's PATH here, never a stand-in a test puts first on the PATH the action's steps see.
 */
const RUNNER_NODE =
  (process.env.PATH ?? '')
    .split(delimiter)
    .map((dir) => join(dir, 'node'))
    .find((candidate) => existsSync(candidate)) ?? process.execPath;

/** The action as the runner starts it. */
export interface RunOptions {
  eventName: string;
  payload: Record<string, unknown>;
  inputs?: Record<string, string>;
  actor?: string;
  /** Directories put first on the runner's PATH (stand-ins for the tools verify runs). */
  pathPrefix?: readonly string[];
  /** More of the runner's own variables, such as its runtime token (ACTIONS_RUNTIME_TOKEN). */
  variables?: Readonly<Record<string, string>>;
}

/** Starts the action as the runner does; `done` settles when the process has exited. */
export function startAction(options: RunOptions): {
  child: ChildProcess;
  runnerTemp: string;
  done: Promise<Run>;
} {
  const runDir = mkdtempSync(join(dir, 'run-'));
  const files = runnerFiles(runDir, options.payload);
  const path = [...(options.pathPrefix ?? []), process.env.PATH ?? ''].join(':');
  const env = runnerEnv({
    base: { ...options.variables, PATH: path, HOME: process.env.HOME ?? runDir },
    files,
    eventName: options.eventName,
    repository: `${OWNER}/${REPO}`,
    apiUrl: github.url,
    workspace,
    runnerTemp: runDir,
    runId: '4242',
    actor: options.actor ?? WRITER,
    inputs: options.inputs ?? {},
    token: TOKEN,
  });
  let child!: ChildProcess;
  const exited = new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    child = execFile(RUNNER_NODE, [BUNDLE], { cwd: workspace, env }, (error, out, err) =>
      resolve({
        code: error ? Number(error.code ?? 1) : 0,
        stdout: String(out),
        stderr: String(err),
      }),
    );
  });
  const done = exited.then(({ code, stdout, stderr }) => {
    const outputs = readOutputs(files.output);
    const run = { code, stdout, stderr, outputs, summary: readFileSync(files.summary, 'utf8') };
    // `::add-mask::` is how the runner learns the secret (it never shows that line); nothing else may hold
    // it.
    const everything = JSON.stringify({ ...run, stdout: stdout.replace(/^::add-mask::.*$/m, '') });
    expect(everything, 'the token leaked').not.toContain(TOKEN);
    expect(everything, 'the token leaked (base64)').not.toContain(
      Buffer.from(`x-access-token:${TOKEN}`).toString('base64'),
    );
    return run;
  });
  return { child, runnerTemp: runDir, done };
}

/** The action as the runner starts it, run to its end. */
export function runAction(options: RunOptions): Promise<Run> {
  return startAction(options).done;
}

/** An `issues` event for the request issue; opening it makes the sender its author. */
export function issuePayload(
  action: 'opened' | 'edited' | 'reopened',
  sender = WRITER,
  number = ISSUE,
): Record<string, unknown> {
  const payload = webhook('issues', action);
  const issue = github.state.issues.get(number)!;
  if (action === 'opened') issue.author = sender;
  payload.issue.number = number;
  payload.issue.body = issue.body;
  payload.issue.user.login = issue.author;
  payload.issue.labels = [{ ...(SAMPLE.issue.labels?.[0] ?? {}), name: 'scaffold-request' }];
  payload.sender.login = sender;
  payload.repository = SAMPLE.repository;
  if (action === 'edited') payload.changes = { body: { from: 'before' } };
  return payload;
}

export function labeledPayload(label: string, sender = WRITER): Record<string, unknown> {
  const payload = webhook('issues', 'labeled');
  github.state.issues.get(ISSUE)!.labels.push(label);
  payload.issue.number = ISSUE;
  payload.issue.body = github.state.issues.get(ISSUE)!.body;
  payload.issue.labels = github.state.issues
    .get(ISSUE)!
    .labels.map((name) => ({ ...payload.label, name }));
  payload.label = { ...payload.label, name: label };
  payload.issue.user.login = github.state.issues.get(ISSUE)!.author;
  payload.sender.login = sender;
  payload.repository = SAMPLE.repository;
  return payload;
}

export function dispatchPayload(inputs: Record<string, string>): Record<string, unknown> {
  const payload = webhook('workflow_dispatch');
  payload.inputs = inputs;
  payload.sender.login = WRITER;
  payload.repository = SAMPLE.repository;
  return payload;
}

/**
 * A person's change to the base: `change` edits (or commits in) a clone of it, the result is pushed, and the
 * runner's checkout moves to it as actions/checkout would for the next run.
 */
export function pushToBase(change: (root: string) => void, message: string): string {
  const clone = mkdtempSync(join(dir, 'person-'));
  sh(dir, 'clone', '--quiet', `--branch=${BASE}`, remote, clone);
  change(clone);
  sh(clone, 'add', '--all');
  // A change that commits for itself (a merge) leaves nothing staged.
  if (sh(clone, 'status', '--porcelain') !== '') {
    sh(clone, 'commit', '--quiet', '--author=Jane Doe <jane@example.com>', '-m', message);
  }
  sh(clone, 'push', '--quiet', 'origin', BASE);
  sh(workspace, 'fetch', '--quiet', '--depth=1', 'origin', BASE);
  sh(workspace, 'reset', '--quiet', '--hard', 'FETCH_HEAD');
  return sh(clone, 'rev-parse', 'HEAD');
}

/** Merges a pull request the way GitHub's merge button does (a merge commit); the branch stays. */
export function mergePull(number: number): void {
  const pull = github.state.pulls.find((candidate) => candidate.number === number)!;
  pushToBase((root) => {
    sh(root, 'fetch', '--quiet', 'origin', pull.head);
    sh(root, 'merge', '--quiet', '--no-ff', '-m', `Merge pull request #${number}`, 'FETCH_HEAD');
  }, `Merge pull request #${number}`);
  pull.state = 'closed';
}

export const remoteBranch = (name: string) => {
  try {
    return sh(remote, 'rev-parse', '--verify', '--quiet', `refs/heads/${name}`);
  } catch {
    return undefined;
  }
};
export const statusComments = () =>
  github.state.issues
    .get(ISSUE)!
    .comments.filter((comment) => comment.body.startsWith('<!-- fastapi-scaffold:status -->'));

/**
 * The action as the runner keeps it: a directory of its own (the runner downloads actions next to, not into,
 * the workspace) holding action.yml, package.json, the bundle and the templates. A snapshot also keeps the
 * tests steady while dist/ is rebuilt in the working tree.
 */
let BUNDLE: string;
let actionDir: string;

/** Registers the hooks: a snapshot of the action once per file; a fresh remote, checkout and fake GitHub per test. */
export function useActionHarness(): void {
  beforeAll(() => {
    if (!existsSync(join(ROOT, 'dist/index.js'))) {
      throw new Error('dist/index.js is missing: run `npm run bundle` first');
    }
    actionDir = mkdtempSync(join(tmpdir(), 'fastapi-scaffold-action-'));
    for (const path of [
      'action.yml',
      'package.json',
      // The bundle with the chunks it loads lazily.
      'dist',
      'templates',
    ]) {
      cpSync(join(ROOT, path), join(actionDir, path), { recursive: true });
    }
    BUNDLE = join(actionDir, 'dist/index.js');
  });

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'fastapi-scaffold-e2e-'));
    remote = join(dir, 'remote.git');
    const seed = join(dir, 'seed');
    sh(dir, 'init', '--quiet', '--bare', `--initial-branch=${BASE}`, remote);
    sh(dir, 'init', '--quiet', `--initial-branch=${BASE}`, seed);
    execFileSync('mkdir', [
      '-p',
      join(seed, '.github/ISSUE_TEMPLATE'),
      join(seed, '.github/workflows'),
    ]);
    writeFileSync(join(seed, '.github/ISSUE_TEMPLATE/new-fastapi-service.yml'), FORM);
    writeFileSync(join(seed, '.github/workflows/ci.yml'), 'name: ci\non: push\njobs: {}\n');
    writeFileSync(join(seed, 'README.md'), '# Services\n');
    sh(seed, 'add', '.');
    sh(seed, 'commit', '--quiet', '-m', 'Initial commit');
    sh(seed, 'push', '--quiet', remote, BASE);
    // actions/checkout: a shallow clone of the base, without persisted credentials.
    workspace = join(dir, 'workspace');
    sh(dir, 'clone', '--quiet', '--depth=1', `file://${remote}`, workspace);
    github = await startFakeGitHub(newState(), TOKEN);
  });

  afterEach(async () => {
    await github.close();
    expect(github.violations, "requests or answers outside GitHub's published API").toEqual([]);
    rmSync(dir, { recursive: true, force: true });
  });

  afterAll(() => rmSync(actionDir, { recursive: true, force: true }));
}
