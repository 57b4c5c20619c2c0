// Who can make the bundled action generate, and what: an approval covers the body the approver saw, a
// writer's edit of someone else's issue approves nothing, a second issue cannot take over a first one's pull
// request, a person's rewrite of the generator's commit is never pushed over, and only the token's own
// comment is the status.

import { writeFileSync } from 'node:fs';
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
  remote,
  remoteBranch,
  REPO,
  runAction,
  sh,
  statusComments,
  STRANGER,
  useActionHarness,
  WRITER,
} from './harness.js';

useActionHarness();

const SLOW = { timeout: 60_000 };
const inputs = { 'issue-number': String(ISSUE), verify: 'false' };
const PUBLIC = 'none — Public: anyone on the internet can call it';
const branches = () => sh(remote, 'for-each-ref', '--format=%(refname)');

describe('approval', SLOW, () => {
  it('generates the body the writer approved, and refuses when it was swapped before the run read it', async () => {
    const issue = github.state.issues.get(ISSUE)!;
    const refused = await runAction({
      eventName: 'issues',
      payload: issuePayload('opened', STRANGER),
      inputs,
      actor: STRANGER,
    });
    expect(refused.outputs.operation).toBeUndefined();

    // The writer approves what they see (auth iam); the stranger edits the body to auth none in the
    // seconds before the job reads it.
    const approval = labeledPayload('scaffold-retry');
    issue.body = formBody({ Authentication: PUBLIC });
    const swapped = await runAction({ eventName: 'issues', payload: approval, inputs });
    expect(swapped.code).toBe(0);
    expect(swapped.stdout).toContain(
      `::warning::Not generating: the body of #${ISSUE} changed after label scaffold-retry added (by @${WRITER}); nothing was generated.`,
    );
    expect(branches()).toBe(`refs/heads/${BASE}`);
    expect(github.state.pulls).toEqual([]);
    expect(statusComments()[0]!.body).toContain(
      '⏸️ The issue body changed after this run was started (label scaffold-retry added, by @maintainer-mia), so nothing was generated',
    );
    // The stranger's own edit event does not run either: they have no write access.
    const edited = await runAction({
      eventName: 'issues',
      payload: issuePayload('edited', STRANGER),
      inputs,
      actor: STRANGER,
    });
    expect(edited.outputs.operation).toBeUndefined();
    expect(branches()).toBe(`refs/heads/${BASE}`);

    // Approving the body as it reads now generates exactly that.
    const approved = await runAction({
      eventName: 'issues',
      payload: labeledPayload('scaffold-retry'),
      inputs,
    });
    expect(approved.code).toBe(0);
    expect(approved.outputs.operation).toBe('created');
    expect(github.state.pulls[0]!.body).toContain('| Authentication | `none`');
  });

  it("does not take a writer's edit or reopening of a stranger's issue as the approval", async () => {
    await runAction({
      eventName: 'issues',
      payload: issuePayload('opened', STRANGER),
      inputs,
      actor: STRANGER,
    });
    const before = github.calls.length;
    for (const action of ['edited', 'reopened'] as const) {
      const run = await runAction({ eventName: 'issues', payload: issuePayload(action), inputs });
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(
        `::notice::@${WRITER} ${action} @${STRANGER}'s request; add the label scaffold-retry to approve it`,
      );
    }
    expect(github.calls.length, 'no call to GitHub for an event that approves nothing').toBe(
      before,
    );
    expect(branches()).toBe(`refs/heads/${BASE}`);
  });
});

