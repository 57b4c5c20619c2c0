// Day two through the bundled action: update requests (dispatch inputs and the issue form) on a repository
// where the API was merged and then edited, a conflicting edit, and the scheduled upgrade of a workspace an
// earlier version generated — listed by the upgrade workflow's own script, then one action run per API.

import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { writeRecordedWorkspace } from '../fixtures/workspaces.js';
import { installStubs } from '../verify/stubs.js';
import {
  BASE,
  dir,
  dispatchPayload,
  formBody,
  github,
  ISSUE,
  issuePayload,
  mergePull,
  pushToBase,
  remote,
  ROOT,
  runAction,
  SAMPLE,
  sh,
  useActionHarness,
  workspace,
  WRITER,
} from './harness.js';

useActionHarness();

const SLOW = { timeout: 90_000 };
const MAIN = 'packages/orders-api/orders_api/main.py';
const README = 'packages/orders-api/README.md';
const UPDATE =
  'update — Change or upgrade an API this repository has; the options are its settings after the update';
const FUNCTION_URL =
  'function-url — Lambda Function URL with response streaming (Lambda Web Adapter)';
const onBranch = (branch: string, path: string) => sh(remote, 'show', `${branch}:${path}`);
/** The version the bundled action is: what an upgrade moves to. */
const VERSION: string = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;

/** orders-api generated through a manual run, its pull request merged, and `edit` committed on the base. */
async function mergedAndEdited(edit: (root: string) => void): Promise<void> {
  const inputs = { name: 'Orders API', verify: 'false' };
  const generated = await runAction({
    eventName: 'workflow_dispatch',
    payload: dispatchPayload(inputs),
    inputs,
  });
  expect(generated.code).toBe(0);
  mergePull(Number(generated.outputs['pull-request-number']));
  pushToBase(edit, 'Our own touches');
}

const appendToMain = (root: string) =>
  writeFileSync(join(root, MAIN), `${readFileSync(join(root, MAIN), 'utf8')}\n# ours: keep this\n`);