describe('one request per project', SLOW, () => {
  it('refuses a second issue for a project another issue asked for; a manual run keeps the first issue closing', async () => {
    const first = await runAction({ eventName: 'issues', payload: issuePayload('opened'), inputs });
    expect(first.outputs).toMatchObject({ operation: 'created', 'pull-request-number': '101' });
    const head = remoteBranch('scaffold/orders-api');
    const bodyBefore = github.state.pulls[0]!.body;
    expect(bodyBefore.trim().endsWith(`Closes #${ISSUE}`)).toBe(true);

    const second = ISSUE + 1;
    github.state.issues.set(second, {
      title: 'Orders, but public',
      author: WRITER,
      body: formBody({ Authentication: PUBLIC }),
      comments: [],
      labels: ['scaffold-request'],
    });
    const takeover = await runAction({
      eventName: 'issues',
      payload: issuePayload('opened', WRITER, second),
      inputs: { ...inputs, 'issue-number': String(second) },
    });
    expect(takeover.code).toBe(1);
    expect(takeover.stdout).toContain(
      `::error::orders-api is already requested in #${ISSUE}, pull request #101.`,
    );
    expect(remoteBranch('scaffold/orders-api')).toBe(head);
    expect(github.state.pulls[0]!.body).toBe(bodyBefore);
    const secondStatus = github.state.issues
      .get(second)!
      .comments.find((comment) => comment.body.startsWith('<!-- fastapi-scaffold:status -->'));
    expect(secondStatus!.body).toContain(`orders-api is already requested in #${ISSUE}`);

    const manual = { name: 'Orders API', architecture: 'x86_64', verify: 'false' };
    const dispatched = await runAction({
      eventName: 'workflow_dispatch',
      payload: dispatchPayload(manual),
      inputs: manual,
    });
    expect(dispatched.outputs).toMatchObject({
      operation: 'updated',
      'pull-request-number': '101',
    });
    expect(github.state.pulls[0]!.body).toContain('`x86_64`');
    expect(github.state.pulls[0]!.body.trim().endsWith(`Closes #${ISSUE}`)).toBe(true);
    expect(
      sh(
        remote,
        'log',
        '-1',
        '--format=%(trailers:key=Scaffold-Issue,valueonly)',
        'scaffold/orders-api',
      ),
    ).toBe(`#${ISSUE}`);
  });
});

describe("the generator's branch", SLOW, () => {
  const manual = { name: 'Orders API', verify: 'false' };

  // A person's edit folded into the generator's commit, keeping its message and trailers.
  const rewrites: Record<string, (clone: string) => void> = {
    amended: (clone) => sh(clone, 'commit', '--quiet', '--amend', '--no-edit'),
    squashed: (clone) => {
      sh(clone, 'commit', '--quiet', '-m', 'My notes');
      sh(clone, 'reset', '--quiet', '--soft', 'HEAD~2');
      sh(clone, 'commit', '--quiet', '-C', 'HEAD@{1}~1');
    },
  };

  it.each(Object.keys(rewrites))(
    'is not force-pushed over when a person %s its commit',
    async (how) => {
      await runAction({
        eventName: 'workflow_dispatch',
        payload: dispatchPayload(manual),
        inputs: manual,
      });
      const human = join(dir, 'human');
      sh(dir, 'clone', '--quiet', '--branch=scaffold/orders-api', remote, human);
      sh(human, 'config', 'user.name', 'Jane Doe');
      sh(human, 'config', 'user.email', 'jane@example.com');
      writeFileSync(join(human, 'packages/orders-api/NOTES.md'), 'my notes\n');
      sh(human, 'add', '.');
      rewrites[how]!(human);
      expect(sh(human, 'rev-list', '--count', `origin/${BASE}..HEAD`)).toBe('1');
      sh(human, 'push', '--quiet', '--force', 'origin', 'HEAD:scaffold/orders-api');
      const rewritten = remoteBranch('scaffold/orders-api');

      const changed = { ...manual, architecture: 'x86_64' };
      const run = await runAction({
        eventName: 'workflow_dispatch',
        payload: dispatchPayload(changed),
        inputs: changed,
      });
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(
        /::error::branch scaffold\/orders-api has 1 commit\(s\) not made by the generator \([0-9a-f]{12} "Scaffold orders-api \(http-api, auth iam, arm64\)"/,
      );
      expect(remoteBranch('scaffold/orders-api')).toBe(rewritten);
    },
  );
});

describe('the status comment', SLOW, () => {
  it("is the token's own: another bot's comment that starts with the marker is left alone", async () => {
    const issue = github.state.issues.get(ISSUE)!;
    issue.comments.push({
      id: 1,
      body: '<!-- fastapi-scaffold:status -->\nI quote everything',
      userType: 'Bot',
      login: 'echo-bot[bot]',
    });
    const run = await runAction({ eventName: 'issues', payload: issuePayload('opened'), inputs });
    expect(run.code).toBe(0);
    expect(issue.comments[0]!.body).toBe('<!-- fastapi-scaffold:status -->\nI quote everything');
    const ours = issue.comments.filter((comment) => comment.login === 'github-actions[bot]');
    expect(ours).toHaveLength(1);
    expect(ours[0]!.body).toContain(
      `✅ Pull request #101 is ready: https://github.com/${OWNER}/${REPO}/pull/101.`,
    );
  });
});