describe('an update request', SLOW, () => {
  it('from the dispatch form changes http-api → function-url on the merged API, keeping the edit in main.py', async () => {
    await mergedAndEdited(appendToMain);
    // What the dispatch form sends for an update: every choice, the directory left empty.
    const inputs = {
      operation: 'update',
      name: 'orders-api',
      directory: '',
      'api-type': 'function-url',
      auth: 'iam',
      architecture: 'arm64',
      verify: 'false',
    };
    const run = await runAction({
      eventName: 'workflow_dispatch',
      payload: dispatchPayload(inputs),
      inputs,
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ operation: 'created', branch: 'scaffold/orders-api' });
    const branch = 'scaffold/orders-api';
    expect(sh(remote, 'rev-list', '--count', `${BASE}..${branch}`)).toBe('1');
    expect(onBranch(branch, MAIN)).toMatch(/# ours: keep this$/);
    expect(sh(remote, 'ls-tree', branch, 'packages/orders-api/run.sh')).toMatch(/^100755 /);
    const pull = github.state.pulls.find((candidate) => candidate.state === 'open')!;
    expect(pull.title).toBe('Update orders-api: api-type http-api → function-url');
    expect(pull.body).toContain('| API type | `http-api` → `function-url` — Lambda Function URL');
    expect(pull.body).toContain('| `packages/orders-api/run.sh` | + created |');
    expect(pull.draft).toBe(false);
    expect(pull.labels).toEqual(['fastapi-scaffold']);
  });

  it('from the issue form does the same, answering its own issue', async () => {
    await mergedAndEdited(appendToMain);
    const number = ISSUE + 1;
    github.state.issues.set(number, {
      title: 'New FastAPI service: orders-api, streaming',
      author: WRITER,
      body: formBody({
        Operation: UPDATE,
        'API name': 'orders-api',
        Directory: '_No response_',
        'API type': FUNCTION_URL,
      }),
      comments: [],
      labels: ['scaffold-request'],
    });
    const run = await runAction({
      eventName: 'issues',
      payload: issuePayload('opened', WRITER, number),
      inputs: { 'issue-number': String(number), verify: 'false' },
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const pull = github.state.pulls.find((candidate) => candidate.state === 'open')!;
    expect(pull.title).toBe('Update orders-api: api-type http-api → function-url');
    expect(pull.body.trim().endsWith(`Closes #${number}`)).toBe(true);
    expect(onBranch('scaffold/orders-api', MAIN)).toMatch(/# ours: keep this$/);
    const [status] = github.state.issues
      .get(number)!
      .comments.filter((comment) => comment.body.startsWith('<!-- fastapi-scaffold:status -->'));
    expect(status!.body).toContain(`✅ Pull request #${pull.number} is ready`);
  });

  it('with a conflicting edit opens a draft labelled scaffold-conflicts, lists the file, runs no check and fails', async () => {
    await mergedAndEdited((root) => {
      const text = readFileSync(join(root, README), 'utf8');
      writeFileSync(
        join(root, README),
        text.replace(
          'Callers reach it through an API Gateway HTTP API.',
          'Callers reach it through our own gateway.',
        ),
      );
    });
    const inputs = { operation: 'update', name: 'orders-api', 'api-type': 'function-url' };
    const stubs = installStubs();
    const run = await runAction({
      eventName: 'workflow_dispatch',
      payload: dispatchPayload(inputs),
      inputs,
      pathPrefix: [stubs.bin],
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `::error::1 file(s) left with conflict markers to resolve on scaffold/orders-api: ${README}`,
    );
    expect(stubs.calls(), 'no check runs on conflict markers').toEqual([]);
    const pull = github.state.pulls.find((candidate) => candidate.state === 'open')!;
    expect(pull).toMatchObject({ draft: true, labels: ['fastapi-scaffold', 'scaffold-conflicts'] });
    expect(pull.body).toContain(
      `| \`${README}\` | ! conflict to resolve | 1 conflicting change marked with <<<<<<< and >>>>>>> |`,
    );
    expect(pull.body).toContain('### Conflicts to resolve');
    expect(pull.body).toContain('**Not run** — a file holds conflict markers');
    expect(onBranch('scaffold/orders-api', README)).toContain(
      '<<<<<<< yours\nCallers reach it through our own gateway.\n=======',
    );
    expect(run.summary).toContain('> [!WARNING]\n> 1 file(s) left with conflict markers');
  });
});

describe('the scheduled upgrade', SLOW, () => {
  const workflow = parse(
    readFileSync(join(ROOT, '.github/workflows/scaffold-upgrade.yml'), 'utf8'),
  );
  // The listing job's step is the outdated action, run from this action's own copy.
  const listUses = workflow.jobs.outdated.steps.find((step: { id?: string }) => step.id === 'list');
  const outdatedAction = parse(readFileSync(join(ROOT, 'outdated/action.yml'), 'utf8'));
  const listStep = outdatedAction.runs.steps.find((step: { id?: string }) => step.id === 'list');
  const upgradeStep = workflow.jobs.upgrade.steps.find(
    (step: { uses?: string }) => step.uses === './',
  );

  it('lists the APIs a 0.1.0 workspace holds and opens one verified upgrade pull request per API', async () => {
    pushToBase(
      (root) => writeRecordedWorkspace(root, '0.1.0'),
      'Services generated by fastapi-scaffold 0.1.0',
    );

    // Job 1, the outdated action's script, in the checkout of the workspace, with the runner's environment.
    expect(listUses.uses).toBe('./outdated');
    const runDir = join(dir, 'list-job');
    execFileSync('mkdir', ['-p', runDir]);
    const output = join(runDir, 'output');
    writeFileSync(output, '');
    execFileSync('bash', ['-e', '-c', listStep.run], {
      cwd: workspace,
      env: {
        PATH: process.env.PATH,
        ACTION_PATH: join(ROOT, 'outdated'),
        WORKSPACE_DIR: '.',
        RUNNER_TEMP: runDir,
        GITHUB_OUTPUT: output,
        GITHUB_STEP_SUMMARY: join(runDir, 'summary'),
      },
    });
    const apis = JSON.parse(/^apis=(.*)$/m.exec(readFileSync(output, 'utf8'))![1]!) as string[];
    expect(apis).toEqual(['billing', 'orders-api']);
    expect(readFileSync(join(runDir, 'summary'), 'utf8')).toContain(
      '- `billing`, generated by fastapi-scaffold 0.1.0',
    );

    // Job 2, one matrix job per API: the action with the workflow's inputs, verify on (stand-in tools).
    for (const api of apis) {
      const inputs = Object.fromEntries(
        Object.entries(upgradeStep.with as Record<string, string>).map(([key, value]) => [
          key,
          value.replace('${{ matrix.api }}', api),
        ]),
      );
      expect(inputs).toEqual({ operation: 'update', name: api });
      const stubs = installStubs();
      const run = await runAction({
        eventName: 'schedule',
        payload: { schedule: workflow.on.schedule[0].cron, repository: SAMPLE.repository },
        inputs,
        pathPrefix: [stubs.bin],
      });
      expect(run.stderr, api).toBe('');
      expect(run.code, api).toBe(0);
      expect(run.outputs).toMatchObject({ operation: 'created', branch: `scaffold/${api}` });
    }
    const pulls = github.state.pulls;
    expect(pulls.map((pull) => [pull.head, pull.title])).toEqual([
      ['scaffold/billing', `Upgrade billing to fastapi-scaffold ${VERSION}`],
      ['scaffold/orders-api', `Upgrade orders-api to fastapi-scaffold ${VERSION}`],
    ]);
    for (const pull of pulls) {
      const api = pull.head.replace('scaffold/', '');
      expect(pull.body).toContain(
        `An update of an existing API: the same options, re-rendered with the templates of fastapi-scaffold ${VERSION} (it was generated by fastapi-scaffold 0.1.0)`,
      );
      expect(pull.body).toContain('| File | What happened | |');
      // A file the templates gained since 0.1.0.
      expect(pull.body).toContain('| `.gitattributes` | + created |');
      expect(pull.body).toContain(`| \`.scaffold/${api}.json\` | ~ updated |`);
      expect(pull.body).toMatch(/\| `pytest` \| `[^`]+` \| ✅ passed/);
      expect(pull.draft).toBe(false);
    }
  });
});
